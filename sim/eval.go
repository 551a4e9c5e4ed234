package sim

import (
	"fmt"
	"hash/fnv"
	"math"
	"math/rand/v2"
	"runtime"
	"slices"
	"sort"
	"sync"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
)

// Policies compared on the same simulated people.
const (
	Adaptive = "adaptive" // the engine: next question by information gain
	Random   = "random"   // questions in random order, the same stopping rule
	Full     = "full"     // every question
)

// Policies in the order reports list them.
var Policies = []string{Adaptive, Random, Full}

// Options of an evaluation.
type Options struct {
	Seed    uint64
	PerRole int         // simulated people per role and generator
	Config  quiz.Config // the engine's configuration
}

// Report is the outcome of an evaluation; it marshals to the object `eval --json` prints.
type Report struct {
	Seed      uint64 `json:"seed"`
	PerRole   int    `json:"per_role"`
	Roles     int    `json:"roles"`
	Questions int    `json:"questions"`

	Adaptive   Metrics            `json:"adaptive"`
	Random     Metrics            `json:"random"`
	Full       Metrics            `json:"full"`
	Mismatched map[string]Metrics `json:"mismatched"`

	// CalibrationPooled is the calibration error of each policy over the students of both
	// generators together: the matched ones find the figure modest, the mismatched ones
	// generous.
	CalibrationPooled map[string]float64 `json:"calibration_error_pooled"`

	// EqualLength compares the adaptive order with a random one after the same number of
	// answers (matched generator, no stopping): agreement with the full questionnaire's top.
	EqualLength []EqualLength `json:"equal_length"`
	// Groups are the catalogue's groups of near-identical roles.
	Groups []Group `json:"groups"`
	// Targets are the goals for the adaptive policy on the matched generator.
	Targets []Target `json:"targets"`
}

// Metrics are the figures of one policy on one generator. Shares are from 0 to 1.
type Metrics struct {
	QuestionsMedian float64 `json:"questions_median"`
	QuestionsP90    float64 `json:"questions_p90"`
	QuestionsMax    int     `json:"questions_max"`
	QuestionsMean   float64 `json:"questions_mean"`
	// AgreementTop1: the top role equals the full questionnaire's top role for that person.
	AgreementTop1        float64 `json:"agreement_top1"`
	Top3ContainsFullTop1 float64 `json:"top3_contains_full_top1"`
	// AccuracyTop1: the top role is the role the person was drawn around.
	AccuracyTop1 float64 `json:"accuracy_top1"`
	// StabilityTop1: the same top role when the same person answers again with fresh noise.
	StabilityTop1 float64 `json:"stability_top1"`
	// CalibrationError is the expected calibration error of the top role's shown figure
	// (Probability) against accuracy_top1, in ten bins.
	CalibrationError float64 `json:"calibration_error"`
	// DegenerateLowConfidence: share of degenerate answerers (all unsure, straight-lining,
	// random) shown a low-confidence result.
	DegenerateLowConfidence float64 `json:"degenerate_low_confidence"`
	DegenerateQuestions     float64 `json:"degenerate_questions_median"`
	// DegenerateByKind is degenerate_low_confidence for each kind of degenerate answering.
	DegenerateByKind map[string]float64 `json:"degenerate_low_confidence_by_kind"`

	// The same at the level of groups of near-identical roles (a role alone is its own group).
	AgreementGroup   float64 `json:"agreement_group"`
	AccuracyGroup    float64 `json:"accuracy_group"`
	StabilityGroup   float64 `json:"stability_group"`
	CalibrationGroup float64 `json:"calibration_error_group"`

	// Reliability are the ten bins of the calibration error: how many people were shown a top
	// figure in the bin, its mean, and how often the top role was right.
	Reliability []Bin `json:"reliability"`
	// ByConfidence is, per confidence level shown, the share of people shown it and the
	// accuracy_top1 among them.
	ByConfidence map[string]Level `json:"by_confidence"`
	// Confusions are the most frequent disagreements with the full questionnaire: its top role
	// and the one this policy showed instead.
	Confusions []Confusion `json:"confusions,omitempty"`
	// MeanFit is the mean figure shown for the top role.
	MeanFit float64 `json:"mean_top_probability"`
}

