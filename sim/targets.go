package sim

import (
	"fmt"
	"strings"
)

// Target is one goal beside its value. Targets count at seed 1 with at least 30 students per
// role.
type Target struct {
	Name      string  `json:"name"`
	Condition string  `json:"condition,omitempty"`
	Value     float64 `json:"value"`
	Op        string  `json:"op"` // "≥" or "≤"
	Goal      float64 `json:"goal"`
	Met       bool    `json:"met"`
	Note      string  `json:"note,omitempty"`
}

func target(name, cond string, v float64, op string, goal float64) Target {
	met := v >= goal
	if op == "≤" {
		met = v <= goal
	}
	return Target{Name: name, Condition: cond, Value: v, Op: op, Goal: goal, Met: met}
}

// targets are the goals: accuracy and length on the realistic condition, calibration and the
// precision of "high" on every condition but matched, and degenerate answerers never shown
// "high".
func targets(rep *Report) []Target {
	var ts []Target
	if c, ok := rep.Conditions[Realistic]; ok {
		a, f := c.Policies[Adaptive], c.Policies[Full]
		ts = append(ts,
			target("adaptive top-3 contains the true role", Realistic, a.Top3, "≥", 0.90),
			target("adaptive top-1 or its twin", Realistic, a.Twin, "≥", 0.70),
			target("full − adaptive, top-1 or twin", Realistic, f.Twin-a.Twin, "≤", 0.05),
			target("adaptive questions median", Realistic, a.QuestionsMedian, "≤", 12),
			target("adaptive questions p90", Realistic, a.QuestionsP90, "≤", 20),
		)
	}
	for _, name := range rep.Order {
		if name == Matched {
			continue
		}
		ts = append(ts, target("adaptive calibration error of the top figure", name,
			rep.Conditions[name].Policies[Adaptive].Calibration.Error, "≤", 0.05))
	}
	for _, name := range rep.Order {
		if name == Matched {
			continue
		}
		l, ok := rep.Conditions[name].Policies[Adaptive].Labels["high"]
		t := target("adaptive \"high\" right", name, l.Right, "≥", 0.85)
		if !ok || l.Count == 0 {
			t.Met, t.Note = true, "nobody was shown high"
		} else {
			t.Note = fmt.Sprintf("%d runs shown high", l.Count)
		}
		ts = append(ts, t)
	}
	t := target("degenerate answerers shown \"high\" anywhere", "", anyHighShare(rep.Degenerate), "≤", 0)
	var kinds []string
	for _, d := range rep.Degenerate {
		if d.AnyHigh > 0 {
			kinds = append(kinds, d.Kind)
		}
	}
	if len(kinds) > 0 {
		t.Note = "shown high: " + strings.Join(kinds, "; ")
	}
	ts = append(ts, t)
	return ts
}
