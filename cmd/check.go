package cmd

import (
	"encoding/json"
	"fmt"
	"io"

	"github.com/careerquiz/careerquiz/content"
)

const checkUsage = `usage: check [DIR] [--json]

Checks the role documents and the question bank and prints every problem as
file:line: error|warning: message. DIR holds questions.md and roles/*.md, or only
role documents (*.md), which are then checked beside the built-in questions.md and
roles, as make static ROLES=DIR builds them. Without DIR, the built-in catalogue is
checked. --json prints the parsed catalogue to standard output (the problems then
go to standard error).
The exit status is 1 when there are errors, 2 when the command is misused.
`

// check runs "check [DIR] [--json]" with the arguments after "check" and returns the exit
// status: 0 when there are no errors (warnings allowed), 1 when there are, 2 for a usage
// problem or an unreadable DIR.
func check(args []string, stdout, stderr io.Writer) int {
	dir, asJSON := "", false
	for _, a := range args {
		switch {
		case a == "--json" || a == "-json":
			asJSON = true
		case a == "-h" || a == "-help" || a == "--help":
			fmt.Fprint(stdout, checkUsage)
			return 0
		case len(a) > 1 && a[0] == '-':
			fmt.Fprintf(stderr, "check: unknown flag %s\n%s", a, checkUsage)
			return 2
		case dir != "":
			fmt.Fprintf(stderr, "check: one DIR at most, got %s and %s\n%s", dir, a, checkUsage)
			return 2
		default:
			dir = a
		}
	}
	src, err := openCatalogue(dir)
	if err != nil {
		fmt.Fprintf(stderr, "check: %v\n", err)
		return 2
	}
	c, ds := content.Check(src.fsys)
	out := stdout
	if asJSON {
		out = stderr
	}
	errs := 0
	for _, d := range ds {
		if d.Severity == content.SeverityError {
			errs++
		}
		d.File = src.name(d.File)
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
