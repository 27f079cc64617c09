package analyzer_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"runtime/debug"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/report"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

// declarations reports every named function and method, so a test can
// tell which files, and which parts of a file, were analyzed.
var declarations = &analyzer.Analyzer{
	ID:       "declarations",
	Kind:     analyzer.Growth,
	Severity: analyzer.SeverityWarning,
	Run: func(p *analyzer.Pass) {
		for _, f := range p.Files {
			for _, fn := range f.Funcs {
				if fn.Kind == ir.FuncFunction || fn.Kind == ir.FuncMethod {
					p.Report(analyzer.Diagnostic{File: f, Pos: fn.Pos, Message: "declares " + fn.Name})
				}
			}
		}
	},
}

// writeTree creates files (path → content, '/'-separated) under dir.
func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// run analyzes dir (the root) with cfg's other fields.
func run(t *testing.T, dir string, cfg analyzer.Config) *analyzer.Result {
	t.Helper()
	cfg.Root = dir
	if cfg.Paths == nil {
		cfg.Paths = []string{dir}
	}
	if cfg.Analyzers == nil {
		cfg.Analyzers = []*analyzer.Analyzer{declarations}
	}
	if cfg.Jobs == 0 {
		cfg.Jobs = 2
	}
	res, err := analyzer.Run(cfg)
	if err != nil {
		t.Fatalf("Run: %v", err)
	}
	return res
}

// declared lists "file: declares NAME" for each declarations finding.
func declared(res *analyzer.Result) []string {
	var out []string
	for _, f := range res.Findings {
		if f.Rule == declarations.ID {
			out = append(out, f.File+": "+f.Message)
		}
	}
	return out
}

// errorsOf formats errors as "file:line kind: message" for messages.
func errorsOf(res *analyzer.Result) string {
	var b strings.Builder
	for _, e := range res.Errors {
		fmt.Fprintf(&b, "\n\t%s:%d %s: %s", e.File, e.Line, e.Kind, e.Message)
	}
	return b.String()
}

// findError returns the first error on file of kind, or nil.
func findError(res *analyzer.Result, file, kind string) *analyzer.FileError {
	for i, e := range res.Errors {
		if e.File == file && e.Kind == kind {
			return &res.Errors[i]
		}
	}
	return nil
}

const good = "<?php\nfunction ok() {}\n"

func TestSyntaxErrorKeepsWhatParsed(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"bad.php": `<?php
function before() {}
function broken( {
}
function after() {}
`,
		"good.php": good,
		// an open brace: the parser reaches the end of the file inside it
		"unclosed.php": `<?php
function first() {}

class K
{
    public function m($x)
    {
        if ($x) {
    }
}
`,
	})
	res := run(t, dir, analyzer.Config{})
	if e := findError(res, "unclosed.php", analyzer.ErrParse); e == nil || e.Line != 11 || e.Message != "unclosed '{' on line 5" {
		t.Errorf("want PHP's parse error at the end of file, line 11, naming the brace left open, for unclosed.php; errors:%s", errorsOf(res))
	}
	e := findError(res, "bad.php", analyzer.ErrParse)
	if e == nil {
		t.Fatalf("no parse error for bad.php; errors:%s", errorsOf(res))
	}
	if e.Line != 3 || e.Message == "" {
		t.Errorf("parse error at line %d with message %q, want line 3 and a message", e.Line, e.Message)
	}
	got := declared(res)
	for _, want := range []string{"bad.php: declares before", "good.php: declares ok", "unclosed.php: declares first"} {
		if !slices.Contains(got, want) {
			t.Errorf("missing %q; got %q", want, got)
		}
	}
	if res.Stats.Files != 3 || res.Stats.FilesWithErrors != 2 {
		t.Errorf("stats = %+v, want 3 files, 2 with errors", res.Stats)
	}
}

func TestSyntaxErrorAfterLeak(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"log.php": `<?php
class QueryLog
{
    private static $queries = [];

    public static function add($sql)
    {
        self::$queries[] = $sql;
    }
}

function broken( {
`})
	res := run(t, dir, analyzer.Config{Analyzers: []*analyzer.Analyzer{rules.StaticGrowth}})
	if findError(res, "log.php", analyzer.ErrParse) == nil {
		t.Errorf("no parse error; errors:%s", errorsOf(res))
	}
	if len(res.Findings) != 1 || res.Findings[0].Rule != "static-growth" || res.Findings[0].Line != 8 {
		t.Errorf("findings = %+v, want static-growth on line 8", res.Findings)
	}
}

