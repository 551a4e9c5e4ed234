// Command anchor is the smallest go-app app: one component, the server half gated out. `make
// bench` builds it beside the career quiz with the same flags, so that sizes and times are
// compared in the same run. It serves on $ADDR (default 127.0.0.1:8001) from the current
// folder's web/, sending web/app.wasm precompressed (app.wasm.br or .gz) as the quiz's own
// server does, so that the comparison is of the apps, not of their servers. Its icon is
// local (web/icon-192.png).
package main

import (
	"net/http"
	"os"
	"strings"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

type hello struct{ app.Compo }

func (h *hello) Render() app.UI { return app.H1().Text("Hello") }

func main() {
	// The same component at /quiz too, so that each address make bench measures the app at
	// has the anchor's beside it.
	app.Route("/", func() app.Composer { return &hello{} })
	app.Route("/quiz", func() app.Composer { return &hello{} })
	app.RunWhenOnBrowser()
	if app.IsClient {
		return
	}
	addr := os.Getenv("ADDR")
	if addr == "" {
		addr = "127.0.0.1:8001"
	}
	// A local icon (web/icon-192.png, which scripts/bench copies in): go-app's default is on
	// GitHub, and its stock worker caches nothing when one file it lists does not arrive,
	// so with no route to GitHub the anchor would have no working worker at all.
	h := &app.Handler{Name: "anchor", Icon: app.Icon{Default: "/web/icon-192.png"}}
	http.HandleFunc("/web/app.wasm", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/wasm")
		w.Header().Set("Vary", "Accept-Encoding")
		for _, enc := range []struct{ name, ext string }{{"br", ".br"}, {"gzip", ".gz"}} {
			if strings.Contains(r.Header.Get("Accept-Encoding"), enc.name) {
				if _, err := os.Stat("web/app.wasm" + enc.ext); err == nil {
					w.Header().Set("Content-Encoding", enc.name)
					http.ServeFile(w, r, "web/app.wasm"+enc.ext)
					return
				}
			}
		}
		http.ServeFile(w, r, "web/app.wasm")
	})
	http.Handle("/", h)
	if err := http.ListenAndServe(addr, nil); err != nil {
		os.Stderr.WriteString(err.Error() + "\n")
		os.Exit(1)
	}
}
