package scoring

import (
	"math"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestDescending(t *testing.T) {
	for _, c := range []struct {
		name string
		a, b float64
		want int
	}{
		{"the larger comes first", 2, 1, -1},
		{"the smaller comes after", 1, 2, 1},
		{"equal values keep their order", 1, 1, 0},
		{"NaN keeps its place, as with >", math.NaN(), 1, 0},
	} {
		t.Run(c.name, func(t *testing.T) { require.Equal(t, c.want, Descending(c.a, c.b)) })
	}
}
