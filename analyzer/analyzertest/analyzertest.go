// Package analyzertest runs phpleak rules over PHP fixtures whose expected
// findings are written in the fixtures themselves, as
// golang.org/x/tools/go/analysis/analysistest does for Go:
//
//	self::$log[] = $line; // want "static-growth: .*\$log"
//
// Each quoted string is a regular expression (RE2, taken as written, with
// no string unescaping) matched against "RULE: MESSAGE" of a finding on
// that line. A line may carry several. Every want must be matched by a
// distinct finding and every finding must be wanted, so a fixture without
// wants asserts that phpleak stays silent on it.
//
// A .php fixture is analyzed alone; a .txtar archive is extracted to a
// temporary folder and its files are analyzed together (cross-file cases).
//
// Fixtures are checked with the CLI's default confidence filter (medium).
// A fixture containing the line "// phpleak-fixture: min-confidence=low"
// (or high) is checked with that filter instead.
package analyzertest

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/phpleak/phpleak/analyzer"
)

// Run checks every .php and .txtar fixture in dir against analyzers, with
// the CLI's default confidence filter (medium). confirm is the
// simulation hook, as the CLI wires it (nil runs the rules alone).
func Run(t *testing.T, dir string, analyzers []*analyzer.Analyzer, confirm analyzer.ConfirmFunc) {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatalf("fixtures: %v", err)
	}
	n := 0
	for _, e := range entries {
		name := e.Name()
		switch filepath.Ext(name) {
		case ".php":
			n++
			t.Run(name, func(t *testing.T) {
				abs, err := filepath.Abs(filepath.Join(dir, name))
				if err != nil {
					t.Fatal(err)
				}
				check(t, filepath.Dir(abs), []string{abs}, analyzers, confirm)
			})
		case ".txtar":
			n++
			t.Run(name, func(t *testing.T) {
				root := Extract(t, filepath.Join(dir, name))
				check(t, root, []string{root}, analyzers, confirm)
			})
		}
	}
	if n == 0 {
		t.Fatalf("no fixtures in %s", dir)
	}
}

// Extract writes a txtar archive's files into a new temporary folder and
// returns it.
func Extract(t *testing.T, archive string) string {
	t.Helper()
	ar, err := txtar.ParseFile(archive)
	if err != nil {
		t.Fatalf("%s: %v", archive, err)
	}
	root := t.TempDir()
	for _, f := range ar.Files {
		p := filepath.Join(root, filepath.FromSlash(f.Name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, f.Data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if len(ar.Files) == 0 {
		t.Fatalf("%s: empty archive", archive)
	}
	return root
}

// want is one expectation.
type want struct {
	file string
	line int
	re   *regexp.Regexp
}

func check(t *testing.T, root string, paths []string, analyzers []*analyzer.Analyzer, confirm analyzer.ConfirmFunc) {
	t.Helper()
	res, err := analyzer.Run(analyzer.Config{
		Root: root, Paths: paths, Analyzers: analyzers, Jobs: 1, MinConfidence: minConfidence(t, paths),
		Confirm: confirm, Library: true, // (fixtures with a vendor/ folder test --vendor)
	})
	if err != nil {
		t.Fatalf("run: %v", err)
	}
	for _, e := range res.Errors {
		t.Errorf("%s:%d: %s error: %s", e.File, e.Line, e.Kind, e.Message)
	}
	wants := collectWants(t, root, paths)
	used := make([]bool, len(res.Findings))
	for _, w := range wants {
		matched := false
		for i, f := range res.Findings {
			if used[i] || f.File != w.file || f.Line != w.line {
				continue
			}
			if w.re.MatchString(f.Rule + ": " + f.Message) {
				used[i], matched = true, true
				break
			}
		}
		if !matched {
			t.Errorf("%s:%d: no finding matched %q%s", w.file, w.line, w.re, onLine(res.Findings, w.file, w.line))
		}
	}
	for i, f := range res.Findings {
		if !used[i] {
			t.Errorf("%s:%d:%d: unexpected finding: %s: %s", f.File, f.Line, f.Column, f.Rule, f.Message)
		}
	}
}

func onLine(fs []analyzer.Finding, file string, line int) string {
	var got []string
	for _, f := range fs {
		if f.File == file && f.Line == line {
			got = append(got, f.Rule+": "+f.Message)
		}
	}
	if len(got) == 0 {
		return " (no finding on that line)"
	}
	return "; got: " + strings.Join(got, " | ")
}

var wantRE = regexp.MustCompile(`//\s*want\s+(.*)$`)

// collectWants reads the // want comments of the analyzed files.
func collectWants(t *testing.T, root string, paths []string) []want {
	t.Helper()
	var files []string
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		if !info.IsDir() {
			files = append(files, p)
			continue
		}
		err = filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() && strings.HasSuffix(path, ".php") {
				files = append(files, path)
			}
			return err
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	sort.Strings(files)
	var out []want
	for _, path := range files {
		src, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		rel, err := filepath.Rel(root, path)
		if err != nil {
			t.Fatal(err)
		}
		rel = filepath.ToSlash(rel)
		for i, line := range strings.Split(string(src), "\n") {
			m := wantRE.FindStringSubmatch(line)
			if m == nil {
				continue
			}
			patterns, err := quoted(m[1])
			if err != nil {
				t.Fatalf("%s:%d: bad want comment: %v", rel, i+1, err)
			}
			for _, p := range patterns {
				re, err := regexp.Compile(p)
				if err != nil {
					t.Fatalf("%s:%d: bad want regexp %q: %v", rel, i+1, p, err)
				}
				out = append(out, want{file: rel, line: i + 1, re: re})
			}
		}
	}
	return out
}

// quoted splits `"a" "b"` into its strings, taking each as written: a
// backslash keeps the next character (so \" does not end the string) and
// is itself kept for the regexp.
func quoted(s string) ([]string, error) {
	var out []string
	s = strings.TrimSpace(s)
	for s != "" {
		if s[0] != '"' {
			return nil, fmt.Errorf("expected a quoted regexp at %q", s)
		}
		end := -1
		for i := 1; i < len(s); i++ {
			if s[i] == '\\' {
				i++
				continue
			}
			if s[i] == '"' {
				end = i
				break
			}
		}
		if end < 0 {
			return nil, fmt.Errorf("unterminated quote in %q", s)
		}
		out = append(out, s[1:end])
		s = strings.TrimSpace(s[end+1:])
	}
	if len(out) == 0 {
		return nil, fmt.Errorf("want needs at least one quoted regexp")
	}
	return out, nil
}

var confidenceRE = regexp.MustCompile(`//\s*phpleak-fixture:\s*min-confidence=(\w+)`)

// minConfidence reads a fixture's confidence directive; medium by default.
func minConfidence(t *testing.T, paths []string) analyzer.Confidence {
	t.Helper()
	for _, p := range paths {
		var data []byte
		filepath.WalkDir(p, func(path string, d os.DirEntry, err error) error {
			if err == nil && !d.IsDir() {
				if b, err := os.ReadFile(path); err == nil {
					data = append(data, b...)
				}
			}
			return nil
		})
		if m := confidenceRE.FindSubmatch(data); m != nil {
			c, err := analyzer.ParseConfidence(string(m[1]))
			if err != nil {
				t.Fatalf("fixture directive: %v", err)
			}
			return c
		}
	}
	return analyzer.Medium
}
