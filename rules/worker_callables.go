package rules

// What a callable or a factory hands over: the functions a callable runs,
// the class of what a binding or helper returns, facades.

import (
	"fmt"
	"maps"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// callables resolves a callable expression to the functions it runs: a
// closure or arrow function, [$this, 'm'], [$obj, 'm'], [C::class, 'm'],
// $this->m(...), 'function_name', an invokable object.
func (p *program) callables(fn *ir.Func, e ir.Expr) []*ir.Func {
	ix := p.r.ix
	switch e := e.(type) {
	case *ir.Closure:
		return []*ir.Func{e.Func}
	case *ir.Array:
		if len(e.Items) != 2 {
			return nil
		}
		name := litString(e.Items[1].Value)
		if name == "" {
			return nil
		}
		class := ""
		if cc, ok := e.Items[0].Value.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
			class = cc.Class
		} else {
			class = p.r.classOf(fn, e.Items[0].Value)
		}
		if m := ix.Method(class, name); m != nil {
			return []*ir.Func{m}
		}
	case *ir.MethodCall, *ir.StaticCall, *ir.Call:
		// Closure::fromCallable($x): what $x runs
		if sc, ok := e.(*ir.StaticCall); ok && len(sc.Args) == 1 && strings.EqualFold(shortName(sc.Class), "Closure") && strings.EqualFold(sc.Name, "fromCallable") {
			return p.callables(fn, sc.Args[0])
		}
		// Closure::bind($fn, $obj), $fn->bindTo($obj): $fn, run as $obj
		// (see analyzer's bindClosures)
		if inner := unbound(e); inner != nil {
			return p.callables(fn, inner)
		}
		if t := p.r.target(fn, e); t != nil && firstClass(e) {
			return []*ir.Func{t}
		}
		// a method that returns a closure: the closures it returns
		if t := p.r.target(fn, e); t != nil {
			var out []*ir.Func
			analyzer.Inspect(t.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if r, ok := n.(*ir.Return); ok {
					// return $this->recorder ??= Closure::bind(function …, …)
					x := r.X
					if a, ok := x.(*ir.Assign); ok && (a.Op == "=" || a.Op == "??=") {
						x = a.Src
					}
					if inner := unbound(x); inner != nil {
						x = inner
					}
					if c, ok := x.(*ir.Closure); ok {
						out = append(out, c.Func)
					}
				}
				return true
			})
			return out
		}
	case *ir.Lit:
		if e.Kind == ir.LitString {
			if f := ix.Function(e.Value, ""); f != nil {
				return []*ir.Func{f}
			}
		}
	case *ir.Dim:
		// $handlers[$task->getName()], $handlers = ['reported' => new
		// ReportedHandler(), 'closed' => fn ($t) => …]: a dispatch
		// table, any of whose entries the key may pick
		v, ok := e.Base.(*ir.Var)
		if !ok || v.Name == "this" {
			return nil
		}
		if a := localArray(fn, v.Name); a != nil {
			return p.listCallables(fn, a, 0)
		}
	case *ir.Var, *ir.New, *ir.Prop:
		if class := p.r.classOf(fn, e); class != "" {
			if m := ix.Method(class, "__invoke"); m != nil {
				return []*ir.Func{m}
			}
		}
		// a local variable holding a closure
		if v, ok := e.(*ir.Var); ok {
			var out []*ir.Func
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*ir.Assign); ok {
					if dv, ok := a.Dst.(*ir.Var); ok && dv.Name == v.Name {
						if c, ok := a.Src.(*ir.Closure); ok {
							out = append(out, c.Func)
						}
					}
				}
				// foreach ($this->hooksFor($window) as $hook): the
				// callables the list holds
				if l, ok := n.(*ir.Loop); ok && l.Kind == ir.LoopForeach && isVarNamed(l.Value, v.Name) {
					out = append(out, p.listCallables(fn, l.Iter, 0)...)
				}
				return true
			})
			return out
		}
	}
	return nil
}

// unbound is the closure expression a Closure::bind($fn, …) or
// $fn->bindTo(…) call binds, nil for any other expression.
func unbound(e ir.Expr) ir.Expr {
	switch e := e.(type) {
	case *ir.StaticCall:
		if strings.EqualFold(shortName(e.Class), "Closure") && strings.EqualFold(e.Name, "bind") && len(e.Args) >= 2 {
			return e.Args[0]
		}
	case *ir.MethodCall:
		if strings.EqualFold(e.Name, "bindTo") && len(e.Args) >= 1 {
			return e.Recv
		}
	}
	return nil
}

// listCallables lists the callables an array expression holds, as far
// as value flow tells: the items of an array literal, of the arrays
// array_merge() joins, of what a method returns, of what a `??=` or `=`
// assigns.
func (p *program) listCallables(fn *ir.Func, e ir.Expr, depth int) []*ir.Func {
	if depth > 6 {
		return nil
	}
	var out []*ir.Func
	switch x := e.(type) {
	case *ir.Array:
		for _, it := range x.Items {
			if it.Value != nil && !it.Unpack {
				out = append(out, p.callables(fn, it.Value)...)
			}
		}
	case *ir.Assign:
		out = p.listCallables(fn, x.Src, depth+1)
	case *ir.Other:
		// $this->hooks ?: array_merge(…), $cached ?? [...]
		if x.Op == "?:" || x.Op == "??" {
			for _, a := range x.Args {
				out = append(out, p.listCallables(fn, a, depth+1)...)
			}
		}
	case *ir.Call:
		switch analyzer.CallName(x) {
		case "array_merge", "array_replace":
			for _, a := range x.Args {
				out = append(out, p.listCallables(fn, a, depth+1)...)
			}
		}
	case *ir.MethodCall, *ir.StaticCall:
		if t := p.r.target(fn, x); t != nil && !firstClass(x) {
			for _, r := range returned(t) {
				out = append(out, p.listCallables(t, r, depth+1)...)
			}
		}
	}
	return out
}

// firstClass reports whether a call is first-class callable syntax
// (strlen(...), $this->flush(...), Log::flush(...)): a callable, not a
// call.
func firstClass(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.MethodCall:
		return e.FirstClass
	case *ir.StaticCall:
		return e.FirstClass
	case *ir.Call:
		return e.FirstClass
	}
	return false
}

