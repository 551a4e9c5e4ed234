package content

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

// Causes of parse errors. A ParseError wraps one of them, so errors.Is finds it.
var (
	ErrMissingFile      = errors.New("missing file")
	ErrMissingField     = errors.New("missing")
	ErrUnknownField     = errors.New("unknown header field")
	ErrDuplicateField   = errors.New("duplicate header field")
	ErrBadLine          = errors.New("cannot read line")
	ErrBadID            = errors.New("bad id")
	ErrBadStage         = errors.New("bad stage")
	ErrDuplicateID      = errors.New("duplicate")
	ErrUnknownSection   = errors.New("unknown section")
	ErrDuplicateSection = errors.New("duplicate section")
	ErrUnknownTrait     = errors.New("unknown trait")
	ErrBadWeight        = errors.New("bad weight")
	ErrBadTable         = errors.New("bad table")
	ErrBadAmount        = errors.New("bad amount")
	ErrBadValue         = errors.New("bad value")
	ErrBadYear          = errors.New("bad year")
	ErrUnknownSource    = errors.New("unknown source")
	ErrUnknownRole      = errors.New("unknown role")
	ErrIDMismatch       = errors.New("id does not match file name")
	ErrBadURL           = errors.New("bad link")
	ErrBadOccupation    = errors.New("bad O*NET occupation")
)

// ParseError is one problem in one document, at a line (1-based; 0 for the whole file).
type ParseError struct {
	File string
	Line int
	Err  error
}

// Error prints the error as "file:line: message".
func (e *ParseError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

// Unwrap returns the cause, so that errors.Is(err, ErrUnknownTrait) works.
func (e *ParseError) Unwrap() error { return e.Err }

// ErrorList is every problem found, sorted by file and line by Sort.
type ErrorList []*ParseError

// Add appends a problem.
func (l *ErrorList) Add(file string, line int, err error) {
	*l = append(*l, &ParseError{File: file, Line: line, Err: err})
}

// addf appends a problem whose message is cause followed by a detail.
func (l *ErrorList) addf(file string, line int, cause error, format string, args ...any) {
	l.Add(file, line, fmt.Errorf("%w "+format, append([]any{cause}, args...)...))
}

// Sort orders the list by file, then line, then message.
func (l ErrorList) Sort() {
	sort.SliceStable(l, func(i, j int) bool {
		a, b := l[i], l[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		return a.Err.Error() < b.Err.Error()
	})
}

// Error prints every problem, one a line.
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Unwrap returns the problems, so that errors.Is and errors.As look into each of them.
func (l ErrorList) Unwrap() []error {
	errs := make([]error, len(l))
	for i, e := range l {
		errs[i] = e
	}
	return errs
}

// Err returns the sorted list as an error, or nil when it is empty.
func (l ErrorList) Err() error {
	if len(l) == 0 {
		return nil
	}
	l.Sort()
	return l
}
