package site

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// The worker saves each role's long text (web/roles/*.json), which role pages fetch, so that
// they show it offline too.
func TestHandlerCachesTheRoleTexts(t *testing.T) {
	dir := webDir(t)
	require.NoError(t, os.MkdirAll(filepath.Join(dir, "roles"), 0o755))
	for _, f := range []string{"data-scientist.json", "data-scientist.json.br", "web-developer.json"} {
		require.NoError(t, os.WriteFile(filepath.Join(dir, "roles", f), []byte("{}"), 0o644))
	}
	h, err := NewHandler(Options{WebDir: dir}, "/quiz")
	require.NoError(t, err)
	require.Contains(t, h.CacheableResources, "/web/roles/data-scientist.json")
	require.Contains(t, h.CacheableResources, "/web/roles/web-developer.json")
	require.NotContains(t, h.CacheableResources, "/web/roles/data-scientist.json.br")
	require.Contains(t, h.CacheableResources, "/quiz")
}
