// take puts the quiz to someone outside the app: a person at a terminal, or another program
// speaking JSON lines (a simulator of one's own, or answers collected from real students), so
// that anyone can check what the engine concludes from a given set of answers.

package cmd

import (
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
)

const takeUsage = `usage: take [--json] [--all] [--roles DIR]

Takes the quiz: first where you are now, then the agree-scale questions, then the roles that
fit best. --json speaks JSON lines on standard input and output instead of asking a person
(see README.md). --all asks every question. --roles DIR takes the quiz on the catalogue in DIR
(questions.md and roles/*.md, or only role documents) as check reads it.
The exit status is 1 when the input ends before the results, 2 when the command is misused.
`

// scale are the words of the answer scale, from scoring.MinAnswer up; they match app's.
var scale = [scoring.Levels]string{"Strongly disagree", "Disagree", "Not sure", "Agree", "Strongly agree"}

// stageQuestion is where the student is now; answer K is quiz.Stages[K-1].
var stageQuestion = prompt{ID: "stage", Text: "Where are you now?", Options: []string{
	"At school", "At university or college", "Working, for less than three years", "Working, for three years or more"}}

// Stop codes besides the engine's own (quiz.StopReason): the person quit, or the session asked
// more questions than the catalogue has and was cut short.
const (
	stopQuit  = "quit"
	stopLimit = "limit"
)

// errEnd is the input ending before the results.
var errEnd = errors.New("the input ended before the results")

// take is the take subcommand: take [--json] [--all] [--roles DIR], with the arguments after
// "take". It returns the exit status: 0 with the results written, 1 when the input ends first
// or the catalogue cannot be read, 2 for a usage problem.
func take(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("take", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.Usage = func() {}
	asJSON := fs.Bool("json", false, "speak JSON lines on standard input and output")
	all := fs.Bool("all", false, "ask every question")
	roles := fs.String("roles", "", "folder of role documents to take the quiz on")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, takeUsage)
			return 0
		}
		fmt.Fprint(stderr, takeUsage)
		return 2
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "take: unexpected argument %s\n%s", fs.Arg(0), takeUsage)
		return 2
	}
	cat, err := loadCatalogue(*roles)
	if err == nil {
		var s *quiz.Session
		if s, err = session(cat, *all); err == nil {
			return interviewWith(s, cat, *asJSON, stdin, stdout, stderr)
		}
	}
	fmt.Fprintf(stderr, "take: %v\n", err)
	return 1
}

// interviewWith puts the session's questions to a person at a terminal, or as JSON lines, and
// writes the results.
func interviewWith(s *quiz.Session, cat *content.Catalogue, asJSON bool, stdin io.Reader, stdout, stderr io.Writer) int {
	var a answerer = newTerminal(stdin, stdout)
	if asJSON {
		a = newJSONLines(stdin, stdout)
	}
	rep, err := interview(s, len(cat.Questions)+5, a)
	if err == nil {
		err = a.results(rep)
	}
	if err != nil {
		fmt.Fprintf(stderr, "take: %v\n", err)
		return 1
	}
	return 0
}

// session starts the quiz: the default one, or with all every question.
func session(cat *content.Catalogue, all bool) (*quiz.Session, error) {
	cfg := quiz.DefaultConfig
	if all {
		cfg.MinQuestions = len(cat.Questions)
		cfg.MaxQuestions = len(cat.Questions)
	}
	e, err := quiz.NewEngine(cat, cfg)
	if err != nil {
		return nil, err
	}
	return e.New(), nil
}

// prompt is one question put to the answerer.
type prompt struct {
	ID      string
	Text    string
	Options []string
	// Number counts the agree-scale questions from 1; 0 for the stage question.
	Number int
}

// reply is the answerer's reply to a prompt: an option from 1 to len(Options), a skip, or
// (at a terminal) quitting.
type reply struct {
	Value      int
	Skip, Quit bool
}

// answerer is a way of putting questions to someone.
type answerer interface {
	// ask puts the question and returns a valid reply, asking again on bad input itself;
	// errEnd when the input ends.
	ask(p prompt) (reply, error)
	// results shows the results.
	results(rep report) error
}

// report is what the quiz concluded, as the JSON protocol writes it.
type report struct {
	Confidence scoring.Confidence `json:"confidence"`
	Roles      []role             `json:"roles"`
	Stage      quiz.Stage         `json:"stage"`
	Answered   int                `json:"answered"`
	Stop       string             `json:"stop"`
}

// role is one role of a report; Fit is scoring.Result.Probability.
type role struct {
	ID         string             `json:"id"`
	Title      string             `json:"title"`
	Fit        float64            `json:"fit"`
	Percent    int                `json:"-"`
	Confidence scoring.Confidence `json:"confidence"`
}

func newReport(s *quiz.Session, stop string) report {
	rk := s.Results()
	rep := report{Confidence: rk.Confidence, Roles: []role{}, Stage: s.Stage(), Answered: s.Answered(), Stop: stop}
	for _, r := range rk.Results {
		rep.Roles = append(rep.Roles, role{ID: r.RoleID, Title: r.Title, Fit: r.Probability, Percent: r.Fit, Confidence: r.Confidence})
	}
	return rep
}

// interview asks the stage question, then the engine's questions until the quiz stops (or
// limit questions were asked), and returns the results.
func interview(s *quiz.Session, limit int, a answerer) (report, error) {
	r, err := a.ask(stageQuestion)
	switch {
	case err != nil:
		return report{}, err
	case r.Quit:
		return newReport(s, stopQuit), nil
	case !r.Skip:
		s.SetStage(quiz.Stages[r.Value-1])
	}
	for n := 1; ; n++ {
		q, ok := s.Current()
		if !ok {
			return newReport(s, s.StopReason().String()), nil
		}
		if n > limit {
			return newReport(s, stopLimit), nil
		}
		r, err := a.ask(prompt{ID: q.ID, Text: q.Text, Options: scale[:], Number: n})
		switch {
		case err != nil:
			return report{}, err
		case r.Quit:
			return newReport(s, stopQuit), nil
		case r.Skip:
			err = s.Skip(q.ID)
		default:
			err = s.Answer(q.ID, r.Value)
		}
		if err != nil {
			return report{}, err
		}
	}
}
