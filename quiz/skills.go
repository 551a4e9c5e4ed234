package quiz

import (
	"slices"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
)

// MatchStatus is how a typed skill matched the skill vocabulary.
type MatchStatus int

// Match statuses.
const (
	// Unknown: nothing in the vocabulary is close; the input is ignored.
	Unknown MatchStatus = iota
	// Matched: the input names one skill (exactly or with a small typo); it was added.
	Matched
	// Ambiguous: the input is close to several skills (or only the start of one); Choices lists
	// them and nothing was added.
	Ambiguous
)

// String is the status in lower case: "matched", "ambiguous" or "unknown".
func (m MatchStatus) String() string {
	switch m {
	case Matched:
		return "matched"
	case Ambiguous:
		return "ambiguous"
	}
	return "unknown"
}

// Note is what became of a typed skill, for the user interface to put in words.
type Note uint8

// Notes of a SkillMatch.
const (
	// NoteEmpty: the input has no letters or digits; nothing to match.
	NoteEmpty Note = iota
	// NoteTooLong: the input is longer than a skill name can be (MaxSkillInput bytes).
	NoteTooLong
	// NoteNotKnown: nothing in the vocabulary is close; nothing was added.
	NoteNotKnown
	// NoteDidYouMean: the input is close to several skills (or the start of some); Choices
	// lists them and nothing was added.
	NoteDidYouMean
	// NoteMatched: the input names one skill (MatchSkill; nothing was added).
	NoteMatched
	// NoteAdded: the input named one skill and AddSkill added it.
	NoteAdded
	// NoteAlreadyListed: the input named a skill the student has listed already.
	NoteAlreadyListed
	// NoteListFull: the input named a skill, but the student's list has MaxSkills already;
	// nothing was added.
	NoteListFull
)

// MaxSkills is the most skills a session holds, typed or restored.
const MaxSkills = 100

var noteNames = [...]string{NoteEmpty: "empty", NoteTooLong: "too-long", NoteNotKnown: "not-known",
	NoteDidYouMean: "did-you-mean", NoteMatched: "matched", NoteAdded: "added", NoteAlreadyListed: "already-listed", NoteListFull: "list-full"}

// String is the note's code, such as "added" or "did-you-mean".
func (n Note) String() string {
	if int(n) < len(noteNames) {
		return noteNames[n]
	}
	return "unknown"
}

// MarshalText writes the note's code.
func (n Note) MarshalText() ([]byte, error) { return []byte(n.String()), nil }

// SkillMatch is the outcome of matching a typed skill. The words a student reads for it are
// written by the user interface from Note and the fields.
type SkillMatch struct {
	Status  MatchStatus
	Note    Note
	Skill   string   // the skill matched, when Matched
	Choices []string // the skills the student may have meant, sorted, when Ambiguous
	Text    string   // the input, without surrounding space
}

// MaxSkillInput is the longest input matched, in bytes; longer input is not a skill name.
const MaxSkillInput = 60

type vocabulary struct {
	names   []string         // canonical names: the catalogue's, then the general skills'
	sum     uint16           // a checksum of names, so share codes can name skills by index
	base    int              // how many of names are the catalogue's
	baseSum uint16           // the checksum of the catalogue's names, as share codes had it before
	keys    map[string][]int // compact key → skills
	all     []vocabKey
	broader map[int][]int // skill → the broader skills it counts towards
}

type vocabKey struct {
	key   string
	skill int
}

// newVocabulary is the catalogue's skill vocabulary; when the catalogue lists none, the union
// of its roles' skills.
func newVocabulary(cat *content.Catalogue) *vocabulary {
	v := &vocabulary{keys: map[string][]int{}}
	add := func(sk content.Skill) {
		name := strings.TrimSpace(sk.Name)
		k := compact(name)
		if k == "" {
			return
		}
		if ids, ok := v.keys[k]; ok && v.names[ids[0]] != "" && strings.EqualFold(v.names[ids[0]], name) {
			return // the same skill listed twice
		}
		i := len(v.names)
		v.names = append(v.names, name)
		for _, alias := range append([]string{name}, sk.Aliases...) {
			ak := compact(alias)
			if ak == "" || slices.Contains(v.keys[ak], i) {
				continue
			}
			v.keys[ak] = append(v.keys[ak], i)
			v.all = append(v.all, vocabKey{ak, i})
		}
	}
	if len(cat.Skills) > 0 {
		for _, sk := range cat.Skills {
			add(sk)
		}
	} else {
		for _, r := range cat.Roles {
			if r == nil {
				continue
			}
			for _, sk := range r.Skills {
				add(sk)
			}
		}
	}
	v.base, v.baseSum = len(v.names), crc16([]byte(strings.Join(v.names, "\n")))
	for _, sk := range generalSkills {
		v.addGeneral(sk)
	}
	v.sum = crc16([]byte(strings.Join(v.names, "\n")))
	v.linkBroader()
	return v
}

