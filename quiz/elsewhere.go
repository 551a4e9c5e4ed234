package quiz

import (
	"math"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
)

// Lead is a trait the student's answers favour that the catalogue's careers hardly share: a
// direction that leads outside these careers.
type Lead struct {
	// Trait is the trait's id; Label its label from the question bank.
	Trait, Label string
	// Score is the student's mean answer to the trait's questions, from 1 to 5, reverse-keyed
	// answers turned round; Answers counts them.
	Score   float64
	Answers int
}

// Rules for Elsewhere and for the questions the quiz adds to find such leads.
const (
	// LeadScore is the least mean answer on a trait that counts as favouring it.
	LeadScore = 4.5
	// LeadAnswers is the fewest answers on a trait that can make it a lead.
	LeadAnswers = 2
	// LeadGap is how far, in answer points, the student's score on a lead trait stands above
	// the weight of every role that fits the answers among the best LeadRoles.
	LeadGap = 1.5
	// LeadRoles is how many of the best-fitting roles a lead must be missing from.
	LeadRoles = 3
	// Misfit is the mean distance, in answer points, between the answers and the answers the
	// best-fitting role predicts, from which no role of the catalogue fits the student well.
	Misfit = 1.0
	// probeAfter is the number of answers after which the quiz adds questions on traits the
	// catalogue hardly covers, when no role fits the answers well.
	probeAfter = 6
	// uncovered is the highest weight any role gives a trait the catalogue hardly covers.
	uncovered = 3
)

// traitScores is the student's mean keyed answer and answer count per trait of the bank.
func (s *Session) traitScores() (map[string]float64, map[string]int) {
	sum, n := map[string]float64{}, map[string]int{}
	for _, q := range s.asked {
		a := s.answers[q]
		if a == 0 {
			continue
		}
		for _, m := range s.e.Catalogue.Questions[q].Measures {
			v := float64(a)
			if m.Reverse {
				v = 6 - v
			}
			sum[m.Trait] += v
			n[m.Trait]++
		}
	}
	for t := range sum {
		sum[t] /= float64(n[t])
	}
	return sum, n
}

// fits are the catalogue's roles with the mean distance between the answers and what each
// role predicts (content.Predict), best fit first.
func (s *Session) fits() ([]*content.Role, []float64) {
	roles := append([]*content.Role(nil), s.e.Catalogue.Roles...)
	dist := make(map[*content.Role]float64, len(roles))
	answered := 0
	for _, q := range s.asked {
		if s.answers[q] != 0 {
			answered++
		}
	}
	if answered == 0 {
		return nil, nil
	}
	for _, r := range roles {
		d := 0.0
		for _, q := range s.asked {
			if a := s.answers[q]; a != 0 {
				d += math.Abs(float64(a) - content.Predict(r, s.e.Catalogue.Questions[q]))
			}
		}
		dist[r] = d / float64(answered)
	}
	scoring.SortStable(roles, func(a, b *content.Role) bool { return dist[a] < dist[b] })
	out := make([]float64, len(roles))
	for i, r := range roles {
		out[i] = dist[r]
	}
	return roles, out
}

// Elsewhere are the traits that lead outside the catalogue's careers, strongest first: when
// no role fits the answers well (the best is Misfit or more away), the traits the student
// favours (LeadScore or more over LeadAnswers answers or more) that none of the LeadRoles
// best-fitting roles shares (each role's weight is LeadGap or more below the student's
// score). Nil when a role fits, or when the answers favour nothing the roles lack.
func (s *Session) Elsewhere() []Lead {
	roles, dist := s.fits()
	if len(roles) == 0 || dist[0] < Misfit {
		return nil
	}
	score, n := s.traitScores()
	var out []Lead
	for _, t := range s.e.Catalogue.Traits {
		if n[t.ID] < LeadAnswers || score[t.ID] < LeadScore {
			continue
		}
		shared := false
		for _, r := range roles[:min(LeadRoles, len(roles))] {
			if score[t.ID]-float64(weightOf(r, t.ID)) < LeadGap {
				shared = true
			}
		}
		if !shared {
			out = append(out, Lead{Trait: t.ID, Label: t.Label, Score: score[t.ID], Answers: n[t.ID]})
		}
	}
	scoring.SortStable(out, func(a, b Lead) bool { return a.Score > b.Score })
	return out
}

func weightOf(r *content.Role, trait string) int {
	for _, w := range r.Profile {
		if w.Trait == trait {
			return w.Value
		}
	}
	return content.DefaultWeight
}

// probe is a question to ask next on a trait the catalogue hardly covers (no role weighs it
// above uncovered), or -1. Such questions tell no roles apart, so the information gain never
// chooses them; without them the quiz could not tell a student that their answers lead
// elsewhere. Once probeAfter answers fit no role well (Misfit or more), the quiz asks one
// forward-keyed interest question on each such trait not yet answered, and a reverse-keyed
// one on each whose first answer favoured it, so Elsewhere has LeadAnswers answers to go on.
func (s *Session) probe() int {
	if s.Answered() < probeAfter {
		return -1
	}
	if _, dist := s.fits(); len(dist) == 0 || dist[0] < Misfit {
		return -1
	}
	score, n := s.traitScores()
	shown := make([]bool, len(s.answers))
	for _, q := range s.asked {
		shown[q] = true
	}
	for _, t := range s.e.Catalogue.Traits {
		if s.covered(t.ID) || n[t.ID] >= LeadAnswers || n[t.ID] == 1 && score[t.ID] < LeadScore {
			continue
		}
		// First a statement of interest for the trait, then one against it, so that agreeing
		// with everything does not look like a lead.
		reverse := n[t.ID] == 1
		for q, cq := range s.e.Catalogue.Questions {
			if !shown[q] && cq.Kind == content.KindInterests && len(cq.Measures) == 1 &&
				cq.Measures[0].Trait == t.ID && cq.Measures[0].Reverse == reverse {
				return q
			}
		}
	}
	return -1
}

// covered reports whether some role weighs the trait above uncovered.
func (s *Session) covered(trait string) bool {
	for _, r := range s.e.Catalogue.Roles {
		if weightOf(r, trait) > uncovered {
			return true
		}
	}
	return false
}
