package rules

// Object flow the resolver follows beyond declared types: an interface
// with one implementation in the project, and objects kept in and read
// back from a static registry (Registry::set('log', new Log()) …
// Registry::get('log')).

import (
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// soleImplementation returns the one concrete project class that is or
// implements (or extends) class, "" when there is none or more than one
// (see analyzer.Index.SoleImplementation).
func (r *resolver) soleImplementation(class string) string {
	return r.ix.SoleImplementation(class)
}

// staticStore is an object of class the project puts in a static
// property or a global: the place itself (keyed false), or an element
// under key (nil for an append), key read in fn.
type staticStore struct {
	key   ir.Expr
	keyed bool
	once  bool // filled once: ??=, or behind an isset/null check
	fn    *ir.Func
	class string
	// this: an element of a property of $this (a container object's
	// $this->services[$id]), keyed by thisStoreKey; how long it lives is
	// its object's business, not a static's
	this bool
}

// thisStoreKey keys staticStores' entries for the elements of property
// prop of the objects of class.
func thisStoreKey(class, prop string) string {
	return "this " + strings.ToLower(class) + "::$" + prop
}

// staticStores lists, once, what the project stores in each static
// property and global (by analyzer.Place.Key): objects made in place
// (self::$services[$id] ??= new X(), also through match/?:/?? and array
// literals: $GLOBALS['container'] = [A::class => new A()]), and objects
// passed to a function that stores its parameter there
// (Registry::set('log', new RequestLog())). Elements of a property of
// $this are listed too, under thisStoreKey (a container object's
// set('log', new RequestLog()) storing $this->services[$id] = $service).
func (r *resolver) staticStores() map[string][]staticStore {
	if r.statics != nil {
		return r.statics
	}
	if !r.sitesReady {
		// asked while the calls are being indexed (typing a registry
		// lookup): the calls of the storing functions are looked up on
		// their own (see earlySites), so that the answer does not depend
		// on which files the index has reached; kept apart from the
		// answer once every call is known
		if r.staticsEarly == nil {
			// asked again while the early calls are looked up: nothing
			r.staticsEarly = map[string][]staticStore{}
			r.staticsEarly = r.buildStaticStores(r.earlySites)
		}
		return r.staticsEarly
	}
	r.statics = r.buildStaticStores(func(map[*ir.Func]bool) map[*ir.Func][]callSite {
		sites, _ := r.callSites()
		return sites
	})
	return r.statics
}

// earlySites finds the calls of fns before callSites has indexed every
// call: every call, new or first-class callable named as one of fns is
// resolved, in every file.
func (r *resolver) earlySites(fns map[*ir.Func]bool) map[*ir.Func][]callSite {
	names := map[string]bool{}
	for fn := range fns {
		names[strings.ToLower(shortName(fn.Name))] = true
	}
	out := map[*ir.Func][]callSite{}
	if len(names) == 0 {
		return out
	}
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			analyzer.EachNode(fn, analyzer.KCalls|analyzer.KNew, func(n analyzer.Node) bool {
				var name string
				var args []ir.Expr
				var recv ir.Expr
				switch c := n.(type) {
				case *ir.MethodCall:
					name, args, recv = c.Name, c.Args, c.Recv
				case *ir.StaticCall:
					name, args = c.Name, c.Args
				case *ir.Call:
					name, args = shortName(c.Name), c.Args
				case *ir.New:
					name, args = "__construct", c.Args
				}
				if name == "" || !names[strings.ToLower(name)] {
					return true
				}
				if t := r.target(fn, n); t != nil && fns[t] {
					out[t] = append(out[t], callSite{caller: fn, args: args, at: n.Span(), recv: recv, callable: firstClass(n.(ir.Expr))})
				}
				return true
			})
		}
	}
	return out
}

