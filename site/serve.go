package site

import (
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Serve returns the app's HTTP handler: files under /web/ come from webDir, precompressed
// when the browser accepts it; everything else is go-app's.
func Serve(h *app.Handler, webDir string) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if name, ok := strings.CutPrefix(r.URL.Path, "/web/"); ok {
			serveStatic(w, r, webDir, name)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// serveStatic sends webDir/name, choosing its .br or .gz sibling by Accept-Encoding.
func serveStatic(w http.ResponseWriter, r *http.Request, webDir, name string) {
	clean := path.Clean("/" + name)
	file := filepath.Join(webDir, filepath.FromSlash(clean))
	if compressed(file) {
		http.NotFound(w, r)
		return
	}
	ctype := mime.TypeByExtension(filepath.Ext(file))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Add("Vary", "Accept-Encoding")
	accept := r.Header.Get("Accept-Encoding")
	for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
		if !acceptsEncoding(accept, enc.name) {
			continue
		}
		if f, err := os.Open(file + enc.ext); err == nil {
			defer f.Close()
			st, err := f.Stat()
			if err != nil {
				break
			}
			w.Header().Set("Content-Encoding", enc.name)
			http.ServeContent(w, r, "", st.ModTime(), f)
			return
		}
	}
	f, err := os.Open(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil || st.IsDir() {
		http.NotFound(w, r)
		return
	}
	http.ServeContent(w, r, "", st.ModTime(), f)
}

// acceptsEncoding reports whether an Accept-Encoding header value allows enc (q=0 refuses).
func acceptsEncoding(header, enc string) bool {
	for _, part := range strings.Split(header, ",") {
		name, params, _ := strings.Cut(strings.TrimSpace(part), ";")
		if !strings.EqualFold(strings.TrimSpace(name), enc) {
			continue
		}
		if q, ok := strings.CutPrefix(strings.TrimSpace(params), "q="); ok {
			v, err := strconv.ParseFloat(q, 64)
			return err == nil && v > 0
		}
		return true
	}
	return false
}
