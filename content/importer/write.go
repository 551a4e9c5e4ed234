package importer

import (
	"fmt"
	"io"
	"strings"

	"github.com/careerquiz/careerquiz/content"
)

// sectionHeadings are the headings Write gives each section, in the order of the role
// document format (content/README.md).
var sectionHeadings = []struct{ key, heading string }{
	{content.SectionOverview, "Overview"},
	{content.SectionResponsibilities, "Responsibilities"},
	{content.SectionRequirements, "Requirements"},
	{content.SectionSkills, "Skills"},
	{content.SectionCareerPath, "Career path"},
	{content.SectionMarketDemand, "Market demand"},
	{content.SectionSalary, "Salary"},
	{content.SectionTrends, "Trends"},
	{content.SectionSoftSkills, "Soft skills"},
	{content.SectionBestPractices, "Best practices"},
	{content.SectionChallenges, "Challenges"},
}

// Write writes r as a role document for the author to review, with the proposed profile:
// the header (stage "entry" until the author says otherwise), the profile with the evidence
// for each weight, the sections in the format's order, the salary figures as a table and
// the sources. Salary lines of the text are in the table only, since prose cannot carry a
// source. A salary whose text gives no year has an empty year cell, which check warns about,
// so the author finds it.
func Write(w io.Writer, r *content.Role, profile []Proposal) error {
	var b strings.Builder
	fmt.Fprintf(&b, "# %s\n\n", r.Title)
	fmt.Fprintf(&b, "id: %s\n", r.ID)
	if len(r.Aliases) > 0 {
		fmt.Fprintf(&b, "aliases: %s\n", strings.Join(r.Aliases, "; "))
	}
	stage := r.Stage
	if stage == "" {
		stage = content.StageEntry
	}
	fmt.Fprintf(&b, "stage: %s\n", stage)
	fmt.Fprintf(&b, "summary: %s\n", oneLine(r.Summary))
	b.WriteString("\n## Profile\n\n")
	for _, p := range profile {
		fmt.Fprintf(&b, "- %s: %d, %s\n", p.Trait, p.Weight, oneLine(p.Evidence()))
	}
	for _, sh := range sectionHeadings {
		var blocks []content.Block
		for _, sec := range r.Sections {
			if sec.Key == sh.key {
				blocks = append(blocks, sec.Blocks...)
			}
		}
		if sh.key == content.SectionSalary {
			if len(r.Salaries) == 0 && len(blocks) == 0 {
				continue
			}
			fmt.Fprintf(&b, "\n## %s\n", sh.heading)
			writeBlocks(&b, withoutAmounts(blocks))
			writeSalaries(&b, r.Salaries)
			continue
		}
		if len(blocks) == 0 {
			continue
		}
		fmt.Fprintf(&b, "\n## %s\n", sh.heading)
		writeBlocks(&b, blocks)
	}
	b.WriteString("\n## Sources\n\n")
	for _, s := range r.Sources {
		fmt.Fprintf(&b, "- %s: %s\n", s.Key, oneLine(s.Description))
	}
	_, err := io.WriteString(w, b.String())
	return err
}

func writeBlocks(b *strings.Builder, blocks []content.Block) {
	for _, bl := range blocks {
		switch bl.Kind {
		case "heading":
			fmt.Fprintf(b, "\n### %s\n", oneLine(bl.Text))
		case "paragraph":
			fmt.Fprintf(b, "\n%s\n", oneLine(bl.Text))
		case "list":
			b.WriteString("\n")
			for _, it := range bl.Items {
				fmt.Fprintf(b, "- %s\n", oneLine(it))
			}
		}
	}
}

func writeSalaries(b *strings.Builder, salaries []content.Salary) {
	if len(salaries) == 0 {
		return
	}
	b.WriteString("\n| level | location | year | amount | source |\n|---|---|---|---|---|\n")
	for _, s := range salaries {
		year := ""
		if s.Year > 0 {
			year = fmt.Sprint(s.Year)
		}
		fmt.Fprintf(b, "| %s | %s | %s | %s | %s |\n", cell(s.Level), cell(s.Location), year, cell(noteRE.ReplaceAllString(s.Text, "")), s.Source)
	}
}

// withoutAmounts leaves out the paragraphs and bullets that state a money amount: the table
// carries them, with their source.
func withoutAmounts(blocks []content.Block) []content.Block {
	var out []content.Block
	for _, bl := range blocks {
		switch bl.Kind {
		case "paragraph":
			if hasAmount(bl.Text) {
				continue
			}
		case "list":
			var items []string
			for _, it := range bl.Items {
				if !hasAmount(it) {
					items = append(items, it)
				}
			}
			if len(items) == 0 {
				continue
			}
			bl.Items = items
		}
		out = append(out, bl)
	}
	// A sub-heading left with nothing under it goes too.
	var kept []content.Block
	for i, bl := range out {
		if bl.Kind == "heading" && (i+1 == len(out) || out[i+1].Kind == "heading") {
			continue
		}
		kept = append(kept, bl)
	}
	return kept
}

func hasAmount(s string) bool { return strings.ContainsAny(s, "$€£") }

// oneLine is s on one line, so that it cannot start a heading, bullet or field of its own.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

// cell is s for a table cell: on one line, without the column separator.
func cell(s string) string { return strings.ReplaceAll(oneLine(s), "|", "/") }
