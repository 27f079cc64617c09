package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
)

const (
	leakPHP = `<?php
class QueryLog
{
    private static $queries = [];

    public static function add($sql)
    {
        self::$queries[] = $sql;
    }

    public static function run(PDO $db, $sql)
    {
        self::add($sql);
        return $db->query($sql);
    }
}
`
	cleanPHP = `<?php
function add(array $list, $x)
{
    $list[] = $x;
    return $list;
}
`
)

// The same leak in other classes: one class, one static, one finding
// (findings about the same store are merged).
var (
	leakTestPHP   = strings.Replace(leakPHP, "class QueryLog", "class QueryLogTest", 1)
	leakVendorPHP = strings.Replace(leakPHP, "class QueryLog", "class VendorQueryLog", 1)
)

// project makes a folder with src/Leak.php (one static-growth finding),
// src/Clean.php and tests/LeakTest.php, and makes it the working folder.
func project(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range map[string]string{
		"src/Leak.php":        leakPHP,
		"src/Clean.php":       cleanPHP,
		"tests/LeakTest.php":  leakTestPHP,
		"clean/Only.php":      cleanPHP,
		"vendor/lib/Leak.php": leakVendorPHP,
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	t.Chdir(dir)
	return dir
}

// phpleak runs the command line and returns its exit code and output.
func phpleak(args ...string) (code int, stdout, stderr string) {
	var out, errOut bytes.Buffer
	code = run(args, &out, &errOut)
	return code, out.String(), errOut.String()
}

func TestExitCodes(t *testing.T) {
	project(t)
	for _, tc := range []struct {
		args []string
		want int
	}{
		{[]string{"check", "clean"}, 0},
		{[]string{"check", "src"}, 1},
		{[]string{"check"}, 1}, // default: the working folder
		{[]string{"check", "--fail-on", "note", "src"}, 1},
		{[]string{"check", "--fail-on", "warning", "src"}, 1},
		{[]string{"check", "--fail-on", "error", "src"}, 0}, // every rule defaults to warning
		{[]string{"check", "--fail-on", "never", "src"}, 0},
		{[]string{"check", "--disable", "static-growth", "src"}, 0},
		{[]string{"check", "--enable", "circular-reference,closure-this-cycle", "src"}, 0},
		{[]string{"check", "--format", "json", "src"}, 1},
	} {
		code, stdout, stderr := phpleak(tc.args...)
		if code != tc.want {
			t.Errorf("phpleak %s: exit %d, want %d\nstdout:\n%s\nstderr:\n%s", strings.Join(tc.args, " "), code, tc.want, stdout, stderr)
		}
	}
}

func TestUsageErrors(t *testing.T) {
	project(t)
	for _, tc := range []struct {
		args []string
		want string // regexp on stderr
	}{
		{[]string{"lint"}, `unknown command "lint"`},
		{[]string{}, `Usage:`},
		{[]string{"check", "--bogus", "src"}, `not defined: -bogus(?s).*phpleak check -h`},
		{[]string{"check", "--format", "xml", "src"}, `--format: unknown format "xml": want text, json`},
		{[]string{"check", "--fail-on", "fatal", "src"}, `--fail-on: invalid severity "fatal"`},
		{[]string{"check", "--min-confidence", "sure", "src"}, `--min-confidence: invalid confidence "sure"`},
		{[]string{"check", "--php-version", "9.0", "src"}, `--php-version: unsupported PHP version "9.0"`},
		{[]string{"check", "--php-version", "latest", "src"}, `--php-version: invalid PHP version "latest"`},
		{[]string{"check", "--exclude", "src/[a-", "src"}, `invalid --exclude pattern "src/\[a-"`},
		{[]string{"check", "--disable", "nope", "src"}, `unknown rule "nope"; known rules: .*static-growth`},
		{[]string{"check", "--enable", "static-growth,nope", "src"}, `unknown rule "nope"`},
		{[]string{"check", "--enable", "static-growth", "--disable", "static-growth", "src"}, `no rule to run`},
		{[]string{"check", "--jobs", "0", "src"}, `--jobs must be at least 1, got 0`},
		{[]string{"check", "--jobs", "many", "src"}, `invalid value "many" for flag -jobs`},
		{[]string{"check", "srcc"}, `srcc: no such file or folder`},
		{[]string{"check", "src", "missing/File.php"}, `missing/File.php: no such file or folder`},
		{[]string{"check", "--root", "nowhere", "src"}, `--root "nowhere" is not a folder`},
		{[]string{"check", "--output", "no/such/dir/report.json", "src"}, `--output "no/such/dir/report.json": folder no/such/dir does not exist`},
		{[]string{"explain", "nope"}, `no rule "nope"; known rules: .*static-growth`},
		{[]string{"explain"}, `usage: phpleak explain RULE`},
		{[]string{"rules", "extra"}, `unexpected argument "extra"`},
	} {
		code, stdout, stderr := phpleak(tc.args...)
		if code != 2 {
			t.Errorf("phpleak %s: exit %d, want 2", strings.Join(tc.args, " "), code)
		}
		if !regexp.MustCompile(tc.want).MatchString(stderr) {
			t.Errorf("phpleak %s: stderr does not match %q:\n%s", strings.Join(tc.args, " "), tc.want, stderr)
		}
		if stdout != "" {
			t.Errorf("phpleak %s: a usage error printed to stdout:\n%s", strings.Join(tc.args, " "), stdout)
		}
	}
}

func TestBrokenSymlinkPathIsUsageError(t *testing.T) {
	dir := project(t)
	if err := os.Symlink("gone", filepath.Join(dir, "link")); err != nil {
		t.Skipf("symlinks: %v", err)
	}
	code, _, stderr := phpleak("check", "link")
	if code != 2 || !strings.Contains(stderr, "link: broken symlink") {
		t.Errorf("exit %d, stderr %q; want 2 and a broken symlink message", code, stderr)
	}
}

// decodeJSON decodes a JSON report, failing the test if stdout holds
// anything else.
func decodeJSON(t *testing.T, stdout string) map[string]any {
	t.Helper()
	var m map[string]any
	dec := json.NewDecoder(strings.NewReader(stdout))
	if err := dec.Decode(&m); err != nil {
		t.Fatalf("stdout is not a JSON report: %v\n%s", err, stdout)
	}
	if dec.More() {
		t.Fatalf("stdout has more than one JSON value:\n%s", stdout)
	}
	return m
}

func keys(m map[string]any) []string {
	var ks []string
	for k := range m {
		ks = append(ks, k)
	}
	slices.Sort(ks)
	return ks
}

func TestJSONShape(t *testing.T) {
	project(t)
	// flags after the path
	code, stdout, stderr := phpleak("check", "src", "--format", "json")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
	}
	if stderr != "" {
		t.Errorf("stderr is not empty (no progress line unless on a terminal):\n%s", stderr)
	}
	m := decodeJSON(t, stdout)
	if got, want := keys(m), []string{"errors", "findings", "stats", "tool"}; !slices.Equal(got, want) {
		t.Errorf("report keys = %q, want %q", got, want)
	}
	findings, _ := m["findings"].([]any)
	if len(findings) != 1 {
		t.Fatalf("findings = %v, want one", m["findings"])
	}
	f := findings[0].(map[string]any)
	want := []string{"column", "confidence", "endColumn", "endLine", "file", "fingerprint", "kind", "line", "message", "rule", "severity", "trace"}
	if got := keys(f); !slices.Equal(got, want) {
		t.Errorf("finding keys = %q, want %q", got, want)
	}
	if f["file"] != "src/Leak.php" || f["rule"] != "static-growth" || f["line"] != 8.0 || f["column"] != 9.0 {
		t.Errorf("finding = %v, want static-growth at src/Leak.php:8:9", f)
	}
	if errs, ok := m["errors"].([]any); !ok || len(errs) != 0 {
		t.Errorf("errors = %v, want []", m["errors"])
	}
	stats := m["stats"].(map[string]any)
	if got := keys(stats); !slices.Equal(got, []string{"files", "filesWithErrors", "lines"}) {
		t.Errorf("stats keys = %q", got)
	}
	if stats["files"] != 2.0 || stats["lines"] != 22.0 {
		t.Errorf("stats = %v, want 2 files, 22 lines", stats)
	}
	tool := m["tool"].(map[string]any)
	if tool["name"] != "phpleak" || tool["version"] != version {
		t.Errorf("tool = %v", tool)
	}
}

