package scoring

import (
	"math"
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
	// Probability is the probability, given the answers, that this role is the one of the
	// catalogue whose profile the student's answers come from: the posterior of the answer
	// model, tempered, times the probability that the answers are not random. The evaluation
	// (package sim) checks on students drawn from other models that it is calibrated: of the
	// roles shown 70%, about 70 in 100 are right.
	Probability float64
	// Confidence is High, Medium or Low, from Probability, and never above the ranking's.
	Confidence Confidence
	// Reasons are the answers that raised this role most, then those that lowered it most.
	Reasons []Reason
	// Have are the role's skills the student has; Learn the next ones to learn, most central
	// first.
	Have, Learn []string
	// Group is the ID of the role's group of roles the answers cannot tell apart, 0 when it
	// has none.
	Group int
}

// Reason is one answer that moved a role. An answer in the middle of the scale ("not sure")
// is never given as a reason that raised a role.
type Reason struct {
	QuestionID string
	Text       string
	Answer     int
	// Effect is the tempered log-likelihood ratio of the answer for this role against the
	// average role, given the answers before it: positive raised the role, negative lowered it.
	Effect float64
}

// Group is a set of roles that the questions answered cannot tell apart. They are presented
// together, with what distinguishes them.
type Group struct {
	ID      int
	RoleIDs []string
	Titles  []string
	// Probability is the sum of the roles' probabilities.
	Probability float64
	// Fit is Probability as a whole percentage, 0 to 100, as Result.Fit is.
	Fit int
	// Differences are the traits on which the roles' profiles differ, largest first.
	Differences []Difference
	// Separable reports whether some question not answered yet is predicted differently (by
	// a whole answer point or more) for some two roles of the group: more questions could
	// tell them apart.
	Separable bool
}

// Difference is a trait on which roles of a group differ.
type Difference struct {
	// Trait is the trait's ID, as Model.Traits names it.
	Trait string
	// High and Low are the titles of the roles with the highest and lowest weight.
	High, Low string
	By        float64
}

// Percent is a probability as a whole percentage, 0 to 100: the figure a student is shown.
func Percent(p float64) int { return int(math.Round(100 * p)) }

// Thresholds turn probabilities into confidence levels.
type Thresholds struct {
	High, Medium float64 // least probability for High and Medium
	MinForHigh   int     // fewer answers than this are never High
	MinAnswers   int     // fewer answers than this are always Low
	Alike        float64 // share of identical answers from which answers are "all alike"
	Misfit       float64 // person-fit z below which answers fit no role well
	// Random is the probability of random answering from which the answers fit no role: with
	// a prior of Params.Random it takes a Bayes factor of about 19 for 0.5, real evidence.
	Random     float64
	MaxReasons int     // reasons per role that raised it (half as many that lowered it)
	MaxLearn   int     // skills to learn per role
	Near       float64 // Distance below which the answers cannot tell two roles apart
}

// DefaultThresholds are the thresholds the quiz uses, checked with simulated students (see
// package sim).
var DefaultThresholds = Thresholds{High: 0.9, Medium: 0.5, MinForHigh: 8, MinAnswers: 3, Alike: 0.8, Misfit: -3,
	Random: 0.5, MaxReasons: 3, MaxLearn: 5, Near: 1}

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

// Belief is the belief given the answers, in the order given, computed from scratch; answers
// Belief.Add refuses (to unknown questions, off the scale, or to a question again) are left
// out.
func (m *Model) Belief(answers []Answer) *Belief {
	b := m.NewBelief()
	for _, a := range answers {
		_ = b.Add(a.Question, a.Value) // a refused answer is left out, as documented
	}
	return b
}

// valid are the answers to questions of the model, on the scale, each question once.
func (m *Model) valid(answers []Answer) []Answer {
	seen := map[int]bool{}
	out := answers[:0:0]
	for _, a := range answers {
		if m.validQuestion(a.Question) && Valid(a.Value) && !seen[a.Question] {
			seen[a.Question] = true
			out = append(out, a)
		}
	}
	return out
}

