//go:build !js

// Command careerquiz is the career quiz: in the browser it is the app (compiled to
// WebAssembly, see main_js.go); on the command line it serves the app, builds it as a static
// site, checks role documents, evaluates the adaptive engine and puts the quiz to a person or
// a program (package cmd).
package main

import (
	"os"

	ui "github.com/careerquiz/careerquiz/app"
	"github.com/careerquiz/careerquiz/cmd"
)

func main() {
	ui.Routes() // the server prerenders the pages the browser runs
	os.Exit(cmd.Run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
