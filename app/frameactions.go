package app

import "github.com/maxence-charriere/go-app/v10/pkg/app"

// Copy, print and download may be refused: a frame needs the host's permission for each
// (allow="clipboard-write", sandbox allow-modals, allow-downloads). These helpers find out
// what they can and say so, rather than claiming success.

// inFrame reports whether the page is shown inside another page's frame.
func inFrame() (framed bool) {
	defer func() {
		if recover() != nil {
			framed = true
		}
	}()
	w := app.Window()
	return !w.Get("top").Equal(w.Get("self"))
}

// copyText puts text on the clipboard and calls report, on the component's mounted
// context, with whether the browser did it. The clipboard call is a promise, and in a frame
// without clipboard permission it is refused: success is said only once it has resolved.
func copyText(ctx app.Context, text string, report func(ctx app.Context, ok bool)) {
	clip := app.Window().Get("navigator").Get("clipboard")
	if !clip.Truthy() || !clip.Get("writeText").Truthy() {
		report(ctx, false)
		return
	}
	var done, failed app.Func
	settle := func(ok bool) {
		ctx.Dispatch(func(ctx app.Context) { report(ctx, ok) })
		done.Release()
		failed.Release()
	}
	done = app.FuncOf(func(app.Value, []app.Value) any { settle(true); return nil })
	failed = app.FuncOf(func(app.Value, []app.Value) any { settle(false); return nil })
	func() {
		defer func() {
			if recover() != nil {
				settle(false)
			}
		}()
		clip.Call("writeText", text).Call("then", done, failed)
	}()
}

// selectField selects the text of the input with the id, so the student can copy it with
// the keyboard or the device's own menu.
func selectField(id string) {
	if el := app.Window().GetElementByID(id); el.Truthy() {
		el.Call("focus")
		el.Call("select")
	}
}

// printPage asks the browser to print and reports whether it is known to have: the browser
// fires beforeprint during print() when it prints. A sandboxed frame without allow-modals
// ignores print() without an error, and some browsers (headless ones) print nothing and
// fire nothing, so false means "perhaps not", and the page says what to do if nothing came.
func printPage() (printed bool) {
	w := app.Window()
	cb := app.FuncOf(func(app.Value, []app.Value) any { printed = true; return nil })
	defer cb.Release()
	w.Call("addEventListener", "beforeprint", cb)
	defer w.Call("removeEventListener", "beforeprint", cb)
	defer func() {
		if recover() != nil {
			printed = false
		}
	}()
	w.Call("print")
	return printed
}

// Messages about copy, print and download.
const (
	copiedText = "The link is copied. Anyone who opens it sees these results; it holds your answers, " +
		"your skills and where you are now, nothing else."
	copyRefusedText = "Copying is not allowed here, so the link is selected instead: copy it with " +
		"your device's copy command (Ctrl+C, or ⌘C on a Mac)."
	printUnsureFrameText = "If no print dialog opened, this page does not let the quiz print: open the " +
		"link to your results above in a new tab and print them there."
	printUnsureText   = "If no print dialog opened, use your browser's own Print command."
	downloadFrameText = "If no file arrived, this page does not let the quiz download files: open the " +
		"link to your results above in a new tab and download them there."
)
