package app

import (
	"fmt"
	"strconv"

	"github.com/careerquiz/careerquiz/scoring"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// renderAnswers lists every answer given, each changeable in place.
func (p *resultsPage) renderAnswers() app.UI {
	asked := p.session.Asked()
	items := make([]app.UI, len(asked))
	for i, q := range asked {
		q := q
		v, _ := p.session.AnswerOf(q.ID)
		id := "change-" + q.ID
		opts := []app.UI{app.Option().Value("0").Selected(v == 0).Text("Skipped")}
		for j, label := range scale {
			a := j + scoring.MinAnswer
			opts = append(opts, app.Option().Value(strconv.Itoa(a)).Selected(v == a).Text(label))
		}
		items[i] = app.Li().Body(
			app.Label().For(id).Text(q.Text),
			app.Select().ID(id).Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
				n, _ := strconv.Atoi(ctx.JSSrc().Get("value").String()) // "0" (skipped) to "5"
				if n == 0 {
					p.session.Skip(q.ID)
				} else {
					p.session.Answer(q.ID, n)
				}
				saveProgress(ctx, p.session)
				p.ranking = p.session.Results()
			}),
		)
	}
	return app.Section().Class("answers").Aria("labelledby", "answers-heading").Body(
		app.H2().ID("answers-heading").Text("Your answers"),
		app.P().Text("Change any answer and the ranking above updates at once. Where you are now changes "+
			"only the way in shown for each role."),
		p.renderStageAnswer(),
		// The list is long (every question asked), so it waits behind a disclosure and the
		// results stay short on a phone.
		app.Details().Class("answers-all").ID("answers-all").Body(
			app.Summary().Text(fmt.Sprintf("Change an answer (%d)", len(items))),
			app.Ol().Class("answer-list").Body(items...),
		),
	)
}

// renderStageAnswer is the answer to the stage question, changeable in place; it changes the
// way in shown on each card, never the ranking.
func (p *resultsPage) renderStageAnswer() app.UI {
	current := p.session.Stage()
	opts := []app.UI{app.Option().Value("").Selected(current == quiz.StageUnknown).Text(stageLabel(quiz.StageUnknown))}
	for _, st := range quiz.Stages {
		opts = append(opts, app.Option().Value(st.String()).Selected(current == st).Text(stageLabel(st)))
	}
	return app.Div().Class("stage-answer").Body(
		app.Label().For("change-stage").Text(stageQuestion),
		app.Select().ID("change-stage").Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
			st, _ := quiz.ParseStage(ctx.JSSrc().Get("value").String())
			p.session.SetStage(st)
			saveProgress(ctx, p.session)
		}),
	)
}
