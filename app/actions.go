package app

import (
	"net/url"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// resultActions is what a student can do with their results: share, print, download, answer
// more questions, start over or clear their data. A shared view offers to take the quiz instead
// of deleting anything.
type resultActions struct {
	app.Compo

	Link    string // the share link
	Summary string // the downloadable summary
	Shared  bool
	OnMore  func(ctx app.Context) // "Ask me more questions"; not offered when nil

	copied  string
	mounted app.Context // the mounted component's context, on which the clipboard's answer is dispatched
}

func (a *resultActions) OnMount(ctx app.Context) { a.mounted = ctx }

func (a *resultActions) Render() app.UI {
	return app.Section().Class("actions-panel card").Aria("labelledby", "actions-heading").Body(
		app.H2().ID("actions-heading").Text("What next"),
		app.Div().Class("actions").Body(
			app.If(a.OnMore != nil && !a.Shared, func() app.UI {
				return app.Button().Type("button").Class("button small primary").Text("Ask me more questions").
					OnClick(func(ctx app.Context, e app.Event) { a.OnMore(ctx) })
			}),
			app.Button().Type("button").Class("button small").Text("Print").OnClick(a.print),
			app.A().Class("button small").Href("data:text/plain;charset=utf-8,"+url.PathEscape(a.Summary)).
				Attr("download", "career-quiz-results.txt").Text("Download a summary").OnClick(a.download),
		),
		app.Div().Class("share").Body(
			app.Label().For("share-link").Text("Share link"),
			app.Div().Class("share-row").Body(
				app.Input().Type("text").ID("share-link").ReadOnly(true).Value(a.Link),
				app.Button().Type("button").Class("button small").Text("Copy share link").OnClick(a.copy),
			),
			app.P().Role("status").Class("muted").Text(a.copied),
		),
		app.If(a.Shared, func() app.UI {
			// Nothing of this device's is deleted: the viewer takes the quiz themselves.
			return app.Div().Class("actions").Body(app.A().Class("button").Href(Path("/quiz")).Text("Take the quiz yourself"))
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
	)
}

// copy puts the share link on the clipboard, and says so only once the browser has; where
// it is refused (a frame without clipboard permission) the link is selected instead.
func (a *resultActions) copy(ctx app.Context, e app.Event) {
	if a.mounted.Context != nil {
		ctx = a.mounted
	}
	copyText(ctx, a.Link, func(ctx app.Context, ok bool) {
		switch {
		case !ok:
			a.copied = copyRefusedText
			selectField("share-link")
		case a.Shared:
			a.copied = "The link is copied. Anyone who opens it sees these results; it holds the answers, " +
				"the skills and where the student is now, nothing else."
		default:
			a.copied = copiedText
		}
	})
}

// print opens the print dialog, and says what to do where it may not have opened.
func (a *resultActions) print(ctx app.Context, e app.Event) {
	switch {
	case printPage():
		a.copied = ""
	case inFrame():
		a.copied = printUnsureFrameText
	default:
		a.copied = printUnsureText
	}
}

// download says, in another page's frame, what to do if the page refused the file.
func (a *resultActions) download(ctx app.Context, e app.Event) {
	if inFrame() {
		a.copied = downloadFrameText
	}
}