// buildStaticStores computes staticStores, with the calls of the
// functions that store a parameter (or make an object of a class they
// are given) from siteIndex.
func (r *resolver) buildStaticStores(siteIndex func(fns map[*ir.Func]bool) map[*ir.Func][]callSite) map[string][]staticStore {
	out := map[string][]staticStore{}
	type param struct {
		place    string
		keyed    bool
		keyParam int
		this     bool
		// table: an array parameter kept whole in a property
		// (__construct(private array $factories)): only the factories
		// an array literal argument holds are followed
		table bool
	}
	kept := map[*ir.Func]map[int]param{} // function -> parameter stored -> where
	// dynStore is a store of new $param() in fn, filled in from its callers
	type dynStore struct {
		fn                *ir.Func
		place             string
		param             int
		keyed, once, this bool
	}
	var dynamic []dynStore
	// madeBy is a store of what a factory kept in another element store
	// makes, under the same key: $this->shared[$id] =
	// ($this->factories[$id])($this)
	type madeBy struct {
		place, factories  string
		keyed, once, this bool
	}
	var made []madeBy
	var order []*ir.Func // the functions of kept, in the order found
	add := func(place string, st staticStore) { out[place] = append(out[place], st) }
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			if c := fn.ThisClass(); c != nil && strings.EqualFold(fn.Name, "__construct") {
				for i, prm := range fn.Params {
					if prm.Promoted && slices.ContainsFunc(prm.Types, func(t string) bool { return strings.EqualFold(t, "array") }) {
						if kept[fn] == nil {
							kept[fn] = map[int]param{}
							order = append(order, fn)
						}
						kept[fn][i] = param{place: thisStoreKey(c.Name, prm.Name), keyParam: -1, this: true, table: true}
					}
				}
			}
			var scope *analyzer.Scope
			analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, stack []analyzer.Node) bool {
				a, ok := n.(*ir.Assign)
				if !ok || a.ByRef || (a.Op != "=" && a.Op != "??=") {
					return true
				}
				// only objects made in place (also new $class), arrays of
				// them, or a parameter
				dyn, _ := a.Src.(*ir.New)
				if dyn != nil && dyn.ClassExpr == nil {
					dyn = nil
				}
				factory := factoryCall(a.Src)
				if _, isArr := a.Src.(*ir.Array); !isArr && dyn == nil && factory == nil && len(madeObjects(a.Src)) == 0 && paramIndex(fn, a.Src) < 0 {
					return true
				}
				if scope == nil {
					scope = analyzer.NewScope(fn)
				}
				place, dims, ok := scope.PlaceOf(a.Dst)
				if !ok || len(dims) > 1 {
					return true
				}
				k, this := place.Key(), false
				switch place.Kind {
				case analyzer.PlaceStatic, analyzer.PlaceGlobal:
				case analyzer.PlaceThisProp:
					// $this->services[$id] = $service: an element only
					if len(dims) != 1 || fn.ThisClass() == nil {
						return true
					}
					k, this = thisStoreKey(fn.ThisClass().Name, place.Name), true
				default:
					return true
				}
				var key ir.Expr
				if len(dims) == 1 {
					key = dims[0].Key
				}
				once := fillsOnce(a, stack, scope, place)
				if arr, isArr := a.Src.(*ir.Array); isArr && len(dims) == 0 {
					for _, it := range arr.Items {
						for _, nw := range madeObjects(it.Value) {
							add(k, staticStore{key: it.Key, keyed: true, once: once, fn: fn, class: nw})
						}
					}
					return true
				}
				for _, nw := range madeObjects(a.Src) {
					add(k, staticStore{key: key, keyed: len(dims) == 1, once: once, fn: fn, class: nw, this: this})
				}
				// $this->shared[$id] = ($this->factories[$id])($this): what
				// the factory kept under the same key makes
				if factory != nil && key != nil && sameExpr(factory.Key, key) {
					if fp, fdims, ok := scope.PlaceOf(factory); ok && len(fdims) == 1 && fp.Kind == place.Kind {
						fk := fp.Key()
						if this {
							fk = thisStoreKey(fn.ThisClass().Name, fp.Name)
						}
						made = append(made, madeBy{place: k, factories: fk, keyed: true, once: once, this: this})
					}
				}
				// self::$services[$id] ??= new $id(): the classes the callers
				// ask for, each under its own class string
				if dyn != nil {
					if i := paramIndex(fn, dyn.ClassExpr); i >= 0 {
						dynamic = append(dynamic, dynStore{fn: fn, place: k, param: i, keyed: len(dims) == 1, once: once, this: this})
					}
				}
				if i := paramIndex(fn, a.Src); i >= 0 {
					if kept[fn] == nil {
						kept[fn] = map[int]param{}
						order = append(order, fn)
					}
					kept[fn][i] = param{place: k, keyed: len(dims) == 1, keyParam: paramIndex(fn, key), this: this}
				}
				return true
			})
		}
	}
	need := map[*ir.Func]bool{}
	for _, d := range dynamic {
		need[d.fn] = true
	}
	for _, fn := range order {
		need[fn] = true
	}
	sites := siteIndex(need)
	factories := map[string][]staticStore{} // closures that make objects, by the place they are kept in
	for _, d := range dynamic {
		for _, s := range sites[d.fn] {
			if d.param >= len(s.args) {
				continue
			}
			for _, c := range r.classStringsOf(s.args[d.param]) {
				add(d.place, staticStore{key: s.args[d.param], keyed: d.keyed, once: d.once, fn: s.caller, class: c, this: d.this})
			}
		}
	}
	for _, fn := range order {
		for i := range fn.Params {
			p, ok := kept[fn][i]
			if !ok {
				continue
			}
			for _, s := range sites[fn] {
				if i >= len(s.args) {
					continue
				}
				// new Locator([Profiler::class => fn () => new Profiler()]):
				// the whole table of factories, each kept under its key
				if p.table {
					if arr, ok := s.args[i].(*ir.Array); ok {
						for _, it := range arr.Items {
							if cl, ok := it.Value.(*ir.Closure); ok && it.Key != nil {
								for _, nw := range returnedNews(cl.Func) {
									factories[p.place] = append(factories[p.place], staticStore{key: it.Key, keyed: true, fn: s.caller, class: nw.Class})
								}
							}
						}
					}
					continue
				}
				var key ir.Expr
				if p.keyParam >= 0 && p.keyParam < len(s.args) {
					key = s.args[p.keyParam]
				}
				for _, nw := range madeObjects(s.args[i]) {
					add(p.place, staticStore{key: key, keyed: p.keyed, fn: s.caller, class: nw, this: p.this})
				}
				// set(Profiler::class, fn () => new Profiler()): a factory,
				// kept under the key
				if cl, ok := s.args[i].(*ir.Closure); ok && p.keyed {
					for _, nw := range returnedNews(cl.Func) {
						factories[p.place] = append(factories[p.place], staticStore{key: key, keyed: true, fn: s.caller, class: nw.Class})
					}
				}

			}
		}
	}
	for _, m := range made {
		for _, f := range factories[m.factories] {
			add(m.place, staticStore{key: f.key, keyed: m.keyed, once: m.once, fn: f.fn, class: f.class, this: m.this})
		}
	}
	return out
}

