package quiz

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"slices"
	"strconv"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/scoring"
)

// Errors of Restore and FromShareCode. Wrapped errors say more; test with errors.Is.
var (
	// ErrCorrupt: the input is not a snapshot or share code, or it was damaged.
	ErrCorrupt = errors.New("quiz: corrupt saved session")
	// ErrVersion: the input was written by another version of the format.
	ErrVersion = errors.New("quiz: saved session from another version")
	// ErrBankChanged: a share code refers to another question bank (it is an ErrVersion too).
	ErrBankChanged = fmt.Errorf("%w: the question bank changed", ErrVersion)
)

// SnapshotVersion is the version of the snapshot format written. Version 2 added the stage;
// snapshots of version 1 are still read, with StageUnknown.
const SnapshotVersion = 2

// maxSnapshot is the largest snapshot Restore reads.
const maxSnapshot = 1 << 20

// BankVersion identifies a question bank: a hash of the question ids and the traits each
// measures, in order. Saved sessions and share codes carry it.
func BankVersion(cat *content.Catalogue) uint64 {
	h := fnv.New64a()
	if cat == nil {
		return h.Sum64()
	}
	for _, q := range cat.Questions {
		h.Write([]byte(q.ID))
		for _, m := range q.Measures {
			if m.Reverse {
				h.Write([]byte{'-'})
			}
			h.Write([]byte(m.Trait))
			h.Write([]byte{','})
		}
		h.Write([]byte{';'})
	}
	return h.Sum64()
}

type snapshot struct {
	Version int         `json:"version"`
	Bank    string      `json:"bank"`
	Asked   []snapEntry `json:"asked"`
	Pos     int         `json:"pos"`
	Until   int         `json:"until,omitempty"`
	Skills  []string    `json:"skills,omitempty"`
	Stage   string      `json:"stage,omitempty"` // version 2: Stage.String(), "" for StageUnknown
}

// snapshotV1 is the first format: no stage. Unknown fields are refused, so a version 1
// snapshot that names a stage is corrupt.
type snapshotV1 struct {
	Version int         `json:"version"`
	Bank    string      `json:"bank"`
	Asked   []snapEntry `json:"asked"`
	Pos     int         `json:"pos"`
	Until   int         `json:"until,omitempty"`
	Skills  []string    `json:"skills,omitempty"`
}

type snapEntry struct {
	Q string `json:"q"`
	A int    `json:"a,omitempty"` // 0: skipped
}

// Snapshot is the session as versioned JSON, for localStorage: the questions shown in order
// with their answers, the position, the skills and the stage.
func (s *Session) Snapshot() []byte {
	sn := snapshot{
		Version: SnapshotVersion,
		Bank:    strconv.FormatUint(s.e.bank, 16),
		Asked:   []snapEntry{},
		Pos:     s.pos,
		Until:   s.until,
		Skills:  s.skills,
		Stage:   s.stage.String(),
	}
	for _, q := range s.asked {
		sn.Asked = append(sn.Asked, snapEntry{Q: s.e.Catalogue.Questions[q].ID, A: int(s.answers[q])})
	}
	b, _ := json.Marshal(sn)
	return b
}

// Notice says what Restore had to change.
type Notice struct {
	// Migrated: the snapshot came from another question bank; the answers to questions that
	// still exist were kept.
	Migrated bool
	// Kept and Dropped count the questions shown that were kept and dropped.
	Kept, Dropped int
	// DroppedSkills counts the skills no longer in the vocabulary.
	DroppedSkills int
	// DroppedStage: the snapshot named a stage this version does not know; the session has
	// StageUnknown, so the student can say again.
	DroppedStage bool
}

// Changed reports whether anything was migrated or dropped.
func (n Notice) Changed() bool {
	return n.Migrated || n.Dropped > 0 || n.DroppedSkills > 0 || n.DroppedStage
}

