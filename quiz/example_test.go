package quiz_test

import (
	"fmt"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
)

// exampleCatalogue is a tiny catalogue: three roles, three traits, six questions.
func exampleCatalogue() *content.Catalogue {
	w := func(t string, v int) content.Weight { return content.Weight{Trait: t, Value: v} }
	m := func(t string) []content.Measure { return []content.Measure{{Trait: t}} }
	return &content.Catalogue{
		Traits: []content.Trait{{ID: "software", Label: "Building software"}, {ID: "data", Label: "Data analysis"}, {ID: "clients", Label: "Working with clients"}},
		Roles: []*content.Role{
			{ID: "software-engineer", Title: "Software Engineer", Profile: []content.Weight{w("software", 5), w("data", 2), w("clients", 1)},
				Skills: []content.Skill{{Name: "Go"}, {Name: "Git"}}},
			{ID: "data-analyst", Title: "Data Analyst", Profile: []content.Weight{w("software", 2), w("data", 5), w("clients", 3)},
				Skills: []content.Skill{{Name: "SQL"}, {Name: "Python"}, {Name: "Tableau"}}},
			{ID: "consultant", Title: "Consultant", Profile: []content.Weight{w("software", 1), w("data", 3), w("clients", 5)},
				Skills: []content.Skill{{Name: "PowerPoint"}}},
		},
		Questions: []content.Question{
			{ID: "build-app", Text: "I would enjoy building an app.", Measures: m("software")},
			{ID: "fix-bugs", Text: "I like hunting down a tricky bug.", Measures: m("software")},
			{ID: "spreadsheet", Text: "I can summarise lots of numbers.", Measures: m("data")},
			{ID: "charts", Text: "I like finding the story in a chart.", Measures: m("data")},
			{ID: "ask-needs", Text: "I am good at finding out what people need.", Measures: m("clients")},
			{ID: "calm-disputes", Text: "I can calm a group that disagrees.", Measures: m("clients")},
		},
		Skills: []content.Skill{{Name: "Go"}, {Name: "Git"}, {Name: "SQL"}, {Name: "Python"}, {Name: "Tableau"}, {Name: "PowerPoint"}},
	}
}

// A whole session: answer until the quiz stops, change an answer, add skills, read the results,
// save and restore, share.
func Example() {
	// One engine serves every session on the catalogue.
	e, err := quiz.NewEngine(exampleCatalogue(), quiz.DefaultConfig)
	if err != nil {
		fmt.Println(err)
		return
	}
	s := e.New()

	// The student likes data, is lukewarm about software and clients.
	answers := map[string]int{"build-app": 2, "fix-bugs": 2, "spreadsheet": 5, "charts": 4, "ask-needs": 3, "calm-disputes": 3}
	for {
		q, ok := s.Current()
		if !ok {
			break
		}
		done, total := s.Progress()
		fmt.Printf("question %d of about %d: %s\n", done+1, total, q.Text)
		_ = s.Answer(q.ID, answers[q.ID])
	}

	// Change an earlier answer: the ranking follows.
	_ = s.Answer("charts", 5)
	fmt.Println("done:", s.Done(), "asked:", len(s.Asked()))

	// "pyhton" is a typo of Python; "xqzvwk" is nothing.
	m := s.AddSkill("pyhton")
	fmt.Println(m.Note, m.Skill)
	fmt.Println(s.AddSkill("xqzvwk").Note)

	r := s.Results()
	top := r.Results[0]
	fmt.Printf("%s: %d%%, %s confidence\n", top.Title, top.Fit, r.Confidence)
	fmt.Println("have:", top.Have, "learn:", top.Learn)
	fmt.Printf("raised by %q (answer %d)\n", top.Reasons[0].Text, top.Reasons[0].Answer)

	// Save and restore.
	restored, notice, err := e.Restore(s.Snapshot())
	fmt.Println(restored.Results().Results[0].Title, notice.Changed(), err)

	// Share and open the link.
	shared, _, err := e.FromShareCode(s.ShareCode())
	fmt.Println(shared.Results().Results[0].Title, shared.Skills(), err)
	// Output:
	// question 1 of about 6: I would enjoy building an app.
	// question 2 of about 6: I am good at finding out what people need.
	// question 3 of about 6: I can summarise lots of numbers.
	// question 4 of about 6: I like finding the story in a chart.
	// question 5 of about 6: I can calm a group that disagrees.
	// question 6 of about 6: I like hunting down a tricky bug.
	// done: true asked: 6
	// added Python
	// not-known
	// Data Analyst: 98%, medium confidence
	// have: [Python] learn: [SQL Tableau]
	// raised by "I can summarise lots of numbers." (answer 5)
	// Data Analyst false <nil>
	// Data Analyst [Python] <nil>
}
