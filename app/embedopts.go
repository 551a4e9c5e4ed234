package app

import (
	"fmt"
	"math"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/careerquiz/careerquiz/content"
)

// embedOptions are the settings a host page gives the quiz in its frame, as query
// parameters on /embed (the loader script copies its data- attributes there). Every one is
// validated; an invalid one is left out with a warning for the host's developer. None is
// ever rendered as HTML or into a server-rendered attribute: the page reads them in the
// browser and shows them as text, or sets them through the DOM.
type embedOptions struct {
	// Host is the origin of the page that embeds the quiz, such as
	// "https://careers.example.edu": the frame posts its height, and the result when the
	// student agrees, to this origin only. Empty: nothing is posted.
	Host string
	// AccentLight and AccentDark are the host's accent colour (#rrggbb) for the light and
	// the dark theme, each empty where the colour lacks 4.5:1 contrast with that theme's
	// background.
	AccentLight, AccentDark string
	// Heading replaces the frame's title line.
	Heading string
	// Roles limits the quiz to these role ids (at least two), in catalogue order; nil: all.
	Roles []string
	// FullResults: the results open in the full app in a new tab instead of in the frame.
	FullResults bool
	// ResultEvent: the host asks to receive the top matches, which the student may agree to.
	ResultEvent bool
}

// embedParams are the query parameters /embed reads.
var embedParams = []string{"host", "accent", "heading", "roles", "results", "result-event"}

// maxHeading is the longest heading a host may give, in characters.
const maxHeading = 80

// minContrast is WCAG 2.1 AA's contrast for normal text.
const minContrast = 4.5

// Backgrounds of the light and dark themes (web/app.css), for the accent's contrast.
const (
	lightBackground = "#ffffff"
	darkBackground  = "#111827"
)

// isHexColour reports whether s is #rgb or #rrggbb. Checked by hand, not by a regular
// expression compiled at every start.
func isHexColour(s string) bool {
	if (len(s) != 4 && len(s) != 7) || s[0] != '#' {
		return false
	}
	for _, c := range s[1:] {
		if !('0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F') {
			return false
		}
	}
	return true
}

// isRoleID reports whether s holds only lower-case letters, digits and hyphens.
func isRoleID(s string) bool {
	if s == "" {
		return false
	}
	for _, c := range s {
		if !('a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-') {
			return false
		}
	}
	return true
}

// parseEmbedOptions reads a frame's query parameters against the catalogue c. It returns
// the valid options and a warning for each one it ignored.
func parseEmbedOptions(q url.Values, c *content.Catalogue) (o embedOptions, warnings []string) {
	warn := func(format string, args ...any) {
		warnings = append(warnings, "career quiz: "+fmt.Sprintf(format, args...))
	}
	names := make([]string, 0, len(q))
	for name := range q {
		names = append(names, name)
	}
	slices.Sort(names)
	for _, name := range names {
		if !slices.Contains(embedParams, name) {
			warn("unknown option %q ignored (known: %s)", name, strings.Join(embedParams, ", "))
		}
	}
	if v := q.Get("host"); v != "" {
		if h, ok := parseOrigin(v); ok {
			o.Host = h
		} else {
			warn("host %q ignored: give the page's origin, such as https://careers.example.edu", v)
		}
	}
	if v := q.Get("accent"); v != "" {
		o.AccentLight, o.AccentDark = accentFor(v, warn)
	}
	if v, ok := q["heading"]; ok {
		h := strings.TrimSpace(v[0])
		switch {
		case h == "":
			warn("empty heading ignored")
		case utf8.RuneCountInString(h) > maxHeading:
			warn("heading ignored: it is longer than %d characters", maxHeading)
		case strings.IndexFunc(h, unicode.IsControl) >= 0:
			warn("heading ignored: it holds control characters")
		default:
			o.Heading = h
		}
	}
	if v := q.Get("roles"); v != "" {
		o.Roles = rolesFor(v, c, warn)
	}
	switch v := q.Get("results"); v {
	case "", "frame":
	case "full":
		o.FullResults = true
	default:
		warn("results %q ignored: give frame (the default) or full", v)
	}
	if v, ok := q["result-event"]; ok {
		switch strings.ToLower(v[0]) {
		case "", "true", "1", "yes", "on":
			o.ResultEvent = true
		case "false", "0", "no", "off":
		default:
			warn("result-event %q ignored: give true or false", v[0])
		}
		if o.ResultEvent && o.Host == "" {
			warn("result-event ignored: it needs host, the page's origin (the loader script sets it)")
			o.ResultEvent = false
		}
	}
	return o, warnings
}