func TestBinaryFileSkipped(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"x.php":    "<?php\x00\x01\x02\xff function hidden() {}",
		"good.php": good,
		// a phar stub: binary data after __halt_compiler() is not PHP
		"stub.php": "<?php\nfunction stub() {}\n__HALT_COMPILER(); ?>\x00\x00\x01binary",
	})
	res := run(t, dir, analyzer.Config{})
	e := findError(res, "x.php", analyzer.ErrSkipped)
	if e == nil || !strings.Contains(e.Message, "binary") {
		t.Fatalf("want a skipped error naming a binary file for x.php; errors:%s", errorsOf(res))
	}
	want := []string{"good.php: declares ok", "stub.php: declares stub"}
	if got := declared(res); !reflect.DeepEqual(got, want) {
		t.Errorf("declared = %q, want %q", got, want)
	}
	if len(res.Errors) != 1 {
		t.Errorf("want only x.php's error; errors:%s", errorsOf(res))
	}
}

func TestInvalidUTF8(t *testing.T) {
	dir := t.TempDir()
	// line 2: "/* \xff\xfe */ " is 9 bytes, each invalid byte one column
	writeTree(t, dir, map[string]string{"u.php": "<?php\n/* \xff\xfe */ function f() { return \"\xc3\x28\xe2\x82\"; }\n" +
		"# comment \x80\x81\x82\nfunction g() { $s = '\xf0\x28\x8c\x28'; return $s; }\n"})
	res := run(t, dir, analyzer.Config{})
	if len(res.Errors) != 0 {
		t.Errorf("errors:%s", errorsOf(res))
	}
	want := map[string][2]int{"declares f": {2, 10}, "declares g": {4, 1}}
	if len(res.Findings) != len(want) {
		t.Fatalf("findings = %+v, want f and g", res.Findings)
	}
	for _, f := range res.Findings {
		pos, ok := want[f.Message]
		if !ok || f.Line != pos[0] || f.Column != pos[1] {
			t.Errorf("%s at %d:%d, want %v", f.Message, f.Line, f.Column, pos)
		}
		if f.EndLine < f.Line || (f.EndLine == f.Line && f.EndColumn <= f.Column) {
			t.Errorf("%s: end %d:%d is not after start %d:%d", f.Message, f.EndLine, f.EndColumn, f.Line, f.Column)
		}
	}
	var buf bytes.Buffer
	if err := report.JSON(&buf, res, report.Options{}); err != nil || !json.Valid(buf.Bytes()) || !utf8.Valid(buf.Bytes()) {
		t.Errorf("JSON report is not valid UTF-8 JSON (err %v)", err)
	}
}

func TestFileOverSizeLimit(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"big.php":  "<?php\nfunction big() {}\n" + strings.Repeat("// padding\n", 200),
		"good.php": good,
	})
	res := run(t, dir, analyzer.Config{MaxFileSize: 1000})
	e := findError(res, "big.php", analyzer.ErrSkipped)
	if e == nil || !strings.Contains(e.Message, "1000") {
		t.Fatalf("want a skipped error naming the 1000-byte limit for big.php; errors:%s", errorsOf(res))
	}
	if got := declared(res); !reflect.DeepEqual(got, []string{"good.php: declares ok"}) {
		t.Errorf("declared = %q, want only good.php", got)
	}
	if res.Stats.Files != 1 {
		t.Errorf("stats.files = %d, want 1 (a skipped file is not analyzed)", res.Stats.Files)
	}
}

