package scoring

import (
	"fmt"
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

// testModel has three roles over two traits and four questions, one reverse-keyed and one on
// both traits.
func testModel(t testing.TB, p Params) *Model {
	roles := []Role{
		{ID: "builder", Title: "Builder", Profile: []float64{5, 1}, Skills: []string{"Go", "Git"}},
		{ID: "analyst", Title: "Analyst", Profile: []float64{1, 5}, Skills: []string{"SQL", "Excel"}},
		{ID: "both", Title: "Both", Profile: []float64{4, 4}},
	}
	qs := []Question{
		{ID: "build", Text: "I like building.", Measures: []Measure{{Trait: 0}}},
		{ID: "numbers", Text: "I like numbers.", Measures: []Measure{{Trait: 1}}},
		{ID: "no-build", Text: "I dislike building.", Measures: []Measure{{Trait: 0, Reverse: true}}},
		{ID: "mixed", Text: "I like building with numbers.", Measures: []Measure{{Trait: 0}, {Trait: 1}}},
	}
	m, err := NewModel([]string{"building", "numbers"}, roles, qs, p, 2)
	require.NoError(t, err)
	return m
}

func TestAnswerProbs(t *testing.T) {
	for _, mu := range []float64{1, 2.5, 3, 4.2, 5} {
		t.Run(fmt.Sprintf("the answer probabilities around %g sum to one and respect the floor", mu), func(t *testing.T) {
			p := AnswerProbs(mu, 0.9, 0.02)
			sum := 0.0
			for _, v := range p {
				require.GreaterOrEqual(t, v, 0.02)
				sum += v
			}
			require.InDelta(t, 1.0, sum, 1e-12)
		})
	}
	t.Run("the expected answer is the most likely", func(t *testing.T) {
		for mu := 1; mu <= 5; mu++ {
			p := AnswerProbs(float64(mu), 0.9, 0.02)
			best := 0
			for a := range p {
				if p[a] > p[best] {
					best = a
				}
			}
			require.Equal(t, mu, best+1)
		}
	})
}

func TestPredict(t *testing.T) {
	profile := []float64{5, 1, 0}
	for _, tc := range []struct {
		name     string
		measures []Measure
		want     float64
	}{
		{"one trait is its weight", []Measure{{Trait: 0}}, 5},
		{"a reverse-keyed trait is six minus its weight", []Measure{{Trait: 0, Reverse: true}}, 1},
		{"several traits give their mean", []Measure{{Trait: 0}, {Trait: 1}}, 3},
		{"a trait the profile leaves out has the default weight", []Measure{{Trait: 2}}, 2},
		{"a trait past the profile has the default weight", []Measure{{Trait: 7}}, 2},
		{"no trait is the middle of the scale", nil, 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, Predict(profile, tc.measures, 2))
		})
	}
}

func TestNewModel(t *testing.T) {
	for _, tc := range []struct {
		name string
		p    Params
	}{
		{"a zero noise is refused", Params{Spread: 1, Noise: 0, Tau: 1}},
		{"a negative spread is refused", Params{Spread: -1, Noise: 1, Tau: 1}},
		{"a negative agreeing tendency is refused", Params{Agree: -1, Noise: 1, Tau: 1}},
		{"a tau above one is refused", Params{Noise: 1, Tau: 1.5}},
		{"a floor that leaves nothing for the normal is refused", Params{Noise: 1, Tau: 1, Floor: 0.2}},
		{"a random prior of one is refused", Params{Noise: 1, Tau: 1, Random: 1}},
		{"a missing value is refused", Params{Noise: math.NaN(), Tau: 1}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := NewModel([]string{"a"}, []Role{{ID: "r"}}, []Question{{ID: "q"}}, tc.p, 2)
			require.ErrorIs(t, err, ErrBadParams)
		})
	}
	t.Run("a measure of an unknown trait is refused", func(t *testing.T) {
		_, err := NewModel([]string{"a"}, []Role{{ID: "r"}}, []Question{{ID: "q", Measures: []Measure{{Trait: 3}}}}, DefaultParams, 2)
		require.ErrorIs(t, err, ErrBadTrait)
	})
	t.Run("no roles or no questions is an error", func(t *testing.T) {
		_, err := NewModel(nil, nil, []Question{{ID: "q"}}, DefaultParams, 2)
		require.ErrorIs(t, err, ErrNoRoles)
		_, err = NewModel(nil, []Role{{ID: "r"}}, nil, DefaultParams, 2)
		require.ErrorIs(t, err, ErrNoQuestions)
	})
	t.Run("answers on one trait move together, a reverse-keyed one against", func(t *testing.T) {
		m := testModel(t, DefaultParams)
		p := DefaultParams
		sp, ns := p.Scales[0].Spread*p.Spread, p.Scales[0].Noise*p.Noise
		ag := p.Scales[0].Agree * p.Agree
		require.InDelta(t, sp*sp+ag*ag+ns*ns, m.Covariance(0, 0, 0), 1e-12)
		require.InDelta(t, -sp*sp+ag*ag, m.Covariance(0, 0, 2), 1e-12, "build and no-build")
		require.InDelta(t, ag*ag, m.Covariance(0, 0, 1), 1e-12, "two traits share only the agreeing tendency")
		require.InDelta(t, m.Covariance(0, 0, 3), m.Covariance(0, 3, 0), 1e-12)
		require.Greater(t, m.Covariance(1, 0, 0), m.Covariance(0, 0, 0), "a less consistent student's answers spread more")
	})
}

