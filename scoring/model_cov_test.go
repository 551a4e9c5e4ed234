package scoring

import (
	"math"
	"testing"
)

// NewModel makes the answers' covariance the quick way (each load's own traits, each pair once,
// the loads' products once for every scale); it must equal, bit for bit, the definition written
// out: Spread²·(load[q]·load[k]) + Agree², plus Lag²·key[q]·key[k] when both are skill
// questions, plus Noise² on the diagonal.
func TestCovarianceIsTheDefinition(t *testing.T) {
	traits := []string{"a", "b", "c", "d", "e"}
	roles := []Role{{ID: "x", Profile: []float64{4, 2, 3, 1, 5}}, {ID: "y", Profile: []float64{1, 5, 2, 4, 3}}}
	questions := []Question{
		{Measures: []Measure{{Trait: 0}}},
		{Measures: []Measure{{Trait: 1, Reverse: true}}, Skill: true},
		{Measures: []Measure{{Trait: 0}, {Trait: 2}}, Skill: true},
		{Measures: []Measure{{Trait: 3}, {Trait: 1, Reverse: true}}},
		{Measures: []Measure{{Trait: 2}, {Trait: 3}, {Trait: 0, Reverse: true}}, Skill: true},
		{Measures: []Measure{{Trait: 0}, {Trait: 1}, {Trait: 2}, {Trait: 3}, {Trait: 4, Reverse: true}}, Skill: true},
		{},
	}
	p := DefaultParams
	m, err := NewModel(traits, roles, questions, p, 3)
	if err != nil {
		t.Fatal(err)
	}
	nq := len(questions)
	load := make([][]float64, nq)
	key := make([]float64, nq)
	for q, qu := range questions {
		load[q] = make([]float64, len(traits))
		for _, ms := range qu.Measures {
			w := 1 / float64(len(qu.Measures))
			if ms.Reverse {
				w = -w
			}
			load[q][ms.Trait] += w
		}
		for _, w := range load[q] {
			key[q] += w
		}
	}
	if len(m.cov) != len(p.Scales) {
		t.Fatalf("%d covariances for %d scales", len(m.cov), len(p.Scales))
	}
	for c, sc := range p.Scales {
		sp, ns, ag, lg := sc.Spread*p.Spread, sc.Noise*p.Noise, sc.Agree*p.Agree, sc.Lag*p.Lag
		for q := range nq {
			for k := range nq {
				dot := 0.0
				for tr := range traits {
					dot += load[q][tr] * load[k][tr]
				}
				v := sp*sp*dot + ag*ag
				if questions[q].Skill && questions[k].Skill {
					v += lg * lg * key[q] * key[k]
				}
				if q == k {
					v += ns * ns
				}
				if got := m.cov[c][q*nq+k]; math.Float64bits(got) != math.Float64bits(v) {
					t.Errorf("scale %d, cov[%d][%d] = %v, want %v", c, q, k, got, v)
				}
			}
		}
	}
}
