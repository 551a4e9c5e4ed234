package content

import (
	"errors"
	"os"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestParseErrorFormat(t *testing.T) {
	t.Run("an error with a line prints file:line: message", func(t *testing.T) {
		err := &ParseError{File: "roles/x.md", Line: 12, Err: ErrMissingField}
		require.EqualError(t, err, "roles/x.md:12: missing")
		require.ErrorIs(t, err, ErrMissingField)
	})
	t.Run("an error about a whole file prints file: message", func(t *testing.T) {
		require.EqualError(t, &ParseError{File: "questions.md", Err: ErrMissingFile}, "questions.md: missing file")
	})
	t.Run("a list prints every error sorted, one a line", func(t *testing.T) {
		var l ErrorList
		l.Add("b.md", 1, ErrBadID)
		l.Add("a.md", 9, ErrBadWeight)
		l.Add("a.md", 2, ErrBadYear)
		err := l.Err()
		require.EqualError(t, err, "a.md:2: bad year\na.md:9: bad weight\nb.md:1: bad id")
		require.ErrorIs(t, err, ErrBadWeight)
		var pe *ParseError
		require.ErrorAs(t, err, &pe)
		require.Equal(t, "a.md", pe.File)
	})
	t.Run("an empty list is no error", func(t *testing.T) {
		var l ErrorList
		require.NoError(t, l.Err())
	})
}

func TestParseRoleCauses(t *testing.T) {
	tests := []struct {
		name  string
		src   string
		cause error
		line  int
	}{
		{"a missing summary is ErrMissingField", "# T\n\nid: x\nstage: entry\n", ErrMissingField, 1},
		{"an unknown section is ErrUnknownSection", "# T\nid: x\nstage: entry\nsummary: s\n## Hobbies\n", ErrUnknownSection, 5},
		{"a weight of 6 is ErrBadWeight", "# T\nid: x\nstage: entry\nsummary: s\n## Profile\n- ml: 6, e\n", ErrBadWeight, 6},
		{"an amount without a number is ErrBadAmount", "# T\nid: x\nstage: entry\nsummary: s\n## Salary\n| level | location | year | amount | source |\n|-|-|-|-|-|\n| a | b | 2024 | lots | s |\n## Sources\n- s: d\n", ErrBadAmount, 8},
		{"a figure from an unlisted source is ErrUnknownSource", "# T\nid: x\nstage: entry\nsummary: s\n## Market demand\n| figure | value | year | source |\n|-|-|-|-|\n| a | 5% | 2024 | s |\n", ErrUnknownSource, 8},
		{"an id with capitals is ErrBadID", "# T\nid: X\nstage: entry\nsummary: s\n", ErrBadID, 2},
		{"an id that is not the file name is ErrIDMismatch", "# T\nid: y\nstage: entry\nsummary: s\n", ErrIDMismatch, 2},
		{"an O*NET code without its title is ErrBadOccupation", "# T\nid: x\nstage: entry\nsummary: s\nonet: 15-2051.00\n", ErrBadOccupation, 5},
		{"an O*NET code without its .00 suffix is ErrBadOccupation", "# T\nid: x\nstage: entry\nonet: 15-2051 Data Scientists\nsummary: s\n", ErrBadOccupation, 4},
		{"an O*NET code of the wrong shape is ErrBadOccupation", "# T\nid: x\nonet: 152051.00 Data Scientists\nstage: entry\nsummary: s\n", ErrBadOccupation, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ParseRole("roles/x.md", []byte(tt.src))
			require.ErrorIs(t, err, tt.cause)
			var list ErrorList
			require.ErrorAs(t, err, &list)
			require.Len(t, list, 1)
			require.Equal(t, tt.line, list[0].Line)
		})
	}
}

func TestParseRoleOccupation(t *testing.T) {
	t.Run("an onet line gives the code and the title as typed values", func(t *testing.T) {
		r, err := ParseRole("roles/x.md", []byte("# T\nid: x\nstage: entry\nsummary: s\nonet: 15-2051.00   Data Scientists\n"))
		require.NoError(t, err)
		require.Equal(t, &Occupation{Code: "15-2051.00", Title: "Data Scientists"}, r.ONet)
	})
	t.Run("a document without an onet line has no occupation", func(t *testing.T) {
		r, err := ParseRole("roles/x.md", []byte("# T\nid: x\nstage: entry\nsummary: s\n"))
		require.NoError(t, err)
		require.Nil(t, r.ONet)
	})
}

