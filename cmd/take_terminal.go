package cmd

import (
	"bufio"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// shown is the number of roles the terminal shows at the end.
const shown = 5

// terminal puts the questions to a person: numbered options, a number typed back.
type terminal struct {
	in  *bufio.Reader
	out io.Writer
}

func newTerminal(stdin io.Reader, stdout io.Writer) *terminal {
	return &terminal{in: bufio.NewReader(stdin), out: stdout}
}

func (t *terminal) ask(p prompt) (reply, error) {
	if p.Number > 0 {
		fmt.Fprintf(t.out, "\nQuestion %d\n", p.Number)
	}
	fmt.Fprintln(t.out, p.Text)
	for i, o := range p.Options {
		fmt.Fprintf(t.out, "  %d  %s\n", i+1, o)
	}
	n := len(p.Options)
	for {
		fmt.Fprintf(t.out, "Your answer (1-%d, s to skip, q to quit): ", n)
		line, err := nextLine(t.in)
		if err != nil {
			fmt.Fprintln(t.out)
			return reply{}, err
		}
		switch line = strings.ToLower(line); line {
		case "s", "skip":
			return reply{Skip: true}, nil
		case "q", "quit":
			return reply{Quit: true}, nil
		}
		if k, err := strconv.Atoi(line); err == nil && k >= 1 && k <= n {
			return reply{Value: k}, nil
		}
		fmt.Fprintf(t.out, "Please type a number from 1 to %d, s or q.\n", n)
	}
}

func (t *terminal) results(rep report) error {
	if rep.Stop == stopQuit {
		fmt.Fprintf(t.out, "\nYou stopped after %d answers; these are the results so far.\n", rep.Answered)
	}
	fmt.Fprintf(t.out, "\nYour best fits (%d answers, %s confidence overall)\n", rep.Answered, rep.Confidence)
	for i, r := range rep.Roles[:min(shown, len(rep.Roles))] {
		fmt.Fprintf(t.out, "  %d. %-40s %3d%%  %s confidence\n", i+1, r.Title, r.Percent, r.Confidence)
	}
	if len(rep.Roles) == 0 {
		fmt.Fprintln(t.out, "  (the catalogue has no roles)")
	}
	_, err := fmt.Fprintln(t.out)
	return err
}
