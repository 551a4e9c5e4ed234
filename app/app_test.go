package app

import (
	"net/url"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/stretchr/testify/require"
)

func TestShareCode(t *testing.T) {
	for _, tc := range []struct {
		name, raw, code string
		ok              bool
	}{
		{"a results link carries its code in the fragment", "http://h/results#s=AbC_-1", "AbC_-1", true},
		{"a link without a fragment has no code", "http://h/results", "", false},
		{"a fragment without the key has no code", "http://h/results#x=1", "", false},
		{"a code in the query string is ignored", "http://h/results?s=AbC", "", false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			u, err := url.Parse(tc.raw)
			require.NoError(t, err)
			code, ok := shareCode(u)
			require.Equal(t, tc.ok, ok)
			require.Equal(t, tc.code, code)
		})
	}
}

func TestRestoreNotice(t *testing.T) {
	t.Run("an unchanged session needs no notice", func(t *testing.T) {
		require.Equal(t, "", restoreNotice(quiz.Notice{}))
	})
	t.Run("dropped answers are counted in plain words", func(t *testing.T) {
		msg := restoreNotice(quiz.Notice{Migrated: true, Kept: 7, Dropped: 2})
		require.Contains(t, msg, "kept your 7 answers")
		require.Contains(t, msg, "dropped 2")
	})
	t.Run("a migration that kept every answer says so", func(t *testing.T) {
		require.Equal(t, "The questions have changed since your last visit. All your answers were kept.",
			restoreNotice(quiz.Notice{Migrated: true, Kept: 7}))
	})
	t.Run("skills no longer listed are named, without claiming the questions changed", func(t *testing.T) {
		require.Equal(t, "One skill you added is no longer in our list, so it was removed.",
			restoreNotice(quiz.Notice{DroppedSkills: 1}))
		msg := restoreNotice(quiz.Notice{Migrated: true, Kept: 3, Dropped: 1, DroppedSkills: 2})
		require.Contains(t, msg, "dropped 1")
		require.Contains(t, msg, "2 skills you added are no longer in our list")
	})
	t.Run("a stage that could not be read says where to choose it again", func(t *testing.T) {
		msg := restoreNotice(quiz.Notice{Kept: 4, DroppedStage: true})
		require.Contains(t, msg, "Where you said you are now could not be read")
		require.NotContains(t, msg, "questions have changed")
	})
}

func TestConfidenceText(t *testing.T) {
	ranking := func(overall, top scoring.Confidence, why scoring.Doubt) scoring.Ranking {
		return scoring.Ranking{Confidence: overall, GroupConfidence: overall, Why: why, Answered: 9,
			Results: []scoring.Result{{RoleID: "a", Confidence: top}, {RoleID: "b", Confidence: scoring.Low}}}
	}
	t.Run("the reasons for doubt are said in words", func(t *testing.T) {
		require.Contains(t, confidenceText(ranking(scoring.High, scoring.High, scoring.NoDoubt), yours), "point clearly")
		require.Contains(t, confidenceText(ranking(scoring.Low, scoring.Low, scoring.AllAlike), yours), "the same")
		require.Contains(t, confidenceText(ranking(scoring.Low, scoring.Low, scoring.FewAnswers), yours), "too few")
		require.Contains(t, confidenceText(ranking(scoring.Medium, scoring.Medium, scoring.NotHighYet), yours), "A few more answers")
	})
	t.Run("every doubt has its own words", func(t *testing.T) {
		seen := map[string]bool{}
		for d := scoring.NoDoubt; d.String() != "unknown"; d++ { // every code scoring has
			msg := doubtText(d, yours)
			require.Equal(t, d == scoring.NoDoubt, msg == "", d.String())
			require.False(t, seen[msg], d.String())
			seen[msg] = true
		}
	})
	t.Run("the verdict says point clearly exactly when the top card shows high confidence", func(t *testing.T) {
		levels := []scoring.Confidence{scoring.Low, scoring.Medium, scoring.High}
		for _, overall := range levels {
			for _, top := range levels {
				for d := scoring.NoDoubt; d.String() != "unknown"; d++ { // every code scoring has
					rk := ranking(overall, top, d)
					clear := strings.Contains(confidenceText(rk, yours), "Your answers point clearly")
					card := confidenceWords(cardLevel(rk, rk.Results[0]))
					require.Equal(t, card == "High confidence", clear, "overall %s, top %s, %s", overall, top, d)
					for _, r := range rk.Results {
						require.LessOrEqual(t, cardLevel(rk, r), rk.Confidence, "no card above the ranking")
					}
				}
			}
		}
	})
	t.Run("real rankings agree with their cards", func(t *testing.T) {
		c, err := content.Default()
		require.NoError(t, err)
		for _, pattern := range [][]int{{1}, {5}, {3}, {1, 5}, {2, 4, 4}, {5, 4, 1, 2}, {4, 4, 5, 1, 3}} {
			s := testEngine(t, c).New()
			for i := 0; i < 60; i++ {
				q, ok := s.Current()
				if !ok {
					break
				}
				require.NoError(t, s.Answer(q.ID, pattern[i%len(pattern)]))
				rk := s.Results()
				clear := strings.Contains(confidenceText(rk, yours), "Your answers point clearly")
				require.Equal(t, cardLevel(rk, rk.Results[0]) == scoring.High, clear, "pattern %v after %d answers", pattern, i+1)
			}
		}
	})
	t.Run("the verdict starts with the number of answers", func(t *testing.T) {
		require.Equal(t, "Based on 1 answer. ", confidenceText(scoring.Ranking{Answered: 1, Why: scoring.FewAnswers}, yours)[:19])
	})
}

