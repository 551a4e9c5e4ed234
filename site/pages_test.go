package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/andybalholm/brotli"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
)

var routeOnce sync.Once

// routeTestPages routes the addresses the tests ask for, as the app does: a few pages, role
// pages by pattern, and a catch-all "Not found" page.
func routeTestPages() {
	routeOnce.Do(func() {
		app.Route("/", func() app.Composer { return &headingPage{text: "Home"} })
		app.Route("/quiz", func() app.Composer { return &headingPage{text: "Quiz"} })
		app.RouteWithRegexp("^/roles/[a-z0-9-]+$", func() app.Composer { return &headingPage{text: "Role"} })
		app.RouteWithRegexp("^/", func() app.Composer { return &headingPage{text: "Not found"} })
	})
}

// headingPage is a page that is only its heading, with attributes whose order go-app may
// change from one rendering to the next.
type headingPage struct {
	app.Compo
	text string
}

func (p *headingPage) Render() app.UI {
	return app.Div().ID("page").Class("page").Title("t").Aria("label", "l").Body(app.H1().Text(p.text))
}

// testServer returns the app's handler over a test web folder, its pages "/", "/quiz" and
// "/roles/data-scientist", with the given security headers and domain.
func testServer(t *testing.T, domain string, sec Headers) http.Handler {
	t.Helper()
	dir := webDir(t)
	routeTestPages()
	pages := []string{"/", "/quiz", "/roles/data-scientist"}
	h, err := NewHandler(Options{WebDir: dir, Domain: domain}, pages...)
	require.NoError(t, err)
	known := func(p string) bool {
		for _, k := range pages {
			if p == k {
				return true
			}
		}
		return false
	}
	return Serve(h, dir, known, sec)
}

