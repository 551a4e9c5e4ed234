package content_test

import (
	"encoding/json"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

// Full is the catalogue the parser reads, long text and all.
func TestFullIsTheParsedCatalogue(t *testing.T) {
	parsed, err := content.Parse(content.Files)
	require.NoError(t, err)
	full, err := content.Full()
	require.NoError(t, err)
	want, err := json.Marshal(parsed)
	require.NoError(t, err)
	got, err := json.Marshal(full)
	require.NoError(t, err)
	require.True(t, string(want) == string(got))
}
