package content

import (
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCheck(t *testing.T) {
	_, ds := Check(os.DirFS("testdata/check"))
	has := func(severity, file, part string) bool {
		for _, d := range ds {
			if d.Severity == severity && d.File == file && strings.Contains(d.Message, part) {
				return true
			}
		}
		return false
	}
	tests := []struct{ name, severity, file, part string }{
		{"a duplicate id is an error", SeverityError, "roles/copy.md", `duplicate role id "analyst"`},
		{"an id that is not the file name is an error", SeverityError, "roles/copy.md", "id does not match file name"},
		{"a related id that does not exist is an error", SeverityError, "roles/analyst.md", `unknown role "nobody" in related`},
		{"a ladder step that looks like an unknown id is an error", SeverityError, "roles/analyst.md", `unknown role "lead-analyst" in ladder`},
		{"a next step that looks like an unknown id is an error", SeverityError, "roles/analyst.md", `unknown role "tech-lead" in next`},
		{"an unknown profile trait is an error", SeverityError, "roles/analyst.md", `unknown trait "mystery"`},
		{"a missing summary is an error", SeverityError, "roles/developer.md", "missing summary"},
		{"a figure from an unlisted source is an error", SeverityError, "roles/analyst.md", `unknown source "unlisted"`},
		{"a high weight without its keywords in the text is a warning", SeverityWarning, "roles/analyst.md", "weak evidence for software: 4"},
		{"a question no role answers differently is a warning", SeverityWarning, "questions.md", "question same-for-all tells no roles apart"},
		{"a trait no question measures is a warning", SeverityWarning, "questions.md", "trait research: no question measures it"},
		{"a skill a typo away from another is a warning", SeverityWarning, "roles/developer.md", `skill "Visualization" is close to "Visualisation"`},
		{"a role without a profile is a warning", SeverityWarning, "roles/copy.md", "no ## Profile"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.True(t, has(tt.severity, tt.file, tt.part), "no %s in %s containing %q among\n%v", tt.severity, tt.file, tt.part, ds)
		})
	}
	t.Run("a clean catalogue has no diagnostics", func(t *testing.T) {
		_, ds := Check(os.DirFS("testdata/catalogue"))
		require.Empty(t, ds)
	})
	t.Run("short skill names are not near-duplicates", func(t *testing.T) {
		c := &Catalogue{Skills: []Skill{{Name: "C"}, {Name: "R"}, {Name: "Go"}, {Name: "SQL"}, {Name: "NoSQL"}}}
		var got []string
		nearSkills(c, func(_ string, _ int, format string, args ...any) { got = append(got, format) })
		require.Empty(t, got)
	})
}

func TestCheckWarnings(t *testing.T) {
	c, ds := Check(os.DirFS("testdata/warn"))
	find := func(file string, line int, part string) bool {
		for _, d := range ds {
			if d.Severity == SeverityWarning && d.File == file && d.Line == line && strings.Contains(d.Message, part) {
				return true
			}
		}
		return false
	}
	tests := []struct {
		name, file string
		line       int
		part       string
	}{
		{"a trait with fewer than 8 questions is a warning at the trait", "questions.md", 5, "trait software: only 7 questions measure it, want at least 8"},
		{"a near-duplicate question is a warning at the second", "questions.md", 13, "question build-apps is nearly the same as build-app (line 12)"},
		{"a question above grade 10 is a warning", "questions.md", 25, "question stats-jargon reads at grade"},
		{"a bank with more than 10% above grade 8 is a warning at the hardest question", "questions.md", 25, "read above grade 8, want at most 10%"},
		{"a group with less than a quarter reverse-keyed is a warning at its first question", "questions.md", 24, "skills: 0 of 6 questions are reverse-keyed"},
		{"a figure without a year is a warning", "roles/analyst.md", 21, `figure "Growth in postings" has no year`},
		{"two roles the questions cannot tell apart are a warning", "roles/data-clerk.md", 1, "the questions cannot tell data-clerk from analyst (roles/analyst.md)"},
		{"a ladder that orders steps the other way round from another is a warning", "roles/data-clerk.md", 5, `ladder puts "Lead Analyst" before "Senior Analyst", but roles/analyst.md:5`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.True(t, find(tt.file, tt.line, tt.part), "no warning at %s:%d containing %q among\n%v", tt.file, tt.line, tt.part, ds)
		})
	}
	t.Run("a figure or salary marked undated is not a warning", func(t *testing.T) {
		var analyst *Role
		for _, r := range c.Roles {
			if r.ID == "analyst" {
				analyst = r
			}
		}
		require.NotNil(t, analyst)
		require.True(t, analyst.Market[1].Undated)
		require.True(t, analyst.Salaries[0].Undated)
		for _, d := range ds {
			require.False(t, d.File == "roles/analyst.md" && (d.Line == 22 || d.Line == 28), d.String())
		}
	})
	t.Run("the distinct developer is nobody's twin", func(t *testing.T) {
		for _, d := range ds {
			require.NotContains(t, d.Message, "tell developer", d.String())
			require.NotContains(t, d.Message, "from developer", d.String())
		}
	})
	t.Run("ladders in the same order are not a warning", func(t *testing.T) {
		c := &Catalogue{Roles: []*Role{
			{File: "roles/a.md", Ladder: []Step{{Name: "A", RoleID: "a"}, {Name: "Senior A"}, {Name: "Lead"}}},
			{File: "roles/b.md", Ladder: []Step{{Name: "b", RoleID: "b"}, {Name: "senior  a"}, {Name: "Lead"}}},
		}}
		var got []string
		ladderOrder(c, func(_ string, _ int, format string, args ...any) { got = append(got, format) })
		require.Empty(t, got)
	})
}

func TestContainsWord(t *testing.T) {
	tests := []struct {
		name, text, kw string
		want           bool
	}{
		{"a word is found", "builds models", "model", true},
		{"a word at the start is found", "models", "model", true},
		{"a phrase is found", "uses machine learning daily", "machine learning", true},
		{"the inside of a word is not found", "maintains", "ai", false},
		{"a word found later after a miss inside a word", "maintains ai", "ai", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, containsWord(tt.text, tt.kw))
		})
	}
}
