package scoring

// Confidence is how far a ranking, or one role of it, can be trusted: Low, Medium or High.
// The words a student reads for it are written by the user interface.
type Confidence uint8

// Confidence levels, from least to most.
const (
	Low Confidence = iota
	Medium
	High
)

var confidenceNames = [...]string{Low: "low", Medium: "medium", High: "high"}

// String is the level's code: "low", "medium" or "high".
func (c Confidence) String() string {
	if int(c) < len(confidenceNames) {
		return confidenceNames[c]
	}
	return "low"
}

// MarshalText writes the level's code, so JSON carries "high", not 2.
func (c Confidence) MarshalText() ([]byte, error) { return []byte(c.String()), nil }

// Doubt is the reason a ranking's confidence is not high when the answers are the reason, or
// NoDoubt. The words a student reads for it are written by the user interface.
type Doubt uint8

// Reasons to doubt a ranking, as Model.Doubt and Ranking.Why give them.
const (
	NoDoubt      Doubt = iota
	FewAnswers         // fewer answers than Thresholds.MinAnswers
	AllAlike           // straight-lining or all "not sure"
	Misfit             // the answers fit no role's profile, as random answers do
	NotHighYet         // too few answers for high confidence
	RolesTooNear       // the top roles are near-identical: the answers point to their group
)

var doubtNames = [...]string{NoDoubt: "", FewAnswers: "few-answers", AllAlike: "all-alike", Misfit: "misfit",
	NotHighYet: "not-high-yet", RolesTooNear: "roles-too-near"}

// String is the reason's code, "" for NoDoubt.
func (d Doubt) String() string {
	if int(d) < len(doubtNames) {
		return doubtNames[d]
	}
	return "unknown"
}

// MarshalText writes the reason's code.
func (d Doubt) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
