package sim

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// eval computes an expression's value, performing its heap effects.
func (m *machine) eval(f *frame, e ir.Expr) value {
	if e == nil || !m.tick() {
		return scalar{}
	}
	at := site{f.fn.File, e.Span()}
	switch e := e.(type) {
	case *ir.Lit:
		switch e.Kind {
		case ir.LitString, ir.LitInt, ir.LitFloat, ir.LitBool:
			return konst{e.Value}
		case ir.LitConst:
			// QUEUE: one value wherever it is read, though not known
			return scalar{name: "=" + e.Value}
		}
		return scalar{}
	case *ir.ClassConst:
		return konst{e.Class + "::" + e.Name}
	case *ir.Var:
		if e.Name == "this" {
			if f.this == nil {
				return scalar{}
			}
			return f.this
		}
		// read directly: a slot (see slotOf) costs five closures
		if e.Name != "" {
			if v := deref(m.varValue(f, e)); v != nil {
				return v
			}
		}
		return scalar{}
	case *ir.Prop:
		obj, ok := deref(m.eval(f, e.Obj)).(*object)
		if !ok || e.Name == "" {
			return unknown{} // what slotOf's sink reads
		}
		return m.propValue(obj, e.Name)
	case *ir.StaticProp, *ir.Dim:
		sl, ok := m.slotOf(f, e, false)
		if ok {
			if v := sl.get(); v != nil {
				return v
			}
		}
		d, isDim := e.(*ir.Dim)
		// request data the code did not set itself ($_GET['q'],
		// $_SERVER['REQUEST_URI']) is new on every request
		if isDim {
			if base, isVar := d.Base.(*ir.Var); isVar && analyzer.RequestData(base.Name, d.Key) {
				return m.newSym()
			}
		}
		// an element of a value that varies per call varies too
		// ($call['id'] of a decoded payload)
		if isDim && analyzer.ExprPath(d.Base) != "" {
			// (a plain place: reading it again runs nothing twice)
			switch base := deref(m.eval(f, d.Base)).(type) {
			case sym:
				// $frame['user'] read twice: the same value both times
				var k string
				if _, lit := d.Key.(*ir.Lit); lit {
					k = fmt.Sprintf("[]\x00s%d\x00%s", base.id, keyOf(d.Key, nil))
					if v, ok := m.derived[k]; ok {
						return v
					}
				}
				v := m.newMaybeNull()
				v.data = true
				if k != "" {
					if m.derived == nil {
						m.derived = map[string]sym{}
					}
					m.derived[k] = v
				}
				return v
			case *array:
				// an element of an array handed in ($options['callback']):
				// a value of this call, the same however often it is read
				if _, plainKey := d.Key.(*ir.Lit); base.opaque && plainKey {
					v := m.newMaybeNull()
					v.data = true
					base.set(keyOf(d.Key, nil), v)
					return v
				}
			}
		}
		// ['email', 'sms', 'push'][$i % 3]: one of a few literals,
		// the same one as far as keys go (a fixed set)
		if isDim {
			if lits, isArr := d.Base.(*ir.Array); isArr && len(lits.Items) > 0 && !slices.ContainsFunc(lits.Items, func(it ir.ArrayItem) bool {
				l, isLit := it.Value.(*ir.Lit)
				return !isLit || l.Kind == ir.LitNull || it.Unpack || it.ByRef
			}) {
				return konst{lits.Items[0].Value.(*ir.Lit).Value}
			}
		}
		if !ok {
			return unknown{}
		}
		return scalar{}
	case *ir.Assign:
		return m.assign(f, e, at)
	case *ir.New:
		return m.newObject(f, e, at)
	case *ir.Closure:
		return m.closure(f, e.Func, f.this, at)
	case *ir.Array:
		arr := newArray()
		for _, it := range e.Items {
			var v value
			if it.ByRef {
				v = m.refOf(f, it.Value)
			} else {
				v = copyValue(m.eval(f, it.Value))
			}
			if it.Unpack {
				if src, ok := deref(v).(*array); ok {
					for _, k := range src.keys {
						arr.append(&m.appendN, src.vals[k])
					}
				}
				continue
			}
			if it.Key != nil {
				arr.set(keyOf(it.Key, m.eval(f, it.Key)), v)
			} else {
				arr.append(&m.appendN, v)
			}
			m.noteArrayLink(v, at)
		}
		return arr
	case *ir.Call:
		return m.call(f, e, at)
	case *ir.MethodCall:
		return m.methodCall(f, e, at)
	case *ir.StaticCall:
		return m.staticCall(f, e, at)
	case *ir.Yield:
		k, v := m.eval(f, e.Key), m.eval(f, e.Value)
		if h := m.onYield; h != nil && h.fn == f.fn {
			// a foreach consuming this generator: its body runs on what
			// the generator hands it (yield from: on unknown values)
			if e.From {
				k, v = nil, unknown{}
			}
			h.run(k, v)
		}
		return unknown{}
	case *ir.Other:
		if e.Op == "throw" && m.raising && len(e.Args) == 1 {
			m.thrown, m.thrownVal = "?", nil
			if o, ok := deref(m.eval(f, e.Args[0])).(*object); ok && o.class != "" {
				m.thrown, m.thrownVal = o.class, o
			}
			return unknown{}
		}
		var first, last value = nil, scalar{}
		varies, unsure := false, false
		vals := make([]value, 0, len(e.Args))
		for _, a := range e.Args {
			last = m.eval(f, a)
			vals = append(vals, last)
			if first == nil {
				first = last
			}
			switch deref(last).(type) {
			case sym:
				varies = true
			case unknown:
				unsure = true
			}
		}
		if e.Op == "+" && len(vals) == 2 {
			if out, ok := m.union(vals[0], vals[1]); ok {
				return out
			}
		}
		if (e.Op == "." || e.Op == "interp") && !varies && !unsure {
			// 'k#' . spl_object_id($event): the string, known when every
			// part is (an object's id keys the object)
			var b strings.Builder
			known := true
			for _, v := range vals {
				k, ok := deref(v).(konst)
				known = known && ok
				if ok {
					b.WriteString(k.v)
				}
			}
			if known && len(vals) > 0 {
				return konst{b.String()}
			}
		}
		switch e.Op {
		case ".", "interp", "cast", "+", "-", "*", "/", "%", "**", "&", "|", "^", "<<", ">>":
			if varies {
				return m.derive(e.Op, vals)
			}
			if unsure && (e.Op == "." || e.Op == "interp") {
				// a string built from what the simulation cannot compute
				// ($request->getPathInfo() . '?' . …): not a fixed value
				return unknown{}
			}
		case "++":
			// a counter: a new value every time
			v := m.newSym()
			if len(e.Args) == 1 {
				if sl, ok := m.slotOf(f, e.Args[0], true); ok {
					sl.set(v)
				}
			}
			return v
		}
		switch e.Op {
		case "??", "?:":
			// Fiber::getCurrent() ?? throw new LogicException(…): the
			// value, whenever the code goes on
			if len(e.Args) == 2 {
				if t, ok := e.Args[1].(*ir.Other); ok && t.Op == "throw" {
					return first
				}
			}
			// $idle->isEmpty() ? new Connection() : $idle->dequeue(): the
			// arm the simulation knows, when the other is beyond it
			if e.Op == "?:" && len(vals) == 3 {
				// cond ? a : b gives an arm, never the condition; the
				// arms are not told apart
				if _, unk := deref(vals[2]).(unknown); unk {
					if _, isObj := deref(vals[1]).(*object); isObj {
						return vals[1]
					}
				}
				// $ok ? $filters['channel'] : 'all': the arm that varies,
				// which is what a store keyed by it grows with
				if _, varies := deref(vals[1]).(sym); varies {
					if _, other := deref(vals[2]).(sym); !other {
						return vals[1]
					}
				}
				// (an object the arm left out made, linked to others,
				// may be the one the code goes on with: what it holds is
				// beyond the simulation, not freed)
				if o, isObj := deref(vals[1]).(*object); isObj && o != deref(vals[2]) && len(edges(o)) > 0 {
					m.escape(o, "made in the arm of a conditional (?:) the simulation does not follow")
				}
				return vals[2]
			}
			if s, ok := deref(first).(sym); ok {
				// $this->root ?? $this: whenever the unknown value is
				// null, the object is what is stored
				if _, isObj := deref(last).(*object); isObj && e.Op == "??" {
					return last
				}
				// it varies, and may be the default
				s.maybeNull = s.maybeNull || isNullValue(last)
				return s
			}
			// $a ?? $b and $a ?: $b give $a when it is set (an object
			// is also truthy); a ternary's arms are not told apart
			if len(e.Args) == 2 {
				if o, isObj := deref(first).(*object); isObj {
					// $fallback ?? fn () => $this->…: a parameter the
					// caller may leave null gives way to the default
					if _, lastObj := deref(last).(*object); o.maybeNull && lastObj {
						return last
					}
					return first
				}
				if _, isArr := deref(first).(*array); isArr && e.Op == "??" {
					return first
				}
			}
			return last
		case "match":
			// match ($t) { 'a', 'b' => fn () => $this->a(), default => … }:
			// an arm's result; the arms are not told apart from their
			// conditions (constants), so the last object among them
			for i := len(vals) - 1; i >= 1; i-- {
				if _, isObj := deref(vals[i]).(*object); isObj {
					return vals[i]
				}
			}
		case "(object)":
			// (object) ['job' => $j]: a new stdClass with the array's
			// entries as properties; an object stays itself
			switch v := deref(first).(type) {
			case *object:
				return v
			case *array:
				o := m.alloc("stdClass", at)
				for _, k := range v.keys {
					o.set(strings.TrimPrefix(k, "="), copyValue(v.vals[k]))
				}
				return o
			}
			return m.alloc("stdClass", at)
		case "clone":
			// clone $o, or clone($o, [...]) (PHP 8.5): the object first
			if o, ok := deref(first).(*object); ok {
				c := m.alloc(o.class, at)
				for _, name := range o.keys {
					c.set(name, copyValue(o.vals[name]))
				}
				return c
			}
		}
		return scalar{}
	}
	return unknown{}
}

