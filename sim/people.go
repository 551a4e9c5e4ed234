package sim

import (
	"math"
	"math/rand/v2"

	"github.com/careerquiz/careerquiz/scoring"
)

// Generator names.
const (
	Matched    = "matched"    // answers from the scoring model's own kind of noise
	Mismatched = "mismatched" // another noise model with response styles
)

// Degenerate answering kinds.
const (
	AllUnsure     = "all unsure"
	StraightLine  = "straight-lining"
	RandomAnswers = "random"
)

// Person is one simulated student: the role they were drawn around (-1 for a degenerate
// answerer) and their own trait levels.
type Person struct {
	Role  int
	Theta []float64 // 1..5 per trait
	Style string    // mismatched generator: "", "acquiescent", "extreme"
	Kind  string    // degenerate answerers: AllUnsure, StraightLine or RandomAnswers
	Line  int       // straight-lining: the answer given to everything
}

// world is what every simulated student shares: the model and, for the mismatched generator,
// per-question quirks that the scoring model knows nothing of.
type world struct {
	m        *scoring.Model
	itemBias []float64   // mismatched: how much easier each statement is to agree with
	mix      [][]float64 // mismatched: per question, the weight of each trait it measures
}

func newWorld(m *scoring.Model, rng *rand.Rand) *world {
	w := &world{m: m}
	for _, q := range m.Questions {
		w.itemBias = append(w.itemBias, 0.4*rng.NormFloat64())
		mix := make([]float64, len(q.Measures))
		sum := 0.0
		for i := range mix {
			mix[i] = 0.3 + rng.Float64()
			sum += mix[i]
		}
		for i := range mix {
			mix[i] /= sum
		}
		w.mix = append(w.mix, mix)
	}
	return w
}

// weight is role r's weight for trait t, with the catalogue's default for a trait left out.
func weight(m *scoring.Model, r, t int, def float64) float64 {
	p := m.Roles[r].Profile
	if t < len(p) && p[t] > 0 {
		return p[t]
	}
	return def
}

// drawPerson draws a student around role r's profile: each trait moved by a normal of the given
// spread, kept on the scale.
func drawPerson(m *scoring.Model, r int, spread float64, def float64, rng *rand.Rand) Person {
	p := Person{Role: r, Theta: make([]float64, len(m.Traits))}
	for t := range p.Theta {
		p.Theta[t] = clamp(weight(m, r, t, def)+spread*rng.NormFloat64(), 1, 5)
	}
	return p
}

func clamp(x, lo, hi float64) float64 { return math.Min(math.Max(x, lo), hi) }

func roundAnswer(x float64) int { return int(clamp(math.Round(x), 1, 5)) }

// matchedAnswers are the person's answers to every question under the matched generator: the
// mean of the measured trait levels (reverse-keyed: 6 − level), plus normal noise, rounded,
// with a few lapses answered at random.
func (w *world) matchedAnswers(p Person, rng *rand.Rand) []int {
	out := make([]int, len(w.m.Questions))
	for q, qu := range w.m.Questions {
		if rng.Float64() < 0.04 {
			out[q] = 1 + rng.IntN(5)
			continue
		}
		mu := scoring.Predict(p.Theta, qu.Measures, 2)
		out[q] = roundAnswer(mu + 0.7*rng.NormFloat64())
	}
	return out
}

// mismatchedAnswers differ from the scoring model on purpose: traits are mixed with unequal
// weights, statements have their own pull towards agreeing, the noise is logistic (heavier
// tails), and response styles distort the scale: acquiescent students agree more with
// everything, extreme ones push away from the middle.
func (w *world) mismatchedAnswers(p Person, rng *rand.Rand) []int {
	out := make([]int, len(w.m.Questions))
	for q, qu := range w.m.Questions {
		if rng.Float64() < 0.06 {
			out[q] = 1 + rng.IntN(5)
			continue
		}
		mu := 3.0
		if len(qu.Measures) > 0 {
			mu = 0
			for i, ms := range qu.Measures {
				v := p.Theta[ms.Trait]
				if ms.Reverse {
					v = 6 - v
				}
				mu += w.mix[q][i] * v
			}
		}
		u := rng.Float64()
		x := mu + w.itemBias[q] + 0.5*math.Log(u/(1-u))
		switch p.Style {
		case "acquiescent":
			x += 0.6
		case "extreme":
			x = 3 + 1.6*(x-3)
		}
		out[q] = roundAnswer(x)
	}
	return out
}

// degenerateAnswers are the answers of someone not really taking part.
func (w *world) degenerateAnswers(p Person, rng *rand.Rand) []int {
	out := make([]int, len(w.m.Questions))
	for q := range out {
		switch p.Kind {
		case AllUnsure:
			out[q] = 3
		case StraightLine:
			out[q] = p.Line
		default:
			out[q] = 1 + rng.IntN(5)
		}
	}
	return out
}
