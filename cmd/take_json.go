package cmd

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// jsonLines is the JSON-lines protocol: a {"question": ...} line out, an {"answer": K} or
// {"skip": true} line in, and a {"results": ...} line at the end. A bad line gets an
// {"error": ...} line and the same question again; blank lines are ignored.
type jsonLines struct {
	in  *bufio.Reader
	enc *json.Encoder
}

func newJSONLines(stdin io.Reader, stdout io.Writer) *jsonLines {
	enc := json.NewEncoder(stdout)
	enc.SetEscapeHTML(false)
	return &jsonLines{in: bufio.NewReader(stdin), enc: enc}
}

type questionJSON struct {
	ID      string   `json:"id"`
	Text    string   `json:"text"`
	Options []string `json:"options"`
}

func (j *jsonLines) ask(p prompt) (reply, error) {
	for {
		q := questionJSON{ID: p.ID, Text: p.Text, Options: p.Options}
		if err := j.enc.Encode(struct {
			Question questionJSON `json:"question"`
		}{q}); err != nil {
			return reply{}, err
		}
		line, err := nextLine(j.in)
		if err != nil {
			return reply{}, err
		}
		r, err := parseReply(line, len(p.Options))
		if err == nil {
			return r, nil
		}
		if err := j.enc.Encode(struct {
			Error string `json:"error"`
		}{err.Error()}); err != nil {
			return reply{}, err
		}
	}
}

func (j *jsonLines) results(rep report) error {
	return j.enc.Encode(struct {
		Results report `json:"results"`
	}{rep})
}

// parseReply reads {"answer": K}, K from 1 to n, or {"skip": true}. Unknown fields are
// ignored.
func parseReply(line string, n int) (reply, error) {
	var m struct {
		Answer *int `json:"answer"`
		Skip   bool `json:"skip"`
	}
	if err := json.Unmarshal([]byte(line), &m); err != nil {
		return reply{}, fmt.Errorf(`want {"answer": K} or {"skip": true}: %v`, err)
	}
	switch {
	case m.Answer != nil && m.Skip:
		return reply{}, fmt.Errorf(`want {"answer": K} or {"skip": true}, not both`)
	case m.Skip:
		return reply{Skip: true}, nil
	case m.Answer == nil:
		return reply{}, fmt.Errorf(`want {"answer": K} or {"skip": true}`)
	case *m.Answer < 1 || *m.Answer > n:
		return reply{}, fmt.Errorf("answer must be from 1 to %d, got %d", n, *m.Answer)
	}
	return reply{Value: *m.Answer}, nil
}

// nextLine returns the next line that is not blank, without its line ending; errEnd when
// the input ends.
func nextLine(in *bufio.Reader) (string, error) {
	for {
		line, err := in.ReadString('\n')
		if line = strings.TrimSpace(line); line != "" {
			return line, nil
		}
		if err == io.EOF {
			return "", errEnd
		}
		if err != nil {
			return "", err
		}
	}
}
