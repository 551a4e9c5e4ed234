package sim

import (
	"fmt"
	"hash/fnv"
	"math/rand/v2"
	"runtime"
	"sync"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
)

// Policies compared on the same simulated students and the same answers.
const (
	Adaptive = "adaptive" // the engine: its own questions, its own stopping rule
	Random   = "random"   // questions in random order, as many as the adaptive run asked
	Full     = "full"     // every question: the ceiling
)

// Policies in the order reports list them.
var Policies = []string{Adaptive, Random, Full}

// Options of an evaluation.
type Options struct {
	Seed    uint64
	PerRole int         // simulated people per role and condition
	Config  quiz.Config // the engine's configuration
	// Conditions are the conditions to run, from Conditions; none means all.
	Conditions []string
}

// Report is the outcome of an evaluation; it marshals to the object `eval --json` prints.
type Report struct {
	Seed      uint64 `json:"seed"`
	PerRole   int    `json:"per_role"`
	Roles     int    `json:"roles"`
	Questions int    `json:"questions"`

	// Order is the names of the conditions run, in report order.
	Order []string `json:"condition_order"`
	// Conditions are the figures per condition, by name.
	Conditions map[string]*Condition `json:"conditions"`
	// Degenerate are the adaptive engine's results for each kind of degenerate answerer.
	Degenerate []Degenerate `json:"degenerate"`
	// Twins are the groups of roles that even every question of the bank cannot tell apart, by
	// role ID. Twin accuracy uses each ranking's own groups, from the questions it asked.
	Twins [][]string `json:"twins"`
	// Targets are the goals: on the realistic condition, or one per condition.
	Targets []Target `json:"targets"`
}

// Condition is the figures of every policy on one condition's students.
type Condition struct {
	About    string              `json:"about"`
	Policies map[string]*Metrics `json:"policies"`
	// Roles are the accuracies per true role, adaptive and full.
	Roles []RoleMetrics `json:"roles"`
}

// Metrics are the figures of one policy on one condition, over every run of every student.
// Shares are from 0 to 1; "right" is always against the role the student was drawn from.
type Metrics struct {
	Runs int `json:"runs"`
	// Top1: the top role is the true role. Top3: the first three contain it. Twin: the top role
	// is the true role or one of its near-identical twins.
	Top1 float64 `json:"top1"`
	Top3 float64 `json:"top3"`
	Twin float64 `json:"twin"`

	QuestionsMedian float64 `json:"questions_median"`
	QuestionsP90    float64 `json:"questions_p90"`
	QuestionsMax    int     `json:"questions_max"`
	QuestionsMean   float64 `json:"questions_mean"`

	// Elsewhere is the share of runs told that their answers point away from the catalogue's
	// careers (quiz.Session.Elsewhere): every student here is drawn from a role of the
	// catalogue, so each such run is a false alarm.
	Elsewhere float64 `json:"elsewhere"`

	// Stability: the same top role (StabilityTwin: the same twin group) when the same student
	// answers again with fresh answer noise.
	Stability     float64 `json:"stability_top1"`
	StabilityTwin float64 `json:"stability_twin"`

	// Calibration is the top role's shown figure against Top1; TwinCalibration the figure of
	// its twin group against Twin.
	Calibration     Calibration `json:"calibration"`
	TwinCalibration Calibration `json:"twin_calibration"`
	// Labels are, per confidence label shown (rk.Confidence), how often it was shown and how
	// often the top role was right then.
	Labels map[string]Label `json:"labels"`
}

// Label is how often a confidence label was shown and how often it was right.
type Label struct {
	Count int     `json:"count"`
	Share float64 `json:"share"`
	Right float64 `json:"right"`      // top role is the true role
	Twin  float64 `json:"twin_right"` // top role is the true role or its twin
}

// RoleMetrics are the accuracies for the students drawn from one role.
type RoleMetrics struct {
	Role     string   `json:"role"`
	Adaptive Accuracy `json:"adaptive"`
	Full     Accuracy `json:"full"`
}

// Accuracy is top-1, top-3 and twin-group accuracy.
type Accuracy struct {
	Top1 float64 `json:"top1"`
	Top3 float64 `json:"top3"`
	Twin float64 `json:"twin"`
}

// outcome is what one policy showed one student on one run.
type outcome struct {
	top, twin  bool // top role right; top role or its twin right
	top3       bool
	topRole    string
	topGroup   int      // the top role's twin group in this ranking, 0 for none
	twins      []string // the top role and its twins
	prob       float64
	groupProb  float64
	conf       scoring.Confidence
	cardsAgree bool // no card says more than the verdict
	anyHigh    bool // the verdict or some card says high
	elsewhere  bool // the session said the answers lead away from the catalogue's careers
	questions  int
}

