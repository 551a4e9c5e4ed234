package app

import (
	"fmt"
	"slices"
	"strings"

	"github.com/careerquiz/careerquiz/content"
	"github.com/careerquiz/careerquiz/quiz"
	"github.com/maxence-charriere/go-app/v10/pkg/app"
)

// progressKey is the localStorage key of the saved quiz session.
const progressKey = "careerquiz.progress"

// store is where progress is kept; app.BrowserStorage has these methods.
type store interface {
	Get(k string, v any) error
	Set(k string, v any) error
	Del(k string)
}

// storage records what the probe found when the program started.
var storage struct {
	memory bool // localStorage threw or was refused: progress lives in memory only
}

// The probe runs before go-app starts: go-app's engine reads window.localStorage as it
// starts (to clean up its persisted states), and where the browser refuses storage (all
// site data blocked, or a cross-site frame without partitioned storage) that read throws a
// SecurityError that syscall/js cannot recover from, so the app stopped on "Loading the
// quiz…". Where it is refused, a storage that lives in memory takes its place for this
// page's life, and every page says that progress will not be kept.
func init() {
	if !app.IsClient || probeStorage() {
		return
	}
	storage.memory = true
	if err := installMemoryStorage("localStorage"); err != nil {
		app.Log("replacing refused localStorage failed:", err)
		return
	}
	app.Log("localStorage is refused here: progress is kept in memory only")
}

// progressStore returns the store for progress: the browser's localStorage, or the memory
// that replaced it, with every exception turned into an error.
func progressStore(ctx app.Context) store {
	return safeStore{ctx.LocalStorage()}
}

// memoryOnly reports whether progress is kept in memory only, so it is lost when the page
// is left or reloaded.
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
	// Reflect.get, not Get: syscall/js lets an exception thrown by a property getter end
	// the program, but turns one thrown by a call into a panic, recovered above.
	ls := app.Window().Get("Reflect").Call("get", app.Window(), "localStorage")
	if !ls.Truthy() {
		return false
	}
	ls.Call("setItem", storageProbeKey, "1")
	got := ls.Call("getItem", storageProbeKey)
	ls.Call("removeItem", storageProbeKey)
	return got.Truthy() && got.String() == "1"
}

// installMemoryStorage puts in window[name] an object with the Storage methods go-app uses
// (getItem, setItem, removeItem, clear, key, length), holding its items in memory.
func installMemoryStorage(name string) (err error) {
	defer recoverAs(&err)
	items := map[string]string{}
	keys := func() []string {
		ks := make([]string, 0, len(items))
		for k := range items {
			ks = append(ks, k)
		}
		slices.Sort(ks)
		return ks
	}
	arg := func(args []app.Value, i int) string {
		if i < len(args) {
			return args[i].String()
		}
		return "undefined"
	}
	object := app.Window().Get("Object")
	m := object.New()
	m.Set("getItem", app.FuncOf(func(_ app.Value, args []app.Value) any {
		if v, ok := items[arg(args, 0)]; ok {
			return v
		}
		return nil
	}))
	m.Set("setItem", app.FuncOf(func(_ app.Value, args []app.Value) any {
		items[arg(args, 0)] = arg(args, 1)
		return nil
	}))
	m.Set("removeItem", app.FuncOf(func(_ app.Value, args []app.Value) any {
		delete(items, arg(args, 0))
		return nil
	}))
	m.Set("clear", app.FuncOf(func(app.Value, []app.Value) any {
		clear(items)
		return nil
	}))
	m.Set("key", app.FuncOf(func(_ app.Value, args []app.Value) any {
		if ks := keys(); len(args) > 0 && args[0].Int() >= 0 && args[0].Int() < len(ks) {
			return ks[args[0].Int()]
		}
		return nil
	}))
	length := object.New()
	length.Set("get", app.FuncOf(func(app.Value, []app.Value) any { return len(items) }))
	object.Call("defineProperty", m, "length", length)
	prop := object.New()
	prop.Set("value", m)
	prop.Set("configurable", true)
	object.Call("defineProperty", app.Window(), name, prop)
	return nil
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
func loadProgress(ctx app.Context, e *quiz.Engine) (s *quiz.Session, notice string) {
	st, key := progressStore(ctx), keyFor(e.Catalogue)
	var data string
	err := st.Get(key, &data)
	if err == nil && data == "" {
		return nil, ""
	}
	var n quiz.Notice
	if err == nil {
		s, n, err = e.Restore([]byte(data))
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