// addGeneral adds a general skill after the catalogue's. When its name or an alias names one
// skill already, its aliases go to that skill. A key another skill uses is left to that skill,
// so general skills never make a catalogue skill ambiguous.
func (v *vocabulary) addGeneral(sk content.Skill) {
	names := append([]string{sk.Name}, sk.Aliases...)
	i := -1
	for _, n := range names {
		if ids := v.keys[compact(n)]; len(ids) == 1 {
			i = ids[0]
			break
		}
	}
	if i < 0 {
		name := strings.TrimSpace(sk.Name)
		if k := compact(name); k == "" || len(v.keys[k]) > 0 {
			return
		}
		i = len(v.names)
		v.names = append(v.names, name)
	}
	for _, n := range names {
		if k := compact(n); k != "" && len(v.keys[k]) == 0 {
			v.keys[k] = []int{i}
			v.all = append(v.all, vocabKey{k, i})
		}
	}
}

// linkBroader resolves broaderSkills to the vocabulary's skills.
func (v *vocabulary) linkBroader() {
	v.broader = map[int][]int{}
	one := func(name string) int {
		if ids := v.keys[compact(name)]; len(ids) == 1 {
			return ids[0]
		}
		return -1
	}
	for from, tos := range broaderSkills {
		f := one(from)
		if f < 0 {
			continue
		}
		for _, to := range tos {
			if t := one(to); t >= 0 && t != f && !slices.Contains(v.broader[f], t) {
				v.broader[f] = append(v.broader[f], t)
			}
		}
	}
}

// withBroader is names followed by the broader skills they count towards (and theirs), each
// once.
func (v *vocabulary) withBroader(names []string) []string {
	out := slices.Clone(names)
	for i := 0; i < len(out); i++ {
		for _, b := range v.broader[v.index(out[i])] {
			if !slices.ContainsFunc(out, func(n string) bool { return strings.EqualFold(n, v.names[b]) }) {
				out = append(out, v.names[b])
			}
		}
	}
	return out
}

// MaxSuggestions is the most skills SuggestSkills offers.
const MaxSuggestions = 8

// suggest is up to MaxSuggestions skills for text being typed, best first: names that start
// with it, then aliases, then names with a word that starts with it, then close typos. Skills
// in have are left out; text of fewer than two letters or digits suggests nothing.
func (v *vocabulary) suggest(text string, have []string) []string {
	k := compact(text)
	if len([]rune(k)) < 2 || len(text) > MaxSkillInput {
		return nil
	}
	tiers := make([][]int, 4)
	seen := map[int]bool{}
	put := func(tier, id int) {
		if !seen[id] && !slices.Contains(have, v.names[id]) {
			seen[id] = true
			tiers[tier] = append(tiers[tier], id)
		}
	}
	for id, n := range v.names {
		if strings.HasPrefix(compact(n), k) {
			put(0, id)
		}
	}
	for _, vk := range v.all {
		if strings.HasPrefix(vk.key, k) {
			put(1, vk.skill)
		}
	}
	for id, n := range v.names {
		for _, w := range strings.FieldsFunc(n, func(r rune) bool { return r == ' ' || r == '-' || r == '/' }) {
			if strings.HasPrefix(compact(w), k) {
				put(2, id)
			}
		}
	}
	if m := v.match(text); m.Status == Matched {
		put(3, v.index(m.Skill))
	} else if m.Status == Ambiguous {
		for _, c := range m.Choices {
			put(3, v.index(c))
		}
	}
	var out []string
	for _, ids := range tiers {
		scoring.SortStable(ids, func(a, b int) bool { return strings.ToLower(v.names[a]) < strings.ToLower(v.names[b]) })
		for _, id := range ids {
			if len(out) < MaxSuggestions {
				out = append(out, v.names[id])
			}
		}
	}
	return out
}

// index is the position of a canonical name in the vocabulary, or -1.
func (v *vocabulary) index(name string) int { return slices.Index(v.names, name) }

// canonical is the vocabulary's name for a role's skill (by its name or an alias), or the
// skill's own name when the vocabulary lacks it.
func (v *vocabulary) canonical(sk content.Skill) string {
	for _, n := range append([]string{sk.Name}, sk.Aliases...) {
		if ids := v.keys[compact(n)]; len(ids) == 1 {
			return v.names[ids[0]]
		}
	}
	return strings.TrimSpace(sk.Name)
}