func TestShownReasons(t *testing.T) {
	all := []scoring.Reason{
		{QuestionID: "a", Answer: 5, Effect: 1},
		{QuestionID: "b", Answer: 3, Effect: 0.5},
		{QuestionID: "c", Answer: 3, Effect: -0.5},
		{QuestionID: "d", Answer: 1, Effect: -1},
	}
	var ids []string
	for _, re := range shownReasons(all) {
		ids = append(ids, re.QuestionID)
	}
	require.Equal(t, []string{"a", "c", "d"}, ids, "a Not sure answer never raised a role")
}

func TestWayInText(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	text := func(id string, st quiz.Stage) string {
		r := c.Role(id)
		require.NotNil(t, r, id)
		return wayInText(quiz.WayInto(c, r, st), yours)
	}
	t.Run("an entry role can be started straight after studying", func(t *testing.T) {
		require.Equal(t, "You can start in this role straight after your studies.", text("junior-ai-developer", quiz.StageSchool))
		require.Contains(t, text("junior-ai-developer", quiz.StageWorkingNew), "apply for this role now")
	})
	t.Run("a student who cannot start in the role is told the first step of its ladder", func(t *testing.T) {
		require.Equal(t, "Start as Junior AI Developer; this role is usually reached after several years of work.",
			text("systems-ml-engineer", quiz.StageSchool))
		require.Equal(t, "Start as Research Assistant, then PhD Researcher; this role is usually reached after several years of work.",
			text("ai-research-scientist", quiz.StageCollege))
	})
	t.Run("a working student can aim for a role at their stage directly", func(t *testing.T) {
		require.Contains(t, text("systems-ml-engineer", quiz.StageWorkingExperienced), "aim for this role directly")
		require.Contains(t, text("ml-applications-engineer", quiz.StageWorkingNew), "now or soon")
	})
	t.Run("a student who has not said gets a neutral sentence", func(t *testing.T) {
		msg := text("systems-ml-engineer", quiz.StageUnknown)
		require.Equal(t, "This role is usually reached after several years of work; a common way in is to start as Junior AI Developer.", msg)
		require.NotContains(t, msg, "You can")
		require.Equal(t, "This role is usually reached after a few years of work.", text("information-systems-ml-engineer", quiz.StageUnknown))
	})
	t.Run("every role has a sentence for every stage, with no year counts", func(t *testing.T) {
		for _, r := range c.Roles {
			for _, st := range append([]quiz.Stage{quiz.StageUnknown}, quiz.Stages...) {
				msg := wayInText(quiz.WayInto(c, r, st), yours)
				require.NotEmpty(t, msg)
				require.True(t, strings.HasSuffix(msg, "."), msg)
				require.NotRegexp(t, `\d`, msg, "only what the stage implies, no figures")
			}
		}
	})
}

