package site

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Static writes the app as a static website to dir: the prerendered pages, go-app's files,
// a copy of the web folder, and .br and .gz siblings of every compressible file.
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
	if err := os.CopyFS(filepath.Join(dir, "web"), withoutCompressed{os.DirFS(o.WebDir)}); err != nil {
		return fmt.Errorf("copying %s: %w", o.WebDir, err)
	}
	return Precompress(dir)
}

// withoutCompressed hides the .br and .gz files of a folder; Precompress makes them anew.
type withoutCompressed struct{ fs.FS }

func (f withoutCompressed) ReadDir(name string) ([]fs.DirEntry, error) {
	all, err := fs.ReadDir(f.FS, name)
	var kept []fs.DirEntry
	for _, e := range all {
		if !compressed(e.Name()) {
			kept = append(kept, e)
		}
	}
	return kept, err
}
