package quiz

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
	"github.com/careerquiz/careerquiz/content"
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

// SkillMatch is the outcome of matching a typed skill.
type SkillMatch struct {
	Status  MatchStatus
	Skill   string   // the skill added, when Matched
	Choices []string // the skills the student may have meant, when Ambiguous
	Message string   // a sentence for the student
}

// maxSkillInput is the longest input matched; longer input is not a skill name.
const maxSkillInput = 60

type vocabulary struct {
	names []string         // canonical names, in catalogue order
	sum   uint16           // a checksum of names, so share codes can name skills by index
	keys  map[string][]int // compact key → skills
	all   []vocabKey
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
	v.sum = crc16([]byte(strings.Join(v.names, "\n")))
	return v
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
	k := compact(text)
	if k == "" || len(text) > maxSkillInput {
		return SkillMatch{Status: Unknown, Message: "Type the name of a skill, such as Python or SQL."}
	}
	if ids := v.keys[k]; len(ids) == 1 {
		return SkillMatch{Status: Matched, Skill: v.names[ids[0]]}
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
		dmin := maxSkillInput
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
			return SkillMatch{Status: Matched, Skill: v.names[ids[0]]}
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
	return SkillMatch{Status: Unknown, Message: fmt.Sprintf("%q is not a skill we know, so it was not added.", text)}
}

func (v *vocabulary) ambiguous(text string, ids []int) SkillMatch {
	var names []string
	for _, id := range ids {
		names = append(names, v.names[id])
	}
	sort.Strings(names)
	return SkillMatch{Status: Ambiguous, Choices: names, Message: fmt.Sprintf("Did you mean %s?", orList(names))}
}

func orList(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}

// AddSkill matches a typed skill to the skill vocabulary with Levenshtein distance
// ("pyhton" → Python, "tensor flow" → TensorFlow) and adds it when it names one skill. Input
// close to several skills offers them as choices; input close to none is ignored with a
// message, never guessed.
func (s *Session) AddSkill(text string) SkillMatch {
	m := s.e.vocab.match(text)
	if m.Status == Matched {
		if !slices.Contains(s.skills, m.Skill) {
			s.skills = append(s.skills, m.Skill)
			m.Message = fmt.Sprintf("Added %s.", m.Skill)
		} else {
			m.Message = fmt.Sprintf("%s is already in your list.", m.Skill)
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