// containerKey is the key a built-in container keeps v under (see
// valueKey), but none for a scalar the simulation does not know: in
// attach($x) it stands for an object it lost track of, which the name
// of a variable does not tell apart from the next one.
func containerKey(v value) string {
	if _, ok := deref(v).(scalar); ok {
		return ""
	}
	return valueKey(v)
}

// noteArrayLink is a no-op hook kept for array literal elements: links
// are recorded where the array is stored.
func (m *machine) noteArrayLink(value, site) {}

// noteLink records that holder now holds every heap node in v.
func (m *machine) noteLink(holder node, v value, at site, text string) {
	if holder == nil {
		return
	}
	for _, n := range children(v, nil) {
		m.links = append(m.links, link{holder: holder, held: n, at: at, text: text})
	}
}

func (m *machine) assign(f *frame, a *ir.Assign, at site) value {
	if a.ByRef {
		r := m.refOf(f, a.Src)
		sl, ok := m.slotOf(f, a.Dst, true)
		if !ok {
			return r.v
		}
		sl.bind(r)
		if sl.owner != nil {
			m.noteLink(sl.owner, r, at, fmt.Sprintf("%s = &…", sl.name()))
		} else if name := sl.name(); strings.Contains(name, "[") {
			m.noteRefInArray(f, a.Dst, r, at, name)
		}
		return r.v
	}
	v := m.eval(f, a.Src)
	if a.Op == "+=" {
		// $this->commands += $more: an array union keeps what it adds
		if src, ok := deref(v).(*array); ok {
			if sl, ok := m.slotOf(f, a.Dst, true); ok {
				if cur, ok := deref(sl.get()).(*array); ok {
					out := copyValue(cur).(*array)
					for _, k := range src.keys {
						if out.get(k) == nil {
							out.set(k, copyValue(src.vals[k]))
						}
					}
					m.hit[a] = true
					return m.put(f, sl, a.Dst, out, at)
				}
			}
		}
	}
	if a.Op != "=" && a.Op != "??=" {
		// compound operators (.=, +=, …) make scalars, which vary per
		// call when either side does
		if sl, ok := m.slotOf(f, a.Dst, true); ok && a.Op != "+=" {
			var out value = scalar{}
			_, srcVaries := deref(v).(sym)
			if cur := sl.get(); srcVaries || isSym(cur) {
				out = m.newSym()
			}
			sl.set(out)
			return out
		}
		return scalar{}
	}
	if list, isList := a.Dst.(*ir.Array); isList && a.Op == "=" {
		m.destructure(f, list, v, at)
		m.hit[a] = true
		return v
	}
	sl, ok := m.slotOf(f, a.Dst, true)
	if !ok {
		return v
	}
	if a.Op == "??=" {
		if cur := sl.get(); cur != nil {
			if _, isScalar := cur.(scalar); !isScalar {
				return cur
			}
		}
	}
	m.hit[a] = true
	return m.put(f, sl, a.Dst, v, at)
}

