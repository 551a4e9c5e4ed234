package app

import (
	"fmt"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
)

// stageQuestion is the legend of the question about where the student is now.
const stageQuestion = "Where are you now?"

// stageLabel is the answer the stage question offers for st, "Not said" for StageUnknown.
func stageLabel(st quiz.Stage) string {
	switch st {
	case quiz.StageSchool:
		return "At school"
	case quiz.StageCollege:
		return "At university or college"
	case quiz.StageWorkingNew:
		return "Working, for less than three years"
	case quiz.StageWorkingExperienced:
		return "Working, for three years or more"
	}
	return "Not said"
}

// reachedAfter says when a role at a stage is usually reached, as content/README.md defines
// the stages: entry is a first job, early a few years in, mid several years, senior many.
func reachedAfter(roleStage string) string {
	switch roleStage {
	case content.StageEntry:
		return "is open to people starting their first job"
	case content.StageEarly:
		return "is usually reached after a few years of work"
	case content.StageMid:
		return "is usually reached after several years of work"
	case content.StageSenior:
		return "is usually reached after many years of work"
	}
	return "is reached in different ways"
}

// wayInText is the "Your way in" sentence for a role, from the facts quiz.WayIn gives.
func wayInText(w quiz.WayIn, v voice) string {
	start := startText(w)
	switch {
	case w.RoleStage == content.StageEntry:
		switch w.Student {
		case quiz.StageSchool, quiz.StageCollege:
			return v.You() + " can start in this role straight after " + v.your() + " studies."
		case quiz.StageWorkingNew, quiz.StageWorkingExperienced:
			return v.You() + " can apply for this role now: it is open to people starting their first job."
		}
		return "This role is open to people starting their first job, straight after their studies."
	case w.Student == quiz.StageUnknown:
		if start != "" {
			return fmt.Sprintf("This role %s; a common way in is to %s.", reachedAfter(w.RoleStage), start)
		}
		return fmt.Sprintf("This role %s.", reachedAfter(w.RoleStage))
	case w.Direct:
		msg := "With three years of work or more, " + v.you() + " can aim for this role directly"
		if w.Student == quiz.StageWorkingNew {
			msg = v.You() + " can aim for this role now or soon"
		}
		msg += fmt.Sprintf(": it %s.", reachedAfter(w.RoleStage))
		if len(w.Before) > 0 {
			msg += fmt.Sprintf(" The step before it on its career ladder is %s.", w.Before[len(w.Before)-1].Name)
		}
		return msg
	case start != "":
		return fmt.Sprintf("%s; this role %s.", capitalise(start), reachedAfter(w.RoleStage))
	}
	return fmt.Sprintf("This role %s, so it is a later step rather than a first job.", reachedAfter(w.RoleStage))
}

// startText is "start as A, then B", the ladder's steps from the way in's Start up to the
// role, or "" when the ladder names none.
func startText(w quiz.WayIn) string {
	path := w.Path()
	if len(path) == 0 {
		return ""
	}
	names := make([]string, len(path))
	for i, st := range path {
		names[i] = st.Name
	}
	msg := "start as " + names[0]
	if len(names) > 1 {
		msg += ", then " + strings.Join(names[1:], ", then ")
	}
	return msg
}