// TestDeepNesting runs pathologically nested files with a small goroutine
// stack limit: a parser, traverser or lowerer that recursed once per level
// would overflow it, which is a fatal error, not a panic, and kills the
// test binary. Every deep file must come back analyzed or skipped, and the
// run must go on to the other files.
func TestDeepNesting(t *testing.T) {
	defer debug.SetMaxStack(debug.SetMaxStack(64 << 20))
	const n = 100000
	files := map[string]string{
		"parens.php":  "<?php\n$a = " + strings.Repeat("(", n) + "1" + strings.Repeat(")", n) + ";\n",
		"arrays.php":  "<?php\n$a = " + strings.Repeat("[", n) + "1" + strings.Repeat("]", n) + ";\n",
		"ifs.php":     "<?php\n" + strings.Repeat("if ($x) {\n", n/5) + "$a = 1;\n" + strings.Repeat("}\n", n/5),
		"concat.php":  "<?php\n$a = 'x'" + strings.Repeat(" . 'x'", n) + ";\n",
		"props.php":   "<?php\n$a = $b" + strings.Repeat("->c", n) + ";\n",
		"varvars.php": "<?php\n" + strings.Repeat("$", n) + "x = 1;\n",
		// a million levels in 1 MB: the tree is the deepest per byte
		"nots.php": "<?php\n$a = " + strings.Repeat("!", 1_000_000) + "1;\n",
		// unbalanced: the parser gives up, nothing may recurse on the rest
		"unclosed.php": "<?php\n$a = " + strings.Repeat("(", n) + "\n",
		"good.php":     good,
	}
	dir := t.TempDir()
	writeTree(t, dir, files)
	res := run(t, dir, analyzer.Config{Jobs: 4})
	for name := range files {
		for _, e := range res.Errors {
			if e.File == name && e.Kind != analyzer.ErrSkipped && e.Kind != analyzer.ErrParse {
				t.Errorf("%s: %s error: %s", name, e.Kind, e.Message)
			}
		}
	}
	for _, name := range []string{"parens.php", "nots.php", "arrays.php"} {
		if e := findError(res, name, analyzer.ErrSkipped); e == nil || !strings.Contains(e.Message, "nest") {
			t.Errorf("%s: want a skipped error about nesting; errors:%s", name, errorsOf(res))
		}
	}
	if got := declared(res); !reflect.DeepEqual(got, []string{"good.php: declares ok"}) {
		t.Errorf("declared = %q, want good.php analyzed", got)
	}
}

// unreadable makes p unreadable, or skips the test when that has no
// effect (root, some file systems).
func unreadable(t *testing.T, p string) {
	t.Helper()
	if err := os.Chmod(p, 0); err != nil {
		t.Skipf("chmod: %v", err)
	}
	t.Cleanup(func() { os.Chmod(p, 0o755) })
	f, err := os.Open(p)
	if err == nil {
		_, err = f.Readdirnames(1)
		if info, serr := f.Stat(); serr == nil && !info.IsDir() {
			_, err = f.Read(make([]byte, 1))
		}
		f.Close()
	}
	if err == nil {
		t.Skip("chmod 000 does not stop this user from reading (running as root?)")
	}
}

func TestUnreadableFile(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"secret.php": good, "good.php": good})
	unreadable(t, filepath.Join(dir, "secret.php"))
	res := run(t, dir, analyzer.Config{})
	if e := findError(res, "secret.php", analyzer.ErrIO); e == nil || !strings.Contains(e.Message, "permission") {
		t.Errorf("want an io error saying permission denied for secret.php; errors:%s", errorsOf(res))
	}
	if got := declared(res); !reflect.DeepEqual(got, []string{"good.php: declares ok"}) {
		t.Errorf("declared = %q, want good.php analyzed", got)
	}
}

func TestUnreadableFolder(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"locked/a.php": good, "good.php": good})
	unreadable(t, filepath.Join(dir, "locked"))
	res := run(t, dir, analyzer.Config{})
	if e := findError(res, "locked", analyzer.ErrIO); e == nil {
		t.Errorf("want an io error for locked; errors:%s", errorsOf(res))
	}
	if got := declared(res); !reflect.DeepEqual(got, []string{"good.php: declares ok"}) {
		t.Errorf("declared = %q, want good.php analyzed", got)
	}
}

func symlink(t *testing.T, target, link string) {
	t.Helper()
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("symlinks: %v", err)
	}
}

