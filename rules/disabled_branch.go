package rules

import (
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
