package analyzer

import (
	"strings"
	"testing"
	"time"

	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// TestParseReservedWordNames checks that names the 8.1 grammar reserves
// but PHP accepts (a class Enum, a function readonly) parse without
// errors and are lowered.
func TestParseReservedWordNames(t *testing.T) {
	src := []byte("<?php\nclass Enum { public function values(): array { return []; } }\nfunction readonly($x) { return $x; }\n")
	v, err := phpsyntax.ParseVersion("8.1")
	if err != nil {
		t.Fatal(err)
	}
	f, errs := parseFile("x.php", "x.php", src, phpsyntax.Options{Version: v})
	if len(errs) != 0 {
		t.Fatalf("errors: %v", errs)
	}
	if f == nil || len(f.Classes) != 1 || f.Classes[0].Name != "Enum" || len(f.Funcs) != 2 {
		t.Fatalf("lowered wrongly: %+v", f)
	}
	// and real 8.1 syntax parses
	f, errs = parseFile("y.php", "y.php", []byte("<?php\nenum Suit: string { case Hearts = 'H'; }\n"), phpsyntax.Options{Version: v})
	if len(errs) != 0 || f == nil || len(f.Classes) != 1 || f.Classes[0].Kind != ir.KindEnum {
		t.Fatalf("enum: errs %v, file %+v", errs, f)
	}
}

// TestParserInputFaults: inputs that hung, panicked or failed in the old
// parser (see vkoracle.parserInput) parse, with every position in place.
func TestParserInputFaults(t *testing.T) {
	v81 := phpsyntax.Version{Major: 8, Minor: 1}
	for _, tc := range []struct {
		name, src string
		lines     int // lines of the file
		errs      int
	}{
		{"inline HTML ending in <", "abc<", 1, 0},
		{"closed PHP then <", "<?php $a = 1; ?>x<", 1, 0},
		{"only <?php", "<?php", 1, 0},
		{"empty heredoc, one-letter label", "<?php\n$a = <<<Q\nQ;\n$b = new Foo();\n", 4, 0},
		{"empty nowdoc, indented close", "<?php\n$a = <<<'EOT'\n    EOT;\n$b = new Foo();\n", 4, 0},
		{"non-empty heredoc untouched", "<?php\n$a = <<<Q\nline\nQ;\n$b = new Foo();\n", 5, 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			done := make(chan struct{})
			var f *ir.File
			var errs []FileError
			go func() {
				defer close(done)
				f, errs = parseFile("t.php", "t.php", []byte(tc.src), phpsyntax.Options{Version: v81})
			}()
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				t.Fatal("the parser did not return (a lexer loop)")
			}
			if f == nil || len(errs) != tc.errs {
				t.Fatalf("file %v, errors %v", f, errs)
			}
			if f.Lines != tc.lines {
				t.Errorf("%d lines, want %d", f.Lines, tc.lines)
			}
			// the statement after a heredoc keeps its line
			if strings.Contains(tc.src, "new Foo") {
				found := 0
				Inspect(f.Main.Body, func(n Node, _ []Node) bool {
					if nw, ok := n.(*ir.New); ok && nw.Class == "Foo" {
						found = int(nw.P.Line)
					}
					return true
				})
				if want := tc.lines; found != want {
					t.Errorf("new Foo() at line %d, want %d", found, want)
				}
			}
		})
	}
}
