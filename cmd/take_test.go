package cmd

import (
	"bufio"
	"bytes"
	"encoding/json"
	"io"
	"io/fs"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/stretchr/testify/require"
)

// message is one line take --json writes.
type message struct {
	Question *struct {
		ID      string   `json:"id"`
		Text    string   `json:"text"`
		Options []string `json:"options"`
	} `json:"question"`
	Error   *string      `json:"error"`
	Results *resultsLine `json:"results"`
}

// resultsLine is the results take --json writes, as a program reads them.
type resultsLine struct {
	Confidence string `json:"confidence"`
	Roles      []struct {
		ID         string  `json:"id"`
		Title      string  `json:"title"`
		Fit        float64 `json:"fit"`
		Confidence string  `json:"confidence"`
	} `json:"roles"`
	Stage    string `json:"stage"`
	Answered int    `json:"answered"`
	Stop     string `json:"stop"`
}

// conversation is what one run of take --json wrote, and its exit status.
type conversation struct {
	messages []message
	code     int
	stderr   string
}

// questions are the ids of the question lines, in order.
func (c conversation) questions() []string {
	var ids []string
	for _, m := range c.messages {
		if m.Question != nil {
			ids = append(ids, m.Question.ID)
		}
	}
	return ids
}

// respond answers one line take wrote: the line to send back ("" sends nothing) and whether to
// end the input after it.
type respond func(m message) (line string, end bool)

// converse runs take with args and answers each line it writes as it arrives.
func converse(t *testing.T, args []string, r respond) conversation {
	t.Helper()
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	t.Cleanup(func() { inW.Close(); outR.Close() })
	var stderr bytes.Buffer
	done := make(chan int, 1)
	go func() {
		code := Run(append([]string{"take"}, args...), inR, outW, &stderr)
		outW.Close()
		done <- code
	}()
	var c conversation
	ended := false
	sc := bufio.NewScanner(outR)
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var fields map[string]json.RawMessage
		require.NoError(t, json.Unmarshal(sc.Bytes(), &fields), sc.Text())
		require.Len(t, fields, 1, "one kind of message a line: %s", sc.Text())
		var m message
		require.NoError(t, json.Unmarshal(sc.Bytes(), &m))
		c.messages = append(c.messages, m)
		if m.Results != nil {
			continue
		}
		if ended {
			continue
		}
		line, end := r(m)
		if line != "" {
			_, err := io.WriteString(inW, line+"\n")
			require.NoError(t, err)
		}
		if end {
			ended = true
			inW.Close()
		}
	}
	require.NoError(t, sc.Err())
	inW.Close()
	c.code = <-done
	c.stderr = stderr.String()
	return c
}

// keen answers 5 to the questions in yes, 1 to the others, and K to the stage question.
func keen(stage string, yes ...string) respond {
	return func(m message) (string, bool) {
		switch {
		case m.Question == nil:
			return "", false
		case m.Question.ID == "stage":
			return stage, false
		case slices.Contains(yes, m.Question.ID):
			return `{"answer": 5}`, false
		}
		return `{"answer": 1}`, false
	}
}

var mlFan = []string{"teach-computer", "trained-model", "maths-puzzles", "test-ideas", "table-patterns", "code-for-fun"}

func catalogue(t *testing.T) *content.Catalogue {
	t.Helper()
	cat, err := content.Default()
	require.NoError(t, err)
	return cat
}

// requireResults checks the last message is well-formed results and returns them.
func requireResults(t *testing.T, c conversation) *resultsLine {
	t.Helper()
	require.Equal(t, 0, c.code, c.stderr)
	require.NotEmpty(t, c.messages)
	res := c.messages[len(c.messages)-1].Results
	require.NotNil(t, res, "the last line holds the results")
	words := []string{"low", "medium", "high"}
	require.Contains(t, words, res.Confidence)
	require.NotEmpty(t, res.Roles)
	sum := 0.0
	for _, r := range res.Roles {
		require.NotEmpty(t, r.ID)
		require.NotEmpty(t, r.Title)
		require.GreaterOrEqual(t, r.Fit, 0.0)
		require.LessOrEqual(t, r.Fit, 1.0)
		require.Contains(t, words, r.Confidence)
		sum += r.Fit
	}
	// The fits are the chances that each role is the one the answers come from; what is
	// missing from 1 is the chance that the answers were given at random.
	require.LessOrEqual(t, sum, 1+1e-9)
	require.Greater(t, sum, 0.5)
	rank := map[string]int{"low": 0, "medium": 1, "high": 2}
	for _, r := range res.Roles {
		require.LessOrEqual(t, rank[r.Confidence], rank[res.Confidence], "no role is more sure than the ranking")
	}
	require.True(t, sort.SliceIsSorted(res.Roles, func(i, j int) bool { return res.Roles[i].Fit > res.Roles[j].Fit }),
		"roles best first")
	require.Contains(t, []string{"settled", "no-gain", "cap", "exhausted"}, res.Stop)
	return res
}