// Level is the share of people shown a confidence level and how often the top role was right.
type Level struct {
	Share    float64 `json:"share"`
	Accuracy float64 `json:"accuracy_top1"`
}

// Confusion counts the people for whom the full questionnaire's top role was Full and the
// policy's was Shown.
type Confusion struct {
	Full  string `json:"full"`
	Shown string `json:"shown"`
	Count int    `json:"count"`
}

// Bin is one bin of a reliability diagram.
type Bin struct {
	Count    int     `json:"count"`
	Shown    float64 `json:"shown"`
	Accuracy float64 `json:"accuracy"`
}

// EqualLength is agreement with the full questionnaire after a fixed number of answers.
type EqualLength struct {
	Questions int     `json:"questions"`
	Adaptive  float64 `json:"adaptive"`
	Random    float64 `json:"random"`
}

// Group is a group of near-identical roles.
type Group struct {
	Roles       []string `json:"roles"`
	Differences []string `json:"differences"`
	Separable   bool     `json:"separable"`
}

// Target is one goal and whether it was met.
type Target struct {
	Name  string  `json:"name"`
	Value float64 `json:"value"`
	Goal  float64 `json:"goal"`
	Met   bool    `json:"met"`
}

// outcome is what one policy showed one person on one run.
type outcome struct {
	top       int
	top3      [3]int
	prob      float64
	groupProb float64
	conf      scoring.Confidence
	questions int
}

type personRuns struct {
	p    Person
	runs [2]map[string]outcome
	// equal-length tops after k answers (run 0, matched generator)
	eqAdaptive, eqRandom []int
}

// evaluator runs the policies.
type evaluator struct {
	opt      Options
	e        *quiz.Engine // adaptive and random
	full     *quiz.Engine // never stops
	m        *scoring.Model
	groupOf  []int
	equalMax int
}

