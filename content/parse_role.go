package content

import (
	"fmt"
	"github.com/careerquiz/careerquiz/scoring"
	"net/url"
	"path"
	"strconv"
	"strings"
)

// Section keys: the canonical key of each known ## section.
const (
	SectionProfile          = "profile"
	SectionOverview         = "overview"
	SectionResponsibilities = "responsibilities"
	SectionRequirements     = "requirements"
	SectionSkills           = "skills"
	SectionCareerPath       = "career-path"
	SectionMarketDemand     = "market-demand"
	SectionSalary           = "salary"
	SectionTrends           = "trends"
	SectionSoftSkills       = "soft-skills"
	SectionBestPractices    = "best-practices"
	SectionChallenges       = "challenges"
	SectionSources          = "sources"
)

// sectionNames maps each accepted heading, lower-cased, to its key.
var sectionNames = map[string]string{
	"profile":               SectionProfile,
	"overview":              SectionOverview,
	"responsibilities":      SectionResponsibilities,
	"core responsibilities": SectionResponsibilities,
	"key responsibilities":  SectionResponsibilities,
	"requirements":          SectionRequirements,
	"skills":                SectionSkills,
	"career path":           SectionCareerPath,
	"career development":    SectionCareerPath,
	"market demand":         SectionMarketDemand,
	"salary":                SectionSalary,
	"salary ranges":         SectionSalary,
	"trends":                SectionTrends,
	"industry trends":       SectionTrends,
	"soft skills":           SectionSoftSkills,
	"essential soft skills": SectionSoftSkills,
	"best practices":        SectionBestPractices,
	"challenges":            SectionChallenges,
	"common challenges":     SectionChallenges,
	"sources":               SectionSources,
}

var parenRE = &lazyRE{src: `\s*\(([^()]*)\)\s*$`}

// SectionKey returns the canonical key of a section heading ("Core Responsibilities" gives
// "responsibilities"; a trailing bracket such as "(US Market, 2024)" is ignored), or "" when
// the heading is not a known section.
func SectionKey(title string) string {
	t := strings.ToLower(parenRE.ReplaceAllString(title, ""))
	t = strings.TrimSuffix(strings.Join(strings.Fields(t), " "), ":")
	return sectionNames[t]
}

// stages are the header stages a role may have. A stage is where the role sits on a career
// ladder; it says which step is the way in for a student, and it is never part of the fit.
var stages = map[string]bool{StageEntry: true, StageEarly: true, StageMid: true, StageSenior: true}

var (
	salaryColumns = []string{"level", "location", "year", "amount", "source"}
	figureColumns = []string{"figure", "value", "year", "source"}
	// urlRE finds a source's address: http(s):// up to a space, a closing parenthesis or
	// the end; a <...> around it is dropped. checkURL then refuses what must not be in one.
	urlRE = &lazyRE{src: `<?https?://[^\s)]+`}
	// schemeRE finds a link to a scheme that runs or embeds content instead of naming a
	// page: javascript: anywhere, data: when a media type or data follows (so that "survey
	// data: 2024" is still text).
	schemeRE    = &lazyRE{src: `(?i)\b(javascript|vbscript)\s*:|\b(data):\s*(?:[a-z]+/[\w.+-]+|[,;])`}
	onetRE      = &lazyRE{src: `^(\d{2}-\d{4}\.\d{2})\s+(\S.*)$`}
	noteColumn  = "note"
	undatedCell = "undated"
)

