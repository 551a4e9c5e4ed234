package app

import (
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// roleDetails is what a result card opens onto: one line of pay, the skills the student has
// and those to learn, and the career ladder. The full tables stay on the role page.
type roleDetails struct {
	app.Compo

	Role   *content.Role
	Result scoring.Result
	Voice  voice
}

func (d *roleDetails) Render() app.UI {
	r := d.Role
	body := []app.UI{
		app.Summary().Text("Pay, skills and career steps"),
		app.H3().Text("Pay"),
		app.P().Class("pay").Text(payLine(r)),
	}
	if len(d.Result.Have)+len(d.Result.Learn) > 0 {
		body = append(body, app.H3().Text("Skills"))
		if len(d.Result.Have) > 0 {
			body = append(body, app.P().Text("Skills "+d.Voice.you()+" have for it: "+strings.Join(d.Result.Have, ", ")+"."))
		}
		if len(d.Result.Learn) > 0 {
			body = append(body, app.P().Text("Skills to learn next: "+strings.Join(d.Result.Learn, ", ")+"."))
		}
	}
	if len(r.Ladder) > 0 {
		body = append(body, app.H3().Text("Career steps"), stepsView(r.Ladder, r.ID))
	}
	body = append(body, app.P().Body(app.A().Href(rolePath(r.ID)).Text("Read all about "+r.Title)))
	return app.Details().Class("card-details").Body(body...)
}

// payFigures picks the two figures a pay line gives: the first for people starting out
// (a level that begins "Entry") and the first median or, failing one, average. Either may be
// nil.
func payFigures(r *content.Role) (entry, typical *content.Salary) {
	for i := range r.Salaries {
		s := &r.Salaries[i]
		level := strings.ToLower(s.Level)
		switch {
		case entry == nil && strings.HasPrefix(level, "entry"):
			entry = s
		case typical == nil && strings.Contains(level, "median"):
			typical = s
		}
	}
	if typical == nil {
		for i := range r.Salaries {
			if s := &r.Salaries[i]; strings.Contains(strings.ToLower(s.Level), "average") {
				typical = s
				break
			}
		}
	}
	return entry, typical
}

// payLine is a role's pay in one line: starting pay and the median (or average), with where,
// when and the source of each.
func payLine(r *content.Role) string {
	entry, typical := payFigures(r)
	var parts []string
	if entry != nil {
		parts = append(parts, "starting pay "+entry.Text+" a year ("+figureContext(r, entry.Location, entry.Year, entry.Undated, entry.Source)+")")
	}
	if typical != nil {
		kind := "median"
		if !strings.Contains(strings.ToLower(typical.Level), "median") {
			kind = "average"
		}
		parts = append(parts, kind+" "+typical.Text+" a year ("+figureContext(r, typical.Location, typical.Year, typical.Undated, typical.Source)+")")
	}
	if len(parts) == 0 {
		if len(r.Salaries) > 0 {
			s := r.Salaries[0]
			return s.Level + ": " + s.Text + " (" + figureContext(r, s.Location, s.Year, s.Undated, s.Source) + ")."
		}
		return "We have no pay figures for this role yet."
	}
	return capitalise(strings.Join(parts, "; ")) + "."
}
