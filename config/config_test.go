package config_test

import (
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/config"
)

// setting matches a commented-out setting of the starter config.
var setting = regexp.MustCompile(`^# ((paths|exclude|include-tests|php-version|short-open-tag|entries|boot|lifetimes|rules|fail-on|min-confidence|baseline):|  )`)

var ruleIDs = []string{"static-growth", "loop-accumulation"}

func write(t *testing.T, dir, name, content string) string {
	t.Helper()
	p := filepath.Join(dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
	return p
}

func TestLoad(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, "phpleak.yaml", `paths: [src, app]
exclude:
  - "tests/**"
php-version: "7.4"
short-open-tag: true
rules:
  loop-accumulation:
    enabled: false
  static-growth:
    severity: error
baseline: ""
entries: ['App\Kernel::handle']
boot: ['App\Kernel::registerPlugins', 'App\Setup']
lifetimes:
  App\Registry: process
  App\RequestContext: request
fail-on: error
min-confidence: low
include-tests: true
`)
	c, err := config.Load(p, ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Paths, []string{"src", "app"}) || !slices.Equal(c.Exclude, []string{"tests/**"}) ||
		c.PHPVersion != "7.4" || !c.ShortOpenTag || c.FailOn != "error" || c.MinConfidence != "low" ||
		c.Baseline == nil || *c.Baseline != "" || !slices.Equal(c.Entries, []string{`App\Kernel::handle`}) ||
		!slices.Equal(c.Boot, []string{`App\Kernel::registerPlugins`, `App\Setup`}) ||
		c.Lifetimes[`App\Registry`] != "process" || c.Lifetimes[`App\RequestContext`] != "request" ||
		c.IncludeTests == nil || !*c.IncludeTests {
		t.Errorf("loaded %+v", c)
	}
	if r := c.Rules["loop-accumulation"]; r.Enabled == nil || *r.Enabled {
		t.Errorf("loop-accumulation enabled = %v, want false", r.Enabled)
	}
	if c.Rules["static-growth"].Severity != "error" {
		t.Errorf("static-growth severity %q", c.Rules["static-growth"].Severity)
	}
	if c.Resolve("src") != filepath.Join(dir, "src") {
		t.Errorf("Resolve(src) = %s", c.Resolve("src"))
	}
}

func TestLoadErrorsNameFileAndLine(t *testing.T) {
	for _, tc := range []struct{ yaml, want string }{
		{"paths: [src]\nexlude: [x]\n", `phpleak.yaml:2: unknown key "exlude"`},
		{"fail-on: sometimes\n", `phpleak.yaml:1: fail-on: invalid severity "sometimes"`},
		{"\nmin-confidence: sure\n", `phpleak.yaml:2: min-confidence: invalid confidence "sure"`},
		{"php-version: '9.9'\n", `phpleak.yaml:1: php-version: unsupported PHP version "9.9"`},
		{"short-open-tag: maybe\n", `phpleak.yaml:1: short-open-tag: "maybe": want true or false`},
		{"include-tests: sometimes\n", `phpleak.yaml:1: include-tests: want true or false`},
		{"rules:\n  static-growht:\n    enabled: false\n", `phpleak.yaml:2: unknown rule "static-growht"`},
		{"rules:\n  static-growth:\n    enabled: maybe\n", `phpleak.yaml:3: rules: static-growth: enabled: want true or false`},
		{"rules:\n  static-growth:\n    severity: fatal\n", `phpleak.yaml:3: rules: static-growth: severity: invalid severity "fatal"`},
		{"rules:\n  static-growth:\n    disabled: true\n", `phpleak.yaml:3: rules: static-growth: unknown key "disabled"`},
		{"paths: {a: b}\n", `phpleak.yaml:1: want a list of strings`},
		{"entries: [handle]\n", `phpleak.yaml:1: entries: "handle": want CLASS::METHOD`},
		{"paths: [a]\npaths: [b]\n", `phpleak.yaml:2: key "paths" given twice`},
		{"exclude: ['[']\n", `phpleak.yaml:1: invalid --exclude pattern`},
		{"- a\n", `phpleak.yaml:1: want a mapping`},
		{"lifetimes:\n  App\\Foo: forever\n", `phpleak.yaml:2: lifetimes: App\Foo: "forever": want process or request`},
		{"paths: [\n", `phpleak.yaml:`},
	} {
		dir := t.TempDir()
		p := write(t, dir, "phpleak.yaml", tc.yaml)
		_, err := config.Load(p, ruleIDs)
		if err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%q: err %v, want it to contain %q", tc.yaml, err, tc.want)
		}
	}
}

