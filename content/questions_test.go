package content

import (
	"fmt"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// stopWords are left out when comparing what two questions ask.
var stopWords = map[string]bool{}

func init() {
	for _, w := range strings.Fields(`i a an the to of and or in on at for with by as is am are be it
		my me than that this what who how why when if not don t do does would rather like enjoy can
		have has had so there their them they up out about much really very most more lot lots some
		other others one something things thing people someone else just only`) {
		stopWords[w] = true
	}
}

// contentWords are the words of a question's text that carry its meaning, crudely stemmed.
func contentWords(text string) map[string]bool {
	out := map[string]bool{}
	for _, w := range strings.Fields(normalise(text)) {
		if stopWords[w] || len(w) < 3 {
			continue
		}
		for _, suf := range []string{"ing", "es", "s", "ed"} {
			if len(w) > len(suf)+3 {
				w = strings.TrimSuffix(w, suf)
			}
		}
		out[w] = true
	}
	return out
}

// overlap is the share of the two questions' content words that both use (Jaccard).
func overlap(a, b map[string]bool) float64 {
	n := 0
	for w := range a {
		if b[w] {
			n++
		}
	}
	if union := len(a) + len(b) - n; union > 0 {
		return float64(n) / float64(union)
	}
	return 0
}

// mirrorOverlap is the overlap of content words above which two questions keyed in opposite
// directions on the same trait ask the same thing twice.
const mirrorOverlap = 0.3

// mirrors are the pairs of questions measuring one same trait in opposite directions whose
// content words overlap by mirrorOverlap or more.
func mirrors(qs []Question) []string {
	var out []string
	for i, a := range qs {
		for _, b := range qs[i+1:] {
			for _, ma := range a.Measures {
				for _, mb := range b.Measures {
					if ma.Trait == mb.Trait && ma.Reverse != mb.Reverse {
						if o := overlap(contentWords(a.Text), contentWords(b.Text)); o >= mirrorOverlap {
							out = append(out, fmt.Sprintf("%s / %s (%s, %.2f)", a.ID, b.ID, ma.Trait, o))
						}
					}
				}
			}
		}
	}
	return out
}

func TestMirrors(t *testing.T) {
	t.Run("a question and its negation are a mirror pair", func(t *testing.T) {
		qs := []Question{
			{ID: "likes", Text: "I like digging through a big table of numbers.", Measures: []Measure{{Trait: "data"}}},
			{ID: "bored", Text: "Digging through a big table of numbers bores me.", Measures: []Measure{{Trait: "data", Reverse: true}}},
		}
		require.Len(t, mirrors(qs), 1)
	})
	t.Run("two questions on one trait in the same direction are not", func(t *testing.T) {
		qs := []Question{
			{ID: "likes", Text: "I like digging through a big table of numbers.", Measures: []Measure{{Trait: "data"}}},
			{ID: "also", Text: "I like digging through a big table of numbers at night.", Measures: []Measure{{Trait: "data"}}},
		}
		require.Empty(t, mirrors(qs))
	})
}

// TestBank holds the embedded question bank to the rules content/README.md states.
func TestBank(t *testing.T) {
	c, ds := Check(Files)
	require.NotNil(t, c)
	t.Run("the bank has at least 120 questions", func(t *testing.T) {
		require.GreaterOrEqual(t, len(c.Questions), 120)
	})
	t.Run("the bank breaks none of the checker's rules for questions", func(t *testing.T) {
		var bank []string
		for _, d := range ds {
			if d.File == "questions.md" && !strings.Contains(d.Message, "tells no roles apart") {
				bank = append(bank, d.String())
			}
		}
		require.Empty(t, bank)
	})
	t.Run("no two questions ask the same thing with opposite keys", func(t *testing.T) {
		require.Empty(t, mirrors(c.Questions))
	})
	t.Run("every trait of the bank is measured by 8 questions or more", func(t *testing.T) {
		n := map[string]int{}
		for _, q := range c.Questions {
			for _, m := range q.Measures {
				n[m.Trait]++
			}
		}
		for _, tr := range c.Traits {
			require.GreaterOrEqual(t, n[tr.ID], MinTraitQuestions, tr.ID)
		}
	})
}
