package content

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCheckGolden(t *testing.T) {
	var stdout, stderr bytes.Buffer
	code := RunCheck([]string{filepath.Join("testdata", "check")}, &stdout, &stderr)
	require.Equal(t, 1, code)
	require.Empty(t, stderr.String())
	golden(t, filepath.Join("testdata", "check.txt"), stdout.Bytes())
}

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

func TestRunCheck(t *testing.T) {
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := RunCheck(args, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	t.Run("a clean directory exits 0 with a summary", func(t *testing.T) {
		code, out, _ := run(filepath.Join("testdata", "catalogue"))
		require.Equal(t, 0, code)
		require.Equal(t, "2 roles, 4 questions, 3 traits, 4 skills: 0 errors, 0 warnings\n", out)
	})
	t.Run("a directory of role documents only is checked with the built-in questions", func(t *testing.T) {
		code, out, _ := run(filepath.Join("testdata", "catalogue", "roles"))
		require.Equal(t, 0, code, out)
		require.NotContains(t, out, "error:")
		require.Contains(t, out, "2 roles, ")
	})
	t.Run("errors are printed with their file and line and exit 1", func(t *testing.T) {
		code, out, _ := run(filepath.Join("testdata", "check"))
		require.Equal(t, 1, code)
		require.Contains(t, out, filepath.Join("testdata", "check", "roles", "analyst.md")+":14: error: unknown trait \"mystery\"")
	})
	t.Run("--json prints the catalogue and sends the diagnostics to stderr", func(t *testing.T) {
		code, out, errOut := run("--json", filepath.Join("testdata", "catalogue"))
		require.Equal(t, 0, code)
		var c Catalogue
		require.NoError(t, json.Unmarshal([]byte(out), &c))
		require.Len(t, c.Roles, 2)
		require.Equal(t, "data-analyst", c.Roles[0].ID)
		require.Equal(t, 60000.0, c.Roles[0].Salaries[0].Low)
		require.Len(t, c.Questions, 4)
		require.Len(t, c.Skills, 4)
		require.Contains(t, errOut, "0 errors")
	})
	t.Run("without DIR the built-in catalogue is checked", func(t *testing.T) {
		_, out, _ := run()
		require.Contains(t, out, " roles, ")
	})
	t.Run("an unknown flag exits 2 with the usage", func(t *testing.T) {
		code, _, errOut := run("--jsn")
		require.Equal(t, 2, code)
		require.Contains(t, errOut, "usage: check [DIR] [--json]")
	})
	t.Run("two directories exit 2", func(t *testing.T) {
		code, _, _ := run("a", "b")
		require.Equal(t, 2, code)
	})
	t.Run("a missing directory exits 2", func(t *testing.T) {
		code, _, errOut := run(filepath.Join("testdata", "nowhere"))
		require.Equal(t, 2, code)
		require.Contains(t, errOut, "nowhere")
	})
	t.Run("a directory without documents exits 2", func(t *testing.T) {
		code, _, errOut := run(filepath.Join("testdata", "seed"))
		require.Equal(t, 2, code)
		require.Contains(t, errOut, "neither questions.md nor role documents")
	})
	t.Run("help exits 0", func(t *testing.T) {
		code, out, _ := run("-h")
		require.Equal(t, 0, code)
		require.Contains(t, out, "usage:")
	})
}

func TestRunCheckJSONGolden(t *testing.T) {
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, RunCheck([]string{"--json", filepath.Join("testdata", "catalogue")}, &stdout, &stderr))
	golden(t, filepath.Join("testdata", "catalogue.json"), stdout.Bytes())
}
