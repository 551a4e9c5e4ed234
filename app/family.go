package app

import (
	"github.com/careerquiz/careerquiz/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// family is a group of roles that call on the same kind of work, shown as a colour and an icon
// on a role's card. It is derived from the role's profile (see familyOf), so a role the app has
// never seen still gets one.
type family uint8

// The families, with familyOther for roles whose strongest trait belongs to none.
const (
	familyOther family = iota
	familySoftware
	familyData
	familyAI
	familyResearch
	familyEngineering
	familyPeople
	familyPolicy
	familyDesign
	familyHealth
)

// traitFamily is the family each trait of the vocabulary leads to. A trait not listed here
// (one a careers office adds) leads to familyOther.
var traitFamily = map[string]family{
	"software":      familySoftware,
	"systems":       familySoftware,
	"integration":   familySoftware,
	"data":          familyData,
	"ml":            familyAI,
	"maths":         familyResearch,
	"research":      familyResearch,
	"process":       familyEngineering,
	"clients":       familyPeople,
	"leading":       familyPeople,
	"business":      familyPeople,
	"communication": familyPeople,
	"ethics":        familyPolicy,
	"design":        familyDesign,
	"life":          familyHealth,
	"caring":        familyHealth,
}

// familyOf is the family of a role: the family of its strongest trait. When several traits
// are equally strong, the one that is most particular to the role decides: the trait order of
// familyRank, from the most particular to the most shared.
func familyOf(r *content.Role) family {
	if r == nil {
		return familyOther
	}
	best, bestValue, bestRank := familyOther, 0, len(familyRank)
	for _, w := range r.Profile {
		f, ok := traitFamily[w.Trait]
		if !ok {
			continue
		}
		rank := familyRankOf(f)
		if w.Value > bestValue || (w.Value == bestValue && rank < bestRank) {
			best, bestValue, bestRank = f, w.Value, rank
		}
	}
	return best
}

// familyRank orders families from the most particular to the most shared when two traits of a
// profile are equally strong: a role weighed 5 on ethics and 5 on explaining is a policy role.
var familyRank = []family{familyHealth, familyDesign, familyPolicy, familyEngineering, familyAI,
	familyResearch, familyData, familySoftware, familyPeople}

func familyRankOf(f family) int {
	for i, g := range familyRank {
		if g == f {
			return i
		}
	}
	return len(familyRank)
}

// name is the family's name as a student reads it.
func (f family) name() string {
	switch f {
	case familySoftware:
		return "Software and systems"
	case familyData:
		return "Data"
	case familyAI:
		return "AI and machine learning"
	case familyResearch:
		return "Research and maths"
	case familyEngineering:
		return "Engineering and operations"
	case familyPeople:
		return "People and business"
	case familyPolicy:
		return "Ethics and policy"
	case familyDesign:
		return "Design and creativity"
	case familyHealth:
		return "Health and care"
	}
	return "Other roles"
}

// class is the CSS class that gives the family its colour (web/app.css).
func (f family) class() string {
	switch f {
	case familySoftware:
		return "fam-software"
	case familyData:
		return "fam-data"
	case familyAI:
		return "fam-ai"
	case familyResearch:
		return "fam-research"
	case familyEngineering:
		return "fam-engineering"
	case familyPeople:
		return "fam-people"
	case familyPolicy:
		return "fam-policy"
	case familyDesign:
		return "fam-design"
	case familyHealth:
		return "fam-health"
	}
	return "fam-other"
}

// iconPaths are the strokes of the family's icon, drawn on a 24 by 24 grid.
func (f family) iconPaths() []string {
	switch f {
	case familySoftware: // code brackets
		return []string{"M8 6 2 12l6 6", "M16 6l6 6-6 6", "M14 4l-4 16"}
	case familyData: // a bar chart
		return []string{"M4 20h16", "M6 16v-4", "M11 16V8", "M16 16v-6", "M20 16V5"}
	case familyAI: // a small network
		return []string{"M6 6h.01", "M6 18h.01", "M18 12h.01", "M6 6l12 6", "M6 18l12-6", "M6 6v12",
			"M4 6a2 2 0 1 0 4 0a2 2 0 1 0-4 0", "M4 18a2 2 0 1 0 4 0a2 2 0 1 0-4 0", "M16 12a2 2 0 1 0 4 0a2 2 0 1 0-4 0"}
	case familyResearch: // a flask
		return []string{"M9 3h6", "M10 3v6L4 19a1 1 0 0 0 1 2h14a1 1 0 0 0 1-2l-6-10V3", "M7 15h10"}
	case familyEngineering: // a gear
		return []string{"M9 12a3 3 0 1 0 6 0a3 3 0 1 0-6 0", "M12 2v3", "M12 19v3", "M2 12h3", "M19 12h3",
			"M4.9 4.9l2.1 2.1", "M17 17l2.1 2.1", "M4.9 19.1 7 17", "M17 7l2.1-2.1"}
	case familyPeople: // two people
		return []string{"M6 8a3 3 0 1 0 6 0a3 3 0 1 0-6 0", "M3 20a6 6 0 0 1 12 0", "M15 5a3 3 0 0 1 0 6", "M17 14a6 6 0 0 1 4 6"}
	case familyPolicy: // scales
		return []string{"M12 3v18", "M7 21h10", "M5 7h14", "M5 7l-3 7a3 3 0 0 0 6 0z", "M19 7l-3 7a3 3 0 0 0 6 0z"}
	case familyDesign: // a pen nib
		return []string{"M12 19l7-7 3 3-7 7z", "M18 13l-1.5-7.5L2 2l3.5 14.5L13 18z", "M2 2l7.6 7.6", "M11 11a2 2 0 1 0 0 .01"}
	case familyHealth: // a heart
		return []string{"M12 20s-7-4.4-9-9a4.5 4.5 0 0 1 9-3 4.5 4.5 0 0 1 9 3c-2 4.6-9 9-9 9z"}
	}
	// a compass
	return []string{"M3 12a9 9 0 1 0 18 0a9 9 0 1 0-18 0", "M15.5 8.5l-2 5-5 2 2-5z"}
}

// svgNS is the namespace of SVG elements: go-app creates them with it in the browser.
const svgNS = "http://www.w3.org/2000/svg"

// svgElem is an SVG element.
func svgElem(tag string) app.HTMLElem { return app.Elem(tag).XMLNS(svgNS) }

// familyIcon is the family's icon, decorative: the family's name is always written beside it.
func familyIcon(f family) app.UI {
	paths := f.iconPaths()
	body := make([]app.UI, len(paths))
	for i, d := range paths {
		body[i] = svgElem("path").Attr("d", d)
	}
	return svgElem("svg").Class("icon").Attr("viewBox", "0 0 24 24").Attr("width", "24").Attr("height", "24").
		Attr("fill", "none").Attr("stroke", "currentColor").Attr("stroke-width", "2").
		Attr("stroke-linecap", "round").Attr("stroke-linejoin", "round").
		Aria("hidden", "true").Attr("focusable", "false").Body(body...)
}