func TestSymlinks(t *testing.T) {
	outside := t.TempDir()
	writeTree(t, outside, map[string]string{
		"o.php":     "<?php\nfunction outsideFile() {}\n",
		"lib/l.php": "<?php\nfunction outsideLib() {}\n",
	})
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"src/a.php":     "<?php\nfunction a() {}\n",
		"src/sub/b.php": "<?php\nfunction b() {}\n",
	})
	src := filepath.Join(dir, "src")
	symlink(t, "..", filepath.Join(src, "sub", "up"))                        // loop
	symlink(t, src, filepath.Join(dir, "a_link"))                            // sorts before src
	symlink(t, "a.php", filepath.Join(src, "0alias.php"))                    // same file, sorts first
	symlink(t, filepath.Join(outside, "o.php"), filepath.Join(src, "o.php")) // file outside
	symlink(t, filepath.Join(outside, "lib"), filepath.Join(src, "lib"))     // folder outside
	symlink(t, "missing.php", filepath.Join(src, "broken.php"))
	symlink(t, "missing", filepath.Join(src, "broken.txt")) // not PHP: not worth an error
	symlink(t, "self.php", filepath.Join(src, "self.php"))  // a link to itself

	res := run(t, dir, analyzer.Config{})
	want := []string{
		"src/a.php: declares a",
		"src/lib/l.php: declares outsideLib",
		"src/o.php: declares outsideFile",
		"src/sub/b.php: declares b",
	}
	if got := declared(res); !reflect.DeepEqual(got, want) {
		t.Errorf("declared =\n\t%q\nwant each real file once, under its own path:\n\t%q", got, want)
	}
	if e := findError(res, "src/broken.php", analyzer.ErrIO); e == nil {
		t.Errorf("want an io error for the broken link; errors:%s", errorsOf(res))
	}
	if e := findError(res, "src/self.php", analyzer.ErrIO); e == nil || !strings.Contains(e.Message, "loop") {
		t.Errorf("want an io error naming a symlink loop for self.php; errors:%s", errorsOf(res))
	}
	if len(res.Errors) != 2 {
		t.Errorf("want 2 errors (broken.php, self.php); errors:%s", errorsOf(res))
	}
}

func TestExcludes(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"app/a.php":               "<?php function a() {}",
		"app/z.php":               "<?php function z() {}",
		"app/view.tpl.php":        "<?php function tpl() {}",
		"app/fixtures/f.php":      "<?php function fixture() {}",
		"app/vendor/nested.php":   "<?php function nestedVendor() {}",
		"app/readme.txt":          "not php",
		"tests/t.php":             "<?php function t() {}",
		"tests/sub/u.php":         "<?php function u() {}",
		"vendor/lib/v.php":        "<?php function v() {}",
		"node_modules/n.php":      "<?php function n() {}",
		".git/hooks/g.php":        "<?php function g() {}",
		"lib/B.PHP":               "<?php function upper() {}",
		"lib/tests_helper.php":    "<?php function helper() {}",
		"lib/deep/fixtures/x.php": "<?php function deepFixture() {}",
	})
	cfg := analyzer.Config{Excludes: []string{"tests/**", "**/*.tpl.php", "fixtures/", "./lib/deep"}}
	want := []string{
		"app/a.php: declares a",
		"app/z.php: declares z",
		"lib/B.PHP: declares upper",
		"lib/tests_helper.php: declares helper",
	}
	for _, jobs := range []int{1, 8} {
		cfg.Jobs = jobs
		res := run(t, dir, cfg)
		if got := declared(res); !reflect.DeepEqual(got, want) {
			t.Errorf("jobs=%d: declared =\n\t%q\nwant\n\t%q", jobs, got, want)
		}
		if len(res.Errors) != 0 {
			t.Errorf("errors:%s", errorsOf(res))
		}
	}

	// A default-excluded folder named explicitly is analyzed, however it
	// is also reached.
	cfg.Paths = []string{dir, filepath.Join(dir, "vendor")}
	res := run(t, dir, cfg)
	if got := declared(res); !slices.Contains(got, "vendor/lib/v.php: declares v") || slices.Contains(got, "node_modules/n.php: declares n") {
		t.Errorf("with vendor named: declared = %q, want vendor/lib/v.php and no node_modules", got)
	}

	if _, err := analyzer.Run(analyzer.Config{Root: dir, Excludes: []string{"src/[a-"}}); err == nil {
		t.Errorf("Run accepted a malformed exclude glob")
	}
}