func TestPathsRelativeToWorkingFolderOrRoot(t *testing.T) {
	dir := project(t)
	file := func(args ...string) string {
		t.Helper()
		_, stdout, stderr := phpleak(append([]string{"check", "--format", "json"}, args...)...)
		findings := decodeJSON(t, stdout)["findings"].([]any)
		if len(findings) != 1 {
			t.Fatalf("phpleak %s: findings %v; stderr:\n%s", strings.Join(args, " "), findings, stderr)
		}
		return findings[0].(map[string]any)["file"].(string)
	}
	if got := file(filepath.Join(dir, "src")); got != "src/Leak.php" {
		t.Errorf("absolute path argument: file = %q, want src/Leak.php", got)
	}
	if got := file("./src/"); got != "src/Leak.php" {
		t.Errorf("./src/: file = %q, want src/Leak.php", got)
	}
	t.Chdir(filepath.Join(dir, "src"))
	if got := file("."); got != "Leak.php" {
		t.Errorf("from src: file = %q, want Leak.php", got)
	}
	if got := file("--root", "..", "."); got != "src/Leak.php" {
		t.Errorf("--root ..: file = %q, want src/Leak.php", got)
	}
}

func TestExcludeAndDefaultExcludes(t *testing.T) {
	project(t)
	files := func(args ...string) []string {
		t.Helper()
		_, stdout, _ := phpleak(append([]string{"check", "--format", "json"}, args...)...)
		var out []string
		for _, f := range decodeJSON(t, stdout)["findings"].([]any) {
			out = append(out, f.(map[string]any)["file"].(string))
		}
		return out
	}
	// test code is skipped by default (no composer.json: folders named
	// tests), unless named or asked for
	if got, want := files(), []string{"src/Leak.php"}; !slices.Equal(got, want) {
		t.Errorf("default: files = %q, want %q (vendor and tests skipped)", got, want)
	}
	if got, want := files("--include-tests"), []string{"src/Leak.php", "tests/LeakTest.php"}; !slices.Equal(got, want) {
		t.Errorf("--include-tests: files = %q, want %q", got, want)
	}
	if got, want := files("tests"), []string{"tests/LeakTest.php"}; !slices.Equal(got, want) {
		t.Errorf("tests named: files = %q, want %q", got, want)
	}
	if got, want := files("--exclude", "tests/**"), []string{"src/Leak.php"}; !slices.Equal(got, want) {
		t.Errorf("--exclude tests/**: files = %q, want %q", got, want)
	}
	if got, want := files("--exclude", "tests", "--exclude", "src"), []string(nil); !slices.Equal(got, want) {
		t.Errorf("bare names: files = %q, want none", got)
	}
	if got, want := files(".", "vendor", "--include-tests"), []string{"src/Leak.php", "tests/LeakTest.php", "vendor/lib/Leak.php"}; !slices.Equal(got, want) {
		t.Errorf("vendor named: files = %q, want %q", got, want)
	}
}

