package sim

import (
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// test decides a branch condition from the heap when it can: isset(),
// empty(), comparisons with null, array_key_exists(), and their
// negations and conjunctions, and a condition that needs a property
// nobody sets, of $this or of another object (analyzer.Index.FalsyProperty). known is false for
// anything else.
func (m *machine) test(f *frame, e ir.Expr) (result, known bool) {
	// a condition that needs a setting nobody sets, or a size to reach
	// a limit no size reaches, never holds
	if f.this != nil {
		if c := m.ix.Class(f.this.class); c != nil && m.ix.NeverHolds(f.fn, c, e) {
			return false, true
		}
	}
	// … nor one on another object of a class whose property keeps its
	// falsy default ($message->redelivered that no `new` passes)
	if p, ok := e.(*ir.Prop); ok && p.Name != "" && !analyzer.IsThis(p.Obj) {
		if o, isObj := m.peek(f, p.Obj).(*object); isObj && o.class != "" && m.ix.FalsyProperty(o.class, p.Name) {
			return false, true
		}
	}
	switch e := e.(type) {
	case *ir.Other:
		switch e.Op {
		case "!":
			if len(e.Args) == 1 {
				r, ok := m.test(f, e.Args[0])
				return !r, ok
			}
		case "isset":
			for _, a := range e.Args {
				present, ok := m.present(f, a)
				if !ok {
					return false, false
				}
				if !present {
					return false, true
				}
			}
			return true, true
		case "empty":
			if len(e.Args) == 1 {
				present, ok := m.present(f, e.Args[0])
				if !ok {
					return false, false
				}
				if !present {
					return true, true
				}
				if a, isArr := m.peek(f, e.Args[0]).(*array); isArr {
					return len(a.keys) == 0, true
				}
				return false, false
			}
		case "===", "==", "!==", "!=", "<", "<=", ">", ">=":
			if len(e.Args) != 2 {
				return false, false
			}
			// count($this->stack) > 1 on an array the heap holds whole
			if r, ok := m.countCompare(f, e); ok {
				return r, true
			}
			if strings.HasPrefix(e.Op, "<") || strings.HasPrefix(e.Op, ">") {
				return false, false
			}
			// PHP_SAPI === 'fpm-fcgi': a worker runs under the CLI (or
			// FrankenPHP's own SAPI), never a per-request one
			if requestSAPI(e.Args[0], e.Args[1]) {
				return e.Op == "!==" || e.Op == "!=", true
			}
			// PHP_SAPI !== 'cli' in a request loop of the project's own
			// code: the loop runs under the CLI, unless the project may
			// run under FrankenPHP (see analyzer.Index.MayRunUnderFrankenPHP)
			if sapi, whenEqual, ok := analyzer.SAPITest(e); ok && m.watch != nil && m.loopFn != nil && !m.ix.MayRunUnderFrankenPHP() {
				return (sapi == "cli") == whenEqual, true
			}
			// $index !== false after array_search found the object
			if e.Op == "!==" || e.Op == "===" {
				for i, a := range e.Args {
					if isFalse(a) {
						if _, found := m.peek(f, e.Args[1-i]).(konst); found {
							return e.Op == "!==", true
						}
					}
				}
			}
			other := e.Args[0]
			if !isNull(e.Args[1]) {
				if !isNull(e.Args[0]) {
					return false, false
				}
				other = e.Args[1]
			}
			present, ok := m.present(f, other)
			if !ok {
				return false, false
			}
			isNullNow := !present
			if e.Op == "!==" || e.Op == "!=" {
				return !isNullNow, true
			}
			return isNullNow, true
		case "&&", "||":
			if len(e.Args) != 2 {
				return false, false
			}
			l, lok := m.test(f, e.Args[0])
			r, rok := m.test(f, e.Args[1])
			switch {
			case e.Op == "&&" && ((lok && !l) || (rok && !r)):
				return false, true
			case e.Op == "||" && ((lok && l) || (rok && r)):
				return true, true
			case lok && rok:
				if e.Op == "&&" {
					return l && r, true
				}
				return l || r, true
			}
		}
	case *ir.Call:
		if analyzer.CallName(e) == "array_key_exists" && len(e.Args) == 2 {
			return m.present(f, &ir.Dim{Base: e.Args[1], Key: e.Args[0], P: e.P})
		}
		// function_exists('fastcgi_finish_request') in a request loop of
		// the project's own code: FPM's, not the CLI's that runs the loop
		// (FrankenPHP's too, when the project may run under it)
		if analyzer.CallName(e) == "function_exists" && m.watch != nil && m.loopFn != nil {
			if holds, known := m.ix.SAPIHoldsInWorker(e); known {
				return holds, true
			}
		}
	case *ir.MethodCall:
		o, ok := m.peek(f, e.Recv).(*object)
		if !ok || o.class == "" || e.Name == "" || len(e.Args) > 0 {
			break
		}
		// $generator->valid(): a generator of the project's own not yet
		// iterated to the end is still suspended at a yield — surely
		// so until it was advanced past the yields it surely makes;
		// beyond those it may have ended (a report streamed to its end)
		if o.class == "Generator" && strings.EqualFold(e.Name, "valid") {
			if m.finished[o] {
				return false, true
			}
			if g := m.gens[o]; g != nil && g.advanced > 0 && g.advanced >= surelyYields(g.fn) {
				return false, false
			}
			return true, true
		}
		// $queue->isEmpty() on a container the simulation models: what
		// it holds now
		if strings.EqualFold(e.Name, "isEmpty") && m.isCollection(o.class) {
			for _, k := range o.keys {
				if strings.HasPrefix(k, "[") {
					return false, true
				}
			}
			return true, true
		}
		// $this->exporter->isEnabled() on a NullExporter whose method is
		// `return false;`, or a predicate the heap decides: the answer
		// is written in the method
		t := m.ix.Method(o.class, e.Name)
		if t == nil || len(t.Body) != 1 || len(t.Params) > 0 || m.depth >= maxDepth {
			break
		}
		if r, ok := t.Body[0].(*ir.Return); ok && r.X != nil {
			if l, ok := r.X.(*ir.Lit); ok && l.Kind == ir.LitBool {
				return strings.EqualFold(l.Value, "true"), true
			}
			m.depth++
			defer func() { m.depth-- }()
			return m.test(&frame{fn: t, this: o, vars: map[string]value{}, scope: analyzer.NewScope(t)}, r.X)
		}
	}
	return false, false
}

// removesIfPresent handles `if (isset($a[$k])) { … unset($a[$k]) … }`
// with no else, under a key the simulation cannot place among the keys
// $a holds because it was read out of data handed in (a reply's channel,
// a decoded message's id) or could not be computed at all. Taken as
// new, as a write under it takes it, the removal would never run: a
// one-shot listener dropped when the reply on its channel comes back
// would seem kept for ever. The key names an entry the code stored under
// a value that came back; which one, the simulation cannot tell, so it
// takes it for the oldest: that entry is moved under the key, and the
// branch runs. Not when the function stores into $a itself (an LRU's
// touch, a toggle), nor for a key it computes from what it holds (an
// object's other property, its hash: a wrong key removes nothing).
func (m *machine) removesIfPresent(f *frame, s *ir.If) {
	o, ok := s.Cond.(*ir.Other)
	if !ok || o.Op != "isset" || len(o.Args) != 1 || len(s.Else) > 0 {
		return
	}
	d, ok := o.Args[0].(*ir.Dim)
	if !ok || !varKeyed(d) {
		return
	}
	a, ok := m.peek(f, d.Base).(*array)
	if !ok || len(a.keys) == 0 {
		return
	}
	kv := deref(m.eval(f, d.Key))
	switch v := kv.(type) {
	case sym:
		if !v.data {
			return
		}
	case unknown, scalar:
		// (a scalar it knows only to be one: a part of a value it
		// could not compute)
	default:
		return
	}
	key := keyOf(d.Key, kv)
	if _, held := a.vals[key]; held || a.vals[a.keys[0]] == nil || storesInto(f.fn.Body, d.Base) {
		return
	}
	removed := false
	analyzer.Inspect(s.Then, func(n analyzer.Node, _ []analyzer.Node) bool {
		if u, ok := n.(*ir.Unset); ok {
			for _, t := range u.Targets {
				removed = removed || samePlace(t, d)
			}
		}
		return !removed
	})
	if removed {
		a.rename(a.keys[0], key)
	}
}

// storesInto reports whether body writes an element of base (the same
// variable or property chain), under any key.
func storesInto(body []ir.Stmt, base ir.Expr) bool {
	path := analyzer.ExprPath(base)
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			if dd, ok := a.Dst.(*ir.Dim); ok && analyzer.ExprPath(dd.Base) == path {
				found = true
			}
		}
		return !found
	})
	return found
}

