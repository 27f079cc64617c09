package rules

import (
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// runsOnceGuarded reports whether node, inside fn, sits behind a
// once-guard: a flag that lives longer than the call (a static, a
// property, a global, a function static variable) that is tested and
// then set, so the guarded code runs once however often fn runs:
//
//	if (!self::$booted) { self::$booted = true; … node … }
//	if (self::$booted) { return; } self::$booted = true; … node …
//	static $done = false; if ($done) return; $done = true; … node …
//
// The flag must be set to a constant (true, 1, 'done'), or — when the
// condition is that it is still empty — to a value that cannot be null: a
// flag set to a value that changes (`self::$lastPath = $path`) is change
// detection, not a once-guard. Only the then-branch is guarded; the
// else-branch runs on every later call. A flag that is tested but never
// set guards nothing, and
// one that other code clears again (a terminate() that sets $booted =
// false) guards only until then: resets lists the flags the project
// clears. A property of $this counts only when thisLong says the object
// lives for the process: on a per-request object it guards once per object.
func runsOnceGuarded(fn *ir.Func, scope *analyzer.Scope, stack []analyzer.Node, node analyzer.Node, resets map[string]bool, thisLong bool) bool {
	return inOnceBranch(stack, scope, thisLong, resets, nil, nil) || afterOnceExit(fn, scope, node, resets, thisLong)
}

// afterOnceExit reports whether node, at or below the top level of fn,
// comes after an early return on a once-flag that fn sets (see
// runsOnceGuarded).
func afterOnceExit(fn *ir.Func, scope *analyzer.Scope, node analyzer.Node, resets map[string]bool, thisLong bool) bool {
	line := node.Span().Line
	for _, i := range earlyExits(fn) {
		iff := fn.Body[i].(*ir.If)
		if iff.P.Line >= line {
			break
		}
		flags := flagPlaces(iff.Cond, scope, thisLong)
		if len(flags) == 0 {
			continue
		}
		if anyKey(flags, resets) {
			continue
		}
		// the flag is set after the early return, before node — or after
		// it, at the top level with no return between: the first call
		// runs node and then sets the flag
		for _, later := range fn.Body[i+1:] {
			if setsFlag(later, scope, flags) || fillsExitFlag(later, scope, iff.Cond, flags) {
				return true
			}
			if later.Span().Line > line {
				if _, ret := later.(*ir.Return); ret {
					break
				}
			}
		}
	}
	return false
}

// earlyExits lists, once per function, the indexes in fn.Body of the
// top-level ifs whose then-branch leaves (return, throw, exit): the
// guards before a statement that rules check at every write.
func earlyExits(fn *ir.Func) []int {
	return analyzer.FuncMemo(fn, earlyExitsKey{}, func() []int {
		var out []int
		for i, st := range fn.Body {
			if iff, ok := st.(*ir.If); ok && loopExits(iff.Then) {
				out = append(out, i)
			}
		}
		return out
	})
}

type earlyExitsKey struct{}

// inOnceBranch reports whether the innermost enclosing if is a once-guard
// (see onceIf) and the node under stack is in its then-branch (its
// else-branch runs on every later call). memo, when not nil, remembers
// onceIf's answer per if: a walk asks for every node under the same if.
// fills, when not nil, follows the calls the branch makes (see onceIf).
func inOnceBranch(stack []analyzer.Node, scope *analyzer.Scope, thisLong bool, resets map[string]bool, memo map[*ir.If]bool, fills fillsFunc) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		iff, ok := stack[i].(*ir.If)
		if !ok {
			continue
		}
		if i+1 >= len(stack) || !inThen(iff, stack[i+1]) {
			return false
		}
		v, ok := memo[iff]
		if !ok {
			list := scope.Fn.Body
			if i > 0 {
				list = blockOf(stack[i-1], iff)
			}
			v = onceIf(iff, scope, thisLong, resets, fills) || filledAfter(iff, list, scope, thisLong, resets)
			if memo != nil {
				memo[iff] = v
			}
		}
		return v
	}
	return false
}