// put puts a copy of v in slot sl (the place dst names) and records
// the link it makes.
func (m *machine) put(f *frame, sl slot, dst ir.Expr, v value, at site) value {
	stored := copyValue(v)
	if d, ok := dst.(*ir.Var); ok {
		stored = named(stored, d.Name)
	}
	sl.set(stored)
	if sl.owner != nil {
		m.noteLink(sl.owner, stored, at, fmt.Sprintf("%s = %s", sl.name(), describe(stored)))
	} else if r := m.rootCellOf(f, dst); r != nil {
		m.noteLink(r, stored, at, fmt.Sprintf("%s = %s", sl.name(), describe(stored)))
	}
	return stored
}

// destructure assigns the elements of v to the places of list, as
// [$a, $b] = … and ['k' => $a] = … do: by key, or by position.
func (m *machine) destructure(f *frame, list *ir.Array, v value, at site) {
	src, _ := deref(v).(*array)
	for i, it := range list.Items {
		if it.Value == nil {
			continue // [, $b] = …
		}
		var elem value = unknown{}
		if src != nil {
			switch {
			case it.Key != nil:
				if e := src.get(keyOf(it.Key, m.eval(f, it.Key))); e != nil {
					elem = e
				}
			case i < len(src.keys):
				elem = src.vals[src.keys[i]]
			}
		}
		if inner, ok := it.Value.(*ir.Array); ok {
			m.destructure(f, inner, elem, at)
			continue
		}
		if sl, ok := m.slotOf(f, it.Value, true); ok {
			m.put(f, sl, it.Value, elem, at)
		}
	}
}

// noteRefInArray records a reference stored into a local array that is
// itself held by a reference cell (the self-referencing array case).
func (m *machine) noteRefInArray(f *frame, dst ir.Expr, r *refCell, at site, name string) {
	if cell := m.rootCellOf(f, dst); cell != nil {
		m.noteLink(cell, r, at, fmt.Sprintf("%s = &…", name))
	}
}

// rootCellOf returns the reference cell a local variable at the root of
// an element chain is bound to, if any.
func (m *machine) rootCellOf(f *frame, e ir.Expr) *refCell {
	for {
		d, ok := e.(*ir.Dim)
		if !ok {
			break
		}
		e = d.Base
	}
	if v, ok := e.(*ir.Var); ok {
		if r, ok := f.vars[v.Name].(*refCell); ok {
			return r
		}
	}
	return nil
}

// describe names a value for traces.
func describe(v value) string {
	switch v := deref(v).(type) {
	case *object:
		return v.label()
	case *array:
		var parts []string
		for _, n := range children(v, nil) {
			if o, ok := n.(*object); ok {
				parts = append(parts, o.label())
			}
		}
		if len(parts) > 0 {
			return "[" + strings.Join(parts, ", ") + "]"
		}
		return "an array"
	}
	return "a value"
}

func (m *machine) newObject(f *frame, e *ir.New, at site) value {
	class := e.Class
	if class == "" && e.ClassExpr != nil {
		class = m.dynamicClass(f, e)
	}
	args, refs := m.args(f, e.Args, m.ix.Method(class, "__construct"))
	if class == "" {
		class = "object"
	}
	switch strings.ToLower(shortName(class)) {
	case "weakreference", "weakmap":
		return m.alloc(shortName(class), at)
	}
	o := m.alloc(class, at)
	if ctor := m.ix.Method(class, "__construct"); ctor != nil {
		m.invoke(ctor, o, args, refs)
	} else if m.ix.Class(class) == nil {
		kept := builtins.CtorKeeps(class)
		for i, a := range args {
			if name, ok := kept[i]; ok {
				v := copyValue(a)
				o.set(name, v)
				m.noteLink(o, v, at, fmt.Sprintf("new %s() keeps its %s", shortName(class), name))
				continue
			}
			if kept == nil {
				m.escape(a, "passed to new "+shortName(class)+"(), which the project does not declare")
			}
		}
	}
	return o
}

// dynamicClass names the class `new $class(…)` makes: the one the
// class expression holds, or else the first of the classes the project
// names that could be made there, when they all run the same
// constructor (see analyzer.Index.DynamicNewClass): a factory
// making one of several observers that share their base's constructor.
// "" when it cannot tell.
func (m *machine) dynamicClass(f *frame, e *ir.New) string {
	if k, ok := deref(m.eval(f, e.ClassExpr)).(konst); ok && m.ix.Class(k.v) != nil {
		return k.v
	}
	argClasses := make([]string, len(e.Args))
	for i, a := range e.Args {
		if o, ok := deref(m.peek(f, a)).(*object); ok && o.fn == nil {
			argClasses[i] = o.class
		}
	}
	return m.ix.DynamicNewClass(argClasses)
}

