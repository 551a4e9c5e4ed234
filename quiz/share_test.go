package quiz

import (
	"encoding/base64"
	"encoding/json"
	"fmt"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

// halfway is a session with a few answers, a skipped question and a step back.
func halfway(t testing.TB, cat *content.Catalogue) *Session {
	s := engine(t, cat).New()
	for i, v := range []int{4, 0, 2, 5, 1} {
		q, _ := s.Current()
		if v == 0 {
			_ = s.Skip(q.ID)
			continue
		}
		_ = s.Answer(q.ID, v)
		if i == 3 {
			s.AddSkill("python")
		}
	}
	s.Back()
	return s
}

// requireSame requires two sessions to be in the same state.
func requireSame(t *testing.T, want, got *Session) {
	t.Helper()
	require.Equal(t, want.Asked(), got.Asked())
	require.Equal(t, want.answers, got.answers)
	require.Equal(t, want.pos, got.pos)
	require.InDeltaSlice(t, want.Posterior(), got.Posterior(), 1e-12)
	wq, wok := want.Current()
	gq, gok := got.Current()
	require.Equal(t, wok, gok)
	require.Equal(t, wq.ID, gq.ID)
}

func TestSnapshot(t *testing.T) {
	t.Run("a restored snapshot equals the original session", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		got, notice, err := engine(t, cat).Restore(s.Snapshot())
		require.NoError(t, err)
		require.False(t, notice.Changed())
		requireSame(t, s, got)
		require.Equal(t, s.Skills(), got.Skills())
		require.Equal(t, s.Results(), got.Results())
	})

	t.Run("a snapshot from an older question bank keeps the answers to questions that still exist", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		asked := s.Asked()
		gone := asked[0].ID
		newer := testCatalogue()
		for i, q := range newer.Questions {
			if q.ID == gone {
				newer.Questions = append(newer.Questions[:i], newer.Questions[i+1:]...)
				break
			}
		}
		got, notice, err := engine(t, newer).Restore(s.Snapshot())
		require.NoError(t, err)
		require.Equal(t, Notice{Migrated: true, Kept: len(asked) - 1, Dropped: 1}, notice)
		require.Len(t, got.Asked(), len(asked)-1)
		for _, q := range asked[1:] {
			want, _ := s.AnswerOf(q.ID)
			v, _ := got.AnswerOf(q.ID)
			require.Equal(t, want, v)
		}
	})

	t.Run("a snapshot keeps the stage", func(t *testing.T) {
		cat := testCatalogue()
		for _, st := range append([]Stage{StageUnknown}, Stages...) {
			s := halfway(t, cat)
			s.SetStage(st)
			got, notice, err := engine(t, cat).Restore(s.Snapshot())
			require.NoError(t, err)
			require.False(t, notice.Changed())
			require.Equal(t, st, got.Stage())
		}
	})

	t.Run("every stage's code parses back to it, and no other code does", func(t *testing.T) {
		for _, st := range append([]Stage{StageUnknown}, Stages...) {
			got, ok := ParseStage(st.String())
			require.True(t, ok)
			require.Equal(t, st, got)
		}
		for _, code := range []string{"School", "retired", " school", "1"} {
			_, ok := ParseStage(code)
			require.False(t, ok, code)
		}
	})

	t.Run("a snapshot of version 1, before the stage was asked, loads with an unknown stage", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		s.SetStage(StageCollege)
		old := snapshotV1Of(t, s)
		got, notice, err := engine(t, cat).Restore(old)
		require.NoError(t, err)
		require.False(t, notice.Changed())
		require.Equal(t, StageUnknown, got.Stage())
		requireSame(t, s, got)
		require.Equal(t, s.Skills(), got.Skills())
		// Saved again, it is of the current version and keeps everything.
		again, _, err := engine(t, cat).Restore(got.Snapshot())
		require.NoError(t, err)
		requireSame(t, s, again)
		require.Contains(t, string(got.Snapshot()), fmt.Sprintf(`"version":%d`, SnapshotVersion))
	})

	t.Run("a stage this version does not know is dropped and the answers are kept", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		data := strings.Replace(string(s.Snapshot()), `"version":2,`, `"version":2,"stage":"retired",`, 1)
		got, notice, err := engine(t, cat).Restore([]byte(data))
		require.NoError(t, err)
		require.Equal(t, Notice{Kept: len(s.Asked()), DroppedStage: true}, notice)
		require.True(t, notice.Changed())
		require.Equal(t, StageUnknown, got.Stage())
		requireSame(t, s, got)
	})

	for _, tc := range []struct {
		name string
		data string
		err  error
	}{
		{"empty input is corrupt", ``, ErrCorrupt},
		{"not JSON is corrupt", `hello`, ErrCorrupt},
		{"a snapshot without a version is corrupt", `{"asked":[]}`, ErrCorrupt},
		{"a future version is a version error", `{"version":99}`, ErrVersion},
		{"a stage in a snapshot of version 1 is corrupt", `{"version":1,"bank":"BANK","asked":[],"pos":0,"stage":"school"}`, ErrCorrupt},
		{"a stage that is not a code is corrupt", `{"version":2,"bank":"BANK","asked":[],"pos":0,"stage":3}`, ErrCorrupt},
		{"an unknown field in version 2 is corrupt", `{"version":2,"bank":"BANK","asked":[],"pos":0,"x":1}`, ErrCorrupt},
		{"an answer off the scale is corrupt", `{"version":1,"bank":"BANK","asked":[{"q":"q01","a":9}],"pos":1}`, ErrCorrupt},
		{"a question twice is corrupt", `{"version":1,"bank":"BANK","asked":[{"q":"q01","a":1},{"q":"q01","a":2}],"pos":2}`, ErrCorrupt},
		{"an unknown question in the same bank is corrupt", `{"version":1,"bank":"BANK","asked":[{"q":"zz","a":1}],"pos":1}`, ErrCorrupt},
		{"a position past the end is corrupt", `{"version":1,"bank":"BANK","asked":[],"pos":3}`, ErrCorrupt},
		{"a negative position is corrupt", `{"version":1,"bank":"BANK","asked":[],"pos":-1}`, ErrCorrupt},
		{"a bad bank is corrupt", `{"version":1,"bank":"xyz","asked":[],"pos":0}`, ErrCorrupt},
		{"an unknown field is corrupt", `{"version":1,"bank":"BANK","asked":[],"pos":0,"x":1}`, ErrCorrupt},
	} {
		t.Run(tc.name, func(t *testing.T) {
			cat := testCatalogue()
			var sn snapshot
			require.NoError(t, json.Unmarshal(engine(t, cat).New().Snapshot(), &sn))
			bank := sn.Bank
			_, _, err := engine(t, cat).Restore([]byte(strings.ReplaceAll(tc.data, "BANK", bank)))
			require.ErrorIs(t, err, tc.err)
		})
	}
}

