package report

import (
	"bytes"
	"encoding/xml"
	"fmt"
	"regexp"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/logsafe"
)

func render(t *testing.T, format string, res *analyzer.Result) string {
	t.Helper()
	var b bytes.Buffer
	if err := Write(&b, format, res, Options{Version: "1.0.0"}); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

// hostile is text from PHP source built to break out of a workflow
// command, a Markdown table or XML.
const hostile = "x'\n::error file=/etc/passwd::pwned\r\n%0A::set-output name=a::b, c: d | <script>alert(1)</script> ` *bold* [l](http://e) &amp; \x1b[31m\u2028::warning::y"

func hostileFinding() analyzer.Finding {
	f := finding(4, 2, 9, "")
	f.File = "src/a,b:c\n::error::x.php"
	f.Rule = "static-growth"
	f.Message = "Key " + hostile + " grows. Fix: bound it."
	return f
}

// workflowCommand is the grammar of one workflow command line as the
// runner reads it.
var workflowCommand = regexp.MustCompile(`^::(error|warning|notice) ([a-zA-Z]+=[^,:\r\n]*)(,[a-zA-Z]+=[^,:\r\n]*)*::[^\r\n]*$`)

// unescapeData and unescapeProperty undo the escaping as the Actions
// runner does.
func unescapeData(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%25", "%").Replace(s)
}

func unescapeProperty(s string) string {
	return strings.NewReplacer("%0D", "\r", "%0A", "\n", "%3A", ":", "%2C", ",", "%25", "%").Replace(s)
}

func TestGitHubEscapesHostileText(t *testing.T) {
	f := hostileFinding()
	got := render(t, "github", &analyzer.Result{Findings: []analyzer.Finding{f}})
	lines := strings.Split(strings.TrimSuffix(got, "\n"), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[1], "1 finding") {
		t.Fatalf("want one command and the summary line, got %d lines:\n%s", len(lines), got)
	}
	cmd := lines[0]
	if !workflowCommand.MatchString(cmd) {
		t.Fatalf("not one well-formed workflow command: %q", cmd)
	}
	if strings.ContainsAny(cmd, "\r\x1b\u2028") {
		t.Errorf("command holds raw control characters: %q", cmd)
	}
	head, msg, _ := strings.Cut(strings.TrimPrefix(cmd, "::warning "), "::")
	props := map[string]string{}
	for _, p := range strings.Split(head, ",") {
		k, v, _ := strings.Cut(p, "=")
		props[k] = unescapeProperty(v)
	}
	if props["file"] != f.File || props["line"] != "4" || props["col"] != "2" || props["endLine"] != "4" ||
		props["endColumn"] != "9" || props["title"] != "phpleak static-growth (growth)" {
		t.Errorf("properties after unescaping = %q", props)
	}
	// the message is kept on one line, every hidden character shown
	// escaped, a literal %0A kept literal; the file's hidden characters
	// are named
	want := logsafe.Text(resultMessage(f) + " (the file name holds hidden characters: " + logsafe.Text(f.File) + ")")
	if got := unescapeData(msg); got != want || !strings.Contains(got, `x'\n::error file=/etc/passwd::pwned\r\n%0A::set-output`) {
		t.Errorf("message does not round-trip:\n got %q\nwant %q", got, want)
	}
}

func TestEscapeRules(t *testing.T) {
	if got := escapeData("a%b\r\nc:d,e"); got != "a%25b%0D%0Ac:d,e" {
		t.Errorf("escapeData = %q", got)
	}
	if got := escapeProperty("a%b\r\nc:d,e"); got != "a%25b%0D%0Ac%3Ad%2Ce" {
		t.Errorf("escapeProperty = %q", got)
	}
}

func manyFindings(n int, sev analyzer.Severity) []analyzer.Finding {
	var fs []analyzer.Finding
	for i := 0; i < n; i++ {
		f := finding(i+1, 1, 2, "")
		f.Severity = sev
		fs = append(fs, f)
	}
	return fs
}

func countCommands(out string) map[string]int {
	n := map[string]int{}
	for _, l := range strings.Split(out, "\n") {
		if strings.HasPrefix(l, "::") {
			typ, _, _ := strings.Cut(l[2:], " ")
			n[typ]++
		}
	}
	return n
}

func TestGitHubAnnotationCap(t *testing.T) {
	for _, tc := range []struct {
		errors, warnings, notes int
		fileErrors              int
		want                    map[string]int
		summary                 string // the last notice's text, "" for none
	}{
		{0, 3, 0, 0, map[string]int{"warning": 3}, ""},
		{0, 10, 10, 0, map[string]int{"warning": 10, "notice": 10}, ""},
		{12, 25, 0, 0, map[string]int{"error": 10, "warning": 10, "notice": 1}, "17 more findings not shown"},
		{0, 0, 14, 0, map[string]int{"notice": 10}, "5 more findings not shown"}, // 9 findings + the summary
		{0, 1, 0, 2, map[string]int{"warning": 1, "notice": 1}, "2 errors"},
	} {
		var fs []analyzer.Finding
		fs = append(fs, manyFindings(tc.errors, analyzer.SeverityError)...)
		fs = append(fs, manyFindings(tc.warnings, analyzer.SeverityWarning)...)
		fs = append(fs, manyFindings(tc.notes, analyzer.SeverityNote)...)
		res := &analyzer.Result{Findings: fs}
		for i := 0; i < tc.fileErrors; i++ {
			res.Errors = append(res.Errors, analyzer.FileError{File: fmt.Sprintf("e%d.php", i), Kind: analyzer.ErrParse, Message: "syntax error"})
		}
		out := render(t, "github", res)
		name := fmt.Sprintf("%d errors, %d warnings, %d notes, %d file errors", tc.errors, tc.warnings, tc.notes, tc.fileErrors)
		if got := countCommands(out); fmt.Sprint(got) != fmt.Sprint(tc.want) {
			t.Errorf("%s: commands %v, want %v:\n%s", name, got, tc.want, out)
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		last := lines[len(lines)-2] // before the plain summary line
		if tc.summary == "" {
			if strings.HasPrefix(last, "::notice title=phpleak::") {
				t.Errorf("%s: a summary notice with nothing left out: %s", name, last)
			}
		} else if !strings.HasPrefix(last, "::notice title=phpleak::") || !strings.Contains(last, tc.summary) {
			t.Errorf("%s: last command %q, want a notice with %q", name, last, tc.summary)
		}
	}
}

func TestMarkdown(t *testing.T) {
	f := hostileFinding()
	g := finding(9, 1, 2, "")
	g.Rule, g.Kind = "circular-reference", analyzer.Cycle
	res := &analyzer.Result{
		Findings: []analyzer.Finding{f, g, finding(10, 1, 2, "")},
		Errors:   []analyzer.FileError{{File: "b|<b>.php", Line: 2, Kind: analyzer.ErrParse, Message: "unexpected '|'\nstack"}},
		Stats:    analyzer.Stats{Files: 3, Lines: 30, FilesWithErrors: 1},
	}
	got := render(t, "markdown", res)
	for _, want := range []string{
		"## phpleak\n\n3 findings (1 cycle, 2 growth) in 3 files (30 lines); 1 file with errors.\n",
		"| circular-reference | cycle | 1 |\n| static-growth | growth | 2 |\n",
		"| rule | kind | location | message |\n| --- | --- | --- | --- |\n",
		"| circular-reference | cycle | src/A.php:9 | Static property grows. Fix: Bound it. |\n",
		"| b\\|&lt;b&gt;.php:2 | parse error: unexpected '\\|' |\n",
	} {
		if !strings.Contains(got, want) {
			t.Errorf("markdown lacks %q:\n%s", want, got)
		}
	}
	// every table row keeps its four (or two) cells: no raw | or newline
	// from the analyzed code, no raw HTML
	for _, l := range strings.Split(got, "\n") {
		if !strings.HasPrefix(l, "|") {
			continue
		}
		cells := strings.Count(strings.ReplaceAll(l, `\|`, ""), "|") - 1
		if cells != 2 && cells != 3 && cells != 4 {
			t.Errorf("row with %d cells: %q", cells, l)
		}
	}
	if strings.Contains(got, "<script>") || strings.Contains(got, "\x1b") || strings.Contains(got, "\n::error") {
		t.Errorf("markdown passes HTML, escapes or a command line through:\n%s", got)
	}
	empty := render(t, "markdown", &analyzer.Result{Stats: analyzer.Stats{Files: 2, Lines: 5}})
	if empty != "## phpleak\n\n0 findings in 2 files (5 lines).\n\n" {
		t.Errorf("empty markdown = %q", empty)
	}
}

type checkstyleDoc struct {
	Files []struct {
		Name   string `xml:"name,attr"`
		Errors []struct {
			Line     int    `xml:"line,attr"`
			Column   int    `xml:"column,attr"`
			Severity string `xml:"severity,attr"`
			Message  string `xml:"message,attr"`
			Source   string `xml:"source,attr"`
		} `xml:"error"`
	} `xml:"file"`
}

func TestCheckstyle(t *testing.T) {
	f := hostileFinding()
	f.File = "src/Z&<\"'>.php"
	a2 := finding(2, 5, 6, "")
	a1 := finding(1, 3, 4, "")
	a1.Severity = analyzer.SeverityNote
	res := &analyzer.Result{
		Findings: []analyzer.Finding{f, a2, a1},
		Errors:   []analyzer.FileError{{File: "b.php", Line: 3, Kind: analyzer.ErrParse, Message: "syntax error"}, {Kind: analyzer.ErrInternal, Message: "boom"}},
	}
	got := render(t, "checkstyle", res)
	if !strings.HasPrefix(got, `<?xml version="1.0" encoding="UTF-8"?>`+"\n<checkstyle") {
		t.Errorf("no XML header:\n%s", got)
	}
	var doc checkstyleDoc
	if err := xml.Unmarshal([]byte(got), &doc); err != nil {
		t.Fatalf("not XML: %v\n%s", err, got)
	}
	var summary []string
	for _, file := range doc.Files {
		for _, e := range file.Errors {
			summary = append(summary, fmt.Sprintf("%s:%d:%d %s %s", file.Name, e.Line, e.Column, e.Severity, e.Source))
		}
	}
	want := []string{
		"b.php:3:0 info phpleak.error.parse",
		"src/A.php:1:3 info phpleak.static-growth",
		"src/A.php:2:5 warning phpleak.static-growth",
		"src/Z&<\"'>.php:4:2 warning phpleak.static-growth",
	}
	if fmt.Sprint(summary) != fmt.Sprint(want) {
		t.Errorf("checkstyle entries\n%q\nwant\n%q", summary, want)
	}
	msg := doc.Files[2].Errors[0].Message
	if !strings.Contains(msg, "<script>alert(1)</script>") || strings.ContainsAny(msg, "\x1b") {
		t.Errorf("message does not round-trip through XML: %q", msg)
	}
}

// A tab or a reversing character in a file name: annotations keep the
// name exact (so they point at the file), and every format shows the
// hidden character escaped where people read it.
func TestHiddenCharactersInPaths(t *testing.T) {
	f := finding(4, 2, 9, "")
	f.File = "src/my\tdir/admin\u202egnp.php"
	f.Message = "Key \u202eevil grows. Fix: bound it."
	f.Summary = f.Message
	res := &analyzer.Result{Findings: []analyzer.Finding{f}}

	cmd := strings.SplitN(render(t, "github", res), "\n", 2)[0]
	head, msg, _ := strings.Cut(strings.TrimPrefix(cmd, "::warning "), "::")
	file, _, _ := strings.Cut(strings.TrimPrefix(head, "file="), ",")
	if unescapeProperty(file) != f.File {
		t.Errorf("annotation file %q, want the exact name %q", unescapeProperty(file), f.File)
	}
	if !strings.Contains(msg, `Key \u202eevil`) || !strings.Contains(msg, `hidden characters: src/my\tdir/admin\u202egnp.php`) || strings.ContainsRune(msg, '\u202e') {
		t.Errorf("annotation message does not show the hidden characters escaped: %q", msg)
	}
	for _, format := range []string{"text", "markdown", "checkstyle"} {
		out := render(t, format, res)
		if strings.ContainsRune(out, '\u202e') && format != "checkstyle" {
			t.Errorf("%s: a raw U+202E reaches the output:\n%s", format, out)
		}
		if !strings.Contains(out, `\u202e`) {
			t.Errorf("%s: the U+202E is not shown escaped:\n%s", format, out)
		}
	}
}
