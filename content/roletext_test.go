package content_test

import (
	"encoding/json"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

func TestRoleText(t *testing.T) {
	parsed, err := content.Parse(content.Files)
	require.NoError(t, err)
	t.Run("a short role with its text is the role as parsed", func(t *testing.T) {
		for _, r := range parsed.Roles {
			back, err := r.Short().WithText(content.TextOf(r))
			require.NoError(t, err)
			want, _ := json.Marshal(r)
			got, _ := json.Marshal(back)
			require.Equal(t, string(want), string(got), r.ID)
		}
	})
	t.Run("another role's text is refused", func(t *testing.T) {
		a, b := parsed.Roles[0], parsed.Roles[1]
		_, err := a.Short().WithText(content.TextOf(b))
		require.Error(t, err)
	})
	t.Run("evidence that does not match the profile is refused", func(t *testing.T) {
		r := parsed.Roles[0]
		text := content.TextOf(r)
		require.NotEmpty(t, text.Evidence)
		text.Evidence = text.Evidence[1:]
		_, err := r.Short().WithText(text)
		require.Error(t, err)
	})
	t.Run("Short leaves the role it is given whole", func(t *testing.T) {
		r := parsed.Roles[0]
		before, _ := json.Marshal(r)
		r.Short()
		after, _ := json.Marshal(r)
		require.Equal(t, string(before), string(after))
	})
}
