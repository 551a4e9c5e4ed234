package scoring

import (
	"errors"
	"fmt"
	"math"
)

// Errors of Belief.Add.
var (
	ErrBadQuestion = errors.New("scoring: no such question")
	ErrBadAnswer   = fmt.Errorf("scoring: answer off the scale of %d to %d", MinAnswer, MaxAnswer)
	ErrAnswered    = errors.New("scoring: question answered already")
)

// Belief is the posterior over roles given a set of answers: p(role | answers) ∝
// prior · P(answers | role)^Tau with a uniform prior, where P(answers | role) is the answer
// model's joint probability of the answers, taken in the order they were given, each given
// the ones before, averaged over how consistent the student is (Params.Scales). When
// Params.Random > 0 it also holds the hypothesis that the answers are random. Answers can be
// added and taken back in any order.
type Belief struct {
	m  *Model
	qs []int     // the questions answered, in order
	xs []float64 // their answers
	sc []scale   // per consistency scale

	logp  []float64 // per state: log prior + Tau · log-likelihood, the scales summed out
	post  []float64 // normalised over every state, valid when !stale
	lpost []float64 // log of post
	cond  []float64 // the roles' probabilities given that the answers are not random
	wsc   []float64 // [r*ns+c]: p(scale c | role r, answers)
	stale bool
}

// scale is what a belief keeps for one consistency scale.
type scale struct {
	chl [][]float64         // Cholesky factor of the answers' covariance, row by row
	z   [][]float64         // per role: the whitened residuals L⁻¹(x − μ_r)
	ll  []float64           // per role: Σ log P(answer | earlier answers, role)
	pr  [][][Levels]float64 // per answer, per role: the answer probabilities it was given
}

// NewBelief is the belief before any answer.
func (m *Model) NewBelief() *Belief {
	ns := m.states()
	b := &Belief{m: m, logp: make([]float64, ns), post: make([]float64, ns), lpost: make([]float64, ns),
		cond: make([]float64, m.nr), sc: make([]scale, len(m.scales)), wsc: make([]float64, m.nr*len(m.scales))}
	for c := range b.sc {
		b.sc[c] = scale{z: make([][]float64, m.nr), ll: make([]float64, m.nr)}
	}
	b.Reset()
	return b
}

// states is the number of states of a belief: the roles, then the random answerer when
// Params.Random > 0.
func (m *Model) states() int {
	if m.Params.Random > 0 {
		return m.nr + 1
	}
	return m.nr
}

// Reset forgets every answer.
func (b *Belief) Reset() {
	b.qs, b.xs = b.qs[:0], b.xs[:0]
	for c := range b.sc {
		sc := &b.sc[c]
		sc.chl, sc.pr = sc.chl[:0], sc.pr[:0]
		for r := range sc.z {
			sc.z[r] = sc.z[r][:0]
			sc.ll[r] = 0
		}
	}
	b.stale = true
}

// Add adds the evidence of one answer to question q. A question off the model
// (ErrBadQuestion), an answer off the scale (ErrBadAnswer) or a second answer to a question
// answered already (ErrAnswered) is refused and leaves the belief as it was.
func (b *Belief) Add(q, answer int) error {
	switch {
	case !b.m.validQuestion(q):
		return fmt.Errorf("%w: %d", ErrBadQuestion, q)
	case !Valid(answer):
		return fmt.Errorf("%w: %d", ErrBadAnswer, answer)
	case b.index(q) >= 0:
		return fmt.Errorf("%w: %d", ErrAnswered, q)
	}
	m := b.m
	x := float64(answer)
	for c := range b.sc {
		sc := &b.sc[c]
		y, d := b.condition(c, q)
		row := make([]float64, len(y)+1)
		copy(row, y)
		row[len(y)] = d
		probs := make([][Levels]float64, m.nr)
		for r := range m.nr {
			mu := m.pred[q*m.nr+r] + dot(y, sc.z[r])
			probs[r] = AnswerProbs(mu, d, m.Params.Floor*m.scales[c].Floor)
			sc.ll[r] += math.Log(probs[r][answer-MinAnswer])
			sc.z[r] = append(sc.z[r], (x-mu)/d)
		}
		sc.chl = append(sc.chl, row)
		sc.pr = append(sc.pr, probs)
	}
	b.qs, b.xs = append(b.qs, q), append(b.xs, x)
	b.stale = true
	return nil
}

// condition is what the answers so far say about an answer to question q at scale c whatever
// the role: y = L⁻¹ Σ(answered, q), so that given role r the answer is expected at
// μ_r(q) + y·z_r, with standard deviation d once the answers so far are known.
func (b *Belief) condition(c, q int) (y []float64, d float64) {
	m := b.m
	cov := m.cov[c]
	chl := b.sc[c].chl
	y = make([]float64, len(b.qs))
	v := cov[q*m.nq+q]
	for i, qi := range b.qs {
		s := cov[qi*m.nq+q]
		row := chl[i]
		for j := 0; j < i; j++ {
			s -= row[j] * y[j]
		}
		y[i] = s / row[i]
		v -= y[i] * y[i]
	}
	return y, math.Sqrt(max(v, 1e-6))
}

