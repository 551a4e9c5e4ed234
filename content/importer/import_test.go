package importer

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

func bankTraits(t *testing.T) []content.Trait {
	t.Helper()
	src, err := content.Files.ReadFile("questions.md")
	require.NoError(t, err)
	traits, _, err := content.ParseQuestions("questions.md", src)
	require.NoError(t, err)
	return traits
}

func clinic(t *testing.T) *content.Role {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(testdata, "seed", "clinic-data-analyst.txt"))
	require.NoError(t, err)
	roles, err := ParseSeed("clinic-data-analyst.txt", src)
	require.NoError(t, err)
	return roles[0]
}

func TestCountWord(t *testing.T) {
	tests := []struct {
		name, text, kw string
		want           int
	}{
		{"a word is counted", "builds a model", "model", 1},
		{"a plural and -ing are counted", "models and modelling", "model", 2},
		{"the inside of a word is not", "remodel", "model", 0},
		{"a short keyword needs the whole word", "aim and aid, but ai and ais", "ai", 2},
		{"care is not career", "a career in care", "care", 1},
		{"a phrase is counted", "uses machine learning daily", "machine learning", 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			require.Equal(t, tt.want, countWord(tt.text, tt.kw))
		})
	}
}

func TestPropose(t *testing.T) {
	p := Propose(clinic(t), bankTraits(t))
	byTrait := map[string]Proposal{}
	for _, x := range p {
		byTrait[x.Trait] = x
	}
	t.Run("the traits the text is about get the highest weights, first", func(t *testing.T) {
		require.GreaterOrEqual(t, len(p), 2)
		require.ElementsMatch(t, []string{"data", "life"}, []string{p[0].Trait, p[1].Trait})
		require.Equal(t, 5, byTrait["data"].Weight)
		require.Equal(t, 5, byTrait["life"].Weight)
	})
	t.Run("a trait mentioned a few times gets 3", func(t *testing.T) {
		require.Equal(t, 3, byTrait["maths"].Weight)
		require.Equal(t, 4, byTrait["maths"].Mentions)
	})
	t.Run("a trait the text hardly mentions is left out", func(t *testing.T) {
		_, ok := byTrait["systems"]
		require.False(t, ok)
		_, ok = byTrait["caring"]
		require.False(t, ok)
	})
	t.Run("the evidence counts the keywords and quotes the text", func(t *testing.T) {
		ev := byTrait["life"].Evidence()
		require.Contains(t, ev, "13 mentions")
		require.Contains(t, ev, "health ×5")
		require.Contains(t, ev, `"The analyst works with patient records`)
	})
	t.Run("a text without words proposes nothing", func(t *testing.T) {
		require.Empty(t, Propose(&content.Role{}, bankTraits(t)))
	})
}

// roundTrip writes the role with its proposed profile and checks the folder it is in, as an
// author would: careerquiz check DIR.
func roundTrip(t *testing.T, r *content.Role) (doc string, out string) {
	t.Helper()
	var b bytes.Buffer
	require.NoError(t, Write(&b, r, Propose(r, bankTraits(t))))
	// The document beside the built-in questions and roles, as a build with ROLES=DIR has it.
	fsys := fstest.MapFS{}
	require.NoError(t, fs.WalkDir(content.Files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(name, ".md") {
			return err
		}
		data, err := fs.ReadFile(content.Files, name)
		fsys[name] = &fstest.MapFile{Data: data}
		return err
	}))
	fsys["roles/"+r.ID+".md"] = &fstest.MapFile{Data: b.Bytes()}
	_, ds := content.Check(fsys)
	var lines []string
	for _, d := range ds {
		require.NotEqual(t, content.SeverityError, d.Severity, "check found an error in the imported document: %s\n%s", d, b.String())
		lines = append(lines, d.String())
	}
	return b.String(), strings.Join(lines, "\n")
}

