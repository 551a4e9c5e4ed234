package quiz

import (
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/stretchr/testify/require"
)

func TestSession(t *testing.T) {
	t.Run("a student answering exactly as a role's profile gets that role on top", func(t *testing.T) {
		cat := testCatalogue()
		for _, r := range cat.Roles {
			s := engine(t, cat).New()
			answerAs(s, r.ID)
			require.True(t, s.Done())
			require.Equal(t, r.ID, s.Results().Results[0].RoleID)
		}
	})

	t.Run("the quiz stops before asking every question", func(t *testing.T) {
		cat := testCatalogue()
		s := engine(t, cat).New()
		answerAs(s, "data-analyst")
		require.Less(t, len(s.Asked()), len(cat.Questions))
		require.NotEqual(t, StopNone, s.StopReason())
	})

	t.Run("changing an answer and changing it back restores the posterior", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		for i := 0; i < 4; i++ {
			q, ok := s.Current()
			require.True(t, ok)
			require.NoError(t, s.Answer(q.ID, 1+i))
		}
		first := s.Asked()[0]
		before := s.Posterior()
		require.NoError(t, s.Answer(first.ID, 5))
		require.NotEqual(t, before, s.Posterior())
		require.NoError(t, s.Answer(first.ID, 1))
		require.InDeltaSlice(t, before, s.Posterior(), 1e-12)
		v, ok := s.AnswerOf(first.ID)
		require.True(t, ok)
		require.Equal(t, 1, v)
	})

	t.Run("a skipped question is no evidence", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		before := s.Posterior()
		q, _ := s.Current()
		require.NoError(t, s.Skip(q.ID))
		require.Equal(t, before, s.Posterior())
		require.Equal(t, []content.Question{q}, s.Asked())
		require.True(t, s.Skipped(q.ID))
		next, ok := s.Current()
		require.True(t, ok)
		require.NotEqual(t, q.ID, next.ID)
	})

	t.Run("skipping an answered question takes its answer back", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		before := s.Posterior()
		q, _ := s.Current()
		require.NoError(t, s.Answer(q.ID, 5))
		require.NoError(t, s.Skip(q.ID))
		require.InDeltaSlice(t, before, s.Posterior(), 1e-12)
		_, ok := s.AnswerOf(q.ID)
		require.False(t, ok)
	})

	t.Run("back shows the previous question with its answer and answering it moves on", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		require.False(t, s.Back())
		q1, _ := s.Current()
		require.NoError(t, s.Answer(q1.ID, 4))
		q2, _ := s.Current()
		require.NoError(t, s.Answer(q2.ID, 2))
		require.True(t, s.Back())
		require.True(t, s.Back())
		cur, _ := s.Current()
		require.Equal(t, q1.ID, cur.ID)
		v, _ := s.AnswerOf(q1.ID)
		require.Equal(t, 4, v)
		done, _ := s.Progress()
		require.Equal(t, 0, done)
		require.NoError(t, s.Answer(q1.ID, 5))
		cur, _ = s.Current()
		require.Equal(t, q2.ID, cur.ID)
		require.Len(t, s.Asked(), 2)
	})

	t.Run("an unknown question or an answer off the scale is an error", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		q, _ := s.Current()
		require.ErrorIs(t, s.Answer("nope", 3), ErrUnknownQuestion)
		require.ErrorIs(t, s.Answer(q.ID, 0), ErrBadAnswer)
		require.ErrorIs(t, s.Answer(q.ID, 6), ErrBadAnswer)
		require.ErrorIs(t, s.Skip("nope"), ErrUnknownQuestion)
		require.Empty(t, s.Asked())
	})

	t.Run("more questions continue a finished quiz", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		answerAs(s, "consultant")
		n := len(s.Asked())
		require.True(t, s.Done())
		s.More()
		require.False(t, s.Done())
		answerAs(s, "consultant")
		require.GreaterOrEqual(t, len(s.Asked()), min(n+DefaultConfig.MoreStep, len(s.e.Catalogue.Questions)))
	})

	t.Run("progress counts questions and estimates at least one more while going on", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		done, total := s.Progress()
		require.Equal(t, 0, done)
		require.GreaterOrEqual(t, total, DefaultConfig.MinQuestions)
		q, _ := s.Current()
		require.NoError(t, s.Answer(q.ID, 3))
		done, total = s.Progress()
		require.Equal(t, 1, done)
		require.Greater(t, total, done)
	})

	t.Run("an empty catalogue or parameters out of range give no engine but the model's error", func(t *testing.T) {
		_, err := NewEngine(&content.Catalogue{}, DefaultConfig)
		require.ErrorIs(t, err, scoring.ErrNoRoles)
		_, err = NewEngine(nil, DefaultConfig)
		require.ErrorIs(t, err, scoring.ErrNoRoles)
		cfg := DefaultConfig
		cfg.Params.Tau = 0
		_, err = NewEngine(testCatalogue(), cfg)
		require.ErrorIs(t, err, scoring.ErrBadParams)
	})

	t.Run("answering all not sure gives low confidence", func(t *testing.T) {
		s := engine(t, testCatalogue()).New()
		for {
			q, ok := s.Current()
			if !ok {
				break
			}
			require.NoError(t, s.Answer(q.ID, 3))
		}
		require.Equal(t, scoring.Low, s.Results().Confidence)
	})
}

func TestEngineTraits(t *testing.T) {
	t.Run("the model names traits by the catalogue's IDs, so group differences carry IDs", func(t *testing.T) {
		cat := testCatalogue()
		for i := range cat.Traits {
			cat.Traits[i].Label = "Label of " + cat.Traits[i].ID
		}
		e := engine(t, cat)
		var ids []string
		for _, tr := range cat.Traits {
			ids = append(ids, tr.ID)
		}
		require.Equal(t, ids, e.Model.Traits)
	})
}
