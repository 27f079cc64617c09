package rules

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// CircularReference flags objects linked both ways through properties
// and left linked.
var CircularReference = &analyzer.Analyzer{
	ID:       "circular-reference",
	Kind:     analyzer.Cycle,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Objects reference each other and the link is never broken",
		Text: "When object A holds B in a property and B holds A (a parent/child back-link, `$a->b = $b;\n" +
			"$b->a = $a`, an observer holding its subject), each keeps the other's refcount above zero.\n" +
			"Once the program drops both, refcounting cannot free them: they wait for PHP's cycle\n" +
			"collector, which runs only after about 10,000 possible roots pile up, and not at all with\n" +
			"`zend.enable_gc=0`. Per request or per job this is memory churn and latency spikes; with GC\n" +
			"disabled it is a leak.\n\n" +
			"phpleak follows constructors and setters (also in other files) that keep their argument in a\n" +
			"property, factories (also static ones) that return a new object keeping what they are given\n" +
			"(`return new Child($this)`, or `$item = new self(); $item->attachTo($batch); return $item;`),\n" +
			"objects made by class name (`new $class($this)`), getters that hand back a property\n" +
			"(`$deferred->promise()->then(...)`), a closure\n" +
			"stored on the object it captures (`use ($obj)`) or is bound to (`$fn->bindTo($obj)`,\n" +
			"`Closure::bind($fn, $obj)`), and a caught exception kept on the object its trace holds as an\n" +
			"argument (with `zend.exception_ignore_args` off, PHP's default without php.ini). A cycle\n" +
			"through an object that lives for the whole process (a service it was handed) is a\n" +
			"low-confidence note.\n\n" +
			"Not flagged: one-way links, back-links held as `WeakReference` or in a `WeakMap`, links\n" +
			"broken later in the same function (also in `finally`), or by a method that clears the\n" +
			"back-link property (or empties the container holding the links, also one element at a\n" +
			"time: `foreach (iterator_to_array($this->observers) as $o) $this->observers->detach($o)`)\n" +
			"and that the project calls on every outcome, not only when one test holds.",
		Leaking: `final class Order
{
    /** @var OrderLine[] */
    private array $lines = [];

    public function addLine(string $sku): void
    {
        $this->lines[] = new OrderLine($this, $sku); // OrderLine keeps $order
    }
}

final class OrderLine
{
    public function __construct(public Order $order, public string $sku) {}
}`,
		Fixed: `final class OrderLine
{
    private \WeakReference $order;

    public function __construct(Order $order, public string $sku)
    {
        $this->order = \WeakReference::create($order);
    }

    public function order(): ?Order
    {
        return $this->order->get();
    }
}`,
	},
	Prepare: prepareShared,
	Run:     judgedByModel(runCircularReference),
}

// link is "holder keeps held in its property prop", made at pos.
type link struct {
	holder, held string // object handles: "this", "$var", "new@L:C"
	prop         string
	node         analyzer.Node
	class        string // holder's class when known
}

func runCircularReference(pass *analyzer.Pass) {
	r := sharedResolver(pass)
	clearers := sharedClearers(pass)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			checkCycles(pass, r, f, fn, clearers)
		}
	}
}

func checkCycles(pass *analyzer.Pass, r *resolver, f *ir.File, fn *ir.Func, clearers map[string]bool) {
	scope := analyzer.NewScope(fn)
	links := &linkSet{byHolder: map[string][]link{}, pairs: map[[2]string]bool{}}
	// A constructor's promoted parameters are stored before its body runs.
	if fn.Kind == ir.FuncMethod && strings.EqualFold(fn.Name, "__construct") && fn.Class != nil {
		for _, p := range fn.Params {
			if p.Promoted {
				links.add(link{holder: "this", held: "$" + p.Name, prop: p.Name,
					node: &ir.Var{Name: p.Name, P: p.Pos}, class: fn.Class.Name})
			}
		}
	}
	reported := map[analyzer.Node]bool{}
	owned := map[string]bool{}
	analyzer.InspectFunc(fn, linkKinds, func(n analyzer.Node, stack []analyzer.Node) bool {
		// $order = $order->withStatus(…): a closure that captured $order
		// by value keeps the object $order held before
		var extra []link
		if a, ok := n.(*ir.Assign); ok && a.Op == "=" && !a.ByRef && links.captures > 0 {
			if v, ok := a.Dst.(*ir.Var); ok && v.Name != "" {
				links.rebind("$"+v.Name, fmt.Sprintf("$%s@%d:%d", v.Name, a.P.Line, a.P.Col))
				// $previous = $revision: a closure that captured
				// &$previous now sees $revision
				if h := handleOf(a.Src, nil, nil); h != "" && h != "$"+v.Name {
					for _, l := range links.byRef("$" + v.Name) {
						extra = append(extra, link{holder: l.holder, held: h, prop: l.prop, node: statementNode(n, stack), class: l.class})
					}
				}
			}
		}
		for _, l := range append(extra, linksOf(r, scope, fn, n, stack)...) {
			// $a->p keeps something: $a keeps $a->p in p (the path is
			// the object the property holds)
			if base, prop, ok := cutPath(l.holder); ok && !owned[l.holder] {
				owned[l.holder] = true
				name := strings.TrimPrefix(base, "$") // "this" for $this
				links.add(link{holder: base, held: l.holder, prop: prop, node: l.node, class: r.classOf(fn, &ir.Var{Name: name})})
			}
			if l.holder == l.held && !reported[l.node] && !brokenLater(r, scope, fn, l, l, clearers) {
				reported[l.node] = true
				reportSelfCycle(pass, f, fn, l)
			}
			if chain := pathBack(links, l); chain != nil && !reported[l.node] && !chainBroken(r, scope, fn, chain, clearers) {
				reported[l.node] = true
				if len(chain) == 2 {
					reportCycle(pass, f, fn, chain[0], chain[1])
				} else {
					reportRing(pass, f, fn, chain)
				}
			}
			links.add(l)
		}
		return true
	})
}

// linkSet is the links a function has made so far, by holder, each list
// in the order the links were made. Only the first link from a holder to
// a held value is kept: pathBack would take that one, and a function
// appending the same value in many places makes one link, not many.
type linkSet struct {
	byHolder map[string][]link
	pairs    map[[2]string]bool
	captures int // links made by a closure's use: only they follow a variable's new values
}

// rebind renames what closures captured by value from variable v (held
// "$v", by "use $v") to old, once v is assigned anew: the closure keeps
// the value v had when it was made, not the one v is given after.
func (s *linkSet) rebind(v, old string) {
	for holder, ls := range s.byHolder {
		for i, l := range ls {
			if l.held == v && strings.HasPrefix(l.prop, "use $") {
				delete(s.pairs, [2]string{holder, v})
				ls[i].held = old
				s.pairs[[2]string{holder, old}] = true
			}
		}
	}
}

// byRef lists the links of closures that captured variable v by
// reference (use (&$v)), in a stable order.
func (s *linkSet) byRef(v string) []link {
	var out []link
	for _, holder := range slices.Sorted(maps.Keys(s.byHolder)) {
		for _, l := range s.byHolder[holder] {
			if l.held == v && l.prop == "use &"+v {
				out = append(out, l)
			}
		}
	}
	return out
}

func (s *linkSet) add(l link) {
	if p := [2]string{l.holder, l.held}; !s.pairs[p] {
		s.pairs[p] = true
		if strings.HasPrefix(l.prop, "use ") {
			s.captures++
		}
		s.byHolder[l.holder] = append(s.byHolder[l.holder], l)
	}
}

// cutPath splits a property-path handle "$a->p" into "$a" and "p" (and
// "$this->p" into "this" and "p"); only one level, from a variable.
func cutPath(h string) (base, prop string, ok bool) {
	if !strings.HasPrefix(h, "$") {
		return "", "", false
	}
	base, prop, ok = strings.Cut(h, "->")
	if !ok || strings.Contains(prop, "->") || prop == "" {
		return "", "", false
	}
	if base == "$this" {
		base = "this"
	}
	return base, prop, true
}

// pathBack looks for a chain of earlier links leading from what l holds
// back to l's holder: with l, a reference cycle. It returns the chain in
// the order the links were made, l last; nil when there is none.
func pathBack(links *linkSet, l link) []link {
	if l.holder == l.held {
		return nil
	}
	type step struct {
		at  string
		via []link
	}
	seen := map[string]bool{l.held: true}
	queue := []step{{at: l.held}}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		for _, prev := range links.byHolder[s.at] {
			if seen[prev.held] || len(s.via) >= 5 {
				continue
			}
			via := append(append([]link(nil), s.via...), prev)
			if prev.held == l.holder {
				sort.SliceStable(via, func(i, j int) bool { return linkOrder(via[i]) < linkOrder(via[j]) })
				return append(via, l)
			}
			seen[prev.held] = true
			queue = append(queue, step{at: prev.held, via: via})
		}
	}
	return nil
}

func linkOrder(l link) int {
	p := l.node.Span()
	return int(p.Line)*10000 + int(p.Col)
}

// chainBroken reports whether any link of a cycle is broken later.
func chainBroken(r *resolver, scope *analyzer.Scope, fn *ir.Func, chain []link, clearers map[string]bool) bool {
	last := chain[len(chain)-1]
	for _, l := range chain {
		if brokenLater(r, scope, fn, last, l, clearers) {
			return true
		}
		if l.holder == "this" && r.releasedAfterCalls(fn, l.prop) {
			return true
		}
	}
	return false
}

// releasedAfterCalls reports whether every call of method fn is made on
// $this by a method of its class that then, in a finally block or
// unconditionally, calls another method of $this which empties or
// unsets elements of property prop: preProcess() stores wrappers in
// $this->wrappedListeners, and dispatch() runs postProcess(), which
// unsets them, in a finally. The link fn makes does not outlive the
// call that made it.
func (r *resolver) releasedAfterCalls(fn *ir.Func, prop string) bool {
	if fn.Kind != ir.FuncMethod || fn.Class == nil || prop == "" {
		return false
	}
	sites, unresolved := r.callSites()
	if len(sites[fn]) == 0 || unresolved[strings.ToLower(fn.Name)] && !fn.Private {
		return false
	}
	for _, s := range sites[fn] {
		if s.recv == nil || !analyzer.IsThis(s.recv) || s.at == (ir.Pos{}) {
			return false
		}
		// (statements that always run: the top level, a try's body and
		// its finally; not what sits under a condition or a loop)
		released := false
		var walk func(body []ir.Stmt)
		walk = func(body []ir.Stmt) {
			for _, st := range body {
				switch st := st.(type) {
				case *ir.Try:
					walk(st.Body)
					walk(st.Finally)
				case *ir.ExprStmt:
					mc, ok := st.X.(*ir.MethodCall)
					if ok && analyzer.IsThis(mc.Recv) && posAfter(mc.P, s.at) && empties(r.method(s.caller, mc), prop) {
						released = true
					}
				}
			}
		}
		walk(s.caller.Body)
		if !released {
			return false
		}
	}
	return true
}

// posAfter reports whether a starts after b ends.
func posAfter(a, b ir.Pos) bool {
	return a.Line > b.EndLine || a.Line == b.EndLine && a.Col > b.EndCol
}

// empties reports whether method m, at its top level, unsets elements
// of $this->prop or sets it empty.
func empties(m *ir.Func, prop string) bool {
	if m == nil {
		return false
	}
	isProp := func(e ir.Expr) bool {
		pr, ok := analyzer.RootOfDims(e).(*ir.Prop)
		return ok && analyzer.IsThis(pr.Obj) && pr.Name == prop
	}
	for _, st := range m.Body {
		switch st := st.(type) {
		case *ir.Unset:
			for _, t := range st.Targets {
				if isProp(t) {
					return true
				}
			}
		case *ir.ExprStmt:
			if a, ok := st.X.(*ir.Assign); ok && a.Op == "=" && isEmptyValue(a.Src) && isProp(a.Dst) {
				return true
			}
		}
	}
	return false
}

