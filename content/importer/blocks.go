package importer

import (
	"strings"

	"github.com/careerquiz/careerquiz/content"
)

// blocks accumulates a section's paragraphs, bullets and sub-headings as content.Blocks.
type blocks struct {
	out   []content.Block
	para  []string
	items []string
}

func (b *blocks) flush() {
	if len(b.para) > 0 {
		b.out = append(b.out, content.Block{Kind: "paragraph", Text: content.Plain(strings.Join(b.para, " "))})
		b.para = nil
	}
	if len(b.items) > 0 {
		for i, it := range b.items {
			b.items[i] = content.Plain(it)
		}
		b.out = append(b.out, content.Block{Kind: "list", Items: b.items})
		b.items = nil
	}
}

func (b *blocks) heading(s string) {
	b.flush()
	b.out = append(b.out, content.Block{Kind: "heading", Text: content.Plain(s)})
}

func (b *blocks) text(s string) {
	if len(b.items) > 0 {
		b.flush()
	}
	b.para = append(b.para, s)
}

func (b *blocks) item(s string) {
	if len(b.para) > 0 {
		b.flush()
	}
	b.items = append(b.items, s)
}

func (b *blocks) done() []content.Block {
	b.flush()
	if b.out == nil {
		return []content.Block{}
	}
	return b.out
}

// splitLines splits src into lines without their line endings.
func splitLines(src []byte) []string {
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	return strings.Split(s, "\n")
}
