package content

import (
	"regexp"
	"sync"
)

// lazyRE is a regular expression compiled when it is first used, not at package init: the
// app links this package for its types and the compiled catalogue, and never reads a
// document, so its start-up compiles none of the parser's expressions. Declared as
// &lazyRE{src: ...}, it is static data.
type lazyRE struct {
	src  string
	once sync.Once
	re   *regexp.Regexp
}

func (l *lazyRE) get() *regexp.Regexp {
	l.once.Do(func() { l.re = regexp.MustCompile(l.src) })
	return l.re
}

func (l *lazyRE) MatchString(s string) bool              { return l.get().MatchString(s) }
func (l *lazyRE) FindString(s string) string             { return l.get().FindString(s) }
func (l *lazyRE) FindStringSubmatch(s string) []string   { return l.get().FindStringSubmatch(s) }
func (l *lazyRE) ReplaceAllString(s, repl string) string { return l.get().ReplaceAllString(s, repl) }
func (l *lazyRE) Split(s string, n int) []string         { return l.get().Split(s, n) }
