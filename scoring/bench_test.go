package scoring

import (
	"math/rand/v2"
	"testing"
)

// randomModel has nr roles with random profiles over 14 traits and nq questions on one or two
// traits, a third reverse-keyed.
func randomModel(b *testing.B, nr, nq int) *Model {
	rng := rand.New(rand.NewPCG(1, 2))
	traits := make([]string, 14)
	roles := make([]Role, nr)
	for r := range roles {
		roles[r].Profile = make([]float64, len(traits))
		for t := range traits {
			roles[r].Profile[t] = float64(1 + rng.IntN(5))
		}
	}
	qs := make([]Question, nq)
	for q := range qs {
		for k := 0; k < 1+rng.IntN(2); k++ {
			qs[q].Measures = append(qs[q].Measures, Measure{Trait: rng.IntN(len(traits)), Reverse: rng.IntN(3) == 0})
		}
	}
	m, err := NewModel(traits, roles, qs, DefaultParams, 2)
	if err != nil {
		b.Fatal(err)
	}
	return m
}

// BenchmarkGains is the gain of every question after five answers.
func BenchmarkGains(b *testing.B) {
	for _, size := range []struct {
		name   string
		nr, nq int
	}{{"17 roles × 83 questions", 17, 83}, {"200 roles × 400 questions", 200, 400}} {
		b.Run(size.name, func(b *testing.B) {
			m := randomModel(b, size.nr, size.nq)
			bl := m.NewBelief()
			for q := 0; q < 5; q++ {
				bl.Add(q, 1+q%5)
			}
			var out []float64
			for b.Loop() {
				bl.stale = true
				out = bl.Gains(nil, out)
			}
		})
	}
}
