package app

import (
	"math"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
)

// secondsPerAnswer is how long a student takes over one question, for the home page's "about
// N minutes"; the stage question and the skills step take about a minute together.
const (
	secondsPerAnswer = 12
	secondsAround    = 60
)

// quizMinutes is how many minutes the quiz usually takes, from the engine's typical length.
func quizMinutes(typical int) int {
	return int(math.Ceil(float64(typical*secondsPerAnswer+secondsAround) / 60))
}

// exampleAnswer is one answer of the home page's example student, in the order it was asked.
type exampleAnswer struct {
	ID    string
	Value int
}

// exampleRun is the example student's quiz: the role they answer as, and their answers.
type exampleRun struct {
	Role    string
	Answers []exampleAnswer
}

// exampleRole is the catalogue's first entry role, the one the example student answers as;
// nil when there is none.
func exampleRole(c *content.Catalogue) *content.Role {
	for _, x := range c.Roles {
		if x.Stage == content.StageEntry {
			return x
		}
	}
	return nil
}

// runExample takes the quiz as the example student: at school, answering every question the
// quiz asks as a typical person in role would (the answer model's prediction, rounded), until
// the quiz stops. Every step chooses the next question as the quiz does, which is why it is run
// when the app is built (example_gen.go) rather than on every start of the home page.
func runExample(e *quiz.Engine, role *content.Role) (exampleRun, *quiz.Session) {
	run := exampleRun{Role: role.ID}
	s, m := e.New(), e.Model
	ri := m.RoleIndex(role.ID)
	s.SetStage(quiz.StageSchool)
	for range 40 {
		q, more := s.Current()
		if !more || ri < 0 {
			break
		}
		v := min(max(int(math.Round(m.Predicted(e.QuestionIndex(q.ID), ri))), scoring.MinAnswer), scoring.MaxAnswer)
		if s.Answer(q.ID, v) != nil {
			break
		}
		run.Answers = append(run.Answers, exampleAnswer{q.ID, v})
	}
	return run, s
}

//go:generate go run -tags examplegen ./internal/examplegen

// exampleResult is a real result of the engine for the home page: the top result of the
// example student (runExample). ok is false when the catalogue has no entry role.
//
// The answers come from the run made when the app was built (exampleBuilt, example_gen.go),
// replayed without choosing a question at each step: the same result at a small part of the
// cost (choosing took about 190 ms of the home page's start in the browser). A run that does
// not fit this catalogue (another role, a question it does not have) is made afresh.
func exampleResult(e *quiz.Engine) (r scoring.Result, level scoring.Confidence, ok bool) {
	role := exampleRole(e.Catalogue)
	if role == nil {
		return r, level, false
	}
	rk, fits := replayExample(e, exampleBuilt, role)
	if !fits {
		_, s := runExample(e, role)
		rk = s.Results()
	}
	if len(rk.Results) == 0 {
		return r, level, false
	}
	return rk.Results[0], cardLevel(rk, rk.Results[0]), true
}

// replayExample gives run's answers to a new session and returns its results. fits is false
// when run is not for role, or holds an answer the engine refuses.
func replayExample(e *quiz.Engine, run exampleRun, role *content.Role) (rk scoring.Ranking, fits bool) {
	if run.Role != role.ID || len(run.Answers) == 0 {
		return rk, false
	}
	s := e.New()
	s.SetStage(quiz.StageSchool)
	for _, a := range run.Answers {
		if s.Answer(a.ID, a.Value) != nil {
			return rk, false
		}
	}
	return s.Results(), true
}
