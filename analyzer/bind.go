package analyzer

import (
	"strings"

	"github.com/phpleak/phpleak/ir"
)

// bindClosures marks the closures the project binds to an object of
// another class before running them:
//
//	Closure::bind(function () { $this->items[$id] = $row; }, $this->pool, Pool::class)
//	(function () { $this->items = []; })->call($pool)
//	Closure::bind(static function () { self::$seen = []; }, null, Registry::class)
//
// Inside such a closure $this is the object bound (Func.Bound) and self::
// and private members are the scope class's (Func.Class), so what it
// adds to or empties is that class's state, as in one of its methods:
// the idiom reaches private state from outside (a recorder filling a
// pool, a reset listener emptying a service's cache between requests).
// A closure bound in two places to different classes is left as written.
func (ix *Index) bindClosures() {
	type binding struct {
		this, scope *ir.Class
		clash       bool
	}
	found := map[*ir.Func]*binding{}
	var order []*ir.Func
	bind := func(fn *ir.Func, closure, obj ir.Expr, scope ir.Expr, call bool) {
		c := closureLiteral(fn, closure)
		if c == nil || c.Static && !isNull(obj) {
			return
		}
		this := ix.boundClass(fn, obj)
		if this == nil && !isNull(obj) {
			return // an object of a class phpleak does not know
		}
		var sc *ir.Class
		switch {
		case scope != nil:
			if sc = ix.scopeClass(fn, scope); sc == nil {
				return
			}
		case call:
			sc = this // ->call($obj) runs it in $obj's scope
		}
		if this == nil && sc == nil {
			return
		}
		b := found[c]
		if b == nil {
			found[c] = &binding{this: this, scope: sc}
			order = append(order, c)
			return
		}
		if b.this != this || b.scope != sc {
			b.clash = true
		}
	}
	for _, f := range ix.files {
		for _, fn := range f.AllFuncs() {
			InspectFunc(fn, KMethodCall|KStaticCall, func(n Node, _ []Node) bool {
				switch c := n.(type) {
				case *ir.StaticCall:
					if strings.EqualFold(lastSegment(c.Class), "Closure") && strings.EqualFold(c.Name, "bind") && len(c.Args) >= 2 {
						bind(fn, c.Args[0], c.Args[1], argAt(c.Args, 2), false)
					}
				case *ir.MethodCall:
					switch strings.ToLower(c.Name) {
					case "bindto":
						if len(c.Args) >= 1 {
							bind(fn, c.Recv, c.Args[0], argAt(c.Args, 1), false)
						}
					case "call":
						if len(c.Args) >= 1 {
							bind(fn, c.Recv, c.Args[0], nil, true)
						}
					}
				}
				return true
			})
		}
	}
	for _, c := range order {
		b := found[c]
		if b.clash {
			continue
		}
		if b.this != nil {
			c.Bound = b.this
		}
		if b.scope != nil {
			c.Class = b.scope
		}
	}
}

// closureLiteral is the closure e is inside fn: a closure or arrow
// function written there, or a local assigned one once and nothing else.
func closureLiteral(fn *ir.Func, e ir.Expr) *ir.Func {
	switch e := e.(type) {
	case *ir.Closure:
		return e.Func
	case *ir.Var:
		var lit *ir.Func
		writes := 0
		Inspect(fn.Body, func(n Node, _ []Node) bool {
			if a, ok := n.(*ir.Assign); ok {
				if v, ok := a.Dst.(*ir.Var); ok && v.Name == e.Name {
					writes++
					if cl, ok := a.Src.(*ir.Closure); ok && a.Op == "=" {
						lit = cl.Func
					}
				}
			}
			return true
		})
		if writes == 1 && lit != nil && paramNamed(fn, e.Name) == nil {
			return lit
		}
	}
	return nil
}

// boundClass is the project class of the object e is inside fn: $this,
// a property of $this declared with a class, a parameter declared with
// one, or a new object; nil when unknown.
func (ix *Index) boundClass(fn *ir.Func, e ir.Expr) *ir.Class {
	switch e := e.(type) {
	case *ir.Var:
		if e.Name == "this" {
			return fn.ThisClass()
		}
		if p := paramNamed(fn, e.Name); p != nil && !AssignsVar(fn, e.Name) {
			for _, t := range p.Types {
				if c := ix.Class(t); c != nil {
					return c
				}
			}
		}
	case *ir.Prop:
		if IsThis(e.Obj) && fn.ThisClass() != nil && e.Name != "" {
			return ix.heldClass(fn.ThisClass().Name, e.Name)
		}
	case *ir.New:
		if e.Class != "" {
			return ix.Class(e.Class)
		}
	}
	return nil
}

// scopeClass is the project class a bind's scope argument names: Foo::class,
// 'Foo', or an object of that class.
func (ix *Index) scopeClass(fn *ir.Func, e ir.Expr) *ir.Class {
	switch e := e.(type) {
	case *ir.ClassConst:
		if strings.EqualFold(e.Name, "class") {
			return ix.Class(e.Class)
		}
	case *ir.Lit:
		if e.Kind == ir.LitString {
			return ix.Class(strings.TrimPrefix(e.Value, "\\"))
		}
	}
	return ix.boundClass(fn, e)
}

func isNull(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitNull
}

func argAt(args []ir.Expr, i int) ir.Expr {
	if i < len(args) {
		return args[i]
	}
	return nil
}

func paramNamed(fn *ir.Func, name string) *ir.Param {
	for _, p := range fn.Params {
		if p.Name == name {
			return p
		}
	}
	return nil
}