// Restore rebuilds a session on this engine from a Snapshot. A snapshot from an older
// question bank is migrated: answers to questions that still exist are kept, the Notice says
// what was dropped. A snapshot of version 1, written before the stage was asked, has
// StageUnknown; a stage this version does not know is dropped (Notice.DroppedStage). Input
// that is not a snapshot, or that contradicts itself, is ErrCorrupt; another format version
// is ErrVersion. Restore never panics.
func (e *Engine) Restore(data []byte) (*Session, Notice, error) {
	var n Notice
	if len(data) > maxSnapshot {
		return nil, n, fmt.Errorf("%w: too large", ErrCorrupt)
	}
	var head struct {
		Version json.RawMessage `json:"version"`
	}
	if err := json.Unmarshal(data, &head); err != nil {
		return nil, n, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	var version int
	if err := json.Unmarshal(head.Version, &version); err != nil {
		return nil, n, fmt.Errorf("%w: no version", ErrCorrupt)
	}
	var sn snapshot
	switch version {
	case 1:
		var v1 snapshotV1
		if err := decodeStrict(data, &v1); err != nil {
			return nil, n, err
		}
		sn = snapshotWithStage(v1)
	case SnapshotVersion:
		if err := decodeStrict(data, &sn); err != nil {
			return nil, n, err
		}
	default:
		return nil, n, fmt.Errorf("%w: snapshot version %d, want %d", ErrVersion, version, SnapshotVersion)
	}
	bank, err := strconv.ParseUint(sn.Bank, 16, 64)
	if err != nil {
		return nil, n, fmt.Errorf("%w: bad bank version %q", ErrCorrupt, sn.Bank)
	}
	n.Migrated = bank != e.bank
	if sn.Pos < 0 || sn.Pos > len(sn.Asked) || sn.Until < 0 || sn.Until > len(sn.Asked)+e.Config.MoreStep {
		return nil, n, fmt.Errorf("%w: position out of range", ErrCorrupt)
	}
	s := e.New()
	seen := map[string]bool{}
	pos := 0
	for i, en := range sn.Asked {
		if seen[en.Q] {
			return nil, n, fmt.Errorf("%w: question %q twice", ErrCorrupt, en.Q)
		}
		seen[en.Q] = true
		if en.A != 0 && !scoring.Valid(en.A) {
			return nil, n, fmt.Errorf("%w: answer %d", ErrCorrupt, en.A)
		}
		q := e.QuestionIndex(en.Q)
		if q < 0 {
			if !n.Migrated {
				return nil, n, fmt.Errorf("%w: unknown question %q", ErrCorrupt, en.Q)
			}
			n.Dropped++
			continue
		}
		if i < sn.Pos {
			pos++
		}
		s.asked = append(s.asked, q)
		s.set(q, int8(en.A))
		n.Kept++
	}
	s.pos = pos
	if sn.Until > 0 {
		s.until = max(sn.Until-n.Dropped, 0)
	}
	// A snapshot holds the vocabulary's own names (AddSkill saved them), so each is looked up
	// exactly, never matched as a typo: that is for what a student types. At most MaxSkills
	// are read; the rest are counted as dropped.
	skills := sn.Skills
	if len(skills) > MaxSkills {
		n.DroppedSkills += len(skills) - MaxSkills
		skills = skills[:MaxSkills]
	}
	for _, sk := range skills {
		switch {
		case e.vocab.index(sk) < 0:
			n.DroppedSkills++
		case !slices.Contains(s.skills, sk):
			s.skills = append(s.skills, sk)
		}
	}
	if st, ok := ParseStage(sn.Stage); ok {
		s.SetStage(st)
	} else {
		n.DroppedStage = true
	}
	s.invalidate()
	return s, n, nil
}

// snapshotWithStage is a version 1 snapshot in the current layout, with no stage.
func snapshotWithStage(v1 snapshotV1) snapshot {
	return snapshot{Version: v1.Version, Bank: v1.Bank, Asked: v1.Asked, Pos: v1.Pos, Until: v1.Until, Skills: v1.Skills}
}

// decodeStrict decodes one JSON value into v, refusing unknown fields; any problem is
// ErrCorrupt.
func decodeStrict(data []byte, v any) error {
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return nil
}

// ParseStage is the stage with the code st.String(); "" is StageUnknown. It is false for a
// code no stage has.
func ParseStage(code string) (Stage, bool) {
	for _, st := range append([]Stage{StageUnknown}, Stages...) {
		if st.String() == code {
			return st, true
		}
	}
	return StageUnknown, false
}
