package scoring

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestTraitLevels(t *testing.T) {
	roles := []Role{{ID: "a", Title: "A", Profile: []float64{5, 1, 3}}}
	qs := []Question{
		{ID: "q1", Measures: []Measure{{Trait: 0}}},
		{ID: "q2", Measures: []Measure{{Trait: 0, Reverse: true}}},
		{ID: "q3", Measures: []Measure{{Trait: 1}, {Trait: 0}}},
	}
	m, err := NewModel([]string{"x", "y", "z"}, roles, qs, DefaultParams, 3)
	require.NoError(t, err)

	t.Run("a trait no answer measured has no level", func(t *testing.T) {
		lv := m.TraitLevels([]Answer{{Question: 0, Value: 5}})
		require.Equal(t, []TraitLevel{{Trait: 0, Level: 5, Answers: 1}, {Trait: 1}, {Trait: 2}}, lv)
	})
	t.Run("a reverse-keyed answer is turned round", func(t *testing.T) {
		lv := m.TraitLevels([]Answer{{Question: 0, Value: 5}, {Question: 1, Value: 1}})
		require.Equal(t, 5.0, lv[0].Level)
		require.Equal(t, 2, lv[0].Answers)
	})
	t.Run("a question on two traits counts half for each", func(t *testing.T) {
		lv := m.TraitLevels([]Answer{{Question: 0, Value: 5}, {Question: 2, Value: 2}})
		require.InDelta(t, (5+0.5*2)/1.5, lv[0].Level, 1e-9)
		require.Equal(t, 2.0, lv[1].Level)
	})
	t.Run("answers off the scale or to unknown questions are left out", func(t *testing.T) {
		lv := m.TraitLevels([]Answer{{Question: 0, Value: 9}, {Question: 7, Value: 3}})
		require.Equal(t, 0, lv[0].Answers)
		require.Equal(t, 0.0, lv[0].Level)
	})
}
