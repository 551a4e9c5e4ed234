// Package scoring turns answers on a five-point scale into a ranking of roles: the likelihood of
// an answer given a role's trait profile, the posterior over roles, the expected information
// gain of a question, and the ranking with its explanations. It knows nothing of the content
// format or the user interface: callers describe roles and questions with the plain types here.
package scoring

import (
	"errors"
	"math"
	"sync"
)

// Answers are on a five-point scale, from strongly disagree to strongly agree.
const (
	MinAnswer = 1
	MaxAnswer = 5
	// Levels is the number of answer levels.
	Levels = MaxAnswer - MinAnswer + 1
)

// Measure is one trait a question measures, by index into the model's traits; Reverse means
// agreeing points away from the trait.
type Measure struct {
	Trait   int
	Reverse bool
}

// Question is a question as scoring sees it.
type Question struct {
	ID       string
	Text     string
	Measures []Measure
}

// Role is a role as scoring sees it: a weight from 1 to 5 per trait (by index), and its skills,
// most central first.
type Role struct {
	ID      string
	Title   string
	Profile []float64
	Skills  []string
}

// Params are the knobs of the answer model.
type Params struct {
	// Sigma is the spread of the discretised normal around the predicted answer.
	Sigma float64
	// Floor is the least probability of any answer, so one surprising answer never rules a
	// role out. The normal is mixed with the uniform: (1-5·Floor)·P + Floor.
	Floor float64
	// Tau tempers the likelihood (0 < Tau ≤ 1) against over-confidence: answers are not
	// independent evidence, and a profile is only an approximation.
	Tau float64
	// Random is the prior probability that a student answers at random. When above 0 the
	// belief holds, beside the roles, the hypothesis of a random answerer (every answer
	// equally likely); the choice of question then also seeks to tell it apart, and a ranking
	// whose answers look random has low confidence.
	Random float64
}

// DefaultParams are the parameters tuned with simulated students (see package sim).
var DefaultParams = Params{Sigma: 0.9, Floor: 0.02, Tau: 0.75, Random: 0.05}

// Errors of NewModel.
var (
	ErrNoRoles     = errors.New("scoring: no roles")
	ErrNoQuestions = errors.New("scoring: no questions")
	ErrBadTrait    = errors.New("scoring: measure names an unknown trait")
	ErrBadParams   = errors.New("scoring: parameters out of range")
)

// Model holds the answer probabilities of every role for every question, precomputed.
type Model struct {
	Traits    []string
	Roles     []Role
	Questions []Question
	Params    Params

	nr, nq int
	ns     int       // states: the roles, then the random answerer when Params.Random > 0
	pred   []float64 // [q*ns+r]: the answer role r is predicted to give to question q
	lik    []float64 // [(q*ns+r)*Levels+a]: P(answer a+1 | role r, question q), with the floor
	tlog   []float64 // Tau · log lik
	gtab   []float64 // [(q*ns+r)*gstride+k]: lik, lik^Tau and Tau·log lik side by side, for Gain

	defaultWeight float64
	groupMu       sync.Mutex
	groupCache    []Group
	groupOf       []int
	groupNear     float64
}

// gstride is the stride of Model.gtab.
const gstride = 3 * Levels