// boundClass is the class a container binding names: singleton(X::class,
// …), instance(X::class, …), singleton('name', X::class), or the class a
// factory closure returns (singleton('x', fn () => new X(...)), or a
// variable or helper that makes one).
func (r *resolver) boundClass(fn *ir.Func, args []ir.Expr) string {
	if len(args) > 1 {
		switch v := args[1].(type) {
		case *ir.ClassConst:
			if strings.EqualFold(v.Name, "class") {
				return v.Class
			}
		case *ir.Closure:
			if c := r.returnedClass(v.Func, 0); c != "" {
				return c
			}
		default:
			if c := r.exprClass(fn, v, 0); c != "" {
				return c
			}
		}
	}
	if cc, ok := args[0].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
		return cc.Class
	}
	return ""
}

// returnedClass is the class of what fn returns (the first return whose
// class phpleak can tell): `return new X(...)`, `return X::class` (a
// facade accessor), `return $x` where $x was made so, or what a helper
// returns.
func (r *resolver) returnedClass(fn *ir.Func, depth int) string {
	if fn == nil || depth > 3 {
		return ""
	}
	found := ""
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if ret, ok := n.(*ir.Return); ok && found == "" {
			if cc, ok := ret.X.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				found = cc.Class
			} else {
				found = r.exprClass(fn, ret.X, depth)
			}
		}
		return found == ""
	})
	if found == "" {
		found = r.firstClass(fn.ReturnTypes())
	}
	return found
}

// exprClass is the class of the object an expression makes or hands
// back: new X, a local made with new or by a call, tap(new X, …), a call
// whose target returns one.
func (r *resolver) exprClass(fn *ir.Func, e ir.Expr, depth int) string {
	if depth > 4 {
		return "" // $x = tap($x, …): variables defined by themselves
	}
	switch x := e.(type) {
	case *ir.New:
		return x.Class
	case *ir.Var:
		if c := r.localClass(fn, x.Name); c != "" {
			return c
		}
		found := ""
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && found == "" && a.Op == "=" {
				if v, ok := a.Dst.(*ir.Var); ok && v.Name == x.Name {
					if _, self := a.Src.(*ir.Var); !self {
						found = r.exprClass(fn, a.Src, depth+1)
					}
				}
			}
			return found == ""
		})
		return found
	case *ir.Call:
		if analyzer.CallName(x) == "tap" && len(x.Args) > 0 {
			return r.exprClass(fn, x.Args[0], depth+1)
		}
	}
	switch e.(type) {
	case *ir.Call, *ir.MethodCall, *ir.StaticCall:
		if t := r.target(fn, e); t != nil {
			if mc, ok := e.(*ir.MethodCall); ok && returnsThis(t) {
				// (new X)->setUp(…): a fluent method hands back its object
				return r.exprClass(fn, mc.Recv, depth+1)
			}
			return r.returnedClass(t, depth+1)
		}
		// $c->make(X::class) on a container outside the analysed code
		// (Laravel's, a PSR-11 one): what it hands back is an X
		if mc, ok := e.(*ir.MethodCall); ok {
			return locatorLookup(mc)
		}
	}
	return ""
}

// returnsThis reports whether method m returns its own object on every
// return (a fluent setter).
func returnsThis(m *ir.Func) bool {
	return everyReturn(m, func(x ir.Expr) bool { return isVarNamed(x, "this") })
}

// everyReturn reports whether m has a return statement (outside its
// closures) and every one returns a value ok accepts.
func everyReturn(m *ir.Func, ok func(ir.Expr) bool) bool {
	n := 0
	all := true
	analyzer.InspectFunc(m, analyzer.KReturn, func(x analyzer.Node, _ []analyzer.Node) bool {
		switch x := x.(type) {
		case *ir.Closure:
			return false
		case *ir.Return:
			n++
			if !ok(x.X) {
				all = false
			}
		}
		return all
	})
	return n > 0 && all
}

// generatorCall reports whether e calls a generator function.
func (r *resolver) generatorCall(fn *ir.Func, e ir.Expr) bool {
	t := r.target(fn, e)
	return t != nil && t.Generator
}

// target resolves any call expression.
func (r *resolver) target(fn *ir.Func, e analyzer.Node) *ir.Func {
	switch c := e.(type) {
	case *ir.MethodCall:
		return r.method(fn, c)
	case *ir.Call:
		if c.Name != "" {
			return r.ix.Function(c.Name, c.Fallback)
		}
		// $handler(...): an invokable object
		if v, ok := c.Callee.(*ir.Var); ok && v.Name != "" && v.Name != "this" {
			if class := r.localClass(fn, v.Name); class != "" && !strings.EqualFold(class, "Closure") {
				return r.ix.Method(class, "__invoke")
			}
			// $e = fn ($s) => …; $e($title): the closure the local holds
			if cl := localClosure(fn, v.Name); cl != nil {
				return cl
			}
			// $h = $hub->handler(); $h($id): the closure the method
			// hands out
			if cl, _ := r.handedOutClosure(fn, v.Name); cl != nil {
				return cl
			}
		}
		// (static function () { … })(): a closure called where it is made
		if cl, ok := c.Callee.(*ir.Closure); ok && cl.Func != nil {
			return cl.Func
		}
		// (require __DIR__ . '/config/services.php')($config): the
		// closure a configuration file returns
		if cl := r.ix.IncludedClosure(fn, c.Callee); cl != nil {
			return cl
		}
		// ($this->vite)(...), ($this->services[Controller::class])(...):
		// one kept in a property, or in an element of one; and
		// $app->make(Controller::class)($request): one a call hands back
		switch c.Callee.(type) {
		case *ir.Prop, *ir.Dim, *ir.MethodCall, *ir.StaticCall:
			if class := r.classOf(fn, c.Callee); class != "" {
				return r.ix.Method(class, "__invoke")
			}
		case *ir.New:
			// (new Controller($deps))($request): an invokable object
			// called where it is made (not (new Controller())(...), a
			// closure made of it; from the round-46 triage)
			if nw := c.Callee.(*ir.New); nw.Class != "" && !c.FirstClass {
				return r.ix.Method(nw.Class, "__invoke")
			}
		}
	case *ir.StaticCall:
		if m := r.ix.Method(c.Class, c.Name); m != nil {
			return m
		}
		// static::register($this): late static binding, the method of
		// the class the call is written in (a trait's, the class's)
		if strings.EqualFold(c.Class, "static") {
			for at := fn; at != nil; at = at.Parent {
				if at.Class != nil {
					return r.ix.Method(at.Class.Name, c.Name)
				}
			}
		}
		// Facade::method(): the method of the service behind the facade
		if svc := r.facadeService(c.Class); svc != "" {
			return r.ix.Method(svc, c.Name)
		}
		// X::method() that X's __callStatic forwards to an object
		if m := r.callStaticTarget(c.Class, c.Name); m != nil {
			return m
		}
	case *ir.New:
		if c.Class == "" {
			// new $this->sessionClass($this, …): the constructor of the
			// documented class-string's class
			if class := r.classOf(fn, c); class != "" {
				return r.ix.Method(class, "__construct")
			}
		}
		return r.constructor(c)
	}
	return nil
}

