//go:build !js

package main

import (
	"io"

	"github.com/careerquiz/careerquiz/content/importer"
)

// runImport runs "import". The importer is built into the command only: the app compiled
// to WebAssembly never reads plain text, so its parser is not in app.wasm.
func runImport(args []string, stdout, stderr io.Writer) int {
	return importer.Run(args, stdout, stderr)
}
