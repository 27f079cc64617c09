package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// Whether a trim keeps up with the writes it is meant to bound.
//
// A list kept to its last N entries is bounded only when, on every path
// that adds to it, as many entries go as come: one guarded removal
// (`if (count($x) > N) array_shift($x)`) per append, or a drain that cuts
// it back whatever was added (`while (count($x) > N) array_shift($x)`, a
// slice or reset assigned back, clear()). Two appends and one shift, a
// batch appended in a loop and one shift after it, or an append on a path
// that skips the trim (another method, a branch) grow it by the
// difference on every call.
//
// balance counts, per path through a function and in the steady state (the
// store over its limit, so that size checks are decided), the entries the
// writes add and the removals take out. Anything it cannot count (an inner
// list, a merge, a removal it cannot size) makes it give up, and the store
// is taken as bounded: only a path shown to outpace every removal counts.

// tally is what the paths through a piece of code do to one store: the
// least and the most net entries they add (lo, hi) over the paths that
// do not cut the store back (open), and whether some path does (clamp).
type tally struct {
	open   bool
	lo, hi int
	clamp  bool
}

// many stands for an unbounded number of entries (a loop that adds).
const many = 1 << 10

func capMany(n int) int {
	switch {
	case n > many:
		return many
	case n < -many:
		return -many
	}
	return n
}

var (
	unchanged = tally{open: true}
	clamped   = tally{clamp: true}
)

// then is a followed by b.
func (a tally) then(b tally) tally {
	out := tally{clamp: a.clamp && (b.open || b.clamp) || a.open && b.clamp}
	if a.open && b.open {
		out.open, out.lo, out.hi = true, capMany(a.lo+b.lo), capMany(a.hi+b.hi)
	}
	return out
}

// or is a or b, whichever runs.
func (a tally) or(b tally) tally {
	switch {
	case !a.open:
		b.clamp = b.clamp || a.clamp
		return b
	case !b.open:
		a.clamp = a.clamp || b.clamp
		return a
	}
	return tally{open: true, lo: min(a.lo, b.lo), hi: max(a.hi, b.hi), clamp: a.clamp || b.clamp}
}

// add is n entries added.
func add(n int) tally { return tally{open: true, lo: n, hi: n} }

// flow is a statement list's tally for the paths that run on past it
// (fall) and for those that return from the function in it (exit).
type flow struct {
	fall, exit tally
}

// trimEffect is what a node does to the store: adds one entry (or n, for
// array_push), takes one out, cuts it back (clamp), or something balance
// cannot count (effectUnknown).
type trimEffect struct {
	kind int
	n    int
	t    tally // effectCall: the callee's tally
}

const (
	effectAdd = iota + 1
	effectTake
	effectClamp
	effectUnknown
	effectCall // a call of a function whose own tally is known (see callerOutpaces)
)

// storeBalance is what balance learnt of one function and store: its
// tally, whether it could count it (ok), and whether it removes from the
// store at all.
type storeBalance struct {
	t       tally
	ok      bool
	removes bool
}

type balanceKey struct{ place string }

// balance is the tally of fn for the store place (a property of $this, a
// static, a global), memoised per function and store.
func (r *resolver) balance(fn *ir.Func, place analyzer.Place) storeBalance {
	return analyzer.FuncMemo(fn, balanceKey{canonical(r.ix, place).Key()}, func() storeBalance {
		return r.runBalance(&balancer{r: r, fn: fn, scope: analyzer.NewScope(fn), place: place})
	})
}

// runBalance runs balancer b over its function.
func (r *resolver) runBalance(b *balancer) storeBalance {
	b.effects = b.classify()
	if b.unknown {
		return storeBalance{}
	}
	if c := b.fn.ThisClass(); c != nil && !b.fn.Static {
		b.disabled = disabledIfs(r.ix, b.fn, c)
	}
	fl := b.stmts(b.fn.Body)
	return storeBalance{t: fl.fall.or(fl.exit), ok: !b.unknown, removes: b.removes}
}

// balancer walks one function for one store.
type balancer struct {
	r        *resolver
	fn       *ir.Func
	scope    *analyzer.Scope
	place    analyzer.Place
	effects  map[analyzer.Node]trimEffect
	disabled map[*ir.If]bool
	unknown  bool
	removes  bool
	// strict: a size test joined by && to an unknown condition is not
	// taken to hold for a large store (see sizeTest)
	strict bool
	// calls: functions whose calls count with their own tally, and the
	// receiver path every such call must have (see callerOutpaces)
	calls    map[*ir.Func]tally
	callRecv string
	// certain: a removal behind a condition other than a size test is
	// not taken to run (see stmt); what every path surely takes out
	certain bool
	// loopAdds: a loop of fixed length whose body adds through calls
	// made more entries than it took out (callerOutpaces)
	loopAdds bool
}

// classify finds the nodes of the function that add to or remove from the
// store.
func (b *balancer) classify() map[analyzer.Node]trimEffect {
	out := map[analyzer.Node]trimEffect{}
	analyzer.Inspect(b.fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if _, ok := n.(*ir.Catch); ok {
			return false // only when something throws: not counted either way
		}
		if g, ok := b.r.growthOf(b.scope, stack, n); ok && b.same(g.Place) {
			if g, ok = b.r.guardedMembership(b.fn, b.scope, stack, g); ok && !b.retried(n, stack) {
				out[n] = b.addEffect(n, g)
			}
		}
		for _, p := range removedPlaces(b.r, b.scope, n) {
			if b.same(p) {
				b.removes = true
				out[n] = b.removeEffect(n)
			}
		}
		return true
	})
	if b.calls != nil {
		analyzer.Inspect(b.fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if _, ok := n.(*ir.Closure); ok {
				return false
			}
			switch n.(type) {
			case *ir.MethodCall, *ir.StaticCall, *ir.Call:
			default:
				return true
			}
			t := b.r.target(b.fn, n)
			ct, ok := b.calls[t]
			if t == nil || !ok {
				return true
			}
			recv := ""
			if mc, ok := n.(*ir.MethodCall); ok {
				recv = analyzer.ExprPath(mc.Recv)
			}
			if recv != b.callRecv {
				out[n] = trimEffect{kind: effectUnknown} // another object's store
			} else {
				out[n] = trimEffect{kind: effectCall, t: ct}
			}
			return true
		})
	}
	for _, e := range out {
		if e.kind == effectUnknown {
			b.unknown = true
		}
	}
	return out
}

// retried reports whether the write n puts back into the store an item
// the same loop took out of it, and only while a counter the item carries
// (incremented in the loop) passes a test: a retry with a limit on its
// attempts, which puts each item back a bounded number of times (if
// ($delivery->attempts >= $this->maxAttempts) continue;
// $this->queue->enqueue($delivery)). Such a write does not count as an
// addition; one that puts the item back whatever its count does.
func (b *balancer) retried(n analyzer.Node, stack []analyzer.Node) bool {
	var value ir.Expr
	switch n := n.(type) {
	case *ir.MethodCall:
		if len(n.Args) > 0 {
			value = n.Args[0]
		}
	case *ir.Assign:
		value = n.Src
	case *ir.Call:
		if len(n.Args) > 1 {
			value = n.Args[1]
		}
	}
	item, ok := value.(*ir.Var)
	if !ok || item.Name == "" || item.Name == "this" {
		return false
	}
	at := -1
	for i := len(stack) - 1; i >= 0 && at < 0; i-- {
		if _, ok := stack[i].(*ir.Loop); ok {
			at = i
		}
	}
	if at < 0 {
		return false
	}
	loop := stack[at].(*ir.Loop)
	// the item is taken out of the store in the loop, and a count on it
	// goes up there
	taken, counter := false, ""
	counted := func(e ir.Expr) string {
		if pr, ok := e.(*ir.Prop); ok && pr.Name != "" && isVarNamed(pr.Obj, item.Name) {
			return pr.Name
		}
		return ""
	}
	analyzer.InspectKinds(loop.Body, analyzer.KAssign|analyzer.KOther, func(x analyzer.Node, _ []analyzer.Node) bool {
		switch x := x.(type) {
		case *ir.Assign:
			if x.Op == "=" && isVarNamed(x.Dst, item.Name) {
				for _, p := range removedPlaces(b.r, b.scope, x.Src) {
					taken = taken || b.same(p)
				}
			}
			if x.Op == "+=" && counted(x.Dst) != "" {
				counter = counted(x.Dst)
			}
		case *ir.Other:
			if x.Op == "++" && len(x.Args) == 1 && counted(x.Args[0]) != "" {
				counter = counted(x.Args[0])
			}
		}
		return true
	})
	if !taken || counter == "" {
		return false
	}
	tests := func(cond ir.Expr) bool {
		found := false
		analyzer.InspectExpr(cond, func(x analyzer.Node, _ []analyzer.Node) bool {
			if e, ok := x.(ir.Expr); ok && counted(e) == counter {
				found = true
			}
			return !found
		})
		return found
	}
	// the test: an if around the write, or one before it in the loop
	// that leaves the iteration
	for _, x := range stack[at+1:] {
		if iff, ok := x.(*ir.If); ok && tests(iff.Cond) {
			return true
		}
	}
	for _, st := range loop.Body {
		if st.Span().Line >= n.Span().Line {
			break
		}
		if iff, ok := st.(*ir.If); ok && tests(iff.Cond) && leavesIteration(iff.Then) {
			return true
		}
	}
	return false
}

// leavesIteration reports whether statements end the loop iteration they
// are in: a continue, break, return or throw at their own level.
func leavesIteration(body []ir.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	switch last := body[len(body)-1].(type) {
	case *ir.Jump:
		return last.Op == "continue" || last.Op == "break"
	case *ir.Return:
		return true
	case *ir.ExprStmt:
		o, ok := last.X.(*ir.Other)
		return ok && o.Op == "throw"
	}
	return false
}

