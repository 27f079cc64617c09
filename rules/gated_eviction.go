package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// An eviction that bounds a list (a cut to the last N, a shift while
// over N) bounds it only if it runs as often as the list is added to.
// One that runs only under a test of request data that has nothing to
// do with the list's size — a failed call, a status that changed, a
// flag another method sets from a response — leaves every add on the
// other path in for good: while the test never holds (no failure, no
// transition), the list grows for the life of the worker. The eviction
// may sit under the test itself, or in a method whose every call is
// under such a test (a reader that trims before it reads, called only
// when something changed). Tests of settings and of the environment
// (fixed for the process), of the size, of a time past a threshold, of
// a modulo or a random draw (periodic or sampled trims) are not this
// shape.

// gatedEviction reports, for a property place of class that grows in
// adder, whether every removal from it is an eviction to a size that
// runs only under a test unrelated to the size; why says which.
func (r *resolver) gatedEviction(class string, place analyzer.Place, adder *ir.Func, write ir.Pos) (string, bool) {
	if place.Kind != analyzer.PlaceThisProp {
		return "", false
	}
	sites, _ := r.callSites()
	var why string
	evictions := 0
	for _, c := range r.ix.Lineage(class) {
		for _, m := range c.Methods {
			if strings.EqualFold(m.Name, "__construct") {
				continue
			}
			scope := analyzer.NewScope(m)
			ok := true
			analyzer.Inspect(m.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
				if !ok {
					return false
				}
				if _, ok := n.(*ir.Closure); ok {
					return false
				}
				hit := false
				for _, rm := range removals(r, scope, n) {
					hit = hit || rm.Place.Key() == place.Key()
				}
				if !hit {
					return true
				}
				// only a cut to a size, or a removal under a test of the
				// size: any other removal (a reset, an unset by key) is
				// not this shape
				a, isAssign := n.(*ir.Assign)
				if !(isAssign && a.Op == "=" && slicesItself(a)) && !sizeGuarded(stack) {
					ok = false
					return false
				}
				evictions++
				var add ir.Pos
				if m == adder {
					add = write
				} else {
					add = addIn(sites, adder, m)
				}
				if g := r.gateOf(scope, m, stack, m.Body, n, place, add); g != nil {
					if why == "" {
						why = fmt.Sprintf("and the cut that would bound it, in %s (line %d), runs only when the test at line %d holds, which has nothing to do with its size: every request that does not meet it adds for good", funcLabel(m), n.Span().Line, g.P.Line)
					}
					return true
				}
				if m == adder {
					ok = false
					return false
				}
				if caller, g := r.gatedCalls(sites, m, place, adder, write, 3); g != nil {
					if why == "" {
						why = fmt.Sprintf("and the cut that would bound it, in %s (line %d), runs only when %s calls it, under the test at line %d, which has nothing to do with its size: every request that does not meet it adds for good", funcLabel(m), n.Span().Line, funcLabel(caller), g.P.Line)
					}
					return true
				}
				ok = false
				return false
			})
			if !ok {
				return "", false
			}
		}
	}
	return why, evictions > 0 && why != ""
}

// gatedCalls reports, when every call of m in the project runs under a
// test unrelated to place (in the caller, or further up to depth), the
// caller and the test of the first such call; nil when some call runs
// unconditionally, or when nothing in the project calls m (a framework
// may, at any time).
func (r *resolver) gatedCalls(sites map[*ir.Func][]callSite, m *ir.Func, place analyzer.Place, adder *ir.Func, write ir.Pos, depth int) (*ir.Func, *ir.If) {
	ss := sites[m]
	if depth == 0 || len(ss) == 0 {
		return nil, nil
	}
	var first *ir.If
	var firstCaller *ir.Func
	for _, s := range ss {
		if s.callable || s.caller == nil || s.at == (ir.Pos{}) {
			return nil, nil
		}
		stack, node := stackAt(s.caller, s.at)
		if node == nil {
			return nil, nil
		}
		add := addIn(sites, adder, s.caller)
		if s.caller == adder {
			add = write
		}
		g := r.gateOf(analyzer.NewScope(s.caller), s.caller, stack, s.caller.Body, node, place, add)
		caller := s.caller
		if g == nil {
			if s.caller == adder {
				return nil, nil
			}
			caller, g = r.gatedCalls(sites, s.caller, place, adder, write, depth-1)
			if g == nil {
				return nil, nil
			}
		}
		if first == nil {
			first, firstCaller = g, caller
		}
	}
	return firstCaller, first
}

// stackAt finds the call at pos in fn, with the nodes around it.
func stackAt(fn *ir.Func, pos ir.Pos) ([]analyzer.Node, analyzer.Node) {
	var stack []analyzer.Node
	var node analyzer.Node
	analyzer.Inspect(fn.Body, func(n analyzer.Node, st []analyzer.Node) bool {
		if node != nil {
			return false
		}
		switch n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			if n.Span() == pos {
				node, stack = n, append([]analyzer.Node(nil), st...)
			}
		}
		return node == nil
	})
	return stack, node
}

