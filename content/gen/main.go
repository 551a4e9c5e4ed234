// Command gen writes content/catalogue_gen.go, the default catalogue parsed from the embedded
// documents as Go values without the roles' long text, and that text as one file per role,
// web/roles/ID.json (files of roles no longer in the catalogue are removed, with their .br and
// .gz siblings). Run it with `go generate ./content` (make build does); it builds with the tag
// catalogue_parse, so it runs even when the file it replaces no longer compiles. Documents with
// errors are refused with the parser's messages.
package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/content/internal/catgen"
)

func main() {
	if err := run(); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", catgen.Command, err)
		os.Exit(1)
	}
}

func run() error {
	cat, err := content.Parse(content.Files)
	if err != nil {
		return fmt.Errorf("the documents have errors (careerquiz check lists them):\n%v", err)
	}
	src, err := catgen.Source(cat)
	if err != nil {
		return err
	}
	texts, err := catgen.Texts(cat)
	if err != nil {
		return err
	}
	if err := os.WriteFile(catgen.File, src, 0o644); err != nil {
		return err
	}
	dir := filepath.Join(catgen.WebDir, filepath.Dir(content.TextPath("x")))
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	old, err := filepath.Glob(filepath.Join(dir, "*.json*"))
	if err != nil {
		return err
	}
	for _, p := range old {
		rel, err := filepath.Rel(catgen.WebDir, p)
		if err != nil {
			return err
		}
		stem := strings.TrimSuffix(strings.TrimSuffix(filepath.ToSlash(rel), ".br"), ".gz")
		if _, keep := texts[stem]; !keep {
			if err := os.Remove(p); err != nil {
				return err
			}
		}
	}
	for rel, b := range texts {
		p := filepath.Join(catgen.WebDir, filepath.FromSlash(rel))
		// An unchanged file keeps its time, so its compressed siblings stay fresh.
		if cur, err := os.ReadFile(p); err == nil && string(cur) == string(b) {
			continue
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			return err
		}
	}
	return nil
}