// addEffect is what a growing write adds: one entry (n for array_push),
// when it writes the store itself rather than a list inside it.
func (b *balancer) addEffect(n analyzer.Node, g growth) trimEffect {
	switch g.How {
	case "append", "key", "collection":
	default:
		return trimEffect{kind: effectUnknown} // a merge, a concatenation
	}
	switch n := n.(type) {
	case *ir.Assign:
		if _, dims, ok := b.scope.PlaceOf(n.Dst); ok && len(dims) == 1 {
			return trimEffect{kind: effectAdd, n: 1}
		}
	case *ir.Call:
		if _, dims, ok := b.scope.PlaceOf(n.Args[0]); ok && len(dims) == 0 {
			return trimEffect{kind: effectAdd, n: len(n.Args) - 1}
		}
	case *ir.MethodCall:
		if _, dims, ok := b.scope.PlaceOf(n.Recv); ok && len(dims) == 0 {
			return trimEffect{kind: effectAdd, n: 1}
		}
	}
	return trimEffect{kind: effectUnknown}
}

// removeEffect is what a removal takes out: one entry (array_shift, unset
// of an element, a container's dequeue()), or everything over a limit (a
// reassignment, array_splice, a container's clear()).
func (b *balancer) removeEffect(n analyzer.Node) trimEffect {
	depth := func(e ir.Expr) int {
		p, dims, ok := b.scope.PlaceOf(e)
		if !ok || !b.same(p) {
			return -1
		}
		return len(dims)
	}
	switch n := n.(type) {
	case *ir.Unset:
		out := trimEffect{kind: effectUnknown}
		for _, t := range n.Targets {
			switch depth(t) {
			case 0:
				return trimEffect{kind: effectClamp}
			case 1:
				out = trimEffect{kind: effectTake, n: 1}
			}
		}
		return out
	case *ir.Assign:
		return trimEffect{kind: effectClamp}
	case *ir.Call:
		if depth(n.Args[0]) != 0 {
			return trimEffect{kind: effectUnknown}
		}
		if analyzer.CallName(n) == "array_splice" {
			return trimEffect{kind: effectClamp}
		}
		return trimEffect{kind: effectTake, n: 1}
	case *ir.Loop:
		return trimEffect{kind: effectClamp} // foreach that drains it
	case *ir.MethodCall:
		if depth(n.Recv) != 0 {
			return trimEffect{kind: effectUnknown}
		}
		name := strings.ToLower(n.Name)
		if kc := b.r.ix.Container(b.r.classOf(b.fn, n.Recv)); kc != nil {
			if kc.Takes(name) {
				return trimEffect{kind: effectTake, n: 1}
			}
			return trimEffect{kind: effectClamp}
		}
		if oneTaken[name] {
			return trimEffect{kind: effectTake, n: 1}
		}
		return trimEffect{kind: effectClamp}
	}
	return trimEffect{kind: effectUnknown}
}

// oneTaken are the methods by which a container of unknown class gives up
// one entry.
var oneTaken = map[string]bool{"pop": true, "shift": true, "dequeue": true, "extract": true,
	"detach": true, "offsetunset": true}

// has reports whether the statements add to (or remove from) the store.
func (b *balancer) has(body []ir.Stmt, kind int) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if e, ok := b.effects[n]; ok && (e.kind == kind || kind == effectTake && e.kind == effectClamp ||
			e.kind == effectCall && (kind == effectAdd && e.t.open && e.t.hi > 0 || kind == effectTake && (e.t.clamp || e.t.open && e.t.lo < 0))) {
			found = true
		}
		return !found
	})
	return found
}

// expr is the tally of evaluating e (every node of it, in order; the
// branches of a ternary as alternatives).
func (b *balancer) expr(e ir.Expr) tally {
	if e == nil {
		return unchanged
	}
	if o, ok := e.(*ir.Other); ok && o.Op == "?:" && len(o.Args) == 3 {
		return b.expr(o.Args[0]).then(b.expr(o.Args[1]).or(b.expr(o.Args[2])))
	}
	t := unchanged
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		if o, ok := n.(*ir.Other); ok && o.Op == "?:" && len(o.Args) == 3 {
			t = t.then(b.expr(o))
			return false
		}
		switch eff := b.effects[n]; eff.kind {
		case effectAdd:
			t = t.then(add(eff.n))
		case effectTake:
			t = t.then(add(-eff.n))
		case effectClamp:
			t = t.then(clamped)
		case effectCall:
			t = t.then(eff.t)
		}
		return true
	})
	return t
}

func (b *balancer) exprs(list []ir.Expr) tally {
	t := unchanged
	for _, e := range list {
		t = t.then(b.expr(e))
	}
	return t
}

// stmts is the flow of a statement list.
func (b *balancer) stmts(list []ir.Stmt) flow {
	fl := flow{fall: unchanged}
	for _, s := range list {
		if !fl.fall.open && !fl.fall.clamp {
			break // no path reaches it
		}
		next := b.stmt(s)
		fl.exit = fl.exit.or(fl.fall.then(next.exit))
		fl.fall = fl.fall.then(next.fall)
	}
	return fl
}

// or joins the flows of two alternatives.
func (a flow) or(b flow) flow {
	return flow{fall: a.fall.or(b.fall), exit: a.exit.or(b.exit)}
}

// none is the tally of no path at all.
var none = tally{}

func (b *balancer) stmt(s ir.Stmt) flow {
	switch s := s.(type) {
	case *ir.ExprStmt:
		if o, ok := s.X.(*ir.Other); ok && o.Op == "throw" {
			return flow{fall: none, exit: none} // an error path: not counted
		}
		return flow{fall: b.expr(s.X)}
	case *ir.Return:
		return flow{fall: none, exit: b.expr(s.X)}
	case *ir.Unset:
		t := unchanged
		if eff := b.effects[s]; eff.kind == effectTake {
			t = add(-eff.n)
		} else if eff.kind == effectClamp {
			t = clamped
		}
		return flow{fall: t}
	case *ir.If:
		cond := b.expr(s.Cond)
		then, els := b.stmts(s.Then), b.stmts(s.Else)
		var fl flow
		switch large, known := b.sizeTest(s.Cond); {
		case b.disabled[s]:
			fl = els // needs a setting nobody sets: never taken
		case known && large:
			fl = then
		case known:
			fl = els
		case !b.certain && !b.has(s.Then, effectAdd) && !b.has(s.Else, effectAdd) && (b.has(s.Then, effectTake) || b.has(s.Else, effectTake)):
			// a trim behind a condition of its own (a setting, a
			// clock): taken to run, which can only make the store
			// look more bounded
			fl = lesser(then, els)
		default:
			fl = then.or(els)
		}
		return prefix(cond, fl)
	case *ir.Switch:
		subject := b.expr(s.Subject)
		var fl flow
		hasDefault := false
		for i, c := range s.Cases {
			cf := prefix(b.expr(c.Cond), b.stmts(c.Body))
			if c.Cond == nil {
				hasDefault = true
			}
			if i == 0 {
				fl = cf
			} else {
				fl = fl.or(cf)
			}
		}
		// (a case for every case of an enum: one of them is taken)
		if !hasDefault && !analyzer.EveryEnumCase(b.r.ix, s) || len(s.Cases) == 0 {
			fl = fl.or(flow{fall: unchanged})
		}
		return prefix(subject, fl)
	case *ir.Loop:
		return b.loop(s)
	case *ir.Try:
		fl := b.stmts(s.Body)
		if len(s.Finally) > 0 {
			fin := b.stmts(s.Finally)
			fl = flow{fall: fl.fall.then(fin.fall), exit: fl.exit.then(fin.fall).or(fl.fall.then(fin.exit))}
		}
		return fl
	}
	return flow{fall: unchanged}
}

// prefix runs t before the flow fl.
func prefix(t tally, fl flow) flow {
	return flow{fall: t.then(fl.fall), exit: t.then(fl.exit)}
}

// lesser is the alternative that leaves fewer entries: the one with no
// open path, else the one whose open paths add less.
func lesser(a, b flow) flow {
	ta, tb := a.fall.or(a.exit), b.fall.or(b.exit)
	switch {
	case !ta.open:
		return a
	case !tb.open:
		return b
	case tb.hi < ta.hi:
		return b
	}
	return a
}

// loop is the flow of a loop: one whose body only removes drains the
// store (cuts it back, whatever it held); one whose body adds more than
// it removes adds without bound; a balanced one changes nothing.
func (b *balancer) loop(l *ir.Loop) flow {
	if b.effects[l].kind == effectClamp {
		// foreach over a heap or a list in delete mode: empty after it
		fl := b.stmts(l.Body)
		return flow{fall: clamped, exit: fl.exit}
	}
	init := b.exprs(l.Init).then(b.expr(l.Iter))
	cond, inner := b.expr(l.Cond), b.stmts(l.Body)
	body := cond.then(inner.fall).then(b.exprs(l.Step))
	exit := cond.then(inner.exit)
	if b.calls != nil && body.open && !body.clamp {
		// foreach over a list of n items made in the code ([$a, $b],
		// or what a function returning such a list gives): n rounds
		if n, ok := b.r.fixedRounds(b.fn, l); ok {
			t := tally{open: true, lo: capMany(body.lo * n), hi: capMany(body.hi * n)}
			if t.hi > 0 {
				b.loopAdds = true
			}
			return flow{fall: init.then(t), exit: init.then(exit)}
		}
	}
	switch {
	case !body.open || body.hi < 0:
		// while (count($x) > N) array_shift($x), while ($q->valid())
		// $q->dequeue(): a drain
		return flow{fall: init.then(clamped), exit: init.then(exit)}
	case body.hi > 0:
		t := tally{open: true, lo: body.lo, hi: many, clamp: body.clamp}
		return flow{fall: init.then(t), exit: init.then(t).then(exit)}
	}
	t := tally{open: true, lo: min(0, body.lo), hi: 0, clamp: body.clamp}
	return flow{fall: init.then(t), exit: init.then(exit)}
}

