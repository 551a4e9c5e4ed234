package app

import (
	"fmt"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// scale are the words of the answer scale, from scoring.MinAnswer (strongly disagree) to
// scoring.MaxAnswer (strongly agree).
var scale = [scoring.Levels]string{"Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"}

// quizPage asks one question at a time. It owns the quiz session.
type quizPage struct {
	app.Compo

	session  *quiz.Session
	selected int // the answer chosen on the current question, 0 for none yet
	// onStage: the question about where the student is now is shown. It comes first, before
	// any agree-scale question, and again after Back from the first of them.
	onStage bool
	stage   quiz.Stage // the stage chosen on that question, StageUnknown for none yet
	err     string
	notice  string
	message string // a prompt for the student, such as "choose an answer"
	bar     progressBar
	fill    int // the progress bar's value, of barMax

	// earlyChoice: the student chose a stage before the app started and has not confirmed it;
	// focus goes to that choice rather than the heading.
	earlyChoice bool

	// mounted is the page's own context: work deferred on it runs after an update even when
	// the element that fired the event (the Next button) is gone from the page.
	mounted app.Context

	// Set by the frame's page (embed.go); zero for the app's own /quiz.
	layout func(content ...app.UI) app.UI // wraps the page's content; nil: the site's page
	finish func() app.UI                  // ends the skills step; nil: a link to /results
	subset *quiz.Engine                   // the engine for the roles a host limited the quiz to; nil: all
}

// wrap lays out the page's content: in the site's page, or the frame's layout.
func (p *quizPage) wrap(content ...app.UI) app.UI {
	if p.layout != nil {
		return p.layout(content...)
	}
	return page(content...)
}

func (p *quizPage) OnMount(ctx app.Context) { p.mounted = ctx }

func (p *quizPage) OnNav(ctx app.Context) {
	e, err := engine()
	if err != nil {
		p.err = "The quiz's questions could not be loaded."
		return
	}
	if p.subset != nil {
		e = p.subset
	}
	s, notice := loadProgress(ctx, e)
	fresh := s == nil
	if fresh {
		s = e.New()
	}
	p.session, p.notice = s, notice
	// A new quiz, or one left on the stage question: the stage question comes first.
	p.onStage = len(s.Asked()) == 0 && s.Stage() == quiz.StageUnknown && !s.Done()
	if a, ok := takeEarly(); ok {
		n, save := p.applyEarly(a, fresh)
		if n != "" && p.notice == "" {
			p.notice = n
		}
		if save {
			saveProgress(ctx, p.session)
		}
		p.earlyChoice = p.onStage && p.session.Stage() != quiz.StageUnknown
	}
	p.show(ctx)
}

// show prepares the current question: its saved answer is pre-selected, the title names it,
// and focus moves to its heading.
func (p *quizPage) show(ctx app.Context) {
	if p.onStage {
		p.stage = p.session.Stage()
		ctx.Page().SetTitle("About you: %s", Name)
		if p.earlyChoice {
			p.earlyChoice = false
			p.focus(ctx, "stage-"+p.stage.String())
			return
		}
		p.focusHeading(ctx)
		return
	}
	q, ok := p.session.Current()
	if !ok {
		ctx.Page().SetTitle("Skills you have: %s", Name)
		p.focusHeading(ctx)
		return
	}
	p.selected, _ = p.session.AnswerOf(q.ID)
	done, total := p.session.Progress()
	p.fill = p.bar.show(done, total)
	ctx.Page().SetTitle("Question %d: %s", done+1, Name)
	p.focusHeading(ctx)
}

// focusHeading moves the keyboard focus to the page's heading once it is rendered, so a
// screen reader announces the new question.
func (p *quizPage) focusHeading(ctx app.Context) { p.focus(ctx, "question-heading") }

// focus moves the keyboard focus to the element with the id once the page is rendered.
func (p *quizPage) focus(ctx app.Context, id string) {
	if p.mounted.Context != nil {
		ctx = p.mounted
	}
	ctx.Defer(func(ctx app.Context) {
		if h := app.Window().GetElementByID(id); h.Truthy() {
			h.Call("focus")
		}
	})
}

func (p *quizPage) Render() app.UI {
	if p.err != "" {
		return problem("Something went wrong", p.err)
	}
	if p.session == nil {
		return p.wrap(app.P().Text("Loading the quiz…"))
	}
	if p.onStage {
		return p.renderStage()
	}
	q, ok := p.session.Current()
	if !ok {
		return p.wrap(
			app.H1().ID("question-heading").TabIndex(-1).Text("Skills you already have"),
			&skillsStep{Have: p.session.Skills(), Names: p.session.Engine().SkillNames(),
				Suggest: p.session.SuggestSkills, OnAdd: p.addSkill, OnRemove: p.removeSkill},
			app.Div().Class("actions").Body(
				p.finishAction(),
				app.Button().Type("button").Class("button").Text("Back").OnClick(p.back),
			),
		)
	}
	done, _ := p.session.Progress()
	fewest, most := p.length()
	return p.wrap(
		app.If(p.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(p.notice)
		}),
		app.H1().ID("question-heading").TabIndex(-1).Text(fmt.Sprintf("Question %d", done+1)),
		app.P().Class("progress").Body(
			app.Progress().Max(barMax).Value(p.fill).Aria("label", "Progress"),
			app.Text(" "+progressText(done, fewest, most)),
		),
		localForm().Class("question").OnSubmit(p.next).Body(
			p.renderQuestion(q),
			app.If(p.message != "", func() app.UI {
				return app.P().Class("message").Role("alert").Text(p.message)
			}),
			app.Div().Class("controls").Body(
				app.Button().Type("button").Class("button").Text("Back").OnClick(p.back),
				app.Button().Type("button").Class("button").Text("Skip").OnClick(p.skip),
				app.Button().Type("submit").Class("button primary").Text("Next"),
			),
		),
	)
}

