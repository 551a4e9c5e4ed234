//go:build js

package main

import (
	ui "github.com/careerquiz/careerquiz/app"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// main runs the app in the browser; the command line (package cmd) is left out of the
// WebAssembly.
func main() {
	ui.Routes()
	app.RunWhenOnBrowser()
}
