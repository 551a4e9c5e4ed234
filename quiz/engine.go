// Package quiz is the adaptive questionnaire: a session keeps every answer, holds a posterior
// over roles, picks the next question by expected information gain, decides when to stop, and
// saves and shares itself. The model behind it is in package scoring.
package quiz

import (
	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
)

// Config are the engine's knobs: the answer model, the confidence thresholds and the stopping
// rule. DefaultConfig is checked with simulated students (see package sim).
type Config struct {
	Params     scoring.Params
	Thresholds scoring.Thresholds

	// MinQuestions is the least number of answers before the quiz may stop on settled roles.
	// A MinQuestions at least the number of questions asks every question.
	MinQuestions int
	// MaxQuestions caps the questions shown (answered or skipped) unless the student asks for
	// more.
	MaxQuestions int
	// Settle is the probability of change below which the top roles are settled: the quiz
	// stops when none of the Lookahead most informative questions left would change the top
	// role with a probability of Settle or more, nor the set of the top three with a
	// probability of SettleTop3 or more.
	Settle, SettleTop3 float64
	// Lookahead is how many of the best questions left the stopping rule looks at.
	Lookahead int
	// Epsilon is the expected information gain (nats) below which no question is worth asking.
	Epsilon float64
	// Cover is the share of the best gain a question may give up to be preferred for touching
	// traits no asked question has measured yet (0 turns coverage off).
	Cover float64
	// Repeat discounts the gain of a question by how often its traits were measured already:
	// gain / (1 + Repeat·n), n the mean count over its traits (0 turns it off: the answer
	// model already knows that answers on one trait move together).
	Repeat float64
	// MoreStep is the number of questions More adds.
	MoreStep int
}

// DefaultConfig is the configuration New uses.
var DefaultConfig = Config{
	Params:       scoring.DefaultParams,
	Thresholds:   scoring.DefaultThresholds,
	MinQuestions: 8,
	MaxQuestions: 20,
	Settle:       0.15,
	SettleTop3:   0.4,
	Lookahead:    3,
	Epsilon:      0.005,
	Cover:        0.15,
	Repeat:       0,
	MoreStep:     5,
}

// Engine is what sessions on one catalogue share: the catalogue, the answer model and the
// skill vocabulary. It is safe for concurrent use.
type Engine struct {
	Catalogue *content.Catalogue
	Config    Config
	Model     *scoring.Model

	qindex  map[string]int
	qtraits [][]int // trait indices per question
	ntraits int
	bank    uint64
	vocab   *vocabulary
}

// NewEngine builds the engine for a catalogue. It fails with scoring.NewModel's error
// (scoring.ErrNoRoles, ErrNoQuestions, ErrBadParams) when the catalogue has no roles or no
// questions or the configuration's parameters are out of range. Unknown traits in a question
// or a profile are ignored.
func NewEngine(cat *content.Catalogue, cfg Config) (*Engine, error) {
	if cat == nil {
		cat = &content.Catalogue{}
	}
	e := &Engine{Catalogue: cat, Config: cfg, qindex: map[string]int{}, bank: BankVersion(cat)}
	tindex := map[string]int{}
	var traits []string
	for _, t := range cat.Traits {
		if _, ok := tindex[t.ID]; !ok {
			tindex[t.ID] = len(traits)
			traits = append(traits, t.ID)
		}
	}
	e.ntraits = len(traits)
	e.vocab = newVocabulary(cat)
	var qs []scoring.Question
	for i, q := range cat.Questions {
		e.qindex[q.ID] = i
		sq := scoring.Question{ID: q.ID, Text: q.Text, Skill: q.Kind == content.KindSkills || q.Kind == content.KindExperience}
		var ts []int
		for _, m := range q.Measures {
			if t, ok := tindex[m.Trait]; ok {
				sq.Measures = append(sq.Measures, scoring.Measure{Trait: t, Reverse: m.Reverse})
				ts = append(ts, t)
			}
		}
		qs = append(qs, sq)
		e.qtraits = append(e.qtraits, ts)
	}
	var roles []scoring.Role
	for _, r := range cat.Roles {
		if r == nil {
			continue
		}
		sr := scoring.Role{ID: r.ID, Title: r.Title, Profile: make([]float64, len(traits))}
		for _, w := range r.Profile {
			if t, ok := tindex[w.Trait]; ok && w.Value >= scoring.MinAnswer && w.Value <= scoring.MaxAnswer {
				sr.Profile[t] = float64(w.Value)
			}
		}
		seen := map[string]bool{}
		for _, sk := range r.Skills {
			name := e.vocab.canonical(sk)
			if name != "" && !seen[name] {
				seen[name] = true
				sr.Skills = append(sr.Skills, name)
			}
		}
		roles = append(roles, sr)
	}
	m, err := scoring.NewModel(traits, roles, qs, cfg.Params, content.DefaultWeight)
	if err != nil {
		return nil, err
	}
	e.Model = m
	return e, nil
}

// QuestionIndex is the index of a question in the catalogue, or -1.
func (e *Engine) QuestionIndex(id string) int {
	if i, ok := e.qindex[id]; ok {
		return i
	}
	return -1
}
