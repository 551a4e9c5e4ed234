package content

import (
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the .golden files under testdata")

// parseFile parses a test document: a file named questions*.md is a question bank, any
// other a role document.
func parseFile(file string, src []byte) (any, error) {
	if strings.HasPrefix(filepath.Base(file), "questions") {
		traits, questions, err := ParseQuestions(file, src)
		return map[string]any{"traits": traits, "questions": questions}, err
	}
	return ParseRole(file, src)
}

// golden compares got with the .golden file beside file, or rewrites it with -update.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	path := strings.TrimSuffix(file, filepath.Ext(file)) + ".golden"
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./content -update to create it")
	require.Equal(t, string(want), string(got))
}

// eachTestdata runs one subtest, named by the file and what it shows, per file matching the
// glob under testdata, with the file's path (slash-separated) and contents.
func eachTestdata(t *testing.T, glob, shows string, test func(t *testing.T, file string, src []byte)) {
	files, err := filepath.Glob(filepath.Join("testdata", glob))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file)+" "+shows, func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			test(t, filepath.ToSlash(file), src)
		})
	}
}

// goldenJSON compares v, as indented JSON, with file's golden file.
func goldenJSON(t *testing.T, file string, v any) {
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	golden(t, file, append(got, '\n'))
}

func TestGoldenValid(t *testing.T) {
	eachTestdata(t, filepath.Join("valid", "*.md"), "parses without errors", func(t *testing.T, file string, src []byte) {
		v, err := parseFile(file, src)
		require.NoError(t, err)
		goldenJSON(t, file, v)
	})
}

func TestGoldenInvalid(t *testing.T) {
	eachTestdata(t, filepath.Join("invalid", "*.md"), "reports every problem", func(t *testing.T, file string, src []byte) {
		_, err := parseFile(file, src)
		require.Error(t, err)
		var list ErrorList
		require.ErrorAs(t, err, &list)
		golden(t, file, []byte(err.Error()+"\n"))
	})
}
