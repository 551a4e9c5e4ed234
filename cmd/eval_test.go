package cmd

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/careerquiz/careerquiz/sim"
	"github.com/stretchr/testify/require"
)

// small is a catalogue of two roles and four questions, so that eval runs fast.
var small = []string{"--roles", filepath.Join("..", "content", "testdata", "catalogue")}

// runEval runs eval on the small catalogue through the command line.
func runEval(args ...string) (code int, stdout, stderr string) {
	var out, errs bytes.Buffer
	code = Run(append(append([]string{"eval"}, small...), args...), nil, &out, &errs)
	return code, out.String(), errs.String()
}

func TestEvalCommand(t *testing.T) {
	t.Run("json output has every condition, per-role figures, degenerate answerers and targets", func(t *testing.T) {
		code, out, errs := runEval("--seed", "3", "--n", "2", "--json")
		require.Equal(t, 0, code, errs)
		var rep struct {
			Conditions map[string]struct {
				Policies map[string]map[string]any `json:"policies"`
				Roles    []map[string]any          `json:"roles"`
			} `json:"conditions"`
			Degenerate []map[string]any `json:"degenerate"`
			Targets    []map[string]any `json:"targets"`
		}
		require.NoError(t, json.Unmarshal([]byte(out), &rep))
		for _, name := range sim.Conditions {
			c, ok := rep.Conditions[name]
			require.True(t, ok, name)
			for _, pol := range sim.Policies {
				for _, key := range []string{"top1", "top3", "twin", "questions_median", "questions_p90", "stability_top1",
					"calibration", "twin_calibration", "labels"} {
					require.Contains(t, c.Policies[pol], key, name+" "+pol)
				}
			}
			require.Len(t, c.Roles, 2)
			require.Contains(t, c.Roles[0], "adaptive")
			require.Contains(t, c.Roles[0], "full")
		}
		require.Len(t, rep.Degenerate, len(sim.DegenerateKinds))
		require.NotEmpty(t, rep.Targets)
		require.Contains(t, rep.Targets[0], "met")
	})

	t.Run("without json a block per condition, degenerate answerers and targets are printed", func(t *testing.T) {
		code, out, errs := runEval("--n", "2")
		require.Equal(t, 0, code, errs)
		for _, name := range sim.Conditions {
			require.Contains(t, out, name+": ")
		}
		require.Contains(t, out, "degenerate answerers")
		require.Contains(t, out, "alternating 1,5")
		require.Contains(t, out, "targets")
	})

	t.Run("--conditions runs a subset", func(t *testing.T) {
		code, out, errs := runEval("--n", "2", "--conditions", "school, matched")
		require.Equal(t, 0, code, errs)
		require.Contains(t, out, "school: ")
		require.NotContains(t, out, "grm-clean: ")
	})

	t.Run("a bad flag or condition is a usage error", func(t *testing.T) {
		for _, args := range [][]string{{"--bogus"}, {"--n", "0"}, {"now"}} {
			code, _, _ := runEval(args...)
			require.Equal(t, 2, code, args)
		}
		code, _, errs := runEval("--conditions", "nope")
		require.Equal(t, 2, code)
		require.Contains(t, errs, `unknown condition "nope"`)
	})
}

func TestReadConfig(t *testing.T) {
	write := func(t *testing.T, text string) string {
		path := filepath.Join(t.TempDir(), "config.json")
		require.NoError(t, os.WriteFile(path, []byte(text), 0o644))
		return path
	}
	t.Run("no file is the default configuration", func(t *testing.T) {
		cfg, err := readConfig("")
		require.NoError(t, err)
		require.Equal(t, quiz.DefaultConfig, cfg)
	})
	t.Run("a file changes only the fields it names", func(t *testing.T) {
		cfg, err := readConfig(write(t, `{"MaxQuestions": 24, "Params": {"Tau": 1}}`))
		require.NoError(t, err)
		want := quiz.DefaultConfig
		want.MaxQuestions, want.Params.Tau = 24, 1
		require.Equal(t, want, cfg)
		require.Equal(t, 0.9, quiz.DefaultConfig.Params.Tau, "the default is left as it was")
	})
	t.Run("named scales replace the default ones", func(t *testing.T) {
		cfg, err := readConfig(write(t, `{"Params": {"Scales": [{"Spread": 1, "Noise": 1, "Agree": 1, "Lag": 1, "Floor": 1}]}}`))
		require.NoError(t, err)
		require.Equal(t, []scoring.Scale{{Spread: 1, Noise: 1, Agree: 1, Lag: 1, Floor: 1}}, cfg.Params.Scales)
	})
	t.Run("an unknown field or a broken file is an error", func(t *testing.T) {
		_, err := readConfig(write(t, `{"Taw": 1}`))
		require.Error(t, err)
		_, err = readConfig(write(t, `{`))
		require.Error(t, err)
		_, err = readConfig(filepath.Join(t.TempDir(), "missing.json"))
		require.Error(t, err)
	})
	t.Run("settings out of range stop eval with a message", func(t *testing.T) {
		code, _, errs := runEval("--n", "1", "--config", write(t, `{"Params": {"Tau": 2}}`))
		require.Equal(t, 2, code)
		require.Contains(t, errs, "out of range")
	})
}
