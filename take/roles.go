package take

import (
	"fmt"
	"io/fs"
	"os"
	"strings"

	"github.com/careerquiz/careerquiz/content"
)

// load reads the catalogue: the embedded one, or DIR's as check reads it (questions.md and
// roles/*.md, or only role documents beside the built-in questions.md). A catalogue with
// errors is refused; "careerquiz check DIR" says where they are.
func load(dir string) (*content.Catalogue, error) {
	if dir == "" {
		return content.Default()
	}
	if info, err := os.Stat(dir); err != nil {
		return nil, err
	} else if !info.IsDir() {
		return nil, fmt.Errorf("%s is not a directory", dir)
	}
	var fsys fs.FS = os.DirFS(dir)
	if _, err := fs.Stat(fsys, "questions.md"); err != nil {
		if docs, _ := fs.Glob(fsys, "*.md"); len(docs) == 0 {
			return nil, fmt.Errorf("%s holds neither questions.md nor role documents (*.md)", dir)
		}
		fsys = rolesFS{roles: fsys}
	}
	cat, err := content.Parse(fsys)
	if err != nil {
		return nil, fmt.Errorf("the catalogue in %s has errors (careerquiz check %s lists them): %w", dir, dir, err)
	}
	return cat, nil
}

// rolesFS shows a directory of role documents as roles/ beside the built-in questions.md,
// as content's check command does.
type rolesFS struct{ roles fs.FS }

// Open opens questions.md from the built-in files and roles/... from the directory.
func (f rolesFS) Open(name string) (fs.File, error) {
	switch {
	case name == "questions.md":
		return content.Files.Open(name)
	case name == "roles":
		return f.roles.Open(".")
	case strings.HasPrefix(name, "roles/"):
		return f.roles.Open(strings.TrimPrefix(name, "roles/"))
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
