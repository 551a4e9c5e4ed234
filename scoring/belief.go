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

// expectedEntropy is Σ_a P(a) H(p | a) for question q; the loop over answers is unrolled
// (Levels is 5): it is the engine's inner loop, and in WebAssembly every bounds check counts.
func (b *Belief) expectedEntropy(q int) float64 {
	var p0, p1, p2, p3, p4 float64 // P(a)
	var z0, z1, z2, z3, z4 float64 // Σ_r p(r) P(a|r)^Tau
	var s0, s1, s2, s3, s4 float64 // Σ_r p(r) P(a|r)^Tau log(p(r) P(a|r)^Tau)
	ns := b.m.ns
	tab := b.m.gtab[q*ns*gstride : (q+1)*ns*gstride]
	post, lpost := b.post[:ns], b.lpost[:ns]
	for r, pr := range post {
		if pr < negligible {
			continue
		}
		lp := lpost[r]
		c := (*[gstride]float64)(tab[r*gstride : (r+1)*gstride])
		p0 += pr * c[0]
		p1 += pr * c[1]
		p2 += pr * c[2]
		p3 += pr * c[3]
		p4 += pr * c[4]
		w0, w1, w2, w3, w4 := pr*c[5], pr*c[6], pr*c[7], pr*c[8], pr*c[9]
		z0 += w0
		z1 += w1
		z2 += w2
		z3 += w3
		z4 += w4
		s0 += w0 * (lp + c[10])
		s1 += w1 * (lp + c[11])
		s2 += w2 * (lp + c[12])
		s3 += w3 * (lp + c[13])
		s4 += w4 * (lp + c[14])
	}
	// H(p|a) = −Σ_r (w_r/Z) log(w_r/Z) = log Z − Σ_r w_r log w_r / Z
	h := 0.0
	for _, t := range [Levels][3]float64{{p0, z0, s0}, {p1, z1, s1}, {p2, z2, s2}, {p3, z3, s3}, {p4, z4, s4}} {
		if t[1] > 0 {
			h += t[0] * (math.Log(t[1]) - t[2]/t[1])
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
