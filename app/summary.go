package app

import (
	"fmt"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
)

// summaryRoles is how many roles the downloadable summary describes.
const summaryRoles = 5

func (p *resultsPage) summary(link string) string {
	return summaryText(p.cat, p.ranking, link)
}

// summaryText is the plain-text summary of a ranking that the student can download: the top
// roles with their fit, why, skills, pay and next steps, and the link that reopens it.
func summaryText(c *content.Catalogue, rk scoring.Ranking, link string) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Career quiz results\n===================\n\n%s\n\n", confidenceText(rk))
	for i, r := range rk.Results {
		if i == summaryRoles {
			break
		}
		fmt.Fprintf(&b, "%d. %s: %d%% fit (%s confidence)\n", i+1, r.Title, r.Fit, r.Confidence)
		role := findRole(c, r.RoleID)
		if role != nil {
			fmt.Fprintf(&b, "   %s\n", role.Summary)
		}
		for _, re := range r.Reasons {
			verb := "raised"
			if re.Effect < 0 {
				verb = "lowered"
			}
			fmt.Fprintf(&b, "   - %s it: \"%s\" (you answered %s)\n", verb, re.Text, strings.ToLower(answerLabel(re.Answer)))
		}
		if len(r.Have) > 0 {
			fmt.Fprintf(&b, "   Skills you have: %s\n", strings.Join(r.Have, ", "))
		}
		if len(r.Learn) > 0 {
			fmt.Fprintf(&b, "   Skills to learn next: %s\n", strings.Join(r.Learn, ", "))
		}
		if role != nil {
			for _, s := range role.Salaries {
				fmt.Fprintf(&b, "   Pay: %s: %s a year (%s)\n", s.Level, s.Text, figureContext(role, s.Location, s.Year, s.Source))
			}
			if len(role.Ladder) > 0 {
				steps := make([]string, len(role.Ladder))
				for i, s := range role.Ladder {
					steps[i] = s.Name
				}
				fmt.Fprintf(&b, "   Career steps: %s\n", strings.Join(steps, " > "))
			}
		}
		b.WriteString("\n")
	}
	if link != "" {
		fmt.Fprintf(&b, "Open these results again: %s\n", link)
	}
	b.WriteString("\nMade by the career quiz. Your answers never left your device.\n")
	return b.String()
}
