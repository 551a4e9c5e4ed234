package scoring

import (
	"math"
	"sort"
	"strings"
)

// Answer is one answer: a question by index into the model's questions, and a value from 1 to 5.
type Answer struct {
	Question int
	Value    int
}

// Ranking is the result of a quiz: every role, best first.
type Ranking struct {
	Results []Result
	// Confidence is the confidence in the top role: High, Medium or Low.
	Confidence Confidence
	// GroupConfidence is the confidence in the top role's group of near-identical roles (the
	// same as Confidence when the top role stands alone).
	GroupConfidence Confidence
	// Why is the reason the confidence is not high when the answers are the reason, or NoDoubt.
	Why Doubt
	// Groups are the groups of near-identical roles among the results, by ID.
	Groups []Group
	// Answered is the number of answers the ranking rests on.
	Answered int
	// Random is the probability that the answers were given at random, not about any role
	// (0 when the model has no such hypothesis, see Params.Random).
	Random float64
}

// Result is one role of a ranking.
type Result struct {
	RoleID string
	Title  string
	// Fit is Probability as a whole percentage, 0 to 100, shown as "NN%".
	Fit int
	// Probability is the posterior probability that this role is the best fit of all the roles,
	// tempered so that it is calibrated on simulated students (see package sim).
	Probability float64
	// Similarity is how closely the answers match the role's profile, 0 to 100: one minus the
	// mean distance between each answer and the answer the profile predicts. Not a probability.
	Similarity int
	// Confidence is High, Medium or Low, from Probability, and never above the ranking's.
	Confidence Confidence
	// Reasons are the answers that raised this role most, then those that lowered it most.
	Reasons []Reason
	// Have are the role's skills the student has; Learn the next ones to learn, most central
	// first.
	Have, Learn []string
	// Group is the ID of the role's group of near-identical roles, 0 when it has none.
	Group int
}

// Reason is one answer that moved a role.
type Reason struct {
	QuestionID string
	Text       string
	Answer     int
	// Effect is the tempered log-likelihood ratio of the answer for this role against the
	// average role: positive raised the role, negative lowered it.
	Effect float64
}

// Group is a set of roles whose profiles are so close that the question bank hardly separates
// them. They are presented together, with what distinguishes them.
type Group struct {
	ID      int
	RoleIDs []string
	Titles  []string
	// Probability is the sum of the roles' probabilities.
	Probability float64
	// Differences are the traits on which the roles' profiles differ, largest first.
	Differences []Difference
	// Separable reports whether some question of the bank is predicted differently (by a
	// whole answer point or more) for some two roles of the group.
	Separable bool
}

// Difference is a trait on which roles of a group differ.
type Difference struct {
	Trait string
	// High and Low are the titles of the roles with the highest and lowest weight.
	High, Low string
	By        float64
}

// Thresholds turn probabilities into confidence levels.
type Thresholds struct {
	High, Medium float64 // least top probability for High and Medium
	MinForHigh   int     // fewer answers than this are never High
	MinAnswers   int     // fewer answers than this are always Low
	Alike        float64 // share of identical answers from which answers are "all alike"
	Misfit       float64 // person-fit z below which answers "fit no role well"
	MinSupport   float64 // mean log(5·P(answer | top role)) per answer below which they do too
	Random       float64 // probability of random answering above which they do too
	MaxReasons   int     // reasons per role that raised it (half as many that lowered it)
	MaxLearn     int     // skills to learn per role
	Near         float64 // symmetric divergence over the whole bank below which roles are near-identical
}

// DefaultThresholds are tuned with simulated students (see package sim).
var DefaultThresholds = Thresholds{High: 0.7, Medium: 0.4, MinForHigh: 6, MinAnswers: 3, Alike: 0.85, Misfit: -3, MinSupport: 0.15, Random: 0.05, MaxReasons: 3, MaxLearn: 5, Near: 15}

// Level is the confidence level of a probability.
func (t Thresholds) Level(p float64) Confidence {
	switch {
	case p >= t.High:
		return High
	case p >= t.Medium:
		return Medium
	}
	return Low
}