// handedOutClosure is the closure a local of fn holds when its one
// assignment is a call of a method that returns that closure ($h =
// $hub->handler()), with the method; nils otherwise.
func (r *resolver) handedOutClosure(fn *ir.Func, name string) (cl, by *ir.Func) {
	src, ok := assignedOnce(fn)[name].(*ir.MethodCall)
	if !ok || src.FirstClass {
		return nil, nil
	}
	by = r.method(fn, src)
	if cl = returnedClosure(by); cl == nil {
		return nil, nil
	}
	return cl, by
}

// returnedClosure is the closure fn returns, when every return of fn
// returns that one closure literal; nil otherwise.
func returnedClosure(fn *ir.Func) *ir.Func {
	var out *ir.Func
	for _, x := range returned(fn) {
		c, ok := x.(*ir.Closure)
		if !ok || out != nil && out != c.Func {
			return nil
		}
		out = c.Func
	}
	return out
}

// localClosure returns the closure a local variable of fn holds when its
// only assignment is a closure or arrow function written there.
func localClosure(fn *ir.Func, name string) *ir.Func {
	if c, ok := assignedOnce(fn)[name].(*ir.Closure); ok {
		return c.Func
	}
	// use ($onPublish) in a closure written in the same function: the
	// closure the enclosing function's local holds
	if analyzer.CapturesByValue(fn, name) {
		return localClosure(fn.Parent, name)
	}
	return nil
}

