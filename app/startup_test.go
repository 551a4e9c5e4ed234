package app

import (
	"go/ast"
	"go/parser"
	"go/token"
	"path/filepath"
	"strings"
	"testing"
)

// The client packages neither scan with fmt (its scanner costs about 15 KB of brotli in the
// wasm; strconv reads a number) nor compile a regular expression at package init, which
// every start would pay for. Each package the wasm links for the app is looked at.
func TestClientStartupCosts(t *testing.T) {
	for _, dir := range []string{".", "../quiz", "../scoring", "../content"} {
		files, err := filepath.Glob(filepath.Join(dir, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		fset := token.NewFileSet()
		for _, name := range files {
			if strings.HasSuffix(name, "_test.go") || strings.HasSuffix(name, "seed.go") {
				continue // tests; the plain-text importer, which the app never links
			}
			f, err := parser.ParseFile(fset, name, nil, 0)
			if err != nil {
				t.Fatal(err)
			}
			ast.Inspect(f, func(n ast.Node) bool {
				if sel, ok := n.(*ast.SelectorExpr); ok {
					if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "fmt" && strings.Contains(strings.ToLower(sel.Sel.Name), "scan") {
						t.Errorf("%s: fmt.%s links fmt's scanner into the app; use strconv", fset.Position(sel.Pos()), sel.Sel.Name)
					}
				}
				return true
			})
			for _, d := range f.Decls {
				g, ok := d.(*ast.GenDecl)
				if !ok || g.Tok != token.VAR {
					continue
				}
				ast.Inspect(g, func(n ast.Node) bool {
					if _, ok := n.(*ast.FuncLit); ok {
						return false // runs when called, not at init
					}
					if sel, ok := n.(*ast.SelectorExpr); ok {
						if pkg, ok := sel.X.(*ast.Ident); ok && pkg.Name == "regexp" {
							t.Errorf("%s: regexp.%s at package level compiles at every start; compile on first use", fset.Position(sel.Pos()), sel.Sel.Name)
						}
					}
					return true
				})
			}
		}
	}
}