// Evaluate simulates students on the catalogue and measures the three policies.
func Evaluate(cat *content.Catalogue, opt Options) (*Report, error) {
	if opt.PerRole <= 0 {
		opt.PerRole = 30
	}
	e := quiz.NewEngine(cat, opt.Config)
	if e.Model == nil {
		return nil, fmt.Errorf("sim: the catalogue has no roles or no questions")
	}
	m := e.Model
	fullCfg := opt.Config
	fullCfg.MinQuestions, fullCfg.MaxQuestions = m.NumQuestions(), m.NumQuestions()
	ev := &evaluator{opt: opt, e: e, full: quiz.NewEngine(cat, fullCfg), m: m, equalMax: min(20, m.NumQuestions())}
	ev.groupOf = make([]int, m.NumRoles())
	var groups []scoring.Group
	for r := range ev.groupOf {
		ev.groupOf[r] = -1 - r
	}
	rep := &Report{Seed: opt.Seed, PerRole: opt.PerRole, Roles: m.NumRoles(), Questions: m.NumQuestions(), Mismatched: map[string]Metrics{}}
	for _, g := range groups {
		gi := Group{Roles: g.RoleIDs, Separable: g.Separable}
		for _, d := range g.Differences {
			gi.Differences = append(gi.Differences, fmt.Sprintf("%s: %s %+g over %s", d.Trait, d.High, d.By, d.Low))
		}
		rep.Groups = append(rep.Groups, gi)
		for _, id := range g.RoleIDs {
			for r, role := range m.Roles {
				if role.ID == id {
					ev.groupOf[r] = g.ID
				}
			}
		}
	}

	degenerate := ev.degenerate()
	var pooled []personRuns
	for _, gen := range []string{Matched, Mismatched} {
		people := ev.simulate(gen)
		pooled = append(pooled, people...)
		byPolicy := map[string]Metrics{}
		for _, pol := range Policies {
			byPolicy[pol] = ev.metrics(pol, people, degenerate)
		}
		if gen == Matched {
			rep.Adaptive, rep.Random, rep.Full = byPolicy[Adaptive], byPolicy[Random], byPolicy[Full]
			rep.EqualLength = ev.equalLength(people)
		} else {
			rep.Mismatched = byPolicy
		}
	}
	rep.CalibrationPooled = map[string]float64{}
	for _, pol := range Policies {
		var probs []float64
		var right []bool
		for _, pr := range pooled {
			for _, o := range pr.runs {
				probs = append(probs, o[pol].prob)
				right = append(right, o[pol].top == pr.p.Role)
			}
		}
		rep.CalibrationPooled[pol], _ = ece(probs, right)
	}
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

// simulate draws PerRole people around every role and runs every policy on them twice, with
// fresh answer noise each time.
func (ev *evaluator) simulate(gen string) []personRuns {
	m := ev.m
	w := newWorld(m, ev.rng("world", gen))
	out := make([]personRuns, m.NumRoles()*ev.opt.PerRole)
	parallel(len(out), func(i int) {
		r := i / ev.opt.PerRole
		rng := ev.rng(gen, "person", i)
		spread := 0.5
		if gen == Mismatched {
			spread = 0.7
		}
		p := drawPerson(m, r, spread, content.DefaultWeight, rng)
		if gen == Mismatched {
			p.Style = []string{"", "acquiescent", "extreme"}[rng.IntN(3)]
		}
		pr := personRuns{p: p}
		for run := 0; run < 2; run++ {
			arng := ev.rng(gen, "answers", i, run)
			var answers []int
			if gen == Matched {
				answers = w.matchedAnswers(p, arng)
			} else {
				answers = w.mismatchedAnswers(p, arng)
			}
			pr.runs[run] = ev.policies(answers, ev.rng(gen, "order", i, run))
			if run == 0 && gen == Matched {
				pr.eqAdaptive = ev.tops(ev.full.New(), answers)
				pr.eqRandom = ev.tops(ev.full.NewOrdered(randomOrder(ev.rng(gen, "equal", i))), answers)
			}
		}
		out[i] = pr
	})
	return out
}

// degenerate runs every policy on degenerate answerers: as many as the people of one generator,
// a third each all unsure, straight-lining (on 1, 2, 4 or 5) and random.
func (ev *evaluator) degenerate() []personRuns {
	w := newWorld(ev.m, ev.rng("world", "degenerate"))
	n := ev.m.NumRoles() * ev.opt.PerRole
	kinds := []string{AllUnsure, StraightLine, RandomAnswers}
	out := make([]personRuns, n)
	parallel(n, func(i int) {
		rng := ev.rng("degenerate", i)
		p := Person{Role: -1, Kind: kinds[i%3], Line: []int{1, 2, 4, 5}[rng.IntN(4)]}
		answers := w.degenerateAnswers(p, rng)
		out[i] = personRuns{p: p}
		out[i].runs[0] = ev.policies(answers, ev.rng("degenerate", "order", i))
	})
	return out
}

func randomOrder(rng *rand.Rand) func(unasked []int) int {
	return func(unasked []int) int { return unasked[rng.IntN(len(unasked))] }
}

// policies runs the three policies on one set of answers to every question.
func (ev *evaluator) policies(answers []int, rng *rand.Rand) map[string]outcome {
	return map[string]outcome{
		Adaptive: ev.run(ev.e.New(), answers),
		Random:   ev.run(ev.e.NewOrdered(randomOrder(rng)), answers),
		Full:     ev.run(ev.full.NewOrdered(func(u []int) int { return u[0] }), answers),
	}
}

// run answers the session's questions until it stops.
func (ev *evaluator) run(s *quiz.Session, answers []int) outcome {
	for {
		q, ok := s.Current()
		if !ok {
			break
		}
		if err := s.Answer(q.ID, answers[s.Engine().QuestionIndex(q.ID)]); err != nil {
			panic(err) // answers are on the scale
		}
	}
	rk := s.Results()
	o := outcome{questions: len(s.Asked()), conf: rk.Confidence, prob: rk.Results[0].Probability, top3: [3]int{-1, -1, -1}}
	for i := 0; i < 3 && i < len(rk.Results); i++ {
		o.top3[i] = ev.roleIndex(rk.Results[i].RoleID)
	}
	o.top = o.top3[0]
	post := s.Posterior()
	for r, p := range post {
		if ev.groupOf[r] == ev.groupOf[o.top] {
			o.groupProb += p
		}
	}
	return o
}

// tops are the top role after each of the first equalMax answers, with no stopping.
func (ev *evaluator) tops(s *quiz.Session, answers []int) []int {
	var out []int
	for k := 0; k < ev.equalMax; k++ {
		q, ok := s.Current()
		if !ok {
			break
		}
		_ = s.Answer(q.ID, answers[s.Engine().QuestionIndex(q.ID)])
		out = append(out, argmax(s.Posterior()))
	}
	return out
}

func argmax(p []float64) int {
	best := 0
	for i, v := range p {
		if v > p[best] {
			best = i
		}
	}
	return best
}

func (ev *evaluator) roleIndex(id string) int {
	for r, role := range ev.m.Roles {
		if role.ID == id {
			return r
		}
	}
	return -1
}

func (ev *evaluator) metrics(pol string, people, degenerate []personRuns) Metrics {
	var mt Metrics
	var qs []float64
	var agree, top3, acc, stable, agreeG, accG, stableG, n, pairs float64
	var probs, groupProbs []float64
	var right, rightG []bool
	levels := map[scoring.Confidence][2]float64{}
	confused := map[[2]int]int{}
	for _, pr := range people {
		for run := 0; run < 2; run++ {
			o, full := pr.runs[run][pol], pr.runs[run][Full]
			if o.top != full.top {
				confused[[2]int{full.top, o.top}]++
			}
			n++
			qs = append(qs, float64(o.questions))
			agree += b2f(o.top == full.top)
			top3 += b2f(slices.Contains(o.top3[:], full.top))
			acc += b2f(o.top == pr.p.Role)
			agreeG += b2f(ev.groupOf[o.top] == ev.groupOf[full.top])
			accG += b2f(ev.groupOf[o.top] == ev.groupOf[pr.p.Role])
			probs = append(probs, o.prob)
			right = append(right, o.top == pr.p.Role)
			groupProbs = append(groupProbs, o.groupProb)
			rightG = append(rightG, ev.groupOf[o.top] == ev.groupOf[pr.p.Role])
			l := levels[o.conf]
			l[0]++
			l[1] += b2f(o.top == pr.p.Role)
			levels[o.conf] = l
			mt.MeanFit += o.prob
		}
		a, b := pr.runs[0][pol], pr.runs[1][pol]
		pairs++
		stable += b2f(a.top == b.top)
		stableG += b2f(ev.groupOf[a.top] == ev.groupOf[b.top])
	}
	sort.Float64s(qs)
	mt.QuestionsMedian = quantile(qs, 0.5)
	mt.QuestionsP90 = quantile(qs, 0.9)
	mt.QuestionsMax = int(qs[len(qs)-1])
	for _, q := range qs {
		mt.QuestionsMean += q / n
	}
	mt.AgreementTop1, mt.Top3ContainsFullTop1, mt.AccuracyTop1 = agree/n, top3/n, acc/n
	mt.AgreementGroup, mt.AccuracyGroup = agreeG/n, accG/n
	mt.StabilityTop1, mt.StabilityGroup = stable/pairs, stableG/pairs
	mt.CalibrationError, mt.Reliability = ece(probs, right)
	mt.CalibrationGroup, _ = ece(groupProbs, rightG)
	mt.MeanFit /= n
	for k, c := range confused {
		mt.Confusions = append(mt.Confusions, Confusion{Full: ev.m.Roles[k[0]].ID, Shown: ev.m.Roles[k[1]].ID, Count: c})
	}
	sort.Slice(mt.Confusions, func(i, j int) bool {
		a, b := mt.Confusions[i], mt.Confusions[j]
		if a.Count != b.Count {
			return a.Count > b.Count
		}
		return a.Full+a.Shown < b.Full+b.Shown
	})
	mt.Confusions = mt.Confusions[:min(len(mt.Confusions), 10)]
	mt.ByConfidence = map[string]Level{}
	for k, l := range levels {
		mt.ByConfidence[k.String()] = Level{Share: l[0] / n, Accuracy: l[1] / l[0]}
	}
	var low float64
	var dq []float64
	mt.DegenerateByKind = map[string]float64{}
	kinds := map[string]float64{}
	for _, pr := range degenerate {
		o := pr.runs[0][pol]
		low += b2f(o.conf == scoring.Low)
		mt.DegenerateByKind[pr.p.Kind] += b2f(o.conf == scoring.Low)
		kinds[pr.p.Kind]++
		dq = append(dq, float64(o.questions))
	}
	for k, n := range kinds {
		mt.DegenerateByKind[k] /= n
	}
	sort.Float64s(dq)
	mt.DegenerateLowConfidence = low / float64(len(degenerate))
	mt.DegenerateQuestions = quantile(dq, 0.5)
	return mt
}

func (ev *evaluator) equalLength(people []personRuns) []EqualLength {
	var out []EqualLength
	for k := 1; k <= ev.equalMax; k++ {
		var a, r, n float64
		for _, pr := range people {
			if len(pr.eqAdaptive) < k || len(pr.eqRandom) < k {
				continue
			}
			full := pr.runs[0][Full].top
			n++
			a += b2f(pr.eqAdaptive[k-1] == full)
			r += b2f(pr.eqRandom[k-1] == full)
		}
		if n > 0 {
			out = append(out, EqualLength{Questions: k, Adaptive: a / n, Random: r / n})
		}
	}
	return out
}

func b2f(b bool) float64 {
	if b {
		return 1
	}
	return 0
}

// quantile of sorted values, by linear interpolation.
func quantile(sorted []float64, q float64) float64 {
	if len(sorted) == 0 {
		return 0
	}
	pos := q * float64(len(sorted)-1)
	i := int(pos)
	if i+1 >= len(sorted) {
		return sorted[len(sorted)-1]
	}
	return sorted[i] + (pos-float64(i))*(sorted[i+1]-sorted[i])
}

// ece is the expected calibration error of the figures against the outcomes, in ten equal bins.
func ece(p []float64, right []bool) (float64, []Bin) {
	var n, conf, acc [10]float64
	for i, v := range p {
		b := min(int(v*10), 9)
		n[b]++
		conf[b] += v
		acc[b] += b2f(right[i])
	}
	e := 0.0
	var bins []Bin
	for b := range n {
		bins = append(bins, Bin{Count: int(n[b])})
		if n[b] > 0 {
			e += math.Abs(conf[b]-acc[b]) / float64(len(p))
			bins[b].Shown, bins[b].Accuracy = conf[b]/n[b], acc[b]/n[b]
		}
	}
	return e, bins
}

func targets(rep *Report) []Target {
	a := rep.Adaptive
	t := []Target{
		{Name: "adaptive questions_median ≤ 10", Value: a.QuestionsMedian, Goal: 10, Met: a.QuestionsMedian <= 10},
		{Name: "adaptive questions_p90 ≤ 16", Value: a.QuestionsP90, Goal: 16, Met: a.QuestionsP90 <= 16},
		{Name: "adaptive agreement_top1 ≥ 0.90", Value: a.AgreementTop1, Goal: 0.90, Met: a.AgreementTop1 >= 0.90},
		{Name: "adaptive top3_contains_full_top1 ≥ 0.98", Value: a.Top3ContainsFullTop1, Goal: 0.98, Met: a.Top3ContainsFullTop1 >= 0.98},
		{Name: "adaptive stability_top1 ≥ 0.85", Value: a.StabilityTop1, Goal: 0.85, Met: a.StabilityTop1 >= 0.85},
		{Name: "adaptive degenerate_low_confidence ≥ 0.95", Value: a.DegenerateLowConfidence, Goal: 0.95, Met: a.DegenerateLowConfidence >= 0.95},
	}
	// At equal length: the adaptive median length, rounded.
	k := int(math.Round(a.QuestionsMedian))
	for _, el := range rep.EqualLength {
		if el.Questions == k {
			d := el.Adaptive - el.Random
			t = append(t, Target{Name: fmt.Sprintf("agreement at %d questions: adaptive − random ≥ 0.10", k), Value: d, Goal: 0.10, Met: d >= 0.10})
		}
	}
	return t
}
