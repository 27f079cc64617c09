package report_test

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/report"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

var annotationLine = regexp.MustCompile(`^::(error|warning|notice) [^\r\n]*::[^\r\n]*$`)

// FuzzPipeline runs the whole pipeline on any bytes as a PHP file (and
// next to a copy of it, so that cross-file facts are exercised): parse,
// lower, index, every rule, the simulation, and every output format. No
// step may panic or fail; JSON and SARIF must be valid JSON; the github
// format must write only well-formed workflow commands; the text format
// must keep control characters out.
func FuzzPipeline(f *testing.F) {
	seeds, _ := filepath.Glob(filepath.Join("..", "testdata", "fixtures", "*", "*.php"))
	sort.Strings(seeds)
	for i, p := range seeds {
		if i%4 != 0 { // a sample of every rule's fixtures
			continue
		}
		if b, err := os.ReadFile(p); err == nil {
			f.Add(b)
		}
	}
	f.Add([]byte("<?php\nclass A { public $b; function f() { $this->b = new B($this); } }\nclass B { function __construct(public A $a) {} }\n"))
	f.Add([]byte("<?php\nwhile ($job = $q->pop()) { $seen[] = $job; }\n<"))
	f.Fuzz(func(t *testing.T, src []byte) {
		dir := t.TempDir()
		for _, name := range []string{"a.php", "sub/b.php"} {
			p := filepath.Join(dir, filepath.FromSlash(name))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.WriteFile(p, src, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		res, err := analyzer.Run(analyzer.Config{
			Root: dir, Paths: []string{dir}, Analyzers: rules.All(), Jobs: 1,
			MinConfidence: analyzer.Low, Confirm: sim.Confirm, RuleIDs: ruleIDs(),
		})
		if err != nil {
			t.Fatal(err)
		}
		for _, e := range res.Errors {
			if e.Kind == analyzer.ErrInternal {
				t.Fatalf("internal error: %s", e.Message)
			}
		}
		for _, format := range report.Formats {
			var buf bytes.Buffer
			if err := report.Write(&buf, format, res, report.Options{Version: "1.0.0"}); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			out := buf.String()
			switch format {
			case "json", "sarif":
				if !json.Valid(buf.Bytes()) {
					t.Fatalf("%s: not valid JSON:\n%s", format, out)
				}
			case "github":
				for _, l := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
					if strings.HasPrefix(strings.TrimLeft(l, " \t"), "::") && !annotationLine.MatchString(l) {
						t.Fatalf("github: malformed workflow command %q", l)
					}
				}
			case "text":
				if strings.ContainsAny(out, "\x1b\r\x00\u202e") {
					t.Fatalf("text: a control character reaches the output:\n%q", out)
				}
			}
		}
	})
}

func ruleIDs() []string {
	var ids []string
	for _, r := range rules.All() {
		ids = append(ids, r.ID)
	}
	return ids
}
