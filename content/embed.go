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

// Default parses the embedded default catalogue.
func Default() (*Catalogue, error) { return Parse(Files) }
