package sim

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/stretchr/testify/require"
)

// testCatalogue has five well-separated roles over five traits and three questions per trait:
// two interests, one skills question that is reverse-keyed.
func testCatalogue() *content.Catalogue {
	cat := &content.Catalogue{}
	traits := []string{"a", "b", "c", "d", "e"}
	for _, t := range traits {
		cat.Traits = append(cat.Traits, content.Trait{ID: t, Label: t})
	}
	for i := range traits {
		r := &content.Role{ID: fmt.Sprintf("role-%d", i), Title: fmt.Sprintf("Role %d", i)}
		for j, t := range traits {
			w := 1
			switch j {
			case i:
				w = 5
			case (i + 1) % len(traits):
				w = 3
			}
			r.Profile = append(r.Profile, content.Weight{Trait: t, Value: w})
		}
		cat.Roles = append(cat.Roles, r)
	}
	for _, t := range traits {
		for k := 0; k < 3; k++ {
			kind := "interests"
			if k == 2 {
				kind = "skills"
			}
			cat.Questions = append(cat.Questions, content.Question{
				ID: fmt.Sprintf("%s-%d", t, k), Text: t, Kind: kind, Measures: []content.Measure{{Trait: t, Reverse: k == 2}},
			})
		}
	}
	return cat
}

func TestEvaluate(t *testing.T) {
	opt := Options{Seed: 7, PerRole: 6, Config: quiz.DefaultConfig}
	rep, err := Evaluate(testCatalogue(), opt)
	require.NoError(t, err)

	t.Run("the same seed gives the same report", func(t *testing.T) {
		again, err := Evaluate(testCatalogue(), opt)
		require.NoError(t, err)
		require.Equal(t, rep, again)
	})

	t.Run("another seed gives other students", func(t *testing.T) {
		other, err := Evaluate(testCatalogue(), Options{Seed: 8, PerRole: 6, Config: quiz.DefaultConfig})
		require.NoError(t, err)
		require.NotEqual(t, rep.Conditions[Realistic].Policies[Adaptive], other.Conditions[Realistic].Policies[Adaptive])
	})

	t.Run("the report has every condition and every policy", func(t *testing.T) {
		require.Equal(t, Conditions, rep.Order)
		require.Len(t, rep.Conditions, len(Conditions))
		for _, name := range Conditions {
			c := rep.Conditions[name]
			require.NotNil(t, c, name)
			require.Len(t, c.Roles, 5, name)
			for _, pol := range Policies {
				require.Equal(t, 5*6*2, c.Policies[pol].Runs, name+" "+pol)
			}
		}
	})

	t.Run("the full questionnaire asks every question and random as many as adaptive", func(t *testing.T) {
		for _, name := range Conditions {
			p := rep.Conditions[name].Policies
			require.Equal(t, 15.0, p[Full].QuestionsMedian, name)
			require.Equal(t, 15, p[Full].QuestionsMax, name)
			require.Equal(t, p[Adaptive].QuestionsMedian, p[Random].QuestionsMedian, name)
			require.Equal(t, p[Adaptive].QuestionsMean, p[Random].QuestionsMean, name)
		}
	})

	t.Run("well-separated roles are found from clean answers", func(t *testing.T) {
		p := rep.Conditions[GRMClean].Policies
		require.GreaterOrEqual(t, p[Full].Top1, 0.9)
		require.GreaterOrEqual(t, p[Adaptive].Top3, 0.9)
		require.GreaterOrEqual(t, p[Full].Top1, rep.Conditions[Realistic].Policies[Full].Top1)
	})

	t.Run("shares are consistent", func(t *testing.T) {
		for _, name := range Conditions {
			for _, pol := range Policies {
				m := rep.Conditions[name].Policies[pol]
				require.LessOrEqual(t, m.Top1, m.Twin)
				require.LessOrEqual(t, m.Top1, m.Top3)
				share, count := 0.0, 0
				for _, l := range m.Labels {
					share += l.Share
					count += l.Count
				}
				require.InDelta(t, 1, share, 1e-9)
				require.Equal(t, m.Runs, count)
				require.InDelta(t, m.Calibration.Shown-m.Calibration.Right, m.Calibration.Bias, 1e-9)
				require.Len(t, m.Calibration.Bins, 10)
			}
		}
	})

	t.Run("every degenerate kind is run", func(t *testing.T) {
		require.Len(t, rep.Degenerate, len(DegenerateKinds))
		for i, d := range rep.Degenerate {
			require.Equal(t, DegenerateKinds[i], d.Kind)
			require.Positive(t, d.People)
			require.Positive(t, d.QuestionsMedian)
			require.LessOrEqual(t, d.QuestionsMax, 15)
		}
		require.Equal(t, 12, rep.Degenerate[len(rep.Degenerate)-2].People) // uniform random: 2·PerRole
	})

	t.Run("targets cover realistic, every condition but matched and degenerate answerers", func(t *testing.T) {
		byCond := map[string]int{}
		for _, tg := range rep.Targets {
			byCond[tg.Condition]++
			require.Contains(t, []string{"≥", "≤"}, tg.Op)
		}
		require.Equal(t, 5+2, byCond[Realistic])
		for _, name := range []string{GRMClean, Styles, Spread, School} {
			require.Equal(t, 2, byCond[name], name)
		}
		require.Zero(t, byCond[Matched])
		require.Equal(t, 1, byCond[""])
	})

	t.Run("a subset of conditions runs only those", func(t *testing.T) {
		sub, err := Evaluate(testCatalogue(), Options{Seed: 7, PerRole: 2, Config: quiz.DefaultConfig, Conditions: []string{Matched, GRMClean}})
		require.NoError(t, err)
		require.Equal(t, []string{Matched, GRMClean}, sub.Order)
		require.Len(t, sub.Conditions, 2)
		require.Len(t, sub.Targets, 3) // grm-clean calibration and "high", degenerate
	})

	t.Run("an unknown condition is an error", func(t *testing.T) {
		_, err := Evaluate(testCatalogue(), Options{Seed: 7, PerRole: 2, Config: quiz.DefaultConfig, Conditions: []string{"nope"}})
		require.Error(t, err)
	})

	t.Run("a catalogue without roles is an error", func(t *testing.T) {
		_, err := Evaluate(&content.Catalogue{}, opt)
		require.Error(t, err)
	})
}