func do(t *testing.T, h http.Handler, method, target string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(method, target, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestServeMethods(t *testing.T) {
	s := testServer(t, "", Headers{})
	for _, method := range []string{"POST", "PUT", "DELETE", "PATCH", "TRACE", "OPTIONS", "CONNECT", "PROPFIND"} {
		for _, target := range []string{"/", "/quiz", "/web/app.css", "/app.js", "/manifest.webmanifest", "/nowhere"} {
			t.Run(method+" "+target+" is not allowed", func(t *testing.T) {
				w := do(t, s, method, target, nil)
				require.Equal(t, http.StatusMethodNotAllowed, w.Code)
				require.Equal(t, "GET, HEAD", w.Header().Get("Allow"))
				require.NotContains(t, w.Body.String(), "<h1>")
			})
		}
	}
	for _, target := range []string{"/", "/web/app.css", "/app.js"} {
		t.Run("HEAD "+target+" has the headers of GET and no body", func(t *testing.T) {
			g := do(t, s, http.MethodGet, target, nil)
			h := do(t, s, http.MethodHead, target, nil)
			require.Equal(t, http.StatusOK, h.Code)
			require.Empty(t, h.Body.Bytes())
			require.Equal(t, g.Header().Get("ETag"), h.Header().Get("ETag"))
			require.Equal(t, g.Header().Get("Content-Length"), h.Header().Get("Content-Length"))
		})
	}
}

func TestServeRoleIDs(t *testing.T) {
	s := testServer(t, "careers.example.edu", Headers{})
	t.Run("a known role is its page", func(t *testing.T) {
		w := do(t, s, http.MethodGet, "/roles/data-scientist", nil)
		require.Equal(t, http.StatusOK, w.Code)
		require.Contains(t, w.Body.String(), "<h1>Role</h1>")
	})
	long := strings.Repeat("a", 1<<20)
	tests := []struct{ name, target, echo string }{
		{"an unknown id of the right form", "/roles/astronaut-x", "astronaut-x"},
		{"an id with upper case", "/roles/Data-Scientist", "Data-Scientist"},
		{"an id with a quote", "/roles/a%22b", `a"b`},
		{"an id with markup", "/roles/%3Cscript%3Ex", "<script>"},
		{"an id of a megabyte", "/roles/" + long, long[:200]},
		{"an id with a double hyphen", "/roles/data--scientist", "data--scientist"},
		{"an id ending in a hyphen", "/roles/data-", "data-"},
		{"a nested path", "/roles/data-scientist/extra", "extra"},
		{"an address that is no page", "/no-such-page-here", "no-such-page-here"},
		{"a known page with a query", "/roles/nope?x=%22%3Eevil", "evil"},
	}
	var first string
	for _, tt := range tests {
		t.Run(tt.name+" is the shared 404 page, without the address", func(t *testing.T) {
			w := do(t, s, http.MethodGet, tt.target, nil)
			require.Equal(t, http.StatusNotFound, w.Code)
			body := w.Body.String()
			require.Contains(t, body, "<h1>Not found</h1>")
			require.NotContains(t, body, tt.echo)
			require.Less(t, len(body), 16<<10)
			if first == "" {
				first = body
			}
			require.Equal(t, first, body, "every unknown address gets the same bytes")
		})
	}
	t.Run("an id that cannot be one is refused before the catalogue is asked", func(t *testing.T) {
		dir := webDir(t)
		h, err := NewHandler(Options{WebDir: dir}, "/")
		require.NoError(t, err)
		asked := 0
		s := Serve(h, dir, func(string) bool { asked++; return true }, Headers{})
		require.Equal(t, http.StatusNotFound, do(t, s, http.MethodGet, "/roles/"+strings.ToUpper(long), nil).Code)
		require.Equal(t, http.StatusNotFound, do(t, s, http.MethodGet, "/roles/a_b", nil).Code)
		require.Equal(t, http.StatusNotFound, do(t, s, http.MethodGet, "/roles/-a", nil).Code)
		require.Equal(t, 0, asked)
		require.Equal(t, http.StatusOK, do(t, s, http.MethodGet, "/roles/data-scientist", nil).Code)
		require.Equal(t, 1, asked)
	})
}

func TestServeWellKnownFiles(t *testing.T) {
	var logged []string
	old := app.DefaultLogger
	app.DefaultLogger = func(format string, v ...any) { logged = append(logged, format) }
	t.Cleanup(func() { app.DefaultLogger = old })

	plain := testServer(t, "", Headers{})
	t.Run("robots.txt allows every crawler and names no sitemap", func(t *testing.T) {
		w := do(t, plain, http.MethodGet, "/robots.txt", nil)
		require.Equal(t, http.StatusOK, w.Code)
		require.Equal(t, "text/plain; charset=utf-8", w.Header().Get("Content-Type"))
		require.Equal(t, "User-agent: *\nAllow: /\n", w.Body.String())
	})
	for _, p := range []string{"/sitemap.xml", "/ads.txt", "/favicon.ico", "/app.wasm"} {
		t.Run(p+" is not found, without a page", func(t *testing.T) {
			w := do(t, plain, http.MethodGet, p, nil)
			require.Equal(t, http.StatusNotFound, w.Code)
			require.NotContains(t, w.Body.String(), "<h1>")
		})
	}
	withDomain := testServer(t, "careers.example.edu", Headers{})
	t.Run("with a domain, robots.txt names the sitemap", func(t *testing.T) {
		require.Equal(t, "User-agent: *\nAllow: /\nSitemap: https://careers.example.edu/sitemap.xml\n",
			do(t, withDomain, http.MethodGet, "/robots.txt", nil).Body.String())
	})
	t.Run("with a domain, the sitemap lists every page and no file", func(t *testing.T) {
		w := do(t, withDomain, http.MethodGet, "/sitemap.xml", nil)
		require.Equal(t, http.StatusOK, w.Code)
		require.Equal(t, "application/xml; charset=utf-8", w.Header().Get("Content-Type"))
		body := w.Body.String()
		for _, loc := range []string{"https://careers.example.edu/", "https://careers.example.edu/quiz", "https://careers.example.edu/roles/data-scientist"} {
			require.Contains(t, body, "<loc>"+loc+"</loc>")
		}
		require.NotContains(t, body, ".wasm")
		require.NotContains(t, body, ".svg")
	})
	t.Run("no error is logged", func(t *testing.T) {
		require.Empty(t, logged)
	})
}

func decode(t *testing.T, coding string, b []byte) []byte {
	t.Helper()
	var r io.Reader
	switch coding {
	case "br":
		r = brotli.NewReader(bytes.NewReader(b))
	case "gzip":
		gr, err := gzip.NewReader(bytes.NewReader(b))
		require.NoError(t, err)
		r = gr
	default:
		return b
	}
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	return out
}

func TestServePagesCompressed(t *testing.T) {
	s := testServer(t, "", Headers{})
	types := map[string]string{
		"/":                     "text/html; charset=utf-8",
		"/quiz":                 "text/html; charset=utf-8",
		"/nowhere":              "text/html; charset=utf-8",
		"/app.js":               "text/javascript; charset=utf-8",
		"/wasm_exec.js":         "text/javascript; charset=utf-8",
		"/app-worker.js":        "text/javascript; charset=utf-8",
		"/app.css":              "text/css; charset=utf-8",
		"/manifest.webmanifest": "application/manifest+json",
		"/robots.txt":           "text/plain; charset=utf-8",
	}
	for p, ctype := range types {
		plain := do(t, s, http.MethodGet, p, nil)
		require.NotEmpty(t, plain.Body.Bytes())
		for _, coding := range []string{"br", "gzip"} {
			t.Run(p+" is sent with "+coding+" to a browser that accepts it", func(t *testing.T) {
				w := do(t, s, http.MethodGet, p, map[string]string{"Accept-Encoding": coding})
				require.Equal(t, coding, w.Header().Get("Content-Encoding"))
				require.Equal(t, ctype, w.Header().Get("Content-Type"))
				require.Equal(t, "Accept-Encoding", w.Header().Get("Vary"))
				require.Less(t, w.Body.Len(), plain.Body.Len()+32)
				require.Equal(t, plain.Body.String(), string(decode(t, coding, w.Body.Bytes())))
			})
		}
		t.Run(p+" is sent as it is without Accept-Encoding", func(t *testing.T) {
			require.Equal(t, "", plain.Header().Get("Content-Encoding"))
			require.Equal(t, ctype, plain.Header().Get("Content-Type"))
			require.Equal(t, "Accept-Encoding", plain.Header().Get("Vary"))
		})
	}
}

func TestServeETags(t *testing.T) {
	s := testServer(t, "", Headers{})
	t.Run("the same address gets the same bytes and tag every time", func(t *testing.T) {
		first := do(t, s, http.MethodGet, "/", nil)
		for range 20 {
			w := do(t, s, http.MethodGet, "/", nil)
			require.Equal(t, first.Body.String(), w.Body.String())
			require.Equal(t, first.Header().Get("ETag"), w.Header().Get("ETag"))
		}
	})
	t.Run("different bytes get different tags", func(t *testing.T) {
		seen := map[string]string{}
		for _, p := range []string{"/", "/quiz", "/roles/data-scientist", "/app.js", "/wasm_exec.js", "/app.css", "/app-worker.js", "/manifest.webmanifest"} {
			for _, coding := range []string{"", "br", "gzip"} {
				w := do(t, s, http.MethodGet, p, map[string]string{"Accept-Encoding": coding})
				tag := w.Header().Get("ETag")
				require.Regexp(t, `^"[0-9a-f]{20}"$`, tag)
				body, ok := seen[tag]
				require.False(t, ok && body != w.Body.String(), "%s (%s) shares its tag with other bytes", p, coding)
				seen[tag] = w.Body.String()
			}
		}
		require.Len(t, seen, 24)
	})
	t.Run("a revalidation with the tag is not modified", func(t *testing.T) {
		for _, coding := range []string{"", "br"} {
			tag := do(t, s, http.MethodGet, "/quiz", map[string]string{"Accept-Encoding": coding}).Header().Get("ETag")
			w := do(t, s, http.MethodGet, "/quiz", map[string]string{"Accept-Encoding": coding, "If-None-Match": tag})
			require.Equal(t, http.StatusNotModified, w.Code)
			require.Empty(t, w.Body.Bytes())
		}
	})
	t.Run("a tag of other bytes gets the page", func(t *testing.T) {
		tag := do(t, s, http.MethodGet, "/", nil).Header().Get("ETag")
		w := do(t, s, http.MethodGet, "/quiz", map[string]string{"If-None-Match": tag})
		require.Equal(t, http.StatusOK, w.Code)
		require.Contains(t, w.Body.String(), "<h1>Quiz</h1>")
	})
}
