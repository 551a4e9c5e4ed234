package catgen

import (
	"go/format"
	"math"
	"reflect"
	"testing"

	"github.com/stretchr/testify/require"
)

type kind string

type inner struct {
	Name string
	N    int
}

type outer struct {
	Kind    kind
	Flag    bool
	Ratio   float64
	Small   uint8
	List    []inner
	Ptrs    []*inner
	Empty   []string
	Nil     []string
	Ptr     *inner
	Map     map[string]int
	Arr     [2]string
	private int
}

const pkg = "github.com/careerquiz/careerquiz/content/internal/catgen"

func TestLiteral(t *testing.T) {
	v := outer{
		Kind: "up to", Flag: true, Ratio: 0.1, Small: 7,
		List:    []inner{{Name: "a \"quoted\"\nline", N: 2}, {}},
		Ptrs:    []*inner{{N: 1}, nil},
		Empty:   []string{},
		Ptr:     &inner{Name: "p"},
		Map:     map[string]int{"b": 2, "a": 1},
		Arr:     [2]string{"x", ""},
		private: 9,
	}
	got, err := Literal(reflect.ValueOf(v), pkg)
	require.NoError(t, err)
	want := `outer{
Kind: "up to",
Flag: true,
Ratio: 0.1,
Small: 7,
List: []inner{
{
Name: "a \"quoted\"\nline",
N: 2,
},
{},
},
Ptrs: []*inner{
{
N: 1,
},
nil,
},
Empty: []string{},
Ptr: &inner{
Name: "p",
},
Map: map[string]int{
"a": 1,
"b": 2,
},
Arr: [2]string{
"x",
"",
},
}`
	require.Equal(t, want, got, "zero fields, unexported fields and nil slices are left out; an empty slice stays")
	_, err = format.Source([]byte("package p\nvar _ = " + got))
	require.NoError(t, err)
}

func TestLiteralRefuses(t *testing.T) {
	for name, v := range map[string]any{
		"an interface":              struct{ X any }{X: 1},
		"a function":                struct{ F func() }{F: func() {}},
		"a NaN":                     struct{ F float64 }{F: math.NaN()},
		"a type of another package": struct{ R *reflect.Method }{R: &reflect.Method{Name: "x"}},
		"an infinity":               struct{ F float64 }{F: math.Inf(1)},
	} {
		t.Run(name, func(t *testing.T) {
			_, err := Literal(reflect.ValueOf(v), pkg)
			require.Error(t, err)
		})
	}
}
