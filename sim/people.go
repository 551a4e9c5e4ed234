package sim

import (
	"math"
	"math/rand/v2"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
)

// Condition names: how the simulated students are drawn and how they answer.
const (
	GRMClean  = "grm-clean" // graded-response answers, trait spread 0.5, nothing else
	Styles    = "styles"    // graded-response, spread 0.5, response styles and careless answers
	Spread    = "spread"    // graded-response, trait spread 1
	Realistic = "realistic" // spread 1, response styles and careless answers: the targets' condition
	School    = "school"    // realistic, at school: skills and experience lag behind interests
	Matched   = "matched"   // the scoring model's own kind of answers; no target counts on it
)

// Conditions are every condition, in the order reports list them.
var Conditions = []string{GRMClean, Styles, Spread, Realistic, School, Matched}

// condition is how one condition draws people and answers.
type condition struct {
	about    string
	spread   float64 // standard deviation of a person's trait level around the role's weight
	styles   bool    // personal response styles
	careless float64 // share of answers given at random
	school   bool    // at school: skills and experience answered from trait levels lowered by 1
	matched  bool    // the scoring model's own kind of answers instead of graded-response ones
}

var conditions = map[string]condition{
	GRMClean:  {about: "graded-response answers, trait spread 0.5", spread: 0.5},
	Styles:    {about: "graded-response, spread 0.5, response styles, 10% careless", spread: 0.5, styles: true, careless: 0.1},
	Spread:    {about: "graded-response, trait spread 1", spread: 1},
	Realistic: {about: "graded-response, spread 1, response styles, 10% careless", spread: 1, styles: true, careless: 0.1},
	School:    {about: "realistic, at school: skills and experience from levels lowered by 1", spread: 1, styles: true, careless: 0.1, school: true},
	Matched:   {about: "the scoring model's own kind of answers, spread 0.5", spread: 0.5, matched: true},
}

// Response styles: how a person uses the scale whatever the statement.
const (
	NoStyle     = "none"
	Acquiescent = "acquiescent" // agrees more with everything
	Extreme     = "extreme"     // answers pile on 1 and 5
	Middle      = "middle"      // answers pulled towards 3
)

// Person is one simulated student: the role they were drawn around and their own trait levels.
type Person struct {
	Role  int
	Theta []float64 // 1..5 per trait
	Style string
	Lift  float64 // acquiescent: added to the latent of every answer
}

// item is one question as the graded-response generator sees it: its own discrimination,
// ordered thresholds and trait weights, none of them known to the scoring model.
type item struct {
	a        float64                     // discrimination
	b        [scoring.Levels - 1]float64 // thresholds between answers 1|2, 2|3, 3|4, 4|5, on the trait scale
	weights  []float64                   // per measured trait, summing to 1
	measures []scoring.Measure
	lowered  bool // a skills or experience question: school students answer it from θ−1
}

// bank is the generator's view of the question bank.
type bank struct {
	items []item
}

// newBank draws the graded-response parameters of every question of the model.
func newBank(m *scoring.Model, cat *content.Catalogue, rng *rand.Rand) *bank {
	bk := &bank{}
	for q, qu := range m.Questions {
		it := item{a: 1.7 * math.Exp(0.3*rng.NormFloat64()), measures: qu.Measures}
		offset := 0.4 * rng.NormFloat64()
		for k := range it.b {
			it.b[k] = float64(scoring.MinAnswer+k) + 0.5 + offset + 0.15*rng.NormFloat64() // half-way between answers
		}
		for k := 1; k < len(it.b); k++ { // keep them ordered
			it.b[k] = max(it.b[k], it.b[k-1]+0.1)
		}
		sum := 0.0
		for range qu.Measures {
			w := 0.3 + rng.Float64()
			it.weights = append(it.weights, w)
			sum += w
		}
		for i := range it.weights {
			it.weights[i] /= sum
		}
		if q < len(cat.Questions) {
			k := cat.Questions[q].Kind
			it.lowered = k == "skills" || k == "experience"
		}
		bk.items = append(bk.items, it)
	}
	return bk
}

// weight is role r's weight for trait t, with the catalogue's default for a trait left out.
func weight(m *scoring.Model, r, t int) float64 {
	p := m.Roles[r].Profile
	if t < len(p) && p[t] > 0 {
		return p[t]
	}
	return content.DefaultWeight
}