// isFacade reports whether class is a Laravel facade: it extends
// Illuminate\Support\Facades\Facade, is one of Laravel's own, or is a
// facade of the project's own making (see facadeShaped).
func (r *resolver) isFacade(class string) bool {
	return strings.HasPrefix(strings.ToLower(class), `illuminate\support\facades\`) || r.ix.Implements(class, lvFacade) ||
		facadeShaped(r.ix, class)
}

// facadeShaped reports whether class is built as a facade without
// extending Laravel's: it (or a parent) names its service in a static
// getFacadeAccessor() and forwards static calls with __callStatic, or
// it extends a class named Facade outside the analysed code (a vendored
// framework's), which forwards them.
func facadeShaped(ix *analyzer.Index, class string) bool {
	acc, fwd := ix.Method(class, "getFacadeAccessor"), ix.Method(class, "__callStatic")
	if acc == nil || !acc.Static {
		return false
	}
	if fwd != nil {
		return true
	}
	for c, seen := ix.Class(class), 0; c != nil && c.Parent != "" && seen < 8; seen++ {
		p := ix.ProjectClass(c.Parent)
		if p == nil {
			return strings.EqualFold(shortName(c.Parent), "Facade")
		}
		c = p
	}
	return false
}

// facadeService is the class of the service behind a facade of the
// project: what getFacadeAccessor() returns (X::class, or a name bound
// with singleton('name', …) / bind / instance / scoped), or "".
func (r *resolver) facadeService(class string) string {
	if !r.ix.Implements(class, lvFacade) && !facadeShaped(r.ix, class) {
		return ""
	}
	acc := r.ix.Method(class, "getFacadeAccessor")
	if acc == nil {
		return ""
	}
	var out string
	analyzer.Inspect(acc.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		ret, ok := n.(*ir.Return)
		if !ok || out != "" {
			return out == ""
		}
		switch x := ret.X.(type) {
		case *ir.ClassConst:
			if strings.EqualFold(x.Name, "class") {
				out = x.Class
			}
		case *ir.Lit:
			out = r.bindings()[x.Value]
		}
		return false
	})
	return out
}

// bindings maps container names bound in the project (singleton('audit',
// fn () => new AuditTrail) and the like) to the bound class.
func (r *resolver) bindings() map[string]string {
	if r.bound != nil {
		return r.bound
	}
	r.bound = map[string]string{}
	var aliases [][2]ir.Expr
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				name, args, ok := memberCall(n)
				if !ok {
					return true
				}
				switch strings.ToLower(name) {
				case "singleton", "bind", "instance", "scoped", "singletonif", "bindif", "scopedif":
				case "alias":
					// $app->alias(FlagClient::class, 'features'): the name
					// is another for what the class is bound as
					if len(args) == 2 {
						aliases = append(aliases, [2]ir.Expr{args[0], args[1]})
					}
					return true
				default:
					return true
				}
				if len(args) < 2 {
					return true
				}
				if key := litString(args[0]); key != "" {
					if class := r.boundClass(fn, args); class != "" {
						if _, dup := r.bound[key]; !dup {
							r.bound[key] = class
						}
					}
				}
				return true
			})
		}
	}
	// (after the bindings: an alias may name a name bound later)
	for _, a := range aliases {
		name, class := litString(a[1]), ""
		if cc, ok := a[0].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
			class = cc.Class
		} else if key := litString(a[0]); key != "" {
			class = r.bound[key]
		}
		if _, dup := r.bound[name]; name != "" && class != "" && !dup {
			r.bound[name] = class
		}
	}
	return r.bound
}

// syncArgs maps PHP functions that call the callables they are given
// before they return to the positions of those callables (-1: every
// argument after the first, as xml_set_element_handler's handlers, which
// xml_parse() calls in the same code).
var syncArgs = map[string]int{
	"array_map": 0, "array_filter": 1, "array_walk": 1, "array_walk_recursive": 1, "array_reduce": 1,
	"usort": 1, "uasort": 1, "uksort": 1, "preg_replace_callback": 1, "call_user_func": 0,
	"call_user_func_array": 0, "iterator_apply": 1, "array_udiff": -1, "array_uintersect": -1,
	"xml_set_element_handler": -1, "xml_set_character_data_handler": -1,
}

// syncCallbacks lists the functions a call runs through the callables it
// is given, before it returns: a built-in of syncArgs, or t, the
// project function the call goes to (nil: none), when it invokes its
// parameters. They run as often, and in the same phase, as the code
// that calls it.
func (p *program) syncCallbacks(fn *ir.Func, n analyzer.Node, t *ir.Func) []*ir.Func {
	var out []*ir.Func
	// Amp\async($fn), EventLoop::queue($fn), go($fn): a library runs it
	// once, soon, for the code that hands it over
	if i, ok := scheduledArg(n); ok {
		// (a one-shot timer stopped in a finally, $watcher =
		// EventLoop::delay(30, $report) … finally EventLoop::cancel(
		// $watcher), fires only if the request outlives it: not on
		// every request)
		if sc, isStatic := n.(*ir.StaticCall); isStatic && i > 0 && timerStoppedInFinally(fn, sc) {
			return nil
		}
		if args := callArgs(n.(ir.Expr)); i < len(args) {
			return p.callables(fn, args[i])
		}
	}
	if c, ok := n.(*ir.Call); ok {
		if pos, ok := syncArgs[analyzer.CallName(c)]; ok {
			for i, a := range c.Args {
				if (pos >= 0 && i == pos) || (pos < 0 && i > 0) {
					out = append(out, p.callables(fn, a)...)
				}
			}
			return out
		}
	}
	if t == nil {
		return nil
	}
	args := callArgs(n.(ir.Expr))
	for _, i := range slices.Sorted(maps.Keys(p.r.invokedParams(t))) {
		if i < len(args) {
			out = append(out, p.callables(fn, args[i])...)
		}
	}
	// Loop::futureTick($fn), EventLoop::defer($fn) of a loop the project
	// declares: queued, to run once when the loop drains its queue
	for _, i := range slices.Sorted(maps.Keys(p.r.queuedParams(t))) {
		if i < len(args) {
			out = append(out, p.callables(fn, args[i])...)
		}
	}
	return out
}

type queuedParamsKey struct{}

type directQueuedKey struct{}

// queuedParams lists the parameters fn puts on a queue of callables kept
// in a static property, as they are or in an array with their arguments
// (self::$ticks->enqueue($cb), (self::$q ??= new SplQueue())->enqueue([
// $cb, $args]), self::$q[] = $cb), when the project also has code that
// drains that queue and calls what it takes out (while (!self::$q->
// isEmpty()) (self::$q->dequeue())()): an event loop's futureTick() or
// defer(). Each callable queued runs once, when the queue is drained, so
// as often as the code that queues it. A parameter handed on to such a
// function (async($cb) calling EventLoop::queue($cb)) counts too.
// Computed once per function.
func (r *resolver) queuedParams(fn *ir.Func) map[int]bool {
	return analyzer.FuncMemo(fn, queuedParamsKey{}, func() map[int]bool {
		out := r.directQueued(fn)
		analyzer.InspectFunc(fn, analyzer.KCall|analyzer.KStaticCall, func(n analyzer.Node, _ []analyzer.Node) bool {
			if _, ok := n.(*ir.Closure); ok {
				return false
			}
			t := r.target(fn, n)
			if t == nil || t == fn {
				return true
			}
			q := r.directQueued(t)
			for j, a := range callArgs(n.(ir.Expr)) {
				if i := paramIndex(fn, a); i >= 0 && q[j] && !analyzer.AssignsVar(fn, fn.Params[i].Name) {
					if out == nil {
						out = map[int]bool{}
					}
					out[i] = true
				}
			}
			return true
		})
		return out
	})
}

// directQueued is queuedParams without following calls.
func (r *resolver) directQueued(fn *ir.Func) map[int]bool {
	return analyzer.FuncMemo(fn, directQueuedKey{}, func() map[int]bool {
		if fn.Class == nil && fn.Kind != ir.FuncFunction || len(fn.Params) == 0 {
			return nil
		}
		var out map[int]bool
		add := func(place string, v ir.Expr) {
			if a, ok := v.(*ir.Array); ok && len(a.Items) > 0 && a.Items[0].Key == nil {
				v = a.Items[0].Value // [$cb, $args]
			}
			i := paramIndex(fn, v)
			if i < 0 || place == "" || analyzer.AssignsVar(fn, fn.Params[i].Name) || !r.drainedQueue(place) {
				return
			}
			if out == nil {
				out = map[int]bool{}
			}
			out[i] = true
		}
		analyzer.InspectFunc(fn, analyzer.KMethodCall|analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Closure:
				return false
			case *ir.MethodCall:
				switch strings.ToLower(n.Name) {
				case "enqueue", "push":
					if len(n.Args) == 1 {
						add(staticQueue(fn, n.Recv), n.Args[0])
					}
				}
			case *ir.Assign:
				if d, ok := n.Dst.(*ir.Dim); ok && d.Key == nil && n.Op == "=" {
					add(staticQueue(fn, d.Base), n.Src)
				}
			}
			return true
		})
		return out
	})
}

// staticQueue is the static property e is ("Class::name"): self::$q, or
// the lazy (self::$q ??= new SplQueue()); "" for anything else.
func staticQueue(fn *ir.Func, e ir.Expr) string {
	if a, ok := e.(*ir.Assign); ok && a.Op == "??=" {
		e = a.Dst
	}
	sp, ok := e.(*ir.StaticProp)
	if !ok || sp.Name == "" || sp.Class == "" {
		return ""
	}
	class := strings.TrimPrefix(sp.Class, `\`)
	switch strings.ToLower(class) {
	case "self", "static":
		if fn.Class == nil {
			return ""
		}
		class = fn.Class.Name
	}
	return strings.ToLower(class) + "::" + sp.Name
}

// drainedQueue reports whether some function of the project takes the
// entries out of the static property place (dequeue(), shift(), pop(),
// array_shift()) and calls a callable in the same function: the loop
// that runs what was queued. The project is read once, for every place.
func (r *resolver) drainedQueue(place string) bool {
	if r.drained == nil {
		r.drained = r.drainedQueues()
	}
	return r.drained[place]
}

// drainedQueues is every place drainedQueue answers yes for.
func (r *resolver) drainedQueues() map[string]bool {
	out := map[string]bool{}
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			var takes []string
			calls := false
			analyzer.InspectFunc(fn, analyzer.KCall|analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Closure:
					return false
				case *ir.MethodCall:
					switch strings.ToLower(n.Name) {
					case "dequeue", "shift", "pop":
						if q := staticQueue(fn, n.Recv); q != "" {
							takes = append(takes, q)
						}
					}
				case *ir.Call:
					if n.Name == "" {
						calls = true
					} else if analyzer.CallName(n) == "array_shift" && len(n.Args) == 1 {
						if q := staticQueue(fn, n.Args[0]); q != "" {
							takes = append(takes, q)
						}
					}
				}
				return true
			})
			if calls {
				for _, q := range takes {
					out[q] = true
				}
			}
		}
	}
	return out
}

// timerStoppedInFinally reports whether fn keeps the id of the timer
// add starts in a local ($watcher = EventLoop::delay(…)) and stops it in
// a finally (EventLoop::cancel($watcher), Loop::cancelTimer($watcher),
// Timer::clear($watcher)).
func timerStoppedInFinally(fn *ir.Func, add *ir.StaticCall) bool {
	id := resultLocal(fn, add)
	if id == "" {
		return false
	}
	stopped := false
	analyzer.InspectFunc(fn, analyzer.KStaticCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		c := n.(*ir.StaticCall)
		switch strings.ToLower(c.Name) {
		case "cancel", "canceltimer", "clear":
			stopped = stopped || strings.EqualFold(c.Class, add.Class) && len(c.Args) > 0 && isVarNamed(c.Args[0], id) && inFinally(fn, c.P)
		}
		return !stopped
	})
	return stopped
}

// resultLocal is the local variable fn assigns what call returns to
// ($watcher = EventLoop::delay(…)); "" when none.
func resultLocal(fn *ir.Func, call ir.Expr) string {
	id := ""
	analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && a.Src == call && a.Op == "=" {
			if v, ok := a.Dst.(*ir.Var); ok {
				id = v.Name
			}
		}
		return id == ""
	})
	return id
}

// scheduledArg is the position of the callable a call hands to a
// library scheduler (see builtins.Scheduled), by the library's name
// whether or not the project declares it (a stand-in of the library).
func scheduledArg(n analyzer.Node) (int, bool) {
	switch c := n.(type) {
	case *ir.Call:
		if i, ok := builtins.Scheduled(c.Name); ok && c.Name != "" {
			return i, true
		}
		if c.Fallback != "" {
			return builtins.Scheduled(c.Fallback)
		}
	case *ir.StaticCall:
		return builtins.ScheduledStatic(c.Class, c.Name)
	}
	return 0, false
}

// invokedParams lists the parameters fn calls in its own body: $cb(…),
// call_user_func($cb, …), call_user_func_array($cb, …). tap($v, $cb),
// a collection's each($cb) or retry($n, $cb) run the callable they are
// handed before they return, so it runs when their caller runs.
// Computed once per function.
func (r *resolver) invokedParams(fn *ir.Func) map[int]bool {
	if got, ok := r.invoked[fn]; ok {
		return got
	}
	if r.invoked == nil {
		r.invoked = map[*ir.Func]map[int]bool{}
	}
	var out map[int]bool
	mark := func(e ir.Expr) {
		if v, ok := e.(*ir.Var); ok {
			if i := paramIndex(fn, v); i >= 0 {
				if out == nil {
					out = map[int]bool{}
				}
				out[i] = true
			}
		}
	}
	analyzer.InspectFunc(fn, analyzer.KCall|analyzer.KNew, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch c := n.(type) {
		case *ir.Closure:
			return false // what a closure does happens when it is called
		case *ir.New:
			// new Fiber($task): made to run $task, when it is started
			if strings.EqualFold(strings.TrimPrefix(c.Class, `\`), "Fiber") && len(c.Args) > 0 {
				mark(c.Args[0])
			}
		case *ir.Call:
			switch name := analyzer.CallName(c); {
			case name == "call_user_func" || name == "call_user_func_array":
				if len(c.Args) > 0 {
					mark(c.Args[0])
				}
			case c.Name == "":
				mark(c.Callee)
			}
		}
		return true
	})
	r.invoked[fn] = out
	return out
}

// callStaticTarget resolves X::name(), which X does not declare, to the
// method its __callStatic forwards to: a `$instance->$method(...$args)`
// whose object the facade makes or keeps (`static::$resolved[...] ??=
// static::create()`), read with static standing for X. nil when that
// object's class is not known.
func (r *resolver) callStaticTarget(class, name string) *ir.Func {
	if c := r.forwardedClass(class); c != "" {
		return r.ix.Method(c, name)
	}
	return nil
}

// forwardedClass is the class of the object the __callStatic of class
// forwards calls to, "" when there is none or it is not known. Computed
// once per class: every static call of a facade asks.
func (r *resolver) forwardedClass(class string) string {
	k := strings.ToLower(class)
	if c, ok := r.forwards[k]; ok {
		return c
	}
	if r.forwards == nil {
		r.forwards = map[string]string{}
	}
	r.forwards[k] = "" // met again while computing it: not known
	cs := r.ix.Method(class, "__callStatic")
	if cs == nil || len(cs.Params) == 0 {
		return ""
	}
	var recv ir.Expr
	analyzer.Inspect(cs.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := n.(*ir.MethodCall); ok && recv == nil && isVarNamed(mc.NameExpr, cs.Params[0].Name) {
			recv = mc.Recv
		}
		return recv == nil
	})
	c := ""
	if recv != nil {
		c = r.lateClass(cs, recv, class, 0)
	}
	r.forwards[k] = c
	return c
}

// lateClass is the class of the object e holds in fn, a method inherited
// by class late, with static:: and self:: calls read as calls on late
// (late static binding).
func (r *resolver) lateClass(fn *ir.Func, e ir.Expr, late string, depth int) string {
	if depth > 4 {
		return ""
	}
	switch e := e.(type) {
	case *ir.New:
		return e.Class
	case *ir.Assign:
		return r.lateClass(fn, e.Src, late, depth+1)
	case *ir.Other:
		if e.Op == "??" || e.Op == "?:" {
			for i := len(e.Args) - 1; i >= 0; i-- {
				if c := r.lateClass(fn, e.Args[i], late, depth+1); c != "" {
					return c
				}
			}
		}
	case *ir.StaticCall:
		if m := r.ix.Method(lateName(fn, e.Class, late), e.Name); m != nil {
			if c := madeAndReturned(m); c != "" {
				return c
			}
			return r.returnedClass(m, depth+1)
		}
	case *ir.MethodCall:
		// static::$app->make(static::accessor()): a container asked for
		// the class a late-bound method names
		if c := locatorLookup(e); c != "" {
			return c
		}
		switch strings.ToLower(e.Name) {
		case "get", "make", "makewith", "resolve":
			if len(e.Args) > 0 {
				if c := r.lateClassString(fn, e.Args[0], late); c != "" {
					return c
				}
			}
		}
	case *ir.Var:
		found := ""
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && found == "" && isVarNamed(a.Dst, e.Name) {
				found = r.lateClass(fn, a.Src, late, depth+1)
			}
			return found == ""
		})
		return found
	}
	return ""
}

