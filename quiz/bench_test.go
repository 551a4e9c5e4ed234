package quiz

import (
	"fmt"
	"math/rand/v2"
	"testing"

	"github.com/careerquiz/careerquiz/content"
)

// syntheticCatalogue has nr roles with random profiles over 14 traits and nq questions on one
// or two traits, a third of them reverse-keyed.
func syntheticCatalogue(nr, nq int) *content.Catalogue {
	rng := rand.New(rand.NewPCG(1, 2))
	cat := &content.Catalogue{}
	for t := 0; t < 14; t++ {
		cat.Traits = append(cat.Traits, content.Trait{ID: fmt.Sprintf("t%d", t)})
	}
	for r := 0; r < nr; r++ {
		role := &content.Role{ID: fmt.Sprintf("role-%d", r), Title: fmt.Sprintf("Role %d", r)}
		for _, t := range cat.Traits {
			role.Profile = append(role.Profile, content.Weight{Trait: t.ID, Value: 1 + rng.IntN(5)})
		}
		cat.Roles = append(cat.Roles, role)
	}
	for q := 0; q < nq; q++ {
		qu := content.Question{ID: fmt.Sprintf("q%d", q), Text: "?"}
		for k := 0; k < 1+rng.IntN(2); k++ {
			qu.Measures = append(qu.Measures, content.Measure{Trait: cat.Traits[rng.IntN(14)].ID, Reverse: rng.IntN(3) == 0})
		}
		cat.Questions = append(cat.Questions, qu)
	}
	return cat
}

// benchmarkStep measures one answer's update plus the choice of the next question, five
// answers into a quiz that does not stop.
func benchmarkStep(b *testing.B, cat *content.Catalogue) {
	cfg := DefaultConfig
	cfg.MinQuestions, cfg.MaxQuestions = len(cat.Questions)+1, len(cat.Questions)
	e, err := NewEngine(cat, cfg)
	if err != nil {
		b.Fatal(err)
	}
	s := e.New()
	for i := 0; i < 5; i++ {
		q, _ := s.Current()
		_ = s.Answer(q.ID, 1+i%5)
	}
	last := s.Asked()[4].ID
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; b.Loop(); i++ {
		_ = s.Answer(last, 1+i%5)
		if _, ok := s.Current(); !ok {
			b.Fatal("the quiz stopped")
		}
	}
}

func BenchmarkStep(b *testing.B) {
	b.Run("catalogue", func(b *testing.B) {
		cat, err := content.Default()
		if err != nil {
			b.Fatal(err)
		}
		b.Logf("%d roles × %d questions", len(cat.Roles), len(cat.Questions))
		benchmarkStep(b, cat)
	})
	b.Run("200 roles × 400 questions", func(b *testing.B) {
		benchmarkStep(b, syntheticCatalogue(200, 400))
	})
}

func BenchmarkNewEngine(b *testing.B) {
	b.Run("catalogue", func(b *testing.B) {
		cat, err := content.Default()
		if err != nil {
			b.Fatal(err)
		}
		for b.Loop() {
			if _, err := NewEngine(cat, DefaultConfig); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("200 roles × 400 questions", func(b *testing.B) {
		cat := syntheticCatalogue(200, 400)
		for b.Loop() {
			if _, err := NewEngine(cat, DefaultConfig); err != nil {
				b.Fatal(err)
			}
		}
	})
}