// Belief is the belief given the answers, computed from scratch; answers to unknown questions
// or off the scale are left out.
func (m *Model) Belief(answers []Answer) *Belief {
	b := m.NewBelief()
	for _, a := range answers {
		if a.Question >= 0 && a.Question < m.nq && Valid(a.Value) {
			b.Add(a.Question, a.Value)
		}
	}
	return b
}

// Rank ranks every role given the answers and the student's skills (names compared without
// case), with the thresholds t.
func (m *Model) Rank(answers []Answer, skills []string, t Thresholds) Ranking {
	valid := answers[:0:0]
	for _, a := range answers {
		if a.Question >= 0 && a.Question < m.nq && Valid(a.Value) {
			valid = append(valid, a)
		}
	}
	belief := m.Belief(valid)
	post := belief.Posterior()
	have := map[string]bool{}
	for _, s := range skills {
		have[strings.ToLower(s)] = true
	}
	groups, groupOf := m.groups(t.Near)

	rk := Ranking{Answered: len(valid), Random: belief.Random()}
	for r, role := range m.Roles {
		res := Result{
			RoleID:      role.ID,
			Title:       role.Title,
			Probability: post[r],
			Fit:         int(math.Round(100 * post[r])),
			Similarity:  m.similarity(r, valid),
			Confidence:  t.Level(post[r]),
			Reasons:     m.reasons(r, valid, t.MaxReasons),
			Group:       groupOf[r],
		}
		for _, s := range role.Skills {
			if have[strings.ToLower(s)] {
				res.Have = append(res.Have, s)
			} else if len(res.Learn) < t.MaxLearn {
				res.Learn = append(res.Learn, s)
			}
		}
		rk.Results = append(rk.Results, res)
	}
	sort.SliceStable(rk.Results, func(i, j int) bool {
		a, b := rk.Results[i], rk.Results[j]
		if a.Probability != b.Probability {
			return a.Probability > b.Probability
		}
		return a.Similarity > b.Similarity
	})
	used := map[int]bool{}
	for _, res := range rk.Results {
		if res.Group > 0 && !used[res.Group] {
			used[res.Group] = true
			g := groups[res.Group-1]
			g.Probability = 0
			for _, id := range g.RoleIDs {
				g.Probability += post[m.roleIndex(id)]
			}
			rk.Groups = append(rk.Groups, g)
		}
	}

	top := rk.Results[0]
	rk.Confidence = t.Level(top.Probability)
	rk.GroupConfidence = rk.Confidence
	if top.Group > 0 {
		for _, g := range rk.Groups {
			if g.ID == top.Group {
				rk.GroupConfidence = t.Level(g.Probability)
			}
		}
	}
	cap := func(level Confidence) {
		if level == Medium && rk.Confidence == High {
			rk.Confidence = Medium
		}
		if level == Medium && rk.GroupConfidence == High {
			rk.GroupConfidence = Medium
		}
		if level == Low {
			rk.Confidence, rk.GroupConfidence = Low, Low
		}
	}
	why := m.Doubt(valid, m.roleIndex(top.RoleID), t)
	if why == NoDoubt || why == NotHighYet {
		if rk.Random > t.Random {
			why = Misfit
		}
	}
	switch why {
	case NoDoubt:
	case FewAnswers, AllAlike, Misfit:
		cap(Low)
		rk.Why = why
	default:
		cap(Medium)
		rk.Why = why
	}
	if rk.Why == NoDoubt && rk.Confidence == Low && rk.GroupConfidence != Low {
		rk.Why = RolesTooNear
	}
	return rk
}

func (m *Model) roleIndex(id string) int {
	for r, role := range m.Roles {
		if role.ID == id {
			return r
		}
	}
	return -1
}

