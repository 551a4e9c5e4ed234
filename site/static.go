package site

import (
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Static writes the app as a static website to dir: the prerendered pages, go-app's files,
// the project's manifest, a copy of the web folder, and .br and .gz siblings of every
// compressible file. Up-to-date siblings in the web folder are copied rather than made anew.
// Beside them it writes robots.txt (at the root) and sitemap.xml (with a domain), and the
// security headers o.Headers in the forms static hosts read: _headers (Netlify, Cloudflare
// Pages, which compress on their own) and an nginx snippet, which sends the siblings.
func Static(dir string, o Options, pages ...string) error {
	h, err := NewHandler(o, pages...)
	if err != nil {
		return err
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := app.GenerateStaticWebsite(dir, h, pages...); err != nil {
		return fmt.Errorf("generating the static site: %w", err)
	}
	base, _ := h.Resources.(prefixResolver)
	if err := os.WriteFile(filepath.Join(dir, "manifest.webmanifest"), manifest(h, base), 0o644); err != nil {
		return err
	}
	if base == "" {
		if err := os.WriteFile(filepath.Join(dir, "robots.txt"), robots(h.Domain), 0o644); err != nil {
			return err
		}
	}
	if h.Domain != "" {
		if err := os.WriteFile(filepath.Join(dir, "sitemap.xml"), sitemap(h.Domain, base, h.CacheableResources), 0o644); err != nil {
			return err
		}
	}
	if err := copyWeb(filepath.Join(dir, "web"), o.WebDir); err != nil {
		return fmt.Errorf("copying %s: %w", o.WebDir, err)
	}
	if err := Precompress(dir); err != nil {
		return err
	}
	// Written last, so that they get no compressed siblings: hosts read them, browsers do not.
	if err := os.WriteFile(filepath.Join(dir, "_headers"), hostHeaders(o.Headers, base), 0o644); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dir, NginxSnippet), nginxHeaders(o.Headers, base), 0o644)
}

// NginxSnippet is the name of the nginx settings file a static build writes.
const NginxSnippet = "careerquiz.nginx.conf"

// hostHeaders is the _headers file of Netlify and Cloudflare Pages: the security headers for
// every address under base.
func hostHeaders(sec Headers, base prefixResolver) []byte {
	var b strings.Builder
	b.WriteString("# The career quiz's security headers, read by Netlify and Cloudflare Pages. Keep this\n")
	b.WriteString("# file at the root of the folder you publish.\n")
	b.WriteString(base.base() + "*\n")
	for _, kv := range sec.List() {
		fmt.Fprintf(&b, "  %s: %s\n", kv[0], kv[1])
	}
	return []byte(b.String())
}

// nginxHeaders is an nginx snippet for the location that serves the site: the security
// headers, the charset, the precompressed files and the .html of page addresses.
func nginxHeaders(sec Headers, base prefixResolver) []byte {
	var b strings.Builder
	fmt.Fprintf(&b, `# The career quiz for nginx: include this file in the block that serves the site at %s,
# such as
#   location %s { alias /srv/careerquiz/; include /srv/careerquiz/%s; }
# nginx drops add_header lines of enclosing blocks when a block has its own, so these are
# all the headers this location sends.
`, base.base(), base.base(), NginxSnippet)
	for _, kv := range sec.List() {
		fmt.Fprintf(&b, "add_header %s \"%s\" always;\n", kv[0], kv[1])
	}
	b.WriteString(`charset utf-8;
charset_types text/css text/plain text/javascript application/javascript application/manifest+json image/svg+xml;
# Page addresses have no extension: /quiz is quiz.html.
try_files $uri $uri.html $uri/ =404;
# Send the .gz sibling of a file (every page, script, style, the manifest and the wasm have
# one) to browsers that accept it, with Vary: Accept-Encoding so that a cache between keeps
# the two apart. With the ngx_brotli module, also uncomment the next line to send the .br
# sibling.
gzip_static on;
gzip_vary on;
# brotli_static on;
`)
	return []byte(b.String())
}

// copyWeb copies the files a browser may ask for from src to dst: not the Go source nor
// the service worker template that live beside them, and a .br or .gz sibling only when it
// is up to date. Modification times are kept, so Precompress sees which siblings are fresh.
func copyWeb(dst, src string) error {
	return filepath.WalkDir(src, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		rel, err := filepath.Rel(src, p)
		if err != nil {
			return err
		}
		target := filepath.Join(dst, rel)
		if d.IsDir() {
			return os.MkdirAll(target, 0o755)
		}
		stem := strings.TrimSuffix(strings.TrimSuffix(rel, ".br"), ".gz")
		if !servable(stem) {
			return nil
		}
		if stem != rel {
			if fresh, err := siblingsFresh(filepath.Join(src, stem)); err != nil || !fresh {
				return nil // stale, or an orphan: Precompress makes it anew if needed
			}
		}
		return copyFile(target, p)
	})
}

// servable reports whether a file of the web folder, named by its slash-separated path in
// it, is one a browser may ask for: not the Go source nor the service worker template.
func servable(rel string) bool {
	rel = filepath.ToSlash(rel)
	return path.Ext(rel) != ".go" && rel != "worker.js"
}

// copyFile copies src to dst, keeping its modification time.
func copyFile(dst, src string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	st, err := in.Stat()
	if err != nil {
		return err
	}
	out, err := os.Create(dst)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	if err := out.Close(); err != nil {
		return err
	}
	return os.Chtimes(dst, st.ModTime(), st.ModTime())
}
