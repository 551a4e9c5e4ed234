// Command wasmsize says where the bytes of a Go WebAssembly binary go: the size of each
// package's function bodies (from the wasm's name section, so the binary must be built without
// -ldflags=-s), raw and brotli-compressed, beside the same figures for a second binary (the
// anchor), and the data section as a whole. scripts/wasm-size builds the binaries and runs it.
//
//	wasmsize [-top N] APP.wasm [ANCHOR.wasm]
//
// A package's brotli figure is what its code adds to the compressed code section: the code
// section compressed whole, less the same without that package's bodies. Figures of different
// packages do not add up exactly, as brotli finds repeats across them. They are at brotli
// quality 9 unless -quality says otherwise: 11, as the app is served, is about a tenth smaller
// and many times slower.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"sort"
	"strings"

	"github.com/andybalholm/brotli"
)

func main() {
	top := flag.Int("top", 25, "packages to list, largest difference first; the rest are summed")
	patterns := flag.String("pkgs", ". ./bench/anchor", "the packages the binaries were built from, for go list -deps (GOOS=js GOARCH=wasm)")
	quality := flag.Int("quality", 9, "brotli quality of the per-package figures, 0 to 11 (11, as served, takes minutes here)")
	flag.Parse()
	if flag.NArg() < 1 || flag.NArg() > 2 {
		fmt.Fprintln(os.Stderr, "usage: wasmsize [-top N] [-quality Q] APP.wasm [ANCHOR.wasm]")
		os.Exit(2)
	}
	list := exec.Command("go", append([]string{"list", "-deps"}, strings.Fields(*patterns)...)...)
	list.Env = append(os.Environ(), "GOOS=js", "GOARCH=wasm")
	list.Stderr = os.Stderr
	out, err := list.Output()
	if err != nil {
		fmt.Fprintf(os.Stderr, "wasmsize: go list: %v\n", err)
		os.Exit(1)
	}
	ps := newPackages(strings.Fields(string(out)))
	var mods []*module
	for _, p := range flag.Args() {
		m, err := read(p)
		if err != nil {
			fmt.Fprintf(os.Stderr, "wasmsize: %s: %v\n", p, err)
			os.Exit(1)
		}
		for i := range m.funcs {
			m.funcs[i].pkg = ps.of(m.funcs[i].name)
		}
		mods = append(mods, m)
	}
	report(os.Stdout, mods, *top, *quality)
}

// module is what wasmsize reads of a binary: its sections' sizes, each function body with its
// name, and the data segments.
type module struct {
	path     string
	size     int
	sections map[string]int // section name → bytes
	funcs    []fn
	data     []byte // the data segments' bytes, concatenated
}

type fn struct {
	name string
	pkg  string // the package path, or a group of the compiler's or linker's functions
	body []byte
}

var sectionNames = map[byte]string{1: "type", 2: "import", 3: "function", 4: "table", 5: "memory",
	6: "global", 7: "export", 8: "start", 9: "element", 10: "code", 11: "data", 12: "data count"}

func read(path string) (*module, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	if len(b) < 8 || string(b[:4]) != "\x00asm" {
		return nil, errors.New("not a WebAssembly binary")
	}
	m := &module{path: path, size: len(b), sections: map[string]int{}}
	var bodies [][]byte
	names := map[int]string{}
	imported := 0
	r := &reader{b: b[8:]}
	for !r.done() {
		id := r.byte()
		sec := r.bytes(int(r.uleb()))
		if r.err != nil {
			return nil, r.err
		}
		s := &reader{b: sec}
		name := sectionNames[id]
		switch id {
		case 0:
			name = "custom " + s.name()
			if name == "custom name" {
				readNames(s, names)
			}
		case 2:
			imported = countFuncImports(s)
		case 10:
			for n := s.uleb(); n > 0 && s.err == nil; n-- {
				bodies = append(bodies, s.bytes(int(s.uleb())))
			}
		case 11:
			for n := s.uleb(); n > 0 && s.err == nil; n-- {
				s.uleb() // memory index (0: active)
				skipConstExpr(s)
				m.data = append(m.data, s.bytes(int(s.uleb()))...)
			}
		}
		if s.err != nil {
			return nil, fmt.Errorf("section %s: %w", name, s.err)
		}
		m.sections[name] += len(sec)
	}
	if len(names) == 0 {
		return nil, errors.New("no name section: build without -ldflags=-s")
	}
	for i, body := range bodies {
		m.funcs = append(m.funcs, fn{name: names[imported+i], body: body})
	}
	return m, nil
}

