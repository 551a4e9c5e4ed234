package app

import (
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// The first question before the app has started.
//
// On a slow link the page's HTML arrives long before the WebAssembly. The server's copy of
// /quiz, and of /embed (the quiz in a careers page's frame), therefore carries its first
// question, where the student is now, as a form that
// web/boot.js handles without the app: a choice, Next, Skip, "Change my answer". The
// sentences it shows are rendered here, hidden, and boot.js only reveals them. boot.js keeps
// what the student did in window.careerquizEarly, and the quiz page takes it over when the app
// starts (takeEarly). Nothing is sent anywhere: every form is method="dialog".

// earlyGlobal is the window property boot.js keeps the early answer in.
const earlyGlobal = "careerquizEarly"

// early is what the student did on the first question before the app started.
type early struct {
	stage     quiz.Stage
	submitted bool // Next or Skip was pressed; otherwise a choice was only made
}

// takeEarly reads and forgets the early answer. ok is false when there is none, or when
// what is there is not an answer boot.js would write (a stage it does not know, say).
func takeEarly() (a early, ok bool) {
	if !app.IsClient {
		return early{}, false
	}
	w := app.Window()
	v := w.Get(earlyGlobal)
	if v.IsUndefined() {
		return early{}, false
	}
	w.Set(earlyGlobal, app.Undefined())
	if v.Type() != app.TypeObject {
		return early{}, false
	}
	code, submitted := v.Get("stage"), v.Get("submitted")
	if code.Type() != app.TypeString || submitted.Type() != app.TypeBoolean {
		return early{}, false
	}
	a.submitted = submitted.Bool()
	if code.String() == "" {
		// Skip: the stage stays unknown.
		return a, a.submitted
	}
	st, known := quiz.ParseStage(code.String())
	if !known || st == quiz.StageUnknown {
		return early{}, false
	}
	a.stage = st
	return a, true
}

// applyEarly hands the early answer to the session the page has just loaded. fresh is true
// when there was no saved session. It returns a notice for the student, and whether the
// session changed and must be saved.
//
// On a fresh session the answer is the student's first: a choice pre-selects it, Next or Skip
// moves on. On a saved session the student answered a question they had answered before: a
// chosen stage replaces the saved one (it never changes how well a role fits), and the quiz
// resumes where they left off, saying so; a Skip or a choice not confirmed changes nothing.
func (p *quizPage) applyEarly(a early, fresh bool) (notice string, save bool) {
	if fresh {
		p.session.SetStage(a.stage)
		if a.submitted {
			p.onStage = false
		}
		return "", a.submitted
	}
	if !a.submitted {
		return "", false
	}
	if a.stage != quiz.StageUnknown {
		p.session.SetStage(a.stage)
		save = true
	}
	return "Welcome back: this is where you left off, with your saved answers.", save
}

// earlyParts are the hidden parts of the server's first question that boot.js reveals: the
// prompt for Next without a choice (inside the form), and what shows once the answer is kept
// (after the form). They exist only in the server's copy of /quiz and /embed.
func (p *quizPage) earlyPrompt() app.UI {
	return app.If(p.early(), func() app.UI {
		return app.P().Class("message").Role("alert").DataSet("early", "prompt").Hidden(true).Text(choosePrompt)
	})
}

func (p *quizPage) earlyWait() app.UI {
	return app.If(p.early(), func() app.UI {
		return app.Div().Class("early-wait").DataSet("early", "wait").Hidden(true).Body(
			app.P().Role("status").TabIndex(-1).Text("Your answer is kept. Getting the next question ready…"),
			// boot.js copies go-app's loading label here, so the progress is where the student looks.
			app.P().Class("muted").DataSet("early", "progress"),
			// and shows this instead when go-app says the loading failed.
			app.P().Class("message").Role("alert").DataSet("early", "failed").Hidden(true).Text(
				"The quiz could not finish loading. Check your connection and reload the page."),
			app.Div().Class("actions").Body(
				app.Button().Type("button").Class("button").DataSet("early", "change").Text("Change my answer"),
			),
		)
	})
}

// earlyMark marks an element of the server's first question for boot.js: data-early=part.
func earlyMark[E interface{ DataSet(string, any) E }](p *quizPage, e E, part string) E {
	if !p.early() {
		return e
	}
	return e.DataSet("early", part)
}

// early reports whether this render is the server's copy of /quiz or /embed, the one boot.js
// makes answerable before the app starts.
func (p *quizPage) early() bool { return app.IsServer }

// choosePrompt asks for an answer when Next is pressed without one.
const choosePrompt = "Choose an answer, or press Skip to leave this question out."
