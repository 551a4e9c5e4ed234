package app

import (
	"net/url"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/stretchr/testify/require"
)

func TestShareCode(t *testing.T) {
	for _, tc := range []struct {
		name, raw, code string
		ok              bool
	}{
		{"a results link carries its code in the fragment", "http://h/results#s=AbC_-1", "AbC_-1", true},
		{"a link without a fragment has no code", "http://h/results", "", false},
		{"a fragment without the key has no code", "http://h/results#x=1", "", false},
		{"a code in the query string is ignored", "http://h/results?s=AbC", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse(tc.raw)
			require.NoError(t, err)
			code, ok := shareCode(u)
			require.Equal(t, tc.ok, ok)
			require.Equal(t, tc.code, code)
		})
	}
}

func TestRestoreNotice(t *testing.T) {
	t.Run("an unchanged session needs no notice", func(t *testing.T) {
		require.Equal(t, "", restoreNotice(quiz.Notice{}))
	})
	t.Run("dropped answers are counted in plain words", func(t *testing.T) {
		msg := restoreNotice(quiz.Notice{Migrated: true, Kept: 7, Dropped: 2})
		require.Contains(t, msg, "kept your 7 answers")
		require.Contains(t, msg, "dropped 2")
	})
	t.Run("a migration that kept every answer says so", func(t *testing.T) {
		require.Equal(t, "The questions have changed since your last visit. All your answers were kept.",
			restoreNotice(quiz.Notice{Migrated: true, Kept: 7}))
	})
	t.Run("skills no longer listed are named, without claiming the questions changed", func(t *testing.T) {
		require.Equal(t, "One skill you added is no longer in our list, so it was removed.",
			restoreNotice(quiz.Notice{DroppedSkills: 1}))
		msg := restoreNotice(quiz.Notice{Migrated: true, Kept: 3, Dropped: 1, DroppedSkills: 2})
		require.Contains(t, msg, "dropped 1")
		require.Contains(t, msg, "2 skills you added are no longer in our list")
	})
}

func TestConfidenceText(t *testing.T) {
	require.Contains(t, confidenceText(scoring.Ranking{Confidence: scoring.High, Answered: 9}), "point clearly")
	require.Contains(t, confidenceText(scoring.Ranking{Confidence: scoring.Low, Why: scoring.AllAlike}), "the same")
	require.Contains(t, confidenceText(scoring.Ranking{Confidence: scoring.Low, Why: scoring.FewAnswers}), "too few")
}

func TestSummaryText(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	s := quiz.New(c)
	for i := 0; i < 40; i++ {
		q, ok := s.Current()
		if !ok {
			break
		}
		require.NoError(t, s.Answer(q.ID, 1+i%5))
	}
	s.AddSkill("python")
	rk := s.Results()
	text := summaryText(c, rk, "http://h/results#s=x")

	t.Run("it names the top roles with their fit in rank order", func(t *testing.T) {
		first := strings.Index(text, "1. "+rk.Results[0].Title)
		second := strings.Index(text, "2. "+rk.Results[1].Title)
		require.True(t, first >= 0 && second > first, text)
	})
	t.Run("it carries the link that reopens the results", func(t *testing.T) {
		require.Contains(t, text, "http://h/results#s=x")
	})
	t.Run("every salary figure it shows names its source", func(t *testing.T) {
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(line, "Pay:") {
				require.Contains(t, line, "source:", line)
			}
		}
	})
}

func TestPagesListEveryRole(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	pages := Pages()
	for _, r := range c.Roles {
		require.Contains(t, pages, "/roles/"+r.ID)
	}
	require.Subset(t, pages, []string{"/", "/quiz", "/results", "/roles", "/about"})
}

func TestSkillNote(t *testing.T) {
	t.Run("every note gives its own sentence", func(t *testing.T) {
		seen := map[string]bool{}
		for n := quiz.NoteEmpty; n <= quiz.NoteAlreadyListed; n++ {
			msg := skillNote(quiz.SkillMatch{Note: n, Skill: "Python", Text: "pyhton", Choices: []string{"Java", "JavaScript"}})
			require.NotEmpty(t, msg)
			require.False(t, seen[msg], msg)
			seen[msg] = true
		}
	})
	t.Run("the sentences name the skill, the choices and what was typed", func(t *testing.T) {
		require.Equal(t, "Added Python.", skillNote(quiz.SkillMatch{Note: quiz.NoteAdded, Skill: "Python"}))
		require.Contains(t, skillNote(quiz.SkillMatch{Note: quiz.NoteDidYouMean, Choices: []string{"Java", "JavaScript", "Julia"}}), "Java, JavaScript or Julia?")
		require.Contains(t, skillNote(quiz.SkillMatch{Note: quiz.NoteNotKnown, Text: "qwzxv"}), "qwzxv")
	})
}
