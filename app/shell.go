package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// page wraps a page's content in the landmarks every page shares: a skip link, the site
// header with its navigation, the main region and the footer.
func page(content ...app.UI) app.UI {
	return app.Div().Class("site").Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(Path("/")).Text(Name),
		),
		app.Main().ID("main").TabIndex(-1).Body(content...),
		app.Footer().Class("site-footer").Body(
			app.P().Text("Your answers stay on this device. Nothing is sent anywhere."),
		),
	)
}

// problem renders a message the student can act on, in place of a page that cannot be shown.
func problem(title, text string) app.UI {
	return page(
		app.H1().Text(title),
		app.P().Role("alert").Text(text),
		app.P().Body(app.A().Href(Path("/")).Text("Back to the start")),
	)
}
