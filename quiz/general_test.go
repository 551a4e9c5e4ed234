package quiz

import (
	"slices"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

func defaultEngine(t *testing.T) *Engine {
	t.Helper()
	cat, err := content.Default()
	require.NoError(t, err)
	return engine(t, cat)
}

// engine is the engine for cat with DefaultConfig; the test stops when it cannot be built.
func engine(t testing.TB, cat *content.Catalogue) *Engine {
	t.Helper()
	e, err := NewEngine(cat, DefaultConfig)
	require.NoError(t, err)
	return e
}

func TestGeneralSkills(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct {
		name, input, skill string
	}{
		{"leadership is a skill", "leadership", "Leadership"},
		{"teamwork is a skill", "Teamwork", "Teamwork"},
		{"team work with a space is teamwork", "team work", "Teamwork"},
		{"maths is a skill", "maths", "Maths"},
		{"math is maths", "math", "Maths"},
		{"HTML is a skill", "html", "HTML"},
		{"Scratch is a skill", "Scratch", "Scratch"},
		{"React is a skill", "react", "React"},
		{"Excel is the catalogue's Microsoft Excel", "Excel", "Microsoft Excel"},
		{"sheets is Google Sheets", "sheets", "Google Sheets"},
		{"js is the catalogue's JavaScript", "js", "JavaScript"},
		{"GitHub is the catalogue's Git", "GitHub", "Git"},
		{"public speaking is the catalogue's Presentation", "public speaking", "Presentation"},
		{"a typo in leadership still matches", "leadershp", "Leadership"},
		{"a typo in chemistry still matches", "chemestry", "Chemistry"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := e.New()
			m := s.AddSkill(tc.input)
			require.Equal(t, Matched, m.Status, "choices %v", m.Choices)
			require.Equal(t, NoteAdded, m.Note)
			require.Equal(t, tc.skill, m.Skill)
		})
	}

	t.Run("a skill close to several is still offered as choices", func(t *testing.T) {
		s := e.New()
		m := s.AddSkill("scr")
		require.Equal(t, Ambiguous, m.Status)
		require.Equal(t, NoteDidYouMean, m.Note)
		require.Equal(t, []string{"Agile", "Scratch"}, m.Choices, "Scrum is Agile's alias")
		require.Empty(t, s.Skills())
	})

	t.Run("a general skill that is a catalogue skill has no entry of its own", func(t *testing.T) {
		names := e.SkillNames()
		for _, n := range []string{"Python", "SQL", "Statistics", "Git", "JavaScript"} {
			require.Equal(t, 1, countFold(names, n), n)
		}
		for _, n := range []string{"Excel", "Public speaking", "Project planning"} {
			require.Zero(t, countFold(names, n), n)
		}
	})

	t.Run("the general skills come after the catalogue's, which keep their places", func(t *testing.T) {
		cat, err := content.Default()
		require.NoError(t, err)
		names := e.SkillNames()
		require.Len(t, cat.Skills, e.vocab.base)
		for i, sk := range cat.Skills {
			require.Equal(t, sk.Name, names[i])
		}
		require.Contains(t, names[e.vocab.base:], "Leadership")
	})

	t.Run("a catalogue without these skills gets them all", func(t *testing.T) {
		names := engine(t, testCatalogue()).New().Engine().SkillNames()
		require.Contains(t, names, "Scratch")
		require.Contains(t, names, "Teamwork")
	})
}

func countFold(names []string, name string) int {
	n := 0
	for _, x := range names {
		if compactEq(x, name) {
			n++
		}
	}
	return n
}

func compactEq(a, b string) bool { return compact(a) == compact(b) }

