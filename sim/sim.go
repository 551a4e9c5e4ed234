// Package sim evaluates the quiz engine with simulated students: people drawn around each
// role's profile who answer with noise (from the scoring model's own kind of noise and from a
// deliberately different one), and degenerate answerers. It compares the adaptive engine with a
// random question order and with the full questionnaire.
package sim

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"sort"
	"text/tabwriter"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
)

// load is the catalogue evaluated.
var load = content.Default

// Run is the eval subcommand: eval [--seed N] [--n people per role] [--json]. It prints a
// table, or the report as JSON, and returns the exit code.
func Run(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	fs.SetOutput(stderr)
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same figures")
	n := fs.Int("n", 30, "simulated people per role, for each generator")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() > 0 || *n <= 0 {
		fmt.Fprintln(stderr, "usage: eval [--seed N] [--n people per role] [--json]")
		return 2
	}
	cat, err := load()
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 1
	}
	rep, err := Evaluate(cat, Options{Seed: *seed, PerRole: *n, Config: quiz.DefaultConfig})
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, "eval:", err)
			return 1
		}
		return 0
	}
	rep.WriteTable(stdout)
	return 0
}

// WriteTable prints the report as plain tables.
func (rep *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "Simulated students: %d roles × %d people × 2 runs per generator, %d questions, seed %d\n\n",
		rep.Roles, rep.PerRole, rep.Questions, rep.Seed)
	for _, gen := range []string{Matched, Mismatched} {
		by := map[string]Metrics{Adaptive: rep.Adaptive, Random: rep.Random, Full: rep.Full}
		if gen == Mismatched {
			by = rep.Mismatched
		}
		fmt.Fprintf(w, "%s generator\n", gen)
		tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
		fmt.Fprintf(tw, "metric\t%s\t%s\t%s\t\n", Adaptive, Random, Full)
		row := func(name string, f func(Metrics) float64, format string) {
			fmt.Fprintf(tw, "%s", name)
			for _, p := range Policies {
				fmt.Fprintf(tw, "\t"+format, f(by[p]))
			}
			fmt.Fprintln(tw, "\t")
		}
		row("questions median", func(m Metrics) float64 { return m.QuestionsMedian }, "%.1f")
		row("questions p90", func(m Metrics) float64 { return m.QuestionsP90 }, "%.1f")
		row("questions max", func(m Metrics) float64 { return float64(m.QuestionsMax) }, "%.0f")
		row("agreement top1", func(m Metrics) float64 { return m.AgreementTop1 }, "%.3f")
		row("top3 contains full top1", func(m Metrics) float64 { return m.Top3ContainsFullTop1 }, "%.3f")
		row("accuracy top1", func(m Metrics) float64 { return m.AccuracyTop1 }, "%.3f")
		row("stability top1", func(m Metrics) float64 { return m.StabilityTop1 }, "%.3f")
		row("calibration error", func(m Metrics) float64 { return m.CalibrationError }, "%.3f")
		row("degenerate low confidence", func(m Metrics) float64 { return m.DegenerateLowConfidence }, "%.3f")
		row("agreement (groups)", func(m Metrics) float64 { return m.AgreementGroup }, "%.3f")
		row("accuracy (groups)", func(m Metrics) float64 { return m.AccuracyGroup }, "%.3f")
		row("stability (groups)", func(m Metrics) float64 { return m.StabilityGroup }, "%.3f")
		row("mean top probability", func(m Metrics) float64 { return m.MeanFit }, "%.3f")
		tw.Flush()
		fmt.Fprintln(w)
	}
	fmt.Fprintf(w, "calibration error over both generators: %s %.3f, %s %.3f, %s %.3f\n\n",
		Adaptive, rep.CalibrationPooled[Adaptive], Random, rep.CalibrationPooled[Random], Full, rep.CalibrationPooled[Full])
	fmt.Fprintln(w, "agreement with the full questionnaire at equal length (matched generator)")
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintf(tw, "questions\t%s\t%s\t\n", Adaptive, Random)
	for _, el := range rep.EqualLength {
		fmt.Fprintf(tw, "%d\t%.3f\t%.3f\t\n", el.Questions, el.Adaptive, el.Random)
	}
	tw.Flush()
	fmt.Fprintln(w)
	if len(rep.Groups) > 0 {
		fmt.Fprintln(w, "near-identical roles")
		for _, g := range rep.Groups {
			fmt.Fprintf(w, "  %v separable=%v: %v\n", g.Roles, g.Separable, g.Differences)
		}
		fmt.Fprintln(w)
	}
	fmt.Fprintln(w, "targets (adaptive, matched generator)")
	ts := append([]Target(nil), rep.Targets...)
	sort.SliceStable(ts, func(i, j int) bool { return !ts[i].Met && ts[j].Met })
	for _, t := range ts {
		mark := "met   "
		if !t.Met {
			mark = "MISSED"
		}
		fmt.Fprintf(w, "  %s %-48s %.3f\n", mark, t.Name, t.Value)
	}
}
