package cmd

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/careerquiz/careerquiz/content"
)

// source is the files of a catalogue that check and take read, and how to name them in
// messages.
type source struct {
	fsys fs.FS
	name func(file string) string // a file of fsys as the author knows it
}

// openCatalogue is the catalogue of DIR: the embedded one for ""; DIR itself when it holds
// questions.md (and roles/*.md); else DIR's role documents (*.md) beside the built-in
// questions.md and roles, which is what a build with ROLES=DIR embeds.
func openCatalogue(dir string) (source, error) {
	if dir == "" {
		return source{content.Files, func(f string) string { return f }}, nil
	}
	if info, err := os.Stat(dir); err != nil {
		return source{}, err
	} else if !info.IsDir() {
		return source{}, fmt.Errorf("%s is not a directory", dir)
	}
	fsys := os.DirFS(dir)
	if _, err := fs.Stat(fsys, "questions.md"); err == nil {
		return source{fsys, func(f string) string { return filepath.Join(dir, filepath.FromSlash(f)) }}, nil
	}
	if docs, _ := fs.Glob(fsys, "*.md"); len(docs) == 0 {
		return source{}, fmt.Errorf("%s holds neither questions.md nor role documents (*.md)", dir)
	}
	name := func(f string) string {
		if rest, ok := strings.CutPrefix(f, "roles/"); ok {
			if _, err := fs.Stat(fsys, rest); err == nil {
				return filepath.Join(dir, filepath.FromSlash(rest))
			}
		}
		if f == "roles" {
			return dir
		}
		return f // a built-in file
	}
	return source{officeFS{own: fsys}, name}, nil
}

// loadCatalogue parses the catalogue of DIR as openCatalogue finds it. A catalogue with
// errors is refused; "careerquiz check DIR" says where they are.
func loadCatalogue(dir string) (*content.Catalogue, error) {
	if dir == "" {
		return content.Default()
	}
	src, err := openCatalogue(dir)
	if err != nil {
		return nil, err
	}
	cat, err := content.Parse(src.fsys)
	if err != nil {
		return nil, fmt.Errorf("the catalogue in %s has errors (careerquiz check %s lists them): %w", dir, dir, err)
	}
	return cat, nil
}

// officeFS shows a folder of role documents in roles/ with the built-in ones, beside the
// built-in questions.md; a document of the folder replaces a built-in one of the same name.
type officeFS struct{ own fs.FS }

// Open opens roles/NAME from the folder when it has NAME, else from the built-in files.
func (f officeFS) Open(name string) (fs.File, error) {
	if rest, ok := strings.CutPrefix(name, "roles/"); ok {
		if file, err := f.own.Open(rest); err == nil {
			return file, nil
		}
	}
	return content.Files.Open(name)
}

// ReadDir lists roles/ as the built-in documents and the folder's, each name once.
func (f officeFS) ReadDir(name string) ([]fs.DirEntry, error) {
	built, err := fs.ReadDir(content.Files, name)
	if name != "roles" {
		return built, err
	}
	own, err := fs.ReadDir(f.own, ".")
	if err != nil {
		return nil, err
	}
	out := slices.DeleteFunc(built, func(b fs.DirEntry) bool {
		return slices.ContainsFunc(own, func(o fs.DirEntry) bool { return o.Name() == b.Name() })
	})
	out = append(out, own...)
	slices.SortFunc(out, func(a, b fs.DirEntry) int { return strings.Compare(a.Name(), b.Name()) })
	return out, nil
}
