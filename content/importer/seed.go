package importer

import (
	"fmt"
	"path"
	"regexp"
	"strings"
	"unicode"

	"github.com/careerquiz/careerquiz/content"
)

// ParseSeed reads a role description in the plain-text layout of the source documents: a
// title, headings alone on a line, paragraphs, "-" and "•" bullets, salary figures such as
// "Entry-Level: $96,000 - $132,000" under a salary heading, and an optional "More Careers"
// part where each further role is its title twice followed by one paragraph with inline
// "### Heading" and "- item" runs. Every role's id is made from its title ("Junior AI
// Developer" gives junior-ai-developer). The first role's title is the line before its first
// section that reads as the file name, else the first Title Case line there, else the file
// name in words.
//
// The roles are drafts for an author to finish: no stage or profile is set, and sections are
// filled only as far as the layout tells them apart.
func ParseSeed(file string, src []byte) ([]*content.Role, error) {
	var errs content.ErrorList
	lines := splitLines(src)
	end := len(lines)
	for i, l := range lines {
		if strings.EqualFold(strings.TrimSpace(l), "more careers") {
			end = i
			break
		}
	}
	base := strings.TrimSuffix(path.Base(file), path.Ext(file))
	main := parseSeedRole(file, base, lines[:end])
	roles := []*content.Role{main}
	if main.Title == "" {
		errs.Add(file, 1, fmt.Errorf("%w title: no title line before the first section", content.ErrMissingField))
	}
	if len(main.Sections) == 0 {
		errs.Add(file, 1, fmt.Errorf("%w sections: no heading such as Overview", content.ErrMissingField))
	}
	if end < len(lines) {
		roles = append(roles, parseMoreCareers(file, lines, end+1)...)
	}
	return roles, errs.Err()
}

// SourceKey is the source key of the figures read from a role description.
const SourceKey = "source"

// seedSectionNames are the headings that start a section in a source document. Other known
// section names ("Soft Skills", "Salary Ranges" without a year) are sub-headings there.
var seedSectionNames = map[string]string{
	"overview":              content.SectionOverview,
	"core responsibilities": content.SectionResponsibilities,
	"responsibilities":      content.SectionResponsibilities,
	"requirements":          content.SectionRequirements,
	"career development":    content.SectionCareerPath,
	"career path":           content.SectionCareerPath,
	"market demand":         content.SectionMarketDemand,
	"salary":                content.SectionSalary,
	"industry trends":       content.SectionTrends,
	"trends":                content.SectionTrends,
	"essential soft skills": content.SectionSoftSkills,
	"best practices":        content.SectionBestPractices,
	"common challenges":     content.SectionChallenges,
	"challenges":            content.SectionChallenges,
}

var (
	salaryHeadingRE = regexp.MustCompile(`(?i)^salary( ranges)?\s*\((.*)\)$`)
	yearRE          = regexp.MustCompile(`\b(19|20)\d\d\b`)
	imageRE         = regexp.MustCompile(`^[a-z]+ image$`)
	noteRE          = regexp.MustCompile(`\s*\(([^()]*)\)`)
	proseRangeRE    = regexp.MustCompile(`[$€£][\d,.]+\d\s*(?:-|–|to)\s*[$€£][\d,.]+\d`)
	trendsIntroRE   = regexp.MustCompile(`(?i)\btrends\b.*:$`)
)

// seedRole accumulates one role of a source document.
type seedRole struct {
	role   *content.Role
	order  int // index in sectionOrder of the current section
	sec    *content.Section
	blocks content.Blocks

	// salary context: from the salary heading, the current sub-heading and group bullet
	year     int
	location string
	sub      string
	group    string
}

// sectionOrder is the order of the sections in a source document; a section name that comes
// earlier than the current section is a sub-heading.
var sectionOrder = []string{
	content.SectionOverview, content.SectionResponsibilities, content.SectionRequirements, content.SectionCareerPath,
	content.SectionMarketDemand, content.SectionSalary, content.SectionTrends, content.SectionSoftSkills,
	content.SectionBestPractices, content.SectionChallenges,
}

func newSeedRole(file, id, title string) *seedRole {
	r := &content.Role{File: file, ID: id, Title: title, Profile: []content.Weight{}, Sections: []content.Section{},
		Sources: []content.Source{{Key: SourceKey, Description: "Role description " + path.Base(file) +
			" (name its publisher, title, year and address here)"}}}
	return &seedRole{role: r, order: -1}
}

