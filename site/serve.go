package site

import (
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/xml"
	"io"
	"mime"
	"net/http"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Serve returns the app's HTTP handler. Every response carries the security headers sec.
// Only GET and HEAD are answered (405 otherwise). Files under /web/ come from webDir,
// precompressed when the browser accepts it; the web app manifest is the project's (see
// manifest); /robots.txt allows everything, /sitemap.xml lists the pages when the handler
// has a domain, and other addresses with a file name are not found. Pages and go-app's own
// files are rendered once each, then sent as the same bytes with an ETag of their digest,
// compressed like the files. An address that known rejects, or a role page whose id could
// not be one, gets the app's own "Page not found" with status 404, the same page for every
// such address, which never repeats the address; a nil known accepts every address.
func Serve(h *app.Handler, webDir string, known func(path string) bool, sec Headers) http.Handler {
	base, _ := h.Resources.(prefixResolver)
	s := &server{
		h:     h,
		files: &staticFiles{dir: webDir},
		known: known,
		sec:   sec,
		fixed: map[string]*rendered{
			"/manifest.webmanifest": newRendered("application/manifest+json", manifest(h, base)),
			"/robots.txt":           newRendered("text/plain; charset=utf-8", robots(h.Domain)),
		},
	}
	s.fixed["/manifest.json"] = s.fixed["/manifest.webmanifest"]
	if h.Domain != "" {
		s.fixed["/sitemap.xml"] = newRendered("application/xml; charset=utf-8", sitemap(h.Domain, base, h.CacheableResources))
	}
	return s
}

// goappFiles are the files go-app's Handler makes, by the address they are served at.
var goappFiles = map[string]string{
	"/app.js":        "/app.js",
	"/goapp.js":      "/app.js",
	"/wasm_exec.js":  "/wasm_exec.js",
	"/app-worker.js": "/app-worker.js",
	"/app.css":       "/app.css",
}

// notFoundPath is the address the shared "Page not found" page is rendered for: one that no
// route of the app matches but its catch-all.
const notFoundPath = "/page-not-found"

// roleID is the form of a role's id, as content's checker requires it, in the address
// /roles/<id>. Its length is bounded by the server's header limit.
var roleID = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

type server struct {
	h     *app.Handler
	files *staticFiles
	known func(string) bool
	sec   Headers
	fixed map[string]*rendered

	mu    sync.Mutex
	pages map[string]*rendered // by path; only known pages, go-app's files and notFoundPath
}

func (s *server) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	s.sec.set(w.Header())
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	p := r.URL.Path
	if name, ok := strings.CutPrefix(p, "/web/"); ok {
		s.files.serve(w, r, name)
		return
	}
	if f, ok := s.fixed[p]; ok {
		f.serve(w, r, http.StatusOK)
		return
	}
	if src, ok := goappFiles[p]; ok {
		s.render(src).serve(w, r, http.StatusOK)
		return
	}
	if s.page(p) {
		s.render(p).serve(w, r, http.StatusOK)
		return
	}
	if path.Ext(p) != "" {
		http.NotFound(w, r) // a file that is not there, such as /ads.txt or /favicon.ico
		return
	}
	s.render(notFoundPath).serve(w, r, http.StatusNotFound)
}

// page reports whether p is the address of one of the app's pages.
func (s *server) page(p string) bool {
	if id, ok := strings.CutPrefix(p, "/roles/"); ok && !roleID.MatchString(id) {
		return false
	}
	if p == notFoundPath || path.Ext(p) != "" {
		return false
	}
	return s.known == nil || s.known(p)
}