// lateName is the class a static:: or own-class call in fn
// reaches when fn runs for class late.
func lateName(fn *ir.Func, cls, late string) string {
	if cls == "static" || fn.Class != nil && strings.EqualFold(cls, fn.Class.Name) {
		return late
	}
	return cls
}

// lateClassString is the project class a class string names: X::class,
// or what a method, called with late static binding for class late,
// always returns as one (static::accessor() returning X::class); "" when
// not known.
func (r *resolver) lateClassString(fn *ir.Func, e ir.Expr, late string) string {
	if cs := r.classStringsOf(e); len(cs) == 1 {
		return cs[0]
	}
	call, ok := e.(*ir.StaticCall)
	if !ok {
		return ""
	}
	m := r.ix.Method(lateName(fn, call.Class, late), call.Name)
	if m == nil {
		return ""
	}
	found := ""
	for _, ret := range returned(m) {
		cs := r.classStringsOf(ret)
		if len(cs) != 1 || found != "" && found != cs[0] {
			return ""
		}
		found = cs[0]
	}
	return found
}

// callStaticKeeps reports whether the __callStatic of class keeps the
// object it forwards to in a static property (static::$resolved[...]
// ??= …), so that one object serves every call.
func (r *resolver) callStaticKeeps(class string) bool {
	cs := r.ix.Method(class, "__callStatic")
	if cs == nil {
		return false
	}
	keeps := false
	analyzer.Inspect(cs.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && (a.Op == "??=" || a.Op == "=") {
			d := a.Dst
			if x, ok := d.(*ir.Dim); ok {
				d = x.Base
			}
			if _, ok := d.(*ir.StaticProp); ok {
				keeps = true
			}
		}
		return !keeps
	})
	return keeps
}

