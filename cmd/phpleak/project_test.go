package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

func writeFile(t *testing.T, name, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestSuppressedFindingNeverReported(t *testing.T) {
	project(t)
	writeFile(t, "src/Leak.php", strings.Replace(leakPHP, "        self::$queries[] = $sql;",
		"        // @phpleak-ignore static-growth the log is flushed by the kernel\n        self::$queries[] = $sql;", 1))
	code, out, _ := phpleak("check", "--format", "json", "src")
	if code != 0 || strings.Contains(out, `"static-growth"`) {
		t.Errorf("exit %d, report %s; want the finding hidden", code, out)
	}
	writeFile(t, "src/Clean.php", cleanPHP+"// @phpleak-ignore static-growth nothing here\n")
	code, out, _ = phpleak("check", "--report-unused-ignores", "--format", "json", "src")
	if code != 1 || !strings.Contains(out, `"unused-ignore"`) {
		t.Errorf("--report-unused-ignores: exit %d, report %s", code, out)
	}
}

func TestBaselineCommand(t *testing.T) {
	project(t)
	code, _, stderr := phpleak("baseline", "src", "tests")
	if code != 0 || !strings.Contains(stderr, "wrote 2 findings") {
		t.Fatalf("baseline: exit %d, %s", code, stderr)
	}
	if _, err := os.Stat("phpleak-baseline.json"); err != nil {
		t.Fatal(err)
	}
	code, out, stderr := phpleak("check", "src", "tests")
	if code != 0 || !strings.Contains(stderr, "2 known findings hidden by the baseline phpleak-baseline.json") || !strings.Contains(out, "0 findings") {
		t.Errorf("check with the default baseline: exit %d\n%s%s", code, out, stderr)
	}
	for _, args := range [][]string{{"--no-baseline"}, {"--baseline", ""}} {
		if code, _, _ := phpleak(append(append([]string{"check"}, args...), "src")...); code != 1 {
			t.Errorf("check %v: exit %d, want 1 (no baseline)", args, code)
		}
	}
	// Fixed code leaves stale entries, listed with advice.
	writeFile(t, "tests/LeakTest.php", cleanPHP)
	code, _, stderr = phpleak("check", "src", "tests")
	if code != 0 || !strings.Contains(stderr, "1 entry of the baseline phpleak-baseline.json match no finding") ||
		!strings.Contains(stderr, "tests/LeakTest.php: static-growth ×1: self::$queries[] = $sql;") || !strings.Contains(stderr, "run 'phpleak baseline'") {
		t.Errorf("stale entries: exit %d, %s", code, stderr)
	}
	// A named baseline file, and a missing one.
	if code, _, stderr := phpleak("baseline", "--baseline", "b.json", "src"); code != 0 || !strings.Contains(stderr, "b.json") {
		t.Errorf("baseline --baseline b.json: exit %d, %s", code, stderr)
	}
	if code, _, stderr := phpleak("check", "--baseline", "missing.json", "src"); code != 2 || !strings.Contains(stderr, "missing.json does not exist") {
		t.Errorf("missing baseline: exit %d, %s", code, stderr)
	}
}

func TestConfigFile(t *testing.T) {
	dir := project(t)
	writeFile(t, "phpleak.yaml", "paths: [src]\nrules:\n  static-growth:\n    severity: note\nfail-on: warning\n")
	// From a subfolder: the config is found in the parent, its paths are
	// relative to it, and its severity applies.
	sub := filepath.Join(dir, "clean")
	t.Chdir(sub)
	code, out, stderr := phpleak("check", "--format", "json")
	if code != 0 || !strings.Contains(out, `"file": "src/Leak.php"`) || !strings.Contains(out, `"severity": "note"`) {
		t.Errorf("config from a parent: exit %d\n%s%s", code, out, stderr)
	}
	// A flag overrides the config.
	if code, _, _ := phpleak("check", "--fail-on", "note"); code != 1 {
		t.Errorf("--fail-on note over the config: exit %d, want 1", code)
	}
	t.Chdir(dir)
	writeFile(t, "phpleak.yaml", "paths: [src]\nfail-on: sometimes\n")
	if code, _, stderr := phpleak("check"); code != 2 || !strings.Contains(stderr, "phpleak.yaml:2: fail-on") {
		t.Errorf("bad config: exit %d, %s", code, stderr)
	}
	writeFile(t, "other.yaml", "rules:\n  static-growth:\n    enabled: false\n")
	if code, _, stderr := phpleak("check", "--config", "other.yaml", "src"); code != 0 {
		t.Errorf("--config other.yaml disabling the rule: exit %d, %s", code, stderr)
	}
}

func TestComposerDefaults(t *testing.T) {
	project(t)
	writeFile(t, "composer.json", `{"require": {"php": "^7.4 || ^8.0"}, "autoload": {"psr-4": {"App\\": "clean/"}}}`)
	if code, _, stderr := phpleak("check"); code != 0 {
		t.Errorf("composer autoload paths (clean/ only): exit %d, %s", code, stderr)
	}
	writeFile(t, "clean/Enum.php", "<?php\nenum Suit { case Hearts; }\n") // 8.1 syntax: noted as 7.4
	_, out, _ := phpleak("check", "--format", "json")
	if !strings.Contains(out, `"kind": "version"`) || !strings.Contains(out, "enums need PHP 8.1; the project's version is 7.4") {
		t.Errorf("PHP 7.4 from composer.json: an enum should be noted as too new:\n%s", out)
	}
	if _, out, _ := phpleak("check", "--format", "json", "--php-version", "8.1"); strings.Contains(out, `"kind": "version"`) {
		t.Errorf("--php-version overrides composer.json:\n%s", out)
	}
}

func TestInitCommand(t *testing.T) {
	project(t)
	if code, out, _ := phpleak("init"); code != 0 || !strings.Contains(out, "phpleak.yaml") {
		t.Fatalf("init: exit %d, %s", code, out)
	}
	if code, _, stderr := phpleak("init"); code != 2 || !strings.Contains(stderr, "--force") {
		t.Errorf("second init: exit %d, %s", code, stderr)
	}
	if code, _, _ := phpleak("check", "src"); code != 1 {
		t.Errorf("check with the starter config: exit %d, want 1", code)
	}
}

func TestDiffBase(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := project(t)
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(dir))
	if code, _, stderr := phpleak("check", "--diff-base", "HEAD", "src"); code != 2 || !strings.Contains(stderr, "not in a git working tree") {
		t.Errorf("outside git: exit %d, %s", code, stderr)
	}
	for _, args := range [][]string{{"init", "-q"}, {"add", "."}, {"-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false", "commit", "-q", "-m", "base"}} {
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v %s", args, err, out)
		}
	}
	if code, _, stderr := phpleak("check", "--new-from-rev", "nope", "src"); code != 2 || !strings.Contains(stderr, `unknown revision "nope"`) {
		t.Errorf("unknown rev: exit %d, %s", code, stderr)
	}
	code, out, stderr := phpleak("check", "--diff-base", "HEAD", "src", "tests")
	if code != 0 || !strings.Contains(stderr, "2 findings on lines not changed since HEAD not shown") {
		t.Errorf("nothing changed: exit %d\n%s%s", code, out, stderr)
	}
	writeFile(t, "tests/LeakTest.php", strings.Replace(leakTestPHP, "self::$queries[] = $sql;", "self::$queries[] = trim($sql);", 1))
	code, out, _ = phpleak("check", "--diff-base", "HEAD", "--format", "json", "src", "tests")
	if code != 1 || !strings.Contains(out, "tests/LeakTest.php") || strings.Contains(out, "src/Leak.php") {
		t.Errorf("one changed line: exit %d\n%s", code, out)
	}
}

