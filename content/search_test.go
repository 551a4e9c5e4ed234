package content

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSearch(t *testing.T) {
	c, err := Default()
	require.NoError(t, err)
	titles := func(rs []*Role) []string {
		var out []string
		for _, r := range rs {
			out = append(out, r.Title)
		}
		return out
	}

	t.Run("an empty query lists every role", func(t *testing.T) {
		require.Equal(t, len(c.Roles), len(c.Search("  ")))
	})
	t.Run("typos still find machine learning roles", func(t *testing.T) {
		got := titles(c.Search("machne lerning"))
		require.Contains(t, got, "ML Applications Engineer")
		require.NotContains(t, got, "Industrial Engineering Lead")
	})
	t.Run("a title word ranks its role first", func(t *testing.T) {
		got := titles(c.Search("industrail"))
		require.NotEmpty(t, got)
		require.Equal(t, "Industrial Engineering Lead", got[0])
	})
	t.Run("a skill finds the roles that list it", func(t *testing.T) {
		require.Contains(t, titles(c.Search("pytorch")), "ML Applications Engineer")
	})
	t.Run("nonsense finds nothing", func(t *testing.T) {
		require.Empty(t, c.Search("qwxzv"))
	})
}
