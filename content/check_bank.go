package content

import (
	"fmt"
	"math"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
)

// Rules the checker holds the question bank to.
const (
	// MinTraitQuestions is the fewest questions that should measure each trait.
	MinTraitQuestions = 8
	// MaxGrade is the highest Flesch-Kincaid grade (see Grade) of any question.
	MaxGrade = 10
	// EasyGrade is the grade that at most MaxHardShare of the questions may read above.
	EasyGrade    = 8
	MaxHardShare = 0.10
	// MinReverseShare is the smallest share of reverse-keyed questions in each ### group.
	MinReverseShare = 0.25
	// NearQuestion is the largest edit distance between two questions' normalised texts, as
	// a share of the longer one, that the checker reports as a near-duplicate.
	NearQuestion = 0.25
	// TwinDistance is the distance between the answers two roles predict for the whole bank
	// (the square root of the summed squared differences, in points of the five-point scale)
	// below which the bank cannot tell them apart: 3 is about one point on the questions of a
	// single trait (with 8 to 10 questions a trait).
	TwinDistance = 3.0
)

// bankRules warns about questions that read above MaxGrade, a bank where more than
// MaxHardShare read above EasyGrade, and ### groups with too few reverse-keyed questions.
func bankRules(c *Catalogue, warn warnFunc) {
	if len(c.Questions) == 0 {
		return
	}
	hard := 0
	var worst Question
	worstGrade := math.Inf(-1)
	type group struct{ line, n, reverse int }
	groups := map[string]*group{}
	var order []string
	for _, q := range c.Questions {
		g := Grade(q.Text)
		if g > MaxGrade {
			warn("questions.md", q.Line, "question %s reads at grade %.1f (Flesch-Kincaid), above %d: use shorter words and sentences", q.ID, g, MaxGrade)
		}
		if g > EasyGrade {
			hard++
		}
		if g > worstGrade {
			worst, worstGrade = q, g
		}
		gr := groups[q.Kind]
		if gr == nil {
			gr = &group{line: q.Line}
			groups[q.Kind] = gr
			order = append(order, q.Kind)
		}
		gr.n++
		if q.reversed() {
			gr.reverse++
		}
	}
	if share := float64(hard) / float64(len(c.Questions)); share > MaxHardShare {
		warn("questions.md", worst.Line, "%d of %d questions (%.0f%%) read above grade %d, want at most %.0f%%; the hardest is %s (%.1f)",
			hard, len(c.Questions), 100*share, EasyGrade, 100*MaxHardShare, worst.ID, worstGrade)
	}
	for _, kind := range order {
		g := groups[kind]
		if float64(g.reverse) < MinReverseShare*float64(g.n) {
			warn("questions.md", g.line, "%s: %d of %d questions are reverse-keyed, want at least a quarter, so that agreeing with everything does not look like a fit",
				kind, g.reverse, g.n)
		}
	}
}

// reversed reports whether agreeing with the question points away from any trait.
func (q Question) reversed() bool {
	for _, m := range q.Measures {
		if m.Reverse {
			return true
		}
	}
	return false
}

// normalise lower-cases text and keeps only its words, separated by one space.
func normalise(text string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(text), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r)
	}), " ")
}

// nearQuestions warns about questions whose normalised texts are within NearQuestion of
// each other: the same question asked twice.
func nearQuestions(c *Catalogue, warn warnFunc) {
	norm := make([]string, len(c.Questions))
	for i, q := range c.Questions {
		norm[i] = normalise(q.Text)
	}
	for i, a := range c.Questions {
		for j := i + 1; j < len(c.Questions); j++ {
			b := c.Questions[j]
			x, y := norm[i], norm[j]
			longer := max(len(x), len(y))
			if longer == 0 || float64(abs(len(x)-len(y))) > NearQuestion*float64(longer) {
				continue
			}
			if d := levenshtein.ComputeDistance(x, y); float64(d) <= NearQuestion*float64(longer) {
				warn("questions.md", b.Line, "question %s is nearly the same as %s (line %d): %d characters apart", b.ID, a.ID, a.Line, d)
			}
		}
	}
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Predict is the answer a typical person in role r is expected to give to question q, from
// 1 to 5: the mean over the traits q measures of the role's weight, turned round (6 − weight)
// for a reverse-keyed trait.
func Predict(r *Role, q Question) float64 {
	if len(q.Measures) == 0 {
		return 3
	}
	s := 0.0
	for _, m := range q.Measures {
		w := float64(r.weight(m.Trait))
		if m.Reverse {
			w = 6 - w
		}
		s += w
	}
	return s / float64(len(q.Measures))
}

// twinRoles warns about pairs of roles whose predicted answers to the whole bank are closer
// than TwinDistance: no set of answers can tell them apart.
func twinRoles(c *Catalogue, warn warnFunc) {
	if len(c.Questions) == 0 {
		return
	}
	pred := make([][]float64, len(c.Roles))
	for i, r := range c.Roles {
		pred[i] = make([]float64, len(c.Questions))
		for j, q := range c.Questions {
			pred[i][j] = Predict(r, q)
		}
	}
	for i, a := range c.Roles {
		for j := i + 1; j < len(c.Roles); j++ {
			b := c.Roles[j]
			s := 0.0
			for k := range c.Questions {
				d := pred[i][k] - pred[j][k]
				s += d * d
			}
			if d := math.Sqrt(s); d < TwinDistance {
				first, second := a, b
				if second.File < first.File {
					first, second = second, first
				}
				warn(second.File, second.line("#"), "the questions cannot tell %s from %s (%s): their answers differ by %.1f, want %.0f or more; make their profiles differ, or merge them and keep one title as an alias",
					second.ID, first.ID, first.File, d, TwinDistance)
			}
		}
	}
}

// stepKey names a ladder step for comparison: its role id, or its lower-cased name.
func stepKey(s Step) string {
	if s.RoleID != "" {
		return s.RoleID
	}
	return strings.ToLower(strings.Join(strings.Fields(s.Name), " "))
}

// ladderOrder warns when two documents' ladders put the same two steps in opposite orders.
func ladderOrder(c *Catalogue, warn warnFunc) {
	type seen struct {
		file string
		line int
	}
	// before[a][b]: where a ladder first put step a before step b.
	before := map[string]map[string]seen{}
	for _, r := range c.Roles {
		keys := make([]string, len(r.Ladder))
		for i, s := range r.Ladder {
			keys[i] = stepKey(s)
		}
		reported := map[string]bool{}
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				if a == b {
					continue
				}
				if prev, ok := before[b][a]; ok && prev.file != r.File && !reported[prev.file] {
					reported[prev.file] = true
					warn(r.File, r.line("ladder"), "ladder puts %s before %s, but %s:%d puts them the other way round",
						ladderName(r.Ladder, a), ladderName(r.Ladder, b), prev.file, prev.line)
				}
			}
		}
		for i, a := range keys {
			for _, b := range keys[i+1:] {
				if before[a] == nil {
					before[a] = map[string]seen{}
				}
				if _, ok := before[a][b]; !ok {
					before[a][b] = seen{r.File, r.line("ladder")}
				}
			}
		}
	}
}

func ladderName(steps []Step, key string) string {
	for _, s := range steps {
		if stepKey(s) == key {
			return fmt.Sprintf("%q", s.Name)
		}
	}
	return key
}
