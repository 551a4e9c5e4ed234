package scoring

import "math"

// Belief is the posterior over roles given a set of answers: p(role | answers) ∝
// prior · Π P(answer | role, question)^Tau. Answers can be added and taken back in any order.
type Belief struct {
	m      *Model
	logp   []float64 // log prior + Σ tempered log-likelihoods, unnormalised
	post   []float64 // normalised posterior, valid when !stale
	lpost  []float64 // log of post
	stale  bool
	counts int
}

// NewBelief is the belief before any answer, with a uniform prior.
func (m *Model) NewBelief() *Belief {
	b := &Belief{m: m, logp: make([]float64, m.nr), post: make([]float64, m.nr), lpost: make([]float64, m.nr), stale: true}
	return b
}

// Add adds the evidence of one answer to question q.
func (b *Belief) Add(q, answer int) {
	base := q * b.m.nr * Levels
	a := answer - MinAnswer
	for r := range b.logp {
		b.logp[r] += b.m.tlog[base+r*Levels+a]
	}
	b.stale = true
	b.counts++
}

// Remove takes back the evidence of an answer added before.
func (b *Belief) Remove(q, answer int) {
	base := q * b.m.nr * Levels
	a := answer - MinAnswer
	for r := range b.logp {
		b.logp[r] -= b.m.tlog[base+r*Levels+a]
	}
	b.stale = true
	b.counts--
}

// Reset forgets every answer.
func (b *Belief) Reset() {
	clear(b.logp)
	b.stale = true
	b.counts = 0
}

// Answers is the number of answers the belief holds.
func (b *Belief) Answers() int { return b.counts }

func (b *Belief) refresh() {
	if !b.stale {
		return
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
	b.stale = false
}

// Posterior is the probability of each role; the slice is owned by the belief and valid until
// the next change.
func (b *Belief) Posterior() []float64 {
	b.refresh()
	return b.post
}

// Top is the most probable role and its probability.
func (b *Belief) Top() (role int, p float64) {
	b.refresh()
	for r, v := range b.post {
		if v > p {
			role, p = r, v
		}
	}
	return role, p
}

// Entropy is the entropy of the posterior, in nats.
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

// negligible is the posterior below which a role is left out of the gain: its share of the
// expected entropy is below the float precision the choice needs.
const negligible = 1e-12

// Gain is the expected information gain about the role of asking question q, in nats:
// H(p) − Σ_a P(a) H(p | a), with P(a) = Σ_r p(r) P(a | r, q) the predicted answer and p | a the
// tempered posterior after answering a.
func (b *Belief) Gain(q int) float64 {
	b.refresh()
	return b.Entropy() - b.expectedEntropy(q)
}

func (b *Belief) expectedEntropy(q int) float64 {
	var pa, za, sa [Levels]float64
	nr := b.m.nr
	base := q * nr * Levels
	lik := b.m.lik[base : base+nr*Levels]
	tlik := b.m.tlik[base : base+nr*Levels]
	tlog := b.m.tlog[base : base+nr*Levels]
	for r, pr := range b.post {
		if pr < negligible {
			continue
		}
		lp := b.lpost[r]
		i := r * Levels
		for a := 0; a < Levels; a++ {
			pa[a] += pr * lik[i+a]
			w := pr * tlik[i+a]
			za[a] += w
			sa[a] += w * (lp + tlog[i+a])
		}
	}
	h := 0.0
	for a := 0; a < Levels; a++ {
		if za[a] <= 0 {
			continue
		}
		// H(p|a) = −Σ_r (w_r/Z) log(w_r/Z) = log Z − Σ w_r log w_r / Z
		h += pa[a] * (math.Log(za[a]) - sa[a]/za[a])
	}
	return h
}

// Gains fills out[q] with the gain of every question for which ask(q) is true, and -Inf for
// the rest; it returns out (allocated when nil or too short).
func (b *Belief) Gains(ask func(q int) bool, out []float64) []float64 {
	if len(out) < b.m.nq {
		out = make([]float64, b.m.nq)
	}
	h := b.Entropy()
	for q := 0; q < b.m.nq; q++ {
		if ask != nil && !ask(q) {
			out[q] = math.Inf(-1)
			continue
		}
		out[q] = h - b.expectedEntropy(q)
	}
	return out[:b.m.nq]
}

// Predictive is the probability of each answer to question q under the current belief.
func (b *Belief) Predictive(q int) [Levels]float64 {
	b.refresh()
	var pa [Levels]float64
	base := q * b.m.nr * Levels
	for r, pr := range b.post {
		for a := 0; a < Levels; a++ {
			pa[a] += pr * b.m.lik[base+r*Levels+a]
		}
	}
	return pa
}