// readNames reads the function names subsection (1) of the name section.
func readNames(s *reader, names map[int]string) {
	for !s.done() && s.err == nil {
		id := s.byte()
		sub := &reader{b: s.bytes(int(s.uleb()))}
		if id != 1 {
			continue
		}
		for n := sub.uleb(); n > 0 && sub.err == nil; n-- {
			i := int(sub.uleb())
			names[i] = sub.name()
		}
		s.err = sub.err
	}
}

func countFuncImports(s *reader) int {
	funcs := 0
	for n := s.uleb(); n > 0 && s.err == nil; n-- {
		s.name()
		s.name()
		switch s.byte() {
		case 0: // function: type index
			s.uleb()
			funcs++
		case 1: // table: element type, limits
			s.byte()
			skipLimits(s)
		case 2: // memory
			skipLimits(s)
		case 3: // global: type, mutability
			s.byte()
			s.byte()
		}
	}
	return funcs
}

func skipLimits(s *reader) {
	if s.byte()&1 == 1 {
		s.uleb()
	}
	s.uleb()
}

// skipConstExpr skips a constant expression up to its end opcode (0x0b); Go writes i32.const.
func skipConstExpr(s *reader) {
	for !s.done() && s.err == nil {
		switch op := s.byte(); op {
		case 0x0b:
			return
		case 0x41, 0x42, 0x23:
			s.uleb()
		default:
			s.err = fmt.Errorf("unexpected opcode %#x in a constant expression", op)
		}
	}
}

type reader struct {
	b   []byte
	err error
}

func (r *reader) done() bool { return len(r.b) == 0 }

func (r *reader) byte() byte {
	if len(r.b) == 0 {
		r.fail()
		return 0
	}
	c := r.b[0]
	r.b = r.b[1:]
	return c
}

func (r *reader) bytes(n int) []byte {
	if n < 0 || n > len(r.b) {
		r.fail()
		return nil
	}
	p := r.b[:n]
	r.b = r.b[n:]
	return p
}

func (r *reader) uleb() uint64 {
	var v uint64
	for shift := 0; shift < 64; shift += 7 {
		c := r.byte()
		v |= uint64(c&0x7f) << shift
		if c < 0x80 {
			return v
		}
	}
	r.fail()
	return 0
}

func (r *reader) name() string { return string(r.bytes(int(r.uleb()))) }

func (r *reader) fail() {
	if r.err == nil {
		r.err = errors.New("truncated")
	}
}

// mangled is a package path as the linker writes it into the name section: every character
// but letters, digits, '_' and '.' becomes '_' ("syscall/js" is "syscall_js").
func mangled(path string) string {
	b := []byte(path)
	for i, c := range b {
		if !(c == '_' || c == '.' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z') {
			b[i] = '_'
		}
	}
	return string(b)
}

// packages maps the mangled form of each package path to the path, longest first.
type packages []struct{ mangled, path string }

func newPackages(paths []string) packages {
	var ps packages
	for _, p := range paths {
		ps = append(ps, struct{ mangled, path string }{mangled(p), p})
	}
	sort.Slice(ps, func(i, j int) bool { return len(ps[i].mangled) > len(ps[j].mangled) })
	return ps
}

// of is the package a function name belongs to: the longest package whose mangled path and a
// '.' begin the name. Functions the compiler makes for types (equality, hashing) and those of
// no listed package are grouped apart.
func (ps packages) of(name string) string {
	if strings.HasPrefix(name, "type_.") {
		return "(type equality and hash functions)"
	}
	for _, p := range ps {
		if strings.HasPrefix(name, p.mangled+".") {
			return p.path
		}
	}
	return "(runtime assembly and wrappers)"
}

type pkgSize struct {
	funcs int
	raw   int
	code  []byte
}

func byPackage(m *module) map[string]*pkgSize {
	out := map[string]*pkgSize{}
	for _, f := range m.funcs {
		p := out[f.pkg]
		if p == nil {
			p = &pkgSize{}
			out[f.pkg] = p
		}
		p.funcs++
		p.raw += len(f.body)
		p.code = append(p.code, f.body...)
	}
	return out
}

func brotliLen(b []byte, quality int) int {
	var buf bytes.Buffer
	w := brotli.NewWriterOptions(&buf, brotli.WriterOptions{Quality: quality, LGWin: 24})
	w.Write(b)
	w.Close()
	return buf.Len()
}

