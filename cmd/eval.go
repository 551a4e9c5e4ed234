package cmd

import (
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"slices"
	"strings"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/careerquiz/careerquiz/scoring"
	"github.com/careerquiz/careerquiz/sim"
)

const evalUsage = "usage: eval [--seed N] [--n people per role] [--conditions a,b] [--config FILE] [--roles DIR] [--json]\n"

// eval is the eval subcommand: it prints tables, or the report as JSON, and returns the exit
// code. --config reads a JSON object of quiz.Config fields (scoring parameters and thresholds
// included) laid over quiz.DefaultConfig, so that another setting can be measured without a
// rebuild: {"Params": {"Tau": 1}} changes Tau alone. --roles evaluates DIR's catalogue, read
// as check reads it.
func eval(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("eval", flag.ContinueOnError)
	seed := fs.Uint64("seed", 1, "random seed; the same seed gives the same figures")
	n := fs.Int("n", 30, "simulated people per role, for each condition")
	conds := fs.String("conditions", "", "conditions to run, comma-separated (default all: "+strings.Join(sim.Conditions, ",")+")")
	asJSON := fs.Bool("json", false, "print the report as JSON")
	config := fs.String("config", "", "a JSON file of engine settings laid over the defaults")
	roles := fs.String("roles", "", "folder of role documents to evaluate instead of the built-in ones")
	if err := parse(fs, args, stderr); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return 0
		}
		return 2
	}
	if *n <= 0 {
		fmt.Fprint(stderr, evalUsage)
		return 2
	}
	var names []string
	for _, c := range strings.Split(*conds, ",") {
		if c = strings.TrimSpace(c); c == "" {
			continue
		}
		if !slices.Contains(sim.Conditions, c) {
			fmt.Fprintf(stderr, "eval: unknown condition %q (known: %s)\n", c, strings.Join(sim.Conditions, ", "))
			return 2
		}
		names = append(names, c)
	}
	cfg, err := readConfig(*config)
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 2
	}
	cat, err := loadCatalogue(*roles)
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 1
	}
	if _, err := quiz.NewEngine(cat, cfg); errors.Is(err, scoring.ErrBadParams) {
		fmt.Fprintf(stderr, "eval: the settings in %s are out of range\n", *config)
		return 2
	}
	rep, err := sim.Evaluate(cat, sim.Options{Seed: *seed, PerRole: *n, Config: cfg, Conditions: names})
	if err != nil {
		fmt.Fprintln(stderr, "eval:", err)
		return 1
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		if err := enc.Encode(rep); err != nil {
			fmt.Fprintln(stderr, "eval:", err)
			return 1
		}
		return 0
	}
	rep.WriteTable(stdout)
	return 0
}

// readConfig is quiz.DefaultConfig with the fields of the JSON file at path laid over it; the
// default itself for "".
func readConfig(path string) (quiz.Config, error) {
	cfg := quiz.DefaultConfig
	cfg.Params.Scales = nil // a file that names Scales replaces them; one that does not keeps them
	if path == "" {
		cfg.Params.Scales = quiz.DefaultConfig.Params.Scales
		return cfg, nil
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return cfg, err
	}
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cfg); err != nil {
		return cfg, fmt.Errorf("%s: %w", path, err)
	}
	if cfg.Params.Scales == nil {
		cfg.Params.Scales = quiz.DefaultConfig.Params.Scales
	}
	return cfg, nil
}
