package quiz

import (
	"math"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

// answerAll takes the quiz to its end, answering each question with answer(q).
func answerAll(t *testing.T, s *Session, answer func(q content.Question) int) {
	t.Helper()
	for range 200 {
		q, ok := s.Current()
		if !ok {
			return
		}
		cq := s.e.Catalogue.Questions[s.e.QuestionIndex(q.ID)]
		require.NoError(t, s.Answer(q.ID, answer(cq)))
	}
	t.Fatal("the quiz did not stop")
}

// keyed answers 5 for traits in love and 1 for the others, turned round for reverse keys.
func keyed(love ...string) func(q content.Question) int {
	return func(q content.Question) int {
		sum := 0.0
		for _, m := range q.Measures {
			v := 1.0
			for _, l := range love {
				if m.Trait == l {
					v = 5
				}
			}
			if m.Reverse {
				v = 6 - v
			}
			sum += v
		}
		return int(math.Round(sum / float64(len(q.Measures))))
	}
}

func TestElsewhere(t *testing.T) {
	cat, err := content.Default()
	require.NoError(t, err)
	e := engine(t, cat)
	outside := map[string]bool{"design": true, "life": true, "caring": true}

	t.Run("a student for design finds a design role rather than being led elsewhere", func(t *testing.T) {
		s := e.New()
		s.SetStage(StageSchool)
		answerAll(t, s, keyed("design", "life", "caring"))
		require.Empty(t, s.Elsewhere())
		roles, _ := s.fits()
		require.Equal(t, "design", strongestTrait(roles[0]), roles[0].ID)
	})
	t.Run("a student for caring and life science, against the rest, is led elsewhere", func(t *testing.T) {
		s := e.New()
		s.SetStage(StageSchool)
		answerAll(t, s, keyed("caring", "life"))
		leads := s.Elsewhere()
		require.NotEmpty(t, leads)
		for i, l := range leads {
			require.True(t, outside[l.Trait], l.Trait)
			require.GreaterOrEqual(t, l.Score, LeadScore)
			require.GreaterOrEqual(t, l.Answers, LeadAnswers)
			require.NotEmpty(t, l.Label)
			if i > 0 {
				require.LessOrEqual(t, l.Score, leads[i-1].Score, "strongest first")
			}
		}
	})
	t.Run("a student for caring alone is led towards caring", func(t *testing.T) {
		s := e.New()
		answerAll(t, s, keyed("caring"))
		leads := s.Elsewhere()
		require.NotEmpty(t, leads)
		require.Equal(t, "caring", leads[0].Trait)
	})
	t.Run("a student who answers as a role predicts is not led elsewhere", func(t *testing.T) {
		for _, r := range cat.Roles {
			s := e.New()
			answerAll(t, s, func(q content.Question) int { return int(math.Round(content.Predict(r, q))) })
			require.Empty(t, s.Elsewhere(), r.ID)
		}
	})
	t.Run("a student who agrees with everything is not led elsewhere", func(t *testing.T) {
		s := e.New()
		answerAll(t, s, func(content.Question) int { return 5 })
		require.Empty(t, s.Elsewhere())
	})
	t.Run("no answers lead nowhere", func(t *testing.T) {
		require.Empty(t, e.New().Elsewhere())
	})
}

// strongestTrait is the trait a role weighs most.
func strongestTrait(r *content.Role) string {
	best, w := "", 0
	for _, p := range r.Profile {
		if p.Value > w {
			best, w = p.Trait, p.Value
		}
	}
	return best
}
