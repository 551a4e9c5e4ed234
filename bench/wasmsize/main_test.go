package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/require"
)

func uleb(n int) []byte {
	var b []byte
	for {
		c := byte(n & 0x7f)
		n >>= 7
		if n == 0 {
			return append(b, c)
		}
		b = append(b, c|0x80)
	}
}

func section(id byte, body []byte) []byte {
	return append(append([]byte{id}, uleb(len(body))...), body...)
}

func name(s string) []byte { return append(uleb(len(s)), s...) }

// testModule is a WebAssembly binary with one imported function and two bodies, named as Go's
// linker names them (with names false, without the name section, as -ldflags=-s leaves it).
func testModule(names bool) []byte {
	b := []byte("\x00asm\x01\x00\x00\x00")
	imp := append(uleb(1), name("go")...)
	imp = append(append(imp, name("debug")...), 0, 0)
	b = append(b, section(2, imp)...)
	code := append(uleb(2), append(uleb(3), 1, 2, 3)...)
	code = append(code, append(uleb(5), 1, 2, 3, 4, 5)...)
	b = append(b, section(10, code)...)
	data := append(uleb(1), 0, 0x41, 8, 0x0b)
	data = append(append(data, uleb(2)...), 'h', 'i')
	b = append(b, section(11, data)...)
	if !names {
		return b
	}
	ns := append(uleb(3), append(uleb(0), name("go.debug")...)...)
	ns = append(ns, append(uleb(1), name("syscall_js.valueGet")...)...)
	ns = append(ns, append(uleb(2), name("github.com_careerquiz_careerquiz_app.__rolePage_.Render")...)...)
	custom := append(name("name"), section(1, ns)...)
	return append(b, section(0, custom)...)
}

func TestRead(t *testing.T) {
	p := filepath.Join(t.TempDir(), "m.wasm")
	require.NoError(t, os.WriteFile(p, testModule(true), 0o644))
	m, err := read(p)
	require.NoError(t, err)
	require.Len(t, m.funcs, 2)
	require.Equal(t, "syscall_js.valueGet", m.funcs[0].name)
	require.Equal(t, []byte{1, 2, 3}, m.funcs[0].body)
	require.Len(t, m.funcs[1].body, 5)
	require.Equal(t, []byte("hi"), m.data)

	ps := newPackages([]string{"syscall/js", "github.com/careerquiz/careerquiz/app", "github.com/careerquiz/careerquiz"})
	require.Equal(t, "syscall/js", ps.of(m.funcs[0].name))
	require.Equal(t, "github.com/careerquiz/careerquiz/app", ps.of(m.funcs[1].name), "the longest package wins")
	require.Equal(t, "(type equality and hash functions)", ps.of("type_.eq.main.T"))
}

func TestReadRefusesAStrippedBinary(t *testing.T) {
	p := filepath.Join(t.TempDir(), "m.wasm")
	require.NoError(t, os.WriteFile(p, testModule(false), 0o644))
	_, err := read(p)
	require.Error(t, err)
}
