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
	if err := copyWeb(filepath.Join(dir, "web"), o.WebDir); err != nil {
		return fmt.Errorf("copying %s: %w", o.WebDir, err)
	}
	return Precompress(dir)
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
