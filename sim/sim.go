package sim

import (
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// Verdict is the simulation's answer about a claim.
type Verdict int

const (
	// Unknown: the simulation met what it cannot model.
	Unknown Verdict = iota
	// Confirmed: the simulated run leaks as claimed.
	Confirmed
	// Refuted: the simulated run frees what the claim says leaks.
	Refuted
)

func (v Verdict) String() string {
	switch v {
	case Confirmed:
		return "confirmed"
	case Refuted:
		return "refuted"
	}
	return "unknown"
}

// Result is a verdict with its evidence.
type Result struct {
	Verdict Verdict
	Trace   []analyzer.TraceStep // for Confirmed: the steps that make the leak
	Reason  string               // for Unknown and Refuted: why
	Steps   int                  // the simulation steps the verdict took
	// threw: Unknown only because the run ended in an exception, with
	// nothing left as garbage
	threw bool
	// pending: Unknown only because the event loop had still to run
	// what the path scheduled when maxScheduledRuns ran out (a crawler
	// that schedules its next step while there is work)
	pending bool
}

// Checker checks claims for one run, remembering the simulations it has
// already made (many claims share a function or a caller). Its verdicts
// do not depend on the order rules come in: the runs of a function's
// paths are the same whoever asks, and a growth run is reused only for
// claims of the rule that made it (see growth). A Checker serves one
// index; rules running at once may share it.
type Checker struct {
	mu      sync.Mutex // guards the maps; runs are made outside it
	paths   map[*ir.Func]*pathsRun
	growths map[growthKey]*growthRun
}

// New returns a Checker for one run.
func New() *Checker {
	return &Checker{paths: map[*ir.Func]*pathsRun{}, growths: map[growthKey]*growthRun{}}
}

// Confirm checks a claim with a fresh Checker; see Checker.Confirm.
func Confirm(ix *analyzer.Index, c *analyzer.Claim) analyzer.Verdict {
	return New().Confirm(ix, c)
}

// Confirm checks a rule's claim. It is the analyzer.Config.Confirm hook.
// A Checker serves one index. The verdict's Steps count every run it
// rests on, reused or not, so what a claim costs does not depend on
// which claims came before it.
func (k *Checker) Confirm(ix *analyzer.Index, c *analyzer.Claim) analyzer.Verdict {
	var r Result
	switch c.Kind {
	case analyzer.Cycle:
		r = k.cycle(ix, c.Func)
		if r.Verdict == Confirmed && len(c.Callers) > 0 {
			why, kept, steps := k.keptByEveryCaller(ix, c.Func, c.Callers)
			if kept {
				r = Result{Verdict: Refuted, Reason: why, Steps: r.Steps}
			}
			r.Steps += steps
		}
	case analyzer.Growth:
		r = k.growth(ix, c)
	default:
		return analyzer.Verdict{}
	}
	out := analyzer.Verdict{Trace: r.Trace, Reason: r.Reason, Steps: int64(r.Steps)}
	switch r.Verdict {
	case Confirmed:
		out.Confirmed = true
	case Refuted:
		out.Refuted = true
	}
	return out
}

// maxPaths bounds the paths through a function the simulation runs, and
// maxPathSteps the steps of all of them together: a function whose paths
// each run out of steps (a framework entry point that reaches half the
// code base) would otherwise cost maxPaths full budgets for nothing.
const (
	maxPaths     = 32
	maxPathSteps = 4 * maxSteps
)

// Cycle runs fn — with a fresh $this of its class and fresh objects for
// its class-typed parameters, as a caller would pass them — following the
// calls it makes, runs what it handed an event loop to run later (a
// timer, a tick; see runScheduled), and then drops the frame, its result,
// $this and the arguments, as the caller eventually does. What refcounting cannot free
// then (held, but by nothing a root reaches) is a garbage cycle.
//
// Each run follows one path through the branches; Cycle runs the paths
// one by one (up to maxPaths). A cycle on any path confirms; a refutation
// needs every path run to the end with nothing escaping the simulation.
func Cycle(ix *analyzer.Index, fn *ir.Func) Result {
	return runPaths(ix, fn).r
}

// pathsRun is what running the paths through a function showed: Cycle's
// verdict, and every function a path entered. Which paths run does not
// depend on what a caller asks about, so one run answers Cycle and every
// question of whether it reaches a given function.
type pathsRun struct {
	r       Result
	entered map[*ir.Func]bool
	steps   int // the steps all the paths took
	// freed: every path ran to its end, or to an exception its caller
	// catches, and left nothing as garbage. A caller's run that frees
	// what a callee links counts even on a path an exception cut short;
	// the function's own claim does not (the exception may have skipped
	// the very link, on a fresh object nobody has set up).
	freed bool
}

// runPaths runs the paths through fn, as Cycle describes.
func runPaths(ix *analyzer.Index, fn *ir.Func) *pathsRun {
	out := &pathsRun{entered: map[*ir.Func]bool{}}
	queue := [][]int{{}}
	runs := 0
	var undecided Result
	// drained: a path ran until the loop had nothing left to run and
	// freed everything; a path the loop was still busy on at the cutoff
	// then ends as that one did (the loop runs dry in the end)
	drained := false
	tooMany := false // paths left out of the queue
	// (at most maxPaths are ever queued, see below: the queue runs dry
	// when they have run)
	for len(queue) > 0 {
		if out.steps >= maxPathSteps {
			out.r = Result{Verdict: Unknown, Reason: fmt.Sprintf("simulation budget exhausted after %d paths through %s", runs, label(fn))}
			return out
		}
		path := queue[0]
		queue = queue[1:]
		runs++
		r, arity, m := cyclePathRun(ix, fn, path)
		out.steps += m.steps
		for f := range m.called {
			out.entered[f] = true
		}
		switch r.Verdict {
		case Confirmed:
			out.r = r
			return out
		case Unknown:
			if undecided.Reason == "" || undecided.threw && !r.threw || undecided.pending && !r.pending {
				undecided = r
			}
		case Refuted:
			drained = drained || m.ranScheduled
		}
		// the paths that differ from this one at a later branch point;
		// beyond maxPaths in all none would run
		for i := len(path); i < len(arity); i++ {
			for c := 1; c < arity[i]; c++ {
				if runs+len(queue) >= maxPaths {
					tooMany = true
					break
				}
				alt := make([]int, i+1)
				copy(alt, path)
				alt[i] = c
				queue = append(queue, alt)
			}
		}
	}
	if tooMany {
		out.r = Result{Verdict: Unknown, Reason: fmt.Sprintf("more than %d paths through %s", maxPaths, label(fn))}
		return out
	}
	if undecided.Reason != "" && !(undecided.pending && drained) {
		out.r = undecided
		out.freed = undecided.threw
		return out
	}
	out.r = Result{Verdict: Refuted, Reason: fmt.Sprintf("on every path through %s the simulation frees everything it allocates", label(fn))}
	out.freed = true
	return out
}

func cyclePathRun(ix *analyzer.Index, fn *ir.Func, path []int) (Result, []int, *machine) {
	m := newMachine(ix)
	defer m.countWork()
	m.path = path
	m.raising = true
	m.scheduling = true
	entry := site{fn.File, fn.Pos}
	var this *object
	if c := fn.ThisClass(); c != nil {
		this = m.alloc(c.Name, entry)
	}
	// Two calls on the same object: some cycles close only on the second
	// (a linked list's second append links back to the first node).
	threw := ""
	for call := 0; call < 2; call++ {
		var args []value
		for _, p := range fn.Params {
			args = append(args, m.paramValue(p, site{fn.File, p.Pos}))
		}
		m.invoke(fn, this, args, nil)
		if m.thrown == "" {
			m.runScheduled()
		}
		if m.thrown != "" {
			// its caller, or the worker, catches it; what the path
			// skipped is not known to free anything
			threw = fmt.Sprintf("the path through %s ends in an exception (%s)", label(fn), strings.TrimPrefix(m.thrown, "?"))
			m.thrown = ""
		}
		if this == nil && call == 0 && len(fn.Params) == 0 {
			break // a plain function without input does the same again
		}
	}
	var roots []node
	for _, k := range sortedKeys(m.statics) {
		roots = append(roots, m.statics[k])
	}
	for _, k := range sortedKeys(m.globals) {
		roots = append(roots, m.globals[k])
	}
	for _, v := range m.engine {
		roots = append(roots, children(deref(v), nil)...)
	}
	// (what the loop has still to run, it holds)
	for _, s := range m.scheduled {
		roots = append(roots, children(deref(s.cb), nil)...)
	}
	garbage, members := garbage(m.nodes, roots)
	if len(garbage) == 0 {
		if m.unknown != "" {
			return Result{Verdict: Unknown, Reason: m.unknown}, m.arity, m
		}
		// code the simulation could not follow may hold the link
		for _, n := range m.nodes {
			if why, ok := m.escaped[n]; ok {
				return Result{Verdict: Unknown, Reason: fmt.Sprintf("%s is %s", nodeLabel(n), why)}, m.arity, m
			}
		}
		if threw != "" {
			return Result{Verdict: Unknown, Reason: threw, threw: true}, m.arity, m
		}
		// still held by callbacks the event loop has yet to run when
		// maxScheduledRuns ran out: a cycle among what they hold is
		// garbage once they have run
		if m.heldByLoop(roots) {
			return Result{Verdict: Unknown, Reason: "a cycle the call made is still held by callbacks the event loop has yet to run", pending: true}, m.arity, m
		}
		return Result{Verdict: Refuted}, m.arity, m
	}
	for _, n := range garbage {
		if why, ok := m.escaped[n]; ok {
			return Result{Verdict: Unknown, Reason: fmt.Sprintf("%s is %s", nodeLabel(n), why)}, m.arity, m
		}
	}
	if m.unknown != "" {
		return Result{Verdict: Unknown, Reason: m.unknown}, m.arity, m
	}
	return Result{Verdict: Confirmed, Trace: m.cycleTrace(fn, members)}, m.arity, m
}

// heldByLoop reports whether the callbacks the event loop has still to
// run (see runScheduled) alone keep a cycle alive: the nodes would form
// garbage without them.
func (m *machine) heldByLoop(roots []node) bool {
	if len(m.scheduled) == 0 {
		return false
	}
	queued := map[node]bool{}
	for _, q := range m.scheduled {
		for _, n := range children(deref(q.cb), nil) {
			queued[n] = true
		}
	}
	var rest []node
	for _, r := range roots {
		if !queued[r] {
			rest = append(rest, r)
		}
	}
	_, members := garbage(m.nodes, rest)
	return len(members) > 0
}

// construct makes an object as a caller would hand it over: allocated and
// constructed with made-up arguments, one level deep.
func (m *machine) construct(class string, at site) *object {
	o := m.alloc(class, at)
	if ctor := m.ix.Method(class, "__construct"); ctor != nil && m.depth == 0 {
		m.depth++
		var args []value
		for _, p := range ctor.Params {
			args = append(args, m.paramValue(p, site{ctor.File, p.Pos}))
		}
		m.depth--
		m.invoke(ctor, o, args, nil)
	}
	return o
}

// paramValue makes the value a caller passes for a parameter: a fresh
// object for a class type, an empty array for array, else a scalar.
func (m *machine) paramValue(p *ir.Param, at site) value {
	for _, t := range p.Types {
		switch strings.ToLower(t) {
		case "array", "iterable":
			a := newArray()
			a.opaque, a.outside = true, m.newSym().id
			return a
		case "int", "float", "string", "bool", "null", "mixed", "callable", "false", "true", "object", "self", "static":
			continue
		}
		if c := m.ix.Class(t); c != nil && c.Kind != ir.KindEnum {
			o := m.construct(c.Name, at)
			o.maybeNull = p.Nullable
			return o
		}
		if m.ix.Class(t) == nil {
			o := m.alloc(t, at)
			o.maybeNull = p.Nullable
			return o
		}
	}
	// a scalar argument: a different value on every call, unless it may
	// be null, in which case nothing is known of it
	if p.Nullable {
		return unknown{}
	}
	return m.newSym()
}

// cycleTrace lists the stores that made the garbage cycle, in order, and
// the end of the frame.
func (m *machine) cycleTrace(fn *ir.Func, in map[node]bool) []analyzer.TraceStep {
	var garbage []node
	for _, n := range m.nodes {
		if in[n] {
			garbage = append(garbage, n)
		}
	}
	var steps []analyzer.TraceStep
	seen := map[string]bool{}
	for _, l := range m.links {
		if !in[l.holder] || !in[l.held] {
			continue
		}
		s := l.at.step("%s", l.text)
		key := fmt.Sprintf("%s:%d:%s", s.File, s.Line, s.Message)
		if seen[key] {
			continue
		}
		seen[key] = true
		steps = append(steps, s)
	}
	var names []string
	for _, n := range garbage {
		if o, ok := n.(*object); ok {
			names = append(names, o.label())
		}
	}
	what := "an array holding a reference to itself"
	if len(names) > 0 {
		what = strings.Join(names, ", ")
	}
	steps = append(steps, analyzer.Step(fn.File, ir.Pos{Line: fn.Pos.EndLine},
		"after %s returns and its caller drops the objects: %s unreachable, still referenced by each other", label(fn), what))
	return steps
}

func label(fn *ir.Func) string {
	switch fn.Kind {
	case ir.FuncMethod:
		if fn.Class != nil {
			return fn.Class.Short + "::" + fn.Name + "()"
		}
	case ir.FuncClosure, ir.FuncArrow:
		return "the closure"
	case ir.FuncMain:
		return "the file body"
	}
	return fn.Name + "()"
}

func nodeLabel(n node) string {
	switch n := n.(type) {
	case *object:
		return n.label()
	case *refCell:
		return "a reference"
	}
	return "a value"
}

func sortedKeys(m map[string]*refCell) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// calls is how often Growth runs the per-request code: enough to tell
// growth (every call adds) from a store that fills once.
const calls = 3

// Growth runs a claim's per-request code three times on one heap, as a
// worker would — statics and globals persist, and so does $this when the
// claim says it outlives the calls — with fresh arguments each time, and
// measures the long-lived store after each call. Confirmed: it grows on
// every call. Refuted: the write ran every time and the store did not
// grow on the last call (keys from a fixed set, a reset). Unknown: the
// write was not reached or the store is not one the simulation tracks.
func Growth(ix *analyzer.Index, c *analyzer.Claim) Result {
	if c.Loop != nil && c.LoopFunc != nil {
		return loopGrowth(ix, c)
	}
	return runGrowth(ix, c).verdict(c)
}

// growthKey names the runs growth claims can share: the same function
// called the same way, measuring the same store.
type growthKey struct {
	rule     string
	fn       *ir.Func
	place    string
	keepThis bool
}

// growthRun is what running a claim's function three times showed: the
// size of the store after each call, and in how many calls each write
// ran.
type growthRun struct {
	fn        *ir.Func
	steps     int  // the steps the run took
	untracked bool // the simulation does not track the store
	unknown   string
	sizes     []int
	runs      map[analyzer.Node]int
}

// growth checks a growth claim, reusing the run of an earlier claim on
// the same function and store when that run executed this claim's write
// on every call, or gave up: a function that appends to one property in
// a hundred places is run once, not a hundred times.
func (k *Checker) growth(ix *analyzer.Index, c *analyzer.Claim) Result {
	if c.Loop != nil && c.LoopFunc != nil {
		return loopGrowth(ix, c)
	}
	// (runs are kept per rule: which write a run heads for decides the
	// branches it takes, so a run reused across rules would make a
	// verdict depend on which rule asked first)
	key := growthKey{c.Rule, c.Func, c.Place.Key(), c.KeepThis}
	// (a run that gave up, on its budget or on code it cannot follow,
	// gives up the same way heading for another write)
	// (one rule asks from one goroutine, so no other run of this key
	// can be under way)
	k.mu.Lock()
	g, ok := k.growths[key]
	k.mu.Unlock()
	if !ok || g.runs[c.Write] != calls && g.unknown == "" {
		g = runGrowth(ix, c)
		k.mu.Lock()
		k.growths[key] = g
		k.mu.Unlock()
	}
	r := g.verdict(c)
	r.Steps = g.steps
	return r
}

// runGrowth runs fn three times, heading for the claim's write.
func runGrowth(ix *analyzer.Index, c *analyzer.Claim) *growthRun {
	fn := c.Func
	g := &growthRun{fn: fn, runs: map[analyzer.Node]int{}}
	m := newMachine(ix)
	defer m.countWork()
	defer func() { g.steps = m.steps }()
	m.reachWrite = c.Write
	var this *object
	class := fn.ThisClass()
	newThis := func() *object {
		if strings.EqualFold(fn.Name, "__construct") {
			return m.alloc(class.Name, site{fn.File, fn.Pos}) // the entry constructs it
		}
		return m.construct(class.Name, site{fn.File, fn.Pos})
	}
	if class != nil {
		this = newThis()
	}
	for i := 0; i < calls; i++ {
		if class != nil && !c.KeepThis && i > 0 {
			this = newThis()
		}
		var args []value
		for _, p := range fn.Params {
			args = append(args, m.paramValue(p, site{fn.File, p.Pos}))
		}
		// the writes this call runs (a constructor run before it may
		// have run some already)
		m.hit = map[analyzer.Node]bool{}
		m.invoke(fn, this, args, nil)
		for w := range m.hit {
			g.runs[w]++
		}
		if c.Class != "" && c.Place.Kind == analyzer.PlaceThisProp && (class == nil || !m.isA(class.Name, c.Class)) {
			// the store is a property of another object fn reaches
			// (library code it calls): summed over those objects
			g.sizes = append(g.sizes, m.reachedSize(this, c))
			continue
		}
		v, ok := m.store(fn, this, c.Place)
		if !ok {
			g.untracked = true
			return g
		}
		g.sizes = append(g.sizes, size(v, map[node]bool{}))
	}
	g.unknown = m.unknown
	return g
}

// verdict reads a run for claim c.
func (g *growthRun) verdict(c *analyzer.Claim) Result {
	fn := g.fn
	if g.untracked {
		return Result{Verdict: Unknown, Reason: "the simulation does not track " + c.Place.String()}
	}
	if g.unknown != "" {
		return Result{Verdict: Unknown, Reason: g.unknown}
	}
	if runs := g.runs[c.Write]; runs < calls {
		return Result{Verdict: Unknown, Reason: fmt.Sprintf("the simulation reached the write on %d of %d calls", runs, calls)}
	}
	sizes := g.sizes
	grows := true
	for i := 1; i < len(sizes); i++ {
		if sizes[i] <= sizes[i-1] {
			grows = false
		}
	}
	at := site{fn.File, c.Write.Span()}
	if c.WriteFile != nil {
		at.file = c.WriteFile
	}
	if grows {
		trace := []analyzer.TraceStep{at.step("%s grows here", c.Place.String())}
		for i, n := range sizes {
			trace = append(trace, at.step("call %d of %s: %s holds %d %s", i+1, label(fn), c.Place.String(), n, plural(n, "entry", "entries")))
		}
		return Result{Verdict: Confirmed, Trace: trace}
	}
	if sizes[len(sizes)-1] <= sizes[len(sizes)-2] {
		return Result{Verdict: Refuted, Reason: fmt.Sprintf("after %d calls of %s, %s stays at %d entries", calls, label(fn), c.Place.String(), sizes[len(sizes)-1])}
	}
	return Result{Verdict: Unknown, Reason: "the store does not grow on every call"}
}

func plural(n int, one, many string) string {
	if n == 1 {
		return one
	}
	return many
}

// store reads the long-lived store a growth claim names.
func (m *machine) store(fn *ir.Func, this *object, p analyzer.Place) (value, bool) {
	switch p.Kind {
	case analyzer.PlaceStatic:
		return deref(m.staticCell(p.Class, p.Name).v), true
	case analyzer.PlaceStaticVar:
		if cell, ok := m.statics[fmt.Sprintf("%p$%s", fn, p.Name)]; ok {
			return deref(cell.v), true
		}
		return nil, true
	case analyzer.PlaceGlobal:
		return deref(m.global(p.Name).v), true
	case analyzer.PlaceThisProp:
		if this == nil {
			return nil, false
		}
		return deref(this.get(p.Name)), true
	}
	return nil, false
}

// size counts what a store holds: array entries and object properties,
// recursively, each heap node once.
func size(v value, seen map[node]bool) int {
	switch v := v.(type) {
	case *array:
		return v.entries.size(seen)
	case *object:
		if seen[v] {
			return 0
		}
		seen[v] = true
		return v.entries.size(seen)
	case *refCell:
		if seen[v] {
			return 0
		}
		seen[v] = true
		return size(v.v, seen)
	}
	return 0
}

func (k *Checker) cycle(ix *analyzer.Index, fn *ir.Func) Result {
	p := k.runPaths(ix, fn)
	r := p.r
	r.Steps = p.steps
	return r
}

// runPaths is runPaths, once per function for the Checker: a function is
// run for its own claims and as the caller of others.
func (k *Checker) runPaths(ix *analyzer.Index, fn *ir.Func) *pathsRun {
	k.mu.Lock()
	p, ok := k.paths[fn]
	k.mu.Unlock()
	if ok {
		return p
	}
	// Two rules may run the same function at once; both runs give the
	// same result, and the first one kept serves every later claim.
	p = runPaths(ix, fn)
	k.mu.Lock()
	defer k.mu.Unlock()
	if q, ok := k.paths[fn]; ok {
		return q
	}
	k.paths[fn] = p
	return p
}

// keptByEveryCaller runs each caller of a function that makes a cycle:
// when every caller's run ends without garbage, the objects are kept
// reachable (a registry built once at boot and held in a static).
func (k *Checker) keptByEveryCaller(ix *analyzer.Index, target *ir.Func, callers []*ir.Func) (why string, kept bool, steps int) {
	var names []string
	for _, c := range callers {
		got := k.runPaths(ix, c)
		steps += got.steps
		// a caller keeps them only if its run reached the function and
		// still left no garbage
		if !got.freed || !got.entered[target] {
			return "", false, steps
		}
		names = append(names, label(c))
	}
	return fmt.Sprintf("every caller (%s) keeps the objects reachable", strings.Join(names, ", ")), true, steps
}

// loopGrowth runs the request loop a claim names — the function holding
// it, with the loop doing three iterations — and measures the store after
// each: the runtime's own test, in the abstract. For a service's property
// the store is that property summed over the live objects of the class.
func loopGrowth(ix *analyzer.Index, c *analyzer.Claim) (r Result) {
	m := newMachine(ix)
	defer m.countWork()
	defer func() { r.Steps = m.steps }()
	m.reachWrite = c.Write
	m.watch = c.Loop
	fn := c.LoopFunc
	m.loopFn = fn
	escaped := ""
	m.measure = func() int {
		if escaped == "" {
			escaped = m.storeEscaped(c)
		}
		return m.liveSize(c)
	}
	if c.Driver != nil {
		m.invoke(c.Driver, nil, nil, nil)
	} else {
		var this *object
		if class := fn.ThisClass(); class != nil {
			this = m.construct(class.Name, site{fn.File, fn.Pos})
		}
		var args []value
		for _, p := range fn.Params {
			args = append(args, m.paramValue(p, site{fn.File, p.Pos}))
		}
		m.invoke(fn, this, args, nil)
	}
	if m.unknown != "" {
		return Result{Verdict: Unknown, Reason: m.unknown}
	}
	if len(m.sizes) < calls {
		return Result{Verdict: Unknown, Reason: "the simulation did not run the request loop"}
	}
	if !m.hit[c.Write] {
		return Result{Verdict: Unknown, Reason: "the simulation did not reach the write"}
	}
	at := site{c.Func.File, c.Write.Span()}
	if c.WriteFile != nil {
		at.file = c.WriteFile
	}
	for i := 1; i < len(m.sizes); i++ {
		if m.sizes[i] <= m.sizes[i-1] {
			return Result{Verdict: Refuted, Reason: fmt.Sprintf("over %d iterations of the loop at line %d, %s holds %v entries", calls, c.Loop.P.Line, c.Place.String(), m.sizes)}
		}
	}
	if escaped != "" {
		// new Worker($queue) of a library, $worker->run() in the loop:
		// the code that takes the elements out may be the library's
		return Result{Verdict: Unknown, Reason: fmt.Sprintf("%s is %s: that code may take out what it holds", c.Place.String(), escaped)}
	}
	loopAt := site{fn.File, c.Loop.P}
	trace := []analyzer.TraceStep{loopAt.step("the request loop"), at.step("%s grows here", c.Place.String())}
	for i, n := range m.sizes {
		trace = append(trace, loopAt.step("after iteration %d: %s holds %d %s", i+1, c.Place.String(), n, plural(n, "entry", "entries")))
	}
	return Result{Verdict: Confirmed, Trace: trace}
}

// liveSize measures a claim's store now: a static or global directly; a
// property summed over the objects of the class that the roots and the
// active frames reach.
func (m *machine) liveSize(c *analyzer.Claim) int {
	switch c.Place.Kind {
	case analyzer.PlaceStatic, analyzer.PlaceGlobal, analyzer.PlaceStaticVar:
		v, _ := m.store(c.Func, nil, c.Place)
		return storeSize(v, c.Inner)
	}
	reach := map[node]bool{}
	var mark func(n node)
	mark = func(n node) {
		if reach[n] {
			return
		}
		reach[n] = true
		for _, e := range edges(n) {
			mark(e)
		}
	}
	for _, r := range m.statics {
		mark(r)
	}
	for _, r := range m.globals {
		mark(r)
	}
	for _, f := range m.frames {
		if f.this != nil {
			mark(f.this)
		}
		for _, v := range f.vars {
			for _, n := range children(v, nil) {
				mark(n)
			}
		}
	}
	total := 0
	switch c.Place.Kind {
	case analyzer.PlaceThisProp:
		for _, n := range m.nodes {
			o, ok := n.(*object)
			if !ok || !reach[n] || !m.isA(o.class, c.Class) {
				continue
			}
			total += storeSize(deref(o.get(c.Place.Name)), c.Inner)
		}
	case analyzer.PlaceLocal:
		for _, f := range m.frames {
			if f.fn == c.LoopFunc {
				total += storeSize(deref(f.vars[c.Place.Name]), c.Inner)
			}
		}
	}
	return total
}

// reachedSize is the size of property c.Place of the objects of class
// c.Class that this, the statics and the globals reach.
func (m *machine) reachedSize(this *object, c *analyzer.Claim) int {
	reach := map[node]bool{}
	var mark func(n node)
	mark = func(n node) {
		if reach[n] {
			return
		}
		reach[n] = true
		for _, e := range edges(n) {
			mark(e)
		}
	}
	if this != nil {
		mark(this)
	}
	for _, r := range m.statics {
		mark(r)
	}
	for _, r := range m.globals {
		mark(r)
	}
	total := 0
	for _, n := range m.nodes {
		if o, ok := n.(*object); ok && reach[n] && m.isA(o.class, c.Class) {
			total += storeSize(deref(o.get(c.Place.Name)), c.Inner)
		}
	}
	return total
}

// storeSize is the size of a store; inner, what its elements hold
// without counting its own keys (lists under keys from a fixed set).
func storeSize(v value, inner bool) int {
	n := size(v, map[node]bool{})
	if a, ok := deref(v).(*array); ok && inner {
		n -= len(a.keys)
	}
	return n
}

// storeEscaped says why the container object a loop-growth claim's store
// holds was handed to code the simulation cannot follow ("" when it was
// not, or the store is not such an object). An array is passed by value:
// what the code is given is a copy.
func (m *machine) storeEscaped(c *analyzer.Claim) string {
	var v value
	switch c.Place.Kind {
	case analyzer.PlaceStatic, analyzer.PlaceGlobal, analyzer.PlaceStaticVar:
		v, _ = m.store(c.Func, nil, c.Place)
	case analyzer.PlaceLocal:
		for _, f := range m.frames {
			if f.fn == c.LoopFunc {
				v = deref(f.vars[c.Place.Name])
			}
		}
	}
	if o, ok := v.(*object); ok {
		return m.escaped[o]
	}
	return ""
}

// isA reports whether class is want or inherits from it.
func (m *machine) isA(class, want string) bool {
	for _, c := range m.ix.Lineage(class) {
		if strings.EqualFold(c.Name, want) {
			return true
		}
	}
	return strings.EqualFold(class, want)
}
