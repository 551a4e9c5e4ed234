package quiz

import (
	"encoding/base64"
	"fmt"
	"math/bits"
	"slices"

	"github.com/careerquiz/careerquiz/scoring"
)

// ShareVersion is the version of the share-code format written. Codes of version 1 (answers
// only) and 2 (answers and skills) are still read, with StageUnknown.
const ShareVersion = 3

// stageBits is the width of the stage in a share code of version 3.
const stageBits = 3

// answerBits is the width of an answer in a share code: 0 for skipped, then the scale. The
// format fixes it; the array below stops the build should the scale outgrow it.
const answerBits = 3

var _ [1<<answerBits - 1 - scoring.MaxAnswer]struct{}

// maxShareCode is the longest share code decoded.
const maxShareCode = 4096

// A share code is base64url (no padding) of:
//
//	byte 0       the format version
//	bytes 1-3    the low 24 bits of BankVersion, big-endian
//	uvarint      n, the number of questions shown
//	uvarint      m, the number of skills (version 2; version 1 has none)
//	2 bytes      when m > 0: the vocabulary's checksum, big-endian
//	bits         packed MSB first: the stage (version 3: 3 bits, 0 StageUnknown, 1..4 as in
//	             Stages), then n entries of the question's index in the bank (k bits, k
//	             the bits of the number of questions) and its answer (3 bits: 0 skipped,
//	             1..5), then m skills' indexes in the vocabulary (j bits each); zero padding
//	bytes -2, -1 CRC-16/CCITT of everything before, big-endian
//
// A quiz of 10 answers on a bank of 83 questions is 28 characters; skills add three for the
// checksum and one or two each; the stage adds at most one.
// The skills are indexes, so they are read only when the vocabulary is the one the code was
// made with; otherwise the answers are kept and the skills dropped, and the Notice says so.

// ShareCode is a short, URL-safe code for the answers given, in order, the student's skills
// and their stage, to put in a URL fragment.
func (s *Session) ShareCode() string {
	nq := len(s.e.Catalogue.Questions)
	k := indexBits(nq)
	var skills []uint64
	for _, name := range s.skills {
		if i := s.e.vocab.index(name); i >= 0 {
			skills = append(skills, uint64(i))
		}
	}
	b := []byte{ShareVersion, byte(s.e.bank >> 16), byte(s.e.bank >> 8), byte(s.e.bank)}
	b = appendUvarint(b, uint64(len(s.asked)))
	b = appendUvarint(b, uint64(len(skills)))
	if len(skills) > 0 {
		b = append(b, byte(s.e.vocab.sum>>8), byte(s.e.vocab.sum))
	}
	var w bitWriter
	w.write(uint64(s.stage), stageBits)
	for _, q := range s.asked {
		w.write(uint64(q), k)
		w.write(uint64(s.answers[q]), answerBits)
	}
	j := indexBits(len(s.e.vocab.names))
	for _, i := range skills {
		w.write(i, j)
	}
	b = append(b, w.bytes()...)
	c := crc16(b)
	b = append(b, byte(c>>8), byte(c))
	return base64.RawURLEncoding.EncodeToString(b)
}

