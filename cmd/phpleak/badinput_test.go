package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"runtime"
	"sort"
	"strings"
	"syscall"
	"testing"
)

// leakNamed is leakPHP with its class renamed, so that every file of a
// tree has a finding of its own.
func leakNamed(class string) string {
	return strings.Replace(leakPHP, "class QueryLog", "class "+class, 1)
}

// TestBadInput runs phpleak over a tree of every kind of bad input next
// to good files: each bad one gets a clear error or its right findings,
// the run keeps every good file's findings, and the exit code is the
// documented one (1: findings at or above --fail-on).
func TestBadInput(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("FIFOs, symlinks and file names with newlines")
	}
	dir := t.TempDir()
	t.Chdir(dir)
	write := func(name string, data []byte) {
		t.Helper()
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	deep := "<?php\n$x = " + strings.Repeat("[", 50000) + strings.Repeat("]", 50000) + ";\n"
	// 4 MB on one line: code with a leak, and a table of 2 million
	// numbers (over the file budget)
	longLine := strings.ReplaceAll(leakNamed("LongLineLog"), "\n", " ") + " $s = '" + strings.Repeat("x", 4<<20) + "';\n"
	table := "<?php $a = [" + strings.Repeat("1,", 2<<20) + "1];\n"
	huge := append([]byte("<?php\n"), make([]byte, 20<<20)...)
	for i := range huge[6:] {
		huge[6+i] = ' '
	}
	files := map[string][]byte{
		"good/A.php":             []byte(leakNamed("GoodA")),
		"bad/empty.php":          {},
		"bad/open-tag.php":       []byte("<?php"),
		"bad/binary.php":         []byte("<?php\x00\x01\x02"),
		"bad/invalid-utf8.php":   []byte(leakNamed("Utf8Log") + "// \xff\xfe\n"),
		"bad/bom.php":            []byte("\xef\xbb\xbf" + leakNamed("BomLog")),
		"bad/crlf.php":           []byte(strings.ReplaceAll(leakNamed("CrlfLog"), "\n", "\r\n")),
		"bad/huge.php":           huge,
		"bad/deep.php":           []byte(deep),
		"bad/long-line.php":      []byte(longLine),
		"bad/table.php":          []byte(table),
		"names/with space.php":   []byte(leakNamed("SpaceLog")),
		"names/new\nline.php":    []byte(leakNamed("NewlineLog")),
		"names/tab\there.php":    []byte(leakNamed("TabLog")),
		"names/50%.php":          []byte(leakNamed("PercentLog")),
		"names/a::b.php":         []byte(leakNamed("ColonLog")),
		"names/a,b.php":          []byte(leakNamed("CommaLog")),
		"names/gnp\u202e.php":    []byte(leakNamed("RloLog")),
		"names/unterminated.php": []byte("<?php\nclass Half {\n    public function f() {\n"),
	}
	for name, data := range files {
		write(name, data)
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "bad", "fifo.php"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "bad"), filepath.Join(dir, "bad", "loop")); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(filepath.Join(dir, "nowhere.php"), filepath.Join(dir, "bad", "dangling.php")); err != nil {
		t.Fatal(err)
	}
	unreadable := os.Getuid() != 0 // root reads everything
	if unreadable {
		write("locked/L.php", []byte(leakNamed("LockedLog")))
		if err := os.Chmod(filepath.Join(dir, "locked"), 0o000); err != nil {
			t.Fatal(err)
		}
		defer os.Chmod(filepath.Join(dir, "locked"), 0o755)
	}

	code, stdout, stderr := phpleak("check", "--format", "json", ".")
	if code != exitFindings {
		t.Fatalf("exit %d, want %d; stderr:\n%s", code, exitFindings, stderr)
	}
	var rep struct {
		Findings []struct{ File, Rule string }
		Errors   []struct{ File, Kind, Message string }
	}
	if err := json.Unmarshal([]byte(stdout), &rep); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, stdout)
	}
	found := map[string]bool{}
	for _, f := range rep.Findings {
		found[f.File] = true
	}
	errs := map[string]string{}
	for _, e := range rep.Errors {
		errs[e.File] += e.Kind + ": " + e.Message + "; "
	}
	// every file with a leak keeps its finding, whatever its name or
	// encoding
	for _, f := range []string{"good/A.php", "bad/invalid-utf8.php", "bad/bom.php", "bad/crlf.php",
		"names/with space.php", "names/new\nline.php", "names/tab\there.php", "names/50%.php",
		"names/a::b.php", "names/a,b.php", "names/gnp\u202e.php"} {
		if !found[f] {
			t.Errorf("%q: no finding (errors: %s)", f, errs[f])
		}
	}
	// the bad ones: a clear error each, or nothing to say
	for file, want := range map[string]string{
		"bad/binary.php":         "skipped: binary file",
		"bad/huge.php":           "skipped: file of 20971526 bytes is over the size limit",
		"bad/deep.php":           "skipped: nesting deeper than",
		"bad/table.php":          "budget: not analyzed: it would cost",
		"bad/dangling.php":       "io: ",
		"names/unterminated.php": "parse: ",
	} {
		if !strings.Contains(errs[file], want) {
			t.Errorf("%s: errors %q, want %q", file, errs[file], want)
		}
	}
	for _, f := range []string{"bad/empty.php", "bad/open-tag.php", "bad/fifo.php"} {
		if errs[f] != "" || found[f] {
			t.Errorf("%s: errors %q, finding %v; want neither", f, errs[f], found[f])
		}
	}
	if unreadable && !strings.Contains(errs["locked"], "io: ") {
		t.Errorf("unreadable folder: errors %v", errs)
	}
	// the symlink loop is walked once: no file twice
	seen := map[string]int{}
	for _, f := range rep.Findings {
		seen[f.File]++
	}
	for f, n := range seen {
		if n > 1 || strings.Contains(f, "loop/") {
			t.Errorf("%s reported %d times (through the symlink loop?)", f, n)
		}
	}
	// named explicitly: a FIFO is not read (no hang), a missing path is
	// a usage error
	if code, stdout, _ := phpleak("check", "bad/fifo.php"); code != exitOK || !strings.Contains(stdout, "bad/fifo.php: not analyzed: not a regular file") {
		t.Errorf("FIFO named: exit %d, stdout %q", code, stdout)
	}
	if code, _, stderr := phpleak("check", "missing/"); code != exitUsage || !strings.Contains(stderr, "missing/: no such file or folder") {
		t.Errorf("missing path: exit %d, stderr %q", code, stderr)
	}
	// the text report shows every name on one line, hidden characters
	// escaped
	_, text, _ := phpleak("check", "names")
	for _, want := range []string{`names/new\nline.php:`, `names/tab\there.php:`, `names/gnp\u202e.php:`, "names/a::b.php:", "names/50%.php:"} {
		if !strings.Contains(text, want) {
			t.Errorf("text report lacks %q", want)
		}
	}
	var files2 []string
	for f := range found {
		files2 = append(files2, f)
	}
	sort.Strings(files2)
	t.Logf("findings in %q", files2)
}
