package app

import (
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

func TestFamilyOf(t *testing.T) {
	role := func(ws ...content.Weight) *content.Role { return &content.Role{Profile: ws} }
	t.Run("the strongest trait decides", func(t *testing.T) {
		require.Equal(t, familyData, familyOf(role(content.Weight{Trait: "software", Value: 3}, content.Weight{Trait: "data", Value: 5})))
	})
	t.Run("between equally strong traits the more particular family wins", func(t *testing.T) {
		require.Equal(t, familyPolicy, familyOf(role(content.Weight{Trait: "communication", Value: 5}, content.Weight{Trait: "ethics", Value: 5})))
	})
	t.Run("a role with traits the app does not know falls back to other roles", func(t *testing.T) {
		require.Equal(t, familyOther, familyOf(role(content.Weight{Trait: "cooking", Value: 5})))
		require.Equal(t, familyOther, familyOf(nil))
	})
	t.Run("the traits the catalogue is adding have families", func(t *testing.T) {
		require.Equal(t, familyDesign, familyOf(role(content.Weight{Trait: "design", Value: 5})))
		require.Equal(t, familyHealth, familyOf(role(content.Weight{Trait: "caring", Value: 5})))
	})
	t.Run("every family has a name, a class and an icon of its own", func(t *testing.T) {
		names, classes := map[string]bool{}, map[string]bool{}
		for f := familyOther; f <= familyHealth; f++ {
			require.False(t, names[f.name()], f.name())
			require.False(t, classes[f.class()], f.class())
			require.NotEmpty(t, f.iconPaths())
			names[f.name()], classes[f.class()] = true, true
		}
	})
	t.Run("the real roles fall into several families", func(t *testing.T) {
		c, err := content.Default()
		require.NoError(t, err)
		seen := map[family]bool{}
		for _, r := range c.Roles {
			seen[familyOf(r)] = true
		}
		require.GreaterOrEqual(t, len(seen), 5)
		require.False(t, seen[familyOther], "every real role has a family of its own")
	})
}
