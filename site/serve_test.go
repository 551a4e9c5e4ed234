package site

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
)

// webDir writes a web folder: app.css with .br and .gz siblings whose contents tell them
// apart, icon.svg with only a .gz sibling, a PNG with none, Go source and the worker
// template, and a secret beside the folder.
func webDir(t *testing.T) string {
	t.Helper()
	parent := t.TempDir()
	dir := filepath.Join(parent, "web")
	files := map[string]string{
		"app.css":        "body{}",
		"app.css.br":     "brotli bytes",
		"app.css.gz":     "gzip bytes",
		"icon.svg":       "<svg/>",
		"icon.svg.gz":    "gzip svg",
		"icon-192.png":   "png",
		"app.wasm":       "wasm",
		"embed.go":       "package web",
		"worker.js":      "const version = {{.Version}};",
		"sub/nested.txt": "nested",
	}
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
	// The siblings are newer than what they compress. Times are set, not left to the
	// clock: a file system with coarse timestamps would give two writes the same one.
	for name := range files {
		setModTime(t, filepath.Join(dir, filepath.FromSlash(name)), epoch)
	}
	for _, name := range []string{"app.css", "icon.svg"} {
		setModTime(t, filepath.Join(dir, name), epoch.Add(-time.Hour))
	}
	require.NoError(t, os.WriteFile(filepath.Join(parent, "secret.txt"), []byte("secret"), 0o644))
	return dir
}

// epoch is the modification time the tests give files, so that which file is newer never
// depends on the clock or on the file system's timestamp resolution.
var epoch = time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC)

func setModTime(t *testing.T, p string, tm time.Time) {
	t.Helper()
	require.NoError(t, os.Chtimes(p, tm, tm))
}

func get(t *testing.T, h http.Handler, path string, header map[string]string) *httptest.ResponseRecorder {
	t.Helper()
	r := httptest.NewRequest(http.MethodGet, path, nil)
	for k, v := range header {
		r.Header.Set(k, v)
	}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, r)
	return w
}

func TestServeStaticEncoding(t *testing.T) {
	files := &staticFiles{dir: webDir(t)}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { files.serve(w, r, r.URL.Path[1:]) })
	tests := []struct {
		name, path, accept string
		wantEncoding       string
		wantBody           string
	}{
		{"a browser that takes both gets brotli", "/app.css", "gzip, deflate, br, zstd", "br", "brotli bytes"},
		{"brotli wins a tie whatever the order", "/app.css", "br;q=0.8, gzip;q=0.8", "br", "brotli bytes"},
		{"the higher q value wins", "/app.css", "br;q=0.5, gzip;q=0.9", "gzip", "gzip bytes"},
		{"q=0 refuses a coding", "/app.css", "br;q=0, gzip", "gzip", "gzip bytes"},
		{"q values are read with spaces and upper case", "/app.css", "BR ; Q=0 , GZIP ; q=1", "gzip", "gzip bytes"},
		{"a wildcard accepts both", "/app.css", "*", "br", "brotli bytes"},
		{"a wildcard with q=0 refuses what is not named", "/app.css", "gzip;q=0.5, *;q=0", "gzip", "gzip bytes"},
		{"no header gets the file as it is", "/app.css", "", "", "body{}"},
		{"an unknown coding gets the file as it is", "/app.css", "zstd", "", "body{}"},
		{"identity preferred over both gets the file", "/app.css", "identity, br;q=0.5, gzip;q=0.5", "", "body{}"},
		{"a wildcard weights what it does not name", "/app.css", "*, br;q=0.5", "gzip", "gzip bytes"},
		{"identity named at the same weight still gets brotli", "/app.css", "br, identity", "br", "brotli bytes"},
		{"a missing brotli sibling falls back to gzip", "/icon.svg", "br, gzip", "gzip", "gzip svg"},
		{"a file without siblings is sent as it is", "/icon-192.png", "br, gzip", "", "png"},
		{"a malformed q value refuses", "/app.css", "br;q=x, gzip", "gzip", "gzip bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := get(t, h, tt.path, map[string]string{"Accept-Encoding": tt.accept})
			require.Equal(t, http.StatusOK, w.Code)
			require.Equal(t, tt.wantEncoding, w.Header().Get("Content-Encoding"))
			require.Equal(t, tt.wantBody, w.Body.String())
			require.Equal(t, "Accept-Encoding", w.Header().Get("Vary"))
			require.Equal(t, "no-cache", w.Header().Get("Cache-Control"))
			require.NotEmpty(t, w.Header().Get("ETag"))
		})
	}
}

