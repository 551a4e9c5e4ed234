// Command careerquiz is the career quiz: in the browser it is the app (compiled to
// WebAssembly); on the command line it serves the app, builds it as a static site, checks
// role documents and evaluates the adaptive engine.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"

	ui "github.com/careerquiz/careerquiz/app"
	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/sim"
	"github.com/careerquiz/careerquiz/site"
	"github.com/careerquiz/careerquiz/take"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
	if app.IsClient {
		return
	}
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const usage = `usage: careerquiz <command> [arguments]

commands:
  serve [--addr host:port] [--web DIR] [--frame-ancestors LIST]
                                           serve the app (default 127.0.0.1:8000, or $ADDR)
  static [--out DIR] [--base PATH] [--frame-ancestors LIST]
                                           write the app as a static site (default dist/)
  check [DIR] [--json]                     check role documents and questions (default: the embedded ones)
  import [--out FILE] FILE.txt             draft a role document, with a proposed profile, from a plain-text role description
  eval [--seed N] [--json]                 measure the adaptive engine on simulated students
  take [--json] [--all] [--roles DIR]      take the quiz at the terminal, or as JSON lines for another program
  compress DIR                             write .br and .gz siblings of DIR's files
`

func run(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, usage)
		return 2
	}
	cmd, args := args[0], args[1:]
	var err error
	switch cmd {
	case "serve":
		err = serve(args)
	case "static":
		err = static(args, stdout)
	case "check":
		return content.RunCheck(args, stdout, stderr)
	case "import":
		return runImport(args, stdout, stderr)
	case "eval":
		return sim.Run(args, stdout, stderr)
	case "take":
		return take.Run(args, os.Stdin, stdout, stderr)
	case "compress":
		if len(args) != 1 {
			fmt.Fprint(stderr, usage)
			return 2
		}
		err = site.Precompress(args[0])
	case "help", "-h", "--help":
		fmt.Fprint(stdout, usage)
		return 0
	default:
		fmt.Fprintf(stderr, "careerquiz: unknown command %q\n\n%s", cmd, usage)
		return 2
	}
	if err != nil {
		fmt.Fprintf(stderr, "careerquiz %s: %v\n", cmd, err)
		return 1
	}
	return 0
}

func serve(args []string) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", envOr("ADDR", "127.0.0.1:8000"), "address to listen on")
	web := fs.String("web", "web", "folder of static files, holding app.wasm")
	domain := fs.String("domain", envOr("SITE_DOMAIN", ""), "host name the site is published on, for link previews")
	frames := fs.String("frame-ancestors", envOr("FRAME_ANCESTORS", site.DefaultFrameAncestors), "pages allowed to embed the app: * (any), 'self', 'none', or hosts such as https://careers.example.edu")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fa, err := site.ParseFrameAncestors(*frames)
	if err != nil {
		return err
	}
	h, err := site.NewHandler(site.Options{WebDir: *web, Domain: *domain}, ui.Pages()...)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := site.NewServer(*addr, site.Serve(h, *web, ui.Known, site.Headers{FrameAncestors: fa}), site.DefaultLimits)
	fmt.Printf("serving the career quiz on http://%s\n", *addr)
	return site.ListenAndServe(context.Background(), srv, ln, site.DefaultLimits.ShutdownTimeout)
}

func static(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	out := fs.String("out", "dist", "folder to write the site to")
	base := fs.String("base", envOr("BASE", "/"), "path the site is served under, such as /careers/quiz/")
	web := fs.String("web", "web", "folder of static files, holding app.wasm")
	domain := fs.String("domain", envOr("SITE_DOMAIN", ""), "host name the site is published on, such as careers.example.edu, for link previews")
	frames := fs.String("frame-ancestors", envOr("FRAME_ANCESTORS", site.DefaultFrameAncestors), "pages allowed to embed the app: * (any), 'self', 'none', or hosts such as https://careers.example.edu")
	if err := fs.Parse(args); err != nil {
		return err
	}
	fa, err := site.ParseFrameAncestors(*frames)
	if err != nil {
		return err
	}
	b := "/" + strings.Trim(*base, "/")
	o := site.Options{WebDir: *web, Base: b, Domain: *domain, Headers: site.Headers{FrameAncestors: fa}}
	if err := site.Static(*out, o, ui.Pages()...); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote the static site to %s (base %s)\n", *out, b)
	return nil
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
