package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// disabledBranch returns a test of whether the node at the end of a walk's
// stack in fn runs only in the then-branch of an `if` whose condition
// cannot hold: it requires a property of $this that nobody sets (see
// analyzer.Index.FalsyProperty), or a size to reach a limit no size
// reaches (analyzer.Index.NeverHolds): a removal there bounds nothing. Made
// once per walk, it decides an if only when asked about a node in its
// then-branch.
func disabledBranch(ix *analyzer.Index, fn *ir.Func) func(stack []analyzer.Node) bool {
	c := fn.ThisClass()
	if c == nil || fn.Static {
		return noDisabledBranch
	}
	// (each if decided once, when a node under its then-branch is asked
	// about: most functions' ifs never are; the answers are kept per
	// function for every walk that asks)
	memo := analyzer.FuncMemo(fn, disabledMemoKey{}, func() *ifMemo { return &ifMemo{} })
	return func(stack []analyzer.Node) bool {
		for i, n := range stack {
			s, ok := n.(*ir.If)
			if !ok || i+1 >= len(stack) {
				continue
			}
			if child, ok := stack[i+1].(ir.Stmt); !ok || !slices.Contains(s.Then, child) {
				continue
			}
			if memo.Get(s, func() bool { return ix.NeverHolds(fn, c, s.Cond) }) {
				return true
			}
		}
		return false
	}
}

type disabledMemoKey struct{}

// ifMemo keeps, for one function, whether each if asked about is
// disabled.
type ifMemo = analyzer.LazyMap[*ir.If, bool]

func noDisabledBranch([]analyzer.Node) bool { return false }

// disabledIfs lists, once per function, its ifs whose condition cannot
// hold (see Index.NeverHolds: a property that nothing sets, a limit no
// size reaches): rules ask for every node of the function, and most
// functions have none.
func disabledIfs(ix *analyzer.Index, fn *ir.Func, c *ir.Class) map[*ir.If]bool {
	return analyzer.FuncMemo(fn, disabledIfsKey{}, func() map[*ir.If]bool {
		var out map[*ir.If]bool
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			s, ok := n.(*ir.If)
			if !ok {
				return true
			}
			if ix.NeverHolds(fn, c, s.Cond) {
				if out == nil {
					out = map[*ir.If]bool{}
				}
				out[s] = true
			}
			return true
		})
		return out
	})
}

type disabledIfsKey struct{}

// disabledByCallers reports whether the node at the end of stack runs only
// in a branch of an `if` on a parameter of fn (if ($dieOnFailure) … else
// …, if (!$quiet) …) that every call of fn in the project rules out with
// the literal it passes, or with the parameter's default when it passes
// none: a library's error log appended only when a caller asks not to
// throw, in a project whose every call asks to throw.
//
// Only functions, static and private methods qualify (calls through a
// parent class or an interface may pass anything), and only when nothing
// may call fn by a name phpleak cannot resolve or by a string.
func (r *resolver) disabledByCallers(fn *ir.Func, stack []analyzer.Node) bool {
	if fn == nil {
		return false
	}
	switch {
	case fn.Kind == ir.FuncFunction:
	case fn.Kind == ir.FuncMethod && (fn.Static || fn.Private):
	default:
		return false
	}
	for i, n := range stack {
		s, ok := n.(*ir.If)
		if !ok || i+1 >= len(stack) {
			continue
		}
		// (the condition first: it is cheap, and rarely a parameter)
		cond, negated := s.Cond, false
		if isNot(cond) {
			cond, negated = cond.(*ir.Other).Args[0], true
		}
		v, ok := cond.(*ir.Var)
		if !ok {
			continue
		}
		idx := paramIndex(fn, v)
		if idx < 0 {
			continue
		}
		child, ok := stack[i+1].(ir.Stmt)
		if !ok {
			continue
		}
		inThen := slices.Contains(s.Then, child)
		if !inThen && !slices.Contains(s.Else, child) || assignedIn(fn, v.Name) {
			continue
		}
		// the branch runs when the parameter is truthy (then, not
		// negated; else, negated) or falsy
		need := inThen != negated
		if r.callersPass(fn, idx, !need) {
			return true
		}
	}
	return false
}

