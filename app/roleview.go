package app

import (
	"fmt"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Views of a role document shared by the results page and the role pages.

// rolePath is the path of a role's page.
func rolePath(id string) string { return Path("/roles/" + id) }

// findRole returns the role with the id, or nil.
func findRole(c *content.Catalogue, id string) *content.Role {
	for _, r := range c.Roles {
		if r.ID == id {
			return r
		}
	}
	return nil
}

// subItems returns the bullet items under the ### heading named sub (any case) of the
// section with the key, or of the whole section when sub is "".
func subItems(r *content.Role, key, sub string) []string {
	for _, s := range r.Sections {
		if s.Key != key {
			continue
		}
		in := sub == ""
		var items []string
		for _, b := range s.Blocks {
			if b.Kind == "heading" {
				in = sub == "" || strings.EqualFold(strings.TrimSpace(b.Text), sub)
				continue
			}
			if in && b.Kind == "list" {
				items = append(items, b.Items...)
			}
		}
		return items
	}
	return nil
}

// stepsView renders career steps, linking those that are roles of the catalogue.
func stepsView(steps []content.Step, current string) app.UI {
	items := make([]app.UI, len(steps))
	for i, s := range steps {
		switch {
		case s.RoleID == current:
			items[i] = app.Li().Body(app.Strong().Text(s.Name), app.Text(" (this role)"))
		case s.RoleID != "":
			items[i] = app.Li().Body(app.A().Href(rolePath(s.RoleID)).Text(s.Name))
		default:
			items[i] = app.Li().Text(s.Name)
		}
	}
	return app.Ol().Class("steps").Body(items...)
}

// salaryView renders a role's salary figures as a table, each with its source.
func salaryView(r *content.Role, caption string) app.UI {
	if len(r.Salaries) == 0 {
		return app.P().Class("muted").Text("The role documents give no salary figures for this role.")
	}
	rows := make([]app.UI, len(r.Salaries))
	for i, s := range r.Salaries {
		rows[i] = app.Tr().Body(
			app.Th().Scope("row").Text(s.Level),
			app.Td().Text(orDash(s.Location)),
			app.Td().Text(s.Text),
			app.Td().Text(yearText(s.Year)),
			app.Td().Text(sourceName(r, s.Source)),
		)
	}
	return app.Div().Class("table-wrap").Body(
		app.Table().Body(
			app.Caption().Text(caption),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Level or role"),
				app.Th().Scope("col").Text("Where"),
				app.Th().Scope("col").Text("Pay a year"),
				app.Th().Scope("col").Text("Year"),
				app.Th().Scope("col").Text("Source"),
			)),
			app.TBody().Body(rows...),
		),
	)
}

// marketView renders a role's market figures as a table, each with its source.
func marketView(r *content.Role) app.UI {
	if len(r.Market) == 0 {
		return app.Text("")
	}
	rows := make([]app.UI, len(r.Market))
	for i, f := range r.Market {
		rows[i] = app.Tr().Body(
			app.Th().Scope("row").Text(f.Label),
			app.Td().Text(f.Text),
			app.Td().Text(yearText(f.Year)),
			app.Td().Text(sourceName(r, f.Source)),
		)
	}
	return app.Div().Class("table-wrap").Body(
		app.Table().Body(
			app.Caption().Text("Market figures"),
			app.THead().Body(app.Tr().Body(
				app.Th().Scope("col").Text("Figure"),
				app.Th().Scope("col").Text("Value"),
				app.Th().Scope("col").Text("Year"),
				app.Th().Scope("col").Text("Source"),
			)),
			app.TBody().Body(rows...),
		),
	)
}

func orDash(s string) string {
	if s == "" {
		return "not stated"
	}
	return s
}

func yearText(y int) string {
	if y == 0 {
		return "not stated"
	}
	return fmt.Sprint(y)
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
