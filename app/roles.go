package app

import (
	"fmt"
	"path"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// rolesPage lists the whole catalogue with a search that tolerates typos.
type rolesPage struct {
	app.Compo

	cat   *content.Catalogue
	query string
	err   string
}

func (p *rolesPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Roles: %s", Name)
	c, err := catalogue()
	if err != nil {
		p.err = "The roles could not be loaded."
		return
	}
	p.cat = c
}

func (p *rolesPage) Render() app.UI {
	if p.err != "" {
		return problem("Roles", p.err)
	}
	if p.cat == nil {
		return page(app.H1().Text("Roles"))
	}
	found := p.cat.Search(p.query)
	items := make([]app.UI, len(found))
	for i, r := range found {
		fam := familyOf(r)
		items[i] = app.Li().Class("role-card card "+fam.class()).Body(
			app.P().Class("family").Body(familyIcon(fam), app.Span().Text(fam.name())),
			app.H2().Body(app.A().Href(rolePath(r.ID)).Text(r.Title)),
			app.P().Text(r.Summary),
		)
	}
	status := fmt.Sprintf("%d roles", len(found))
	if strings.TrimSpace(p.query) != "" {
		status = fmt.Sprintf("%d of %d roles match “%s”", len(found), len(p.cat.Roles), strings.TrimSpace(p.query))
	}
	return page(
		app.H1().Text("Roles"),
		app.P().Text("Every role the quiz knows. Search by name, skill or topic: small typos are fine."),
		app.Div().Class("search").Body(
			app.Label().For("role-search").Text("Search roles"),
			app.Input().Type("search").ID("role-search").Value(p.query).AutoComplete(false).
				OnInput(func(ctx app.Context, e app.Event) {
					p.query = ctx.JSSrc().Get("value").String()
				}),
		),
		app.P().Role("status").Class("muted").Text(status),
		app.If(len(found) == 0, func() app.UI {
			return app.P().Text("No role matches. Try another word, such as a skill (Python) or a topic (data).")
		}),
		app.Ul().Class("roles").Body(items...),
	)
}

// rolePage renders one role document in full: its sections, figures and career ladder. In
// the browser the role's long text comes after the page (fetchRoleText); until it has come
// the page shows the overview and says that the rest is loading, or that it could not be.
type rolePage struct {
	app.Compo

	cat  *content.Catalogue
	role *content.Role // with its long text when text is textReady
	text textState
	you  []quiz.TraitLevel // the student's levels, when they have answered on this device
	err  string

	mounted app.Context // the component's own context, for the fetch a button starts
}

func (p *rolePage) OnMount(ctx app.Context) { p.mounted = ctx }

func (p *rolePage) OnNav(ctx app.Context) {
	c, err := catalogue()
	if err != nil {
		p.err = "The roles could not be loaded."
		return
	}
	// The id is the last part of the address, whatever prefix the app is served under.
	id := path.Base(ctx.Page().URL().Path)
	p.cat, p.role = c, c.Role(id)
	if p.role == nil {
		ctx.Page().SetTitle("Role not found: %s", Name)
		p.err = "There is no role with that address. The roles page lists every role."
		return
	}
	ctx.Page().SetTitle("%s: %s", p.role.Title, Name)
	p.text = textReady
	if full, ok := fullRoles[id]; ok {
		p.role = full
	} else if text, ok := takeRoleText(roleTextURL(id)); ok && !catalogueHasText {
		// boot.js fetched it while the server's copy was read: shown at once.
		if full, err := decodeRoleText(p.role, text); err == nil {
			fullRoles[id], p.role = full, full
			mark("careerquiz:role-text")
		} else {
			p.loadText(ctx)
		}
	} else if !catalogueHasText {
		p.loadText(ctx)
	}
	p.you = nil
	if e, err := engine(); err == nil {
		if s, _ := loadProgress(ctx, e); s != nil && s.Answered() > 0 {
			p.you = s.TraitLevels()
		}
	}
}

// loadText fetches the role's long text and shows it when it comes, if the page still shows
// that role.
func (p *rolePage) loadText(ctx app.Context) {
	p.text = textLoading
	id := p.role.ID
	fetchRoleText(ctx, p.role, func(ctx app.Context, full *content.Role) {
		switch {
		case p.role == nil || p.role.ID != id || p.text != textLoading:
			// the page has moved on to another role
		case full == nil:
			p.text = textFailed
		default:
			p.role, p.text = full, textReady
			mark("careerquiz:role-text")
		}
	})
}

// sectionOrder is the order sections are shown in, after the overview.
var sectionOrder = []string{content.SectionOverview, content.SectionResponsibilities,
	content.SectionRequirements, content.SectionSkills, content.SectionCareerPath,
	content.SectionMarketDemand, content.SectionSalary, content.SectionTrends,
	content.SectionSoftSkills, content.SectionBestPractices, content.SectionChallenges}

func (p *rolePage) Render() app.UI {
	if p.err != "" {
		if p.cat == nil {
			return problem("Something went wrong", p.err)
		}
		return notFound("Role not found", p.err)
	}
	if p.role == nil {
		return page(app.H1().Text("Role"))
	}
	r := p.role
	fam := familyOf(r)
	body := []app.UI{
		app.P().Class("family "+fam.class()).Body(familyIcon(fam), app.Span().Text(fam.name())),
		app.H1().Text(r.Title),
		app.P().Class("lead").Text(r.Summary),
	}
	if len(r.Aliases) > 0 {
		body = append(body, app.P().Class("muted").Text("Also called: "+strings.Join(r.Aliases, ", ")))
	}
	body = append(body, app.P().Text("Career stage: "+stageText(r.Stage)), onetView(r))
	if p.text == textReady {
		for _, key := range sectionOrder {
			body = append(body, p.section(key)...)
		}
	} else {
		body = append(body, p.section(content.SectionOverview)...)
		body = append(body, p.textStatus())
	}
	if len(r.Ladder) > 0 {
		body = append(body, app.H2().Text("Career ladder"), stepsView(r.Ladder, r.ID))
	}
	if len(r.Next) > 0 {
		body = append(body, app.H2().Text("Where it can lead"), stepsView(r.Next, ""))
	}
	if len(r.Related) > 0 {
		var links []app.UI
		for _, id := range r.Related {
			if rr := p.cat.Role(id); rr != nil {
				links = append(links, app.Li().Body(app.A().Href(rolePath(id)).Text(rr.Title)))
			}
		}
		body = append(body, app.H2().Text("Related roles"), app.Ul().Body(links...))
	}
	body = append(body, profileView(p.cat, r, p.you), p.sources())
	article := app.Article().Class("role")
	if app.IsServer {
		// The server's copy names the file of the role's long text, which the app in the
		// browser must fetch: web/boot.js fetches it while the page is read, before the
		// app has started, and the app takes it over (takeRoleText), so the text on screen
		// never gives way to "Loading".
		article = article.DataSet("role-text", roleTextURL(r.ID))
	}
	return page(article.Body(body...))
}

// textStatus says that the rest of the page is loading, or that it could not be loaded and
// what to do, with a button to try again.
func (p *rolePage) textStatus() app.UI {
	if p.text == textFailed {
		return app.Div().Class("notice role-text").Role("alert").Body(
			app.P().Text("The rest of this page could not be loaded: what the job involves, what it asks for, "+
				"pay and prospects. It needs a connection the first time; connect to the internet and try again."),
			app.Button().Type("button").Class("button small").Text("Try again").OnClick(func(app.Context, app.Event) {
				p.loadText(p.mounted)
			}),
		)
	}
	return app.P().Class("muted role-text").Role("status").
		Text("Loading the rest of this page: what the job involves, what it asks for, pay and prospects…")
}

// section renders the section with the key, if the document has it.
func (p *rolePage) section(key string) []app.UI {
	for _, s := range p.role.Sections {
		if s.Key != key {
			continue
		}
		out := []app.UI{app.H2().Text(sectionTitle(s))}
		switch key {
		case content.SectionSalary:
			out = append(out, blocksView(s.Blocks, 2)...)
			return append(out, salaryView(p.role))
		case content.SectionMarketDemand:
			out = append(out, blocksView(s.Blocks, 2)...)
			return append(out, marketView(p.role))
		case content.SectionSkills:
			names := make([]string, len(p.role.Skills))
			for i, sk := range p.role.Skills {
				names[i] = sk.Name
			}
			return append(out, listView(names))
		}
		return append(out, blocksView(s.Blocks, 2)...)
	}
	if key == content.SectionSalary && len(p.role.Salaries) > 0 {
		return []app.UI{app.H2().Text("Salary"), salaryView(p.role)}
	}
	return nil
}

func sectionTitle(s content.Section) string {
	if s.Title != "" {
		return s.Title
	}
	return strings.ToUpper(s.Key[:1]) + strings.ReplaceAll(s.Key[1:], "-", " ")
}

func (p *rolePage) sources() app.UI {
	if len(p.role.Sources) == 0 {
		return app.Text("")
	}
	items := make([]app.UI, len(p.role.Sources))
	for i, s := range p.role.Sources {
		items[i] = app.Li().Body(
			app.Text(s.Description),
			app.If(s.URL != "" && !strings.Contains(s.Description, s.URL), func() app.UI {
				return app.Span().Body(app.Text(" "), app.A().Href(s.URL).Rel("noreferrer").Text(s.URL))
			}),
		)
	}
	return app.Section().Class("sources").Body(app.H2().Text("Sources"), app.Ul().Body(items...))
}

func stageText(s string) string {
	switch s {
	case content.StageEntry:
		return "open to students and first jobs"
	case content.StageEarly:
		return "a few years into a career"
	case content.StageMid:
		return "mid-career"
	case content.StageSenior:
		return "senior"
	}
	return s
}
