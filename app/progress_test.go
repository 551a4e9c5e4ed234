package app

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestProgressBar(t *testing.T) {
	t.Run("the fill is done of total", func(t *testing.T) {
		var b progressBar
		require.Equal(t, 0, b.show(0, 10))
		require.Equal(t, 300, b.show(3, 10))
	})
	t.Run("a growing estimate does not move the fill back", func(t *testing.T) {
		var b progressBar
		require.Equal(t, 500, b.show(5, 10))
		require.Equal(t, 500, b.show(6, 20))
		require.Equal(t, 500, b.show(7, 20))
		require.Equal(t, 550, b.show(11, 20))
	})
	t.Run("a shrinking estimate moves the fill on", func(t *testing.T) {
		var b progressBar
		require.Equal(t, 200, b.show(2, 10))
		require.Equal(t, 375, b.show(3, 8))
	})
	t.Run("going back moves the fill back", func(t *testing.T) {
		var b progressBar
		require.Equal(t, 500, b.show(5, 10))
		require.Equal(t, 500, b.show(6, 20))
		require.Equal(t, 250, b.show(5, 20))
	})
	t.Run("a finished quiz is a full bar", func(t *testing.T) {
		var b progressBar
		require.Equal(t, 1000, b.show(12, 12))
		require.Equal(t, 1000, b.show(3, 0))
	})
}

func TestProgressText(t *testing.T) {
	for _, tc := range []struct {
		name               string
		done, fewest, most int
		want               string
	}{
		{"one question is singular", 1, 8, 20, "1 question answered. The quiz usually has 8 to 20."},
		{"several questions are plural", 7, 8, 20, "7 questions answered. The quiz usually has 8 to 20."},
		{"a quiz of fixed length says of how many", 3, 10, 10, "3 of 10 questions answered"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, progressText(tc.done, tc.fewest, tc.most))
		})
	}
}