func TestMissingPath(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"good.php": good})
	res := run(t, dir, analyzer.Config{Paths: []string{filepath.Join(dir, "nope"), filepath.Join(dir, "good.php")}})
	if e := findError(res, "nope", analyzer.ErrIO); e == nil {
		t.Errorf("want an io error for nope; errors:%s", errorsOf(res))
	}
	if got := declared(res); !reflect.DeepEqual(got, []string{"good.php: declares ok"}) {
		t.Errorf("declared = %q", got)
	}
}

func TestSpecialFileNamedExplicitly(t *testing.T) {
	if _, err := os.Stat("/dev/null"); err != nil {
		t.Skip("no /dev/null")
	}
	dir := t.TempDir()
	res := run(t, dir, analyzer.Config{Paths: []string{"/dev/null"}})
	if len(res.Errors) != 1 || res.Errors[0].Kind != analyzer.ErrSkipped {
		t.Errorf("want one skipped error for a device; errors:%s", errorsOf(res))
	}
}

// jsonReport renders res as the JSON report.
func jsonReport(t *testing.T, res *analyzer.Result) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := report.JSON(&buf, res, report.Options{Version: "test"}); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestDeterministicAcrossJobs(t *testing.T) {
	root, err := filepath.Abs("../testdata")
	if err != nil {
		t.Fatal(err)
	}
	cfg := analyzer.Config{Root: root, Paths: []string{root}, Analyzers: rules.All(), MinConfidence: analyzer.Low}
	var first []byte
	for _, jobs := range []int{1, 8, 3} {
		cfg.Jobs = jobs
		cfg.Confirm = sim.New().Confirm // as the CLI runs, simulation on
		res, err := analyzer.Run(cfg)
		if err != nil {
			t.Fatal(err)
		}
		if res.Stats.Files < 50 || len(res.Findings) == 0 {
			t.Fatalf("jobs=%d: %d files, %d findings: too few to test determinism", jobs, res.Stats.Files, len(res.Findings))
		}
		out := jsonReport(t, res)
		if first == nil {
			first = out
		} else if !bytes.Equal(first, out) {
			t.Errorf("jobs=%d: JSON report differs from jobs=1", jobs)
		}
	}
}

func TestRulePanicIsInternalError(t *testing.T) {
	crash := &analyzer.Analyzer{
		ID: "crash", Kind: analyzer.Cycle, Severity: analyzer.SeverityWarning,
		Run: func(p *analyzer.Pass) {
			f := p.Files[0]
			p.Report(analyzer.Diagnostic{File: f, Pos: ir.Pos{Line: 1, Col: 1}, Message: "before the panic"})
			var m map[string]int
			m["boom"]++ // nil map write
		},
	}
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"good.php": good})
	res := run(t, dir, analyzer.Config{Analyzers: []*analyzer.Analyzer{crash, declarations}})
	if len(res.Errors) != 1 {
		t.Fatalf("want one internal error; errors:%s", errorsOf(res))
	}
	e := res.Errors[0]
	if e.Kind != analyzer.ErrInternal || !strings.Contains(e.Message, "crash") || !strings.Contains(e.Message, "nil map") {
		t.Errorf("error = %+v, want an internal error naming the rule and the panic", e)
	}
	var rulesSeen []string
	for _, f := range res.Findings {
		rulesSeen = append(rulesSeen, f.Rule+": "+f.Message)
		if f.Severity != analyzer.SeverityWarning {
			t.Errorf("finding %q has severity %s: a panic must not become a finding", f.Message, f.Severity)
		}
	}
	want := []string{"crash: before the panic", "declarations: declares ok"}
	if !reflect.DeepEqual(rulesSeen, want) {
		t.Errorf("findings = %q, want %q", rulesSeen, want)
	}
	if res.Stats.FilesWithErrors != 0 {
		t.Errorf("filesWithErrors = %d, want 0: a rule's error belongs to no file", res.Stats.FilesWithErrors)
	}
}