// parseSeedRole reads the main part of a source document.
func parseSeedRole(file, base string, lines []string) *content.Role {
	s := newSeedRole(file, base, "")
	var candidates []string
	for i, raw := range lines {
		n := i + 1
		t := strings.TrimSpace(raw)
		switch {
		case t == "":
			s.blocks.Flush()
		case imageRE.MatchString(t):
		case s.sectionHeading(n, t):
		case s.sec != nil && s.order < indexOf(sectionOrder, content.SectionTrends) && blankBefore(lines, i) && trendsIntroRE.MatchString(t):
			// a trends section whose heading the source left out
			s.start(n, content.SectionTrends, "Industry Trends")
			s.order = indexOf(sectionOrder, content.SectionTrends)
			s.text(n, t)
		case s.sec == nil:
			candidates = append(candidates, t)
		default:
			if item, ok := seedBullet(t); ok {
				s.bullet(n, item)
			} else if headingLike(t) {
				s.heading(t)
			} else {
				s.text(n, t)
			}
		}
	}
	s.end()
	s.role.Title = seedTitle(base, candidates)
	s.role.ID = slug(s.role.Title)
	s.role.Summary = firstSentence(s.role.Sections)
	return s.role
}

// seedTitle picks the title among the lines before the first section: the one that reads
// as the file name, else the first Title Case line, else the file name in words.
func seedTitle(base string, candidates []string) string {
	for _, c := range candidates {
		if slug(c) == base {
			return c
		}
	}
	for _, c := range candidates {
		if len(strings.Fields(c)) > 1 && headingLike(c) {
			return c
		}
	}
	var words []string
	for _, w := range strings.Split(base, "-") {
		if len(w) <= 2 {
			words = append(words, strings.ToUpper(w))
		} else if w != "" {
			words = append(words, strings.ToUpper(w[:1])+w[1:])
		}
	}
	return strings.Join(words, " ")
}

// sectionHeading starts a new section when t names one that comes after the current one.
func (s *seedRole) sectionHeading(n int, t string) bool {
	if len(t) > 60 {
		return false
	}
	name := strings.ToLower(strings.Join(strings.Fields(t), " "))
	key := seedSectionNames[name]
	m := salaryHeadingRE.FindStringSubmatch(t)
	if m != nil {
		key = content.SectionSalary
	}
	order := indexOf(sectionOrder, key)
	if key == "" || order <= s.order {
		return false
	}
	s.start(n, key, t)
	s.order = order
	if m != nil {
		s.location, s.year = salaryPlace(m[2])
	}
	return true
}

func (s *seedRole) start(n int, key, title string) {
	s.end()
	for i := range s.role.Sections {
		if s.role.Sections[i].Key == key {
			// a second run of the same section continues it
			sec := s.role.Sections[i]
			s.role.Sections = append(s.role.Sections[:i], s.role.Sections[i+1:]...)
			s.sec, s.blocks = &sec, content.NewBlocks(sec.Blocks)
			return
		}
	}
	s.sec = &content.Section{Key: key, Title: title, Line: n}
	s.sub, s.group = "", ""
}

func (s *seedRole) end() {
	if s.sec == nil {
		return
	}
	s.sec.Blocks = s.blocks.Done()
	s.role.Sections = append(s.role.Sections, *s.sec)
	s.sec, s.blocks = nil, content.Blocks{}
}

func (s *seedRole) heading(t string) {
	s.blocks.Heading(t)
	s.sub, s.group = t, ""
}

// text adds a paragraph line, splitting off a trailing "Label:" as a sub-heading.
func (s *seedRole) text(n int, t string) {
	body, label := trailingLabel(t)
	s.blocks.Text(body)
	if s.sec.Key == content.SectionSalary {
		s.figure(n, body)
	}
	if label != "" {
		s.heading(label)
	}
}

// bullet adds a list item, splitting off a trailing "Label:" as a sub-heading.
func (s *seedRole) bullet(n int, item string) {
	body, label := trailingLabel(item)
	s.blocks.Item(body)
	if s.sec.Key == content.SectionSalary && !s.figure(n, content.Plain(body)) {
		s.group = ""
		if headingLike(content.Plain(body)) {
			s.group = content.Plain(body) // "Senior Machine Learning Engineer", then "Range: ..."
		}
	}
	if label != "" {
		s.heading(label)
	}
}