func TestShareCode(t *testing.T) {
	t.Run("a session rebuilt from its share code has the same answers and results", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		s.Forward()
		got, notice, err := engine(t, cat).FromShareCode(s.ShareCode())
		require.NoError(t, err)
		require.False(t, notice.Changed())
		requireSame(t, s, got)
		require.Equal(t, s.Skills(), got.Skills())
		require.NotEmpty(t, got.Skills())
	})

	t.Run("a share code keeps the skills in the order added", func(t *testing.T) {
		cat := testCatalogue()
		s := engine(t, cat).New()
		answerAs(s, "data-analyst")
		for _, sk := range []string{"Tableau", "Go", "SQL"} {
			require.Equal(t, Matched, s.AddSkill(sk).Status)
		}
		got, _, err := engine(t, cat).FromShareCode(s.ShareCode())
		require.NoError(t, err)
		require.Equal(t, []string{"Tableau", "Go", "SQL"}, got.Skills())
		require.Equal(t, s.Results().Results[0].Have, got.Results().Results[0].Have)
	})

	t.Run("when the skills have changed, a share code keeps its answers and drops its skills", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		code := s.ShareCode()
		other := testCatalogue()
		other.Skills = append(other.Skills, content.Skill{Name: "Kotlin"})
		got, notice, err := engine(t, other).FromShareCode(code)
		require.NoError(t, err)
		require.Equal(t, len(s.Skills()), notice.DroppedSkills)
		require.Equal(t, len(s.Asked()), notice.Kept)
		require.Empty(t, got.Skills())
		require.Equal(t, s.Asked(), got.Asked())
	})

	t.Run("a code of the first format, answers only, is still read", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		s.Forward()
		got, notice, err := engine(t, cat).FromShareCode(shareCodeV1(s))
		require.NoError(t, err)
		require.False(t, notice.Changed())
		requireSame(t, s, got)
		require.Empty(t, got.Skills())
	})

	t.Run("a share code carries the stage", func(t *testing.T) {
		cat := testCatalogue()
		for _, st := range append([]Stage{StageUnknown}, Stages...) {
			s := halfway(t, cat)
			s.Forward()
			s.SetStage(st)
			got, notice, err := engine(t, cat).FromShareCode(s.ShareCode())
			require.NoError(t, err)
			require.False(t, notice.Changed())
			require.Equal(t, st, got.Stage())
			requireSame(t, s, got)
		}
	})

	t.Run("a code of the second format, before the stage was asked, is read with an unknown stage", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		s.Forward()
		s.SetStage(StageWorkingNew)
		got, notice, err := engine(t, cat).FromShareCode(shareCodeOf(s, 2, 0))
		require.NoError(t, err)
		require.False(t, notice.Changed())
		requireSame(t, s, got)
		require.Equal(t, s.Skills(), got.Skills())
		require.Equal(t, StageUnknown, got.Stage())
	})

	t.Run("a code whose stage is out of range is corrupt, even with a good checksum", func(t *testing.T) {
		cat := testCatalogue()
		s := halfway(t, cat)
		s.Forward()
		for st := uint64(len(Stages) + 1); st < 1<<stageBits; st++ {
			_, _, err := engine(t, cat).FromShareCode(shareCodeOf(s, ShareVersion, st))
			require.ErrorIs(t, err, ErrCorrupt, "stage %d", st)
		}
		for _, st := range Stages {
			got, _, err := engine(t, cat).FromShareCode(shareCodeOf(s, ShareVersion, uint64(st)))
			require.NoError(t, err)
			require.Equal(t, st, got.Stage())
		}
	})

	t.Run("a share code is short and URL-safe", func(t *testing.T) {
		cat := testCatalogue()
		s := engine(t, cat).New()
		answerAs(s, "ml-engineer")
		code := s.ShareCode()
		require.LessOrEqual(t, len(code), 32)
		require.Regexp(t, `^[A-Za-z0-9_-]+$`, code)
	})

	t.Run("every changed character of a share code is an error", func(t *testing.T) {
		cat := testCatalogue()
		code := halfway(t, cat).ShareCode()
		const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
		for i := range code {
			for _, c := range alphabet {
				if byte(c) == code[i] {
					continue
				}
				bad := code[:i] + string(c) + code[i+1:]
				_, _, err := engine(t, cat).FromShareCode(bad)
				require.Error(t, err, bad)
			}
		}
	})

	t.Run("a share code from another question bank is a version error", func(t *testing.T) {
		cat := testCatalogue()
		code := halfway(t, cat).ShareCode()
		other := testCatalogue()
		other.Questions[0].ID = "renamed"
		_, _, err := engine(t, other).FromShareCode(code)
		require.ErrorIs(t, err, ErrVersion)
		require.ErrorIs(t, err, ErrBankChanged)
	})

	for _, tc := range []struct{ name, code string }{
		{"an empty code", ""},
		{"not base64url", "a+b/c="},
		{"too short", "AAAA"},
		{"a truncated code", "AQAAAA"},
	} {
		t.Run(tc.name+" is corrupt", func(t *testing.T) {
			_, _, err := engine(t, testCatalogue()).FromShareCode(tc.code)
			require.ErrorIs(t, err, ErrCorrupt)
		})
	}
}