// filledAfter reports whether an if taken while a long-lived place is
// empty is followed, in its own block and on every path, by a write that
// fills that place: the branch then runs on the first call only.
//
//	if (self::$providers === null) { register_shutdown_function(…); }
//	self::$providers[spl_object_id($p)] = WeakReference::create($p);
func filledAfter(iff *ir.If, list []ir.Stmt, scope *analyzer.Scope, thisLong bool, resets map[string]bool) bool {
	flags := flagPlaces(iff.Cond, scope, thisLong)
	if len(flags) == 0 || anyKey(flags, resets) || loopExits(iff.Then) {
		return false
	}
	after := false
	for _, st := range list {
		if st == ir.Stmt(iff) {
			after = true
			continue
		}
		if !after {
			continue
		}
		es, ok := st.(*ir.ExprStmt)
		if !ok {
			if _, isIf := st.(*ir.If); isIf {
				continue // a branch may not run: look further
			}
			return false // a loop, a return: not on every path
		}
		a, ok := es.X.(*ir.Assign)
		if !ok || a.Op != "=" || mayBeNull(a.Src) && !isArrayElem(a.Dst) {
			continue
		}
		p, dims, ok := scope.PlaceOf(a.Dst)
		if !ok || !flags[p.Key()] {
			continue
		}
		// an element makes the array non-null for good, but not
		// non-empty: unsetting the elements empties it again
		if len(dims) > 0 && !nullTest(iff.Cond, scope, p.Key()) {
			continue
		}
		if empty, ok := emptinessTest(iff.Cond, scope, p.Key()); ok && empty {
			return true
		}
	}
	return false
}

// isArrayElem reports whether e is an element of an array ($a[$k], $a[]):
// writing it makes the array non-empty whatever the value.
func isArrayElem(e ir.Expr) bool {
	_, ok := e.(*ir.Dim)
	return ok
}

// onceIf reports whether an if's branch runs once: its condition tests a
// flag (see flagPlaces) that the branch then sets, to a constant, or to
// anything at all when the condition is that the flag is still empty
// (`if (self::$startedAt === null) { self::$startedAt = microtime(true); … }`),
// and nothing clears the flag again.
//
// With fills, a branch taken while the flag is empty that calls code
// filling it is a once-guard too: a memo loaded by a helper,
//
//	if ($this->rules === null) { $this->loadRules(); }
//
// where loadRules() (or what it calls on the same object) writes
// $this->rules.
func onceIf(iff *ir.If, scope *analyzer.Scope, thisLong bool, resets map[string]bool, fills fillsFunc) bool {
	flags := flagPlaces(iff.Cond, scope, thisLong)
	if len(flags) == 0 || anyKey(flags, resets) {
		return false
	}
	for _, st := range iff.Then {
		if setsFlag(st, scope, flags) {
			return true
		}
		es, ok := st.(*ir.ExprStmt)
		if !ok {
			continue
		}
		a, ok := es.X.(*ir.Assign)
		if !ok || (a.Op != "=" && a.Op != "??=") || mayBeNull(a.Src) {
			continue
		}
		if p, dims, ok := scope.PlaceOf(a.Dst); ok && len(dims) == 0 && flags[p.Key()] {
			if empty, ok := emptinessTest(iff.Cond, scope, p.Key()); ok && empty && (!falsy(a.Src) || nullTest(iff.Cond, scope, p.Key()) && !isNull(a.Src)) {
				// set to a value the test no longer takes for empty
				// (`=== null` then `= []` counts: [] is not null)
				return true
			}
		}
	}
	if fills == nil {
		return false
	}
	for _, st := range iff.Then {
		es, ok := st.(*ir.ExprStmt)
		if !ok {
			continue
		}
		switch es.X.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
		default:
			continue
		}
		for key := range flags {
			if empty, ok := emptinessTest(iff.Cond, scope, key); ok && empty && !strings.HasPrefix(key, "static $") && fills(es.X, key) {
				return true
			}
		}
	}
	return false
}

// fillsFunc reports whether a call fills the long-lived place named key
// (a Place.Key()), for onceIf.
type fillsFunc func(call ir.Expr, key string) bool