func TestBroaderSkills(t *testing.T) {
	e := defaultEngine(t)
	learns := func(s *Session, skill string) (have, learn bool) {
		for _, r := range s.Results().Results {
			have = have || slices.Contains(r.Have, skill)
			learn = learn || slices.Contains(r.Learn, skill)
		}
		return have, learn
	}
	frameworks := "Machine learning frameworks"
	require.Contains(t, e.SkillNames(), frameworks, "the default catalogue lists the broader skill")

	t.Run("without TensorFlow, machine learning frameworks is a skill to learn", func(t *testing.T) {
		s := e.New()
		_, learn := learns(s, frameworks)
		require.True(t, learn)
	})

	for _, tool := range []string{"TensorFlow", "PyTorch", "Keras"} {
		t.Run(tool+" makes machine learning frameworks a skill had, not one to learn", func(t *testing.T) {
			s := e.New()
			require.Equal(t, NoteAdded, s.AddSkill(tool).Note)
			have, learn := learns(s, frameworks)
			require.True(t, have)
			require.False(t, learn)
			require.Equal(t, []string{tool}, s.Skills(), "the student's own list is what they typed")
		})
	}

	t.Run("Google Sheets counts as the spreadsheets skill", func(t *testing.T) {
		s := e.New()
		s.AddSkill("Google Sheets")
		require.Equal(t, []string{"Google Sheets", "Microsoft Excel"}, s.skillNames())
	})

	t.Run("React counts as JavaScript, each broader skill once", func(t *testing.T) {
		s := e.New()
		s.AddSkill("React")
		s.AddSkill("JavaScript")
		require.Equal(t, []string{"React", "JavaScript"}, s.skillNames())
	})

	t.Run("a skill with nothing broader is only itself", func(t *testing.T) {
		s := e.New()
		s.AddSkill("Scratch")
		require.Equal(t, []string{"Scratch"}, s.skillNames())
	})
}

func TestSuggestSkills(t *testing.T) {
	e := defaultEngine(t)
	for _, tc := range []struct {
		name, input string
		first       string
	}{
		{"the start of a name suggests it first", "Scr", "Scratch"},
		{"two letters are enough", "le", "Leadership"},
		{"an alias suggests its skill", "exc", "Microsoft Excel"},
		{"a typo suggests the skill it is close to", "leadershp", "Leadership"},
		{"case does not matter", "REA", "React"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got := e.New().SuggestSkills(tc.input)
			require.NotEmpty(t, got)
			require.Equal(t, tc.first, got[0], "%v", got)
			require.LessOrEqual(t, len(got), MaxSuggestions)
		})
	}

	t.Run("one letter suggests nothing", func(t *testing.T) {
		require.Empty(t, e.New().SuggestSkills("s"))
	})

	t.Run("nonsense suggests nothing", func(t *testing.T) {
		require.Empty(t, e.New().SuggestSkills("xqzvwk"))
	})

	t.Run("at most eight are suggested", func(t *testing.T) {
		require.Len(t, e.New().SuggestSkills("ma"), MaxSuggestions)
	})

	t.Run("a skill listed already is not suggested", func(t *testing.T) {
		s := e.New()
		s.AddSkill("Scratch")
		require.NotContains(t, s.SuggestSkills("Scr"), "Scratch")
	})
}

func TestShareCodeBeforeGeneralSkills(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err)
	saved := generalSkills
	generalSkills = nil
	old := engine(t, cat)
	generalSkills = saved
	require.Equal(t, old.vocab.sum, old.vocab.baseSum)

	s := old.New()
	for i := 0; i < 3; i++ {
		q, _ := s.Current()
		require.NoError(t, s.Answer(q.ID, 4))
	}
	for _, sk := range []string{"Python", "TensorFlow", "SQL"} {
		require.Equal(t, NoteAdded, s.AddSkill(sk).Note)
	}
	code := s.ShareCode()

	e := engine(t, cat)
	require.NotEqual(t, old.vocab.sum, e.vocab.sum, "the general skills change the vocabulary")
	got, notice, err := e.FromShareCode(code)
	require.NoError(t, err)
	require.False(t, notice.Changed(), "an older code keeps its skills")
	require.Equal(t, []string{"Python", "TensorFlow", "SQL"}, got.Skills())
	require.Equal(t, s.Asked(), got.Asked())
}