func TestBelief(t *testing.T) {
	for i, p := range []Params{DefaultParams, {Spread: 0.7, Agree: 0.3, Noise: 0.9, Floor: 0.02, Tau: 1}} {
		name := []string{"default parameters", "one scale, untempered"}[i]
		scales := p.Scales
		if len(scales) == 0 {
			scales = []Scale{{1, 1, 1, 1, 1}}
		}
		m := testModel(t, p)

		t.Run(name+": before any answer every role is equally likely", func(t *testing.T) {
			b := m.NewBelief()
			for _, v := range b.Posterior() {
				require.InDelta(t, 1.0/3, v, 1e-12)
			}
		})

		t.Run(name+": the posterior is the prior times the tempered likelihoods, each answer given the one before, over the scales", func(t *testing.T) {
			b := m.NewBelief()
			b.Add(0, 5)
			b.Add(1, 2)
			want := make([]float64, 3)
			sum := 0.0
			for r := range want {
				for c := range scales {
					c00, c01, c11 := m.Covariance(c, 0, 0), m.Covariance(c, 0, 1), m.Covariance(c, 1, 1)
					floor := p.Floor * scales[c].Floor
					first := AnswerProbs(m.Predicted(0, r), math.Sqrt(c00), floor)[5-1]
					mu := m.Predicted(1, r) + c01/c00*(5-m.Predicted(0, r))
					second := AnswerProbs(mu, math.Sqrt(c11-c01*c01/c00), floor)[2-1]
					want[r] += math.Pow(first*second, p.Tau) / float64(len(scales))
				}
				sum += want[r]
			}
			for r := range want {
				want[r] /= sum
			}
			require.InDeltaSlice(t, want, b.Posterior(), 1e-9)
		})

		t.Run(name+": removing an answer undoes it", func(t *testing.T) {
			b := m.NewBelief()
			b.Add(0, 4)
			before := append([]float64(nil), b.Posterior()...)
			b.Add(3, 1)
			b.Remove(3, 1)
			require.InDeltaSlice(t, before, b.Posterior(), 1e-12)
			require.Equal(t, 1, b.Answers())
		})

		t.Run(name+": a second answer to the same question, one off the scale or to no question is refused and changes nothing", func(t *testing.T) {
			b := m.NewBelief()
			require.NoError(t, b.Add(0, 4))
			before := append([]float64(nil), b.Posterior()...)
			require.ErrorIs(t, b.Add(0, 1), ErrAnswered)
			for _, v := range []int{MinAnswer - 1, MaxAnswer + 1} {
				require.ErrorIs(t, b.Add(1, v), ErrBadAnswer)
			}
			require.ErrorIs(t, b.Add(9, 3), ErrBadQuestion)
			require.ErrorIs(t, b.Add(-1, 3), ErrBadQuestion)
			require.InDeltaSlice(t, before, b.Posterior(), 1e-12)
			require.Equal(t, 1, b.Answers())
		})

		t.Run(name+": one surprising answer does not rule a role out", func(t *testing.T) {
			b := m.NewBelief()
			b.Add(0, 1) // the builder would say 5
			require.Greater(t, b.Posterior()[0], 0.005)
		})

		t.Run(name+": the information gain is never negative and is largest for a separating question", func(t *testing.T) {
			b := m.NewBelief()
			gains := b.Gains(nil, nil)
			for q, g := range gains {
				require.GreaterOrEqual(t, g, -1e-12)
				require.InDelta(t, b.Gain(q), g, 1e-12)
			}
			// "build" (5, 1, 4) separates the roles better than "mixed" (3, 3, 4).
			require.Greater(t, gains[0], gains[3])
		})

		t.Run(name+": the chance that a question changes the top roles is a probability", func(t *testing.T) {
			b := m.NewBelief()
			b.Add(0, 5)
			for q := 1; q < 4; q++ {
				t1, t3 := b.Change(q)
				require.GreaterOrEqual(t, t1, 0.0)
				require.LessOrEqual(t, t1, 1+1e-12)
				require.GreaterOrEqual(t, t3, 0.0)
				require.LessOrEqual(t, t3, 1+1e-12)
			}
		})
	}

	t.Run("with a random answerer, random answers raise its probability", func(t *testing.T) {
		m := testModel(t, DefaultParams)
		b := m.NewBelief()
		prior := b.Random()
		require.InDelta(t, DefaultParams.Random, prior, 1e-12)
		for _, a := range []Answer{{0, 5}, {2, 5}, {1, 1}, {3, 5}} {
			b.Add(a.Question, a.Value)
		}
		require.Greater(t, b.Random(), prior)
	})

	t.Run("agreeing with a statement and with its opposite is not read as interest", func(t *testing.T) {
		m := testModel(t, DefaultParams)
		b := m.NewBelief()
		b.Add(0, 5) // I like building
		b.Add(2, 5) // I dislike building
		keen := m.NewBelief()
		keen.Add(0, 5)
		keen.Add(2, 1)
		require.Less(t, b.Posterior()[0], keen.Posterior()[0])
	})
}