func TestSummaryText(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	s := testEngine(t, c).New()
	for i := 0; i < 40; i++ {
		q, ok := s.Current()
		if !ok {
			break
		}
		require.NoError(t, s.Answer(q.ID, 1+i%5))
	}
	s.AddSkill("python")
	rk := s.Results()
	text := summaryText(c, rk, quiz.StageCollege, "http://h/results#s=x", yours)

	t.Run("it names the top roles with their fit in rank order", func(t *testing.T) {
		first := strings.Index(text, "1. "+rk.Results[0].Title)
		second := strings.Index(text, "2. "+rk.Results[1].Title)
		require.True(t, first >= 0 && second > first, text)
	})
	t.Run("it carries the link that reopens the results", func(t *testing.T) {
		require.Contains(t, text, "http://h/results#s=x")
	})
	t.Run("every salary figure it shows names its source", func(t *testing.T) {
		for _, line := range strings.Split(text, "\n") {
			if strings.Contains(line, "Pay:") {
				require.Contains(t, line, "source:", line)
			}
		}
	})
}

func TestPagesListEveryRole(t *testing.T) {
	c, err := content.Default()
	require.NoError(t, err)
	pages := Pages()
	for _, r := range c.Roles {
		require.Contains(t, pages, "/roles/"+r.ID)
	}
	require.Subset(t, pages, []string{"/", "/quiz", "/results", "/roles", "/about"})
}

func TestSkillNote(t *testing.T) {
	t.Run("every note gives its own sentence", func(t *testing.T) {
		seen := map[string]bool{}
		for n := quiz.NoteEmpty; n <= quiz.NoteListFull; n++ {
			msg := skillNote(quiz.SkillMatch{Note: n, Skill: "Python", Text: "pyhton", Choices: []string{"Java", "JavaScript"}})
			require.NotEmpty(t, msg)
			require.False(t, seen[msg], msg)
			seen[msg] = true
		}
	})
	t.Run("the sentences name the skill, the choices and what was typed", func(t *testing.T) {
		require.Equal(t, "Added Python.", skillNote(quiz.SkillMatch{Note: quiz.NoteAdded, Skill: "Python"}))
		require.Contains(t, skillNote(quiz.SkillMatch{Note: quiz.NoteDidYouMean, Choices: []string{"Java", "JavaScript", "Julia"}}), "Java, JavaScript or Julia?")
		require.Contains(t, skillNote(quiz.SkillMatch{Note: quiz.NoteNotKnown, Text: "qwzxv"}), "qwzxv")
	})
}

func TestOfflineStatus(t *testing.T) {
	for _, tc := range []struct {
		name               string
		registered, active bool
		installing         string
		want               offlineStatus
	}{
		{"an active worker has saved the app", true, true, "", offlineSaved},
		{"an active worker with an update installing still works offline", true, true, "installing", offlineSaved},
		{"a worker installing is not known yet", true, false, "installing", offlinePending},
		{"a worker installed and waiting is not known yet", true, false, "installed", offlinePending},
		{"a worker that activates has saved the app", true, false, "activated", offlineSaved},
		{"a worker whose install failed could not save it", true, false, "redundant", offlineFailed},
		{"no registration: the install failed and the browser dropped it", false, false, "", offlineFailed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			require.Equal(t, tc.want, offlineStatusOf(tc.registered, tc.active, tc.installing))
		})
	}
	t.Run("only a failure or a browser that cannot save is told", func(t *testing.T) {
		require.Equal(t, "", offlinePending.sentence())
		require.Equal(t, "", offlineSaved.sentence())
		require.Contains(t, offlineFailed.sentence(), "could not be saved for use without a connection")
		require.Contains(t, offlineUnsupported.sentence(), "cannot save the quiz")
	})
}

// testEngine is the quiz engine on c with the default configuration.
func testEngine(t *testing.T, c *content.Catalogue) *quiz.Engine {
	t.Helper()
	e, err := quiz.NewEngine(c, quiz.DefaultConfig)
	require.NoError(t, err)
	return e
}
