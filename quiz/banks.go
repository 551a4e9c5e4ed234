package quiz

import (
	_ "embed"
	"strconv"
	"strings"
	"sync"
)

// pastBanks holds the question banks that share codes were made with before the current one,
// by file name: banks/<BankVersion in hex>.txt lists the bank's questions in order, one a
// line, as "id (trait, -trait)". A code from a past bank is read through its question ids, so
// a link made before the bank changed still opens. Add the file for the outgoing bank
// whenever questions.md changes (see content/README.md), and a line for it here (a test fails
// on a file that is not listed). Each file is embedded as a string, not as an embed.FS, whose
// file system code costs the WebAssembly about 10 KB brotli.
var pastBanks = map[string]string{
	"aaebfd29d1a40882.txt": bankAaebfd29d1a40882,
}

//go:embed banks/aaebfd29d1a40882.txt
var bankAaebfd29d1a40882 string

// pastBank is the ordered question ids of a past bank.
type pastBank struct {
	version uint64
	ids     []string
}

var (
	pastOnce sync.Once
	past     []pastBank
)

// loadPastBanks reads the embedded past banks once, on the first share code from one.
func loadPastBanks() []pastBank {
	pastOnce.Do(func() {
		for name, b := range pastBanks {
			v, err := strconv.ParseUint(strings.TrimSuffix(name, ".txt"), 16, 64)
			if err != nil {
				continue
			}
			pb := pastBank{version: v}
			for _, line := range strings.Split(b, "\n") {
				if id, _, ok := strings.Cut(line, " ("); ok {
					pb.ids = append(pb.ids, strings.TrimSpace(id))
				}
			}
			past = append(past, pb)
		}
	})
	return past
}

// pastBankFor is the past bank whose version ends in the 24 bits low, if any.
func pastBankFor(low uint32) (pastBank, bool) {
	for _, pb := range loadPastBanks() {
		if uint32(pb.version)&0xffffff == low {
			return pb, true
		}
	}
	return pastBank{}, false
}
