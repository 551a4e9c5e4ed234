//go:build js

package app

import "github.com/careerquiz/careerquiz/content"

// loadCatalogue is the catalogue the app runs on: in the browser the compiled one, whose
// roles' long text each role page fetches (roleText).
var loadCatalogue = content.Default

// catalogueHasText is whether loadCatalogue's roles carry their long text.
const catalogueHasText = false
