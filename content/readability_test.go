package content

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSyllables(t *testing.T) {
	tests := []struct {
		word string
		want int
	}{
		{"cat", 1}, {"make", 1}, {"table", 2}, {"computer", 3}, {"people", 2}, {"liked", 1},
		{"wanted", 2}, {"boxes", 2}, {"makes", 1}, {"every", 3}, {"analysis", 4}, {"by", 1},
		{"system", 2}, {"free", 1}, {"don't", 1}, {"2024", 1}, {"I", 1},
	}
	for _, tt := range tests {
		t.Run(tt.word+" has the syllables a reader hears", func(t *testing.T) {
			require.Equal(t, tt.want, Syllables(tt.word))
		})
	}
}

func TestGrade(t *testing.T) {
	t.Run("the grade follows the Flesch-Kincaid formula", func(t *testing.T) {
		// 6 words, 1 sentence, 7 syllables.
		require.InDelta(t, 0.39*6+11.8*7/6-15.59, Grade("The cat sat on the table."), 1e-9)
	})
	t.Run("two sentences halve the words per sentence", func(t *testing.T) {
		require.InDelta(t, 0.39*3+11.8*1-15.59, Grade("I like dogs. I like cats."), 1e-9)
	})
	t.Run("a long sentence of long words reads above grade 10", func(t *testing.T) {
		require.Greater(t, Grade("I would appreciate the opportunity to investigate sophisticated computational infrastructure improvements systematically."), 10.0)
	})
	t.Run("a short plain sentence reads below grade 4", func(t *testing.T) {
		require.Less(t, Grade("I like to draw."), 4.0)
	})
	t.Run("no words is grade 0", func(t *testing.T) {
		require.Equal(t, 0.0, Grade(" - "))
	})
}
