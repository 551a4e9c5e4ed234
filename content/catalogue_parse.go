//go:build catalogue_parse

package content

// compiled parses the embedded documents. This file replaces catalogue_gen.go under the
// tag catalogue_parse, which the generator builds with, so that it never depends on the
// file it writes.
func compiled() (*Catalogue, error) { return Parse(Files) }