// student is one simulated student's runs: per run, each policy's outcome.
type student struct {
	p    Person
	runs [2]map[string]outcome
}

// evaluator runs the policies.
type evaluator struct {
	opt  Options
	e    *quiz.Engine // adaptive
	full *quiz.Engine // never stops by itself: random and full
	m    *scoring.Model
	bank *bank
}

// fullConfig is cfg set to ask every one of n questions: the engine does not stop before.
func fullConfig(cfg quiz.Config, n int) quiz.Config {
	cfg.MinQuestions, cfg.MaxQuestions = n, n
	return cfg
}

// Evaluate simulates students on the catalogue under each condition and measures the three
// policies on them.
func Evaluate(cat *content.Catalogue, opt Options) (*Report, error) {
	if opt.PerRole <= 0 {
		opt.PerRole = 30
	}
	names := opt.Conditions
	if len(names) == 0 {
		names = Conditions
	}
	for _, c := range names {
		if _, ok := conditions[c]; !ok {
			return nil, fmt.Errorf("sim: unknown condition %q", c)
		}
	}
	e, err := quiz.NewEngine(cat, opt.Config)
	if err != nil {
		return nil, fmt.Errorf("sim: %w", err)
	}
	m := e.Model
	full, err := quiz.NewEngine(cat, fullConfig(opt.Config, m.NumQuestions()))
	if err != nil {
		return nil, fmt.Errorf("sim: %w", err)
	}
	ev := &evaluator{opt: opt, e: e, full: full, m: m}
	ev.bank = newBank(m, cat, ev.rng("items"))

	rep := &Report{Seed: opt.Seed, PerRole: opt.PerRole, Roles: m.NumRoles(), Questions: m.NumQuestions(),
		Order: names, Conditions: map[string]*Condition{}}
	perCond := m.NumRoles() * opt.PerRole
	all := make([]student, len(names)*perCond)
	parallel(len(all), func(i int) {
		name := names[i/perCond]
		all[i] = ev.student(name, conditions[name], (i%perCond)/opt.PerRole, i%perCond)
	})
	for ci, name := range names {
		people := all[ci*perCond : (ci+1)*perCond]
		c := &Condition{About: conditions[name].about, Policies: map[string]*Metrics{}}
		for _, pol := range Policies {
			c.Policies[pol] = metrics(pol, people)
		}
		c.Roles = ev.byRole(people)
		rep.Conditions[name] = c
	}
	rep.Degenerate = ev.degenerate()
	rep.Twins = ev.twins()
	rep.Targets = targets(rep)
	return rep, nil
}

func (ev *evaluator) rng(parts ...any) *rand.Rand {
	h := fnv.New64a()
	fmt.Fprint(h, parts...)
	return rand.New(rand.NewPCG(ev.opt.Seed, h.Sum64()))
}

// parallel runs f(i) for i in [0, n) on every CPU.
func parallel(n int, f func(i int)) {
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				f(i)
			}
		}()
	}
	for i := 0; i < n; i++ {
		next <- i
	}
	close(next)
	wg.Wait()
}

// student draws the i-th student of a condition around role r and runs every policy on them
// twice, with fresh answers each time.
func (ev *evaluator) student(name string, c condition, r, i int) student {
	p := drawPerson(ev.m, r, c, ev.rng(name, "person", i))
	st := student{p: p}
	truth := ev.m.Roles[r].ID
	for run := range st.runs {
		answers := ev.bank.answers(p, c, ev.rng(name, "answers", i, run))
		order := ev.rng(name, "order", i, run)
		adaptive := ev.drive(ev.e.New(), c, answers, ev.m.NumQuestions(), truth)
		random := ev.drive(ev.full.NewOrdered(func(u []int) int { return u[order.IntN(len(u))] }), c, answers, adaptive.questions, truth)
		full := ev.drive(ev.full.NewOrdered(func(u []int) int { return u[0] }), c, answers, ev.m.NumQuestions(), truth)
		st.runs[run] = map[string]outcome{Adaptive: adaptive, Random: random, Full: full}
	}
	return st
}

// drive answers the session's questions, at most limit of them, until it stops, and judges the
// ranking against the true role.
func (ev *evaluator) drive(s *quiz.Session, c condition, answers []int, limit int, truth string) outcome {
	if c.school {
		s.SetStage(quiz.StageSchool)
	}
	for n := 0; n < limit; n++ {
		q, ok := s.Current()
		if !ok {
			break
		}
		if err := s.Answer(q.ID, answers[s.Engine().QuestionIndex(q.ID)]); err != nil {
			panic(err) // the question is the engine's own and the answer on the scale
		}
	}
	o := summarise(s.Results(), truth, len(s.Asked()))
	o.elsewhere = len(s.Elsewhere()) > 0
	return o
}