// reportRing reports a cycle through three or more objects.
func reportRing(pass *analyzer.Pass, f *ir.File, fn *ir.Func, chain []link) {
	var names []string
	var trace []analyzer.TraceStep
	for _, l := range chain {
		a, b := objName(l.holder, l.class), objName(l.held, "")
		names = append(names, a)
		trace = append(trace, analyzer.Step(f, l.node.Span(), "%s", keeps(a, b, l.prop)))
		trace = append(trace, calleeStore(sharedResolver(pass), fn, l)...)
	}
	last := chain[len(chain)-1]
	pass.Report(analyzer.Diagnostic{
		File: f,
		Pos:  last.node.Span(),
		Message: fmt.Sprintf("%s form a reference cycle (%d objects, each holding the next): once they are dropped refcounting never frees them, and they stay until the cycle collector runs.",
			strings.Join(names, ", "), len(chain)),
		Fix:        cycleFix("Make one link of the ring weak (WeakReference::create(...))", chain...),
		Confidence: analyzer.High,
		Trace:      trace,
		Claim:      &analyzer.Claim{Kind: analyzer.Cycle, Func: fn, Callers: sharedResolver(pass).callers(fn, 8), Owner: thisOwner(fn, chain...), Kept: keptMembers(sharedResolver(pass), fn, chain...)},
		LeakKey:    cycleKey(pass.Index, chain...),
	})
}

// cycleKey names a cycle by its links (holder class and property), in
// any order; "" when a holder's class is unknown, so that cycles phpleak
// cannot tell apart are never merged.
func cycleKey(ix *analyzer.Index, links ...link) string {
	var parts []string
	for _, l := range links {
		if l.class == "" {
			return ""
		}
		// the class that declares the property: an Element's parentNode
		// is Node's, whichever subclass the code names
		class := l.class
		for _, c := range ix.Lineage(l.class) {
			if slices.ContainsFunc(c.Props, func(p *ir.Property) bool { return p.Name == l.prop }) {
				class = c.Name
			}
		}
		parts = append(parts, strings.ToLower(class)+"->"+l.prop)
	}
	sort.Strings(parts)
	return "cycle:" + strings.Join(parts, ",")
}

// listenerRemovedLater reports whether fn, or a closure written in it,
// removes the listener held in variable arg from the object at recv
// ($stream->removeListener('data', $fn) in the promise's always()
// callback): the registration's link is undone once that runs. In fn's
// own body the removal must run whatever the path (in a finally, or
// outside any branch or loop): one under `if ($this->endList)` leaves
// the link on every other path.
func listenerRemovedLater(fn *ir.Func, recv, arg string) bool {
	if recv == "" || arg == "" || !strings.HasPrefix(arg, "$") || strings.Contains(arg, "->") {
		return false
	}
	removesFrom := func(recvs ...string) func(c *ir.MethodCall) bool {
		return func(c *ir.MethodCall) bool {
			return listenerRemove[strings.ToLower(c.Name)] && slices.Contains(recvs, analyzer.ExprPath(c.Recv)) &&
				slices.ContainsFunc(c.Args, func(a ir.Expr) bool { return analyzer.ExprPath(a) == arg })
		}
	}
	removes := removesFrom(recv)
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			// ($hub = $this->hub; function () use ($hub, $fn) {
			// $hub->removeListener('x', $fn); }): the closure reaches the
			// object through a local copy of the path it captures
			found = found || callsWithClosures(n.Func, removesFrom(append(capturedCopies(fn, n.Func, recv), recv)...))
			return false
		case *ir.MethodCall:
			found = found || removes(n) && !slices.ContainsFunc(stack, conditionalStmt)
		}
		return !found
	})
	return found
}

// capturedCopies lists the variables closure cl, written in fn, captures
// by value that hold the object at path: a local of fn assigned once,
// from path itself ($hub = $this->hub), that neither the closure nor
// what it contains assigns again. An arrow function captures by value
// every variable of fn it reads that is not its own parameter.
func capturedCopies(fn, cl *ir.Func, path string) []string {
	var names []string
	if cl.Kind == ir.FuncArrow {
		for name := range assignedOnce(fn) {
			if !slices.ContainsFunc(cl.Params, func(p *ir.Param) bool { return p.Name == name }) {
				names = append(names, name)
			}
		}
	}
	for _, u := range cl.Uses {
		if !u.ByRef {
			names = append(names, u.Name)
		}
	}
	var out []string
	for _, name := range names {
		if analyzer.AssignsVar(cl, name) || shadowedInside(cl, name) {
			continue
		}
		// (assigned before the closure is made: a later assignment
		// is not what it captured)
		if src := assignedOnce(fn)[name]; src != nil && analyzer.ExprPath(src) == path && posBefore(src.Span(), cl.Pos) {
			out = append(out, "$"+name)
		}
	}
	return out
}

// shadowedInside reports whether a closure written inside cl declares a
// parameter named name: there the name is another variable.
func shadowedInside(cl *ir.Func, name string) bool {
	found := false
	analyzer.Inspect(cl.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.Closure); ok && slices.ContainsFunc(c.Func.Params, func(p *ir.Param) bool { return p.Name == name }) {
			found = true
		}
		return !found
	})
	return found
}

// conditionalStmt reports whether n is a statement whose body runs on
// some paths only: a branch, a loop, a catch.
func conditionalStmt(n analyzer.Node) bool {
	switch n.(type) {
	case *ir.If, *ir.Switch, *ir.Loop, *ir.Catch:
		return true
	}
	return false
}

// callsWithClosures reports whether fn, or a closure written in it (at
// any depth), makes a method call that match takes.
func callsWithClosures(fn *ir.Func, match func(*ir.MethodCall) bool) bool {
	found := false
	var walk func(body []ir.Stmt)
	walk = func(body []ir.Stmt) {
		analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Closure:
				walk(n.Func.Body)
			case *ir.MethodCall:
				found = found || match(n)
			}
			return !found
		})
	}
	walk(fn.Body)
	return found
}

// drainedSelfRemoving reports whether closure c, kept in an entry of the
// array $name it captures by reference, takes its own entry out when it
// runs (unset($pending[$bidder]), $bidder captured by value, outside any
// branch), and fn, or a closure written in it, calls every entry of
// $name (foreach ($pending as $settle) $settle(null)): once that runs,
// every closure has let go of the array, and the array of them.
func drainedSelfRemoving(fn *ir.Func, c *ir.Closure, name string) bool {
	byValue := map[string]bool{}
	for _, u := range c.Func.Uses {
		if !u.ByRef {
			byValue[u.Name] = true
		}
	}
	removesOwn := false
	for _, st := range c.Func.Body {
		if un, ok := st.(*ir.Unset); ok {
			for _, t := range un.Targets {
				if d, ok := t.(*ir.Dim); ok && isVarNamed(d.Base, name) {
					if k, ok := d.Key.(*ir.Var); ok && byValue[k.Name] {
						removesOwn = true
					}
				}
			}
		}
	}
	if !removesOwn {
		return false
	}
	calls := false
	var walk func(body []ir.Stmt)
	walk = func(body []ir.Stmt) {
		analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch x := n.(type) {
			case *ir.Closure:
				if x != c {
					walk(x.Func.Body)
				}
				return false
			case *ir.Loop:
				if x.Kind != ir.LoopForeach || !isVarNamed(x.Iter, name) {
					return true
				}
				cb, ok := x.Value.(*ir.Var)
				if !ok {
					return true
				}
				for _, st := range x.Body {
					if es, ok := st.(*ir.ExprStmt); ok {
						if call, ok := es.X.(*ir.Call); ok && call.Name == "" && isVarNamed(call.Callee, cb.Name) {
							calls = true
						}
					}
				}
			}
			return !calls
		})
	}
	walk(fn.Body)
	return calls
}

// dropsOwnHandle reports whether the variable $name that closure c
// captures by reference (itself, or another closure: $listener and
// $onClose holding each other) is set to a plain value (null, false)
// through that reference: in c's own body (once it has done its work, as
// an event listener that removes itself does) or in fn after c is made.
// Either breaks the closure's hold on what the variable held.
func dropsOwnHandle(fn *ir.Func, c *ir.Closure, name string) bool {
	drops := func(body []ir.Stmt, after ir.Pos) bool {
		found := false
		analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && a.Op == "=" && !a.ByRef && isVarNamed(a.Dst, name) && posAfter(a.P, after) {
				src := a.Src
				for { // $listener = $onClose = null
					inner, ok := src.(*ir.Assign)
					if !ok || inner.Op != "=" {
						break
					}
					src = inner.Src
				}
				if _, lit := src.(*ir.Lit); lit {
					found = true
				}
			}
			return !found
		})
		return found
	}
	if drops(fn.Body, c.P) {
		return true
	}
	if !drops(c.Func.Body, ir.Pos{}) {
		return false
	}
	// $attempt = function () use (&$attempt) {…} handed only to one-shot
	// schedulers (futureTick, addTimer): once a run neither schedules it
	// again nor drops it, nothing will run it, and it keeps itself
	if oneShotOnly([][]ir.Stmt{fn.Body, c.Func.Body}, name) {
		end, ok, known := droppedOnExits(c.Func.Body, name, false)
		return !known || ok && end
	}
	return true
}

// oneShotOnly reports whether every call in bodies (a function and the
// closure it makes) that is handed the variable name, or a closure using
// it, is a one-shot scheduler (see rescheduleNames), and there is one.
func oneShotOnly(bodies [][]ir.Stmt, name string) bool {
	handed, other := false, false
	visit := func(n analyzer.Node, _ []analyzer.Node) bool {
		callee, args := methodNameArgs(n)
		if c, ok := n.(*ir.Call); ok {
			if isVarNamed(c.Callee, name) {
				return true // $attempt(1): a run, not a handing over
			}
			callee, args = analyzer.CallName(c), c.Args
		}
		if slices.ContainsFunc(args, func(a ir.Expr) bool { return usesVar(a, name) }) {
			if rescheduleNames[strings.ToLower(callee)] {
				handed = true
			} else {
				other = true
			}
		}
		return true
	}
	for _, b := range bodies {
		analyzer.Inspect(b, visit)
	}
	return handed && !other
}

// usesVar reports whether e is the variable name, or a closure that
// captures or reads it.
func usesVar(e ir.Expr, name string) bool {
	if isVarNamed(e, name) {
		return true
	}
	cl, ok := e.(*ir.Closure)
	return ok && closureCaptures(cl.Func)[name]
}

// droppedOnExits follows stmts, entered with covered (the variable name
// already dropped, or its closure scheduled again): ok when every return
// on the way is covered, end when the list ends covered (or does not
// fall through). known is false for a statement it does not follow (a
// loop, a try, a switch) that holds a return or a drop.
func droppedOnExits(stmts []ir.Stmt, name string, covered bool) (end, ok, known bool) {
	for _, st := range stmts {
		switch st := st.(type) {
		case *ir.Return:
			return true, covered, true
		case *ir.If:
			tEnd, tOk, tKnown := droppedOnExits(st.Then, name, covered)
			eEnd, eOk, eKnown := covered, true, true
			if len(st.Else) > 0 {
				eEnd, eOk, eKnown = droppedOnExits(st.Else, name, covered)
			}
			if !tKnown || !eKnown {
				return false, false, false
			}
			if !tOk || !eOk {
				return false, false, true
			}
			covered = tEnd && eEnd
		case *ir.ExprStmt:
			if a, isAssign := st.X.(*ir.Assign); isAssign && a.Op == "=" && isVarNamed(a.Dst, name) {
				if l, isLit := a.Src.(*ir.Lit); isLit && l.Kind == ir.LitNull {
					covered = true
				}
			}
			if oneShotAgain(st.X, name) {
				covered = true
			}
		default:
			var tricky bool
			analyzer.Inspect([]ir.Stmt{st}, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Closure:
					return false
				case *ir.Return:
					tricky = true
				case *ir.Assign:
					if isVarNamed(n.Dst, name) {
						tricky = true
					}
				}
				return !tricky
			})
			if tricky {
				return false, false, false
			}
		}
	}
	return covered, true, true
}

// oneShotAgain reports whether e hands the variable name, or a closure
// using it, to a one-shot scheduler: the run schedules the next.
func oneShotAgain(e ir.Expr, name string) bool {
	mc, ok := e.(*ir.MethodCall)
	if !ok || !rescheduleNames[strings.ToLower(mc.Name)] {
		return false
	}
	return slices.ContainsFunc(mc.Args, func(a ir.Expr) bool { return usesVar(a, name) })
}

