package app

import (
	"fmt"
	"strings"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// skillsStep lets the student type skills they already have, matched to the skill vocabulary
// with typo tolerance, before the results. The quiz page owns the session: the step shows the
// skills it is given and reports what the student adds or removes, and the page changes and
// saves the session.
type skillsStep struct {
	app.Compo

	// Have are the student's skills; Names the vocabulary, offered as the student types.
	Have, Names []string
	// Suggest are the skills the student may be typing.
	Suggest func(text string) []string
	// OnAdd adds a typed skill and says what became of it.
	OnAdd func(ctx app.Context, text string) quiz.SkillMatch
	// OnRemove removes one of Have.
	OnRemove func(ctx app.Context, name string)

	text    string
	message string
	choices []string
}

func (s *skillsStep) Render() app.UI {
	have := s.Have
	chips := make([]app.UI, len(have))
	for i, name := range have {
		name := name
		chips[i] = app.Li().Body(
			app.Text(name+" "),
			app.Button().Type("button").Class("button small").Aria("label", "Remove "+name).Text("Remove").
				OnClick(func(ctx app.Context, e app.Event) {
					s.OnRemove(ctx, name)
					s.message = "Removed " + name + "."
				}),
		)
	}
	choices := make([]app.UI, len(s.choices))
	for i, c := range s.choices {
		c := c
		choices[i] = app.Li().Body(app.Button().Type("button").Class("button small").Text("Add " + c).
			OnClick(func(ctx app.Context, e app.Event) { s.add(ctx, c) }))
	}
	suggested := s.Suggest(s.text)
	suggestions := make([]app.UI, len(suggested))
	for i, name := range suggested {
		name := name
		suggestions[i] = app.Li().Body(app.Button().Type("button").Class("button small").Text(name).
			OnClick(func(ctx app.Context, e app.Event) { s.add(ctx, name) }))
	}
	names := s.Names
	options := make([]app.UI, len(names))
	for i, n := range names {
		options[i] = app.Option().Value(n)
	}
	return app.Div().Class("skills-step").Body(
		app.P().Text("Nearly done. Type any skills you already have, such as a school subject, teamwork, "+
			"or a tool like Scratch, Excel or Python, "+
			"and the results will show which of each role's skills you have and what to learn next. "+
			"This step is optional."),
		localForm().Class("skill-form").OnSubmit(func(ctx app.Context, e app.Event) {
			e.PreventDefault()
			s.add(ctx, s.text)
		}).Body(
			app.Label().For("skill-input").Text("A skill you have"),
			app.Input().Type("text").ID("skill-input").List("skill-names").AutoComplete(false).
				Value(s.text).OnInput(func(ctx app.Context, e app.Event) {
				s.text = ctx.JSSrc().Get("value").String()
			}),
			app.DataList().ID("skill-names").Body(options...),
			app.Button().Type("submit").Class("button").Text("Add skill"),
		),
		app.If(len(suggestions) > 0, func() app.UI {
			return app.Div().Class("skill-suggestions").Body(
				app.P().ID("skill-suggestions-label").Text("Suggestions"),
				app.Ul().Class("choices").Aria("labelledby", "skill-suggestions-label").Body(suggestions...),
			)
		}),
		app.Div().Role("status").Body(
			app.If(s.message != "", func() app.UI { return app.P().Text(s.message) }),
		),
		app.If(len(choices) > 0, func() app.UI { return app.Ul().Class("choices").Body(choices...) }),
		app.If(len(have) > 0, func() app.UI {
			return app.Div().Body(app.H2().Text("Your skills"), app.Ul().Class("chips").Body(chips...))
		}),
	)
}

func (s *skillsStep) add(ctx app.Context, text string) {
	if strings.TrimSpace(text) == "" {
		s.message = "Type a skill first, for example Python."
		return
	}
	m := s.OnAdd(ctx, text)
	s.message, s.choices = skillNote(m), nil
	switch m.Status {
	case quiz.Matched:
		s.text = ""
		// go-app leaves an emptied value attribute out of its update, so the box keeps what
		// was typed unless it is cleared here.
		if input := app.Window().GetElementByID("skill-input"); input.Truthy() {
			input.Set("value", "")
		}
	case quiz.Ambiguous:
		s.choices = m.Choices
	}
}

// skillNote says what became of a typed skill.
func skillNote(m quiz.SkillMatch) string {
	switch m.Note {
	case quiz.NoteAdded:
		return fmt.Sprintf("Added %s.", m.Skill)
	case quiz.NoteAlreadyListed:
		return fmt.Sprintf("%s is already in your list.", m.Skill)
	case quiz.NoteMatched:
		return fmt.Sprintf("That is %s.", m.Skill)
	case quiz.NoteDidYouMean:
		return fmt.Sprintf("Did you mean %s? Choose one below, or type it again.", orList(m.Choices))
	case quiz.NoteNotKnown:
		return fmt.Sprintf("“%s” is not a skill we know, so it was not added. Check the spelling, or try another name for it.", m.Text)
	case quiz.NoteListFull:
		return fmt.Sprintf("Your list already has %d skills, the most it can hold, so %s was not added. Remove one to add another.", quiz.MaxSkills, m.Skill)
	case quiz.NoteTooLong:
		return "That is too long for the name of a skill: type one skill at a time, such as Python."
	case quiz.NoteEmpty:
		return "Type the name of a skill, such as Python or SQL."
	}
	return "That could not be added. Type the name of a skill, such as Python or SQL."
}

// orList joins names as "A, B or C".
func orList(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " or " + names[len(names)-1]
}