// elemCallables lists the functions run by the callables a property of
// class keeps among its elements, at any depth: what it is given whole
// (an array of closures a constructor takes), and what is written into
// its elements ($this->callbacks[$prio][$id] = ['function' => $cb]),
// following a parameter stored so to what the callers of the storing
// function pass, through functions that hand it on (add_action() to
// add_filter() to WP_Hook::add_filter()). Computed once per property.
func (p *program) elemCallables(class, prop string) []*ir.Func {
	return memoized(&p.elemCalls, strings.ToLower(class)+"::"+prop, nil, func() []*ir.Func {
		var out []*ir.Func
		seen := map[*ir.Func]bool{}
		add := func(fs []*ir.Func) {
			for _, f := range fs {
				if !seen[f] {
					seen[f] = true
					out = append(out, f)
				}
			}
		}
		for _, g := range p.propGiven(class, prop) {
			add(p.keptCallables(g.fn, g.e, 3))
		}
		for _, w := range p.r.thisWrites(class, prop) {
			if !w.simple && w.src != nil {
				add(p.keptCallables(w.fn, w.src, 3))
			}
		}
		return out
	})
}

// keptCallables lists the functions the callables in e, written in fn,
// run: e itself, the values of an array literal, and for a parameter of
// fn what its callers pass, up to depth calls away.
func (p *program) keptCallables(fn *ir.Func, e ir.Expr, depth int) []*ir.Func {
	switch x := e.(type) {
	case *ir.Array:
		out := p.callables(fn, x) // [$this, 'onRedirect'] itself
		if len(out) > 0 {
			return out
		}
		for _, it := range x.Items {
			if it.Value != nil && !it.Unpack {
				out = append(out, p.keptCallables(fn, it.Value, depth)...)
			}
		}
		return out
	case *ir.Var:
		if i := paramIndex(fn, x); i >= 0 && !analyzer.AssignsVar(fn, x.Name) {
			if depth == 0 {
				return nil
			}
			var out []*ir.Func
			sites, _ := p.r.callSites()
			for _, s := range sites[fn] {
				if a, ok := siteArg(fn, s, i); ok {
					out = append(out, p.keptCallables(s.caller, a, depth-1)...)
				}
			}
			return out
		}
		// $sinks = FillSinks::build(…); new Handler($sinks): what the
		// local was given
		if src := assignedOnce(fn)[x.Name]; src != nil && depth > 0 {
			if out := p.keptCallables(fn, src, depth-1); len(out) > 0 {
				return out
			}
		}
	case *ir.MethodCall, *ir.StaticCall:
		// a helper that returns the list of callables (array_merge of
		// its defaults and the ones it makes)
		if !firstClass(x) {
			if out := p.listCallables(fn, x, 0); len(out) > 0 {
				return out
			}
		}
	}
	return p.callables(fn, e)
}

// keptSource is, for the callee of a dynamic call, the property whose
// elements it was taken from: foreach ($this->callbacks as $group)
// foreach ($group as $cb) ($cb['function'])(…), or $middleware(…) in an
// arrow function written in a foreach over array_reverse($this->stack).
func (p *program) keptSource(fn *ir.Func, e ir.Expr, depth int) (class, prop string, ok bool) {
	if depth == 0 || e == nil {
		return "", "", false
	}
	switch x := e.(type) {
	case *ir.Dim:
		return p.keptSource(fn, x.Base, depth-1)
	case *ir.Other:
		// $this->handlers[$path] ?? null: one callable the property
		// keeps, or nothing to call (a list, `?? []`, is iterated, and
		// which lists a dispatch reaches is askedPerRequest's question)
		if x.Op == "??" && len(x.Args) == 2 && isNull(x.Args[1]) {
			return p.keptSource(fn, x.Args[0], depth-1)
		}
	case *ir.Call:
		switch analyzer.CallName(x) {
		case "array_reverse", "array_values", "array_filter", "array_slice", "iterator_to_array", "current", "end", "reset":
			if len(x.Args) > 0 {
				return p.keptSource(fn, x.Args[0], depth-1)
			}
		}
	case *ir.Prop:
		if x.Name == "" {
			return "", "", false
		}
		if analyzer.IsThis(x.Obj) && fn.ThisClass() != nil {
			return fn.ThisClass().Name, x.Name, true
		}
		if c := p.r.classOf(fn, x.Obj); c != "" {
			return c, x.Name, true
		}
	case *ir.Var:
		if x.Name == "" || x.Name == "this" || paramIndex(fn, x) >= 0 {
			return "", "", false
		}
		for _, n := range localTypers(fn)[x.Name] {
			if l, ok := n.(*ir.Loop); ok && l.Kind == ir.LoopForeach {
				return p.keptSource(fn, l.Iter, depth-1)
			}
		}
		if src := assignedOnce(fn)[x.Name]; src != nil {
			return p.keptSource(fn, src, depth-1)
		}
		// $stack = $this->handler; foreach (…) $stack = fn ($m) =>
		// $mw->handle($m, $stack): the chain ends in what the property
		// keeps
		for _, src := range assignedSources(fn, x.Name) {
			if class, prop, ok := p.keptSource(fn, src, depth-1); ok {
				return class, prop, true
			}
		}
		if fn.Parent != nil && analyzer.CapturesByValue(fn, x.Name) {
			return p.keptSource(fn.Parent, x, depth-1)
		}
	}
	return "", "", false
}