func TestServeStaticContentType(t *testing.T) {
	files := &staticFiles{dir: webDir(t)}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { files.serve(w, r, r.URL.Path[1:]) })
	tests := []struct{ path, accept, want string }{
		{"/app.css", "br", "text/css; charset=utf-8"},
		{"/app.css", "", "text/css; charset=utf-8"},
		{"/icon.svg", "gzip", "image/svg+xml"},
		{"/app.wasm", "br", "application/wasm"},
		{"/icon-192.png", "", "image/png"},
	}
	for _, tt := range tests {
		t.Run("the type of "+tt.path+" is its own, not its sibling's", func(t *testing.T) {
			w := get(t, h, tt.path, map[string]string{"Accept-Encoding": tt.accept})
			require.Equal(t, http.StatusOK, w.Code)
			require.Equal(t, tt.want, w.Header().Get("Content-Type"))
		})
	}
}

func TestServeStaticRefuses(t *testing.T) {
	files := &staticFiles{dir: webDir(t)}
	tests := []struct{ name, file string }{
		{"a path out of the folder", "../secret.txt"},
		{"a deeper path out of the folder", "sub/../../secret.txt"},
		{"an absolute path", "/../secret.txt"},
		{"a sibling asked for by name", "app.css.br"},
		{"the folder itself", ""},
		{"a folder in it", "sub"},
		{"Go source", "embed.go"},
		{"the worker template", "worker.js"},
		{"a missing file", "missing.css"},
	}
	for _, tt := range tests {
		t.Run(tt.name+" is not found", func(t *testing.T) {
			r := httptest.NewRequest(http.MethodGet, "/", nil)
			r.Header.Set("Accept-Encoding", "br, gzip")
			w := httptest.NewRecorder()
			files.serve(w, r, tt.file)
			require.Equal(t, http.StatusNotFound, w.Code)
			require.NotContains(t, w.Body.String(), "secret")
		})
	}
	t.Run("a file in a folder is found", func(t *testing.T) {
		w := get(t, http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { files.serve(w, r, "sub/nested.txt") }), "/", nil)
		require.Equal(t, http.StatusOK, w.Code)
		require.Equal(t, "nested", w.Body.String())
	})
}

func TestServeStaticStaleSibling(t *testing.T) {
	dir := webDir(t)
	files := &staticFiles{dir: dir}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { files.serve(w, r, r.URL.Path[1:]) })
	// app.css changes after it was compressed: its siblings are stale.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "app.css"), []byte("body{color:red}"), 0o644))
	setModTime(t, filepath.Join(dir, "app.css"), epoch.Add(time.Hour))
	w := get(t, h, "/app.css", map[string]string{"Accept-Encoding": "br, gzip"})
	require.Equal(t, "", w.Header().Get("Content-Encoding"))
	require.Equal(t, "body{color:red}", w.Body.String())
}

