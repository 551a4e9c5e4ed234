package site

import (
	"bytes"
	"compress/gzip"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/andybalholm/brotli"
)

// compressible lists the file endings worth compressing.
var compressible = map[string]bool{
	".wasm": true, ".js": true, ".css": true, ".html": true, ".svg": true, ".json": true,
	".webmanifest": true, ".txt": true, ".md": true, ".xml": true, "": true, // "" is a prerendered page
}

func compressed(p string) bool {
	return strings.HasSuffix(p, ".br") || strings.HasSuffix(p, ".gz")
}

// Precompress writes a .br and a .gz sibling of every compressible file below dir, so that a
// server or static host can send them as they are. A file whose siblings are both at least as
// new as it is left as it is: compressing the wasm at the best ratio takes most of a minute.
func Precompress(dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || compressed(p) || !compressible[filepath.Ext(p)] {
			return err
		}
		if fresh, err := siblingsFresh(p); err != nil || fresh {
			return err
		}
		return compressFile(p)
	})
}

// siblingsFresh reports whether p's .br and .gz siblings exist and are not older than p.
func siblingsFresh(p string) (bool, error) {
	st, err := os.Stat(p)
	if err != nil {
		return false, err
	}
	for _, ext := range []string{".br", ".gz"} {
		cst, err := os.Stat(p + ext)
		if err != nil || cst.ModTime().Before(st.ModTime()) {
			return false, nil
		}
	}
	return true, nil
}

func compressFile(p string) error {
	data, err := os.ReadFile(p)
	if err != nil {
		return err
	}
	br, gz := compressBytes(data)
	if err := os.WriteFile(p+".br", br, 0o644); err != nil {
		return fmt.Errorf("writing %s.br: %w", p, err)
	}
	if err := os.WriteFile(p+".gz", gz, 0o644); err != nil {
		return fmt.Errorf("writing %s.gz: %w", p, err)
	}
	return nil
}

// compressBytes returns data compressed with brotli and with gzip, each at its best ratio.
// Writing to memory cannot fail.
func compressBytes(data []byte) (br, gz []byte) {
	var bb, gb bytes.Buffer
	bw := brotli.NewWriterLevel(&bb, brotli.BestCompression)
	bw.Write(data)
	bw.Close()
	gw, _ := gzip.NewWriterLevel(&gb, gzip.BestCompression)
	gw.Write(data)
	gw.Close()
	return bb.Bytes(), gb.Bytes()
}
