package conformance

// This file holds phpsyntax to PHP itself: on real code and on mutants of
// it, phpsyntax must accept what php accepts and reject what php rejects,
// at the line php names.

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/phpleak/phpleak/internal/phpcorpus"
	"github.com/phpleak/phpleak/internal/testtool"
	"github.com/phpleak/phpleak/phpsyntax"
)

// phpsyntax is asked to check against the version of the php on the
// machine (8.2 on Debian 12): the two must agree for the comparison to
// mean anything.

// lintRoots are read whole (every .php file, symlinks followed,
// deduplicated by real path: /usr/share/wordpress links into
// /usr/share/php, MediaWiki into /var/lib/mediawiki).
var lintRoots = phpcorpus.Roots

// lintPackages are the Debian packages the corpus must contain.
var lintPackages = []struct{ pkg, dir string }{
	{"wordpress", "/usr/share/wordpress"},
	{"php-symfony", "/usr/share/php/Symfony"},
	{"mediawiki", "/usr/share/mediawiki"},
	{"php-laravel-framework", "/usr/share/php/Illuminate"},
}

const (
	// mutantCount mutants are compared, made from corpus files smaller
	// than mutantMaxSize (php answers quickly on those).
	mutantCount   = 5000
	mutantMaxSize = 20 << 10
	// mutantSeed fixes the files picked and the mutations made.
	mutantSeed1, mutantSeed2 = 0x5eed_0f_9e3779b9, 20260101
)

// maxReported mismatches are printed in full.
var maxReported = flag.Int("phplint.show", 30, "mismatches with php printed in full")

// keepMutants keeps the mutants in a folder for a closer look.
var keepMutants = flag.String("phplint.keep", "", "write the mutants to this folder (default: a temporary one)")

// lintScript is the php side: it reads one path a line on stdin, parses
// the file without compiling or running it, and prints a JSON verdict a
// line: ["OK"], ["P", line, msg] for a ParseError (what `php -l` prints
// as "Parse error") or ["C", line, msg] for another CompileError thrown
// while parsing ("Fatal error" under `php -l`, e.g. "Multiple access type
// modifiers are not allowed"). token_get_all with TOKEN_PARSE runs PHP's
// real parser; checks of the compile step proper (redeclarations,
// "'break' not in the 'loop' or 'switch' context", ...) do not run, which
// is what we want: they are not syntax.
const lintScript = `
while (($p = fgets(STDIN)) !== false) {
	$p = rtrim($p, "\n");
	$src = @file_get_contents($p);
	if ($src === false) {
		echo json_encode(["E", 0, "cannot read " . $p]), "\n";
		continue;
	}
	try {
		token_get_all($src, TOKEN_PARSE);
		$v = ["OK"];
	} catch (ParseError $e) {
		$v = ["P", $e->getLine(), $e->getMessage()];
	} catch (CompileError $e) {
		$v = ["C", $e->getLine(), $e->getMessage()];
	}
	echo json_encode($v, JSON_INVALID_UTF8_SUBSTITUTE), "\n";
	flush();
}
`

// phpArgs run lintScript with the settings phpsyntax assumes
// (short_open_tag off) and errors kept off stdout.
var phpArgs = []string{
	"-d", "short_open_tag=0", "-d", "display_errors=stderr", "-d", "log_errors=0",
	"-d", "html_errors=0", "-d", "memory_limit=-1", "-d", "error_reporting=-1",
	"-r", lintScript,
}

// verdict kinds of php.
const (
	phpOK      = "OK" // parses
	phpParse   = "P"  // ParseError: a syntax error
	phpCompile = "C"  // another compile error raised while parsing
)

type phpVerdict struct {
	Kind string
	Line int
	Msg  string
}

func (v phpVerdict) String() string {
	if v.Kind == phpOK {
		return "accepted"
	}
	what := map[string]string{phpParse: "Parse error", phpCompile: "Fatal error"}[v.Kind]
	return fmt.Sprintf("%s: %s on line %d", what, v.Msg, v.Line)
}

// phpProc is one long-lived php running lintScript.
type phpProc struct {
	php    string
	cmd    *exec.Cmd
	in     io.WriteCloser
	out    *bufio.Reader
	stderr *tailBuffer
}