// closure allocates a Closure holding its bound $this and its captures.
func (m *machine) closure(f *frame, fn *ir.Func, this *object, at site) value {
	c := m.alloc("Closure", at)
	if !fn.Static && this != nil {
		c.set("this", this)
		m.noteLink(c, this, at, fmt.Sprintf("a closure binds %s", this.label()))
	}
	for _, u := range fn.Uses {
		if u.ByRef {
			r := m.refOf(f, &ir.Var{Name: u.Name})
			c.set("use $"+u.Name, r)
			m.noteLink(c, r, at, fmt.Sprintf("a closure captures &$%s", u.Name))
			continue
		}
		v := copyValue(deref(f.vars[u.Name]))
		c.set("use $"+u.Name, v)
		m.noteLink(c, v, at, fmt.Sprintf("a closure captures $%s (%s)", u.Name, describe(v)))
	}
	if fn.Kind == ir.FuncArrow {
		// arrow functions capture, by value, what their body uses
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if v, ok := n.(*ir.Var); ok && v.Name != "this" {
				if val, bound := f.vars[v.Name]; bound {
					c.set("use $"+v.Name, copyValue(deref(val)))
					m.noteLink(c, deref(val), at, fmt.Sprintf("an arrow function captures $%s", v.Name))
				}
			}
			return true
		})
	}
	c.fn = fn
	return c
}

// args evaluates call arguments; by-reference parameters get the cell of
// their argument's place.
func (m *machine) args(f *frame, list []ir.Expr, target *ir.Func) ([]value, []*refCell) {
	vals := make([]value, len(list))
	refs := make([]*refCell, len(list))
	for i, a := range list {
		if target != nil && i < len(target.Params) && target.Params[i].ByRef {
			refs[i] = m.refOf(f, a)
			vals[i] = refs[i].v
			continue
		}
		vals[i] = m.eval(f, a)
	}
	return vals, refs
}

