package cmd

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// run runs the command line with args and no input.
func run(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = Run(args, strings.NewReader(""), &out, &errs)
	return code, out.String(), errs.String()
}

func TestRun(t *testing.T) {
	t.Run("no command prints the usage and exits 2", func(t *testing.T) {
		code, out, errs := run()
		require.Equal(t, 2, code)
		require.Empty(t, out)
		require.Equal(t, Usage, errs)
	})
	t.Run("help prints every command and every flag of serve and static", func(t *testing.T) {
		code, out, _ := run("help")
		require.Equal(t, 0, code)
		for _, word := range []string{"serve", "static", "check", "eval", "take", "compress",
			"--addr", "--web", "--domain", "--frame-ancestors", "--out", "--base", "--json", "--all", "--roles", "--seed", "--config", "--conditions"} {
			require.Contains(t, out, word)
		}
	})
	t.Run("an unknown command exits 2 and names it", func(t *testing.T) {
		code, _, errs := run("serf")
		require.Equal(t, 2, code)
		require.Contains(t, errs, `unknown command "serf"`)
	})
	for _, name := range []string{"serve", "static"} {
		t.Run(name+" with an unknown flag or an argument exits 2", func(t *testing.T) {
			code, _, errs := run(name, "--bogus")
			require.Equal(t, 2, code)
			require.Contains(t, errs, "-bogus")
			code, _, errs = run(name, "extra")
			require.Equal(t, 2, code)
			require.Contains(t, errs, "unexpected argument extra")
		})
		t.Run(name+" refuses frame ancestors it cannot put in a policy", func(t *testing.T) {
			code, _, errs := run(name, "--frame-ancestors", "javascript:alert(1)", "--web", t.TempDir())
			require.Equal(t, 1, code)
			require.Contains(t, errs, "careerquiz "+name+": ")
		})
		t.Run(name+" --help exits 0 and lists its flags", func(t *testing.T) {
			code, _, errs := run(name, "--help")
			require.Equal(t, 0, code)
			require.Contains(t, errs, "-domain")
		})
	}
	t.Run("static without the built app fails with exit 1 and says why", func(t *testing.T) {
		dir := t.TempDir()
		code, _, errs := run("static", "--out", filepath.Join(dir, "site"), "--web", filepath.Join(dir, "web"))
		require.Equal(t, 1, code)
		require.Contains(t, errs, "careerquiz static: ")
	})
	t.Run("compress writes .br and .gz siblings", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.WriteFile(filepath.Join(dir, "app.css"), []byte(strings.Repeat("body { color: black }\n", 100)), 0o644))
		code, _, errs := run("compress", dir)
		require.Equal(t, 0, code, errs)
		require.FileExists(t, filepath.Join(dir, "app.css.br"))
		require.FileExists(t, filepath.Join(dir, "app.css.gz"))
	})
	t.Run("compress takes exactly one folder", func(t *testing.T) {
		code, _, _ := run("compress")
		require.Equal(t, 2, code)
	})
}
