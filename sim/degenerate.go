package sim

import (
	"fmt"
	"slices"
	"sort"
)

// Degenerate answering kinds besides "all N" for N from 1 to 5.
const (
	Alternating = "alternating 1,5"
	Cycling     = "cycling 1-5"
	Uniform     = "uniform random"
	AllSkipped  = "all skipped"
)

// DegenerateKinds are the kinds of degenerate answerers, in the order reports list them.
var DegenerateKinds = []string{"all 1", "all 2", "all 3", "all 4", "all 5", Alternating, Cycling, Uniform, AllSkipped}

// Degenerate is what the adaptive quiz showed one kind of degenerate answerer: someone not
// really taking part, who should never be told anything with high confidence.
type Degenerate struct {
	Kind            string  `json:"kind"`
	People          int     `json:"people"`
	QuestionsMedian float64 `json:"questions_median"`
	QuestionsMax    int     `json:"questions_max"`
	// Verdict is the share of people shown each overall confidence (rk.Confidence).
	Verdict map[string]float64 `json:"verdict"`
	// CardsAgree is the share of people for whom no role's card says more than the verdict.
	CardsAgree float64 `json:"cards_agree"`
	// AnyHigh is the share of people shown "high" anywhere: the verdict or any card.
	AnyHigh float64 `json:"any_high"`
}

// degenerateAnswer is the answer a degenerate answerer gives to the n-th question shown (from
// 0); 0 is a skip.
func degenerateAnswer(kind string, n int, rng func() int) int {
	switch kind {
	case Alternating:
		return []int{1, 5}[n%2]
	case Cycling:
		return 1 + n%5
	case Uniform:
		return rng()
	case AllSkipped:
		return 0
	}
	var v int
	fmt.Sscanf(kind, "all %d", &v)
	return v
}

// degenerate runs the adaptive engine on every kind of degenerate answerer: one person for each
// kind that always answers alike (the engine is deterministic), 2·PerRole for uniform random.
func (ev *evaluator) degenerate() []Degenerate {
	type job struct {
		kind string
		i    int
	}
	var jobs []job
	for _, k := range DegenerateKinds {
		n := 1
		if k == Uniform {
			n = 2 * ev.opt.PerRole
		}
		for i := 0; i < n; i++ {
			jobs = append(jobs, job{k, i})
		}
	}
	outs := make([]outcome, len(jobs))
	parallel(len(jobs), func(j int) {
		rng := ev.rng("degenerate", jobs[j].kind, jobs[j].i)
		s := ev.e.New()
		limit := ev.m.NumQuestions() + 5
		for n := 0; n < limit; n++ {
			q, ok := s.Current()
			if !ok {
				break
			}
			v := degenerateAnswer(jobs[j].kind, n, func() int { return randomAnswer(rng) })
			var err error
			if v == 0 {
				err = s.Skip(q.ID)
			} else {
				err = s.Answer(q.ID, v)
			}
			if err != nil {
				panic(err) // the question is the engine's own and the answer on the scale
			}
		}
		outs[j] = summarise(s.Results(), "", len(s.Asked()))
	})
	var out []Degenerate
	for _, k := range DegenerateKinds {
		d := Degenerate{Kind: k, Verdict: map[string]float64{}}
		var qs []float64
		for j, jb := range jobs {
			if jb.kind != k {
				continue
			}
			o := outs[j]
			d.People++
			qs = append(qs, float64(o.questions))
			d.Verdict[o.conf.String()]++
			d.CardsAgree += b2f(o.cardsAgree)
			d.AnyHigh += b2f(o.anyHigh)
		}
		n := float64(d.People)
		for c := range d.Verdict {
			d.Verdict[c] /= n
		}
		d.CardsAgree /= n
		d.AnyHigh /= n
		sort.Float64s(qs)
		d.QuestionsMedian, d.QuestionsMax = quantile(qs, 0.5), int(slices.Max(qs))
		out = append(out, d)
	}
	return out
}

// anyHighShare is the share of degenerate answerers shown "high" anywhere.
func anyHighShare(ds []Degenerate) float64 {
	var high, n float64
	for _, d := range ds {
		high += d.AnyHigh * float64(d.People)
		n += float64(d.People)
	}
	if n == 0 {
		return 0
	}
	return high / n
}