// assignedSources lists what fn assigns to its variable name (with =);
// listed for every variable in one walk per function.
func assignedSources(fn *ir.Func, name string) []ir.Expr {
	return analyzer.FuncMemo(fn, assignedSourcesKey{}, func() map[string][]ir.Expr {
		out := map[string][]ir.Expr{}
		analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && a.Op == "=" {
				if v, ok := a.Dst.(*ir.Var); ok && v.Name != "" {
					out[v.Name] = append(out[v.Name], a.Src)
				}
			}
			return true
		})
		return out
	})[name]
}

type assignedSourcesKey struct{}

// libraryNew returns the `new` that made the object e is, when its class
// is library code (neither the project's nor PHP's: vendor/ is not
// analysed): e itself, or the local e names, assigned only that once.
func (p *program) libraryNew(fn *ir.Func, e ir.Expr) *ir.New {
	if v, ok := e.(*ir.Var); ok && v.Name != "this" {
		e = assignedOnce(fn)[v.Name]
	}
	nw, ok := e.(*ir.New)
	if !ok || nw.Class == "" || p.r.ix.ProjectClass(nw.Class) != nil || builtins.Lookup(nw.Class) != nil {
		return nil
	}
	return nw
}

// madeWithCallables lists the project's callables a library object was
// handed when it was made (nw): its constructor's arguments, the items
// of arrays among them, and, down to depth more levels, what the library
// objects it was handed hold in turn (new Worker($receiver, new
// MessageBus([Job::class => $handler]))). The library calls them; when
// it does, only its code knows.
func (p *program) madeWithCallables(fn *ir.Func, nw *ir.New, depth int) []*ir.Func {
	var out []*ir.Func
	for _, a := range nw.Args {
		out = append(out, p.argCallables(fn, a, depth)...)
	}
	return out
}

// argCallables is madeWithCallables for one argument a.
func (p *program) argCallables(fn *ir.Func, a ir.Expr, depth int) []*ir.Func {
	if cbs := p.callables(fn, a); len(cbs) > 0 {
		return cbs
	}
	if arr, ok := a.(*ir.Array); ok {
		var out []*ir.Func
		for _, it := range arr.Items {
			out = append(out, p.argCallables(fn, it.Value, depth)...)
		}
		return out
	}
	if inner := p.libraryNew(fn, a); inner != nil && depth > 0 {
		out := p.madeWithCallables(fn, inner, depth-1)
		// $bus = new MessageBus(…); $bus->addHandler(X::class, new H(…)):
		// what is handed to the library object after it is made, too
		for _, args := range libraryCallArgs(fn, a) {
			for _, x := range args {
				out = append(out, p.argCallables(fn, x, depth-1)...)
			}
		}
		return out
	}
	return nil
}

// libraryCallArgs lists the arguments of the method calls fn makes on
// the local a ($bus->addHandler(…), $router->add(…)), but for a
// container's bindings, whose factories run when the binding says
// (singleton(): once); nil when a is no local.
func libraryCallArgs(fn *ir.Func, a ir.Expr) [][]ir.Expr {
	var out [][]ir.Expr
	for _, mc := range libraryCalls(fn, a) {
		out = append(out, mc.Args)
	}
	return out
}

// libraryCalls is the calls libraryCallArgs reads.
func libraryCalls(fn *ir.Func, a ir.Expr) []*ir.MethodCall {
	v, ok := a.(*ir.Var)
	if !ok || v.Name == "" || v.Name == "this" {
		return nil
	}
	var out []*ir.MethodCall
	analyzer.InspectFunc(fn, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := n.(*ir.MethodCall); ok && isVarNamed(mc.Recv, v.Name) && len(mc.Args) > 0 && !containerBinding[strings.ToLower(mc.Name)] {
			out = append(out, mc)
		}
		return true
	})
	return out
}

// requestStream names the stream of requests e is, when a library handed
// e could serve it: a call of a project generator that yields on every
// round of a loop (or the local assigned it once), or a project object
// with a generator method that yields new objects (a receiver, a
// transport: new Envelope(…) per poll), alone, in an array, or held by a
// library object made with it, down to depth levels.
func (p *program) requestStream(fn *ir.Func, e ir.Expr, depth int) (string, bool) {
	if v, ok := e.(*ir.Var); ok && v.Name != "this" {
		if src := assignedOnce(fn)[v.Name]; src != nil {
			e = src
		}
	}
	switch x := e.(type) {
	case *ir.Call, *ir.MethodCall, *ir.StaticCall:
		if t := p.r.target(fn, x); t != nil && t.Generator && yieldsEachRound(t) {
			if t.Kind == ir.FuncClosure || t.Kind == ir.FuncArrow {
				return fmt.Sprintf("the generator at %s:%d", t.File.Path, t.Pos.Line), true
			}
			return funcLabel(t), true
		}
		return "", false
	case *ir.Array:
		for _, it := range x.Items {
			if name, ok := p.requestStream(fn, it.Value, depth); ok {
				return name, true
			}
		}
		return "", false
	case *ir.Closure:
		// new InMemoryTransport(static function (int $seq): ?Envelope
		// { …; return new Envelope(…); }): a producer the library polls,
		// a new message per call, null once there are none
		if producesNew(x.Func) {
			return fmt.Sprintf("the producer at %s:%d", x.Func.File.Path, x.Func.Pos.Line), true
		}
		return "", false
	}
	if class := p.r.classOf(fn, e); class != "" && p.r.ix.Class(class) != nil {
		for _, c := range p.r.ix.Lineage(class) {
			for _, m := range c.Methods {
				if !m.Static && (m.Generator && yieldsNewOnly(m) || returnsNewBatches(m)) {
					return funcLabel(m), true
				}
			}
		}
		return "", false
	}
	if nw := p.libraryNew(fn, e); nw != nil && depth > 0 {
		for _, a := range nw.Args {
			if name, ok := p.requestStream(fn, a, depth-1); ok {
				return name, true
			}
		}
	}
	return "", false
}