// factoryCall is the element store a call's callee is read from:
// ($this->factories[$id])($this), self::$makers[$name](); nil for other
// calls.
func factoryCall(e ir.Expr) *ir.Dim {
	c, ok := e.(*ir.Call)
	if !ok {
		return nil
	}
	d, _ := c.Callee.(*ir.Dim)
	return d
}

// madeObjects lists the classes of the objects an expression's value may
// be made as: new X(), or one of the arms of a match, ?: or ??.
func madeObjects(e ir.Expr) []string {
	switch x := e.(type) {
	case *ir.New:
		if x.Class != "" {
			return []string{x.Class}
		}
	case *ir.Other:
		args := x.Args
		switch x.Op {
		case "match":
			if len(args) > 0 {
				args = args[1:]
			}
		case "?:":
			if len(args) == 3 {
				args = args[1:]
			}
		case "??":
		default:
			return nil
		}
		var out []string
		for _, a := range args {
			out = append(out, madeObjects(a)...)
		}
		return out
	}
	return nil
}

// services lists the objects the project keeps as services in a static
// property or a global: elements under a key from a fixed set (a
// container's ids, a registry's names). Objects stored under a
// per-request key are what a growing cache holds, not services.
func (r *resolver) services() []staticStore {
	var out []staticStore
	stores := r.staticStores()
	props := make([]string, 0, len(stores))
	for p := range stores {
		props = append(props, p)
	}
	sort.Strings(props)
	for _, p := range props {
		for _, s := range stores[p] {
			// the place itself is a singleton (worker_model.go) or a
			// global the code replaces; a registry keys its services
			// (one in an object lives as long as the object)
			if !s.this && s.keyed && s.key != nil && r.valueBounded(s.fn, s.key) {
				out = append(out, s)
			}
		}
	}
	return out
}

