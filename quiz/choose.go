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
)

var stopNames = [...]string{StopNone: "", StopConfident: "settled", StopNoGain: "no-gain", StopCap: "cap",
	StopExhausted: "exhausted"}

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
	left := s.unasked()
	if len(left) == 0 {
		s.reason = StopExhausted
		return -1
	}
	cfg := s.e.Config
	n := len(s.asked)
	forced := n < s.until || s.Answered() < cfg.MinQuestions && cfg.MinQuestions >= len(s.answers)
	if !forced && n >= cfg.MaxQuestions {
		s.reason = StopCap
		return -1
	}
	if forced && s.order != nil {
		return s.order(left)
	}
	if s.order == nil {
		if q := s.probe(); q >= 0 {
			return q
		}
	}
	shown := make([]bool, len(s.answers))
	for _, q := range s.asked {
		shown[q] = true
	}
	s.gains = s.belief.Gains(func(q int) bool { return !shown[q] }, s.gains)
	if !forced {
		raw := math.Inf(-1)
		for _, q := range left {
			raw = max(raw, s.gains[q])
		}
		if raw < cfg.Epsilon {
			s.reason = StopNoGain
			return -1
		}
		if s.Answered() >= cfg.MinQuestions && s.settled(left) {
			s.reason = StopConfident
			return -1
		}
	}
	if s.order != nil {
		return s.order(left)
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

// settled reports whether the top roles are settled: answers that look random or all alike
// are not (more questions may tell), and otherwise none of the most informative questions
// left is likely to change the top role or the set of the top three. s.gains must hold the
// gains of the questions left.
func (s *Session) settled(left []int) bool {
	cfg := s.e.Config
	top, _ := s.belief.Top()
	switch s.e.Model.Doubt(s.Answers(), top, cfg.Thresholds) {
	case scoring.FewAnswers, scoring.AllAlike, scoring.Misfit:
		return false
	}
	best := append([]int(nil), left...)
	scoring.SortStable(best, func(a, b int) bool { return s.gains[a] > s.gains[b] })
	for _, q := range best[:min(len(best), max(cfg.Lookahead, 1))] {
		if t1, t3 := s.belief.Change(q); t1 >= cfg.Settle || t3 >= cfg.SettleTop3 {
			return false
		}
	}
	return true
}
