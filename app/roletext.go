package app

import (
	"encoding/json"

	"github.com/careerquiz/careerquiz/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// textState is how far a role page has its role's long text (content.Text): in the browser
// it is fetched from web/roles/ID.json, which the service worker keeps for offline use.
// The zero state is ready: a role of the whole catalogue needs nothing fetched.
type textState int

const (
	textReady textState = iota
	textLoading
	textFailed
)

// fullRoles are the roles whose text this page load has fetched, by id. Only the UI
// goroutine (a dispatched function or a lifecycle method) reads or writes it.
var fullRoles = map[string]*content.Role{}

// roleTextURL is the address of the file with the role's long text.
func roleTextURL(id string) string { return Path("/web/" + content.TextPath(id)) }

// decodeRoleText puts the text in body (the file's JSON) back into r.
func decodeRoleText(r *content.Role, body string) (*content.Role, error) {
	var t content.Text
	if err := json.Unmarshal([]byte(body), &t); err != nil {
		return nil, err
	}
	return r.WithText(t)
}

// fetchRoleText fetches r's long text and calls done, on the UI goroutine, with the whole
// role, or nil when it could not be had (offline before it was saved, or a bad file).
func fetchRoleText(ctx app.Context, r *content.Role, done func(ctx app.Context, full *content.Role)) {
	var got, read, failed app.Func
	settle := func(full *content.Role) {
		got.Release()
		read.Release()
		failed.Release()
		ctx.Dispatch(func(ctx app.Context) {
			if full != nil {
				fullRoles[full.ID] = full
			}
			done(ctx, full)
		})
	}
	read = app.FuncOf(func(_ app.Value, args []app.Value) any {
		full, err := decodeRoleText(r, args[0].String())
		if err != nil {
			app.Log("role text:", err)
		}
		settle(full)
		return nil
	})
	got = app.FuncOf(func(_ app.Value, args []app.Value) any {
		if resp := args[0]; resp.Get("ok").Bool() {
			resp.Call("text").Call("then", read, failed)
		} else {
			settle(nil)
		}
		return nil
	})
	failed = app.FuncOf(func(app.Value, []app.Value) any { settle(nil); return nil })
	if early := takeRoleTextFetch(roleTextURL(r.ID)); early != nil {
		// boot.js has the file's text, or is fetching it: its promise gives the text or null.
		early.Call("then", app.FuncOf(func(_ app.Value, args []app.Value) any {
			if args[0].Type() == app.TypeString {
				read.Invoke(args[0])
			} else {
				settle(nil)
			}
			return nil
		}), failed)
		return
	}
	app.Window().Call("fetch", roleTextURL(r.ID)).Call("then", got, failed)
}

// roleTextGlobal is the window property in which web/boot.js keeps the role text it fetched
// before the app started: {url, text, promise}.
const roleTextGlobal = "careerquizRoleText"

// takeRoleText returns the text boot.js already has for the file at url, and forgets it.
func takeRoleText(url string) (text string, ok bool) {
	if !app.IsClient {
		return "", false
	}
	v := app.Window().Get(roleTextGlobal)
	if v.Type() != app.TypeObject || v.Get("url").Type() != app.TypeString || v.Get("url").String() != url {
		return "", false
	}
	if t := v.Get("text"); t.Type() == app.TypeString {
		app.Window().Set(roleTextGlobal, app.Undefined())
		return t.String(), true
	}
	return "", false
}

// takeRoleTextFetch returns the promise of boot.js's fetch of the file at url, and forgets it;
// nil when boot.js fetched another file or none.
func takeRoleTextFetch(url string) app.Value {
	if !app.IsClient {
		return nil
	}
	v := app.Window().Get(roleTextGlobal)
	if v.Type() != app.TypeObject || v.Get("url").Type() != app.TypeString || v.Get("url").String() != url {
		return nil
	}
	app.Window().Set(roleTextGlobal, app.Undefined())
	if p := v.Get("promise"); p.Type() == app.TypeObject && p.Get("then").Type() == app.TypeFunction {
		return p
	}
	return nil
}
