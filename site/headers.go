package site

import (
	"fmt"
	"net/http"
	"regexp"
	"strings"
)

// cspBase is the content security policy of every response but its frame-ancestors
// directive: the app loads only its own scripts (and compiles its own wasm), styles, images,
// manifest and worker, connects to no other host, and has no plugins, base URL or forms
// posting elsewhere.
const cspBase = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
	"img-src 'self' data:; connect-src 'self'; manifest-src 'self'; worker-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'"

// DefaultFrameAncestors lets any page embed the app, so the README's snippet works out of
// the box; an office that wants only its own pages to embed it sets FrameAncestors.
const DefaultFrameAncestors = "*"

// Headers are the security headers sent with every response.
type Headers struct {
	// FrameAncestors is the source list of the policy's frame-ancestors directive, as
	// ParseFrameAncestors returns it; empty means DefaultFrameAncestors.
	FrameAncestors string
}

// CSP returns the Content-Security-Policy header value.
func (h Headers) CSP() string {
	fa := h.FrameAncestors
	if fa == "" {
		fa = DefaultFrameAncestors
	}
	return cspBase + "; frame-ancestors " + fa
}

// List returns every header name and value, in a fixed order.
func (h Headers) List() [][2]string {
	return [][2]string{
		{"Content-Security-Policy", h.CSP()},
		{"X-Content-Type-Options", "nosniff"},
		{"Referrer-Policy", "no-referrer"},
	}
}

// set writes the headers into hdr.
func (h Headers) set(hdr http.Header) {
	for _, kv := range h.List() {
		hdr.Set(kv[0], kv[1])
	}
}

// hostSource is a CSP host source: an optional http(s) scheme, a host name (its first label
// may be "*"), an optional port (or "*"), and no path, query or anything else.
var hostSource = regexp.MustCompile(`^(?:https?://)?(?:\*\.)?[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)*(?::(?:[0-9]{1,5}|\*))?$`)

// ParseFrameAncestors checks a list of the pages allowed to embed the app, separated by
// spaces or commas, and returns it as the frame-ancestors directive's source list. Each entry
// is *, 'self', https: or http:, or a host source such as https://careers.example.edu or
// https://*.example.edu; 'none' stands alone and lets no page embed the app. An empty list
// is DefaultFrameAncestors.
func ParseFrameAncestors(list string) (string, error) {
	fields := strings.FieldsFunc(list, func(r rune) bool { return r == ' ' || r == ',' || r == '\t' })
	if len(fields) == 0 {
		return DefaultFrameAncestors, nil
	}
	for i, f := range fields {
		lower := strings.ToLower(f)
		switch {
		case lower == "'none'":
			if len(fields) > 1 {
				return "", fmt.Errorf("frame ancestors %q: 'none' cannot be listed with other sources", list)
			}
		case lower == "*" || lower == "'self'" || lower == "https:" || lower == "http:":
		case lower == "self" || lower == "none":
			return "", fmt.Errorf("frame ancestors %q: write %s in single quotes: '%s'", list, f, lower)
		case hostSource.MatchString(lower):
		default:
			return "", fmt.Errorf("frame ancestors %q: %q is not *, 'self', 'none', https: or a host such as https://careers.example.edu (no path)", list, f)
		}
		fields[i] = lower
	}
	return strings.Join(fields, " "), nil
}