// nullTest reports whether cond holds exactly when the place is null
// (=== null, is_null(), !isset()), not whenever it is falsy.
func nullTest(cond ir.Expr, scope *analyzer.Scope, key string) bool {
	is := func(e ir.Expr) bool {
		p, dims, ok := scope.PlaceOf(e)
		return ok && len(dims) == 0 && p.Key() == key
	}
	switch c := cond.(type) {
	case *ir.Other:
		switch c.Op {
		case "!":
			if len(c.Args) == 1 {
				if in, ok := c.Args[0].(*ir.Other); ok && in.Op == "isset" && len(in.Args) == 1 {
					return is(in.Args[0])
				}
			}
		case "===":
			return len(c.Args) == 2 && (is(c.Args[0]) && isNull(c.Args[1]) || is(c.Args[1]) && isNull(c.Args[0]))
		}
	case *ir.Call:
		return analyzer.CallName(c) == "is_null" && len(c.Args) == 1 && is(c.Args[0])
	}
	return false
}

// mayBeNull reports whether a value may be null, so that setting a flag
// to it may leave the flag empty: a variable, a property, an element, a
// `??`; a new object, a literal or a call result is taken as set.
func mayBeNull(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Var, *ir.Prop, *ir.StaticProp, *ir.Dim:
		return true
	case *ir.Other:
		return e.Op == "??" || e.Op == "?:"
	}
	return false
}

// flagPlaces lists the long-lived places (statics, static variables,
// globals, and $this's properties when $this lives for the process; no
// locals, no elements) a condition reads.
func flagPlaces(cond ir.Expr, scope *analyzer.Scope, thisLong bool) map[string]bool {
	flags := map[string]bool{}
	analyzer.InspectExpr(cond, func(n analyzer.Node, _ []analyzer.Node) bool {
		if e, ok := n.(ir.Expr); ok {
			if k, ok := flagKey(scope, e, thisLong); ok {
				flags[k] = true
			}
		}
		return true
	})
	return flags
}

// flagKey names a once-flag: a static, static variable, global or (of a
// long-lived $this) property, or one of its elements under a key from a
// fixed set written in the code (static::$booted[static::class], a
// constant, a literal): a flag per class is set once per class.
func flagKey(scope *analyzer.Scope, e ir.Expr, thisLong bool) (string, bool) {
	p, dims, ok := scope.PlaceOf(e)
	if !ok || len(dims) > 1 {
		return "", false
	}
	switch p.Kind {
	case analyzer.PlaceStatic, analyzer.PlaceStaticVar, analyzer.PlaceGlobal:
	case analyzer.PlaceThisProp:
		if !thisLong {
			return "", false
		}
	default:
		return "", false
	}
	if len(dims) == 0 {
		return p.Key(), true
	}
	switch k := dims[0].Key.(type) {
	case *ir.ClassConst:
		if strings.EqualFold(k.Name, "class") {
			return p.Key() + "[" + strings.ToLower(k.Class) + "::class]", true
		}
	case *ir.Lit:
		return p.Key() + "[" + k.Value + "]", true
	}
	return "", false
}

// setsFlag reports whether st assigns a non-empty value to one of flags.
func setsFlag(st ir.Stmt, scope *analyzer.Scope, flags map[string]bool) bool {
	es, ok := st.(*ir.ExprStmt)
	if !ok {
		return false
	}
	a, ok := es.X.(*ir.Assign)
	if !ok {
		return false
	}
	k, ok := flagKey(scope, a.Dst, true)
	return ok && flags[k] && a.Op == "=" && analyzer.IsConstant(a.Src) && !falsy(a.Src)
}

// falsy reports whether e is a literal PHP reads as false: null, false,
// 0, the empty string, "0", an empty array.
func falsy(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Lit:
		switch e.Kind {
		case ir.LitNull:
			return true
		case ir.LitBool:
			return strings.EqualFold(e.Value, "false")
		case ir.LitInt, ir.LitString:
			return e.Value == "0" || e.Value == ""
		}
	case *ir.Array:
		return len(e.Items) == 0
	}
	return false
}

func anyKey(a, b map[string]bool) bool {
	for k := range a {
		base, _, _ := strings.Cut(k, "[") // a keyed flag opens again when its array is emptied
		if b[k] || b[base] {
			return true
		}
	}
	return false
}

