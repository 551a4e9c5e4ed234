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

// ownKey marks a results link that the student opens from the quiz in another page's frame
// (/results#s=CODE&own=1): the answers are theirs, so the page speaks to them, though
// nothing is saved on this device. A link shared with others never carries it.
const ownKey = "own"

// ownLink is link, a results link with a share code, marked as the student's own.
func ownLink(link string) string { return link + "&" + ownKey + "=1" }

// detailed is how many of the top roles are shown opened up.
const detailed = 3

// resultsPage ranks the roles for the saved session, or for a shared link.
type resultsPage struct {
	app.Compo

	cat     *content.Catalogue
	session *quiz.Session
	ranking scoring.Ranking
	shared  bool   // showing a link's answers, not this device's
	own     bool   // the link is the student's own, opened from the quiz in a frame (ownKey)
	notice  string // what happened to saved progress or a share link
	err     string

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
	e, err := engine()
	if err != nil {
		p.err = "The roles could not be loaded."
		return
	}
	p.cat = e.Catalogue
	if code, ok := shareCode(ctx.Page().URL()); ok {
		s, n, err := e.FromShareCode(code)
		if err != nil {
			p.err = "This share link is damaged or comes from another version of the quiz, so it " +
				"cannot be shown. You can take the quiz yourself: it takes a few minutes."
			return
		}
		p.session, p.shared = s, true
		p.own = ownResults(ctx.Page().URL())
		if !p.own {
			ctx.Page().SetTitle("Shared results: %s", Name)
		}
		p.notice = sharedNotice(n)
		p.ranking = s.Results()
		return
	}
	s, notice := loadProgress(ctx, e)
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

// theirs reports whether the page shows someone else's answers: a link someone shared.
func (p *resultsPage) theirs() bool { return p.shared && !p.own }

// voice is whose answers the page speaks of: the student's, or those of whoever shared the link.
func (p *resultsPage) voice() voice {
	if p.theirs() {
		return theirs
	}
	return yours
}

// title is the page's heading: the student's results, or results someone shared.
func (p *resultsPage) title() string {
	if p.theirs() {
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

// ownResults reports whether the address marks its share code as the student's own.
func ownResults(u *url.URL) bool {
	v, err := url.ParseQuery(u.Fragment)
	return err == nil && v.Get(ownKey) == "1"
}

func (p *resultsPage) Render() app.UI {
	if p.err != "" {
		return appPage(
			app.H1().ID("results-heading").TabIndex(-1).Text("No results to show"),
			app.P().Role("alert").Text(p.err),
			app.Div().Class("actions").Body(
				app.A().Class("button primary").Href(Path("/quiz")).Text("Start the quiz"),
			),
		)
	}
	if p.session == nil {
		return appPage(app.P().Text("Working out your results…"))
	}
	rk := p.ranking
	top := min(detailed, len(rk.Results))
	cards := make([]app.UI, top)
	for i, r := range rk.Results[:top] {
		cards[i] = &summaryCard{Catalogue: p.cat, Result: r, Level: cardLevel(rk, r), Stage: p.session.Stage(), Voice: p.voice()}
	}
	var topRole *content.Role
	if len(rk.Results) > 0 {
		topRole = p.cat.Role(rk.Results[0].RoleID)
	}
	link := p.shareURL()
	return appPage(
		app.H1().ID("results-heading").TabIndex(-1).Text(p.title()),
		app.If(p.theirs(), func() app.UI {
			return app.P().Class("notice").Role("status").Text("These are results someone shared with you: the answers are theirs. " +
				"They are not saved on this device.")
		}),
		app.If(p.own, func() app.UI {
			return app.P().Class("notice").Role("status").Text("These are your results from the quiz on the page you came from. " +
				"They are not saved on this device: keep the link, or take the quiz here to save your progress.")
		}),
		app.If(p.notice != "", func() app.UI {
			return app.P().Class("notice").Role("status").Text(p.notice)
		}),
		app.Div().Class("results-layout").Body(
			app.Div().Class("results-main").Body(
				app.P().Class("overall level-"+verdictLevel(rk).String()).Body(
					app.Strong().Text(confidenceWords(verdictLevel(rk))),
				),
				app.P().Class("lead").Text(confidenceText(rk, p.voice())),
				elsewhereNotice(p.session.Elsewhere(), p.voice()),
				p.renderTopGroup(),
				app.Ol().Class("results").Body(cards...),
			),
			&resultActions{Link: link, Summary: p.summary(link), Shared: p.theirs(), OnMore: p.more},
			app.Section().Class("profile card").Aria("labelledby", "profile-heading").Body(
				app.H2().ID("profile-heading").Text(p.voice().Your()+" profile"),
				&profileChart{ID: "results-chart", Traits: p.cat.Traits, You: p.session.TraitLevels(), Role: topRole, Voice: p.voice()},
			),
		),
		app.If(len(rk.Results) > 0, func() app.UI { return app.P().Class("muted small figure-meaning").Text(figureText(rk, p.voice())) }),
		&compareRoles{Catalogue: p.cat, Ranking: rk},
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
				app.P().Text(fmt.Sprintf("%s are very alike: the chance that one of them is %s best match is %s.",
					joinAnd(g.Titles), p.voice().your(), percentText(g.Fit))),
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
			p.cat.TraitLabel(d.Trait), d.High, d.Low)))
	}
	return app.Div().Body(app.P().Text("What tells them apart:"), app.Ul().Body(items...))
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

// shareURL is the results page's address with the answers and skills in its fragment.
func (p *resultsPage) shareURL() string {
	u := *app.Window().URL()
	u.Path = Path("/results")
	u.RawQuery = ""
	u.Fragment = shareKey + "=" + p.session.ShareCode()
	return u.String()
}

func (p *resultsPage) more(ctx app.Context) {
	p.session.More()
	saveProgress(ctx, p.session)
	ctx.Navigate(Path("/quiz"))
}

// notSure is the middle of the answer scale.
const notSure = (scoring.MinAnswer + scoring.MaxAnswer) / 2

func answerLabel(v int) string {
	if !scoring.Valid(v) {
		return "skipped"
	}
	return scale[v-scoring.MinAnswer]
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
