package app

import "fmt"

// progressBar is what the quiz's progress bar shows: a fill that never goes back while the
// student goes forward, although the session's estimate of the quiz's length may grow as
// well as shrink. Going back to an earlier question does move it back. The zero value is an
// empty bar.
type progressBar struct {
	done  int     // questions done when the bar was last shown
	shown float64 // the fill last shown, from 0 to 1
}

// barMax is the bar's max: its value is the fill in thousandths.
const barMax = 1000

// show takes the session's progress, done questions of about total, and returns the bar's
// value (of barMax): done/total, or the fill shown before if that is more and the student
// has not gone back.
func (b *progressBar) show(done, total int) int {
	fill := 1.0
	if total > 0 && done < total {
		fill = float64(done) / float64(total)
	}
	if done >= b.done && fill < b.shown {
		fill = b.shown
	}
	b.done, b.shown = done, fill
	return int(fill * barMax)
}

// progressText tells the student how far they are. It gives no count of questions to go,
// which could shrink or grow: the quiz stops once it is sure of the ranking, so it says how
// many questions a quiz usually has instead.
func progressText(done, fewest, most int) string {
	answered := fmt.Sprintf("%d questions answered", done)
	if done == 1 {
		answered = "1 question answered"
	}
	if fewest >= most {
		return fmt.Sprintf("%d of %d questions answered", done, most)
	}
	return fmt.Sprintf("%s. The quiz usually has %d to %d.", answered, fewest, most)
}