// flagResets lists the places (statics, properties, globals) that some
// code other than a constructor sets to an empty value (false, null, 0,
// ”, []): a once-flag cleared there opens its guard again.
func flagResets(pass *analyzer.Pass) map[string]bool {
	out := map[string]bool{}
	atExit := sharedAtExit(pass)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			if fn.Kind == ir.FuncMethod && fn.Name == "__construct" {
				continue
			}
			if runsAtExit(fn, atExit) {
				continue // clears it when the process ends: opens nothing
			}
			scope := analyzer.NewScope(fn)
			analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
				a, ok := n.(*ir.Assign)
				if !ok || a.Op != "=" || !falsy(a.Src) {
					return true
				}
				if p, dims, ok := scope.PlaceOf(a.Dst); ok && len(dims) == 0 && p.Kind != analyzer.PlaceLocal {
					out[p.Key()] = true
				}
				return true
			})
		}
	}
	return out
}

// shutdownCallbacks lists the closures written as the callback of
// register_shutdown_function(): they run when the process ends.
func shutdownCallbacks(files []*ir.File) map[*ir.Func]bool {
	out := map[*ir.Func]bool{}
	for _, f := range files {
		for _, fn := range f.AllFuncs() {
			analyzer.InspectFunc(fn, analyzer.KCall, func(n analyzer.Node, _ []analyzer.Node) bool {
				if c, ok := n.(*ir.Call); ok && analyzer.CallName(c) == "register_shutdown_function" && len(c.Args) > 0 {
					if cl, ok := c.Args[0].(*ir.Closure); ok && cl.Func != nil {
						out[cl.Func] = true
					}
				}
				return true
			})
		}
	}
	return out
}

// sharedAtExit is shutdownCallbacks of the whole project, found once.
func sharedAtExit(pass *analyzer.Pass) map[*ir.Func]bool {
	return pass.Shared("rules.atExit", func() any { return shutdownCallbacks(pass.Files) }).(map[*ir.Func]bool)
}

// runsAtExit reports whether fn is a shutdown callback or a closure
// written inside one.
func runsAtExit(fn *ir.Func, atExit map[*ir.Func]bool) bool {
	for ; fn != nil; fn = fn.Parent {
		if atExit[fn] {
			return true
		}
	}
	return false
}

func sharedFlagResets(pass *analyzer.Pass) map[string]bool {
	return pass.Shared("rules.flagResets", func() any { return startFlagResets(pass)() }).(map[string]bool)
}

// startFlagResets starts finding the flag resets beside the worker model
// (see prepareShared): they read only the IR.
func startFlagResets(pass *analyzer.Pass) (wait func() any) {
	return pass.Shared("rules.flagResets.started", func() any {
		return pass.Aside(func() any { return flagResets(pass) })
	}).(func() any)
}

// memoGuarded reports whether a write to place sits behind a fill-once
// test of place itself, so that it runs only while place is still empty:
//
//	if (self::$map === null) { self::$map = []; … self::$map[] = … }
//	if (!empty(self::$cache)) { return self::$cache; } … self::$cache[] = …
//
// The test must be about place being null, unset or empty — a size test
// (count() > 100) or a test of one key is not a fill-once guard.
func memoGuarded(fn *ir.Func, scope *analyzer.Scope, stack []analyzer.Node, node analyzer.Node, place analyzer.Place) bool {
	key := place.Key()
	for i := len(stack) - 1; i >= 0; i-- {
		iff, ok := stack[i].(*ir.If)
		if !ok {
			continue
		}
		// the write is in the branch taken while place is empty
		if t, ok := emptinessTest(iff.Cond, scope, key); ok && t && inStmts(iff.Then, node) {
			return true
		}
	}
	line := node.Span().Line
	for _, i := range earlyExits(fn) {
		iff := fn.Body[i].(*ir.If)
		if iff.P.Line >= line {
			break
		}
		// an early return taken once place is filled
		if t, ok := emptinessTest(iff.Cond, scope, key); ok && !t {
			return true
		}
	}
	return false
}

