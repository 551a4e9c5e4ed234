package scoring

import "math"

// Belief is the posterior over roles given a set of answers: p(role | answers) ∝
// prior · Π P(answer | role, question)^Tau, with a uniform prior. When Params.Random > 0 it
// also holds the hypothesis that the answers are random. Answers can be added and taken back
// in any order.
type Belief struct {
	m     *Model
	logp  []float64 // per state: log prior + Σ tempered log-likelihoods
	post  []float64 // normalised over every state, valid when !stale
	lpost []float64 // log of post
	cond  []float64 // the roles' probabilities given that the answers are not random
	stale bool
	n     int
}

// NewBelief is the belief before any answer.
func (m *Model) NewBelief() *Belief {
	b := &Belief{m: m, logp: make([]float64, m.ns), post: make([]float64, m.ns), lpost: make([]float64, m.ns), cond: make([]float64, m.nr)}
	b.Reset()
	return b
}

// Reset forgets every answer.
func (b *Belief) Reset() {
	role := math.Log((1 - b.m.Params.Random) / float64(b.m.nr))
	for r := range b.logp {
		b.logp[r] = role
	}
	if b.m.ns > b.m.nr {
		b.logp[b.m.nr] = math.Log(b.m.Params.Random)
	}
	b.stale = true
	b.n = 0
}

// Add adds the evidence of one answer to question q.
func (b *Belief) Add(q, answer int) {
	base := q * b.m.ns * Levels
	a := answer - MinAnswer
	for r := range b.logp {
		b.logp[r] += b.m.tlog[base+r*Levels+a]
	}
	b.stale = true
	b.n++
}

// Remove takes back the evidence of an answer added before.
func (b *Belief) Remove(q, answer int) {
	base := q * b.m.ns * Levels
	a := answer - MinAnswer
	for r := range b.logp {
		b.logp[r] -= b.m.tlog[base+r*Levels+a]
	}
	b.stale = true
	b.n--
}

// Answers is the number of answers the belief holds.
func (b *Belief) Answers() int { return b.n }

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
	roles := 0.0
	for r, v := range b.logp {
		b.post[r] /= sum
		b.lpost[r] = v - mx - lsum
		if r < b.m.nr {
			roles += b.post[r]
		}
	}
	for r := range b.cond {
		b.cond[r] = b.post[r] / roles
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
	if b.m.ns == b.m.nr {
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

// Gain is the expected information gain of asking question q, in nats: H(p) − Σ_a P(a) H(p | a),
// with P(a) = Σ_r p(r) P(a | r, q) the predicted answer and p | a the tempered posterior after
// answering a. The states are the roles and, when the model has it, the random answerer.
func (b *Belief) Gain(q int) float64 {
	b.refresh()
	return b.Entropy() - b.expectedEntropy(q)
}

func (b *Belief) expectedEntropy(q int) float64 {
	var pa, za, sa [Levels]float64
	ns := b.m.ns
	base := q * ns * Levels
	lik := b.m.lik[base : base+ns*Levels]
	tlik := b.m.tlik[base : base+ns*Levels]
	tlog := b.m.tlog[base : base+ns*Levels]
	for r, pr := range b.post {
		if pr < negligible {
			continue
		}
		lp := b.lpost[r]
		i := r * Levels
		l, tl, tg := lik[i:i+Levels:i+Levels], tlik[i:i+Levels:i+Levels], tlog[i:i+Levels:i+Levels]
		for a := 0; a < Levels; a++ {
			pa[a] += pr * l[a]
			w := pr * tl[a]
			za[a] += w
			sa[a] += w * (lp + tg[a])
		}
	}
	h := 0.0
	for a := 0; a < Levels; a++ {
		if za[a] <= 0 {
			continue
		}
		// H(p|a) = −Σ_r (w_r/Z) log(w_r/Z) = log Z − Σ_r w_r log w_r / Z
		h += pa[a] * (math.Log(za[a]) - sa[a]/za[a])
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
	base := q * b.m.ns * Levels
	for r, pr := range b.post {
		for a := 0; a < Levels; a++ {
			pa[a] += pr * b.m.lik[base+r*Levels+a]
		}
	}
	return pa
}
