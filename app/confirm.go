package app

import (
	"time"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// confirm is a button for something that cannot be undone, such as deleting the student's
// answers: the first press asks, and only the second, on Yes, acts. Cancel puts things back as
// they were. Focus follows, so a keyboard or screen-reader user is never left behind.
type confirm struct {
	app.Compo

	ID       string // unique on the page; the buttons' ids start with it
	Label    string // the button, e.g. "Start over"
	Question string // what is asked once it is pressed
	Yes      string // the button that acts, e.g. "Yes, delete and start over"
	OnYes    func(ctx app.Context)

	asking  bool
	mounted app.Context // the context of the mounted component: its Defer runs after the update
}

func (c *confirm) OnMount(ctx app.Context) { c.mounted = ctx }

func (c *confirm) Render() app.UI {
	if !c.asking {
		return app.Button().ID(c.ID).Type("button").Class("button").Text(c.Label).OnClick(c.ask)
	}
	return app.Div().Class("confirm").Role("group").Aria("labelledby", c.ID+"-question").Body(
		app.P().ID(c.ID+"-question").Text(c.Question),
		app.Div().Class("actions").Body(
			app.Button().ID(c.ID+"-yes").Type("button").Class("button danger").Text(c.Yes).
				OnClick(func(ctx app.Context, e app.Event) {
					c.asking = false
					if c.OnYes != nil {
						c.OnYes(ctx)
					}
				}),
			app.Button().ID(c.ID+"-cancel").Type("button").Class("button").Text("Cancel").OnClick(c.cancel),
		),
	)
}

func (c *confirm) ask(ctx app.Context, e app.Event) {
	c.asking = true
	focusID(c.context(ctx), c.ID+"-cancel")
}

func (c *confirm) cancel(ctx app.Context, e app.Event) {
	c.asking = false
	focusID(c.context(ctx), c.ID)
}

func (c *confirm) context(ctx app.Context) app.Context {
	if c.mounted.Context != nil {
		return c.mounted
	}
	return ctx
}

// focusID moves the keyboard focus to the element with the id once it is rendered: an event
// handler's changes reach the page after the handler returns, so it looks again a few times.
func focusID(ctx app.Context, id string) {
	var try func(ctx app.Context, left int)
	try = func(ctx app.Context, left int) {
		if el := app.Window().GetElementByID(id); el.Truthy() {
			el.Call("focus")
			return
		}
		if left > 0 {
			ctx.After(20*time.Millisecond, func(ctx app.Context) { try(ctx, left-1) })
		}
	}
	ctx.Defer(func(ctx app.Context) { try(ctx, 10) })
}
