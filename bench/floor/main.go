//go:build js && wasm

// Command floor is Go's bare WebAssembly floor for `make bench`: a program that touches the
// browser through syscall/js and nothing else, so the go-app anchor's size can be read
// against what any Go wasm costs.
package main

import "syscall/js"

func main() {
	js.Global().Get("document").Set("title", "floor")
}
