package app

import (
	"fmt"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultsPage ranks the roles for the saved session.
type resultsPage struct {
	app.Compo

	cat     *content.Catalogue
	ranking scoring.Ranking
	ready   bool
	err     string
}

func (p *resultsPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Your results: %s", Name)
	c, err := catalogue()
	if err != nil {
		p.err = "The roles could not be loaded."
		return
	}
	s, _ := loadProgress(ctx, c)
	if s == nil {
		p.err = "There are no answers on this device yet. Take the quiz to see which careers fit you."
		return
	}
	p.cat, p.ranking, p.ready = c, s.Results(), true
}

func (p *resultsPage) Render() app.UI {
	if p.err != "" {
		return problem("No results yet", p.err)
	}
	if !p.ready {
		return page(app.P().Text("Working out your results…"))
	}
	items := make([]app.UI, len(p.ranking.Results))
	for i, r := range p.ranking.Results {
		items[i] = p.renderResult(r)
	}
	return page(
		app.H1().Text("Your results"),
		app.P().Class("lead").Text(confidenceText(p.ranking.Confidence)),
		app.Ol().Class("results").Body(items...),
		app.Div().Class("actions").Body(
			app.A().Class("button").Href(Path("/quiz")).Text("Change my answers"),
		),
	)
}

func (p *resultsPage) renderResult(r scoring.Result) app.UI {
	return app.Li().Class("result").Body(
		app.H2().Text(r.Title),
		app.P().Class("fit").Text(fmt.Sprintf("%d%% fit", r.Fit)),
		app.P().Text(p.summary(r.RoleID)),
	)
}

func (p *resultsPage) summary(id string) string {
	for _, r := range p.cat.Roles {
		if r.ID == id {
			return r.Summary
		}
	}
	return ""
}

func confidenceText(c string) string {
	switch c {
	case "high":
		return "Your answers point clearly to the first roles below."
	case "medium":
		return "Your answers lean towards the first roles below, but others are close."
	default:
		return "Your answers do not point clearly to any role yet: treat this ranking as a first look, and answer more questions to sharpen it."
	}
}

var _ = quiz.New