func TestRank(t *testing.T) {
	m := testModel(t, DefaultParams)
	builder := []Answer{{0, 5}, {1, 1}, {2, 1}, {3, 3}, {0, 5}, {1, 1}}

	t.Run("answers as a role predicts put it on top with reasons that raised it", func(t *testing.T) {
		rk := m.Rank(builder, []string{"git"}, DefaultThresholds)
		top := rk.Results[0]
		require.Equal(t, "builder", top.RoleID)
		require.Equal(t, int(math.Round(100*top.Probability)), top.Fit)
		require.NotEmpty(t, top.Reasons)
		require.Positive(t, top.Reasons[0].Effect)
		require.Equal(t, []string{"Git"}, top.Have)
		require.Equal(t, []string{"Go"}, top.Learn)
		last := rk.Results[len(rk.Results)-1]
		require.Negative(t, last.Reasons[len(last.Reasons)-1].Effect)
	})

	t.Run("no role is more sure than the ranking, and the figures leave room for random answers", func(t *testing.T) {
		for _, answers := range [][]Answer{builder, {{0, 1}, {1, 5}, {2, 5}, {3, 1}}, {{0, 5}, {1, 5}, {2, 5}, {3, 5}}} {
			rk := m.Rank(answers, nil, DefaultThresholds)
			sum := 0.0
			for _, r := range rk.Results {
				require.LessOrEqual(t, r.Confidence, rk.Confidence)
				sum += r.Probability
			}
			require.InDelta(t, 1-rk.Random, sum, 1e-9)
		}
	})

	t.Run("a not-sure answer is never a reason that raised a role", func(t *testing.T) {
		rk := m.Rank([]Answer{{0, 5}, {1, 1}, {2, 1}, {3, 3}}, nil, DefaultThresholds)
		for _, r := range rk.Results {
			for _, re := range r.Reasons {
				require.False(t, re.Answer == 3 && re.Effect > 0, "%s raised by %s", r.RoleID, re.QuestionID)
			}
		}
	})

	for _, tc := range []struct {
		name    string
		answers []Answer
		why     Doubt
	}{
		{"two answers are too few for confidence", []Answer{{0, 5}, {1, 1}}, FewAnswers},
		{"all answers alike are low confidence", []Answer{{0, 3}, {1, 3}, {2, 3}, {3, 3}, {0, 3}, {1, 3}}, AllAlike},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rk := m.Rank(tc.answers, nil, DefaultThresholds)
			require.Equal(t, Low, rk.Confidence)
			require.Equal(t, tc.why, rk.Why)
		})
	}

	t.Run("contradictory answers make random answering several times more likely than its prior and are not high", func(t *testing.T) {
		rk := m.Rank([]Answer{{0, 5}, {2, 5}, {1, 1}, {3, 5}}, nil, DefaultThresholds)
		require.Greater(t, rk.Random, 4*DefaultParams.Random)
		require.Less(t, rk.Confidence, High)
	})

	t.Run("answers off the scale or to unknown questions are ignored", func(t *testing.T) {
		want := m.Rank(builder, nil, DefaultThresholds)
		got := m.Rank(append(append([]Answer(nil), builder...), Answer{0, 9}, Answer{42, 3}, Answer{-1, 3}), nil, DefaultThresholds)
		require.Equal(t, want, got)
	})
}

