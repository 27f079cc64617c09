package sim

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// Limits of one simulation. Past them the verdict is unknown.
const (
	maxSteps = 20000 // statements and expressions evaluated
	maxDepth = 8     // nested calls followed
)

// machine is one run of the simulation.
type machine struct {
	ix      *analyzer.Index
	nodes   []node
	nextID  int
	statics map[string]*refCell // Class::$p, and function static variables
	globals map[string]*refCell
	engine  []value // what engine stacks hold (shutdown functions, handlers)
	steps   int
	depth   int
	active  map[*ir.Func]int
	appendN int
	links   []link
	escaped map[node]string // heap nodes handed to code the simulation cannot see
	// raising: a throw leaves the statements after it, up to the catch
	// or finally that takes it (cycle runs); otherwise the simulation
	// goes on past it. thrown is the class being thrown ("?" unknown),
	// "" when nothing is.
	raising   bool
	thrown    string
	thrownVal value  // the exception object, when the simulation made it
	unknown   string // why the run is incomplete, "" when it is not
	path      []int  // branch choices this run follows
	arity     []int  // choices at each branch point met so far
	nextSym   int
	derived   map[string]sym         // derive's values, by operation and operands
	outsideOf map[int]int            // per symbol, the id of the keys it holds as an array (see outsideKeyOf)
	hit       map[analyzer.Node]bool // growth writes the run executed
	called    map[*ir.Func]bool      // functions the run entered
	frames    []*frame               // active frames, innermost last
	// lastRef: what the last function returning by reference that
	// returned handed back (see refOf)
	lastRef refReturn
	// watch is the request loop a loop-growth check measures: it runs
	// `calls` iterations and measure is called after each
	watch   *ir.Loop
	loopFn  *ir.Func // the function that runs watch
	measure func() int
	sizes   []int
	// reachWrite, in growth runs, is the write the run heads for at
	// branches the heap does not decide
	reachWrite analyzer.Node
	// scheduling: cycle runs take the callbacks handed to an event
	// loop's one-shot schedulers (futureTick, defer, delay, a one-shot
	// timer) into scheduled, and run them after the call, as the loop
	// does once the code that scheduled them returns
	scheduling   bool
	scheduled    []scheduledCall
	ranScheduled bool // runScheduled ran something and the queue ran dry
	// finished lists the generators iterated to the end
	finished map[*object]bool
	// modes holds, per container, the iterator-mode flags code set on it
	// (setIteratorMode(SplDoublyLinkedList::IT_MODE_DELETE))
	modes map[*object][]string
	// gens: the function of each generator the run made, and how often
	// code advanced it (->next(), ->send())
	gens map[*object]*genState
	// onYield is the foreach consuming the generator whose body runs
	// (see consume)
	onYield *yieldHook
}

// genState is what the run knows of a generator: its function, and how
// many times it was advanced.
type genState struct {
	fn       *ir.Func
	args     []value
	advanced int
}

// yieldHook is the foreach a generator's body runs under: each yield of
// fn's own frame runs the loop's body once on the yielded value.
type yieldHook struct {
	fn  *ir.Func
	run func(key, item value)
}

// surelyYields is how many yields a generator function surely makes:
// the yield statements at the top of its body before anything that may
// end it (a return) or repeat (a loop, which the count stops at only
// when it holds a return). A generator advanced fewer times is still
// suspended at one.
func surelyYields(fn *ir.Func) int {
	n := 0
	for _, st := range fn.Body {
		switch st := st.(type) {
		case *ir.Return:
			return n
		case *ir.ExprStmt:
			x := st.X
			if a, ok := x.(*ir.Assign); ok {
				x = a.Src // $cmd = yield $x
			}
			if y, ok := x.(*ir.Yield); ok && !y.From {
				n++
			}
		default:
			if analyzer.HoldsReturn(st) {
				return n
			}
		}
	}
	return n
}

// contains reports whether node n sits somewhere in list.
func contains(list []ir.Stmt, n analyzer.Node) bool {
	found := false
	analyzer.Inspect(list, func(x analyzer.Node, _ []analyzer.Node) bool {
		if x == n {
			found = true
		}
		return !found
	})
	return found
}

// keepsVar reports whether body stores variable name somewhere: as the
// value of an assignment, or inside one.
func keepsVar(body []ir.Stmt, name string) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			analyzer.InspectExpr(a.Src, func(x analyzer.Node, _ []analyzer.Node) bool {
				if v, ok := x.(*ir.Var); ok && v.Name == name {
					found = true
				}
				return !found
			})
		}
		return !found
	})
	return found
}

// throws reports whether a block ends by a throw at its own level.
func throws(list []ir.Stmt) bool {
	for _, st := range list {
		if x, ok := st.(*ir.ExprStmt); ok {
			if o, ok := x.X.(*ir.Other); ok && o.Op == "throw" {
				return true
			}
		}
	}
	return false
}

// leaves reports whether a block ends the function or loop iteration by
// itself (return, throw, break, continue at its own level).
func leaves(list []ir.Stmt) bool {
	for _, st := range list {
		switch st := st.(type) {
		case *ir.Return:
			return true
		case *ir.Jump:
			return true
		case *ir.ExprStmt:
			if o, ok := st.X.(*ir.Other); ok && (o.Op == "throw" || o.Op == "exit") {
				return true
			}
		}
	}
	return false
}

// newSym makes a value that differs from every other.
func (m *machine) newSym() sym {
	m.nextSym++
	return sym{id: m.nextSym}
}