// gateOf is the test unrelated to place's size under which n runs in
// fn: an enclosing if, or an if before it at the top of fn's body that
// returns or throws; nil when there is none. A test of the place, of a
// count or an order (a size, a time past a threshold), of a modulo or
// of a random draw (a periodic or sampled trim) is not one.
//
// add is where fn adds to place, or calls the method that does (zero
// when it does neither): a test that the add sits under too, or that
// comes before it, skips both, and is not one either.
func (r *resolver) gateOf(scope *analyzer.Scope, fn *ir.Func, stack []analyzer.Node, body []ir.Stmt, n analyzer.Node, place analyzer.Place, add ir.Pos) *ir.If {
	unrelated := func(iff *ir.If) bool {
		// (a test of the SAPI is for the simulation of the loop)
		if sizeGuarded([]analyzer.Node{iff}) || analyzer.TestsSAPI(iff.Cond) || mentions(iff.Cond, "", place.Name) || readsPlace(scope, fn, iff.Cond, place) {
			return false
		}
		if !r.requestTest(fn, iff.Cond) {
			return false // (a setting or the environment: for what tests those)
		}
		periodic := false
		analyzer.InspectExpr(iff.Cond, func(x analyzer.Node, _ []analyzer.Node) bool {
			switch x := x.(type) {
			case *ir.Other:
				periodic = periodic || x.Op == "%"
			case *ir.Call:
				switch analyzer.CallName(x) {
				case "rand", "mt_rand", "random_int", "lcg_value", "array_rand":
					periodic = true
				}
			}
			return !periodic
		})
		return !periodic
	}
	for i, s := range stack {
		switch s := s.(type) {
		case *ir.Closure:
			return nil // (runs where it is handed to)
		case *ir.If:
			// (in a branch, not in the test itself)
			var child analyzer.Node = n
			if i+1 < len(stack) {
				child = stack[i+1]
			}
			st, ok := child.(ir.Stmt)
			if ok && (slices.Contains(s.Then, st) || slices.Contains(s.Else, st)) && unrelated(s) && (add == ir.Pos{} || !posWithin(add, s.P)) {
				return s
			}
		case *ir.Loop, *ir.Switch, *ir.Try, *ir.Catch:
			return nil // (not this shape: left to what handles it)
		}
	}
	// if (!$this->degraded) { return …; } … $this->window->p95()
	at := n.Span()
	for _, st := range body {
		p := st.Span()
		if p.Line > at.Line || p.Line == at.Line && p.Col >= at.Col {
			break
		}
		iff, ok := st.(*ir.If)
		if !ok || len(iff.Else) > 0 || len(iff.Then) == 0 || !unrelated(iff) || add != (ir.Pos{}) && !posBefore(add, p) {
			continue
		}
		switch last := iff.Then[len(iff.Then)-1].(type) {
		case *ir.Return:
			return iff
		case *ir.ExprStmt:
			if o, ok := last.X.(*ir.Other); ok && o.Op == "throw" {
				return iff
			}
		}
	}
	return nil
}

// addIn is where caller calls adder, the zero Pos when it does not.
func addIn(sites map[*ir.Func][]callSite, adder, caller *ir.Func) ir.Pos {
	for _, s := range sites[adder] {
		if s.caller == caller && !s.callable {
			return s.at
		}
	}
	return ir.Pos{}
}

// requestTest reports whether cond, in fn, tests data a request brings: a
// variable (a parameter, a local), or a property of $this that a method
// other than the constructor sets, read directly or by a method of $this
// it calls. A test of a setting or of the environment
// ($this->app->runningInConsole(), $this->debug set once) holds or fails
// for the life of the process, which is not this shape.
func (r *resolver) requestTest(fn *ir.Func, cond ir.Expr) bool {
	if fn.Class == nil {
		return false
	}
	// set: a method of the class other than its constructor assigns
	// the whole property (see notePropWrite)
	lineage := r.ix.Lineage(fn.Class.Name)
	set := func(prop string) bool {
		return slices.ContainsFunc(r.propWriteIndex()[prop], func(w propWrite) bool {
			return w.dims == 0 && w.src != nil && w.fn.Kind == ir.FuncMethod && analyzer.IsThis(w.obj) &&
				!strings.EqualFold(w.fn.Name, "__construct") && slices.Contains(lineage, w.fn.Class)
		})
	}
	reads := func(e ir.Expr, own bool) bool {
		found := false
		analyzer.InspectExpr(e, func(x analyzer.Node, _ []analyzer.Node) bool {
			switch x := x.(type) {
			case *ir.Var:
				found = found || own && x.Name != "this"
			case *ir.Prop:
				found = found || analyzer.IsThis(x.Obj) && set(x.Name)
			}
			return !found
		})
		return found
	}
	if reads(cond, true) {
		return true
	}
	found := false
	analyzer.InspectExpr(cond, func(x analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := x.(*ir.MethodCall); ok && analyzer.IsThis(mc.Recv) && len(mc.Args) == 0 {
			if m := r.ix.Method(fn.Class.Name, mc.Name); m != nil {
				analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
					if ret, ok := n.(*ir.Return); ok && ret.X != nil && reads(ret.X, false) {
						found = true
					}
					return !found
				})
			}
		}
		return !found
	})
	return found
}