// Doubt says why answers should not be trusted as evidence for role top (an index), or NoDoubt when
// nothing is wrong: too few answers (FewAnswers), answers nearly all the same (AllAlike), or
// answers the role's profile does not explain, judged by the person-fit statistic and by the
// support against random answering (Misfit). NotHighYet caps the confidence at medium.
func (m *Model) Doubt(answers []Answer, top int, t Thresholds) Doubt {
	switch {
	case len(answers) < t.MinAnswers:
		return FewAnswers
	case alike(answers) >= t.Alike:
		return AllAlike
	case m.personFit(top, answers) < t.Misfit || m.support(top, answers) < t.MinSupport:
		return Misfit
	case len(answers) < t.MinForHigh:
		return NotHighYet
	}
	return NoDoubt
}

// alike is the share of the answers that equal the most common answer.
func alike(answers []Answer) float64 {
	if len(answers) == 0 {
		return 0
	}
	var n [Levels]int
	most := 0
	for _, a := range answers {
		n[a.Value-MinAnswer]++
		most = max(most, n[a.Value-MinAnswer])
	}
	return float64(most) / float64(len(answers))
}

// personFit is the standardised log-likelihood of the answers under role r (the lz statistic of
// item response theory): about 0 for someone who answers as the role's model says, strongly
// negative for answers the model finds unlikely, such as random ones.
func (m *Model) personFit(r int, answers []Answer) float64 {
	if len(answers) == 0 || r < 0 {
		return 0
	}
	l, e, v := 0.0, 0.0, 0.0
	for _, a := range answers {
		base := (a.Question*m.ns + r) * Levels
		l += math.Log(m.lik[base+a.Value-MinAnswer])
		ei, e2 := 0.0, 0.0
		for k := 0; k < Levels; k++ {
			p := m.lik[base+k]
			lp := math.Log(p)
			ei += p * lp
			e2 += p * lp * lp
		}
		e += ei
		v += e2 - ei*ei
	}
	if v <= 0 {
		return 0
	}
	return (l - e) / math.Sqrt(v)
}

// support is the mean log-likelihood ratio per answer of role r against answering at random:
// clearly positive when the answers follow the role's profile, about zero or below for random
// answers.
func (m *Model) support(r int, answers []Answer) float64 {
	if len(answers) == 0 || r < 0 {
		return 0
	}
	s := 0.0
	for _, a := range answers {
		s += math.Log(Levels * m.lik[(a.Question*m.ns+r)*Levels+a.Value-MinAnswer])
	}
	return s / float64(len(answers))
}

// PersonFit is the person-fit statistic of the answers under the role with the given index.
func (m *Model) PersonFit(role int, answers []Answer) float64 { return m.personFit(role, answers) }

func (m *Model) similarity(r int, answers []Answer) int {
	if len(answers) == 0 {
		return 0
	}
	d := 0.0
	for _, a := range answers {
		d += math.Abs(float64(a.Value) - m.pred[a.Question*m.ns+r])
	}
	d /= float64(len(answers)) * (MaxAnswer - MinAnswer)
	return int(math.Round(100 * (1 - d)))
}

func (m *Model) reasons(r int, answers []Answer, most int) []Reason {
	var all []Reason
	for _, a := range answers {
		base := a.Question * m.ns * Levels
		avg := 0.0
		for k := 0; k < m.nr; k++ {
			avg += m.tlog[base+k*Levels+a.Value-MinAnswer]
		}
		avg /= float64(m.nr)
		eff := m.tlog[base+r*Levels+a.Value-MinAnswer] - avg
		if math.Abs(eff) < 0.05 {
			continue
		}
		q := m.Questions[a.Question]
		all = append(all, Reason{QuestionID: q.ID, Text: q.Text, Answer: a.Value, Effect: eff})
	}
	sort.SliceStable(all, func(i, j int) bool { return all[i].Effect > all[j].Effect })
	var out []Reason
	for _, rs := range all {
		if rs.Effect > 0 && len(out) < most {
			out = append(out, rs)
		}
	}
	lowered := 0
	for i := len(all) - 1; i >= 0 && lowered < (most+1)/2; i-- {
		if all[i].Effect < 0 {
			out = append(out, all[i])
			lowered++
		}
	}
	return out
}