// sizeTest reads cond as a test of the store's size, and says which way
// it goes when the store is large (over any limit): large is true when
// the condition then holds. known is false for any other condition.
func (b *balancer) sizeTest(cond ir.Expr) (large, known bool) {
	switch c := cond.(type) {
	case *ir.Other:
		switch c.Op {
		case "!":
			if len(c.Args) == 1 {
				l, ok := b.sizeTest(c.Args[0])
				return !l, ok
			}
		case "empty":
			if len(c.Args) == 1 && b.isStore(c.Args[0]) {
				return false, true
			}
		case ">", ">=", "<", "<=":
			if len(c.Args) != 2 {
				return false, false
			}
			grows := c.Op == ">" || c.Op == ">="
			switch {
			case b.isSize(c.Args[0]) && !b.isSize(c.Args[1]):
				return grows, true
			case b.isSize(c.Args[1]) && !b.isSize(c.Args[0]):
				return !grows, true
			}
		case "&&", "||":
			if len(c.Args) != 2 {
				return false, false
			}
			l, lok := b.sizeTest(c.Args[0])
			r, rok := b.sizeTest(c.Args[1])
			switch {
			case lok && rok:
				if c.Op == "&&" {
					return l && r, true
				}
				return l || r, true
			case c.Op == "&&" && (lok && !l || rok && !r):
				return false, true // fails whatever the rest says
			case c.Op == "||" && (lok && l || rok && r):
				return true, true // holds whatever the rest says
			case c.Op == "&&" && (lok || rok) && !b.strict:
				// count($x) > $max && $max > 0: taken when large, which
				// for a trim can only make it look more bounded
				return true, true
			}
		}
	case *ir.Call:
		if b.isSize(c) {
			return true, true // if (count($x))
		}
	case *ir.MethodCall:
		if strings.EqualFold(c.Name, "isEmpty") && len(c.Args) == 0 && b.isStore(c.Recv) {
			return false, true
		}
		if b.isSize(c) {
			return true, true
		}
	case *ir.Var:
		if src := localSource(b.fn, c); src != ir.Expr(c) {
			return b.sizeTest(src)
		}
	}
	return false, false
}

// underLimit reports whether the node at the end of stack runs only while
// place is small: in the branch of an `if` on its size that a large store
// does not take (`if (count($this->errors) < 20) $this->errors[] = …`).
// A write there fills the store up to the limit and no further.
func (r *resolver) underLimit(scope *analyzer.Scope, stack []analyzer.Node, place analyzer.Place) bool {
	var b *balancer
	for i, n := range stack {
		s, ok := n.(*ir.If)
		if !ok || i+1 >= len(stack) {
			continue
		}
		child, ok := stack[i+1].(ir.Stmt)
		if !ok {
			continue
		}
		inThen := slices.Contains(s.Then, child)
		if !inThen && !slices.Contains(s.Else, child) {
			continue
		}
		if b == nil {
			b = &balancer{r: r, fn: scope.Fn, scope: scope, place: place, strict: true}
		}
		if large, known := b.sizeTest(s.Cond); known && large != inThen {
			return true
		}
	}
	return false
}

// isSize reports whether e is the store's size: count($x), sizeof($x),
// $x->count(), or a local assigned one of those once.
func (b *balancer) isSize(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Call:
		switch analyzer.CallName(e) {
		case "count", "sizeof", "iterator_count":
			return len(e.Args) >= 1 && b.isStore(e.Args[0])
		}
	case *ir.MethodCall:
		return strings.EqualFold(e.Name, "count") && len(e.Args) == 0 && b.isStore(e.Recv)
	case *ir.Var:
		if src := localSource(b.fn, e); src != ir.Expr(e) {
			return b.isSize(src)
		}
	}
	return false
}

// isStore reports whether e is the store itself.
func (b *balancer) isStore(e ir.Expr) bool {
	p, dims, ok := b.scope.PlaceOf(e)
	return ok && len(dims) == 0 && b.same(p)
}

// same reports whether p is the store (self::$x and Child::$x alike).
func (b *balancer) same(p analyzer.Place) bool {
	return canonical(b.r.ix, p).Key() == canonical(b.r.ix, b.place).Key()
}

// trimFix is the fix of a growth whose removals fall behind its writes.
const trimFix = "trim it after every write on every path, with a loop that cuts it back to its limit (while (count(...) > N) array_shift(...)) rather than one removal per check."

// outpaced reports whether the removals of a property keep up with the
// growing write g in fn: false (bounded, or not known) unless every
// function that removes from it can be counted, fn adds more than it
// removes on some path that does not cut the store back, and no other
// function removing from it ever takes out more than it adds itself (a
// prune() of its own, a drain, a reset: those may run as often as
// needed). removers are the functions that remove from the property. why
// says, for a message, what falls behind.
func (r *resolver) outpaced(fn *ir.Func, g growth, removers []*ir.Func) (why string, ok bool) {
	switch g.How {
	case "append", "key", "collection":
	default:
		return "", false
	}
	if len(removers) == 0 {
		return "", false // nothing removes from it: not a question of keeping up
	}
	own := r.balance(fn, g.Place)
	if !own.ok || own.t.clamp || !own.t.open || own.t.hi <= 0 || own.t.lo < 0 {
		return "", false
	}
	var others []string
	callerWhy := ""
	for _, t := range removers {
		if t == fn {
			continue
		}
		if g.Place.Kind == analyzer.PlaceThisProp && (t.ThisClass() == nil || t.Static) {
			return "", false
		}
		other := r.balance(t, g.Place)
		// (not for a write under a key: a batch may repeat keys, and a
		// write under a key already there replaces)
		if g.How != "key" && other.ok && !other.t.clamp && other.t.open && other.t.lo < 0 && !own.removes {
			// a trim of a fixed number of entries on every call (one
			// extract() under a size check), called where fn is
			if sure := r.certainBalance(t, g.Place); sure.ok && !sure.t.clamp && sure.t.open && sure.t.hi < 0 {
				if w, ok := r.callerOutpaces(fn, own.t, t, sure.t); ok {
					if callerWhy == "" {
						callerWhy = w
					}
					continue
				}
			}
		}
		if !other.ok || other.t.clamp || !other.t.open || other.t.lo < 0 {
			return "", false
		}
		if l := funcLabel(t); !slices.Contains(others, l) {
			others = append(others, l)
		}
	}
	if callerWhy != "" {
		return callerWhy, true
	}
	if own.removes {
		return fmt.Sprintf("and the removal in %s takes out fewer entries than it adds on some path (one entry per size check while more are added, or a removal on a branch the write does not take)", funcLabel(fn)), true
	}
	if len(others) == 0 {
		return "", false
	}
	return fmt.Sprintf("and what removes from it (%s) takes out no more entries than it adds itself; nothing takes out what %s adds", strings.Join(others, ", "), funcLabel(fn)), true
}

// removalSkipped reports whether the removals of the place fn grows are
// skipped on paths that add to it (see errorPathOnly and
// returnsBeforeRemoval), with why and a fix for messages about where.
func (r *resolver) removalSkipped(fn *ir.Func, removers []*ir.Func, place analyzer.Place, where string, perRequest func(*ir.Func) bool) (why, fix string, ok bool) {
	if why, ok := r.errorPathOnly(fn, removers); ok {
		return why, fmt.Sprintf("Trim %s after every request, not only when one fails (in a finally block, or where the request ends).", where), true
	}
	if why, remover, ok := r.returnsBeforeRemoval(fn, removers); ok {
		return why, fmt.Sprintf("Call %s in a finally block (try { … } finally { … }), so it runs on every path out, early returns included.", funcLabel(remover)), true
	}
	if why, remover, ok := r.returnsInsideRemover(fn, removers, place); ok {
		return why, fmt.Sprintf("Remove the entry first in %s, before anything that can return early, or in a finally block.", funcLabel(remover)), true
	}
	if why, remover, ok := r.throwsBeforeRemoval(fn, removers, perRequest); ok {
		return why, fmt.Sprintf("Call %s in a finally block (try { … } finally { … }), so it runs when the request fails too.", funcLabel(remover)), true
	}
	if why, remover, ok := r.abandonedBeforeRemoval(fn, removers); ok {
		return why, fmt.Sprintf("Call %s in a finally block (try { … yield … } finally { … }), which runs when an unfinished generator is destroyed too.", funcLabel(remover)), true
	}
	if why, remover, ok := r.removalOnlyWhen(fn, removers); ok {
		return why, fmt.Sprintf("Call %s on every path after the add (after the if, or in a finally block), or bound %s.", funcLabel(remover), where), true
	}
	return "", "", false
}

// removalOnlyWhen reports whether every removal of what fn adds sits in
// a branch of the function that adds (if (…) { $monitor->reviewed($f); })
// which the add is not in, under a test of the request's data rather
// than of a size: requests for which the test fails leave their entry.
// It holds only when the removers are called nowhere else.
func (r *resolver) removalOnlyWhen(fn *ir.Func, removers []*ir.Func) (string, *ir.Func, bool) {
	pairs := r.unguardedRemovals(fn, removers)
	if len(pairs) == 0 {
		return "", nil, false
	}
	sites, _ := r.callSites()
	paired := map[ir.Pos]bool{}
	var why string
	var first *ir.Func
	for _, pair := range pairs {
		c, w, rem := pair.add.caller, pair.add.at, pair.rem.at
		var branch *ir.If
		var sw *ir.Switch
		analyzer.InspectFunc(c, analyzer.KIf|analyzer.KSwitch, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch s := n.(type) {
			case *ir.If:
				if (stmtsHold(s.Then, rem) && !stmtsHold(s.Then, w) || stmtsHold(s.Else, rem) && !stmtsHold(s.Else, w)) && !posWithin(w, s.P) {
					branch, sw = s, nil // (the innermost, found last)
				}
			case *ir.Switch:
				// switch ($outcome) { case 'accepted': …->resolve($o); break; case 'declined': … }
				if !posWithin(w, s.P) && posWithin(rem, s.P) {
					branch, sw = nil, s
				}
			}
			return true
		})
		at, cond := ir.Pos{}, ir.Expr(nil)
		switch {
		case branch != nil:
			if r.callsTarget(c, branch.Else, pair.remover) && r.callsTarget(c, branch.Then, pair.remover) {
				return "", nil, false
			}
			at, cond = branch.P, branch.Cond
		case sw != nil:
			if r.everyCaseCalls(c, sw, pair.remover) {
				return "", nil, false
			}
			at, cond = sw.P, sw.Subject
		default:
			return "", nil, false
		}
		if sizeTest(cond) || branch != nil && r.predicateTestsSize(c, cond) || testsOnly(cond, resultVars(c, w)) {
			return "", nil, false
		}
		paired[rem] = true
		if sw != nil {
			// (each case that removes is one of the removals paired)
			for _, t := range removers {
				for _, s := range sites[t] {
					if s.caller == c && posWithin(s.at, sw.P) {
						paired[s.at] = true
					}
				}
			}
		}
		if first == nil {
			first = pair.remover
			why = fmt.Sprintf("and %s removes the entry again (%s) only in the branch at %s:%d, which a request can skip: its entry stays",
				funcLabel(c), funcLabel(pair.remover), c.File.Path, at.Line)
			if sw != nil {
				why = fmt.Sprintf("and %s removes the entry again (%s) only in some cases of the switch at %s:%d, which a request can pass by: its entry stays",
					funcLabel(c), funcLabel(pair.remover), c.File.Path, at.Line)
			}
		}
	}
	for _, t := range removers {
		for _, s := range sites[t] {
			if !paired[s.at] {
				return "", nil, false // removed elsewhere too
			}
		}
	}
	return why, first, true
}

