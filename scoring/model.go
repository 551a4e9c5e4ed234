// Package scoring turns answers on a five-point scale into a ranking of roles: the likelihood of
// a student's answers given a role's trait profile, the posterior over roles, the expected
// information gain of a question, and the ranking with its explanations. It knows nothing of
// the content format or the user interface: callers describe roles and questions with the plain
// types here.
//
// The answer model is hierarchical. A student who fits a role has trait levels near the role's
// profile, not on it: each trait deviates from the profile's weight by a normal of spread
// Params.Spread. Every answer also carries the student's own tendency to agree with statements
// whatever they say (Params.Agree) and noise of its own (Params.Noise). So answers on one trait
// move together, and a student who agrees with everything does not read as interested in
// everything: reverse-keyed statements pull the other way. Given a role, the answers are then
// jointly normal; the probability of each answer is that normal, conditioned on the answers
// before it, cut into the five answer levels and mixed with a floor so that one careless
// answer never rules a role out. Beside the roles, the belief holds the hypothesis that the
// answers are random.
package scoring

import (
	"errors"
	"math"
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

// Question is a question as scoring sees it. Skill marks a statement of ability or
// experience rather than of interest: a student's skills can lag behind their interests (at
// school most do), so such answers share an offset of their own.
type Question struct {
	ID       string
	Text     string
	Measures []Measure
	Skill    bool
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
	// Spread is the standard deviation of a student's trait level around the role's weight:
	// a profile describes a typical person in the role, not everyone in it.
	Spread float64
	// Agree is the standard deviation of a student's own shift on every answer: some people
	// agree with statements more readily than others, whatever the statement.
	Agree float64
	// Noise is the standard deviation of each answer around what the student's traits
	// predict.
	Noise float64
	// Lag is the standard deviation of a student's own offset on every trait when a
	// statement is of ability or experience (Question.Skill): skills lag behind interests for
	// some students (at school most), not for others.
	Lag float64
	// Scales are the kinds of student the belief allows for: each multiplies Spread (how far
	// the student's traits may be from the profile) and Noise (how consistently they answer).
	// The belief weighs the scales by how well they explain the answers, so a careful student's
	// answers count for more than a careless one's. Empty means one scale of 1 and 1.
	Scales []Scale
	// Floor is the least probability of any answer, so one surprising answer never rules a
	// role out: the normal is mixed with the uniform, (1-5·Floor)·P + Floor.
	Floor float64
	// Tau tempers the likelihood (0 < Tau ≤ 1): the model is only an approximation of how
	// people answer, and Tau keeps its figures from claiming more than the evidence holds.
	// The evaluation (package sim) checks that the figures it gives are calibrated.
	Tau float64
	// Random is the prior probability that a student answers at random. When above 0 the
	// belief holds, beside the roles, the hypothesis of a random answerer (every answer
	// equally likely, each on its own).
	Random float64
}

// Scale multiplies Params.Spread, Noise, Agree, Lag and Floor for one kind of student: a
// careful student answers close to their traits, with little of a style of their own and
// seldom at random; a careless one does none of these.
type Scale struct{ Spread, Noise, Agree, Lag, Floor float64 }

// DefaultParams are the parameters of the answer model, chosen with simulated students from
// models other than this one (see package sim).
var DefaultParams = Params{Spread: 1, Agree: 0.45, Noise: 0.8, Lag: 1.1, Floor: 0.02, Tau: 0.9, Random: 0.05,
	Scales: []Scale{
		{0.3, 0.55, 1, 1, 1}, {0.3, 1, 1, 1, 1}, {0.3, 1.6, 1, 1, 1},
		{0.7, 0.55, 1, 1, 1}, {0.7, 1, 1, 1, 1}, {0.7, 1.6, 1, 1, 1},
		{1.3, 0.55, 1, 1, 1}, {1.3, 1, 1, 1, 1}, {1.3, 1.6, 1, 1, 1},
	}}

// Errors of NewModel.
var (
	ErrNoRoles     = errors.New("scoring: no roles")
	ErrNoQuestions = errors.New("scoring: no questions")
	ErrBadTrait    = errors.New("scoring: measure names an unknown trait")
	ErrBadParams   = errors.New("scoring: parameters out of range")
)

// Model holds what the answer model needs of every role and question, precomputed.
type Model struct {
	// Traits are the traits' IDs; Measure.Trait and Role.Profile index them.
	Traits    []string
	Roles     []Role
	Questions []Question
	Params    Params

	nr, nq int
	roleAt map[string]int // role ID → index into Roles
	pred   []float64      // [q*nr+r]: the answer role r is predicted to give to question q
	cov    [][]float64    // per scale, [q*nq+q']: covariance of the answers to q and q' given a role
	scales []Scale
}

// NewModel precomputes the answer model for the roles and questions. A trait a profile does not
// cover (an index past its end, or a weight of 0) counts as defaultWeight.
func NewModel(traits []string, roles []Role, questions []Question, p Params, defaultWeight float64) (*Model, error) {
	if len(roles) == 0 {
		return nil, ErrNoRoles
	}
	if len(questions) == 0 {
		return nil, ErrNoQuestions
	}
	for _, c := range p.Scales {
		if !(c.Spread >= 0) || !(c.Noise > 0) || !(c.Agree >= 0) || !(c.Floor >= 0 && c.Floor*p.Floor < 1.0/Levels) ||
			!(c.Lag >= 0) || math.IsInf(c.Spread+c.Noise+c.Agree+c.Lag, 0) {
			return nil, ErrBadParams
		}
	}
	if !(p.Spread >= 0) || !(p.Agree >= 0) || !(p.Lag >= 0) || !(p.Noise > 0) || !(p.Tau > 0 && p.Tau <= 1) ||
		!(p.Floor >= 0 && p.Floor < 1.0/Levels) || !(p.Random >= 0 && p.Random < 1) {
		return nil, ErrBadParams
	}
	nr, nq := len(roles), len(questions)
	m := &Model{Traits: traits, Roles: roles, Questions: questions, Params: p, nr: nr, nq: nq, scales: p.Scales}
	if len(m.scales) == 0 {
		m.scales = []Scale{{1, 1, 1, 1, 1}}
	}
	m.roleAt = make(map[string]int, nr)
	for r, role := range roles {
		if _, dup := m.roleAt[role.ID]; !dup {
			m.roleAt[role.ID] = r
		}
	}
	// load[q][t]: how much trait t moves the answer to q (±1/n for a question on n traits).
	load := make([][]float64, nq)
	for q, qu := range questions {
		load[q] = make([]float64, len(traits))
		for _, ms := range qu.Measures {
			if ms.Trait < 0 || ms.Trait >= len(traits) {
				return nil, ErrBadTrait
			}
			w := 1 / float64(len(qu.Measures))
			if ms.Reverse {
				w = -w
			}
			load[q][ms.Trait] += w
		}
	}
	// key[q]: the direction in which the traits move the answer to q, +1 when agreeing means
	// more of every trait it measures, −1 when less, 0 when it sets one trait against another.
	key := make([]float64, nq)
	for q := range questions {
		for _, w := range load[q] {
			key[q] += w
		}
	}
	m.pred = make([]float64, nq*nr)
	for q, qu := range questions {
		for r := range roles {
			m.pred[q*nr+r] = Predict(roles[r].Profile, qu.Measures, defaultWeight)
		}
	}
	// dot[q*nq+k] = load[q]·load[k], the same for every scale, so made once. A question loads on
	// one or two traits: the sum runs over q's, in trait order, since every other term is zero
	// and adding it would not change the sum. It is symmetric, term for term.
	own := make([][]int, nq)
	for q := range nq {
		for t, w := range load[q] {
			if w != 0 {
				own[q] = append(own[q], t)
			}
		}
	}
	dot := make([]float64, nq*nq)
	for q := range nq {
		for k := q; k < nq; k++ {
			d := 0.0
			for _, t := range own[q] {
				d += load[q][t] * load[k][t]
			}
			dot[q*nq+k], dot[k*nq+q] = d, d
		}
	}
	for _, c := range m.scales {
		cov := make([]float64, nq*nq)
		sp, ns := c.Spread*p.Spread, c.Noise*p.Noise
		ag := c.Agree * p.Agree
		lg := c.Lag * p.Lag
		s2, a2, e2, l2 := sp*sp, ag*ag, ns*ns, lg*lg
		for q := range nq {
			for k := q; k < nq; k++ {
				v := s2*dot[q*nq+k] + a2
				w := v
				if questions[q].Skill && questions[k].Skill {
					// Each order as written, since (l2·a)·b need not round as (l2·b)·a does.
					v += l2 * key[q] * key[k]
					w += l2 * key[k] * key[q]
				}
				if q == k {
					v += e2
					w = v
				}
				cov[q*nq+k], cov[k*nq+q] = v, w
			}
		}
		m.cov = append(m.cov, cov)
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

// AnswerProbs is the probability of each answer (index 0 is answer 1) for an answer expected
// at mu with standard deviation sd: the normal cut at the half-points between answers, its
// tails folded into the end answers, then mixed with the uniform so that no answer is less
// likely than floor.
func AnswerProbs(mu, sd, floor float64) [Levels]float64 {
	var out [Levels]float64
	prev := 0.0
	inv := 1 / (sd * math.Sqrt2)
	for a := 0; a < Levels; a++ {
		c := 1.0
		if a < Levels-1 {
			c = 0.5 * math.Erfc(-(float64(a+MinAnswer)+0.5-mu)*inv)
		}
		out[a] = (1-Levels*floor)*(c-prev) + floor
		prev = c
	}
	return out
}

// RoleIndex is the index into Roles of the role with the ID (the first, should two share
// it), or -1.
func (m *Model) RoleIndex(id string) int {
	if r, ok := m.roleAt[id]; ok {
		return r
	}
	return -1
}

// NumRoles is the number of roles.
func (m *Model) NumRoles() int { return m.nr }

// NumQuestions is the number of questions.
func (m *Model) NumQuestions() int { return m.nq }

// Predicted is the answer role r is expected to give to question q, before any answer.
func (m *Model) Predicted(q, r int) float64 { return m.pred[q*m.nr+r] }

// Covariance is the covariance of the answers to questions q and k for a student of any one
// role, at the scale of index c (see Params.Scales): shared trait levels and the student's own
// tendency to agree make answers move together.
func (m *Model) Covariance(c, q, k int) float64 { return m.cov[c][q*m.nq+k] }

// Valid reports whether v is an answer on the scale.
func Valid(v int) bool { return v >= MinAnswer && v <= MaxAnswer }

// validQuestion reports whether q is a question of the model.
func (m *Model) validQuestion(q int) bool { return q >= 0 && q < m.nq }
