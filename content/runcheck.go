package content

import (
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

const checkUsage = `usage: check [DIR] [--json]

Checks the role documents and the question bank and prints every problem as
file:line: error|warning: message. DIR holds questions.md and roles/*.md, or only
role documents (*.md), which are then checked with the built-in questions.md.
Without DIR, the built-in catalogue is checked. --json prints the parsed
catalogue to standard output (the problems then go to standard error).
The exit status is 1 when there are errors, 2 when the command is misused.
`

// RunCheck runs the "check [DIR] [--json]" command with the arguments after "check" and
// returns the exit status: 0 when there are no errors (warnings allowed), 1 when there are,
// 2 for a usage problem or an unreadable DIR.
func RunCheck(args []string, stdout, stderr io.Writer) int {
	dir, asJSON := "", false
	for _, a := range args {
		switch {
		case a == "--json" || a == "-json":
			asJSON = true
		case a == "-h" || a == "-help" || a == "--help":
			fmt.Fprint(stdout, checkUsage)
			return 0
		case strings.HasPrefix(a, "-") && a != "-":
			fmt.Fprintf(stderr, "check: unknown flag %s\n%s", a, checkUsage)
			return 2
		case dir != "":
			fmt.Fprintf(stderr, "check: one DIR at most, got %s and %s\n%s", dir, a, checkUsage)
			return 2
		default:
			dir = a
		}
	}
	fsys, name, err := checkFS(dir)
	if err != nil {
		fmt.Fprintf(stderr, "check: %v\n", err)
		return 2
	}
	c, ds := Check(fsys)
	out := stdout
	if asJSON {
		out = stderr
	}
	errs := 0
	for _, d := range ds {
		if d.Severity == SeverityError {
			errs++
		}
		d.File = name(d.File)
		fmt.Fprintln(out, d)
	}
	fmt.Fprintf(out, "%d roles, %d questions, %d traits, %d skills: %s, %s\n", len(c.Roles), len(c.Questions),
		len(c.Traits), len(c.Skills), plural(errs, "error"), plural(len(ds)-errs, "warning"))
	if asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(c); err != nil {
			fmt.Fprintf(stderr, "check: %v\n", err)
			return 2
		}
	}
	if errs > 0 {
		return 1
	}
	return 0
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// checkFS returns the files to check for DIR and how to name them in diagnostics.
func checkFS(dir string) (fs.FS, func(string) string, error) {
	if dir == "" {
		return Files, func(f string) string { return f }, nil
	}
	if info, err := os.Stat(dir); err != nil {
		return nil, nil, err
	} else if !info.IsDir() {
		return nil, nil, fmt.Errorf("%s is not a directory", dir)
	}
	fsys := os.DirFS(dir)
	if _, err := fs.Stat(fsys, "questions.md"); err == nil {
		return fsys, func(f string) string { return filepath.Join(dir, filepath.FromSlash(f)) }, nil
	}
	if roles, _ := fs.Glob(fsys, "*.md"); len(roles) == 0 {
		return nil, nil, fmt.Errorf("%s holds neither questions.md nor role documents (*.md)", dir)
	}
	name := func(f string) string {
		if rest, ok := strings.CutPrefix(f, "roles/"); ok {
			return filepath.Join(dir, filepath.FromSlash(rest))
		}
		if f == "roles" {
			return dir
		}
		return f // questions.md: the built-in one
	}
	return rolesFS{roles: fsys}, name, nil
}

// rolesFS shows a directory of role documents as roles/ beside the built-in questions.md.
type rolesFS struct{ roles fs.FS }

// Open opens questions.md from the built-in files and roles/... from the directory.
func (f rolesFS) Open(name string) (fs.File, error) {
	switch {
	case name == "questions.md":
		return Files.Open(name)
	case name == "roles":
		return f.roles.Open(".")
	case strings.HasPrefix(name, "roles/"):
		return f.roles.Open(strings.TrimPrefix(name, "roles/"))
	}
	return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrNotExist}
}
