package rules

import (
	"maps"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// resolver answers the interprocedural questions rules share: the class of
// an expression, the target of a call, and which parameters a method keeps
// (stores into its object). Answers are cached for one pass.
type resolver struct {
	drained             map[string]bool // static queues of callables the project drains (see drainedQueue)
	ix                  *analyzer.Index
	keysOfStore         map[storeKeyVar]bool         // see keyInStore
	removed             map[removedKey]bool          // see removedInFunc
	ownRemovals         map[removedKey]ownRemovals   // see removalAfterNext
	stages              map[*ir.Func][]analyzer.Node // see nextStages
	returnMemo          map[*ir.Func][]*ir.Return    // see returns
	taken               map[removedKey][]valueTaken  // see takenByValue
	stores              map[*ir.Func]map[int]string
	storeEnds           map[*ir.Func]map[int][]string // see storedEnds
	active              map[*ir.Func]bool
	sites               map[*ir.Func][]callSite
	unresolved          map[string]bool
	unresolvedBy        map[string][]*ir.Func // the functions making each unresolved call
	propTypes           map[string]string     // "class\x00prop" -> class, for propClass
	outsideNews         []outsideNew          // see outsideProps; nil until asked
	bound               map[string]string     // container names -> classes, see bindings
	flows               map[*ir.Func]*calleeFlow
	retRate             map[*ir.Func]analyzer.Confidence // returnRate, once per function
	accessors           map[*ir.Func]accessor            // see accessorPlace
	propFixed           map[string]bool                  // propBounded, once per class::property
	paramElems          map[param]analyzer.Confidence    // paramElemsRate, once per parameter
	concrete            map[string][]string              // propConcrete, once per class::property
	invokers            map[string][]*ir.Func            // invokersOf, once per class::property
	propRates           map[string]analyzer.Confidence   // propRate, once per class::property
	fresh               map[*ir.Func]bool                // returnsFresh, once per method
	paramClasses        map[param][]string               // paramConcrete, once per parameter
	callableCalls       []fnCall                         // method calls given a callable, noted by callSites
	propWrites          map[string][]propWrite           // see propWriteIndex
	retFixed            map[*ir.Func]bool                // returnsBounded, once per function
	paramRates          map[param]analyzer.Confidence    // paramRate, once per parameter
	longParams          map[param]bool                   // mayBeLongLived, once per parameter
	paramFixed          map[param]bool                   // paramBounded, once per parameter
	localRates          map[local]analyzer.Confidence    // localRate, once per variable
	localFixed          map[local][2]bool                // localBounded, once per variable
	guards              map[*ir.Func][]listGuard         // checkedAgainstList, once per function
	elemRates           map[elemKey]analyzer.Confidence  // elemRate, once per variable and key
	elemFixed           map[elemKey]elemFix              // elemBounded, once per variable and key
	elemPending         []elemKey                        // elemFix: the answers being found, outermost first
	elemCycles          []elemKey                        // elemFix: pending answers met again (a recursion)
	counters            map[string]counterInfo           // counter, once per property
	elems               map[string]string                // elemClass, once per property
	globalNames         map[*ir.Func]map[string]bool     // declaresGlobal, once per function
	typing              map[local]bool                   // locals localClass is typing (recursion guard)
	digesting           map[local]bool                   // locals digestAssigned is deciding (recursion guard)
	makingChecked       map[local]bool                   // locals madeOfChecked is deciding (recursion guard)
	comparing           map[ir.Expr]bool                 // values fixedMembership is deciding (recursion guard)
	localClasses        map[local]string                 // localClass, once per variable
	registries          map[string]bool                  // bootRegistry, once per property
	sinks               map[sinkKey]sinkMemo             // identitySink, once per parameter and depth
	globalElems         map[string]string                // globalElemClasses, once per run
	retKeeps            map[*ir.Func]map[int]string      // returnKeeps, once per method
	timersCancelled     map[string]bool                  // cancelsTimers, once per class
	loopTimersCancelled *bool                            // cancelsLoopTimers, once
	// classStrings and madeByName: the project classes code names by a
	// class string, and those it makes with new C(); filled by callSites
	classStrings, madeByName map[string]bool
	// sharedIDs: the project classes whose class string names a shared
	// binding (singleton(X::class, …), instance(X::class, $x)); idOnly:
	// those whose every class string is such an id or the id a lookup
	// asks for (make(X::class), get(X::class)); filled by callSites
	sharedIDs, idOnly map[string]bool
	drainable         int8 // makesDrainable: 0 not known yet, 1 yes, -1 no
	// newStatic: the classes whose methods make `new static`; filled by
	// callSites
	newStatic map[string]bool
	// callableNames: the string literals that can name a function or
	// method (after any Class:: prefix), lower-cased: what code may call
	// by name
	callableNames map[string]bool
	// untyped: the method names called on receivers of unknown class,
	// with the calls; virtual: calls on a known class that only its
	// subclasses answer; both filled by callSites
	untyped map[string][]untypedCall
	invoked map[*ir.Func]map[int]bool // invokedParams, once per function
	// syncSites: the calls of project functions that invoke a callable
	// they are given (see invokedParams); filled by callSites
	syncSites []syncCall
	forwards  map[string]string // forwardedClass, once per class
	virtual   []virtualCall
	// perRequest says whether the worker model runs a function per
	// request; nil until the model is built
	perRequest func(*ir.Func) bool
	// entryPayload reports whether parameter i of fn is what the
	// framework hands a per-request entry it calls (onMessage's $data),
	// set by the worker model
	entryPayload func(fn *ir.Func, i int) bool
	// servedByLibrary names the library worker that serves requests to
	// fn, which catches what fn throws ("" for none), set by the worker
	// model
	servedByLibrary func(fn *ir.Func) string
	// sitePerRequest says whether a call site runs per request: in a
	// per-request function, and for a file's top level, inside its
	// worker loop; nil before the worker model exists.
	sitePerRequest func(callSite) bool
	// siteOnce says whether a call site runs only once: in a function
	// the model runs once, or at a file's top level before its worker
	// loop; nil before the worker model exists.
	siteOnce func(callSite) bool
	// dispatched: the calls of each function, through parents and
	// interfaces too (see program.dispatch); nil before the model
	dispatched map[*ir.Func][]callSite
	owners     []ownerParam             // ownerParams, once
	statics    map[string][]staticStore // staticStores, once
	// staticsEarly: staticStores asked before the calls are indexed
	staticsEarly map[string][]staticStore
	locators     map[string][]string // locatorIDs, once
	// locatorDecls: the services locators hand out by id, as service
	// definitions declare them (see analyzer.Declaration)
	locatorDecls []analyzer.Declaration
	// fedBy: the closures written as the callback of a PHP function
	// that calls them with the elements of an array argument
	// (array_map, array_filter, usort), with what feeds each parameter
	// (nil: not told); filled by callSites
	fedBy map[*ir.Func]callSite
	// sitesReady: callSites has indexed every call
	sitesReady     bool
	invokedClasses map[param]string          // invokedClass, once per parameter
	thisWriteMemo  map[[2]string][]propWrite // thisWrites, once per class and property
	takenMemo      map[[2]string]string      // takenClass, once per class and property
	// attrWrites: the values the project stores under each request
	// attribute name (withAttribute('_route', $name)), "" for those
	// stored under a computed name; filled by callSites
	attrWrites map[string][]attrWrite
	attrFixed  map[string]bool // attributeBounded, once per name
	// runsOnce says whether the worker model runs a function only once
	// (boot, one-shot); nil until the model is built
	runsOnce func(*ir.Func) bool
	// longLived says whether the worker model keeps objects of a class
	// for the life of the process; nil until the model is built
	longLived  func(class string) bool
	filledOnce map[string]bool // bootFilled, once per property
	// throwsPerRequest: see requestCodeThrows (nil: not found yet)
	throwsPerRequest *bool
	// growths: growthOf, once per function (see growthsIn);
	// findingGrowths: they are being found
	growths        map[*ir.Func]map[analyzer.Node]growth
	findingGrowths bool
}

// calleeFlow is what a method hands back or links, for the cycles made
// in a callee (see circular_reference.go); computed once per method.
type calleeFlow struct {
	news        []*ir.New      // return new C(...)
	thisClosure bool           // returns a closure over $this
	thisOn      map[int]string // stores $this on parameter i, in that property
	getter      string         // returns $this->getter and nothing else
	// returns a local object it made and gave $this (under -1) or a
	// parameter (under its index) to, in that property ($p = new
	// Paginator(); $p->setQuery($this); return $p;)
	keptInReturned map[int]string
	// argOn: stores one argument on another ($lines->add($line, $owner)
	// calling $line->assignTo($owner))
	argOn []argStore
	// captured: the parameters (by index, with their names) that every
	// closure it returns captures by value (return static function ()
	// use ($proxy) { … })
	captured map[int]string
}

// argStore is a store of parameter held, in property prop of the object
// parameter holder refers to.
type argStore struct {
	holder, held int
	prop         string
}

// flow returns m's calleeFlow; nil for a nil m.
func (r *resolver) flow(m *ir.Func) *calleeFlow {
	if m == nil {
		return nil
	}
	if f, ok := r.flows[m]; ok {
		return f
	}
	if r.flows == nil {
		r.flows = map[*ir.Func]*calleeFlow{}
	}
	f := &calleeFlow{news: returnedNews(m), thisClosure: returnsThisClosure(m), thisOn: thisStoredOn(m), getter: returnedProp(m)}
	r.flows[m] = f
	f.keptInReturned = r.keptInReturned(m)
	f.argOn = r.argsStoredOn(m)
	f.captured = returnedCaptures(m)
	return f
}

// returnedProp is the property of $this a method returns when every
// return hands back $this->p (a getter: return $this->promise;), "" else.
func returnedProp(m *ir.Func) string {
	if m.Static {
		return ""
	}
	prop := ""
	if !everyReturn(m, func(x ir.Expr) bool {
		p, ok := x.(*ir.Prop)
		if !ok || !analyzer.IsThis(p.Obj) || p.Name == "" || prop != "" && prop != p.Name {
			return false
		}
		prop = p.Name
		return true
	}) {
		return ""
	}
	return prop
}

// memoized returns what f answers for k, asking f once: the answer is
// kept in *memo (made on first use). While f runs, a question for k
// again (recursion) gets pending.
func memoized[K comparable, V any](memo *map[K]V, k K, pending V, f func() V) V {
	if v, ok := (*memo)[k]; ok {
		return v
	}
	if *memo == nil {
		*memo = map[K]V{}
	}
	(*memo)[k] = pending
	v := f()
	(*memo)[k] = v
	return v
}

func newResolver(ix *analyzer.Index) *resolver {
	return &resolver{ix: ix, stores: map[*ir.Func]map[int]string{}, storeEnds: map[*ir.Func]map[int][]string{}, active: map[*ir.Func]bool{}}
}

// classOf infers the class of e inside fn, "" when unknown.
func (r *resolver) classOf(fn *ir.Func, e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Var:
		if e.Name == "this" {
			if c := fn.ThisClass(); c != nil {
				return c.Name
			}
			return ""
		}
		return r.localClass(fn, e.Name)
	case *ir.New:
		if e.Class == "" {
			// new $class(…) with @param class-string<Plugin> $class
			if v, ok := e.ClassExpr.(*ir.Var); ok {
				if i := paramIndex(fn, v); i >= 0 && len(fn.Params[i].DocClassOf) == 1 && !analyzer.AssignsVar(fn, v.Name) {
					return fn.Params[i].DocClassOf[0]
				}
			}
			// new $this->trailClass(…), the property promoted from a
			// constructor parameter documented class-string<AuditTrail>
			// (also through a local: $class = $this->trailClass)
			cx := e.ClassExpr
			if v, ok := cx.(*ir.Var); ok && paramIndex(fn, v) < 0 {
				if src := assignedOnce(fn)[v.Name]; src != nil {
					cx = src
				}
			}
			if pr, ok := cx.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && fn.ThisClass() != nil {
				if c := r.promotedClassString(fn.ThisClass().Name, pr.Name); c != "" {
					return c
				}
			}
		}
		return e.Class
	case *ir.Assign:
		// ($this->pools[$k] ??= new Pool())->take(): the value
		// the assignment leaves in its target
		switch e.Op {
		case "=":
			return r.classOf(fn, e.Src)
		case "??=":
			if c := r.classOf(fn, e.Dst); c != "" {
				return c
			}
			return r.classOf(fn, e.Src)
		}
	case *ir.Other:
		if e.Op == "clone" && len(e.Args) > 0 {
			return r.classOf(fn, e.Args[0]) // clone $this->app: an Application
		}
		// Plan::tryFrom($h) ?? Plan::Free, $a ?: $b, $c ? $a : $b: the
		// class both values have
		if (e.Op == "??" || e.Op == "?:") && len(e.Args) >= 2 {
			vals := e.Args
			if e.Op == "?:" && len(vals) == 3 {
				vals = vals[1:]
			}
			class := ""
			for _, v := range vals {
				c := r.classOf(fn, v)
				if c == "" || class != "" && !strings.EqualFold(c, class) {
					return ""
				}
				class = c
			}
			return class
		}
	case *ir.ClassConst:
		// Plan::Free: a case of the enum
		if c := r.ix.Class(e.Class); c != nil && c.Kind == ir.KindEnum && !strings.EqualFold(e.Name, "class") {
			return c.Name
		}
	case *ir.MethodCall, *ir.StaticCall, *ir.Call:
		if c, ok := e.(*ir.Call); ok {
			if class := containerLookup(c); class != "" {
				return class
			}
			// $response = $next($request): what the callables handed in
			// for $next return
			if i := paramIndex(fn, c.Callee); i >= 0 && c.Name == "" {
				return r.invokedClass(fn, i)
			}
		}
		// Status::from($s), Status::tryFrom($s): one of the enum's cases
		if sc, ok := e.(*ir.StaticCall); ok && enumLookup(r.ix, sc) {
			return r.ix.Class(sc.Class).Name
		}
		var t *ir.Func
		recv := ""
		if mc, ok := e.(*ir.MethodCall); ok {
			// the receiver is typed once: a fluent chain is typed link by
			// link, not again for every link
			if mc.Name != "" {
				recv = r.classOf(fn, mc.Recv)
				t = r.methodOn(recv, mc.Name)
			}
		} else {
			t = r.target(fn, e)
		}
		if t != nil {
			rets := t.ReturnTypes()
			if returnsStatic(rets) {
				// a fluent method (`: static`, @return $this) hands back
				// the object it was called on
				if recv != "" {
					return recv
				}
				switch x := e.(type) {
				case *ir.StaticCall:
					if r.ix.Class(x.Class) != nil {
						return x.Class
					}
				}
				if t.Class != nil && t.Class.Kind == ir.KindClass {
					return t.Class.Name
				}
			}
			if c := r.firstClass(rets); c != "" && r.ix.Class(c) != nil {
				return c
			}
			if c := r.registryClass(e, t); c != "" {
				return c
			}
			if c := r.firstClass(rets); c != "" {
				return c
			}
		}
		if mc, ok := e.(*ir.MethodCall); ok {
			if c := locatorLookup(mc); c != "" {
				return c
			}
			// $this->queue->dequeue(), of an SplQueue the class fills
			// with enqueue(TranscodeJob::for(…)): what it was given
			if c := r.takenClass(fn, mc, recv); c != "" {
				return c
			}
		}
		if t == nil {
			if c := r.namedService(fn, e); c != "" {
				return c
			}
			// Container::getInstance(): Laravel's container, the one
			// instance of the process
			if sc, ok := e.(*ir.StaticCall); ok && strings.EqualFold(sc.Name, "getInstance") && laravelContainers[strings.ToLower(strings.TrimPrefix(sc.Class, `\`))] {
				return sc.Class
			}
		}
	case *ir.Prop:
		if analyzer.IsThis(e.Obj) {
			if c := fn.ThisClass(); c != nil {
				return r.propClass(c.Name, e.Name)
			}
		}
		if owner := r.classOf(fn, e.Obj); owner != "" {
			return r.propClass(owner, e.Name)
		}
	case *ir.StaticProp:
		if e.Class != "" && e.Name != "" {
			class := e.Class
			if strings.EqualFold(class, "static") || strings.EqualFold(class, "self") {
				if c := fn.ThisClass(); c != nil {
					class = c.Name // static::$dispatcher (in a trait: the trait's)
				} else if fn.Class != nil {
					class = fn.Class.Name
				}
			}
			return r.propClass(class, e.Name)
		}
	case *ir.Dim:
		// $GLOBALS['queue']
		if v, ok := e.Base.(*ir.Var); ok && v.Name == "GLOBALS" {
			if lit, ok := e.Key.(*ir.Lit); ok && lit.Kind == ir.LitString {
				return r.ix.GlobalClass(lit.Value)
			}
		}
		// $this->rooms[$room]: what the class puts in that property
		if pr, ok := e.Base.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && fn.ThisClass() != nil {
			// $this->services[Controller::class]: what it puts under
			// that very key, when the elements differ
			if k := constKey(e.Key); k != "" {
				if c := r.keyedElemClass(fn.ThisClass().Name, pr.Name, k); c != "" {
					return c
				}
			}
			return r.elemClass(fn.ThisClass().Name, pr.Name)
		}
	}
	return ""
}

// promotedClassString is the class a property promoted from a
// constructor parameter documented class-string<T> names: T, when no
// code assigns the property; "" otherwise.
func (r *resolver) promotedClassString(class, prop string) string {
	decl := r.ix.Property(class, prop)
	if decl == nil || !decl.Promoted || len(r.propWriteIndex()[prop]) > 0 {
		return ""
	}
	ctor := r.ix.Method(class, "__construct")
	if ctor == nil {
		return ""
	}
	for _, p := range ctor.Params {
		if p.Name == prop && len(p.DocClassOf) == 1 {
			return p.DocClassOf[0]
		}
	}
	return ""
}

// enumLookup reports whether c is from() or tryFrom() of a backed enum
// of the project that does not declare its own: PHP's lookup of a case
// by its value.
func enumLookup(ix *analyzer.Index, c *ir.StaticCall) bool {
	if !strings.EqualFold(c.Name, "from") && !strings.EqualFold(c.Name, "tryFrom") {
		return false
	}
	cl := ix.Class(c.Class)
	return cl != nil && cl.Kind == ir.KindEnum && ix.Method(c.Class, c.Name) == nil
}

// invokedClass is the one class of the objects the callables passed as
// parameter i of fn return, when every call of fn is known and passes a
// closure (fn ($r) => new Response(…)); "" otherwise. Computed once per
// parameter, after the calls are indexed.
func (r *resolver) invokedClass(fn *ir.Func, i int) string {
	if !r.sitesReady {
		return ""
	}
	return memoized(&r.invokedClasses, param{fn, i}, "", func() string {
		sites, ok := r.knownSites(fn)
		if !ok {
			return ""
		}
		found := ""
		for _, s := range sites {
			arg, ok := siteArg(fn, s, i)
			cl, isClosure := arg.(*ir.Closure)
			if !ok || !isClosure || cl.Func == nil {
				return ""
			}
			c := r.firstClass(cl.Func.ReturnTypes())
			if c == "" {
				for _, x := range returned(cl.Func) {
					if xc := r.classOf(cl.Func, x); xc == "" || c != "" && !strings.EqualFold(c, xc) {
						return ""
					} else {
						c = xc
					}
				}
			}
			if c == "" || found != "" && !strings.EqualFold(found, c) {
				return ""
			}
			found = c
		}
		return found
	})
}

// elemClass is the one class of the objects the methods of class put
// into array property prop ($this->rooms[$k] ??= new Backlog()), ""
// when none or several; computed once per property.
func (r *resolver) elemClass(class, prop string) string {
	k := strings.ToLower(class) + "::" + prop
	if c, ok := r.elems[k]; ok {
		return c
	}
	if r.elems == nil {
		r.elems = map[string]string{}
	}
	found := r.keyedElemClass(class, prop, "")
	r.elems[k] = found
	return found
}

// constKey names a constant array key for comparison: "x::class" for
// X::class, the text of a string literal; "" for anything else.
func constKey(e ir.Expr) string {
	switch k := e.(type) {
	case *ir.ClassConst:
		if strings.EqualFold(k.Name, "class") && k.Class != "" && !strings.EqualFold(k.Class, "static") {
			return strings.ToLower(strings.TrimPrefix(k.Class, `\`)) + "::class"
		}
	case *ir.Lit:
		if k.Kind == ir.LitString {
			return "'" + k.Value
		}
	}
	return ""
}

// keyedElemClass is the class of the objects the methods of class put
// in array property prop under constant key k ($this->services[X::class]
// = new X(…)), or under any key when k is ""; "" when none or several.
func (r *resolver) keyedElemClass(class, prop, k string) string {
	found := ""
	for _, lc := range r.ix.Lineage(class) {
		elementWrites(lc.Methods, prop, false, func(_ *ir.Func, a *ir.Assign, d *ir.Dim, _ []analyzer.Node) {
			nw, ok := a.Src.(*ir.New)
			if !ok || nw.Class == "" || k != "" && (d.Key == nil || constKey(d.Key) != k) {
				return
			}
			if found != "" && !strings.EqualFold(found, nw.Class) {
				found = "-"
			} else if found == "" {
				found = nw.Class
			}
		})
	}
	if found == "-" {
		return ""
	}
	return found
}

// elementWrites calls visit for each write into an element of array
// property prop of $this ($this->prop[] = …, $this->prop[$k] ??= …) in
// methods (or of the object a named constructor makes, see ownNew),
// with the nodes around it; deep counts writes into nested arrays too
// ($this->prop[$a][$b] = …).
func elementWrites(methods []*ir.Func, prop string, deep bool, visit func(m *ir.Func, a *ir.Assign, d *ir.Dim, stack []analyzer.Node)) {
	for _, m := range methods {
		if !elementProps(m)[prop] {
			continue // (most methods write no element of it)
		}
		analyzer.Inspect(m.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
			a, ok := n.(*ir.Assign)
			if !ok || (a.Op != "=" && a.Op != "??=") {
				return true
			}
			d, ok := a.Dst.(*ir.Dim)
			if !ok {
				return true
			}
			base := d.Base
			for inner, ok := base.(*ir.Dim); ok && deep; inner, ok = base.(*ir.Dim) {
				base = inner.Base
			}
			if pr, ok := base.(*ir.Prop); ok && ownObject(m, pr.Obj) && pr.Name == prop {
				visit(m, a, d, stack)
			}
			return true
		})
	}
}

// ownObject reports whether e, in method m, is the object whose
// properties m writes as its own: $this, or the new object of m's class
// a named constructor fills (see ownNew).
func ownObject(m *ir.Func, e ir.Expr) bool {
	return analyzer.IsThis(e) || ownNew(m, e) != nil
}

// elementProps lists the properties of $this whose elements method m
// assigns ($this->p[$k] = …, $this->p[$a][$b] ??= …), once per method:
// elementWrites walks only the methods that write the property it is
// asked about.
func elementProps(m *ir.Func) map[string]bool {
	return analyzer.FuncMemo(m, elementPropsKey{}, func() map[string]bool {
		var out map[string]bool
		analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			a, ok := n.(*ir.Assign)
			if !ok {
				return true
			}
			base := a.Dst
			for d, isDim := base.(*ir.Dim); isDim; d, isDim = base.(*ir.Dim) {
				base = d.Base
			}
			if pr, ok := base.(*ir.Prop); ok && ownObject(m, pr.Obj) && base != a.Dst {
				if out == nil {
					out = map[string]bool{}
				}
				out[pr.Name] = true
			}
			return true
		})
		return out
	})
}

type elementPropsKey struct{}

// declaresGlobal reports whether fn binds name to the global variable
// (global $name); the names are listed once per function.
func (r *resolver) declaresGlobal(fn *ir.Func, name string) bool {
	names, ok := r.globalNames[fn]
	if !ok {
		analyzer.InspectFunc(fn, analyzer.KGlobal, func(n analyzer.Node, _ []analyzer.Node) bool {
			if g, ok := n.(*ir.Global); ok {
				if names == nil {
					names = map[string]bool{}
				}
				for _, x := range g.Names {
					names[x] = true
				}
			}
			return true
		})
		if r.globalNames == nil {
			r.globalNames = map[*ir.Func]map[string]bool{}
		}
		r.globalNames[fn] = names
	}
	return names[name]
}

// localClass finds a local variable's class from its parameter type or
// from an assignment of `new C` in fn.
func (r *resolver) localClass(fn *ir.Func, name string) string {
	for _, p := range fn.Params {
		if p.Name == name {
			if len(p.Types) == 0 && testsInstanceof(fn, name) {
				// a docblock type the code itself doubts: it asks what
				// the value is (SessionTokenStorage's @param RequestStack
				// that may be a SessionInterface)
				return ""
			}
			c := r.firstClass(p.TypeHints())
			if c == "" && len(p.Types) == 1 && (strings.EqualFold(p.Types[0], "object") || strings.EqualFold(p.Types[0], "mixed")) {
				// normalize(object $object) that tests $object instanceof
				// Versioned: the one project class it asks for
				if cs := instanceofTested(fn)[name]; len(cs) == 1 && r.ix.Class(cs[0]) != nil {
					c = cs[0]
				}
			}
			return c
		}
	}
	// $node = $node->next(): typing the call types $node again
	key := local{fn, name}
	if c, ok := r.localClasses[key]; ok {
		return c
	}
	if r.typing[key] {
		return ""
	}
	if r.typing == nil {
		r.typing = map[local]bool{}
		r.localClasses = map[local]string{}
	}
	r.typing[key] = true
	defer delete(r.typing, key)
	found := ""
	for _, n := range localTypers(fn)[name] {
		if found != "" {
			break
		}
		// foreach ($this->handlers as $h): an element of a typed array
		if l, ok := n.(*ir.Loop); ok {
			found = r.iterElemClass(fn, l.Iter)
		}
		if a, ok := n.(*ir.Assign); ok {
			src := a.Src
			for { // $a = $b[$k] = new C(): the value of a chain
				inner, ok := src.(*ir.Assign)
				if !ok {
					break
				}
				src = inner.Src
			}
			if nw, ok := src.(*ir.New); ok {
				found = r.classOf(fn, nw) // (new $class(…) of a class-string<Plugin>)
			}
			if d, ok := src.(*ir.Dim); ok && d.Key != nil {
				found = r.storedClass(fn, d, d.Key) // $h = $GLOBALS['container'][H::class]
			}
			switch src := src.(type) {
			case *ir.StaticCall, *ir.MethodCall, *ir.Call:
				found = r.classOf(fn, src) // $limiter = Container::get(Limiter::class)
			case *ir.Other:
				if src.Op == "clone" || src.Op == "??" || src.Op == "?:" {
					found = r.classOf(fn, src) // $sandbox = clone $this->app
				}
			case *ir.StaticProp:
				found = r.classOf(fn, src) // $mailer = self::$mailer: its declared class
			case *ir.Prop:
				// $dispatcher = $this->dispatcher: the property's class
				if analyzer.IsThis(src.Obj) && src.Name != "" && fn.ThisClass() != nil {
					found = r.propClass(fn.ThisClass().Name, src.Name)
				} else if src.Name != "" {
					// $owner = $request->route: the declared class of the
					// property of what $request is
					if holder := r.classOf(fn, src.Obj); holder != "" {
						found = r.propClass(holder, src.Name)
					}
				}
			}
		}
	}
	if found == "" && r.declaresGlobal(fn, name) {
		found = r.ix.GlobalClass(name) // global $queue; made by top-level code
	}
	if found == "" && fn.Parent != nil && capturesVar(fn, name) {
		found = r.localClass(fn.Parent, name) // a variable the closure captures
	}
	if found == "" && fn.Parent != nil && capturesByRef(fn, name) {
		// use (&$service), filled by another closure that shares it
		// ($worker->onWorkerStart = function () use (&$service) {…})
		found = r.sharedRefClass(fn, name)
	}
	if found == "" {
		// /** @var Logger $logger */ $logger = $locator->get('logger');
		for _, d := range fn.VarDocs {
			if d.Name == name && !testsInstanceof(fn, name) {
				found = r.firstClass(d.Types)
				break
			}
		}
	}
	if found == "" {
		// $job = unserialize($payload); if ($job instanceof SyncPrice)
		// $job->handle(): the one project class the code tests it for
		if cs := instanceofTested(fn)[name]; len(cs) == 1 && r.ix.Class(cs[0]) != nil {
			found = cs[0]
		}
	}
	r.localClasses[key] = found
	return found
}

// localTypers lists, per local variable of fn, in the order of the
// code, what may give it its class: the foreach loops that take it as
// their value and the plain assignments to it. One walk of fn, kept:
// localClass asks it of each local it types, many per function.
func localTypers(fn *ir.Func) map[string][]analyzer.Node {
	return analyzer.FuncMemo(fn, localTypersKey{}, func() map[string][]analyzer.Node {
		var out map[string][]analyzer.Node
		add := func(name string, n analyzer.Node) {
			if out == nil {
				out = map[string][]analyzer.Node{}
			}
			out[name] = append(out[name], n)
		}
		analyzer.InspectFunc(fn, analyzer.KLoop|analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Loop:
				if v, ok := n.Value.(*ir.Var); ok && n.Kind == ir.LoopForeach {
					add(v.Name, n)
				}
			case *ir.Assign:
				if v, ok := n.Dst.(*ir.Var); ok && n.Op == "=" {
					add(v.Name, n)
				}
			}
			return true
		})
		return out
	})
}

type localTypersKey struct{}

// iterElemClass is the class of the elements of the array or iterable e,
// as a docblock types it (@var Handler[] on a property, @param
// list<Handler> on a parameter) or, for a property of $this, as the
// class's own writes fill it; "" when unknown.
func (r *resolver) iterElemClass(fn *ir.Func, e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Prop:
		owner := ""
		if analyzer.IsThis(e.Obj) {
			if c := fn.ThisClass(); c != nil {
				owner = c.Name
			}
		} else {
			owner = r.classOf(fn, e.Obj)
		}
		if owner == "" {
			return ""
		}
		if p := r.ix.Property(owner, e.Name); p != nil {
			if c := r.firstClass(p.DocElems); c != "" {
				return c
			}
		}
		if c := r.elemClass(owner, e.Name); c != "" {
			return c
		}
	case *ir.Var:
		if i := paramIndex(fn, e); i >= 0 {
			if c := r.firstClass(fn.Params[i].DocElems); c != "" {
				return c
			}
			if c := r.constructedElemClass(fn, i); c != "" {
				return c
			}
			// daemon(\Iterator $jobs), handed what a generator yields by
			// every call of a method of its name (found by name: the
			// calls are typed while they are indexed)
			if fn.Kind != ir.FuncMethod || fn.Params[i].Variadic {
				return ""
			}
			calls, in := r.ix.MethodCallArgs(fn.Name)
			out := ""
			for k, args := range calls {
				c := ""
				if i < len(args) {
					c = r.generatedClass(in[k], localSource(in[k], args[i]))
				}
				if c == "" || out != "" && !strings.EqualFold(c, out) {
					return ""
				}
				out = c
			}
			return out
		}
		return r.generatedClass(fn, localSource(fn, e))
	case *ir.MethodCall, *ir.StaticCall:
		return r.generatedClass(fn, e)
	case *ir.Call:
		if c := r.generatedClass(fn, e); c != "" {
			return c
		}
		// foreach (array_reverse($middleware) as $layer): the same
		// elements, in another order
		switch analyzer.CallName(e) {
		case "array_reverse", "array_values":
			if len(e.Args) > 0 {
				return r.iterElemClass(fn, e.Args[0])
			}
		}
	}
	return ""
}

// generatedClass is the one class of the objects the generator call e
// makes (a closure called where it is written, a function or a method):
// every value it yields is a `new` of that class; "" otherwise.
func (r *resolver) generatedClass(fn *ir.Func, e ir.Expr) string {
	switch e.(type) {
	case *ir.Call, *ir.MethodCall, *ir.StaticCall:
	default:
		return ""
	}
	t := r.target(fn, e)
	if t == nil || !t.Generator {
		return ""
	}
	out, ok := "", true
	analyzer.InspectFunc(t, analyzer.KYield, func(n analyzer.Node, _ []analyzer.Node) bool {
		y, isYield := n.(*ir.Yield)
		if !isYield {
			return ok
		}
		nw, isNew := y.Value.(*ir.New)
		if y.From || !isNew || nw.Class == "" || out != "" && !strings.EqualFold(out, nw.Class) {
			ok = false
		} else {
			out = nw.Class
		}
		return ok
	})
	if !ok || r.ix.Class(out) == nil {
		return ""
	}
	return r.ix.Class(out).Name
}

// constructedElemClass is the one class of the objects every `new` of
// fn's class passes in an array literal as parameter i of fn, a
// constructor (new ApiClient($transport, [$retry, $auth])); "" when fn
// is no constructor, a `new` passes something else, or the elements are
// of more than one class. Every `new` is found by the class it names,
// whatever the calls indexed so far.
func (r *resolver) constructedElemClass(fn *ir.Func, i int) string {
	if fn.Kind != ir.FuncMethod || fn.Class == nil || !strings.EqualFold(fn.Name, "__construct") || fn.Params[i].Variadic {
		return ""
	}
	news, in := r.ix.News(fn.Class.Name)
	found := ""
	for j, nw := range news {
		if i >= len(nw.Args) {
			return ""
		}
		arr, ok := nw.Args[i].(*ir.Array)
		if !ok || len(arr.Items) == 0 {
			return ""
		}
		for _, it := range arr.Items {
			if it.Unpack {
				return ""
			}
			c := r.classOf(in[j], it.Value)
			if c == "" || found != "" && !strings.EqualFold(found, c) {
				return ""
			}
			found = c
		}
	}
	return found
}

// capturesVar reports whether a closure takes name from the code that
// creates it: in its use clause, or any variable of an arrow function.
// capturesByRef reports whether closure fn captures name by reference.
func capturesByRef(fn *ir.Func, name string) bool {
	for _, u := range fn.Uses {
		if u.Name == name && u.ByRef {
			return true
		}
	}
	return false
}

// sharedRefClass is the class of what another closure of fn's parent,
// sharing name by reference, assigns to it: made with new, or returned
// by a function or static factory it calls ("" when none does).
func (r *resolver) sharedRefClass(fn *ir.Func, name string) string {
	found := ""
	analyzer.Inspect(fn.Parent.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.Closure); ok && c.Func != fn && found == "" && capturesByRef(c.Func, name) {
			if nw := localNew(c.Func, name); nw != nil && nw.Class != "" {
				found = nw.Class
			}
			// $app = Application::boot($config): what the factory returns
			switch src := assignedOnce(c.Func)[name].(type) {
			case *ir.StaticCall, *ir.Call:
				if cl := r.classOf(c.Func, src); found == "" && r.ix.Class(cl) != nil {
					found = r.ix.Class(cl).Name
				}
			}
		}
		return found == ""
	})
	return found
}

func capturesVar(fn *ir.Func, name string) bool {
	switch fn.Kind {
	case ir.FuncArrow:
		return true
	case ir.FuncClosure:
		for _, u := range fn.Uses {
			if u.Name == name {
				return true
			}
		}
	}
	return false
}

// propClass finds a property's class from its declared type, or from a
// `$this->name = new C(...)` in one of the class's methods.
func (r *resolver) propClass(class, name string) string {
	// (the key made without a string when it is there already)
	var buf [96]byte
	b := append(append(lowercase.Append(buf[:0], class), 0), name...)
	if c, ok := r.propTypes[string(b)]; ok {
		return c
	}
	key := string(b)
	if r.propTypes == nil {
		r.propTypes = map[string]string{}
	}
	r.propTypes[key] = "" // (asked again while deciding: unknown)
	c := r.findPropClass(class, name)
	r.propTypes[key] = c
	return c
}

func (r *resolver) findPropClass(class, name string) string {
	// static::$dispatcher in a trait: the property of the classes that
	// use it (or of their parents)
	if c := r.ix.Class(class); c != nil && c.Kind == ir.KindTrait && r.ix.Property(class, name) == nil {
		for _, f := range r.ix.Files() {
			for _, u := range f.Classes {
				if u.Kind != ir.KindClass || !slices.ContainsFunc(u.Traits, func(t string) bool { return strings.EqualFold(t, c.Name) }) {
					continue
				}
				if got := r.propClass(u.Name, name); got != "" {
					return got
				}
			}
		}
		return ""
	}
	if p := r.ix.Property(class, name); p != nil {
		if c := r.firstClass(p.TypeHints()); c != "" {
			return c
		}
		if nw, ok := p.Default.(*ir.New); ok {
			return nw.Class
		}
	}
	for _, c := range r.ix.Lineage(class) {
		for _, m := range c.Methods {
			if class, ok := propNews(m)[name]; ok {
				return class
			}
		}
	}
	// $this->container = $container in the constructor, the parameter
	// typed with one class
	for _, c := range r.ix.Lineage(class) {
		if ctor := r.ix.Method(c.Name, "__construct"); ctor != nil && ctor.Class == c {
			if i, ok := propParams(ctor)[name]; ok {
				return r.firstClass(ctor.Params[i].Types)
			}
		}
	}
	// $worker->store = new Store() in onWorkerStart: a property (often
	// a dynamic one) that code outside the class sets to a new object
	// (or to what a factory declared to return a project class gives),
	// when every such write sets one of the same class
	found := ""
	for _, w := range r.propWriteIndex()[name] {
		if !w.fromOutside() {
			continue
		}
		if oc := r.classOf(w.fn, w.obj); oc == "" || !r.ix.Implements(oc, class) && !r.ix.Implements(class, oc) {
			continue
		}
		made := ""
		if nw, ok := w.src.(*ir.New); ok {
			made = nw.Class
		} else {
			made = r.factoryClass(w.fn, w.src)
		}
		if made == "" || found != "" && !strings.EqualFold(found, made) {
			return ""
		}
		found = made
	}
	return found
}

// factoryClass is the project class of the object a call returns
// ($worker->ledger = LedgerFactory::fromConfig(…)), by its declared
// return type; "" for anything else.
func (r *resolver) factoryClass(fn *ir.Func, e ir.Expr) string {
	switch e.(type) {
	case *ir.StaticCall, *ir.MethodCall, *ir.Call:
	default:
		return ""
	}
	if class := r.classOf(fn, e); class != "" && r.ix.Class(class) != nil {
		return class
	}
	return ""
}

// outsideProps lists the properties class does not declare that code
// outside it sets to a new object on an object of the class
// ($worker->recent = new RecentlyPlayed(), or what a factory of a
// project class returns), sorted.
func (r *resolver) outsideProps(class string) []string {
	if r.outsideNews == nil {
		r.outsideNews = []outsideNew{} // (found once: the writes are few)
		for _, name := range slices.Sorted(maps.Keys(r.propWriteIndex())) {
			for _, w := range r.propWrites[name] {
				if _, isNew := w.src.(*ir.New); (isNew || r.factoryClass(w.fn, w.src) != "") && name != "" && w.fromOutside() {
					if oc := r.classOf(w.fn, w.obj); oc != "" {
						r.outsideNews = append(r.outsideNews, outsideNew{oc, name})
					}
				}
			}
		}
	}
	var out []string
	for _, o := range r.outsideNews {
		if !slices.Contains(out, o.prop) && r.ix.Implements(o.class, class) && r.ix.Property(class, o.prop) == nil {
			out = append(out, o.prop)
		}
	}
	slices.Sort(out)
	return out
}

// fromOutside reports whether w sets the property as a whole on an
// object other than $this ($worker->audit = …).
func (w propWrite) fromOutside() bool {
	return w.simple && w.dims == 0 && !analyzer.IsThis(w.obj)
}

// outsideNew is a write of a new object to property prop of an object
// of class, made outside the class (see outsideProps).
type outsideNew struct{ class, prop string }

type propParamsKey struct{}

// propParams maps each property of $this that m assigns one of its
// parameters as it is ($this->p = $p) to the index of the first such
// parameter; computed once per method.
func propParams(m *ir.Func) map[string]int {
	return analyzer.FuncMemo(m, propParamsKey{}, func() map[string]int {
		var out map[string]int
		analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && a.Op == "=" && !a.ByRef {
				p, ok := a.Dst.(*ir.Prop)
				v, isVar := a.Src.(*ir.Var)
				if !ok || !isVar || p.Name == "" || !analyzer.IsThis(p.Obj) {
					return true
				}
				if i := paramIndex(m, v); i >= 0 {
					if _, seen := out[p.Name]; !seen {
						if out == nil {
							out = map[string]int{}
						}
						out[p.Name] = i
					}
				}
			}
			return true
		})
		return out
	})
}

// propNews maps each property of $this that method m assigns an object
// made in place ($this->p = new X()) to the class of the first such
// object; computed once per method, for every property findPropClass is
// asked about.
func propNews(m *ir.Func) map[string]string {
	return analyzer.FuncMemo(m, propNewsKey{}, func() map[string]string {
		var out map[string]string
		analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && a.Op == "=" {
				if p, ok := a.Dst.(*ir.Prop); ok && p.Name != "" && analyzer.IsThis(p.Obj) {
					if nw, ok := a.Src.(*ir.New); ok && nw.Class != "" {
						if _, seen := out[p.Name]; !seen {
							if out == nil {
								out = map[string]string{}
							}
							out[p.Name] = nw.Class
						}
					}
				}
			}
			return true
		})
		return out
	})
}

type propNewsKey struct{}

// firstClass picks the first declared type that is a known class, or else
// the first class-like type even if the project does not declare it (a
// vendor interface such as EventDispatcherInterface).
func (r *resolver) firstClass(types []string) string {
	for _, t := range types {
		if r.ix.Class(t) != nil {
			return t
		}
	}
	for _, t := range types {
		if !builtinType[strings.ToLower(t)] {
			return t
		}
	}
	return ""
}

// returnsStatic reports whether return types say `static` (or a
// docblock's $this).
func returnsStatic(types []string) bool {
	for _, t := range types {
		if t == "static" {
			return true
		}
	}
	return false
}

// fnCall is a method call and the function it is made in.
type fnCall struct {
	fn   *ir.Func
	call *ir.MethodCall
}

// builtinType lists PHP's non-class type names.
var builtinType = map[string]bool{
	"int": true, "float": true, "string": true, "bool": true, "array": true, "mixed": true, "callable": true,
	"iterable": true, "object": true, "void": true, "null": true, "self": true, "static": true, "parent": true,
	"false": true, "true": true, "never": true, "resource": true, "integer": true, "double": true, "boolean": true,
}

// method resolves a method call inside fn, nil when unknown.
func (r *resolver) method(fn *ir.Func, mc *ir.MethodCall) *ir.Func {
	if mc.Name == "" {
		return nil
	}
	return r.methodOn(r.classOf(fn, mc.Recv), mc.Name)
}

// methodOn resolves method name called on an object of class ("": not
// known).
func (r *resolver) methodOn(class, name string) *ir.Func {
	if class == "" {
		return nil
	}
	m := r.ix.Method(class, name)
	if c := r.ix.Class(class); m == nil && c != nil && c.Kind == ir.KindTrait {
		// $this->getKey() in a trait: the method of the classes that use
		// it, when they all have the same one
		for _, u := range r.ix.TraitUsers(c.Name) {
			um := r.ix.Method(u.Name, name)
			if um == nil || m != nil && um != m {
				m = nil
				break
			}
			m = um
		}
		return m
	}
	if c := r.ix.Class(class); m != nil && !m.Abstract && c != nil && c.Kind == ir.KindClass && c.Abstract && !r.ix.AnonymousSubclassed(c.Name) {
		// a method with a body in an abstract class, which no object
		// ever has as its class: what runs is what every concrete
		// subclass has for it, an override that may or may not call
		// parent::
		if im := r.ix.ConcreteMethod(c.Name, name); im != nil {
			return im
		}
	}
	if m == nil || m.Abstract {
		// an interface or abstract class the project implements once
		if impl := r.soleImplementation(class); impl != "" {
			if im := r.ix.Method(impl, name); im != nil {
				return im
			}
		}
		// or many times, all of them with the method they inherit from
		// one base class
		if im := r.ix.ConcreteMethod(class, name); im != nil {
			return im
		}
	}
	return m
}

// constructor resolves the constructor `new C(...)` runs, nil when
// unknown.
func (r *resolver) constructor(nw *ir.New) *ir.Func {
	return r.ix.Method(nw.Class, "__construct")
}

// storedParams says which parameters fn keeps in its own object: the map
// goes from parameter index to the property that holds it. It sees direct
// stores ($this->p = $x, $this->p[] = $x, $this->p[$k] = $x, array_push),
// promoted constructor parameters, and parameters handed to another method
// of $this that keeps them (bounded by a recursion guard).
func (r *resolver) storedParams(fn *ir.Func) map[int]string {
	if fn == nil {
		return nil
	}
	if got, ok := r.stores[fn]; ok {
		return got
	}
	if r.active[fn] {
		return nil
	}
	r.active[fn] = true
	defer delete(r.active, fn)
	out := map[int]string{}
	ends := map[int][]string{}
	keep := func(i int, prop, end string) {
		out[i] = prop
		ends[i] = append(ends[i], end)
	}
	idx := map[string]int{}
	for i, p := range fn.Params {
		idx[p.Name] = i
		if p.Promoted {
			keep(i, p.Name, p.Name)
		}
	}
	scope := analyzer.NewScope(fn)
	paramOf := func(e ir.Expr) (int, bool) {
		if v, ok := e.(*ir.Var); ok {
			if i, ok := idx[v.Name]; ok {
				return i, true
			}
			// foreach ($stages as $stage) $this->stages[] = $stage: each
			// element of an array parameter kept is what the caller's
			// array holds, kept (not an object iterated: its elements
			// are not the object)
			if l := analyzer.ForeachOnly(fn, v.Name); l != nil {
				if it, ok := l.Iter.(*ir.Var); ok {
					if i, ok := idx[it.Name]; ok && arrayParam(fn.Params[i]) && !analyzer.AssignsVar(fn, it.Name) {
						return i, true
					}
				}
				// foreach ($subscriber->listeners() as $listener): each
				// element holds the parameter when every method that
				// call can run lists callables of its own $this
				if mc, ok := l.Iter.(*ir.MethodCall); ok && !mc.FirstClass && !mc.Nullsafe {
					if it, ok := mc.Recv.(*ir.Var); ok {
						if i, ok := idx[it.Name]; ok && !analyzer.AssignsVar(fn, it.Name) && r.everyImplListsThis(r.method(fn, mc)) {
							return i, true
						}
					}
				}
			}
		}
		return 0, false
	}
	analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KCall|analyzer.KMethodCall|analyzer.KStaticCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.StaticCall:
			// parent::__construct($owner), parent::setUp($x): a method of
			// an ancestor run on $this, which keeps what it stores
			target := r.ix.Method(n.Class, n.Name)
			if n.FirstClass || target == nil || target.Static || target.Class == nil || fn.Static || fn.Class == nil ||
				target.Class == fn.Class || !slices.Contains(r.ix.Lineage(fn.Class.Name), target.Class) {
				return true
			}
			kept := r.storedParams(target)
			for k, a := range n.Args {
				// (parent::__construct(owner: $owner): the parameter
				// of that name, wherever it is)
				j := k
				if n.ArgNames != nil && n.ArgNames[k] != "" {
					j = slices.IndexFunc(target.Params, func(p *ir.Param) bool { return p.Name == n.ArgNames[k] })
				}
				if prop, ok := kept[j]; ok && j >= 0 {
					if i, ok := paramOf(a); ok {
						out[i] = prop
						ends[i] = append(ends[i], r.storeEnds[target][j]...)
					}
				}
			}
		case *ir.Assign:
			place, _, ok := scope.PlaceOf(n.Dst)
			if !ok || place.Kind != analyzer.PlaceThisProp {
				return true
			}
			for _, v := range heldValues(n.Src) {
				// Closure::fromCallable($handler): a closure over what
				// the callable holds (the object of [$obj, 'm'])
				if sc, ok := v.(*ir.StaticCall); ok && !sc.FirstClass && len(sc.Args) == 1 && strings.EqualFold(shortName(sc.Class), "Closure") && strings.EqualFold(sc.Name, "fromCallable") {
					v = sc.Args[0]
				}
				if i, ok := paramOf(v); ok {
					keep(i, place.Name, place.Name)
				}
				// a new object that keeps the parameter keeps it too:
				// $this->user = new Lazy($resolver)
				if nw, ok := v.(*ir.New); ok {
					kept := r.storedParams(r.constructor(nw))
					for j, a := range nw.Args {
						if i, ok := paramOf(a); ok {
							if _, stored := kept[j]; stored {
								keep(i, place.Name, place.Name)
							}
						}
					}
				}
				// a closure capturing the parameter keeps it:
				// $this->url = static fn () => $menu->base . $slug
				if c, ok := v.(*ir.Closure); ok {
					for name := range closureCaptures(c.Func) {
						if i, ok := idx[name]; ok {
							keep(i, place.Name, place.Name)
						}
					}
				}
			}
		case *ir.Call:
			if analyzer.CallName(n) == "array_push" || analyzer.CallName(n) == "array_unshift" {
				if len(n.Args) < 2 {
					return true
				}
				place, _, ok := scope.PlaceOf(n.Args[0])
				if !ok || place.Kind != analyzer.PlaceThisProp {
					return true
				}
				for _, a := range n.Args[1:] {
					if i, ok := paramOf(a); ok {
						keep(i, place.Name, place.Name)
					}
				}
			}
		case *ir.MethodCall:
			// $this->other($param) or $this->owned->add($param)
			var target *ir.Func
			holder := ""
			if analyzer.IsThis(n.Recv) {
				target = r.method(fn, n)
			} else if p, ok := n.Recv.(*ir.Prop); ok && analyzer.IsThis(p.Obj) {
				target = r.method(fn, n)
				holder = p.Name
			}
			if target == nil {
				// an SPL or framework container held in a property:
				// $this->items->attach($x), ->offsetSet($k, $x), ->push($x)
				if holder != "" && builtins.AddsAny(n.Name) {
					for _, a := range n.Args {
						if i, ok := paramOf(a); ok {
							keep(i, holder, holder)
						}
					}
				}
				return true
			}
			kept, keptEnds := r.storedParams(target), r.storeEnds[target]
			if target.Abstract && target.Class != nil && holder != "" && fn.Class != nil && r.ix.Implements(fn.Class.Name, target.Class.Name) {
				// a decorator handing the argument on to the object of
				// the same interface it wraps: kept where every other
				// implementation keeps it
				kept, keptEnds, _ = r.storedByEveryImplementation(target, fn.Class.Name)
			}
			for j, a := range n.Args {
				if prop, ok := kept[j]; ok {
					if i, ok := paramOf(a); ok {
						if holder != "" {
							prop = holder
						}
						out[i] = prop
						ends[i] = append(ends[i], keptEnds[j]...)
					}
				}
			}
		}
		return true
	})
	r.stores[fn] = out
	r.storeEnds[fn] = ends
	return out
}

// storedByEveryImplementation is storedParams for a method without a
// body (an interface's, an abstract one): the parameters that the method
// of that name of every concrete project class implementing it (but
// except, a decorator asking about the object it wraps) keeps. Nothing
// when one of them is being asked already (recursion: done false, the
// answer is not final), or there are none or very many.
func (r *resolver) storedByEveryImplementation(fn *ir.Func, except string) (map[int]string, map[int][]string, bool) {
	impls := r.ix.Implementations(fn.Class.Name)
	if len(impls) == 0 || len(impls) > 8 {
		return nil, nil, true
	}
	var out map[int]string
	var ends map[int][]string
	asked := 0
	for _, c := range impls {
		if except != "" && strings.EqualFold(c, except) {
			continue
		}
		m := r.ix.Method(c, fn.Name)
		if m == nil || m.Abstract {
			return nil, nil, true
		}
		if r.active[m] {
			return nil, nil, false
		}
		kept := r.storedParams(m)
		if asked == 0 {
			out, ends = map[int]string{}, map[int][]string{}
			for i, prop := range kept {
				out[i] = prop
				ends[i] = append(ends[i], r.storeEnds[m][i]...)
			}
		} else {
			for i := range out {
				if _, ok := kept[i]; !ok {
					delete(out, i)
					delete(ends, i)
					continue
				}
				ends[i] = append(ends[i], r.storeEnds[m][i]...)
			}
		}
		asked++
	}
	return out, ends, true
}

// storedEnds says, for each parameter storedParams finds kept, the
// properties that finally hold it: its own for a direct store, the
// callee's for one handed on ($this->trx->onEnd($cb) that appends $cb
// to the manager's $endCallbacks).
func (r *resolver) storedEnds(fn *ir.Func) map[int][]string {
	r.storedParams(fn)
	return r.storeEnds[fn]
}

// heldValues lists the expressions a stored value keeps alive: the value
// itself, the items of an array literal, or of the arrays merged.
func heldValues(e ir.Expr) []ir.Expr {
	switch e := e.(type) {
	case *ir.Array:
		var out []ir.Expr
		for _, it := range e.Items {
			out = append(out, heldValues(it.Value)...)
		}
		return out
	case *ir.Call:
		// the elements of merged arrays: array_merge($this->fs, $this->defaults())
		switch analyzer.CallName(e) {
		case "array_merge", "array_replace", "array_merge_recursive", "array_replace_recursive":
			var out []ir.Expr
			for _, a := range e.Args {
				out = append(out, heldValues(a)...)
			}
			return out
		}
	case *ir.Other:
		// either arm of a choice, both sides of an array union
		var args []ir.Expr
		switch e.Op {
		case "??", "+":
			args = e.Args
		case "?:":
			args = e.Args
			if len(args) == 3 {
				args = args[1:]
			}
		case "match":
			if len(e.Args) > 0 {
				args = e.Args[1:]
			}
		}
		if len(args) > 0 {
			var out []ir.Expr
			for _, a := range args {
				out = append(out, heldValues(a)...)
			}
			return out
		}
	}
	return []ir.Expr{e}
}

// everyImplListsThis reports whether m, and when abstract every
// implementation of it (at most 8), returns on every path an array
// that holds its own $this ([$this, 'onStarted'], $this->m(...)).
func (r *resolver) everyImplListsThis(m *ir.Func) bool {
	if m == nil || m.Static || m.Class == nil {
		return false
	}
	impls := []*ir.Func{m}
	if m.Abstract {
		impls = nil
		names := r.ix.Implementations(m.Class.Name)
		if len(names) == 0 || len(names) > 8 {
			return false
		}
		for _, c := range names {
			im := r.ix.Method(c, m.Name)
			if im == nil || im.Abstract || im.Static {
				return false
			}
			impls = append(impls, im)
		}
	}
	for _, im := range impls {
		rets := r.returns(im)
		if len(rets) == 0 {
			return false
		}
		for _, ret := range rets {
			if ret.X == nil {
				return false
			}
			if _, ok := r.arrayHoldsThis(im, ret.X, 0); !ok {
				return false
			}
		}
	}
	return true
}

// arrayParam reports whether parameter p is declared array or iterable
// only (with null allowed): what it holds is its elements.
func arrayParam(p *ir.Param) bool {
	if len(p.Types) == 0 || p.Variadic || p.ByRef {
		return false
	}
	for _, t := range p.Types {
		switch strings.ToLower(t) {
		case "array", "iterable", "null":
		default:
			return false
		}
	}
	return true
}

// shortName returns the last segment of a class name.
func shortName(class string) string {
	if i := strings.LastIndexByte(class, '\\'); i >= 0 {
		return class[i+1:]
	}
	return class
}

// enclosingLoops returns the loops on a stack, innermost last.
func enclosingLoops(stack []analyzer.Node) []*ir.Loop {
	var out []*ir.Loop
	for _, n := range stack {
		if l, ok := n.(*ir.Loop); ok {
			out = append(out, l)
		}
	}
	return out
}

// callers lists the distinct functions with a resolved call of fn, in
// source order, at most max of them.
func (r *resolver) callers(fn *ir.Func, max int) []*ir.Func {
	sites, _ := r.callSites()
	var out []*ir.Func
	seen := map[*ir.Func]bool{}
	for _, s := range sites[fn] {
		if !seen[s.caller] && s.caller != fn {
			seen[s.caller] = true
			out = append(out, s.caller)
			if len(out) == max {
				break
			}
		}
	}
	return out
}

// anyAfter reports whether some node that comes after mark in body (in
// source order, mark's own subtree excluded) satisfies pred.
func anyAfter(body []ir.Stmt, mark analyzer.Node, pred func(analyzer.Node) bool) bool {
	after, found := false, false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch {
		case found:
			return false
		case n == mark:
			after = true
			return false
		case after && pred(n):
			found = true
		}
		return !found
	})
	return found
}

// containerAliases are Laravel's container names for its process-wide
// services, as app('events') resolves them.
var containerAliases = map[string]string{
	"events":     `Illuminate\Contracts\Events\Dispatcher`,
	"log":        `Illuminate\Log\LogManager`,
	"translator": `Illuminate\Translation\Translator`,
	"db":         `Illuminate\Database\DatabaseManager`,
	"cache":      `Illuminate\Cache\CacheManager`,
	"view":       `Illuminate\View\Factory`,
	"router":     `Illuminate\Routing\Router`,
	"config":     `Illuminate\Config\Repository`,
}

// locatorLookup is the class a service locator hands back for a class
// name: $container->get(X::class), ->make(X::class) (PSR-11 and
// Laravel's containers, and the project's own), when nothing better
// types the call.
func locatorLookup(mc *ir.MethodCall) string {
	switch strings.ToLower(mc.Name) {
	case "get", "make", "makewith", "resolve":
	default:
		return ""
	}
	if len(mc.Args) == 0 {
		return ""
	}
	if a, ok := mc.Args[0].(*ir.ClassConst); ok && strings.EqualFold(a.Name, "class") {
		return a.Class
	}
	return ""
}

// containerLookup is the class a Laravel container lookup returns:
// app(X::class), resolve(X::class), app('events').
func containerLookup(c *ir.Call) string {
	switch analyzer.CallName(c) {
	case "app", "resolve":
	default:
		return ""
	}
	if len(c.Args) == 0 {
		return ""
	}
	switch a := c.Args[0].(type) {
	case *ir.ClassConst:
		if strings.EqualFold(a.Name, "class") {
			return a.Class
		}
	case *ir.Lit:
		return containerAliases[a.Value]
	}
	return ""
}

// laravelContainers are Laravel's container classes, whose make('id')
// resolves what the project bound under that name.
var laravelContainers = map[string]bool{
	`illuminate\container\container`: true, `illuminate\contracts\container\container`: true,
	`illuminate\foundation\application`: true, `illuminate\contracts\foundation\application`: true,
}

// serviceLocators are Symfony's service locator types, whose get('id')
// hands back the service a locator maps that id to.
var serviceLocators = map[string]bool{
	`symfony\component\dependencyinjection\servicelocator`: true, `symfony\contracts\service\serviceproviderinterface`: true,
	`psr\container\containerinterface`: true,
}

// namedService types a lookup of a service by a string id in a container
// that is not part of the analysed code: Laravel's app('metrics'),
// resolve('metrics') and $app->make('metrics') by what the project binds
// under that name (singleton('metrics', …): see bindings), a Symfony
// service locator's get('timers') by the one class every locator and
// service subscriber of the project maps that id to (see locatorIDs).
// "" when the id is not a literal or names no one class.
func (r *resolver) namedService(fn *ir.Func, e ir.Expr) string {
	var args []ir.Expr
	laravel, locator := false, false
	switch c := e.(type) {
	case *ir.Call:
		switch analyzer.CallName(c) {
		case "app", "resolve":
		default:
			return ""
		}
		if r.ix.Function(c.Name, c.Fallback) != nil {
			return "" // the project's own helper, typed by its body
		}
		args, laravel = c.Args, true
	case *ir.MethodCall:
		get := lowercase.Is(c.Name, "get")
		if !get && !lowercase.Is(c.Name, "make") && !lowercase.Is(c.Name, "makewith") {
			return ""
		}
		recv := strings.ToLower(strings.TrimPrefix(r.classOf(fn, c.Recv), `\`))
		// $app->make('config') on a receiver phpleak cannot type (the
		// container a binding's factory is handed): the id is Laravel's
		// own, for its configuration repository
		if recv == "" && lowercase.Is(c.Name, "make") && len(c.Args) == 1 && litString(c.Args[0]) == "config" && r.bindings()["config"] == "" {
			return containerAliases["config"]
		}
		if recv == "" || r.ix.Class(recv) != nil {
			return "" // unknown, or a project class: typed by its own code
		}
		laravel = laravelContainers[recv] && !get
		locator = serviceLocators[recv] && get
		args = c.Args
	}
	if len(args) == 0 || (!laravel && !locator) {
		return ""
	}
	id := litString(args[0])
	if id == "" {
		return ""
	}
	if laravel {
		if c := r.bindings()[id]; c != "" {
			return c
		}
		return containerAliases[id] // make('events'): one of the framework's own
	}
	if cs := r.locatorIDs()[id]; len(cs) == 1 {
		return cs[0]
	}
	return ""
}

// locatorIDs maps the ids of the project's Symfony service locators to
// the classes of the services behind them, built once: the locators of
// its service definitions (a ServiceLocator's map, a !service_locator),
// the factories of new ServiceLocator(['timers' => fn (): Timers => new
// Timers()]), and what a service subscriber's getSubscribedServices()
// returns (['timers' => Timers::class], [Timers::class], '?Timers').
func (r *resolver) locatorIDs() map[string][]string {
	if r.locators != nil {
		return r.locators
	}
	r.locators = map[string][]string{}
	add := func(id, class string) {
		class = strings.TrimPrefix(strings.TrimPrefix(class, "?"), `\`)
		if id == "" || class == "" || slices.ContainsFunc(r.locators[id], func(c string) bool { return strings.EqualFold(c, class) }) {
			return
		}
		r.locators[id] = append(r.locators[id], class)
	}
	for _, d := range r.locatorDecls {
		add(d.ID, d.Target)
	}
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			subscribed := fn.Kind == ir.FuncMethod && fn.Static && strings.EqualFold(fn.Name, "getSubscribedServices")
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.New:
					if !serviceLocators[strings.ToLower(strings.TrimPrefix(n.Class, `\`))] || len(n.Args) == 0 {
						return true
					}
					arr, ok := n.Args[0].(*ir.Array)
					if !ok {
						return true
					}
					for _, it := range arr.Items {
						if cl, ok := it.Value.(*ir.Closure); ok {
							add(litString(it.Key), r.returnedClass(cl.Func, 1))
						}
					}
				case *ir.Return:
					arr, ok := n.X.(*ir.Array)
					if !subscribed || !ok {
						return true
					}
					for _, it := range arr.Items {
						class := litString(it.Value)
						if cc, ok := it.Value.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
							class = cc.Class
						}
						id := litString(it.Key)
						if it.Key == nil {
							id = strings.TrimPrefix(class, "?")
						}
						add(id, class)
					}
				}
				return true
			})
		}
	}
	return r.locators
}

// closureCaptures lists the variables a closure takes from the code that
// creates it: its use() list, or for an arrow function every variable
// its body reads (PHP captures them by value).
func closureCaptures(fn *ir.Func) map[string]bool {
	out := map[string]bool{}
	for _, u := range fn.Uses {
		out[u.Name] = true
	}
	if fn.Kind == ir.FuncArrow {
		params := map[string]bool{}
		for _, p := range fn.Params {
			params[p.Name] = true
		}
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if v, ok := n.(*ir.Var); ok && v.Name != "this" && v.Name != "" && !params[v.Name] {
				out[v.Name] = true
			}
			return true
		})
	}
	return out
}

// virtualCall is a call of method name on a receiver of a known class
// that does not define it: one of its subclasses answers.
type virtualCall struct {
	class, name string
	site        callSite
}

// untypedCall is a call of a method on a receiver of unknown class: the
// function making it and how many arguments it passes.
type untypedCall struct {
	caller *ir.Func
	args   int
}

// dynamicTargets resolves a method call whose name is computed
// ($this->$method() after $method = 'create'.ucfirst($d).'Driver', or
// $this->{'on'.$event}()) to the methods of the receiver's class that
// the name can spell: the literal parts of the name, in order, with
// anything between. A name with fewer than three literal characters
// resolves to nothing.
func (r *resolver) dynamicTargets(fn *ir.Func, mc *ir.MethodCall) []*ir.Func {
	if mc.Name != "" || mc.NameExpr == nil {
		return nil
	}
	parts := namePattern(fn, mc.NameExpr, 0)
	lits := 0
	for _, p := range parts {
		lits += len(p)
	}
	if lits < 3 {
		return nil
	}
	class := r.classOf(fn, mc.Recv)
	if class == "" {
		return nil
	}
	var out []*ir.Func
	seen := map[*ir.Func]bool{}
	// $this->{'boot'.$trait}() in a base class: also the methods its
	// subclasses and their traits declare
	classes := []string{class}
	if analyzer.IsThis(mc.Recv) {
		classes = append(classes, r.ix.ConcreteSubclasses(class)...)
	}
	for _, cl := range classes {
		for _, c := range r.ix.Lineage(cl) {
			for _, m := range c.Methods {
				if t := r.ix.Method(cl, m.Name); t != nil && !seen[t] && globMatch(parts, strings.ToLower(m.Name)) {
					seen[t] = true
					out = append(out, t)
				}
			}
		}
	}
	return out
}

// namePattern turns a name expression into its literal parts, lower
// case; "" marks a part that can be anything.
func namePattern(fn *ir.Func, e ir.Expr, depth int) []string {
	if depth > 3 {
		return []string{""}
	}
	switch e := e.(type) {
	case *ir.Lit:
		if e.Kind == ir.LitString {
			return []string{strings.ToLower(e.Value)}
		}
	case *ir.Other:
		if e.Op == "." {
			var out []string
			for _, a := range e.Args {
				out = append(out, namePattern(fn, a, depth+1)...)
			}
			return out
		}
	case *ir.Var:
		// a local assigned once: what it is assigned
		var src ir.Expr
		n := 0
		analyzer.Inspect(fn.Body, func(x analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := x.(*ir.Assign); ok && isVarNamed(a.Dst, e.Name) {
				n++
				src = a.Src
			}
			return true
		})
		if n == 1 && paramIndex(fn, e) < 0 {
			return namePattern(fn, src, depth+1)
		}
	}
	return []string{""}
}

// globMatch reports whether name is the literal parts in order, with
// anything in the places of the "" parts.
func globMatch(parts []string, name string) bool {
	pos := 0
	anchored := true // the next literal must start at pos
	for i, p := range parts {
		if p == "" {
			anchored = false
			continue
		}
		if anchored {
			if !strings.HasPrefix(name[pos:], p) {
				return false
			}
			pos += len(p)
		} else {
			last := i == len(parts)-1
			j := strings.Index(name[pos:], p)
			if last {
				j = strings.LastIndex(name[pos:], p)
			}
			if j < 0 {
				return false
			}
			pos += j + len(p)
		}
		anchored = true
	}
	return pos == len(name) || !anchored
}

// testsInstanceof reports whether fn tests variable name with
// instanceof.
func testsInstanceof(fn *ir.Func, name string) bool {
	_, ok := instanceofTested(fn)[name]
	return ok
}

type instanceofKey struct{}

// instanceofTested lists, once per function, the variables it tests with
// instanceof, each with the distinct classes it is tested for (in the
// order of the code; none for a class named dynamically).
func instanceofTested(fn *ir.Func) map[string][]string {
	return analyzer.FuncMemo(fn, instanceofKey{}, func() map[string][]string {
		var out map[string][]string
		analyzer.EachNode(fn, analyzer.KOther, func(n analyzer.Node) bool {
			if o := n.(*ir.Other); o.Op == "instanceof" && len(o.Args) > 0 {
				if v, ok := o.Args[0].(*ir.Var); ok {
					if out == nil {
						out = map[string][]string{}
					}
					cs := out[v.Name]
					if len(o.Args) > 1 {
						if c, ok := o.Args[1].(*ir.ClassConst); ok && !slices.ContainsFunc(cs, func(x string) bool { return strings.EqualFold(x, c.Class) }) {
							cs = append(cs, c.Class)
						}
					}
					out[v.Name] = cs
				}
			}
			return true
		})
		return out
	})
}

// takenClass is the class of what mc takes out of one of PHP's
// containers held in a property of $this (dequeue(), pop(), shift(),
// extract(), top()), when every value the class's methods add to that
// property (enqueue(), push(), insert(), …) is of one project class; ""
// otherwise.
func (r *resolver) takenClass(fn *ir.Func, mc *ir.MethodCall, recvClass string) string {
	pr, ok := mc.Recv.(*ir.Prop)
	if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" || fn.ThisClass() == nil {
		return ""
	}
	kc := builtins.Lookup(recvClass)
	name := strings.ToLower(mc.Name)
	if kc == nil || !kc.Takes(name) && name != "top" && name != "bottom" && name != "current" {
		return ""
	}
	// (once per class and property; "" while it is worked out, for
	// $this->q->enqueue($this->q->dequeue()))
	class := fn.ThisClass().Name
	return memoized(&r.takenMemo, [2]string{strings.ToLower(class), pr.Name}, "", func() string {
		return r.findTakenClass(class, pr.Name, kc)
	})
}

// findTakenClass is takenClass, worked out: the one project class of
// what the methods of class add to the container in property prop.
func (r *resolver) findTakenClass(class, prop string, kc *builtins.Container) string {
	found := ""
	for _, c := range r.ix.Lineage(class) {
		for _, m := range c.Methods {
			analyzer.InspectFunc(m, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
				add, ok := n.(*ir.MethodCall)
				if !ok || len(add.Args) == 0 || !kc.Adds(strings.ToLower(add.Name)) || found == "-" {
					return found != "-"
				}
				if p, ok := add.Recv.(*ir.Prop); !ok || !analyzer.IsThis(p.Obj) || p.Name != prop {
					return true
				}
				// (the value: the first argument, the second of offsetSet($k, $v))
				v := add.Args[0]
				if strings.EqualFold(add.Name, "offsetSet") && len(add.Args) > 1 {
					v = add.Args[1]
				}
				c := r.classOf(m, v)
				switch {
				case c == "" || r.ix.Class(c) == nil || found != "" && !strings.EqualFold(found, c):
					found = "-"
				default:
					found = c
				}
				return found != "-"
			})
		}
	}
	if found == "-" {
		return ""
	}
	return found
}