// emptinessTest reads cond as a test of whether the place named key is
// empty: it returns true when cond holds for an empty place (=== null,
// !isset, empty, !$x), false when it holds for a filled one (!== null,
// isset, !empty, $x), and ok false for any other condition.
func emptinessTest(cond ir.Expr, scope *analyzer.Scope, key string) (whenEmpty, ok bool) {
	is := func(e ir.Expr) bool {
		p, dims, ok := scope.PlaceOf(e)
		if !ok || p.Key() != key {
			return false
		}
		// isset($cache[get_class($this)]): one slot per constant key
		for _, d := range dims {
			if d.Key == nil || !analyzer.IsConstant(d.Key) {
				return false
			}
		}
		return true
	}
	switch c := cond.(type) {
	case *ir.Other:
		switch c.Op {
		case "!":
			if len(c.Args) == 1 {
				t, ok := emptinessTest(c.Args[0], scope, key)
				return !t, ok
			}
		case "isset":
			if len(c.Args) == 1 && is(c.Args[0]) {
				return false, true
			}
		case "empty":
			if len(c.Args) == 1 && is(c.Args[0]) {
				return true, true
			}
		case "===", "==", "!==", "!=":
			if len(c.Args) == 2 {
				var other ir.Expr
				switch {
				case is(c.Args[0]) && isNull(c.Args[1]):
					other = c.Args[1]
				case is(c.Args[1]) && isNull(c.Args[0]):
					other = c.Args[0]
				}
				if other != nil {
					return c.Op == "===" || c.Op == "==", true
				}
			}
		}
	case *ir.Call:
		if analyzer.CallName(c) == "is_null" && len(c.Args) == 1 && is(c.Args[0]) {
			return true, true
		}
	default:
		if is(cond) {
			return false, true // if ($cache): taken once filled
		}
	}
	return false, false
}

// inStmts reports whether node is inside the statements.
func inStmts(list []ir.Stmt, node analyzer.Node) bool {
	found := false
	analyzer.Inspect(list, func(n analyzer.Node, _ []analyzer.Node) bool {
		if n == node {
			found = true
		}
		return !found
	})
	return found
}

func isNull(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitNull
}

// membershipKey finds a seen-set guard around a write and returns the
// value it guards with: the guarded code runs once per distinct value, so
// what it appends grows only as far as that value varies, like a write
// under that key.
//
//	if (!in_array($v, $seen)) { $seen[] = $v; $more[] = …; }
//	if (isset($seen[$k])) { return; } $seen[$k] = true; $more[] = …;
func membershipKey(fn *ir.Func, stack []analyzer.Node, scope *analyzer.Scope, node analyzer.Node) ir.Expr {
	for i := len(stack) - 1; i >= 0; i-- {
		iff, ok := stack[i].(*ir.If)
		if !ok {
			continue
		}
		not, ok := iff.Cond.(*ir.Other)
		if !ok || not.Op != "!" || len(not.Args) != 1 {
			continue
		}
		c, ok := not.Args[0].(*ir.Call)
		if !ok || analyzer.CallName(c) != "in_array" || len(c.Args) < 2 {
			continue
		}
		if set, dims, ok := scope.PlaceOf(c.Args[1]); ok && len(dims) == 0 && appendsTo(iff.Then, scope, set, c.Args[0]) {
			return c.Args[0]
		}
	}
	// an early return on isset($seen[$k]) that the code then marks, or
	// on in_array($v, $seen) before $seen[] = $v
	line := node.Span().Line
	for _, i := range earlyExits(fn) {
		iff := fn.Body[i].(*ir.If)
		if iff.P.Line >= line {
			break
		}
		if c, ok := iff.Cond.(*ir.Call); ok && analyzer.CallName(c) == "in_array" && len(c.Args) >= 2 {
			if set, dims, ok := scope.PlaceOf(c.Args[1]); ok && len(dims) == 0 {
				var later []ir.Stmt
				for _, st := range fn.Body[i+1:] {
					if st.Span().Line > line {
						break
					}
					later = append(later, st)
				}
				if appendsTo(later, scope, set, c.Args[0]) {
					return c.Args[0]
				}
			}
			continue
		}
		set, key, ok := issetElem(iff.Cond, scope)
		if !ok {
			continue
		}
		for _, later := range fn.Body[i+1:] {
			if later.Span().Line > line {
				break
			}
			if es, ok := later.(*ir.ExprStmt); ok {
				if a, ok := es.X.(*ir.Assign); ok {
					if p, d, ok := scope.PlaceOf(a.Dst); ok && p.Key() == set.Key() && len(d) == 1 && d[0].Key != nil &&
						analyzer.ExprPath(d[0].Key) != "" && analyzer.ExprPath(d[0].Key) == analyzer.ExprPath(key) {
						return key
					}
				}
			}
		}
	}
	return nil
}