func startPHP(php string) (*phpProc, error) {
	w := &phpProc{php: php, stderr: &tailBuffer{}}
	w.cmd = exec.Command(php, phpArgs...)
	w.cmd.Stderr = w.stderr
	in, err := w.cmd.StdinPipe()
	if err != nil {
		return nil, err
	}
	out, err := w.cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := w.cmd.Start(); err != nil {
		return nil, err
	}
	w.in, w.out = in, bufio.NewReader(out)
	return w, nil
}

var fatalRE = regexp.MustCompile(`(?:PHP )?Fatal error: +(.*) in .* on line (\d+)`)

// send asks php for its verdict on the file at path; reply reads it.
func (w *phpProc) send(path string) error {
	if strings.ContainsAny(path, "\n\r") {
		return fmt.Errorf("path with a newline: %q", path)
	}
	_, err := io.WriteString(w.in, path+"\n")
	return err
}

// died handles a php that stopped answering. A fatal error that kills
// php while parsing (an E_COMPILE_ERROR rather than an exception) is a
// "C" verdict; php is restarted for the next file.
func (w *phpProc) died(path string, cause error) (phpVerdict, error) {
	w.in.Close()
	w.cmd.Wait()
	tail := w.stderr.String()
	nw, err := startPHP(w.php)
	if err != nil {
		return phpVerdict{}, err
	}
	*w = *nw
	if m := fatalRE.FindAllStringSubmatch(tail, -1); len(m) > 0 {
		last := m[len(m)-1]
		n, _ := strconv.Atoi(last[2])
		return phpVerdict{Kind: phpCompile, Line: n, Msg: last[1]}, nil
	}
	return phpVerdict{}, fmt.Errorf("php died on %s (%v): %s", path, cause, tail)
}

func (w *phpProc) close() {
	w.in.Close()
	w.cmd.Wait()
}

// tailBuffer keeps the last few KB written to it.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if len(b.buf) > 8<<10 {
		b.buf = append(b.buf[:0], b.buf[len(b.buf)-4<<10:]...)
	}
	return len(p), nil
}

func (b *tailBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return string(b.buf)
}

// ourVerdict is phpsyntax's answer on one file.
type ourVerdict struct {
	errs  []phpsyntax.Error // compared with php's verdict
	curly *phpsyntax.Error  // the curly-brace offset note, set apart (see curlyNote)
	panic string
}

// curlyNote starts the version note phpsyntax gives for $x{0}.
//
// PHP 8.0 removed curly-brace offsets, but PHP 8.0 to 8.3 still parse
// them (PHP's grammar keeps `dereferenceable '{' expr '}'`) and refuse
// them in the compile step: `php -l` says "Fatal error: Array and string
// offset access syntax with curly braces is no longer supported", not
// "Parse error", and token_get_all(TOKEN_PARSE) accepts the file. phpsyntax
// notes them as syntax removed in 8.0, which is as right. So the note is
// left out of the comparison: PHP's verdict on the rest of the file is
// compared with phpsyntax's other errors, and where php parses the file,
// `php -l` must confirm the compile-time refusal on the note's line (see
// confirmCurly). PHP 8.4 dropped the rule from its grammar: from 8.4 on,
// $x{0} is a Parse error at the "{" and the note is compared like any
// other.
const curlyNote = "curly-brace offsets"

// curlyParsed reports whether PHP v parses curly-brace offsets and
// refuses them only when compiling.
func curlyParsed(v phpsyntax.Version) bool {
	return !v.Less(phpsyntax.Version{Major: 8}) && v.Less(phpsyntax.Version{Major: 8, Minor: 4})
}

// first is the error nearest the start of the file.
func (o ourVerdict) first() (phpsyntax.Error, bool) {
	if len(o.errs) == 0 {
		return phpsyntax.Error{}, false
	}
	e := o.errs[0]
	for _, x := range o.errs[1:] {
		if x.Line < e.Line || x.Line == e.Line && x.Col < e.Col {
			e = x
		}
	}
	return e, true
}

