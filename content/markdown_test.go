package content

import (
	"regexp"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// plainByRegexp is what plain does, written as the regular expressions it replaces.
func plainByRegexp(s string) string {
	s = regexp.MustCompile(`\*\*([^*]+)\*\*`).ReplaceAllString(s, "$1")
	s = regexp.MustCompile(`\*([^*\s][^*]*)\*`).ReplaceAllString(s, "$1")
	return strings.Join(strings.Fields(s), " ")
}

var plainCases = []struct{ in, want string }{
	{"plain text", "plain text"},
	{"  spaced \t out\n text ", "spaced out text"},
	{"**bold** and *italic*", "bold and italic"},
	{"a **bold** b **more** c", "a bold b more c"},
	{"***both***", "both"},
	{"2 * 3 * 4", "2 * 3 * 4"},
	{"* not italic*", "* not italic*"},
	{"*italic *", "italic"},
	{"**unclosed", "**unclosed"},
	{"a ** b", "a ** b"},
	{"****", "****"},
	{"*a**b*", "ab"},
	{"x\u00a0y", "x y"},
	{"café **crème**", "café crème"},
	{"ends with a wide space\u3000", "ends with a wide space"},
	{"line\u2028break", "line break"},
	{"bad \xff byte", "bad \xff byte"},
}

func TestPlain(t *testing.T) {
	for _, tc := range plainCases {
		t.Run(tc.in, func(t *testing.T) {
			require.Equal(t, plainByRegexp(tc.in), plain(tc.in), "the same as the regular expressions")
			require.Equal(t, tc.want, plain(tc.in))
		})
	}
}

func FuzzPlain(f *testing.F) {
	for _, tc := range plainCases {
		f.Add(tc.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		require.Equal(t, plainByRegexp(s), plain(s))
	})
}
