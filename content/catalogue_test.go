package content

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestCatalogueLookups(t *testing.T) {
	c := &Catalogue{
		Traits: []Trait{{ID: "data", Label: "Data analysis"}, {ID: "bare"}},
		Roles:  []*Role{{ID: "analyst", Title: "Analyst"}, nil, {ID: "developer", Title: "Developer"}},
	}
	t.Run("a role is found by its ID, and nothing for an unknown ID or a nil catalogue", func(t *testing.T) {
		require.Equal(t, "Developer", c.Role("developer").Title)
		require.Nil(t, c.Role("nobody"))
		require.Nil(t, c.Role(""))
		require.Nil(t, (*Catalogue)(nil).Role("analyst"))
	})
	t.Run("a trait's label is found by its ID, and the ID stands in when there is none", func(t *testing.T) {
		require.Equal(t, "Data analysis", c.TraitLabel("data"))
		require.Equal(t, "bare", c.TraitLabel("bare"))
		require.Equal(t, "unknown", c.TraitLabel("unknown"))
		require.Equal(t, "data", (*Catalogue)(nil).TraitLabel("data"))
	})
}

func TestRoleEducation(t *testing.T) {
	t.Run("the items under Requirements' Education heading, in any case, and no others", func(t *testing.T) {
		r := &Role{Sections: []Section{
			{Key: SectionOverview, Blocks: []Block{{Kind: "heading", Text: "Education"}, {Kind: "list", Items: []string{"not this"}}}},
			{Key: SectionRequirements, Blocks: []Block{
				{Kind: "list", Items: []string{"before any heading"}},
				{Kind: "heading", Text: " education "},
				{Kind: "list", Items: []string{"A degree"}},
				{Kind: "paragraph", Text: "Or experience."},
				{Kind: "list", Items: []string{"A portfolio"}},
				{Kind: "heading", Text: "Technical skills"},
				{Kind: "list", Items: []string{"Python"}},
			}},
		}}
		require.Equal(t, []string{"A degree", "A portfolio"}, r.Education())
	})
	t.Run("the embedded data scientist document lists its education", func(t *testing.T) {
		c, err := Default()
		require.NoError(t, err)
		require.NotEmpty(t, c.Role("data-scientist").Education())
	})
}
