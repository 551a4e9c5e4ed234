package content

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"sort"
	"testing"
	"testing/fstest"
)

// addCorpus seeds f with the files of testdata matching the patterns.
func addCorpus(f *testing.F, patterns ...string) {
	for _, p := range patterns {
		files, err := filepath.Glob(filepath.Join("testdata", p))
		if err != nil {
			f.Fatal(err)
		}
		for _, file := range files {
			src, err := os.ReadFile(file)
			if err != nil {
				f.Fatal(err)
			}
			f.Add(src)
		}
	}
}

// checkErrors fails unless err is nil or a sorted ErrorList whose lines are in the document.
func checkErrors(t *testing.T, src []byte, err error) {
	t.Helper()
	if err == nil {
		return
	}
	var list ErrorList
	if !errors.As(err, &list) || len(list) == 0 {
		t.Fatalf("error %v (%T) is not a non-empty ErrorList", err, err)
	}
	lines := bytes.Count(src, []byte("\n")) + 1
	for _, e := range list {
		if e.Line < 0 || e.Line > lines {
			t.Fatalf("%v: line outside the document's %d lines", e, lines)
		}
		if e.Err == nil {
			t.Fatalf("%s:%d: no cause", e.File, e.Line)
		}
	}
	if !sort.SliceIsSorted(list, func(i, j int) bool {
		return list[i].File < list[j].File || list[i].File == list[j].File && list[i].Line < list[j].Line
	}) {
		t.Fatalf("errors are not sorted:\n%v", err)
	}
}

func FuzzParseRole(f *testing.F) {
	addCorpus(f, "valid/*.md", "invalid/*.md")
	f.Fuzz(func(t *testing.T, src []byte) {
		r, err := ParseRole("roles/x.md", src)
		if r == nil {
			t.Fatal("no role returned")
		}
		checkErrors(t, src, err)
	})
}

func FuzzParseQuestions(f *testing.F) {
	addCorpus(f, "valid/questions*.md", "invalid/questions*.md", "catalogue/questions.md")
	f.Fuzz(func(t *testing.T, src []byte) {
		_, _, err := ParseQuestions("questions.md", src)
		checkErrors(t, src, err)
	})
}

func FuzzParseAmount(f *testing.F) {
	for _, s := range []string{"$96,000 - $132,000", "up to $225,000", "$150,000+", "over €1", "from £40k", "~$44,362 per year"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		a, err := ParseAmount(s)
		if err != nil {
			if !errors.Is(err, ErrBadAmount) {
				t.Fatalf("%q: %v does not wrap ErrBadAmount", s, err)
			}
			return
		}
		if a.Currency == "" || a.Kind == AmountRange && a.Low > a.High {
			t.Fatalf("%q read as %+v", s, a)
		}
		if _, err := ParseValue(s); err != nil && !errors.Is(err, ErrBadValue) {
			t.Fatalf("%q: %v does not wrap ErrBadValue", s, err)
		}
	})
}

func FuzzCheck(f *testing.F) {
	addCorpus(f, "valid/*.md", "invalid/*.md", "catalogue/roles/*.md", "check/roles/*.md")
	questions, err := os.ReadFile(filepath.Join("testdata", "catalogue", "questions.md"))
	if err != nil {
		f.Fatal(err)
	}
	other, err := os.ReadFile(filepath.Join("testdata", "catalogue", "roles", "data-analyst.md"))
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		fsys := fstest.MapFS{
			"questions.md":          {Data: questions},
			"roles/data-analyst.md": {Data: other},
			"roles/x.md":            {Data: src},
		}
		c, ds := Check(fsys)
		if c == nil || len(c.Roles) != 2 {
			t.Fatalf("want two roles, got %v", c)
		}
		for _, d := range ds {
			if d.Severity != SeverityError && d.Severity != SeverityWarning || d.Message == "" {
				t.Fatalf("bad diagnostic %+v", d)
			}
		}
	})
}
