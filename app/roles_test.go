package app

import (
	"fmt"
	"html"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
	"github.com/stretchr/testify/require"
)

var (
	tags   = regexp.MustCompile(`<[^>]*>`)
	spaces = regexp.MustCompile(`\s+`)
)

// plainText is what a reader sees of rendered HTML: text without tags, in single spaces.
func plainText(markup string) string {
	return spaces.ReplaceAllString(html.UnescapeString(tags.ReplaceAllString(markup, " ")), " ")
}

// TestRolePageShowsWholeDocument renders every role of the catalogue and looks for each of its
// sections, their list items, every salary and market figure and every source.
func TestRolePageShowsWholeDocument(t *testing.T) {
	c, err := content.Full()
	require.NoError(t, err)
	for _, r := range c.Roles {
		t.Run(r.ID, func(t *testing.T) {
			markup := app.HTMLString(&rolePage{cat: c, role: r})
			text := plainText(markup)
			for _, s := range r.Sections {
				if s.Key == content.SectionSources || s.Key == content.SectionProfile {
					continue
				}
				require.Contains(t, sectionOrder, s.Key, "section %q has a place on the page", s.Key)
				require.Contains(t, markup, "<h2>"+html.EscapeString(sectionTitle(s))+"</h2>")
				for _, b := range s.Blocks {
					if b.Kind != "list" || s.Key == content.SectionSkills {
						continue
					}
					for _, item := range b.Items {
						words := strings.Fields(item)
						require.Contains(t, text, strings.Join(words[:min(len(words), 4)], " "), "section %q", s.Key)
					}
				}
			}
			for _, w := range r.Profile {
				want := fmt.Sprintf(": %d of 5", w.Value)
				if w.Evidence != "" {
					want += " (" + w.Evidence + ")"
				}
				require.Contains(t, text, want)
			}
			for _, f := range r.Market {
				require.Contains(t, text, f.Label+": "+f.Text)
			}
			for _, sal := range r.Salaries {
				require.Contains(t, text, sal.Text)
				require.Contains(t, text, sal.Level)
			}
			for _, src := range r.Sources {
				require.Contains(t, text, plainText(html.EscapeString(src.Description)))
			}
			for _, sk := range r.Skills {
				require.Contains(t, text, sk.Name)
			}
			if r.ONet != nil {
				require.Contains(t, text, "Closest O*NET occupation: "+r.ONet.Title+" ("+r.ONet.Code+")")
				require.Contains(t, markup, `href="https://www.onetonline.org/link/summary/`+r.ONet.Code+`"`)
			}
		})
	}
}

func TestOccupationLink(t *testing.T) {
	t.Run("a role with an O*NET code links to its O*NET page", func(t *testing.T) {
		r := &content.Role{ONet: &content.Occupation{Code: "15-2051.00", Title: "Data Scientists"}}
		markup := app.HTMLString(onetView(r))
		require.Equal(t, "Closest O*NET occupation: Data Scientists (15-2051.00)", strings.TrimSpace(plainText(markup)))
		require.Contains(t, markup, `href="https://www.onetonline.org/link/summary/15-2051.00"`)
	})
	t.Run("a role without one shows no O*NET line", func(t *testing.T) {
		require.NotContains(t, app.HTMLString(onetView(&content.Role{})), "O*NET")
	})
}

func TestFigureYearText(t *testing.T) {
	r := &content.Role{
		Sources:  []content.Source{{Key: "s", Description: "A survey"}},
		Salaries: []content.Salary{{Level: "Entry", Text: "$90,000", Undated: true, Source: "s", Note: "the same source elsewhere says $80,000"}, {Level: "Mid", Text: "$100,000", Source: "s"}, {Level: "Top", Text: "$120,000", Year: 2024, Location: "United States", Source: "s"}},
		Market:   []content.Figure{{Label: "Growth", Text: "5%", Undated: true, Source: "s"}},
	}
	salaries := plainText(app.HTMLString(salaryView(r)))
	t.Run("a figure marked undated says undated", func(t *testing.T) {
		require.Contains(t, salaries, "Entry: $90,000 a year · undated · source: A survey")
		require.Contains(t, plainText(app.HTMLString(marketView(r))), "Growth: 5% · undated · source: A survey")
	})
	t.Run("a figure with an empty year cell says the year is not stated", func(t *testing.T) {
		require.Contains(t, salaries, "Mid: $100,000 a year · year not stated")
	})
	t.Run("a dated figure shows its place and year", func(t *testing.T) {
		require.Contains(t, salaries, "Top: $120,000 a year · United States, 2024 · source: A survey")
	})
	t.Run("a figure's note is shown beside it", func(t *testing.T) {
		require.Contains(t, salaries, "Note: the same source elsewhere says $80,000")
	})
}

// In the browser a role page has the compiled role until its text has come: it shows the
// overview, says that the rest is loading or could not be loaded, and shows nothing of the
// rest half-loaded.
func TestRolePageBeforeItsText(t *testing.T) {
	def, err := content.Default()
	require.NoError(t, err)
	full, err := content.Full()
	require.NoError(t, err)
	r := def.Role("data-scientist")
	require.NotNil(t, r)
	t.Run("while it loads, the overview and a status", func(t *testing.T) {
		markup := app.HTMLString(&rolePage{cat: def, role: r, text: textLoading})
		require.Contains(t, markup, "<h2>Overview</h2>")
		require.Contains(t, markup, `role="status">Loading the rest of this page`)
		require.NotContains(t, markup, "<h2>Requirements")
		require.NotContains(t, markup, "Try again")
	})
	t.Run("when it failed, an alert with what to do and a button to try again", func(t *testing.T) {
		markup := app.HTMLString(&rolePage{cat: def, role: r, text: textFailed})
		require.Contains(t, markup, `role="alert"`)
		require.Contains(t, plainText(markup), "The rest of this page could not be loaded")
		require.Contains(t, markup, ">Try again</button>")
		require.NotContains(t, markup, "<h2>Requirements")
	})
	t.Run("its text file puts the whole role back", func(t *testing.T) {
		b, err := os.ReadFile("../web/" + content.TextPath(r.ID))
		require.NoError(t, err)
		whole, err := decodeRoleText(r, string(b))
		require.NoError(t, err)
		require.Equal(t, app.HTMLString(&rolePage{cat: full, role: full.Role(r.ID)}),
			app.HTMLString(&rolePage{cat: def, role: whole}))
	})
	t.Run("a broken file is refused", func(t *testing.T) {
		_, err := decodeRoleText(r, `{"id": "data-scientist", "sections": [`)
		require.Error(t, err)
		_, err = decodeRoleText(r, `{"id": "web-developer"}`)
		require.Error(t, err)
	})
}