// appendsTo reports whether body appends v to the place set.
func appendsTo(body []ir.Stmt, scope *analyzer.Scope, set analyzer.Place, v ir.Expr) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && a.Op == "=" {
			if p, dims, ok := scope.PlaceOf(a.Dst); ok && p.Key() == set.Key() && len(dims) == 1 && dims[0].Key == nil &&
				analyzer.ExprPath(a.Src) != "" && analyzer.ExprPath(a.Src) == analyzer.ExprPath(v) {
				found = true
			}
		}
		return !found
	})
	return found
}

// thisLong reports whether fn's $this lives for the whole process.
func thisLong(pass *analyzer.Pass, fn *ir.Func) bool {
	_, ok := sharedProgram(pass).thisLongLived(fn)
	return ok
}

// memoPerKey reports whether call n is the value of a memo on the
// object: $this->p ??= f() (or $this->p ?? $this->p = f()), or
// $this->p[$k] ??= f() with $k from a
// fixed set (or named for one). f() then runs once per object and key,
// not on every call: AuthManager::guard()'s
// $this->guards[$name] ??= $this->resolve($name).
func (r *resolver) memoPerKey(fn *ir.Func, stack []analyzer.Node, n analyzer.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		a, ok := stack[i].(*ir.Assign)
		if !ok {
			continue
		}
		if !spanWithin(n.Span(), a.Src.Span()) {
			return false
		}
		// $x ??= f(), or the older $x ?? $x = f()
		older := false
		if i > 0 && a.Op == "=" {
			if o, ok := stack[i-1].(*ir.Other); ok && o.Op == "??" && len(o.Args) == 2 && o.Args[1] == ir.Expr(a) && sameExpr(o.Args[0], a.Dst) {
				older = true
			}
		}
		if a.Op != "??=" && !older {
			return false
		}
		switch d := a.Dst.(type) {
		case *ir.Prop:
			return analyzer.IsThis(d.Obj)
		case *ir.Dim:
			pr, ok := d.Base.(*ir.Prop)
			return ok && analyzer.IsThis(pr.Obj) && d.Key != nil && (r.boundedKey(fn, d.Key) || fixedKeyName(d.Key))
		}
		return false
	}
	return false
}

// spanWithin reports whether p lies inside q.
func spanWithin(p, q ir.Pos) bool {
	after := p.Line > q.Line || p.Line == q.Line && p.Col >= q.Col
	before := p.EndLine < q.EndLine || p.EndLine == q.EndLine && p.EndCol <= q.EndCol
	return after && before
}

// keyedOnceKey returns the key of a guard that lets node run once per
// key, nil when none does: in a block that holds node (or a statement
// above it), an early exit on isset() of an element of a long-lived
// set, then a write of that element, before node:
//
//	if (isset(self::$checked[$class])) { return; }
//	self::$checked[$class] = true;
//	… node …
//
// node then runs once for each value the key takes; the caller judges
// whether those values are a fixed set. A set that code clears again
// (resets) guards only until then, and one on a short-lived $this
// guards once per object.
func keyedOnceKey(fn *ir.Func, scope *analyzer.Scope, node analyzer.Node, thisLong bool, resets map[string]bool) ir.Expr {
	at := node.Span()
	for _, g := range keyedGuards(fn, scope) {
		if g.this && !thisLong || resets[g.set] {
			continue
		}
		if posAfter(at, g.from) && spanWithin(at, g.block) {
			return g.key
		}
	}
	return nil
}

// keyedGuard is one guard for keyedOnceKey: the code of block after from
// (the write that marks the key) runs once per key of set.
type keyedGuard struct {
	set         string // Place.Key() of the set
	this        bool   // the set is a property of $this
	key         ir.Expr
	from, block ir.Pos
}

type keyedGuardsKey struct{}