// figure reads a salary line "Level: amount" and reports whether it was one.
func (s *seedRole) figure(n int, line string) bool {
	label, amount, ok := strings.Cut(line, ": ")
	if !ok || !strings.ContainsAny(amount, "$€£") {
		return false
	}
	level := strings.TrimSpace(label)
	for _, note := range noteRE.FindAllStringSubmatch(amount, -1) {
		level += " (" + note[1] + ")"
	}
	a, err := content.ParseAmount(noteRE.ReplaceAllString(amount, ""))
	if err != nil {
		// "Average salaries range from $55,000 to $118,000, varying ..."
		if amount = proseRangeRE.FindString(amount); amount == "" {
			return false
		}
		if a, err = content.ParseAmount(amount); err != nil {
			return false
		}
	}
	sal := content.Salary{Level: level, Location: s.location, Year: s.year, Kind: a.Kind, Low: a.Low, High: a.High,
		Currency: a.Currency, Text: strings.TrimSpace(amount), Source: SourceKey, Line: n}
	if s.group != "" {
		sal.Level = s.group + ": " + level
	}
	if strings.Contains(strings.ToLower(s.sub), "location") {
		sal.Level, sal.Location = "All levels", level
	}
	s.role.Salaries = append(s.role.Salaries, sal)
	return true
}

// parseMoreCareers reads the roles of the "More Careers" part, lines[from:]: a title line
// repeated, then one paragraph.
func parseMoreCareers(file string, lines []string, from int) []*content.Role {
	type entry struct {
		n int
		t string
	}
	var text []entry
	for i := from; i < len(lines); i++ {
		if t := strings.TrimSpace(lines[i]); t != "" {
			text = append(text, entry{i + 1, t})
		}
	}
	var roles []*content.Role
	var s *seedRole
	for i := 0; i < len(text); i++ {
		e := text[i]
		if i+1 < len(text) && text[i+1].t == e.t && headingLike(e.t) {
			if s != nil {
				s.end()
			}
			s = newSeedRole(file, slug(e.t), e.t)
			roles = append(roles, s.role)
			i++
			continue
		}
		if s == nil {
			continue
		}
		if s.sec == nil {
			s.start(e.n, content.SectionOverview, "Overview")
		}
		s.inline(e.n, e.t)
	}
	if s != nil {
		s.end()
	}
	for _, r := range roles {
		r.Summary = firstSentence(r.Sections)
	}
	return roles
}

// inline reads a paragraph with inline "### Heading" and "- item" runs.
func (s *seedRole) inline(n int, t string) {
	parts := strings.Split(t, "###")
	s.run(n, parts[0])
	for _, part := range parts[1:] {
		head, rest := splitHeading(strings.TrimSpace(part), s.role.Title)
		if key := inlineSection(head); key != "" && key != s.sec.Key {
			s.start(n, key, head)
		} else {
			s.heading(head)
		}
		s.run(n, rest)
	}
}

// run reads "prose - item - item", where a trailing "Label:" starts a sub-heading.
func (s *seedRole) run(n int, t string) {
	t = strings.TrimSpace(t)
	if t == "" {
		return
	}
	chunks := strings.Split(" "+t, " - ")
	if prose := strings.TrimSpace(chunks[0]); prose != "" {
		s.text(n, prose)
	}
	for _, c := range chunks[1:] {
		if c = strings.TrimSpace(c); c != "" {
			s.bullet(n, c)
		}
	}
	s.blocks.Flush()
}

// inlineSection maps an inline heading of a More Careers entry to a section key.
func inlineSection(head string) string {
	if key := content.SectionKey(head); key != "" {
		return key
	}
	h := strings.ToLower(head)
	for _, kw := range []struct{ word, key string }{
		{"responsibilit", content.SectionResponsibilities}, {"career", content.SectionCareerPath},
		{"salary", content.SectionSalary}, {"compensation", content.SectionSalary}, {"market", content.SectionMarketDemand},
		{"outlook", content.SectionMarketDemand}, {"trend", content.SectionTrends}, {"challenge", content.SectionChallenges},
		{"soft skill", content.SectionSoftSkills}, {"skill", content.SectionRequirements},
		{"qualification", content.SectionRequirements}, {"education", content.SectionRequirements},
		{"requirement", content.SectionRequirements},
	} {
		if strings.Contains(h, kw.word) {
			return kw.key
		}
	}
	return ""
}