// varKeyed reports whether d is an element of a variable or property
// chain under a variable key ($this->once[$channel]).
func varKeyed(d *ir.Dim) bool {
	k, ok := d.Key.(*ir.Var)
	return ok && k.Name != "" && analyzer.ExprPath(d.Base) != ""
}

// samePlace reports whether a and b are the same element of the same
// variable or property chain, under the same variable key.
func samePlace(a, b ir.Expr) bool {
	da, ok := a.(*ir.Dim)
	if !ok || !varKeyed(da) {
		return false
	}
	db, ok := b.(*ir.Dim)
	if !ok || !varKeyed(db) {
		return false
	}
	return da.Key.(*ir.Var).Name == db.Key.(*ir.Var).Name && analyzer.ExprPath(da.Base) == analyzer.ExprPath(db.Base)
}

// requestSAPI reports whether a and b compare PHP_SAPI (or
// php_sapi_name()) with a literal that names a SAPI serving one request
// per process run (FPM, CGI, Apache's module): never equal in a worker.
func requestSAPI(a, b ir.Expr) bool {
	isSAPI := func(e ir.Expr) bool {
		if l, ok := e.(*ir.Lit); ok && l.Kind == ir.LitConst {
			return strings.EqualFold(strings.TrimPrefix(l.Value, `\`), "PHP_SAPI")
		}
		if c, ok := e.(*ir.Call); ok {
			return strings.EqualFold(analyzer.CallName(c), "php_sapi_name") && len(c.Args) == 0
		}
		return false
	}
	if isSAPI(b) {
		a, b = b, a
	}
	l, isLit := b.(*ir.Lit)
	if !isSAPI(a) || !isLit || l.Kind != ir.LitString {
		return false
	}
	switch strings.ToLower(l.Value) {
	case "fpm-fcgi", "cgi-fcgi", "apache2handler", "apache", "litespeed", "cgi":
		return true
	}
	return false
}

func isNull(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitNull
}

func isFalse(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitBool && strings.EqualFold(l.Value, "false")
}

// present says whether a place holds a non-null value, when the heap
// knows: an array element, a variable, a property of a known object.
func (m *machine) present(f *frame, e ir.Expr) (bool, bool) {
	switch x := e.(type) {
	case *ir.Var:
		if x.Name == "this" {
			return f.this != nil, true
		}
		v, ok := f.vars[x.Name]
		if !ok {
			return false, true
		}
		return presentValue(deref(v))
	case *ir.Dim:
		if x.Key == nil {
			return false, false
		}
		baseVal := m.peek(f, x.Base)
		if obj, isObj := baseVal.(*object); isObj && m.isCollection(obj.class) {
			// ArrayObject and friends keep elements as "[key]"
			kv := m.eval(f, x.Key)
			return obj.get("["+keyOf(x.Key, kv)+"]") != nil, true
		}
		base, ok := baseVal.(*array)
		if !ok {
			if baseVal == nil {
				return false, true
			}
			return false, false
		}
		kv := m.eval(f, x.Key)
		if _, unk := deref(kv).(unknown); unk {
			// a key the simulation cannot compute is a new one, as in
			// the write that would store under it
			return false, true
		}
		v := base.get(keyOf(x.Key, kv))
		if v == nil {
			return false, true
		}
		return presentValue(deref(v))
	case *ir.Prop, *ir.StaticProp:
		v := m.peek(f, e)
		if v == nil {
			return false, true
		}
		return presentValue(v)
	}
	return false, false
}

func presentValue(v value) (bool, bool) {
	switch v := v.(type) {
	case sym:
		if v.maybeNull {
			return false, false
		}
		return true, true
	case *object, *array, konst:
		return true, true
	case nil:
		return false, true
	}
	return false, false // a scalar may be null or not
}

// peek reads a place without creating it or making values up.
func (m *machine) peek(f *frame, e ir.Expr) value {
	switch x := e.(type) {
	case *ir.Var:
		if x.Name == "this" {
			if f.this == nil {
				return nil
			}
			return f.this
		}
		return deref(f.vars[x.Name])
	case *ir.Prop:
		if o, ok := m.peek(f, x.Obj).(*object); ok {
			return deref(o.get(x.Name))
		}
		return unknown{}
	case *ir.StaticProp:
		if x.Class == "" {
			return unknown{}
		}
		return deref(m.staticCell(x.Class, x.Name).v)
	case *ir.Dim:
		if a, ok := m.peek(f, x.Base).(*array); ok && x.Key != nil {
			return deref(a.get(keyOf(x.Key, m.eval(f, x.Key))))
		}
		return unknown{}
	}
	return unknown{}
}

// countCompare decides a comparison of count() of an array the heap
// knows whole (made here, not handed in from outside) with 0 or 1: a
// test for an empty array, or for the bottom of a stack
// (count($this->stack) > 1 before a pop). A batch size (count($batch)
// >= 50) stays unknown: a few simulated iterations never reach it.
func (m *machine) countCompare(f *frame, e *ir.Other) (result, known bool) {
	size := func(x ir.Expr) (int, bool) {
		c, ok := x.(*ir.Call)
		if !ok || len(c.Args) != 1 {
			return 0, false
		}
		if n := analyzer.CallName(c); n != "count" && n != "sizeof" {
			return 0, false
		}
		a, ok := m.peek(f, c.Args[0]).(*array)
		if !ok || a.opaque {
			return 0, false
		}
		return len(a.keys), true
	}
	lit := func(x ir.Expr) (int, bool) {
		l, ok := x.(*ir.Lit)
		if !ok || l.Kind != ir.LitInt {
			return 0, false
		}
		n, err := strconv.Atoi(l.Value)
		return n, err == nil && n >= 0 && n <= 1
	}
	a, aok := size(e.Args[0])
	b, bok := lit(e.Args[1])
	if !aok || !bok {
		if a, aok = lit(e.Args[0]); !aok {
			return false, false
		}
		if b, bok = size(e.Args[1]); !bok {
			return false, false
		}
	}
	switch e.Op {
	case "===", "==":
		return a == b, true
	case "!==", "!=":
		return a != b, true
	case "<":
		return a < b, true
	case "<=":
		return a <= b, true
	case ">":
		return a > b, true
	case ">=":
		return a >= b, true
	}
	return false, false
}
