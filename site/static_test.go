package site

import (
	"os"
	"path/filepath"
	"testing"
	"time"

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