func (o ourVerdict) String() string {
	if o.panic != "" {
		return "panic: " + o.panic
	}
	e, ok := o.first()
	if !ok {
		return "accepted" + o.curlyString()
	}
	kind := "syntax error"
	if e.Kind == phpsyntax.ErrVersion {
		kind = "version note"
	}
	s := fmt.Sprintf("%s at %d:%d: %s", kind, e.Line, e.Col, e.Msg)
	if len(o.errs) > 1 {
		s += fmt.Sprintf(" (+%d more)", len(o.errs)-1)
	}
	return s + o.curlyString()
}

func (o ourVerdict) curlyString() string {
	if o.curly == nil {
		return ""
	}
	return fmt.Sprintf(" (and the curly-brace offset note at %d:%d, left out)", o.curly.Line, o.curly.Col)
}

func parseOurs(path string, src []byte, version phpsyntax.Version) (v ourVerdict) {
	defer func() {
		if r := recover(); r != nil {
			lines := strings.SplitN(fmt.Sprint(r), "\n", 12)
			v.panic = strings.Join(lines[:min(len(lines), 11)], "\n")
		}
	}()
	_, errs := phpsyntax.Parse(path, path, src, phpsyntax.Options{Version: version})
	for _, e := range errs {
		if e.Kind == phpsyntax.ErrVersion && strings.HasPrefix(e.Msg, curlyNote) && v.curly == nil && curlyParsed(version) {
			v.curly = &e
			continue
		}
		v.errs = append(v.errs, e)
	}
	return v
}

// curlyFatalRE is php -l's verdict on a curly-brace offset.
var curlyFatalRE = regexp.MustCompile(`Fatal error: +Array and string offset access syntax with curly braces is no longer supported in .* on line (\d+)`)

// confirmCurly checks, for a file php parses and phpsyntax gives only
// the curly-brace offset note, that `php -l` refuses the file for that
// offset on the note's line.
func confirmCurly(php, path string, note *phpsyntax.Error) string {
	out, _ := exec.Command(php, "-d", "short_open_tag=0", "-d", "display_errors=stdout", "-d", "log_errors=0",
		"-l", path).CombinedOutput()
	m := curlyFatalRE.FindSubmatch(out)
	if m == nil || string(m[1]) != strconv.Itoa(note.Line) {
		return fmt.Sprintf("phpsyntax notes a curly-brace offset on line %d, php -l says %q", note.Line, bytes.TrimSpace(out))
	}
	return ""
}

// judge compares the verdicts and returns "" when they agree, else the
// class of the mismatch.
//
//   - php accepts: phpsyntax must report nothing at all, neither a syntax
//     error nor a version note (php's version is the project's, so a note
//     would be a false claim that it lacks the syntax).
//   - php reports a Parse error on line L: phpsyntax's first error must be
//     on line L. It may be a syntax error or a version note: syntax
//     removed in or added after php's version (8.3's typed class
//     constants for PHP 8.2) is what php refuses, and phpsyntax parses it
//     and notes it instead.
//   - php throws another CompileError while parsing (PHP's grammar
//     actions check modifiers: "Multiple access type modifiers are not
//     allowed", "Cannot use the final modifier on an abstract class
//     member"...; `php -l` prints them as "Fatal error", not "Parse
//     error"): these are compile-time checks outside the grammar, which
//     phpsyntax may leave to PHP. It may accept the file, or reject it
//     with its first error on the same line; an error elsewhere is a
//     mismatch.
func judge(php phpVerdict, ours ourVerdict) string {
	if ours.panic != "" {
		return "phpsyntax panics"
	}
	e, rejects := ours.first()
	switch php.Kind {
	case phpOK:
		if rejects {
			if e.Kind == phpsyntax.ErrVersion {
				return "php accepts, phpsyntax notes a version problem"
			}
			return "php accepts, phpsyntax reports a syntax error"
		}
	case phpParse:
		if !rejects {
			return "php reports a Parse error, phpsyntax accepts"
		}
		if e.Line != php.Line {
			return "both reject, on different lines"
		}
	case phpCompile:
		if rejects && e.Line != php.Line {
			return "php reports a compile-time Fatal error, phpsyntax an error on another line"
		}
	default:
		return "unknown php verdict " + php.Kind
	}
	return ""
}