// TestEmbedded runs a small evaluation of the embedded catalogue.
func TestEmbedded(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err)
	rep, err := Evaluate(cat, Options{Seed: 1, PerRole: 2, Config: quiz.DefaultConfig})
	require.NoError(t, err)
	n := len(cat.Questions)
	for _, name := range Conditions {
		p := rep.Conditions[name].Policies
		require.Equal(t, float64(n), p[Full].QuestionsMedian, name)
		require.LessOrEqual(t, p[Adaptive].QuestionsMax, n, name)
	}
}

func BenchmarkEvaluate(b *testing.B) {
	cat, err := content.Default()
	require.NoError(b, err)
	for i := 0; i < b.N; i++ {
		_, err := Evaluate(cat, Options{Seed: 1, PerRole: 2, Config: quiz.DefaultConfig})
		require.NoError(b, err)
	}
}

// mean answer of a person at level theta on trait 0 of a one-question bank.
func meanAnswer(t *testing.T, theta float64, style string, reverse, lowered, school bool) (mean float64, counts [6]int) {
	t.Helper()
	bk := &bank{items: []item{{a: 1.7, b: [4]float64{1.5, 2.5, 3.5, 4.5}, weights: []float64{1},
		measures: []scoring.Measure{{Trait: 0, Reverse: reverse}}, lowered: lowered}}}
	p := Person{Theta: []float64{theta}, Style: style, Lift: 0.8}
	rng := rand.New(rand.NewPCG(1, 2))
	const n = 4000
	for i := 0; i < n; i++ {
		v := bk.grmAnswer(0, p, school, rng)
		require.True(t, v >= 1 && v <= 5)
		counts[v]++
		mean += float64(v) / n
	}
	return mean, counts
}

func TestGradedResponse(t *testing.T) {
	t.Run("answers follow the trait level", func(t *testing.T) {
		low, _ := meanAnswer(t, 1.5, NoStyle, false, false, false)
		mid, _ := meanAnswer(t, 3, NoStyle, false, false, false)
		high, _ := meanAnswer(t, 4.5, NoStyle, false, false, false)
		require.Less(t, low, mid)
		require.Less(t, mid, high)
		require.InDelta(t, 3, mid, 0.15)
	})

	t.Run("a reverse-keyed question is answered from 6 minus the level", func(t *testing.T) {
		rev, _ := meanAnswer(t, 4.5, NoStyle, true, false, false)
		low, _ := meanAnswer(t, 1.5, NoStyle, false, false, false)
		require.InDelta(t, low, rev, 0.1)
	})

	t.Run("an acquiescent person agrees more", func(t *testing.T) {
		plain, _ := meanAnswer(t, 3, NoStyle, false, false, false)
		acq, _ := meanAnswer(t, 3, Acquiescent, false, false, false)
		require.Greater(t, acq, plain+0.4)
	})

	t.Run("an extreme person piles on 1 and 5, a middle one on 3", func(t *testing.T) {
		_, plain := meanAnswer(t, 4, NoStyle, false, false, false)
		_, extreme := meanAnswer(t, 4, Extreme, false, false, false)
		_, middle := meanAnswer(t, 4, Middle, false, false, false)
		require.Greater(t, extreme[5], plain[5])
		require.Greater(t, middle[3], plain[3])
		require.Less(t, middle[5], plain[5])
	})

	t.Run("a school student answers skills questions from a lower level", func(t *testing.T) {
		college, _ := meanAnswer(t, 4, NoStyle, false, true, false)
		school, _ := meanAnswer(t, 4, NoStyle, false, true, true)
		interest, _ := meanAnswer(t, 4, NoStyle, false, false, true)
		require.Less(t, school, college-0.5)
		require.InDelta(t, college, interest, 0.1)
	})
}