// callersPass reports whether every call of fn in the project passes, as
// parameter idx, a literal PHP reads as want (true: truthy), there is at
// least one such call, and nothing else may call fn.
func (r *resolver) callersPass(fn *ir.Func, idx int, want bool) bool {
	sites, unresolved := r.callSites()
	name := strings.ToLower(fn.Name)
	if len(sites[fn]) == 0 || unresolved[name] || r.callableNames[name] || r.callableNames[strings.ToLower(shortName(fn.Name))] {
		return false
	}
	for _, s := range sites[fn] {
		arg, ok := siteArg(fn, s, idx)
		if !ok {
			return false
		}
		if v, known := truthValue(arg); !known || v != want {
			return false
		}
	}
	return true
}

// siteArg is what call site s passes as parameter i of fn: the argument,
// or the parameter's default when the call passes none; ok is false when
// neither is known (no default, or an unpacked f(...$args)).
func siteArg(fn *ir.Func, s callSite, i int) (ir.Expr, bool) {
	for _, a := range s.args[:min(i+1, len(s.args))] {
		if o, ok := a.(*ir.Other); ok && o.Op == "..." {
			return nil, false // f(...$args): any number of arguments
		}
	}
	switch {
	case i < len(s.args):
		return s.args[i], true
	case i < len(fn.Params) && fn.Params[i].Default != nil:
		return fn.Params[i].Default, true
	}
	return nil, false
}

// truthValue is how PHP reads a literal as a condition; known is false for
// anything else.
func truthValue(e ir.Expr) (value, known bool) {
	switch e := e.(type) {
	case *ir.Lit:
		switch e.Kind {
		case ir.LitNull:
			return false, true
		case ir.LitBool:
			return !strings.EqualFold(e.Value, "false"), true
		case ir.LitInt, ir.LitString:
			return e.Value != "0" && e.Value != "", true
		}
	case *ir.Array:
		return len(e.Items) > 0, true
	}
	return false, false
}

// assignedIn reports whether fn assigns variable name anywhere.
func assignedIn(fn *ir.Func, name string) bool {
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && isVarNamed(a.Dst, name) {
			found = true
		}
		return !found
	})
	return found
}

// sapiGuarded reports whether the node at the end of stack runs only in
// a branch of an `if` that tests PHP_SAPI (if (PHP_SAPI !== 'cli') { trim
// }): whether it runs in the worker depends on the SAPI that serves it,
// which the simulation of the request loop decides (see sim's test), not
// a rule that counts the removal as sure.
func sapiGuarded(stack []analyzer.Node) bool {
	for i, n := range stack {
		if s, ok := n.(*ir.If); ok && i+1 < len(stack) && analyzer.TestsSAPI(s.Cond) {
			if child, ok := stack[i+1].(ir.Stmt); ok && (slices.Contains(s.Then, child) || slices.Contains(s.Else, child)) {
				return true
			}
		}
	}
	return false
}

// disabledCalls finds, for the methods in removers, a call that sits
// under a test that never holds (see disabledBranch) when every call the
// project makes of them does: the flush that would empty a store never
// comes. It returns the method, and the test's if and the function it is
// in; nil when a call can run, or there is none.
func (r *resolver) disabledCalls(removers []*ir.Func) (*ir.Func, *ir.If, *ir.Func) {
	sites, _ := r.callSites()
	for _, m := range removers {
		var at *ir.If
		var in *ir.Func
		live := false
		seen := map[*ir.Func]bool{}
		for _, s := range sites[m] {
			if seen[s.caller] {
				continue
			}
			seen[s.caller] = true
			disabled := disabledBranch(r.ix, s.caller)
			analyzer.Inspect(s.caller.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
				switch n.(type) {
				case *ir.MethodCall, *ir.StaticCall, *ir.Call:
				default:
					return !live
				}
				if r.target(s.caller, n) != m {
					return !live
				}
				if !disabled(stack) {
					live = true
					return false
				}
				for i := len(stack) - 1; i >= 0 && at == nil; i-- {
					if x, ok := stack[i].(*ir.If); ok {
						at, in = x, s.caller
					}
				}
				return true
			})
		}
		if !live && at != nil {
			return m, at, in
		}
	}
	return nil, nil, nil
}

