package content

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// splitLines splits src into lines without their line endings.
func splitLines(src []byte) []string {
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	return strings.Split(s, "\n")
}

// heading returns the text of a Markdown heading of the given level ("## x" is level 2).
func heading(s string, level int) (string, bool) {
	prefix := strings.Repeat("#", level)
	if !strings.HasPrefix(s, prefix) {
		return "", false
	}
	rest := s[len(prefix):]
	if rest == "" {
		return "", true
	}
	if rest[0] != ' ' && rest[0] != '\t' {
		return "", false
	}
	return strings.TrimSpace(rest), true
}

// bullet returns the text of a "- item" line.
func bullet(s string) (string, bool) {
	if s == "-" {
		return "", true
	}
	if rest, ok := strings.CutPrefix(s, "- "); ok {
		return strings.TrimSpace(rest), true
	}
	return "", false
}

// cells splits a table row "| a | b |" into its trimmed cells.
func cells(row string) []string {
	row = strings.TrimSpace(row)
	row = strings.TrimPrefix(row, "|")
	row = strings.TrimSuffix(row, "|")
	parts := strings.Split(row, "|")
	for i, p := range parts {
		parts[i] = strings.TrimSpace(p)
	}
	return parts
}

// isRule reports whether a table row is the "|---|---|" line under the header.
func isRule(row []string) bool {
	for _, c := range row {
		if strings.Trim(c, "-: ") != "" || !strings.Contains(c, "-") {
			return false
		}
	}
	return len(row) > 0
}

// plain removes **bold** and *italic* markers and collapses white space. It is hand-written
// rather than two regular expressions because every line of every document goes through it,
// and regexp is slow in WebAssembly (the embedded catalogue parsed in a sixth of the time).
func plain(s string) string {
	if strings.IndexByte(s, '*') >= 0 {
		s = unwrap(s, true)
		s = unwrap(s, false)
	}
	return collapseSpace(s)
}

// unwrap replaces each **text** (bold) or *text* (italic) with its text, leftmost first, as
// the expressions \*\*([^*]+)\*\* and \*([^*\s][^*]*)\* would. Italic text does not start with
// white space.
func unwrap(s string, bold bool) string {
	marker := 1
	if bold {
		marker = 2
	}
	var b strings.Builder
	last := 0 // s[:last] is written
	for i := 0; i+marker < len(s); i++ {
		if s[i] != '*' || bold && s[i+1] != '*' {
			continue
		}
		start := i + marker // the text
		if s[start] == '*' || !bold && isASCIISpace(s[start]) {
			continue
		}
		end := strings.IndexByte(s[start:], '*')
		if end < 0 {
			break // no closing marker anywhere after
		}
		end += start
		if bold && (end+1 >= len(s) || s[end+1] != '*') {
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(s[start:end])
		last = end + marker
		i = last - 1
	}
	if last == 0 {
		return s
	}
	b.WriteString(s[last:])
	return b.String()
}

// isASCIISpace reports whether c is white space as regexp's \s means it.
func isASCIISpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\f' || c == '\r'
}

// collapseSpace is strings.Join(strings.Fields(s), " "), without allocating when s is already
// single-spaced.
func collapseSpace(s string) string {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			r, size := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return strings.Join(strings.Fields(s), " ")
			}
			i += size - 1
			continue
		}
		if c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r' ||
			c == ' ' && (i == 0 || i == len(s)-1 || s[i+1] == ' ') {
			return strings.Join(strings.Fields(s), " ")
		}
	}
	return s
}

// splitList splits a header value on sep, dropping empty entries.
func splitList(s, sep string) []string {
	var out []string
	for _, p := range strings.Split(s, sep) {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

var idRE = &lazyRE{src: `^[a-z0-9]+(-[a-z0-9]+)*$`}

// isID reports whether s is a valid id: lower-case letters, digits and single dashes.
func isID(s string) bool { return idRE.MatchString(s) }

// blocks builds the paragraphs, lists and sub-headings of a section.
type blocks struct {
	out   []Block
	para  []string
	items []string
}

func (b *blocks) flush() {
	if len(b.para) > 0 {
		b.out = append(b.out, Block{Kind: "paragraph", Text: plain(strings.Join(b.para, " "))})
		b.para = nil
	}
	if len(b.items) > 0 {
		for i, it := range b.items {
			b.items[i] = plain(it)
		}
		b.out = append(b.out, Block{Kind: "list", Items: b.items})
		b.items = nil
	}
}

func (b *blocks) heading(s string) {
	b.flush()
	b.out = append(b.out, Block{Kind: "heading", Text: plain(s)})
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

// more continues the last list item with an indented line.
func (b *blocks) more(s string) bool {
	if len(b.items) == 0 {
		return false
	}
	b.items[len(b.items)-1] += " " + s
	return true
}

func (b *blocks) done() []Block {
	b.flush()
	if b.out == nil {
		return []Block{}
	}
	return b.out
}

// Blocks builds a section's paragraphs, lists and sub-headings as the parser of role
// documents does; the importer builds a plain-text description's sections with it.
type Blocks struct{ b blocks }

// NewBlocks is a builder that continues after the blocks a section already has.
func NewBlocks(have []Block) Blocks { return Blocks{blocks{out: have}} }

// Heading adds a sub-heading.
func (x *Blocks) Heading(s string) { x.b.heading(s) }

// Text adds a line of a paragraph.
func (x *Blocks) Text(s string) { x.b.text(s) }

// Item adds a list item.
func (x *Blocks) Item(s string) { x.b.item(s) }

// Flush ends the paragraph or list being built.
func (x *Blocks) Flush() { x.b.flush() }

// Done ends the section and returns its blocks (never nil).
func (x *Blocks) Done() []Block { return x.b.done() }

// Plain is s as plain text: **bold** and *italic* markers removed and spaces collapsed, as
// the parser keeps a role document's text.
func Plain(s string) string { return plain(s) }
