package app

import (
	"testing"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/stretchr/testify/require"
)

func TestElsewhereText(t *testing.T) {
	leads := []quiz.Lead{{Trait: "design", Label: "Design and creativity"}, {Trait: "caring", Label: "Caring for people"}}
	t.Run("no leads say nothing", func(t *testing.T) {
		require.Equal(t, "", elsewhereText(nil, yours))
	})
	t.Run("the leads are named in order, in plain words", func(t *testing.T) {
		require.Equal(t, "Your answers point away from these careers, towards design and creativity and caring for people. "+
			"The careers here are in AI, data and engineering, and none of them fits those interests well.", elsewhereText(leads, yours))
	})
	t.Run("three leads with an and of their own are told apart by commas", func(t *testing.T) {
		three := append(leads[:1:1], quiz.Lead{Label: "Life science and health"}, leads[1])
		require.Contains(t, elsewhereText(three, yours), "towards design and creativity, life science and health, and caring for people.")
	})
	t.Run("a shared result speaks of their answers", func(t *testing.T) {
		require.Contains(t, elsewhereText(leads[:1], theirs), "Their answers point away from these careers, towards design and creativity.")
	})
}

func TestSharedNotice(t *testing.T) {
	t.Run("an unchanged link says nothing", func(t *testing.T) {
		require.Equal(t, "", sharedNotice(quiz.Notice{}))
	})
	t.Run("a link from older questions says how many answers are used", func(t *testing.T) {
		require.Equal(t, "The questions have changed since this link was made. The results use the 3 answers to "+
			"questions that are still asked and leave out 2 that are not.", sharedNotice(quiz.Notice{Migrated: true, Kept: 3, Dropped: 2}))
	})
	t.Run("changed skills are said", func(t *testing.T) {
		require.Contains(t, sharedNotice(quiz.Notice{DroppedSkills: 1}), "the skills it named are not shown")
	})
}
