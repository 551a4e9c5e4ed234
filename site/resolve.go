package site

import "strings"

// prefixResolver is go-app's ResourceResolver for an app served under a path such as
// "/careers/quiz". Unlike app.PrefixedLocation it leaves alone what is already prefixed
// (links built with the app's Path helper), fragments ("#main"), relative and remote URLs,
// so a prerendered page never links to "/careers/quiz/careers/quiz/quiz" or "/careers/quiz#main".
type prefixResolver string

// Resolve returns loc as the browser must request it.
func (p prefixResolver) Resolve(loc string) string {
	prefix := string(p)
	switch {
	case loc == "" || loc == "/":
		if prefix == "" {
			return "/"
		}
		return prefix // go-app's root prefix: the router trims it from the address
	case !strings.HasPrefix(loc, "/") || strings.HasPrefix(loc, "//"):
		return loc // fragment, relative, remote or protocol-relative
	case prefix == "" || loc == prefix || strings.HasPrefix(loc, prefix+"/"):
		return loc
	}
	return prefix + loc
}

// base returns the path the app is served under, with a trailing slash: "/" or "/careers/quiz/".
func (p prefixResolver) base() string {
	return string(p) + "/"
}

// newPrefixResolver returns the resolver for base, such as "/", "careers/quiz" or "/careers/quiz/".
func newPrefixResolver(base string) prefixResolver {
	b := strings.Trim(base, "/")
	if b == "" {
		return ""
	}
	return prefixResolver("/" + b)
}
