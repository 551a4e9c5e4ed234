package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// notFoundPage is shown at any address the app has no page for. The server answers such an
// address with status 404 (see Known and site.Serve).
type notFoundPage struct{ app.Compo }

func (p *notFoundPage) OnNav(ctx app.Context) {
	ctx.Page().SetTitle("Page not found: %s", Name)
}

func (p *notFoundPage) Render() app.UI {
	return notFound("Page not found", "There is no page at this address. The link may be mistyped, "+
		"or the page may have moved.")
}

// notFound is the body of a page that does not exist: a heading, a sentence saying why, and
// the links a student most likely wants instead.
func notFound(title, text string) app.UI {
	return page(
		app.H1().Text(title),
		app.P().Role("alert").Text(text),
		app.Nav().Aria("label", "Where to go instead").Body(
			app.Ul().Class("links").Body(
				app.Li().Body(app.A().Href(Path("/")).Text("Home")),
				app.Li().Body(app.A().Href(Path("/quiz")).Text("Take the quiz")),
				app.Li().Body(app.A().Href(Path("/roles")).Text("See all roles")),
			),
		),
	)
}

// Known reports whether path, an absolute path of the app without its prefix, names one of
// its pages (see Pages); any other address shows "Page not found".
func Known(path string) bool {
	for _, p := range Pages() {
		if p == path {
			return true
		}
	}
	return false
}
