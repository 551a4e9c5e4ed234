package content_test

import (
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/content/internal/catgen"
	"github.com/stretchr/testify/require"
)

// The compiled catalogue is what the generator writes from the embedded documents today: a
// document changed without regenerating fails here.
func TestCompiledCatalogueIsUpToDate(t *testing.T) {
	parsed, err := content.Parse(content.Files)
	require.NoError(t, err)
	want, err := catgen.Source(parsed)
	require.NoError(t, err)
	got, err := os.ReadFile(catgen.File)
	require.NoError(t, err)
	if string(got) != string(want) {
		g, w := strings.Split(string(got), "\n"), strings.Split(string(want), "\n")
		line := 0
		for line < len(g) && line < len(w) && g[line] == w[line] {
			line++
		}
		at := func(l []string) string {
			if line < len(l) {
				return l[line]
			}
			return "(end of file)"
		}
		t.Fatalf("content/%s is out of date with questions.md and roles/*.md: run `%s` (make build does it).\nfirst difference at line %d:\n  file:      %s\n  documents: %s",
			catgen.File, catgen.Command, line+1, strings.TrimSpace(at(g)), strings.TrimSpace(at(w)))
	}
}

// Default returns the values the parser reads from the embedded documents, field for field.
func TestDefaultIsTheParsedCatalogue(t *testing.T) {
	parsed, err := content.Parse(content.Files)
	require.NoError(t, err)
	def, err := content.Default()
	require.NoError(t, err)
	want, err := json.Marshal(parsed)
	require.NoError(t, err)
	got, err := json.Marshal(def)
	require.NoError(t, err)
	if string(want) != string(got) {
		t.Fatalf("Default differs from the documents as parsed: run `%s` (make build does it)", catgen.Command)
	}
	require.NotEmpty(t, def.Roles)
	require.NotEmpty(t, def.Questions)
}

// Each caller gets its own Catalogue, so one that trims its lists leaves the others whole.
func TestDefaultIsACopy(t *testing.T) {
	a, _ := content.Default()
	n := len(a.Roles)
	a.Roles = a.Roles[:1]
	b, _ := content.Default()
	require.Len(t, b.Roles, n)
}
