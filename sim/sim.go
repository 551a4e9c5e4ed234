// Package sim evaluates the quiz engine with simulated students drawn from generators that
// differ from the scoring model in structure (an ordinal graded-response model with item
// parameters of its own, personal response styles, careless answers, wide trait spread,
// students still at school), judged against the role each student was drawn from. It compares
// the adaptive engine with a random question order of the same length (the floor) and with the
// full questionnaire (the ceiling), measures calibration and the precision of each confidence
// label, and runs degenerate answerers.
package sim

import (
	"fmt"
	"io"
	"sort"
	"strings"
	"text/tabwriter"
)

func table(w io.Writer) *tabwriter.Writer {
	return tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
}

// WriteTable prints the report as plain tables: one block per condition, the per-role table
// and reliability of the realistic condition, degenerate answerers, then the targets.
func (rep *Report) WriteTable(w io.Writer) {
	fmt.Fprintf(w, "Simulated students: %d roles × %d people × 2 runs per condition, %d questions, seed %d.\n",
		rep.Roles, rep.PerRole, rep.Questions, rep.Seed)
	fmt.Fprintln(w, "Right means the role the student was drawn from. Random asks as many questions as the adaptive run did.")
	fmt.Fprintln(w)
	for _, name := range rep.Order {
		rep.writeCondition(w, name)
	}
	if c, ok := rep.Conditions[Realistic]; ok {
		writeRoles(w, c)
		writeReliability(w, c.Policies[Adaptive].Calibration)
	}
	fmt.Fprint(w, "twins (roles the whole question bank cannot tell apart):")
	if len(rep.Twins) == 0 {
		fmt.Fprint(w, " none")
	}
	for _, g := range rep.Twins {
		fmt.Fprintf(w, " [%s]", strings.Join(g, " "))
	}
	fmt.Fprint(w, "\n\n")
	writeDegenerate(w, rep.Degenerate)
	writeTargets(w, rep.Targets, rep.Seed, rep.PerRole)
}

func (rep *Report) writeCondition(w io.Writer, name string) {
	c := rep.Conditions[name]
	fmt.Fprintf(w, "%s: %s\n", name, c.About)
	tw := table(w)
	fmt.Fprintf(tw, "  %-30s\t%s\t%s\t%s\t\n", "", Adaptive, Random, Full)
	row := func(label string, f func(*Metrics) string) {
		fmt.Fprintf(tw, "  %-30s", label)
		for _, p := range Policies {
			fmt.Fprintf(tw, "\t%s", f(c.Policies[p]))
		}
		fmt.Fprintln(tw, "\t")
	}
	num := func(f func(*Metrics) float64) func(*Metrics) string {
		return func(m *Metrics) string { return fmt.Sprintf("%.3f", f(m)) }
	}
	row("top-1", num(func(m *Metrics) float64 { return m.Top1 }))
	row("top-1 or twin", num(func(m *Metrics) float64 { return m.Twin }))
	row("top-3", num(func(m *Metrics) float64 { return m.Top3 }))
	row("questions median / p90", func(m *Metrics) string {
		return fmt.Sprintf("%.1f / %.1f", m.QuestionsMedian, m.QuestionsP90)
	})
	row("told to look elsewhere", num(func(m *Metrics) float64 { return m.Elsewhere }))
	row("stability top-1 / twin", func(m *Metrics) string {
		return fmt.Sprintf("%.3f / %.3f", m.Stability, m.StabilityTwin)
	})
	row("calibration error (bias)", func(m *Metrics) string {
		return fmt.Sprintf("%.3f (%+.3f)", m.Calibration.Error, m.Calibration.Bias)
	})
	row("twin calibration error (bias)", func(m *Metrics) string {
		return fmt.Sprintf("%.3f (%+.3f)", m.TwinCalibration.Error, m.TwinCalibration.Bias)
	})
	for _, label := range []string{"low", "medium", "high"} {
		row(fmt.Sprintf("%q shown / right", label), func(m *Metrics) string {
			l, ok := m.Labels[label]
			if !ok {
				return "0.00 / -"
			}
			return fmt.Sprintf("%.2f / %.2f", l.Share, l.Right)
		})
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func writeRoles(w io.Writer, c *Condition) {
	fmt.Fprintln(w, "realistic, per true role")
	tw := table(w)
	width := 4
	for _, r := range c.Roles {
		width = max(width, len(r.Role))
	}
	fmt.Fprintf(tw, "  %-*s\tadaptive top-1\ttop-3\ttwin\tfull top-1\ttop-3\ttwin\t\n", width, "role")
	for _, r := range c.Roles {
		fmt.Fprintf(tw, "  %-*s\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t%.2f\t\n", width, r.Role,
			r.Adaptive.Top1, r.Adaptive.Top3, r.Adaptive.Twin, r.Full.Top1, r.Full.Top3, r.Full.Twin)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func writeReliability(w io.Writer, c Calibration) {
	fmt.Fprintln(w, "realistic, adaptive: reliability of the top role's figure")
	tw := table(w)
	fmt.Fprintln(tw, "  shown  \tpeople\tmean shown\tright\t")
	for _, b := range c.Bins {
		if b.Count > 0 {
			fmt.Fprintf(tw, "  %.1f–%.1f\t%d\t%.3f\t%.3f\t\n", b.Lo, b.Lo+0.1, b.Count, b.Shown, b.Right)
		}
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func writeDegenerate(w io.Writer, ds []Degenerate) {
	fmt.Fprintln(w, "degenerate answerers (adaptive)")
	tw := table(w)
	fmt.Fprintf(tw, "  %-16s\tpeople\tquestions\tverdict\tcards agree\tany high\t\n", "kind")
	for _, d := range ds {
		var verdict []string
		for _, c := range []string{"low", "medium", "high"} {
			if v, ok := d.Verdict[c]; ok {
				verdict = append(verdict, fmt.Sprintf("%s %.2f", c, v))
			}
		}
		fmt.Fprintf(tw, "  %-16s\t%d\t%.0f\t%s\t%.2f\t%.2f\t\n", d.Kind, d.People, d.QuestionsMedian,
			strings.Join(verdict, ", "), d.CardsAgree, d.AnyHigh)
	}
	tw.Flush()
	fmt.Fprintln(w)
}

func writeTargets(w io.Writer, ts []Target, seed uint64, perRole int) {
	fmt.Fprint(w, "targets")
	if seed != 1 || perRole < 30 {
		fmt.Fprint(w, " (they count at seed 1 with at least 30 people per role)")
	}
	fmt.Fprintln(w)
	ts = append([]Target(nil), ts...)
	sort.SliceStable(ts, func(i, j int) bool { return !ts[i].Met && ts[j].Met })
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for _, t := range ts {
		mark := "MET"
		if !t.Met {
			mark = "MISSED"
		}
		fmt.Fprintf(tw, "  %s\t%s\t%s\t%.3f\t%s %g\t%s\n", mark, t.Condition, t.Name, t.Value, t.Op, t.Goal, t.Note)
	}
	tw.Flush()
}
