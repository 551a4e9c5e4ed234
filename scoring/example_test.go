package scoring_test

import (
	"fmt"

	"github.com/careerquiz/careerquiz/scoring"
)

// A model of two roles, the question that separates them best, and the ranking after three
// answers.
func Example() {
	roles := []scoring.Role{
		{ID: "builder", Title: "Builder", Profile: []float64{5, 2}, Skills: []string{"Go", "Git"}},
		{ID: "analyst", Title: "Analyst", Profile: []float64{2, 5}, Skills: []string{"SQL"}},
	}
	questions := []scoring.Question{
		{ID: "build", Text: "I like building things.", Measures: []scoring.Measure{{Trait: 0}}},
		{ID: "numbers", Text: "I like numbers.", Measures: []scoring.Measure{{Trait: 1}}},
		{ID: "both", Text: "I like building with numbers.", Measures: []scoring.Measure{{Trait: 0}, {Trait: 1}}},
	}
	m, err := scoring.NewModel([]string{"building", "numbers"}, roles, questions, scoring.DefaultParams, 2)
	if err != nil {
		panic(err)
	}
	b := m.NewBelief()
	gains := b.Gains(nil, nil)
	fmt.Printf("gain of build %.2f, of both %.2f\n", gains[0], gains[2])

	rk := m.Rank([]scoring.Answer{{Question: 0, Value: 5}, {Question: 1, Value: 2}, {Question: 2, Value: 4}}, []string{"git"}, scoring.DefaultThresholds)
	top := rk.Results[0]
	fmt.Printf("%s %d%%, confidence %s (%s)\n", top.Title, top.Fit, rk.Confidence, rk.Why)
	fmt.Println("have", top.Have, "learn", top.Learn)
	// Output:
	// gain of build 0.25, of both 0.01
	// Builder 97%, confidence medium (not-high-yet)
	// have [Git] learn [Go]
}
