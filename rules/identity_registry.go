package rules

import (
	"fmt"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// Identity registries: a function that keeps a callable or object it is
// given in a process-lived store under a key made from the object's
// identity (spl_object_hash(), spl_object_id()), as hook and event
// registries do to tell listeners apart (WordPress's add_action() →
// WP_Hook::add_filter(), hand-written dispatchers). A callable written by
// name ('send_mail', 'Class::method') lands under the same key every
// time and replaces itself; a new Closure object, a first-class callable
// or [new Handler, 'run'] is a new object, so a new key, on every call.
// Handing one to such a registry per request grows it for the life of
// the process.

// identitySink says where a registration function keeps one of its
// parameters.
type identitySink struct {
	store string // the store, as PHP names it: "WP_Hook->callbacks"
	key   string // the store's leak key (see growthKey)
	via   string // how the key is made: "spl_object_hash() in _wp_filter_build_unique_id()"
	// this: the store is a property of the receiver, so it lives as long
	// as the object the call is made on
	this bool
}

type sinkKey struct {
	param
	depth int
}

type sinkMemo struct {
	s  identitySink
	ok bool
}

// identitySink reports whether parameter j of g ends up in a process-lived
// store (a global, a static, or a property of g's receiver) under a key
// made from its identity, in g or in what g hands it to.
func (r *resolver) identitySink(g *ir.Func, j int) (identitySink, bool) {
	return r.identitySinkDepth(g, j, 4)
}

func (r *resolver) identitySinkDepth(g *ir.Func, j, depth int) (identitySink, bool) {
	if g == nil || g.Abstract || j < 0 || j >= len(g.Params) || depth == 0 {
		return identitySink{}, false
	}
	k := sinkKey{param{g, j}, depth} // a shallower question may see less
	if m, ok := r.sinks[k]; ok {
		return m.s, m.ok
	}
	if r.sinks == nil {
		r.sinks = map[sinkKey]sinkMemo{}
	}
	r.sinks[k] = sinkMemo{} // recursion guard
	s, ok := r.findSink(g, j, depth)
	r.sinks[k] = sinkMemo{s, ok}
	return s, ok
}

func (r *resolver) findSink(g *ir.Func, j, depth int) (out identitySink, found bool) {
	name := g.Params[j].Name
	scope := analyzer.NewScope(g)
	analyzer.Inspect(g.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ir.Assign:
			if n.Op != "=" || !holdsVar(n.Src, name) {
				return true
			}
			place, dims, ok := scope.PlaceOf(n.Dst)
			if !ok || len(dims) == 0 || dims[0].Key == nil {
				return true
			}
			switch place.Kind {
			case analyzer.PlaceGlobal, analyzer.PlaceStatic, analyzer.PlaceStaticVar, analyzer.PlaceThisProp:
			default:
				return true
			}
			if via, ok := r.identityKey(g, dims[0].Key, name, depth); ok {
				store, key := place.String(), growthKey(g, place)
				if place.Kind == analyzer.PlaceThisProp {
					if g.Class == nil {
						return true
					}
					store = shortName(g.Class.Name) + "->" + place.Name
					key = analyzer.CrossRuleKey + "store:" + strings.ToLower(g.Class.Name) + "->" + place.Name
				}
				out, found = identitySink{store: store, key: key, via: via, this: place.Kind == analyzer.PlaceThisProp}, true
			}
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			args := callArgs(n.(ir.Expr))
			for a, arg := range args {
				if !isVarNamed(arg, name) {
					continue
				}
				t := r.implTarget(g, n)
				if mc, ok := n.(*ir.MethodCall); ok && t == nil {
					t = r.globalElemMethod(scope, mc)
				}
				if t == nil {
					return true
				}
				s, ok := r.identitySinkDepth(t, a, depth-1)
				if !ok {
					continue
				}
				if s.this {
					mc, isMethod := n.(*ir.MethodCall)
					switch {
					case isMethod && analyzer.IsThis(mc.Recv):
						// the store is this object's too
					case isMethod:
						held, ok := processHeld(scope, mc.Recv)
						if !ok {
							continue
						}
						s.store, s.this = s.store+" (kept in "+held+")", false
					default:
						continue // parent::add(): the caller's receiver, left aside
					}
				}
				out, found = s, true
				return false
			}
		}
		return true
	})
	return out, found
}

// processHeld reports whether a call's receiver is kept in a global or a
// static ($wp_filter[$hook]->add_filter(…), self::$bus->on(…)), and names
// that store.
func processHeld(scope *analyzer.Scope, recv ir.Expr) (string, bool) {
	place, _, ok := scope.PlaceOf(recv)
	if !ok {
		return "", false
	}
	switch place.Kind {
	case analyzer.PlaceGlobal:
		return "global $" + place.Name, true
	case analyzer.PlaceStatic, analyzer.PlaceStaticVar:
		return place.String(), true
	}
	return "", false
}

