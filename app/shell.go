package app

import (
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// page wraps a page's content in the landmarks every page shares: a skip link, the site
// header with its navigation, the update and install bar, the main region and the footer.
//
// The server's copy says the page reads true before the app has started
// (data-prerendered="ready"), so go-app's loader waits in a bar at the foot of it rather
// than covering it (web/app.css). A page whose server copy would mislead (results: the
// server cannot see the answers on the device) uses appPage.
func page(content ...app.UI) app.UI { return sitePage(true, content...) }

// appPage is page for what only the app can show: its server copy stays under the loader.
func appPage(content ...app.UI) app.UI { return sitePage(false, content...) }

func sitePage(ready bool, content ...app.UI) app.UI {
	site := app.Div().Class("site")
	if ready && app.IsServer {
		site = site.DataSet("prerendered", "ready")
	}
	return site.Body(
		app.A().Class("skip").Href("#main").Text("Skip to content"),
		app.Header().Class("site-header").Body(
			app.A().Class("brand").Href(Path("/")).Text(Name),
			app.Nav().Aria("label", "Main").Body(
				app.Ul().Body(
					app.Li().Body(app.A().Href(Path("/quiz")).Text("Quiz")),
					app.Li().Body(app.A().Href(Path("/roles")).Text("Roles")),
					app.Li().Body(app.A().Href(Path("/about")).Text("About")),
				),
			),
			&appBar{},
			&offlineNotice{},
		),
		storageNotice(),
		app.Main().ID("main").TabIndex(-1).Body(content...),
		app.Footer().Class("site-footer").Body(
			app.P().Text("Your answers stay on this device. Nothing is sent anywhere."),
		),
	)
}

// appBar tells the student when a new version is ready and offers to install the app.
type appBar struct {
	app.Compo

	updated     bool
	installable bool
}

func (b *appBar) OnMount(ctx app.Context) {
	b.updated = ctx.AppUpdateAvailable()
	b.installable = ctx.IsAppInstallable()
}

func (b *appBar) OnAppUpdate(ctx app.Context) {
	b.updated = ctx.AppUpdateAvailable()
}

func (b *appBar) OnAppInstallChange(ctx app.Context) {
	b.installable = ctx.IsAppInstallable()
}

func (b *appBar) Render() app.UI {
	return app.Div().Class("app-bar").Body(
		app.Div().Role("status").Body(
			app.If(b.updated, func() app.UI {
				return app.P().Class("notice").Body(
					app.Text("A new version is ready. Your progress is kept. "),
					app.Button().Type("button").Class("button").Text("Reload").OnClick(func(ctx app.Context, e app.Event) {
						ctx.Reload()
					}),
				)
			}),
		),
		app.If(b.installable, func() app.UI {
			return app.Button().Type("button").Class("button install").Text("Install the app").
				OnClick(func(ctx app.Context, e app.Event) { ctx.ShowAppInstallPrompt() })
		}),
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

// localForm is a form whose submission stays on the page: its script handles the submit
// event, and method "dialog" outside a dialog makes the browser send nothing, so an answer
// never reaches a server, even from a page the script has not brought to life. A script
// that reads the prerendered form still gets its submit event.
func localForm() app.HTMLForm {
	return app.Form().Method("dialog")
}