// everyCaseCalls reports whether every way through the switch calls
// target: it has a default or a case for every case of an enum, and
// each case's body (or, for a case with none, the body it falls through
// to) calls it.
func (r *resolver) everyCaseCalls(fn *ir.Func, sw *ir.Switch, target *ir.Func) bool {
	hasDefault := analyzer.EveryEnumCase(r.ix, sw)
	for i, cs := range sw.Cases {
		if cs.Cond == nil {
			hasDefault = true
		}
		j := i
		for j < len(sw.Cases)-1 && len(sw.Cases[j].Body) == 0 {
			j++ // case 'a': case 'b': …
		}
		if !r.callsTarget(fn, sw.Cases[j].Body, target) {
			return false
		}
	}
	return hasDefault
}

// resultVars lists the locals of fn assigned what the call at at
// returns ($violations = $this->monitor->inspect($frame)).
func resultVars(fn *ir.Func, at ir.Pos) map[string]bool {
	out := map[string]bool{}
	analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			if v, ok := a.Dst.(*ir.Var); ok && v.Name != "" && posWithin(at, a.Src.Span()) {
				out[v.Name] = true
			}
		}
		return true
	})
	return out
}

// testsOnly reports whether every part of cond (the operands of &&)
// tests only the locals vars: a removal under if ($violations), where
// $violations tells whether the call added, runs whenever it did.
func testsOnly(cond ir.Expr, vars map[string]bool) bool {
	if o, ok := cond.(*ir.Other); ok && (o.Op == "&&" || o.Op == "and") {
		for _, a := range o.Args {
			if !testsOnly(a, vars) {
				return false
			}
		}
		return true
	}
	only, any := true, false
	analyzer.InspectExpr(cond, func(n analyzer.Node, _ []analyzer.Node) bool {
		if v, ok := n.(*ir.Var); ok {
			any = true
			only = only && vars[v.Name]
		}
		return only
	})
	return any && only
}

// sizeTest reports whether cond compares sizes or counts (an eviction or
// a flush at a threshold) or depends on time or chance (a periodic or
// sampled cleanup): not a test of the request's data.
func sizeTest(cond ir.Expr) bool {
	found := false
	analyzer.InspectExpr(cond, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Other:
			switch n.Op {
			case "<", ">", "<=", ">=", "%":
				found = true
			}
		case *ir.Call:
			switch analyzer.CallName(n) {
			case "count", "sizeof", "strlen", "memory_get_usage", "time", "microtime", "hrtime", "mt_rand", "rand", "random_int":
				found = true
			}
		case *ir.MethodCall:
			if strings.EqualFold(n.Name, "count") || strings.HasPrefix(strings.ToLower(n.Name), "isfull") {
				found = true
			}
		}
		return !found
	})
	return found
}

