package importer

import "strings"

// splitLines splits src into lines without their line endings.
func splitLines(src []byte) []string {
	s := strings.ReplaceAll(string(src), "\r\n", "\n")
	s = strings.TrimPrefix(s, "\uFEFF")
	return strings.Split(s, "\n")
}