// skippedResetters takes out of resetters the methods that return before
// removing anything at every call the project makes of them: the method
// starts with `if ($hold->status !== HoldStatus::Active) return;`, and
// every caller sets that property of the object it passes, just before
// the call, to a value for which the test holds ($hold->status =
// HoldStatus::Confirmed; $this->holds->release($hold)).
func (p *program) skippedResetters(resetters map[string][]*ir.Func) (map[string][]*ir.Func, map[string][]string) {
	memo := map[*ir.Func]string{}
	return takeOutResetters(resetters, func(fn *ir.Func) string {
		if w, ok := memo[fn]; ok {
			return w
		}
		w := ""
		// (an entry the framework calls: its calls are not all seen)
		if slices.ContainsFunc(p.entries, func(e entryFact) bool { return e.fn == fn }) {
			memo[fn] = w
			return w
		}
		if s, ok := p.r.guardSkipsEveryCall(fn); ok {
			w = fmt.Sprintf("%s, called by %s at %s:%d", funcLabel(fn), funcLabel(s.caller), s.caller.File.Path, s.at.Line)
		}
		memo[fn] = w
		return w
	})
}

// guardSkipsEveryCall reports whether method fn starts with an early
// return on a property of a parameter ($param->prop op constant) that
// holds at every call of fn in the project (and there is one): each
// passes a variable whose property it assigned a constant in the
// statement right before (no call in between), for which the test holds.
// It returns one such call.
func (r *resolver) guardSkipsEveryCall(fn *ir.Func) (callSite, bool) {
	if fn.Kind != ir.FuncMethod || len(fn.Body) < 2 {
		return callSite{}, false
	}
	guard, ok := fn.Body[0].(*ir.If)
	if !ok || len(guard.Then) != 1 || len(guard.Else) != 0 {
		return callSite{}, false
	}
	// (a bare return: one that returns a call may do the removal)
	if ret, ok := guard.Then[0].(*ir.Return); !ok || ret.X != nil {
		return callSite{}, false
	}
	// (a method a framework calls too — a callback of an interface or a
	// class outside the project — has calls phpleak does not see)
	if fn.Class == nil {
		return callSite{}, false
	}
	for t := range r.ix.Supertypes(fn.Class.Name) {
		if r.ix.Class(t) == nil {
			return callSite{}, false
		}
	}
	cond, ok := guard.Cond.(*ir.Other)
	if !ok || len(cond.Args) != 2 {
		return callSite{}, false
	}
	switch cond.Op {
	case "===", "!==", "==", "!=":
	default:
		return callSite{}, false
	}
	side := -1
	var pr *ir.Prop
	for i, a := range cond.Args {
		if x, ok := a.(*ir.Prop); ok && x.Name != "" {
			if v, ok := x.Obj.(*ir.Var); ok && v.Name != "this" {
				side, pr = i, x
			}
		}
	}
	if pr == nil {
		return callSite{}, false
	}
	param := paramIndex(fn, pr.Obj)
	if param < 0 || fn.Params[param].ByRef || fn.Params[param].Variadic || assignedIn(fn, fn.Params[param].Name) {
		return callSite{}, false
	}
	other, ok := r.fixedValue(fn, cond.Args[1-side])
	if !ok {
		return callSite{}, false
	}
	sites, known := r.knownSites(fn)
	if !known || !r.onlyResolvedCalls(fn) {
		return callSite{}, false
	}
	for _, s := range sites {
		if s.at == (ir.Pos{}) || s.callable || param >= len(s.args) {
			return callSite{}, false
		}
		v, ok := s.args[param].(*ir.Var)
		if !ok {
			return callSite{}, false
		}
		set := r.setJustBefore(s, v.Name, pr.Name)
		if set == nil {
			return callSite{}, false
		}
		val, ok := r.fixedValue(s.caller, set)
		if !ok {
			return callSite{}, false
		}
		var holds bool
		if side == 0 {
			holds, ok = val.compare(cond.Op, other)
		} else {
			holds, ok = other.compare(cond.Op, val)
		}
		if !ok || !holds {
			return callSite{}, false
		}
	}
	return sites[0], len(sites) > 0
}

// fixedVal is a value known whatever runs: a scalar, or an enum case.
type fixedVal struct {
	c    analyzer.Const
	enum string // "class::case", lower-cased class
}

