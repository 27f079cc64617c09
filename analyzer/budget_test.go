package analyzer_test

import (
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

// A file over the file budget is not analyzed: it is an error of kind
// budget, and the run goes on with the other files.
func TestFileBudget(t *testing.T) {
	dir := t.TempDir()
	var big strings.Builder
	big.WriteString("<?php\n")
	for i := 0; i < 30; i++ {
		big.WriteString("function f" + itoa(i) + "($a) { return [$a, $a]; }\n")
	}
	writeTree(t, dir, map[string]string{"small.php": "<?php\nfunction one() {}\n", "big.php": big.String()})
	res := run(t, dir, analyzer.Config{FileBudget: 200})
	if got := ruleLines(res); len(got) != 1 || got[0] != "declarations:2" {
		t.Errorf("findings %v, want small.php's function alone", got)
	}
	if len(res.Errors) != 1 || res.Errors[0].File != "big.php" || res.Errors[0].Kind != analyzer.ErrBudget ||
		!strings.Contains(res.Errors[0].Message, "over the per-file budget of 200") {
		t.Errorf("errors %+v, want big.php over budget", res.Errors)
	}
	if res.Stats.Files != 1 || res.Stats.FilesWithErrors != 1 {
		t.Errorf("stats %+v, want 1 file analyzed, 1 with errors", res.Stats)
	}
	// the default budget takes both
	if res := run(t, dir, analyzer.Config{}); len(res.Errors) != 0 || res.Stats.Files != 2 {
		t.Errorf("default budget: errors %+v, files %d", res.Errors, res.Stats.Files)
	}
}

// leakyWorker has several candidates in one file for the simulation.
const leakyWorker = `<?php
final class Order { public array $lines = []; }
final class Line { public function __construct(public Order $order) {} }
final class A { public function __construct(public ?B $b = null) {} }
final class B { public function __construct(public ?A $a = null) {} }
$cache = [];
while ($msg = next_message()) {
    $o = new Order();
    $o->lines[] = new Line($o);
    $a = new A();
    $a->b = new B($a);
    $cache[] = $msg;
}
`

func simulated(t *testing.T, cfg analyzer.Config) *analyzer.Result {
	t.Helper()
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{"worker.php": leakyWorker})
	cfg.Analyzers = rules.All()
	cfg.Confirm = sim.Confirm
	cfg.MinConfidence = analyzer.Low
	return run(t, dir, cfg)
}

// The candidates of one file share a simulation budget; the ones beyond
// it are not simulated, and an error says how many.
func TestSimBudget(t *testing.T) {
	full := simulated(t, analyzer.Config{})
	if len(full.Errors) != 0 || len(full.Findings) < 2 {
		t.Fatalf("default budget: errors %+v, %d findings; want no error and several findings", full.Errors, len(full.Findings))
	}
	res := simulated(t, analyzer.Config{SimBudget: 1})
	if len(res.Errors) != 1 || res.Errors[0].File != "worker.php" || res.Errors[0].Kind != analyzer.ErrBudget ||
		!strings.Contains(res.Errors[0].Message, "more candidates were not simulated") {
		t.Fatalf("errors %+v, want worker.php's simulation budget used up", res.Errors)
	}
	// the candidates left out lose the simulation's confidence
	high := func(r *analyzer.Result) (n int) {
		for _, f := range r.Findings {
			if f.Confidence == analyzer.High {
				n++
			}
		}
		return n
	}
	if high(res) >= high(full) {
		t.Errorf("%d high-confidence findings with the budget spent, %d without: want fewer", high(res), high(full))
	}
}

// Reaching --max-memory stops the simulation for the rest of the run,
// with one error that belongs to no file.
func TestMaxMemory(t *testing.T) {
	res := simulated(t, analyzer.Config{MaxMemory: 1})
	if len(res.Errors) != 1 || res.Errors[0].File != "" || res.Errors[0].Kind != analyzer.ErrBudget ||
		!strings.Contains(res.Errors[0].Message, "--max-memory") {
		t.Fatalf("errors %+v, want the memory ceiling", res.Errors)
	}
	if len(res.Findings) == 0 {
		t.Error("no findings: the run must go on without the simulation")
	}
}
