package site

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"mime"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Serve returns the app's HTTP handler: files under /web/ come from webDir, precompressed
// when the browser accepts it; the web app manifest is the project's (see manifest);
// everything else is go-app's. A page go-app renders at an address that known rejects (the
// app's own "Page not found") is sent with status 404; a nil known accepts every address.
func Serve(h *app.Handler, webDir string, known func(path string) bool) http.Handler {
	base, _ := h.Resources.(prefixResolver)
	m := manifest(h, base)
	files := &staticFiles{dir: webDir}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if name, ok := strings.CutPrefix(r.URL.Path, "/web/"); ok {
			files.serve(w, r, name)
			return
		}
		if r.URL.Path == "/manifest.webmanifest" || r.URL.Path == "/manifest.json" {
			w.Header().Set("Content-Type", "application/manifest+json")
			w.Header().Set("Cache-Control", "no-cache")
			w.Header().Set("ETag", `"`+h.Version+`-manifest"`)
			http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(m))
			return
		}
		if known != nil && !known(r.URL.Path) {
			w = &notFoundWriter{ResponseWriter: w}
		}
		h.ServeHTTP(w, r)
	})
}

// notFoundWriter sends a page (an HTML response with status 200) with status 404 instead,
// and any other response as it is.
type notFoundWriter struct {
	http.ResponseWriter
	wrote bool
}

func (w *notFoundWriter) WriteHeader(code int) {
	if !w.wrote && code == http.StatusOK && strings.HasPrefix(w.Header().Get("Content-Type"), "text/html") {
		code = http.StatusNotFound
	}
	w.wrote = true
	w.ResponseWriter.WriteHeader(code)
}

func (w *notFoundWriter) Write(b []byte) (int, error) {
	if !w.wrote {
		w.WriteHeader(http.StatusOK)
	}
	return w.ResponseWriter.Write(b)
}

// staticFiles serves the files of a folder, each with a strong ETag from its content, so
// that a browser revalidating (as the service worker does with cache: "no-cache") gets
// a file that changed even when its modification time did not.
type staticFiles struct {
	dir   string
	mu    sync.Mutex
	etags map[etagKey]string
}

type etagKey struct {
	path string
	size int64
	mod  time.Time
}

// serve sends dir/name, or its .br or .gz sibling when the request accepts that coding and
// the sibling is not older than the file. A name that would leave dir is not found.
func (s *staticFiles) serve(w http.ResponseWriter, r *http.Request, name string) {
	name = strings.TrimPrefix(path.Clean("/"+name), "/")
	if name == "" || compressed(name) || !servable(name) {
		http.NotFound(w, r)
		return
	}
	root, err := os.OpenRoot(s.dir)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer root.Close()
	f, st, err := openFile(root, name)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	defer f.Close()

	ctype := mime.TypeByExtension(filepath.Ext(name))
	if ctype == "" {
		ctype = "application/octet-stream"
	}
	w.Header().Set("Content-Type", ctype)
	w.Header().Set("Cache-Control", "no-cache")
	w.Header().Add("Vary", "Accept-Encoding")

	body, bodyStat, coding := f, st, ""
	for _, enc := range acceptedEncodings(r.Header.Get("Accept-Encoding")) {
		cf, cst, err := openFile(root, name+enc.ext)
		if err != nil {
			continue
		}
		if cst.ModTime().Before(st.ModTime()) {
			cf.Close() // stale: the file changed after it was compressed
			continue
		}
		defer cf.Close()
		body, bodyStat, coding = cf, cst, enc.name
		break
	}
	if coding != "" {
		w.Header().Set("Content-Encoding", coding)
	}
	if tag, err := s.etag(name, coding, body, bodyStat); err == nil {
		w.Header().Set("ETag", tag)
	}
	http.ServeContent(w, r, "", bodyStat.ModTime(), body)
}

// openFile opens a regular file below root.
func openFile(root *os.Root, name string) (*os.File, os.FileInfo, error) {
	f, err := root.Open(name)
	if err != nil {
		return nil, nil, err
	}
	st, err := f.Stat()
	if err != nil || !st.Mode().IsRegular() {
		f.Close()
		if err == nil {
			err = os.ErrNotExist
		}
		return nil, nil, err
	}
	return f, st, nil
}

// etag returns the strong entity tag of f: a digest of its bytes, computed once for each
// size and modification time, and left at the start of the file.
func (s *staticFiles) etag(name, coding string, f *os.File, st os.FileInfo) (string, error) {
	key := etagKey{name + "\x00" + coding, st.Size(), st.ModTime()}
	s.mu.Lock()
	tag, ok := s.etags[key]
	s.mu.Unlock()
	if ok {
		return tag, nil
	}
	sum := sha256.New()
	if _, err := io.Copy(sum, f); err != nil {
		return "", err
	}
	if _, err := f.Seek(0, io.SeekStart); err != nil {
		return "", err
	}
	tag = `"` + hex.EncodeToString(sum.Sum(nil))[:20] + `"`
	s.mu.Lock()
	if s.etags == nil {
		s.etags = make(map[etagKey]string)
	}
	s.etags[key] = tag
	s.mu.Unlock()
	return tag, nil
}

// encoding is a content coding served from a precompressed sibling file.
type encoding struct{ name, ext string }

// encodings are the codings served, the preferred one first.
var encodings = []encoding{{"br", ".br"}, {"gzip", ".gz"}}

// acceptedEncodings returns the codings an Accept-Encoding header value allows, the one it
// weights highest first ("br" first on a tie), leaving out any it weights below identity
// (named, or through "*"): a browser that does not say it prefers the file as it is gets
// it compressed.
func acceptedEncodings(header string) []encoding {
	identity, _ := quality(header, "identity")
	var out []encoding
	for _, e := range encodings {
		if q, _ := quality(header, e.name); q > 0 && q >= identity {
			out = append(out, e)
		}
	}
	slices.SortStableFunc(out, func(a, b encoding) int {
		qa, _ := quality(header, a.name)
		qb, _ := quality(header, b.name)
		return cmp.Compare(qb, qa)
	})
	return out
}

// quality returns the weight an Accept-Encoding header value gives the coding enc, and
// whether the value names it; a coding it does not name has the weight of "*", if listed,
// else 0. A coding listed without a q value has weight 1.
func quality(header, enc string) (q float64, named bool) {
	star := 0.0
	for _, part := range strings.Split(header, ",") {
		fields := strings.Split(part, ";")
		name := strings.TrimSpace(fields[0])
		if name == "" {
			continue
		}
		w := 1.0
		for _, param := range fields[1:] {
			k, v, _ := strings.Cut(strings.TrimSpace(param), "=")
			if strings.EqualFold(strings.TrimSpace(k), "q") {
				parsed, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
				if err != nil || parsed < 0 {
					parsed = 0
				}
				w = min(parsed, 1)
			}
		}
		switch {
		case strings.EqualFold(name, enc):
			return w, true
		case name == "*":
			star = w
		}
	}
	return star, false
}