// fixedValue is the one value e, written in fn, holds: an enum case of a
// project enum, or a scalar ConstValues knows.
func (r *resolver) fixedValue(fn *ir.Func, e ir.Expr) (fixedVal, bool) {
	if cc, ok := e.(*ir.ClassConst); ok {
		c := r.ix.Class(cc.Class)
		if c != nil && c.Kind == ir.KindEnum {
			if !slices.Contains(c.Cases, cc.Name) {
				return fixedVal{}, false
			}
			return fixedVal{enum: strings.ToLower(c.Name) + "::" + cc.Name}, true
		}
	}
	vs := r.ix.ConstValues(fn, e)
	if len(vs) != 1 || vs[0].Kind == analyzer.ConstArray || vs[0].Kind == 0 {
		return fixedVal{}, false
	}
	return fixedVal{c: vs[0]}, true
}

// compare is l op r; ok is false where it is not known (an enum against
// a scalar, a mix PHP's rules leave to analyzer.CompareConst).
func (l fixedVal) compare(op string, r fixedVal) (holds, ok bool) {
	if l.enum != "" || r.enum != "" {
		if l.enum == "" || r.enum == "" {
			return false, false
		}
		same := l.enum == r.enum
		if op == "!==" || op == "!=" {
			return !same, true
		}
		return same, true
	}
	// (a typed property coerces what it is given: 0 stored in a float
	// property is 0.0; values of two kinds are not compared here)
	if l.c.Kind != r.c.Kind {
		return false, false
	}
	return analyzer.CompareConst(op, l.c, r.c)
}

// setJustBefore finds, for call site s whose call is a statement of its
// own (or returned, or assigned), the value a statement before it in the
// same block assigns to $name->prop, when the statements between are
// assignments that call nothing and neither write nor read $name; nil
// otherwise, or when the call's arguments call something.
func (r *resolver) setJustBefore(s callSite, name, prop string) ir.Expr {
	var list []ir.Stmt
	idx := -1
	analyzer.Inspect(s.caller.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if idx >= 0 {
			return false
		}
		st, ok := n.(ir.Stmt)
		if !ok {
			return true
		}
		if !posWithin(s.at, st.Span()) {
			return false
		}
		var x ir.Expr
		switch st := st.(type) {
		case *ir.ExprStmt:
			x = st.X
		case *ir.Return:
			x = st.X
		default:
			return true
		}
		if a, ok := x.(*ir.Assign); ok && a.Op == "=" {
			if _, local := a.Dst.(*ir.Var); local {
				x = a.Src
			}
		}
		if x == nil || x.Span() != s.at {
			return false
		}
		l := s.caller.Body
		if len(stack) > 0 {
			l = blockOf(stack[len(stack)-1], st)
		}
		for i, y := range l {
			if y == st {
				list, idx = l, i
			}
		}
		return false
	})
	if idx < 1 {
		return nil
	}
	for _, a := range s.args {
		if hasCall(a) {
			return nil
		}
	}
	for i := idx - 1; i >= 0; i-- {
		prev, ok := list[i].(*ir.ExprStmt)
		if !ok || hasCall(prev.X) {
			return nil
		}
		if a, ok := prev.X.(*ir.Assign); ok {
			if pr, ok := a.Dst.(*ir.Prop); ok && pr.Name == prop && isVarNamed(pr.Obj, name) {
				if a.Op != "=" || a.ByRef || mentions(a.Src, name, prop) {
					return nil
				}
				return a.Src
			}
		}
		// (a statement between that names neither the variable nor a
		// property of that name: $this->confirmed++)
		if mentions(prev.X, name, prop) {
			return nil
		}
	}
	return nil
}

// mentions reports whether e names variable name, or a property prop of
// anything.
func mentions(e ir.Expr, name, prop string) bool {
	found := false
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Var:
			found = found || n.Name == name
		case *ir.Prop:
			found = found || n.Name == prop
		}
		return !found
	})
	return found
}

// hasCall reports whether e calls anything (a function, a method, a
// constructor).
func hasCall(e ir.Expr) bool {
	found := false
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.New:
			found = true
		}
		return !found
	})
	return found
}
