package app

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Views of a role document shared by the results page and the role pages.

// rolePath is the path of a role's page.
func rolePath(id string) string { return Path("/roles/" + id) }

// profileView says how the quiz sees a role: each trait of its profile, most important first,
// with the level the scoring expects and the document's evidence for it.
// With the student's trait levels (nil when they have not answered yet) the chart shows theirs
// beside the role's.
func profileView(c *content.Catalogue, r *content.Role, you []quiz.TraitLevel) app.UI {
	if len(r.Profile) == 0 {
		return app.Text("")
	}
	weights := slices.Clone(r.Profile)
	scoring.SortStable(weights, func(a, b content.Weight) bool { return a.Value > b.Value })
	items := make([]app.UI, 0, len(weights))
	for _, w := range weights {
		line := fmt.Sprintf("%s: %d of %d", c.TraitLabel(w.Trait), w.Value, scoring.MaxAnswer)
		if w.Evidence != "" {
			line += " (" + w.Evidence + ")"
		}
		items = append(items, app.Li().Text(line))
	}
	return app.Section().Class("profile").Body(
		app.H2().Text("How the quiz sees this role"),
		app.P().Text(fmt.Sprintf("The quiz compares your answers with these levels, from %d (hardly part of the job) "+
			"to %d (the heart of it).", scoring.MinAnswer, scoring.MaxAnswer)),
		&profileChart{ID: "role-chart", Traits: c.Traits, You: you, Role: r, Voice: yours},
		app.H3().Text("Why each level"),
		app.Ul().Body(items...),
	)
}

// stepsView renders career steps, linking those that are roles of the catalogue.
func stepsView(steps []content.Step, current string) app.UI {
	items := make([]app.UI, len(steps))
	for i, s := range steps {
		switch {
		case current != "" && s.RoleID == current:
			items[i] = app.Li().Body(app.Strong().Text(s.Name), app.Text(" (this role)"))
		case s.RoleID != "":
			items[i] = app.Li().Body(app.A().Href(rolePath(s.RoleID)).Text(s.Name))
		default:
			items[i] = app.Li().Text(s.Name)
		}
	}
	return app.Ol().Class("steps").Body(items...)
}

// onetURL is the public O*NET OnLine page of an occupation. The app links to it and never
// requests it.
func onetURL(code string) string {
	return "https://www.onetonline.org/link/summary/" + code
}

// onetView names the closest O*NET occupation of a role and links to its O*NET page, or
// renders nothing when the document names none.
func onetView(r *content.Role) app.UI {
	if r.ONet == nil {
		return app.Text("")
	}
	return app.P().Class("onet").Body(
		app.Text("Closest O*NET occupation: "),
		app.A().Href(onetURL(r.ONet.Code)).Rel("noreferrer").Text(r.ONet.Title+" ("+r.ONet.Code+")"),
	)
}

// salaryView renders a role's salary figures as a list that reflows on a phone, each with
// where, when and its source.
func salaryView(r *content.Role) app.UI {
	if len(r.Salaries) == 0 {
		return app.P().Class("muted").Text("We have no pay figures for this role yet.")
	}
	items := make([]app.UI, len(r.Salaries))
	for i, s := range r.Salaries {
		items[i] = app.Li().Body(
			app.Strong().Text(s.Level+": "+s.Text),
			app.Span().Class("muted").Text(" a year · "+figureContext(r, s.Location, s.Year, s.Undated, s.Source)),
			noteView(s.Note),
		)
	}
	return app.Ul().Class("figures").Body(items...)
}

// marketView renders a role's market figures as a list, each with its year and source.
func marketView(r *content.Role) app.UI {
	if len(r.Market) == 0 {
		return app.Text("")
	}
	items := make([]app.UI, len(r.Market))
	for i, f := range r.Market {
		items[i] = app.Li().Body(
			app.Strong().Text(f.Label+": "+f.Text),
			app.Span().Class("muted").Text(" · "+figureContext(r, "", f.Year, f.Undated, f.Source)),
			noteView(f.Note),
		)
	}
	return app.Ul().Class("figures").Body(items...)
}

// noteView renders a figure's note, such as a contradiction in its source, or nothing.
func noteView(note string) app.UI {
	if note == "" {
		return app.Text("")
	}
	return app.Span().Class("note").Text("Note: " + note)
}

// figureContext says where and when a figure holds and where it comes from.
func figureContext(r *content.Role, location string, year int, undated bool, source string) string {
	var parts []string
	if location != "" {
		parts = append(parts, location)
	}
	switch {
	case year != 0:
		parts = append(parts, fmt.Sprint(year))
	case undated:
		parts = append(parts, "undated")
	default:
		parts = append(parts, "year not stated")
	}
	return strings.Join(parts, ", ") + " · source: " + sourceName(r, source)
}

// sourceName is the description of a role's source, shortened to its first clause.
func sourceName(r *content.Role, key string) string {
	for _, s := range r.Sources {
		if s.Key == key {
			d := s.Description
			if i := strings.Index(d, ","); i > 0 && i < 80 {
				d = d[:i]
			}
			return d
		}
	}
	return key
}

// listView renders items as a bulleted list, or nothing.
func listView(items []string) app.UI {
	if len(items) == 0 {
		return app.Text("")
	}
	lis := make([]app.UI, len(items))
	for i, it := range items {
		lis[i] = app.Li().Text(it)
	}
	return app.Ul().Body(lis...)
}

// blocksView renders the paragraphs, lists and sub-headings of a section; sub-headings are
// one level below level.
func blocksView(blocks []content.Block, level int) []app.UI {
	out := make([]app.UI, 0, len(blocks))
	for _, b := range blocks {
		switch b.Kind {
		case "heading":
			if level >= 2 {
				out = append(out, app.H3().Text(b.Text))
			} else {
				out = append(out, app.H2().Text(b.Text))
			}
		case "list":
			out = append(out, listView(b.Items))
		default:
			out = append(out, app.P().Text(b.Text))
		}
	}
	return out
}