func TestServeStaticETag(t *testing.T) {
	dir := webDir(t)
	files := &staticFiles{dir: dir}
	h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { files.serve(w, r, r.URL.Path[1:]) })
	first := get(t, h, "/icon-192.png", nil)
	tag := first.Header().Get("ETag")
	require.Regexp(t, `^"[0-9a-f]{20}"$`, tag)

	t.Run("a revalidation of an unchanged file is not modified", func(t *testing.T) {
		w := get(t, h, "/icon-192.png", map[string]string{"If-None-Match": tag})
		require.Equal(t, http.StatusNotModified, w.Code)
	})
	t.Run("each coding has its own tag", func(t *testing.T) {
		br := get(t, h, "/app.css", map[string]string{"Accept-Encoding": "br"}).Header().Get("ETag")
		gz := get(t, h, "/app.css", map[string]string{"Accept-Encoding": "gzip"}).Header().Get("ETag")
		id := get(t, h, "/app.css", nil).Header().Get("ETag")
		require.NotEqual(t, br, gz)
		require.NotEqual(t, br, id)
		require.NotEqual(t, gz, id)
	})
	t.Run("a file deployed with its modification time kept is sent again", func(t *testing.T) {
		p := filepath.Join(dir, "icon-192.png")
		st, err := os.Stat(p)
		require.NoError(t, err)
		require.NoError(t, os.WriteFile(p, []byte("new"), 0o644)) // same size
		require.NoError(t, os.Chtimes(p, st.ModTime(), st.ModTime()))
		restarted := &staticFiles{dir: dir}
		h := http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) { restarted.serve(w, r, r.URL.Path[1:]) })
		w := get(t, h, "/icon-192.png", map[string]string{"If-None-Match": tag, "If-Modified-Since": st.ModTime().UTC().Format(http.TimeFormat)})
		require.Equal(t, http.StatusOK, w.Code)
		require.Equal(t, "new", w.Body.String())
	})
}

func TestServe(t *testing.T) {
	dir := webDir(t)
	h, err := NewHandler(Options{WebDir: dir}, "/", "/quiz")
	require.NoError(t, err)
	routeTestPages()
	s := Serve(h, dir, func(p string) bool { return p == "/" || p == "/quiz" }, Headers{})

	t.Run("files under /web/ come from the folder, compressed", func(t *testing.T) {
		w := get(t, s, "/web/app.css", map[string]string{"Accept-Encoding": "br"})
		require.Equal(t, http.StatusOK, w.Code)
		require.Equal(t, "br", w.Header().Get("Content-Encoding"))
		require.Equal(t, "brotli bytes", w.Body.String())
	})
	t.Run("the manifest is the project's", func(t *testing.T) {
		w := get(t, s, "/manifest.webmanifest", nil)
		require.Equal(t, http.StatusOK, w.Code)
		require.Equal(t, "application/manifest+json", w.Header().Get("Content-Type"))
		require.Contains(t, w.Body.String(), `"scope": "/"`)
		require.Contains(t, w.Body.String(), `"purpose": "maskable"`)
	})
	t.Run("a page at an address that is not known is the app's own, with status 404", func(t *testing.T) {
		w := get(t, s, "/missing-page", nil)
		require.Equal(t, http.StatusNotFound, w.Code)
		require.Equal(t, "text/html; charset=utf-8", w.Header().Get("Content-Type"))
		require.Contains(t, w.Body.String(), "<h1>Not found</h1>")
	})
	t.Run("go-app's own files are not pages", func(t *testing.T) {
		require.Equal(t, http.StatusOK, get(t, s, "/app.js", nil).Code)
	})
	t.Run("the worker caches every page and the SVG icon", func(t *testing.T) {
		w := get(t, s, "/app-worker.js", nil)
		require.Equal(t, http.StatusOK, w.Code)
		for _, want := range []string{`"/quiz"`, `"/web/icon.svg"`, `"/web/app.wasm"`, `"/"`, `"` + h.Version + `"`} {
			require.Contains(t, w.Body.String(), want)
		}
	})
}

type previewPage struct{ app.Compo }

func (*previewPage) Render() app.UI { return app.H1().Text("Roles") }

