package app

import (
	"github.com/careerquiz/careerquiz/content"
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
func loadProgress(ctx app.Context, c *content.Catalogue) (s *quiz.Session, notice string) {
	var data string
	if err := ctx.LocalStorage().Get(progressKey, &data); err != nil || data == "" {
		if err != nil {
			ctx.LocalStorage().Del(progressKey)
			return nil, "Your saved progress could not be read, so the quiz starts afresh."
		}
		return nil, ""
	}
	s, n, err := quiz.Restore(c, []byte(data))
	if err != nil {
		ctx.LocalStorage().Del(progressKey)
		return nil, "Your saved progress could not be read, so the quiz starts afresh."
	}
	return s, n.Message
}

// clearProgress forgets the saved session.
func clearProgress(ctx app.Context) {
	ctx.LocalStorage().Del(progressKey)
}