// With a composer.json, its autoload-dev and exclude-from-classmap paths
// are test code: skipped by default, and said so in one line; a second
// line says what was analysed.
func TestComposerTestCodeExcluded(t *testing.T) {
	dir := project(t)
	for name, content := range map[string]string{
		"composer.json":         `{"require": {"php": "^8.1"}, "autoload": {"psr-4": {"App\\": "src/"}, "exclude-from-classmap": ["/src/Fixtures/"]}, "autoload-dev": {"psr-4": {"Tests\\": "tests/"}}}`,
		"src/Fixtures/Leak.php": strings.ReplaceAll(leakPHP, "QueryLog", "FixtureLog"),
	} {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	code, stdout, stderr := phpleak("check", ".")
	if code != 1 || !strings.Contains(stdout, "src/Leak.php") || strings.Contains(stdout, "tests/") || strings.Contains(stdout, "Fixtures") {
		t.Errorf("check .: exit %d, want 1 and findings in src/Leak.php alone:\n%s", code, stdout)
	}
	for _, want := range []string{
		"phpleak: excluded test code src/Fixtures, tests (composer.json's autoload-dev, exclude-from-classmap); --include-tests to analyse it.\n",
		"phpleak: analysed 3 files (",
		") in . as PHP 8.1 (composer.json requires php ^8.1).\n",
	} {
		if !strings.Contains(stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, stderr)
		}
	}
	// --include-tests, or include-tests: true in the config
	_, stdout, stderr = phpleak("check", "--include-tests", ".")
	if !strings.Contains(stdout, "tests/LeakTest.php") || !strings.Contains(stdout, "src/Fixtures/Leak.php") || strings.Contains(stderr, "excluded") {
		t.Errorf("--include-tests: test code not analysed:\n%s\n%s", stdout, stderr)
	}
	if err := os.WriteFile(filepath.Join(dir, "phpleak.yaml"), []byte("include-tests: true\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, stdout, _ = phpleak("check", "."); !strings.Contains(stdout, "tests/LeakTest.php") {
		t.Errorf("include-tests: true: test code not analysed:\n%s", stdout)
	}
	if _, stdout, _ = phpleak("check", "--include-tests=false", "."); strings.Contains(stdout, "tests/LeakTest.php") {
		t.Errorf("--include-tests=false does not win over the config:\n%s", stdout)
	}
}

// Text from the repository cannot forge or silence workflow commands:
// under GitHub Actions no line phpleak prints starts one, in any format,
// except the annotations --format github means to write.
func TestNoWorkflowCommandInjection(t *testing.T) {
	dir := project(t)
	evil := "src/evil\n::error title=forged::pwned"
	if err := os.MkdirAll(filepath.Join(dir, evil), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, evil, "Leak.php"), []byte(strings.ReplaceAll(leakPHP, "QueryLog", "EvilLog")), 0o644); err != nil {
		t.Fatal(err)
	}
	baseline := `{"version": 1, "entries": [{"file": "gone.php", "rule": "static-growth", "hash": "x", "count": 1,
		"code": "$a = 1;\n::add-mask::secret\n::stop-commands::tok\r::warning::forged"}]}`
	if err := os.WriteFile(filepath.Join(dir, "phpleak-baseline.json"), []byte(baseline), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "phpleak.yaml"), []byte("paths: [src, \"gone\\n::error::x\"]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Setenv("GITHUB_ACTIONS", "true")
	annotation := regexp.MustCompile(`^::(warning|error|notice) (file=[^,]*,line=\d+|title=phpleak::)`)
	for _, format := range []string{"text", "json", "sarif", "markdown", "checkstyle", "github"} {
		// the config names a missing path: an error that quotes it
		code, stdout, stderr := phpleak("check", "--format", format)
		if code != exitUsage || !strings.Contains(stderr, `gone\n::error::x: no such file`) {
			t.Errorf("%s: exit %d, stderr %q: want the missing path quoted on one line", format, code, stderr)
		}
		code, stdout, stderr = phpleak("check", "--format", format, "src")
		if code != exitFindings {
			t.Errorf("%s: exit %d, want %d; stderr:\n%s", format, code, exitFindings, stderr)
		}
		if !strings.Contains(stderr, `::add-mask::secret\n::stop-commands::tok\r::warning::forged`) {
			t.Errorf("%s: the stale baseline entry is not shown escaped on one line:\n%s", format, stderr)
		}
		for name, out := range map[string]string{"stdout": stdout, "stderr": stderr} {
			for _, l := range strings.Split(out, "\n") {
				start := strings.TrimLeft(l, " \t\r")
				if (strings.HasPrefix(start, "::") || strings.HasPrefix(start, "##[")) && !(format == "github" && name == "stdout" && annotation.MatchString(l)) {
					t.Errorf("%s %s: a line starts a workflow command: %q", format, name, l)
				}
			}
		}
	}
}

// A broken composer.json stops the run only where it would decide the
// paths or the PHP version.
func TestBrokenComposerJSON(t *testing.T) {
	dir := project(t)
	if err := os.WriteFile(filepath.Join(dir, "composer.json"), []byte("{"), 0o644); err != nil {
		t.Fatal(err)
	}
	if code, _, stderr := phpleak("check"); code != exitUsage || !strings.Contains(stderr, "composer.json") {
		t.Errorf("no paths: exit %d, stderr %q; want 2 and the composer.json error", code, stderr)
	}
	code, stdout, stderr := phpleak("check", "--php-version", "8.1", "src")
	if code != exitFindings || !strings.Contains(stdout, "src/Leak.php") || !strings.Contains(stderr, "phpleak: warning: ") {
		t.Errorf("paths and version given: exit %d, stderr %q; want the findings and a warning", code, stderr)
	}
}