// predicateTestsSize reports whether cond, in fn, calls a project
// predicate (a method or function declared to return bool) whose answer
// is a size test (sizeTest): if ($this->buffer->isDue($now)) with
// isDue() returning $this->queue->count() >= $this->batchSize || ….
func (r *resolver) predicateTestsSize(fn *ir.Func, cond ir.Expr) bool {
	found := false
	analyzer.InspectExpr(cond, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			if t := r.target(fn, n.(ir.Expr)); t != nil && !t.Abstract && !t.Generator && slices.Equal(t.ReturnTypes(), []string{"bool"}) {
				for _, x := range returned(t) {
					if sizeTest(x) {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// throwsBeforeRemoval reports whether a function that adds through fn and
// removes again through one of removers afterwards calls, in between,
// code that throws what a caller's loop, or a caller that runs per
// request (perRequest), catches: the worker goes on to the next request
// and the entry added for the failed one stays. A removal in a finally
// always runs; an exception caught before it reaches the loop skips
// nothing.
func (r *resolver) throwsBeforeRemoval(fn *ir.Func, removers []*ir.Func, perRequest func(*ir.Func) bool) (string, *ir.Func, bool) {
	for _, pair := range r.wrappedRemovals(fn, removers) {
		w, rem, remover := pair.add, pair.rem, pair.remover
		c := w.caller
		if perRequest != nil && perRequest(c) {
			// try { $fire($job); $sentry->jobProcessed($job); } catch
			// (RuntimeException $e) { … }: the removal skipped by what
			// the function catches itself
			if t, thrower := r.ownCatchSkips(c, w.at, rem.at, remover); thrower != nil {
				return fmt.Sprintf("and %s calls code that can throw (%s:%d) after adding to it and before %s removes the entry again; its own catch (%s:%d) handles the exception without removing it",
					funcLabel(c), c.File.Path, thrower.Span().Line, funcLabel(remover), c.File.Path, t.P.Line), remover, true
			}
		}
		caught, loop := r.caughtInLoop(c, perRequest)
		catcher := ""
		if len(caught) == 0 && r.servedByLibrary != nil {
			// a handler a library consumer runs: the consumer catches
			// what it throws and goes on with the next message
			if lib := r.servedByLibrary(c); lib != "" {
				caught, catcher = []string{"Throwable"}, lib
			}
		}
		if len(caught) == 0 {
			// a middleware's $next($request) runs the rest of the
			// request, which throws what the framework renders (a
			// validation error, a 404) before the worker goes on
			if next := r.middlewareNext(c, w.at, rem.at); next != nil {
				return nextStageSkips(c, next, funcLabel(remover)), remover, true
			}
			continue
		}
		var thrower analyzer.Node
		analyzer.Inspect(c.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch t := n.(type) {
			case *ir.Try:
				// (what a try of its own catches goes no further, unless
				// every catch throws it on: catch (Throwable $e) {
				// $span->recordException($e); throw $e; })
				return len(t.Finally) == 0 && !slices.ContainsFunc(t.Catches, func(c *ir.Catch) bool { return !rethrows(c) })
			case *ir.Closure:
				return false
			case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.Other:
				// a call that throws, or a throw of its own (if (!$row)
				// throw new NotFound(…)) between the add and the removal
				at := n.Span()
				if !posBefore(w.at, at) || !posBefore(at, rem.at) {
					break
				}
				if _, ok := n.(*ir.Other); ok && r.throwsHere(c, n, caught) || !ok && r.callThrows(c, n, caught) {
					thrower = n
				}
			}
			return thrower == nil
		})
		if thrower != nil && catcher != "" {
			return fmt.Sprintf("and %s calls code that can throw (%s:%d) after adding to it and before %s removes the entry again; %s, library code that runs it, catches the exception and goes on with the next request with the entry left in",
				funcLabel(c), c.File.Path, thrower.Span().Line, funcLabel(remover), catcher), remover, true
		}
		if thrower != nil {
			return fmt.Sprintf("and %s calls code that can throw (%s:%d) after adding to it and before %s removes the entry again; %s catches the exception (%s:%d) and the worker goes on with the entry left in",
				funcLabel(c), c.File.Path, thrower.Span().Line, funcLabel(remover), funcLabel(loop.fn), loop.fn.File.Path, loop.at.Line), remover, true
		}
	}
	return "", nil, false
}

// nextStageSkips says why a middleware fn leaves an entry behind: next,
// its call of the rest of the request, comes between the add and the
// removal by remover ("it" for fn's own).
func nextStageSkips(fn *ir.Func, next analyzer.Node, remover string) string {
	return fmt.Sprintf("and %s calls the rest of the request (%s:%d) after adding to it and before %s removes the entry again; what that throws (a validation error, a 404) is turned into an error response, and the worker goes on with the entry left in",
		funcLabel(fn), fn.File.Path, next.Span().Line, remover)
}

// middlewareNext is the call, in fn, of the next stage of a middleware
// pipeline between the positions from and to, outside any try of fn:
// $next($request) in a Laravel-style handle($request, Closure $next), or
// $handler->handle($request) in a PSR-15 process($request, $handler).
// nil when fn is no middleware or makes no such call there.
func (r *resolver) middlewareNext(fn *ir.Func, from, to ir.Pos) analyzer.Node {
	for _, c := range r.nextStages(fn) {
		if at := c.Span(); posBefore(from, at) && posBefore(at, to) {
			return c
		}
	}
	return nil
}

// nextStages lists, once per function, the calls of the next stage a
// middleware makes outside any try (see middlewareNext); nil for a
// function that is no middleware.
func (r *resolver) nextStages(fn *ir.Func) []analyzer.Node {
	if fn.Kind != ir.FuncMethod || len(fn.Params) < 2 {
		return nil
	}
	name := strings.ToLower(fn.Name)
	typed := func(short string) bool {
		return slices.ContainsFunc(fn.Params[1].Types, func(t string) bool { return strings.EqualFold(shortName(t), short) })
	}
	psr15 := name == "process" && typed("RequestHandlerInterface")
	// Messenger: handle(Envelope $envelope, StackInterface $stack), which
	// calls $stack->next()->handle($envelope, $stack), when code that runs
	// per message throws: the worker catches it and goes on to the next
	messenger := name == "handle" && typed("StackInterface") && r.requestCodeThrows()
	framework := psr15 || messenger || name == "handle" && isLaravelMiddleware(fn)
	if !framework && !callableNext(fn) {
		return nil
	}
	return memoized(&r.stages, fn, nil, func() []analyzer.Node {
		if !framework && !r.caughtAroundCallback(fn) {
			// a plain callable pipeline: only where something up the
			// chain is seen to catch and go on
			return nil
		}
		next := fn.Params[1].Name
		var out []analyzer.Node
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch c := n.(type) {
			case *ir.Closure, *ir.Try:
				return false
			case *ir.Call:
				if !psr15 && isVarNamed(c.Callee, next) {
					out = append(out, c)
				}
			case *ir.MethodCall:
				if psr15 && isVarNamed(c.Recv, next) && strings.EqualFold(c.Name, "handle") {
					out = append(out, c)
				}
				if nx, ok := c.Recv.(*ir.MethodCall); ok && messenger && isVarNamed(nx.Recv, next) && strings.EqualFold(nx.Name, "next") && strings.EqualFold(c.Name, "handle") {
					out = append(out, c)
				}
			}
			return true
		})
		return out
	})
}

// requestCodeThrows reports whether some function of the project that
// may run per request (not only once, at boot) throws in a statement of
// its own (if (…) { throw new …; }), not only as a fallback of an
// expression ($handlers[$class] ?? throw …): then failed requests are
// part of the worker's work. Found once.
func (r *resolver) requestCodeThrows() bool {
	if r.throwsPerRequest == nil {
		found := false
		for _, f := range r.ix.Files() {
			for _, fn := range f.AllFuncs() {
				if found || r.runsOnce != nil && r.runsOnce(fn) {
					continue
				}
				analyzer.InspectFunc(fn, analyzer.KExprStmt, func(n analyzer.Node, _ []analyzer.Node) bool {
					if s, ok := n.(*ir.ExprStmt); ok {
						if o, ok := s.X.(*ir.Other); ok && o.Op == "throw" {
							found = true
						}
					}
					return !found
				})
			}
		}
		r.throwsPerRequest = &found
	}
	return *r.throwsPerRequest
}

// callableNext reports whether fn is a middleware of the plain callable
// kind: process($request, callable $next) or handle(…, Closure $next),
// and __invoke the same way.
func callableNext(fn *ir.Func) bool {
	switch strings.ToLower(fn.Name) {
	case "handle", "process", "__invoke":
	default:
		return false
	}
	next := fn.Params[1]
	if next.Name != "next" {
		return false
	}
	return len(next.Types) == 0 || slices.ContainsFunc(next.Types, func(t string) bool {
		return strings.EqualFold(t, "callable") || strings.EqualFold(shortName(t), "Closure")
	})
}

// caughtAroundCallback reports whether a call of fn is made by a closure
// that some function is handed and calls inside a try whose catch goes
// on (ErrorMiddleware::process($request, fn ($r) =>
// $this->tracing->process($r, …)) calling $next($request) in a try that
// turns the exception into a response).
func (r *resolver) caughtAroundCallback(fn *ir.Func) bool {
	sites, _ := r.callSites()
	for _, s := range sites[fn] {
		cl := s.caller
		if cl.Kind != ir.FuncClosure && cl.Kind != ir.FuncArrow {
			continue
		}
		for _, h := range r.handedTo(cl) {
			if r.callsParamInCatchingTry(h.fn, h.param) {
				return true
			}
		}
	}
	return false
}

// handedTo lists where closure cl is written as an argument of a call
// the index resolves: the function called, and which parameter it gets.
func (r *resolver) handedTo(cl *ir.Func) []handed {
	var out []handed
	if cl.Parent == nil {
		return nil
	}
	analyzer.InspectFunc(cl.Parent, analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
		e, _ := n.(ir.Expr)
		for i, a := range callArgs(e) {
			if c, ok := a.(*ir.Closure); ok && c.Func == cl {
				if t := r.target(cl.Parent, n); t != nil && i < len(t.Params) {
					out = append(out, handed{t, i})
				}
			}
		}
		return true
	})
	return out
}

// handed is a function and the parameter a value is handed to it as.
type handed struct {
	fn    *ir.Func
	param int
}

// callsParamInCatchingTry reports whether fn calls its callable
// parameter i inside a try block with a catch that does not throw again.
func (r *resolver) callsParamInCatchingTry(fn *ir.Func, i int) bool {
	name := fn.Params[i].Name
	found := false
	analyzer.InspectFunc(fn, analyzer.KTry, func(n analyzer.Node, _ []analyzer.Node) bool {
		t, ok := n.(*ir.Try)
		if !ok || found {
			return !found
		}
		goesOn := slices.ContainsFunc(t.Catches, func(c *ir.Catch) bool { return !rethrows(c) })
		if !goesOn {
			return true
		}
		analyzer.InspectKinds(t.Body, analyzer.KCall, func(x analyzer.Node, _ []analyzer.Node) bool {
			if c, ok := x.(*ir.Call); ok && isVarNamed(c.Callee, name) {
				found = true
			}
			return !found
		})
		return !found
	})
	return found
}

// removalAfterNext is, for a middleware fn that adds to place at from
// and removes from it again later in its own body, outside any finally,
// the call of the next stage it makes in between (see middlewareNext):
// when the rest of the request throws, the removal never runs. nil when
// fn is no such middleware, or also removes in a finally block.
func (r *resolver) removalAfterNext(scope *analyzer.Scope, place analyzer.Place, from ir.Pos) analyzer.Node {
	if len(r.nextStages(scope.Fn)) == 0 {
		return nil
	}
	if at, ok := r.ownRemovalAfter(scope, place, from); ok {
		return r.middlewareNext(scope.Fn, from, at)
	}
	return nil
}

// returnBeforeOwnRemoval is, for a function that adds to place in a
// statement of its own top level, at from, and removes from it again
// later in its body, outside any finally, a return in between: the
// entry added on that path stays. ok is false when there is none.
func (r *resolver) returnBeforeOwnRemoval(scope *analyzer.Scope, place analyzer.Place, from ir.Pos) (ret *ir.Return, ok bool) {
	fn := scope.Fn
	if !topLevelAt(fn.Body, from) || !r.removedInFunc(scope, place) {
		return nil, false
	}
	rem, ok := r.ownRemovalAfter(scope, place, from)
	if !ok {
		return nil, false
	}
	for _, ret := range r.returns(fn) {
		// (return $this->flush(): the removal is on the way out)
		if posBefore(from, ret.P) && posBefore(ret.P, rem) && !posWithin(rem, ret.Span()) {
			return ret, true
		}
	}
	return nil, false
}

// callerReturnsBeforeRelease is, for a method fn that adds to place, a
// property of $this, and a sibling method that takes from it again (an
// acquire() and a release(), a push() and a pop()), a caller that calls
// fn in a statement of its own body, later calls the sibling on the same
// receiver outside any finally, and can return in between, after the
// statement that added: the entry added on that path stays. It returns
// the caller, that return and the release it skips; nils when there is
// none.
func (r *resolver) callerReturnsBeforeRelease(fn *ir.Func, place analyzer.Place) (*ir.Func, *ir.Return, *ir.MethodCall) {
	c := fn.ThisClass()
	if c == nil || fn.Static || place.Kind != analyzer.PlaceThisProp {
		return nil, nil, nil
	}
	releases := map[*ir.Func]bool{}
	for _, lc := range r.ix.Lineage(c.Name) {
		for _, m := range lc.Methods {
			if m != fn && !m.Static && r.removedInFunc(analyzer.NewScope(m), place) {
				releases[m] = true
			}
		}
	}
	if len(releases) == 0 {
		return nil, nil, nil
	}
	sites, _ := r.callSites()
	for _, s := range sites[fn] {
		recv := analyzer.ExprPath(s.recv)
		g := s.caller
		if s.recv == nil || recv == "" || s.at == (ir.Pos{}) {
			continue
		}
		// the statement of g's own body that makes the call: a return
		// inside it (if (!$throttle->acquire(…)) return …;) leaves when
		// nothing was added
		var stmt ir.Stmt
		for _, st := range g.Body {
			if posWithin(s.at, st.Span()) {
				stmt = st
			}
		}
		if stmt == nil {
			continue
		}
		var rel *ir.MethodCall
		analyzer.InspectFunc(g, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
			mc := n.(*ir.MethodCall)
			if rel == nil && posBefore(s.at, mc.P) && analyzer.ExprPath(mc.Recv) == recv && releases[r.target(g, mc)] && !inFinally(g, mc.P) {
				rel = mc
			}
			return rel == nil
		})
		if rel == nil {
			continue
		}
		end := stmt.Span()
		for _, ret := range r.returns(g) {
			if posBefore(ir.Pos{Line: end.EndLine, Col: end.EndCol}, ret.P) && posBefore(ret.P, rel.P) && !posWithin(rel.P, ret.Span()) {
				return g, ret, rel
			}
		}
	}
	return nil, nil, nil
}

// throwBeforeOwnRemoval is, for a function that adds to place in a
// statement of its own body and takes the entry out again later in it
// (not in a finally), the call in between that can throw what a caller
// catches and goes on from: around its call in a loop over requests or
// jobs, or in code that runs per request (perRequest). The entry added
// for the request that failed stays. nil when there is none.
func (r *resolver) throwBeforeOwnRemoval(scope *analyzer.Scope, place analyzer.Place, from ir.Pos, perRequest func(*ir.Func) bool) analyzer.Node {
	fn := scope.Fn
	if !topLevelAt(fn.Body, from) || !r.removedInFunc(scope, place) {
		return nil
	}
	rem, ok := r.ownRemovalAfter(scope, place, from)
	if !ok {
		return nil
	}
	caught, _ := r.caughtInLoop(fn, perRequest)
	if len(caught) == 0 {
		return nil
	}
	var thrower analyzer.Node
	analyzer.InspectFunc(fn, analyzer.KCalls|analyzer.KTry, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n.(type) {
		case *ir.Try:
			return false // (what a try of its own catches goes no further)
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			at := n.Span()
			if posBefore(from, at) && posBefore(at, rem) && (r.callThrows(fn, n, caught) || r.dynamicNewThrows(fn, n, caught)) {
				thrower = n
			}
		}
		return thrower == nil
	})
	return thrower
}

