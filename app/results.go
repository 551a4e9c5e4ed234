package app

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// shareKey is the URL fragment key of a share code: /results#s=CODE. A fragment never
// reaches a server.
const shareKey = "s"

// detailed is how many of the top roles are shown opened up.
const detailed = 3

// resultsPage ranks the roles for the saved session, or for a shared link.
type resultsPage struct {
	app.Compo

	cat     *content.Catalogue
	session *quiz.Session
	ranking scoring.Ranking
	shared  bool   // showing a shared link's answers, not this device's
	notice  string // what happened to saved progress or a share link
	err     string
	copied  string

	// mounted is the page's own context, on which focusing the heading is deferred.
	mounted app.Context
}

func (p *resultsPage) OnMount(ctx app.Context) { p.mounted = ctx }

// focusHeading moves the keyboard focus to the page's heading once it is rendered, so a
// screen reader announces the results (or why there are none).
func (p *resultsPage) focusHeading(ctx app.Context) {
	if p.mounted.Context != nil {
		ctx = p.mounted
	}
	ctx.Defer(func(ctx app.Context) {
		if h := app.Window().GetElementByID("results-heading"); h.Truthy() {
			h.Call("focus")
		}
	})
}

func (p *resultsPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Your results: %s", Name)
	defer p.focusHeading(ctx)
	c, err := catalogue()
	if err != nil {
		p.err = "The roles could not be loaded."
		return
	}
	p.cat = c
	if code, ok := shareCode(ctx.Page().URL()); ok {
		s, n, err := quiz.FromShareCode(c, code)
		if err != nil {
			p.err = "This share link is damaged or comes from another version of the quiz, so it " +
				"cannot be shown. You can take the quiz yourself: it takes a few minutes."
			return
		}
		p.session, p.shared = s, true
		ctx.Page().SetTitle("Shared results: %s", Name)
		if n.DroppedSkills > 0 {
			p.notice = "The list of skills has changed since this link was made, so the skills it " +
				"named are not shown. The answers and the ranking are as shared."
		}
		p.ranking = s.Results()
		return
	}
	s, notice := loadProgress(ctx, c)
	if s == nil {
		p.err = "There are no answers on this device yet. Take the quiz to see which careers fit you."
		if notice != "" {
			p.err = notice
		}
		return
	}
	p.session, p.notice = s, notice
	p.ranking = s.Results()
}

// voice is whose answers the page speaks of: the student's, or those of whoever shared the link.
func (p *resultsPage) voice() voice {
	if p.shared {
		return theirs
	}
	return yours
}

// title is the page's heading: the student's results, or results someone shared.
func (p *resultsPage) title() string {
	if p.shared {
		return "Shared results"
	}
	return "Your results"
}

// shareCode returns the share code in a URL's fragment, if it has one.
func shareCode(u *url.URL) (string, bool) {
	v, err := url.ParseQuery(u.Fragment)
	if err != nil || v.Get(shareKey) == "" {
		return "", false
	}
	return v.Get(shareKey), true
}

func (p *resultsPage) Render() app.UI {
	if p.err != "" {
		return page(
			app.H1().ID("results-heading").TabIndex(-1).Text("No results to show"),
			app.P().Role("alert").Text(p.err),
			app.Div().Class("actions").Body(
				app.A().Class("button primary").Href(Path("/quiz")).Text("Start the quiz"),
			),
		)
	}
	if p.session == nil {
		return page(app.P().Text("Working out your results…"))
	}
	rk := p.ranking
	items := make([]app.UI, len(rk.Results))
	for i, r := range rk.Results {
		items[i] = p.renderResult(i, r)
	}
	return page(
		app.H1().ID("results-heading").TabIndex(-1).Text(p.title()),
		app.If(p.shared, func() app.UI {
			return app.P().Class("notice").Role("status").Text("These are results someone shared with you: the answers are theirs. " +
				"They are not saved on this device.")
		}),
		app.If(p.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(p.notice)
		}),
		app.P().Class("lead").Text(confidenceText(rk, p.voice())),
		app.If(len(rk.Results) > 0, func() app.UI { return app.P().Class("muted").Text(figureText(rk, p.voice())) }),
		p.renderTopGroup(),
		app.Ol().Class("results").Body(items...),
		p.renderActions(),
		app.If(!p.shared, func() app.UI { return p.renderAnswers() }),
	)
}

// renderTopGroup explains, when the top role is one of a group of near-identical roles, what
// tells them apart.
func (p *resultsPage) renderTopGroup() app.UI {
	if len(p.ranking.Results) == 0 {
		return app.Text("")
	}
	top := p.ranking.Results[0]
	for _, g := range p.ranking.Groups {
		if g.ID == top.Group && len(g.Titles) > 1 {
			return app.Section().Class("group").Aria("label", "Close roles").Body(
				app.P().Text(fmt.Sprintf("%s are very alike: the chance that one of them is your best match is %d%%.",
					joinAnd(g.Titles), int(g.Probability*100+0.5))),
				p.differences(g),
			)
		}
	}
	return app.Text("")
}

