// Package content reads the role documents and the question bank that the quiz is built
// from, and checks them. The format is described in README.md beside this file.
package content

import "strings"

// Catalogue is everything the quiz knows: the trait vocabulary, the questions and the roles.
type Catalogue struct {
	Traits    []Trait    `json:"traits"`
	Questions []Question `json:"questions"`
	Roles     []*Role    `json:"roles"`
	Skills    []Skill    `json:"skills"`
}

// Trait is one interest or ability that separates the roles.
type Trait struct {
	ID       string   `json:"id"`
	Label    string   `json:"label"`
	Keywords []string `json:"keywords,omitempty"`
	Line     int      `json:"line"`
}

// Question is one statement answered on the five-point scale.
type Question struct {
	ID       string    `json:"id"`
	Kind     string    `json:"kind"` // the ### group, lower case: KindInterests, KindSkills, KindExperience or another
	Text     string    `json:"text"`
	Measures []Measure `json:"measures"`
	Line     int       `json:"line"`
}

// Question groups the quiz knows: statements of interest, and statements of ability or
// experience, which a student's stage can hold back.
const (
	KindInterests  = "interests"
	KindSkills     = "skills"
	KindExperience = "experience"
)

// Measure is one trait a question measures; Reverse means agreeing points away from it.
type Measure struct {
	Trait   string `json:"trait"`
	Reverse bool   `json:"reverse,omitempty"`
}

// Stages a role may be at, from open to students to experienced.
const (
	StageEntry  = "entry"
	StageEarly  = "early"
	StageMid    = "mid"
	StageSenior = "senior"
)

// DefaultWeight is the weight of a trait a role profile leaves out.
const DefaultWeight = 2

// Role is one parsed role document.
type Role struct {
	File    string   `json:"file"`
	ID      string   `json:"id"`
	Title   string   `json:"title"`
	Aliases []string `json:"aliases,omitempty"`
	Stage   string   `json:"stage"`
	Summary string   `json:"summary"`
	Ladder  []Step   `json:"ladder,omitempty"`
	Next    []Step   `json:"next,omitempty"`
	Related []string `json:"related,omitempty"`
	// ONet is the closest O*NET-SOC occupation, when the document names one.
	ONet *Occupation `json:"onet,omitempty"`

	Profile  []Weight  `json:"profile"`
	Sections []Section `json:"sections"`
	Skills   []Skill   `json:"skills,omitempty"`
	Salaries []Salary  `json:"salaries,omitempty"`
	Market   []Figure  `json:"market,omitempty"`
	Sources  []Source  `json:"sources,omitempty"`

	lines map[string]int // header field → line; "#" → the title's line
}

// Occupation is an O*NET-SOC occupation: its code, such as "15-2051.00", and its title as
// O*NET gives it, such as "Data Scientists".
type Occupation struct {
	Code  string `json:"code"`
	Title string `json:"title"`
}

// Step is one step of a career ladder or a next step: a role of the catalogue (RoleID set)
// or a plain name.
type Step struct {
	Name   string `json:"name"`
	RoleID string `json:"role_id,omitempty"`
}

// Weight is the answer a typical person in the role gives to a question on the trait (1 to 5),
// with the evidence for it from the document.
type Weight struct {
	Trait    string `json:"trait"`
	Value    int    `json:"value"`
	Evidence string `json:"evidence,omitempty"`
	Line     int    `json:"line"`
}

// Section is one ## section of a role document.
type Section struct {
	Key    string  `json:"key"`   // canonical key: "overview", "responsibilities", ...
	Title  string  `json:"title"` // as written
	Blocks []Block `json:"blocks"`
	Line   int     `json:"line"`
}

// Block is a paragraph, a bulleted list or a ### sub-heading inside a section.
type Block struct {
	Kind  string   `json:"kind"` // "heading", "paragraph", "list"
	Text  string   `json:"text,omitempty"`
	Items []string `json:"items,omitempty"`
}

// Skill is a named skill with its aliases.
type Skill struct {
	Name    string   `json:"name"`
	Aliases []string `json:"aliases,omitempty"`
	Roles   []string `json:"roles,omitempty"` // in Catalogue.Skills: the roles that list it

	line int // in a role: the line of its bullet
}

// Amount kinds: how a source states a money figure.
const (
	AmountRange = "range" // $96,000 - $132,000
	AmountPoint = "point" // $144,000
	AmountUpTo  = "up to" // up to $225,000
	AmountFrom  = "from"  // $150,000+, from $150,000, over $150,000
)

// Salary is one row of a role's salary table.
type Salary struct {
	Level    string  `json:"level"`
	Location string  `json:"location"`
	Year     int     `json:"year"`
	Undated  bool    `json:"undated,omitempty"` // the source gives no year, and the document says so
	Kind     string  `json:"kind"`
	Low      float64 `json:"low,omitempty"`
	High     float64 `json:"high,omitempty"`
	Currency string  `json:"currency"`
	Text     string  `json:"text"` // the amount as written
	Source   string  `json:"source"`
	Note     string  `json:"note,omitempty"` // what a reader should know, such as a contradiction in the source
	Line     int     `json:"line"`
}

// Figure is one row of a role's market-demand table.
type Figure struct {
	Label   string  `json:"label"`
	Value   float64 `json:"value"`
	Unit    string  `json:"unit,omitempty"` // "%", "x", "$ billion", ...
	Text    string  `json:"text"`           // the value as written
	Year    int     `json:"year,omitempty"`
	Undated bool    `json:"undated,omitempty"` // the source gives no year, and the document says so
	Source  string  `json:"source"`
	Note    string  `json:"note,omitempty"` // what a reader should know, such as a contradiction in the source
	Line    int     `json:"line"`
}

// Source is one named source of a role document's facts and figures.
type Source struct {
	Key         string `json:"key"`
	Description string `json:"description"`
	URL         string `json:"url,omitempty"`
}

// Role is the catalogue's role with the ID, or nil; c may be nil.
func (c *Catalogue) Role(id string) *Role {
	if c == nil || id == "" {
		return nil
	}
	for _, r := range c.Roles {
		if r != nil && r.ID == id {
			return r
		}
	}
	return nil
}

// TraitLabel is the label of the trait with the ID, or the ID when the catalogue has no
// such trait or gives it no label.
func (c *Catalogue) TraitLabel(id string) string {
	if c != nil {
		for _, t := range c.Traits {
			if t.ID == id && t.Label != "" {
				return t.Label
			}
		}
	}
	return id
}

// SubEducation is the ### heading of the Requirements section under which a role document
// lists the education the role asks for.
const SubEducation = "Education"

// Education are the bullet items under the ### Education heading (any case) of the role's
// Requirements section: the education the role asks for.
func (r *Role) Education() []string {
	var items []string
	for _, s := range r.Sections {
		if s.Key != SectionRequirements {
			continue
		}
		in := false
		for _, b := range s.Blocks {
			if b.Kind == "heading" {
				in = strings.EqualFold(strings.TrimSpace(b.Text), SubEducation)
				continue
			}
			if in && b.Kind == "list" {
				items = append(items, b.Items...)
			}
		}
	}
	return items
}