// dynamicNewThrows reports whether method call n, in fn, is made on an
// object fn makes with new $class(…) from its parameter $class, and the
// method throws one of the caught classes in one of the classes the
// callers name for it, class strings read through their constants and
// configuration (foreach ($this->widgets as $class), a list given to
// the constructor from a config file).
func (r *resolver) dynamicNewThrows(fn *ir.Func, n analyzer.Node, caught []string) bool {
	mc, ok := n.(*ir.MethodCall)
	if !ok || mc.Name == "" {
		return false
	}
	v, ok := mc.Recv.(*ir.Var)
	if !ok {
		return false
	}
	nw := localNew(fn, v.Name)
	if nw == nil || nw.ClassExpr == nil {
		return false
	}
	i := paramIndex(fn, nw.ClassExpr)
	if i < 0 {
		return false
	}
	sites, _ := r.callSites()
	for _, s := range sites[fn] {
		if i >= len(s.args) {
			continue
		}
		for _, c := range r.ix.ConstValuesDepth(s.caller, s.args[i], 6) {
			if c.Kind == analyzer.ConstString && r.throws(r.ix.Method(c.S, mc.Name), caught, 2) {
				return true
			}
		}
	}
	return false
}

// topLevelAt reports whether position at lies in one of the statements
// of body itself, not under a branch or loop among them.
func topLevelAt(body []ir.Stmt, at ir.Pos) bool {
	for _, st := range body {
		if !posWithin(at, st.Span()) {
			continue
		}
		switch st.(type) {
		case *ir.If, *ir.Loop, *ir.Switch, *ir.Try:
			return false
		}
		return true
	}
	return false
}

// returns lists, once per function, its returns outside closures and
// catch blocks (a rare path).
func (r *resolver) returns(fn *ir.Func) []*ir.Return {
	return memoized(&r.returnMemo, fn, nil, func() []*ir.Return {
		var out []*ir.Return
		analyzer.InspectFunc(fn, analyzer.KReturn|analyzer.KCatch, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Catch:
				return false
			case *ir.Return:
				out = append(out, n)
			}
			return true
		})
		return out
	})
}

// ownRemovalAfter is the position of the first removal from place in
// scope's function, outside any finally, after from; ok is false when
// there is none, or when the function also removes in a finally block
// (which runs on every way out).
func (r *resolver) ownRemovalAfter(scope *analyzer.Scope, place analyzer.Place, from ir.Pos) (ir.Pos, bool) {
	fn := scope.Fn
	rm := memoized(&r.ownRemovals, removedKey{fn, place.Key()}, ownRemovals{}, func() ownRemovals {
		var out ownRemovals
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n.(type) {
			case *ir.Closure, *ir.Catch:
				return false
			}
			if isRemoval(r, scope, n, place) {
				if at := n.Span(); inFinally(fn, at) {
					out.guarded = true
				} else {
					out.at = append(out.at, at)
				}
			}
			return true
		})
		return out
	})
	if rm.guarded {
		return ir.Pos{}, false
	}
	for _, at := range rm.at {
		if posBefore(from, at) {
			return at, true
		}
	}
	return ir.Pos{}, false
}

// ownRemovals are the removals from one place in a function's own body:
// where they are, outside finally blocks, and whether one is in one.
type ownRemovals struct {
	at      []ir.Pos
	guarded bool
}

// addRemove is a call that adds through a function and the call of a
// remover its caller makes after it.
type addRemove struct {
	add, rem *callSite
	remover  *ir.Func
}

// wrappedRemovals is unguardedRemovals, also one or two calls away: a
// function that calls fn in a statement of its own body adds as fn does,
// and one that calls a remover removes as it does ($sentry->jobProcessing($job)
// pushing a scope, $sentry->jobProcessed($job) popping it; $context->activate()
// attaching to the context storage, $scope->detach() detaching).
func (r *resolver) wrappedRemovals(fn *ir.Func, removers []*ir.Func) []addRemove {
	out := r.unguardedRemovals(fn, removers)
	sites, _ := r.callSites()
	wrapped := slices.Clone(removers)
	for range 2 {
		for _, t := range slices.Clone(wrapped) {
			for _, s := range sites[t] {
				if s.caller != fn && s.caller.Kind == ir.FuncMethod && !slices.Contains(wrapped, s.caller) {
					wrapped = append(wrapped, s.caller)
				}
			}
		}
	}
	var adders []*ir.Func
	from := []*ir.Func{fn}
	for range 2 {
		var next []*ir.Func
		for _, t := range from {
			for _, s := range sites[t] {
				a := s.caller
				if a != fn && a.Kind == ir.FuncMethod && s.at != (ir.Pos{}) && topLevelAt(a.Body, s.at) && !slices.Contains(adders, a) && !slices.Contains(wrapped, a) {
					adders = append(adders, a)
					next = append(next, a)
				}
			}
		}
		from = next
	}
	for _, a := range adders {
		out = append(out, r.unguardedRemovals(a, wrapped)...)
	}
	return out
}

// ownCatchSkips finds, in fn, a try statement whose body holds the
// removal at rem but not the add at add, a call in that body before the
// removal that can throw what one of its catch blocks catches, and no
// call of remover in those catch blocks: the exception skips the
// removal and fn goes on. The try and the throwing call; nil when there
// is none.
func (r *resolver) ownCatchSkips(fn *ir.Func, add, rem ir.Pos, remover *ir.Func) (*ir.Try, analyzer.Node) {
	var try *ir.Try
	var thrower analyzer.Node
	analyzer.InspectFunc(fn, analyzer.KTry, func(n analyzer.Node, _ []analyzer.Node) bool {
		t, ok := n.(*ir.Try)
		if !ok || thrower != nil {
			return thrower == nil
		}
		if !stmtsHold(t.Body, rem) || stmtsHold(t.Body, add) {
			return true
		}
		var caught []string
		for _, c := range t.Catches {
			if rethrows(c) || r.callsTarget(fn, c.Body, remover) {
				continue
			}
			caught = append(caught, c.Types...)
		}
		if len(caught) == 0 {
			return true
		}
		analyzer.Inspect(t.Body, func(x analyzer.Node, _ []analyzer.Node) bool {
			switch x.(type) {
			case *ir.Closure, *ir.Try:
				return false
			case *ir.Call, *ir.MethodCall, *ir.StaticCall:
				if at := x.Span(); posBefore(at, rem) && r.callThrows(fn, x, caught) {
					try, thrower = t, x
				}
			}
			return thrower == nil
		})
		return thrower == nil
	})
	return try, thrower
}

// callsTarget reports whether body, in fn, calls target.
func (r *resolver) callsTarget(fn *ir.Func, body []ir.Stmt, target *ir.Func) bool {
	found := false
	analyzer.InspectKinds(body, analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
		if r.target(fn, n) == target {
			found = true
		}
		return !found
	})
	return found
}

// unguardedRemovals lists the calls of fn that a call of one of removers
// follows in the same function, outside a finally block: what runs in
// between may leave before the removal (see returnsBeforeRemoval and
// throwsBeforeRemoval).
func (r *resolver) unguardedRemovals(fn *ir.Func, removers []*ir.Func) []addRemove {
	sites, _ := r.callSites()
	var out []addRemove
	for i, w := range sites[fn] {
		rem, remover := r.removalAfter(fn, w, removers)
		if rem != nil && !inFinally(w.caller, rem.at) {
			out = append(out, addRemove{&sites[fn][i], rem, remover})
		}
	}
	return out
}

// removalAfter is the first call of one of removers (other than fn)
// that the caller of w, a call of fn, makes after it, and which remover
// it calls; nil when there is none.
func (r *resolver) removalAfter(fn *ir.Func, w callSite, removers []*ir.Func) (*callSite, *ir.Func) {
	if w.at == (ir.Pos{}) {
		return nil, nil
	}
	sites, _ := r.callSites()
	var rem *callSite
	var remover *ir.Func
	for _, t := range removers {
		if t == fn {
			continue
		}
		for i, s := range sites[t] {
			if s.caller == w.caller && posBefore(w.at, s.at) && (rem == nil || posBefore(s.at, rem.at)) {
				rem, remover = &sites[t][i], t
			}
		}
	}
	return rem, remover
}

// catchSite is where a caller catches what a function throws: the call
// in a try block inside a loop.
type catchSite struct {
	fn *ir.Func
	at ir.Pos
}

// caughtInLoop lists the classes the callers of fn catch, without
// throwing again, around their calls of it inside a loop (a worker
// handling one message after another that goes on when one fails), or
// anywhere in a caller that runs per request (a kernel that turns the
// exception into an error response), with one such call.
func (r *resolver) caughtInLoop(fn *ir.Func, perRequest func(*ir.Func) bool) (caught []string, where catchSite) {
	sites, _ := r.callSites()
	for _, s := range sites[fn] {
		if s.at == (ir.Pos{}) {
			continue
		}
		analyzer.Inspect(s.caller.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
			t, ok := n.(*ir.Try)
			if !ok || !stmtsHold(t.Body, s.at) || len(enclosingLoops(stack)) == 0 && (perRequest == nil || !perRequest(s.caller)) {
				return true
			}
			for _, c := range t.Catches {
				if !rethrows(c) {
					caught = append(caught, c.Types...)
					where = catchSite{s.caller, s.at}
				}
			}
			return true
		})
	}
	return caught, where
}

// throwsHere reports whether n, in fn, is a throw statement of one of
// the caught classes.
func (r *resolver) throwsHere(fn *ir.Func, n analyzer.Node, caught []string) bool {
	o, ok := n.(*ir.Other)
	if !ok || o.Op != "throw" || len(o.Args) != 1 {
		return false
	}
	class := r.classOf(fn, o.Args[0])
	return class != "" && slices.ContainsFunc(caught, func(c string) bool { return r.ix.Implements(class, c) })
}

// rethrows reports whether a catch block throws again (throw $e, or a
// wrapping exception): the worker does not go on with the next request.
func rethrows(c *ir.Catch) bool {
	found := false
	analyzer.Inspect(c.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if o, ok := n.(*ir.Other); ok && o.Op == "throw" {
			found = true
		}
		return !found
	})
	return found
}

