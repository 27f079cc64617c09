package analyzer

import (
	"github.com/phpleak/phpleak/ir"
)

// refReturnKey names, in a function's memo, the places its locals are
// bound to by `$x = &f()` (see bindRefReturns).
type refReturnKey struct{}

// bindRefReturns finds, in every function of the project, the locals
// bound by reference to the result of a call to a function or static
// method that returns one global or static property by reference:
//
//	function &desk_context(): array { return $GLOBALS['desk']; }
//	public static function &rows(): array { return self::$rows; }
//
//	$ctx = &desk_context();
//	$ctx['notes'][$ticket] = $note; // writes $GLOBALS['desk']['notes']
//
// The idiom hands legacy helpers a shared table to fill in place. Such a
// local is an alias of the place (see refAliases), as after
// `$ctx = &$GLOBALS['desk']`. It runs before any scope is made: scopes
// read what it finds.
func (ix *Index) bindRefReturns() {
	returned := map[*ir.Func]ir.Expr{}
	for _, f := range ix.files {
		for _, fn := range f.AllFuncs() {
			var found map[*ir.Assign]ir.Expr
			InspectFunc(fn, KRefAssign, func(n Node, _ []Node) bool {
				a, ok := n.(*ir.Assign)
				if !ok || !a.ByRef {
					return true
				}
				var callee *ir.Func
				switch c := a.Src.(type) {
				case *ir.Call:
					if c.Name != "" && !c.FirstClass {
						callee = ix.FunctionImpl(c.Name, c.Fallback)
					}
				case *ir.StaticCall:
					if c.Class != "" && !c.FirstClass {
						if m := ix.Method(c.Class, c.Name); m != nil && m.Static {
							callee = m
						}
					}
				}
				if callee == nil || !callee.RefReturn {
					return true
				}
				to, seen := returned[callee]
				if !seen {
					to = refReturned(callee)
					returned[callee] = to
				}
				if to != nil {
					if found == nil {
						found = map[*ir.Assign]ir.Expr{}
					}
					found[a] = to
				}
				return true
			})
			if found != nil {
				FuncMemo(fn, refReturnKey{}, func() map[*ir.Assign]ir.Expr { return found })
			}
		}
	}
}

// refReturned is the place every return of fn names, when it is one
// global ($GLOBALS['k'], or $k declared global) or one static property,
// written the same way in each: that place as an expression that means
// the same in any function. nil otherwise (a local, a property of
// $this, an element under a parameter's key, two places).
func refReturned(fn *ir.Func) ir.Expr {
	globals := map[string]bool{}
	InspectFunc(fn, KGlobal, func(n Node, _ []Node) bool {
		if g, ok := n.(*ir.Global); ok {
			for _, name := range g.Names {
				globals[name] = true
			}
		}
		return true
	})
	var out ir.Expr
	key := ""
	ok := true
	InspectFunc(fn, KReturn, func(n Node, _ []Node) bool {
		r, isRet := n.(*ir.Return)
		if !isRet || !ok {
			return false
		}
		e, k := globalPlace(r.X, globals)
		if e == nil || key != "" && k != key {
			ok = false
			return false
		}
		out, key = e, k
		return false
	})
	if !ok {
		return nil
	}
	return out
}

// globalPlace renders e, when it names a global or a static property
// with literal keys only, as an expression free of the function's
// locals, and a key that is equal for equal places.
func globalPlace(e ir.Expr, globals map[string]bool) (ir.Expr, string) {
	switch e := e.(type) {
	case *ir.Var:
		if e.Name != "" && globals[e.Name] {
			return &ir.Dim{Base: &ir.Var{Name: "GLOBALS", P: e.P}, Key: &ir.Lit{Kind: ir.LitString, Value: e.Name, P: e.P}, P: e.P}, "$GLOBALS['" + e.Name + "']"
		}
	case *ir.StaticProp:
		if e.Class != "" && e.Name != "" {
			return e, e.Class + "::$" + e.Name
		}
	case *ir.Dim:
		lit, isLit := e.Key.(*ir.Lit)
		if !isLit || lit.Kind != ir.LitString && lit.Kind != ir.LitInt {
			return nil, ""
		}
		if v, isVar := e.Base.(*ir.Var); isVar && v.Name == "GLOBALS" {
			return e, "$GLOBALS['" + lit.Value + "']"
		}
		base, k := globalPlace(e.Base, globals)
		if base == nil {
			return nil, ""
		}
		if base != e.Base {
			return &ir.Dim{Base: base, Key: e.Key, P: e.P}, k + "['" + lit.Value + "']"
		}
		return e, k + "['" + lit.Value + "']"
	}
	return nil, ""
}
