package importer

import (
	"os"
	"os/exec"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

// TestNotInTheApp checks that the app compiled to WebAssembly does not link the importer,
// whose regular expressions would otherwise be compiled at every page load.
func TestNotInTheApp(t *testing.T) {
	if runtime.GOOS == "js" {
		t.Skip("go list runs natively")
	}
	goBin, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command on PATH")
	}
	cmd := exec.Command(goBin, "list", "-deps", "../..")
	cmd.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	out, err := cmd.CombinedOutput()
	require.NoError(t, err, string(out))
	require.Contains(t, string(out), "github.com/careerquiz/careerquiz/content\n")
	require.NotContains(t, string(out), "content/importer", "the wasm build imports the importer")

	cmd = exec.Command(goBin, "list", "-deps", "../..")
	native, err := cmd.CombinedOutput()
	require.NoError(t, err, string(native))
	require.True(t, strings.Contains(string(native), "content/importer"), "the command imports it")
}
