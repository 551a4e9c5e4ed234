package quiz

import (
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAddSkill(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		status      MatchStatus
		skill       string
		choices     []string
	}{
		{"an exact name matches", "Python", Matched, "Python", nil},
		{"case and spaces do not matter", "  tensor flow ", Matched, "TensorFlow", nil},
		{"a swapped pair of letters matches", "pyhton", Matched, "Python", nil},
		{"a missing letter matches", "tablau", Matched, "Tableau", nil},
		{"an alias matches its skill", "js", Matched, "JavaScript", nil},
		{"a short name must be exact", "Go", Matched, "Go", nil},
		{"a typo close to two skills offers both", "rusy", Ambiguous, "", []string{"Ruby", "Rust"}},
		{"a typo close to one skill matches it", "pytorh", Matched, "PyTorch", nil},
		{"the start of several names offers them", "jav", Ambiguous, "", []string{"Java", "JavaScript"}},
		{"nonsense is ignored", "xqzvwk", Unknown, "", nil},
		{"an empty input is ignored", "   ", Unknown, "", nil},
		{"a short unknown word is not guessed", "Rx", Unknown, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(testCatalogue())
			m := s.AddSkill(tc.input)
			require.Equal(t, tc.status, m.Status, m.Message)
			require.Equal(t, tc.skill, m.Skill)
			if tc.choices != nil {
				require.Equal(t, tc.choices, m.Choices)
			}
			if tc.status == Matched {
				require.Equal(t, []string{tc.skill}, s.Skills())
			} else {
				require.Empty(t, s.Skills())
				require.NotEmpty(t, m.Message)
			}
		})
	}

	t.Run("a skill added twice is listed once and can be removed", func(t *testing.T) {
		s := New(testCatalogue())
		s.AddSkill("python")
		s.AddSkill("Pyhton")
		s.AddSkill("sql")
		require.Equal(t, []string{"Python", "SQL"}, s.Skills())
		s.RemoveSkill("python")
		require.Equal(t, []string{"SQL"}, s.Skills())
	})

	t.Run("skills show up as had and to learn in the results", func(t *testing.T) {
		s := New(testCatalogue())
		s.AddSkill("python")
		answerAs(s, "ml-engineer")
		top := s.Results().Results[0]
		require.Equal(t, "ml-engineer", top.RoleID)
		require.Equal(t, []string{"Python"}, top.Have)
		require.Equal(t, []string{"TensorFlow", "PyTorch", "Docker"}, top.Learn)
	})
}
