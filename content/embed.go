package content

import (
	"embed"
	"io/fs"
)

// Files holds the default catalogue: questions.md and the role documents under roles/.
//
//go:embed questions.md roles
var Files embed.FS

// DefaultFS returns the embedded default catalogue's files.
func DefaultFS() fs.FS { return Files }

// Default returns the default catalogue: the embedded documents as the generator parsed them
// at build time (catalogue_gen.go), so the app neither carries nor parses the Markdown. The
// Catalogue is the caller's; the roles, questions and other values it points to are shared
// and must not be changed. The error is always nil; it stays for the callers' sake.
//
//go:generate go run -tags catalogue_parse ./gen
func Default() (*Catalogue, error) { return compiled() }
