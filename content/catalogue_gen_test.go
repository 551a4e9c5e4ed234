package content_test

import (
	"encoding/json"
	"os"
	"path/filepath"
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

// Each role's text file in the web folder is what the generator writes from the embedded
// documents today, and there is no file of a role the catalogue does not have.
func TestRoleTextFilesAreUpToDate(t *testing.T) {
	parsed, err := content.Parse(content.Files)
	require.NoError(t, err)
	want, err := catgen.Texts(parsed)
	require.NoError(t, err)
	for rel, b := range want {
		got, err := os.ReadFile(filepath.Join(catgen.WebDir, rel))
		require.NoError(t, err, "web/%s is missing: run `%s` (make build does it)", rel, catgen.Command)
		require.True(t, string(b) == string(got), "web/%s is out of date: run `%s` (make build does it)", rel, catgen.Command)
	}
	on, err := filepath.Glob(filepath.Join(catgen.WebDir, "roles", "*.json"))
	require.NoError(t, err)
	require.Len(t, on, len(want), "web/roles has a file of a role the documents do not have: run `%s`", catgen.Command)
}

// Default with each role's text from its file in the web folder put back is the catalogue the
// parser reads from the embedded documents, field for field.
func TestDefaultWithTheTextFilesIsTheParsedCatalogue(t *testing.T) {
	parsed, err := content.Parse(content.Files)
	require.NoError(t, err)
	def, err := content.Default()
	require.NoError(t, err)
	require.NotEmpty(t, def.Roles)
	require.NotEmpty(t, def.Questions)
	whole := *def
	whole.Roles = make([]*content.Role, len(def.Roles))
	for i, r := range def.Roles {
		b, err := os.ReadFile(filepath.Join(catgen.WebDir, content.TextPath(r.ID)))
		require.NoError(t, err)
		var text content.Text
		require.NoError(t, json.Unmarshal(b, &text))
		whole.Roles[i], err = r.WithText(text)
		require.NoError(t, err)
	}
	want, err := json.Marshal(parsed)
	require.NoError(t, err)
	got, err := json.Marshal(&whole)
	require.NoError(t, err)
	if string(want) != string(got) {
		t.Fatalf("Default with the text files differs from the documents as parsed: run `%s` (make build does it)", catgen.Command)
	}
}

// The compiled catalogue leaves each role's long text out: of its sections only the overview
// and the first line of education, no evidence and no market figures.
func TestDefaultLeavesTheLongTextOut(t *testing.T) {
	parsed, err := content.Parse(content.Files)
	require.NoError(t, err)
	def, err := content.Default()
	require.NoError(t, err)
	for i, r := range def.Roles {
		p := parsed.Roles[i]
		require.Empty(t, r.Market, r.ID)
		for _, w := range r.Profile {
			require.Empty(t, w.Evidence, r.ID)
		}
		var keys []string
		for _, s := range r.Sections {
			keys = append(keys, s.Key)
		}
		require.Subset(t, []string{content.SectionOverview, content.SectionRequirements}, keys, r.ID)
		if edu := p.Education(); len(edu) > 0 {
			require.Equal(t, edu[:1], r.Education(), r.ID)
		} else {
			require.Empty(t, r.Education(), r.ID)
		}
	}
}

// Each caller gets its own Catalogue, so one that trims its lists leaves the others whole.
func TestDefaultIsACopy(t *testing.T) {
	a, _ := content.Default()
	n := len(a.Roles)
	a.Roles = a.Roles[:1]
	b, _ := content.Default()
	require.Len(t, b.Roles, n)
}
