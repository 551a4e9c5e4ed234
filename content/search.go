package content

import (
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
)

// Search returns the roles that match every word of query, best first. A word matches a word
// of a role's title, aliases, summary, skills or overview exactly, as a prefix, or with a
// small typo ("machne lerning" finds machine learning roles). An empty query returns every
// role in catalogue order.
func (c *Catalogue) Search(query string) []*Role {
	words := searchWords(query)
	if len(words) == 0 {
		return c.Roles
	}
	type hit struct {
		role  *Role
		score int
	}
	var hits []hit
	for _, r := range c.Roles {
		title := searchWords(r.Title + " " + strings.Join(r.Aliases, " "))
		body := roleWords(r)
		total, ok := 0, true
		for _, w := range words {
			d, found := closest(w, title)
			if !found {
				d, found = closest(w, body)
				d += 3 // a match in the title counts for more
			}
			if !found {
				ok = false
				break
			}
			total += d
		}
		if ok {
			hits = append(hits, hit{r, total})
		}
	}
	sortStable(hits, func(a, b hit) bool { return a.score < b.score })
	out := make([]*Role, len(hits))
	for i, h := range hits {
		out[i] = h.role
	}
	return out
}

// roleWords are the words of a role that search looks at besides its names.
func roleWords(r *Role) []string {
	var b strings.Builder
	b.WriteString(r.Summary)
	for _, s := range r.Skills {
		b.WriteString(" " + s.Name + " " + strings.Join(s.Aliases, " "))
	}
	for _, s := range r.Sections {
		if s.Key != "overview" {
			continue
		}
		for _, bl := range s.Blocks {
			b.WriteString(" " + bl.Text + " " + strings.Join(bl.Items, " "))
		}
	}
	return searchWords(b.String())
}

// closest is the smallest edit distance from w to a word of words, counting a prefix as an
// exact match, and whether it is small enough for w's length to count as a typo.
func closest(w string, words []string) (int, bool) {
	best := -1
	for _, x := range words {
		d := 0
		if !strings.HasPrefix(x, w) {
			d = levenshtein.ComputeDistance(w, x)
		}
		if best < 0 || d < best {
			best = d
		}
		if best == 0 {
			break
		}
	}
	return best, best >= 0 && best <= typos(len(w))
}

// typos is how many typos a word of n letters may have and still match.
func typos(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 5:
		return 1
	}
	return 2
}

// searchWords splits s into lower-case words of letters and digits, dropping one- and
// two-letter words other than "ai" and "ml".
func searchWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	})
	out := f[:0]
	for _, w := range f {
		if len(w) > 2 || w == "ai" || w == "ml" {
			out = append(out, w)
		}
	}
	return out
}

// sortStable sorts x so that a comes before b when before(a, b), keeping the order of equal
// elements: an insertion sort, for a catalogue's roles. It stands in for sort.SliceStable,
// whose reflection costs the WebAssembly several KB (scoring.SortStable is the same).
func sortStable[T any](x []T, before func(a, b T) bool) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && before(x[j], x[j-1]); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}
