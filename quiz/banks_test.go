package quiz

import (
	"fmt"
	"io/fs"
	"os"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

// catalogueWith is the embedded catalogue with the question bank in file instead. Profile
// lines on traits that bank does not define are left out, as the roles of its day had none.
func catalogueWith(t *testing.T, file string) *content.Catalogue {
	t.Helper()
	questions, err := os.ReadFile(file)
	require.NoError(t, err)
	_, traits, _ := strings.Cut(string(questions), "## Traits")
	traits, _, _ = strings.Cut(traits, "## Questions")
	known := map[string]bool{}
	for _, line := range strings.Split(traits, "\n") {
		if id, _, ok := strings.Cut(strings.TrimPrefix(line, "- "), " |"); ok {
			known[id] = true
		}
	}
	fsys := fstest.MapFS{"questions.md": {Data: questions}}
	roles, err := fs.Glob(content.Files, "roles/*.md")
	require.NoError(t, err)
	for _, name := range roles {
		b, err := fs.ReadFile(content.Files, name)
		require.NoError(t, err)
		var kept []string
		for _, line := range strings.Split(string(b), "\n") {
			if id, _, ok := strings.Cut(strings.TrimPrefix(line, "- "), ":"); ok && strings.HasPrefix(line, "- ") && !known[id] && isTraitLike(id) {
				continue
			}
			kept = append(kept, line)
		}
		fsys[name] = &fstest.MapFile{Data: []byte(strings.Join(kept, "\n"))}
	}
	cat, err := content.Parse(fsys)
	require.NoError(t, err)
	return cat
}

func TestPastBanks(t *testing.T) {
	t.Run("every file of banks/ is listed, with its contents", func(t *testing.T) {
		entries, err := os.ReadDir("banks")
		require.NoError(t, err)
		require.NotEmpty(t, entries)
		require.Len(t, pastBanks, len(entries), "a file of quiz/banks/ is not listed in pastBanks (banks.go)")
		for _, en := range entries {
			b, err := os.ReadFile("banks/" + en.Name())
			require.NoError(t, err)
			require.Equal(t, string(b), pastBanks[en.Name()], "pastBanks[%q] (banks.go) is not banks/%[1]s", en.Name())
		}
	})
	t.Run("each past bank's file lists the bank its name says", func(t *testing.T) {
		require.NotEmpty(t, pastBanks)
		for name, b := range pastBanks {
			src := "## Traits\n\n## Questions\n\n### Interests\n\n"
			for _, line := range strings.Split(strings.TrimSpace(b), "\n") {
				src += "- " + line + ": text\n"
			}
			_, qs, _ := content.ParseQuestions(name, []byte(src)) // unknown traits: no ## Traits here
			require.Equal(t, strings.TrimSuffix(name, ".txt"), fmt.Sprintf("%016x", BankVersion(&content.Catalogue{Questions: qs})))
		}
	})
	t.Run("the testdata bank is the one its past bank file lists", func(t *testing.T) {
		old := catalogueWith(t, "testdata/questions-aaebfd29d1a40882.md")
		require.Equal(t, "aaebfd29d1a40882", fmt.Sprintf("%016x", BankVersion(old)))
	})
	t.Run("the current bank is not kept as a past bank", func(t *testing.T) {
		cat, err := content.Default()
		require.NoError(t, err)
		_, ok := pastBankFor(uint32(BankVersion(cat)) & 0xffffff)
		require.False(t, ok)
	})
}

func TestShareCodeFromPastBank(t *testing.T) {
	old := catalogueWith(t, "testdata/questions-aaebfd29d1a40882.md")
	cur, err := content.Default()
	require.NoError(t, err)
	s := engine(t, old).New()
	s.SetStage(StageCollege)
	answered := map[string]int8{}
	for i, id := range []string{"build-app", "queue-fix", "table-patterns", "data-privacy", "teach-computer"} {
		require.NoError(t, s.Answer(id, i%5+1))
		answered[id] = int8(i%5 + 1)
	}
	code := s.ShareCode()

	got, n, err := engine(t, cur).FromShareCode(code)
	require.NoError(t, err, "a link made before the bank changed still opens")
	t.Run("it says the bank changed", func(t *testing.T) {
		require.True(t, n.Migrated)
	})
	t.Run("answers to questions that are gone are dropped and counted", func(t *testing.T) {
		require.Equal(t, 2, n.Dropped) // queue-fix and data-privacy were replaced
		require.Equal(t, 3, n.Kept)
	})
	t.Run("answers to questions that are kept follow their ids", func(t *testing.T) {
		e := engine(t, cur)
		for _, id := range []string{"build-app", "table-patterns", "teach-computer"} {
			q := e.QuestionIndex(id)
			require.GreaterOrEqual(t, q, 0)
			require.Equal(t, answered[id], got.answers[q], id)
		}
		require.Len(t, got.asked, 3)
	})
	t.Run("the stage is kept", func(t *testing.T) {
		require.Equal(t, StageCollege, got.Stage())
	})
}

// isTraitLike reports whether s looks like a trait id (lower-case letters only), so that other
// bullets, such as skills or sources, are never dropped.
func isTraitLike(s string) bool {
	for _, r := range s {
		if r < 'a' || r > 'z' {
			return false
		}
	}
	return s != ""
}
