package site

import (
	"net/http"
	"regexp"
	"testing"

	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
)

func TestBootScript(t *testing.T) {
	dir := webDir(t)
	h, err := NewHandler(Options{WebDir: dir}, "/")
	require.NoError(t, err)
	app.RouteWithRegexp("^/boot-test", func() app.Composer { return &previewPage{} })
	s := Serve(h, dir, nil, Headers{})

	t.Run("every page runs boot.js while it is parsed, before go-app's deferred scripts", func(t *testing.T) {
		w := get(t, s, "/boot-test", nil)
		require.Equal(t, http.StatusOK, w.Code)
		scripts := regexp.MustCompile(`<script[^>]*>`).FindAllString(w.Body.String(), -1)
		require.Equal(t, []string{
			`<script defer src="/wasm_exec.js">`,
			`<script defer src="/app.js">`,
			`<script src="/web/boot.js">`,
		}, scripts, "a script without defer runs before every deferred one")
	})
	t.Run("the worker caches boot.js for offline use", func(t *testing.T) {
		w := get(t, s, "/app-worker.js", nil)
		require.Equal(t, http.StatusOK, w.Code)
		require.Contains(t, w.Body.String(), `"/web/boot.js"`)
	})
}
