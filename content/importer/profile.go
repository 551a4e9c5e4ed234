package importer

import (
	"fmt"
	"sort"
	"strings"
	"unicode"

	"github.com/careerquiz/careerquiz/content"
)

// Proposal is the weight proposed for one trait of an imported role, with its evidence.
type Proposal struct {
	Trait string
	// Weight is from 3 to 5: traits with too few mentions are left out of the profile, where
	// they count as content.DefaultWeight.
	Weight int
	// Mentions is how often the trait's keywords occur in the text, and PerThousand per
	// thousand words.
	Mentions    int
	PerThousand float64
	// Keywords are the keywords found with their counts, most frequent first.
	Keywords []Count
	// Quote is the first sentence or bullet of the text (after the title) that holds the most
	// frequent keyword.
	Quote string
}

// Count is how often one keyword occurs.
type Count struct {
	Keyword string
	N       int
}

// Thresholds of mentions per thousand words for the weights Propose gives.
const (
	// MinMentions is the fewest mentions a trait needs to be in the profile at all.
	MinMentions = 3
	// For3, For4 and For5 are the mentions per thousand words from which a trait gets that
	// weight.
	For3 = 4.0
	For4 = 8.0
	For5 = 16.0
	// MentionsFor4 and MentionsFor5 are the fewest mentions for a 4 and a 5, so that a short
	// text does not make a few words count for much.
	MentionsFor4 = 5
	MentionsFor5 = 10
)

// Propose proposes a profile for a role from the words of its text: for each trait, how
// often the trait's keywords (from the question bank) occur, per thousand words. A trait
// mentioned less than MinMentions times, or less than For3 per thousand words, is left out
// (it counts as content.DefaultWeight); otherwise its weight is 3, 4 from For4 (and
// MentionsFor4 mentions) and 5 from For5 (and MentionsFor5). The proposals are the traits kept, highest weight first. It is a starting point for
// the author, who knows the role: the words of a text are not what a person in the role
// would answer.
func Propose(r *content.Role, traits []content.Trait) []Proposal {
	units := textUnits(r)
	words := 0
	for _, u := range units {
		words += len(strings.Fields(u))
	}
	if words == 0 {
		return nil
	}
	var out []Proposal
	for _, t := range traits {
		p := Proposal{Trait: t.ID}
		for _, kw := range t.Keywords {
			n := 0
			for _, u := range units {
				n += countWord(strings.ToLower(u), strings.ToLower(kw))
			}
			if n > 0 {
				p.Keywords = append(p.Keywords, Count{kw, n})
				p.Mentions += n
			}
		}
		p.PerThousand = 1000 * float64(p.Mentions) / float64(words)
		switch {
		case p.Mentions < MinMentions || p.PerThousand < For3:
			continue
		case p.PerThousand >= For5 && p.Mentions >= MentionsFor5:
			p.Weight = 5
		case p.PerThousand >= For4 && p.Mentions >= MentionsFor4:
			p.Weight = 4
		default:
			p.Weight = 3
		}
		sort.SliceStable(p.Keywords, func(i, j int) bool { return p.Keywords[i].N > p.Keywords[j].N })
		top := strings.ToLower(p.Keywords[0].Keyword)
		for _, u := range units[1:] { // the title is no evidence
			if countWord(strings.ToLower(u), top) > 0 {
				p.Quote = quote(u, 80)
				break
			}
		}
		out = append(out, p)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].Weight != out[j].Weight {
			return out[i].Weight > out[j].Weight
		}
		return out[i].PerThousand > out[j].PerThousand
	})
	return out
}

// Evidence is the proposal's evidence as a profile line gives it: the keywords counted and
// the quote.
func (p Proposal) Evidence() string {
	var kws []string
	for i, c := range p.Keywords {
		if i == 3 {
			break
		}
		kws = append(kws, fmt.Sprintf("%s ×%d", c.Keyword, c.N))
	}
	return fmt.Sprintf("%d mentions (%.1f per 1,000 words: %s), as in \"%s\"", p.Mentions, p.PerThousand, strings.Join(kws, ", "), p.Quote)
}

// textUnits are the role's sentences and bullets: its title, summary and every block.
func textUnits(r *content.Role) []string {
	units := []string{r.Title}
	for _, sec := range r.Sections {
		for _, b := range sec.Blocks {
			switch b.Kind {
			case "paragraph":
				units = append(units, sentences(b.Text)...)
			case "list":
				units = append(units, b.Items...)
			default:
				units = append(units, b.Text)
			}
		}
	}
	return units
}

// sentences splits a paragraph after ". ".
func sentences(s string) []string {
	var out []string
	for {
		i := strings.Index(s, ". ")
		if i < 0 {
			break
		}
		out = append(out, s[:i+1])
		s = s[i+2:]
	}
	if s = strings.TrimSpace(s); s != "" {
		out = append(out, s)
	}
	return out
}

// quote is s cut to at most n characters at a word, with "…" when cut.
func quote(s string, n int) string {
	s = strings.ReplaceAll(strings.TrimSpace(s), `"`, "'")
	if len(s) <= n {
		return s
	}
	cut := strings.LastIndex(s[:n], " ")
	if cut <= 0 {
		cut = n
	}
	return strings.TrimRight(s[:cut], ",;: ") + "…"
}

// wordEndings are what may follow a keyword inside a word it counts in: "model" counts in
// "models" and "modelling", "AI" does not count in "aim".
// ("care" does not count in "career": -er is left out, as it makes other words).
var wordEndings = []string{"", "s", "es", "ed", "ing", "ling", "led", "al", "ally", "ly", "ic", "ical"}

// countWord counts the occurrences of kw in text that start a word and end it, but for one
// of wordEndings.
func countWord(text, kw string) int {
	if kw == "" {
		return 0
	}
	n := 0
	for i := 0; ; {
		j := strings.Index(text[i:], kw)
		if j < 0 {
			return n
		}
		at := i + j
		i = at + len(kw)
		if at > 0 && isWordByte(text[at-1]) {
			continue
		}
		end := i
		for end < len(text) && isWordByte(text[end]) {
			end++
		}
		rest := text[i:end]
		for _, e := range wordEndings {
			if rest == e && (len(kw) > 3 || e == "" || e == "s") {
				n++
				break
			}
		}
	}
}

func isWordByte(c byte) bool {
	return c >= 0x80 || unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c))
}