// keyedGuards lists, once per function, the keyed guards of its blocks.
func keyedGuards(fn *ir.Func, scope *analyzer.Scope) []keyedGuard {
	return analyzer.FuncMemo(fn, keyedGuardsKey{}, func() []keyedGuard {
		var out []keyedGuard
		var visit func(list []ir.Stmt)
		visit = func(list []ir.Stmt) {
			out = append(out, guardsIn(list, scope)...)
			for _, st := range list {
				switch st := st.(type) {
				case *ir.If:
					visit(st.Then)
					visit(st.Else)
				case *ir.Loop:
					visit(st.Body)
				case *ir.Try:
					visit(st.Body)
					for _, c := range st.Catches {
						visit(c.Body)
					}
					visit(st.Finally)
				case *ir.Switch:
					for _, c := range st.Cases {
						visit(c.Body)
					}
				}
			}
		}
		visit(fn.Body)
		return out
	})
}

// guardsIn finds the keyed guards of one block: an early exit on
// isset(SET[$k]) followed, in the same block, by a write of SET[$k], SET a
// long-lived place (a static, a static variable, a global or a property
// of $this).
func guardsIn(list []ir.Stmt, scope *analyzer.Scope) []keyedGuard {
	var out []keyedGuard
	for i, st := range list {
		iff, ok := st.(*ir.If)
		if !ok || len(iff.Else) > 0 || !loopExits(iff.Then) {
			continue
		}
		set, key, ok := issetElem(iff.Cond, scope)
		if !ok {
			continue
		}
		switch set.Kind {
		case analyzer.PlaceStatic, analyzer.PlaceStaticVar, analyzer.PlaceGlobal, analyzer.PlaceThisProp:
		default:
			continue
		}
		path := analyzer.ExprPath(key)
		if path == "" {
			continue
		}
		for _, later := range list[i+1:] {
			es, ok := later.(*ir.ExprStmt)
			if !ok {
				continue
			}
			a, ok := es.X.(*ir.Assign)
			if !ok || a.Op != "=" {
				continue
			}
			if p, d, ok := scope.PlaceOf(a.Dst); ok && p.Key() == set.Key() && len(d) == 1 && d[0].Key != nil && analyzer.ExprPath(d[0].Key) == path {
				last := list[len(list)-1].Span()
				block := ir.Pos{Line: later.Span().Line, Col: later.Span().Col, EndLine: last.EndLine, EndCol: last.EndCol}
				out = append(out, keyedGuard{set.Key(), set.Kind == analyzer.PlaceThisProp, key, later.Span(), block})
				break
			}
		}
	}
	return out
}

// issetElem reads cond as isset(SET[$k]) of one element of a place, and
// returns the place and the key.
func issetElem(cond ir.Expr, scope *analyzer.Scope) (analyzer.Place, ir.Expr, bool) {
	is, ok := cond.(*ir.Other)
	if !ok || is.Op != "isset" || len(is.Args) != 1 {
		return analyzer.Place{}, nil, false
	}
	set, dims, ok := scope.PlaceOf(is.Args[0])
	if !ok || len(dims) != 1 || dims[0].Key == nil {
		return analyzer.Place{}, nil, false
	}
	return set, dims[0].Key, true
}

// fillsExitFlag reports whether st sets one of flags, whose filled state
// the early exit cond takes ($this->kernel !== null), to a value that
// cannot be null or falsy (see surelyFilled): once set, every later call
// leaves at the exit.
func fillsExitFlag(st ir.Stmt, scope *analyzer.Scope, cond ir.Expr, flags map[string]bool) bool {
	es, ok := st.(*ir.ExprStmt)
	if !ok {
		return false
	}
	a, ok := es.X.(*ir.Assign)
	if !ok || a.Op != "=" || !surelyFilled(a.Src) {
		return false
	}
	p, dims, ok := scope.PlaceOf(a.Dst)
	if !ok || len(dims) > 0 || !flags[p.Key()] {
		return false
	}
	empty, ok := emptinessTest(cond, scope, p.Key())
	return ok && !empty
}

// surelyFilled reports whether e is never null nor falsy: a new object,
// a clone, a constant that is not falsy. (A call may return null: a
// ?Router loader leaves the exit open.)
func surelyFilled(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.New:
		return true
	case *ir.Other:
		return e.Op == "clone"
	}
	return analyzer.IsConstant(e) && !mayBeNull(e) && !falsy(e)
}
