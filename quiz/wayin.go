package quiz

import "github.com/careerquiz/careerquiz/content"

// WayIn is how a student at a stage gets into a role, from the role document's stage and
// career ladder only. The stage never changes a role's fit; it decides the way in.
type WayIn struct {
	RoleID string
	// RoleStage is where the role sits: content.StageEntry, StageEarly, StageMid or
	// StageSenior.
	RoleStage string
	// Student is the stage the way in is for.
	Student Stage
	// Direct: a student at this stage can aim for the role itself. Entry roles are open to
	// anyone; early roles to students who work; mid roles to those working for three years
	// or more; senior roles, reached after many years, to no one directly. With StageUnknown
	// only entry roles are direct.
	Direct bool
	// Before are the steps of the role's ladder before the role, in order: the usual way up
	// to it. Empty when the ladder starts at the role or the document gives none.
	Before []content.Step
	// Start is where a student who cannot aim for the role directly begins: the first step of
	// Before that is an entry role of the catalogue, else the first step of Before. Its Name
	// is "" when Before is empty.
	Start content.Step
	// StartStage is the stage of the Start role when it is a role of the catalogue, "" for a
	// plain name or no Start.
	StartStage string
}

// Path are the steps from Start up to the role, Start first, the role itself left out: the
// way in to tell a student who cannot start in the role. Empty when there is no Start.
func (w WayIn) Path() []content.Step {
	for i, st := range w.Before {
		if st == w.Start {
			return w.Before[i:]
		}
	}
	return nil
}

// WayIn is the way into the role with the given ID for a student at stage st. It is false
// when the catalogue has no such role.
func (e *Engine) WayIn(roleID string, st Stage) (WayIn, bool) {
	r := e.Catalogue.Role(roleID)
	if r == nil {
		return WayIn{}, false
	}
	return WayInto(e.Catalogue, r, st), true
}

// WayInto is the way into role r of catalogue cat for a student at stage st; cat may be nil,
// and then no step's stage is known.
func WayInto(cat *content.Catalogue, r *content.Role, st Stage) WayIn {
	w := WayIn{RoleID: r.ID, RoleStage: r.Stage, Student: st, Direct: direct(r.Stage, st)}
	for i, step := range r.Ladder {
		if step.RoleID == r.ID {
			w.Before = r.Ladder[:i:i]
			break
		}
	}
	if len(w.Before) == 0 {
		w.Before = nil
		return w
	}
	w.Start = w.Before[0]
	for _, step := range w.Before {
		if to := cat.Role(step.RoleID); to != nil && to.Stage == content.StageEntry {
			w.Start = step
			break
		}
	}
	if to := cat.Role(w.Start.RoleID); to != nil {
		w.StartStage = to.Stage
	}
	return w
}

// direct reports whether a student at stage st can aim for a role at roleStage directly.
func direct(roleStage string, st Stage) bool {
	switch roleStage {
	case content.StageEntry:
		return true
	case content.StageEarly:
		return st == StageWorkingNew || st == StageWorkingExperienced
	case content.StageMid:
		return st == StageWorkingExperienced
	}
	return false
}
