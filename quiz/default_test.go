package quiz

import (
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

func TestDefaultCatalogue(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err, "the default catalogue must load")
	require.NotEmpty(t, cat.Roles, "the default catalogue has no roles")

	t.Run("a student answering as a role's profile predicts gets that role on top", func(t *testing.T) {
		for _, r := range cat.Roles {
			s := engine(t, cat).New()
			answerAs(s, r.ID)
			require.True(t, s.Done())
			require.Equal(t, r.ID, s.Results().Results[0].RoleID, "after %d questions", len(s.Asked()))
		}
	})

	t.Run("every role's skills are in the vocabulary", func(t *testing.T) {
		e := engine(t, cat)
		names := map[string]bool{}
		for _, n := range e.SkillNames() {
			names[n] = true
		}
		for _, r := range e.Model.Roles {
			for _, sk := range r.Skills {
				require.True(t, names[sk], "%s: %s", r.ID, sk)
			}
		}
	})

	t.Run("typed skills match the real vocabulary", func(t *testing.T) {
		for _, tc := range []struct{ input, want string }{{"pyhton", "Python"}, {"tensor flow", "TensorFlow"}, {"sql", "SQL"}} {
			m := engine(t, cat).New().MatchSkill(tc.input)
			require.Equal(t, Matched, m.Status, "%s: %v", tc.input, m)
			require.Equal(t, tc.want, m.Skill)
		}
		require.Equal(t, Unknown, engine(t, cat).New().MatchSkill("qwzxv blorp").Status)
	})
}