func reportCycle(pass *analyzer.Pass, f *ir.File, fn *ir.Func, first, second link) {
	a, b := objName(first.holder, first.class), objName(second.holder, second.class)
	pass.Report(analyzer.Diagnostic{
		File: f,
		Pos:  second.node.Span(),
		Message: fmt.Sprintf("%s and %s reference each other (%s, %s): once both are dropped refcounting never frees them, and they stay until the cycle collector runs.",
			a, b, keeps(a, b, first.prop), keeps(b, a, second.prop)),
		Fix:        cycleFix("Hold the back-link as a WeakReference (WeakReference::create(...))", first, second),
		Confidence: analyzer.High,
		Trace: slices.Concat(
			[]analyzer.TraceStep{analyzer.Step(f, first.node.Span(), "%s", keeps(a, b, first.prop))},
			calleeStore(sharedResolver(pass), fn, first),
			[]analyzer.TraceStep{analyzer.Step(f, second.node.Span(), "%s: cycle closed", keeps(b, a, second.prop))},
			calleeStore(sharedResolver(pass), fn, second),
		),
		Claim:   &analyzer.Claim{Kind: analyzer.Cycle, Func: fn, Callers: sharedResolver(pass).callers(fn, 8), Owner: thisOwner(fn, first, second), Kept: keptMembers(sharedResolver(pass), fn, first, second)},
		LeakKey: cycleKey(pass.Index, first, second),
	})
}

// calleeStore is the trace step for the store a link made through a call
// ($timing->bind($context), $context->subscribe($timing)) lands on: the
// write to $this->prop in the method called, or the call adding to it
// ($this->listeners->attach($listener)); none for a link made in fn
// itself, when the method is not one of the holder's, or when it does
// not write the property directly.
func calleeStore(r *resolver, fn *ir.Func, l link) []analyzer.TraceStep {
	var call analyzer.Node
	if l.node != nil {
		analyzer.InspectExpr(asExpr(l.node), func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n.(type) {
			case *ir.MethodCall, *ir.StaticCall, *ir.New:
				call = n
			case *ir.Closure:
				return false
			}
			return call == nil
		})
	}
	if call == nil {
		return nil
	}
	// (a method of the holder itself: the store is on that object)
	t := r.target(fn, call)
	if t == nil || t == fn || t.File == nil || t.Class == nil || l.class == "" || !r.ix.Implements(l.class, t.Class.Name) {
		return nil
	}
	ofProp := func(e ir.Expr) bool {
		p, ok := analyzer.RootOfDims(e).(*ir.Prop)
		return ok && p.Name == l.prop && analyzer.IsThis(p.Obj)
	}
	var at analyzer.Node
	analyzer.Inspect(t.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Assign:
			if ofProp(n.Dst) {
				at = n
			}
		case *ir.MethodCall:
			if ofProp(n.Recv) {
				at = n
			}
		}
		return at == nil
	})
	if at == nil {
		return nil
	}
	return []analyzer.TraceStep{analyzer.Step(t.File, at.Span(), "%s keeps it in $%s", funcLabel(t), l.prop)}
}

// asExpr is n as an expression: an expression statement's expression.
func asExpr(n analyzer.Node) ir.Expr {
	switch n := n.(type) {
	case ir.Expr:
		return n
	case *ir.ExprStmt:
		return n.X
	}
	return nil
}

// thisOwner is the class of $this when $this is one of a cycle's
// objects: its lifetime decides whether the cycle becomes garbage.
func thisOwner(fn *ir.Func, links ...link) string {
	c := fn.ThisClass()
	if c == nil {
		return ""
	}
	for _, l := range links {
		// $this itself, or an object it holds ($this->head->node = new
		// Node($this->head)): the cycle lives as long as $this keeps it
		if l.holder == "this" || l.held == "this" || strings.HasPrefix(l.holder, "$this->") {
			return c.Name
		}
	}
	return ""
}

func reportSelfCycle(pass *analyzer.Pass, f *ir.File, fn *ir.Func, l link) {
	a := objName(l.holder, l.class)
	if strings.HasPrefix(l.prop, "use &") {
		v := strings.TrimPrefix(l.prop, "use &")
		pass.Report(analyzer.Diagnostic{
			File: f,
			Pos:  l.node.Span(),
			Message: fmt.Sprintf("The closure stored in %s captures %s by reference (use (&%s)), so it holds itself: once it is dropped refcounting never frees it, and it stays until the cycle collector runs.",
				v, v, v),
			Fix:        fmt.Sprintf("For recursion, pass the closure as an argument instead of capturing it, or unset %s when done.", v),
			Confidence: analyzer.High,
			Trace:      []analyzer.TraceStep{analyzer.Step(f, l.node.Span(), "the closure captures %s, which holds the closure", v)},
			Claim:      &analyzer.Claim{Kind: analyzer.Cycle, Func: fn, Callers: sharedResolver(pass).callers(fn, 8), Owner: keptByThis(fn, strings.TrimPrefix(v, "$"))},
		})
		return
	}
	pass.Report(analyzer.Diagnostic{
		File: f,
		Pos:  l.node.Span(),
		Message: fmt.Sprintf("%s keeps itself in $%s: a self-reference keeps its refcount above zero, so once it is dropped refcounting never frees it, and it stays until the cycle collector runs.",
			capitalize(a), l.prop),
		Fix:        fmt.Sprintf("Leave ->%s null instead of pointing it at the object itself, hold it as a WeakReference, or set it to null when done.", l.prop),
		Confidence: analyzer.High,
		Trace:      []analyzer.TraceStep{analyzer.Step(f, l.node.Span(), "%s keeps itself in $%s", a, l.prop)},
		Claim:      &analyzer.Claim{Kind: analyzer.Cycle, Func: fn, Callers: sharedResolver(pass).callers(fn, 8), Owner: thisOwner(fn, l)},
		LeakKey:    selfCycleKey(l.class, l.prop),
	})
}

// keptMembers lists the classes of a cycle's objects that fn did not
// make: held in a property of $this ($this->specsFormatter) or a
// parameter, and not assigned anew from `new` or `clone` in fn. Their
// lifetime may keep the cycle reachable (see judgedByModel).
func keptMembers(r *resolver, fn *ir.Func, links ...link) []string {
	var out []string
	for _, l := range links {
		h := l.holder
		if l.class == "" || l.class == "Closure" || h == "this" {
			continue
		}
		switch {
		case strings.HasPrefix(h, "$this->"):
			if madeIn(r, fn, func(e ir.Expr) bool { return analyzer.ExprPath(e) == h }) {
				continue
			}
			// ($this->events = new EventDispatcher() in the constructor:
			// the object's own, not the framework's shared one)
			if prop := strings.TrimPrefix(h, "$this->"); !strings.Contains(prop, "->") && r.givenFresh(fn.ThisClass(), prop) {
				continue
			}
		case strings.HasPrefix(h, "$") && !strings.Contains(h, "->"):
			v := &ir.Var{Name: strings.TrimPrefix(h, "$")}
			if fn.Kind == ir.FuncMain && setOnlyOutsideLoops(fn, v.Name) {
				break // a script's variable set before its loops: kept for them all
			}
			if paramIndex(fn, v) < 0 && !closureCaptures(fn)[v.Name] {
				continue // a local: made or fetched here (what a closure captures is given, as a parameter is)
			}
			if madeIn(r, fn, func(e ir.Expr) bool { return isVarNamed(e, v.Name) }) {
				continue
			}
		default:
			continue
		}
		out = append(out, l.class)
	}
	return out
}

// setOnlyOutsideLoops reports whether every assignment of fn to the
// variable name is outside fn's loops, and there is one: the variable
// holds one object through every iteration, unless a loop unsets it.
func setOnlyOutsideLoops(fn *ir.Func, name string) bool {
	set, inLoop := false, false
	analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KLoop|analyzer.KUnset, func(n analyzer.Node, stack []analyzer.Node) bool {
		looped := slices.ContainsFunc(stack, func(s analyzer.Node) bool { _, ok := s.(*ir.Loop); return ok })
		switch n := n.(type) {
		case *ir.Assign:
			if holdsVar(n.Dst, name) {
				set = true
				inLoop = inLoop || looped
			}
		case *ir.Loop:
			inLoop = inLoop || isVarNamed(n.Key, name) || holdsVar(n.Value, name)
		case *ir.Unset:
			inLoop = inLoop || looped && slices.ContainsFunc(n.Targets, func(e ir.Expr) bool { return isVarNamed(e, name) })
		}
		return !inLoop
	})
	return set && !inLoop
}

// madeIn reports whether fn assigns, to a target dst matches, an object
// made for it (see freshObject).
func madeIn(r *resolver, fn *ir.Func, dst func(ir.Expr) bool) bool {
	made := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		// $this->logger = $base->withName('http'): a copy made for it
		if a, ok := n.(*ir.Assign); ok && dst(a.Dst) && r.freshObject(fn, a.Src) {
			made = true
		}
		return !made
	})
	return made
}

// keptByThis is the class of $this when fn keeps the closure in variable
// name in a property of $this (binds the variable to one by reference,
// $closure = &$this->optimized[$event][], or stores it there): the
// closure's cycle lasts as long as that object keeps it. "" otherwise.
func keptByThis(fn *ir.Func, name string) string {
	c := fn.ThisClass()
	if c == nil || fn.Static {
		return ""
	}
	kept := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok {
			return !kept
		}
		switch {
		case a.ByRef && isVarNamed(a.Dst, name):
			kept = strings.HasPrefix(analyzer.ExprPath(analyzer.RootOfDims(a.Src)), "$this->")
		case isVarNamed(a.Src, name):
			kept = strings.HasPrefix(analyzer.ExprPath(analyzer.RootOfDims(a.Dst)), "$this->")
		}
		return !kept
	})
	if kept {
		return c.Name
	}
	return ""
}

// selfCycleKey names the cycle of an object of class that holds itself
// in property prop ("" when the class is unknown). circular-reference and
// closure-this-cycle both see $this->cb = [$this, 'm']: the shared key
// makes it one finding (see analyzer.CrossRuleKey).
func selfCycleKey(class, prop string) string {
	if class == "" || prop == "" {
		return ""
	}
	return analyzer.CrossRuleKey + strings.ToLower(class) + "->" + strings.TrimPrefix(prop, "$")
}

// ownProp is the property of $this a place is ("" for other places).
func ownProp(p analyzer.Place) string {
	if p.Kind == analyzer.PlaceThisProp {
		return p.Name
	}
	return ""
}

// objName names an object handle for messages.
// boundThis is the link of a closure to the object it is bound to (a
// closure made in a method holds $this unless it is static).
const boundThis = "$this of its closure"

// exceptionTrace is the link of a caught exception to the arguments of
// the calls in its trace.
const exceptionTrace = "trace of the exception"

// callsGiven finds, in body (not in a nested try; Inspect does not enter
// closures), the calls that pass $this or a variable as an argument and
// that throw one of the caught types (themselves or in a callee they
// call, two calls deep): an exception thrown there keeps that object in
// its trace ($gateway->capture($attempt), then
// $attempt->recordFailure($e)).
func callsGiven(r *resolver, fn *ir.Func, body []ir.Stmt, caught []string, catchVar string) []givenCall {
	var out []givenCall
	seen := map[string]bool{}
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Try:
			return false // a nested try catches its own
		case *ir.MethodCall, *ir.StaticCall, *ir.Call, *ir.New:
			for _, a := range callArgs(n.(ir.Expr)) {
				h := ""
				if analyzer.IsThis(a) {
					h = "this"
				} else if v, ok := a.(*ir.Var); ok && v.Name != "" && v.Name != catchVar && r.localClass(fn, v.Name) != "" {
					h = "$" + v.Name // $gateway->capture($attempt): an object (an array is copied)
				}
				if h != "" && !seen[h] && r.throwsAny(fn, n, caught) {
					seen[h] = true
					out = append(out, givenCall{n, h})
				}
			}
		}
		return true
	})
	return out
}

// givenCall is a call that may throw, and an object it was given: the
// exception's trace keeps that object.
type givenCall struct {
	call analyzer.Node
	held string // "this" or "$var"
}

