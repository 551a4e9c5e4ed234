package quiz

import (
	"fmt"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

func TestWayIn(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err)
	e := engine(t, cat)
	way := func(t *testing.T, id string, st Stage) WayIn {
		t.Helper()
		w, ok := e.WayIn(id, st)
		require.True(t, ok, id)
		return w
	}
	names := func(steps []content.Step) []string {
		var out []string
		for _, s := range steps {
			out = append(out, s.Name)
		}
		return out
	}

	t.Run("an entry role is open to a student at any stage, and to one who has not said", func(t *testing.T) {
		for _, st := range append([]Stage{StageUnknown}, Stages...) {
			w := way(t, "junior-ai-developer", st)
			require.True(t, w.Direct, st.String())
			require.Equal(t, content.StageEntry, w.RoleStage)
			require.Equal(t, st, w.Student)
			require.Empty(t, w.Before, "the ladder starts at the role")
			require.Empty(t, w.Start.Name)
		}
	})

	t.Run("an early role is direct for students who work, and starts at the entry role before it for the others", func(t *testing.T) {
		for _, tc := range []struct {
			st     Stage
			direct bool
		}{{StageUnknown, false}, {StageSchool, false}, {StageCollege, false}, {StageWorkingNew, true}, {StageWorkingExperienced, true}} {
			w := way(t, "ml-applications-engineer", tc.st)
			require.Equal(t, tc.direct, w.Direct, tc.st.String())
			require.Equal(t, content.StageEarly, w.RoleStage)
			require.Equal(t, content.Step{Name: "Junior AI Developer", RoleID: "junior-ai-developer"}, w.Start)
			require.Equal(t, content.StageEntry, w.StartStage)
			require.Equal(t, []string{"Junior AI Developer"}, names(w.Path()))
		}
	})

	t.Run("a mid role is direct only after three years of work", func(t *testing.T) {
		for _, tc := range []struct {
			st     Stage
			direct bool
		}{{StageUnknown, false}, {StageSchool, false}, {StageCollege, false}, {StageWorkingNew, false}, {StageWorkingExperienced, true}} {
			w := way(t, "systems-ml-engineer", tc.st)
			require.Equal(t, tc.direct, w.Direct, tc.st.String())
			require.Equal(t, content.StageMid, w.RoleStage)
			require.Equal(t, "junior-ai-developer", w.Start.RoleID)
		}
	})

	t.Run("the way in is the whole ladder below the role, from its entry role", func(t *testing.T) {
		w := way(t, "ai-research-scientist", StageSchool)
		require.False(t, w.Direct)
		require.Equal(t, []string{"Research Assistant", "PhD Researcher"}, names(w.Before))
		require.Equal(t, "research-assistant", w.Start.RoleID)
		require.Equal(t, []string{"Research Assistant", "PhD Researcher"}, names(w.Path()))
	})

	t.Run("a ladder that starts with a plain name starts there, with no stage known", func(t *testing.T) {
		w := way(t, "ai-product-manager", StageCollege)
		require.False(t, w.Direct)
		require.Equal(t, content.Step{Name: "Associate Product Manager"}, w.Start)
		require.Empty(t, w.StartStage)
	})

	t.Run("a role without a ladder has no steps before it", func(t *testing.T) {
		w := way(t, "information-systems-ml-engineer", StageSchool)
		require.False(t, w.Direct)
		require.Nil(t, w.Before)
		require.Empty(t, w.Start.Name)
		require.Nil(t, w.Path())
	})

	t.Run("a senior role is never direct", func(t *testing.T) {
		r := &content.Role{ID: "head", Stage: content.StageSenior,
			Ladder: []content.Step{{Name: "Analyst"}, {Name: "Lead"}, {Name: "Head", RoleID: "head"}}}
		for _, st := range append([]Stage{StageUnknown}, Stages...) {
			w := WayInto(nil, r, st)
			require.False(t, w.Direct, st.String())
			require.Equal(t, content.Step{Name: "Analyst"}, w.Start)
			require.Equal(t, []string{"Analyst", "Lead"}, names(w.Path()))
		}
	})

	t.Run("every role of the catalogue has a way in for every stage", func(t *testing.T) {
		for _, r := range cat.Roles {
			for _, st := range append([]Stage{StageUnknown}, Stages...) {
				w := way(t, r.ID, st)
				require.Equal(t, r.Stage, w.RoleStage)
				for _, s := range w.Before {
					require.NotEqual(t, r.ID, s.RoleID, "a role is not its own way in")
				}
				if w.Start.Name != "" {
					require.Contains(t, w.Before, w.Start)
				}
				if st == StageWorkingExperienced {
					require.Equal(t, r.Stage != content.StageSenior, w.Direct, r.ID)
				}
			}
		}
	})

	t.Run("an unknown role has no way in", func(t *testing.T) {
		_, ok := e.WayIn("no-such-role", StageSchool)
		require.False(t, ok)
	})
}

func ExampleEngine_WayIn() {
	cat, _ := content.Default()
	e, err := NewEngine(cat, DefaultConfig)
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, st := range []Stage{StageSchool, StageWorkingExperienced} {
		w, _ := e.WayIn("systems-ml-engineer", st)
		fmt.Printf("%s: %s role, direct %v, start %q\n", st, w.RoleStage, w.Direct, w.Start.Name)
	}
	// Output:
	// school: mid role, direct false, start "Junior AI Developer"
	// working-experienced: mid role, direct true, start "Junior AI Developer"
}