// registryClass types the object a registry lookup returns: a call of a
// function that returns Class::$p[$key] or, in a container object,
// $this->p[$key] (alone or with a ?? default) gives what the project
// stores there under the key the call passes (see storedClass). A helper
// that hands its key on to such a lookup (function app(string $id) {
// return Container::getInstance()->get($id); }) is followed, a few calls
// deep.
func (r *resolver) registryClass(call ir.Expr, callee *ir.Func) string {
	return r.registryClassOf(callArgs(call), callee, 2)
}

// registryClassOf is registryClass for a call passing args, following
// depth forwarding calls.
func (r *resolver) registryClassOf(args []ir.Expr, callee *ir.Func, depth int) string {
	rets := returned(callee)
	if len(rets) != 1 {
		return ""
	}
	ret := rets[0]
	if o, ok := ret.(*ir.Other); ok && o.Op == "??" && len(o.Args) > 0 {
		ret = o.Args[0]
	}
	// return self::$services[$id] ??= new $id(): a container making the
	// class it is asked for
	if a, ok := ret.(*ir.Assign); ok {
		if c := r.classFromArg(callee, a.Src, args); c != "" {
			return c
		}
		ret = a.Dst
	}
	if c := r.classFromArg(callee, ret, args); c != "" {
		return c // return new $class()
	}
	switch ret.(type) {
	case *ir.Call, *ir.MethodCall, *ir.StaticCall:
		// return Container::getInstance()->get($id): the key handed on
		t := r.target(callee, ret)
		if t == nil || t == callee || depth == 0 {
			return ""
		}
		inner := slices.Clone(callArgs(ret))
		for j, a := range inner {
			if i := paramIndex(callee, a); i >= 0 {
				inner[j] = nil
				if i < len(args) {
					inner[j] = args[i]
				}
			}
		}
		return r.registryClassOf(inner, t, depth-1)
	}
	d, ok := ret.(*ir.Dim)
	if !ok {
		return ""
	}
	key := d.Key
	if i := paramIndex(callee, d.Key); i >= 0 {
		key = nil
		if i < len(args) {
			key = args[i]
		}
	}
	return r.storedClass(callee, d, key)
}

// classFromArg is the class of `new $param(…)` in callee when the call
// passes a class string for that parameter (X::class, 'App\X'); "" for
// anything else.
func (r *resolver) classFromArg(callee *ir.Func, e ir.Expr, args []ir.Expr) string {
	nw, ok := e.(*ir.New)
	if !ok || nw.ClassExpr == nil {
		return ""
	}
	i := paramIndex(callee, nw.ClassExpr)
	if i < 0 || i >= len(args) {
		return ""
	}
	if cs := r.classStringsOf(args[i]); len(cs) == 1 {
		return cs[0]
	}
	return ""
}

