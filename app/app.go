// Package app is the student's web app: go-app components that render what the quiz and
// scoring packages decide. Nothing is decided here that those packages could decide and test.
package app

import (
	"strings"
	"sync"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Name is the app's name, shown in titles and the manifest.
const Name = "Career quiz"

// route is one page of the app: a fixed path, or a pattern and the paths it stands for.
type route struct {
	path    string          // the page's path, for a fixed page
	pattern string          // a regular expression of paths, for pages that name something
	paths   func() []string // the pattern's paths, for prerendering and caching
	page    func() app.Composer
}

// routes are the app's pages, each declared once: Routes registers them and Pages lists them.
var routes = []route{
	{path: "/", page: func() app.Composer { return &home{} }},
	{path: "/quiz", page: func() app.Composer { return &quizPage{} }},
	{path: "/results", page: func() app.Composer { return &resultsPage{} }},
	{path: "/roles", page: func() app.Composer { return &rolesPage{} }},
	{path: "/about", page: func() app.Composer { return &aboutPage{} }},
	{path: "/embed", page: func() app.Composer { return newEmbedPage() }},
	{pattern: "^/roles/[a-z0-9-]+$", paths: rolePaths, page: func() app.Composer { return &rolePage{} }},
}

// Routes registers every page of the app with go-app's router.
func Routes() {
	mark("careerquiz:go-start")
	for _, r := range routes {
		if r.pattern != "" {
			app.RouteWithRegexp(r.pattern, r.page)
		} else {
			app.Route(r.path, r.page)
		}
	}
	// Last: every other address is the app's own "Page not found", not go-app's.
	app.RouteWithRegexp("^/", func() app.Composer { return &notFoundPage{} })
}

// Path returns p, an absolute path of the app such as "/quiz", prefixed with the path the
// app is served under (for example "/careers/quiz/quiz"). Every link is built with it.
func Path(p string) string {
	prefix := strings.TrimSuffix(app.Getenv("GOAPP_ROOT_PREFIX"), "/")
	return prefix + p
}

var (
	catOnce sync.Once
	cat     *content.Catalogue
	catErr  error

	engineOnce sync.Once
	eng        *quiz.Engine
	engErr     error
)

// catalogue returns the embedded catalogue (loadCatalogue), loaded once.
func catalogue() (*content.Catalogue, error) {
	catOnce.Do(func() {
		cat, catErr = loadCatalogue()
		mark("careerquiz:catalogue")
	})
	return cat, catErr
}

// mark records a start-up phase in the browser's performance timeline (make bench reads
// it); on the server it does nothing.
func mark(name string) {
	if app.IsClient {
		app.Window().Get("performance").Call("mark", name)
	}
}

// engine returns the quiz engine on the embedded catalogue, built once: every session of the
// app runs on it.
func engine() (*quiz.Engine, error) {
	engineOnce.Do(func() {
		var c *content.Catalogue
		if c, engErr = catalogue(); engErr == nil {
			eng, engErr = quiz.NewEngine(c, quiz.DefaultConfig)
		}
	})
	return eng, engErr
}

// Pages lists the paths of every page, for prerendering a static site and caching for
// offline use: the fixed routes and one page per role.
func Pages() []string {
	var pages []string
	for _, r := range routes {
		if r.paths != nil {
			pages = append(pages, r.paths()...)
		} else {
			pages = append(pages, r.path)
		}
	}
	return pages
}

// rolePaths are the paths of the role pages, one per role of the catalogue.
func rolePaths() []string {
	c, err := catalogue()
	if err != nil {
		return nil
	}
	paths := make([]string, len(c.Roles))
	for i, r := range c.Roles {
		paths[i] = "/roles/" + r.ID // unprefixed, as every path Pages lists
	}
	return paths
}