// shareCodeV1 writes a share code in the first format, which held the answers only.
func shareCodeV1(s *Session) string { return shareCodeOf(s, 1, 0) }

// shareCodeOf writes a share code of the session in a format version, with the stage value
// given, even one out of range: version 1 holds the answers, 2 adds the skills, 3 the stage.
func shareCodeOf(s *Session, version byte, stage uint64) string {
	b := []byte{version, byte(s.e.bank >> 16), byte(s.e.bank >> 8), byte(s.e.bank)}
	b = appendUvarint(b, uint64(len(s.asked)))
	var skills []uint64
	if version >= 2 {
		for _, name := range s.skills {
			skills = append(skills, uint64(s.e.vocab.index(name)))
		}
		b = appendUvarint(b, uint64(len(skills)))
		if len(skills) > 0 {
			b = append(b, byte(s.e.vocab.sum>>8), byte(s.e.vocab.sum))
		}
	}
	var w bitWriter
	if version >= 3 {
		w.write(stage, stageBits)
	}
	for _, q := range s.asked {
		w.write(uint64(q), indexBits(len(s.e.Catalogue.Questions)))
		w.write(uint64(s.answers[q]), 3)
	}
	for _, i := range skills {
		w.write(i, indexBits(len(s.e.vocab.names)))
	}
	b = append(b, w.bytes()...)
	c := crc16(b)
	return base64.RawURLEncoding.EncodeToString(append(b, byte(c>>8), byte(c)))
}

