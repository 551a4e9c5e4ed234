package quiz

// TraitLevel is where the student's answers put them on one trait of the catalogue.
type TraitLevel struct {
	// TraitID is the trait's ID in the catalogue.
	TraitID string
	// Level is from 1 to 5 on the scale of a role's profile, 0 when no answer measured it.
	Level float64
	// Answers is the number of answers that measured the trait.
	Answers int
}

// TraitLevels are the student's levels on every trait of the catalogue, in its order, from the
// answers given so far.
func (s *Session) TraitLevels() []TraitLevel {
	lv := s.e.Model.TraitLevels(s.Answers())
	out := make([]TraitLevel, len(lv))
	for i, l := range lv {
		out[i] = TraitLevel{TraitID: s.e.Model.Traits[l.Trait], Level: l.Level, Answers: l.Answers}
	}
	return out
}

// Length is how long the quiz usually is, in questions after the stage question: at least min
// (the stopping rule waits for Config.MinQuestions answers), typically typical (most students
// finish in about half of the most the quiz asks, see package sim), at most max
// (Config.MaxQuestions), each no more than the questions there are.
func (e *Engine) Length() (least, typical, most int) {
	cfg := e.Config
	n := len(e.Catalogue.Questions)
	typical = max(cfg.MinQuestions, (cfg.MaxQuestions+1)/2)
	return min(cfg.MinQuestions, n), min(typical, n), min(cfg.MaxQuestions, n)
}
