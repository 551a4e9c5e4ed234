package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// offlineStatus is whether the browser has saved the app on this device for use without a
// connection (its service worker).
type offlineStatus int

const (
	// offlinePending: not known yet, or being saved.
	offlinePending offlineStatus = iota
	// offlineSaved: the app works without a connection.
	offlineSaved
	// offlineFailed: the browser tried and could not save every file, as on a host that does
	// not serve one of the app's pages.
	offlineFailed
	// offlineUnsupported: the browser cannot save sites (no service workers here, as in some
	// private windows or on a plain-http address).
	offlineUnsupported
)

// sentence is what the student reads about status; "" when there is nothing to say.
func (s offlineStatus) sentence() string {
	switch s {
	case offlineFailed:
		return "This quiz could not be saved for use without a connection, so it needs the internet each time you open it."
	case offlineUnsupported:
		return "This browser cannot save the quiz for use without a connection, so it needs the internet each time you open it."
	}
	return ""
}

// offlineStatusOf reads the status from the browser's service worker registration (nil or
// undefined when there is none) and, when a worker is still installing, the state it is in.
func offlineStatusOf(registered, active bool, installing string) offlineStatus {
	switch {
	case active, installing == "activated":
		return offlineSaved
	case !registered, installing == "redundant":
		return offlineFailed
	}
	return offlinePending
}

// offlineNotice says so when the app cannot be used without a connection on this device.
type offlineNotice struct {
	app.Compo

	status offlineStatus
}

func (n *offlineNotice) OnMount(ctx app.Context) {
	sw := app.Window().Get("navigator").Get("serviceWorker")
	if !sw.Truthy() {
		n.status = offlineUnsupported
		return
	}
	n.check(ctx, sw)
}

// check asks the browser for the registration and follows a worker that is installing.
func (n *offlineNotice) check(ctx app.Context, sw app.Value) {
	sw.Call("getRegistration").Then(func(reg app.Value) {
		registered := reg.Truthy()
		var active bool
		var worker app.Value
		state := ""
		if registered {
			active = reg.Get("active").Truthy()
			worker = reg.Get("installing")
			if !worker.Truthy() {
				worker = reg.Get("waiting")
			}
			if worker.Truthy() {
				state = worker.Get("state").String()
			}
		}
		status := offlineStatusOf(registered, active, state)
		ctx.Dispatch(func(ctx app.Context) { n.status = status })
		if status != offlinePending || worker == nil || !worker.Truthy() {
			return
		}
		var onChange app.Func
		onChange = app.FuncOf(func(this app.Value, args []app.Value) any {
			if s := worker.Get("state").String(); s == "activated" || s == "redundant" {
				worker.Call("removeEventListener", "statechange", onChange)
				onChange.Release()
				n.check(ctx, sw) // a redundant worker may have been replaced by a newer one
			}
			return nil
		})
		worker.Call("addEventListener", "statechange", onChange)
	})
}

func (n *offlineNotice) Render() app.UI {
	text := n.status.sentence()
	return app.Div().Role("status").Class("offline-status").Body(
		app.If(text != "", func() app.UI { return app.P().Class("notice").Text(text) }),
	)
}