// drawPerson draws a student around role r's profile: each trait moved by a normal of the
// condition's spread, kept on the scale; and a response style if the condition has them.
func drawPerson(m *scoring.Model, r int, c condition, rng *rand.Rand) Person {
	p := Person{Role: r, Theta: make([]float64, len(m.Traits)), Style: NoStyle}
	for t := range p.Theta {
		p.Theta[t] = clamp(weight(m, r, t)+c.spread*rng.NormFloat64(), scoring.MinAnswer, scoring.MaxAnswer)
	}
	if c.styles {
		switch u := rng.Float64(); {
		case u < 0.2:
			p.Style, p.Lift = Acquiescent, 0.5+0.5*rng.Float64()
		case u < 0.4:
			p.Style = Extreme
		case u < 0.6:
			p.Style = Middle
		}
	}
	return p
}

func clamp(x, lo, hi float64) float64 { return math.Min(math.Max(x, lo), hi) }

func sigmoid(x float64) float64 { return 1 / (1 + math.Exp(-x)) }

// answers are the person's answers to every question under the condition.
func (bk *bank) answers(p Person, c condition, rng *rand.Rand) []int {
	out := make([]int, len(bk.items))
	for q := range bk.items {
		if c.matched {
			out[q] = bk.matchedAnswer(q, p, rng)
			continue
		}
		if rng.Float64() < c.careless {
			out[q] = randomAnswer(rng)
			continue
		}
		out[q] = bk.grmAnswer(q, p, c.school, rng)
	}
	return out
}

// level is the person's level on a measured trait as the question sees it: lowered by 1 for a
// school student on a skills or experience question, reversed (6 − level) when reverse-keyed.
func (it *item) level(p Person, ms scoring.Measure, school bool) float64 {
	v := p.Theta[ms.Trait]
	if school && it.lowered {
		v = max(v-1, scoring.MinAnswer)
	}
	if ms.Reverse {
		v = scoring.MinAnswer + scoring.MaxAnswer - v
	}
	return v
}

// grmAnswer is a graded-response answer: P(answer > k) = σ(a·(η − b_k)), η the weighted mean of
// the measured trait levels, with the person's response style on top.
func (bk *bank) grmAnswer(q int, p Person, school bool, rng *rand.Rand) int {
	it := &bk.items[q]
	eta := middle
	if len(it.measures) > 0 {
		eta = 0
		for i, ms := range it.measures {
			eta += it.weights[i] * it.level(p, ms, school)
		}
	}
	a, b := it.a, it.b
	switch p.Style {
	case Acquiescent:
		eta += p.Lift
	case Extreme:
		for k := range b {
			b[k] = middle + 0.4*(b[k]-middle)
		}
		a *= 1.5
	case Middle:
		eta = middle + 0.5*(eta-middle)
		b[0] -= 0.6
		b[len(b)-1] += 0.6
	}
	u := rng.Float64()
	x := scoring.MinAnswer
	for _, bk := range b {
		if u < sigmoid(a*(eta-bk)) {
			x++
		}
	}
	return x
}

// matchedAnswer is the scoring model's own kind of answer: the mean of the measured trait
// levels (reverse-keyed: 6 − level), plus normal noise, rounded, with a few lapses answered at
// random.
func (bk *bank) matchedAnswer(q int, p Person, rng *rand.Rand) int {
	if rng.Float64() < 0.04 {
		return randomAnswer(rng)
	}
	it := &bk.items[q]
	mu := middle
	if len(it.measures) > 0 {
		mu = 0
		for _, ms := range it.measures {
			mu += it.level(p, ms, false) / float64(len(it.measures))
		}
	}
	return int(clamp(math.Round(mu+0.7*rng.NormFloat64()), scoring.MinAnswer, scoring.MaxAnswer))
}

// middle is the middle of the answer scale, "not sure".
const middle = (scoring.MinAnswer + scoring.MaxAnswer) / 2.0

// randomAnswer is an answer drawn uniformly from the scale.
func randomAnswer(rng *rand.Rand) int { return scoring.MinAnswer + rng.IntN(scoring.Levels) }