// snapshotV1Of is the session's snapshot in the first format, which had no stage.
func snapshotV1Of(t *testing.T, s *Session) []byte {
	t.Helper()
	var m map[string]any
	require.NoError(t, json.Unmarshal(s.Snapshot(), &m))
	delete(m, "stage")
	m["version"] = 1
	b, err := json.Marshal(m)
	require.NoError(t, err)
	return b
}

func FuzzFromShareCode(f *testing.F) {
	cat := testCatalogue()
	e := engine(f, cat)
	f.Add(halfway(f, cat).ShareCode())
	f.Add(e.New().ShareCode())
	s := e.New()
	answerAs(s, "consultant")
	f.Add(s.ShareCode())
	f.Add("")
	f.Add("AQ")
	f.Add(shareCodeV1(halfway(f, cat)))
	f.Add(shareCodeOf(halfway(f, cat), 2, 0))
	f.Add(shareCodeOf(halfway(f, cat), ShareVersion, 7))
	f.Fuzz(func(t *testing.T, code string) {
		s, notice, err := e.FromShareCode(code)
		if err != nil {
			require.Nil(t, s)
			return
		}
		// A current code that decodes whole is a session that encodes to the same code; any
		// other that decodes encodes to a current code of the same session.
		again := s.ShareCode()
		if code[:2] == again[:2] && !notice.Changed() {
			require.Equal(t, code, again)
		}
		s2, notice2, err := e.FromShareCode(again)
		require.NoError(t, err)
		require.False(t, notice2.Changed())
		requireSame(t, s, s2)
		require.Equal(t, s.Skills(), s2.Skills())
		_ = s.Results()
		s.Current()
	})
}

func FuzzRestore(f *testing.F) {
	cat := testCatalogue()
	e := engine(f, cat)
	f.Add(halfway(f, cat).Snapshot())
	f.Add(e.New().Snapshot())
	f.Add([]byte(`{"version":1,"bank":"0","asked":[{"q":"q01","a":3},{"q":"gone"}],"pos":1,"until":3}`))
	f.Add([]byte(`{}`))
	f.Add([]byte(`{"version":2,"bank":"0","asked":[{"q":"q01","a":3}],"pos":1,"stage":"school"}`))
	f.Add([]byte(`{"version":2,"bank":"0","asked":[],"pos":0,"stage":"nowhere"}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		s, _, err := e.Restore(data)
		if err != nil {
			require.Nil(t, s)
			return
		}
		// A restored session saves and restores to itself.
		again, notice, err := e.Restore(s.Snapshot())
		require.NoError(t, err)
		require.False(t, notice.Changed())
		requireSame(t, s, again)
	})
}