// holdsVar reports whether a stored value is the variable, or an array
// literal that holds it (['function' => $callback, 'args' => 1]).
func holdsVar(e ir.Expr, name string) bool {
	if isVarNamed(e, name) {
		return true
	}
	if a, ok := e.(*ir.Array); ok {
		for _, it := range a.Items {
			if !it.Unpack && isVarNamed(it.Value, name) {
				return true
			}
		}
	}
	return false
}

// identityKey reports whether a key is made from the identity of the
// object in variable name (the parameter, however g rewrites it:
// `$callback = [$callback, ”]` then spl_object_hash($callback[0])), and
// says how.
func (r *resolver) identityKey(g *ir.Func, k ir.Expr, name string, depth int) (string, bool) {
	switch k := k.(type) {
	case *ir.Call:
		switch fn := analyzer.CallName(k); fn {
		case "spl_object_hash", "spl_object_id":
			if len(k.Args) == 1 && mentionsVar(k.Args[0], name) {
				return fn + "()", true
			}
			return "", false
		}
	case *ir.Var:
		if src, ok := assignedOnce(g)[k.Name]; ok && k.Name != name {
			return r.identityKey(g, src, name, depth)
		}
		return "", false
	case *ir.Other:
		if k.Op == "." {
			for _, x := range k.Args {
				if via, ok := r.identityKey(g, x, name, depth); ok {
					return via, true
				}
			}
		}
		return "", false
	case *ir.Lit:
		return "", false
	}
	// a helper that builds the key: _wp_filter_build_unique_id($hook,
	// $callback, $priority)
	if depth <= 1 {
		return "", false
	}
	t := r.implTarget(g, k)
	if t == nil || t.Generator {
		return "", false
	}
	for i, arg := range callArgs(k) {
		if !isVarNamed(arg, name) || i >= len(t.Params) {
			continue
		}
		for _, ret := range returned(t) {
			if via, ok := r.identityKey(t, ret, t.Params[i].Name, depth-1); ok {
				return fmt.Sprintf("%s in %s()", via, funcName(t)), true
			}
		}
	}
	return "", false
}

// funcName names a function or method for a message.
func funcName(fn *ir.Func) string {
	if fn.Class != nil && fn.Kind == ir.FuncMethod {
		return shortName(fn.Class.Name) + "::" + fn.Name
	}
	return shortName(fn.Name)
}

// mentionsVar reports whether e reads the variable name anywhere.
func mentionsVar(e ir.Expr, name string) bool {
	found := false
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		if v, ok := n.(*ir.Var); ok && v.Name == name {
			found = true
		}
		return !found
	})
	return found
}

// freshObject reports whether an argument is an object made anew on
// every evaluation, which no later call can hand back: a closure or
// arrow function, a first-class callable, [new Handler, 'run'], new
// Handler, or a local that holds a closure written in fn.
func freshObject(fn *ir.Func, e ir.Expr) (what string, ok bool) {
	if what, ok := newClosure(e); ok {
		return what, true
	}
	switch e := e.(type) {
	case *ir.New:
		return "object", true
	case *ir.Array:
		if len(e.Items) == 2 && e.Items[0].Key == nil {
			if _, isNew := e.Items[0].Value.(*ir.New); isNew {
				return "object", true
			}
		}
	case *ir.Var:
		if localClosure(fn, e.Name) != nil {
			return "closure", true
		}
	}
	return "", false
}