// NewModel precomputes the answer model for the roles and questions. A trait a profile does not
// cover (an index past its end, or a weight of 0) counts as defaultWeight.
func NewModel(traits []string, roles []Role, questions []Question, p Params, defaultWeight float64) (*Model, error) {
	if len(roles) == 0 {
		return nil, ErrNoRoles
	}
	if len(questions) == 0 {
		return nil, ErrNoQuestions
	}
	if !(p.Sigma > 0) || !(p.Tau > 0 && p.Tau <= 1) || !(p.Floor >= 0 && p.Floor < 1.0/Levels) || !(p.Random >= 0 && p.Random < 1) {
		return nil, ErrBadParams
	}
	m := &Model{Traits: traits, Roles: roles, Questions: questions, Params: p, nr: len(roles), nq: len(questions), defaultWeight: defaultWeight}
	m.ns = m.nr
	if p.Random > 0 {
		m.ns++
	}
	n := m.ns * m.nq
	m.pred = make([]float64, n)
	m.lik = make([]float64, n*Levels)
	m.tlog = make([]float64, n*Levels)
	m.gtab = make([]float64, n*gstride)
	for q, qu := range questions {
		for _, ms := range qu.Measures {
			if ms.Trait < 0 || ms.Trait >= len(traits) {
				return nil, ErrBadTrait
			}
		}
		for r := 0; r < m.ns; r++ {
			var probs [Levels]float64
			if r < m.nr {
				mu := Predict(roles[r].Profile, qu.Measures, defaultWeight)
				m.pred[q*m.ns+r] = mu
				probs = AnswerProbs(mu, p)
			} else { // the random answerer
				m.pred[q*m.ns+r] = (MinAnswer + MaxAnswer) / 2.0
				for a := range probs {
					probs[a] = 1.0 / Levels
				}
			}
			base := (q*m.ns + r) * Levels
			for a, pa := range probs {
				m.lik[base+a] = pa
				m.tlog[base+a] = p.Tau * math.Log(pa)
				g := (q*m.ns + r) * gstride
				m.gtab[g+a] = pa
				m.gtab[g+Levels+a] = math.Exp(m.tlog[base+a])
				m.gtab[g+2*Levels+a] = m.tlog[base+a]
			}
		}
	}
	return m, nil
}

// Predict is the answer a person with the profile is expected to give to a question measuring
// the traits: the weight, 6 − weight when reverse-keyed, and the mean over several traits.
func Predict(profile []float64, measures []Measure, defaultWeight float64) float64 {
	if len(measures) == 0 {
		return (MinAnswer + MaxAnswer) / 2.0
	}
	sum := 0.0
	for _, ms := range measures {
		w := defaultWeight
		if ms.Trait >= 0 && ms.Trait < len(profile) && profile[ms.Trait] > 0 {
			w = profile[ms.Trait]
		}
		if ms.Reverse {
			w = MinAnswer + MaxAnswer - w
		}
		sum += w
	}
	return sum / float64(len(measures))
}

// AnswerProbs is the probability of each answer (index 0 is answer 1) given the predicted
// answer mu: a normal around mu cut at the half-points between answers, its tails folded into
// the end answers, then mixed with the uniform so that no answer is less likely than Floor.
func AnswerProbs(mu float64, p Params) [Levels]float64 {
	var out [Levels]float64
	prev := 0.0
	for a := 0; a < Levels; a++ {
		c := 1.0
		if a < Levels-1 {
			c = normalCDF((float64(a+MinAnswer) + 0.5 - mu) / p.Sigma)
		}
		out[a] = (1-Levels*p.Floor)*(c-prev) + p.Floor
		prev = c
	}
	return out
}

func normalCDF(z float64) float64 { return 0.5 * math.Erfc(-z/math.Sqrt2) }

// NumRoles is the number of roles.
func (m *Model) NumRoles() int { return m.nr }

// NumQuestions is the number of questions.
func (m *Model) NumQuestions() int { return m.nq }

// Predicted is the answer role r is expected to give to question q.
func (m *Model) Predicted(q, r int) float64 { return m.pred[q*m.ns+r] }

// Likelihood is P(answer | role r, question q), untempered, with the floor.
func (m *Model) Likelihood(q, r, answer int) float64 {
	return m.lik[(q*m.ns+r)*Levels+answer-MinAnswer]
}

// LogEvidence is the tempered log-likelihood Tau·log P(answer | role r, question q): what one
// answer adds to a role's log posterior.
func (m *Model) LogEvidence(q, r, answer int) float64 {
	return m.tlog[(q*m.ns+r)*Levels+answer-MinAnswer]
}

// Valid reports whether v is an answer on the scale.
func Valid(v int) bool { return v >= MinAnswer && v <= MaxAnswer }
