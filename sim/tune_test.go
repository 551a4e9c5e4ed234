package sim

import (
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
)

// TestTune is a throwaway sweep: TUNE='{"Params":{...}}' go test ./sim -run TestTune -v
func TestTune(t *testing.T) {
	spec := os.Getenv("TUNE")
	if spec == "" {
		t.Skip()
	}
	cfg := quiz.DefaultConfig
	cfg.Params.Scales = nil
	if err := json.Unmarshal([]byte(spec), &cfg); err != nil {
		t.Fatal(err)
	}
	cat, _ := content.Default()
	rep, err := Evaluate(cat, Options{Seed: 7, PerRole: perRole(), Config: cfg, Conditions: []string{GRMClean, Styles, Spread, Realistic, School}})
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range rep.Order {
		a := rep.Conditions[n].Policies[Adaptive]
		f := rep.Conditions[n].Policies[Full]
		fmt.Printf("%-10s top1 %.3f top3 %.3f full %.3f q %.0f/%.0f ece %.3f (%+.3f) fullece %.3f (%+.3f) high %.2f/%.2f\n", n, a.Top1, a.Top3, f.Top1,
			a.QuestionsMedian, a.QuestionsP90, a.Calibration.Error, a.Calibration.Bias, f.Calibration.Error, f.Calibration.Bias, a.Labels["high"].Share, a.Labels["high"].Right)
	}
}

func perRole() int {
	var n int
	fmt.Sscan(os.Getenv("TUNE_N"), &n)
	return max(n, 8)
}
