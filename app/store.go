package app

import (
	"encoding/json"
	"fmt"
	"strings"
	"sync"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// progressKey is the localStorage key of the saved quiz session.
const progressKey = "careerquiz.progress"

// store is where progress is kept: the browser's localStorage when it works, else memory.
// app.BrowserStorage has these methods.
type store interface {
	Get(k string, v any) error
	Set(k string, v any) error
	Del(k string)
}

// storage decides once, on first use, where this page keeps progress.
var storage struct {
	once   sync.Once
	memory bool // localStorage threw or was refused: progress lives in memory only
	mem    *memoryStore
}

// progressStore returns the store for progress: the browser's localStorage if the probe
// found it working, else an in-memory store that lasts as long as the page. A browser that
// blocks site data, or a frame whose storage is refused, throws on any use of localStorage;
// go-app's Get does not recover from that, which would stop the app on "Loading the quiz…".
func progressStore(ctx app.Context) store {
	storage.once.Do(func() {
		storage.memory = !probeStorage()
		storage.mem = &memoryStore{data: map[string]string{}}
		if storage.memory {
			app.Log("localStorage is not available here: progress is kept in memory only")
		}
	})
	if storage.memory {
		return storage.mem
	}
	return safeStore{ctx.LocalStorage()}
}

// memoryOnly reports whether progress is kept in memory only, so it is lost when the page
// is left or reloaded. It is false until progressStore has probed.
func memoryOnly() bool { return storage.memory }

// storageProbeKey is written and removed again to see whether localStorage works.
const storageProbeKey = "careerquiz.probe"

// probeStorage reports whether localStorage can be read and written. Outside a browser
// (prerendering, tests) go-app's storage is memory, which always works.
func probeStorage() (ok bool) {
	if !app.IsClient {
		return true
	}
	defer func() {
		if r := recover(); r != nil {
			ok = false
		}
	}()
	ls := app.Window().Get("localStorage")
	if !ls.Truthy() {
		return false
	}
	ls.Call("setItem", storageProbeKey, "1")
	got := ls.Call("getItem", storageProbeKey)
	ls.Call("removeItem", storageProbeKey)
	return got.Truthy() && got.String() == "1"
}

// safeStore is a browser storage whose every call that throws is an error, never a panic:
// storage that worked at the probe may still be refused later (quota, a setting changed).
type safeStore struct{ s app.BrowserStorage }

func (s safeStore) Get(k string, v any) (err error) {
	defer recoverAs(&err)
	return s.s.Get(k, v)
}

func (s safeStore) Set(k string, v any) (err error) {
	defer recoverAs(&err)
	return s.s.Set(k, v)
}

func (s safeStore) Del(k string) {
	var err error
	defer recoverAs(&err)
	s.s.Del(k)
}

// recoverAs turns a panic (a JavaScript exception) into *err.
func recoverAs(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("browser storage: %v", r)
	}
}

// memoryStore keeps values, as JSON like go-app's storages, for as long as the page lives.
type memoryStore struct {
	mu   sync.Mutex
	data map[string]string
}

func (m *memoryStore) Get(k string, v any) error {
	m.mu.Lock()
	s, ok := m.data[k]
	m.mu.Unlock()
	if !ok {
		return nil
	}
	return json.Unmarshal([]byte(s), v)
}

func (m *memoryStore) Set(k string, v any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return err
	}
	m.mu.Lock()
	m.data[k] = string(b)
	m.mu.Unlock()
	return nil
}

func (m *memoryStore) Del(k string) {
	m.mu.Lock()
	delete(m.data, k)
	m.mu.Unlock()
}

// keyFor is the key progress on catalogue c is saved under: the app's own key for the
// embedded catalogue, and one per subset of roles for a frame that a host limited to some
// roles, so that a session on one set of roles is never restored onto another.
func keyFor(c *content.Catalogue) string {
	if full, err := catalogue(); err == nil && c == full {
		return progressKey
	}
	ids := make([]string, len(c.Roles))
	for i, r := range c.Roles {
		ids[i] = r.ID
	}
	return progressKey + ".roles:" + strings.Join(ids, ",")
}

// saveProgress keeps the session on this device so that it can be resumed.
func saveProgress(ctx app.Context, s *quiz.Session) {
	if err := progressStore(ctx).Set(keyFor(s.Engine().Catalogue), string(s.Snapshot())); err != nil {
		app.Log("saving progress failed:", err)
	}
}

// loadProgress returns the saved session, if any. A saved session that cannot be read is
// dropped, and notice says so; one from an older question bank is migrated.
func loadProgress(ctx app.Context, c *content.Catalogue) (s *quiz.Session, notice string) {
	st, key := progressStore(ctx), keyFor(c)
	var data string
	err := st.Get(key, &data)
	if err == nil && data == "" {
		return nil, ""
	}
	var n quiz.Notice
	if err == nil {
		s, n, err = quiz.Restore(c, []byte(data))
	}
	if err != nil {
		st.Del(key)
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

// clearProgress forgets the saved session on catalogue c.
func clearProgress(ctx app.Context) {
	if c, err := catalogue(); err == nil {
		progressStore(ctx).Del(keyFor(c))
	}
}

// memoryNotice is what the student reads when progress cannot be kept on this device.
const memoryNotice = "This browser is not letting the quiz keep anything on this device, so your " +
	"progress will not be kept if you leave or reload this page. The quiz works as usual."

// storageNotice shows memoryNotice when progress is kept in memory only.
func storageNotice() app.UI {
	return app.If(memoryOnly(), func() app.UI {
		return app.P().Class("notice").ID("storage-notice").Role("status").Text(memoryNotice)
	})
}