// compact is the form names are compared in: lower case, letters, digits, '+' and '#' only
// ("Tensor Flow" and "tensorflow" are the same; "C++" and "C#" stay apart).
func compact(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '+' || r == '#' {
			b.WriteRune(r)
		}
	}
	return b.String()
}

// allowed is the number of edits tolerated for a key of n letters.
func allowed(n int) int {
	switch {
	case n <= 3:
		return 0
	case n <= 5:
		return 1
	case n <= 9:
		return 2
	}
	return 3
}

// Match matches typed text to the vocabulary without adding it.
func (v *vocabulary) match(text string) SkillMatch {
	text = strings.TrimSpace(text)
	if len(text) > MaxSkillInput {
		return SkillMatch{Status: Unknown, Note: NoteTooLong, Text: text}
	}
	k := compact(text)
	if k == "" {
		return SkillMatch{Status: Unknown, Note: NoteEmpty, Text: text}
	}
	if ids := v.keys[k]; len(ids) == 1 {
		return SkillMatch{Status: Matched, Note: NoteMatched, Skill: v.names[ids[0]], Text: text}
	} else if len(ids) > 1 {
		return v.ambiguous(text, ids)
	}
	// The closest skills within the edits tolerated.
	best := map[int]int{}
	for _, vk := range v.all {
		tol := allowed(min(len([]rune(k)), len([]rune(vk.key))))
		if tol == 0 {
			continue
		}
		if d := levenshtein.ComputeDistance(k, vk.key); d <= tol {
			if old, ok := best[vk.skill]; !ok || d < old {
				best[vk.skill] = d
			}
		}
	}
	if len(best) > 0 {
		dmin := MaxSkillInput
		for _, d := range best {
			dmin = min(dmin, d)
		}
		var ids []int
		for id, d := range best {
			if d == dmin {
				ids = append(ids, id)
			}
		}
		if len(ids) == 1 {
			return SkillMatch{Status: Matched, Note: NoteMatched, Skill: v.names[ids[0]], Text: text}
		}
		return v.ambiguous(text, ids)
	}
	// The start of one or more names: offered, never guessed.
	if len([]rune(k)) >= 3 {
		var ids []int
		for _, vk := range v.all {
			if strings.HasPrefix(vk.key, k) && !slices.Contains(ids, vk.skill) {
				ids = append(ids, vk.skill)
			}
		}
		if len(ids) > 0 && len(ids) <= 8 {
			return v.ambiguous(text, ids)
		}
	}
	return SkillMatch{Status: Unknown, Note: NoteNotKnown, Text: text}
}

func (v *vocabulary) ambiguous(text string, ids []int) SkillMatch {
	var names []string
	for _, id := range ids {
		names = append(names, v.names[id])
	}
	scoring.SortStable(names, func(a, b string) bool { return a < b })
	return SkillMatch{Status: Ambiguous, Note: NoteDidYouMean, Choices: names, Text: text}
}

// AddSkill matches a typed skill to the skill vocabulary with Levenshtein distance
// ("pyhton" → Python, "tensor flow" → TensorFlow) and adds it when it names one skill. Input
// close to several skills offers them as choices (NoteDidYouMean); input close to none is
// ignored (NoteNotKnown), never guessed.
func (s *Session) AddSkill(text string) SkillMatch {
	m := s.e.vocab.match(text)
	if m.Status == Matched {
		switch {
		case slices.Contains(s.skills, m.Skill):
			m.Note = NoteAlreadyListed
		case len(s.skills) >= MaxSkills:
			m.Note = NoteListFull
		default:
			s.skills = append(s.skills, m.Skill)
			m.Note = NoteAdded
		}
	}
	return m
}

// MatchSkill matches a typed skill like AddSkill, without adding it.
func (s *Session) MatchSkill(text string) SkillMatch { return s.e.vocab.match(text) }

// Skills are the student's skills, in the order added.
func (s *Session) Skills() []string { return slices.Clone(s.skills) }

// RemoveSkill removes a skill from the student's list.
func (s *Session) RemoveSkill(name string) {
	s.skills = slices.DeleteFunc(s.skills, func(n string) bool { return strings.EqualFold(n, name) })
}

// SkillNames are the skill vocabulary's names, for suggestions.
func (e *Engine) SkillNames() []string { return slices.Clone(e.vocab.names) }

// SuggestSkills are up to MaxSuggestions skills the student may be typing, best first, leaving
// out those listed already; nothing for fewer than two letters.
func (s *Session) SuggestSkills(text string) []string { return s.e.vocab.suggest(text, s.skills) }

// skillNames are the student's skills and the broader skills they count towards (TensorFlow
// counts as a machine learning framework), for ranking which skills a role needs are had.
func (s *Session) skillNames() []string { return s.e.vocab.withBroader(s.skills) }