// unsafeURLChars are the characters a source's address may not hold: quotes, angle brackets
// and backslashes end or escape attributes and tags. Percent-encode them (%22, %27, %3C,
// %3E, %5C) instead.
const unsafeURLChars = `"'<>\`

// checkURL reports what is wrong with a source's address, or "" when it is a usable link.
func checkURL(u string) string {
	if i := strings.IndexAny(u, unsafeURLChars); i >= 0 {
		return fmt.Sprintf("%q: an address may not contain %q; percent-encode it", u, u[i:i+1])
	}
	parsed, err := url.Parse(u)
	if err != nil || parsed.Host == "" {
		return fmt.Sprintf("%q: not a web address", u)
	}
	return ""
}

// ParseRole parses one role document. file names it in errors (e.g. "roles/x.md"); when it
// ends in ".md" the id must equal its base name. Every problem is returned in an ErrorList,
// with the role as far as it could be read.
func ParseRole(file string, src []byte) (*Role, error) {
	p := &roleParser{file: file, role: &Role{File: file, Profile: []Weight{}, Sections: []Section{}}, fields: map[string]int{}}
	p.parse(splitLines(src))
	p.role.lines = p.fields
	p.fields["#"] = max(p.title, 1)
	return p.role, p.errs.Err()
}

type roleParser struct {
	file   string
	role   *Role
	errs   ErrorList
	fields map[string]int // header key → line
	title  int            // line of the # title

	sec      *Section
	blocks   blocks
	table    [][]string
	tableAt  int
	sections map[string]int
}

func (p *roleParser) errorf(line int, cause error, format string, args ...any) {
	p.errs.addf(p.file, line, cause, format, args...)
}

func (p *roleParser) parse(lines []string) {
	p.sections = map[string]int{}
	for i, raw := range lines {
		n := i + 1
		s := strings.TrimSpace(raw)
		if !strings.HasPrefix(s, "|") {
			p.endTable()
		}
		switch {
		case s == "":
			p.blocks.flush()
		case p.title == 0 && p.sec == nil:
			p.title = n
			if t, ok := heading(s, 1); ok && t != "" {
				p.role.Title = plain(t)
				continue
			} else if ok {
				p.errorf(n, ErrMissingField, "title: the # heading is empty")
				continue
			}
			p.errorf(n, ErrMissingField, "title: the document must start with \"# Title\"")
			p.line(n, raw, s)
		default:
			p.line(n, raw, s)
		}
	}
	p.endTable()
	p.endSection()
	p.finish()
}

// line handles one non-blank line after the title.
func (p *roleParser) line(n int, raw, s string) {
	if t, ok := heading(s, 2); ok {
		p.startSection(n, t)
		return
	}
	if _, ok := heading(s, 1); ok {
		p.errorf(n, ErrBadLine, "%q: only the first line may be a # title", s)
		return
	}
	if p.sec == nil {
		p.header(n, s)
		return
	}
	if p.sec.Key == "" {
		return // an unknown section, already reported
	}
	if t, ok := heading(s, 3); ok {
		p.blocks.heading(t)
		return
	}
	if strings.HasPrefix(s, "|") {
		if p.table == nil {
			p.blocks.flush()
			p.tableAt = n
		}
		p.table = append(p.table, cells(s))
		return
	}
	if item, ok := bullet(s); ok {
		p.blocks.item(item)
		p.bullet(n, item)
		return
	}
	if raw[0] == ' ' || raw[0] == '\t' {
		if p.blocks.more(s) {
			return
		}
	}
	if strings.HasPrefix(s, "#") {
		p.errorf(n, ErrBadLine, "%q: only #, ## and ### headings are allowed", s)
		return
	}
	p.blocks.text(s)
}

// header reads one "key: value" line of the header.
func (p *roleParser) header(n int, s string) {
	key, value, ok := strings.Cut(s, ":")
	key = strings.ToLower(strings.TrimSpace(key))
	value = strings.TrimSpace(value)
	if !ok || strings.ContainsAny(key, " \t") {
		p.errorf(n, ErrBadLine, "%q: the header holds \"key: value\" lines", s)
		return
	}
	if prev, dup := p.fields[key]; dup {
		p.errorf(n, ErrDuplicateField, "%q (first on line %d)", key, prev)
		return
	}
	p.fields[key] = n
	r := p.role
	switch key {
	case "id":
		r.ID = value
		switch {
		case !isID(value):
			p.errorf(n, ErrBadID, "%q: use lower-case letters, digits and -", value)
		case strings.HasSuffix(p.file, ".md") && value != strings.TrimSuffix(path.Base(p.file), ".md"):
			p.errorf(n, ErrIDMismatch, "%q: the file must be named %s.md", value, value)
		}
	case "aliases":
		r.Aliases = splitList(value, ";")
	case "stage":
		r.Stage = strings.ToLower(value)
		if !stages[r.Stage] {
			p.errorf(n, ErrBadStage, "%q: use entry, early, mid or senior", value)
		}
	case "ladder":
		for _, name := range splitList(value, ">") {
			r.Ladder = append(r.Ladder, Step{Name: name})
		}
	case "next":
		for _, name := range splitList(value, ";") {
			r.Next = append(r.Next, Step{Name: name})
		}
	case "related":
		r.Related = splitList(value, ";")
		for _, id := range r.Related {
			if !isID(id) {
				p.errorf(n, ErrBadID, "%q in related: related lists role ids", id)
			}
		}
	case "summary":
		r.Summary = plain(value)
	case "onet":
		m := onetRE.FindStringSubmatch(value)
		if m == nil {
			p.errorf(n, ErrBadOccupation, "%q: write the O*NET-SOC code and its title, such as \"15-2051.00 Data Scientists\"", value)
			return
		}
		r.ONet = &Occupation{Code: m[1], Title: plain(m[2])}
	default:
		delete(p.fields, key)
		p.errorf(n, ErrUnknownField, "%q", key)
	}
}

func (p *roleParser) startSection(n int, title string) {
	p.endSection()
	key := SectionKey(title)
	p.sec = &Section{Key: key, Title: title, Line: n}
	if key == "" {
		p.errorf(n, ErrUnknownSection, "%q", title)
		return
	}
	if prev, dup := p.sections[key]; dup {
		p.errorf(n, ErrDuplicateSection, "%q (first on line %d)", title, prev)
	}
	p.sections[key] = n
}

func (p *roleParser) endSection() {
	if p.sec == nil {
		return
	}
	p.sec.Blocks = p.blocks.done()
	p.blocks = blocks{}
	if p.sec.Key != "" {
		p.role.Sections = append(p.role.Sections, *p.sec)
	}
}

// bullet reads the structured bullets of the Profile, Skills and Sources sections.
func (p *roleParser) bullet(n int, item string) {
	switch p.sec.Key {
	case SectionProfile:
		p.weight(n, item)
	case SectionSkills:
		p.skill(n, item)
	case SectionSources:
		p.source(n, item)
	}
}

func (p *roleParser) weight(n int, item string) {
	trait, rest, ok := strings.Cut(item, ":")
	trait = strings.TrimSpace(trait)
	if !ok || !isID(trait) {
		p.errorf(n, ErrBadLine, "%q: write a profile line as \"- trait: weight, evidence\"", item)
		return
	}
	num, evidence, _ := strings.Cut(rest, ",")
	v, err := strconv.Atoi(strings.TrimSpace(num))
	if err != nil || !scoring.Valid(v) {
		p.errorf(n, ErrBadWeight, "%q for %s: use a whole number from %d to %d", strings.TrimSpace(num), trait, scoring.MinAnswer, scoring.MaxAnswer)
		return
	}
	for _, w := range p.role.Profile {
		if w.Trait == trait {
			p.errorf(n, ErrDuplicateID, "trait %q in profile (first on line %d)", trait, w.Line)
			return
		}
	}
	p.role.Profile = append(p.role.Profile, Weight{Trait: trait, Value: v, Evidence: plain(evidence), Line: n})
}

func (p *roleParser) skill(n int, item string) {
	s, ok := parseSkill(plain(item))
	if !ok {
		p.errorf(n, ErrBadLine, "%q: write a skill as \"- Name (alias, alias)\"", item)
		return
	}
	s.line = n
	p.role.Skills = append(p.role.Skills, s)
}

// parseSkill reads "Name (alias, alias)".
func parseSkill(item string) (Skill, bool) {
	name, aliases := item, ""
	if i := strings.Index(item, "("); i >= 0 {
		if !strings.HasSuffix(item, ")") {
			return Skill{}, false
		}
		name, aliases = item[:i], item[i+1:len(item)-1]
	}
	name = strings.TrimSpace(name)
	if name == "" || strings.ContainsAny(name, "()") || strings.ContainsAny(aliases, "()") {
		return Skill{}, false
	}
	return Skill{Name: name, Aliases: splitList(aliases, ",")}, true
}

func (p *roleParser) source(n int, item string) {
	key, desc, ok := strings.Cut(item, ":")
	key = strings.TrimSpace(key)
	if !ok || !isID(key) {
		p.errorf(n, ErrBadLine, "%q: write a source as \"- key: description\"", item)
		return
	}
	for _, s := range p.role.Sources {
		if s.Key == key {
			p.errorf(n, ErrDuplicateID, "source %q", key)
			return
		}
	}
	if m := schemeRE.FindStringSubmatch(desc); m != nil {
		p.errorf(n, ErrBadURL, "source %q: %s: links are refused; give an https:// address", key, strings.ToLower(m[1]+m[2]))
		return
	}
	src := Source{Key: key, Description: plain(desc)}
	if m := urlRE.FindString(desc); m != "" {
		u := strings.TrimRight(strings.TrimPrefix(m, "<"), ".,;")
		if strings.HasPrefix(m, "<") {
			u = strings.TrimSuffix(u, ">")
		}
		if msg := checkURL(u); msg != "" {
			p.errorf(n, ErrBadURL, "source %q: %s", key, msg)
			return
		}
		src.URL = u
		src.Description = strings.TrimRight(strings.TrimSpace(strings.Replace(src.Description, m, "", 1)), " ,;")
	}
	p.role.Sources = append(p.role.Sources, src)
}

// endTable reads a finished table of the Salary or Market demand section.
func (p *roleParser) endTable() {
	rows, at := p.table, p.tableAt
	p.table = nil
	if rows == nil {
		return
	}
	var want []string
	switch p.sec.Key {
	case SectionSalary:
		want = salaryColumns
	case SectionMarketDemand:
		want = figureColumns
	default:
		p.errorf(at, ErrBadTable, "in %q: tables belong in the Salary and Market demand sections", p.sec.Title)
		return
	}
	if sameColumns(rows[0], append(want[:len(want):len(want)], noteColumn)) {
		want = append(want[:len(want):len(want)], noteColumn)
	} else if !sameColumns(rows[0], want) {
		p.errorf(at, ErrBadTable, "columns %q: want %q (and an optional %q)", strings.Join(rows[0], " | "), strings.Join(want, " | "), noteColumn)
		return
	}
	if len(rows) < 2 || !isRule(rows[1]) {
		p.errorf(at, ErrBadTable, "header: follow it with a |---| row")
		return
	}
	for i, row := range rows[2:] {
		n := at + 2 + i
		if len(row) != len(want) {
			p.errorf(n, ErrBadTable, "row: %d cells, want %d", len(row), len(want))
			continue
		}
		if p.sec.Key == SectionSalary {
			p.salaryRow(n, row)
		} else {
			p.figureRow(n, row)
		}
	}
}

func sameColumns(got, want []string) bool {
	if len(got) != len(want) {
		return false
	}
	for i := range got {
		if strings.ToLower(got[i]) != want[i] {
			return false
		}
	}
	return true
}

func (p *roleParser) salaryRow(n int, row []string) {
	s := Salary{Level: plain(row[0]), Location: plain(row[1]), Text: row[3], Source: row[4], Line: n}
	if len(row) > 5 {
		s.Note = plain(row[5])
	}
	ok := p.year(n, row[2], &s.Year, &s.Undated)
	a, err := ParseAmount(row[3])
	if err != nil {
		p.errs.Add(p.file, n, err)
		ok = false
	}
	s.Kind, s.Low, s.High, s.Currency = a.Kind, a.Low, a.High, a.Currency
	if s.Level == "" {
		p.errorf(n, ErrMissingField, "level")
		ok = false
	}
	if ok && p.sourced(n, s.Source) {
		p.role.Salaries = append(p.role.Salaries, s)
	}
}

func (p *roleParser) figureRow(n int, row []string) {
	f := Figure{Label: plain(row[0]), Text: row[1], Source: row[3], Line: n}
	if len(row) > 4 {
		f.Note = plain(row[4])
	}
	ok := p.year(n, row[2], &f.Year, &f.Undated)
	v, err := ParseValue(row[1])
	if err != nil {
		p.errs.Add(p.file, n, err)
		ok = false
	}
	f.Value, f.Unit = v.Number, v.Unit
	if f.Label == "" {
		p.errorf(n, ErrMissingField, "figure")
		ok = false
	}
	if ok && p.sourced(n, f.Source) {
		p.role.Market = append(p.role.Market, f)
	}
}

// year reads an optional year cell: a year such as 2024, or "undated" when the source gives
// none.
func (p *roleParser) year(n int, cell string, year *int, undated *bool) bool {
	if cell == "" {
		return true
	}
	if strings.EqualFold(cell, undatedCell) {
		*undated = true
		return true
	}
	y, err := strconv.Atoi(cell)
	if err != nil || y < 1900 || y > 2100 {
		p.errorf(n, ErrBadYear, "%q: write a year such as 2024, or %q when the source gives none", cell, undatedCell)
		return false
	}
	*year = y
	return true
}

// sourced checks that a figure names a source; whether the source exists is checked at the end.
func (p *roleParser) sourced(n int, key string) bool {
	if key == "" {
		p.errorf(n, ErrMissingField, "source: every figure names a source")
		return false
	}
	return true
}

// finish checks what needs the whole document.
func (p *roleParser) finish() {
	r := p.role
	at := max(p.title, 1)
	for _, f := range []struct{ key, value string }{{"id", r.ID}, {"stage", r.Stage}, {"summary", r.Summary}} {
		if _, ok := p.fields[f.key]; !ok {
			p.errorf(at, ErrMissingField, "%s: add \"%s: ...\" to the header", f.key, f.key)
		} else if f.value == "" {
			p.errorf(p.fields[f.key], ErrMissingField, "%s: the value is empty", f.key)
		}
	}
	if p.title == 0 {
		p.errorf(1, ErrMissingField, "title: the document must start with \"# Title\"")
	}
	keys := map[string]bool{}
	for _, s := range r.Sources {
		keys[s.Key] = true
	}
	for _, s := range r.Salaries {
		if !keys[s.Source] {
			p.errorf(s.Line, ErrUnknownSource, "%q: list it under ## Sources", s.Source)
		}
	}
	for _, f := range r.Market {
		if !keys[f.Source] {
			p.errorf(f.Line, ErrUnknownSource, "%q: list it under ## Sources", f.Source)
		}
	}
}
