package app

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
	"golang.org/x/net/html"
)

// Hostile text a careers office's document might carry: quotes that would end an
// attribute, markup, and the address from the security review that focused an element to run
// script. The checker refuses such an address; the pages must be safe even without it.
const (
	hostileTitle = `Computer Vision "CV" Engineer <b>'x'</b> onmouseover=alert(1)`
	hostileURL   = `https://example.org/r"/autofocus/onfocus=alert&#40;1&#41;//`
	hostileURL2  = `https://example.org/r' onfocus='alert(2)`
)

var routesOnce sync.Once

// withCatalogue makes the app's pages use c for the rest of the test.
func withCatalogue(t *testing.T, c *content.Catalogue) {
	t.Helper()
	catalogue() // the embedded one is parsed once, then replaced
	old := cat
	cat = c
	t.Cleanup(func() { cat = old })
}

// hostileCatalogue is the embedded catalogue with hostile text in its first role.
func hostileCatalogue(t *testing.T) (*content.Catalogue, *content.Role) {
	t.Helper()
	c, err := content.Default()
	require.NoError(t, err)
	r := c.Roles[0]
	r.Title = hostileTitle
	r.Summary = hostileTitle
	r.Sources = append(r.Sources,
		content.Source{Key: "evil-src", Description: "Report", URL: hostileURL},
		content.Source{Key: "evil-src-2", Description: `It's "quoted"`, URL: hostileURL2})
	return c, r
}

// render serves path from go-app's handler, as the server and the static build do.
func render(t *testing.T, path string) string {
	t.Helper()
	routesOnce.Do(Routes)
	h := &app.Handler{Title: Name, Lang: "en", Description: "d"}
	w := httptest.NewRecorder()
	h.ServeHTTP(w, httptest.NewRequest(http.MethodGet, path, nil))
	require.Equal(t, http.StatusOK, w.Code, path)
	body, err := io.ReadAll(w.Body)
	require.NoError(t, err)
	return string(body)
}

// element is one parsed element: its tag and attributes, in document order.
type element struct {
	tag   string
	attrs []html.Attribute
}

func (e element) attr(name string) (string, bool) {
	for _, a := range e.attrs {
		if a.Key == name {
			return a.Val, true
		}
	}
	return "", false
}

func (e element) names() []string {
	var ns []string
	for _, a := range e.attrs {
		ns = append(ns, a.Key)
	}
	return ns
}

// parse parses a page as a browser does and lists its elements.
func parse(t *testing.T, markup string) []element {
	t.Helper()
	doc, err := html.Parse(strings.NewReader(markup))
	require.NoError(t, err)
	var els []element
	for n := range doc.Descendants() {
		if n.Type == html.ElementNode {
			els = append(els, element{tag: n.Data, attrs: n.Attr})
		}
	}
	return els
}

// allowedAttrs are every attribute name the pages use. Anything else in a parsed page, such
// as an event handler or autofocus, came from text that escaped its attribute.
var allowedAttrs = map[string]bool{
	"lang": true, "charset": true, "name": true, "content": true, "property": true,
	"rel": true, "href": true, "type": true, "src": true, "defer": true, "id": true,
	"class": true, "alt": true, "aria-label": true, "aria-describedby": true, "role": true,
	"tabindex": true, "value": true, "for": true, "disabled": true, "checked": true,
	"max": true, "method": true, "download": true, "autocomplete": true, "inputmode": true,
	"aria-live": true, "aria-hidden": true, "aria-current": true, "hidden": true, "target": true,
	"aria-controls": true, "aria-expanded": true, "aria-labelledby": true, "list": true,
	"title": true, "placeholder": true, "spellcheck": true, "autocapitalize": true,
	"enterkeyhint": true, "style": true, "datetime": true, "open": true, "data-key": true,
	// The server copy's marks for boot.js and web/app.css (app/early.go, app/shell.go).
	"data-early": true, "data-prerendered": true, "data-role-text": true,
	// The chart and the family icons: SVG presentation attributes.
	"viewBox": true, "cx": true, "cy": true, "d": true, "fill": true,
	"focusable": true, "height": true, "r": true, "rx": true, "stroke": true,
	"stroke-linecap": true, "stroke-linejoin": true, "stroke-width": true,
	"text-anchor": true, "width": true, "x": true, "y": true, "x1": true, "x2": true,
	"y1": true, "y2": true, "scope": true,
}

