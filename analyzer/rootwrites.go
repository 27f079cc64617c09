package analyzer

import "github.com/phpleak/phpleak/ir"

// EachRootWrite calls f, in the order EachNode(fn, kinds, f) meets them,
// for the nodes of fn's body of the given kinds (among KAssign, KRefAssign
// and KCall)
// that touch the variable name at their root: an assignment whose
// target's root variable (RootVar) is name ($x = …, $x['k'][] = …), a
// function call whose first argument's root variable is name
// (array_push($x, …)). It stops when f returns false.
//
// It stands for EachNode when f does nothing for the other assignments
// and calls: f is called for the same nodes it would act on, in the same
// order, and stops at the same one. A question about one local (is it
// only ever given a constant table?) costs a look at its own writes, not
// a walk of the whole body: asked for many locals of a long function,
// the walks added up to a quarter of all nodes walked on WordPress.
func EachRootWrite(fn *ir.Func, name string, kinds Kinds, f func(n Node) bool) {
	if name == "" {
		// (RootVar's "" is any root but a named variable: walk them all)
		EachNode(fn, kinds, f)
		return
	}
	for _, n := range rootWrites(fn)[name] {
		var k Kinds
		switch n := n.(type) {
		case *ir.Assign:
			k = KAssign
			if n.ByRef {
				k |= KRefAssign
			}
		case *ir.Call:
			k = KCall
		}
		if kinds&k != 0 && !f(n) {
			return
		}
	}
}

type rootWritesKey struct{}

// rootWrites indexes fn's assignments and function calls by the named
// root variable (RootVar) of their target and of their first argument,
// in walk order; found in one walk, on first use, and kept with fn's
// facts.
func rootWrites(fn *ir.Func) map[string][]Node {
	return FuncMemo(fn, rootWritesKey{}, func() map[string][]Node {
		var out map[string][]Node
		EachNode(fn, KAssign|KCall, func(n Node) bool {
			var root ir.Expr
			switch n := n.(type) {
			case *ir.Assign:
				root = n.Dst
			case *ir.Call:
				if len(n.Args) == 0 {
					return true
				}
				root = n.Args[0]
			}
			name := RootVar(root)
			if name == "" {
				return true
			}
			if out == nil {
				out = map[string][]Node{}
			}
			out[name] = append(out[name], n)
			return true
		})
		return out
	})
}

// EachAssignAt calls f, in the order EachNode(scope.Fn, KAssign, f) meets
// them, for the assignments of scope's function whose target is at the
// place e is (PlaceOf, the same Key), until f returns false; for none
// when e is at no place.
//
// It stands for EachNode when f does nothing for an assignment whose
// target is elsewhere (an assignment to the same slot, looked for at
// every write of a growth, walked the whole function each time).
func EachAssignAt(scope *Scope, e ir.Expr, f func(n Node) bool) {
	p, _, ok := scope.PlaceOf(e)
	if !ok {
		return
	}
	for _, n := range assignsByPlace(scope)[p.Key()] {
		if !f(n) {
			return
		}
	}
}

type assignsByPlaceKey struct{ scope *Scope }

// assignsByPlace indexes the assignments of scope's function by the key
// of the place their target is at, in walk order; found in one walk, on
// first use, and kept with the function's facts.
func assignsByPlace(scope *Scope) map[string][]Node {
	return FuncMemo(scope.Fn, assignsByPlaceKey{scope}, func() map[string][]Node {
		var out map[string][]Node
		EachNode(scope.Fn, KAssign, func(n Node) bool {
			p, _, ok := scope.PlaceOf(n.(*ir.Assign).Dst)
			if !ok {
				return true
			}
			if out == nil {
				out = map[string][]Node{}
			}
			out[p.Key()] = append(out[p.Key()], n)
			return true
		})
		return out
	})
}