func TestJSON(t *testing.T) {
	cat := catalogue(t)

	t.Run("a full quiz gives every role, best first, with the stage", func(t *testing.T) {
		c := converse(t, []string{"--json"}, keen(`{"answer": 2}`, mlFan...))
		res := requireResults(t, c)
		ids := c.questions()
		require.Equal(t, "stage", ids[0], "the stage question comes first")
		require.Equal(t, stageQuestion.Options, c.messages[0].Question.Options)
		require.Equal(t, "Where are you now?", c.messages[0].Question.Text)
		require.Equal(t, scale[:], c.messages[1].Question.Options)
		require.LessOrEqual(t, len(ids), len(cat.Questions)+1)
		require.Equal(t, "college", res.Stage)
		require.Equal(t, len(ids)-1, res.Answered)
		require.Len(t, res.Roles, len(cat.Roles))
	})

	t.Run("every stage answer is recorded as its code", func(t *testing.T) {
		for k, want := range []string{"school", "college", "working-new", "working-experienced"} {
			c := converse(t, []string{"--json"}, keen(`{"answer": `+string(rune('1'+k))+`}`, mlFan...))
			require.Equal(t, want, requireResults(t, c).Stage)
		}
	})

	t.Run("--all asks every question once", func(t *testing.T) {
		c := converse(t, []string{"--json", "--all"}, keen(`{"answer": 3}`, mlFan...))
		res := requireResults(t, c)
		ids := c.questions()
		require.Len(t, ids, len(cat.Questions)+1)
		seen := map[string]bool{}
		for _, id := range ids {
			require.False(t, seen[id], "%s asked twice", id)
			seen[id] = true
		}
		require.Equal(t, len(cat.Questions), res.Answered)
		require.Equal(t, "exhausted", res.Stop)
	})

	t.Run("skips are recorded and the quiz still ends", func(t *testing.T) {
		c := converse(t, []string{"--json"}, func(m message) (string, bool) { return `{"skip": true}`, false })
		res := requireResults(t, c)
		require.Equal(t, "", res.Stage)
		require.Equal(t, 0, res.Answered)
		require.Equal(t, "low", res.Confidence)
	})

	t.Run("blank lines and unknown fields are ignored", func(t *testing.T) {
		c := converse(t, []string{"--json"}, func(m message) (string, bool) {
			return "\n   \n" + `{"answer": 4, "note": "ignored"}`, false
		})
		res := requireResults(t, c)
		require.Equal(t, "working-experienced", res.Stage)
		for _, m := range c.messages {
			require.Nil(t, m.Error)
		}
	})

	t.Run("the input ending before the results exits 1", func(t *testing.T) {
		n := 0
		c := converse(t, []string{"--json"}, func(m message) (string, bool) {
			n++
			return `{"answer": 2}`, n == 3
		})
		require.Equal(t, 1, c.code)
		require.Contains(t, c.stderr, "ended before the results")
		for _, m := range c.messages {
			require.Nil(t, m.Results)
		}
		require.Len(t, c.questions(), 4, "the question after the last answer is still written")
	})
}

func TestJSONBadLines(t *testing.T) {
	for _, tc := range []struct {
		name, line, want string
		stage            bool
	}{
		{name: "a line that is not JSON", line: `yes please`, want: "want"},
		{name: "an answer of 0", line: `{"answer": 0}`, want: "from 1 to 5"},
		{name: "an answer of 6", line: `{"answer": 6}`, want: "from 1 to 5"},
		{name: "an answer that is not a whole number", line: `{"answer": 2.5}`, want: "want"},
		{name: "an empty object", line: `{}`, want: `{"skip": true}`},
		{name: "a skip of false", line: `{"skip": false}`, want: `{"skip": true}`},
		{name: "both an answer and a skip", line: `{"answer": 2, "skip": true}`, want: "not both"},
		{name: "an answer of 5 to the stage question", line: `{"answer": 5}`, want: "from 1 to 4", stage: true},
	} {
		t.Run(tc.name+" gets one error and the same question again", func(t *testing.T) {
			target := 1 // the first agree-scale question
			if tc.stage {
				target = 0
			}
			n, sent := 0, false
			c := converse(t, []string{"--json"}, func(m message) (string, bool) {
				if m.Error != nil {
					return "", false
				}
				if n == target && !sent {
					sent = true
					return tc.line, false
				}
				n++
				return `{"answer": 3}`, false
			})
			requireResults(t, c)
			var errs []int
			for i, m := range c.messages {
				if m.Error != nil {
					errs = append(errs, i)
				}
			}
			require.Len(t, errs, 1)
			i := errs[0]
			require.Contains(t, *c.messages[i].Error, tc.want)
			require.NotNil(t, c.messages[i-1].Question)
			require.NotNil(t, c.messages[i+1].Question)
			require.Equal(t, c.messages[i-1].Question.ID, c.messages[i+1].Question.ID)
		})
	}
}

