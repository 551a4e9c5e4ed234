package site

import (
	"net/http"
	"testing"

	"github.com/stretchr/testify/require"
)

func TestSecurityHeaders(t *testing.T) {
	const want = "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; " +
		"connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
	tests := []struct {
		name   string
		sec    Headers
		frames string
	}{
		{"by default any page may embed the app", Headers{}, "frame-ancestors *"},
		{"an office's list is sent", Headers{FrameAncestors: "'self' https://careers.example.edu"}, "frame-ancestors 'self' https://careers.example.edu"},
	}
	for _, tt := range tests {
		s := testServer(t, "", tt.sec)
		for _, target := range []string{"/", "/quiz", "/nowhere", "/roles/" + "x_y", "/web/app.css", "/web/missing.css",
			"/web/../secret.txt", "/app.js", "/app-worker.js", "/manifest.webmanifest", "/robots.txt", "/ads.txt"} {
			for _, method := range []string{http.MethodGet, http.MethodHead, http.MethodPost} {
				t.Run(tt.name+": "+method+" "+target, func(t *testing.T) {
					w := do(t, s, method, target, nil)
					require.Equal(t, want+tt.frames, w.Header().Get("Content-Security-Policy"))
					require.Equal(t, "nosniff", w.Header().Get("X-Content-Type-Options"))
					require.Equal(t, "no-referrer", w.Header().Get("Referrer-Policy"))
				})
			}
		}
	}
}

func TestParseFrameAncestors(t *testing.T) {
	good := []struct{ in, want string }{
		{"", "*"},
		{"*", "*"},
		{"'self'", "'self'"},
		{"'none'", "'none'"},
		{"'NONE'", "'none'"},
		{"https://careers.example.edu", "https://careers.example.edu"},
		{"'self' https://careers.example.edu", "'self' https://careers.example.edu"},
		{"'self',https://careers.example.edu, https://www.example.edu", "'self' https://careers.example.edu https://www.example.edu"},
		{"https://*.example.edu", "https://*.example.edu"},
		{"careers.example.edu:8443", "careers.example.edu:8443"},
		{"http://localhost:8001", "http://localhost:8001"},
		{"https:", "https:"},
		{"HTTPS://Careers.Example.EDU", "https://careers.example.edu"},
	}
	for _, tt := range good {
		t.Run(tt.in+" is accepted", func(t *testing.T) {
			got, err := ParseFrameAncestors(tt.in)
			require.NoError(t, err)
			require.Equal(t, tt.want, got)
		})
	}
	bad := []struct{ in, message string }{
		{"self", "write self in single quotes"},
		{"none", "write none in single quotes"},
		{"'none' https://careers.example.edu", "'none' cannot be listed with other sources"},
		{"https://careers.example.edu; script-src *", "is not *"},
		{"https://careers.example.edu/careers", "no path"},
		{"https://careers.example.edu\r\nX-Evil: 1", "is not *"},
		{"javascript:", "is not *"},
		{"'unsafe-inline'", "is not *"},
		{"ftp://files.example.edu", "is not *"},
		{"https://exa_mple.edu", "is not *"},
		{"https://-bad.example.edu", "is not *"},
		{"https://careers.example.edu:99999999", "is not *"},
		{`"https://careers.example.edu"`, "is not *"},
	}
	for _, tt := range bad {
		t.Run(tt.in+" is refused with a message", func(t *testing.T) {
			_, err := ParseFrameAncestors(tt.in)
			require.ErrorContains(t, err, tt.message)
		})
	}
}
