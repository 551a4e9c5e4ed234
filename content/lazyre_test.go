package content

import (
	"os"
	"testing"
)

// The parser's expressions are compiled on first use, not at package init, so the app's
// start-up (which never parses) compiles none of them. TestMain looks before any test runs.
func TestMain(m *testing.M) {
	for name, re := range map[string]*lazyRE{"idRE": idRE, "parenRE": parenRE, "urlRE": urlRE, "schemeRE": schemeRE, "onetRE": onetRE, "moneyRE": moneyRE, "rangeRE": rangeRE, "yearlyRE": yearlyRE, "valueRE": valueRE} {
		if re.re != nil {
			println(name, "was compiled at package init")
			os.Exit(1)
		}
	}
	os.Exit(m.Run())
}

func TestLazyRECompilesOnFirstUse(t *testing.T) {
	re := &lazyRE{src: `^a+$`}
	if re.re != nil {
		t.Fatal("compiled before use")
	}
	if !re.MatchString("aa") || re.MatchString("b") {
		t.Fatal("wrong match")
	}
	if re.re == nil {
		t.Fatal("not kept after first use")
	}
}