func dot(a, b []float64) float64 {
	s := 0.0
	for i, v := range a {
		s += v * b[i]
	}
	return s
}

// Remove takes back the evidence of the answer to question q given before; answer is not
// needed and is there for symmetry with Add.
func (b *Belief) Remove(q, answer int) {
	i := b.index(q)
	if i < 0 {
		return
	}
	qs := append([]int(nil), b.qs...)
	xs := append([]float64(nil), b.xs...)
	qs = append(qs[:i], qs[i+1:]...)
	xs = append(xs[:i], xs[i+1:]...)
	b.Reset()
	for k, q := range qs {
		_ = b.Add(q, int(xs[k])) // accepted before, so accepted again
	}
}

func (b *Belief) index(q int) int {
	for i, v := range b.qs {
		if v == q {
			return i
		}
	}
	return -1
}

// Answers is the number of answers the belief holds.
func (b *Belief) Answers() int { return len(b.qs) }

func (b *Belief) refresh() {
	if !b.stale {
		return
	}
	m := b.m
	tau := m.Params.Tau
	ns := len(b.sc)
	role := math.Log((1 - m.Params.Random) / float64(m.nr))
	lprior := -math.Log(float64(ns))
	for r := range m.nr {
		mx := math.Inf(-1)
		for c := range b.sc {
			mx = max(mx, tau*b.sc[c].ll[r])
		}
		sum := 0.0
		for c := range b.sc {
			w := math.Exp(tau*b.sc[c].ll[r] - mx)
			b.wsc[r*ns+c] = w
			sum += w
		}
		for c := range b.sc {
			b.wsc[r*ns+c] /= sum
		}
		b.logp[r] = role + lprior + mx + math.Log(sum)
	}
	if len(b.logp) > m.nr {
		b.logp[m.nr] = math.Log(m.Params.Random) + tau*float64(len(b.qs))*math.Log(1.0/Levels)
	}
	mx := math.Inf(-1)
	for _, v := range b.logp {
		mx = max(mx, v)
	}
	sum := 0.0
	for r, v := range b.logp {
		e := math.Exp(v - mx)
		b.post[r] = e
		sum += e
	}
	lsum := math.Log(sum)
	for r, v := range b.logp {
		b.post[r] /= sum
		b.lpost[r] = v - mx - lsum
	}
	// The roles given that the answers are not random, computed from the logs so that it is
	// exact even when the random answerer takes nearly all the mass.
	mx = math.Inf(-1)
	for r := range m.nr {
		mx = max(mx, b.logp[r])
	}
	sum = 0
	for r := range m.nr {
		b.cond[r] = math.Exp(b.logp[r] - mx)
		sum += b.cond[r]
	}
	for r := range b.cond {
		b.cond[r] /= sum
	}
	b.stale = false
}

// Posterior is the probability of each role given that the answers are not random; the slice
// is owned by the belief and valid until the next change.
func (b *Belief) Posterior() []float64 {
	b.refresh()
	return b.cond
}

// Random is the probability that the answers are random (0 without that hypothesis).
func (b *Belief) Random() float64 {
	if len(b.post) == b.m.nr {
		return 0
	}
	b.refresh()
	return b.post[b.m.nr]
}

// Top is the most probable role and its probability given that the answers are not random.
func (b *Belief) Top() (role int, p float64) {
	b.refresh()
	for r, v := range b.cond {
		if v > p {
			role, p = r, v
		}
	}
	return role, p
}

// Entropy is the entropy of the belief (over the roles and the random answerer), in nats.
func (b *Belief) Entropy() float64 {
	b.refresh()
	h := 0.0
	for r, v := range b.post {
		if v > 0 {
			h -= v * b.lpost[r]
		}
	}
	return h
}

// negligible is the probability below which a state is left out of the gain: its share of the
// expected entropy is below the precision the choice needs.
const negligible = 1e-9

// Predict is the probability of each answer to question q for each state (the roles, then the
// random answerer when the model has it), given the answers so far. out is reused when long
// enough.
func (b *Belief) Predict(q int, out [][Levels]float64) [][Levels]float64 {
	b.refresh()
	m := b.m
	ns := len(b.post)
	if cap(out) < ns {
		out = make([][Levels]float64, ns)
	}
	out = out[:ns]
	clear(out)
	for c := range b.sc {
		y, d := b.condition(c, q)
		for r := range m.nr {
			w := b.wsc[r*len(b.sc)+c]
			if w < negligible {
				continue
			}
			p := AnswerProbs(m.pred[q*m.nr+r]+dot(y, b.sc[c].z[r]), d, m.Params.Floor*m.scales[c].Floor)
			for a := range p {
				out[r][a] += w * p[a]
			}
		}
	}
	if ns > m.nr {
		for a := range out[m.nr] {
			out[m.nr][a] = 1.0 / Levels
		}
	}
	return out
}

