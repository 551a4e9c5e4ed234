package quiz

import (
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

func TestTraitLevels(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	s := engine(t, c).New()
	t.Run("before any answer no trait has a level", func(t *testing.T) {
		lv := s.TraitLevels()
		require.Len(t, lv, len(c.Traits))
		for i, l := range lv {
			require.Equal(t, c.Traits[i].ID, l.TraitID)
			require.Zero(t, l.Answers)
		}
	})
	t.Run("an answer sets the levels of the traits its question measures", func(t *testing.T) {
		q, ok := s.Current()
		require.True(t, ok)
		require.NoError(t, s.Answer(q.ID, 5))
		want := map[string]float64{}
		for _, m := range q.Measures {
			want[m.Trait] = 5
			if m.Reverse {
				want[m.Trait] = 1
			}
		}
		for _, l := range s.TraitLevels() {
			if v, ok := want[l.TraitID]; ok {
				require.Equal(t, v, l.Level, l.TraitID)
				require.Equal(t, 1, l.Answers)
			} else {
				require.Zero(t, l.Answers, l.TraitID)
			}
		}
	})
}

func TestLength(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	least, typical, most := engine(t, c).Length()
	require.Equal(t, DefaultConfig.MinQuestions, least)
	require.Equal(t, DefaultConfig.MaxQuestions, most)
	require.True(t, least <= typical && typical <= most)
}
