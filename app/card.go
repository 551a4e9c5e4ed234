package app

import (
	"strconv"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// summaryCard is one of the top directions of the results: the role's family, its title, one
// figure with its plain label, one sentence of why in the student's own answers, what the
// student can do now at their stage, and the details one tap away.
type summaryCard struct {
	app.Compo

	Catalogue *content.Catalogue
	Result    scoring.Result
	Level     scoring.Confidence // the card's confidence: the result's, never above the ranking's
	Stage     quiz.Stage
	Voice     voice
}

func (c *summaryCard) Render() app.UI {
	r := c.Result
	role := c.Catalogue.Role(r.RoleID)
	fam := familyOf(role)
	body := []app.UI{
		app.P().Class("family").Body(familyIcon(fam), app.Span().Text(fam.name())),
		app.H2().Text(r.Title),
		app.P().Class("fit").Body(
			app.Strong().Text(percentText(r.Fit)),
			app.Span().Class("fit-words").Body(
				app.Span().Class("badge level-"+c.Level.String()).Text(matchWords(c.Level)),
				app.Span().Class("small").Text(" chance of being "+c.Voice.your()+" best match"),
			),
		),
		app.P().Class("why").Text(whySentence(r, c.Voice)),
	}
	if role != nil {
		body = append(body, c.now(role))
		body = append(body, &roleDetails{Role: role, Result: r, Voice: c.Voice})
	}
	return app.Li().Class("card result " + fam.class()).Body(body...)
}

// now is "what you can do now" for the student's stage: the way in, the subjects or courses
// the role asks for while still studying, and a first project with a skill to learn.
func (c *summaryCard) now(role *content.Role) app.UI {
	items := []app.UI{
		app.P().Class("way-in").Body(
			app.Strong().Text(c.Voice.Your()+" way in: "),
			app.Text(wayInText(quiz.WayInto(c.Catalogue, role, c.Stage), c.Voice)),
		),
	}
	if c.Stage == quiz.StageSchool || c.Stage == quiz.StageCollege || c.Stage == quiz.StageUnknown {
		if edu := role.Education(); len(edu) > 0 {
			items = append(items, app.P().Body(app.Strong().Text("Subjects and courses: "), app.Text(edu[0])))
		}
	}
	if p := firstProject(c.Result, c.Voice); p != "" {
		items = append(items, app.P().Body(app.Strong().Text("A first project: "), app.Text(p)))
	}
	return app.Div().Class("now").Body(
		app.H3().Text("What "+c.Voice.you()+" can do now"),
		app.Div().Body(items...),
	)
}

// firstProject suggests a small project with the first skill the role calls for that the
// student does not have yet, or with one they have.
func firstProject(r scoring.Result, v voice) string {
	switch {
	case len(r.Learn) > 0:
		return "practise " + lowerFirst(r.Learn[0]) + " on something small of " + v.your() + " own."
	case len(r.Have) > 0:
		return "put " + lowerFirst(r.Have[0]) + " to work on something small of " + v.your() + " own."
	}
	return ""
}

// lowerFirst lowers the first letter of a common noun ("Data analysis"), not of a name
// ("Python", "SQL"): only when the second letter is lower case and the word is not a name the
// role documents capitalise.
func lowerFirst(s string) string {
	word, _, _ := strings.Cut(s, " ")
	if len(word) < 2 || strings.ToLower(word[1:]) != word[1:] || !strings.Contains(s, " ") {
		return s
	}
	return strings.ToLower(s[:1]) + s[1:]
}

// whySentence is the card's one sentence of why, in the student's own answers: the answer
// that raised the role most. "Not sure" never counts as raising a role (see shownReasons).
func whySentence(r scoring.Result, v voice) string {
	var parts []string
	for _, re := range shownReasons(r.Reasons) {
		if re.Effect <= 0 {
			continue
		}
		parts = append(parts, answerVerb(re.Answer)+" “"+strings.TrimRight(re.Text, ".")+"”")
		break
	}
	if len(parts) == 0 {
		return "None of " + v.your() + " answers raised it much: it is here because the roles below fit them less."
	}
	return "Why: " + v.you() + " " + joinAnd(parts) + "."
}

// answerVerb is what the student did with a statement: "strongly agreed with" and so on.
func answerVerb(answer int) string {
	if !scoring.Valid(answer) {
		return answerVerbs[notSure-scoring.MinAnswer]
	}
	return answerVerbs[answer-scoring.MinAnswer]
}

// answerVerbs are answerVerb's words for each answer of the scale, as scale's are.
var answerVerbs = [scoring.Levels]string{"strongly disagreed with", "disagreed with", "were not sure about",
	"agreed with", "strongly agreed with"}

// percentText is a whole percentage of a probability as a student reads it. A chance that
// rounds to 0 is not none, and one that rounds to 100 is not certain: they read "under 1%" and
// "over 99%".
func percentText(fit int) string {
	switch {
	case fit <= 0:
		return "under 1%"
	case fit >= 100:
		return "over 99%"
	}
	return strconv.Itoa(fit) + "%"
}
