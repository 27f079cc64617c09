package analyzer_test

import (
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
)

const suppressPHP = `<?php
// @phpleak-ignore declarations legacy code, bounded by the route count
function a() {}
function b() {} # @phpleak-ignore declarations same line, filled once at boot
/* @phpleak-ignore declarations block comment, reset per request */
function c() {}
// @phpleak-ignore declarations
function d() {}
// @phpleak-ignore nosuchrule a typo in the rule
function e() {}
/**
 * A class.
 *
 * @phpleak-ignore declarations kept for the whole process by design
 */
#[Attr]
class K
{
    public function m1() {}
    public function m2() {}
}
class L
{
    /** @phpleak-ignore declarations one entry per route */
    public function n1() {}

    public function n2() {}
}
// @phpleak-ignore declarations nothing is reported here
$x = 1;
$s = "@phpleak-ignore declarations in a string, not a comment";
function f() {}
// @phpleak-ignore-line declarations not a directive phpleak has
function g() {}
function h() {} /* @phpleak-disable declarations */
// mail @phpleak- about it; @phpleak-ignored is a typo
function i() {}
`

// lineOf is the 1-based line of the first line of src containing s.
func lineOf(t *testing.T, src, s string) int {
	t.Helper()
	for i, l := range strings.Split(src, "\n") {
		if strings.Contains(l, s) {
			return i + 1
		}
	}
	t.Fatalf("no line contains %q", s)
	return 0
}

func ruleLines(res *analyzer.Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Rule+":"+itoa(f.Line))
	}
	return out
}

func itoa(n int) string { return strconv.Itoa(n) }

func TestSuppressions(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.php": suppressPHP})
	res := run(t, dir, analyzer.Config{RuleIDs: []string{"declarations", "static-growth"}, ReportUnusedIgnores: true})
	l := func(s string) string { return itoa(lineOf(t, suppressPHP, s)) }
	got := ruleLines(res)
	want := []string{
		"invalid-ignore:" + itoa(7),
		"declarations:" + l("function d()"),
		"invalid-ignore:" + l("nosuchrule"),
		"declarations:" + l("function e()"),
		"declarations:" + l("function n2()"),
		"unused-ignore:" + l("nothing is reported here"),
		"declarations:" + l("function f()"),
		"invalid-ignore:" + l("@phpleak-ignore-line"),
		"declarations:" + l("function g()"),
		"declarations:" + l("function h()"),
		"invalid-ignore:" + l("function h()"),
		"invalid-ignore:" + l("@phpleak-ignored"),
		"declarations:" + l("function i()"),
	}
	if !slices.Equal(got, want) {
		t.Errorf("findings:\n got %v\nwant %v", got, want)
	}
	if res.Suppressed != 6 { // a, b, c, m1, m2, n1
		t.Errorf("Suppressed = %d, want 6", res.Suppressed)
	}
	for _, f := range res.Findings {
		if f.Rule == "invalid-ignore" && f.Line == 7 && !strings.Contains(f.Message, "no reason") {
			t.Errorf("invalid-ignore message %q does not say the reason is missing", f.Message)
		}
		if f.Rule == "invalid-ignore" && f.Line == lineOf(t, suppressPHP, "@phpleak-ignore-line") && !strings.Contains(f.Message, "unknown directive @phpleak-ignore-line") {
			t.Errorf("invalid-ignore message %q does not name the unknown directive", f.Message)
		}
		if f.Rule == "invalid-ignore" && strings.Contains(f.Message, "nosuchrule") && f.Severity != analyzer.SeverityWarning {
			t.Errorf("invalid-ignore severity %q, want warning", f.Severity)
		}
	}
}