// derive is the value an operation (".", "strtolower", …) makes of
// operands of which one varies: a new value, but the same one each time
// the same operation meets the same operands, as PHP computes it — so
// 'cart' . $id written in one method and unset in another is one key.
// Operands the simulation cannot name make a new value every time.
func (m *machine) derive(op string, operands []value) sym {
	var b strings.Builder
	b.WriteString(op)
	for _, v := range operands {
		switch v := deref(v).(type) {
		case konst:
			fmt.Fprintf(&b, "\x00k%s", v.v)
		case sym:
			fmt.Fprintf(&b, "\x00s%d", v.id)
		case scalar:
			b.WriteString("\x00c")
		default:
			return m.newSym()
		}
	}
	k := b.String()
	if s, ok := m.derived[k]; ok {
		return s
	}
	if m.derived == nil {
		m.derived = map[string]sym{}
	}
	s := m.newSym()
	m.derived[k] = s
	return s
}

// newMaybeNull is a value that varies per call and may be null.
func (m *machine) newMaybeNull() sym {
	s := m.newSym()
	s.maybeNull = true
	return s
}

// link records a store of a heap value into an object or array.
type link struct {
	holder, held node
	at           site
	text         string
}

func newMachine(ix *analyzer.Index) *machine {
	return &machine{
		ix: ix, statics: map[string]*refCell{}, globals: map[string]*refCell{},
		active: map[*ir.Func]int{}, escaped: map[node]string{}, hit: map[analyzer.Node]bool{},
		called: map[*ir.Func]bool{},
	}
}

func (m *machine) alloc(class string, at site) *object {
	m.nextID++
	o := &object{id: m.nextID, class: class, site: at, entries: newEntries()}
	m.nodes = append(m.nodes, o)
	// declared defaults: `private array $items = [];`
	for _, c := range m.ix.Lineage(class) {
		for _, p := range c.Props {
			if _, isArr := p.Default.(*ir.Array); isArr && !p.Static {
				if _, set := o.vals[p.Name]; !set {
					o.set(p.Name, newArray())
				}
			}
		}
	}
	return o
}

func (m *machine) newRef(v value) *refCell {
	m.nextID++
	r := &refCell{id: m.nextID, v: v}
	m.nodes = append(m.nodes, r)
	return r
}

// decide picks the branch this run takes at the next branch point: the
// driver's choice for points it has seen, else the first one. It records
// each point's number of choices so the driver can enumerate paths.
func (m *machine) decide(choices int) int {
	i := len(m.arity)
	m.arity = append(m.arity, choices)
	if i < len(m.path) && m.path[i] < choices {
		return m.path[i]
	}
	return 0
}

// giveUp marks the run incomplete; the first reason is kept.
func (m *machine) giveUp(format string, args ...any) {
	if m.unknown == "" {
		m.unknown = fmt.Sprintf(format, args...)
	}
}

// escape notes heap values handed to code the simulation cannot follow:
// that code may keep them alive or unlink them.
func (m *machine) escape(v value, why string) {
	for _, n := range children(deref(v), nil) {
		if _, ok := m.escaped[n]; !ok {
			m.escaped[n] = why
		}
	}
}

func deref(v value) value {
	for {
		r, ok := v.(*refCell)
		if !ok {
			return v
		}
		v = r.v
	}
}

// frame is one function activation.
type frame struct {
	fn     *ir.Func
	this   *object
	vars   map[string]value
	ret    value
	retRef *refCell // for a function returning by reference: the cell it returned
	scope  *analyzer.Scope
}

// refReturn is the reference cell a function declared `function &f()`
// returned.
type refReturn struct {
	fn   *ir.Func
	cell *refCell
}

type control int

const (
	ctlNone control = iota
	ctlReturn
	ctlBreak
	ctlContinue
	ctlThrow // an exception is on its way up (see machine.thrown)
)

// invoke runs fn with $this and arguments; it returns fn's return value.
func (m *machine) invoke(fn *ir.Func, this *object, args []value, refs []*refCell) value {
	return m.invokeIn(fn, this, args, refs, nil)
}

// scheduledCall is a callback an event loop will run: cb, under the
// id the scheduler returned (what cancelling it names).
type scheduledCall struct {
	cb value
	id value // a sym, or the timer object the scheduler returned
}

// maxScheduledRuns bounds the callbacks runScheduled runs for one call:
// one that schedules itself again and again (a crawler's next step)
// stops there, and what it still holds stays held.
const maxScheduledRuns = 4

// schedule takes the callback a loop scheduler of class was handed
// (see builtins.ScheduledStatic) and returns what the scheduler hands
// back: an id, or a timer object that keeps the callback (ReactPHP's
// addTimer()).
func (m *machine) schedule(class, method string, args []value, i int, at site) value {
	var id value = m.newSym()
	if builtins.ScheduledTimer(class, method) {
		timer := m.alloc("React\\EventLoop\\Timer", at)
		if i < len(args) {
			timer.set("callback", args[i])
			m.noteLink(timer, args[i], at, "the timer keeps its callback")
		}
		id = timer
	}
	if i < len(args) {
		m.scheduled = append(m.scheduled, scheduledCall{args[i], id})
	}
	return id
}

// unschedule drops the callback scheduled under the id in args[0]
// (EventLoop::cancel($id), Timer::clear($id)).
func (m *machine) unschedule(args []value) {
	if len(args) == 0 {
		return
	}
	id := deref(args[0])
	m.scheduled = slices.DeleteFunc(m.scheduled, func(s scheduledCall) bool {
		switch x := s.id.(type) {
		case sym:
			y, ok := id.(sym)
			return ok && x.id == y.id
		case *object:
			return x == id
		}
		return false
	})
}

