package app

import (
	"regexp"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
)

var percent = regexp.MustCompile(`\d+\s*%`)

func TestSummaryCard(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	s := testEngine(t, c).New()
	for range 12 {
		q, ok := s.Current()
		if !ok {
			break
		}
		require.NoError(t, s.Answer(q.ID, 4))
	}
	rk := s.Results()
	for _, r := range rk.Results[:3] {
		t.Run("card "+r.RoleID+" shows one percentage and its label", func(t *testing.T) {
			text := plainText(app.HTMLString(&summaryCard{Catalogue: c, Result: r, Level: cardLevel(rk, r), Stage: quiz.StageSchool, Voice: yours}))
			require.Len(t, percent.FindAllString(text, -1), 1, text)
			require.Contains(t, text, matchWords(cardLevel(rk, r)))
			require.Contains(t, text, "What you can do now")
			require.Contains(t, text, "Your way in:")
			require.NotContains(t, text, "were not sure", "a card's why never names a Not sure answer")
		})
	}
}

func TestWhySentence(t *testing.T) {
	r := scoring.Result{Reasons: []scoring.Reason{
		{Text: "Unsure statement.", Answer: notSure, Effect: 2},
		{Text: "I like maths.", Answer: 5, Effect: 1},
		{Text: "I like clients.", Answer: 2, Effect: -1},
	}}
	t.Run("the answer that raised the role most, never Not sure", func(t *testing.T) {
		require.Equal(t, "Why: you strongly agreed with “I like maths”.", whySentence(r, yours))
	})
	t.Run("a shared result speaks of their answers", func(t *testing.T) {
		require.Equal(t, "Why: they strongly agreed with “I like maths”.", whySentence(r, theirs))
	})
	t.Run("no raising answer is said plainly", func(t *testing.T) {
		require.Contains(t, whySentence(scoring.Result{Reasons: r.Reasons[2:]}, yours), "None of your answers raised it")
	})
}

func TestMatchWordsFollowConfidence(t *testing.T) {
	th := quiz.DefaultConfig.Thresholds
	require.Equal(t, "Strong match", matchWords(th.Level(th.High)))
	require.Equal(t, "Good match", matchWords(th.Level(th.Medium)))
	require.Equal(t, "Some match", matchWords(th.Level(th.Medium-0.01)))
}

func TestPayLine(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	t.Run("entry and median with place, year and source", func(t *testing.T) {
		line := payLine(c.Role("ml-applications-engineer"))
		require.Contains(t, line, "Starting pay $96,000 - $132,000 a year (United States, 2024")
		require.Contains(t, line, "average $157,969")
		require.Contains(t, line, "source:")
	})
	t.Run("a median alone", func(t *testing.T) {
		require.Contains(t, payLine(c.Role("data-scientist")), "Median $112,590 a year (United States, 2024")
	})
	t.Run("no figures", func(t *testing.T) {
		require.Equal(t, "We have no pay figures for this role yet.", payLine(&content.Role{}))
	})
}

func TestProfileChart(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	role := c.Role("data-scientist")
	t.Run("a role alone: one ring per trait of its profile, no bars", func(t *testing.T) {
		markup := app.HTMLString(&profileChart{ID: "x", Traits: c.Traits, Role: role})
		require.Len(t, regexp.MustCompile(`class="dot-role"`).FindAllStringIndex(markup, -1), len(role.Profile)+1)
		require.NotContains(t, markup, "bar-you")
		require.Contains(t, plainText(markup), "What Data Scientist calls on")
	})
	t.Run("sixteen traits fit: one row each", func(t *testing.T) {
		var traits []content.Trait
		var you []quiz.TraitLevel
		for i := range 16 {
			id := string(rune('a' + i))
			traits = append(traits, content.Trait{ID: id, Label: "Trait " + id})
			you = append(you, quiz.TraitLevel{TraitID: id, Level: 3, Answers: 1})
		}
		markup := app.HTMLString(&profileChart{ID: "x", Traits: traits, You: you})
		require.Len(t, regexp.MustCompile(`class="bar-you"`).FindAllStringIndex(markup, -1), 16+1)
		require.Contains(t, markup, `viewBox="0 0 380 420"`)
	})
}

func TestPercentText(t *testing.T) {
	require.Equal(t, "under 1%", percentText(0), "a chance that rounds to 0 is not none")
	require.Equal(t, "1%", percentText(1))
	require.Equal(t, "42%", percentText(42))
	require.Equal(t, "99%", percentText(99))
	require.Equal(t, "over 99%", percentText(100), "a chance that rounds to 100 is not certain")
}
