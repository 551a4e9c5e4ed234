// Command anchor is the smallest go-app app: one component, the server half gated out. `make
// bench` builds it beside the career quiz so that sizes are compared in the same run.
package main

import (
	"net/http"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello") }

func main() {
	app.Route("/", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	if app.IsClient {
		return
	}
	http.Handle("/", &app.Handler{Name: "anchor"})
	http.ListenAndServe("127.0.0.1:8001", nil)
}