// parseOrigin returns s as an origin ("https://host[:port]") if it is one: http or https,
// a host, and no path, query, fragment or user.
func parseOrigin(s string) (string, bool) {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "https" && u.Scheme != "http") || u.Host == "" || u.Hostname() == "" ||
		u.User != nil || (u.Path != "" && u.Path != "/") || u.RawQuery != "" || u.Fragment != "" ||
		u.Opaque != "" || strings.ContainsAny(u.Host, `"'<>\ `) {
		return "", false
	}
	return u.Scheme + "://" + strings.ToLower(u.Host), true
}

// accentFor returns the colour v, as #rrggbb, for each theme whose background it contrasts
// with by at least minContrast.
func accentFor(v string, warn func(string, ...any)) (light, dark string) {
	if !isHexColour(v) {
		warn("accent %q ignored: give a colour as #rgb or #rrggbb", v)
		return "", ""
	}
	c := strings.ToLower(v)
	if len(c) == 4 {
		c = "#" + strings.Repeat(c[1:2], 2) + strings.Repeat(c[2:3], 2) + strings.Repeat(c[3:4], 2)
	}
	if r := contrast(c, lightBackground); r >= minContrast {
		light = c
	} else {
		warn("accent %s ignored in the light theme: its contrast with white is %.1f:1, and text needs %.1f:1", v, r, minContrast)
	}
	if r := contrast(c, darkBackground); r >= minContrast {
		dark = c
	} else if light == "" {
		warn("accent %s ignored in the dark theme too: its contrast with the dark background is %.1f:1", v, r)
	}
	return light, dark
}

// contrast is the WCAG contrast ratio of two #rrggbb colours, from 1 to 21.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	if la < lb {
		la, lb = lb, la
	}
	return (la + 0.05) / (lb + 0.05)
}

// luminance is the relative luminance of a #rrggbb colour.
func luminance(c string) float64 {
	var l float64
	for i, w := range []float64{0.2126, 0.7152, 0.0722} {
		n, _ := strconv.ParseUint(c[1+2*i:3+2*i], 16, 8)
		s := float64(n) / 255
		if s <= 0.04045 {
			s /= 12.92
		} else {
			s = math.Pow((s+0.055)/1.055, 2.4)
		}
		l += w * s
	}
	return l
}

// minRoles is the fewest roles a host may limit the quiz to.
const minRoles = 2

// rolesFor returns the role ids of the list v (comma-separated) that c has, in catalogue
// order, or nil (all roles) when fewer than minRoles are left.
func rolesFor(v string, c *content.Catalogue, warn func(string, ...any)) []string {
	want := map[string]bool{}
	for _, id := range strings.Split(v, ",") {
		id = strings.TrimSpace(id)
		switch {
		case id == "":
		case !isRoleID(id) || c.Role(id) == nil:
			warn("role %q ignored: there is no role with that id", id)
		default:
			want[id] = true
		}
	}
	var ids []string
	for _, r := range c.Roles {
		if want[r.ID] {
			ids = append(ids, r.ID)
		}
	}
	if len(ids) < minRoles {
		warn("roles ignored: give at least %d known role ids, separated by commas", minRoles)
		return nil
	}
	return ids
}

// subset is c limited to the roles ids, every other part shared.
func subset(c *content.Catalogue, ids []string) *content.Catalogue {
	out := *c
	out.Roles = nil
	for _, r := range c.Roles {
		if slices.Contains(ids, r.ID) {
			out.Roles = append(out.Roles, r)
		}
	}
	return &out
}