// runScheduled runs what the call scheduled, first scheduled first, as
// the event loop does after it returns: up to maxScheduledRuns.
func (m *machine) runScheduled() {
	for n := 0; len(m.scheduled) > 0 && n < maxScheduledRuns && m.unknown == ""; n++ {
		s := m.scheduled[0]
		m.scheduled = m.scheduled[1:]
		m.callValue(s.cb, nil, "run by the event loop")
		m.thrown = "" // (the loop reports what a callback throws)
		m.ranScheduled = len(m.scheduled) == 0
	}
}

// invokeClosure calls closure object clo: its function, with the $this
// it is bound to and the variables it captured (see closure).
func (m *machine) invokeClosure(clo *object, args []value) value {
	this, _ := clo.get("this").(*object)
	return m.invokeIn(clo.fn, this, args, nil, clo)
}

// invokeIn runs fn; clo, when not nil, is the closure object whose
// captured variables its frame starts with.
func (m *machine) invokeIn(fn *ir.Func, this *object, args []value, refs []*refCell, clo *object) value {
	if fn == nil || fn.Abstract {
		return unknown{}
	}
	if m.depth >= maxDepth || m.active[fn] >= 2 {
		return unknown{}
	}
	m.depth++
	m.active[fn]++
	m.called[fn] = true
	defer func() { m.depth--; m.active[fn]-- }()
	f := &frame{fn: fn, this: this, vars: map[string]value{}, scope: analyzer.NewScope(fn)}
	m.frames = append(m.frames, f)
	defer func() { m.frames = m.frames[:len(m.frames)-1] }()
	for i, p := range fn.Params {
		switch {
		case p.Variadic:
			arr := newArray()
			arr.opaque, arr.outside = true, m.newSym().id
			for j := i; j < len(args); j++ {
				arr.append(&m.appendN, args[j])
			}
			f.vars[p.Name] = arr
		case p.ByRef && i < len(refs) && refs[i] != nil:
			f.vars[p.Name] = refs[i]
		case i < len(args):
			f.vars[p.Name] = named(copyValue(args[i]), p.Name)
		default:
			f.vars[p.Name] = scalar{}
		}
		if p.Promoted && this != nil {
			v := deref(f.vars[p.Name])
			this.set(p.Name, copyValue(v))
			m.noteLink(this, v, site{fn.File, p.Pos}, fmt.Sprintf("%s->%s = $%s (promoted)", this.label(), p.Name, p.Name))
		}
	}
	if clo != nil {
		// use ($x) gives the body the value captured when the closure
		// was made; use (&$x) the shared cell
		for _, k := range clo.keys {
			name, ok := strings.CutPrefix(k, "use $")
			if !ok {
				continue
			}
			if r, isRef := clo.vals[k].(*refCell); isRef {
				f.vars[name] = r
			} else {
				f.vars[name] = copyValue(clo.vals[k])
			}
		}
	}
	m.execList(f, fn.Body)
	if fn.RefReturn {
		m.lastRef = refReturn{fn, f.retRef}
	}
	if f.ret == nil {
		return scalar{}
	}
	return f.ret
}

func (m *machine) execList(f *frame, list []ir.Stmt) control {
	for _, s := range list {
		if c := m.exec(f, s); c != ctlNone {
			return c
		}
		if m.thrown != "" {
			return ctlThrow
		}
	}
	return ctlNone
}

// countWork adds the steps the machine took to analyzer.Work.
func (m *machine) countWork() { analyzer.AddSimSteps(int64(m.steps)) }

func (m *machine) tick() bool {
	m.steps++
	if m.steps > maxSteps {
		m.giveUp("simulation budget exhausted")
		return false
	}
	return true
}

