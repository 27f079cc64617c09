package analyzer

import (
	"slices"
	"strings"

	"github.com/phpleak/phpleak/ir"
)

// MaxFirstQueue reports whether objects of class are an SplPriorityQueue
// or a project subclass of it that keeps its order (no compare() of its
// own): the highest priority comes out first.
func (ix *Index) MaxFirstQueue(class string) bool {
	class = strings.TrimPrefix(class, `\`)
	if strings.EqualFold(class, "SplPriorityQueue") {
		return true
	}
	c := ix.Class(class)
	return c != nil && ix.Supertypes(c.Name)["splpriorityqueue"] && ix.Method(c.Name, "compare") == nil
}

// SweepWaitsForNewest reports whether mc, an extract() from a queue kept
// in a property of $this, runs only once the queue's top is due — under
// a test that the top's due time has passed
// (while (!$q->isEmpty() && $q->top()->expiresAt <= $now)), or past a
// break out of the sweep while it has not — and every insert into that
// property ranks the entry by that very due time
// ($q->insert($hold, $hold->expiresAt)). On a queue that serves the
// highest priority first (MaxFirstQueue) the top is then the entry due
// last, the newest: the sweep takes nothing out while requests keep
// adding entries due later than the ones before. Ranked by the negated
// due time (-$hold->expiresAt), the entry due first is on top and the
// sweep bounds the queue.
func (ix *Index) SweepWaitsForNewest(fn *ir.Func, mc *ir.MethodCall) bool {
	if !strings.EqualFold(mc.Name, "extract") || len(mc.Args) != 0 || fn.Static || fn.ThisClass() == nil {
		return false
	}
	memo := FuncMemo(fn, sweepMemoKey{}, func() *LazyMap[*ir.MethodCall, bool] { return &LazyMap[*ir.MethodCall, bool]{} })
	return memo.Get(mc, func() bool { return ix.sweepWaitsForNewest(fn, mc) })
}

type sweepMemoKey struct{}

func (ix *Index) sweepWaitsForNewest(fn *ir.Func, mc *ir.MethodCall) bool {
	place, dims, ok := NewScope(fn).PlaceOf(mc.Recv)
	if !ok || len(dims) != 0 || place.Kind != PlaceThisProp {
		return false
	}
	field := dueField(fn, mc)
	if field == "" {
		return false
	}
	inserts, ranked := 0, true
	for _, c := range ix.Lineage(fn.ThisClass().Name) {
		for _, m := range c.Methods {
			if m.Static {
				continue
			}
			var scope *Scope
			InspectFunc(m, KMethodCall, func(n Node, _ []Node) bool {
				ins, ok := n.(*ir.MethodCall)
				if !ok || !strings.EqualFold(ins.Name, "insert") {
					return true
				}
				if scope == nil {
					scope = NewScope(m)
				}
				p, d, ok := scope.PlaceOf(ins.Recv)
				if !ok || len(d) != 0 || p.Key() != place.Key() {
					return true
				}
				inserts++
				if len(ins.Args) != 2 || ix.rankedBy(m, ins.Args[1], ins.Args[0]) != field {
					ranked = false
				}
				return ranked
			})
		}
	}
	return inserts > 0 && ranked
}

// dueField is the field of the queue's top that decides whether extract
// call mc in fn runs: the F of a test that the top is due, top()->F <= X
// (or <), around the call, or of a test that it is not, top()->F > X,
// that leaves the sweep before it. "" when no such test guards it.
func dueField(fn *ir.Func, mc *ir.MethodCall) string {
	recv := ExprPath(mc.Recv)
	field := ""
	Inspect(fn.Body, func(n Node, stack []Node) bool {
		if field != "" {
			return false
		}
		if n != Node(mc) {
			return true
		}
		for i := len(stack) - 1; i >= 0 && field == ""; i-- {
			switch s := stack[i].(type) {
			case *ir.If:
				if i+1 < len(stack) {
					if child, ok := stack[i+1].(ir.Stmt); ok && slices.Contains(s.Then, child) {
						field = dueTest(fn, s.Cond, recv, true)
					}
				}
			case *ir.Loop:
				if s.Kind == ir.LoopWhile || s.Kind == ir.LoopFor {
					field = dueTest(fn, s.Cond, recv, true)
				}
				// while (!$q->isEmpty()) { if ($q->top()->due > $now) break; … }
				for _, st := range s.Body {
					if field != "" || i+1 < len(stack) && Node(st) == stack[i+1] {
						break
					}
					if f, ok := st.(*ir.If); ok && leavesSweep(f.Then) {
						field = dueTest(fn, f.Cond, recv, false)
					}
				}
			}
		}
		return false
	})
	return field
}

// leavesSweep reports whether the statements are one break or return.
func leavesSweep(list []ir.Stmt) bool {
	if len(list) != 1 {
		return false
	}
	switch s := list[0].(type) {
	case *ir.Jump:
		return s.Op == "break"
	case *ir.Return:
		return true
	}
	return false
}

// dueTest is the field F of the top of the queue at recv that cond
// compares: as top()->F <= X (or X >= top()->F) when it tests that the
// top is due, among the terms of a chain of &&; as top()->F > X (or
// X < top()->F) when it tests that it is not. "" when cond is no such
// test.
func dueTest(fn *ir.Func, cond ir.Expr, recv string, due bool) string {
	terms := []ir.Expr{cond}
	if due {
		terms = Conjuncts(cond)
	}
	for _, t := range terms {
		o, ok := t.(*ir.Other)
		if !ok || len(o.Args) != 2 {
			continue
		}
		top := o.Args[0]
		switch o.Op {
		case "<=", "<":
			if !due {
				top = o.Args[1] // X < top()->F: not due
			}
		case ">=", ">":
			if due {
				top = o.Args[1] // X >= top()->F: due
			}
		default:
			continue
		}
		if f := topField(fn, top, recv); f != "" {
			return f
		}
	}
	return ""
}

// topField is F when e reads field F of the top of the queue at recv:
// $this->q->top()->F, or $t->F where every assignment of the local $t
// is $this->q->top().
func topField(fn *ir.Func, e ir.Expr, recv string) string {
	p, ok := e.(*ir.Prop)
	if !ok || p.Name == "" || recv == "" {
		return ""
	}
	isTop := func(x ir.Expr) bool {
		c, ok := x.(*ir.MethodCall)
		return ok && strings.EqualFold(c.Name, "top") && len(c.Args) == 0 && ExprPath(c.Recv) == recv
	}
	if isTop(p.Obj) {
		return p.Name
	}
	v, ok := p.Obj.(*ir.Var)
	if !ok || v.Name == "" || paramNamed(fn, v.Name) != nil {
		return ""
	}
	assigned, onlyTop := 0, true
	InspectFunc(fn, KAssign, func(n Node, _ []Node) bool {
		a := n.(*ir.Assign)
		if d, ok := a.Dst.(*ir.Var); ok && d.Name == v.Name {
			assigned++
			onlyTop = onlyTop && a.Op == "=" && isTop(a.Src)
		}
		return true
	})
	if assigned == 0 || !onlyTop {
		return ""
	}
	return p.Name
}

// rankedBy is F when priority, given in fn to an insert of value, is that
// value's field F: $hold->expiresAt, or a call of a method of $this whose
// body returns that field of the parameter value is passed as
// ($this->rank($hold), rank() returning $hold->expiresAt). "" otherwise
// (a negated due time, a constant, anything computed).
func (ix *Index) rankedBy(fn *ir.Func, priority, value ir.Expr) string {
	path := ExprPath(value)
	if path == "" {
		return ""
	}
	if p, ok := priority.(*ir.Prop); ok && p.Name != "" && ExprPath(p.Obj) == path {
		return p.Name
	}
	call, ok := priority.(*ir.MethodCall)
	if !ok || !IsThis(call.Recv) || call.Name == "" || fn.ThisClass() == nil {
		return ""
	}
	m := ix.Method(fn.ThisClass().Name, call.Name)
	if m == nil || len(m.Body) != 1 {
		return ""
	}
	ret, ok := m.Body[0].(*ir.Return)
	if !ok {
		return ""
	}
	p, ok := ret.X.(*ir.Prop)
	if !ok || p.Name == "" {
		return ""
	}
	v, ok := p.Obj.(*ir.Var)
	if !ok {
		return ""
	}
	i := slices.IndexFunc(m.Params, func(p *ir.Param) bool { return p.Name == v.Name })
	if i < 0 || i >= len(call.Args) || ExprPath(call.Args[i]) != path {
		return ""
	}
	return p.Name
}
