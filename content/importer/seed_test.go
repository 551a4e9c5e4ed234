package importer

import (
	"encoding/json"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

var update = flag.Bool("update", false, "rewrite the .golden files under testdata")

// seedDir holds the source documents the project started from, beside the repository
// ($CAREERQUIZ_SEEDS overrides it).
var seedDir = filepath.Join("..", "..", "..", "shared", "seeds")

func init() {
	if d := os.Getenv("CAREERQUIZ_SEEDS"); d != "" {
		seedDir = d
	}
}

// testdata is the content package's testdata, which holds the plain-text test documents.
var testdata = filepath.Join("..", "testdata")

// readSeedFile reads a source document. Without the source documents the test is skipped,
// except in CI (CI set), where they must be there.
func readSeedFile(t testing.TB, name string) []byte {
	t.Helper()
	src, err := os.ReadFile(filepath.Join(seedDir, name))
	if os.IsNotExist(err) && os.Getenv("CI") == "" {
		t.Skipf("no source documents in %s", seedDir)
	}
	require.NoError(t, err)
	return src
}

func readSeed(t *testing.T, name string) []*content.Role {
	t.Helper()
	roles, err := ParseSeed(name, readSeedFile(t, name))
	require.NoError(t, err)
	return roles
}

// golden compares got with the .golden file beside file, or rewrites it with -update.
func golden(t *testing.T, file string, got []byte) {
	t.Helper()
	path := strings.TrimSuffix(file, filepath.Ext(file)) + ".golden"
	if *update {
		require.NoError(t, os.WriteFile(path, got, 0o644))
		return
	}
	want, err := os.ReadFile(path)
	require.NoError(t, err, "run go test ./content/importer -update to create it")
	require.Equal(t, string(want), string(got))
}

// eachSeed runs one subtest per plain-text test document matching glob under testdata.
func eachSeed(t *testing.T, glob, shows string, test func(t *testing.T, file string, src []byte)) {
	files, err := filepath.Glob(filepath.Join(testdata, glob))
	require.NoError(t, err)
	require.NotEmpty(t, files)
	for _, file := range files {
		t.Run(filepath.Base(file)+" "+shows, func(t *testing.T) {
			src, err := os.ReadFile(file)
			require.NoError(t, err)
			test(t, filepath.ToSlash(file), src)
		})
	}
}

func goldenJSON(t *testing.T, file string, v any) {
	got, err := json.MarshalIndent(v, "", "  ")
	require.NoError(t, err)
	golden(t, file, append(got, '\n'))
}

func titles(roles []*content.Role) []string {
	var out []string
	for _, r := range roles {
		out = append(out, r.Title)
	}
	return out
}

func salary(t *testing.T, r *content.Role, level string) content.Salary {
	t.Helper()
	for _, s := range r.Salaries {
		if s.Level == level {
			return s
		}
	}
	require.Failf(t, "no salary", "%s has no salary for %q", r.ID, level)
	return content.Salary{}
}

func sectionKeys(r *content.Role) []string {
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

	t.Run("the title is the line that reads as the file name, and the id comes from it", func(t *testing.T) {
		require.Equal(t, "ML Applications Engineer", r.Title)
		require.Equal(t, "ml-applications-engineer", r.ID)
	})
	t.Run("every section of the source is found in order", func(t *testing.T) {
		require.Equal(t, []string{content.SectionOverview, content.SectionResponsibilities, content.SectionRequirements,
			content.SectionCareerPath, content.SectionMarketDemand, content.SectionSalary, content.SectionTrends, content.SectionSoftSkills,
			content.SectionBestPractices, content.SectionChallenges}, sectionKeys(r))
	})
	t.Run("the salary heading gives the year and the location", func(t *testing.T) {
		require.Equal(t, content.Salary{Level: "Entry-Level", Location: "United States", Year: 2024, Kind: content.AmountRange,
			Low: 96000, High: 132000, Currency: "USD", Text: "$96,000 - $132,000", Source: SourceKey, Line: 149},
			salary(t, r, "Entry-Level"))
	})
	t.Run("every salary figure is read", func(t *testing.T) {
		require.Len(t, r.Salaries, 15)
		require.Equal(t, 144000.0, salary(t, r, "Mid-Career").Low)
		require.Equal(t, 189477.0, salary(t, r, "Late-Career (7+ years)").High)
		require.Equal(t, 258810.0, salary(t, r, "Senior Machine Learning Engineer: Top earners").High)
		require.Equal(t, content.AmountUpTo, salary(t, r, "Senior Machine Learning Engineer: Top earners").Kind)
	})
	t.Run("a location sub-heading puts the label in the location", func(t *testing.T) {
		var la content.Salary
		for _, s := range r.Salaries {
			if s.Location == "Los Angeles" {
				la = s
			}
		}
		require.Equal(t, content.AmountUpTo, la.Kind)
		require.Equal(t, 225000.0, la.High)
	})
	t.Run("a label at the end of a line becomes a sub-heading", func(t *testing.T) {
		require.Contains(t, r.Sections[0].Blocks, content.Block{Kind: "heading", Text: "Skills and Qualifications"})
		require.Contains(t, r.Sections[2].Blocks, content.Block{Kind: "heading", Text: "Soft Skills"})
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
		require.Equal(t, content.SectionOverview, roles[0].Sections[0].Key)
	})
	t.Run("the salary figures of the main role are read", func(t *testing.T) {
		r := roles[0]
		require.Len(t, r.Salaries, 18)
		require.Equal(t, content.Amount{Kind: content.AmountRange, Low: 96000, High: 132000, Currency: "USD"}, amountOf(salary(t, r, "Entry-Level (0-1 years)")))
		require.Equal(t, content.Amount{Kind: content.AmountRange, Low: 150708, High: 172654, Currency: "USD"}, amountOf(salary(t, r, "Expert-Level (10+ years)")))
		require.Equal(t, content.Amount{Kind: content.AmountPoint, Low: 44362, High: 44362, Currency: "USD"}, amountOf(salary(t, r, "Additional cash compensation")))
		require.Equal(t, 2024, salary(t, r, "Base salary").Year)
	})
	t.Run("the trends the source left without a heading get a section", func(t *testing.T) {
		require.Contains(t, sectionKeys(roles[0]), content.SectionTrends)
	})
	t.Run("inline headings of a More Careers entry become sections", func(t *testing.T) {
		require.Equal(t, []string{content.SectionOverview, content.SectionResponsibilities, content.SectionRequirements, content.SectionCareerPath}, sectionKeys(roles[4]))
		require.Equal(t, "Work Environment and Career Path", roles[4].Sections[3].Title)
	})
	t.Run("a salary range inside prose is read", func(t *testing.T) {
		require.Equal(t, content.Amount{Kind: content.AmountRange, Low: 55000, High: 118000, Currency: "USD"}, amountOf(salary(t, roles[3], "Salary")))
	})
}

func amountOf(s content.Salary) content.Amount {
	return content.Amount{Kind: s.Kind, Low: s.Low, High: s.High, Currency: s.Currency}
}

func TestParseSeedGolden(t *testing.T) {
	eachSeed(t, filepath.Join("seed", "*.txt"), "reads as its golden roles", func(t *testing.T, file string, src []byte) {
		roles, err := ParseSeed(strings.TrimPrefix(file, "../"), src)
		require.NoError(t, err)
		goldenJSON(t, file, roles)
	})
}

func TestParseSeedErrors(t *testing.T) {
	t.Run("a text without headings is an error", func(t *testing.T) {
		_, err := ParseSeed("x.txt", []byte("just some text.\n"))
		require.ErrorIs(t, err, content.ErrMissingField)
		require.EqualError(t, err, "x.txt:1: missing sections: no heading such as Overview")
	})
	t.Run("an empty text never panics", func(t *testing.T) {
		roles, err := ParseSeed("x.txt", nil)
		require.Error(t, err)
		require.Len(t, roles, 1)
	})
}

func BenchmarkParseSeed(b *testing.B) {
	src := readSeedFile(b, "systems-ml-engineer.txt")
	for b.Loop() {
		ParseSeed("systems-ml-engineer.txt", src)
	}
}

func FuzzParseSeed(f *testing.F) {
	files, _ := filepath.Glob(filepath.Join(testdata, "seed", "*.txt"))
	for _, file := range files {
		src, err := os.ReadFile(file)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src)
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		roles, err := ParseSeed("x.txt", src)
		if len(roles) == 0 {
			t.Fatal("no role returned")
		}
		if err == nil {
			return
		}
		var list content.ErrorList
		if !errors.As(err, &list) || len(list) == 0 {
			t.Fatalf("error %v (%T) is not a non-empty ErrorList", err, err)
		}
	})
}
