package app

import (
	"fmt"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// compareRoles is every role of a ranking, best first, behind a disclosure: each with its
// family, its figure and label, and a link to its page.
type compareRoles struct {
	app.Compo

	Catalogue *content.Catalogue
	Ranking   scoring.Ranking
}

func (c *compareRoles) Render() app.UI {
	items := make([]app.UI, len(c.Ranking.Results))
	for i, r := range c.Ranking.Results {
		role := c.Catalogue.Role(r.RoleID)
		fam := familyOf(role)
		title := app.UI(app.Text(r.Title))
		if role != nil {
			title = app.A().Href(rolePath(r.RoleID)).Text(r.Title)
		}
		items[i] = app.Li().Class("ranked "+fam.class()).Body(
			familyIcon(fam),
			app.H3().Body(title),
			app.P().Class("ranked-fit").Body(
				app.Strong().Text(percentText(r.Fit)),
				app.Text(" · "+matchWords(cardLevel(c.Ranking, r))+" · "+fam.name()),
			),
		)
	}
	return app.Details().Class("compare").ID("compare").Body(
		app.Summary().Text(fmt.Sprintf("Compare all roles (%d)", len(items))),
		app.Ol().Class("ranking").Body(items...),
	)
}