// returnsNewBatches reports whether every return of m is an array
// literal of new objects, and some are empty: a receiver's get() that
// hands out [new Envelope(…)] per poll, and [] once there is nothing.
func returnsNewBatches(m *ir.Func) bool {
	if m == nil || m.Generator || m.Abstract {
		return false
	}
	rets := returned(m)
	filled, empty := false, false
	for _, r := range rets {
		a, ok := r.(*ir.Array)
		if !ok {
			return false
		}
		if len(a.Items) == 0 {
			empty = true
			continue
		}
		for _, it := range a.Items {
			if _, isNew := it.Value.(*ir.New); !isNew || it.Unpack {
				return false
			}
		}
		filled = true
	}
	return filled && empty && len(rets) == countReturns(m)
}

// producesNew reports whether closure f takes a parameter (the poll's
// count, a cursor) and every value it returns is a new object or null,
// with both among them: a message made per poll, null once there are no
// more. (A factory, fn (Container $c) => new Notifier(), never runs
// dry.)
func producesNew(f *ir.Func) bool {
	if f == nil || f.Generator || len(f.Params) == 0 {
		return false
	}
	rets := returned(f)
	made, ends := false, false
	for _, r := range rets {
		switch x := r.(type) {
		case *ir.New:
			made = true
		case *ir.Lit:
			if x.Kind != ir.LitNull {
				return false
			}
			ends = true
		case *ir.Var:
			if _, ok := assignedOnce(f)[x.Name].(*ir.New); !ok {
				return false
			}
			made = true
		default:
			return false
		}
	}
	return made && ends && len(rets) == countReturns(f)
}

// countReturns counts the return statements of f, with or without a
// value (those of closures inside it aside).
func countReturns(f *ir.Func) int {
	n := 0
	analyzer.InspectFunc(f, analyzer.KReturn, func(x analyzer.Node, _ []analyzer.Node) bool {
		if _, ok := x.(*ir.Return); ok {
			n++
		}
		return true
	})
	return n
}

// yieldsEachRound reports whether generator gen yields inside a loop,
// and never delegates (yield from): a stream of items, one per round.
func yieldsEachRound(gen *ir.Func) bool {
	inLoop, from := false, false
	analyzer.InspectFunc(gen, analyzer.KYield, func(n analyzer.Node, stack []analyzer.Node) bool {
		if y, ok := n.(*ir.Yield); ok {
			from = from || y.From
			inLoop = inLoop || len(enclosingLoops(stack)) > 0
		}
		return true
	})
	return inLoop && !from
}

// yieldsNewOnly reports whether every yield of generator gen hands out a
// new object: what a receiver's get() makes on each poll.
func yieldsNewOnly(gen *ir.Func) bool {
	found, other := false, false
	analyzer.InspectFunc(gen, analyzer.KYield, func(n analyzer.Node, _ []analyzer.Node) bool {
		if y, ok := n.(*ir.Yield); ok {
			if _, isNew := y.Value.(*ir.New); isNew && !y.From {
				found = true
			} else {
				other = true
			}
		}
		return true
	})
	return found && !other
}

// libraryServes reads a library object served a stream of requests at
// the top level of a script: (new Worker($kernel))->serve($requests),
// $worker = new Worker(transport($n), $bus); $worker->run(). The
// library's own loop (in vendor/, not analysed) runs the callables it
// is handed, in the call or when it was made, once per request, and keeps
// what it is handed for as long as it serves. A command-line script's
// stream is a batch that runs once, and a call in a loop is the loop's
// (see loopCalls).
func (p *program) libraryServes(fn *ir.Func, f *ir.File, mc *ir.MethodCall, stack []analyzer.Node, entry func(*ir.Func, Phase, string)) {
	if fn.Kind != ir.FuncMain || len(enclosingLoops(stack)) > 0 {
		return
	}
	// (the cheap test first: most calls are on no library object)
	nw := p.libraryNew(fn, mc.Recv)
	if nw == nil || cliScript(fn.File) {
		return
	}
	args := append(slices.Clip(mc.Args), nw.Args...)
	stream := ""
	for _, a := range args {
		if name, ok := p.requestStream(fn, a, 1); ok {
			stream = name
			break
		}
	}
	if stream == "" {
		return
	}
	lib := shortName(nw.Class)
	why := fmt.Sprintf("is handed to the %s at %s:%d (library code), which serves it the requests %s yields: it runs once per request", lib, f.Path, mc.P.Line, stream)
	var cbs []*ir.Func
	for _, a := range mc.Args {
		cbs = append(cbs, p.argCallables(fn, a, 1)...)
	}
	cbs = append(cbs, p.madeWithCallables(fn, nw, 1)...)
	for _, cb := range cbs {
		entry(cb, PhaseRequest, why)
		if p.libraryServed == nil {
			p.libraryServed = map[*ir.Func]string{}
		}
		p.libraryServed[cb] = fmt.Sprintf("the %s at %s:%d", lib, f.Path, mc.P.Line)
	}
	// what it is handed lives as long as it serves
	for _, a := range args {
		p.handedToServer(fn, a, lib, f, int(mc.P.Line), 1)
	}
}

// handedToServer makes long-lived the project objects a handed to a
// library object that serves requests (one served a stream, see
// libraryServes, or one a request loop calls, see loopCalls): alone, in
// an array, or held by a library object made with them, down to depth
// levels.
func (p *program) handedToServer(fn *ir.Func, a ir.Expr, lib string, f *ir.File, line, depth int) {
	why := func(what string) string {
		return fmt.Sprintf("%s is handed to the %s at %s:%d (library code), which keeps it while it serves requests", what, lib, f.Path, line)
	}
	switch x := a.(type) {
	case *ir.Array:
		for _, it := range x.Items {
			p.handedToServer(fn, it.Value, lib, f, line, depth)
		}
		return
	case *ir.New:
		if x.Class != "" && p.r.ix.ProjectClass(x.Class) != nil {
			p.setLongLivedByNew(x.Class, why(shortName(x.Class)))
			return
		}
	case *ir.Var:
		if c := p.r.localClass(fn, x.Name); c != "" && p.r.ix.ProjectClass(c) != nil {
			set := p.setLongLived
			if nw := localNew(fn, x.Name); nw != nil && strings.EqualFold(nw.Class, c) {
				set = p.setLongLivedByNew
			}
			set(c, why("$"+x.Name))
			return
		}
	}
	if nw := p.libraryNew(fn, a); nw != nil && depth > 0 {
		for _, inner := range nw.Args {
			p.handedToServer(fn, inner, lib, f, line, depth-1)
		}
		for _, args := range libraryCallArgs(fn, a) {
			for _, inner := range args {
				p.handedToServer(fn, inner, lib, f, line, depth-1)
			}
		}
	}
}