// classStringsOf lists the project classes e names as a class string
// (X::class, 'App\X', either arm of ?: or ??); nil when e is anything
// else.
func (r *resolver) classStringsOf(e ir.Expr) []string {
	switch e := e.(type) {
	case *ir.ClassConst:
		if e.Name == "class" && r.ix.Class(e.Class) != nil {
			return []string{r.ix.Class(e.Class).Name}
		}
	case *ir.Lit:
		if e.Kind == ir.LitString && classLike(e.Value) {
			if c := r.ix.Class(strings.TrimPrefix(e.Value, `\`)); c != nil {
				return []string{c.Name}
			}
		}
	case *ir.Other:
		if e.Op != "??" && e.Op != "?:" {
			return nil
		}
		args := e.Args
		if e.Op == "?:" && len(args) == 3 {
			args = args[1:]
		}
		var out []string
		for _, a := range args {
			cs := r.classStringsOf(a)
			if cs == nil {
				return nil
			}
			out = append(out, cs...)
		}
		return out
	}
	return nil
}

// storedClass types an element read from a static property, a global or
// a property of $this (Class::$p[KEY], $GLOBALS['container'][KEY],
// $this->services[KEY]) by what the project stores there: the objects
// stored under the same constant key, or, when keys cannot tell, the one
// class stored there at all.
func (r *resolver) storedClass(fn *ir.Func, d *ir.Dim, key ir.Expr) string {
	place, dims, ok := analyzer.NewScope(fn).PlaceOf(d)
	if !ok || len(dims) != 1 {
		return ""
	}
	k := place.Key()
	switch place.Kind {
	case analyzer.PlaceStatic, analyzer.PlaceGlobal:
	case analyzer.PlaceThisProp:
		if fn.ThisClass() == nil {
			return ""
		}
		k = thisStoreKey(fn.ThisClass().Name, place.Name)
	default:
		return ""
	}
	classes := map[string]bool{}
	for _, s := range r.staticStores()[k] {
		if !s.keyed {
			continue
		}
		if key != nil && s.key != nil && analyzer.IsConstant(key) && analyzer.IsConstant(s.key) && !sameExpr(key, s.key) && !sameClassConst(key, s.key) {
			continue
		}
		classes[s.class] = true
	}
	if len(classes) != 1 {
		return ""
	}
	for c := range classes {
		return c
	}
	return ""
}

// sameClassConst reports whether two expressions are the same class
// constant (Foo::class, Foo::BAR).
func sameClassConst(a, b ir.Expr) bool {
	x, ok1 := a.(*ir.ClassConst)
	y, ok2 := b.(*ir.ClassConst)
	return ok1 && ok2 && strings.EqualFold(x.Class, y.Class) && x.Name == y.Name
}

// accessor is what a function hands back when it always returns the
// object kept in one static or $this property (see accessorPlace).
type accessor struct {
	place analyzer.Place
	ok    bool
}

// accessorPlace resolves the receiver of a method call made on what an
// accessor returns — self::leases()->attach($h), $this->queue()->push($j),
// or a local assigned once from such a call — to the property the
// accessor hands out: a method or function whose every return is one
// static property (self::$leases, or the lazy self::$leases ??= new
// SplObjectStorage()), or, for a method of $this, one property of $this.
// The object is shared, so what the call adds to or takes from it
// changes that property. Computed once per accessor.
func (r *resolver) accessorPlace(fn *ir.Func, e ir.Expr) (analyzer.Place, bool) {
	// $leases = self::leases(); $leases->detach($h)
	if v, ok := e.(*ir.Var); ok {
		if p, _, ok := analyzer.NewScope(fn).PlaceOf(v); !ok || p.Kind != analyzer.PlaceLocal {
			return analyzer.Place{}, false
		}
		if e = localSource(fn, v); e == ir.Expr(v) {
			return analyzer.Place{}, false
		}
	}
	onThis := false
	switch c := e.(type) {
	case *ir.StaticCall, *ir.Call:
	case *ir.MethodCall:
		onThis = analyzer.IsThis(c.Recv)
		if !onThis {
			return analyzer.Place{}, false
		}
	default:
		return analyzer.Place{}, false
	}
	t := r.target(fn, e)
	if t == nil || t.Abstract || t.Generator {
		return analyzer.Place{}, false
	}
	if a, ok := r.accessors[t]; ok {
		return a.place, a.ok && (onThis || a.place.Kind == analyzer.PlaceStatic)
	}
	if r.accessors == nil {
		r.accessors = map[*ir.Func]accessor{}
	}
	var a accessor
	rets := returned(t)
	for i, x := range rets {
		if as, ok := x.(*ir.Assign); ok && (as.Op == "=" || as.Op == "??=") {
			x = as.Dst
		}
		var p analyzer.Place
		switch x := x.(type) {
		case *ir.StaticProp:
			if x.Class == "" || x.Name == "" {
				break
			}
			p = analyzer.Place{Kind: analyzer.PlaceStatic, Class: x.Class, Name: x.Name}
		case *ir.Prop:
			if analyzer.IsThis(x.Obj) && x.Name != "" && t.Kind == ir.FuncMethod && !t.Static {
				p = analyzer.Place{Kind: analyzer.PlaceThisProp, Name: x.Name}
			}
		}
		if p.Kind == analyzer.PlaceNone || i > 0 && p.Key() != a.place.Key() {
			a = accessor{}
			break
		}
		a = accessor{place: p, ok: true}
	}
	r.accessors[t] = a
	return a.place, a.ok && (onThis || a.place.Kind == analyzer.PlaceStatic)
}

// propConcrete lists the classes of the objects the project puts into
// property prop of class: what every `new` of the class passes for the
// constructor parameter that fills it, and what `$this->prop = …` is
// given elsewhere. It answers only when every one of them is a concrete
// class of the project (nil otherwise), so that a call on the property
// can run their methods. Computed once per property.
func (r *resolver) propConcrete(class, prop string) []string {
	// (met again while deciding: unknown)
	return memoized(&r.concrete, strings.ToLower(class)+"::"+prop, nil, func() []string {
		return r.findPropConcrete(class, prop)
	})
}

func (r *resolver) findPropConcrete(class, prop string) []string {
	var out []string
	add := func(c string) bool {
		rc := r.ix.Class(c)
		if rc == nil || rc.Kind != ir.KindClass || rc.Abstract {
			return false
		}
		if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, rc.Name) }) {
			out = append(out, rc.Name)
		}
		return true
	}
	ctor := r.ix.Method(class, "__construct")
	fromParam := map[string]bool{}
	if ctor != nil {
		sites, _ := r.callSites()
		kept := r.storedParams(ctor)
		for _, i := range slices.Sorted(maps.Keys(kept)) {
			if kept[i] != prop {
				continue
			}
			fromParam[ctor.Params[i].Name] = true
			if len(sites[ctor]) == 0 {
				return nil
			}
			for _, s := range sites[ctor] {
				if i >= len(s.args) {
					return nil
				}
				if forwardsOwnProp(s, s.args[i], class, prop) {
					continue // new self($rest, $this->last): a value another call gave
				}
				for _, c := range r.classChoices(s.caller, s.args[i], 2) {
					if !add(c) {
						return nil
					}
				}
			}
		}
	}
	for _, w := range r.thisWrites(class, prop) {
		if v, isVar := w.src.(*ir.Var); isVar && w.fn == ctor && fromParam[v.Name] {
			continue // the constructor's parameter: its callers decided
		}
		if !w.simple || w.src == nil || !add(r.classOf(w.fn, w.src)) {
			return nil
		}
	}
	if len(out) == 0 {
		return nil
	}
	return out
}

// forwardsOwnProp reports whether arg, given at call site s of the
// constructor of class, is the object's own property prop:
// $this->prop, read in a method of class itself (new self($rest,
// $this->last), a pipeline making its next stage). The property of the
// new object then holds a value some other construction gave: it adds
// no class of its own.
func forwardsOwnProp(s callSite, arg ir.Expr, class, prop string) bool {
	c := s.caller.ThisClass()
	pr, ok := arg.(*ir.Prop)
	return ok && c != nil && strings.EqualFold(c.Name, class) && analyzer.IsThis(pr.Obj) && pr.Name == prop
}

// invokersOf lists the methods of class (and its relatives) that call
// something read out of property prop of $this: ($this->routes[$k])($r),
// foreach ($this->listeners[$e] as $l) { $l($event); },
// call_user_func($this->handler, …). Computed once per property.
func (r *resolver) invokersOf(class, prop string) []*ir.Func {
	return memoized(&r.invokers, strings.ToLower(class)+"::"+prop, nil, func() []*ir.Func {
		return r.findInvokers(class, prop)
	})
}

func (r *resolver) findInvokers(class, prop string) []*ir.Func {
	var out []*ir.Func
	fromProp := func(e ir.Expr) bool {
		found := false
		analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
			if pr, ok := n.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && pr.Name == prop {
				found = true
			}
			return !found
		})
		return found
	}
	seen := map[*ir.Func]bool{}
	for _, c := range r.ix.Lineage(class) {
		for _, m := range c.Methods {
			if seen[m] {
				continue
			}
			// locals that hold what the property holds
			held := map[string]bool{}
			analyzer.InspectFunc(m, analyzer.KAssign|analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Assign:
					if v, ok := n.Dst.(*ir.Var); ok && fromProp(n.Src) {
						held[v.Name] = true
					}
				case *ir.Loop:
					if n.Kind == ir.LoopForeach && n.Iter != nil && (fromProp(n.Iter) || held[analyzer.RootVar(n.Iter)]) {
						if v, ok := n.Value.(*ir.Var); ok {
							held[v.Name] = true
						}
						// foreach ($this->routes as [$verb, $pattern,
						// $handler]): each variable the list gives holds
						// part of an element
						if l, ok := n.Value.(*ir.Array); ok {
							for _, v := range listVars(l) {
								held[v] = true
							}
						}
					}
				}
				return true
			})
			calls := false
			analyzer.InspectFunc(m, analyzer.KCall, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Call:
					callee := n.Callee
					if name := analyzer.CallName(n); (name == "call_user_func" || name == "call_user_func_array") && len(n.Args) > 0 {
						callee = n.Args[0]
					}
					if callee != nil && (fromProp(callee) || held[analyzer.RootVar(callee)]) {
						calls = true
					}
				}
				return !calls
			})
			if calls {
				seen[m] = true
				out = append(out, m)
			}
		}
	}
	return out
}

// returnsFresh reports whether every return of method m hands back an
// object made in it: new, clone (withName() returning a changed copy of
// $this, PSR-7's with*()), or a local assigned one of those.
func (r *resolver) returnsFresh(m *ir.Func) bool {
	if m == nil || m.Generator {
		return false
	}
	return memoized(&r.fresh, m, false, func() bool {
		rets := returned(m)
		for _, x := range rets {
			if !r.freshObject(m, x) {
				return false
			}
		}
		return len(rets) > 0
	})
}

// freshObject reports whether e, in fn, is an object made there: new X,
// clone $y, what a method returning a fresh object returns
// ($base->withName('http')), or a local assigned once from one of those.
func (r *resolver) freshObject(fn *ir.Func, e ir.Expr) bool {
	if v, ok := e.(*ir.Var); ok && v.Name != "this" {
		e = localSource(fn, v)
		if e == ir.Expr(v) {
			e = reachingSource(fn, v)
		}
	}
	switch e := e.(type) {
	case *ir.New:
		return true
	case *ir.Other:
		return e.Op == "clone"
	case *ir.MethodCall:
		t := r.target(fn, e)
		if (t == nil || t.Abstract) && e.Name != "" {
			// $request->withAttribute(…) on a PSR-7 message, whose code
			// is the library's: a clone every time
			if c := r.classOf(fn, e.Recv); c != "" && builtins.CopyingWither(c, e.Name) {
				return true
			}
		}
		return r.returnsFresh(t)
	case *ir.StaticCall, *ir.Call:
		return r.returnsFresh(r.target(fn, e))
	}
	return false
}

// reachingSource is what local v holds where it is read, when fn assigns
// it only in statements of its own body, outside any branch or loop
// ($form = $this->prototype; … $form = clone $form; … return $form;):
// the last such assignment before the read. v itself otherwise.
func reachingSource(fn *ir.Func, v *ir.Var) ir.Expr {
	var src ir.Expr = v
	nested := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && analyzer.RootVar(a.Dst) == v.Name {
			_, whole := a.Dst.(*ir.Var)
			top := len(stack) == 1 // right under the statement
			if _, ok := stack[0].(*ir.ExprStmt); !ok || !top || !whole || a.Op != "=" || a.ByRef {
				nested = true
			} else if endsBefore(a.P, v.P) {
				src = a.Src
			}
		}
		return !nested
	})
	if nested {
		return v
	}
	return src
}

// endsBefore reports whether the code at a ends before b starts.
func endsBefore(a, b ir.Pos) bool {
	return a.EndLine < b.Line || a.EndLine == b.Line && a.EndCol <= b.Col
}

// thisWrites lists the writes `$this->prop = …` (or to its elements)
// made by methods of class or of a class related to it (a parent's, a
// subclass's): what the project gives the property of its objects.
func (r *resolver) thisWrites(class, prop string) []propWrite {
	if !r.sitesReady {
		return r.findThisWrites(class, prop) // the writes indexed so far: not kept
	}
	return memoized(&r.thisWriteMemo, [2]string{class, prop}, nil, func() []propWrite { return r.findThisWrites(class, prop) })
}

// findThisWrites is thisWrites, looked up anew: every write of a
// property named prop is checked against the class, and a run over much
// code asks for the same ones again and again (each closure kept in a
// property of $this).
func (r *resolver) findThisWrites(class, prop string) []propWrite {
	var out []propWrite
	for _, w := range r.propWriteIndex()[prop] {
		c := w.fn.ThisClass()
		if !analyzer.IsThis(w.obj) {
			c = ownNew(w.fn, w.obj)
			if c == nil {
				c = r.ownInstance(w.fn, w.obj)
			}
		}
		if c != nil && (r.ix.Implements(c.Name, class) || r.ix.Implements(class, c.Name)) {
			out = append(out, w)
		}
	}
	return out
}

// ownInstance is fn's class when obj, in a method of that class, is the
// instance the class keeps in one of its own static properties and hands
// out through an accessor (self::get()->readers[] = $cb, or $loop =
// self::get(); $loop->timers[] = $t, with get() returning self::$instance
// ??= new self()): the write changes the property of that object, the
// one its methods see as $this. nil otherwise.
func (r *resolver) ownInstance(fn *ir.Func, obj ir.Expr) *ir.Class {
	if fn.Kind != ir.FuncMethod || fn.Class == nil {
		return nil
	}
	switch obj.(type) {
	case *ir.StaticCall, *ir.Var:
	default:
		return nil
	}
	place, ok := r.accessorPlace(fn, obj)
	if !ok || place.Kind != analyzer.PlaceStatic {
		return nil
	}
	switch strings.ToLower(strings.TrimPrefix(place.Class, `\`)) {
	case "self", "static", strings.ToLower(fn.Class.Name):
	default:
		return nil
	}
	if decl := r.ix.Property(fn.Class.Name, place.Name); decl == nil || !decl.Static {
		return nil
	}
	if c := r.classOf(fn, obj); c == "" || !r.ix.Implements(c, fn.Class.Name) {
		return nil
	}
	return fn.Class
}

// ownNew is fn's class when obj is a local that fn, a static method of
// that class, fills with a new object of it: a named constructor
// ($app = new self(); $app->services[…] = …; return $app) writes the
// object's properties as its constructor would. nil otherwise.
func ownNew(fn *ir.Func, obj ir.Expr) *ir.Class {
	v, ok := obj.(*ir.Var)
	if !ok || fn.Kind != ir.FuncMethod || !fn.Static || fn.Class == nil {
		return nil
	}
	nw, ok := assignedOnce(fn)[v.Name].(*ir.New)
	if !ok || nw.Class == "" {
		return nil
	}
	switch strings.ToLower(nw.Class) {
	case "self", "static", strings.ToLower(fn.Class.Name):
		return fn.Class
	}
	return nil
}

// freshProp reports whether property prop of class only ever holds
// objects made for it: every write gives it a fresh object (see
// freshObject).
func (r *resolver) freshProp(class, prop string) bool {
	ws := r.thisWrites(class, prop)
	for _, w := range ws {
		if !w.simple || w.src == nil || !r.freshObject(w.fn, w.src) {
			return false
		}
	}
	return len(ws) > 0
}

// paramConcrete lists the classes of the objects every call of fn passes
// for parameter i, when each is an object made at the call (new X) or a
// variable of a known project class; nil when any is unknown or no call
// is known. Computed once per parameter.
func (r *resolver) paramConcrete(fn *ir.Func, i int) []string {
	return memoized(&r.paramClasses, param{fn, i}, nil, func() []string {
		return r.siteClasses(fn, i, func(caller *ir.Func, arg ir.Expr) []string {
			c := r.classOf(caller, arg)
			if rc := r.ix.Class(c); rc == nil || rc.Kind != ir.KindClass {
				return nil
			}
			return []string{c}
		})
	})
}

// classChoices lists the classes e may be an object of, in fn: the arms
// of a choice ($debug ? new QueryCollector() : new NullProfiler(), or
// ??), through a local assigned once, or else the one class classOf
// gives ("" when unknown).
func (r *resolver) classChoices(fn *ir.Func, e ir.Expr, depth int) []string {
	if v, ok := e.(*ir.Var); ok && v.Name != "this" && depth > 0 {
		if src := localSource(fn, v); src != e {
			return r.classChoices(fn, src, depth-1)
		}
	}
	if o, ok := e.(*ir.Other); ok && depth > 0 && (o.Op == "?:" && len(o.Args) == 3 || o.Op == "??" && len(o.Args) == 2) {
		var out []string
		for _, a := range o.Args[len(o.Args)-2:] {
			out = append(out, r.classChoices(fn, a, depth-1)...)
		}
		return out
	}
	return []string{r.classOf(fn, e)}
}

// listVars lists the variables a list() or [...] destructuring target
// assigns, nested lists included.
func listVars(l *ir.Array) []string {
	var out []string
	for _, it := range l.Items {
		switch v := it.Value.(type) {
		case *ir.Var:
			out = append(out, v.Name)
		case *ir.Array:
			out = append(out, listVars(v)...)
		}
	}
	return out
}