// splitHeading splits "Key Responsibilities - item" or "Career Path Junior AI Developers
// typically work" into the heading and the rest: the heading is the run of Title Case words;
// when prose follows, the prose's first word (or the role's title) is given back to it.
func splitHeading(s, title string) (string, string) {
	words := strings.Fields(s)
	k := 0
	for k < len(words) && titleWord(words[k], k == 0) {
		k++
	}
	if k == len(words) || words[k] == "-" {
		return strings.Join(words[:k], " "), strings.Join(words[k:], " ")
	}
	cut := k - 1
	if first := strings.Fields(title); len(first) > 0 {
		for i := 1; i < k; i++ {
			if words[i] == first[0] {
				cut = i
				break
			}
		}
	}
	if cut < 1 {
		cut = k
	}
	return strings.Join(words[:cut], " "), strings.Join(words[cut:], " ")
}

var smallWords = map[string]bool{"a": true, "an": true, "and": true, "or": true, "of": true, "the": true,
	"in": true, "for": true, "to": true, "with": true, "on": true, "vs.": true, "vs": true, "&": true, "from": true}

// titleWord reports whether w may be part of a Title Case heading.
func titleWord(w string, first bool) bool {
	if !first && smallWords[w] {
		return true
	}
	r := []rune(w)
	if len(r) == 0 || strings.ContainsAny(w, "(),;") || strings.HasSuffix(w, ".") {
		return false
	}
	return unicode.IsUpper(r[0]) || unicode.IsDigit(r[0])
}

// trailingLabel splits "text Title Case Label:" into the text and the label.
func trailingLabel(s string) (string, string) {
	if !strings.HasSuffix(s, ":") {
		return s, ""
	}
	words := strings.Fields(strings.TrimSuffix(s, ":"))
	k := len(words)
	for k > 0 && titleWord(words[k-1], false) {
		k--
	}
	for k < len(words) && smallWords[words[k]] {
		k++
	}
	if k == 0 || k == len(words) || !unicode.IsUpper([]rune(words[k])[0]) {
		return s, ""
	}
	return strings.Join(words[:k], " "), strings.Join(words[k:], " ")
}

// seedBullet returns the text of a "-", "•" or "*" bullet.
func seedBullet(t string) (string, bool) {
	for _, b := range []string{"- ", "• ", "* ", "– "} {
		if rest, ok := strings.CutPrefix(t, b); ok {
			return strings.TrimSpace(rest), true
		}
	}
	return "", false
}

// headingLike reports whether a line alone reads as a heading: short, starting with a capital
// and not ending like a sentence.
func headingLike(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 10 || strings.ContainsAny(t[len(t)-1:], ".,;:!?") {
		return false
	}
	return titleWord(words[0], true)
}

var nonIDRE = regexp.MustCompile(`[^a-z0-9]+`)

// slug turns a title into an id: "Junior AI Developer" gives "junior-ai-developer".
func slug(s string) string {
	return strings.Trim(nonIDRE.ReplaceAllString(strings.ToLower(s), "-"), "-")
}

// firstSentence returns the first sentence of the first paragraph of the sections.
func firstSentence(sections []content.Section) string {
	for _, sec := range sections {
		for _, b := range sec.Blocks {
			if b.Kind == "paragraph" {
				if i := strings.Index(b.Text, ". "); i >= 0 {
					return b.Text[:i+1]
				}
				return b.Text
			}
		}
	}
	return ""
}

func indexOf(list []string, s string) int {
	for i, v := range list {
		if v == s {
			return i
		}
	}
	return -1
}

func atoiOr0(s string) int {
	n := 0
	for _, r := range s {
		n = n*10 + int(r-'0')
	}
	return n
}

// blankBefore reports whether lines[i] follows a blank line.
func blankBefore(lines []string, i int) bool {
	return i > 0 && strings.TrimSpace(lines[i-1]) == ""
}

var countries = map[string]string{"us": "United States", "u.s.": "United States", "usa": "United States", "uk": "United Kingdom"}

// salaryPlace reads the bracket of a salary heading, "US Market, 2024", as a location and a year.
func salaryPlace(s string) (location string, year int) {
	for _, part := range strings.Split(s, ",") {
		part = strings.TrimSpace(part)
		if y := yearRE.FindString(part); y != "" && y == part {
			year = atoiOr0(y)
			continue
		}
		part = strings.TrimSpace(strings.TrimSuffix(strings.TrimSuffix(part, "Market"), "market"))
		if c, ok := countries[strings.ToLower(part)]; ok {
			part = c
		}
		if location == "" {
			location = part
		}
	}
	return location, year
}
