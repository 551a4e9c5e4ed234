// Package importer turns a role description in the plain-text layout of the source
// documents into a draft role document with a proposed trait profile, for a careers office
// to review. Only the command line imports it: the app never parses plain text.
package importer

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/careerquiz/careerquiz/content"
)

const usage = `usage: import [--out FILE] [--role ID] [--force] FILE.txt

Reads a role description in plain text (a title, headings such as Overview and
Salary Ranges alone on a line, paragraphs and "-" bullets), proposes a trait
profile from its words with the evidence for each weight, and writes a role
document for you to review: to standard output, or to --out FILE (never over
an existing file without --force). A text that describes more roles under
"More Careers" gives the first; --role ID picks another. What to review is
written to standard error. Then run: careerquiz check DIR
`

// Run runs "import" with the arguments after it and returns the exit status: 0 when the
// document was written, 1 when the text could not be read as a role description, 2 for a
// usage problem.
func Run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("import", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	out := fs.String("out", "", "write the role document to this file instead of standard output")
	roleID := fs.String("role", "", "the role to write, when the text describes several")
	force := fs.Bool("force", false, "write over --out when it exists")
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			fmt.Fprint(stdout, usage)
			return 0
		}
		fmt.Fprintf(stderr, "import: %v\n%s", err, usage)
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprintf(stderr, "import: name one FILE.txt\n%s", usage)
		return 2
	}
	file := fs.Arg(0)
	src, err := os.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "import: %v\n", err)
		return 2
	}
	roles, err := ParseSeed(filepath.Base(file), src)
	if err != nil {
		fmt.Fprintf(stderr, "import: %s cannot be read as a role description:\n%v\n", file, err)
		return 1
	}
	r := roles[0]
	if *roleID != "" {
		r = nil
		for _, x := range roles {
			if x.ID == *roleID {
				r = x
			}
		}
		if r == nil {
			fmt.Fprintf(stderr, "import: %s describes no role %q; it describes %s\n", file, *roleID, ids(roles))
			return 2
		}
	}
	qsrc, err := content.Files.ReadFile("questions.md")
	if err != nil {
		fmt.Fprintf(stderr, "import: %v\n", err)
		return 1
	}
	traits, _, err := content.ParseQuestions("questions.md", qsrc)
	if err != nil {
		fmt.Fprintf(stderr, "import: the built-in questions: %v\n", err)
		return 1
	}
	profile := Propose(r, traits)

	w := stdout
	if *out != "" {
		flags := os.O_WRONLY | os.O_CREATE | os.O_EXCL
		if *force {
			flags = os.O_WRONLY | os.O_CREATE | os.O_TRUNC
		}
		f, err := os.OpenFile(*out, flags, 0o644)
		if errors.Is(err, os.ErrExist) {
			fmt.Fprintf(stderr, "import: %s exists: choose another --out, or add --force to write over it\n", *out)
			return 2
		}
		if err != nil {
			fmt.Fprintf(stderr, "import: %v\n", err)
			return 2
		}
		defer f.Close()
		w = f
	}
	if err := Write(w, r, profile); err != nil {
		fmt.Fprintf(stderr, "import: %v\n", err)
		return 1
	}
	review(stderr, file, r, roles, profile, *out)
	return 0
}

// review tells the author what the draft needs.
func review(w io.Writer, file string, r *content.Role, roles []*content.Role, profile []Proposal, out string) {
	fmt.Fprintf(w, "imported %q from %s as %s\n", r.Title, file, r.ID)
	if len(roles) > 1 {
		fmt.Fprintf(w, "the text also describes %s: import each with --role ID\n", ids(roles))
	}
	fmt.Fprintln(w, "proposed profile (traits left out count as 2):")
	for _, p := range profile {
		fmt.Fprintf(w, "  %-14s %d  %s\n", p.Trait, p.Weight, p.Evidence())
	}
	fmt.Fprintln(w, "review before use: the stage (written as entry), the summary, each weight against what a person in the role would answer,")
	fmt.Fprintln(w, "the years and places of the figures, and the source's publisher and address; add ladder, next, related and skills")
	name := out
	if name == "" {
		name = r.ID + ".md"
	}
	fmt.Fprintf(w, "then put %s in a folder of role documents and run: careerquiz check FOLDER\n", filepath.Base(name))
}

func ids(roles []*content.Role) string {
	var s []string
	for _, r := range roles {
		s = append(s, r.ID)
	}
	return strings.Join(s, ", ")
}
