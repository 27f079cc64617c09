package analyzer

import (
	"fmt"
	"runtime/debug"
	"runtime/metrics"
	"sync"

	"github.com/phpleak/phpleak/ir"
)

// Budgets keep one pathological file, or a run too large for the
// machine, from holding the whole run. They count work, not time, so a
// run gives the same result on any machine under any load; only
// MaxMemory depends on the machine, and it degrades the run (no more
// simulation) rather than letting it be killed.
const (
	// DefaultFileBudget is the most work one file may cost before the
	// rules run: its IR nodes, plus FuncWork for each function (the fixed
	// cost of indexing, modelling and memoising one). Parsing and
	// lowering are linear in the file's bytes (MaxFileSize bounds them),
	// and the rules in its IR. The largest file of Debian's WordPress,
	// MediaWiki and PHP libraries costs 336,000 (a 4 MB table of
	// domains), a third of it.
	DefaultFileBudget = 1_000_000
	// FuncWork is what one function counts toward the file budget.
	FuncWork = 20
	// DefaultSimBudget is the most simulation steps the candidates of
	// one rule in one file may take together, counting the runs a
	// candidate reuses from earlier ones; each candidate has its own
	// bound too. Beyond it, the rule's remaining candidates in the file
	// are not simulated. No rule in any file of Debian's WordPress,
	// Symfony, MediaWiki or Laravel reaches it.
	DefaultSimBudget = 2_000_000
)

// ErrBudget is the kind of the errors about a budget: a file over the
// file budget (not analyzed), a file whose candidates used up the
// simulation budget, or a run that reached MaxMemory.
const ErrBudget = "budget"

// fileWork is what f costs toward the file budget.
func fileWork(f *ir.File) int64 {
	var n int64
	funcs := f.AllFuncs()
	for _, fn := range funcs {
		// (a walk that calls nothing: a function's node list, kept, would
		// count toward the IR that tuneGC measures)
		w := getWalker(nil, 0)
		w.stmts(fn.Body)
		n += w.visited
		putWalker(w)
	}
	return n + FuncWork*int64(len(funcs))
}

// overBudget drops the files over the file budget, each with an error.
func overBudget(files []*ir.File, budget int64) ([]*ir.File, []FileError) {
	var kept []*ir.File
	var errs []FileError
	for _, f := range files {
		if w := fileWork(f); w > budget {
			errs = append(errs, FileError{File: f.Path, Kind: ErrBudget, Message: fmt.Sprintf(
				"not analyzed: it would cost %d units of work (IR nodes, and %d per function), over the per-file budget of %d (--file-budget raises it)", w, FuncWork, budget)})
			continue
		}
		kept = append(kept, f)
	}
	return kept, errs
}

// simBudget spends one rule's simulation budget per file (SimBudget),
// and, with every other rule's, the run's memory (MaxMemory). Each rule
// has its own, and a candidate costs every run its verdict rests on, so
// what a rule's candidates get does not depend on the other rules.
type simBudget struct {
	rule    string
	perFile int64
	used    map[string]int64 // steps by file
	skipped map[string]int   // candidates not simulated, by file
	order   []string         // files with skipped candidates, in order
	mem     *memWatch
}

// memWatch stops the simulation, for every rule, once the process
// reaches MaxMemory.
type memWatch struct {
	mu       sync.Mutex // rules running at once share it
	max      int64
	hit      bool
	skips    int
	claims   int
	sample   []metrics.Sample
	oldLimit int64 // the memory limit before the run, restored by done
}

func newMemWatch(cfg Config) *memWatch {
	w := &memWatch{max: cfg.MaxMemory}
	if w.max > 0 {
		// the collector works harder as the heap nears the ceiling
		// (or a lower one tuneGC set)
		w.oldLimit = debug.SetMemoryLimit(min(w.max, debug.SetMemoryLimit(-1)))
		w.sample = []metrics.Sample{{Name: "/memory/classes/total:bytes"}}
	}
	return w
}

// allow reports whether memory leaves room for one more candidate.
func (w *memWatch) allow() bool {
	if w.max <= 0 {
		return true
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.claims++
	if !w.hit && w.claims%16 == 1 {
		metrics.Read(w.sample)
		if int64(w.sample[0].Value.Uint64()) > w.max {
			w.hit = true
		}
	}
	if w.hit {
		w.skips++
	}
	return !w.hit
}

// done restores the memory limit the run found.
func (w *memWatch) done() {
	if w.max > 0 {
		debug.SetMemoryLimit(w.oldLimit)
	}
}

// errors says what the memory ceiling left out.
func (w *memWatch) errors() []FileError {
	if !w.hit {
		return nil
	}
	return []FileError{{Kind: ErrBudget, Message: fmt.Sprintf(
		"memory reached the --max-memory ceiling of %d MiB: the simulation was skipped for the %d remaining candidates (reported with lower confidence, or not at all where only the simulation can tell)", w.max>>20, w.skips)}}
}

func newSimBudget(cfg Config, rule string, mem *memWatch) *simBudget {
	b := &simBudget{rule: rule, perFile: cfg.SimBudget, used: map[string]int64{}, skipped: map[string]int{}, mem: mem}
	if b.perFile == 0 {
		b.perFile = DefaultSimBudget
	}
	return b
}

// allow reports whether a candidate of file may be simulated.
func (b *simBudget) allow(file string) bool {
	if !b.mem.allow() {
		return false
	}
	if b.used[file] >= b.perFile {
		if b.skipped[file] == 0 {
			b.order = append(b.order, file)
		}
		b.skipped[file]++
		return false
	}
	return true
}

// spend adds the steps one candidate of file took.
func (b *simBudget) spend(file string, steps int64) { b.used[file] += steps }

// errors says what the budget left out.
func (b *simBudget) errors() []FileError {
	var errs []FileError
	for _, f := range b.order {
		errs = append(errs, FileError{File: f, Kind: ErrBudget, Message: fmt.Sprintf(
			"the simulation used its budget of %d steps for rule %s in this file: %d more candidates were not simulated (reported with lower confidence, or not at all where only the simulation can tell)", b.perFile, b.rule, b.skipped[f])})
	}
	return errs
}