// codeWithout is m's code section bodies, in order, leaving out package skip's.
func codeWithout(m *module, skip string) []byte {
	var b []byte
	for _, f := range m.funcs {
		if skip == "" || f.pkg != skip {
			b = append(b, f.body...)
		}
	}
	return b
}

func report(w *os.File, mods []*module, top, quality int) {
	app := mods[0]
	pkgs := []map[string]*pkgSize{byPackage(app)}
	if len(mods) > 1 {
		pkgs = append(pkgs, byPackage(mods[1]))
	}
	get := func(i int, p string) *pkgSize {
		if i < len(pkgs) && pkgs[i][p] != nil {
			return pkgs[i][p]
		}
		return &pkgSize{}
	}
	var names []string
	seen := map[string]bool{}
	for _, ps := range pkgs {
		for p := range ps {
			if !seen[p] {
				seen[p] = true
				names = append(names, p)
			}
		}
	}
	diff := func(p string) int { return get(0, p).raw - get(1, p).raw }
	sort.Slice(names, func(i, j int) bool {
		if diff(names[i]) != diff(names[j]) {
			return diff(names[i]) > diff(names[j])
		}
		return names[i] < names[j]
	})
	whole := []int{brotliLen(codeWithout(app, ""), quality)}
	if len(mods) > 1 {
		whole = append(whole, brotliLen(codeWithout(mods[1], ""), quality))
	}
	added := func(i int, p string) int {
		if get(i, p).funcs == 0 {
			return 0
		}
		return whole[i] - brotliLen(codeWithout(mods[i], p), quality)
	}

	fmt.Fprintf(w, "%s: %d B; anchor: ", app.path, app.size)
	if len(mods) > 1 {
		fmt.Fprintf(w, "%s: %d B\n\n", mods[1].path, mods[1].size)
	} else {
		fmt.Fprintln(w, "none")
	}
	fmt.Fprintln(w, "| part | app raw | app brotli | anchor raw | anchor brotli | brotli difference |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: |")
	sect := func(label string, f func(m *module) (int, int)) {
		var cells []string
		var br []int
		for _, m := range mods {
			raw, b := f(m)
			cells = append(cells, num(raw), num(b))
			br = append(br, b)
		}
		for len(cells) < 4 {
			cells = append(cells, "", "")
		}
		d := ""
		if len(br) > 1 {
			d = signed(br[0] - br[1])
		}
		fmt.Fprintf(w, "| %s | %s | %s |\n", label, strings.Join(cells, " | "), d)
	}
	sect("code section", func(m *module) (int, int) {
		c := codeWithout(m, "")
		return len(c), brotliLen(c, quality)
	})
	sect("data section", func(m *module) (int, int) { return len(m.data), brotliLen(m.data, quality) })
	sect("other sections (names stripped)", func(m *module) (int, int) {
		n := 0
		for s, sz := range m.sections {
			if s != "code" && s != "data" && !strings.HasPrefix(s, "custom") {
				n += sz
			}
		}
		return n, 0
	})
	fmt.Fprintf(w, "\nCode by package, largest raw difference first (brotli: what the package adds to the compressed code section):\n\n")
	fmt.Fprintln(w, "| package | app funcs | app raw | app brotli | anchor funcs | anchor raw | anchor brotli | raw difference |")
	fmt.Fprintln(w, "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
	var rest [2]pkgSize
	restDiff := 0
	for i, p := range names {
		a, b := get(0, p), get(1, p)
		if i >= top {
			rest[0].funcs += a.funcs
			rest[0].raw += a.raw
			rest[1].funcs += b.funcs
			rest[1].raw += b.raw
			restDiff += a.raw - b.raw
			continue
		}
		ab, bb := "", ""
		if a.funcs > 0 {
			ab = num(added(0, p))
		}
		if len(mods) > 1 && b.funcs > 0 {
			bb = num(added(1, p))
		}
		fmt.Fprintf(w, "| %s | %d | %s | %s | %d | %s | %s | %s |\n", p, a.funcs, num(a.raw), ab, b.funcs, num(b.raw), bb, signed(a.raw-b.raw))
	}
	if len(names) > top {
		fmt.Fprintf(w, "| %d other packages | %d | %s |  | %d | %s |  | %s |\n", len(names)-top, rest[0].funcs, num(rest[0].raw), rest[1].funcs, num(rest[1].raw), signed(restDiff))
	}
}

func num(n int) string {
	s := fmt.Sprint(n)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	if neg {
		return "-" + s
	}
	return s
}

func signed(n int) string {
	if n > 0 {
		return "+" + num(n)
	}
	return num(n)
}
