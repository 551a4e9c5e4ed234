package app

import (
	"fmt"
	"strings"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// myNextMove is O*NET's career explorer for every kind of work, where a student whose
// answers lead away from these careers can look instead. It is only ever a link.
const myNextMove = "https://www.mynextmove.org/"

// elsewhereText says where the answers lead when they point away from the catalogue's
// careers, strongest first; "" when they do not.
func elsewhereText(leads []quiz.Lead, v voice) string {
	if len(leads) == 0 {
		return ""
	}
	names := make([]string, len(leads))
	for i, l := range leads {
		names[i] = lowerFirst(l.Label)
	}
	return fmt.Sprintf("%s answers point away from these careers, towards %s. The careers here are in AI, data and "+
		"engineering, and none of them fits those interests well.", v.Your(), listOf(names))
}

// listOf joins names as "a, b and c", with a comma before the last "and" when a name has an
// "and" of its own ("design and creativity, life science and health, and caring for people").
func listOf(names []string) string {
	if len(names) > 2 {
		for _, n := range names {
			if strings.Contains(n, " and ") {
				return strings.Join(names[:len(names)-1], ", ") + ", and " + names[len(names)-1]
			}
		}
	}
	return joinAnd(names)
}

// elsewhereNotice is the section that says so, with a link to careers of every kind; nothing
// when the answers fit the careers here. The results page places it under its lead sentence.
func elsewhereNotice(leads []quiz.Lead, v voice) app.UI {
	text := elsewhereText(leads, v)
	if text == "" {
		return app.Text("")
	}
	return app.Section().Class("notice elsewhere").Aria("label", "Careers elsewhere").Body(
		app.P().Text(text),
		app.P().Body(
			app.Text("My Next Move, from the U.S. Department of Labor, lists careers of every kind by interest: "),
			app.A().Href(myNextMove).Target("_blank").Rel("noopener noreferrer").Text("explore careers on My Next Move"),
			app.Text("."),
		),
	)
}

// sharedNotice tells the viewer of a shared link, in plain words, what changed in it: the
// questions changed since it was made, or the list of skills did. "" when nothing did.
func sharedNotice(n quiz.Notice) string {
	var msg string
	switch {
	case n.Dropped > 0:
		msg = fmt.Sprintf("The questions have changed since this link was made. The results use the %d answers to "+
			"questions that are still asked and leave out %d that are not.", n.Kept, n.Dropped)
	case n.Migrated:
		msg = "The questions have changed since this link was made. All its answers are still used."
	}
	if n.DroppedSkills > 0 {
		msg += " The list of skills has changed since this link was made, so the skills it named are not shown."
	}
	return strings.TrimSpace(msg)
}