func TestOutputFile(t *testing.T) {
	dir := project(t)
	out := filepath.Join(dir, "report.json")
	code, stdout, stderr := phpleak("check", "--format", "json", "--output", out, "src")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	if stdout != "" {
		t.Errorf("stdout is not empty with --output:\n%s", stdout)
	}
	if !strings.Contains(stderr, "1 finding") || !strings.Contains(stderr, "Report written to "+out) {
		t.Errorf("stderr = %q, want the summary and where the report went", stderr)
	}
	data, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	decodeJSON(t, string(data))
}

func TestTextOutput(t *testing.T) {
	project(t)
	code, stdout, _ := phpleak("check", "--trace", "src")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	for _, want := range []string{
		`(?m)^src/Leak\.php:8:9: static-growth: .*\[growth, high confidence\]$`,
		`(?m)^            self::\$queries\[\] = \$sql;\n            \^~{22}$`,
		`(?m)^    1\. src/Leak\.php:8: `,
		`(?m)^    fix: `,
		`(?m)^1 finding \(0 cycle, 1 growth\) in 2 files \(22 lines\)\.$`,
	} {
		if !regexp.MustCompile(want).MatchString(stdout) {
			t.Errorf("text output does not match %q:\n%s", want, stdout)
		}
	}
}

func TestErrorsAreReported(t *testing.T) {
	dir := project(t)
	if err := os.WriteFile(filepath.Join(dir, "src", "Broken.php"), []byte("<?php\nfunction f( {\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, _ := phpleak("check", "--fail-on", "never", "src")
	if code != 0 {
		t.Errorf("exit %d, want 0: errors alone do not fail the run", code)
	}
	if !regexp.MustCompile(`(?m)^src/Broken\.php:2:13: parse error: syntax error, unexpected token "{", expecting variable$`).MatchString(stdout) {
		t.Errorf("text output lacks the parse error:\n%s", stdout)
	}
	if !strings.Contains(stdout, "1 file with errors") {
		t.Errorf("summary lacks the error count:\n%s", stdout)
	}
}

func TestNoFiles(t *testing.T) {
	dir := project(t)
	empty := filepath.Join(dir, "empty")
	if err := os.Mkdir(empty, 0o755); err != nil {
		t.Fatal(err)
	}
	code, _, stderr := phpleak("check", "empty")
	if code != 0 || !strings.Contains(stderr, "no *.php files found under empty") {
		t.Errorf("exit %d, stderr %q; want 0 and a warning", code, stderr)
	}
}

func TestDoubleDash(t *testing.T) {
	dir := project(t)
	if err := os.WriteFile(filepath.Join(dir, "-odd.php"), []byte(leakPHP), 0o644); err != nil {
		t.Fatal(err)
	}
	code, stdout, stderr := phpleak("check", "--format", "json", "--", "-odd.php")
	if code != 1 {
		t.Fatalf("exit %d, want 1; stderr:\n%s", code, stderr)
	}
	if f := decodeJSON(t, stdout)["findings"].([]any); len(f) != 1 || f[0].(map[string]any)["file"] != "-odd.php" {
		t.Errorf("findings = %v, want one in -odd.php", f)
	}
}

func TestSubcommands(t *testing.T) {
	project(t)
	for _, tc := range []struct {
		args []string
		want []string // regexps on stdout
	}{
		{[]string{"rules"}, []string{`(?m)^RULE +KIND +SEVERITY +TITLE$`, `(?m)^static-growth +growth +warning +\S`, `phpleak explain RULE`}},
		{[]string{"explain", "static-growth"}, []string{`^static-growth — `, `(?m)^Kind: growth`, `(?m)^Leaks:$`, `(?m)^Fixed:$`}},
		{[]string{"version"}, []string{`^phpleak \S+ \(commit \w+(, (clean|modified) tree)?, go\d`}},
		{[]string{"--version"}, []string{`^phpleak `}},
		{[]string{"help"}, []string{`phpleak check \[flags\] \[path \.\.\.\]`, `Exit codes:`}},
		{[]string{"check", "-h"}, []string{`(?m)^Usage: phpleak check`, `(?m)^Examples:$`, `(?m)^  --format FORMAT +output FORMAT: text, json, sarif, github, markdown, checkstyle \(default text\)$`, `(?m)^  --fail-on SEVERITY `, `Exit codes:`}},
		{[]string{"check", "--help"}, []string{`(?m)^Examples:$`}},
		{[]string{"help", "check"}, []string{`(?m)^Examples:$`}},
	} {
		code, stdout, stderr := phpleak(tc.args...)
		if code != 0 {
			t.Errorf("phpleak %s: exit %d, want 0; stderr:\n%s", strings.Join(tc.args, " "), code, stderr)
		}
		for _, w := range tc.want {
			if !regexp.MustCompile(w).MatchString(stdout) {
				t.Errorf("phpleak %s: stdout does not match %q:\n%s", strings.Join(tc.args, " "), w, stdout)
			}
		}
	}
}

// Identical runs write identical reports, so that they can be compared
// and cached byte for byte.
func TestReportsAreDeterministic(t *testing.T) {
	formats := []string{"json", "sarif", "text", "checkstyle", "markdown", "github"}
	first := map[string]string{}
	project(t)
	for _, format := range formats {
		_, first[format], _ = phpleak("check", "--format", format, "--include-tests", ".")
	}
	// the same project checked out elsewhere, with another --jobs
	project(t)
	for _, format := range formats {
		_, second, _ := phpleak("check", "--format", format, "--include-tests", "--jobs", "1", ".")
		if first[format] != second || second == "" {
			t.Errorf("%s: two runs differ (or are empty):\n%s\n---\n%s", format, first[format], second)
		}
	}
}

func TestParseSize(t *testing.T) {
	for in, want := range map[string]int64{"": 0, "1024": 1024, "700M": 700 << 20, "2G": 2 << 30, "512k": 512 << 10, "1GiB": 1 << 30, "300MB": 300 << 20} {
		if got, err := parseSize(in); err != nil || got != want {
			t.Errorf("parseSize(%q) = %d, %v; want %d", in, got, err, want)
		}
	}
	for _, in := range []string{"lots", "-1M", "0", "1T", "99999999999G"} {
		if _, err := parseSize(in); err == nil {
			t.Errorf("parseSize(%q) accepted", in)
		}
	}
	project(t)
	if code, _, stderr := phpleak("check", "--max-memory", "lots", "src"); code != exitUsage || !strings.Contains(stderr, `--max-memory: invalid size "lots"`) {
		t.Errorf("--max-memory lots: exit %d, stderr %q", code, stderr)
	}
	// every file over a tiny budget: no findings, an error each
	code, stdout, _ := phpleak("check", "--file-budget", "10", "--format", "json", "src")
	errs, _ := decodeJSON(t, stdout)["errors"].([]any)
	if code != exitOK || len(errs) != 2 || errs[0].(map[string]any)["kind"] != "budget" {
		t.Errorf("--file-budget 10: exit %d, errors %v; want 0 and a budget error for each of src's 2 files", code, errs)
	}
}