func TestWrite(t *testing.T) {
	r := clinic(t)
	doc, out := roundTrip(t, r)
	t.Run("the document parses as a role document with the proposed profile", func(t *testing.T) {
		got, err := content.ParseRole("roles/clinic-data-analyst.md", []byte(doc))
		require.NoError(t, err)
		require.Equal(t, "Clinic Data Analyst", got.Title)
		require.Equal(t, content.StageEntry, got.Stage)
		require.Equal(t, 5, weight(got, "life"))
		require.Equal(t, 3, weight(got, "maths"))
		require.Len(t, got.Salaries, 2)
		require.Equal(t, 55000.0, got.Salaries[0].Low)
	})
	t.Run("salary lines are in the table only", func(t *testing.T) {
		require.NotContains(t, doc, "- Entry-Level: $55,000")
		require.Contains(t, doc, "| Entry-Level | United States |  | $55,000 - $70,000 | source |")
	})
	t.Run("check points the author at the figures without a year", func(t *testing.T) {
		require.Contains(t, out, `clinic-data-analyst.md:`)
		require.Contains(t, out, `salary "Entry-Level" has no year`)
	})
	t.Run("nothing names the source documents' internal words", func(t *testing.T) {
		require.NotContains(t, strings.ToLower(doc), "seed")
	})
}

func weight(r *content.Role, trait string) int {
	for _, w := range r.Profile {
		if w.Trait == trait {
			return w.Value
		}
	}
	return 0
}

func TestRun(t *testing.T) {
	file := filepath.Join(testdata, "seed", "clinic-data-analyst.txt")
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := Run(args, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	t.Run("the document goes to standard output and the review to standard error", func(t *testing.T) {
		code, out, errOut := run(file)
		require.Equal(t, 0, code, errOut)
		require.True(t, strings.HasPrefix(out, "# Clinic Data Analyst\n"))
		require.Contains(t, errOut, "proposed profile")
		require.Contains(t, errOut, "careerquiz check")
	})
	t.Run("--out writes the file and never over an existing one", func(t *testing.T) {
		dst := filepath.Join(t.TempDir(), "clinic-data-analyst.md")
		code, out, _ := run("--out", dst, file)
		require.Equal(t, 0, code)
		require.Empty(t, out)
		first, err := os.ReadFile(dst)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(dst, []byte("the author's edits"), 0o644))
		code, _, errOut := run("--out", dst, file)
		require.Equal(t, 2, code)
		require.Contains(t, errOut, "exists")
		kept, _ := os.ReadFile(dst)
		require.Equal(t, "the author's edits", string(kept), "nothing is lost")
		code, _, _ = run("--force", "--out", dst, file)
		require.Equal(t, 0, code)
		again, _ := os.ReadFile(dst)
		require.Equal(t, string(first), string(again))
	})
	t.Run("--role picks a role of a text that describes several", func(t *testing.T) {
		code, out, _ := run("--role", "data-janitor", filepath.Join(testdata, "seed", "data-wrangler.txt"))
		require.Equal(t, 0, code)
		require.True(t, strings.HasPrefix(out, "# Data Janitor\n"))
	})
	t.Run("an unknown --role names the roles there are", func(t *testing.T) {
		code, _, errOut := run("--role", "nobody", filepath.Join(testdata, "seed", "data-wrangler.txt"))
		require.Equal(t, 2, code)
		require.Contains(t, errOut, "data-wrangler, data-janitor")
	})
	t.Run("a text that is no role description exits 1 and says why", func(t *testing.T) {
		bad := filepath.Join(t.TempDir(), "notes.txt")
		require.NoError(t, os.WriteFile(bad, []byte("just some notes.\n"), 0o644))
		code, out, errOut := run(bad)
		require.Equal(t, 1, code)
		require.Empty(t, out)
		require.Contains(t, errOut, "no heading such as Overview")
	})
	t.Run("no file is a usage error", func(t *testing.T) {
		code, _, errOut := run()
		require.Equal(t, 2, code)
		require.Contains(t, errOut, "usage: import")
	})
}

// TestImportSharedSeeds imports every role of the source documents the project started from
// and checks each draft: none has an error.
func TestImportSharedSeeds(t *testing.T) {
	for _, name := range []string{"ml-applications-engineer.txt", "systems-ml-engineer.txt"} {
		for _, r := range readSeed(t, name) {
			t.Run(r.ID+" imports without errors", func(t *testing.T) {
				doc, _ := roundTrip(t, r)
				require.Contains(t, doc, "## Profile\n\n- ")
			})
		}
	}
}
