package quiz

// Stage is where the student is now, asked as its own multiple-choice question. It decides
// which step of each role's ladder is the way in; it never changes a role's fit.
type Stage uint8

// Stages, in the order the question offers them. StageUnknown is a question not answered yet
// or skipped.
const (
	StageUnknown            Stage = iota
	StageSchool                   // at school
	StageCollege                  // at university or college
	StageWorkingNew               // working, for less than three years
	StageWorkingExperienced       // working, for three years or more
)

// Stages are the answers the stage question offers, in order.
var Stages = []Stage{StageSchool, StageCollege, StageWorkingNew, StageWorkingExperienced}

var stageNames = [...]string{StageUnknown: "", StageSchool: "school", StageCollege: "college",
	StageWorkingNew: "working-new", StageWorkingExperienced: "working-experienced"}

// String is the stage's code, "" for StageUnknown.
func (st Stage) String() string {
	if int(st) < len(stageNames) {
		return stageNames[st]
	}
	return ""
}

// MarshalText writes the stage's code.
func (st Stage) MarshalText() ([]byte, error) { return []byte(st.String()), nil }

// Valid reports whether st is one of Stages or StageUnknown.
func (st Stage) Valid() bool { return int(st) < len(stageNames) }

// SetStage records where the student is now; StageUnknown takes the answer back. An invalid
// stage is ignored.
func (s *Session) SetStage(st Stage) {
	if st.Valid() {
		s.stage = st
	}
}

// Stage is where the student said they are now, StageUnknown when they have not said.
func (s *Session) Stage() Stage { return s.stage }