func (m *machine) exec(f *frame, s ir.Stmt) control {
	if !m.tick() {
		return ctlReturn
	}
	switch s := s.(type) {
	case *ir.ExprStmt:
		m.eval(f, s.X)
	case *ir.Return:
		switch {
		case s.X != nil && f.fn.RefReturn:
			// function &f(): the caller may bind the very place
			f.retRef = m.refOf(f, s.X)
			f.ret = f.retRef.v
		case s.X != nil:
			f.ret = m.eval(f, s.X)
		}
		return ctlReturn
	case *ir.If:
		// a condition the heap decides (isset, null checks) picks its
		// branch; otherwise one path per run, the driver explores others
		m.removesIfPresent(f, s)
		take, known := m.test(f, s.Cond)
		if !known {
			m.eval(f, s.Cond)
			if m.thrown != "" {
				return ctlThrow
			}
			take = m.decide(2) == 0
			if m.raising && throws(s.Then) && !throws(s.Else) {
				// the path that goes on first, the exception after
				take = !take
			}
			if m.reachWrite != nil {
				// growth runs head for the write they check: into the
				// branch that holds it, else past early exits (guards
				// such as "already cached: return")
				switch {
				case contains(s.Then, m.reachWrite):
					take = true
				case contains(s.Else, m.reachWrite):
					take = false
				case leaves(s.Then) && !leaves(s.Else):
					take = false
				case leaves(s.Else) && !leaves(s.Then):
					take = true
				}
			}
		}
		if take {
			return m.execList(f, s.Then)
		}
		return m.execList(f, s.Else)
	case *ir.Switch:
		m.eval(f, s.Subject)
		for _, c := range s.Cases {
			m.eval(f, c.Cond)
		}
		// one case per run (falling through to the next ones), or none
		// (not with a default, nor with a case for every case of an
		// enum: one of them is taken)
		if m.thrown != "" {
			return ctlThrow
		}
		choices := len(s.Cases) + 1
		if m.takesACase(s) {
			choices = len(s.Cases)
		}
		start := m.decide(choices)
		for i := start; i < len(s.Cases); i++ {
			switch c := m.execList(f, s.Cases[i].Body); c {
			case ctlReturn, ctlThrow:
				return c
			case ctlBreak:
				return ctlNone
			}
		}
	case *ir.Loop:
		return m.loop(f, s)
	case *ir.Try:
		c := m.execList(f, s.Body)
		// an exception the simulation raised (see machine.raising) runs
		// the first catch of its class
		if c == ctlThrow {
			if k := m.catchOf(s.Catches); k != nil {
				m.thrown = ""
				if k.Var != "" {
					f.vars[k.Var] = unknown{}
					if m.thrownVal != nil {
						// kept by the catch ($this->lastError = $e): the
						// exception's trace keeps the arguments of the
						// calls it left, which the simulation does not
						// record
						if keepsVar(k.Body, k.Var) {
							m.escape(m.thrownVal, "an exception, whose trace keeps the arguments of the calls it passed through")
						}
						f.vars[k.Var] = m.thrownVal
					}
				}
				c = m.execList(f, k.Body)
			}
		}
		// finally runs on every way out, the exception waiting
		pending := m.thrown
		m.thrown = ""
		if fc := m.execList(f, s.Finally); fc != ctlNone {
			return fc
		}
		m.thrown = pending
		return c
	case *ir.Unset:
		for _, t := range s.Targets {
			if sl, ok := m.slotOf(f, t, false); ok {
				sl.unset()
			}
		}
	case *ir.StaticVar:
		key := fmt.Sprintf("%p$%s", f.fn, s.Name)
		cell, ok := m.statics[key]
		if !ok {
			cell = m.newRef(scalar{})
			if s.Init != nil {
				cell.v = copyValue(m.eval(f, s.Init))
			}
			m.statics[key] = cell
		}
		f.vars[s.Name] = cell
	case *ir.Global:
		for _, name := range s.Names {
			f.vars[name] = m.global(name)
		}
	case *ir.Jump:
		switch s.Op {
		case "break":
			return ctlBreak
		case "continue":
			return ctlContinue
		}
	}
	return ctlNone
}

func (m *machine) global(name string) *refCell {
	cell, ok := m.globals[name]
	if !ok {
		// an object top-level code makes before any request
		// ($queue = new SplQueue()) is there from the start
		var v value = scalar{}
		if nw, f := m.ix.GlobalNew(name); nw != nil {
			v = m.construct(nw.Class, site{f, nw.P})
		} else if analyzer.Superglobal(name) {
			// $_REQUEST, $_SERVER…: an array from the start (what PHP put
			// there is beyond the simulation: its elements are read as
			// request data, see eval)
			v = newArray()
		}
		cell = m.newRef(v)
		m.globals[name] = cell
	}
	return cell
}

