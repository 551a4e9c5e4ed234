//go:build js

package main

import (
	"fmt"
	"io"
)

// runImport is not in the browser build; see import.go.
func runImport(_ []string, _, stderr io.Writer) int {
	fmt.Fprintln(stderr, "careerquiz import runs on the command line only")
	return 2
}
