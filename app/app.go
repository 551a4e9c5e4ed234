// Package app is the student's web app: go-app components that render what the quiz and
// scoring packages decide. Nothing is decided here that those packages could decide and test.
package app

import (
	"strings"
	"sync"

	"github.com/careerquiz/careerquiz/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// Name is the app's name, shown in titles and the manifest.
const Name = "Career quiz"

// Routes registers every page of the app with go-app's router.
func Routes() {
	app.Route("/", func() app.Composer { return &home{} })
	app.Route("/quiz", func() app.Composer { return &quizPage{} })
	app.Route("/results", func() app.Composer { return &resultsPage{} })
	app.Route("/roles", func() app.Composer { return &rolesPage{} })
	app.RouteWithRegexp("^/roles/[a-z0-9-]+$", func() app.Composer { return &rolePage{} })
	app.Route("/about", func() app.Composer { return &aboutPage{} })
	app.Route("/embed", func() app.Composer { return newEmbedPage() })
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
)

// catalogue returns the embedded catalogue, parsed once.
func catalogue() (*content.Catalogue, error) {
	catOnce.Do(func() { cat, catErr = content.Default() })
	return cat, catErr
}

// Pages lists the paths of every page, for prerendering a static site and caching for
// offline use: the fixed routes and one page per role.
func Pages() []string {
	pages := []string{"/", "/quiz", "/results", "/roles", "/about", "/embed"}
	if c, err := catalogue(); err == nil {
		for _, r := range c.Roles {
			pages = append(pages, "/roles/"+r.ID)
		}
	}
	return pages
}