// lintItem is one file to compare.
type lintItem struct {
	path   string // on disk
	origin string // the corpus file it was made from, for mutants
	what   string // the mutation, for mutants
}

type lintResult struct {
	php      phpVerdict
	ours     ourVerdict
	mismatch string
	detail   string // more on the mismatch
	src      []byte
	err      error
}

// compareAll runs php and phpsyntax over every item, runtime.NumCPU()
// files at a time, each php process parsing while phpsyntax parses.
func compareAll(t *testing.T, php string, version phpsyntax.Version, items []lintItem) []lintResult {
	t.Helper()
	results := make([]lintResult, len(items))
	jobs := make(chan int)
	workers := max(runtime.NumCPU(), 1)
	procs := make([]*phpProc, workers)
	for i := range procs {
		w, err := startPHP(php)
		if err != nil {
			for _, w := range procs[:i] {
				w.close()
			}
			t.Fatalf("start php: %v", err)
		}
		procs[i] = w
	}
	var wg sync.WaitGroup
	for _, w := range procs {
		wg.Go(func() {
			defer w.close()
			for i := range jobs {
				it := items[i]
				r := &results[i]
				// php reads and parses the file while we do.
				if err := w.send(it.path); err != nil {
					r.err = err
					continue
				}
				src, err := os.ReadFile(it.path)
				if err == nil {
					r.ours = parseOurs(it.path, src, version)
				}
				r.php, r.err = w.reply(it.path)
				if err != nil {
					r.err = err
				}
				if r.err == nil {
					r.mismatch = judge(r.php, r.ours)
					if r.mismatch == "" && r.php.Kind == phpOK && r.ours.curly != nil {
						if why := confirmCurly(php, it.path, r.ours.curly); why != "" {
							r.mismatch = "php -l does not confirm the curly-brace offset note"
							r.detail = why
						}
					}
					if r.mismatch != "" {
						r.src = src
					}
				}
			}
		})
	}
	for i := range items {
		jobs <- i
	}
	close(jobs)
	wg.Wait()
	return results
}

// reply reads the verdict on a path lint already sent.
func (w *phpProc) reply(path string) (phpVerdict, error) {
	line, err := w.out.ReadBytes('\n')
	if err != nil {
		return w.died(path, err)
	}
	var raw []any
	if err := json.Unmarshal(line, &raw); err != nil || len(raw) == 0 {
		return phpVerdict{}, fmt.Errorf("php said %q for %s", line, path)
	}
	v := phpVerdict{Kind: fmt.Sprint(raw[0])}
	if len(raw) == 3 {
		n, _ := raw[1].(float64)
		v.Line = int(n)
		v.Msg = fmt.Sprint(raw[2])
	}
	if v.Kind == "E" {
		return v, errors.New(v.Msg)
	}
	return v, nil
}