func TestPagesEscapeHostileDocuments(t *testing.T) {
	c, r := hostileCatalogue(t)
	withCatalogue(t, c)
	paths := append(Pages(), "/no-such-page", "/roles/no-such-role")
	require.Contains(t, paths, "/roles/"+r.ID)
	for _, p := range paths {
		t.Run("the page at "+p+" parses to the intended attributes", func(t *testing.T) {
			markup := render(t, p)
			els := parse(t, markup)
			for _, e := range els {
				for _, a := range e.attrs {
					require.False(t, strings.HasPrefix(a.Key, "on"), "<%s> has an event handler %s=%q", e.tag, a.Key, a.Val)
					require.True(t, allowedAttrs[a.Key], "<%s> has an unexpected attribute %s=%q", e.tag, a.Key, a.Val)
				}
				if e.tag == "a" {
					href, _ := e.attr("href")
					require.False(t, strings.HasPrefix(strings.ToLower(href), "javascript:"), href)
				}
			}
		})
	}
	t.Run("the role page links each source to exactly its address", func(t *testing.T) {
		els := parse(t, render(t, "/roles/"+r.ID))
		found := map[string][]string{}
		for _, e := range els {
			if href, ok := e.attr("href"); e.tag == "a" && ok && strings.HasPrefix(href, "https://example.org/") {
				found[href] = e.names()
			}
		}
		require.Equal(t, map[string][]string{hostileURL: {"href", "rel"}, hostileURL2: {"href", "rel"}}, found)
	})
	t.Run("the role page's title and link preview carry the title as it is written", func(t *testing.T) {
		markup := render(t, "/roles/"+r.ID)
		var ogTitle string
		var metas int
		for _, e := range parse(t, markup) {
			if prop, _ := e.attr("property"); e.tag == "meta" && prop == "og:title" {
				ogTitle, _ = e.attr("content")
				require.Equal(t, []string{"content", "property"}, e.names())
				metas++
			}
		}
		require.Equal(t, 1, metas)
		require.Equal(t, hostileTitle+": "+Name, ogTitle)
		require.NotContains(t, markup, "<b>'x'</b>", "markup in a title is text")
	})
}

func TestPagesRenderTheSameBytes(t *testing.T) {
	for _, p := range Pages() {
		t.Run("the page at "+p+" is the same on every request", func(t *testing.T) {
			first := render(t, p)
			for range 5 {
				require.Equal(t, first, render(t, p))
			}
		})
	}
}

func TestServerRenderedQuizForm(t *testing.T) {
	els := parse(t, render(t, "/quiz"))
	var radios, forms int
	for _, e := range els {
		switch e.tag {
		case "input":
			if typ, _ := e.attr("type"); typ == "radio" {
				radios++
				_, checked := e.attr("checked")
				require.False(t, checked, "no answer is chosen yet: %v", e.attrs)
			}
		case "form":
			forms++
			method, _ := e.attr("method")
			require.Equal(t, "dialog", method, "a form that submits would send the answer to the server")
			_, hasAction := e.attr("action")
			require.False(t, hasAction)
		case "button":
			if txt, _ := e.attr("disabled"); txt != "" {
				t.Fatalf("disabled is written bare, not %q", txt)
			}
		}
	}
	require.Equal(t, 4, radios, "the stage question's four answers")
	require.Equal(t, 1, forms)
	require.True(t, bytes.Contains([]byte(render(t, "/quiz")), []byte("<button class=\"button\" disabled type=\"button\">Back</button>")))
}