// TestSameLeakMerged: two writes that grow one static are one leak,
// reported once with the other write as a related location, in every
// format that carries locations. The surer finding is the one kept: the
// keyed write in addMany() (high) over add(), a registration API nothing
// calls (low).
func TestSameLeakMerged(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Registry.php": `<?php
final class Registry
{
    private static array $seen = [];

    public static function add(string $id): void
    {
        self::$seen[] = $id;
    }

    public static function addMany(array $ids): void
    {
        foreach ($ids as $id) {
            self::$seen[$id] = true;
        }
    }
}
`,
		"Other.php": `<?php
final class Other
{
    private static array $log = [];

    public static function note(string $m): void
    {
        self::$log[] = $m;
    }
}
`,
	})
	res := run(t, dir, analyzer.Config{Analyzers: []*analyzer.Analyzer{rules.StaticGrowth}, MinConfidence: analyzer.Low})
	var got []string
	for _, f := range res.Findings {
		var rel []string
		for _, r := range f.Related {
			rel = append(rel, fmt.Sprintf("%s:%d", r.File, r.Line))
		}
		got = append(got, fmt.Sprintf("%s:%d related %v", f.File, f.Line, rel))
	}
	want := []string{"Other.php:8 related []", "Registry.php:14 related [Registry.php:8]"}
	if !slices.Equal(got, want) {
		t.Fatalf("findings %q, want %q", got, want)
	}
	if !strings.Contains(res.Findings[1].Message, "at 1 other place") {
		t.Errorf("message does not say where else: %s", res.Findings[1].Message)
	}
	var sarif bytes.Buffer
	if err := report.Write(&sarif, "sarif", res, report.Options{}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(sarif.String(), `"relatedLocations"`) || !strings.Contains(sarif.String(), `"startLine": 14`) {
		t.Errorf("SARIF lacks the related location:\n%s", sarif.String())
	}
}

// TestSelfCycleOneFindingAcrossRules: an object that stores [$this, 'm']
// in its own property is one cycle, which circular-reference and
// closure-this-cycle both see: one finding per stored property, whichever
// rule, and another property of the same object is another finding.
func TestSelfCycleOneFindingAcrossRules(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"Importer.php": `<?php
final class Importer
{
    private $onPage;
    private $onDone;

    public function __construct()
    {
        $this->setPageCallback([$this, 'page']);
        $this->setDoneCallback([$this, 'done']);
    }

    public function setPageCallback(callable $cb): void
    {
        $this->onPage = $cb;
    }

    public function setDoneCallback(callable $cb): void
    {
        $this->onDone = $cb;
    }

    public function page(): void
    {
    }

    public function done(): void
    {
    }
}

function import_all(array $files): void
{
    foreach ($files as $f) {
        $i = new Importer();
    }
}
`,
	})
	both := []*analyzer.Analyzer{rules.CircularReference, rules.ClosureThisCycle}
	for _, as := range [][]*analyzer.Analyzer{both[:1], both[1:], both} {
		res := run(t, dir, analyzer.Config{Analyzers: as, MinConfidence: analyzer.Low})
		var got []string
		for _, f := range res.Findings {
			got = append(got, fmt.Sprintf("%s:%d related %d", f.File, f.Line, len(f.Related)))
		}
		want := []string{"Importer.php:9 related 0", "Importer.php:10 related 0"}
		if !slices.Equal(got, want) {
			var names []string
			for _, a := range as {
				names = append(names, a.ID)
			}
			t.Errorf("rules %v: findings %q, want %q", names, got, want)
		}
	}
}

// TestAttributesLowered: attributes on classes, methods and functions
// reach the IR with resolved names and named arguments, and top-level
// declarations and method visibility are recorded (the worker model reads
// all three).
func TestAttributesLowered(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.php": `<?php
namespace App\Listener;

use Symfony\Component\EventDispatcher\Attribute\AsEventListener as Listen;
use Symfony\Component\Routing\Attribute\Route;

#[Listen(event: 'kernel.request', method: 'onRequest'), \Final]
final class RequestListener
{
    #[Route('/x', name: 'x')]
    public function show() {}

    private function helper() {}
}

if (true) {
    function conditional() {}
}
function topLevel() {}
`})
	var got []string
	probe := &analyzer.Analyzer{ID: "probe", Kind: analyzer.Growth, Run: func(p *analyzer.Pass) {
		for _, f := range p.Files {
			for _, c := range f.Classes {
				for _, a := range c.Attrs {
					got = append(got, fmt.Sprintf("class %s top=%v #[%s] event=%v method=%v", c.Short, c.TopLevel, a.Name, lit(a.Arg("event", 0)), lit(a.Arg("method", 2))))
				}
				for _, m := range c.Methods {
					for _, a := range m.Attrs {
						got = append(got, fmt.Sprintf("method %s #[%s] path=%v name=%v", m.Name, a.Name, lit(a.Arg("path", 0)), lit(a.Arg("name", 1))))
					}
					got = append(got, fmt.Sprintf("method %s public=%v", m.Name, m.Public))
				}
			}
			for _, fn := range f.Funcs {
				if fn.Kind == ir.FuncFunction {
					got = append(got, fmt.Sprintf("function %s top=%v", fn.Name, fn.TopLevel))
				}
			}
		}
	}}
	run(t, dir, analyzer.Config{Analyzers: []*analyzer.Analyzer{probe}})
	want := []string{
		`class RequestListener top=true #[Symfony\Component\EventDispatcher\Attribute\AsEventListener] event=kernel.request method=onRequest`,
		`class RequestListener top=true #[Final] event=<nil> method=<nil>`,
		`method show #[Symfony\Component\Routing\Attribute\Route] path=/x name=x`,
		`method show public=true`,
		`method helper public=false`,
		`function App\Listener\conditional top=false`,
		`function App\Listener\topLevel top=true`,
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func lit(e ir.Expr) any {
	if l, ok := e.(*ir.Lit); ok {
		return l.Value
	}
	return nil
}

// TestProgressPhases checks that a run reports parsing, then the shared
// facts being built, then every rule as it starts and ends (in order,
// with one job), and counts the candidates it simulates.
func TestProgressPhases(t *testing.T) {
	dir := t.TempDir()
	for _, name := range []string{"a.php", "b.php"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte("<?php\n$x[] = 1;\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	claim := &analyzer.Analyzer{ID: "claims", Kind: analyzer.Growth, Prepare: func(*analyzer.Pass) {}, Run: func(p *analyzer.Pass) {
		for _, f := range p.Files {
			p.Report(analyzer.Diagnostic{File: f, Pos: ir.Pos{Line: 2, Col: 1}, Message: "m", Claim: &analyzer.Claim{Kind: analyzer.Growth}})
		}
	}}
	quiet := &analyzer.Analyzer{ID: "quiet", Kind: analyzer.Cycle, Run: func(*analyzer.Pass) {}}
	var seen []analyzer.Progress
	cfg := analyzer.Config{Root: dir, Paths: []string{dir}, Analyzers: []*analyzer.Analyzer{claim, quiet}, Jobs: 1,
		Confirm:  func(*analyzer.Index, *analyzer.Claim) analyzer.Verdict { return analyzer.Verdict{Confirmed: true} },
		Progress: func(p analyzer.Progress) { seen = append(seen, p) }}
	if _, err := analyzer.Run(cfg); err != nil {
		t.Fatal(err)
	}
	want := []analyzer.Progress{
		{Phase: analyzer.PhaseParsing, Done: 1, Total: 2},
		{Phase: analyzer.PhaseParsing, Done: 2, Total: 2},
		{Phase: analyzer.PhaseIndexing, Done: 0, Total: 2},
		{Phase: analyzer.PhaseRules, Done: 0, Total: 2, Rule: "claims"},
		{Phase: analyzer.PhaseRules, Done: 0, Total: 2, Rule: "claims", Simulated: 1},
		{Phase: analyzer.PhaseRules, Done: 0, Total: 2, Rule: "claims", Simulated: 2},
		{Phase: analyzer.PhaseRules, Done: 1, Total: 2, Rule: "claims", Simulated: 2},
		{Phase: analyzer.PhaseRules, Done: 1, Total: 2, Rule: "quiet", Simulated: 2},
		{Phase: analyzer.PhaseRules, Done: 2, Total: 2, Rule: "quiet", Simulated: 2},
	}
	if !reflect.DeepEqual(seen, want) {
		t.Errorf("progress:\n%+v\nwant\n%+v", seen, want)
	}
}