// report logs the counts, the first maxReported mismatches and a summary
// by class, and fails the test when there is a mismatch.
func reportMismatches(t *testing.T, what string, items []lintItem, results []lintResult) {
	t.Helper()
	counts := map[string]int{}
	classes := map[string]int{}
	var bad []int
	for i, r := range results {
		if r.err != nil {
			t.Errorf("%s: %v", items[i].path, r.err)
			continue
		}
		counts[r.php.Kind]++
		if r.ours.curly != nil {
			counts["curly"]++
		}
		if r.mismatch != "" {
			classes[r.mismatch]++
			bad = append(bad, i)
		}
	}
	t.Logf("%s: %d compared; php: %d accepted, %d Parse errors, %d other compile errors; "+
		"%d curly-brace offset notes set apart; %d mismatches",
		what, len(results), counts[phpOK], counts[phpParse], counts[phpCompile], counts["curly"], len(bad))
	for n, i := range bad {
		if n == *maxReported {
			t.Errorf("... and %d more mismatches", len(bad)-n)
			break
		}
		it, r := items[i], results[i]
		var b strings.Builder
		fmt.Fprintf(&b, "%s: %s\n", r.mismatch, it.path)
		if it.what != "" {
			fmt.Fprintf(&b, "\tmutant of %s: %s\n", it.origin, it.what)
		}
		fmt.Fprintf(&b, "\tphp:       %s\n\tphpsyntax: %s\n", r.php, r.ours)
		if r.detail != "" {
			fmt.Fprintf(&b, "\t%s\n", r.detail)
		}
		shown := map[int]bool{}
		for _, l := range []int{r.php.Line, firstLine(r.ours)} {
			if l > 0 && !shown[l] {
				shown[l] = true
				fmt.Fprintf(&b, "\tline %d: %s\n", l, sourceLine(r.src, l))
			}
		}
		t.Error(strings.TrimRight(b.String(), "\n"))
	}
	if len(bad) > 0 {
		var keys []string
		for k := range classes {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		var b strings.Builder
		for _, k := range keys {
			fmt.Fprintf(&b, "\n\t%5d  %s", classes[k], k)
		}
		t.Errorf("%s: %d mismatches with php:%s", what, len(bad), b.String())
	}
}

func firstLine(o ourVerdict) int {
	if e, ok := o.first(); ok {
		return e.Line
	}
	return 0
}

// sourceLine returns line n (1-based) of src, shortened.
func sourceLine(src []byte, n int) string {
	for i := 1; i < n; i++ {
		j := bytes.IndexByte(src, '\n')
		if j < 0 {
			return "(past the end)"
		}
		src = src[j+1:]
	}
	if j := bytes.IndexByte(src, '\n'); j >= 0 {
		src = src[:j]
	}
	s := strings.TrimSpace(string(src))
	if len(s) > 200 {
		s = s[:200] + "…"
	}
	return strconv.Quote(s)
}

// needLintPHP returns php and its version, or skips (fails under CI) when
// php, its tokenizer or a package of the corpus is missing.
func needLintPHP(t *testing.T) (string, phpsyntax.Version) {
	t.Helper()
	if testing.Short() {
		t.Skip("-short: the php conformance check parses every file of four large packages")
	}
	php, err := exec.LookPath("php")
	if err != nil {
		testtool.SkipOrFail(t, "php not found (install php-cli): %v", err)
	}
	out, err := exec.Command(php, "-r", `echo PHP_MAJOR_VERSION, ".", PHP_MINOR_VERSION, " ", function_exists("token_get_all") ? "tokenizer" : "", "\n";`).Output()
	if err != nil {
		testtool.SkipOrFail(t, "php -r: %v", err)
	}
	fields := strings.Fields(string(out))
	if len(fields) != 2 || fields[1] != "tokenizer" {
		testtool.SkipOrFail(t, "php lacks the tokenizer extension (php -r said %q)", out)
	}
	v, err := phpsyntax.ParseVersion(fields[0])
	if err != nil || v.Less(phpsyntax.Version{Major: 8}) {
		testtool.SkipOrFail(t, "php is %s: this check needs PHP 8.0 or later that phpsyntax knows (%v)", fields[0], err)
	}
	for _, p := range lintPackages {
		if _, err := os.Stat(p.dir); err != nil {
			testtool.SkipOrFail(t, "%s is not installed (apt-get install %s): %v", p.dir, p.pkg, err)
		}
	}
	return php, v
}

type lintFile struct {
	path string // real path
	size int64
}

var lintCorpus struct {
	once  sync.Once
	files []lintFile
	err   error
}

// lintCorpusFiles lists the .php files under lintRoots, by real path,
// sorted. Unreadable folders and dangling links are left out.
func lintCorpusFiles(t *testing.T) []lintFile {
	t.Helper()
	lintCorpus.once.Do(func() {
		files, err := phpcorpus.Files(lintRoots)
		for _, f := range files {
			lintCorpus.files = append(lintCorpus.files, lintFile{f.Path, f.Size})
		}
		lintCorpus.err = err
	})
	if lintCorpus.err != nil {
		t.Fatal(lintCorpus.err)
	}
	return lintCorpus.files
}

// TestPHPLintHelper checks the php side on files whose verdicts are
// known, against `php -l` too: a Parse error at the end of the file, a
// compile error raised by the grammar, a redeclaration (compile step
// only: accepted syntax), a curly-brace offset (parsed by PHP 8.0-8.3,
// refused when compiling) and syntax newer than php.
func TestPHPLintHelper(t *testing.T) {
	php, v := needLintPHP(t)
	cases := []struct {
		src  string
		want phpVerdict // Kind and Line
	}{
		{"<?php\necho 1;\n", phpVerdict{Kind: phpOK}},
		{"<?php\nfoo(\n", phpVerdict{Kind: phpParse, Line: 3}},
		{"<?php\n$a = ;\n", phpVerdict{Kind: phpParse, Line: 2}},
		{"<?php\nclass A {\n  public public $x;\n}\n", phpVerdict{Kind: phpCompile, Line: 3}},
		{"<?php\nfunction f() {}\nfunction f() {}\n", phpVerdict{Kind: phpOK}},
		{"<?php\n$s = <<<EOT\n  a\n b\n  EOT;\n", phpVerdict{Kind: phpParse, Line: 4}},
	}
	if curlyParsed(v) {
		cases = append(cases, struct {
			src  string
			want phpVerdict
		}{"<?php\n\n$a{0};\n", phpVerdict{Kind: phpOK}})
	}
	if v.Less(phpsyntax.Version{Major: 8, Minor: 3}) {
		cases = append(cases, struct {
			src  string
			want phpVerdict
		}{"<?php\nclass C {\n  const int X = 1;\n}\n", phpVerdict{Kind: phpParse, Line: 3}})
	}
	dir := t.TempDir()
	items := make([]lintItem, len(cases))
	for i, c := range cases {
		items[i].path = filepath.Join(dir, fmt.Sprintf("case%d.php", i))
		if err := os.WriteFile(items[i].path, []byte(c.src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	results := compareAll(t, php, v, items)
	for i, r := range results {
		if r.err != nil {
			t.Fatalf("%q: %v", cases[i].src, r.err)
		}
		if r.php.Kind != cases[i].want.Kind || r.php.Line != cases[i].want.Line {
			t.Errorf("%q: php says %s, want kind %s on line %d", cases[i].src, r.php, cases[i].want.Kind, cases[i].want.Line)
		}
	}
	reportMismatches(t, "helper cases", items, results)
	crossCheck(t, php, items, results)
}

// TestPHPLintCorpus compares php's verdict with phpsyntax's on every
// .php file of Debian's WordPress, Symfony, MediaWiki, Laravel and the
// rest of /usr/share/php.
func TestPHPLintCorpus(t *testing.T) {
	php, v := needLintPHP(t)
	t.Logf("php %s", v)
	files := lintCorpusFiles(t)
	items := make([]lintItem, len(files))
	for i, f := range files {
		items[i] = lintItem{path: f.path}
	}
	results := compareAll(t, php, v, items)
	reportMismatches(t, "corpus", items, results)
	crossCheck(t, php, items, results)
}

// TestPHPLintMutants compares the verdicts on mutants of small corpus
// files: one token deleted, duplicated, or swapped with the next.
func TestPHPLintMutants(t *testing.T) {
	php, v := needLintPHP(t)
	var small []lintFile
	for _, f := range lintCorpusFiles(t) {
		if f.size > 0 && f.size < mutantMaxSize {
			small = append(small, f)
		}
	}
	if len(small) == 0 {
		t.Fatal("no corpus file smaller than 20 KB")
	}
	dir := *keepMutants
	if dir == "" {
		dir = t.TempDir()
	} else if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(mutantSeed1, mutantSeed2))
	var items []lintItem
	for tries := 0; len(items) < mutantCount; tries++ {
		if tries > 20*mutantCount {
			t.Fatalf("made only %d mutants in %d tries", len(items), tries)
		}
		f := small[rng.IntN(len(small))]
		src, err := os.ReadFile(f.path)
		if err != nil {
			t.Fatal(err)
		}
		toks, err := significantTokens(src)
		if err != nil {
			t.Fatalf("%s: %v", f.path, err)
		}
		if len(toks) < 2 {
			continue
		}
		mut, what := mutate(rng, src, toks)
		if bytes.Equal(mut, src) {
			continue
		}
		path := filepath.Join(dir, fmt.Sprintf("m%04d.php", len(items)))
		if err := os.WriteFile(path, mut, 0o644); err != nil {
			t.Fatal(err)
		}
		items = append(items, lintItem{path: path, origin: f.path, what: what})
	}
	results := compareAll(t, php, v, items)
	reportMismatches(t, "mutants", items, results)
	crossCheck(t, php, items, results)
}

// significantTokens lexes src with phpsyntax's lexer, leaving out
// whitespace and comments.
func significantTokens(src []byte) (toks []phpsyntax.Token, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("lexer panic: %v", r)
		}
	}()
	lx := phpsyntax.NewLexer(src, false)
	for n := 0; ; n++ {
		if n > len(src)+1 {
			return nil, errors.New("lexer does not reach the end of the file")
		}
		tk := lx.Next()
		switch tk.Kind {
		case phpsyntax.EOF:
			return toks, nil
		case phpsyntax.T_WHITESPACE, phpsyntax.T_COMMENT, phpsyntax.T_DOC_COMMENT:
			continue
		}
		if tk.Start < 0 || tk.End < tk.Start || int(tk.End) > len(src) {
			return nil, fmt.Errorf("token %v with span %d..%d in a file of %d bytes", tk.Kind, tk.Start, tk.End, len(src))
		}
		toks = append(toks, tk)
	}
}

// mutate applies one random mutation to src and describes it.
func mutate(rng *rand.Rand, src []byte, toks []phpsyntax.Token) ([]byte, string) {
	text := func(tk phpsyntax.Token) []byte { return src[tk.Start:tk.End] }
	at := func(tk phpsyntax.Token) string {
		line := bytes.Count(src[:tk.Start], []byte{'\n'}) + 1
		s := string(text(tk))
		if len(s) > 40 {
			s = s[:40] + "…"
		}
		return fmt.Sprintf("%v %q on line %d", tk.Kind, s, line)
	}
	var out []byte
	switch rng.IntN(3) {
	case 0:
		tk := toks[rng.IntN(len(toks))]
		out = append(out, src[:tk.Start]...)
		out = append(out, src[tk.End:]...)
		return out, "delete " + at(tk)
	case 1:
		// A space keeps two words or numbers from merging into one.
		tk := toks[rng.IntN(len(toks))]
		out = append(out, src[:tk.End]...)
		out = append(out, ' ')
		out = append(out, src[tk.Start:]...)
		return out, "duplicate " + at(tk)
	default:
		i := rng.IntN(len(toks) - 1)
		a, b := toks[i], toks[i+1]
		out = append(out, src[:a.Start]...)
		out = append(out, text(b)...)
		out = append(out, src[a.End:b.Start]...)
		out = append(out, text(a)...)
		out = append(out, src[b.End:]...)
		return out, "swap " + at(a) + " with " + at(b)
	}
}

// crossCheck runs `php -l` on a few files of each verdict and checks that
// lintScript said what php -l says: a Parse error on the same line, or
// no Parse error ("Fatal error" from the compile step is not syntax).
func crossCheck(t *testing.T, php string, items []lintItem, results []lintResult) {
	t.Helper()
	const perKind = 3
	picked := map[string]int{}
	parseRE := regexp.MustCompile(`Parse error: +(.*) in .* on line (\d+)`)
	fatalLintRE := regexp.MustCompile(`Fatal error: +(.*) in .* on line (\d+)`)
	for i, r := range results {
		if r.err != nil || picked[r.php.Kind] >= perKind {
			continue
		}
		picked[r.php.Kind]++
		out, _ := exec.Command(php, "-d", "short_open_tag=0", "-d", "display_errors=stdout", "-d", "log_errors=0",
			"-l", items[i].path).CombinedOutput()
		var got string
		if m := parseRE.FindSubmatch(out); m != nil {
			got = "P" + string(m[2])
		} else if m := fatalLintRE.FindSubmatch(out); m != nil && r.php.Kind == phpCompile {
			got = "C" + string(m[2])
		} else if bytes.Contains(out, []byte("No syntax errors")) || fatalLintRE.Match(out) {
			got = phpOK
		} else {
			t.Errorf("php -l %s: unexpected output %q", items[i].path, out)
			continue
		}
		want := r.php.Kind
		if want != phpOK {
			want += strconv.Itoa(r.php.Line)
		}
		if got != want {
			t.Errorf("php -l %s says %q, the token_get_all helper %s", items[i].path, bytes.TrimSpace(out), r.php)
		}
	}
}