// Rank ranks every role given the answers (in the order given) and the student's skills (names
// compared without case), with the thresholds t. Every role's Confidence is at most the
// ranking's.
func (m *Model) Rank(answers []Answer, skills []string, t Thresholds) Ranking {
	valid := m.valid(answers)
	b := m.Belief(valid)
	post := b.Posterior()
	random := b.Random()
	have := map[string]bool{}
	for _, s := range skills {
		have[strings.ToLower(s)] = true
	}
	groups, groupOf := m.groups(b, t.Near)

	rk := Ranking{Answered: len(valid), Random: random}
	for r, role := range m.Roles {
		p := post[r] * (1 - random)
		res := Result{
			RoleID:      role.ID,
			Title:       role.Title,
			Probability: p,
			Fit:         Percent(p),
			Reasons:     m.reasons(b, r, t.MaxReasons),
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
	SortStable(rk.Results, func(a, b Result) bool { return a.Probability > b.Probability })
	used := map[int]bool{}
	for _, res := range rk.Results {
		if res.Group > 0 && !used[res.Group] {
			used[res.Group] = true
			g := groups[res.Group-1]
			for _, id := range g.RoleIDs {
				g.Probability += post[m.RoleIndex(id)] * (1 - random)
			}
			g.Fit = Percent(g.Probability)
			rk.Groups = append(rk.Groups, g)
		}
	}

	top := rk.Results[0]
	rk.Confidence = t.Level(top.Probability)
	rk.GroupConfidence = rk.Confidence
	for _, g := range rk.Groups {
		if g.ID == top.Group && top.Group > 0 {
			rk.GroupConfidence = t.Level(g.Probability)
		}
	}
	limit := High
	why := m.doubt(b, valid, m.RoleIndex(top.RoleID), t)
	switch why {
	case NoDoubt:
	case NotHighYet:
		limit = Medium
	default:
		limit = Low
	}
	rk.Confidence, rk.GroupConfidence = min(rk.Confidence, limit), min(rk.GroupConfidence, limit)
	if why != NoDoubt && (rk.Confidence < High || rk.GroupConfidence < High) {
		rk.Why = why
	}
	if rk.Why == NoDoubt && rk.Confidence < rk.GroupConfidence {
		rk.Why = RolesTooNear
	}
	for i := range rk.Results {
		rk.Results[i].Confidence = min(t.Level(rk.Results[i].Probability), rk.Confidence)
	}
	return rk
}

// Doubt says why answers should not be trusted as evidence for role top (an index), or NoDoubt
// when nothing is wrong: too few answers (FewAnswers), answers nearly all the same (AllAlike),
// or answers that no role's profile explains, judged by the evidence for random answering and
// by the person-fit statistic (Misfit). NotHighYet caps the confidence at medium.
func (m *Model) Doubt(answers []Answer, top int, t Thresholds) Doubt {
	valid := m.valid(answers)
	return m.doubt(m.Belief(valid), valid, top, t)
}

func (m *Model) doubt(b *Belief, answers []Answer, top int, t Thresholds) Doubt {
	switch {
	case len(answers) < t.MinAnswers:
		return FewAnswers
	case alike(answers) >= t.Alike:
		return AllAlike
	case b.Random() >= t.Random || b.personFit(top) < t.Misfit:
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
// item response theory), each answer given the ones before: about 0 for someone who answers as
// the role's model says, strongly negative for answers the model finds unlikely.
func (b *Belief) personFit(r int) float64 {
	if len(b.qs) == 0 || r < 0 || r >= b.m.nr {
		return 0
	}
	l, e, v := 0.0, 0.0, 0.0
	pr := b.sc[b.likely()].pr
	for k := range b.qs {
		probs := pr[k][r]
		l += math.Log(probs[int(b.xs[k])-MinAnswer])
		ei, e2 := 0.0, 0.0
		for _, p := range probs {
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

// PersonFit is the person-fit statistic of the answers under the role with the given index.
func (m *Model) PersonFit(role int, answers []Answer) float64 {
	return m.Belief(m.valid(answers)).personFit(role)
}

func (m *Model) reasons(b *Belief, r int, most int) []Reason {
	var all []Reason
	tau := m.Params.Tau
	pr := b.sc[b.likely()].pr
	for k, q := range b.qs {
		a := int(b.xs[k])
		avg := 0.0
		for s := 0; s < m.nr; s++ {
			avg += math.Log(pr[k][s][a-MinAnswer])
		}
		avg /= float64(m.nr)
		eff := tau * (math.Log(pr[k][r][a-MinAnswer]) - avg)
		if math.Abs(eff) < 0.05 || (eff > 0 && 2*a == MinAnswer+MaxAnswer) {
			continue
		}
		qu := m.Questions[q]
		all = append(all, Reason{QuestionID: qu.ID, Text: qu.Text, Answer: a, Effect: eff})
	}
	SortStable(all, func(a, b Reason) bool { return a.Effect > b.Effect })
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

// SortStable sorts x so that a comes before b when before(a, b), keeping the order of equal
// elements: an insertion sort, for the short lists of the quiz (a question bank at most).
// The app's sorts use it rather than sort.SliceStable, whose reflection, or
// slices.SortStableFunc, whose instantiations, cost the WebAssembly several KB brotli.
func SortStable[T any](x []T, before func(a, b T) bool) {
	for i := 1; i < len(x); i++ {
		for j := i; j > 0 && before(x[j], x[j-1]); j-- {
			x[j], x[j-1] = x[j-1], x[j]
		}
	}
}