func TestParseFigureYearAndNote(t *testing.T) {
	src := "# T\nid: x\nstage: entry\nsummary: s\n## Market demand\n| figure | value | year | source | note |\n|-|-|-|-|-|\n| Growth | 5% | undated | s | the source gives no year |\n## Salary\n| level | location | year | amount | source | note |\n|-|-|-|-|-|-|\n| Entry | US | Undated | $90,000 | s | elsewhere the source says $80,000 |\n| Mid | US | 2024 | $100,000 | s | |\n## Sources\n- s: d\n"
	r, err := ParseRole("roles/x.md", []byte(src))
	require.NoError(t, err)
	t.Run("a year cell that says undated marks the figure undated, with no year", func(t *testing.T) {
		require.True(t, r.Market[0].Undated)
		require.Zero(t, r.Market[0].Year)
		require.True(t, r.Salaries[0].Undated)
		require.False(t, r.Salaries[1].Undated)
		require.Equal(t, 2024, r.Salaries[1].Year)
	})
	t.Run("an optional note column is kept with each figure", func(t *testing.T) {
		require.Equal(t, "the source gives no year", r.Market[0].Note)
		require.Equal(t, "elsewhere the source says $80,000", r.Salaries[0].Note)
		require.Empty(t, r.Salaries[1].Note)
	})
	t.Run("a year that is neither a year nor undated is ErrBadYear", func(t *testing.T) {
		_, err := ParseRole("roles/x.md", []byte(strings.Replace(src, "| undated |", "| no date |", 1)))
		require.ErrorIs(t, err, ErrBadYear)
	})
	t.Run("a fifth column other than note is ErrBadTable", func(t *testing.T) {
		_, err := ParseRole("roles/x.md", []byte(strings.Replace(src, "| source | note |\n|-|-|-|-|-|\n", "| source | comment |\n|-|-|-|-|-|\n", 1)))
		require.ErrorIs(t, err, ErrBadTable)
	})
}

func TestParse(t *testing.T) {
	c, err := Parse(os.DirFS("testdata/catalogue"))
	require.NoError(t, err)

	t.Run("roles come in file order", func(t *testing.T) {
		require.Len(t, c.Roles, 2)
		require.Equal(t, "data-analyst", c.Roles[0].ID)
		require.Equal(t, "roles/data-analyst.md", c.Roles[0].File)
	})
	t.Run("ladder steps that are role ids link to the role and show its title", func(t *testing.T) {
		require.Equal(t, []Step{
			{Name: "Data Analyst", RoleID: "data-analyst"},
			{Name: "Senior Data Analyst"},
			{Name: "Software Developer", RoleID: "software-developer"},
		}, c.Roles[0].Ladder)
		require.Equal(t, []Step{{Name: "Tech Lead"}, {Name: "Data Analyst", RoleID: "data-analyst"}}, c.Roles[1].Next)
	})
	t.Run("a skill two roles list is one skill with both roles", func(t *testing.T) {
		require.Equal(t, []Skill{
			{Name: "Git", Roles: []string{"software-developer"}},
			{Name: "Python", Aliases: []string{"py"}, Roles: []string{"data-analyst", "software-developer"}},
			{Name: "Spreadsheets", Aliases: []string{"Excel"}, Roles: []string{"data-analyst"}},
			{Name: "SQL", Roles: []string{"data-analyst"}},
		}, c.Skills)
	})
}

func TestParseCrossDocument(t *testing.T) {
	c, err := Parse(os.DirFS("testdata/check"))
	require.Error(t, err)
	require.Len(t, c.Roles, 3, "the catalogue is returned with the errors")
	for _, cause := range []error{ErrDuplicateID, ErrIDMismatch, ErrUnknownRole, ErrUnknownTrait, ErrUnknownSource, ErrMissingField} {
		t.Run(cause.Error()+" is reported", func(t *testing.T) {
			require.ErrorIs(t, err, cause)
		})
	}
	t.Run("a missing questions.md and roles/ are reported", func(t *testing.T) {
		_, err := Parse(os.DirFS("testdata/seed"))
		require.ErrorIs(t, err, ErrMissingFile)
		require.EqualError(t, err, "questions.md: missing file questions.md: add the trait vocabulary and the question bank\nroles: missing file roles/*.md: add a role document roles/<id>.md")
	})
}

// TestDefault checks the embedded catalogue, so that a broken role document fails CI.
func TestDefault(t *testing.T) {
	c, err := Default()
	if err != nil {
		var list ErrorList
		if errors.As(err, &list) {
			for _, e := range list {
				t.Error(e)
			}
		}
		t.FailNow()
	}
	require.NotEmpty(t, c.Roles)
	require.NotEmpty(t, c.Questions)
	require.NotEmpty(t, c.Traits)
	t.Run("every question measures a defined trait", func(t *testing.T) {
		traits := map[string]bool{}
		for _, tr := range c.Traits {
			traits[tr.ID] = true
		}
		for _, q := range c.Questions {
			for _, m := range q.Measures {
				require.True(t, traits[m.Trait], "question %s measures %s", q.ID, m.Trait)
			}
		}
	})
	t.Run("the default files hold questions.md and roles", func(t *testing.T) {
		_, err := DefaultFS().Open("questions.md")
		require.NoError(t, err)
	})
}