func TestTakeCommand(t *testing.T) {
	t.Run("--help prints the usage to standard output", func(t *testing.T) {
		var out, errOut bytes.Buffer
		require.Equal(t, 0, Run([]string{"take", "--help"}, strings.NewReader(""), &out, &errOut))
		require.Contains(t, out.String(), "usage: take")
		require.Empty(t, errOut.String())
	})

	t.Run("an argument that is not a flag is a usage error", func(t *testing.T) {
		var out, errOut bytes.Buffer
		require.Equal(t, 2, Run([]string{"take", "now"}, strings.NewReader(""), &out, &errOut))
		require.Contains(t, errOut.String(), "unexpected argument now")
	})

	t.Run("an unknown flag is a usage error", func(t *testing.T) {
		var out, errOut bytes.Buffer
		require.Equal(t, 2, Run([]string{"take", "--nope"}, strings.NewReader(""), &out, &errOut))
		require.Contains(t, errOut.String(), "usage: take")
	})

	t.Run("--roles takes the quiz on a folder holding questions.md and roles", func(t *testing.T) {
		dir := t.TempDir()
		require.NoError(t, os.CopyFS(dir, content.Files))
		c := converse(t, []string{"--json", "--roles", dir}, keen(`{"answer": 1}`, mlFan...))
		require.Len(t, requireResults(t, c).Roles, len(catalogue(t).Roles))
	})

	t.Run("--roles takes the quiz on a folder of role documents only", func(t *testing.T) {
		dir := t.TempDir()
		roles, err := fs.Sub(content.Files, "roles")
		require.NoError(t, err)
		require.NoError(t, os.CopyFS(dir, roles))
		c := converse(t, []string{"--json", "--roles", dir}, keen(`{"answer": 1}`, mlFan...))
		require.Len(t, requireResults(t, c).Roles, len(catalogue(t).Roles))
	})

	t.Run("--roles takes an office's roles beside the built-in ones", func(t *testing.T) {
		c := converse(t, []string{"--json", "--roles", "../examples/office-roles"}, keen(`{"answer": 1}`, mlFan...))
		ids := map[string]bool{}
		for _, r := range requireResults(t, c).Roles {
			ids[r.ID] = true
		}
		require.Len(t, ids, len(catalogue(t).Roles)+1)
		require.True(t, ids["gis-analyst"], "the office's own role")
	})

	t.Run("--roles with a catalogue that has errors exits 1", func(t *testing.T) {
		var out, errOut bytes.Buffer
		require.Equal(t, 1, Run([]string{"take", "--roles", "../scripts/testdata/broken-roles"}, strings.NewReader(""), &out, &errOut))
		require.Contains(t, errOut.String(), `broken-role.md:5: unknown role "no-such-role"`)
		require.Empty(t, out.String())
	})

	t.Run("--roles with a missing folder exits 1", func(t *testing.T) {
		var out, errOut bytes.Buffer
		require.Equal(t, 1, Run([]string{"take", "--roles", "testdata/missing"}, strings.NewReader(""), &out, &errOut))
		require.Contains(t, errOut.String(), "take: ")
	})
}

func TestTerminal(t *testing.T) {
	t.Run("a person's answers give the top five roles", func(t *testing.T) {
		in := "x\n2\n" + "7\n" + strings.Repeat("4\n5\ns\n2\n", 30)
		var out, errOut bytes.Buffer
		require.Equal(t, 0, Run([]string{"take"}, strings.NewReader(in), &out, &errOut), errOut.String())
		text := out.String()
		require.Contains(t, text, "Where are you now?\n  1  At school\n")
		require.Contains(t, text, "\nQuestion 1\n")
		require.Contains(t, text, "  5  Strongly agree\n")
		require.Contains(t, text, "Please type a number from 1 to 4, s or q.")
		require.Contains(t, text, "Please type a number from 1 to 5, s or q.")
		_, best, ok := strings.Cut(text, "Your best fits (")
		require.True(t, ok, text)
		require.Regexp(t, `^\d+ answers, (low|medium|high) confidence overall\)\n`, best)
		require.Len(t, strings.Split(strings.TrimSpace(best), "\n"), 1+shown)
		require.Regexp(t, `(?m)^  1\. .+ +\d+%  (low|medium|high) confidence$`, best)
	})

	t.Run("quitting shows the results so far", func(t *testing.T) {
		var out, errOut bytes.Buffer
		require.Equal(t, 0, Run([]string{"take"}, strings.NewReader("1\n5\n5\nq\n"), &out, &errOut), errOut.String())
		require.Contains(t, out.String(), "You stopped after 2 answers")
		require.Contains(t, out.String(), "Your best fits (2 answers")
	})

	t.Run("the input ending before the results exits 1", func(t *testing.T) {
		var out, errOut bytes.Buffer
		require.Equal(t, 1, Run([]string{"take"}, strings.NewReader("1\n5\n"), &out, &errOut))
		require.Contains(t, errOut.String(), "ended before the results")
		require.NotContains(t, out.String(), "Your best fits")
	})
}
