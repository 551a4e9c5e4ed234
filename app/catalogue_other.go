//go:build !js

package app

import "github.com/careerquiz/careerquiz/content"

// loadCatalogue is the catalogue the app runs on: on the server the whole one, so that role
// pages are prerendered with all their text.
var loadCatalogue = content.Full

// catalogueHasText is whether loadCatalogue's roles carry their long text.
const catalogueHasText = true