// callThrows reports whether call n in fn may throw one of the caught
// classes: its target does (see throwsAny), or, for a call of a callable
// parameter ($next($message)), an invokable object or a closure the
// callers hand in.
func (r *resolver) callThrows(fn *ir.Func, n analyzer.Node, caught []string) bool {
	if r.throwsAny(fn, n, caught) {
		return true
	}
	c, ok := n.(*ir.Call)
	if !ok {
		return false
	}
	v, ok := c.Callee.(*ir.Var)
	if !ok || paramIndex(fn, v) < 0 {
		return false
	}
	for _, class := range r.passedClasses(fn, v, 3) {
		if r.throws(r.ix.Method(class, "__invoke"), caught, 2) {
			return true
		}
	}
	// $this->sentry->handle($request, fn ($r) => $this->products->show($r)):
	// the closures the callers hand in, written there or held in a local
	sites, _ := r.callSites()
	i := paramIndex(fn, v)
	for _, s := range sites[fn] {
		a, ok := siteArg(fn, s, i)
		if !ok {
			continue
		}
		var cb *ir.Func
		switch a := a.(type) {
		case *ir.Closure:
			cb = a.Func
		case *ir.Var:
			cb = localClosure(s.caller, a.Name)
		}
		if cb != nil && r.throws(cb, caught, 2) {
			return true
		}
	}
	return false
}

// errorPathOnly reports whether every removal from the place fn grows
// happens only on an error path the write does not take: each remover is
// called only in catch blocks, of functions that also call fn outside
// that catch (a journal compacted when a request fails, and written on
// every request). The writes of the requests that succeed stay.
func (r *resolver) errorPathOnly(fn *ir.Func, removers []*ir.Func) (string, bool) {
	sites, _ := r.callSites()
	var where []string
	for _, t := range removers {
		if t == fn || len(sites[t]) == 0 {
			return "", false
		}
		for _, s := range sites[t] {
			if s.at == (ir.Pos{}) {
				return "", false // handed on as a callback
			}
			c := catchAround(s.caller, s.at)
			if c == nil {
				return "", false
			}
			spared := false
			for _, w := range sites[fn] {
				if w.caller == s.caller && w.at != (ir.Pos{}) && !posWithin(w.at, c.P) {
					spared = true
				}
			}
			if !spared {
				return "", false
			}
			if l := fmt.Sprintf("%s, in a catch of %s", funcLabel(t), funcLabel(s.caller)); !slices.Contains(where, l) {
				where = append(where, l)
			}
		}
	}
	if len(where) == 0 {
		return "", false
	}
	return fmt.Sprintf("and what removes from it runs only when a request fails (%s), never after the writes of the requests that succeed", strings.Join(where, "; ")), true
}

// catchAround is the catch block of fn's own body that holds position
// at, nil when at is not in one.
func catchAround(fn *ir.Func, at ir.Pos) *ir.Catch {
	c, _ := tryPartAt(fn, at)
	return c
}

// tryPartAt finds where position at lies among the try statements of
// fn's own body: the catch block that holds it, and whether a finally
// block does.
func tryPartAt(fn *ir.Func, at ir.Pos) (catch *ir.Catch, finally bool) {
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Try:
			for _, c := range n.Catches {
				if posWithin(at, c.P) {
					catch = c
				}
			}
			for _, st := range n.Finally {
				if posWithin(at, st.Span()) {
					finally = true
				}
			}
		}
		return true
	})
	return catch, finally
}

// returnsBeforeRemoval reports whether a function that adds through fn
// and removes again through one of removers afterwards (a scope entered
// and left, a context pushed and popped), also through wrappers
// (Log::pushContext() calling the stack's push(): see wrappedRemovals),
// may return in between: the entry added on that path stays. A removal
// in a finally always runs.
func (r *resolver) returnsBeforeRemoval(fn *ir.Func, removers []*ir.Func) (string, *ir.Func, bool) {
	for _, pair := range r.wrappedRemovals(fn, removers) {
		w, rem, remover := pair.add, pair.rem, pair.remover
		c := w.caller
		var exit ir.Pos
		how := ""
		between := func(at ir.Pos) bool { return posBefore(w.at, at) && posBefore(at, rem.at) }
		analyzer.Inspect(c.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Closure:
				return false
			case *ir.Return:
				// (return $this->flush(): the removal is on the way out)
				if between(n.P) && !posWithin(rem.at, n.P) {
					exit, how = n.P, "return"
				}
			case *ir.Jump:
				// continue or break in the loop that adds and removes per
				// item: the rest of that item's round is skipped
				if (n.Op == "continue" || n.Op == "break") && between(n.P) {
					if l := innermostLoop(stack); l != nil && posWithin(w.at, l.P) && posWithin(rem.at, l.P) {
						exit, how = n.P, n.Op
					}
				}
			}
			return how == ""
		})
		if how == "" {
			// the first removal sits in a branch that returns after it
			// (if ($state === null) { pop(); return; }): a return after
			// the add that no removal on its own way comes before
			if ret := r.uncoveredReturn(c, w.at, removers); ret != nil {
				exit, how = ret.P, "return"
			}
		}
		if how != "" {
			verb := "return"
			if how != "return" {
				verb = "skip to the next round of its loop (" + how + ")"
			}
			return fmt.Sprintf("and %s can %s (%s:%d) after adding to it and before %s removes the entry again", funcLabel(c), verb, c.File.Path, exit.Line, funcLabel(remover)), remover, true
		}
	}
	return "", nil, false
}

// returnsInsideRemover reports whether the remover a request calls after
// the add (finish($request) after begin($request)) can itself return
// before it takes that request's entry out: a statement of its own body
// ahead of its first removal of place is an if without else that
// returns, and that removal takes out one entry (unset($this->x[$k]),
// ->detach($o)), not the whole store (a drain that skips a call empties
// it on the next). The requests it turns back keep their entry. Not
// when the test reads place, or a local read from it (an entry that is
// not there has nothing to remove), nor when it tests the state of a
// parameter itself ($hold->status !== Active, !$job->done): the caller
// may set that state before the call, which phpleak does not follow.
func (r *resolver) returnsInsideRemover(fn *ir.Func, removers []*ir.Func, place analyzer.Place) (string, *ir.Func, bool) {
	for _, pair := range r.wrappedRemovals(fn, removers) {
		m := pair.remover
		if !slices.Contains(removers, m) || m == fn || m.Kind != ir.FuncMethod {
			continue
		}
		scope := analyzer.NewScope(m)
		var guard *ir.If
		for _, st := range m.Body {
			if removedIn(r, scope, []ir.Stmt{st}, place) {
				if guard != nil && removesEntry(scope, st, place) {
					return fmt.Sprintf("and %s, which %s calls to remove the entry again (%s:%d), can return (%s:%d) before it removes it",
						funcLabel(m), funcLabel(pair.add.caller), pair.add.caller.File.Path, pair.rem.at.Line, m.File.Path, guard.P.Line), m, true
				}
				break
			}
			if g, ok := st.(*ir.If); ok && guard == nil && len(g.Else) == 0 && len(g.Then) > 0 && returnsBare(g.Then) &&
				!readsPlace(scope, m, g.Cond, place) && !testsParamState(m, g.Cond) {
				guard = g
			}
		}
	}
	return "", nil, false
}

// returnsBare reports whether body ends with a return of no value or of
// a constant (not of a call, which may do the removal on the way out).
func returnsBare(body []ir.Stmt) bool {
	ret, ok := body[len(body)-1].(*ir.Return)
	return ok && (ret.X == nil || analyzer.IsConstant(ret.X))
}

// readsPlace reports whether e, in fn, reads place or anything under
// it, directly or through a local fn assigns from such a read
// ($started = $this->running[$name] ?? null; if ($started === null)).
func readsPlace(scope *analyzer.Scope, fn *ir.Func, e ir.Expr, place analyzer.Place) bool {
	reads := func(e ir.Expr) bool {
		found := false
		analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
			if x, ok := n.(ir.Expr); ok {
				if p, _, ok := scope.PlaceOf(x); ok && p.Key() == place.Key() {
					found = true
				}
			}
			return !found
		})
		return found
	}
	if reads(e) {
		return true
	}
	from := map[string]bool{}
	analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			if v, ok := a.Dst.(*ir.Var); ok && reads(a.Src) {
				from[v.Name] = true
			}
		}
		return true
	})
	found := false
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		if v, ok := n.(*ir.Var); ok && from[v.Name] {
			found = true
		}
		return !found
	})
	return found
}

// testsParamState reports whether cond, a test in fn, is about a
// parameter itself: the parameter, one of its properties or what one of
// its methods answers, alone, negated or compared.
func testsParamState(fn *ir.Func, cond ir.Expr) bool {
	isParam := func(e ir.Expr) bool {
		for {
			switch x := e.(type) {
			case *ir.Var:
				return paramIndex(fn, x) >= 0
			case *ir.Prop:
				e = x.Obj
			case *ir.MethodCall:
				e = x.Recv
			case *ir.Other:
				if x.Op != "!" || len(x.Args) != 1 {
					return false
				}
				e = x.Args[0]
			default:
				return false
			}
		}
	}
	if o, ok := cond.(*ir.Other); ok {
		switch o.Op {
		case "===", "!==", "==", "!=", "<", ">", "<=", ">=", "instanceof", "&&", "||":
			return slices.ContainsFunc(o.Args, func(a ir.Expr) bool { return testsParamState(fn, a) })
		}
	}
	return isParam(cond)
}

