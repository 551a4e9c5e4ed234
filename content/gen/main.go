// Command gen writes content/catalogue_gen.go: the default catalogue, parsed from the
// embedded documents, as Go values. Run it with `go generate ./content` (make build does);
// it builds with the tag catalogue_parse, so it runs even when the file it replaces no
// longer compiles. Documents with errors are refused with the parser's messages.
package main

import (
	"fmt"
	"os"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/content/internal/catgen"
)

func main() {
	cat, err := content.Parse(content.Files)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: the documents have errors (careerquiz check lists them):\n%v\n", catgen.Command, err)
		os.Exit(1)
	}
	src, err := catgen.Source(cat)
	if err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", catgen.Command, err)
		os.Exit(1)
	}
	if err := os.WriteFile(catgen.File, src, 0o644); err != nil {
		fmt.Fprintf(os.Stderr, "%s: %v\n", catgen.Command, err)
		os.Exit(1)
	}
}