// throwsAny reports whether call n may throw a caught class: its target
// does, or, for a call through an interface, one of the project's
// implementations does.
func (r *resolver) throwsAny(fn *ir.Func, n analyzer.Node, caught []string) bool {
	t := r.target(fn, n)
	if t == nil {
		return false
	}
	if !t.Abstract || t.Class == nil {
		return r.throws(t, caught, 2)
	}
	for _, c := range r.ix.ConcreteSubclasses(t.Class.Name) {
		if r.throws(r.ix.Method(c, t.Name), caught, 2) {
			return true
		}
	}
	return false
}

// throws reports whether fn throws (throw new X) a class that one of the
// caught types catches, itself or in the functions it calls, depth calls
// deep.
func (r *resolver) throws(fn *ir.Func, caught []string, depth int) bool {
	if fn == nil {
		return false
	}
	found := false
	analyzer.InspectFunc(fn, analyzer.KOther|analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Other:
			// throw new E(…), throw E::afterSeconds(…), throw $e
			found = found || r.throwsHere(fn, n, caught)
		case *ir.MethodCall, *ir.StaticCall, *ir.Call:
			if depth > 0 {
				if t := r.target(fn, n); t != nil && t != fn && r.throws(t, caught, depth-1) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// keeps describes one link of a cycle: a keeps b in a property, or a
// closure a is bound to b.
func keeps(a, b, prop string) string {
	if prop == boundThis {
		return fmt.Sprintf("%s is bound to %s as its $this", a, b)
	}
	if prop == exceptionTrace {
		return fmt.Sprintf("%s keeps %s in its trace (an argument of a call it was thrown under)", a, b)
	}
	if v, ok := strings.CutPrefix(prop, "use "); ok {
		return fmt.Sprintf("%s keeps %s through use (%s)", a, b, v)
	}
	return fmt.Sprintf("%s keeps %s in $%s", a, b, prop)
}

// cycleFix is the fix hint of a cycle: weaken, a link, or break the last
// one; a closure bound to $this is fixed by making it static.
func cycleFix(weak string, links ...link) string {
	for _, l := range links {
		if l.prop == boundThis {
			return "Make the closure static (static fn / static function) and pass what it needs as arguments or through use(), or hold the object through a WeakReference."
		}
	}
	for _, l := range links {
		if l.prop == exceptionTrace {
			return "Keep what you need from the exception (its class, message, code) instead of the exception itself, or clear it when done; with zend.exception_ignore_args=On (php.ini-production) traces keep no arguments."
		}
	}
	for _, l := range links {
		if v, ok := strings.CutPrefix(l.prop, "use "); ok && !strings.HasPrefix(v, "&") {
			return fmt.Sprintf("Let the closure capture a WeakReference instead (use ($ref) with $ref = WeakReference::create(%s)), or drop the stored closure once it has run.", v)
		}
		if v, ok := strings.CutPrefix(l.prop, "use &"); ok {
			return fmt.Sprintf("Capture %s by value (use (%s)) when the closure needs the value it has now, or set %s = null once the closure has run: by reference, the closure sees every object later assigned to it.", v, v, v)
		}
	}
	return fmt.Sprintf("%s or break it when done (set ->%s = null).", weak, links[len(links)-1].prop)
}

func objName(handle, class string) string {
	switch {
	case class != "":
		return "the " + shortName(class)
	case handle == "this":
		return "$this"
	case strings.HasPrefix(handle, "new@"):
		return "the new object"
	case strings.HasPrefix(handle, "closure@"):
		return "a closure"
	}
	return handle
}

// linkKinds are the kinds of nodes linksOf finds links at.
const linkKinds = analyzer.KTry | analyzer.KAssign | analyzer.KClosure | analyzer.KNew | analyzer.KStaticCall | analyzer.KMethodCall | analyzer.KCall

// linksOf lists the property links node n makes.
func linksOf(r *resolver, scope *analyzer.Scope, fn *ir.Func, n analyzer.Node, stack []analyzer.Node) []link {
	var parent analyzer.Node
	if len(stack) > 0 {
		parent = stack[len(stack)-1]
	}
	linkNode := statementNode(n, stack)
	switch n := n.(type) {
	case *ir.Try:
		// catch (E $e) after a call that was given $this: the
		// exception's trace keeps the call's arguments
		var out []link
		for _, c := range n.Catches {
			if c.Var == "" {
				continue
			}
			class := ""
			if len(c.Types) == 1 {
				class = c.Types[0]
			}
			for _, g := range callsGiven(r, fn, n.Body, c.Types, c.Var) {
				out = append(out, link{holder: "$" + c.Var, held: g.held, prop: exceptionTrace, node: g.call, class: class})
			}
		}
		return out
	case *ir.Assign:
		place, _, ok := scope.PlaceOf(n.Dst)
		if !ok {
			return nil
		}
		holder := ""
		switch place.Kind {
		case analyzer.PlaceThisProp:
			holder = "this"
		case analyzer.PlaceObjProp:
			holder = place.Path
		case analyzer.PlaceLocal:
			// $children[] = new Node(…): the array holds the object,
			// and whatever the array is stored in does too
			// (references between local arrays are
			// self-referencing-array's)
			if _, dims, _ := scope.PlaceOf(n.Dst); len(dims) > 0 && !n.ByRef {
				holder = "$" + place.Name
			}
		}
		if holder == "" {
			return nil
		}
		var out []link
		for _, v := range linkedValues(n.Src) {
			// [$this, 'm'] stored on $this is closure-this-cycle's
			if h := handleOf(v, n, stack); h != "" && !(h == holder && v != n.Src) {
				out = append(out, link{holder: holder, held: h, prop: place.Name, node: linkNode, class: holderClass(r, fn, holder, n.Dst)})
			}
		}
		return out
	case *ir.Closure:
		// a closure holds what it captures with use
		self := handleOf(n, parent, stack[:max(0, len(stack)-1)])
		var out []link
		// fn (): Route => $route: an arrow function captures by value
		// every variable of the enclosing code it reads
		for _, name := range arrowCaptures(n.Func) {
			if "$"+name == self || assignedBy(stack, name) {
				continue
			}
			out = append(out, link{holder: self, held: "$" + name, prop: "use $" + name, node: linkNode, class: "Closure"})
		}
		for _, u := range n.Func.Uses {
			// $f = function () use ($f): the old $f, not the closure;
			// use (&$f) does capture the closure itself
			if !u.ByRef && ("$"+u.Name == self || assignedBy(stack, u.Name)) {
				continue
			}
			prop, held := "use $"+u.Name, "$"+u.Name
			if u.ByRef && (dropsOwnHandle(fn, n, u.Name) || drainedSelfRemoving(fn, n, u.Name)) {
				// $fn = null once done, through the reference: the
				// idiom that breaks the self-reference
				continue
			}
			if u.ByRef {
				prop = "use &$" + u.Name
				// use (&$self) … $self = $this: the closure sees $this
				if assignsThis(fn, u.Name) {
					held = "this"
				}
			}
			out = append(out, link{holder: self, held: held, prop: prop, node: linkNode, class: "Closure"})
		}
		return out
	case *ir.New:
		ctor := r.constructor(n)
		kept := r.storedParams(ctor)
		if ctor == nil && r.ix.ProjectClass(n.Class) == nil {
			kept = builtins.CtorKeeps(n.Class) // new ReflectionObject($this)
		}
		class := n.Class
		if n.Class == "" && n.Anon == nil {
			kept = r.dynamicKept(fn, n)
		}
		self := handleOf(n, parent, stack[:max(0, len(stack)-1)])
		var out []link
		for i, a := range n.Args {
			if prop, ok := kept[i]; ok {
				for _, v := range linkedValues(a) {
					// in `$x = new C($x)` the argument is the old $x
					if h := handleOf(v, a, nil); h != "" && h != self {
						out = append(out, link{holder: self, held: h, prop: prop, node: linkNode, class: class})
					}
				}
			}
		}
		return out
	case *ir.StaticCall:
		// Closure::bind($fn, $obj): the closure it returns has $obj for
		// $this
		if strings.EqualFold(shortName(n.Class), "Closure") && strings.EqualFold(n.Name, "bind") && len(n.Args) >= 2 {
			return boundLink(n, n.Args[0], n.Args[1], parent, stack, linkNode)
		}
		// OrderLine::forOrder($this, …) returning `new self($order, …)`:
		// a static factory whose new object keeps an argument
		m := r.target(fn, n)
		if m == nil || !m.Static {
			return nil
		}
		self := handleOf(n, parent, stack[:max(0, len(stack)-1)])
		if self == "" {
			return nil
		}
		var out []link
		for _, ret := range r.flow(m).news {
			kept := r.storedParams(r.constructor(ret))
			for i, a := range ret.Args {
				prop, ok := kept[i]
				if !ok {
					continue
				}
				if j := paramIndex(m, a); j >= 0 && j < len(n.Args) {
					if h := handleOf(n.Args[j], nil, nil); h != "" && h != self {
						out = append(out, link{holder: self, held: h, prop: prop, node: linkNode, class: ret.Class})
					}
				}
			}
		}
		// ReviewItem::forBatch($this, $doc) making $item, handing it
		// $batch ($item->attachTo($batch)) and returning it
		for _, j := range slices.Sorted(maps.Keys(r.flow(m).keptInReturned)) {
			if j >= 0 && j < len(n.Args) {
				if h := handleOf(n.Args[j], nil, nil); h != "" && h != self {
					out = append(out, link{holder: self, held: h, prop: r.flow(m).keptInReturned[j], node: linkNode, class: r.classOf(fn, n)})
				}
			}
		}
		// Middleware::mapRequest($this->authenticate(...)) returning a
		// closure that captures its argument: the closure keeps it
		for _, j := range slices.Sorted(maps.Keys(r.flow(m).captured)) {
			if j < len(n.Args) {
				if h := handleOf(n.Args[j], nil, nil); h != "" && h != self {
					out = append(out, link{holder: self, held: h, prop: "use $" + r.flow(m).captured[j], node: linkNode, class: "Closure"})
				}
			}
		}
		return out
	case *ir.Call:
		// make_retry_handler($job, …) returning a closure that captures
		// $job: the closure keeps what is passed for it
		m := r.target(fn, n)
		if m == nil || m.Kind != ir.FuncFunction {
			return nil
		}
		self := handleOf(n, parent, stack[:max(0, len(stack)-1)])
		if self == "" {
			return nil
		}
		var out []link
		for _, j := range slices.Sorted(maps.Keys(r.flow(m).captured)) {
			if j < len(n.Args) {
				if h := handleOf(n.Args[j], nil, nil); h != "" && h != self {
					out = append(out, link{holder: self, held: h, prop: "use $" + r.flow(m).captured[j], node: linkNode, class: "Closure"})
				}
			}
		}
		return out
	case *ir.MethodCall:
		// $fn->bindTo($obj): the same
		if strings.EqualFold(n.Name, "bindTo") && len(n.Args) >= 1 {
			return boundLink(n, n.Recv, n.Args[0], parent, stack, linkNode)
		}
		holder := handleOf(n.Recv, nil, nil)
		// $deferred->promise()->then($cb): the object a getter hands back
		// is the property it reads, $deferred->promise
		if g, ok := n.Recv.(*ir.MethodCall); ok && len(g.Args) == 0 {
			if base := handleOf(g.Recv, nil, nil); strings.HasPrefix(base, "$") {
				if f := r.flow(r.method(fn, g)); f != nil && f.getter != "" {
					holder = base + "->" + f.getter
				}
			}
		}
		if holder == "" || strings.HasPrefix(holder, "new@") {
			return nil
		}
		m := r.method(fn, n)
		kept := r.storedParams(m)
		if m == nil {
			kept = r.vendorKeeps(r.classOf(fn, n.Recv), n) // $dispatcher->addSubscriber($s), $lines->add($line)
		}
		var out []link
		for i, a := range n.Args {
			if prop, ok := kept[i]; ok {
				// $stream->on('data', $fn) that a callback of the same
				// function undoes with $stream->removeListener('data', $fn)
				if listenerAdd[strings.ToLower(n.Name)] && listenerRemovedLater(fn, analyzer.ExprPath(n.Recv), analyzer.ExprPath(a)) {
					continue
				}
				// foreach ($subscriber->listeners() as $listener):
				// each element holds $subscriber
				if owner := r.listedOwner(fn, a); owner != "" {
					out = append(out, link{holder: holder, held: owner, prop: prop, node: linkNode, class: r.classOf(fn, n.Recv)})
				}
				for _, v := range linkedValues(a) {
					if h := handleOf(v, a, nil); h != "" {
						out = append(out, link{holder: holder, held: h, prop: prop, node: linkNode, class: r.classOf(fn, n.Recv)})
					}
				}
			}
		}
		flow := r.flow(m)
		if flow == nil {
			return out
		}
		// a callee that stores one argument on another
		// ($this->lines->add($line, $this) with `$line->assignTo($owner)`)
		for _, st := range flow.argOn {
			if st.holder < len(n.Args) && st.held < len(n.Args) {
				h, held := handleOf(n.Args[st.holder], nil, nil), handleOf(n.Args[st.held], nil, nil)
				if h != "" && held != "" && h != held {
					out = append(out, link{holder: h, held: held, prop: st.prop, node: linkNode, class: r.classOf(fn, n.Args[st.holder])})
				}
			}
		}
		// a callee that stores its receiver on an argument
		// ($cart->adopt($item) with `$item->cart = $this`)
		for _, i := range slices.Sorted(maps.Keys(flow.thisOn)) {
			prop := flow.thisOn[i]
			if i < len(n.Args) {
				if h := handleOf(n.Args[i], nil, nil); h != "" && h != holder {
					out = append(out, link{holder: h, held: holder, prop: prop, node: linkNode, class: r.classOf(fn, n.Args[i])})
				}
			}
		}
		// a factory that returns a new object keeping its receiver or an
		// argument (`return new Child($this)`)
		if self := handleOf(n, parent, stack[:max(0, len(stack)-1)]); self != "" {
			for _, ret := range flow.news {
				for _, made := range r.madeClasses(fn, n, m, ret) {
					kept := r.storedParams(r.ix.Method(made, "__construct"))
					for i, a := range ret.Args {
						prop, ok := kept[i]
						if !ok {
							continue
						}
						held := ""
						if analyzer.IsThis(a) {
							held = holder
						} else if j := paramIndex(m, a); j >= 0 && j < len(n.Args) {
							held = handleOf(n.Args[j], nil, nil)
						}
						if held != "" && held != self {
							out = append(out, link{holder: self, held: held, prop: prop, node: linkNode, class: made})
						}
					}
				}
			}
			// a helper that returns a closure capturing an argument
			// (return static function () use ($proxy) { … }): the
			// closure keeps what is passed for it
			for _, j := range slices.Sorted(maps.Keys(flow.captured)) {
				if j < len(n.Args) {
					if h := handleOf(n.Args[j], nil, nil); h != "" && h != self {
						out = append(out, link{holder: self, held: h, prop: "use $" + flow.captured[j], node: linkNode, class: "Closure"})
					}
				}
			}
			// a helper that returns a closure bound to its receiver, alone
			// or in an array (return fn () => $this->…; return ['x' => …])
			if flow.thisClosure && holder != self {
				out = append(out, link{holder: self, held: holder, prop: boundThis, node: linkNode, class: "Closure"})
			}
			// a factory that makes an object and hands it its receiver
			// ($p = new Paginator(); $p->setQuery($this); return $p;) or
			// an argument
			for _, j := range slices.Sorted(maps.Keys(flow.keptInReturned)) {
				held := holder
				if j >= 0 {
					if j >= len(n.Args) {
						continue
					}
					held = handleOf(n.Args[j], nil, nil)
				}
				if held != "" && held != self {
					out = append(out, link{holder: self, held: held, prop: flow.keptInReturned[j], node: linkNode, class: r.classOf(fn, n)})
				}
			}
			// a with-er or fluent setter: what it returns keeps its
			// argument ($request = $request->withAttribute('user', $fn))
			for i, prop := range r.returnKeeps(m) {
				if i >= len(n.Args) {
					continue
				}
				for _, v := range heldValues(n.Args[i]) {
					if h := handleOf(v, n.Args[i], nil); h != "" && h != self {
						out = append(out, link{holder: self, held: h, prop: prop, node: linkNode, class: r.classOf(fn, n)})
					}
				}
			}
		}
		return out
	}
	return nil
}

// linkedValues is heldValues with the object each first-class callable
// is made of in its place: $conn->on('data', $session->onData(...))
// links the connection to the session, as [$session, 'onData'] does.
// (A callable of $this, $this->m(...), is closure-this-cycle's.)
func linkedValues(e ir.Expr) []ir.Expr {
	var out []ir.Expr
	for _, v := range heldValues(e) {
		if mc, ok := v.(*ir.MethodCall); ok && mc.FirstClass && !analyzer.IsThis(mc.Recv) {
			out = append(out, heldValues(mc.Recv)...)
			continue
		}
		out = append(out, v)
	}
	return out
}

// arrowCaptures lists, sorted, the variables an arrow function reads
// from the code around it: every variable it reads but its parameters,
// $this and the superglobals.
func arrowCaptures(fn *ir.Func) []string {
	if fn.Kind != ir.FuncArrow {
		return nil
	}
	seen := map[string]bool{}
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if v, ok := n.(*ir.Var); ok && v.Name != "" && v.Name != "this" && !analyzer.Superglobal(v.Name) && paramIndex(fn, v) < 0 {
			seen[v.Name] = true
		}
		return true
	})
	return slices.Sorted(maps.Keys(seen))
}

// boundLink is the link a closure bound to an object makes: the closure
// the call returns holds obj as its $this. A closure bound to $this is
// closure-this-cycle's; a static closure cannot be bound.
func boundLink(call ir.Expr, closure, obj ir.Expr, parent analyzer.Node, stack []analyzer.Node, linkNode analyzer.Node) []link {
	if c, ok := closure.(*ir.Closure); ok && c.Func.Static {
		return nil
	}
	held := handleOf(obj, nil, nil)
	if held == "" || held == "this" {
		return nil
	}
	self := handleOf(call, parent, stack[:max(0, len(stack)-1)])
	if self == "" || self == held {
		return nil
	}
	return []link{{holder: self, held: held, prop: boundThis, node: linkNode, class: "Closure"}}
}

// returnsThisClosure reports whether a method returns a closure bound to
// $this (a closure or arrow function that is not static: PHP binds $this
// to it whether or not its body uses it), alone or as an element of an
// array literal.
func returnsThisClosure(m *ir.Func) bool {
	if m == nil || m.Kind != ir.FuncMethod || m.Static {
		return false
	}
	found := false
	analyzer.InspectFunc(m, analyzer.KReturn, func(n analyzer.Node, _ []analyzer.Node) bool {
		if _, ok := n.(*ir.Closure); ok {
			return false // a closure's returns are its own
		}
		if r, ok := n.(*ir.Return); ok && r.X != nil && holdsBoundClosure(r.X, 3) {
			found = true
		}
		return !found
	})
	return found
}

// returnedCaptures lists the parameters of m, by index, that every
// closure m returns captures by value (use ($proxy), or read by an arrow
// function); nil when m returns anything but closures.
func returnedCaptures(m *ir.Func) map[int]string {
	if m == nil || m.Generator {
		return nil
	}
	var out map[int]string
	first := true
	closures := everyReturn(m, func(x ir.Expr) bool {
		names := map[string]bool{}
		if !capturesIn(m, x, names, 2) {
			return false
		}
		got := map[int]string{}
		for i, p := range m.Params {
			if names[p.Name] && !p.Variadic && !p.ByRef && (first || out[i] != "") {
				got[i] = p.Name
			}
		}
		out, first = got, false
		return true
	})
	if !closures {
		return nil
	}
	for i, p := range m.Params {
		if out[i] != "" && analyzer.AssignsVar(m, p.Name) {
			delete(out, i) // (what it captures is not what it was given)
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// capturesIn adds to names the variables the closures e holds capture by
// value, and reports whether e holds a closure: e itself, the items of
// an array literal (['expedite' => fn () => $report->isSerious()]), what
// Closure::fromCallable([$report, 'm']) is made of, or, depth locals
// deep, what a local is assigned ($guards = [...]; return $guards;).
func capturesIn(fn *ir.Func, e ir.Expr, names map[string]bool, depth int) bool {
	switch e := e.(type) {
	case *ir.Closure:
		for _, u := range e.Func.Uses {
			if !u.ByRef {
				names[u.Name] = true
			}
		}
		for _, name := range arrowCaptures(e.Func) {
			names[name] = true
		}
		return true
	case *ir.Array:
		found := false
		for _, it := range e.Items {
			if it.Unpack || !capturesIn(fn, it.Value, names, depth) {
				return false
			}
			found = true
		}
		return found
	case *ir.StaticCall:
		if strings.EqualFold(shortName(e.Class), "Closure") && strings.EqualFold(e.Name, "fromCallable") && len(e.Args) == 1 {
			if a, ok := e.Args[0].(*ir.Array); ok && len(a.Items) == 2 {
				if v, ok := a.Items[0].Value.(*ir.Var); ok && v.Name != "this" {
					names[v.Name] = true
					return true
				}
			}
		}
	case *ir.Var:
		if depth == 0 || e.Name == "" || e.Name == "this" || paramIndex(fn, e) >= 0 {
			return false
		}
		found, ok := false, true
		analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
			a, isAssign := n.(*ir.Assign)
			if !isAssign || !ok {
				return ok
			}
			switch {
			case isVarNamed(a.Dst, e.Name):
				// $guards = [...]
				ok = a.Op == "=" && capturesIn(fn, a.Src, names, depth-1)
			case analyzer.RootVar(a.Dst) == e.Name:
				// $guards['notify'] = static fn () => true
				ok = capturesIn(fn, a.Src, names, depth-1)
			default:
				return true
			}
			found = found || ok
			return ok
		})
		return found && ok
	}
	return false
}

// holdsBoundClosure reports whether e is a closure bound to $this (not
// static), or an array literal with one among its items, down to depth
// nested arrays: [['saving', fn () => $this->touch()]].
func holdsBoundClosure(e ir.Expr, depth int) bool {
	switch e := e.(type) {
	case *ir.Closure:
		return !e.Func.Static
	case *ir.StaticCall:
		// Closure::bind($fn, $this, …), Closure::fromCallable([$this, 'm'])
		if strings.EqualFold(strings.TrimPrefix(e.Class, `\`), "Closure") && len(e.Args) > 0 {
			switch strings.ToLower(e.Name) {
			case "bind":
				return len(e.Args) > 1 && analyzer.IsThis(e.Args[1])
			case "fromcallable":
				a, ok := e.Args[0].(*ir.Array)
				return ok && len(a.Items) == 2 && analyzer.IsThis(a.Items[0].Value)
			}
		}
	case *ir.MethodCall:
		// $fn->bindTo($this), $this->handle(...)
		if strings.EqualFold(e.Name, "bindTo") && len(e.Args) > 0 {
			return analyzer.IsThis(e.Args[0])
		}
		return e.FirstClass && analyzer.IsThis(e.Recv)
	case *ir.Array:
		if depth == 0 {
			return false
		}
		for _, it := range e.Items {
			if holdsBoundClosure(it.Value, depth-1) {
				return true
			}
		}
	case *ir.Other:
		// $c ? fn () => $this->a() : …, match ($t) { … => fn () => … }:
		// what one of the arms gives
		args := e.Args
		switch {
		case e.Op == "?:" && len(args) == 3, e.Op == "match" && len(args) > 0:
			args = args[1:]
		case e.Op == "??" || e.Op == "?:":
		default:
			return false
		}
		return slices.ContainsFunc(args, func(a ir.Expr) bool { return holdsBoundClosure(a, depth) })
	}
	return false
}

// thisStoredOn lists, for a method, the parameters it stores $this on
// (`$param->prop = $this`), by index, with the property.
func thisStoredOn(m *ir.Func) map[int]string {
	if m == nil {
		return nil
	}
	var out map[int]string
	analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && a.Op == "=" && !a.ByRef && analyzer.IsThis(a.Src) {
			if p, ok := a.Dst.(*ir.Prop); ok && p.Name != "" {
				if i := paramIndex(m, p.Obj); i >= 0 {
					if out == nil {
						out = map[int]string{}
					}
					out[i] = p.Name
				}
			}
		}
		return true
	})
	return out
}

// argsStoredOn lists the parameters m stores on the object another
// parameter refers to: $a->prop = $b, or $a->setter($b) with a setter
// that keeps its argument ($line->assignTo($owner)).
func (r *resolver) argsStoredOn(m *ir.Func) []argStore {
	var out []argStore
	analyzer.InspectFunc(m, analyzer.KAssign|analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Assign:
			if p, ok := n.Dst.(*ir.Prop); ok && n.Op == "=" && !n.ByRef && p.Name != "" {
				if i, j := paramIndex(m, p.Obj), paramIndex(m, n.Src); i >= 0 && j >= 0 && i != j {
					out = append(out, argStore{i, j, p.Name})
				}
			}
		case *ir.MethodCall:
			i := paramIndex(m, n.Recv)
			if i < 0 {
				return true
			}
			t := r.method(m, n)
			if t == nil || t == m {
				return true
			}
			kept := r.storedParams(t)
			for _, k := range slices.Sorted(maps.Keys(kept)) {
				if k < len(n.Args) {
					if j := paramIndex(m, n.Args[k]); j >= 0 && j != i {
						out = append(out, argStore{i, j, kept[k]})
					}
				}
			}
		}
		return true
	})
	return out
}

// assignedPlainlyOnce reports whether fn assigns local name exactly once,
// with a plain `=` (not ??=, not by reference, not in a list()).
func assignedPlainlyOnce(fn *ir.Func, name string) bool {
	n, other := 0, false
	analyzer.InspectFunc(fn, analyzer.KAssign, func(x analyzer.Node, _ []analyzer.Node) bool {
		a, ok := x.(*ir.Assign)
		if !ok {
			return true
		}
		if isVarNamed(a.Dst, name) {
			n++
			other = other || a.Op != "=" || a.ByRef
		} else if l, ok := a.Dst.(*ir.Array); ok && names(l)[name] {
			other = true
		}
		return true
	})
	return n == 1 && !other
}

// madeClasses lists the classes ret, a `new` that factory m returns,
// makes when call n in fn calls m: its class, or for `new $class(…)`
// with $class a parameter of m, the class strings fn passes for it
// ($this->states->create(AwaitingPayment::class, $this), or a $class fn
// is itself given such strings for).
func (r *resolver) madeClasses(fn *ir.Func, n *ir.MethodCall, m *ir.Func, ret *ir.New) []string {
	if ret.Class != "" {
		return []string{ret.Class}
	}
	// new $this->trailClass(…)
	if _, ok := ret.ClassExpr.(*ir.Prop); ok {
		return r.classValues(m, ret.ClassExpr, 0)
	}
	j := paramIndex(m, ret.ClassExpr)
	if j < 0 {
		// $class = self::KINDS[$kind]; new $class(…): what value flow
		// tells the factory's own variable names
		return r.classValues(m, ret.ClassExpr, 0)
	}
	if j >= len(n.Args) {
		return nil
	}
	var out []string
	for _, c := range r.ix.ConstValuesDepth(fn, n.Args[j], 6) {
		if c.Kind == analyzer.ConstString && r.ix.Class(c.S) != nil && !slices.Contains(out, c.S) {
			out = append(out, c.S)
		}
	}
	return out
}

// returnedNews lists the new objects a method returns directly (return
// new C(...), or a local only ever assigned one); nil when it returns
// anything else as well.
func returnedNews(m *ir.Func) []*ir.New {
	if m == nil || m.Generator {
		return nil
	}
	var out []*ir.New
	mixed := false
	analyzer.InspectFunc(m, analyzer.KReturn, func(n analyzer.Node, stack []analyzer.Node) bool {
		if _, ok := n.(*ir.Closure); ok {
			return false // a closure's returns are its own
		}
		if r, ok := n.(*ir.Return); ok && r.X != nil {
			x := r.X
			if v, ok := x.(*ir.Var); ok && v.Name != "this" && paramIndex(m, v) < 0 && assignedPlainlyOnce(m, v.Name) {
				if nw := localNew(m, v.Name); nw != nil {
					x = nw // $timer = new Timer(…, $owner); …; return $timer;
				}
			}
			if nw, ok := x.(*ir.New); ok && nw.Anon == nil {
				out = append(out, nw)
			} else {
				mixed = true
			}
		}
		return true
	})
	if mixed {
		return nil
	}
	return out
}

// keptInReturned lists what the object m returns keeps of m's own, and
// in which property, when every return hands back the same local, made
// in m with new, and m links it in: $this (under -1) or a parameter
// (under its index), through a method that stores its argument
// ($paginator->setQuery($this), $item->attachTo($batch)) or directly
// ($p->owner = $this). nil otherwise.
func (r *resolver) keptInReturned(m *ir.Func) map[int]string {
	if m == nil || m.Generator {
		return nil
	}
	local := ""
	if !everyReturn(m, func(x ir.Expr) bool {
		v, ok := x.(*ir.Var)
		if !ok || v.Name == "" || v.Name == "this" || local != "" && local != v.Name {
			return false
		}
		local = v.Name
		return true
	}) {
		return nil
	}
	// (what a value is: $this, or a parameter m does not assign)
	which := func(e ir.Expr) (int, bool) {
		if analyzer.IsThis(e) {
			return -1, !m.Static && m.ThisClass() != nil
		}
		if v, ok := e.(*ir.Var); ok && !analyzer.AssignsVar(m, v.Name) {
			if i := paramIndex(m, e); i >= 0 && !m.Params[i].ByRef && !m.Params[i].Variadic {
				return i, true
			}
		}
		return 0, false
	}
	made := false
	var out map[int]string
	keep := func(i int, prop string) {
		if out == nil {
			out = map[int]string{}
		}
		if _, ok := out[i]; !ok {
			out[i] = prop
		}
	}
	analyzer.InspectFunc(m, analyzer.KAssign|analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Assign:
			if v, ok := n.Dst.(*ir.Var); ok && v.Name == local {
				_, isNew := n.Src.(*ir.New)
				made = isNew && n.Op == "="
			}
			if p, ok := n.Dst.(*ir.Prop); ok && p.Name != "" {
				if v, ok := p.Obj.(*ir.Var); ok && v.Name == local {
					if i, ok := which(n.Src); ok {
						keep(i, p.Name)
					}
				}
			}
		case *ir.MethodCall:
			if v, ok := n.Recv.(*ir.Var); !ok || v.Name != local {
				return true
			}
			kept := r.storedParams(r.method(m, n))
			for i, a := range n.Args {
				if p, ok := kept[i]; ok {
					if j, ok := which(a); ok {
						keep(j, p)
					}
				}
			}
		}
		return true
	})
	if !made {
		return nil
	}
	return out
}

// listedOwner names $p when e is a variable whose only write is a
// foreach over $p->m(), and every method that call can run returns
// callables of its own $this: each element holds $p.
func (r *resolver) listedOwner(fn *ir.Func, e ir.Expr) string {
	v, ok := e.(*ir.Var)
	if !ok || v.Name == "" {
		return ""
	}
	l := analyzer.ForeachOnly(fn, v.Name)
	if l == nil {
		return ""
	}
	mc, ok := l.Iter.(*ir.MethodCall)
	if !ok || mc.FirstClass || mc.Nullsafe {
		return ""
	}
	recv, ok := mc.Recv.(*ir.Var)
	if !ok || recv.Name == "" || recv.Name == "this" || analyzer.AssignsVar(fn, recv.Name) || !r.everyImplListsThis(r.method(fn, mc)) {
		return ""
	}
	return "$" + recv.Name
}

// paramIndex is the index of the parameter e names in m, or -1.
func paramIndex(m *ir.Func, e ir.Expr) int {
	v, ok := e.(*ir.Var)
	if !ok || m == nil {
		return -1
	}
	for i, p := range m.Params {
		if p.Name == v.Name {
			return i
		}
	}
	return -1
}

// statementNode is the outermost expression of n's statement: findings
// point at the whole statement that makes the link.
func statementNode(n analyzer.Node, stack []analyzer.Node) analyzer.Node {
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ir.ExprStmt:
			return s.X
		case *ir.Return:
			return s
		case *ir.If, *ir.Loop, *ir.Switch, *ir.Try:
			return n
		}
	}
	return n
}

// handleOf names the object an expression denotes: "this", "$var", or
// "new@line:col" for an unnamed new object; "" when it is not a plain
// object reference. A `new` assigned straight to a variable is named by
// that variable.
func handleOf(e ir.Expr, parent analyzer.Node, _ []analyzer.Node) string {
	switch e := e.(type) {
	case *ir.Var:
		if e.Name == "this" {
			return "this"
		}
		if e.Name == "" {
			return ""
		}
		return "$" + e.Name
	case *ir.Prop:
		return analyzer.ExprPath(e)
	case *ir.New:
		if a, ok := parent.(*ir.Assign); ok && a.Src == ir.Expr(e) {
			if v, ok := a.Dst.(*ir.Var); ok && v.Name != "" {
				return "$" + v.Name
			}
		}
		return fmt.Sprintf("new@%d:%d", e.P.Line, e.P.Col)
	case *ir.MethodCall, *ir.StaticCall, *ir.Call:
		// the object a call returns, kept where it is assigned
		if a, ok := parent.(*ir.Assign); ok && a.Src == e {
			if v, ok := a.Dst.(*ir.Var); ok && v.Name != "" {
				return "$" + v.Name
			}
		}
		p := e.Span()
		return fmt.Sprintf("call@%d:%d", p.Line, p.Col)
	case *ir.Closure:
		if len(e.Func.Uses) == 0 && len(arrowCaptures(e.Func)) == 0 {
			return ""
		}
		if a, ok := parent.(*ir.Assign); ok && a.Src == ir.Expr(e) {
			if v, ok := a.Dst.(*ir.Var); ok && v.Name != "" {
				return "$" + v.Name
			}
		}
		return fmt.Sprintf("closure@%d:%d", e.P.Line, e.P.Col)
	}
	return ""
}

// holderClass finds the class of the object a link's holder denotes.
func holderClass(r *resolver, fn *ir.Func, holder string, dst ir.Expr) string {
	if holder == "this" {
		if c := fn.ThisClass(); c != nil {
			return c.Name
		}
		return ""
	}
	if p, ok := analyzer.RootOfDims(dst).(*ir.Prop); ok {
		return r.classOf(fn, p.Obj)
	}
	return ""
}

// brokenLater reports whether either link of the cycle is broken after
// it is made: the property set to null or unset in the same function
// (including a finally block), the container in the property told to
// let go (->detach(), ->offsetUnset()), a method call on the holder
// that clears it, or a project-wide method that clears the property and
// is called.
func brokenLater(r *resolver, scope *analyzer.Scope, fn *ir.Func, second, first link, clearers map[string]bool) bool {
	if clearers[strings.ToLower(second.prop)] || clearers[strings.ToLower(first.prop)] {
		return true
	}
	clears := func(e ir.Expr, l link) bool {
		place, _, ok := scope.PlaceOf(e)
		if !ok || place.Name != l.prop {
			return false
		}
		return (l.holder == "this" && place.Kind == analyzer.PlaceThisProp) ||
			(place.Kind == analyzer.PlaceObjProp && place.Path == l.holder)
	}
	return anyAfter(fn.Body, second.node, func(n analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Unset:
			for _, t := range n.Targets {
				if clears(t, first) || clears(t, second) {
					return true
				}
			}
		case *ir.Assign:
			return isEmptyValue(n.Src) && (clears(n.Dst, first) || clears(n.Dst, second))
		case *ir.MethodCall:
			// $context->listeners->detach($timing): the container the
			// link goes through lets go of it
			return builtins.ReleasesAny(strings.ToLower(n.Name)) && (clears(n.Recv, first) || clears(n.Recv, second))
		}
		return false
	})
}

// backLinkClearers finds properties that some code clears on any object
// ($x->p = null, $x->p = [], unset($x->p)): in file-level code and
// functions, or in methods that the project calls. A link through such a
// property is taken as broken by design. This is name-based: the
// simulation (sim/) replaces it with a per-object answer.
func backLinkClearers(pass *analyzer.Pass) map[string]bool {
	r := sharedResolver(pass)
	called := map[string][]*ir.Func{}         // method name -> the functions that call it
	pastSize := map[string]bool{}             // method names some call makes only past a size test
	clearedBy := map[string][]string{}        // prop -> method names ("" for always-run code)
	linksBy := map[*ir.Func]map[string]bool{} // the properties each function sets to an object
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			analyzer.InspectFunc(fn, analyzer.KCatch|analyzer.KMethodCall|analyzer.KStaticCall|analyzer.KAssign|analyzer.KUnset|analyzer.KLoop, func(n analyzer.Node, stack []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Catch:
					// clearing only on error leaves the success path linked
					return false
				case *ir.Loop:
					// foreach (iterator_to_array($this->observers, false) as
					// $o) $this->observers->detach($o): every element let go
					if prop := r.detachesEvery(fn, n); prop != "" && fn.Kind == ir.FuncMethod {
						clearedBy[strings.ToLower(prop)] = append(clearedBy[strings.ToLower(prop)], strings.ToLower(fn.Name))
					}
					// while (!$this->queue->isEmpty()) $this->queue->dequeue():
					// taken out until none is left
					if prop := r.drainsUntilEmpty(fn, n); prop != "" && fn.Kind == ir.FuncMethod {
						clearedBy[strings.ToLower(prop)] = append(clearedBy[strings.ToLower(prop)], strings.ToLower(fn.Name))
					}
					return true
				case *ir.MethodCall:
					// (a release only past a size, if ($graph->size() >
					// 50), leaves the smaller graphs linked; one only for
					// one outcome, if ($decision === self::PUBLISH), the
					// others)
					if k := strings.ToLower(n.Name); !pastSizeTest(stack) && !oneOutcomeTest(stack, n.P) {
						called[k] = append(called[k], fn)
					} else {
						pastSize[k] = true
					}
				case *ir.StaticCall:
					if k := strings.ToLower(n.Name); !pastSizeTest(stack) && !oneOutcomeTest(stack, n.P) {
						called[k] = append(called[k], fn)
					} else {
						pastSize[k] = true
					}
				case *ir.Assign:
					if p, ok := n.Dst.(*ir.Prop); ok && p.Name != "" && !isEmptyValue(n.Src) {
						if linksBy[fn] == nil {
							linksBy[fn] = map[string]bool{}
						}
						linksBy[fn][strings.ToLower(p.Name)] = true
					}
				}
				var targets []ir.Expr
				switch n := n.(type) {
				case *ir.Unset:
					targets = n.Targets
				case *ir.Assign:
					if isEmptyValue(n.Src) && n.Op == "=" {
						targets = []ir.Expr{n.Dst}
					}
					// $this->listeners[$e] = array_values(array_filter($ls,
					// static fn ($l) => $l[0] !== $subscriber)): what was
					// kept of the object given, taken out
					if n.Op == "=" && filtersOutParam(fn, n.Src) {
						targets = []ir.Expr{n.Dst}
					}
				case *ir.MethodCall:
					// $this->subscriptions->removeAll($this->subscriptions):
					// one of PHP's containers emptied in place
					if p, ok := n.Recv.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name != "" && fn.ThisClass() != nil {
						if c := builtins.Lookup(r.propClass(fn.ThisClass().Name, p.Name)); c != nil && c.Clears(n.Name) {
							targets = []ir.Expr{p}
						}
					}
					// removeListener('x', $this->handler('x')) with a
					// Closure made anew for the call: equal to none kept,
					// it takes nothing out
					if r.freshCallableArg(fn, n.Args) {
						break
					}
					// (a library's release run for one outcome only, if
					// ($this->endList), leaves the others linked)
					if r.flagTest(fn, stack, n.P) {
						break
					}
					// $this->events->removeAllListeners(): what a library's
					// object keeps (see vendorKept), let go
					for _, prop := range r.vendorClears(r.classOf(fn, n.Recv), n.Name) {
						targets = append(targets, &ir.Prop{Obj: n.Recv, Name: prop, P: n.P})
					}
					// $room->removeAllListeners() of a project class using
					// Evenement's EventEmitterTrait
					if class := r.classOf(fn, n.Recv); class != "" && r.ix.Class(class) != nil && r.method(fn, n) == nil {
						for _, prop := range r.frameworkClears(class, n.Name) {
							targets = append(targets, &ir.Prop{Obj: n.Recv, Name: prop, P: n.P})
						}
					}
				}
				for _, t := range targets {
					// unset($this->handlers[$type]) for every key it has
					if d, ok := t.(*ir.Dim); ok && r.unsetsEveryKey(fn, d) {
						t = d.Base
					}
					if p, ok := t.(*ir.Prop); ok && p.Name != "" {
						k := strings.ToLower(p.Name)
						m := ""
						if fn.Kind == ir.FuncMethod {
							m = strings.ToLower(fn.Name)
						}
						clearedBy[k] = append(clearedBy[k], m)
					}
				}
				return true
			})
		}
	}
	// a clear that runs only where the same property is set anew — the
	// old parent let go before the new one is linked
	// ($child->parentNode?->removeChild($child); $child->parentNode =
	// $this) — leaves the new link in place
	calledElsewhere := func(m, prop string) bool {
		for _, caller := range called[m] {
			// (its call to itself, as dispose() handing on to each
			// child's dispose(), runs only once it already runs)
			if caller.Kind == ir.FuncMethod && strings.ToLower(caller.Name) == m {
				continue
			}
			// (a method the project calls only past a size test runs
			// only for the larger ones: release() calling unlinkAll())
			// (its own call counts for nothing: close() handing on to
			// $this->channel->close() is called where close() is)
			name := strings.ToLower(caller.Name)
			others := slices.ContainsFunc(called[name], func(g *ir.Func) bool { return g != caller })
			if caller.Kind == ir.FuncMethod && !others && pastSize[name] {
				continue
			}
			if !linksBy[caller][prop] {
				return true
			}
		}
		return false
	}
	out := map[string]bool{}
	for prop, methods := range clearedBy {
		for _, m := range methods {
			if m == "" || calledElsewhere(m, prop) {
				out[prop] = true
			}
		}
	}
	return out
}

// oneOutcomeTest reports whether the node at `at` runs only in the
// then-branch of an if on stack that tests a value (a local, an element,
// a property, a getter's answer) for one constant: if ($decision ===
// ModerationPipeline::PUBLISH), if ($session->state() === 'ended'). The
// other outcomes pass it by.
func oneOutcomeTest(stack []analyzer.Node, at ir.Pos) bool {
	for _, n := range stack {
		i, ok := n.(*ir.If)
		if !ok || !stmtsHold(i.Then, at) {
			continue
		}
		c, ok := i.Cond.(*ir.Other)
		if !ok || (c.Op != "===" && c.Op != "==") || len(c.Args) != 2 {
			continue
		}
		for k := range 2 {
			_, local := c.Args[k].(*ir.Var)
			// (or an element, a property, or what a getter answers:
			// $report['state'] === 'ended', $session->state() === 'ended')
			switch x := c.Args[k].(type) {
			case *ir.Dim, *ir.Prop:
				local = true
			case *ir.MethodCall:
				local = len(x.Args) == 0 && !x.FirstClass
			}
			if local && !isNull(c.Args[1-k]) && analyzer.IsConstant(c.Args[1-k]) {
				return true
			}
		}
	}
	return false
}

// flagTest reports whether the node at `at` runs in a branch of an if on
// stack that tests a bool property of $this (if ($this->endList), if
// (!$this->closed)): only the objects set one way take it.
func (r *resolver) flagTest(fn *ir.Func, stack []analyzer.Node, at ir.Pos) bool {
	class := fn.ThisClass()
	if class == nil {
		return false
	}
	for _, n := range stack {
		i, ok := n.(*ir.If)
		if !ok || !stmtsHold(i.Then, at) && !stmtsHold(i.Else, at) {
			continue
		}
		cond := i.Cond
		if o, ok := cond.(*ir.Other); ok && o.Op == "!" && len(o.Args) == 1 {
			cond = o.Args[0]
		}
		if p, ok := cond.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name != "" {
			if decl := r.ix.Property(class.Name, p.Name); decl != nil && len(decl.Types) == 1 && strings.EqualFold(decl.Types[0], "bool") {
				return true
			}
		}
	}
	return false
}

// pastSizeTest reports whether an if on stack runs its branch only past
// a size: if ($graph->size() > 50), if (count($nodes) >= $limit) (a
// loop's bound is not such a test: for ($i = 0; $i < $n; $i++)).
func pastSizeTest(stack []analyzer.Node) bool {
	for _, n := range stack {
		if s, ok := n.(*ir.If); ok && sizeGuarded([]analyzer.Node{s}) {
			return true
		}
	}
	return false
}

// unsetsEveryKey reports whether unset(d), d an element $this->P[$k] in
// fn, runs for every key P has: $k bound by a foreach over P's keys
// around it, or $k a parameter of fn that a caller passes from a foreach
// over them (foreach ($this->events->types() as $t) $this->events->off($t),
// types() returning array_keys($this->handlers)). That empties P, as
// $this->P = [] would.
func (r *resolver) unsetsEveryKey(fn *ir.Func, d *ir.Dim) bool {
	pr, ok := d.Base.(*ir.Prop)
	k, isVar := d.Key.(*ir.Var)
	if !ok || !isVar || !analyzer.IsThis(pr.Obj) || pr.Name == "" || fn.ThisClass() == nil {
		return false
	}
	if keysLoop(fn, k.Name, d.P, func(owner *ir.Func, iter ir.Expr) bool { return keysOfProp(owner, iter, pr.Name) }) {
		return true
	}
	i := paramIndex(fn, k)
	if i < 0 || analyzer.AssignsVar(fn, k.Name) {
		return false
	}
	sites, _ := r.callSites()
	for _, s := range sites[fn] {
		arg, ok := siteArg(fn, s, i)
		v, isVar := arg.(*ir.Var)
		if !ok || !isVar || s.at == (ir.Pos{}) {
			continue
		}
		if keysLoop(s.caller, v.Name, s.at, func(caller *ir.Func, iter ir.Expr) bool {
			// $this->events->types(), types() a method of fn's class
			// that returns array_keys($this->handlers)
			if analyzer.IsThis(s.recv) && keysOfProp(caller, iter, pr.Name) {
				return true
			}
			t := r.target(caller, iter)
			if t == nil || t.ThisClass() == nil || !strings.EqualFold(t.ThisClass().Name, fn.ThisClass().Name) {
				return false
			}
			rets := returned(t)
			return len(rets) == 1 && keysOfProp(t, rets[0], pr.Name)
		}) {
			return true
		}
	}
	return false
}

// keysLoop reports whether a foreach of fn around at binds variable name
// to each key of what it iterates, as over tells (foreach ($x as $name =>
// …) over a table, or foreach ($keys as $name) over a list of keys).
func keysLoop(fn *ir.Func, name string, at ir.Pos, over func(fn *ir.Func, iter ir.Expr) bool) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		l, ok := n.(*ir.Loop)
		if !ok || l.Kind != ir.LoopForeach || !posWithin(at, l.P) {
			return !found
		}
		if isVarNamed(l.Key, name) && over(fn, &ir.Call{Name: "array_keys", Args: []ir.Expr{l.Iter}}) ||
			l.Key == nil && isVarNamed(l.Value, name) && over(fn, l.Iter) {
			found = true
		}
		return !found
	})
	return found
}

// keysOfProp reports whether e, in fn, is array_keys($this->prop).
func keysOfProp(fn *ir.Func, e ir.Expr, prop string) bool {
	c, ok := e.(*ir.Call)
	if !ok || analyzer.CallName(c) != "array_keys" || len(c.Args) != 1 {
		return false
	}
	p, ok := c.Args[0].(*ir.Prop)
	return ok && analyzer.IsThis(p.Obj) && p.Name == prop
}

// isEmptyValue matches null and the empty array.
func isEmptyValue(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Lit:
		return e.Kind == ir.LitNull
	case *ir.Array:
		return len(e.Items) == 0
	case *ir.Assign:
		// $this->onFulfilled = $this->onRejected = []: the value assigned
		return e.Op == "=" && !e.ByRef && isEmptyValue(e.Src)
	}
	return false
}

// filtersOutParam reports whether e is array_filter() (maybe under
// array_values()) whose callback compares the elements with a parameter
// of fn by identity: the entries that hold the object given are dropped.
func filtersOutParam(fn *ir.Func, e ir.Expr) bool {
	c, ok := e.(*ir.Call)
	if ok && analyzer.CallName(c) == "array_values" && len(c.Args) == 1 {
		c, ok = c.Args[0].(*ir.Call)
	}
	if !ok || analyzer.CallName(c) != "array_filter" || len(c.Args) < 2 {
		return false
	}
	cl, ok := c.Args[1].(*ir.Closure)
	if !ok {
		return false
	}
	params := map[string]bool{}
	for _, p := range fn.Params {
		params[p.Name] = true
	}
	found := false
	analyzer.Inspect(cl.Func.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if o, ok := n.(*ir.Other); ok && (o.Op == "===" || o.Op == "!==") && len(o.Args) == 2 {
			for _, a := range o.Args {
				if v, ok := a.(*ir.Var); ok && params[v.Name] && closureCaptures(cl.Func)[v.Name] {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// assignedBy reports whether a statement on stack assigns variable name
// the value being built: in `$v = new Gen(function () use ($v) {…})` the
// closure captures the old $v (use copies the value when the closure is
// made), not the Gen.
func assignedBy(stack []analyzer.Node, name string) bool {
	for _, n := range stack {
		if a, ok := n.(*ir.Assign); ok && !a.ByRef && isVarNamed(a.Dst, name) {
			return true
		}
	}
	return false
}

// dynamicKept says, for `new $class(...)`, which arguments the object
// keeps: argument i when a project class named somewhere by a class
// string (Foo::class or 'Foo': the names a class variable gets) has a
// constructor that takes parameter i typed as a class the argument is
// (its class, a parent or an interface) and keeps it. Such a
// constructor is written for that owner, so the object made from a
// class name is likely one of them; which one is not known, so the
// object stays unnamed in messages.
func (r *resolver) dynamicKept(fn *ir.Func, n *ir.New) map[int]string {
	// the classes the variable can name, when value flow tells them all
	if n.ClassExpr != nil {
		if classes := r.classValues(fn, n.ClassExpr, 0); classes != nil {
			kept := map[int]string{}
			for _, c := range classes {
				for i, prop := range r.storedParams(r.ix.Method(c, "__construct")) {
					kept[i] = prop
				}
			}
			return kept
		}
	}
	kept := map[int]string{}
	for i, a := range n.Args {
		ac := r.classOf(fn, a)
		if ac == "" {
			continue
		}
		for _, t := range r.ownerParams() {
			if t.i == i && r.ix.Implements(ac, t.typ) {
				if _, ok := kept[i]; !ok {
					kept[i] = t.prop
				}
			}
		}
	}
	return kept
}

// ownerParam is a constructor parameter typed as a project class or
// interface that the constructor keeps.
type ownerParam struct {
	typ, prop string
	i         int
}

// ownerParams lists, once per resolver and in a fixed order, every
// concrete project class's constructor parameters typed as a project
// class or interface and kept in a property.
func (r *resolver) ownerParams() []ownerParam {
	if r.owners != nil {
		return r.owners
	}
	r.owners = []ownerParam{}
	named := r.namedClasses()
	for _, f := range r.ix.Files() {
		for _, c := range f.Classes {
			if c.Kind != ir.KindClass || c.Abstract || !named[strings.ToLower(c.Name)] {
				continue
			}
			ctor := r.ix.Method(c.Name, "__construct")
			if ctor == nil {
				continue
			}
			kept := r.storedParams(ctor)
			for i, p := range ctor.Params {
				prop, ok := kept[i]
				if !ok || len(p.Types) != 1 || r.ix.Class(p.Types[0]) == nil {
					continue
				}
				r.owners = append(r.owners, ownerParam{typ: p.Types[0], prop: prop, i: i})
			}
		}
	}
	return r.owners
}

// namedClasses lists (lower-case) the project classes some code names
// by a class string, Foo::class or a literal 'Foo' / 'App\Foo', and the
// concrete ones no code makes by name.
func (r *resolver) namedClasses() map[string]bool {
	r.callSites() // the walk that notes class strings and news
	out := map[string]bool{}
	for _, f := range r.ix.Files() {
		for _, c := range f.Classes {
			// a concrete class no code makes by name is made from a
			// class string
			if c.Kind == ir.KindClass && !c.Abstract && !c.Anonymous && !r.madeByName[strings.ToLower(c.Name)] {
				out[strings.ToLower(c.Name)] = true
			}
		}
	}
	for k := range r.classStrings {
		out[k] = true
	}
	return out
}

// assignsThis reports whether fn assigns $this to variable name.
func assignsThis(fn *ir.Func, name string) bool {
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && !a.ByRef && isVarNamed(a.Dst, name) && isVarNamed(a.Src, "this") {
			found = true
		}
		return !found
	})
	return found
}

// classLike reports whether s could be a class name: identifiers joined
// by backslashes ('App\Plugin\Retry', 'WP_Customize_Setting').
func classLike(s string) bool {
	s = strings.TrimPrefix(s, `\`)
	// (each segment in turn, without the slice of them Split makes: asked
	// of every string literal of the project)
	for rest := s; ; {
		seg, after, more := strings.Cut(rest, `\`)
		if !identifier(seg) {
			return false
		}
		if !more {
			break
		}
		rest = after
	}
	return s != ""
}

// classValues lists the project classes a class-string expression can
// hold, following locals and the arguments every caller passes; nil when
// some value is not a known class string.
func (r *resolver) classValues(fn *ir.Func, e ir.Expr, depth int) []string {
	if cs := r.classStringsOf(e); cs != nil {
		return cs
	}
	if d, ok := e.(*ir.Dim); ok && d.Key != nil {
		return r.classMapValues(fn, d.Base)
	}
	// self::MODES[$mode] ?? DriveLeg::class, $x ? A::class : B::class:
	// every value it can take, when each is known
	if o, ok := e.(*ir.Other); ok && (o.Op == "??" || o.Op == "?:") && len(o.Args) >= 2 && depth <= 4 {
		vals := o.Args
		if o.Op == "?:" && len(vals) == 3 {
			vals = vals[1:]
		}
		var out []string
		for _, a := range vals {
			if t, ok := a.(*ir.Other); ok && t.Op == "throw" {
				continue // ?? throw new UnknownLineType(…): no value
			}
			cs := r.classValues(fn, a, depth+1)
			if cs == nil {
				return nil
			}
			out = append(out, cs...)
		}
		return out
	}
	// $this->trailClass, promoted from a class-string<Trail> parameter:
	// Trail or one of its concrete subclasses (also through a local,
	// $class = $this->lineClass)
	if pr, ok := e.(*ir.Prop); ok {
		if !analyzer.IsThis(pr.Obj) || fn.ThisClass() == nil {
			return nil
		}
		c := r.promotedClassString(fn.ThisClass().Name, pr.Name)
		if c == "" || r.ix.Class(c) == nil {
			return nil
		}
		return append([]string{c}, r.ix.ConcreteSubclasses(c)...)
	}
	v, ok := e.(*ir.Var)
	if !ok || depth > 4 {
		return nil
	}
	var out []string
	if i := paramIndex(fn, v); i >= 0 {
		sites, _ := r.callSites()
		if len(sites[fn]) == 0 {
			return nil
		}
		for _, s := range sites[fn] {
			if i >= len(s.args) {
				return nil
			}
			cs := r.classValues(s.caller, s.args[i], depth+1)
			if cs == nil {
				return nil
			}
			out = append(out, cs...)
		}
		return out
	}
	complete := true
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && isVarNamed(a.Dst, v.Name) {
			cs := r.classValues(fn, a.Src, depth+1)
			if cs == nil || a.Op != "=" {
				complete = false
			}
			out = append(out, cs...)
		}
		return complete
	})
	if !complete || len(out) == 0 {
		return nil
	}
	return out
}

// classMapValues lists the classes an element of base can name, when
// base is a constant array of class names (self::KINDS[$kind] with
// const KINDS = ['matched' => MatchedItem::class, …]): whatever the key,
// the element is one of them, or the read fails. nil when one element
// is not a class of the project.
func (r *resolver) classMapValues(fn *ir.Func, base ir.Expr) []string {
	vals := r.ix.ConstValues(fn, base)
	if len(vals) == 0 {
		return nil
	}
	var out []string
	for _, v := range vals {
		if v.Kind != analyzer.ConstArray || v.Open || len(v.Elems) == 0 {
			return nil
		}
		for _, elem := range v.Elems {
			if elem == nil {
				return nil
			}
			for _, c := range elem {
				cls := r.ix.Class(strings.TrimPrefix(c.S, `\`))
				if c.Kind != analyzer.ConstString || cls == nil {
					return nil
				}
				if !slices.Contains(out, cls.Name) {
					out = append(out, cls.Name)
				}
			}
		}
	}
	return out
}

// drainsUntilEmpty returns the property of one of PHP's containers that
// the while loop l, in fn, takes an element out of on every turn until
// it is empty: while (!$this->queue->isEmpty()) { $d = $this->queue->dequeue(); … }.
// "" otherwise.
func (r *resolver) drainsUntilEmpty(fn *ir.Func, l *ir.Loop) string {
	c := fn.ThisClass()
	if c == nil || l.Kind != ir.LoopWhile {
		return ""
	}
	not, ok := l.Cond.(*ir.Other)
	if !ok || not.Op != "!" || len(not.Args) != 1 {
		return ""
	}
	test, ok := not.Args[0].(*ir.MethodCall)
	if !ok || !strings.EqualFold(test.Name, "isEmpty") {
		return ""
	}
	pr, ok := test.Recv.(*ir.Prop)
	if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" {
		return ""
	}
	kc := builtins.Lookup(r.propClass(c.Name, pr.Name))
	if kc == nil {
		return ""
	}
	// (a take at the loop's top level: one per turn, not under an if)
	for _, st := range l.Body {
		found := false
		analyzer.Inspect([]ir.Stmt{st}, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.If, *ir.Switch, *ir.Loop, *ir.Try, *ir.Closure:
				return false
			case *ir.MethodCall:
				if p, ok := n.Recv.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name == pr.Name && kc.Takes(strings.ToLower(n.Name)) {
					found = true
				}
			}
			return !found
		})
		if found {
			return pr.Name
		}
	}
	return ""
}

// detachesEvery is, for a foreach in method fn over one of PHP's
// containers held in a property of $this (or iterator_to_array() of it),
// whose body hands each element to that container's removal
// ($this->observers->detach($o)) or to a method of the class that does
// ($this->detach($o)), the property: the loop empties it. "" otherwise.
func (r *resolver) detachesEvery(fn *ir.Func, l *ir.Loop) string {
	c := fn.ThisClass()
	v, ok := l.Value.(*ir.Var)
	if c == nil || l.Kind != ir.LoopForeach || !ok || v.Name == "" {
		return ""
	}
	iter := l.Iter
	if call, ok := iter.(*ir.Call); ok && analyzer.CallName(call) == "iterator_to_array" && len(call.Args) > 0 {
		iter = call.Args[0]
	}
	pr, ok := iter.(*ir.Prop)
	if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" {
		return ""
	}
	kc := builtins.Lookup(r.propClass(c.Name, pr.Name))
	if kc == nil {
		return ""
	}
	// removes reports whether body gives the variable name (the
	// element, or the parameter of a method it is handed to) to the
	// container's removal
	removes := func(body []ir.Stmt, name string) bool {
		found := false
		analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
			mc, ok := n.(*ir.MethodCall)
			if !ok || found || len(mc.Args) == 0 || !isVarNamed(mc.Args[0], name) {
				return !found
			}
			if p, ok := mc.Recv.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name == pr.Name && kc.Takes(strings.ToLower(mc.Name)) {
				found = true
			}
			return !found
		})
		return found
	}
	if removes(l.Body, v.Name) {
		return pr.Name
	}
	found := false
	analyzer.Inspect(l.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		mc, ok := n.(*ir.MethodCall)
		if !ok || found || !analyzer.IsThis(mc.Recv) || len(mc.Args) == 0 || !isVarNamed(mc.Args[0], v.Name) {
			return !found
		}
		if m := r.method(fn, mc); m != nil && len(m.Params) > 0 && removes(m.Body, m.Params[0].Name) {
			found = true
		}
		return !found
	})
	if found {
		return pr.Name
	}
	return ""
}