// Gain is the expected information gain of asking question q, in nats: H(p) − Σ_a P(a) H(p | a),
// with P(a) = Σ_s p(s) P(a | s, q) the predicted answer and p | a the tempered posterior after
// answering a. The states are the roles and, when the model has it, the random answerer.
func (b *Belief) Gain(q int) float64 {
	if !b.m.validQuestion(q) {
		return math.Inf(-1)
	}
	return b.Entropy() - b.expectedEntropy(b.Predict(q, nil))
}

// expectedEntropy is Σ_a P(a) H(p | a) for the answer probabilities of each state.
func (b *Belief) expectedEntropy(lik [][Levels]float64) float64 {
	tau := b.m.Params.Tau
	var pa, z, s [Levels]float64
	for r, pr := range b.post {
		if pr < negligible {
			continue
		}
		lp := b.lpost[r]
		for a := 0; a < Levels; a++ {
			l := lik[r][a]
			pa[a] += pr * l
			lt := tau * math.Log(l)
			w := pr * math.Exp(lt)
			z[a] += w
			s[a] += w * (lp + lt)
		}
	}
	// H(p|a) = −Σ_r (w_r/Z) log(w_r/Z) = log Z − Σ_r w_r log w_r / Z
	h := 0.0
	for a := range pa {
		if z[a] > 0 {
			h += pa[a] * (math.Log(z[a]) - s[a]/z[a])
		}
	}
	return h
}

// Gains fills out[q] with the gain of every question for which ask(q) is true (every question
// when ask is nil), and -Inf for the rest; it returns out, allocated when too short.
func (b *Belief) Gains(ask func(q int) bool, out []float64) []float64 {
	if len(out) < b.m.nq {
		out = make([]float64, b.m.nq)
	}
	h := b.Entropy()
	var lik [][Levels]float64
	for q := 0; q < b.m.nq; q++ {
		if ask != nil && !ask(q) {
			out[q] = math.Inf(-1)
			continue
		}
		lik = b.Predict(q, lik)
		out[q] = h - b.expectedEntropy(lik)
	}
	return out[:b.m.nq]
}

// Change is the probability that answering question q changes the top role (top1) and the set
// of the three most probable roles (top3), given the answers so far: what the stopping rule
// asks before it lets the quiz end.
func (b *Belief) Change(q int) (top1, top3 float64) {
	if !b.m.validQuestion(q) {
		return 0, 0
	}
	m := b.m
	lik := b.Predict(q, nil)
	tau := m.Params.Tau
	before := topK(b.cond, 3)
	after := make([]float64, m.nr)
	for a := 0; a < Levels; a++ {
		pa := 0.0
		for s, ps := range b.post {
			pa += ps * lik[s][a]
		}
		for r := range m.nr {
			after[r] = b.logp[r] + tau*math.Log(lik[r][a])
		}
		now := topK(after, 3)
		if now[0] != before[0] {
			top1 += pa
		}
		if !sameSet(now, before) {
			top3 += pa
		}
	}
	return top1, top3
}

// topK is the indices of the k largest values, largest first.
func topK(v []float64, k int) []int {
	k = min(k, len(v))
	out := make([]int, 0, k)
	for len(out) < k {
		best := -1
		for i, x := range v {
			if (best < 0 || x > v[best]) && !contains(out, i) {
				best = i
			}
		}
		out = append(out, best)
	}
	return out
}

func contains(s []int, v int) bool {
	for _, x := range s {
		if x == v {
			return true
		}
	}
	return false
}

func sameSet(a, b []int) bool {
	if len(a) != len(b) {
		return false
	}
	for _, x := range a {
		if !contains(b, x) {
			return false
		}
	}
	return true
}

// likely is the consistency scale that explains the answers best over all roles.
func (b *Belief) likely() int {
	b.refresh()
	best, bestW := 0, -1.0
	for c := range b.sc {
		w := 0.0
		for r := range b.m.nr {
			w += b.cond[r] * b.wsc[r*len(b.sc)+c]
		}
		if w > bestW {
			best, bestW = c, w
		}
	}
	return best
}

// Distance is how far apart the answers so far place roles r1 and r2, in standard deviations:
// the Mahalanobis distance between the answers the two roles predict for the questions
// answered, at the consistency scale that explains the answers best. Roles the answered
// questions cannot tell apart are near 0; the expected log likelihood ratio between them is
// about Distance²/2.
func (b *Belief) Distance(r1, r2 int) float64 {
	z := b.sc[b.likely()].z
	s := 0.0
	for i, v := range z[r1] {
		d := v - z[r2][i]
		s += d * d
	}
	return math.Sqrt(s)
}
