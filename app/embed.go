package app

import (
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Messages between the frame and the loader script (web/careerquiz-embed.js). The frame
// posts them to the host's origin only, never "*"; the loader accepts them only from the
// frame it made and the quiz's origin.
const (
	msgHeight = "careerquiz:height" // frame → host: {height} in CSS pixels
	msgSized  = "careerquiz:sized"  // host → frame: the host sizes the frame to its content
	msgResult = "careerquiz:result" // frame → host, only after the student agreed: the top matches
)

// sharedRoles is how many of the top roles the result event carries, and the compact
// result shows.
const sharedRoles = 3

// embedPage is /embed: the quiz in a compact layout for another page's frame, with no site
// navigation, a compact result and a link to the full app. It asks with the quiz page's
// own code; the host's options (embedOptions) come from the address's query.
type embedPage struct {
	quizPage

	opts      embedOptions
	results   bool // the compact result is shown in place of the questions
	ranking   scoring.Ranking
	sent      bool   // the student agreed, and the top matches were posted to the host
	copied    string // what happened to copy, print or download
	copyOK    bool
	fullLink  string // the results in the full app, for printing and downloading there
	observer  app.Value
	onMessage app.Func
	posted    int // the height last posted
}

// newEmbedPage returns the /embed page, its layout set before the server renders it.
func newEmbedPage() *embedPage {
	p := &embedPage{}
	p.layout = p.frame
	p.finish = p.frameFinish
	return p
}

var (
	subsetMu sync.Mutex
	subsets  = map[string]*quiz.Engine{}
)

// subsetOf returns the engine for c limited to ids, built once per list, so the engine and
// the key progress is saved under stay the same for the page's life.
func subsetOf(c *content.Catalogue, ids []string) (*quiz.Engine, error) {
	key := strings.Join(ids, ",")
	subsetMu.Lock()
	defer subsetMu.Unlock()
	if e, ok := subsets[key]; ok {
		return e, nil
	}
	e, err := quiz.NewEngine(subset(c, ids), quiz.DefaultConfig)
	if err != nil {
		return nil, err
	}
	subsets[key] = e
	return e, nil
}

func (p *embedPage) OnNav(ctx app.Context) {
	c, err := catalogue()
	if err != nil {
		p.err = "The quiz's questions could not be loaded."
		return
	}
	var warnings []string
	p.opts, warnings = parseEmbedOptions(ctx.Page().URL().Query(), c)
	if p.opts.Host != "" && !parentIs(p.opts.Host) {
		warnings = append(warnings, "career quiz: host "+p.opts.Host+" ignored: the page around this frame is not on that origin")
		p.opts.Host, p.opts.ResultEvent = "", false
	}
	for _, w := range warnings {
		app.Window().Get("console").Call("warn", w)
	}
	if p.opts.Roles != nil {
		if p.subset, err = subsetOf(c, p.opts.Roles); err != nil {
			p.err = "The quiz's questions could not be loaded."
			return
		}
	}
	p.applyAccent()
	p.watchSize()
	p.quizPage.OnNav(ctx)
	if p.session != nil && p.session.Done() && p.opts.FullResults {
		p.fullLink = p.resultsLink()
	}
}

// parentIs reports whether the page around the frame is on origin, where the browser
// says (location.ancestorOrigins); where it does not, or hides it, the browser's own
// targetOrigin check on every message is what keeps them to origin.
func parentIs(origin string) (ok bool) {
	defer func() {
		if recover() != nil {
			ok = true
		}
	}()
	anc := app.Window().Get("location").Get("ancestorOrigins")
	if !anc.Truthy() || anc.Get("length").Int() == 0 {
		return true
	}
	first := anc.Call("item", 0).String()
	return first == "null" || strings.EqualFold(first, origin)
}

// applyAccent sets the host's accent colour on the page through the DOM, never through
// markup: a class says which theme uses it, a custom property holds it.
func (p *embedPage) applyAccent() {
	root := app.Window().Get("document").Get("documentElement")
	if p.opts.AccentLight != "" {
		root.Get("style").Call("setProperty", "--host-accent", p.opts.AccentLight)
		root.Get("classList").Call("add", "host-accent")
	}
	if p.opts.AccentDark != "" {
		root.Get("style").Call("setProperty", "--host-accent-dark", p.opts.AccentDark)
		root.Get("classList").Call("add", "host-accent-dark")
	}
}

// watchSize starts, once the host is known (go-app calls OnMount before OnNav), posting the
// page's height to the host.
func (p *embedPage) watchSize() {
	if p.opts.Host == "" || p.observer != nil {
		return
	}
	// The frame's height follows its content: a ResizeObserver posts it whenever it changes,
	// to the host's origin only. Once the host answers that it sizes the frame, the frame
	// hides its own scrollbar, which would otherwise flash while the host catches up.
	post := app.FuncOf(func(app.Value, []app.Value) any {
		p.postHeight()
		return nil
	})
	p.observer = app.Window().Get("ResizeObserver").New(post)
	p.observer.Call("observe", app.Window().Get("document").Get("body"))
	p.onMessage = app.FuncOf(func(this app.Value, args []app.Value) any {
		e := args[0]
		if e.Get("origin").String() != p.opts.Host || !e.Get("source").Equal(app.Window().Get("parent")) {
			return nil
		}
		if d := e.Get("data"); d.Truthy() && d.Get("type").String() == msgSized {
			app.Window().Get("document").Get("documentElement").Get("classList").Call("add", "sized")
		}
		return nil
	})
	app.Window().Call("addEventListener", "message", p.onMessage)
	p.postHeight()
}

func (p *embedPage) OnDismount() {
	if p.observer != nil {
		p.observer.Call("disconnect")
	}
	if p.onMessage != nil {
		app.Window().Call("removeEventListener", "message", p.onMessage)
	}
}

// postHeight tells the host the height of the page's content, when it has changed.
func (p *embedPage) postHeight() {
	body := app.Window().Get("document").Get("body")
	h := int(body.Call("getBoundingClientRect").Get("height").Float() + 0.999)
	if h <= 0 || h == p.posted {
		return
	}
	p.posted = h
	post(p.opts.Host, map[string]any{"type": msgHeight, "height": h})
}

// post sends msg to the parent page, delivered only if that page is on origin.
func post(origin string, msg map[string]any) {
	defer func() {
		if r := recover(); r != nil {
			app.Log("posting to the host failed:", r)
		}
	}()
	app.Window().Get("parent").Call("postMessage", msg, origin)
}

func (p *embedPage) Render() app.UI {
	if p.results && p.session != nil {
		return p.frame(p.renderResults()...)
	}
	return p.quizPage.Render()
}

// frame is the compact layout: the host's heading or the quiz's name, a link to the full
// app, the quiz, and a line on privacy.
//
// The server's copy reads true before the app starts (its first question is answered by
// web/boot.js, early.go), so it is marked as page() marks the site's. It cannot know the host's
// heading, which only the app reads: where the address gives one, boot.js keeps the title line
// out of sight until the app shows it.
func (p *embedPage) frame(content ...app.UI) app.UI {
	heading := p.opts.Heading
	if heading == "" {
		heading = "Which careers fit you?"
	}
	frame := app.Div().Class("frame")
	if app.IsServer {
		frame = frame.DataSet("prerendered", "ready")
	}
	return frame.Body(
		app.Header().Class("frame-header").Body(
			app.P().Class("frame-title").Text(heading),
			app.A().Href(Path("/")).Target("_blank").Rel("noopener").Text("Open the full quiz"),
		),
		storageNotice(),
		app.Main().ID("main").TabIndex(-1).Body(content...),
		app.Footer().Class("frame-footer").Body(
			app.P().Text("Your answers stay on this device. The full quiz opens in a new tab: it can be "+
				"installed, works offline and keeps your progress."),
		),
	)
}

// frameFinish is what ends the quiz at the skills step: the compact result, or with the
// host's option results=full, a link to the results in the full app.
func (p *embedPage) frameFinish() app.UI {
	if p.opts.FullResults {
		return app.A().Class("button primary").Href(ownLink(p.resultsLink())).Target("_blank").Rel("noopener").
			Text("See my results in the full quiz")
	}
	return app.Button().Type("button").Class("button primary").Text("See my results").OnClick(p.showResults)
}

func (p *embedPage) showResults(ctx app.Context, e app.Event) {
	p.results = true
	p.ranking = p.session.Results()
	p.fullLink = p.resultsLink()
	p.copied = ""
	ctx.Page().SetTitle("Your results: %s", Name)
	m := ctx
	if p.mounted.Context != nil {
		m = p.mounted
	}
	focusID(m, "results-heading")
}

// resultsLink is the address of the student's results in the full app, their answers in
// the fragment, which never reaches a server.
func (p *embedPage) resultsLink() string {
	u := *app.Window().URL()
	u.Path = Path("/results")
	u.RawQuery = ""
	u.Fragment = shareKey + "=" + p.session.ShareCode()
	return u.String()
}

func (p *embedPage) renderResults() []app.UI {
	rk := p.ranking
	n := min(sharedRoles, len(rk.Results))
	items := make([]app.UI, n)
	for i, r := range rk.Results[:n] {
		meaning := ""
		if i == 0 {
			meaning = " chance of being your best match"
		}
		var summary app.UI = app.Text("")
		if role := p.session.Engine().Catalogue.Role(r.RoleID); role != nil {
			summary = app.P().Text(role.Summary)
		}
		items[i] = app.Li().Class("result").Body(
			app.H2().Text(r.Title),
			app.P().Class("fit").Body(
				app.Strong().Text(percentText(r.Fit)),
				app.Text(meaning+" · "),
				app.Span().Class("confidence").Text(confidenceWords(cardLevel(rk, r))),
			),
			summary,
			app.P().Body(app.A().Href(rolePath(r.RoleID)).Target("_blank").Rel("noopener").Text("Read about "+r.Title)),
		)
	}
	return []app.UI{
		app.H1().ID("results-heading").TabIndex(-1).Text("Your top matches"),
		app.P().Class("lead").Text(confidenceText(rk, yours)),
		app.Ol().Class("results").Body(items...),
		app.If(p.opts.ResultEvent, func() app.UI { return p.renderConsent() }),
		app.Section().Class("actions-panel").Aria("label", "What next").Body(
			app.Div().Class("actions").Body(
				app.A().Class("button primary").Href(ownLink(p.fullLink)).Target("_blank").Rel("noopener").
					Text("See my full results"),
			),
			app.Div().Class("share").Body(
				app.Label().For("share-link").Text("Link to your results"),
				app.Input().Type("text").ID("share-link").ReadOnly(true).Value(p.fullLink),
			),
			app.Div().Class("actions").Body(
				app.Button().Type("button").Class("button").Text("Copy link").OnClick(p.copy),
				app.Button().Type("button").Class("button").Text("Print").OnClick(p.print),
				app.A().Class("button").Href("data:text/plain;charset=utf-8,"+url.PathEscape(p.summary())).
					Attr("download", "career-quiz-results.txt").Text("Download a summary").OnClick(p.download),
				app.Button().Type("button").Class("button").Text("Change my answers").OnClick(p.backToQuiz),
				&confirm{ID: "start-over", Label: "Start over", Yes: "Yes, delete and start over",
					Question: "Start over? This deletes your answers and skills in this page.", OnYes: p.startOver},
			),
			app.P().ID("action-status").Role("status").Class("muted").Text(p.copied),
		),
	}
}

// renderConsent asks the student whether to share their top matches with the host page,
// which asked for them. Nothing is sent unless they press the button.
func (p *embedPage) renderConsent() app.UI {
	host := p.opts.Host
	if u, err := url.Parse(host); err == nil {
		host = u.Host
	}
	if p.sent {
		return app.Section().Class("consent").Aria("label", "Sharing").Body(
			app.P().Role("status").Text(fmt.Sprintf("Your top %d matches and their figures were shared with this page (%s). "+
				"Your answers were not.", min(sharedRoles, len(p.ranking.Results)), host)),
		)
	}
	return app.Section().Class("consent").Aria("label", "Sharing").Body(
		app.P().Text(fmt.Sprintf("This page (%s) would like to see your top matches, for example to suggest "+
			"events or advice. Only the names of your top %d roles and their figures would be shared, not your "+
			"answers. Nothing is shared unless you press the button.", host, sharedRoles)),
		app.Button().Type("button").Class("button").Text("Share my top matches with this page").OnClick(p.share),
	)
}

// resultMessage is what the host receives when the student agrees: the top roles' ids,
// titles and figures (fit, 0 to 100, as shown), and the overall confidence.
func resultMessage(rk scoring.Ranking) map[string]any {
	var roles []any
	for i, r := range rk.Results {
		if i == sharedRoles {
			break
		}
		roles = append(roles, map[string]any{"id": r.RoleID, "title": r.Title, "fit": r.Fit})
	}
	return map[string]any{"type": msgResult, "roles": roles, "confidence": verdictLevel(rk).String()}
}

func (p *embedPage) share(ctx app.Context, e app.Event) {
	if !p.opts.ResultEvent || p.opts.Host == "" {
		return
	}
	post(p.opts.Host, resultMessage(p.ranking))
	p.sent = true
}

func (p *embedPage) copy(ctx app.Context, e app.Event) {
	m := ctx
	if p.mounted.Context != nil {
		m = p.mounted
	}
	copyText(m, p.fullLink, func(ctx app.Context, ok bool) {
		p.copyOK = ok
		if ok {
			p.copied = copiedText
			return
		}
		p.copied = copyRefusedText
		selectField("share-link")
	})
}

func (p *embedPage) print(ctx app.Context, e app.Event) {
	if printPage() {
		p.copied = ""
		return
	}
	p.copied = printUnsureText
	if inFrame() {
		p.copied = printUnsureFrameText
	}
}

func (p *embedPage) download(ctx app.Context, e app.Event) {
	if inFrame() {
		p.copied = downloadFrameText
	}
}

func (p *embedPage) summary() string {
	return summaryText(p.session.Engine().Catalogue, p.ranking, p.session.Stage(), p.fullLink, yours)
}

func (p *embedPage) backToQuiz(ctx app.Context, e app.Event) {
	p.results, p.copied, p.sent = false, "", false
	p.show(ctx)
}

func (p *embedPage) startOver(ctx app.Context) {
	progressStore(ctx).Del(keyFor(p.session.Engine().Catalogue))
	p.session = p.session.Engine().New()
	p.results, p.copied, p.sent, p.selected = false, "", false, 0
	p.onStage, p.stage = true, quiz.StageUnknown
	p.bar = progressBar{}
	p.show(ctx)
}
