// Package web holds the static files served under /web/ (styles, icons, the built app.wasm)
// and the service worker template.
package web

import _ "embed"

// Worker is the service worker template given to go-app's Handler.
//
//go:embed worker.js
var Worker string