func (p *resultsPage) differences(g scoring.Group) app.UI {
	if len(g.Differences) == 0 {
		return app.Text("")
	}
	var items []app.UI
	for i, d := range g.Differences {
		if i == 3 {
			break
		}
		items = append(items, app.Li().Text(fmt.Sprintf("%s: more in %s, less in %s",
			traitLabel(p.cat, d.Trait), d.High, d.Low)))
	}
	return app.Div().Body(app.P().Text("What tells them apart:"), app.Ul().Body(items...))
}

func (p *resultsPage) renderResult(i int, r scoring.Result) app.UI {
	role := findRole(p.cat, r.RoleID)
	meaning := ""
	if i == 0 {
		meaning = " chance of being " + p.voice().your() + " best match"
	}
	head := []app.UI{
		app.H2().Text(r.Title),
		app.P().Class("fit").Body(
			app.Strong().Text(fmt.Sprintf("%d%%", r.Fit)),
			app.Text(meaning+" · "),
			app.Span().Class("confidence").Text(confidenceWords(cardLevel(p.ranking, r))),
		),
	}
	if role != nil {
		head = append(head, app.P().Text(role.Summary))
		if i < detailed {
			w := quiz.WayInto(p.cat, role, p.session.Stage())
			head = append(head, app.P().Class("way-in").Body(
				app.Strong().Text(p.voice().Your()+" way in: "),
				app.Text(wayInText(w, p.voice())),
			))
		}
	}
	if role == nil {
		return app.Li().Class("result").Body(head...)
	}
	details := []app.UI{
		app.Summary().Text("Why, skills, pay and next steps"),
		p.why(r),
		p.skills(r),
		app.H3().Text("Pay"),
		salaryView(role),
	}
	if edu := subItems(role, content.SectionRequirements, "Education"); len(edu) > 0 {
		details = append(details, app.H3().Text("Education"), listView(edu))
	}
	if len(role.Ladder) > 0 {
		details = append(details, app.H3().Text("Career steps"), stepsView(role.Ladder, role.ID))
	} else if len(role.Next) > 0 {
		details = append(details, app.H3().Text("Next steps"), stepsView(role.Next, ""))
	}
	details = append(details, app.P().Body(app.A().Href(rolePath(role.ID)).Text("Read all about "+role.Title)))
	return app.Li().Class("result").Body(
		append(head, app.Details().Open(i < detailed).Body(details...))...,
	)
}

// why lists the answers that raised and lowered the role.
func (p *resultsPage) why(r scoring.Result) app.UI {
	var up, down []app.UI
	for _, re := range shownReasons(r.Reasons) {
		item := app.Li().Text(fmt.Sprintf("“%s” %s answered %s.", re.Text, p.voice().You(), strings.ToLower(answerLabel(re.Answer))))
		if re.Effect > 0 {
			up = append(up, item)
		} else if re.Effect < 0 {
			down = append(down, item)
		}
	}
	out := []app.UI{app.H3().Text("Why it came out here")}
	if len(up) > 0 {
		out = append(out, app.P().Text("These answers raised it:"), app.Ul().Body(up...))
	}
	if len(down) > 0 {
		out = append(out, app.P().Text("These answers lowered it:"), app.Ul().Body(down...))
	}
	if len(up)+len(down) == 0 {
		out = append(out, app.P().Text("None of "+p.voice().your()+" answers moved this role much."))
	}
	return app.Div().Body(out...)
}

// shownReasons are the reasons worth telling a student: a "Not sure" answer is no sign of
// interest, so it is never said to have raised a role, whatever the model's arithmetic.
func shownReasons(all []scoring.Reason) []scoring.Reason {
	var out []scoring.Reason
	for _, re := range all {
		if re.Effect > 0 && re.Answer == notSure {
			continue
		}
		out = append(out, re)
	}
	return out
}

func (p *resultsPage) skills(r scoring.Result) app.UI {
	out := []app.UI{app.H3().Text("Skills")}
	if len(r.Have) > 0 {
		out = append(out, app.P().Text("Skills "+p.voice().you()+" have for it: "+strings.Join(r.Have, ", ")+"."))
	}
	if len(r.Learn) > 0 {
		out = append(out, app.P().Text("Skills to learn next: "+strings.Join(r.Learn, ", ")+"."))
	}
	return app.Div().Body(out...)
}