func TestGroups(t *testing.T) {
	roles := []Role{
		{ID: "a", Title: "A", Profile: []float64{5, 2}},
		{ID: "a2", Title: "A2", Profile: []float64{5, 4}},
		{ID: "b", Title: "B", Profile: []float64{1, 5}},
	}
	qs := []Question{{ID: "x", Measures: []Measure{{Trait: 0}}}, {ID: "y", Measures: []Measure{{Trait: 1}}}}
	m, err := NewModel([]string{"x", "y"}, roles, qs, DefaultParams, 2)
	require.NoError(t, err)

	t.Run("roles the questions answered cannot tell apart are grouped with what distinguishes them", func(t *testing.T) {
		rk := m.Rank([]Answer{{0, 5}}, nil, DefaultThresholds)
		require.Len(t, rk.Groups, 1)
		g := rk.Groups[0]
		require.Equal(t, []string{"a", "a2"}, g.RoleIDs)
		require.Equal(t, []Difference{{Trait: "y", High: "A2", Low: "A", By: 2}}, g.Differences)
		require.Equal(t, Percent(g.Probability), g.Fit)
		require.True(t, g.Separable, "the question on y is not answered yet")
		require.Equal(t, rk.Results[0].Group, g.ID)
		require.InDelta(t, rk.Results[0].Probability+rk.Results[1].Probability, g.Probability, 1e-12)
	})

	t.Run("once a question tells them apart they stand alone", func(t *testing.T) {
		rk := m.Rank([]Answer{{0, 5}, {1, 2}}, nil, DefaultThresholds)
		require.Empty(t, rk.Groups)
		require.Equal(t, "a", rk.Results[0].RoleID)
	})

	t.Run("roles are found by ID", func(t *testing.T) {
		for r, role := range roles {
			require.Equal(t, r, m.RoleIndex(role.ID))
		}
		require.Equal(t, -1, m.RoleIndex("nobody"))
	})

	t.Run("the distance is symmetric and zero for a role with itself", func(t *testing.T) {
		b := m.Belief([]Answer{{0, 4}, {1, 3}})
		require.Zero(t, b.Distance(0, 0))
		require.InDelta(t, b.Distance(0, 2), b.Distance(2, 0), 1e-12)
		require.Greater(t, b.Distance(0, 2), b.Distance(0, 1))
	})
}

func TestGainAgainstPlainComputation(t *testing.T) {
	m := testModel(t, DefaultParams)
	b := m.NewBelief()
	b.Add(0, 4)
	b.Add(3, 2)
	// The gain by its definition: H(p) − Σ_a P(a) H(p | a), with every state's posterior after
	// each answer computed from scratch.
	entropy := func(p []float64) float64 {
		h := 0.0
		for _, v := range p {
			if v > 0 {
				h -= v * math.Log(v)
			}
		}
		return h
	}
	states := func(b *Belief) []float64 {
		out := append([]float64(nil), b.Posterior()...)
		for i := range out {
			out[i] *= 1 - b.Random()
		}
		return append(out, b.Random())
	}
	for q := 1; q < 3; q++ {
		lik := b.Predict(q, nil)
		prior := states(b)
		want := entropy(prior)
		for a := 0; a < Levels; a++ {
			pa := 0.0
			post := make([]float64, len(prior))
			sum := 0.0
			for s, ps := range prior {
				pa += ps * lik[s][a]
				post[s] = ps * math.Pow(lik[s][a], DefaultParams.Tau)
				sum += post[s]
			}
			for s := range post {
				post[s] /= sum
			}
			want -= pa * entropy(post)
		}
		require.InDelta(t, want, b.Gain(q), 1e-9, "question %d", q)
		require.InDelta(t, want, b.Gains(nil, nil)[q], 1e-9, "question %d, all at once", q)
	}
}
