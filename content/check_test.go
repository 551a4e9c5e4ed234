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
