package content

import "sync"

var (
	fullOnce sync.Once
	full     *Catalogue
	fullErr  error
)

// Full returns the default catalogue with the roles' long text (Text), as the parser reads
// it from the embedded documents, parsed once: what the server renders role pages from. Like
// Default, the Catalogue is the caller's and what it points to is shared. The app in the
// browser uses only Default and fetches each role's text, so that the linker leaves Full, the
// documents and the parser out of the WebAssembly (scripts/wasm-size shows it).
func Full() (*Catalogue, error) {
	fullOnce.Do(func() { full, fullErr = Parse(Files) })
	if fullErr != nil {
		return nil, fullErr
	}
	c := *full
	return &c, nil
}
