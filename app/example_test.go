package app

import (
	"reflect"
	"testing"
)

// The run made when the app was built is the one the quiz makes now: a document or the engine
// changed without `go generate ./app` (make build runs it) fails here.
func TestExampleBuiltIsCurrent(t *testing.T) {
	e, err := engine()
	if err != nil {
		t.Fatal(err)
	}
	role := exampleRole(e.Catalogue)
	if role == nil {
		t.Fatal("the catalogue has no entry role")
	}
	run, _ := runExample(e, role)
	if len(run.Answers) < 5 {
		t.Fatalf("the example student answered %d questions", len(run.Answers))
	}
	if !reflect.DeepEqual(run, exampleBuilt) {
		t.Fatalf("app/example_gen.go is stale: run go generate ./app\nbuilt: %+v\nnow:   %+v", exampleBuilt, run)
	}
}

// Replaying the answers gives the very result of the quiz that asked them.
func TestExampleReplayIsTheQuizResult(t *testing.T) {
	e, err := engine()
	if err != nil {
		t.Fatal(err)
	}
	role := exampleRole(e.Catalogue)
	run, s := runExample(e, role)
	want := s.Results()
	got, fits := replayExample(e, run, role)
	if !fits {
		t.Fatal("the quiz's own run does not fit its catalogue")
	}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("replayed: %+v\nasked: %+v", got.Results[:1], want.Results[:1])
	}
	r, level, ok := exampleResult(e)
	if !ok || !reflect.DeepEqual(r, want.Results[0]) || level != cardLevel(want, want.Results[0]) {
		t.Fatalf("exampleResult = %+v, %v, %v; want %+v", r, level, ok, want.Results[0])
	}
}

// A run that does not fit the catalogue (an office's roles, a question taken out) is not
// replayed: the example is made afresh, the same as the quiz's.
func TestExampleRunThatDoesNotFit(t *testing.T) {
	e, err := engine()
	if err != nil {
		t.Fatal(err)
	}
	role := exampleRole(e.Catalogue)
	_, s := runExample(e, role)
	want := s.Results().Results[0]
	saved := exampleBuilt
	defer func() { exampleBuilt = saved }()
	for name, run := range map[string]exampleRun{
		"another role":     {Role: "no-such-role", Answers: saved.Answers},
		"unknown question": {Role: saved.Role, Answers: append([]exampleAnswer{{"no-such-question", 3}}, saved.Answers...)},
		"answer off scale": {Role: saved.Role, Answers: []exampleAnswer{{saved.Answers[0].ID, 9}}},
		"empty":            {},
	} {
		exampleBuilt = run
		if _, fits := replayExample(e, run, role); fits {
			t.Errorf("%s: replayed", name)
		}
		if r, _, ok := exampleResult(e); !ok || !reflect.DeepEqual(r, want) {
			t.Errorf("%s: exampleResult = %+v, %v; want the quiz's %+v", name, r, ok, want)
		}
	}
}
