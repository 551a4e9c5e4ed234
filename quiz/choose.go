package quiz

import (
	"math"

	"github.com/careerquiz/careerquiz/scoring"
)

// choose is the next new question to show, or -1 when the quiz stops. The choice is cached
// until the answers change.
func (s *Session) choose() int {
	if s.nextOK {
		return s.next
	}
	s.next = s.decide()
	s.nextOK = true
	return s.next
}

// unasked are the questions not shown yet.
func (s *Session) unasked() []int {
	shown := make([]bool, len(s.answers))
	for _, q := range s.asked {
		shown[q] = true
	}
	var out []int
	for q, ok := range shown {
		if !ok {
			out = append(out, q)
		}
	}
	return out
}

// StopReason is why the quiz stopped, or StopNone while it goes on.
type StopReason uint8

// Stop reasons, as Session.StopReason reports them.
const (
	StopNone      StopReason = iota
	StopConfident            // the top roles are settled: more questions are unlikely to change them
	StopNoGain               // no question left would change the answer
	StopCap                  // the most questions the quiz asks
	StopExhausted            // every question was shown
	StopNoModel              // the catalogue has no roles or no questions
)

var stopNames = [...]string{StopNone: "", StopConfident: "settled", StopNoGain: "no-gain", StopCap: "cap",
	StopExhausted: "exhausted", StopNoModel: "no-roles"}

// String is the reason's code, "" for StopNone.
func (r StopReason) String() string {
	if int(r) < len(stopNames) {
		return stopNames[r]
	}
	return "unknown"
}

// MarshalText writes the reason's code.
func (r StopReason) MarshalText() ([]byte, error) { return []byte(r.String()), nil }

// StopReason says why the quiz stopped, or StopNone while it goes on.
func (s *Session) StopReason() StopReason {
	if s.choose() >= 0 {
		return StopNone
	}
	return s.reason
}

func (s *Session) decide() int {
	s.reason = StopNone
	if s.e.Model == nil {
		s.reason = StopNoModel
		return -1
	}
	left := s.unasked()
	if len(left) == 0 {
		s.reason = StopExhausted
		return -1
	}
	cfg := s.e.Config
	n := len(s.asked)
	forced := n < s.until
	if !forced {
		if n >= cfg.MaxQuestions {
			s.reason = StopCap
			return -1
		}
		if s.Answered() >= cfg.MinQuestions && s.confident() {
			s.reason = StopConfident
			return -1
		}
	}
	if s.order != nil {
		if !forced && cfg.Epsilon > 0 && s.bestGain(left) < cfg.Epsilon {
			s.reason = StopNoGain
			return -1
		}
		return s.order(left)
	}
	shown := make([]bool, len(s.answers))
	for _, q := range s.asked {
		shown[q] = true
	}
	s.gains = s.belief.Gains(func(q int) bool { return !shown[q] }, s.gains)
	raw := math.Inf(-1)
	for _, q := range left {
		raw = max(raw, s.gains[q])
	}
	if !forced && raw < cfg.Epsilon {
		s.reason = StopNoGain
		return -1
	}
	if cfg.Repeat > 0 {
		count := make([]int, s.e.ntraits)
		for _, q := range s.asked {
			for _, t := range s.e.qtraits[q] {
				count[t]++
			}
		}
		for _, q := range left {
			if ts := s.e.qtraits[q]; len(ts) > 0 {
				n := 0
				for _, t := range ts {
					n += count[t]
				}
				s.gains[q] /= 1 + cfg.Repeat*float64(n)/float64(len(ts))
			}
		}
	}
	best, bestGain := -1, math.Inf(-1)
	for _, q := range left {
		if s.gains[q] > bestGain {
			best, bestGain = q, s.gains[q]
		}
	}
	if cfg.Cover > 0 {
		touched := make([]bool, s.e.ntraits)
		for _, q := range s.asked {
			for _, t := range s.e.qtraits[q] {
				touched[t] = true
			}
		}
		fresh := func(q int) int {
			n := 0
			for _, t := range s.e.qtraits[q] {
				if !touched[t] {
					n++
				}
			}
			return n
		}
		bestFresh := fresh(best)
		for _, q := range left {
			if s.gains[q] >= (1-cfg.Cover)*bestGain {
				if f := fresh(q); f > bestFresh || (f == bestFresh && s.gains[q] > s.gains[best]) {
					best, bestFresh = q, f
				}
			}
		}
	}
	return best
}

func (s *Session) bestGain(left []int) float64 {
	best := math.Inf(-1)
	for _, q := range left {
		best = max(best, s.belief.Gain(q))
	}
	return best
}

// confident reports whether the top role, or the top group of near-identical roles, is
// probable enough to stop.
func (s *Session) confident() bool {
	top, p := s.belief.Top()
	t := s.e.Config.Thresholds
	if why := s.e.Model.Doubt(s.Answers(), top, t); why != scoring.NoDoubt && why != scoring.NotHighYet || s.belief.Random() > s.e.Config.StopRandom {
		return false // answers that look random or all alike: ask on, they may tell
	}
	if p >= s.e.Config.StopAt {
		return true
	}
	groups, groupOf := s.e.groups()
	if len(groups) == 0 {
		return false
	}
	post := s.belief.Posterior()
	sums := make([]float64, len(groups)+1)
	for r, g := range groupOf {
		if g > 0 {
			sums[g] += post[r]
		}
	}
	for _, v := range sums[1:] {
		if v >= s.e.Config.StopGroupAt {
			return true
		}
	}
	return false
}