func (p *resultsPage) renderActions() app.UI {
	link := p.shareURL()
	return app.Section().Class("actions-panel").Aria("label", "What next").Body(
		app.H2().Text("What next"),
		app.Div().Class("share").Body(
			app.Label().For("share-link").Text("Share link"),
			app.Input().Type("text").ID("share-link").ReadOnly(true).Value(link),
			app.Button().Type("button").Class("button").Text("Copy share link").OnClick(p.copy),
			app.P().Role("status").Class("muted").Text(p.copied),
		),
		app.Div().Class("actions").Body(
			app.Button().Type("button").Class("button").Text("Print").OnClick(func(ctx app.Context, e app.Event) {
				app.Window().Call("print")
			}),
			app.A().Class("button").Href("data:text/plain;charset=utf-8,"+url.PathEscape(p.summary(link))).
				Attr("download", "career-quiz-results.txt").Text("Download a summary"),
			app.If(!p.shared, func() app.UI {
				return app.Button().Type("button").Class("button").Text("Ask me more questions").OnClick(p.more)
			}),
			app.If(p.shared, func() app.UI {
				// Nothing of this device's is deleted: the viewer takes the quiz themselves.
				return app.A().Class("button").Href(Path("/quiz")).Text("Take the quiz yourself")
			}).Else(func() app.UI {
				return app.Div().Class("actions").Body(
					&confirm{ID: "start-over", Label: "Start over", Yes: "Yes, delete and start over",
						Question: "Start over? This deletes your answers and skills on this device.",
						OnYes: func(ctx app.Context) {
							clearProgress(ctx)
							ctx.Navigate(Path("/quiz"))
						}},
					&confirm{ID: "clear-data", Label: "Clear my data", Yes: "Yes, delete my data",
						Question: "Delete your answers and skills from this device? This cannot be undone.",
						OnYes: func(ctx app.Context) {
							clearProgress(ctx)
							ctx.Navigate(Path("/"))
						}},
				)
			}),
		),
	)
}

// shareURL is the results page's address with the answers and skills in its fragment.
func (p *resultsPage) shareURL() string {
	u := *app.Window().URL()
	u.Path = Path("/results")
	u.RawQuery = ""
	u.Fragment = shareKey + "=" + p.session.ShareCode()
	return u.String()
}

func (p *resultsPage) copy(ctx app.Context, e app.Event) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() {
		p.copied = "Copying is not available here: select the link above and copy it."
		return
	}
	clip.Call("writeText", p.shareURL())
	p.copied = "The link is copied. Anyone who opens it sees these results; it holds your answers, " +
		"your skills and where you are now, nothing else."
}

func (p *resultsPage) more(ctx app.Context, e app.Event) {
	p.session.More()
	saveProgress(ctx, p.session)
	ctx.Navigate(Path("/quiz"))
}

// renderAnswers lists every answer given, each changeable in place.
func (p *resultsPage) renderAnswers() app.UI {
	asked := p.session.Asked()
	items := make([]app.UI, len(asked))
	for i, q := range asked {
		q := q
		v, _ := p.session.AnswerOf(q.ID)
		id := "change-" + q.ID
		opts := []app.UI{app.Option().Value("0").Selected(v == 0).Text("Skipped")}
		for j, label := range scale {
			opts = append(opts, app.Option().Value(fmt.Sprint(j+1)).Selected(v == j+1).Text(label))
		}
		items[i] = app.Li().Body(
			app.Label().For(id).Text(q.Text),
			app.Select().ID(id).Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
				var n int
				fmt.Sscan(ctx.JSSrc().Get("value").String(), &n)
				if n == 0 {
					p.session.Skip(q.ID)
				} else {
					p.session.Answer(q.ID, n)
				}
				saveProgress(ctx, p.session)
				p.ranking = p.session.Results()
			}),
		)
	}
	return app.Section().Class("answers").Aria("labelledby", "answers-heading").Body(
		app.H2().ID("answers-heading").Text("Your answers"),
		app.P().Text("Change any answer and the ranking above updates at once. Where you are now changes "+
			"only the way in shown for each role."),
		p.renderStageAnswer(),
		app.Ol().Class("answer-list").Body(items...),
	)
}

// renderStageAnswer is the answer to the stage question, changeable in place; it changes the
// way in shown on each card, never the ranking.
func (p *resultsPage) renderStageAnswer() app.UI {
	current := p.session.Stage()
	opts := []app.UI{app.Option().Value("").Selected(current == quiz.StageUnknown).Text(stageLabel(quiz.StageUnknown))}
	for _, st := range quiz.Stages {
		opts = append(opts, app.Option().Value(st.String()).Selected(current == st).Text(stageLabel(st)))
	}
	return app.Div().Class("stage-answer").Body(
		app.Label().For("change-stage").Text(stageQuestion),
		app.Select().ID("change-stage").Body(opts...).OnChange(func(ctx app.Context, e app.Event) {
			st, _ := quiz.ParseStage(ctx.JSSrc().Get("value").String())
			p.session.SetStage(st)
			saveProgress(ctx, p.session)
		}),
	)
}

// notSure is the middle of the answer scale.
const notSure = 3

func answerLabel(v int) string {
	if v < 1 || v > len(scale) {
		return "skipped"
	}
	return scale[v-1]
}

func traitLabel(c *content.Catalogue, id string) string {
	for _, t := range c.Traits {
		if t.ID == id {
			return t.Label
		}
	}
	return id
}

func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

func joinAnd(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}
