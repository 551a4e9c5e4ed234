package app

import (
	"fmt"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
)

// summaryRoles is how many roles the downloadable summary describes.
const summaryRoles = 5

func (p *resultsPage) summary(link string) string {
	return summaryText(p.cat, p.ranking, p.session.Stage(), link, p.voice())
}

// summaryText is the plain-text summary of a ranking that the student can download: the top
// roles with their figure, way in for the student's stage, why, skills, pay and next steps,
// and the link that reopens it.
func summaryText(c *content.Catalogue, rk scoring.Ranking, st quiz.Stage, link string, v voice) string {
	var b strings.Builder
	fmt.Fprintf(&b, "Career quiz results\n===================\n\n%s\n", confidenceText(rk, v))
	if len(rk.Results) > 0 {
		fmt.Fprintf(&b, "%s\n", figureText(rk, v))
	}
	fmt.Fprintf(&b, "Where %s are now: %s.\n\n", v.you(), strings.ToLower(stageLabel(st)))
	for i, r := range rk.Results {
		if i == summaryRoles {
			break
		}
		fmt.Fprintf(&b, "%d. %s: %s (%s)\n", i+1, r.Title, percentText(r.Fit), strings.ToLower(confidenceWords(cardLevel(rk, r))))
		role := c.Role(r.RoleID)
		if role != nil {
			fmt.Fprintf(&b, "   %s\n", role.Summary)
			fmt.Fprintf(&b, "   %s way in: %s\n", v.Your(), wayInText(quiz.WayInto(c, role, st), v))
		}
		for _, re := range shownReasons(r.Reasons) {
			verb := "raised"
			if re.Effect < 0 {
				verb = "lowered"
			}
			fmt.Fprintf(&b, "   - %s it: \"%s\" (%s answered %s)\n", verb, re.Text, v.you(), strings.ToLower(answerLabel(re.Answer)))
		}
		if len(r.Have) > 0 {
			fmt.Fprintf(&b, "   Skills %s have: %s\n", v.you(), strings.Join(r.Have, ", "))
		}
		if len(r.Learn) > 0 {
			fmt.Fprintf(&b, "   Skills to learn next: %s\n", strings.Join(r.Learn, ", "))
		}
		if role != nil {
			for _, s := range role.Salaries {
				fmt.Fprintf(&b, "   Pay: %s: %s a year (%s)\n", s.Level, s.Text, figureContext(role, s.Location, s.Year, s.Undated, s.Source))
				if s.Note != "" {
					fmt.Fprintf(&b, "     Note: %s\n", s.Note)
				}
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
	if v == theirs {
		b.WriteString("\nMade by the career quiz, from answers someone shared.\n")
	} else {
		b.WriteString("\nMade by the career quiz. Your answers never left your device.\n")
	}
	return b.String()
}
