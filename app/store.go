package app

import (
	"fmt"
	"strings"

	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// progressKey is the localStorage key of the saved quiz session.
const progressKey = "careerquiz.progress"

// saveProgress keeps the session on this device so that it can be resumed.
func saveProgress(ctx app.Context, s *quiz.Session) {
	if err := ctx.LocalStorage().Set(progressKey, string(s.Snapshot())); err != nil {
		app.Log("saving progress failed:", err)
	}
}

// loadProgress returns the saved session, if any. A saved session that cannot be read is
// dropped, and notice says so; one from an older question bank is migrated.
func loadProgress(ctx app.Context, e *quiz.Engine) (s *quiz.Session, notice string) {
	var data string
	err := ctx.LocalStorage().Get(progressKey, &data)
	if err == nil && data == "" {
		return nil, ""
	}
	var n quiz.Notice
	if err == nil {
		s, n, err = e.Restore([]byte(data))
	}
	if err != nil {
		ctx.LocalStorage().Del(progressKey)
		return nil, "Your saved progress could not be read, so the quiz starts afresh."
	}
	return s, restoreNotice(n)
}

// restoreNotice tells the student, in plain words, what changed in their saved progress.
func restoreNotice(n quiz.Notice) string {
	var msg string
	switch {
	case n.Dropped > 0:
		msg = fmt.Sprintf("The questions have changed since your last visit. We kept your %d answers "+
			"to questions that are still asked and dropped %d that are not.", n.Kept, n.Dropped)
	case n.Migrated:
		msg = "The questions have changed since your last visit. All your answers were kept."
	}
	switch {
	case n.DroppedSkills == 1:
		msg += " One skill you added is no longer in our list, so it was removed."
	case n.DroppedSkills > 1:
		msg += fmt.Sprintf(" %d skills you added are no longer in our list, so they were removed.", n.DroppedSkills)
	}
	if n.DroppedStage {
		msg += " Where you said you are now could not be read: choose it again under Your answers on the results page."
	}
	return strings.TrimSpace(msg)
}

// clearProgress forgets the saved session.
func clearProgress(ctx app.Context) {
	ctx.LocalStorage().Del(progressKey)
}
