package content

import (
	"strings"
)

// ParseQuestions parses the question bank: the ## Traits section ("- id | label | keywords")
// and the ## Questions section ("- id (trait, -trait): text" under ### groups). Every problem
// is returned in an ErrorList, with what could be read.
func ParseQuestions(file string, src []byte) (traits []Trait, questions []Question, err error) {
	var errs ErrorList
	errorf := func(line int, cause error, format string, args ...any) {
		errs.addf(file, line, cause, format, args...)
	}
	section, kind := "", ""
	traitLine := map[string]int{}
	questionLine := map[string]int{}
	for i, raw := range splitLines(src) {
		n := i + 1
		s := strings.TrimSpace(raw)
		if t, ok := heading(s, 2); ok {
			section, kind = strings.ToLower(t), ""
			if section != "traits" && section != "questions" {
				errorf(n, ErrUnknownSection, "%q: questions.md has ## Traits and ## Questions", t)
			}
			continue
		}
		if t, ok := heading(s, 3); ok {
			kind = strings.ToLower(t)
			if section != "questions" {
				errorf(n, ErrBadLine, "%q: ### groups belong in ## Questions", t)
			}
			continue
		}
		item, ok := bullet(s)
		if !ok {
			continue // the title, blank lines and prose
		}
		switch section {
		case "traits":
			t, ok := parseTrait(item)
			if !ok {
				errorf(n, ErrBadLine, "%q: write a trait as \"- id | label | keyword, keyword\"", item)
				continue
			}
			t.Line = n
			if !isID(t.ID) {
				errorf(n, ErrBadID, "%q for a trait: use lower-case letters, digits and -", t.ID)
			} else if prev, dup := traitLine[t.ID]; dup {
				errorf(n, ErrDuplicateID, "trait id %q (first on line %d)", t.ID, prev)
				continue
			}
			traitLine[t.ID] = n
			traits = append(traits, t)
		case "questions":
			q, ok := parseQuestion(item)
			if !ok {
				errorf(n, ErrBadLine, "%q: write a question as \"- id (trait, -trait): text\"", item)
				continue
			}
			q.Kind, q.Line = kind, n
			if kind == "" {
				errorf(n, ErrMissingField, "question group: put %q under a ### heading such as Interests", q.ID)
			}
			if !isID(q.ID) {
				errorf(n, ErrBadID, "%q for a question: use lower-case letters, digits and -", q.ID)
			} else if prev, dup := questionLine[q.ID]; dup {
				errorf(n, ErrDuplicateID, "question id %q (first on line %d)", q.ID, prev)
				continue
			}
			questionLine[q.ID] = n
			questions = append(questions, q)
		default:
			errorf(n, ErrBadLine, "%q: bullets belong in ## Traits or ## Questions", item)
		}
	}
	for _, q := range questions {
		for _, m := range q.Measures {
			if _, ok := traitLine[m.Trait]; !ok {
				errorf(q.Line, ErrUnknownTrait, "%q in question %s", m.Trait, q.ID)
			}
		}
	}
	if len(traits) == 0 {
		errorf(0, ErrMissingField, "traits: add a ## Traits section")
	}
	return traits, questions, errs.Err()
}

// parseTrait reads "id | label | keyword, keyword".
func parseTrait(item string) (Trait, bool) {
	parts := strings.Split(item, "|")
	if len(parts) < 2 || len(parts) > 3 {
		return Trait{}, false
	}
	t := Trait{ID: strings.TrimSpace(parts[0]), Label: plain(parts[1])}
	if len(parts) == 3 {
		t.Keywords = splitList(parts[2], ",")
	}
	return t, t.ID != "" && t.Label != ""
}

// parseQuestion reads "id (trait, -trait): text".
func parseQuestion(item string) (Question, bool) {
	head, text, ok := strings.Cut(item, ":")
	open := strings.Index(head, "(")
	if !ok || open < 0 || !strings.HasSuffix(strings.TrimSpace(head), ")") {
		return Question{}, false
	}
	q := Question{ID: strings.TrimSpace(head[:open]), Text: plain(text)}
	list := strings.TrimSuffix(strings.TrimSpace(head[open+1:]), ")")
	for _, t := range splitList(list, ",") {
		m := Measure{Trait: strings.TrimSpace(strings.TrimPrefix(t, "-")), Reverse: strings.HasPrefix(t, "-")}
		q.Measures = append(q.Measures, m)
	}
	return q, q.ID != "" && q.Text != "" && len(q.Measures) > 0
}
