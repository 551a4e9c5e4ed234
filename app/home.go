package app

import (
	"fmt"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// home is the landing page: what the quiz is, that answers stay on the device, and the way in.
type home struct {
	app.Compo

	resumable bool
	notice    string

	cat                  *content.Catalogue
	least, typical, most int
	example              scoring.Result
	exampleLevel         scoring.Confidence
	hasExample           bool
}

func (h *home) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("%s: find careers that fit you", Name)
	e, err := engine()
	if err != nil {
		return
	}
	h.cat = e.Catalogue
	h.least, h.typical, h.most = e.Length()
	h.example, h.exampleLevel, h.hasExample = exampleResult(e)
	s, notice := loadProgress(ctx, e)
	h.resumable = s != nil && (len(s.Asked()) > 0 || s.Stage() != quiz.StageUnknown)
	h.notice = notice
}

func (h *home) Render() app.UI {
	return page(
		app.H1().Text("Which careers in AI, data and engineering fit you?"),
		app.P().Class("lead").Text("Answer a few short questions about what you enjoy and what you can do. "+
			"The quiz picks each next question to learn the most about you, and stops as soon as more "+
			"questions would not change the answer."),
		app.If(h.typical > 0, func() app.UI {
			return app.P().Class("length").Text(fmt.Sprintf("About %d minutes, %d–%d questions.",
				quizMinutes(h.typical), h.least, h.most))
		}),
		app.If(h.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(h.notice)
		}),
		app.If(h.resumable, func() app.UI {
			return app.Div().Class("actions").Body(
				app.A().Class("button primary").Href(Path("/quiz")).Text("Resume the quiz"),
				&confirm{ID: "start-over", Label: "Start over", Yes: "Yes, delete and start over",
					Question: "Start over? This deletes your answers and skills on this device.", OnYes: h.startOver},
			)
		}).Else(func() app.UI {
			return app.Div().Class("actions").Body(
				app.A().Class("button primary").Href(Path("/quiz")).Text("Start the quiz"),
			)
		}),
		app.If(h.hasExample, func() app.UI {
			return app.Section().Class("example").Aria("labelledby", "example-heading").Body(
				app.H2().ID("example-heading").Text("What a result looks like"),
				app.P().Class("muted").Text("An example: the top result of a student at school whose answers are "+
					"those of a typical person in this role. Yours lists your three best directions like this, "+
					"with a picture of your interests."),
				app.Ol().Class("results example").Body(
					&summaryCard{Catalogue: h.cat, Result: h.example, Level: h.exampleLevel, Stage: quiz.StageSchool, Voice: theirs},
				),
			)
		}),
		app.H2().Text("Private by design"),
		app.P().Text("The quiz runs entirely in your browser. Your answers are never sent to a server: "+
			"they are kept on this device so you can come back later, and you can clear them at any time."),
	)
}

func (h *home) startOver(ctx app.Context) {
	clearProgress(ctx)
	ctx.Navigate(Path("/quiz"))
}
