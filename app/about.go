package app

import (
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// aboutPage explains the method, the sources, privacy and how to embed the quiz.
type aboutPage struct {
	app.Compo

	cat *content.Catalogue
	src string // the quiz's own address, for the embed snippet; set in the browser
}

func (p *aboutPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("About: %s", Name)
	p.cat, _ = catalogue()
	u := *ctx.Page().URL()
	u.Path, u.RawQuery, u.Fragment = Path(""), "", ""
	p.src = strings.TrimSuffix(u.String(), "/")
}

// embedSandbox is the sandbox a host gives the quiz's frame: scripts and the quiz's own
// storage, forms, the full quiz in a new tab that is not sandboxed itself, printing and
// downloading the results. allow="clipboard-write" lets it copy a link.
const embedSandbox = "allow-scripts allow-same-origin allow-forms allow-popups " +
	"allow-popups-to-escape-sandbox allow-modals allow-downloads"

// loaderSnippet is the tag that puts the quiz served at base (its address, without the
// final slash) on another page, in a frame that sizes itself. README shows the same.
func loaderSnippet(base string) string {
	return `<script src="` + base + `/web/careerquiz-embed.js"
  data-heading="Which careers fit you?" async></script>`
}

// frameSnippet is the plain inline frame for the quiz served at base, for a page that
// runs no script of the quiz's: it has a fixed height and scrolls inside.
func frameSnippet(base string) string {
	return `<iframe src="` + base + `/embed" title="Career quiz"
  style="display:block;width:100%;height:46rem;border:0"
  sandbox="` + embedSandbox + `"
  allow="clipboard-write"></iframe>`
}

func (p *aboutPage) Render() app.UI {
	return page(
		app.H1().Text("About the quiz"),
		app.H2().Text("How it works"),
		app.P().Text("Every role in the quiz has a profile: how much it calls on each of a small set of "+
			"interests and abilities, such as building software, working with data, leading people or "+
			"improving how things are made. Each question asks about one or two of these."),
		app.P().Text("After each answer the quiz updates how likely each role is to be the best fit for you, "+
			"and picks the question that would tell it the most about which role that is. It allows for "+
			"how people answer: some agree with most statements, some are still building the skills "+
			"their interests point to, some answer carelessly now and then. It stops when more "+
			"questions are unlikely to change the first roles, and after 20 questions at most. You can "+
			"always ask for more questions, go back, skip or change an answer."),
		app.P().Text("The first question asks where you are now: at school, at university or college, or "+
			"working. It does not change the ranking. It decides the way in each result shows: whether you "+
			"can start in the role now, or which step of its career ladder usually comes first."),
		app.P().Text("The percentage on each role is the quiz's estimate of the chance that it is the best fit for "+
			"you among the roles it knows. The figures of all roles add up to at most 100%: what is missing "+
			"is the chance that the answers were given at random. It was checked against thousands of "+
			"simulated students who answer in many different ways: a figure of about 65% turned out right "+
			"between about 55 and 85 times in 100, more often for students who answered very "+
			"consistently, less often for those who answered carelessly or were still at school. Treat "+
			"it as a guide, not a promise. The confidence says how much to trust the ranking: low when you "+
			"answered few questions, gave the same answer to almost everything, or gave answers that "+
			"fit no role, and never high before eight answers."),
		app.P().Text("A careers adviser, teachers and people who do the job know far more about you and the "+
			"work than any quiz: use the results to start a conversation, not to end one."),
		app.H2().Text("Sources"),
		app.P().Text("The roles come from role documents written for this project from public sources. "+
			"Every salary and market figure names its source, and a figure without one is not shown. "+
			"Each role's page lists its sources."),
		p.sourceList(),
		app.H2().Text("Privacy"),
		app.P().Text("The quiz runs entirely in your browser. It makes no request to any server but the one "+
			"that served it, and sends your answers nowhere. Your progress is kept in this browser's "+
			"storage on this device so that you can come back; the results page has a button to clear it. "+
			"A share link carries your answers and the skills you added after the # sign, a part of the address that browsers never "+
			"send to a server."),
		app.H2().Text("Put the quiz on your website"),
		app.P().Text("A careers office can show the quiz on its own pages with one tag. It makes a frame "+
			"that grows and shrinks with the quiz, with no scrollbar of its own:"),
		app.If(p.src != "", func() app.UI { return app.Pre().ID("loader-snippet").Body(app.Code().Text(loaderSnippet(p.src))) }),
		app.P().Text("A few more attributes choose the accent colour (data-accent), the roles to consider "+
			"(data-roles), whether the results open in the full quiz (data-results=\"full\") and whether to "+
			"offer the student to share their top matches with the page (data-result-event=\"true\"): "+
			"nothing is shared unless the student presses the button that says so."),
		app.P().Text("A page that runs no script of ours can use a plain frame instead, of fixed height:"),
		app.If(p.src != "", func() app.UI { return app.Pre().ID("frame-snippet").Body(app.Code().Text(frameSnippet(p.src))) }),
		app.P().Text("In a frame the quiz keeps progress for that site only, and some browsers keep none: "+
			"the frame links to the full quiz, which can be installed, works offline and keeps progress."),
		app.P().Text("It can also add its own roles: each role is one text file, checked with the "+
			"project's checker before the site is built. The project's README explains how."),
	)
}

func (p *aboutPage) sourceList() app.UI {
	if p.cat == nil {
		return app.Text("")
	}
	seen := map[string]bool{}
	var items []app.UI
	for _, r := range p.cat.Roles {
		for _, s := range r.Sources {
			if seen[s.Description] {
				continue
			}
			seen[s.Description] = true
			items = append(items, app.Li().Text(s.Description))
		}
	}
	return app.Ul().Class("sources").Body(items...)
}