// render returns what go-app's Handler sends for a GET of p, rendered on first use.
func (s *server) render(p string) *rendered {
	s.mu.Lock()
	defer s.mu.Unlock()
	if f, ok := s.pages[p]; ok {
		return f
	}
	rec := &recorder{header: http.Header{}}
	req := &http.Request{Method: http.MethodGet, URL: &url.URL{Path: p}, Header: http.Header{}, Host: "localhost"}
	s.h.ServeHTTP(rec, req.WithContext(context.Background()))
	ctype := rec.header.Get("Content-Type")
	switch {
	case strings.HasPrefix(ctype, "text/html"):
		ctype = "text/html; charset=utf-8"
	case strings.HasPrefix(ctype, "application/javascript"), strings.HasPrefix(ctype, "text/javascript"):
		ctype = "text/javascript; charset=utf-8"
	case strings.HasPrefix(ctype, "text/css"):
		ctype = "text/css; charset=utf-8"
	}
	f := newRendered(ctype, rec.body.Bytes())
	if s.pages == nil {
		s.pages = make(map[string]*rendered)
	}
	s.pages[p] = f
	return f
}

// recorder keeps what a handler writes.
type recorder struct {
	header http.Header
	body   bytes.Buffer
}

func (r *recorder) Header() http.Header         { return r.header }
func (r *recorder) Write(b []byte) (int, error) { return r.body.Write(b) }
func (r *recorder) WriteHeader(int)             {}

// rendered is a response made once and sent many times: its bytes as they are and
// compressed, each with the strong ETag of its digest.
type rendered struct {
	ctype    string
	variants map[string]variant // by content coding, "" for the bytes as they are
}

type variant struct {
	body []byte
	etag string
}

func newRendered(ctype string, body []byte) *rendered {
	f := &rendered{ctype: ctype, variants: map[string]variant{"": newVariant(body)}}
	if len(body) > 0 {
		br, gz := compressBytes(body)
		f.variants["br"] = newVariant(br)
		f.variants["gzip"] = newVariant(gz)
	}
	return f
}

func newVariant(b []byte) variant {
	sum := sha256.Sum256(b)
	return variant{body: b, etag: `"` + hex.EncodeToString(sum[:10]) + `"`}
}

// serve sends f with status code, in the coding the request prefers.
func (f *rendered) serve(w http.ResponseWriter, r *http.Request, code int) {
	v, coding := f.variants[""], ""
	for _, enc := range acceptedEncodings(r.Header.Get("Accept-Encoding")) {
		if cv, ok := f.variants[enc.name]; ok {
			v, coding = cv, enc.name
			break
		}
	}
	hdr := w.Header()
	hdr.Set("Content-Type", f.ctype)
	hdr.Set("Cache-Control", "no-cache")
	hdr.Add("Vary", "Accept-Encoding")
	if coding != "" {
		hdr.Set("Content-Encoding", coding)
	}
	if code != http.StatusOK {
		hdr.Set("Content-Length", strconv.Itoa(len(v.body)))
		w.WriteHeader(code)
		if r.Method != http.MethodHead {
			w.Write(v.body)
		}
		return
	}
	hdr.Set("ETag", v.etag)
	http.ServeContent(w, r, "", time.Time{}, bytes.NewReader(v.body))
}

// robots is /robots.txt: every crawler may read every page; with a domain, it names the
// sitemap.
func robots(domain string) []byte {
	s := "User-agent: *\nAllow: /\n"
	if domain != "" {
		s += "Sitemap: https://" + domain + "/sitemap.xml\n"
	}
	return []byte(s)
}

// sitemap is /sitemap.xml: every page among resources (the addresses without a file name),
// at https://domain under base.
func sitemap(domain string, base prefixResolver, resources []string) []byte {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	b.WriteString(`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` + "\n")
	for _, p := range resources {
		if path.Ext(p) != "" {
			continue
		}
		loc := base.Resolve(p)
		if p == "/" {
			loc = base.base() // the address a browser shows for the start page
		}
		b.WriteString("  <url><loc>")
		xml.EscapeText(&b, []byte("https://"+domain+loc))
		b.WriteString("</loc></url>\n")
	}
	b.WriteString("</urlset>\n")
	return b.Bytes()
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
