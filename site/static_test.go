package site

import (
	"bytes"
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/andybalholm/brotli"
	"github.com/stretchr/testify/require"
)

func TestCopyWeb(t *testing.T) {
	src := filepath.Join(t.TempDir(), "web")
	writeFiles(t, src, map[string]string{
		"app.css": "body{}", "app.css.br": "br", "app.css.gz": "gz",
		"app.wasm": "wasm", "app.wasm.br": "stale br", "app.wasm.gz": "stale gz",
		"orphan.js.br": "orphan",
		"embed.go":     "package web", "worker.js": "template", "worker.js.br": "template br",
		"icons/icon.svg": "<svg/>",
	})
	for _, name := range []string{"app.css", "app.css.br", "app.css.gz", "app.wasm", "app.wasm.br", "app.wasm.gz", "orphan.js.br", "embed.go", "worker.js", "worker.js.br", "icons/icon.svg"} {
		setModTime(t, filepath.Join(src, filepath.FromSlash(name)), epoch)
	}
	for _, name := range []string{"app.css", "app.wasm.br", "app.wasm.gz"} {
		setModTime(t, filepath.Join(src, name), epoch.Add(-time.Hour))
	}
	dst := filepath.Join(t.TempDir(), "web")
	require.NoError(t, copyWeb(dst, src))

	for _, name := range []string{"app.css", "app.css.br", "app.css.gz", "app.wasm", "icons/icon.svg"} {
		t.Run(name+" is copied with its modification time", func(t *testing.T) {
			want, err := os.Stat(filepath.Join(src, name))
			require.NoError(t, err)
			got, err := os.Stat(filepath.Join(dst, name))
			require.NoError(t, err)
			require.True(t, want.ModTime().Equal(got.ModTime()))
		})
	}
	for _, name := range []string{"app.wasm.br", "app.wasm.gz", "orphan.js.br", "embed.go", "worker.js", "worker.js.br"} {
		t.Run(name+" is left out", func(t *testing.T) {
			require.NoFileExists(t, filepath.Join(dst, name))
		})
	}
}

func TestStaticHostHeaders(t *testing.T) {
	routeTestPages()
	sec := Headers{FrameAncestors: "'self' https://careers.example.edu"}
	build := func(t *testing.T, base, domain string) string {
		out := filepath.Join(t.TempDir(), "dist")
		require.NoError(t, Static(out, Options{WebDir: webDir(t), Base: base, Domain: domain, Headers: sec}, "/", "/quiz"))
		return out
	}
	read := func(t *testing.T, p string) string {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		return string(b)
	}
	sub := build(t, "/careers/quiz/", "")
	t.Run("_headers sends the security headers for every address under the base", func(t *testing.T) {
		got := read(t, filepath.Join(sub, "_headers"))
		require.Contains(t, got, "\n/careers/quiz/*\n")
		for _, kv := range sec.List() {
			require.Contains(t, got, "\n  "+kv[0]+": "+kv[1]+"\n")
		}
		require.Contains(t, got, "frame-ancestors 'self' https://careers.example.edu")
		require.NoFileExists(t, filepath.Join(sub, "_headers.br"))
		require.NoFileExists(t, filepath.Join(sub, "_headers.gz"))
	})
	t.Run("the nginx snippet sends them on every response, with the charset and the .html of pages", func(t *testing.T) {
		got := read(t, filepath.Join(sub, NginxSnippet))
		for _, kv := range sec.List() {
			require.Contains(t, got, "\nadd_header "+kv[0]+` "`+kv[1]+`" always;`+"\n")
		}
		for _, want := range []string{"\ncharset utf-8;\n", "\ntry_files $uri $uri.html $uri/ =404;\n", "\ngzip_static on;\n", "\ngzip_vary on;\n", "location /careers/quiz/ {"} {
			require.Contains(t, got, want)
		}
	})
	t.Run("robots.txt is written only at the root of a host", func(t *testing.T) {
		require.NoFileExists(t, filepath.Join(sub, "robots.txt"))
		root := build(t, "/", "")
		require.Equal(t, "User-agent: *\nAllow: /\n", read(t, filepath.Join(root, "robots.txt")))
		require.NoFileExists(t, filepath.Join(root, "sitemap.xml"))
		require.Contains(t, read(t, filepath.Join(root, "_headers")), "\n/*\n")
	})
	t.Run("with a domain the sitemap lists the pages under the base", func(t *testing.T) {
		d := build(t, "/careers/quiz/", "careers.example.edu")
		got := read(t, filepath.Join(d, "sitemap.xml"))
		require.Contains(t, got, "<loc>https://careers.example.edu/careers/quiz/quiz</loc>")
		require.Contains(t, got, "<loc>https://careers.example.edu/careers/quiz/</loc>")
	})
}

// TestStaticPrecompressed checks that a static build has a .br and a .gz sibling, with the
// same bytes, of each page, go-app's scripts and styles, the manifest, and the web folder's
// styles and wasm: what a host with gzip_static (or brotli_static) sends as they are.
func TestStaticPrecompressed(t *testing.T) {
	routeTestPages()
	web := webDir(t)
	for _, name := range []string{"app.css.br", "app.css.gz", "icon.svg.gz"} {
		require.NoError(t, os.Remove(filepath.Join(web, name))) // the fixture's stand-ins
	}
	out := filepath.Join(t.TempDir(), "dist")
	require.NoError(t, Static(out, Options{WebDir: web, Base: "/careers/quiz/"}, "/", "/quiz"))
	for _, name := range []string{"index.html", "quiz.html", "app.js", "wasm_exec.js", "app.css", "manifest.webmanifest", "app-worker.js", "web/app.css", "web/app.wasm", "web/icon.svg"} {
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(filepath.Join(out, name))
			require.NoError(t, err)
			br, err := os.ReadFile(filepath.Join(out, name+".br"))
			require.NoError(t, err)
			got, err := io.ReadAll(brotli.NewReader(bytes.NewReader(br)))
			require.NoError(t, err)
			require.Equal(t, want, got, name+".br")
			gz, err := os.ReadFile(filepath.Join(out, name+".gz"))
			require.NoError(t, err)
			zr, err := gzip.NewReader(bytes.NewReader(gz))
			require.NoError(t, err)
			got, err = io.ReadAll(zr)
			require.NoError(t, err)
			require.Equal(t, want, got, name+".gz")
		})
	}
	for _, name := range []string{"_headers", NginxSnippet, "web/icon-192.png"} {
		require.NoFileExists(t, filepath.Join(out, name+".br"), "hosts read it, or it is compressed already")
	}
}
