//go:build examplegen

// Command examplegen writes app/example_gen.go, the home page's example run (app.WriteExample)
// on the catalogue parsed from the documents. Run it with `go generate ./app` (make build does,
// after the catalogue); it builds with the tag examplegen, which leaves the file it replaces out.
package main

import (
	"bytes"
	"fmt"
	"os"

	"github.com/careerquiz/careerquiz/app"
)

func main() {
	var b bytes.Buffer
	err := app.WriteExample(&b)
	if err == nil {
		err = os.WriteFile("example_gen.go", b.Bytes(), 0o644)
	}
	if err != nil {
		fmt.Fprintf(os.Stderr, "examplegen: %v\n", err)
		os.Exit(1)
	}
}