func TestDomain(t *testing.T) {
	dir := webDir(t)
	app.Route("/roles", func() app.Composer { return &previewPage{} })
	t.Run("link previews name the domain", func(t *testing.T) {
		h, err := NewHandler(Options{WebDir: dir, Domain: "careers.example.edu"}, "/", "/roles")
		require.NoError(t, err)
		body := get(t, h, "/roles", nil).Body.String()
		for prop, want := range map[string]string{"og:url": "https://careers.example.edu/roles", "og:image": "https://careers.example.edu/web/icon-512.png"} {
			require.Regexp(t, `<meta (content="`+want+`" property="`+prop+`"|property="`+prop+`" content="`+want+`")>`, body)
		}
		require.NotContains(t, body, "https:///")
	})
	for _, bad := range []string{"https://careers.example.edu", "careers.example.edu/quiz", "user@host", "a b", ":8000"} {
		t.Run(bad+" is refused with a message", func(t *testing.T) {
			_, err := NewHandler(Options{WebDir: dir, Domain: bad}, "/")
			require.ErrorContains(t, err, "is not a host name")
		})
	}
	for _, good := range []string{"careers.example.edu", "localhost:8000", "[::1]:8000"} {
		t.Run(good+" is a host name", func(t *testing.T) {
			require.NoError(t, checkDomain(good))
		})
	}
}

func TestPrefixResolver(t *testing.T) {
	tests := []struct{ base, in, want string }{
		{"/", "/", "/"},
		{"/", "/web/app.css", "/web/app.css"},
		{"/", "/quiz", "/quiz"},
		{"/careers/quiz/", "/", "/careers/quiz"},
		{"/careers/quiz/", "", "/careers/quiz"},
		{"/careers/quiz/", "/web/app.css", "/careers/quiz/web/app.css"},
		{"/careers/quiz/", "/app.js", "/careers/quiz/app.js"},
		{"/careers/quiz/", "/quiz", "/careers/quiz/quiz"},
		{"/careers/quiz/", "/careers/quiz/quiz", "/careers/quiz/quiz"},
		{"/careers/quiz/", "/careers/quiz/", "/careers/quiz/"},
		{"/careers/quiz/", "/careers/quiz", "/careers/quiz"},
		{"/careers/quiz/", "/careers/quizzes", "/careers/quiz/careers/quizzes"},
		{"/careers/quiz/", "#main", "#main"},
		{"/careers/quiz/", "https://example.org/x", "https://example.org/x"},
		{"/careers/quiz/", "//example.org/x", "//example.org/x"},
		{"/careers/quiz/", "data:text/plain,x", "data:text/plain,x"},
		{"careers/quiz", "/web/icon.svg", "/careers/quiz/web/icon.svg"},
	}
	for _, tt := range tests {
		t.Run(tt.in+" under "+tt.base+" is "+tt.want, func(t *testing.T) {
			require.Equal(t, tt.want, newPrefixResolver(tt.base).Resolve(tt.in))
		})
	}
}

func TestManifest(t *testing.T) {
	h := &app.Handler{
		Name: "Career quiz", ShortName: "Quiz", Lang: "en",
		Icon: app.Icon{Default: "/web/icon-192.png", Large: "/web/icon-512.png", Maskable: "/web/icon-maskable.png", SVG: "/web/icon.svg"},
	}
	m := string(manifest(h, newPrefixResolver("/careers/quiz/")))
	for _, want := range []string{
		`"scope": "/careers/quiz/"`, `"start_url": "/careers/quiz/"`, `"id": "/careers/quiz/"`,
		`"src": "/careers/quiz/web/icon-192.png"`, `"src": "/careers/quiz/web/icon-512.png"`,
		`"src": "/careers/quiz/web/icon-maskable.png"`, `"src": "/careers/quiz/web/icon.svg"`,
		`"purpose": "maskable"`, `"type": "image/svg+xml"`, `"sizes": "192x192"`,
	} {
		require.Contains(t, m, want)
	}
	require.NotContains(t, m, `"purpose": ""`)
}
