package app

import (
	"fmt"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
)

// cardLevel is the confidence a result's card shows: the result's own, never above the
// ranking's. Scoring guarantees that already; the page keeps it so whatever the model.
func cardLevel(rk scoring.Ranking, r scoring.Result) scoring.Confidence {
	return min(r.Confidence, rk.Confidence)
}

// verdictLevel is the confidence the page's verdict states: the top card's, so the verdict
// and the cards always agree.
func verdictLevel(rk scoring.Ranking) scoring.Confidence {
	if len(rk.Results) == 0 {
		return scoring.Low
	}
	return cardLevel(rk, rk.Results[0])
}

// matchWords is the plain label a card shows beside its figure. Its bands are the confidence
// levels, so they follow the thresholds in scoring.DefaultThresholds: a strong match is
// High, a good match Medium, some match Low.
func matchWords(c scoring.Confidence) string {
	switch c {
	case scoring.High:
		return "Strong match"
	case scoring.Medium:
		return "Good match"
	}
	return "Some match"
}

// confidenceWords are the words the page uses for its overall confidence.
func confidenceWords(c scoring.Confidence) string {
	switch c {
	case scoring.High:
		return "High confidence"
	case scoring.Medium:
		return "Medium confidence"
	}
	return "Low confidence"
}

// confidenceText says how far the ranking can be trusted, and why when it can't. It agrees
// with the top card: "point clearly" exactly when that card shows high confidence.
func confidenceText(rk scoring.Ranking, v voice) string {
	n := fmt.Sprintf("Based on %s. ", plural(rk.Answered, "answer", "answers"))
	switch verdictLevel(rk) {
	case scoring.High:
		return n + v.Your() + " answers point clearly to the first role below."
	case scoring.Medium:
		msg := n + v.Your() + " answers lean towards the first role below, but others are close."
		if d := doubtText(rk.Why, v); d != "" {
			msg += " " + d
		}
		return msg
	}
	if d := doubtText(rk.Why, v); d != "" {
		return n + d
	}
	if rk.GroupConfidence != scoring.Low {
		return n + doubtText(scoring.RolesTooNear, v)
	}
	msg := n + v.Your() + " answers do not single out one role yet: treat this ranking as a first look"
	if v == theirs {
		return msg + "."
	}
	return msg + ", and answer more questions to sharpen it."
}

// doubtText says in a sentence why the ranking is not more certain; "" for NoDoubt.
func doubtText(d scoring.Doubt, v voice) string {
	switch d {
	case scoring.NoDoubt:
		return ""
	case scoring.FewAnswers:
		if v == theirs {
			return "That is too few to say much yet."
		}
		return "That is too few to say much yet: answer more questions to sharpen this ranking."
	case scoring.AllAlike:
		msg := "Most of " + v.your() + " answers were the same, so they say little about which role fits: " +
			"treat this ranking as a first look"
		if v == theirs {
			return msg + "."
		}
		return msg + ", and try answering more varied questions."
	case scoring.Misfit:
		return v.Your() + " answers do not match any of these roles closely: treat this ranking as a first look."
	case scoring.NotHighYet:
		return "A few more answers would make the ranking clearer."
	case scoring.RolesTooNear:
		return "The first roles below are very alike, so " + v.your() + " answers point to the group rather than to one role."
	}
	return "Treat this ranking as a first look."
}

// figureText says once what a card's percentage and label mean: the label's bands are the
// thresholds of the confidence levels, so a card never claims more than the page's confidence.
func figureText(rk scoring.Ranking, v voice) string {
	t := quiz.DefaultConfig.Thresholds
	return fmt.Sprintf("The percentage on each role is the chance, given %s answers, that it is %s "+
		"best match of the %d roles in this quiz: a strong match from %d%%, a good match from %d%%, "+
		"never more than the confidence above. Where %s are now does not change it.",
		v.your(), v.your(), len(rk.Results), pct(t.High), pct(t.Medium), v.you())
}

// pct is a probability as a whole percentage.
func pct(p float64) int { return int(p*100 + 0.5) }

// plural is "1 answer" or "n answers".
func plural(n int, one, many string) string {
	if n == 1 {
		return "1 " + one
	}
	return fmt.Sprintf("%d %s", n, many)
}
