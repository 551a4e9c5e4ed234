package content

import (
	"os"
	"path/filepath"
	"testing"
)

func BenchmarkParseRole(b *testing.B) {
	src, err := os.ReadFile(filepath.Join("testdata", "valid", "ml-applications-engineer.md"))
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		ParseRole("roles/ml-applications-engineer.md", src)
	}
}

func BenchmarkDefault(b *testing.B) {
	for b.Loop() {
		Default()
	}
}
