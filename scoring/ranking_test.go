package scoring

import (
	"math"
	"slices"
	"sort"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSortStable(t *testing.T) {
	type item struct {
		key  float64
		name string
	}
	x := []item{{1, "a"}, {3, "b"}, {2, "c"}, {3, "d"}, {1, "e"}, {math.NaN(), "f"}, {2, "g"}}
	SortStable(x, func(a, b item) bool { return a.key > b.key })
	var names []string
	for _, it := range x {
		names = append(names, it.name)
	}
	want := slices.Clone(x)
	sort.SliceStable(want, func(i, j int) bool { return want[i].key > want[j].key })
	var wantNames []string
	for _, it := range want {
		wantNames = append(wantNames, it.name)
	}
	require.Equal(t, wantNames, names, "the order sort.SliceStable gives")
	SortStable([]int(nil), func(a, b int) bool { return a < b })
}
