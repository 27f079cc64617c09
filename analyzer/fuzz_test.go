package analyzer

import (
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/phpsyntax"
)

// FuzzSuppressions: for any file, the @phpleak-ignore scan does not
// panic, and every comment it finds sits on a line of the file, covers
// lines from its own on, and is either valid (rules and a reason) or says
// what is wrong.
func FuzzSuppressions(f *testing.F) {
	for _, s := range []string{
		"<?php\n// @phpleak-ignore static-growth bounded\n$x[] = 1;\n",
		"<?php\n/**\n * @phpleak-ignore circular-reference, static-growth kept\n */\nfunction f() {}\n",
		"<?php # @phpleak-ignore-line x\n/* @phpleak-disable */ $a = '@phpleak-ignore y z';\n",
		"<?php\n * @phpleak-ignore\n*/ /* @phpleak-",
		"@phpleak-ignore a b\r\n#[X] // @phpleak-ignore ,,, reason",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		file, _ := parseFile("a.php", "a.php", src, phpsyntax.Options{})
		if file == nil {
			return
		}
		lines := strings.Count(string(src), "\n") + 1
		for _, ig := range scanIgnores(file, src) {
			if ig.line < 1 || ig.line > lines || ig.from > ig.line || ig.to < ig.line {
				t.Fatalf("ignore at line %d covers %d..%d in a file of %d lines", ig.line, ig.from, ig.to, lines)
			}
			if ig.problem == "" && (len(ig.rules) == 0 || ig.reason == "") {
				t.Fatalf("ignore at line %d is valid without rules or a reason: %+v", ig.line, ig)
			}
		}
	})
}

// FuzzBaseline: any bytes as a baseline file either are refused with an
// error or read back the same after phpleak writes them.
func FuzzBaseline(f *testing.F) {
	f.Add([]byte(`{"version": 1, "entries": [{"file": "a.php", "rule": "static-growth", "hash": "ab", "count": 2, "code": "$x[] = 1;"}]}`))
	f.Add([]byte(`{"version": 1, "entries": []}`))
	f.Add([]byte(`{"version": 2}`))
	f.Add([]byte(`{"version": 1, "entries": [{"file": "a\u202e.php", "rule": "r", "hash": "h", "count": 1, "code": "\n::error::x"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		dir := t.TempDir()
		p := filepath.Join(dir, "baseline.json")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		b, err := ReadBaseline(p)
		if err != nil {
			if b != nil {
				t.Fatal("a baseline and an error")
			}
			return
		}
		q := filepath.Join(dir, "again.json")
		if err := b.Write(q); err != nil {
			t.Fatal(err)
		}
		again, err := ReadBaseline(q)
		if err != nil {
			t.Fatalf("phpleak cannot read the baseline it wrote: %v", err)
		}
		if len(b.Entries) == 0 && len(again.Entries) == 0 {
			return
		}
		if !reflect.DeepEqual(b.Entries, again.Entries) {
			t.Fatalf("baseline changed when written and read:\n%+v\n%+v", b.Entries, again.Entries)
		}
	})
}
