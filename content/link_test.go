package content

import (
	"testing"
	"testing/fstest"

	"github.com/stretchr/testify/require"
)

// sourceDoc is a role document whose only source is line, at line 6.
func sourceDoc(line string) string {
	return "# T\nid: x\nstage: entry\nsummary: s\n## Sources\n" + line + "\n"
}

func TestSourceLinks(t *testing.T) {
	refused := []struct {
		name, line string
	}{
		{"a double quote that would end an attribute", `- evil-src: Report https://example.org/r"/autofocus/onfocus=alert&#40;1&#41;//`},
		{"a single quote", `- s: Report https://example.org/it's`},
		{"a less-than sign", `- s: Report https://example.org/a<script>`},
		{"a greater-than sign", `- s: Report https://example.org/a>b`},
		{"a backslash", `- s: Report https://example.org/a\b`},
		{"a javascript: link", `- s: Report javascript:alert(1)`},
		{"a JavaScript: link in capitals", `- s: Report JavaScript :alert(1)`},
		{"a data: link", `- s: Report data:text/html;base64,PHNjcmlwdD4=`},
		{"an address with no host", `- s: Report https:///etc/passwd`},
	}
	for _, tt := range refused {
		t.Run("a source with "+tt.name+" is refused at its line", func(t *testing.T) {
			r, err := ParseRole("roles/x.md", []byte(sourceDoc(tt.line)))
			require.ErrorIs(t, err, ErrBadURL)
			var list ErrorList
			require.ErrorAs(t, err, &list)
			require.Len(t, list, 1)
			require.Equal(t, 6, list[0].Line)
			require.Empty(t, r.Sources, "a refused source is not kept")
		})
	}
	accepted := []struct {
		name, line, url, desc string
	}{
		{"a plain address", `- s: Report https://example.org/r?a=1&b=2.`, "https://example.org/r?a=1&b=2", "Report"},
		{"an address in angle brackets", `- s: Report <https://example.org/r>`, "https://example.org/r", "Report"},
		{"percent-encoded quotes", `- s: Report https://example.org/r%22x%27`, "https://example.org/r%22x%27", "Report"},
		{"the word data before a colon", `- s: Survey data: 2024 https://example.org/s`, "https://example.org/s", "Survey data: 2024"},
		{"no address at all", `- s: A printed report`, "", "A printed report"},
	}
	for _, tt := range accepted {
		t.Run("a source with "+tt.name+" is kept", func(t *testing.T) {
			r, err := ParseRole("roles/x.md", []byte(sourceDoc(tt.line)))
			require.NoError(t, err)
			require.Len(t, r.Sources, 1)
			require.Equal(t, tt.url, r.Sources[0].URL)
			require.Equal(t, tt.desc, r.Sources[0].Description)
		})
	}
	t.Run("check prints a refused link as file:line: message", func(t *testing.T) {
		fsys := fstest.MapFS{"roles/x.md": {Data: []byte(sourceDoc(refused[0].line))}}
		_, ds := Check(fsys)
		var got []string
		for _, d := range ds {
			if d.Severity == SeverityError {
				got = append(got, d.String())
			}
		}
		require.Contains(t, got, `roles/x.md:6: error: bad link source "evil-src": "https://example.org/r\"/autofocus/onfocus=alert&#40;1&#41;//": an address may not contain "\""; percent-encode it`)
	})
	t.Run("a title with quotes is a title", func(t *testing.T) {
		r, err := ParseRole("roles/x.md", []byte(`# Computer Vision "CV" Engineer`+"\nid: x\nstage: entry\nsummary: s\n"))
		require.NoError(t, err)
		require.Equal(t, `Computer Vision "CV" Engineer`, r.Title)
	})
}
