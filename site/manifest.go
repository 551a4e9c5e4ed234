package site

import (
	"encoding/json"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// manifestIcon is one icon of the web app manifest.
type manifestIcon struct {
	Src     string `json:"src"`
	Sizes   string `json:"sizes"`
	Type    string `json:"type"`
	Purpose string `json:"purpose"`
}

// manifest returns the web app manifest for h. go-app's own has the scope "/" whatever the
// base (so an app on a sub-path is out of its own scope), a start URL without the trailing
// slash, and icons with an empty purpose; this one is served and written in its place.
func manifest(h *app.Handler, base prefixResolver) []byte {
	start := base.base()
	icon := func(src, sizes, typ, purpose string) manifestIcon {
		return manifestIcon{Src: base.Resolve(src), Sizes: sizes, Type: typ, Purpose: purpose}
	}
	m := struct {
		ID              string         `json:"id"`
		Name            string         `json:"name"`
		ShortName       string         `json:"short_name"`
		Description     string         `json:"description"`
		Lang            string         `json:"lang"`
		Scope           string         `json:"scope"`
		StartURL        string         `json:"start_url"`
		Display         string         `json:"display"`
		BackgroundColor string         `json:"background_color"`
		ThemeColor      string         `json:"theme_color"`
		Icons           []manifestIcon `json:"icons"`
	}{
		ID:              start,
		Name:            h.Name,
		ShortName:       h.ShortName,
		Description:     h.Description,
		Lang:            h.Lang,
		Scope:           start,
		StartURL:        start,
		Display:         "standalone",
		BackgroundColor: h.BackgroundColor,
		ThemeColor:      h.ThemeColor,
		Icons: []manifestIcon{
			icon(h.Icon.Default, "192x192", "image/png", "any"),
			icon(h.Icon.Large, "512x512", "image/png", "any"),
			icon(h.Icon.Maskable, "512x512", "image/png", "maskable"),
			icon(h.Icon.SVG, "any", "image/svg+xml", "any"),
		},
	}
	b, err := json.MarshalIndent(m, "", "  ")
	if err != nil {
		panic(err) // a struct of strings always encodes
	}
	return b
}
