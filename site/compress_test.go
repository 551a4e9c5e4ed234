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

func writeFiles(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		require.NoError(t, os.MkdirAll(filepath.Dir(p), 0o755))
		require.NoError(t, os.WriteFile(p, []byte(body), 0o644))
	}
}

func unbrotli(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	out, err := io.ReadAll(brotli.NewReader(bytes.NewReader(b)))
	require.NoError(t, err)
	return string(out)
}

func ungzip(t *testing.T, p string) string {
	t.Helper()
	b, err := os.ReadFile(p)
	require.NoError(t, err)
	r, err := gzip.NewReader(bytes.NewReader(b))
	require.NoError(t, err)
	out, err := io.ReadAll(r)
	require.NoError(t, err)
	return string(out)
}

func TestPrecompress(t *testing.T) {
	dir := t.TempDir()
	css := "body { color: black; }\n" + string(bytes.Repeat([]byte("p { margin: 0; }\n"), 50))
	writeFiles(t, dir, map[string]string{
		"app.css":              css,
		"app.js":               "console.log(1)",
		"app.wasm":             "\x00asm",
		"index.html":           "<!doctype html>",
		"roles/analyst.html":   "<h1>Analyst</h1>",
		"manifest.webmanifest": "{}",
		"icon.png":             "png",
		"quiz":                 "a page without an extension",
	})
	require.NoError(t, Precompress(dir))

	for _, name := range []string{"app.css", "app.js", "app.wasm", "index.html", "roles/analyst.html", "manifest.webmanifest", "quiz"} {
		t.Run(name+" has siblings with the same content", func(t *testing.T) {
			p := filepath.Join(dir, filepath.FromSlash(name))
			want, err := os.ReadFile(p)
			require.NoError(t, err)
			require.Equal(t, string(want), unbrotli(t, p+".br"))
			require.Equal(t, string(want), ungzip(t, p+".gz"))
		})
	}
	t.Run("a PNG is not compressed", func(t *testing.T) {
		require.NoFileExists(t, filepath.Join(dir, "icon.png.br"))
		require.NoFileExists(t, filepath.Join(dir, "icon.png.gz"))
	})
	t.Run("siblings are not compressed again", func(t *testing.T) {
		require.NoError(t, Precompress(dir))
		require.NoFileExists(t, filepath.Join(dir, "app.css.br.br"))
		require.NoFileExists(t, filepath.Join(dir, "app.css.gz.gz"))
	})
	t.Run("brotli and gzip make the stylesheet smaller", func(t *testing.T) {
		for _, ext := range []string{".br", ".gz"} {
			st, err := os.Stat(filepath.Join(dir, "app.css"+ext))
			require.NoError(t, err)
			require.Less(t, st.Size(), int64(len(css)))
		}
	})
}

func TestPrecompressIncremental(t *testing.T) {
	dir := t.TempDir()
	writeFiles(t, dir, map[string]string{"fresh.js": "fresh", "stale.js": "stale", "half.js": "half"})
	require.NoError(t, Precompress(dir))
	// Mark every sibling so that a rewrite shows, a minute newer than its file.
	for _, name := range []string{"fresh.js", "stale.js", "half.js"} {
		setModTime(t, filepath.Join(dir, name), epoch)
		for _, ext := range []string{".br", ".gz"} {
			p := filepath.Join(dir, name+ext)
			require.NoError(t, os.WriteFile(p, []byte("mark"), 0o644))
			setModTime(t, p, epoch.Add(time.Minute))
		}
	}
	// stale.js changes after its siblings were written; half.js loses one sibling.
	require.NoError(t, os.WriteFile(filepath.Join(dir, "stale.js"), []byte("changed"), 0o644))
	setModTime(t, filepath.Join(dir, "stale.js"), epoch.Add(2*time.Minute))
	require.NoError(t, os.Remove(filepath.Join(dir, "half.js.gz")))

	require.NoError(t, Precompress(dir))

	t.Run("siblings newer than their file are kept", func(t *testing.T) {
		b, err := os.ReadFile(filepath.Join(dir, "fresh.js.br"))
		require.NoError(t, err)
		require.Equal(t, "mark", string(b))
	})
	t.Run("siblings older than their file are made anew", func(t *testing.T) {
		require.Equal(t, "changed", unbrotli(t, filepath.Join(dir, "stale.js.br")))
		require.Equal(t, "changed", ungzip(t, filepath.Join(dir, "stale.js.gz")))
	})
	t.Run("a missing sibling is made anew with the other", func(t *testing.T) {
		require.Equal(t, "half", unbrotli(t, filepath.Join(dir, "half.js.br")))
		require.Equal(t, "half", ungzip(t, filepath.Join(dir, "half.js.gz")))
	})
}