// mutating lists engine functions that change their first argument.
func (m *machine) call(f *frame, c *ir.Call, at site) value {
	if c.Name == "" {
		callee := m.eval(f, c.Callee)
		if c.FirstClass {
			// $handler(...) makes a callable, it calls nothing: the
			// closure itself, or one bound to the invokable object
			if obj, ok := deref(callee).(*object); ok {
				if obj.fn != nil {
					return obj
				}
				if inv := m.ix.Method(obj.class, "__invoke"); obj.class != "" && inv != nil && !inv.Abstract {
					clo := m.alloc("Closure", at)
					clo.set("this", obj)
					m.noteLink(clo, obj, at, fmt.Sprintf("%s(...) binds it", obj.label()))
					clo.fn = inv
					return clo
				}
			}
			return unknown{}
		}
		// $handler($message): a closure, or an invokable object's
		// __invoke()
		args, _ := m.args(f, c.Args, nil)
		return m.callValue(callee, args, "passed to a dynamic call")
	}
	if fn := m.ix.Function(c.Name, c.Fallback); fn != nil {
		args, refs := m.args(f, c.Args, fn)
		if c.FirstClass {
			return m.closure(f, fn, nil, at)
		}
		if fn.Generator {
			return m.generator(fn, nil, at, args)
		}
		return m.invoke(fn, nil, args, refs)
	}
	name := analyzer.CallName(c)
	switch name {
	case "array_map":
		// array_map(fn ($row) => …, $rows): the callback runs on every
		// element, and the result holds what it returns, under the same
		// keys
		if len(c.Args) == 2 {
			args, _ := m.args(f, c.Args, nil)
			if a, ok := deref(args[1]).(*array); ok {
				out := newArray()
				for _, k := range slices.Clone(a.keys) {
					out.set(k, copyValue(m.callValue(args[0], []value{deref(a.vals[k])}, "passed to array_map() with a callback the simulation cannot resolve")))
				}
				out.opaque, out.outside = a.opaque, a.outside
				return out
			}
		}
	case "call_user_func", "call_user_func_array":
		if len(c.Args) >= 1 {
			args, _ := m.args(f, c.Args, nil)
			rest := args[1:]
			if name == "call_user_func_array" {
				rest = nil
				if len(args) > 1 {
					if a, ok := deref(args[1]).(*array); ok {
						for _, k := range a.keys {
							rest = append(rest, deref(a.vals[k]))
						}
					}
				}
			}
			return m.callValue(args[0], rest, "passed to "+name+"() with a callback the simulation cannot resolve")
		}
	case "array_push", "array_unshift":
		m.hit[c] = true
		if len(c.Args) >= 1 {
			sl, ok := m.slotOf(f, c.Args[0], true)
			for _, a := range c.Args[1:] {
				v := copyValue(m.eval(f, a))
				if ok {
					elem := &ir.Dim{Base: c.Args[0], P: c.P}
					if esl, ok := m.slotOf(f, elem, true); ok {
						esl.set(v)
						if esl.owner != nil {
							m.noteLink(esl.owner, v, at, fmt.Sprintf("%s(%s, %s)", name, sl.name(), describe(v)))
						}
					}
				}
			}
		}
		return scalar{}
	case "array_pop", "array_shift":
		if len(c.Args) == 1 {
			if sl, ok := m.slotOf(f, c.Args[0], false); ok {
				if a, ok := sl.get().(*array); ok && len(a.keys) > 0 {
					k := a.keys[len(a.keys)-1]
					if name == "array_shift" {
						k = a.keys[0]
					}
					v := a.vals[k]
					a.remove(k)
					return deref(v)
				}
			}
		}
		return unknown{}
	case "array_merge", "array_merge_recursive", "array_replace":
		args, _ := m.args(f, c.Args, nil)
		out := newArray()
		for _, a := range args {
			switch v := deref(a).(type) {
			case *array:
				for _, k := range v.keys {
					if strings.HasPrefix(k, "#") && name != "array_replace" {
						out.append(&m.appendN, copyValue(v.vals[k]))
					} else {
						out.set(k, copyValue(v.vals[k]))
					}
				}
				if v.opaque && name == "array_replace" {
					m.outsideKeyOf(out, v)
				} else if v.opaque {
					// (array_merge renumbers what an array from
					// outside holds under integer keys: new entries
					// every time)
					m.outsideKey(out)
				}
			case sym, unknown:
				if name == "array_replace" {
					m.outsideKeyOf(out, v)
				} else {
					m.outsideKey(out)
				}
			}
		}
		return out
	case "iterator_to_array":
		// of a container that holds what this run put in it: those
		// elements, renumbered
		if len(c.Args) >= 1 {
			args, _ := m.args(f, c.Args, nil)
			if o, ok := deref(args[0]).(*object); ok && m.ix.Container(o.class) != nil {
				if elems := o.elements(); len(elems) > 0 {
					out := newArray()
					for _, v := range elems {
						out.append(&m.appendN, copyValue(v))
					}
					return out
				}
			}
			return unknown{}
		}
	case "array_reverse", "array_values":
		// the same elements, in reverse order or renumbered; of a
		// variable or property only (array_filter()'s result, taken as
		// the whole array, is no list of what stays)
		if len(c.Args) == 0 || !isPlace(c.Args[0]) {
			break
		}
		args, _ := m.args(f, c.Args, nil)
		if len(args) > 0 {
			if a, ok := deref(args[0]).(*array); ok {
				out := newArray()
				keys := slices.Clone(a.keys)
				if name == "array_reverse" {
					slices.Reverse(keys)
				}
				for _, k := range keys {
					if strings.HasPrefix(k, "#") || name == "array_values" {
						out.append(&m.appendN, copyValue(a.vals[k]))
					} else {
						out.set(k, copyValue(a.vals[k]))
					}
				}
				out.opaque, out.outside = a.opaque, a.outside
				return out
			}
		}
		return unknown{}
	case "array_intersect_key", "array_diff_key", "array_filter":
		// a part of the first array: taken as all of it
		args, _ := m.args(f, c.Args, nil)
		if len(args) > 0 {
			if a, ok := deref(args[0]).(*array); ok {
				return copyValue(a)
			}
		}
		return unknown{}
	case "array_splice":
		if len(c.Args) >= 1 {
			if sl, ok := m.slotOf(f, c.Args[0], false); ok {
				sl.set(newArray())
			}
		}
		return unknown{}
	}
	args, _ := m.args(f, c.Args, nil)
	switch name {
	case "array_search":
		// array_search($span, $this->active, true): the key of an
		// object the array holds (what a removal then splices out)
		if len(args) >= 2 {
			o, isObj := deref(args[0]).(*object)
			a, isArr := deref(args[1]).(*array)
			if isObj && isArr {
				for _, k := range a.keys {
					if deref(a.vals[k]) == o {
						return konst{k}
					}
				}
			}
		}
		return m.newSym()
	case "spl_object_id", "spl_object_hash":
		// the object's identity: the same object, the same key
		if len(args) == 1 {
			if o, ok := deref(args[0]).(*object); ok {
				return konst{fmt.Sprintf("#obj%d", o.id)}
			}
		}
		return m.newSym()
	}
	if builtins.Fresh(name) {
		return m.newSym()
	}
	// parse_url($url): an array of the pieces, of which the scheme, the
	// host and the port take a handful of values however the URL varies
	if few, other := builtins.Pieces(name); len(c.Args) == 1 && few != nil {
		varies := false
		switch deref(args[0]).(type) {
		case sym, unknown:
			varies = true
		}
		a := newArray()
		for _, k := range few {
			a.set("="+k, scalar{})
		}
		for _, k := range other {
			var v value = scalar{}
			if varies {
				v = m.newSym()
			}
			a.set("="+k, v)
		}
		return a
	}
	if builtins.Splits(name) && len(c.Args) > 1 {
		// pathinfo($path, PATHINFO_EXTENSION): one of a handful of
		// values, not one per path
		if l, ok := c.Args[1].(*ir.Lit); ok && l.Kind == ir.LitConst && builtins.FewPieces(l.Value) {
			return scalar{}
		}
	}
	if builtins.Derives(name) {
		for _, a := range args {
			switch v := deref(a).(type) {
			case sym, unknown, *object:
				return m.derive(name, args)
			case *array:
				if v.opaque || variesWithin(v, 3) {
					// serialize([$class, $options]): the array holds
					// what differs per call
					return m.newSym()
				}
			}
		}
		return scalar{}
	}
	if _, ok := builtins.Registers(name); ok {
		for _, a := range args {
			m.engine = append(m.engine, a)
		}
		return scalar{}
	}
	if strings.Contains(c.Name, `\`) && c.Fallback == "" {
		for _, a := range args {
			m.escape(a, fmt.Sprintf("passed to %s(), which the project does not declare", c.Name))
		}
	}
	// other engine functions use their arguments without keeping them;
	// what they compute from a value that varies per call varies too
	// (json_decode of a payload, substr of an id)
	for _, a := range args {
		if _, ok := deref(a).(sym); ok {
			return m.newMaybeNull()
		}
	}
	return unknown{}
}

// variesWithin reports whether array a holds, down to depth nested
// arrays, a value that varies per call (or one the simulation cannot
// tell).
func variesWithin(a *array, depth int) bool {
	for _, k := range a.keys {
		switch v := deref(a.vals[k]).(type) {
		case sym, unknown:
			return true
		case *array:
			if v.opaque || depth > 0 && variesWithin(v, depth-1) {
				return true
			}
		}
	}
	return false
}

// isSym reports whether v is a value that varies per call.
func isSym(v value) bool {
	_, ok := deref(v).(sym)
	return ok
}

// isNullValue reports whether v may be null: not a value the simulation
// knows to be set.
func isNullValue(v value) bool {
	switch deref(v).(type) {
	case *object, *array, konst:
		return false
	case sym:
		return v.(sym).maybeNull
	}
	return true
}

func (m *machine) methodCall(f *frame, c *ir.MethodCall, at site) value {
	recv := deref(m.eval(f, c.Recv))
	obj, _ := recv.(*object)
	if obj != nil && c.FirstClass {
		clo := m.alloc("Closure", at)
		clo.set("this", obj)
		m.noteLink(clo, obj, at, fmt.Sprintf("%s->%s(...) binds %s", obj.label(), c.Name, obj.label()))
		clo.fn = m.ix.Method(obj.class, c.Name)
		return clo
	}
	// Loop::get()->futureTick(fn …): as the static call
	if obj != nil {
		if v, ok := m.loopCall(f, obj.class, c.Name, c.Args, at); ok {
			return v
		}
	}
	if obj != nil && strings.EqualFold(strings.TrimPrefix(obj.class, `\`), "Fiber") && strings.EqualFold(c.Name, "start") {
		// $fiber->start(…) runs the fiber's callable; where it suspends
		// is not followed: what it does after, it does here
		args, _ := m.args(f, c.Args, nil)
		if clo, ok := deref(obj.get("callable")).(*object); ok && clo.fn != nil {
			m.invokeClosure(clo, args)
		} else {
			for _, a := range args {
				m.escape(a, "passed to a fiber the simulation does not run")
			}
		}
		return unknown{}
	}
	if obj != nil && obj.class == "Closure" {
		switch strings.ToLower(c.Name) {
		case "bindto", "call":
			if obj.fn == nil && strings.EqualFold(c.Name, "call") {
				// a closure the simulation cannot see, run bound to an
				// object: what it does with that object is unknown
				m.giveUp("a closure handed in is run with ->call()")
				return unknown{}
			}
			args, _ := m.args(f, c.Args, nil)
			nc := m.alloc("Closure", at)
			nc.fn = obj.fn
			for _, name := range obj.keys {
				if name != "this" {
					nc.set(name, obj.vals[name])
				}
			}
			if len(args) > 0 {
				if this, ok := deref(args[0]).(*object); ok {
					nc.set("this", this)
					m.noteLink(nc, this, at, fmt.Sprintf("a closure bound to %s", this.label()))
				}
			}
			if strings.EqualFold(c.Name, "call") {
				return m.invokeClosure(nc, args[min(1, len(args)):])
			}
			return nc
		case "__invoke":
			args, _ := m.args(f, c.Args, nil)
			return m.invokeClosure(obj, args)
		}
	}
	var target *ir.Func
	if obj != nil && c.Name != "" {
		target = m.ix.Method(obj.class, c.Name)
		if target == nil || target.Abstract {
			// an object known by its interface: the method every
			// implementation of the project runs, when they share one
			if cm := m.ix.ConcreteMethod(obj.class, c.Name); cm != nil {
				target = cm
			}
		}
	}
	args, refs := m.args(f, c.Args, target)
	if target != nil {
		if target.Generator {
			return m.generator(target, obj, at, args)
		}
		return m.invoke(target, obj, args, refs)
	}
	if obj != nil && obj.class == "Generator" {
		if g := m.gens[obj]; g != nil && (strings.EqualFold(c.Name, "next") || strings.EqualFold(c.Name, "send")) {
			g.advanced++
		}
		return unknown{}
	}
	if obj != nil && (m.isCollection(obj.class) || m.ix.Class(obj.class) == nil) {
		kc := m.ix.Container(obj.class)
		m.hit[c] = true
		if kc != nil && kc.SetsMode(c.Name) && len(c.Args) > 0 {
			// $queue->setIteratorMode(…::IT_MODE_DELETE): what foreach does
			// to it from now on
			m.setModes(obj, c.Args[0])
			return unknown{}
		}
		if m.ix.MaxFirstQueue(obj.class) && m.ix.SweepWaitsForNewest(f.fn, c) {
			// a sweep that waits for the top to be due, the top being the
			// entry due last: while entries due later keep coming, it
			// takes nothing out
			return unknown{}
		}
		if handled, taken := m.collectionCall(obj, kc, c.Name, args, at); handled {
			if taken != nil {
				return taken // $queue->dequeue(): the element it held
			}
			return unknown{}
		}
	}
	why := fmt.Sprintf("passed to %s(), which the simulation cannot resolve", c.Name)
	// a built-in whose holdings the table gives (a ReflectionObject, an
	// iterator) keeps nothing more when its methods are called
	if obj != nil && !(builtins.CtorKeeps(obj.class) != nil && m.ix.Class(obj.class) == nil) {
		m.escape(obj, why)
	}
	for _, a := range args {
		m.escape(a, why)
	}
	if _, perCall := recv.(sym); perCall {
		// $event->getRequest(): what an object handed in for this call
		// gives back differs from call to call as the object does
		return m.derive("->"+strings.ToLower(c.Name), append([]value{recv}, args...))
	}
	return unknown{}
}

// setModes records the iterator-mode flags (class constants' names) the
// expression e sets on container obj; a flag taken out (& ~X) is not set.
func (m *machine) setModes(obj *object, e ir.Expr) {
	var flags []string
	analyzer.InspectExpr(e, func(x analyzer.Node, _ []analyzer.Node) bool {
		if o, ok := x.(*ir.Other); ok && o.Op == "~" {
			return false
		}
		if cc, ok := x.(*ir.ClassConst); ok {
			flags = append(flags, cc.Name)
		}
		return true
	})
	if m.modes == nil {
		m.modes = map[*object][]string{}
	}
	m.modes[obj] = flags
}

// isCollection names the containers the simulation models by their
// methods (see builtins): not the weak ones, nor fixed-size arrays.
func (m *machine) isCollection(class string) bool {
	c := m.ix.Container(class)
	return c != nil && !c.Weak && !c.Bounded
}

// unknownTakes and unknownClear are the methods by which an object of a
// class phpleak cannot see is taken to let go of its argument or of
// everything (builtins.UnknownAdds: to keep it).
var (
	unknownTakes = map[string]bool{"detach": true, "offsetunset": true}
	unknownClear = map[string]bool{"removeall": true, "clear": true, "exchangearray": true}
)

// collectionCall models the methods of containers: the container holds
// what is added and lets go of what is taken, by key or object (detach,
// offsetUnset) or from an end (pop from the back; shift, dequeue and a
// heap's extract from the front), and of everything when cleared.
func (m *machine) collectionCall(obj *object, c *builtins.Container, name string, args []value, at site) (handled bool, taken value) {
	name = strings.ToLower(name)
	adds, takes, clears := builtins.UnknownAdds(name), unknownTakes[name], unknownClear[name]
	if c != nil {
		adds, takes, clears = c.Adds(name), c.Takes(name), c.Clears(name)
	}
	switch {
	case adds:
		v := args[len(args)-1:]
		if len(v) == 0 {
			return true, nil
		}
		m.appendN++
		key := fmt.Sprintf("[#%d]", m.appendN)
		switch name {
		case "attach": // attach($object, $info): keyed by the object
			key = "[" + containerKey(args[0]) + "]"
			if key == "[]" {
				key = fmt.Sprintf("[#%d]", m.appendN) // an object the simulation cannot name
			}
			if len(args) > 1 && args[1] != nil {
				// …and its info, kept beside it until the object is
				// detached
				obj.set(infoKey(key), copyValue(args[1]))
				m.noteLink(obj, args[1], at, fmt.Sprintf("%s->%s(%s, %s)", obj.label(), name, describe(args[0]), describe(args[1])))
			}
			v = args[:1]
		case "insert", "prepend": // insert($value, $priority), prepend($value, $key)
			v = args[:1]
		}
		obj.set(key, copyValue(v[0]))
		m.noteLink(obj, v[0], at, fmt.Sprintf("%s->%s(%s)", obj.label(), name, describe(v[0])))
	case takes:
		switch name {
		case "pop", "shift", "dequeue", "extract":
			k := endKey(obj, name == "pop")
			if k != "" {
				taken = obj.get(k)
			}
			obj.remove(k)
		default:
			if len(args) > 0 {
				if k := containerKey(args[0]); k != "" {
					obj.remove("[" + k + "]")
					obj.remove(infoKey("[" + k + "]"))
				} else if _, unnamed := deref(args[0]).(unknown); unnamed && name == "detach" {
					// detach($message) of an object the simulation cannot
					// name, as attach($message) was: the latest such entry
					k := lastUnnamed(obj)
					obj.remove(k)
					obj.remove(infoKey(k))
				}
			}
		}
	case clears:
		obj.clear()
	case c != nil && containerReads[name]:
		// $lines->contains($line), ->count(): looks, keeps nothing
	default:
		return false, nil
	}
	return true, taken
}

// infoKey is where a container keeps the info attached with the object
// stored under key ($storage->attach($object, $info)): not one of its
// elements, which are the "[…]" entries.
func infoKey(key string) string { return "info" + key }

// containerReads are the methods of a known container that read it and
// keep none of their arguments.
var containerReads = map[string]bool{
	"contains": true, "containskey": true, "count": true, "isempty": true, "get": true, "toarray": true,
	"first": true, "last": true, "key": true, "current": true, "indexof": true, "offsetexists": true,
	"offsetget": true, "top": true, "bottom": true, "valid": true, "rewind": true, "has": true,
	"getvalues": true, "getkeys": true, "all": true, "getiterator": true,
}

// endKey is the key of the last (or first) element a container holds;
// "" when it holds none.
func endKey(obj *object, last bool) string {
	key := ""
	for _, k := range obj.keys {
		if strings.HasPrefix(k, "[") {
			key = k
			if !last {
				break
			}
		}
	}
	return key
}

// loopCall runs, in cycle runs, a call of an event loop's scheduler
// (EventLoop::delay(5, fn …), Loop::futureTick(fn …): the callback runs
// after the call, see runScheduled) or of its cancel (EventLoop::cancel($id)
// drops it); ok is false for any other call.
func (m *machine) loopCall(f *frame, class, name string, list []ir.Expr, at site) (value, bool) {
	if !m.scheduling {
		return nil, false
	}
	if i, ok := builtins.ScheduledStatic(class, name); ok {
		args, _ := m.args(f, list, nil)
		return m.schedule(class, name, args, i, at), true
	}
	if builtins.CancelsScheduled(class, name) {
		args, _ := m.args(f, list, nil)
		m.unschedule(args)
		return unknown{}, true
	}
	return nil, false
}

func (m *machine) staticCall(f *frame, c *ir.StaticCall, at site) value {
	if v, ok := m.loopCall(f, c.Class, c.Name, c.Args, at); ok {
		return v
	}
	switch {
	case builtins.FreshStatic(c.Class, c.Name) && m.ix.Method(c.Class, c.Name) == nil:
		// Str::uuid(), Uuid::uuid4(): a new id every call
		m.args(f, c.Args, nil)
		return m.newSym()
	case strings.EqualFold(shortName(c.Class), "WeakReference") && strings.EqualFold(c.Name, "create"):
		m.args(f, c.Args, nil)
		return m.alloc("WeakReference", at)
	case strings.EqualFold(shortName(c.Class), "Closure") && strings.EqualFold(c.Name, "bind"):
		args, _ := m.args(f, c.Args, nil)
		if len(args) == 0 {
			return unknown{}
		}
		src, _ := deref(args[0]).(*object)
		nc := m.alloc("Closure", at)
		if src != nil {
			nc.fn = src.fn
			for _, name := range src.keys {
				if name != "this" {
					nc.set(name, src.vals[name])
				}
			}
		}
		if len(args) > 1 {
			if this, ok := deref(args[1]).(*object); ok {
				nc.set("this", this)
				m.noteLink(nc, this, at, fmt.Sprintf("Closure::bind to %s", this.label()))
			}
		}
		return nc
	case strings.EqualFold(shortName(c.Class), "Closure") && strings.EqualFold(c.Name, "fromCallable"):
		args, _ := m.args(f, c.Args, nil)
		if len(args) == 1 {
			if arr, ok := deref(args[0]).(*array); ok && len(arr.keys) == 2 {
				if this, ok := deref(arr.vals[arr.keys[0]]).(*object); ok {
					nc := m.alloc("Closure", at)
					nc.set("this", this)
					m.noteLink(nc, this, at, fmt.Sprintf("Closure::fromCallable binds %s", this.label()))
					// [$this, 'onPaymentCaptured']: calling the closure
					// runs that method on the object
					if name := callableMethodName(c.Args[0]); name != "" {
						if meth := m.ix.Method(this.class, name); meth != nil && !meth.Static && !meth.Abstract {
							nc.fn = meth
						}
					}
					return nc
				}
			}
			if o, ok := deref(args[0]).(*object); ok {
				if o.class == "Closure" {
					return o // a Closure is handed back as it is
				}
				// an invokable object: the closure runs its __invoke()
				if meth := m.ix.Method(o.class, "__invoke"); meth != nil && !meth.Static && !meth.Abstract {
					nc := m.alloc("Closure", at)
					nc.set("this", o)
					m.noteLink(nc, o, at, fmt.Sprintf("Closure::fromCallable binds %s", o.label()))
					nc.fn = meth
					return nc
				}
			}
		}
		return unknown{}
	}
	target := m.ix.Method(c.Class, c.Name)
	args, refs := m.args(f, c.Args, target)
	if target == nil {
		for _, a := range args {
			m.escape(a, fmt.Sprintf("passed to %s::%s(), which the simulation cannot resolve", shortName(c.Class), c.Name))
		}
		return unknown{}
	}
	if c.FirstClass {
		return m.closure(f, target, f.this, at)
	}
	// parent::m() and self::m() on an instance keep $this
	var this *object
	if !target.Static {
		this = f.this
	}
	if target.Generator {
		return m.generator(target, this, at, args)
	}
	return m.invoke(target, this, args, refs)
}

// generator models calling a generator function: nothing runs yet, and
// the suspended generator holds its $this and the arguments its body
// will start with.
func (m *machine) generator(fn *ir.Func, this *object, at site, args []value) value {
	g := m.alloc("Generator", at)
	if m.gens == nil {
		m.gens = map[*object]*genState{}
	}
	kept := make([]value, len(args))
	for i, a := range args {
		kept[i] = copyValue(a)
	}
	m.gens[g] = &genState{fn: fn, args: kept}
	if this != nil {
		g.set("this", this)
		m.noteLink(g, this, at, fmt.Sprintf("the generator %s() holds %s while suspended", fn.Name, this.label()))
	}
	return g
}

// callableMethodName is the method a callable array literal names, 'm'
// of [$obj, 'm']; "" for anything else.
func callableMethodName(e ir.Expr) string {
	arr, ok := e.(*ir.Array)
	if !ok || len(arr.Items) != 2 || arr.Items[0].Key != nil || arr.Items[1].Key != nil {
		return ""
	}
	if l, ok := arr.Items[1].Value.(*ir.Lit); ok && l.Kind == ir.LitString {
		return l.Value
	}
	return ""
}

// isPlace reports whether e names a place a value is kept in: a
// variable, a property or an element of one.
func isPlace(e ir.Expr) bool {
	switch e.(type) {
	case *ir.Var, *ir.Prop, *ir.StaticProp, *ir.Dim:
		return true
	}
	return false
}

// callValue calls the callable value cb with args: a closure, an
// invokable object, [$object, 'method'], or a function's name; what it
// cannot resolve gets its arguments escaped, for why.
func (m *machine) callValue(cb value, args []value, why string) value {
	switch v := deref(cb).(type) {
	case *object:
		if v.fn != nil {
			return m.invokeClosure(v, args)
		}
		if inv := m.ix.Method(v.class, "__invoke"); v.class != "" && inv != nil && !inv.Abstract {
			return m.invoke(inv, v, args, nil)
		}
	case *array:
		if len(v.keys) == 2 {
			name, ok := deref(v.vals[v.keys[1]]).(konst)
			if o, isObj := deref(v.vals[v.keys[0]]).(*object); isObj && ok {
				if meth := m.ix.Method(o.class, name.v); meth != nil && !meth.Abstract {
					return m.invoke(meth, o, args, nil)
				}
			}
		}
	case konst:
		if fn := m.ix.Function(v.v, ""); fn != nil {
			return m.invoke(fn, nil, args, nil)
		}
	}
	for _, a := range args {
		m.escape(a, why)
	}
	return unknown{}
}

// lastUnnamed is the key of the latest element a container was given as
// an object the simulation cannot name (see collectionCall); "" when it
// holds none.
func lastUnnamed(obj *object) string {
	for i := len(obj.keys) - 1; i >= 0; i-- {
		k := obj.keys[i]
		if _, unnamed := deref(obj.vals[k]).(unknown); unnamed && strings.HasPrefix(k, "[#") {
			return k
		}
	}
	return ""
}

// union is $l + $r ($options + self::DEFAULTS) when the left side is an
// array, or came from outside and the right is one ($form + $_REQUEST):
// the left's keys first, then those of the right it lacks. A side from
// outside (a symbol, an unknown value, an opaque array) holds keys of its
// own; a union keeps keys as they are, so the same array or symbol
// brings the same ones every time (the defaults a service was given,
// joined to its options on every request, add nothing after the first),
// and only one made anew (a request's payload) brings new ones.
func (m *machine) union(lv, rv value) (value, bool) {
	var out *array
	switch l := deref(lv).(type) {
	case *array:
		out = copyValue(l).(*array)
	case sym, unknown:
		if _, ok := deref(rv).(*array); !ok {
			return nil, false
		}
		out = newArray()
	default:
		return nil, false
	}
	m.outsideKeyOf(out, lv)
	if r, ok := deref(rv).(*array); ok {
		for _, k := range r.keys {
			if out.get(k) == nil {
				out.set(k, copyValue(r.vals[k]))
			}
		}
	}
	m.outsideKeyOf(out, rv)
	return out, true
}

// outsideKeyOf adds to out the keys an operand v of a union or of
// array_replace() holds beyond what the simulation sees, once per
// operand: an opaque array's (shared by its copies), a symbol's (the
// same symbol, the same keys), an unknown value's (new every time).
func (m *machine) outsideKeyOf(out *array, v value) {
	switch v := deref(v).(type) {
	case *array:
		if !v.opaque {
			return
		}
		if v.outside == 0 {
			v.outside = m.newSym().id // (an opaque array made before ids: this one from now on)
		}
		m.outsideKeyNamed(out, v.outside)
	case sym:
		if m.outsideOf == nil {
			m.outsideOf = map[int]int{}
		}
		id, ok := m.outsideOf[v.id]
		if !ok {
			id = m.newSym().id
			m.outsideOf[v.id] = id
		}
		m.outsideKeyNamed(out, id)
	case unknown:
		m.outsideKey(out)
	}
}

// outsideKeyNamed adds to a the element for the outside keys named id,
// unless it has it.
func (m *machine) outsideKeyNamed(a *array, id int) {
	if k := fmt.Sprintf("~%d", id); a.get(k) == nil {
		a.set(k, m.newSym())
	}
}

// outsideKey adds to a an element under a key of its own: one of those
// an array from outside the simulation holds.
func (m *machine) outsideKey(a *array) {
	a.set(fmt.Sprintf("~%d", m.newSym().id), m.newSym())
}
