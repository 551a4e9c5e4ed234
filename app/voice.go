package app

// voice is whose answers a results page speaks of: the student's own on this device
// ("you"), or, on a shared link, those of the person who shared it ("they").
type voice bool

const (
	yours  voice = false // the student's own results
	theirs voice = true  // results someone shared
)

// you is "you" or "they".
func (v voice) you() string {
	if v == theirs {
		return "they"
	}
	return "you"
}

// your is "your" or "their".
func (v voice) your() string {
	if v == theirs {
		return "their"
	}
	return "your"
}

// You and Your are you and your at the start of a sentence.
func (v voice) You() string  { return capitalise(v.you()) }
func (v voice) Your() string { return capitalise(v.your()) }
