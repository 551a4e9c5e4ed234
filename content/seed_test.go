package content

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

// seedDir holds the source documents the project started from.
var seedDir = filepath.Join("..", "..", "shared", "seeds")

func readSeed(t *testing.T, name string) []*Role {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(seedDir, name))
	if os.IsNotExist(err) && os.Getenv("CI") == "" {
		t.Skipf("no source documents in %s (in CI, where CI is set, this fails)", seedDir)
	}
	require.NoError(t, err, "CI has the source documents in %s", seedDir)
	roles, err := ParseSeed(name, src)
	require.NoError(t, err)
	return roles
}

func titles(roles []*Role) []string {
	var out []string
	for _, r := range roles {
		out = append(out, r.Title)
	}
	return out
}

func salary(t *testing.T, r *Role, level string) Salary {
	t.Helper()
	for _, s := range r.Salaries {
		if s.Level == level {
			return s
		}
	}
	require.Failf(t, "no salary", "%s has no salary for %q", r.ID, level)
	return Salary{}
}

func sectionKeys(r *Role) []string {
	var keys []string
	for _, s := range r.Sections {
		keys = append(keys, s.Key)
	}
	return keys
}

func TestParseSeedMLApplicationsEngineer(t *testing.T) {
	roles := readSeed(t, "ml-applications-engineer.txt")
	require.Len(t, roles, 1)
	r := roles[0]

	t.Run("the title and id come from the file name", func(t *testing.T) {
		require.Equal(t, "ML Applications Engineer", r.Title)
		require.Equal(t, "ml-applications-engineer", r.ID)
	})
	t.Run("every section of the source is found in order", func(t *testing.T) {
		require.Equal(t, []string{SectionOverview, SectionResponsibilities, SectionRequirements,
			SectionCareerPath, SectionMarketDemand, SectionSalary, SectionTrends, SectionSoftSkills,
			SectionBestPractices, SectionChallenges}, sectionKeys(r))
	})
	t.Run("the salary heading gives the year and the location", func(t *testing.T) {
		require.Equal(t, Salary{Level: "Entry-Level", Location: "United States", Year: 2024, Kind: AmountRange,
			Low: 96000, High: 132000, Currency: "USD", Text: "$96,000 - $132,000", Source: "seed", Line: 149},
			salary(t, r, "Entry-Level"))
	})
	t.Run("every salary figure is read", func(t *testing.T) {
		require.Len(t, r.Salaries, 15)
		require.Equal(t, 144000.0, salary(t, r, "Mid-Career").Low)
		require.Equal(t, 189477.0, salary(t, r, "Late-Career (7+ years)").High)
		require.Equal(t, 258810.0, salary(t, r, "Senior Machine Learning Engineer: Top earners").High)
		require.Equal(t, AmountUpTo, salary(t, r, "Senior Machine Learning Engineer: Top earners").Kind)
	})
	t.Run("a location sub-heading puts the label in the location", func(t *testing.T) {
		var la Salary
		for _, s := range r.Salaries {
			if s.Location == "Los Angeles" {
				la = s
			}
		}
		require.Equal(t, AmountUpTo, la.Kind)
		require.Equal(t, 225000.0, la.High)
	})
	t.Run("a label at the end of a line becomes a sub-heading", func(t *testing.T) {
		require.Contains(t, r.Sections[0].Blocks, Block{Kind: "heading", Text: "Skills and Qualifications"})
		require.Contains(t, r.Sections[2].Blocks, Block{Kind: "heading", Text: "Soft Skills"})
	})
}

func TestParseSeedSystemsMLEngineer(t *testing.T) {
	roles := readSeed(t, "systems-ml-engineer.txt")

	t.Run("the main role and every role under More Careers are read", func(t *testing.T) {
		require.Equal(t, []string{"Systems ML Engineer", "Industrial Engineering Lead", "Information Systems ML Engineer",
			"Integration Solutions Engineer", "Junior AI Developer"}, titles(roles))
		require.Equal(t, "junior-ai-developer", roles[4].ID)
	})
	t.Run("the page furniture is not the title", func(t *testing.T) {
		require.Equal(t, "systems-ml-engineer", roles[0].ID)
		require.Equal(t, SectionOverview, roles[0].Sections[0].Key)
	})
	t.Run("the salary figures of the main role are read", func(t *testing.T) {
		r := roles[0]
		require.Len(t, r.Salaries, 18)
		require.Equal(t, Amount{Kind: AmountRange, Low: 96000, High: 132000, Currency: "USD"}, amountOf(salary(t, r, "Entry-Level (0-1 years)")))
		require.Equal(t, Amount{Kind: AmountRange, Low: 150708, High: 172654, Currency: "USD"}, amountOf(salary(t, r, "Expert-Level (10+ years)")))
		require.Equal(t, Amount{Kind: AmountPoint, Low: 44362, High: 44362, Currency: "USD"}, amountOf(salary(t, r, "Additional cash compensation")))
		require.Equal(t, 2024, salary(t, r, "Base salary").Year)
	})
	t.Run("the trends the source left without a heading get a section", func(t *testing.T) {
		require.Contains(t, sectionKeys(roles[0]), SectionTrends)
	})
	t.Run("inline headings of a More Careers entry become sections", func(t *testing.T) {
		require.Equal(t, []string{SectionOverview, SectionResponsibilities, SectionRequirements, SectionCareerPath}, sectionKeys(roles[4]))
		require.Equal(t, "Work Environment and Career Path", roles[4].Sections[3].Title)
	})
	t.Run("a salary range inside prose is read", func(t *testing.T) {
		require.Equal(t, Amount{Kind: AmountRange, Low: 55000, High: 118000, Currency: "USD"}, amountOf(salary(t, roles[3], "Salary")))
	})
}

func amountOf(s Salary) Amount {
	return Amount{Kind: s.Kind, Low: s.Low, High: s.High, Currency: s.Currency}
}

func TestParseSeedGolden(t *testing.T) {
	eachTestdata(t, filepath.Join("seed", "*.txt"), "reads as its golden roles", func(t *testing.T, file string, src []byte) {
		roles, err := ParseSeed(file, src)
		require.NoError(t, err)
		goldenJSON(t, file, roles)
	})
}

func TestParseSeedErrors(t *testing.T) {
	t.Run("a text without headings is an error", func(t *testing.T) {
		_, err := ParseSeed("x.txt", []byte("just some text.\n"))
		require.ErrorIs(t, err, ErrMissingField)
		require.EqualError(t, err, "x.txt:1: missing sections: no heading such as Overview")
	})
	t.Run("an empty text never panics", func(t *testing.T) {
		roles, err := ParseSeed("x.txt", nil)
		require.Error(t, err)
		require.Len(t, roles, 1)
	})
}
