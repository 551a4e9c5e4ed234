package app

import (
	"fmt"
	"github.com/careerquiz/careerquiz/scoring"
	"strconv"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// profileChart is a picture of a student over the traits beside a role's profile: one row per
// trait, the student's level as a bar and the role's as a ring, both from 1 to 5. It is drawn
// as SVG by the app and comes with the same figures as a table, for screen readers and for
// anyone who prefers numbers. Either side may be missing: the role page of a student with no
// answers shows the role alone.
type profileChart struct {
	app.Compo

	ID     string            // unique on the page; the chart's ids start with it
	Traits []content.Trait   // the catalogue's traits, in its order
	You    []quiz.TraitLevel // the student's levels, nil when there are no answers
	Role   *content.Role     // the role compared, or nil
	Voice  voice             // whose answers the levels are
}

// chartRow is one trait of the chart: a level of 0 is not known.
type chartRow struct {
	label     string
	you, role float64
}

// rows are the traits the chart shows, the role's strongest first, then the student's.
func (c *profileChart) rows() []chartRow {
	you := map[string]float64{}
	for _, l := range c.You {
		if l.Answers > 0 {
			you[l.TraitID] = l.Level
		}
	}
	role := map[string]float64{}
	if c.Role != nil {
		for _, w := range c.Role.Profile {
			role[w.Trait] = float64(w.Value)
		}
	}
	var out []chartRow
	for _, t := range c.Traits {
		r := chartRow{label: labelOr(t.Label, t.ID), you: you[t.ID], role: role[t.ID]}
		if r.you == 0 && r.role == 0 {
			continue
		}
		out = append(out, r)
	}
	// scoring.SortStable rather than slices.SortStableFunc, whose instantiation for chartRow
	// costs the WebAssembly a few KB.
	scoring.SortStable(out, func(a, b chartRow) bool {
		if a.role != b.role {
			return a.role > b.role
		}
		return a.you > b.you
	})
	return out
}

func labelOr(label, id string) string {
	if label != "" {
		return label
	}
	return id
}

// The chart's geometry, in SVG units: a label column, then a track from 1 to 5.
const (
	chartWidth  = 380
	chartLabelW = 196
	chartTrackX = 204
	chartTrackW = 168
	chartRowH   = 24
	chartTop    = 30
)

// x is where a level from 1 to 5 sits on the track.
func chartX(level float64) float64 {
	return chartTrackX + (level-scoring.MinAnswer)/(scoring.MaxAnswer-scoring.MinAnswer)*chartTrackW
}

func num(f float64) string { return strconv.FormatFloat(f, 'f', 1, 64) }

func (c *profileChart) Render() app.UI {
	rows := c.rows()
	if len(rows) == 0 {
		return app.Text("")
	}
	hasYou, hasRole := len(c.You) > 0 && anyYou(rows), c.Role != nil
	height := chartTop + len(rows)*chartRowH + 6
	var shapes []app.UI
	// Legend.
	lx := 0.0
	if hasYou {
		shapes = append(shapes,
			svgElem("rect").Class("bar-you").Attr("x", "0").Attr("y", "6").Attr("width", "18").Attr("height", "10").Attr("rx", "2"),
			svgElem("text").Attr("x", "24").Attr("y", "15").Body(app.Text(c.Voice.You()+" (from "+c.Voice.your()+" answers)")))
		lx = chartTrackX
	}
	if hasRole {
		shapes = append(shapes,
			svgElem("circle").Class("dot-role").Attr("cx", num(lx+7)).Attr("cy", "11").Attr("r", "5"),
			svgElem("text").Attr("x", num(lx+18)).Attr("y", "15").Body(app.Text(c.Role.Title)))
	}
	for i, r := range rows {
		y := float64(chartTop + i*chartRowH)
		mid := y + chartRowH/2
		shapes = append(shapes,
			svgElem("text").Class("trait").Attr("x", strconv.Itoa(chartLabelW)).Attr("y", num(mid+4)).
				Attr("text-anchor", "end").Body(app.Text(r.label)),
			svgElem("line").Class("track").Attr("x1", num(chartX(scoring.MinAnswer))).Attr("x2", num(chartX(scoring.MaxAnswer))).
				Attr("y1", num(mid)).Attr("y2", num(mid)),
		)
		for l := scoring.MinAnswer; l <= scoring.MaxAnswer; l++ {
			shapes = append(shapes, svgElem("line").Class("tick").Attr("x1", num(chartX(float64(l)))).
				Attr("x2", num(chartX(float64(l)))).Attr("y1", num(mid-4)).Attr("y2", num(mid+4)))
		}
		if r.you > 0 {
			shapes = append(shapes, svgElem("rect").Class("bar-you").Attr("x", num(chartX(1))).Attr("y", num(mid-5)).
				Attr("width", num(max(chartX(r.you)-chartX(1), 3))).Attr("height", "10").Attr("rx", "2"))
		}
		if r.role > 0 {
			shapes = append(shapes, svgElem("circle").Class("dot-role").Attr("cx", num(chartX(r.role))).
				Attr("cy", num(mid)).Attr("r", "6"))
		}
	}
	caption := c.caption(hasYou, hasRole)
	return app.Figure().Class("profile-chart").Body(
		app.Div().Class("chart-frame").Body(
			svgElem("svg").ID(c.ID+"-svg").Attr("viewBox", fmt.Sprintf("0 0 %d %d", chartWidth, height)).
				Attr("role", "img").Aria("labelledby", c.ID+"-caption").Body(shapes...),
		),
		app.FigCaption().ID(c.ID+"-caption").Text(caption),
		app.Details().Class("chart-table").Body(
			app.Summary().Text("The chart as a table"),
			c.table(rows, hasYou, hasRole),
		),
	)
}

func anyYou(rows []chartRow) bool {
	for _, r := range rows {
		if r.you > 0 {
			return true
		}
	}
	return false
}

// caption says what the chart shows, in a sentence.
func (c *profileChart) caption(hasYou, hasRole bool) string {
	scale := fmt.Sprintf("from %d (hardly) to %d (the heart of it)", scoring.MinAnswer, scoring.MaxAnswer)
	switch {
	case hasYou && hasRole:
		return fmt.Sprintf("%s interests and skills as %s answers put them (bars), beside what %s calls on (rings), %s.",
			c.Voice.Your(), c.Voice.your(), c.Role.Title, scale)
	case hasRole:
		return fmt.Sprintf("What %s calls on, trait by trait, %s.", c.Role.Title, scale)
	}
	return fmt.Sprintf("%s interests and skills as %s answers put them, %s.", c.Voice.Your(), c.Voice.your(), scale)
}

func (c *profileChart) table(rows []chartRow, hasYou, hasRole bool) app.UI {
	head := []app.UI{app.Th().Scope("col").Text("Trait")}
	if hasYou {
		head = append(head, app.Th().Scope("col").Text(c.Voice.You()))
	}
	if hasRole {
		head = append(head, app.Th().Scope("col").Text(c.Role.Title))
	}
	body := make([]app.UI, len(rows))
	for i, r := range rows {
		cells := []app.UI{app.Th().Scope("row").Text(r.label)}
		if hasYou {
			cells = append(cells, app.Td().Text(levelText(r.you, "not asked")))
		}
		if hasRole {
			cells = append(cells, app.Td().Text(levelText(r.role, "not stated")))
		}
		body[i] = app.Tr().Body(cells...)
	}
	return app.Div().Class("table-wrap").Body(app.Table().Body(
		app.Caption().Text(fmt.Sprintf("Levels from %d (hardly) to %d (the heart of it)", scoring.MinAnswer, scoring.MaxAnswer)),
		app.THead().Body(app.Tr().Body(head...)),
		app.TBody().Body(body...),
	))
}

// levelText is a level from 1 to 5 as the table shows it, none when it is not known.
func levelText(l float64, none string) string {
	if l == 0 {
		return none
	}
	return fmt.Sprintf("%s of %d", num(l), scoring.MaxAnswer)
}