// FromShareCode rebuilds a session on this engine from a share code: ErrCorrupt when the code
// is damaged or names a stage that does not exist, ErrVersion when it was made with another
// format, and ErrBankChanged when it was made with a question bank that is neither this one
// nor one of the past banks kept in banks/. A code from a past bank keeps the answers to
// questions that still exist (by id), with Notice.Migrated set and Notice.Dropped counting the
// others. When the skill vocabulary has changed since, the answers are kept and
// Notice.DroppedSkills counts the skills left out. Codes made before the stage was asked give
// StageUnknown. It never panics.
func (e *Engine) FromShareCode(code string) (*Session, Notice, error) {
	var n Notice
	if len(code) > maxShareCode {
		return nil, n, fmt.Errorf("%w: too long", ErrCorrupt)
	}
	for i := 0; i < len(code); i++ {
		if c := code[i]; !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || c == '-' || c == '_') {
			// The decoder skips line breaks; a code has none.
			return nil, n, fmt.Errorf("%w: character %q", ErrCorrupt, c)
		}
	}
	b, err := base64.RawURLEncoding.Strict().DecodeString(code)
	if err != nil {
		return nil, n, fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	if len(b) < 7 {
		return nil, n, fmt.Errorf("%w: too short", ErrCorrupt)
	}
	body, sum := b[:len(b)-2], uint16(b[len(b)-2])<<8|uint16(b[len(b)-1])
	if crc16(body) != sum {
		return nil, n, fmt.Errorf("%w: checksum", ErrCorrupt)
	}
	version := body[0]
	if version < 1 || version > ShareVersion {
		return nil, n, fmt.Errorf("%w: share code version %d, want %d", ErrVersion, version, ShareVersion)
	}
	nq, nv := len(e.Catalogue.Questions), len(e.vocab.names)
	// A code from a past bank is read with that bank's question ids, mapped to this one's.
	var pastIDs []string
	if low := uint32(body[1])<<16 | uint32(body[2])<<8 | uint32(body[3]); low != uint32(e.bank)&0xffffff {
		pb, ok := pastBankFor(low)
		if !ok {
			return nil, n, ErrBankChanged
		}
		pastIDs, nq, n.Migrated = pb.ids, len(pb.ids), true
	}
	count, rest, ok := readUvarint(body[4:])
	if !ok || count > uint64(nq) {
		return nil, n, fmt.Errorf("%w: count", ErrCorrupt)
	}
	var nskills uint64
	var vocabSum uint16
	if version >= 2 {
		if nskills, rest, ok = readUvarint(rest); !ok || nskills > maxShareCode {
			return nil, n, fmt.Errorf("%w: skill count", ErrCorrupt)
		}
		if nskills > 0 {
			if len(rest) < 2 {
				return nil, n, fmt.Errorf("%w: too short", ErrCorrupt)
			}
			vocabSum, rest = uint16(rest[0])<<8|uint16(rest[1]), rest[2:]
		}
	}
	// A code made before the general skills were added names the catalogue's skills only,
	// which keep their indexes.
	if vocabSum != e.vocab.sum && vocabSum == e.vocab.baseSum {
		nv = e.vocab.base
	}
	k, j := indexBits(nq), indexBits(nv)
	sb := 0
	if version >= 3 {
		sb = stageBits
	}
	if len(rest) != (sb+int(count)*(k+answerBits)+int(nskills)*j+7)/8 {
		return nil, n, fmt.Errorf("%w: length", ErrCorrupt)
	}
	r := bitReader{b: rest}
	s := e.New()
	if st := Stage(r.read(sb)); st.Valid() {
		s.SetStage(st)
	} else {
		return nil, n, fmt.Errorf("%w: stage %d", ErrCorrupt, st)
	}
	seen := make([]bool, nq)
	for i := 0; i < int(count); i++ {
		q, a := int(r.read(k)), int8(r.read(answerBits))
		if q >= nq || seen[q] || (a != 0 && !scoring.Valid(int(a))) {
			return nil, n, fmt.Errorf("%w: entry %d", ErrCorrupt, i)
		}
		seen[q] = true
		if pastIDs != nil {
			if q = e.QuestionIndex(pastIDs[q]); q < 0 {
				n.Dropped++
				continue
			}
		}
		s.asked = append(s.asked, q)
		s.set(q, a)
	}
	sameVocab := vocabSum == e.vocab.sum || vocabSum == e.vocab.baseSum
	for i := 0; i < int(nskills); i++ {
		v := int(r.read(j))
		switch {
		case !sameVocab:
			n.DroppedSkills++
		case v >= nv || slices.Contains(s.skills, e.vocab.names[v]):
			return nil, n, fmt.Errorf("%w: skill %d", ErrCorrupt, i)
		default:
			s.skills = append(s.skills, e.vocab.names[v])
		}
	}
	if r.read(8*len(rest)-r.n) != 0 {
		return nil, n, fmt.Errorf("%w: padding", ErrCorrupt)
	}
	n.Kept = len(s.asked)
	s.pos = len(s.asked)
	s.invalidate()
	return s, n, nil
}

func indexBits(n int) int { return max(bits.Len(uint(max(n-1, 0))), 1) }

func appendUvarint(b []byte, v uint64) []byte {
	for v >= 0x80 {
		b = append(b, byte(v)|0x80)
		v >>= 7
	}
	return append(b, byte(v))
}

func readUvarint(b []byte) (uint64, []byte, bool) {
	var v uint64
	for i := 0; i < len(b) && i < 3; i++ {
		v |= uint64(b[i]&0x7f) << (7 * i)
		if b[i] < 0x80 {
			if i > 0 && b[i] == 0 {
				return 0, nil, false // not minimal
			}
			return v, b[i+1:], true
		}
	}
	return 0, nil, false
}

type bitWriter struct {
	buf  []byte
	acc  uint64
	nacc int
}

func (w *bitWriter) write(v uint64, n int) {
	for i := n - 1; i >= 0; i-- {
		w.acc = w.acc<<1 | (v>>i)&1
		w.nacc++
		if w.nacc == 8 {
			w.buf = append(w.buf, byte(w.acc))
			w.acc, w.nacc = 0, 0
		}
	}
}

func (w *bitWriter) bytes() []byte {
	if w.nacc > 0 {
		return append(w.buf, byte(w.acc<<(8-w.nacc)))
	}
	return w.buf
}

type bitReader struct {
	b []byte
	n int // bits read
}

func (r *bitReader) read(n int) uint64 {
	var v uint64
	for i := 0; i < n && r.n < 8*len(r.b); i++ {
		v = v<<1 | uint64(r.b[r.n/8]>>(7-r.n%8))&1
		r.n++
	}
	return v
}

// crc16 is CRC-16/CCITT-FALSE: it detects every error burst of up to 16 bits, so any one
// changed character of a code.
func crc16(b []byte) uint16 {
	c := uint16(0xffff)
	for _, x := range b {
		c ^= uint16(x) << 8
		for i := 0; i < 8; i++ {
			if c&0x8000 != 0 {
				c = c<<1 ^ 0x1021
			} else {
				c <<= 1
			}
		}
	}
	return c
}
