// Package cmd is careerquiz's command line: serve, static, check, import, eval, take and
// compress. The browser build never imports it, so none of it is in the app's WebAssembly.
package cmd

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"os"
	"strings"

	ui "github.com/careerquiz/careerquiz/app"
	"github.com/careerquiz/careerquiz/content/importer"
	"github.com/careerquiz/careerquiz/site"
)

// Usage is the command line's usage text.
const Usage = `usage: careerquiz <command> [arguments]

commands:
  serve [--addr host:port] [--web DIR] [--domain HOST] [--frame-ancestors LIST]
                                     serve the app (default 127.0.0.1:8000, or $ADDR; --domain or
                                     $SITE_DOMAIN names the host it is published on, for link previews;
                                     --frame-ancestors or $FRAME_ANCESTORS the pages that may embed it)
  static [--out DIR] [--base PATH] [--web DIR] [--domain HOST] [--frame-ancestors LIST]
                                     write the app as a static site (default dist/, base / or $BASE)
  check [DIR] [--json]               check role documents and questions (default: the embedded ones)
  import [--out FILE] [--role ID] [--force] FILE.txt
                                     draft a role document, with a proposed profile and its evidence,
                                     from a plain-text role description
  eval [--seed N] [--n N] [--conditions a,b] [--config FILE] [--json]
                                     measure the adaptive engine on simulated students
  take [--json] [--all] [--roles DIR]
                                     take the quiz at the terminal, or as JSON lines for another program
  compress DIR                       write .br and .gz siblings of DIR's files
  help                               print this text
`

// Run runs the command line's arguments (without the program's name) and returns the exit
// status: 0 for success, 1 when the command failed, 2 when it was misused.
func Run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, Usage)
		return 2
	}
	name, args := args[0], args[1:]
	var err error
	switch name {
	case "serve":
		err = serve(args, stdout, stderr)
	case "static":
		err = static(args, stdout, stderr)
	case "check":
		return check(args, stdout, stderr)
	case "import":
		return importer.Run(args, stdout, stderr)
	case "eval":
		return eval(args, stdout, stderr)
	case "take":
		return take(args, stdin, stdout, stderr)
	case "compress":
		if len(args) != 1 {
			fmt.Fprint(stderr, Usage)
			return 2
		}
		err = site.Precompress(args[0])
	case "help", "-h", "--help":
		fmt.Fprint(stdout, Usage)
		return 0
	default:
		fmt.Fprintf(stderr, "careerquiz: unknown command %q\n\n%s", name, Usage)
		return 2
	}
	switch {
	case err == nil, errors.Is(err, flag.ErrHelp):
		return 0
	case errors.Is(err, errUsage):
		return 2
	}
	fmt.Fprintf(stderr, "careerquiz %s: %v\n", name, err)
	return 1
}

// errUsage is a command misused; its flag set has said how.
var errUsage = errors.New("usage")

// parse parses a command's flags, printing problems and help to stderr; more arguments than
// flags are a usage error.
func parse(fs *flag.FlagSet, args []string, stderr io.Writer) error {
	fs.SetOutput(stderr)
	if err := fs.Parse(args); errors.Is(err, flag.ErrHelp) {
		return err
	} else if err != nil {
		return errUsage
	}
	if fs.NArg() > 0 {
		fmt.Fprintf(stderr, "%s: unexpected argument %s\n", fs.Name(), fs.Arg(0))
		fs.Usage()
		return errUsage
	}
	return nil
}

func serve(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("serve", flag.ContinueOnError)
	addr := fs.String("addr", envOr("ADDR", "127.0.0.1:8000"), "address to listen on")
	sf := addSiteFlags(fs)
	opt, err := sf.parse(fs, args, stderr)
	if err != nil {
		return err
	}
	h, err := site.NewHandler(site.Options{WebDir: opt.WebDir, Domain: opt.Domain}, ui.Pages()...)
	if err != nil {
		return err
	}
	ln, err := net.Listen("tcp", *addr)
	if err != nil {
		return err
	}
	srv := site.NewServer(*addr, site.Serve(h, opt.WebDir, ui.Known, opt.Headers), site.DefaultLimits)
	fmt.Fprintf(stdout, "serving the career quiz on http://%s\n", *addr)
	return site.ListenAndServe(context.Background(), srv, ln, site.DefaultLimits.ShutdownTimeout)
}

func static(args []string, stdout, stderr io.Writer) error {
	fs := flag.NewFlagSet("static", flag.ContinueOnError)
	out := fs.String("out", "dist", "folder to write the site to")
	base := fs.String("base", envOr("BASE", "/"), "path the site is served under, such as /careers/quiz/")
	sf := addSiteFlags(fs)
	opt, err := sf.parse(fs, args, stderr)
	if err != nil {
		return err
	}
	opt.Base = "/" + strings.Trim(*base, "/")
	if err := site.Static(*out, opt, ui.Pages()...); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "wrote the static site to %s (base %s)\n", *out, opt.Base)
	return nil
}

// siteFlags are the flags serve and static share.
type siteFlags struct{ web, domain, frames *string }

func addSiteFlags(fs *flag.FlagSet) siteFlags {
	return siteFlags{
		web:    fs.String("web", "web", "folder of static files, holding app.wasm"),
		domain: fs.String("domain", envOr("SITE_DOMAIN", ""), "host name the site is published on, such as careers.example.edu, for link previews"),
		frames: fs.String("frame-ancestors", envOr("FRAME_ANCESTORS", site.DefaultFrameAncestors),
			"pages allowed to embed the app: * (any), 'self', 'none', or hosts such as https://careers.example.edu"),
	}
}

// parse parses the command's flags and returns the site's options they give.
func (sf siteFlags) parse(fs *flag.FlagSet, args []string, stderr io.Writer) (site.Options, error) {
	if err := parse(fs, args, stderr); err != nil {
		return site.Options{}, err
	}
	fa, err := site.ParseFrameAncestors(*sf.frames)
	if err != nil {
		return site.Options{}, err
	}
	return site.Options{WebDir: *sf.web, Domain: *sf.domain, Headers: site.Headers{FrameAncestors: fa}}, nil
}

func envOr(name, fallback string) string {
	if v := os.Getenv(name); v != "" {
		return v
	}
	return fallback
}