// catchOf is the first of catches that catches what is being thrown:
// a class of its types or of theirs; any, for an exception whose class
// the simulation does not know.
func (m *machine) catchOf(catches []*ir.Catch) *ir.Catch {
	// the thrown class, its project ancestors, the first one outside
	// the project, and PHP's own ancestors of that one
	supers := []string{strings.ToLower(strings.TrimPrefix(m.thrown, `\`))}
	for _, c := range m.ix.Lineage(m.thrown) {
		supers = append(supers, strings.ToLower(strings.TrimPrefix(c.Name, `\`)))
		if c.Parent != "" && m.ix.Class(c.Parent) == nil {
			supers = append(supers, strings.ToLower(strings.TrimPrefix(c.Parent, `\`)))
		}
	}
	for _, s := range slices.Clone(supers) {
		supers = append(supers, builtins.FrameworkSupers(s)...)
	}
	for _, k := range catches {
		for _, t := range k.Types {
			if m.thrown == "?" || slices.Contains(supers, strings.ToLower(strings.TrimPrefix(t, `\`))) {
				return k
			}
		}
	}
	return nil
}

// drainRounds is how many rounds past the first two a loop whose
// condition the heap decides runs while it holds.
const drainRounds = 8

// loop runs a loop body twice (enough to expose per-iteration links), or
// over the elements of a known array, or while a condition the heap
// decides holds.
func (m *machine) loop(f *frame, l *ir.Loop) control {
	for _, e := range l.Init {
		m.eval(f, e)
	}
	if m.thrown != "" {
		return ctlThrow
	}
	var items, keys []value
	var gen, drained *object
	if l.Kind == ir.LoopForeach {
		iter := deref(m.eval(f, l.Iter))
		if o, ok := iter.(*object); ok && o.class != "" && m.ix.Container(o.class) == nil {
			// foreach over an IteratorAggregate iterates what its
			// getIterator() returns
			if gi := m.ix.Method(o.class, "getIterator"); gi != nil && !gi.Generator && !gi.Abstract && m.ix.Supertypes(o.class)["iteratoraggregate"] {
				iter = deref(m.invoke(gi, o, nil, nil))
			}
		}
		switch it := iter.(type) {
		case *array:
			for _, k := range it.keys {
				items = append(items, it.vals[k])
				keys = append(keys, keyValue(k))
				if len(items) == 3 {
					break
				}
			}
			if len(items) == 0 && !it.opaque {
				return ctlNone
			}
			if it.opaque {
				items = nil // elements passed in: unknown, twice
			}
		case *object:
			if it.class == "Generator" {
				gen = it
			}
			if kc := m.ix.Container(it.class); kc != nil {
				// foreach over a container that holds what this run put
				// in it (attach(), push()): those elements, in order
				for _, v := range it.elements() {
					items = append(items, v)
					keys = append(keys, scalar{})
				}
				// foreach over a heap, or a list in delete mode, takes
				// out what it holds
				if kc.IterationDrains(func(flag string) bool { return slices.Contains(m.modes[it], flag) }) {
					drained = it
				}
			}
		}
	}
	watched := l == m.watch
	if gen != nil && !watched && !stopsEarly(l.Body) {
		if g := m.gens[gen]; g != nil && g.fn != nil && !m.finished[gen] {
			return m.consume(f, l, gen, g)
		}
	}
	rounds := 2
	if items != nil {
		rounds = len(items)
	}
	if watched {
		rounds = calls
	}
	for i := 0; i < rounds; i++ {
		if watched && i > 0 && m.measure != nil {
			m.sizes = append(m.sizes, m.measure())
		}
		if l.Kind == ir.LoopForeach {
			var item, key value = unknown{}, scalar{}
			if items != nil && i < len(items) {
				item = items[i]
			}
			if items != nil && i < len(keys) {
				key = keys[i]
			}
			m.bindItem(f, l, key, item)
		} else if l.Cond != nil {
			// a condition the heap decides (while (!$queue->isEmpty()),
			// count($buffer) > 100) ends the loop when it stops holding,
			// and keeps it going while it holds, up to drainRounds more
			// rounds: a drain empties the queue it drains
			if holds, known := m.test(f, l.Cond); known && !watched {
				if !holds {
					break
				}
				if i == rounds-1 && rounds < 2+drainRounds {
					rounds++
				}
			}
			m.eval(f, l.Cond)
		}
		if m.thrown != "" {
			return ctlThrow
		}
		switch c := m.execList(f, l.Body); c {
		case ctlReturn, ctlThrow:
			return c
		case ctlBreak:
			return ctlNone
		}
		for _, e := range l.Step {
			m.eval(f, e)
		}
	}
	if watched && m.measure != nil {
		m.sizes = append(m.sizes, m.measure())
	}
	if drained != nil {
		drained.takeElements()
	}
	if gen != nil {
		m.finish(gen)
	}
	return ctlNone
}

// finish marks generator gen iterated to the end: a finished generator
// lets go of its frame.
func (m *machine) finish(gen *object) {
	gen.clear()
	if m.finished == nil {
		m.finished = map[*object]bool{}
	}
	m.finished[gen] = true
}

// bindItem sets a foreach's key and value variables to an element.
func (m *machine) bindItem(f *frame, l *ir.Loop, key, item value) {
	if list, ok := l.Value.(*ir.Array); ok {
		// foreach ($events as [$event, $arg]): the parts of an element
		// the run made (of one handed in, nothing known)
		if _, known := deref(item).(*array); known {
			m.destructure(f, list, item, site{f.fn.File, l.P})
		}
	} else if l.Value != nil {
		if sl, ok := m.slotOf(f, l.Value, true); ok {
			sl.set(copyValue(item))
		}
	}
	if l.Key != nil {
		if sl, ok := m.slotOf(f, l.Key, true); ok {
			// the element's own key: unset($this->timers[$id]) in
			// foreach ($this->schedule as $id => …) takes out that
			// entry, not some other
			sl.set(key)
		}
	}
}

// consume runs foreach loop l over gen, a generator the run made of a
// function of the project, as PHP does: the generator's body runs, and
// each of its yields runs the loop's body on the yielded value. What the
// body takes out of what it iterates (a queue in delete mode, a heap it
// extracts from) is gone once the loop ends. Only for a loop that runs
// to the end (see stopsEarly): one that stops leaves the generator
// suspended where it was.
func (m *machine) consume(f *frame, l *ir.Loop, gen *object, g *genState) control {
	prev := m.onYield
	defer func() { m.onYield = prev }()
	ctl := ctlNone
	m.onYield = &yieldHook{fn: g.fn, run: func(key, item value) {
		if ctl != ctlNone || m.thrown != "" {
			return
		}
		if _, unk := key.(unknown); key == nil || unk {
			key = scalar{}
		}
		m.bindItem(f, l, key, item)
		switch c := m.execList(f, l.Body); c {
		case ctlReturn, ctlThrow, ctlBreak:
			ctl = c
		}
	}}
	this, _ := gen.get("this").(*object)
	m.invoke(g.fn, this, g.args, nil)
	if m.thrown != "" {
		return ctlThrow
	}
	if ctl == ctlReturn || ctl == ctlThrow {
		return ctl
	}
	m.finish(gen)
	return ctlNone
}

// stopsEarly reports whether a loop body may leave its loop before the
// end: a return, or a break or goto anywhere in it (break 2 in a loop
// inside it leaves it too).
func stopsEarly(body []ir.Stmt) bool {
	stops := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Return:
			stops = true
		case *ir.Jump:
			if n.Op != "continue" {
				stops = true
			}
		}
		return !stops
	})
	return stops
}

// keyValue is the value an array key names (see keyOf): a constant's
// own, a per-call value's identity; a key named by its expression is a
// scalar the simulation does not know.
func keyValue(k string) value {
	switch {
	case strings.HasPrefix(k, "="):
		return konst{k[1:]}
	case strings.HasPrefix(k, "~"):
		if id, err := strconv.Atoi(k[1:]); err == nil {
			return sym{id: id}
		}
	}
	return scalar{}
}

// slot is an assignable place: a variable, a property, a static, an
// element.
type slot struct {
	place
	owner node // the heap node the place belongs to, nil for locals
}

// place is what a slot reads and writes.
type place interface {
	get() value
	set(value)
	bind(*refCell) // make the place share a reference cell
	unset()
	rawRef() (*refCell, bool) // the reference cell the place is bound to
	name() string             // for traces
}

// varValue returns what variable e holds in frame f (nil when unset),
// binding a global (file-level code, `global`, a by-reference capture of
// a file-level variable) to the process-wide cell first.
func (m *machine) varValue(f *frame, e *ir.Var) value {
	v, bound := f.vars[e.Name]
	if !bound {
		if p, _, ok := f.scope.PlaceOf(e); ok && p.Kind == analyzer.PlaceGlobal {
			v = m.global(e.Name)
			f.vars[e.Name] = v
		}
	}
	return v
}

// propValue reads property name of obj. A property nothing set here (e.g.
// $request->id of a request passed in) gets its own value, per object:
// a collection's own collection when typed as one (private
// ArrayCollection $lines).
func (m *machine) propValue(obj *object, name string) value {
	v := deref(obj.get(name))
	if v == nil {
		v = m.newSym()
		if c := m.propContainer(obj.class, name); c != "" {
			v = m.alloc(c, site{})
		} else if c := m.propService(obj.class, name); c != "" {
			// a collaborator its constructor was given
			// (private MeshUpstreamFactory $upstreams), as a caller
			// would hand it over: an object of the declared class
			v = m.alloc(c, site{})
		}
		obj.set(name, v)
	}
	return v
}

// refOf turns a place into a reference cell shared with its slot (as
// `&$x` does) and returns it.
func (m *machine) refOf(f *frame, e ir.Expr) *refCell {
	switch e.(type) {
	case *ir.Call, *ir.StaticCall, *ir.MethodCall:
		// $ctx = &desk_context(): the place a function returning by
		// reference returned, or a fresh cell for another call's value
		m.lastRef = refReturn{}
		v := m.eval(f, e)
		if r := m.lastRef; r.cell != nil && callNames(e, r.fn) {
			return r.cell
		}
		return m.newRef(deref(v))
	}
	sl, ok := m.slotOf(f, e, true)
	if !ok {
		return m.newRef(unknown{})
	}
	if r, ok := sl.rawRef(); ok {
		return r
	}
	r := m.newRef(sl.get())
	sl.bind(r)
	return r
}

// callNames reports whether call e names fn (the last function that
// returned: not one its arguments called).
func callNames(e ir.Expr, fn *ir.Func) bool {
	name := ""
	switch c := e.(type) {
	case *ir.Call:
		name = c.Name[strings.LastIndexByte(c.Name, '\\')+1:]
	case *ir.StaticCall:
		name = c.Name
	case *ir.MethodCall:
		name = c.Name
	}
	return strings.EqualFold(name, fn.Name[strings.LastIndexByte(fn.Name, '\\')+1:])
}

func (m *machine) slotOf(f *frame, e ir.Expr, create bool) (slot, bool) {
	switch e := e.(type) {
	case *ir.Var:
		if e.Name == "" || e.Name == "this" {
			return slot{}, false
		}
		m.varValue(f, e)
		return slot{place: &varPlace{f: f, v: e.Name}}, true
	case *ir.Prop:
		obj, ok := deref(m.eval(f, e.Obj)).(*object)
		if !ok || e.Name == "" {
			return m.sink(fmt.Sprintf("a property of an object the simulation does not know (%s)", exprText(e))), true
		}
		return slot{place: &propPlace{m: m, obj: obj, prop: e.Name, create: create}, owner: obj}, true
	case *ir.StaticProp:
		if e.Class == "" || e.Name == "" {
			return m.sink("a dynamic static property"), true
		}
		return slot{place: &cellPlace{m.staticCell(e.Class, e.Name), shortName(e.Class) + "::$" + e.Name}}, true
	case *ir.Dim:
		if v, ok := e.Base.(*ir.Var); ok && v.Name == "GLOBALS" {
			if lit, ok := e.Key.(*ir.Lit); ok && lit.Kind == ir.LitString {
				return slot{place: &cellPlace{m.global(lit.Value), "$GLOBALS['" + lit.Value + "']"}}, true
			}
			return m.sink("$GLOBALS with a dynamic key"), true
		}
		parent, ok := m.slotOf(f, e.Base, create)
		if !ok {
			// self::values()[$fiber] = …: an element of the container
			// object a call hands out (only an object can be written so)
			switch e.Base.(type) {
			case *ir.Call, *ir.StaticCall, *ir.MethodCall:
				if !create {
					break // (read or unset: as before, nothing run twice)
				}
				if obj, isObj := deref(m.eval(f, e.Base)).(*object); isObj {
					key, appendKey := m.elemKey(f, e)
					return m.objectElement(obj, key, appendKey), true
				}
			}
			return slot{}, false
		}
		key, appendKey := m.elemKey(f, e)
		if obj, ok := parent.get().(*object); ok {
			// ArrayAccess, ArrayObject, WeakMap: values are held by the
			// object
			return m.objectElement(obj, key, appendKey), true
		}
		el := &elemPlace{m: m, parent: parent, key: key, appendKey: appendKey, create: create, metKey: key}
		return slot{place: el, owner: parent.owner}, true
	}
	return slot{}, false
}

// varPlace is local variable v of frame f.
type varPlace struct {
	f *frame
	v string
}

func (p *varPlace) get() value { return deref(p.f.vars[p.v]) }

func (p *varPlace) set(v value) {
	if r, ok := p.f.vars[p.v].(*refCell); ok {
		r.v = v
		return
	}
	p.f.vars[p.v] = v
}

func (p *varPlace) bind(r *refCell) { p.f.vars[p.v] = r }
func (p *varPlace) unset()          { delete(p.f.vars, p.v) }
func (p *varPlace) name() string    { return "$" + p.v }

func (p *varPlace) rawRef() (*refCell, bool) {
	r, ok := p.f.vars[p.v].(*refCell)
	return r, ok
}

// propPlace is property prop of obj; create: a write, or a read that
// makes no value for a property nothing set (see propValue).
type propPlace struct {
	m      *machine
	obj    *object
	prop   string
	create bool
}

func (p *propPlace) get() value {
	if p.create {
		return deref(p.obj.get(p.prop))
	}
	return p.m.propValue(p.obj, p.prop)
}

func (p *propPlace) set(v value) {
	if r, ok := p.obj.get(p.prop).(*refCell); ok {
		r.v = v
		return
	}
	p.obj.set(p.prop, v)
}

func (p *propPlace) bind(r *refCell) { p.obj.set(p.prop, r) }
func (p *propPlace) unset()          { p.obj.remove(p.prop) }
func (p *propPlace) name() string    { return p.obj.label() + "->" + p.prop }

func (p *propPlace) rawRef() (*refCell, bool) {
	r, ok := p.obj.get(p.prop).(*refCell)
	return r, ok
}

// cellPlace is a process-wide cell: a static property, a global.
type cellPlace struct {
	cell  *refCell
	label string
}

func (p *cellPlace) get() value               { return deref(p.cell.v) }
func (p *cellPlace) set(v value)              { p.cell.v = v }
func (p *cellPlace) bind(r *refCell)          { p.cell.v = r }
func (p *cellPlace) unset()                   { p.cell.v = scalar{} }
func (p *cellPlace) rawRef() (*refCell, bool) { return nil, false }
func (p *cellPlace) name() string             { return p.label }

// elemPlace is the element under key of the array parent holds (made
// there on a write when parent holds nothing yet); appendKey: $a[] = …,
// whose key is given on the first write.
type elemPlace struct {
	m         *machine
	parent    slot
	key       string
	appendKey bool
	create    bool
	metKey    string // key as the place is met, for its name: an append's is $a[]
}

// container is the array the parent holds; make: make one there when
// it holds nothing.
func (p *elemPlace) container(make bool) *array {
	switch c := p.parent.get().(type) {
	case *array:
		return c
	case nil, scalar:
		if make {
			a := newArray()
			p.parent.set(a)
			return a
		}
	}
	return nil
}

func (p *elemPlace) get() value {
	if a := p.container(false); a != nil && !p.appendKey {
		v := deref(a.get(p.key))
		if v == nil && a.opaque && !p.create {
			// an element of an array passed in: its own value
			s := p.m.newSym()
			s.data = true
			v = s
			a.set(p.key, v)
		}
		return v
	}
	return nil
}

func (p *elemPlace) set(v value) {
	a := p.container(true)
	if a == nil {
		p.m.escape(v, "stored into a value the simulation does not know")
		return
	}
	p.newKey()
	if r, ok := a.get(p.key).(*refCell); ok {
		r.v = v
		return
	}
	a.set(p.key, v)
}

func (p *elemPlace) bind(r *refCell) {
	if a := p.container(true); a != nil {
		p.newKey()
		a.set(p.key, r)
	}
}

// newKey gives an append its key, once.
func (p *elemPlace) newKey() {
	if p.appendKey {
		p.key, p.appendKey = p.m.nextAppendKey(), false
	}
}

// nextAppendKey is the key of the next element appended by $a[] = ….
func (m *machine) nextAppendKey() string {
	m.appendN++
	return fmt.Sprintf("#%d", m.appendN)
}

func (p *elemPlace) unset() {
	if a := p.container(false); a != nil {
		a.remove(p.key)
	}
}

func (p *elemPlace) rawRef() (*refCell, bool) {
	if a := p.container(false); a != nil && !p.appendKey {
		r, ok := a.get(p.key).(*refCell)
		return r, ok
	}
	return nil, false
}

func (p *elemPlace) name() string { return p.parent.name() + "[" + p.metKey + "]" }

// elemKey names the key of element e (see keyOf), or reports an append
// ($a[] = …). A key the simulation could not compute is taken to differ
// from every other.
func (m *machine) elemKey(f *frame, e *ir.Dim) (key string, appendKey bool) {
	if e.Key == nil {
		return "", true
	}
	// $a[array_key_last($a)][…] = …: into the entry the array holds
	// last (or first), which adds none
	if c, ok := e.Key.(*ir.Call); ok && len(c.Args) == 1 {
		if n := analyzer.CallName(c); n == "array_key_last" || n == "array_key_first" {
			if a, ok := deref(m.eval(f, c.Args[0])).(*array); ok && !a.opaque && len(a.keys) > 0 {
				if n == "array_key_first" {
					return a.keys[0], false
				}
				return a.keys[len(a.keys)-1], false
			}
		}
	}
	kv := m.eval(f, e.Key)
	if _, unk := deref(kv).(unknown); unk {
		kv = m.newSym()
	}
	return keyOf(e.Key, kv), false
}

// objectElement is $obj[$k] on an object: the object holds the value.
func (m *machine) objectElement(obj *object, key string, appendKey bool) slot {
	return slot{place: &objElemPlace{m: m, obj: obj, key: key, appendKey: appendKey}, owner: obj}
}

// objElemPlace is the element under key of object obj
// ($obj[$k]); appendKey as for elemPlace.
type objElemPlace struct {
	m         *machine
	obj       *object
	key       string
	appendKey bool
}

func (p *objElemPlace) get() value { return deref(p.obj.get("[" + p.key + "]")) }

func (p *objElemPlace) set(v value) {
	if p.appendKey {
		p.key, p.appendKey = p.m.nextAppendKey(), false
	}
	p.obj.set("["+p.key+"]", v)
}

func (p *objElemPlace) bind(r *refCell)          { p.obj.set("["+p.key+"]", r) }
func (p *objElemPlace) unset()                   { p.obj.remove("[" + p.key + "]") }
func (p *objElemPlace) rawRef() (*refCell, bool) { return nil, false }
func (p *objElemPlace) name() string             { return p.obj.label() + "[…]" }

// sink is a place the simulation cannot follow: what is stored there
// escapes.
func (m *machine) sink(why string) slot {
	return slot{place: &sinkPlace{m, why}}
}

type sinkPlace struct {
	m   *machine
	why string
}

func (p *sinkPlace) get() value               { return unknown{} }
func (p *sinkPlace) set(v value)              { p.m.escape(v, p.why) }
func (p *sinkPlace) bind(r *refCell)          { p.m.escape(r, p.why) }
func (p *sinkPlace) unset()                   {}
func (p *sinkPlace) rawRef() (*refCell, bool) { return nil, false }
func (p *sinkPlace) name() string             { return "?" }

// propContainer is the container class property name of class is
// declared with (ArrayCollection, SplObjectStorage, …), "" otherwise.
func (m *machine) propContainer(class, name string) string {
	prop := m.ix.Property(class, name)
	if prop == nil || prop.Static {
		return ""
	}
	for _, t := range prop.Types {
		if m.isCollection(t) {
			return t
		}
	}
	return ""
}

// propService is the class of the object a constructor-promoted
// property of class holds: the concrete project class it is declared
// with, or the one project class that implements the interface or
// abstract class it is declared with; "" otherwise.
func (m *machine) propService(class, name string) string {
	prop := m.ix.Property(class, name)
	if prop == nil || prop.Static || len(prop.Types) != 1 || !prop.Promoted {
		return ""
	}
	c := m.ix.Class(prop.Types[0])
	switch {
	case c == nil:
		return ""
	case c.Kind == ir.KindClass && !c.Abstract:
		return c.Name
	}
	// an interface or abstract class the project implements once
	return m.ix.SoleImplementation(c.Name)
}

func (m *machine) staticCell(class, name string) *refCell {
	// a static property belongs to the class that declares it
	for _, c := range m.ix.Lineage(class) {
		for _, p := range c.Props {
			if p.Static && p.Name == name {
				class = c.Name
			}
		}
	}
	key := strings.ToLower(class) + "::$" + name
	cell, ok := m.statics[key]
	if !ok {
		cell = m.newRef(scalar{})
		if prop := m.ix.Property(class, name); prop != nil && prop.Default != nil {
			if _, isArr := prop.Default.(*ir.Array); isArr {
				cell.v = newArray()
			}
		}
		m.statics[key] = cell
	}
	return cell
}

// valueKey is keyOf for a value alone (a method's argument):
// offsetUnset('cart' . $id) and detach($o) name the element
// $a['cart' . $id] = … and attach($o) made; "" for a value it cannot
// name.
func valueKey(v value) string {
	switch v := deref(v).(type) {
	case konst:
		return "=" + v.v
	case sym:
		return fmt.Sprintf("~%d", v.id)
	case *object:
		return fmt.Sprintf("#obj%d", v.id)
	case scalar:
		return v.name // (the variable that first held it, or none)
	}
	return ""
}

// keyOf names an array key: a constant by its value, a value that varies
// per call by its identity, a value it does not know by the variable that
// first held it (see scalar), anything else by its expression (the same
// variable means the same key within a run).
func keyOf(e ir.Expr, v value) string {
	switch e := e.(type) {
	case *ir.Lit:
		return "=" + e.Value
	case *ir.ClassConst:
		return "=" + e.Class + "::" + e.Name
	}
	if k := valueKey(v); k != "" {
		return k
	}
	if p := analyzer.ExprPath(e); p != "" {
		return p
	}
	return fmt.Sprintf("@%d:%d", e.Span().Line, e.Span().Col)
}

func exprText(e ir.Expr) string {
	if p := analyzer.ExprPath(e); p != "" {
		return p
	}
	return "an expression"
}

// takesACase reports whether switch s always runs one of its cases: it
// has a default, or a case for every case of one enum.
func (m *machine) takesACase(s *ir.Switch) bool {
	for _, c := range s.Cases {
		if c.Cond == nil {
			return true
		}
	}
	return analyzer.EveryEnumCase(m.ix, s)
}
