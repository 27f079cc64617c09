package rules_test

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/analyzer/analyzertest"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

const fixtures = "../testdata/fixtures"

// TestFixtures runs every rule over every fixture folder: a fixture must
// get exactly the findings its // want comments list, from any rule.
func TestFixtures(t *testing.T) {
	for _, r := range rules.All() {
		t.Run(r.ID, func(t *testing.T) {
			analyzertest.Run(t, filepath.Join(fixtures, r.ID), rules.All(), sim.Confirm)
		})
	}
}

// TestFixtureCoverage keeps the fixture set honest: every rule has leaking
// and clean fixtures, and every kind has at least 15 of each.
func TestFixtureCoverage(t *testing.T) {
	leaks := map[analyzer.Kind]int{}
	cleans := map[analyzer.Kind]int{}
	for _, r := range rules.All() {
		entries, err := os.ReadDir(filepath.Join(fixtures, r.ID))
		if err != nil {
			t.Fatalf("rule %s has no fixtures: %v", r.ID, err)
		}
		var l, c int
		for _, e := range entries {
			switch {
			case strings.HasPrefix(e.Name(), "leak_"):
				l++
			case strings.HasPrefix(e.Name(), "clean_"):
				c++
			}
		}
		if l == 0 || c == 0 {
			t.Errorf("rule %s: %d leaking and %d clean fixtures; want both", r.ID, l, c)
		}
		leaks[r.Kind] += l
		cleans[r.Kind] += c
	}
	for _, k := range []analyzer.Kind{analyzer.Cycle, analyzer.Growth} {
		if leaks[k] < 15 || cleans[k] < 15 {
			t.Errorf("kind %s: %d leaking and %d clean fixtures; want at least 15 of each", k, leaks[k], cleans[k])
		}
	}
}

// TestRuleDocs checks that every rule documents itself fully, since the
// docs feed `phpleak explain` and the rule table.
func TestRuleDocs(t *testing.T) {
	seen := map[string]bool{}
	for _, r := range rules.All() {
		if seen[r.ID] {
			t.Errorf("duplicate rule ID %s", r.ID)
		}
		seen[r.ID] = true
		if r.ID != strings.ToLower(r.ID) || strings.ContainsAny(r.ID, " _") {
			t.Errorf("rule ID %q is not kebab-case", r.ID)
		}
		d := r.Doc
		if d.Title == "" || d.Text == "" || d.Leaking == "" || d.Fixed == "" {
			t.Errorf("rule %s: incomplete doc", r.ID)
		}
		if strings.HasSuffix(d.Title, ".") {
			t.Errorf("rule %s: title ends with a period", r.ID)
		}
		if r.Kind != analyzer.Cycle && r.Kind != analyzer.Growth {
			t.Errorf("rule %s: kind %q", r.ID, r.Kind)
		}
		if r.Severity.Rank() == 0 {
			t.Errorf("rule %s: severity %q", r.ID, r.Severity)
		}
	}
}

// TestReadmeListsRules keeps the README's rule table in step with the
// rules.
func TestReadmeListsRules(t *testing.T) {
	readme, err := os.ReadFile("../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rules.All() {
		row := "| `" + r.ID + "` | " + string(r.Kind) + " |"
		if !strings.Contains(string(readme), row) {
			t.Errorf("README.md has no rule table row starting %q", row)
		}
	}
}

// TestEntryFlag checks that a user-named entry point makes its class a
// long-lived service whose per-request growth is reported.
func TestEntryFlag(t *testing.T) {
	dir := t.TempDir()
	src := `<?php
final class Reporter
{
    private array $sent = [];

    public function run(string $recipient): void
    {
        $this->sent[] = $recipient;
    }
}
`
	path := filepath.Join(dir, "Reporter.php")
	if err := os.WriteFile(path, []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	count := func(entries []string) int {
		res, err := analyzer.Run(analyzer.Config{Root: dir, Paths: []string{dir}, Analyzers: rules.All(),
			Jobs: 1, MinConfidence: analyzer.Medium, Confirm: sim.Confirm, Entries: entries})
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for _, f := range res.Findings {
			if f.Rule == "service-state-growth" && f.Line == 8 {
				n++
			}
		}
		return n
	}
	if n := count(nil); n != 0 {
		t.Fatalf("without --entry: %d findings, want none (Reporter is not known to serve requests)", n)
	}
	if n := count([]string{"Reporter::run"}); n != 1 {
		t.Fatalf("with --entry Reporter::run: %d findings, want 1", n)
	}
}

func TestOpenDomainNames(t *testing.T) {
	for name, want := range map[string]bool{
		"ip": true, "clientIp": true, "client_ip": true, "url": true, "requestUri": true, "values": true,
		"recipient": false, "zip": false, "skip": false, "className": false, "locale": false,
	} {
		if got := rules.OpenDomainForTest(name); got != want {
			t.Errorf("openDomain(%q) = %v, want %v", name, got, want)
		}
	}
}

// TestDocExamplesAreTrue holds `phpleak explain` to what phpleak does: a
// rule's leaking example, analysed alone with the default settings, is
// reported by that rule, and its fixed example is not.
func TestDocExamplesAreTrue(t *testing.T) {
	for _, r := range rules.All() {
		for _, ex := range []struct {
			name, code string
			want       bool
		}{{"leaking", r.Doc.Leaking, true}, {"fixed", r.Doc.Fixed, false}} {
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "example.php"), []byte("<?php\n"+ex.code+"\n"), 0o644); err != nil {
				t.Fatal(err)
			}
			res, err := analyzer.Run(analyzer.Config{Root: dir, Paths: []string{dir}, Analyzers: rules.All(), Jobs: 1, MinConfidence: analyzer.Medium, Confirm: sim.Confirm})
			if err != nil {
				t.Fatal(err)
			}
			for _, e := range res.Errors {
				t.Errorf("%s %s example: %s error: %s", r.ID, ex.name, e.Kind, e.Message)
			}
			got := false
			for _, f := range res.Findings {
				got = got || f.Rule == r.ID
			}
			if got != ex.want {
				t.Errorf("%s: its %s example is reported: %v, want %v (phpleak explain %s shows it)", r.ID, ex.name, got, ex.want, r.ID)
			}
		}
	}
}

