package quiz

import (
	"encoding/json"
	"fmt"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

// manySkills is a saved session of the real catalogue whose skills are n made-up names, with
// known ones in the places given. At n = 20,000 it is about 290 KB, under the size cap: once
// every name was matched as a typo against the whole vocabulary, which took 34 s.
func manySkills(t testing.TB, n int, known map[int]string) (*Engine, []byte) {
	t.Helper()
	cat, err := content.Default()
	require.NoError(t, err)
	e := engine(t, cat)
	var sn map[string]any
	require.NoError(t, json.Unmarshal(e.New().Snapshot(), &sn))
	skills := make([]string, n)
	for i := range skills {
		skills[i] = fmt.Sprintf("zqxw skill %05d", i)
		if k, ok := known[i]; ok {
			skills[i] = k
		}
	}
	sn["skills"] = skills
	data, err := json.Marshal(sn)
	require.NoError(t, err)
	require.Less(t, len(data), maxSnapshot)
	return e, data
}

func TestRestoreBoundsSkills(t *testing.T) {
	t.Run("20,000 unknown skills restore to none, each counted as dropped", func(t *testing.T) {
		e, data := manySkills(t, 20000, nil)
		require.Greater(t, len(data), 280_000)
		s, n, err := e.Restore(data)
		require.NoError(t, err)
		require.Empty(t, s.Skills())
		require.Equal(t, 20000, n.DroppedSkills)
	})
	t.Run("only the first MaxSkills are read", func(t *testing.T) {
		e, data := manySkills(t, 20000, map[int]string{0: "Python", MaxSkills - 1: "SQL", MaxSkills: "Git"})
		s, n, err := e.Restore(data)
		require.NoError(t, err)
		require.Equal(t, []string{"Python", "SQL"}, s.Skills())
		require.Equal(t, 20000-2, n.DroppedSkills)
	})
	t.Run("a saved name is looked up exactly, never as a typo", func(t *testing.T) {
		e, data := manySkills(t, 3, map[int]string{0: "Pyhton", 1: "python", 2: "Python"})
		s, n, err := e.Restore(data)
		require.NoError(t, err)
		require.Equal(t, []string{"Python"}, s.Skills())
		require.Equal(t, 2, n.DroppedSkills)
	})
	t.Run("a name saved twice is kept once and not counted as dropped", func(t *testing.T) {
		e, data := manySkills(t, 2, map[int]string{0: "Python", 1: "Python"})
		s, n, err := e.Restore(data)
		require.NoError(t, err)
		require.Equal(t, []string{"Python"}, s.Skills())
		require.Zero(t, n.DroppedSkills)
	})
}

func TestAddSkillCap(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err)
	s := engine(t, cat).New()
	names := s.Engine().SkillNames()
	require.Greater(t, len(names), MaxSkills, "the vocabulary is large enough to fill the list")
	for _, name := range names[:MaxSkills] {
		require.Equal(t, NoteAdded, s.AddSkill(name).Note, name)
	}
	m := s.AddSkill(names[MaxSkills])
	require.Equal(t, NoteListFull, m.Note)
	require.Equal(t, names[MaxSkills], m.Skill)
	require.Len(t, s.Skills(), MaxSkills)
	require.Equal(t, NoteAlreadyListed, s.AddSkill(names[0]).Note, "a listed skill is still named as listed")
	s.RemoveSkill(names[0])
	require.Equal(t, NoteAdded, s.AddSkill(names[MaxSkills]).Note, "removing one makes room")
}

// BenchmarkRestoreManySkills restores the 20,000-skill session.
func BenchmarkRestoreManySkills(b *testing.B) {
	e, data := manySkills(b, 20000, nil)
	for b.Loop() {
		if _, _, err := e.Restore(data); err != nil {
			b.Fatal(err)
		}
	}
}
