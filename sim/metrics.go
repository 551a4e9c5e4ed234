package sim

import (
	"math"
	"slices"
	"sort"

	"github.com/careerquiz/careerquiz/scoring"
)

// summarise judges a ranking against the true role (its ID; "" for nobody's).
func summarise(rk scoring.Ranking, truth string, questions int) outcome {
	o := outcome{conf: rk.Confidence, questions: questions, cardsAgree: true, anyHigh: rk.Confidence == scoring.High}
	for _, r := range rk.Results {
		o.cardsAgree = o.cardsAgree && r.Confidence <= rk.Confidence
		o.anyHigh = o.anyHigh || r.Confidence == scoring.High
	}
	if len(rk.Results) == 0 {
		return o
	}
	top := rk.Results[0]
	o.topRole, o.topGroup, o.prob = top.RoleID, top.Group, top.Probability
	o.twins, o.groupProb = []string{top.RoleID}, top.Probability
	for _, g := range rk.Groups { // the top role's group, as the ranking found it
		if g.ID == top.Group {
			o.twins, o.groupProb = g.RoleIDs, g.Probability
		}
	}
	for _, r := range rk.Results[:min(3, len(rk.Results))] {
		o.top3 = o.top3 || r.RoleID == truth
	}
	o.top = top.RoleID == truth
	o.twin = slices.Contains(o.twins, truth)
	return o
}

// Calibration compares a shown figure with how often it was right, in ten equal bins.
type Calibration struct {
	// Error is the expected calibration error: the mean over people of |shown − right| in
	// their bin.
	Error float64 `json:"error"`
	// Bias is the mean figure shown minus the share right: positive is over-confident.
	Bias  float64 `json:"bias"`
	Shown float64 `json:"mean_shown"`
	Right float64 `json:"right"`
	Bins  []Bin   `json:"bins"`
}

// Bin is one bin of a reliability table: figures from Lo to Lo+0.1 (the last includes 1).
type Bin struct {
	Lo    float64 `json:"lo"`
	Count int     `json:"count"`
	Shown float64 `json:"mean_shown"`
	Right float64 `json:"right"`
}

func calibrate(p []float64, right []bool) Calibration {
	var n, conf, acc [10]float64
	var c Calibration
	for i, v := range p {
		b := max(min(int(v*10), 9), 0)
		n[b]++
		conf[b] += v
		acc[b] += b2f(right[i])
	}
	total := float64(len(p))
	for b := range n {
		bin := Bin{Lo: float64(b) / 10, Count: int(n[b])}
		if n[b] > 0 {
			c.Error += math.Abs(conf[b]-acc[b]) / total
			bin.Shown, bin.Right = conf[b]/n[b], acc[b]/n[b]
			c.Shown += conf[b] / total
			c.Right += acc[b] / total
		}
		c.Bins = append(c.Bins, bin)
	}
	c.Bias = c.Shown - c.Right
	return c
}

// metrics are one policy's figures over the students of a condition.
func metrics(pol string, people []student) *Metrics {
	mt := &Metrics{Labels: map[string]Label{}}
	var qs, probs, groupProbs []float64
	var right, rightTwin []bool
	var pairs float64
	for _, st := range people {
		for _, run := range st.runs {
			o := run[pol]
			mt.Runs++
			mt.Top1 += b2f(o.top)
			mt.Top3 += b2f(o.top3)
			mt.Twin += b2f(o.twin)
			mt.Elsewhere += b2f(o.elsewhere)
			qs = append(qs, float64(o.questions))
			probs, right = append(probs, o.prob), append(right, o.top)
			groupProbs, rightTwin = append(groupProbs, o.groupProb), append(rightTwin, o.twin)
			l := mt.Labels[o.conf.String()]
			l.Count++
			l.Right += b2f(o.top)
			l.Twin += b2f(o.twin)
			mt.Labels[o.conf.String()] = l
		}
		a, b := st.runs[0][pol], st.runs[1][pol]
		pairs++
		mt.Stability += b2f(a.topRole == b.topRole)
		mt.StabilityTwin += b2f(slices.Contains(a.twins, b.topRole))
	}
	if mt.Runs == 0 {
		return mt
	}
	n := float64(mt.Runs)
	mt.Top1, mt.Top3, mt.Twin = mt.Top1/n, mt.Top3/n, mt.Twin/n
	mt.Elsewhere /= n
	mt.Stability, mt.StabilityTwin = mt.Stability/pairs, mt.StabilityTwin/pairs
	sort.Float64s(qs)
	mt.QuestionsMedian, mt.QuestionsP90 = quantile(qs, 0.5), quantile(qs, 0.9)
	mt.QuestionsMax = int(qs[len(qs)-1])
	for _, q := range qs {
		mt.QuestionsMean += q / n
	}
	mt.Calibration = calibrate(probs, right)
	mt.TwinCalibration = calibrate(groupProbs, rightTwin)
	for k, l := range mt.Labels {
		c := float64(l.Count)
		mt.Labels[k] = Label{Count: l.Count, Share: c / n, Right: l.Right / c, Twin: l.Twin / c}
	}
	return mt
}

// byRole are the adaptive and full accuracies per true role.
func (ev *evaluator) byRole(people []student) []RoleMetrics {
	out := make([]RoleMetrics, ev.m.NumRoles())
	count := make([]float64, len(out))
	for r := range out {
		out[r].Role = ev.m.Roles[r].ID
	}
	add := func(a *Accuracy, o outcome) {
		a.Top1 += b2f(o.top)
		a.Top3 += b2f(o.top3)
		a.Twin += b2f(o.twin)
	}
	for _, st := range people {
		for _, run := range st.runs {
			add(&out[st.p.Role].Adaptive, run[Adaptive])
			add(&out[st.p.Role].Full, run[Full])
			count[st.p.Role]++
		}
	}
	for r := range out {
		if n := count[r]; n > 0 {
			for _, a := range []*Accuracy{&out[r].Adaptive, &out[r].Full} {
				a.Top1, a.Top3, a.Twin = a.Top1/n, a.Top3/n, a.Twin/n
			}
		}
	}
	return out
}

// twins are the roles that even the whole question bank cannot tell apart: the groups of a
// ranking after every question (how far apart two roles are depends on the questions asked,
// not on the answers, so every answer is "not sure").
func (ev *evaluator) twins() [][]string {
	s := ev.full.New()
	for range ev.m.NumQuestions() {
		q, ok := s.Current()
		if !ok {
			break
		}
		_ = s.Answer(q.ID, 3)
	}
	var out [][]string
	for _, g := range s.Results().Groups {
		out = append(out, g.RoleIDs)
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
