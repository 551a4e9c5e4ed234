package app

import (
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/stretchr/testify/require"
)

func TestVoice(t *testing.T) {
	t.Run("a shared ranking speaks of their answers", func(t *testing.T) {
		for _, d := range []scoring.Doubt{scoring.NoDoubt, scoring.FewAnswers, scoring.AllAlike, scoring.Misfit,
			scoring.NotHighYet, scoring.RolesTooNear} {
			for _, c := range []scoring.Confidence{scoring.Low, scoring.Medium, scoring.High} {
				rk := scoring.Ranking{Answered: 9, Confidence: c, GroupConfidence: c, Why: d,
					Results: []scoring.Result{{Confidence: c}}}
				for _, text := range []string{confidenceText(rk, theirs), figureText(rk, theirs)} {
					require.NotContains(t, strings.ToLower(text), "you", text)
				}
			}
		}
	})
	t.Run("a shared way in speaks of them", func(t *testing.T) {
		c, err := content.Default()
		require.NoError(t, err)
		for _, r := range c.Roles {
			for _, st := range append([]quiz.Stage{quiz.StageUnknown}, quiz.Stages...) {
				msg := wayInText(quiz.WayInto(c, r, st), theirs)
				require.NotRegexp(t, `(?i)\byou`, msg)
			}
		}
		require.Equal(t, "They can start in this role straight after their studies.",
			wayInText(quiz.WayInto(c, c.Role("junior-ai-developer"), quiz.StageSchool), theirs))
	})
	t.Run("the student's own ranking speaks of your answers", func(t *testing.T) {
		rk := scoring.Ranking{Answered: 9, Results: []scoring.Result{{}}}
		require.Contains(t, figureText(rk, yours), "given your answers, that it is your best match")
		require.Contains(t, figureText(rk, theirs), "given their answers, that it is their best match")
	})
}
