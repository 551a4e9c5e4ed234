package app

import (
	"regexp"
	"testing"
)

// The hand-written checks accept exactly what the patterns they replace accepted.
func TestEmbedChecksMatchTheirPatterns(t *testing.T) {
	hex := regexp.MustCompile(`^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$`)
	id := regexp.MustCompile(`^[a-z0-9-]+$`)
	for _, s := range []string{"", "#", "#fff", "#FFF", "#ffff", "#12ab9F", "#12ab9G", "123456", "#1234567", "fff#", "#ff", "#é12", "data-scientist", "Data", "a_b", "-", "x1-2", "é", "a b"} {
		if got, want := isHexColour(s), hex.MatchString(s); got != want {
			t.Errorf("isHexColour(%q) = %v, the pattern says %v", s, got, want)
		}
		if got, want := isRoleID(s), id.MatchString(s); got != want {
			t.Errorf("isRoleID(%q) = %v, the pattern says %v", s, got, want)
		}
	}
}