// removesVar reports whether fn hands the variable to a call that
// removes or unregisters something (remove_action('init', $cb),
// $bus->off($cb)): the registration is taken back.
func removesVar(fn *ir.Func, e ir.Expr) bool {
	v, ok := e.(*ir.Var)
	if !ok {
		return false
	}
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		var name string
		switch c := n.(type) {
		case *ir.Call:
			name = c.Name
		case *ir.MethodCall:
			name = c.Name
		case *ir.StaticCall:
			name = c.Name
		default:
			return !found
		}
		name = strings.ToLower(shortName(name))
		if strings.Contains(name, "remove") || strings.Contains(name, "unregister") || listenerRemove[name] {
			for _, a := range callArgs(n.(ir.Expr)) {
				if isVarNamed(a, v.Name) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// identityRegistration reports call n of fn when it hands a new object
// (a closure, a first-class callable, [new H, 'm']) to a function that
// keeps it in a process-lived store under a key made from its identity
// (see identitySink): one more entry on every call. why says why the call
// runs per request ("" when unknown). Code of unknown phase counts, as
// it does for static and global growth, at medium confidence; code that
// runs only once does not.
func identityRegistration(pass *analyzer.Pass, r *resolver, prog *program, f *ir.File, fn *ir.Func, scope *analyzer.Scope, n analyzer.Node, stack []analyzer.Node, why string) {
	for i, arg := range callArgs(n.(ir.Expr)) {
		what, fresh := freshObject(fn, arg)
		if !fresh {
			continue
		}
		t := r.implTarget(fn, n)
		if mc, ok := n.(*ir.MethodCall); ok && t == nil {
			t = r.globalElemMethod(scope, mc)
		}
		if t == nil {
			return
		}
		s, ok := r.identitySink(t, i)
		if !ok {
			continue
		}
		if s.this {
			mc, isMethod := n.(*ir.MethodCall)
			if !isMethod {
				continue
			}
			held, ok := processHeld(scope, mc.Recv)
			if !ok {
				continue
			}
			s.store += " (kept in " + held + ")"
		}
		conf := analyzer.High
		when := "runs per request (" + why + ")"
		if why == "" {
			if fn.Kind == ir.FuncMain {
				return // a file's top level: loop-accumulation's business
			}
			if _, once := prog.onlyOnce(fn); once {
				return
			}
			conf, when = analyzer.Medium, "may run per request"
		}
		if removesVar(fn, arg) || runsOnceGuarded(fn, scope, stack, n, sharedFlagResets(pass), thisLong(pass, fn)) {
			return
		}
		callee := funcName(t) + "()"
		pass.Report(analyzer.Diagnostic{
			File: f, Pos: n.Span(),
			Message: fmt.Sprintf("%s keeps the %s made here in %s under a key made from its identity (%s), in code that %s: a new %s is a new key on every call, and nothing removes it, so the registry grows with every request or job.",
				callee, what, s.store, s.via, when, what),
			Fix:        "Register a named function or a method of a long-lived object once at boot (a name is the same key every time), or keep the " + what + " in a variable and remove it when the work is done.",
			Confidence: conf,
			LeakKey:    s.key,
			Trace: []analyzer.TraceStep{
				analyzer.Step(f, n.Span(), "a new %s is handed to %s, which keeps it in %s under %s", what, callee, s.store, s.via),
			},
		})
		return
	}
}

// implTarget is r.target, except that a function first declared as an
// empty stub resolves to its real declaration (see Index.FunctionImpl):
// the registry is in what the program runs.
func (r *resolver) implTarget(fn *ir.Func, n analyzer.Node) *ir.Func {
	if c, ok := n.(*ir.Call); ok && c.Name != "" {
		return r.ix.FunctionImpl(c.Name, c.Fallback)
	}
	return r.target(fn, n)
}

// globalElemMethod resolves a method called on an element of a global
// array ($wp_filter[$hook]->add_filter(…)) from the one class the project
// stores in its elements.
func (r *resolver) globalElemMethod(scope *analyzer.Scope, mc *ir.MethodCall) *ir.Func {
	place, dims, ok := scope.PlaceOf(mc.Recv)
	if !ok || place.Kind != analyzer.PlaceGlobal || len(dims) != 1 || mc.Name == "" {
		return nil
	}
	if class := r.globalElemClasses()[place.Name]; class != "" {
		return r.methodOn(class, mc.Name)
	}
	return nil
}

// globalElemClasses maps each global array whose elements the project
// writes only with `new C` of one class C ($wp_filter[$name] = new
// WP_Hook()) to C; computed in one walk of the project.
func (r *resolver) globalElemClasses() map[string]string {
	if r.globalElems != nil {
		return r.globalElems
	}
	r.globalElems = map[string]string{}
	seen := map[string]bool{}
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			scope := analyzer.NewScope(fn)
			analyzer.EachNode(fn, analyzer.KAssign, func(n analyzer.Node) bool {
				a := n.(*ir.Assign)
				d, ok := a.Dst.(*ir.Dim)
				if !ok {
					return true
				}
				place, dims, ok := scope.PlaceOf(d)
				if !ok || place.Kind != analyzer.PlaceGlobal || len(dims) != 1 {
					return true
				}
				class := ""
				if nw, ok := a.Src.(*ir.New); ok && a.Op == "=" {
					class = strings.ToLower(nw.Class)
				}
				switch prev, had := r.globalElems[place.Name]; {
				case seen[place.Name] && (!had || prev != class):
					delete(r.globalElems, place.Name)
				case !seen[place.Name] && class != "":
					r.globalElems[place.Name] = class
				}
				seen[place.Name] = true
				return true
			})
		}
	}
	return r.globalElems
}