// removesEntry reports whether statement st takes one entry out of
// place: an unset of an element, a removal method (detach,
// offsetUnset, remove…) given the entry, or a pop or shift of one.
func removesEntry(scope *analyzer.Scope, st ir.Stmt, place analyzer.Place) bool {
	found := false
	analyzer.Inspect([]ir.Stmt{st}, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Unset:
			for _, t := range n.Targets {
				if p, dims, ok := scope.PlaceOf(t); ok && p.Key() == place.Key() && len(dims) > 0 && dims[len(dims)-1].Key != nil {
					found = true
				}
			}
		case *ir.MethodCall:
			if p, dims, ok := scope.PlaceOf(n.Recv); ok && p.Key() == place.Key() && len(dims) == 0 && len(n.Args) > 0 {
				switch strings.ToLower(n.Name) {
				case "detach", "offsetunset", "remove", "delete", "forget", "unset":
					found = true
				}
			}
		case *ir.Call:
			// array_pop($this->stack): the one entry on top
			if name := analyzer.CallName(n); (name == "array_pop" || name == "array_shift") && len(n.Args) == 1 {
				if p, dims, ok := scope.PlaceOf(n.Args[0]); ok && p.Key() == place.Key() && len(dims) == 0 {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// uncoveredReturn finds a return of c after the add at `at`, and before
// a call of removers in c's own body (not in a branch), that no call of
// removers covers: one before it on its own way, in the same block or in
// a block around it (top level, the same branch of an if, the same loop,
// try block or case). Removals in a finally block cover every return.
// nil when each such return is covered, or c removes nowhere after the
// add.
func (r *resolver) uncoveredReturn(c *ir.Func, at ir.Pos, removers []*ir.Func) *ir.Return {
	sites, _ := r.callSites()
	type placed struct {
		at    ir.Pos
		outer analyzer.Node // innermost branch, loop, try or case around it; nil at top level
	}
	isRemoval := map[ir.Pos]bool{}
	for _, t := range removers {
		for _, s := range sites[t] {
			if s.caller == c && posBefore(at, s.at) {
				isRemoval[s.at] = true
			}
		}
	}
	if len(isRemoval) == 0 {
		return nil
	}
	// which branch of an if, or which case, a position is in
	part := func(n analyzer.Node, p ir.Pos) int {
		switch x := n.(type) {
		case *ir.If:
			if stmtsHold(x.Then, p) {
				return 0
			}
			return 1
		case *ir.Switch:
			for i, cs := range x.Cases {
				if stmtsHold(cs.Body, p) {
					return i
				}
			}
		case *ir.Try:
			switch {
			case stmtsHold(x.Body, p):
				return 0
			case stmtsHold(x.Finally, p):
				return 2
			}
			return 1
		}
		return 0
	}
	innermost := func(stack []analyzer.Node) analyzer.Node {
		for i := len(stack) - 1; i >= 0; i-- {
			switch stack[i].(type) {
			case *ir.If, *ir.Switch, *ir.Loop, *ir.Try, *ir.Catch:
				return stack[i]
			}
		}
		return nil
	}
	var rems []placed
	var rets []*ir.Return
	retStacks := map[*ir.Return][]analyzer.Node{}
	finally := false
	analyzer.Inspect(c.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch x := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Return:
			if posBefore(at, x.P) {
				rets = append(rets, x)
				retStacks[x] = slices.Clone(stack)
			}
		}
		if e, ok := n.(ir.Expr); ok && isRemoval[e.Span()] {
			o := innermost(stack)
			if t, ok := o.(*ir.Try); ok && part(t, e.Span()) == 2 {
				finally = true
			}
			rems = append(rems, placed{e.Span(), o})
		}
		return true
	})
	if finally || len(rems) == 0 {
		return nil
	}
	for _, ret := range rets {
		// (only a return that leaves before a removal the function's
		// own body makes later, on its way through)
		skips := slices.ContainsFunc(rems, func(m placed) bool { return m.outer == nil && posBefore(ret.P, m.at) })
		covered := !skips
		for _, m := range rems {
			if covered {
				break
			}
			if posWithin(m.at, ret.P) {
				covered = true // return $this->pop(): on the way out
				break
			}
			if !posBefore(m.at, ret.P) {
				continue
			}
			if m.outer == nil {
				covered = true
				break
			}
			if slices.Contains(retStacks[ret], m.outer) && part(m.outer, m.at) == part(m.outer, ret.P) {
				covered = true
				break
			}
		}
		if !covered {
			return ret
		}
	}
	return nil
}

// posBefore reports whether position a comes before b.
func posBefore(a, b ir.Pos) bool { return a.Line < b.Line || a.Line == b.Line && a.Col < b.Col }

// stmtsHold reports whether position at lies in one of the statements.
func stmtsHold(list []ir.Stmt, at ir.Pos) bool {
	for _, st := range list {
		if posWithin(at, st.Span()) {
			return true
		}
	}
	return false
}

// innermostLoop is the loop a continue or break at the end of stack
// leaves: nil when a switch is closer (a break of the switch).
func innermostLoop(stack []analyzer.Node) *ir.Loop {
	for i := len(stack) - 1; i >= 0; i-- {
		switch n := stack[i].(type) {
		case *ir.Loop:
			return n
		case *ir.Switch, *ir.Closure:
			return nil
		}
	}
	return nil
}

// inFinally reports whether position at lies in a finally block of fn's
// own body.
func inFinally(fn *ir.Func, at ir.Pos) bool {
	_, f := tryPartAt(fn, at)
	return f
}

// abandonedBeforeRemoval reports whether a generator adds through fn and
// removes through one of removers later in its body, outside a finally
// block, with a yield in between, and a caller iterates that generator
// with a foreach it can leave early (break, return): PHP destroys the
// generator suspended at the yield, and the code after it never runs
// (a finally block would). The generator's entry stays.
func (r *resolver) abandonedBeforeRemoval(fn *ir.Func, removers []*ir.Func) (string, *ir.Func, bool) {
	sites, _ := r.callSites()
	for _, pair := range r.wrappedRemovals(fn, removers) {
		c := pair.add.caller
		if !c.Generator {
			continue
		}
		yields := false
		analyzer.Inspect(c.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Closure:
				return false
			case *ir.Yield:
				yields = posBefore(pair.add.at, n.P) && posBefore(n.P, pair.rem.at)
			}
			return !yields
		})
		if !yields {
			continue
		}
		for _, s := range sites[c] {
			var early *ir.Loop
			analyzer.InspectFunc(s.caller, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
				if l, ok := n.(*ir.Loop); ok && l.Kind == ir.LoopForeach && l.Iter != nil && r.target(s.caller, l.Iter) == c && leavesEarly(l.Body) {
					early = l
				}
				return early == nil
			})
			if early != nil {
				return fmt.Sprintf("and the generator %s removes the entry again (%s) only after a later yield, which it reaches only when iterated to its end; %s stops iterating it early (%s:%d), and the generator, destroyed there, never gets to the removal",
					funcLabel(c), funcLabel(pair.remover), funcLabel(s.caller), s.caller.File.Path, early.P.Line), pair.remover, true
			}
		}
	}
	return "", nil, false
}

// callerOutpaces reports whether every call of remover, which takes out
// a fixed number of entries per call (its tally rt, hi < 0: on every
// path; no clamp),
// is made by a function that also calls fn (which adds, tally ft) on the
// same receiver, and in each such caller a loop adds through fn without
// a matching removal in it: add() called for each item of a batch and
// one trim() after the loop. Each call is counted as its callee's tally.
func (r *resolver) callerOutpaces(fn *ir.Func, ft tally, remover *ir.Func, rt tally) (string, bool) {
	sites, _ := r.callSites()
	rs := sites[remover]
	if len(rs) == 0 {
		return "", false
	}
	why := ""
	seen := map[*ir.Func]bool{}
	for _, s := range rs {
		c := s.caller
		if seen[c] {
			continue
		}
		seen[c] = true
		if c == fn || s.at == (ir.Pos{}) || s.callable {
			return "", false
		}
		recv := ""
		if s.recv != nil {
			recv = analyzer.ExprPath(s.recv)
		}
		adds := false
		for _, a := range sites[fn] {
			if a.caller == c && a.at != (ir.Pos{}) && !a.callable {
				adds = true
			}
		}
		if !adds {
			return "", false
		}
		b := &balancer{r: r, fn: c, scope: analyzer.NewScope(c), place: analyzer.Place{Kind: analyzer.PlaceThisProp, Name: "\x00"},
			calls: map[*ir.Func]tally{fn: ft, remover: rt}, callRecv: recv}
		b.effects = b.classify()
		if b.unknown {
			return "", false
		}
		fl := b.stmts(c.Body)
		t := fl.fall.or(fl.exit)
		// (only a loop of adds outpaces here: a path that adds once
		// and skips the trim, by a return or a switch case, is
		// removalSkipped's to judge)
		if b.unknown || t.clamp || !t.open || t.hi <= 0 || t.hi <= many/2 && !b.loopAdds {
			return "", false
		}
		if why == "" {
			why = fmt.Sprintf("and %s calls %s in a loop, for each item, and %s, which takes out only %d %s per call, after it: on every call of %s the store keeps what the extra adds put in",
				funcLabel(c), funcLabel(fn), funcLabel(remover), -rt.hi, map[bool]string{true: "entry", false: "entries"}[-rt.hi == 1], funcLabel(c))
		}
	}
	return why, why != ""
}

// certainBalance is balance without taking a removal behind a condition
// of its own (a contains() check, a setting) to run: what fn takes out
// on every path, not at best.
func (r *resolver) certainBalance(fn *ir.Func, place analyzer.Place) storeBalance {
	return r.runBalance(&balancer{r: r, fn: fn, scope: analyzer.NewScope(fn), place: place, certain: true})
}

// fixedRounds is the number of rounds of foreach l, in fn, when it
// iterates a list literal without spreads, or a local assigned one once,
// or the result of a project function whose every return is such a
// list of one length.
func (r *resolver) fixedRounds(fn *ir.Func, l *ir.Loop) (int, bool) {
	if l.Kind != ir.LoopForeach || l.Iter == nil {
		return 0, false
	}
	size := func(e ir.Expr) (int, bool) {
		a, ok := e.(*ir.Array)
		if !ok {
			return 0, false
		}
		for _, it := range a.Items {
			if it.Unpack || it.Key != nil {
				return 0, false
			}
		}
		return len(a.Items), true
	}
	e := l.Iter
	if v, ok := e.(*ir.Var); ok {
		e = localSource(fn, v)
	}
	if n, ok := size(e); ok {
		return n, true
	}
	switch e.(type) {
	case *ir.MethodCall, *ir.StaticCall, *ir.Call:
	default:
		return 0, false
	}
	t := r.target(fn, e)
	rets := returned(t)
	if len(rets) == 0 {
		return 0, false
	}
	n := -1
	for _, x := range rets {
		if v, ok := x.(*ir.Var); ok {
			x = localSource(t, v)
		}
		k, ok := size(x)
		if !ok || n >= 0 && k != n {
			return 0, false
		}
		n = k
	}
	return n, true
}
