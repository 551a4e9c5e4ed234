package app

import (
	"net/url"
	"os"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/scoring"
	"github.com/stretchr/testify/require"
)

func TestParseEmbedOptions(t *testing.T) {
	c, err := catalogue()
	require.NoError(t, err)
	a, b := c.Roles[0].ID, c.Roles[1].ID
	for _, tc := range []struct {
		name  string
		query string
		want  embedOptions
		warns []string // a part of each warning, in order
	}{
		{"no options are the defaults", "", embedOptions{}, nil},
		{"every valid option is read", "host=https://Careers.Example.edu&accent=%230B6E4F&heading=+Find+your+career+&roles=" +
			b + "," + a + "&results=full&result-event=true",
			embedOptions{Host: "https://careers.example.edu", AccentLight: "#0b6e4f", AccentDark: "", Heading: "Find your career",
				Roles: []string{a, b}, FullResults: true, ResultEvent: true}, nil},
		{"a host with a path is not an origin", "host=https://a.example/page", embedOptions{}, []string{"host"}},
		{"a host that is not http is ignored", "host=javascript:alert(1)", embedOptions{}, []string{"host"}},
		{"a host with a quote is ignored", `host=https://a.example"x`, embedOptions{}, []string{"host"}},
		{"a short colour is expanded", "accent=%23036", embedOptions{AccentLight: "#003366"}, nil},
		{"a colour that is not hex is ignored", "accent=red%3Bbackground:url(x)", embedOptions{}, []string{"accent"}},
		{"a light colour is kept for the dark theme only", "accent=%23ffcc00", embedOptions{AccentDark: "#ffcc00"}, []string{"light theme"}},
		{"a heading of markup stays text", "heading=%3Cimg+src=x+onerror=alert(1)%3E",
			embedOptions{Heading: "<img src=x onerror=alert(1)>"}, nil},
		{"a long heading is ignored", "heading=" + strings.Repeat("x", maxHeading+1), embedOptions{}, []string{"longer"}},
		{"a heading with a control character is ignored", "heading=a%0Ab", embedOptions{}, []string{"control"}},
		{"unknown roles are named and the rest kept", "roles=" + a + ",nope," + b, embedOptions{Roles: []string{a, b}}, []string{`"nope"`}},
		{"one role is too few", "roles=" + a, embedOptions{}, []string{"at least 2"}},
		{"an unknown results value is ignored", "results=popup", embedOptions{}, []string{"results"}},
		{"the result event needs a host", "result-event=true", embedOptions{}, []string{"needs host"}},
		{"the result event can be turned off", "host=http://localhost:8001&result-event=false",
			embedOptions{Host: "http://localhost:8001"}, nil},
		{"an unknown option is named", "colour=red", embedOptions{}, []string{`"colour"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			q, err := url.ParseQuery(tc.query)
			require.NoError(t, err)
			got, warns := parseEmbedOptions(q, c)
			require.Equal(t, tc.want, got)
			require.Len(t, warns, len(tc.warns), "%q", warns)
			for i, w := range tc.warns {
				require.Contains(t, warns[i], w)
			}
		})
	}
}

func TestContrast(t *testing.T) {
	t.Run("black on white is 21:1", func(t *testing.T) {
		require.InDelta(t, 21, contrast("#000000", "#ffffff"), 0.01)
	})
	t.Run("the app's own accents pass in their themes", func(t *testing.T) {
		require.GreaterOrEqual(t, contrast("#1e40af", lightBackground), minContrast)
		require.GreaterOrEqual(t, contrast("#93c5fd", darkBackground), minContrast)
	})
	t.Run("a mid grey fails on white", func(t *testing.T) {
		require.Less(t, contrast("#999999", lightBackground), minContrast)
	})
}

func TestSubsetQuiz(t *testing.T) {
	c, err := catalogue()
	require.NoError(t, err)
	ids := []string{c.Roles[2].ID, c.Roles[5].ID, c.Roles[7].ID}
	e, err := subsetOf(c, ids)
	require.NoError(t, err)
	sub := e.Catalogue
	t.Run("the subset is built once, so its engine and saved key stay the same", func(t *testing.T) {
		again, err := subsetOf(c, ids)
		require.NoError(t, err)
		require.Same(t, e, again)
		require.Equal(t, progressKey, keyFor(c))
		require.Equal(t, progressKey+".roles:"+strings.Join(ids, ","), keyFor(sub))
	})
	t.Run("a quiz on the subset ranks only its roles", func(t *testing.T) {
		s := e.New()
		for n := 0; n < 100; n++ {
			q, ok := s.Current()
			if !ok {
				break
			}
			require.NoError(t, s.Answer(q.ID, 1+n%5))
		}
		rk := s.Results()
		require.Len(t, rk.Results, len(ids))
		for _, r := range rk.Results {
			require.Contains(t, ids, r.RoleID)
		}
		restored, _, err := e.Restore(s.Snapshot())
		require.NoError(t, err)
		require.Equal(t, len(s.Asked()), len(restored.Asked()))
	})
}

func TestResultMessage(t *testing.T) {
	rk := scoring.Ranking{Confidence: scoring.Medium, Results: []scoring.Result{
		{RoleID: "a", Title: "A", Fit: 40, Confidence: scoring.Medium}, {RoleID: "b", Title: "B", Fit: 20},
		{RoleID: "c", Title: "C", Fit: 10}, {RoleID: "d", Title: "D", Fit: 5}}}
	msg := resultMessage(rk)
	t.Run("it carries the top three roles' ids, titles and figures and nothing else", func(t *testing.T) {
		require.Equal(t, map[string]any{"type": msgResult, "confidence": "medium", "roles": []any{
			map[string]any{"id": "a", "title": "A", "fit": 40},
			map[string]any{"id": "b", "title": "B", "fit": 20},
			map[string]any{"id": "c", "title": "C", "fit": 10},
		}}, msg)
	})
}

func TestSnippetsMatchReadme(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	require.NoError(t, err)
	const base = "https://careers.example.edu/quiz"
	for name, snippet := range map[string]string{"loader": loaderSnippet(base), "frame": frameSnippet(base)} {
		t.Run("the About page's "+name+" snippet is README's", func(t *testing.T) {
			require.Contains(t, string(readme), snippet)
		})
	}
}