func TestCalibrate(t *testing.T) {
	t.Run("a figure always right at 0.9 is under-confident by 0.1", func(t *testing.T) {
		c := calibrate([]float64{0.9, 0.9}, []bool{true, true})
		require.InDelta(t, 0.1, c.Error, 1e-9)
		require.InDelta(t, -0.1, c.Bias, 1e-9)
		require.Equal(t, 2, c.Bins[9].Count)
	})

	t.Run("errors in opposite bins add up but the bias cancels", func(t *testing.T) {
		c := calibrate([]float64{0.8, 0.2}, []bool{false, true})
		require.InDelta(t, 0.8, c.Error, 1e-9)
		require.InDelta(t, 0, c.Bias, 1e-9)
	})
}

func TestSummarise(t *testing.T) {
	rk := scoring.Ranking{Confidence: scoring.Medium, Results: []scoring.Result{
		{RoleID: "a", Probability: 0.5, Confidence: scoring.Medium, Group: 1},
		{RoleID: "b", Probability: 0.3, Confidence: scoring.Low, Group: 1},
		{RoleID: "c", Probability: 0.1, Confidence: scoring.Low},
		{RoleID: "d", Probability: 0.1, Confidence: scoring.Low},
	}, Groups: []scoring.Group{{ID: 1, RoleIDs: []string{"a", "b"}, Probability: 0.8}}}

	t.Run("a twin of the top role counts for the twin group, not for top-1", func(t *testing.T) {
		o := summarise(rk, "b", 9)
		require.False(t, o.top)
		require.True(t, o.twin)
		require.True(t, o.top3)
		require.InDelta(t, 0.8, o.groupProb, 1e-9)
		require.Equal(t, 9, o.questions)
		require.True(t, o.cardsAgree)
		require.False(t, o.anyHigh)
	})

	t.Run("the fourth role is outside the top three", func(t *testing.T) {
		o := summarise(rk, "d", 9)
		require.False(t, o.top3)
		require.False(t, o.twin)
	})

	t.Run("a card above the verdict disagrees and shows high", func(t *testing.T) {
		bad := rk
		bad.Results = append([]scoring.Result(nil), rk.Results...)
		bad.Results[2].Confidence = scoring.High
		o := summarise(bad, "", 9)
		require.False(t, o.cardsAgree)
		require.True(t, o.anyHigh)
	})
}

func TestDegenerateAnswer(t *testing.T) {
	seq := func(kind string) []int {
		var out []int
		for n := 0; n < 6; n++ {
			out = append(out, degenerateAnswer(kind, n, func() int { return 9 }))
		}
		return out
	}
	require.Equal(t, []int{4, 4, 4, 4, 4, 4}, seq("all 4"))
	require.Equal(t, []int{1, 5, 1, 5, 1, 5}, seq(Alternating))
	require.Equal(t, []int{1, 2, 3, 4, 5, 1}, seq(Cycling))
	require.Equal(t, []int{9, 9, 9, 9, 9, 9}, seq(Uniform))
	require.Equal(t, []int{0, 0, 0, 0, 0, 0}, seq(AllSkipped))
}
func TestMetricsElsewhere(t *testing.T) {
	t.Run("the share of runs told to look elsewhere is counted", func(t *testing.T) {
		people := []student{
			{runs: [2]map[string]outcome{{Adaptive: {elsewhere: true}}, {Adaptive: {}}}},
			{runs: [2]map[string]outcome{{Adaptive: {}}, {Adaptive: {}}}},
		}
		require.InDelta(t, 0.25, metrics(Adaptive, people).Elsewhere, 1e-9)
	})
}
