package cmd

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

// golden requires got to equal the golden file, which is the command's output: to refresh
// it, run the command shown, in content/.
func golden(t *testing.T, file, command string, got []byte) {
	t.Helper()
	want, err := os.ReadFile(file)
	require.NoError(t, err)
	require.Equal(t, string(want), string(got), "if the change is meant, refresh it in content/: %s > %s", command, file)
}

func TestCheckGolden(t *testing.T) {
	t.Chdir(filepath.Join("..", "content")) // the golden files name the files as content's tests do
	var stdout, stderr bytes.Buffer
	code := Run([]string{"check", filepath.Join("testdata", "check")}, nil, &stdout, &stderr)
	require.Equal(t, 1, code)
	require.Empty(t, stderr.String())
	golden(t, filepath.Join("testdata", "check.golden"), "careerquiz check testdata/check", stdout.Bytes())
}

func TestCheckCommand(t *testing.T) {
	t.Chdir(filepath.Join("..", "content"))
	run := func(args ...string) (int, string, string) {
		var stdout, stderr bytes.Buffer
		code := Run(append([]string{"check"}, args...), nil, &stdout, &stderr)
		return code, stdout.String(), stderr.String()
	}
	t.Run("a clean directory exits 0 with a summary", func(t *testing.T) {
		code, out, _ := run(filepath.Join("testdata", "catalogue"))
		require.Equal(t, 0, code)
		require.Equal(t, "2 roles, 23 questions, 3 traits, 4 skills: 0 errors, 0 warnings\n", out)
	})
	t.Run("a directory of role documents only is checked beside the built-in questions and roles", func(t *testing.T) {
		builtIn, err := content.Default()
		require.NoError(t, err)
		code, out, _ := run(filepath.Join("testdata", "catalogue", "roles"))
		require.Equal(t, 0, code, out)
		require.NotContains(t, out, "error:")
		// data-analyst is built in too: the office's document takes its place.
		ids := map[string]bool{"data-analyst": true, "software-developer": true}
		for _, r := range builtIn.Roles {
			ids[r.ID] = true
		}
		require.Contains(t, out, fmt.Sprintf("%d roles, ", len(ids)))
	})
	t.Run("an office's roles that name built-in roles have no errors", func(t *testing.T) {
		code, out, _ := run(filepath.Join("..", "examples", "office-roles"))
		require.Equal(t, 0, code, out)
		require.NotContains(t, out, "error:")
	})
	t.Run("an office's errors name its own files", func(t *testing.T) {
		dir := filepath.Join("..", "scripts", "testdata", "broken-roles")
		code, out, _ := run(dir)
		require.Equal(t, 1, code)
		require.Contains(t, out, filepath.Join(dir, "broken-role.md")+`:5: error: unknown role "no-such-role"`)
	})
	t.Run("errors are printed with their file and line and exit 1", func(t *testing.T) {
		code, out, _ := run(filepath.Join("testdata", "check"))
		require.Equal(t, 1, code)
		require.Contains(t, out, filepath.Join("testdata", "check", "roles", "analyst.md")+":14: error: unknown trait \"mystery\"")
	})
	t.Run("--json prints the catalogue and sends the diagnostics to stderr", func(t *testing.T) {
		code, out, errOut := run("--json", filepath.Join("testdata", "catalogue"))
		require.Equal(t, 0, code)
		var c content.Catalogue
		require.NoError(t, json.Unmarshal([]byte(out), &c))
		require.Len(t, c.Roles, 2)
		require.Equal(t, "data-analyst", c.Roles[0].ID)
		require.Equal(t, 60000.0, c.Roles[0].Salaries[0].Low)
		require.Len(t, c.Questions, 23)
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

func TestCheckJSONGolden(t *testing.T) {
	t.Chdir(filepath.Join("..", "content"))
	var stdout, stderr bytes.Buffer
	require.Equal(t, 0, Run([]string{"check", "--json", filepath.Join("testdata", "catalogue")}, nil, &stdout, &stderr))
	golden(t, filepath.Join("testdata", "catalogue.golden"), "careerquiz check --json testdata/catalogue", stdout.Bytes())
}
