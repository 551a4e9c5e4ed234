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

func TestGoldenValid(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "valid", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file)+" parses without errors", func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			v, err := parseFile(filepath.ToSlash(file), src)
			require.NoError(t, err)
			got, err := json.MarshalIndent(v, "", "  ")
			require.NoError(t, err)
			golden(t, file, append(got, '\n'))
		})
	}
}

func TestGoldenInvalid(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "invalid", "*.md"))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file)+" reports every problem", func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			_, err = parseFile(filepath.ToSlash(file), src)
			require.Error(t, err)
			var list ErrorList
			require.ErrorAs(t, err, &list)
			golden(t, file, []byte(err.Error()+"\n"))
		})
	}
}
