package analyzer_test

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

// cost is what one analysis did: machine-independent work (nodes walked,
// simulation steps) and heap allocations.
type cost struct {
	work   analyzer.Work
	allocs uint64
	found  int
}

// measure analyzes dir as the command does (every rule, the simulation)
// and returns its cost.
func measure(t *testing.T, dir string) cost {
	t.Helper()
	cfg := analyzer.Config{Root: dir, Paths: []string{dir}, Analyzers: rules.All(),
		MinConfidence: analyzer.Medium, Confirm: sim.New().Confirm, Jobs: 1}
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	w0 := analyzer.WorkDone()
	res, err := analyzer.Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	w := analyzer.WorkDone().Sub(w0)
	runtime.ReadMemStats(&after)
	return cost{work: w, allocs: after.Mallocs - before.Mallocs, found: len(res.Findings)}
}

// copyTree copies the PHP files (and the manifests rules read) of src
// under dst.
func copyTree(t *testing.T, src, dst string) {
	t.Helper()
	err := filepath.WalkDir(src, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(src, path)
		data, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		out := filepath.Join(dst, rel)
		if err := os.MkdirAll(filepath.Dir(out), 0o755); err != nil {
			return err
		}
		return os.WriteFile(out, data, 0o644)
	})
	if err != nil {
		t.Fatal(err)
	}
}

// TestCostGrowsLinearlyWithCopies analyzes the runtime corpus (3,800
// files of leaking and clean programs, each with its own request loop)
// once, and four copies of it side by side: same class and function
// names four times over, as in a monorepo. Four copies may cost at most
// 4.5 times one, in work and in allocations.
func TestCostGrowsLinearlyWithCopies(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: analyzes the runtime corpus five times over")
	}
	src := filepath.Join("..", "testdata", "runtime")
	one, four := t.TempDir(), t.TempDir()
	copyTree(t, src, filepath.Join(one, "copy0"))
	for _, c := range []string{"copy0", "copy1", "copy2", "copy3"} {
		copyTree(t, src, filepath.Join(four, c))
	}
	c1, c4 := measure(t, one), measure(t, four)
	t.Logf("one copy:    %d nodes walked, %d simulation steps, %d allocations, %d findings", c1.work.Nodes, c1.work.SimSteps, c1.allocs, c1.found)
	t.Logf("four copies: %d nodes walked, %d simulation steps, %d allocations, %d findings", c4.work.Nodes, c4.work.SimSteps, c4.allocs, c4.found)
	if c1.work.Total() == 0 || c1.found == 0 {
		t.Fatal("the analysis did nothing: the corpus is missing or the counters are broken")
	}
	if r := float64(c4.work.Total()) / float64(c1.work.Total()); r > 4.5 {
		t.Errorf("work: four copies cost %.2f times one (at most 4.5)", r)
	}
	if r := float64(c4.allocs) / float64(c1.allocs); r > 4.5 {
		t.Errorf("allocations: four copies cost %.2f times one (at most 4.5)", r)
	}
}

// handlerFile is a worker whose handler runs n statements, joined by sep:
// objects made and appended to a property, strings, a guarded write, a
// property set from a local (rules that look up what a local holds for
// every property write it reaches would make it quadratic).
func handlerFile(n int, sep string) string {
	stmts := make([]string, 0, n)
	for i := range n {
		switch i % 5 {
		case 0:
			stmts = append(stmts, "$a = new Item($i);")
		case 1:
			stmts = append(stmts, "$this->items[] = $a;")
		case 2:
			stmts = append(stmts, "$s = \"é $i\" . strlen('ü');")
		case 3:
			stmts = append(stmts, "$this->last = $s;")
		default:
			stmts = append(stmts, "if ($i > 3) { $b[$i] = [$a, 'k' => $s]; }")
		}
	}
	return "<?php\nfinal class Item { public function __construct(public int $n) {} }\n" +
		"final class Worker {\n private array $items = [];\n public function handle($i): void { " +
		strings.Join(stmts, sep) + " }\n}\n$w = new Worker();\nwhile (true) { $w->handle(rand()); }\n"
}

func measureSource(t *testing.T, src string) cost {
	t.Helper()
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "worker.php"), []byte(src), 0o644); err != nil {
		t.Fatal(err)
	}
	return measure(t, dir)
}

// TestCostOneLongLine analyzes a handler of 40,000 statements written on
// one line and the same statements one per line: the long line may cost
// at most 1.5 times as much, in work and in allocations. And one function
// ten times as long may cost at most twelve times as much: rules that
// look at the whole function for every write they find, or a simulation
// per write, make it quadratic.
func TestCostOneLongLine(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: analyzes 90,000 statements")
	}
	cl := measureSource(t, handlerFile(40000, " "))
	cs := measureSource(t, handlerFile(40000, "\n"))
	small := measureSource(t, handlerFile(4000, "\n"))
	for _, m := range []struct {
		name string
		c    cost
	}{{"one line, 40,000", cl}, {"separate, 40,000", cs}, {"separate, 4,000", small}} {
		t.Logf("%-17s %d nodes walked, %d simulation steps, %d allocations, %d findings", m.name+":", m.c.work.Nodes, m.c.work.SimSteps, m.c.allocs, m.c.found)
	}
	if cs.work.Total() == 0 || cs.found == 0 || small.found == 0 {
		t.Fatal("the analysis did nothing: the counters are broken or the growth is not found")
	}
	if r := float64(cl.work.Total()) / float64(cs.work.Total()); r > 1.5 {
		t.Errorf("work: one line costs %.2f times separate lines (at most 1.5)", r)
	}
	if r := float64(cl.allocs) / float64(cs.allocs); r > 1.5 {
		t.Errorf("allocations: one line costs %.2f times separate lines (at most 1.5)", r)
	}
	if r := float64(cs.work.Total()) / float64(small.work.Total()); r > 12 {
		t.Errorf("work: a handler ten times as long costs %.2f times as much (at most 12)", r)
	}
	if r := float64(cs.allocs) / float64(small.allocs); r > 12 {
		t.Errorf("allocations: a handler ten times as long costs %.2f times as much (at most 12)", r)
	}
}
