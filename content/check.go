package content

import (
	"errors"
	"fmt"
	"io/fs"
	"sort"
	"strings"
	"unicode"

	"github.com/agnivade/levenshtein"
)

// Severities of a Diagnostic.
const (
	SeverityError   = "error"
	SeverityWarning = "warning"
)

// Diagnostic is one problem the checker found: an error makes the catalogue unusable, a
// warning points at something an author should look at.
type Diagnostic struct {
	File     string `json:"file"`
	Line     int    `json:"line"`
	Severity string `json:"severity"`
	Message  string `json:"message"`
}

// String prints the diagnostic as "file:line: severity: message".
func (d Diagnostic) String() string {
	if d.Line > 0 {
		return fmt.Sprintf("%s:%d: %s: %s", d.File, d.Line, d.Severity, d.Message)
	}
	return fmt.Sprintf("%s: %s: %s", d.File, d.Severity, d.Message)
}

// MaxSkillDistance is the largest edit distance between two skill names that the checker
// reports as a possible duplicate.
const MaxSkillDistance = 2

// minSkillLength is the length a skill name needs before near-duplicates are reported: at
// MaxSkillDistance, short names such as "R", "C" and "Go" are all close to each other.
const minSkillLength = 5

// Check parses the catalogue in fsys as Parse does and adds the checker's warnings: a weight of
// 4 or 5 whose trait's keywords appear nowhere in the role's text, a question that no two
// roles answer differently, a trait that no question measures, a role without a profile, a
// salary without a year, and skill names so close that they are probably the same skill. Every
// error of Parse is a Diagnostic with severity "error". The diagnostics are sorted by file,
// line and severity.
func Check(fsys fs.FS) (*Catalogue, []Diagnostic) {
	c, err := Parse(fsys)
	var ds []Diagnostic
	var list ErrorList
	switch {
	case errors.As(err, &list):
		for _, e := range list {
			ds = append(ds, Diagnostic{File: e.File, Line: e.Line, Severity: SeverityError, Message: e.Err.Error()})
		}
	case err != nil:
		ds = append(ds, Diagnostic{Severity: SeverityError, Message: err.Error()})
	}
	ds = append(ds, warnings(c)...)
	sort.SliceStable(ds, func(i, j int) bool {
		a, b := ds[i], ds[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Severity != b.Severity {
			return a.Severity == SeverityError
		}
		return a.Message < b.Message
	})
	return c, ds
}

// warnings runs every rule that gives warnings.
func warnings(c *Catalogue) []Diagnostic {
	var ds []Diagnostic
	warn := func(file string, line int, format string, args ...any) {
		ds = append(ds, Diagnostic{File: file, Line: line, Severity: SeverityWarning, Message: fmt.Sprintf(format, args...)})
	}
	traits := map[string]Trait{}
	for _, t := range c.Traits {
		traits[t.ID] = t
	}
	for _, r := range c.Roles {
		weakEvidence(r, traits, warn)
		if !hasProfile(r) {
			warn(r.File, r.line("#"), "no ## Profile: every trait counts as %d, so the quiz cannot tell this role apart", DefaultWeight)
		}
		for _, s := range r.Salaries {
			if s.Year == 0 && !s.Undated {
				warn(r.File, s.Line, "salary %q has no year: write the year the source gives, or \"undated\" when it gives none", s.Level)
			}
		}
		for _, f := range r.Market {
			if f.Year == 0 && !f.Undated {
				warn(r.File, f.Line, "figure %q has no year: write the year the source gives, or \"undated\" when it gives none", f.Label)
			}
		}
	}
	undistinguished(c, warn)
	unmeasured(c, warn)
	bankRules(c, warn)
	nearQuestions(c, warn)
	twinRoles(c, warn)
	ladderOrder(c, warn)
	nearSkills(c, warn)
	return ds
}

type warnFunc func(file string, line int, format string, args ...any)

func hasProfile(r *Role) bool { return len(r.Profile) > 0 }

// weakEvidence warns about weights of 4 or 5 whose trait's keywords the role never uses.
func weakEvidence(r *Role, traits map[string]Trait, warn warnFunc) {
	text := roleText(r)
	for _, w := range r.Profile {
		t, ok := traits[w.Trait]
		if w.Value < 4 || !ok || len(t.Keywords) == 0 {
			continue
		}
		found := false
		for _, kw := range t.Keywords {
			if containsWord(text, strings.ToLower(kw)) {
				found = true
				break
			}
		}
		if !found {
			warn(r.File, w.Line, "weak evidence for %s: %d: none of its keywords (%s) appears in the document",
				w.Trait, w.Value, strings.Join(t.Keywords, ", "))
		}
	}
}

// roleText is the lower-cased text of a role outside its profile.
func roleText(r *Role) string {
	var b strings.Builder
	for _, s := range append([]string{r.Title, r.Summary}, r.Aliases...) {
		b.WriteString(s + "\n")
	}
	for _, sec := range r.Sections {
		if sec.Key == SectionProfile {
			continue
		}
		for _, bl := range sec.Blocks {
			b.WriteString(bl.Text + "\n")
			for _, it := range bl.Items {
				b.WriteString(it + "\n")
			}
		}
	}
	return strings.ToLower(b.String())
}

// containsWord reports whether kw occurs in text at the start of a word ("model" matches
// "models" but "ai" does not match "maintain").
func containsWord(text, kw string) bool {
	for i := 0; kw != ""; {
		j := strings.Index(text[i:], kw)
		if j < 0 {
			return false
		}
		at := i + j
		if at == 0 || !isWordRune(rune(text[at-1])) {
			return true
		}
		i = at + 1
	}
	return false
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// weight returns the role's weight for a trait, DefaultWeight when the profile leaves it out.
func (r *Role) weight(trait string) int {
	for _, w := range r.Profile {
		if w.Trait == trait {
			return w.Value
		}
	}
	return DefaultWeight
}

// undistinguished warns about questions every role is predicted to answer alike.
func undistinguished(c *Catalogue, warn warnFunc) {
	if len(c.Roles) < 2 {
		return
	}
	for _, q := range c.Questions {
		same := true
		var preds []string
		for _, m := range q.Measures {
			w := c.Roles[0].weight(m.Trait)
			for _, r := range c.Roles[1:] {
				if r.weight(m.Trait) != w {
					same = false
				}
			}
			preds = append(preds, fmt.Sprintf("%s: %d", m.Trait, w))
		}
		if same {
			warn("questions.md", q.Line, "question %s tells no roles apart: every role has the same weight (%s)", q.ID, strings.Join(preds, ", "))
		}
	}
}

// unmeasured warns about traits no question measures, or fewer than MinTraitQuestions.
func unmeasured(c *Catalogue, warn warnFunc) {
	measured := map[string]int{}
	for _, q := range c.Questions {
		for _, m := range q.Measures {
			measured[m.Trait]++
		}
	}
	for _, t := range c.Traits {
		switch n := measured[t.ID]; {
		case n == 0:
			warn("questions.md", t.Line, "trait %s: no question measures it", t.ID)
		case n < MinTraitQuestions:
			what := fmt.Sprintf("%d questions measure", n)
			if n == 1 {
				what = "1 question measures"
			}
			warn("questions.md", t.Line, "trait %s: only %s it, want at least %d", t.ID, what, MinTraitQuestions)
		}
	}
}

// nearSkills warns about skill names of different skills that are a typo apart.
func nearSkills(c *Catalogue, warn warnFunc) {
	type place struct {
		file string
		line int
	}
	where := map[string]place{}
	for _, r := range c.Roles {
		for _, s := range r.Skills {
			if _, ok := where[strings.ToLower(s.Name)]; !ok {
				where[strings.ToLower(s.Name)] = place{r.File, s.line}
			}
		}
	}
	for i, a := range c.Skills {
		for _, b := range c.Skills[i+1:] {
			x, y := strings.ToLower(a.Name), strings.ToLower(b.Name)
			if x == y || min(len([]rune(x)), len([]rune(y))) < minSkillLength || levenshtein.ComputeDistance(x, y) > MaxSkillDistance {
				continue
			}
			first, second, pa, pb := a, b, where[x], where[y]
			if pb.file < pa.file || pb.file == pa.file && pb.line < pa.line {
				first, second, pa, pb = b, a, pb, pa
			}
			warn(pb.file, pb.line, "skill %q is close to %q (%s:%d): if they are the same skill, use one name and make the other an alias",
				second.Name, first.Name, pa.file, pa.line)
		}
	}
}
