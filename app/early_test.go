package app

import (
	"testing"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/stretchr/testify/require"
)

func TestApplyEarly(t *testing.T) {
	e, err := engine()
	require.NoError(t, err)
	fresh := func() *quizPage { return &quizPage{session: e.New(), onStage: true} }
	saved := func(t *testing.T) *quizPage {
		s := e.New()
		s.SetStage(quiz.StageSchool)
		q, ok := s.Current()
		require.True(t, ok)
		require.NoError(t, s.Answer(q.ID, 4))
		return &quizPage{session: s}
	}

	t.Run("on a new quiz, Next moves on with the stage chosen, and saves", func(t *testing.T) {
		p := fresh()
		notice, save := p.applyEarly(early{stage: quiz.StageCollege, submitted: true}, true)
		require.Equal(t, "", notice)
		require.True(t, save)
		require.False(t, p.onStage)
		require.Equal(t, quiz.StageCollege, p.session.Stage())
	})
	t.Run("on a new quiz, a choice not confirmed stays on the question, chosen", func(t *testing.T) {
		p := fresh()
		_, save := p.applyEarly(early{stage: quiz.StageWorkingNew}, true)
		require.False(t, save)
		require.True(t, p.onStage)
		require.Equal(t, quiz.StageWorkingNew, p.session.Stage())
	})
	t.Run("on a new quiz, Skip moves on with the stage unknown", func(t *testing.T) {
		p := fresh()
		_, save := p.applyEarly(early{submitted: true}, true)
		require.True(t, save)
		require.False(t, p.onStage)
		require.Equal(t, quiz.StageUnknown, p.session.Stage())
	})
	t.Run("on a saved quiz, a confirmed stage replaces the saved one and the quiz resumes", func(t *testing.T) {
		p := saved(t)
		notice, save := p.applyEarly(early{stage: quiz.StageWorkingExperienced, submitted: true}, false)
		require.Contains(t, notice, "where you left off")
		require.True(t, save)
		require.Equal(t, quiz.StageWorkingExperienced, p.session.Stage())
		require.Len(t, p.session.Asked(), 1, "the saved answers are kept")
	})
	t.Run("on a saved quiz, Skip keeps the saved stage", func(t *testing.T) {
		p := saved(t)
		notice, save := p.applyEarly(early{submitted: true}, false)
		require.NotEmpty(t, notice)
		require.False(t, save)
		require.Equal(t, quiz.StageSchool, p.session.Stage())
	})
	t.Run("on a saved quiz, a choice not confirmed changes nothing", func(t *testing.T) {
		p := saved(t)
		notice, save := p.applyEarly(early{stage: quiz.StageCollege}, false)
		require.Empty(t, notice)
		require.False(t, save)
		require.Equal(t, quiz.StageSchool, p.session.Stage())
	})
}
