package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
)

func finding(line, col, endCol int, source string) analyzer.Finding {
	return analyzer.Finding{
		Rule: "static-growth", Kind: analyzer.Growth, Severity: analyzer.SeverityWarning, Confidence: analyzer.High,
		File: "src/A.php", Line: line, Column: col, EndLine: line, EndColumn: endCol,
		Summary: "Static property grows.", Fix: "Bound it.", Message: "Static property grows. Fix: Bound it.",
		Source: source, Trace: []analyzer.TraceStep{},
	}
}

func text(t *testing.T, res *analyzer.Result, opt Options) string {
	t.Helper()
	var b bytes.Buffer
	if err := Text(&b, res, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestTextCaret(t *testing.T) {
	res := &analyzer.Result{Findings: []analyzer.Finding{
		finding(3, 3, 8, "\t\t$x[] = 1;"),     // tabs stay tabs so the caret lines up
		finding(4, 5, 6, "$é = 'ü'; $y[]=1;"), // columns count characters
	}, Stats: analyzer.Stats{Files: 1, Lines: 10}}
	got := text(t, res, Options{})
	for _, want := range []string{
		"src/A.php:3:3: static-growth: Static property grows. [growth, high confidence]\n    \t\t$x[] = 1;\n    \t\t^~~~~\n    fix: Bound it.\n",
		"src/A.php:4:5: static-growth: Static property grows. [growth, high confidence]\n    $é = 'ü'; $y[]=1;\n        ^\n",
		"2 findings (0 cycle, 2 growth) in 1 file (10 lines).\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("text output lacks %q:\n%s", want, got)
		}
	}
}

func TestTextUnknownColumnAndLongLines(t *testing.T) {
	res := &analyzer.Result{Findings: []analyzer.Finding{
		finding(2, 0, 0, "$x[] = 1;"),
		finding(5, 1, 4, strings.Repeat("x", 1000)),
	}}
	got := text(t, res, Options{})
	if !strings.Contains(got, "src/A.php:2: static-growth:") {
		t.Errorf("a finding without a column is not shown as file:line:\n%s", got)
	}
	if strings.Contains(got, "$x[] = 1;") || strings.Contains(got, "xxxxxxxx") {
		t.Errorf("source quoted without a column, or a 1000-character line quoted:\n%s", got)
	}
}

func TestTextEscapesControlCharacters(t *testing.T) {
	f := finding(1, 11, 12, "$a = \x1b[2J'x';\r")
	f.File = "src/\x1b]0;pwned\x07A.php"
	f.Summary = "Key \x1b[31mred\x1b[0m\ngrows."
	res := &analyzer.Result{
		Findings: []analyzer.Finding{f},
		Errors:   []analyzer.FileError{{File: "b\x1b.php", Line: 2, Kind: analyzer.ErrParse, Message: "unexpected \x1b[1m"}},
	}
	got := text(t, res, Options{})
	if strings.ContainsAny(got, "\x1b\x07\r") {
		t.Errorf("text output passes control characters through:\n%q", got)
	}
	if !strings.Contains(got, `Key \x1b[31mred\x1b[0m\ngrows.`) || !strings.Contains(got, `src/\x1b]0;pwned\x07A.php:1:11:`) {
		t.Errorf("message or path not kept on one line with its control characters shown escaped:\n%q", got)
	}
	// a blanked control character keeps its column, so the caret still
	// points at 'x'
	if !strings.Contains(got, "    $a =  [2J'x'; \n              ^\n") {
		t.Errorf("caret misplaced after blanking control characters:\n%q", got)
	}
}

func TestTextErrors(t *testing.T) {
	res := &analyzer.Result{
		Errors: []analyzer.FileError{
			{Kind: analyzer.ErrInternal, Message: "rule x panicked: boom\ngoroutine 1 [running]:\nmain.f()"},
			{File: "a.php", Line: 3, Kind: analyzer.ErrParse, Message: "syntax error"},
			{File: "b.php", Kind: analyzer.ErrSkipped, Message: "binary file (NUL bytes)"},
			{File: "c.php", Kind: analyzer.ErrIO, Message: "permission denied"},
		},
		Stats: analyzer.Stats{Files: 1, Lines: 3, FilesWithErrors: 3},
	}
	got := text(t, res, Options{})
	want := "internal error: rule x panicked: boom\n" +
		"    goroutine 1 [running]:\n" +
		"    main.f()\n" +
		"a.php:3: parse error: syntax error\n" +
		"b.php: not analyzed: binary file (NUL bytes)\n" +
		"c.php: io error: permission denied\n" +
		"\n" +
		"0 findings in 1 file (3 lines); 3 files with errors.\n"
	if got != want {
		t.Errorf("text output =\n%s\nwant\n%s", got, want)
	}
}

// Many errors in one file take one line, with a count; --show-errors
// lists them all.
func TestTextErrorsInProportion(t *testing.T) {
	res := &analyzer.Result{
		Errors: []analyzer.FileError{
			{File: "a.php", Line: 3, Col: 5, Kind: analyzer.ErrParse, Message: "unexpected '}'"},
			{File: "a.php", Line: 9, Kind: analyzer.ErrParse, Message: "unexpected end of file"},
			{File: "b.php", Line: 1, Kind: analyzer.ErrParse, Message: "unexpected '<'"},
			{File: "a.php", Line: 12, Kind: analyzer.ErrParse, Message: "unexpected ')'"},
			{Kind: analyzer.ErrInternal, Message: "rule x panicked: boom"},
		},
		Stats: analyzer.Stats{Files: 2, Lines: 30, FilesWithErrors: 2},
	}
	want := "a.php:3:5: parse error: unexpected '}' (and 2 more errors in this file)\n" +
		"b.php:1: parse error: unexpected '<'\n" +
		"internal error: rule x panicked: boom\n" +
		"5 errors in 3 files; --show-errors lists every one.\n" +
		"\n" +
		"0 findings in 2 files (30 lines); 2 files with errors.\n"
	if got := text(t, res, Options{}); got != want {
		t.Errorf("text output =\n%s\nwant\n%s", got, want)
	}
	all := text(t, res, Options{ShowErrors: true})
	for _, line := range []string{"a.php:3:5: parse error: unexpected '}'\n", "a.php:9: parse error: unexpected end of file\n", "a.php:12: parse error: unexpected ')'\n"} {
		if !strings.Contains(all, line) {
			t.Errorf("--show-errors output lacks %q:\n%s", line, all)
		}
	}
	if strings.Contains(all, "more error") || strings.Contains(all, "--show-errors") {
		t.Errorf("--show-errors output still groups errors:\n%s", all)
	}
}

func TestJSONEmpty(t *testing.T) {
	var b bytes.Buffer
	if err := JSON(&b, &analyzer.Result{}, Options{Version: "1.2.3"}); err != nil {
		t.Fatal(err)
	}
	var m map[string]json.RawMessage
	if err := json.Unmarshal(b.Bytes(), &m); err != nil {
		t.Fatal(err)
	}
	if string(m["findings"]) != "[]" || string(m["errors"]) != "[]" {
		t.Errorf("empty lists are not []: findings %s, errors %s", m["findings"], m["errors"])
	}
}

func TestWriteRejectsUnknownFormat(t *testing.T) {
	if err := Write(&bytes.Buffer{}, "xml", &analyzer.Result{}, Options{}); err == nil {
		t.Error("Write accepted format xml")
	}
	for _, f := range Formats {
		if err := ValidFormat(f); err != nil {
			t.Errorf("ValidFormat(%q): %v", f, err)
		}
	}
}