func TestFindLooksInParents(t *testing.T) {
	dir := t.TempDir()
	p := write(t, dir, ".phpleak.yaml", "paths: [src]\n")
	sub := filepath.Join(dir, "src", "deep")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	if got, err := config.Find(sub); err != nil || got != p {
		t.Errorf("Find = %q, %v; want %q", got, err, p)
	}
	write(t, dir, "phpleak.yaml", "paths: [app]\n")
	if got, _ := config.Find(sub); got != filepath.Join(dir, "phpleak.yaml") {
		t.Errorf("phpleak.yaml should win over .phpleak.yaml, got %q", got)
	}
}

func TestLowestPHP(t *testing.T) {
	for in, want := range map[string]string{
		"^8.1":              "8.1",
		">=7.4 <8.3":        "7.4",
		">=7.4,<8.3":        "7.4",
		"^7.4 || ^8.0":      "7.4",
		"^8.0|^7.3":         "7.3",
		"~8.2.0":            "8.2",
		"8.1.*":             "8.1",
		"8.*":               "8.0",
		">=8":               "8.0",
		"7.4 - 8.2":         "7.4",
		"<8.3":              "",
		"*":                 "",
		"":                  "",
		">=7.2 >=7.4":       "7.4",
		"v8.1.2":            "8.1",
		"^8.1@dev":          "8.1",
		"garbage":           "",
		">= 7.4":            "7.4",
		"^5.6 || ^7.0 <7.4": "5.6",
	} {
		if got := config.LowestPHP(in); got != want {
			t.Errorf("LowestPHP(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestReadComposer(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "src/A.php", "<?php\n")
	write(t, dir, "lib/B.php", "<?php\n")
	write(t, dir, "helpers.php", "<?php\n")
	write(t, dir, "tests/T.php", "<?php\n")
	write(t, dir, "src/Testing/Fake.php", "<?php\n")
	write(t, dir, "composer.json", `{
  "require": {"php": ">=7.4 <8.3"},
  "autoload": {
    "psr-4": {"App\\": "src/", "Lib\\": ["lib", "missing/"]},
    "files": ["helpers.php"],
    "exclude-from-classmap": ["/src/Fixtures/", "**/Tests/"]
  },
  "autoload-dev": {
    "psr-4": {"Tests\\": "tests/", "App\\Testing\\": "src/Testing", "Dev\\": "dev/"},
    "classmap": ["lib"]
  }
}`)
	c, err := config.ReadComposer(dir)
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"helpers.php", "lib", "src"}; !slices.Equal(c.Paths, want) {
		t.Errorf("paths %v, want %v (existing autoload paths, not autoload-dev)", c.Paths, want)
	}
	if c.PHPVersion != "7.4" || c.PHPConstraint != ">=7.4 <8.3" {
		t.Errorf("PHP version %q (%q), want 7.4 (>=7.4 <8.3)", c.PHPVersion, c.PHPConstraint)
	}
	// autoload-dev paths that exist, inside production code or not; not
	// lib, which production code is autoloaded from too
	if want := []string{"src/Testing", "tests"}; !slices.Equal(c.DevPaths, want) {
		t.Errorf("dev paths %v, want %v", c.DevPaths, want)
	}
	if want := []string{"src/Fixtures", "**/Tests"}; !slices.Equal(c.ExcludeFromClassmap, want) {
		t.Errorf("exclude-from-classmap %v, want %v", c.ExcludeFromClassmap, want)
	}
	var got []string
	for _, e := range config.TestExcludes(c) {
		got = append(got, e.Pattern+" "+e.Why)
	}
	if want := []string{"src/Testing autoload-dev", "tests autoload-dev", "src/Fixtures exclude-from-classmap", "**/Tests exclude-from-classmap"}; !slices.Equal(got, want) {
		t.Errorf("test excludes %q, want %q", got, want)
	}
	if got := config.TestExcludes(nil); len(got) != 2 || got[0].Pattern != "**/tests" || got[1].Pattern != "**/Tests" {
		t.Errorf("test excludes without composer.json: %+v", got)
	}
	if c, err := config.ReadComposer(t.TempDir()); c != nil || err != nil {
		t.Errorf("no composer.json: %v, %v", c, err)
	}
	write(t, dir, "composer.json", "{")
	if _, err := config.ReadComposer(dir); err == nil || !strings.Contains(err.Error(), "composer.json") {
		t.Errorf("broken composer.json: err %v", err)
	}
}

func TestInit(t *testing.T) {
	dir := t.TempDir()
	p, err := config.Init(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := config.Load(p, ruleIDs); err != nil {
		t.Errorf("the starter config does not load: %v", err)
	}
	if _, err := config.Init(dir, false); err == nil || !strings.Contains(err.Error(), "--force") {
		t.Errorf("second init: err %v, want a refusal naming --force", err)
	}
	if _, err := config.Init(dir, true); err != nil {
		t.Errorf("init --force: %v", err)
	}
	// The starter with its examples uncommented is valid too.
	var b strings.Builder
	for _, l := range strings.Split(config.Starter(nil), "\n") {
		if setting.MatchString(l) {
			l = strings.TrimPrefix(l, "# ")
		}
		b.WriteString(l + "\n")
	}
	q := write(t, t.TempDir(), "phpleak.yaml", b.String())
	c, err := config.Load(q, ruleIDs)
	if err != nil {
		t.Fatalf("uncommented starter: %v\n%s", err, b.String())
	}
	if len(c.Paths) == 0 || len(c.Rules) == 0 || c.FailOn == "" {
		t.Errorf("uncommented starter sets too little: %+v", c)
	}
}

// init writes what composer.json says as active settings.
func TestInitFromComposer(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "src/A.php", "<?php\n")
	write(t, dir, "tests/ATest.php", "<?php\n")
	write(t, dir, "composer.json", `{"require": {"php": "^8.1"}, "autoload": {"psr-4": {"App\\": "src/"}}, "autoload-dev": {"psr-4": {"Tests\\": "tests/"}}}`)
	p, err := config.Init(dir, false)
	if err != nil {
		t.Fatal(err)
	}
	c, err := config.Load(p, ruleIDs)
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(c.Paths, []string{"src"}) || c.PHPVersion != "8.1" || c.IncludeTests == nil || *c.IncludeTests {
		t.Errorf("init from composer.json: paths %v, php-version %q, include-tests %v; want [src], 8.1, false", c.Paths, c.PHPVersion, c.IncludeTests)
	}
	text, _ := os.ReadFile(p)
	for _, want := range []string{"#   tests (autoload-dev)", "php ^8.1"} {
		if !strings.Contains(string(text), want) {
			t.Errorf("the config does not say %q:\n%s", want, text)
		}
	}
}

// Each package of a monorepo names its own test code, relative to it.
func TestNestedTestExcludes(t *testing.T) {
	dir := t.TempDir()
	write(t, dir, "composer.json", `{"autoload": {"psr-4": {"A\\": "pkg/a/"}, "exclude-from-classmap": ["/Tests/"]}}`)
	write(t, dir, "pkg/a/composer.json", `{"autoload": {"psr-4": {"A\\": ""}, "exclude-from-classmap": ["/Tests/"]}, "autoload-dev": {"psr-4": {"A\\Dev\\": "dev/"}}}`)
	write(t, dir, "pkg/a/dev/D.php", "<?php\n")
	write(t, dir, "pkg/b/composer.json", "{") // broken: skipped
	write(t, dir, "vendor/x/y/composer.json", `{"autoload": {"exclude-from-classmap": ["/Tests/"]}}`)
	write(t, dir, ".cache/composer.json", `{"autoload": {"exclude-from-classmap": ["/Tests/"]}}`)
	got, err := config.NestedTestExcludes(dir, []string{dir})
	if err != nil {
		t.Fatal(err)
	}
	var list []string
	for _, e := range got {
		list = append(list, e.Pattern+" "+e.Why)
	}
	if want := []string{"pkg/a/dev autoload-dev", "pkg/a/Tests exclude-from-classmap"}; !slices.Equal(list, want) {
		t.Errorf("nested test excludes %q, want %q", list, want)
	}
	// a package outside the root, by its absolute path
	// vendor/ named on the command line is analysed, its packages' tests
	// are not
	if got, _ := config.NestedTestExcludes(dir, []string{filepath.Join(dir, "vendor")}); len(got) != 1 || got[0].Pattern != "vendor/x/y/Tests" {
		t.Errorf("vendor/ named: %+v, want vendor/x/y/Tests", got)
	}
	other := t.TempDir()
	write(t, other, "lib/composer.json", `{"autoload-dev": {"psr-4": {"T\\": "t/"}}}`)
	write(t, other, "lib/t/T.php", "<?php\n")
	got, _ = config.NestedTestExcludes(dir, []string{other})
	if want := filepath.ToSlash(filepath.Join(other, "lib")) + "/t"; len(got) != 1 || got[0].Pattern != want {
		t.Errorf("outside the root: %+v, want %s", got, want)
	}
}
