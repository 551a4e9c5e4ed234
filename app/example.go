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

// exampleResult is a real result of the engine for the home page: the top result of a student
// at school who answers every question the quiz asks as a typical person in the catalogue's
// first entry role would. ok is false when the catalogue has no such role.
func exampleResult(e *quiz.Engine) (r scoring.Result, level scoring.Confidence, ok bool) {
	var role *content.Role
	for _, x := range e.Catalogue.Roles {
		if x.Stage == content.StageEntry {
			role = x
			break
		}
	}
	if role == nil {
		return r, level, false
	}
	s, m := e.New(), e.Model
	ri := m.RoleIndex(role.ID)
	s.SetStage(quiz.StageSchool)
	for range 40 {
		q, more := s.Current()
		if !more || ri < 0 {
			break
		}
		v := int(math.Round(m.Predicted(s.Engine().QuestionIndex(q.ID), ri)))
		if s.Answer(q.ID, min(max(v, scoring.MinAnswer), scoring.MaxAnswer)) != nil {
			break
		}
	}
	rk := s.Results()
	if len(rk.Results) == 0 {
		return r, level, false
	}
	return rk.Results[0], cardLevel(rk, rk.Results[0]), true
}
