package content_test

import (
	"fmt"
	"os"

	"github.com/careerquiz/careerquiz/content"
)

func ExampleParse() {
	c, err := content.Parse(os.DirFS("testdata/catalogue"))
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, r := range c.Roles {
		fmt.Printf("%s (%s): %d salary rows, ladder %v\n", r.Title, r.Stage, len(r.Salaries), r.Ladder)
	}
	fmt.Println(len(c.Questions), "questions,", len(c.Skills), "skills")
	// Output:
	// Data Analyst (entry): 1 salary rows, ladder [{Data Analyst data-analyst} {Senior Data Analyst } {Software Developer software-developer}]
	// Software Developer (early): 0 salary rows, ladder []
	// 23 questions, 4 skills
}

func ExampleCheck() {
	_, diagnostics := content.Check(os.DirFS("testdata/check"))
	for _, d := range diagnostics {
		if d.Severity == content.SeverityError {
			fmt.Println(d)
			break
		}
	}
	fmt.Println(diagnostics[0])
	// Output:
	// roles/analyst.md:5: error: unknown role "lead-analyst" in ladder: no roles/lead-analyst.md (write a plain name in words to show it as text)
	// questions.md:5: warning: trait software: only 1 question measures it, want at least 8
}

func ExampleParseAmount() {
	a, _ := content.ParseAmount("$96,000 - $132,000")
	fmt.Println(a.Kind, a.Low, a.High, a.Currency)
	a, _ = content.ParseAmount("up to $225,000")
	fmt.Println(a.Kind, a.High)
	// Output:
	// range 96000 132000 USD
	// up to 225000
}
