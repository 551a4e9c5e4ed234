// Command embed-host serves a demo careers page, on an origin of its own, that puts the
// career quiz on it with the loader script, as README's "Put the quiz on your site" shows,
// and shows the result event when the student shares their top matches. `make run` starts
// it beside the quiz.
//
//	embed-host --addr 127.0.0.1:8001 --quiz http://127.0.0.1:8000
package main

import (
	_ "embed"
	"flag"
	"fmt"
	"html/template"
	"log"
	"net/http"
	"net/url"
	"os"
	"strings"
	"time"
)

//go:embed page.html
var pageHTML string

//go:embed host.js
var hostJS []byte

var page = template.Must(template.New("page").Parse(pageHTML))

func main() {
	addr := flag.String("addr", "127.0.0.1:8001", "address to listen on")
	quiz := flag.String("quiz", "http://127.0.0.1:8000", "address the quiz is served from")
	flag.Parse()
	h, err := handler(*quiz)
	if err != nil {
		fmt.Fprintln(os.Stderr, "embed-host:", err)
		os.Exit(2)
	}
	show := strings.Replace("http://"+*addr, "127.0.0.1", "localhost", 1)
	fmt.Printf("serving a demo careers page that embeds the quiz on %s\n", show)
	srv := &http.Server{Addr: *addr, Handler: h, ReadHeaderTimeout: 10 * time.Second}
	log.Fatal(srv.ListenAndServe())
}

// handler serves the demo page at / and its own script at /host.js, for the quiz at quiz.
func handler(quiz string) (http.Handler, error) {
	u, err := url.Parse(quiz)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return nil, fmt.Errorf("--quiz %q is not an http or https address", quiz)
	}
	base := strings.TrimSuffix(u.String(), "/")
	mux := http.NewServeMux()
	mux.HandleFunc("GET /{$}", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.Header().Set("Content-Security-Policy", "default-src 'self'; script-src 'self' "+u.Scheme+"://"+u.Host+
			"; frame-src "+u.Scheme+"://"+u.Host+"; style-src 'self' 'unsafe-inline'")
		if err := page.Execute(w, struct{ Loader string }{base + "/web/careerquiz-embed.js"}); err != nil {
			log.Print(err)
		}
	})
	mux.HandleFunc("GET /host.js", func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Write(hostJS)
	})
	return mux, nil
}
