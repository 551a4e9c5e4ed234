package quiz

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestAddSkill(t *testing.T) {
	for _, tc := range []struct {
		name, input string
		status      MatchStatus
		note        Note
		skill       string
		choices     []string
	}{
		{"an exact name matches", "Python", Matched, NoteAdded, "Python", nil},
		{"case and spaces do not matter", "  tensor flow ", Matched, NoteAdded, "TensorFlow", nil},
		{"a swapped pair of letters matches", "pyhton", Matched, NoteAdded, "Python", nil},
		{"a missing letter matches", "tablau", Matched, NoteAdded, "Tableau", nil},
		{"an alias matches its skill", "js", Matched, NoteAdded, "JavaScript", nil},
		{"a short name must be exact", "Go", Matched, NoteAdded, "Go", nil},
		{"a typo close to two skills offers both", "rusy", Ambiguous, NoteDidYouMean, "", []string{"Ruby", "Rust"}},
		{"a typo close to one skill matches it", "pytorh", Matched, NoteAdded, "PyTorch", nil},
		{"the start of several names offers them", "jav", Ambiguous, NoteDidYouMean, "", []string{"Java", "JavaScript"}},
		{"nonsense is ignored", "xqzvwk", Unknown, NoteNotKnown, "", nil},
		{"an empty input is ignored", "   ", Unknown, NoteEmpty, "", nil},
		{"punctuation alone is ignored", " ?! ", Unknown, NoteEmpty, "", nil},
		{"a short unknown word is not guessed", "Rx", Unknown, NoteNotKnown, "", nil},
		{"a sentence is too long to be a skill", strings.Repeat("python ", 10), Unknown, NoteTooLong, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := engine(t, testCatalogue()).New()
			m := s.AddSkill(tc.input)
			require.Equal(t, tc.status, m.Status)
			require.Equal(t, tc.note, m.Note, m.Note.String())
			require.Equal(t, tc.skill, m.Skill)
			require.Equal(t, strings.TrimSpace(tc.input), m.Text, "the input is given back as typed")
			if tc.choices != nil {
				require.Equal(t, tc.choices, m.Choices)
			}
			if tc.status == Matched {
				require.Equal(t, []string{tc.skill}, s.Skills())
			} else {
				require.Empty(t, s.Skills())
			}
		})
	}

	t.Run("a skill already listed is noted as such", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		require.Equal(t, NoteAdded, s.AddSkill("python").Note)
		m := s.AddSkill("Pyhton")
		require.Equal(t, Matched, m.Status)
		require.Equal(t, NoteAlreadyListed, m.Note)
		require.Equal(t, "Python", m.Skill)
	})

	t.Run("matching without adding notes a match and adds nothing", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		m := s.MatchSkill("sql")
		require.Equal(t, NoteMatched, m.Note)
		require.Equal(t, "SQL", m.Skill)
		require.Empty(t, s.Skills())
	})

	t.Run("every note has its own code", func(t *testing.T) {
		seen := map[string]bool{}
		for n := NoteEmpty; n <= NoteListFull; n++ {
			require.False(t, seen[n.String()], n.String())
			seen[n.String()] = true
		}
		require.Equal(t, "unknown", Note(99).String())
	})

	t.Run("a skill added twice is listed once and can be removed", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		s.AddSkill("python")
		s.AddSkill("Pyhton")
		s.AddSkill("sql")
		require.Equal(t, []string{"Python", "SQL"}, s.Skills())
		s.RemoveSkill("python")
		require.Equal(t, []string{"SQL"}, s.Skills())
	})

	t.Run("skills show up as had and to learn in the results", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		s.AddSkill("python")
		answerAs(s, "ml-engineer")
		top := s.Results().Results[0]
		require.Equal(t, "ml-engineer", top.RoleID)
		require.Equal(t, []string{"Python"}, top.Have)
		require.Equal(t, []string{"TensorFlow", "PyTorch", "Docker"}, top.Learn)
	})
}
