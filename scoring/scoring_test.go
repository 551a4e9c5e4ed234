package scoring

import (
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
		t.Run("the answer probabilities sum to one and respect the floor", func(t *testing.T) {
			p := AnswerProbs(mu, DefaultParams)
			sum := 0.0
			for _, v := range p {
				require.GreaterOrEqual(t, v, DefaultParams.Floor)
				sum += v
			}
			require.InDelta(t, 1.0, sum, 1e-12)
		})
	}
	t.Run("the predicted answer is the most likely", func(t *testing.T) {
		for mu := 1; mu <= 5; mu++ {
			p := AnswerProbs(float64(mu), DefaultParams)
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
		{"a zero sigma is refused", Params{Sigma: 0, Tau: 1}},
		{"a tau above one is refused", Params{Sigma: 1, Tau: 1.5}},
		{"a floor that leaves nothing for the normal is refused", Params{Sigma: 1, Tau: 1, Floor: 0.2}},
		{"a random prior of one is refused", Params{Sigma: 1, Tau: 1, Random: 1}},
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
}

func TestBelief(t *testing.T) {
	for _, p := range []Params{DefaultParams, {Sigma: 0.9, Floor: 0.02, Tau: 1}} {
		m := testModel(t, p)

		t.Run("before any answer every role is equally likely", func(t *testing.T) {
			b := m.NewBelief()
			for _, v := range b.Posterior() {
				require.InDelta(t, 1.0/3, v, 1e-12)
			}
		})

		t.Run("the posterior is the prior times the tempered likelihoods", func(t *testing.T) {
			b := m.NewBelief()
			b.Add(0, 5)
			b.Add(1, 2)
			want := make([]float64, 3)
			sum := 0.0
			for r := range want {
				want[r] = math.Pow(m.Likelihood(0, r, 5)*m.Likelihood(1, r, 2), p.Tau)
				sum += want[r]
			}
			for r := range want {
				want[r] /= sum
			}
			require.InDeltaSlice(t, want, b.Posterior(), 1e-12)
		})

		t.Run("removing an answer undoes it", func(t *testing.T) {
			b := m.NewBelief()
			b.Add(0, 4)
			before := append([]float64(nil), b.Posterior()...)
			b.Add(3, 1)
			b.Remove(3, 1)
			require.InDeltaSlice(t, before, b.Posterior(), 1e-12)
			require.Equal(t, 1, b.Answers())
		})

		t.Run("one surprising answer does not rule a role out", func(t *testing.T) {
			b := m.NewBelief()
			b.Add(0, 1) // the builder would say 5
			require.Greater(t, b.Posterior()[0], 0.005)
		})

		t.Run("the information gain is never negative and is largest for a separating question", func(t *testing.T) {
			b := m.NewBelief()
			gains := b.Gains(nil, nil)
			for _, g := range gains {
				require.GreaterOrEqual(t, g, -1e-12)
			}
			// "build" (5, 1, 4) separates the roles better than "mixed" (3, 3, 4).
			require.Greater(t, gains[0], gains[3])
		})
	}

	t.Run("with a random answerer, random answers raise its probability", func(t *testing.T) {
		m := testModel(t, DefaultParams)
		b := m.NewBelief()
		prior := b.Random()
		require.InDelta(t, DefaultParams.Random, prior, 1e-12)
		for _, a := range []Answer{{0, 5}, {2, 5}, {1, 1}, {3, 5}, {0, 1}, {2, 1}} {
			b.Add(a.Question, a.Value)
		}
		require.Greater(t, b.Random(), prior)
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
		sum := 0.0
		for _, r := range rk.Results {
			sum += r.Probability
		}
		require.InDelta(t, 1.0, sum, 1e-9)
	})

	t.Run("similarity is 100 for answers exactly as predicted", func(t *testing.T) {
		rk := m.Rank([]Answer{{0, 5}, {1, 1}, {2, 1}, {3, 3}}, nil, DefaultThresholds)
		require.Equal(t, 100, rk.Results[0].Similarity)
	})

	for _, tc := range []struct {
		name    string
		answers []Answer
		why     Doubt
	}{
		{"two answers are too few for confidence", []Answer{{0, 5}, {1, 1}}, FewAnswers},
		{"all answers alike are low confidence", []Answer{{0, 3}, {1, 3}, {2, 3}, {3, 3}, {0, 3}, {1, 3}}, AllAlike},
		{"contradictory answers fit no role", []Answer{{0, 5}, {2, 5}, {1, 1}, {0, 1}, {2, 1}, {3, 5}, {1, 5}, {3, 1}}, Misfit},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rk := m.Rank(tc.answers, nil, DefaultThresholds)
			require.Equal(t, Low, rk.Confidence)
			require.Equal(t, tc.why, rk.Why)
		})
	}

	t.Run("answers off the scale or to unknown questions are ignored", func(t *testing.T) {
		want := m.Rank(builder, nil, DefaultThresholds)
		got := m.Rank(append(append([]Answer(nil), builder...), Answer{0, 9}, Answer{42, 3}, Answer{-1, 3}), nil, DefaultThresholds)
		require.Equal(t, want, got)
	})
}

func TestGroups(t *testing.T) {
	roles := []Role{
		{ID: "a", Title: "A", Profile: []float64{5, 2}},
		{ID: "a2", Title: "A2", Profile: []float64{5, 3}},
		{ID: "b", Title: "B", Profile: []float64{1, 5}},
	}
	qs := []Question{{ID: "x", Measures: []Measure{{Trait: 0}}}, {ID: "y", Measures: []Measure{{Trait: 1}}}}
	m, err := NewModel([]string{"x", "y"}, roles, qs, DefaultParams, 2)
	require.NoError(t, err)

	t.Run("roles whose answers hardly differ are grouped with what distinguishes them", func(t *testing.T) {
		groups := m.Groups(1)
		require.Len(t, groups, 1)
		require.Equal(t, []string{"a", "a2"}, groups[0].RoleIDs)
		require.Equal(t, []Difference{{Trait: "y", High: "A2", Low: "A", By: 1}}, groups[0].Differences)
		require.True(t, groups[0].Separable)
	})

	t.Run("the divergence is symmetric and zero for a role with itself", func(t *testing.T) {
		require.Zero(t, m.Divergence(0, 0))
		require.InDelta(t, m.Divergence(0, 2), m.Divergence(2, 0), 1e-12)
	})

	t.Run("a ranking lists the group of the roles in it", func(t *testing.T) {
		th := DefaultThresholds
		th.Near = 1
		rk := m.Rank([]Answer{{0, 5}, {1, 2}, {0, 5}}, nil, th)
		require.Len(t, rk.Groups, 1)
		require.Equal(t, rk.Results[0].Group, rk.Groups[0].ID)
		require.InDelta(t, rk.Results[0].Probability+rk.Results[1].Probability, rk.Groups[0].Probability, 1e-12)
	})
}