// finishAction ends the skills step: a link to the results page, or the frame's own.
func (p *quizPage) finishAction() app.UI {
	if p.finish != nil {
		return p.finish()
	}
	return app.A().Class("button primary").Href(Path("/results")).Text("See my results")
}

// length is the fewest and the most questions a quiz usually has.
func (p *quizPage) length() (fewest, most int) {
	cfg := p.session.Engine().Config
	n := len(p.session.Engine().Catalogue.Questions)
	return min(cfg.MinQuestions, n), min(cfg.MaxQuestions, n)
}

func (p *quizPage) renderQuestion(q content.Question) app.UI {
	options := make([]app.UI, len(scale))
	for i, label := range scale {
		v := i + scoring.MinAnswer
		id := fmt.Sprintf("answer-%d", v)
		options[i] = app.Div().Class("option").Body(
			app.Input().Type("radio").ID(id).Name("answer").Value(v).
				Checked(p.selected == v).OnChange(func(ctx app.Context, e app.Event) {
				p.selected = v
				p.message = ""
			}),
			app.Label().For(id).Text(label),
		)
	}
	return app.FieldSet().Body(
		app.Legend().Text(q.Text),
		app.Div().Class("options").Body(options...),
	)
}

func (p *quizPage) next(ctx app.Context, e app.Event) {
	e.PreventDefault()
	q, ok := p.session.Current()
	if !ok {
		return
	}
	if p.selected == 0 {
		p.message = choosePrompt
		return
	}
	if err := p.session.Answer(q.ID, p.selected); err != nil {
		p.message = "That answer could not be saved. Please choose again."
		return
	}
	p.advance(ctx)
}

func (p *quizPage) skip(ctx app.Context, e app.Event) {
	q, ok := p.session.Current()
	if !ok {
		return
	}
	if err := p.session.Skip(q.ID); err != nil {
		return
	}
	p.advance(ctx)
}

func (p *quizPage) back(ctx app.Context, e app.Event) {
	if p.session.Back() {
		p.message, p.notice = "", ""
		saveProgress(ctx, p.session)
		p.show(ctx)
		return
	}
	if done, _ := p.session.Progress(); done == 0 {
		// Back from the first question is the question about where the student is now.
		p.message, p.notice = "", ""
		p.onStage = true
		p.show(ctx)
	}
}

// renderStage is the question about where the student is now: its own multiple-choice
// question before the agree-scale ones, skippable like them.
func (p *quizPage) renderStage() app.UI {
	options := make([]app.UI, len(quiz.Stages))
	for i, st := range quiz.Stages {
		st := st
		id := "stage-" + st.String()
		options[i] = app.Div().Class("option").Body(
			app.Input().Type("radio").ID(id).Name("stage").Value(st.String()).
				Checked(p.stage == st).OnChange(func(ctx app.Context, e app.Event) {
				p.stage = st
				p.message = ""
			}),
			app.Label().For(id).Text(stageLabel(st)),
		)
	}
	return p.wrap(
		app.If(p.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(p.notice)
		}),
		app.H1().ID("question-heading").TabIndex(-1).Text("About you"),
		earlyMark(p, localForm().Class("question").OnSubmit(p.nextStage), "stage").Body(
			app.FieldSet().Aria("describedby", "stage-hint").Body(
				app.Legend().Text(stageQuestion),
				app.P().Class("muted hint").ID("stage-hint").Text("Your answer decides the way into each career "+
					"that the results show you. It does not change how well a career fits you."),
				app.Div().Class("options").Body(options...),
			),
			app.If(p.message != "", func() app.UI {
				return app.P().Class("message").Role("alert").Text(p.message)
			}),
			p.earlyPrompt(),
			app.Div().Class("controls").Body(
				app.Button().Type("button").Class("button").Text("Back").Disabled(true),
				earlyMark(p, app.Button().Type("button").Class("button").Text("Skip").OnClick(p.skipStage), "skip"),
				app.Button().Type("submit").Class("button primary").Text("Next"),
			),
		),
		p.earlyWait(),
	)
}

func (p *quizPage) nextStage(ctx app.Context, e app.Event) {
	e.PreventDefault()
	if p.stage == quiz.StageUnknown {
		p.message = choosePrompt
		return
	}
	p.session.SetStage(p.stage)
	p.onStage = false
	p.advance(ctx)
}

func (p *quizPage) skipStage(ctx app.Context, e app.Event) {
	p.session.SetStage(quiz.StageUnknown)
	p.onStage = false
	p.advance(ctx)
}

// advance saves the session and shows the next question, or the skills step when the quiz
// stops.
func (p *quizPage) advance(ctx app.Context) {
	p.message, p.notice = "", ""
	saveProgress(ctx, p.session)
	p.show(ctx)
}

// addSkill adds a skill the student typed on the skills step and saves the session when it
// was added.
func (p *quizPage) addSkill(ctx app.Context, text string) quiz.SkillMatch {
	m := p.session.AddSkill(text)
	if m.Note == quiz.NoteAdded {
		saveProgress(ctx, p.session)
	}
	return m
}

// removeSkill removes a skill from the student's list and saves the session.
func (p *quizPage) removeSkill(ctx app.Context, name string) {
	p.session.RemoveSkill(name)
	saveProgress(ctx, p.session)
}
