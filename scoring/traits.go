package scoring

// TraitLevel is where a student's answers put them on one trait, on the scale of a role's
// profile (1 hardly, 5 the heart of it).
type TraitLevel struct {
	// Trait is the index of the trait in the model's traits.
	Trait int
	// Level is the mean of the answers on the trait, each reverse-keyed answer turned round
	// (6 − answer) and each weighed by the share of the question that is about the trait.
	// It is 0 when no answer measured the trait.
	Level float64
	// Answers is the number of answers that measured the trait.
	Answers int
}

// TraitLevels are the student's levels on every trait of the model, in the model's order,
// from the answers: what the answers say directly, before any role is compared with them.
// Answers to unknown questions or off the scale are left out.
func (m *Model) TraitLevels(answers []Answer) []TraitLevel {
	out := make([]TraitLevel, len(m.Traits))
	sum := make([]float64, len(m.Traits))
	weight := make([]float64, len(m.Traits))
	for i := range out {
		out[i].Trait = i
	}
	for _, a := range m.valid(answers) {
		ms := m.Questions[a.Question].Measures
		for _, me := range ms {
			if me.Trait < 0 || me.Trait >= len(m.Traits) {
				continue
			}
			v := float64(a.Value)
			if me.Reverse {
				v = MinAnswer + MaxAnswer - v
			}
			w := 1 / float64(len(ms))
			sum[me.Trait] += w * v
			weight[me.Trait] += w
			out[me.Trait].Answers++
		}
	}
	for i := range out {
		if weight[i] > 0 {
			out[i].Level = sum[i] / weight[i]
		}
	}
	return out
}
