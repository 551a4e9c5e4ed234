package quiz

import (
	"fmt"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/stretchr/testify/require"
)

// testCatalogue is a small synthetic catalogue: six traits, six roles with distinct profiles,
// and questions on every trait, some reverse-keyed, some on two traits.
func testCatalogue() *content.Catalogue {
	traits := []string{"software", "data", "ml", "clients", "leading", "research"}
	cat := &content.Catalogue{}
	for _, t := range traits {
		cat.Traits = append(cat.Traits, content.Trait{ID: t, Label: t})
	}
	profiles := map[string]map[string]int{
		"software-engineer":   {"software": 5, "data": 2, "ml": 2, "clients": 2, "leading": 2, "research": 1},
		"data-analyst":        {"software": 2, "data": 5, "ml": 2, "clients": 4, "leading": 2, "research": 2},
		"ml-engineer":         {"software": 4, "data": 4, "ml": 5, "clients": 2, "leading": 2, "research": 3},
		"research-scientist":  {"software": 3, "data": 3, "ml": 5, "clients": 1, "leading": 2, "research": 5},
		"consultant":          {"software": 2, "data": 3, "ml": 3, "clients": 5, "leading": 4, "research": 2},
		"engineering-manager": {"software": 4, "data": 2, "ml": 2, "clients": 3, "leading": 5, "research": 1},
	}
	skills := map[string][]content.Skill{
		"software-engineer":   {{Name: "Go"}, {Name: "Python", Aliases: []string{"py"}}, {Name: "Git"}},
		"data-analyst":        {{Name: "SQL"}, {Name: "Excel"}, {Name: "Tableau"}},
		"ml-engineer":         {{Name: "Python"}, {Name: "TensorFlow"}, {Name: "PyTorch"}, {Name: "Docker"}},
		"research-scientist":  {{Name: "PyTorch"}, {Name: "LaTeX"}, {Name: "Statistics"}},
		"consultant":          {{Name: "PowerPoint"}, {Name: "Excel"}},
		"engineering-manager": {{Name: "Jira"}, {Name: "Go"}, {Name: "Java"}},
	}
	for _, id := range []string{"software-engineer", "data-analyst", "ml-engineer", "research-scientist", "consultant", "engineering-manager"} {
		r := &content.Role{ID: id, Title: id, Stage: content.StageEntry, Skills: skills[id]}
		for _, t := range traits {
			if w := profiles[id][t]; w != content.DefaultWeight {
				r.Profile = append(r.Profile, content.Weight{Trait: t, Value: w})
			}
		}
		cat.Roles = append(cat.Roles, r)
	}
	n := 0
	add := func(kind string, ms ...content.Measure) {
		n++
		cat.Questions = append(cat.Questions, content.Question{ID: fmt.Sprintf("q%02d", n), Kind: kind, Text: fmt.Sprintf("Question %d", n), Measures: ms})
	}
	for _, t := range traits {
		add("interests", content.Measure{Trait: t})
		add("skills", content.Measure{Trait: t})
		add("experience", content.Measure{Trait: t, Reverse: true})
	}
	add("interests", content.Measure{Trait: "ml"}, content.Measure{Trait: "research"})
	add("interests", content.Measure{Trait: "clients"}, content.Measure{Trait: "software", Reverse: true})
	seen := map[string]bool{}
	for _, id := range []string{"software-engineer", "data-analyst", "ml-engineer", "research-scientist", "consultant", "engineering-manager"} {
		for _, sk := range skills[id] {
			if !seen[sk.Name] {
				seen[sk.Name] = true
				cat.Skills = append(cat.Skills, sk)
			}
		}
	}
	cat.Skills = append(cat.Skills, content.Skill{Name: "JavaScript", Aliases: []string{"JS"}}, content.Skill{Name: "Julia"}, content.Skill{Name: "R"}, content.Skill{Name: "Rust"}, content.Skill{Name: "Ruby"})
	return cat
}

// answerAs answers every question the session asks as the role's profile predicts, rounded.
func answerAs(s *Session, roleID string) {
	r := s.e.Model.RoleIndex(roleID)
	for {
		q, ok := s.Current()
		if !ok {
			return
		}
		v := int(s.e.Model.Predicted(s.e.QuestionIndex(q.ID), r) + 0.5)
		if err := s.Answer(q.ID, v); err != nil {
			panic(err)
		}
	}
}

// TestDegenerateOnDefaultCatalogue drives the real catalogue with answers that say nothing
// about the student: the verdict is never high, and no card is surer than the verdict.
func TestDegenerateOnDefaultCatalogue(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err)
	for _, tc := range []struct {
		name   string
		answer func(n int) int
	}{
		{"strongly disagree to everything", func(int) int { return 1 }},
		{"strongly agree to everything", func(int) int { return 5 }},
		{"not sure to everything", func(int) int { return 3 }},
		{"alternating extremes", func(n int) int { return 1 + 4*(n%2) }},
		{"cycling through the scale", func(n int) int { return 1 + n%5 }},
	} {
		t.Run(tc.name+" is never high", func(t *testing.T) {
			s := engine(t, cat).New()
			for n := 0; n < len(cat.Questions); n++ {
				q, ok := s.Current()
				if !ok {
					break
				}
				require.NoError(t, s.Answer(q.ID, tc.answer(n)))
			}
			require.True(t, s.Done())
			rk := s.Results()
			require.Less(t, rk.Confidence, scoring.High)
			for _, r := range rk.Results {
				require.LessOrEqual(t, r.Confidence, rk.Confidence, r.RoleID)
			}
		})
	}
}

// TestStageNeverChangesTheFit answers the same way at every stage: the ranking is the same.
func TestStageNeverChangesTheFit(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err)
	var want []scoring.Result
	for _, st := range append([]Stage{StageUnknown}, Stages...) {
		s := engine(t, cat).New()
		s.SetStage(st)
		for n := 0; n < len(cat.Questions); n++ {
			q, ok := s.Current()
			if !ok {
				break
			}
			require.NoError(t, s.Answer(q.ID, 1+(n*3)%5))
		}
		got := s.Results().Results
		if want == nil {
			want = got
			continue
		}
		require.Equal(t, want, got, "stage %s", st)
	}
}