// TestJobsDoNotChangeFindings runs every rule over the whole runtime
// corpus as one project, with one worker and with several: files parsed
// in parallel finish in any order, rules of different kinds run at once
// and share the simulation's runs, and nothing the run reports may
// depend on it.
func TestJobsDoNotChangeFindings(t *testing.T) {
	if testing.Short() {
		t.Skip("analyzes the whole runtime corpus")
	}
	dir, err := filepath.Abs("../testdata/runtime")
	if err != nil {
		t.Fatal(err)
	}
	run := func(jobs int) *analyzer.Result {
		res, err := analyzer.Run(analyzer.Config{Root: dir, Paths: []string{dir}, Analyzers: rules.All(),
			Jobs: jobs, MinConfidence: analyzer.Low, Confirm: sim.New().Confirm})
		if err != nil {
			t.Fatal(err)
		}
		return res
	}
	one := run(1)
	if len(one.Findings) < 100 {
		t.Fatalf("%d findings on the runtime corpus: the run did not analyze it", len(one.Findings))
	}
	// (compared as the JSON output shows them: the internal keys hold
	// addresses, which differ between any two runs)
	want, err := json.MarshalIndent(one, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	for _, jobs := range []int{4} {
		got, err := json.MarshalIndent(run(jobs), "", " ")
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(want, got) {
			wl, gl := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
			for i := range min(len(wl), len(gl)) {
				if wl[i] != gl[i] {
					t.Fatalf("--jobs %d: the result differs from --jobs 1 at line %d of its JSON:\n1 job:  %s\n%d jobs: %s", jobs, i+1, wl[i], jobs, gl[i])
				}
			}
			t.Fatalf("--jobs %d: %d lines of JSON, --jobs 1: %d", jobs, len(gl), len(wl))
		}
	}
}

// TestCycleTraceShowsCalleeStores checks that a cycle whose links are
// made by calling the holders' own methods ($l->bind($c),
// $c->subscribe($l)) traces each link to the store inside the method,
// not only to the call: that store is the line to change.
func TestCycleTraceShowsCalleeStores(t *testing.T) {
	src := `<?php
final class Context
{
    private array $listeners = [];

    public function subscribe(Listener $l): void
    {
        $this->listeners[] = $l;
    }
}

final class Listener
{
    private ?Context $context = null;

    public function bind(Context $c): void
    {
        $this->context = $c;
    }
}

function handle(): void
{
    $c = new Context();
    $l = new Listener();
    $l->bind($c);
    $c->subscribe($l);
}
`
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "cycle.php"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	res, err := analyzer.Run(analyzer.Config{Root: dir, Paths: []string{dir}, Analyzers: []*analyzer.Analyzer{rules.CircularReference}, Jobs: 1, MinConfidence: analyzer.Low})
	if err != nil {
		t.Fatal(err)
	}
	if len(res.Findings) != 1 {
		t.Fatalf("%d findings, want the one cycle: %+v", len(res.Findings), res.Findings)
	}
	var got []string
	for _, s := range res.Findings[0].Trace {
		got = append(got, fmt.Sprintf("%d: %s", s.Line, s.Message))
	}
	for _, want := range []string{"18: Listener::bind() keeps it in $context", "8: Context::subscribe() keeps it in $listeners"} {
		if !slices.Contains(got, want) {
			t.Errorf("the trace lacks %q:\n%s", want, strings.Join(got, "\n"))
		}
	}
}
