package quiz

import (
	"errors"
	"fmt"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
)

// Errors of Answer and Skip.
var (
	ErrUnknownQuestion = errors.New("quiz: unknown question")
	ErrBadAnswer       = fmt.Errorf("quiz: answer must be from %d to %d", scoring.MinAnswer, scoring.MaxAnswer)
)

// Session is one student's run through the quiz. It keeps every answer (so going back,
// changing and skipping lose nothing), the posterior over roles, and the student's skills.
// A Session is not safe for concurrent use.
type Session struct {
	e       *Engine
	asked   []int  // question indices in the order shown (answered or skipped)
	answers []int8 // per question: 0 none, 1..5
	pos     int    // index into asked of the question shown; len(asked) means a new question
	until   int    // More: the quiz does not stop before this many questions are shown
	skills  []string
	stage   Stage

	order func(unasked []int) int // nil: by information gain

	belief *scoring.Belief
	next   int // the chosen new question, -1 when the quiz stopped; valid when nextOK
	nextOK bool
	reason StopReason
	gains  []float64
}

// New starts a session.
func (e *Engine) New() *Session {
	return &Session{e: e, answers: make([]int8, len(e.Catalogue.Questions)), belief: e.Model.NewBelief()}
}

// NewOrdered starts a session whose questions come in the order the function gives instead of
// by information gain: it returns one of the questions not shown yet (indices into the
// catalogue's questions, in increasing order). The stopping rule is the same. Package sim uses
// it to compare policies.
func (e *Engine) NewOrdered(order func(unasked []int) int) *Session {
	s := e.New()
	s.order = order
	return s
}

// Engine is the engine the session runs on.
func (s *Session) Engine() *Engine { return s.e }

// Current is the question to show now: an earlier one after Back, else the next one the engine
// chooses. It is false when the quiz has stopped and the results are ready.
func (s *Session) Current() (content.Question, bool) {
	if s.pos < len(s.asked) {
		return s.e.Catalogue.Questions[s.asked[s.pos]], true
	}
	q := s.choose()
	if q < 0 {
		return content.Question{}, false
	}
	return s.e.Catalogue.Questions[q], true
}

// Answer records an answer from 1 (strongly disagree) to 5 (strongly agree). Answering the
// current question moves on; answering an earlier question changes its answer; answering a
// question not shown yet records it as shown now.
func (s *Session) Answer(questionID string, value int) error {
	if !scoring.Valid(value) {
		return fmt.Errorf("%w: %d", ErrBadAnswer, value)
	}
	return s.record(questionID, int8(value))
}

// Skip passes over a question: it is kept in the list of questions shown, with no answer, and
// counts as no evidence. Skipping an answered question takes its answer back.
func (s *Session) Skip(questionID string) error { return s.record(questionID, 0) }

func (s *Session) record(id string, v int8) error {
	q := s.e.QuestionIndex(id)
	if q < 0 {
		return fmt.Errorf("%w: %q", ErrUnknownQuestion, id)
	}
	at := s.indexOf(q)
	if at < 0 {
		s.asked = append(s.asked, q)
		at = len(s.asked) - 1
		if s.pos == at {
			s.pos++
		}
	} else if at == s.pos {
		s.pos++
	}
	s.set(q, v)
	return nil
}

func (s *Session) set(q int, v int8) {
	old := s.answers[q]
	if old == v {
		s.invalidate()
		return
	}
	s.answers[q] = v
	if old == 0 && s.indexOf(q) == len(s.asked)-1 {
		_ = s.belief.Add(q, int(v)) // the question is the engine's, new to the belief, and v on the scale
	} else {
		s.rebuild() // the answer model reads answers in the order they were shown
	}
	s.invalidate()
}

func (s *Session) invalidate() { s.nextOK = false }

// rebuild computes the belief afresh from the answers, in the order the questions were shown.
func (s *Session) rebuild() {
	s.belief.Reset()
	for _, a := range s.Answers() {
		_ = s.belief.Add(a.Question, a.Value) // each question once, on the scale
	}
}

func (s *Session) indexOf(q int) int {
	for i, a := range s.asked {
		if a == q {
			return i
		}
	}
	return -1
}

// Back steps back to the previous question shown; its answer is kept and AnswerOf returns it.
// It is false at the first question.
func (s *Session) Back() bool {
	if s.pos == 0 {
		return false
	}
	s.pos--
	return true
}

// Forward steps to the next question shown before, after Back, without changing its answer. It
// is false when there is no such question.
func (s *Session) Forward() bool {
	if s.pos >= len(s.asked) {
		return false
	}
	s.pos++
	return true
}

// AnswerOf is the saved answer to a question, if any.
func (s *Session) AnswerOf(questionID string) (int, bool) {
	q := s.e.QuestionIndex(questionID)
	if q < 0 || s.answers[q] == 0 {
		return 0, false
	}
	return int(s.answers[q]), true
}

// Skipped reports whether a question was shown and skipped.
func (s *Session) Skipped(questionID string) bool {
	q := s.e.QuestionIndex(questionID)
	return q >= 0 && s.answers[q] == 0 && s.indexOf(q) >= 0
}

// Asked are the questions shown so far, answered or skipped, in order.
func (s *Session) Asked() []content.Question {
	out := make([]content.Question, len(s.asked))
	for i, q := range s.asked {
		out[i] = s.e.Catalogue.Questions[q]
	}
	return out
}

// Answered is the number of questions answered (not skipped).
func (s *Session) Answered() int {
	n := 0
	for _, q := range s.asked {
		if s.answers[q] != 0 {
			n++
		}
	}
	return n
}

// Done reports whether the quiz has stopped: the current question is past the last one shown
// and the stopping rule has fired.
func (s *Session) Done() bool {
	_, ok := s.Current()
	return !ok
}

// More asks for more questions after the stopping rule fired (or before): the quiz goes on for
// at least Config.MoreStep more questions, while any is left.
func (s *Session) More() {
	s.until = len(s.asked) + s.e.Config.MoreStep
	s.pos = len(s.asked)
	s.invalidate()
}

// Progress is for "Question n of about m": done is the number of questions before the current
// one, estimatedTotal the expected length of the quiz, at least done+1 until it stops.
func (s *Session) Progress() (done, estimatedTotal int) {
	done = s.pos
	if s.Done() {
		return done, len(s.asked)
	}
	cfg := s.e.Config
	_, typical, _ := s.e.Length()
	total := max(typical, len(s.asked)+1, s.until)
	total = min(total, max(cfg.MaxQuestions, s.until), len(s.e.Catalogue.Questions))
	return done, max(total, done+1)
}

// Answers are the answers given, in the order the questions were shown, as scoring sees them.
func (s *Session) Answers() []scoring.Answer {
	var out []scoring.Answer
	for _, q := range s.asked {
		if s.answers[q] != 0 {
			out = append(out, scoring.Answer{Question: q, Value: int(s.answers[q])})
		}
	}
	return out
}

// Results ranks the roles on the answers given so far, with the student's skills.
func (s *Session) Results() scoring.Ranking {
	return s.e.Model.Rank(s.Answers(), s.skillNames(), s.e.Config.Thresholds)
}

// Posterior is the probability of each role (in catalogue order) given the answers so far.
func (s *Session) Posterior() []float64 {
	return append([]float64(nil), s.belief.Posterior()...)
}