func TestUnusedIgnoresOnlyWhenAskedAndForRulesThatRan(t *testing.T) {
	dir := t.TempDir()
	src := "<?php\n// @phpleak-ignore static-growth reset by the kernel\n$x = 1;\n// @phpleak-ignore declarations nothing here\n$y = 2;\n"
	writeTree(t, dir, map[string]string{"a.php": src})
	if got := ruleLines(run(t, dir, analyzer.Config{RuleIDs: []string{"declarations", "static-growth"}})); len(got) != 0 {
		t.Errorf("without ReportUnusedIgnores: %v, want none", got)
	}
	got := ruleLines(run(t, dir, analyzer.Config{RuleIDs: []string{"declarations", "static-growth"}, ReportUnusedIgnores: true}))
	if want := []string{"unused-ignore:4"}; !slices.Equal(got, want) {
		t.Errorf("with ReportUnusedIgnores: %v, want %v (static-growth did not run)", got, want)
	}
}

const baselinePHP = `<?php

function keep() {}

function gone() {}
function other() {}
`

func TestBaselineSurvivesMovingCode(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.php": baselinePHP})
	first := run(t, dir, analyzer.Config{})
	if len(first.Findings) != 3 {
		t.Fatalf("want 3 findings, got %v", declared(first))
	}
	path := filepath.Join(dir, "phpleak-baseline.json")
	if err := analyzer.NewBaseline(first.Findings).Write(path); err != nil {
		t.Fatal(err)
	}
	b, err := analyzer.ReadBaseline(path)
	if err != nil {
		t.Fatal(err)
	}

	// Unchanged code: everything hidden.
	res := run(t, dir, analyzer.Config{Baseline: b})
	if len(res.Findings) != 0 || res.Baseline.Hidden != 3 || len(res.Baseline.Stale) != 0 {
		t.Fatalf("unchanged: findings %v, hidden %d, stale %v", declared(res), res.Baseline.Hidden, res.Baseline.Stale)
	}

	// Code moved down by six lines, and a new function: only it shows.
	moved := "<?php\nfunction added() {}\n// header\n\n\n" + strings.TrimPrefix(baselinePHP, "<?php\n")
	writeTree(t, dir, map[string]string{"a.php": moved})
	res = run(t, dir, analyzer.Config{Baseline: b})
	if got := declared(res); !slices.Equal(got, []string{"a.php: declares added"}) {
		t.Errorf("moved: findings %v, want only the new function", got)
	}
	if res.Baseline.Hidden != 3 || len(res.Baseline.Stale) != 0 {
		t.Errorf("moved: hidden %d, stale %v; want 3 hidden, none stale", res.Baseline.Hidden, res.Baseline.Stale)
	}
	if fp := run(t, dir, analyzer.Config{}).Findings; fp[1].Fingerprint != first.Findings[0].Fingerprint {
		t.Errorf("fingerprint of keep() changed when moved: %s, was %s", fp[1].Fingerprint, first.Findings[0].Fingerprint)
	}

	// A fixed finding leaves a stale entry.
	writeTree(t, dir, map[string]string{"a.php": strings.Replace(baselinePHP, "function gone() {}\n", "", 1)})
	res = run(t, dir, analyzer.Config{Baseline: b})
	// other() lost its neighbour: its code changed, so it shows again,
	// and its old entry is stale too.
	var stale []string
	for _, e := range res.Baseline.Stale {
		stale = append(stale, e.Code)
	}
	if want := []string{"function gone() {}", "function other() {}"}; !slices.Equal(stale, want) {
		t.Errorf("stale entries %v, want %v", stale, want)
	}
	if got := declared(res); !slices.Equal(got, []string{"a.php: declares other"}) {
		t.Errorf("after removing gone(): %v, want other() (its context changed)", got)
	}
}

func TestBaselineCounts(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"a.php": "<?php\n\nfunction f() {}\n"})
	b := analyzer.NewBaseline(run(t, dir, analyzer.Config{}).Findings)
	// The same code twice: an entry of count 1 hides one of them.
	writeTree(t, dir, map[string]string{"a.php": "<?php\n\nfunction f() {}\n\nfunction f() {}\n"})
	res := run(t, dir, analyzer.Config{Baseline: b})
	if res.Baseline.Hidden != 1 || len(res.Findings) != 1 {
		t.Errorf("hidden %d, findings %v; want 1 hidden, 1 shown", res.Baseline.Hidden, declared(res))
	}
}
