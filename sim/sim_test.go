package sim

import (
	"bytes"
	"encoding/json"
	"fmt"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/stretchr/testify/require"
)

// testCatalogue has five well-separated roles over five traits and three questions per trait,
// one of them reverse-keyed.
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
			cat.Questions = append(cat.Questions, content.Question{
				ID: fmt.Sprintf("%s-%d", t, k), Text: t, Measures: []content.Measure{{Trait: t, Reverse: k == 2}},
			})
		}
	}
	return cat
}

func TestEvaluate(t *testing.T) {
	opt := Options{Seed: 7, PerRole: 6, Config: quiz.DefaultConfig}

	t.Run("the same seed gives the same report", func(t *testing.T) {
		a, err := Evaluate(testCatalogue(), opt)
		require.NoError(t, err)
		b, err := Evaluate(testCatalogue(), opt)
		require.NoError(t, err)
		require.Equal(t, a, b)
	})

	t.Run("the full questionnaire agrees with itself and the adaptive engine finds distinct roles", func(t *testing.T) {
		rep, err := Evaluate(testCatalogue(), opt)
		require.NoError(t, err)
		require.Equal(t, 1.0, rep.Full.AgreementTop1)
		require.Equal(t, float64(len(testCatalogue().Questions)), rep.Full.QuestionsMedian)
		require.GreaterOrEqual(t, rep.Adaptive.AccuracyTop1, 0.9)
		require.Less(t, rep.Adaptive.QuestionsMedian, rep.Full.QuestionsMedian)
		require.Equal(t, 1.0, rep.Adaptive.DegenerateByKind[AllUnsure])
		require.Equal(t, 1.0, rep.Adaptive.DegenerateByKind[StraightLine])
	})

	t.Run("a catalogue without roles is an error", func(t *testing.T) {
		_, err := Evaluate(&content.Catalogue{}, opt)
		require.Error(t, err)
	})
}

func TestRun(t *testing.T) {
	defer func(old func() (*content.Catalogue, error)) { load = old }(load)
	load = func() (*content.Catalogue, error) { return testCatalogue(), nil }

	t.Run("json output is an object keyed by policy with the figures", func(t *testing.T) {
		var out, errs bytes.Buffer
		require.Equal(t, 0, Run([]string{"--seed", "3", "--n", "4", "--json"}, &out, &errs), errs.String())
		var rep map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(out.Bytes(), &rep))
		for _, key := range []string{"adaptive", "random", "full", "mismatched"} {
			require.Contains(t, rep, key)
		}
		var adaptive map[string]any
		require.NoError(t, json.Unmarshal(rep["adaptive"], &adaptive))
		for _, key := range []string{"questions_median", "questions_p90", "questions_max", "agreement_top1", "top3_contains_full_top1",
			"accuracy_top1", "stability_top1", "calibration_error", "degenerate_low_confidence"} {
			require.Contains(t, adaptive, key)
		}
		var mismatched map[string]map[string]any
		require.NoError(t, json.Unmarshal(rep["mismatched"], &mismatched))
		require.Contains(t, mismatched, "adaptive")
	})

	t.Run("without json a table is printed", func(t *testing.T) {
		var out, errs bytes.Buffer
		require.Equal(t, 0, Run([]string{"--n", "2"}, &out, &errs))
		require.Contains(t, out.String(), "agreement top1")
		require.Contains(t, out.String(), "targets")
	})

	t.Run("a bad flag is a usage error", func(t *testing.T) {
		var out, errs bytes.Buffer
		require.Equal(t, 2, Run([]string{"--bogus"}, &out, &errs))
		require.Equal(t, 2, Run([]string{"--n", "0"}, &out, &errs))
	})
}
