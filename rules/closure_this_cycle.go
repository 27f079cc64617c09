package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// ClosureThisCycle flags values that hold $this — non-static closures,
// arrow functions, [$this, 'm'], $this->m(...) — stored in $this's own
// object graph.
var ClosureThisCycle = &analyzer.Analyzer{
	ID:       "closure-this-cycle",
	Kind:     analyzer.Cycle,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Closure holding $this is stored inside $this",
		Text: "A closure or arrow function created in a non-static method binds `$this`, whether or not\n" +
			"its body uses it; so do `[$this, 'method']` and `$this->method(...)`. Storing such a value in a\n" +
			"property of `$this`, or in an object `$this` owns (an emitter or dispatcher held in a property),\n" +
			"makes a cycle: the object holds the closure and the closure holds the object. When the object\n" +
			"is dropped, refcounting frees neither.\n\n" +
			"Not flagged: `static function` / `static fn`, closures used locally (array_map, usort, called at\n" +
			"once), closures stored on objects `$this` does not own, closures made in static methods.",
		Leaking: `final class ReportBuilder
{
    private array $formatters = [];

    public function __construct()
    {
        $this->formatters['money'] = fn (int $cents) => $this->money($cents);
    }
}`,
		Fixed: `final class ReportBuilder
{
    private array $formatters = [];

    public function __construct()
    {
        $this->formatters['money'] = static fn (int $cents) => number_format($cents / 100, 2);
    }
}`,
	},
	Prepare: prepareShared,
	Run:     judgedByModel(runClosureThisCycle),
}

func runClosureThisCycle(pass *analyzer.Pass) {
	r := sharedResolver(pass)
	prog := sharedProgram(pass)
	clearers := sharedClearers(pass)
	reach := &clearReach{r: r, files: pass.Files}
	check := func(f *ir.File, fn *ir.Func) {
		{
			class := fn.ThisClass()
			if class == nil {
				return
			}
			scope := analyzer.NewScope(fn)
			holders := thisHoldingLocals(r, fn)
			kept := r.storedParams(fn)
			// ownerPath maps a receiver to its place in $this's graph:
			// "$this->x" as written, or a parameter this method stores
			// in $this->x.
			var ownerPath func(e ir.Expr) string
			ownerPath = func(e ir.Expr) string {
				path := analyzer.ExprPath(e)
				if path == "$this" || strings.HasPrefix(path, "$this->") {
					return path
				}
				// $this->deferred->getCancellation(): a getter of an
				// object $this owns hands out one of its properties
				if mc, ok := e.(*ir.MethodCall); ok && len(mc.Args) == 0 && !mc.Nullsafe && !analyzer.IsThis(mc.Recv) {
					if base := ownerPath(mc.Recv); base != "" {
						if m := r.method(fn, mc); m != nil && !m.Abstract {
							if prop := returnedProp(m); prop != "" {
								return base + "->" + prop
							}
						}
					}
					return ""
				}
				if v, ok := e.(*ir.Var); ok {
					for i, p := range fn.Params {
						if p.Name == v.Name {
							if prop, ok := kept[i]; ok {
								return "$this->" + prop
							}
						}
					}
				}
				return ""
			}
			// simulated: false for a cycle the simulation cannot build
			// (closures made by a PHP function it does not run, as
			// array_reduce): judged by the worker model, not simulated,
			// and reported at medium
			reportWith := func(n analyzer.Node, value, where string, self string, simulated bool) {
				key := "closure:" + strings.ToLower(class.Name) + ":" + where
				if self != "" {
					key = selfCycleKey(class.Name, self) // the same cycle circular-reference sees
				}
				claim := &analyzer.Claim{Kind: analyzer.Cycle, Func: fn, Callers: sharedResolver(pass).callers(fn, 8), Owner: class.Name, Unsimulated: !simulated}
				conf := analyzer.High
				if !simulated {
					conf = analyzer.Medium
				}
				pass.Report(analyzer.Diagnostic{
					File: f,
					Pos:  n.Span(),
					Message: fmt.Sprintf("%s holds $this and is stored in %s, inside the same %s: the object and the closure reference each other, so when the %s is dropped refcounting frees neither (a garbage cycle).",
						capitalize(value), where, class.Short, class.Short),
					Fix:        "Make the closure static (static fn / static function) and pass what it needs as arguments or through use(), hold $this through a WeakReference, or unset the stored closure when done.",
					Confidence: conf,
					Trace: []analyzer.TraceStep{
						analyzer.Step(f, n.Span(), "%s (holding $this) stored in %s", value, where),
					},
					Claim:   claim,
					LeakKey: key,
				})
			}
			report := func(n analyzer.Node, value, where string, self string) { reportWith(n, value, where, self, true) }
			analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KCall|analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Assign:
					// += on an array is a union: what it adds is kept
					if n.Op != "=" && n.Op != "??=" && n.Op != "+=" {
						return true
					}
					place, _, ok := scope.PlaceOf(n.Dst)
					if !ok || !ownedByThis(place) || clearers[strings.ToLower(place.Name)] {
						return true
					}
					// (the costlier checks only for a value that may hold $this)
					if !mayHoldThis(n.Src) || r.isWeakMap(fn, place) || clearedLater(scope, n, place) {
						return true
					}
					// $this->cb = $factory->call($this, …): what the closure
					// returns while bound to $this
					if mc, ok := n.Src.(*ir.MethodCall); ok && strings.EqualFold(mc.Name, "call") && len(mc.Args) > 0 && analyzer.IsThis(mc.Args[0]) {
						if r.callReturnsThis(fn, mc.Recv) {
							report(n, "what $"+strings.TrimPrefix(analyzer.ExprPath(mc.Recv), "$")+"->call($this) returns (made while bound to $this)", place.String(), ownProp(place))
							return true
						}
					}
					// $this->stack ??= array_reduce($pipes, $this->carry(), $first):
					// the onion of closures the callback makes, each over $this
					if c, ok := n.Src.(*ir.Call); ok && analyzer.CallName(c) == "array_reduce" && len(c.Args) >= 2 {
						if r.reducerBindsThis(fn, c.Args[1]) {
							reportWith(n, "the closure array_reduce() builds (its callback returns closures over $this)", place.String(), ownProp(place), false)
							return true
						}
					}
					for _, v := range append([]ir.Expr{n.Src}, heldValues(n.Src)...) {
						if desc, ok := holdsThis(v, holders); ok {
							if strings.HasPrefix(desc, "the generator") && r.generatorFinishes(fn, v, place) {
								return true // a finished generator has let go of $this
							}
							if strings.HasPrefix(desc, "the generator") && r.heldWhileSuspended(prog, fn, v, place) {
								return true // a long-lived object keeps it until it finishes: growth, not garbage
							}
							if strings.HasPrefix(desc, "the closure $this->") {
								return true // a helper's closure stored on $this: circular-reference's
							}
							report(n, desc, place.String(), ownProp(place))
							return true
						}
					}
					// $this->pipeline = (new Pipeline())->through($this->stages()):
					// what a fluent setter or with-er returns keeps the closures
					// (not one that lets go of them once done: a promise's
					// then() keeps its handlers until it settles)
					if mc, ok := n.Src.(*ir.MethodCall); ok && !r.keptUntilCleared(fn, mc, clearers) {
						if desc, ok := r.keptThrough(fn, mc, holders, 3); ok {
							report(n, desc, place.String(), ownProp(place))
							return true
						}
					}
					if sc, ok := n.Src.(*ir.StaticCall); ok {
						if desc, ok := r.keptThrough(fn, sc, holders, 3); ok {
							report(n, desc, place.String(), ownProp(place))
							return true
						}
					}
					// $this->logger = new Logger(fn () => …): the new
					// object keeps the closure
					if nw, ok := n.Src.(*ir.New); ok {
						ctorKept, ctorEnds := r.storedParams(r.constructor(nw)), r.storedEnds(r.constructor(nw))
						for i, a := range nw.Args {
							if _, stored := ctorKept[i]; !stored || allCleared(ctorEnds[i], clearers) {
								// (a promise lets go of its canceller once settled)
								continue
							}
							desc, ok := holdsThis(a, holders)
							if !ok {
								desc, ok = r.keptThrough(fn, a, holders, 3)
							}
							if ok && strings.HasPrefix(desc, "the generator") && r.consumedByHolder(fn, nw, a) {
								continue // the new object runs the generator to its end
							}
							if ok {
								report(n, desc, fmt.Sprintf("a new %s kept in %s", shortName(nw.Class), place.String()), "")
								return true
							}
						}
					}
				case *ir.Call:
					if name := analyzer.CallName(n); (name == "array_push" || name == "array_unshift") && len(n.Args) >= 2 {
						if place, _, ok := scope.PlaceOf(n.Args[0]); ok && ownedByThis(place) {
							for _, a := range n.Args[1:] {
								if desc, ok := holdsThis(a, holders); ok {
									report(n, desc, place.String(), ownProp(place))
									return true
								}
							}
						}
					}
				case *ir.MethodCall:
					path := ownerPath(n.Recv)
					if path == "" {
						return true
					}
					m := r.method(fn, n)
					if m == nil {
						// a framework base class outside the analysed code
						// ($this->middleware(fn …) in a Laravel controller)
						if path == "$this" && fn.ThisClass() != nil {
							if prop, i, ok := r.frameworkKeeps(fn.ThisClass().Name, n.Name); ok && i < len(n.Args) && !clearers[strings.ToLower(prop)] {
								if desc, ok := holdsThis(n.Args[i], holders); ok {
									report(n, desc, fmt.Sprintf("$this (via %s(), which keeps it in $%s)", n.Name, prop), prop)
								}
							}
							return true
						}
						// $this->stages->enqueue($this->verify(...)): one of
						// PHP's containers that $this owns keeps it
						if strings.HasPrefix(path, "$this->") && !strings.Contains(strings.TrimPrefix(path, "$this->"), "->") {
							recvClass := r.classOf(fn, n.Recv)
							prop := strings.TrimPrefix(path, "$this->")
							if _, long := prog.isLongLived(recvClass); long && !r.givenFresh(fn.ThisClass(), prop) {
								// a framework dispatcher the container shares:
								// a listener added per request is growth
								// (handler-registration-growth), not a cycle
								// (unless each object is given one of its own)
								return true
							}
							for i, kept := range r.vendorKeeps(recvClass, n) {
								// (a release the code calls: removeAllListeners(),
								// or one of PHP's containers emptied in place:
								// $this->detectors->removeAll($this->detectors))
								if i >= len(n.Args) || clearers[strings.ToLower(kept)] || builtins.Lookup(recvClass) != nil && clearers[strings.ToLower(prop)] {
									continue
								}
								if desc, ok := holdsThis(n.Args[i], holders); ok {
									report(n, desc, fmt.Sprintf("%s (via %s())", path, n.Name), "")
									return true
								}
							}
						}
						return true
					}
					// a listener on a long-lived dispatcher is growth
					// (handler-registration-growth), not a cycle; one
					// removed again leaks nothing
					if _, long := prog.isLongLived(r.classOf(fn, n.Recv)); long && path != "$this" && !prog.freshReceiver(fn, n.Recv) {
						return true
					}
					// known by its interface: the class whose method runs
					if m.Class != nil && m.Class.Kind == ir.KindClass && path != "$this" && prog.longLivedClass(m.Class.Name) {
						return true
					}
					if r.removesListener(fn, analyzer.ExprPath(n.Recv)) {
						return true
					}
					// $this->parser->onFrame($this->handle(...)) where a
					// method called elsewhere sets $this->parser = null:
					// letting go of the receiver breaks the cycle
					if rest, ok := strings.CutPrefix(path, "$this->"); ok {
						if first, _, _ := strings.Cut(rest, "->"); clearers[strings.ToLower(first)] {
							return true
						}
					}
					kept, ends := r.storedParams(m), r.storedEnds(m)
					if m.Abstract && m.Class != nil && path != "$this" {
						// known by its interface ($this->deferred->token()
						// declared to return Token): kept where every
						// implementation keeps it
						kept, ends, _ = r.storedByEveryImplementation(m, "")
					}
					for i, a := range n.Args {
						prop, ok := kept[i]
						// (a release that runs only on objects of another
						// class than the receiver can be does not count:
						// removeAllListeners() in one stream's close(), the
						// listeners kept by another's)
						if !ok || allCleared(ends[i], clearers) && reach.everyReceiver(fn, n, m, ends[i]) {
							// a queue the code drains (the callbacks run
							// when a transaction ends, then dropped)
							continue
						}
						desc, ok := holdsThis(a, holders)
						if !ok {
							// $this->setCallbacks(Callbacks::withDefaults([… fn …]))
							if sc, isStatic := a.(*ir.StaticCall); isStatic {
								desc, ok = r.keptThrough(fn, sc, holders, 3)
							}
						}
						if ok {
							if path == "$this" && strings.HasPrefix(desc, "the closure $this->") {
								return true // circular-reference reports $this->set($this->helper())
							}
							// give($fn) keeping it in $this->container, a
							// container that lives for the process: kept
							// alive, never garbage
							if path == "$this" && fn.ThisClass() != nil && prog.longLivedClass(r.propClass(fn.ThisClass().Name, prop)) {
								return true
							}
							owner := "$this"
							if path != "$this" {
								owner = path
							}
							self := ""
							if path == "$this" {
								self = prop
							}
							report(n, desc, fmt.Sprintf("%s (via %s(), which keeps it in $%s)", owner, m.Name, prop), self)
							return true
						}
					}
				}
				return true
			})
		}
	}
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			check(f, fn)
		}
	}
	// a closure written outside any class and run with ->call($this)
	// (or bound with bindTo / Closure::bind) in a method: its body runs
	// as that class's $this
	for _, b := range r.boundClosures(pass.Files) {
		check(b.File, b)
	}
}

// boundClosures lists, once per run, the closures written outside any
// class that a method runs with ->call($this), ->bindTo($this) or
// Closure::bind($fn, $this), each as a copy whose $this is that method's
// class (the copy's parent is a stand-in method of the class).
func (r *resolver) boundClosures(files []*ir.File) []*ir.Func {
	var out []*ir.Func
	seen := map[[2]any]bool{}
	for _, f := range files {
		for _, fn := range f.AllFuncs() {
			class := fn.ThisClass()
			if class == nil {
				continue
			}
			analyzer.InspectFunc(fn, analyzer.KMethodCall|analyzer.KStaticCall, func(n analyzer.Node, _ []analyzer.Node) bool {
				var closure ir.Expr
				switch c := n.(type) {
				case *ir.MethodCall:
					if (lowercase.Is(c.Name, "call") || lowercase.Is(c.Name, "bindto")) && len(c.Args) > 0 && analyzer.IsThis(c.Args[0]) {
						closure = c.Recv
					}
				case *ir.StaticCall:
					if strings.EqualFold(shortName(c.Class), "Closure") && strings.EqualFold(c.Name, "bind") && len(c.Args) >= 2 && analyzer.IsThis(c.Args[1]) {
						closure = c.Args[0]
					}
				}
				if closure == nil {
					return true
				}
				for _, c := range r.closureValues(fn, closure, 0) {
					if c.ThisClass() != nil || seen[[2]any{c, class}] {
						continue
					}
					seen[[2]any{c, class}] = true
					bound := c.Clone()
					bound.Parent = &ir.Func{Kind: ir.FuncMethod, Name: fn.Name, Class: class, File: fn.File, Pos: fn.Pos}
					out = append(out, bound)
				}
				return true
			})
		}
	}
	return out
}

// ownedByThis reports whether a place belongs to $this's object graph.
func ownedByThis(p analyzer.Place) bool {
	return p.Kind == analyzer.PlaceThisProp ||
		(p.Kind == analyzer.PlaceObjProp && strings.HasPrefix(p.Path, "$this->"))
}

// isWeakMap reports whether a $this or static property is a WeakMap (by type or by
// its initialisation), whose entries do not keep their keys alive.
func (r *resolver) isWeakMap(fn *ir.Func, p analyzer.Place) bool {
	class := p.Class
	switch p.Kind {
	case analyzer.PlaceThisProp:
		c := fn.ThisClass()
		if c == nil {
			return false
		}
		class = c.Name
	case analyzer.PlaceStatic:
	case analyzer.PlaceStaticVar, analyzer.PlaceLocal:
		// static $memo = null; $memo ??= new WeakMap();
		return localWeakMap(fn, p.Name)
	default:
		return false
	}
	return strings.EqualFold(shortName(r.propClass(class, p.Name)), "WeakMap") || propTyped(r.ix, class, p.Name, "weakmap")
}

// localWeakMap reports whether every value fn gives its variable name
// (with =, ??= or a static's initial value) that is not null is a new
// WeakMap, and there is one. One walk per function, kept: the growth
// rules ask it for every write into a local.
func localWeakMap(fn *ir.Func, name string) bool {
	return localWeakMaps(fn)[name]
}

type localWeakMapsKey struct{}

// localWeakMaps lists the variables of fn that only ever hold a new
// WeakMap (see localWeakMap).
func localWeakMaps(fn *ir.Func) map[string]bool {
	return analyzer.FuncMemo(fn, localWeakMapsKey{}, func() map[string]bool {
		weak, other := map[string]bool{}, map[string]bool{}
		note := func(name string, e ir.Expr) {
			switch x := e.(type) {
			case *ir.New:
				if strings.EqualFold(shortName(strings.TrimPrefix(x.Class, `\`)), "WeakMap") {
					weak[name] = true
					return
				}
			case *ir.Lit:
				if x.Kind == ir.LitNull {
					return
				}
			case nil:
				return
			}
			other[name] = true
		}
		analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KStaticVar, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Assign:
				if v, ok := n.Dst.(*ir.Var); ok && v.Name != "" {
					note(v.Name, n.Src)
				}
			case *ir.StaticVar:
				note(n.Name, n.Init)
			}
			return true
		})
		for name := range other {
			delete(weak, name)
		}
		return weak
	})
}

func propTyped(ix *analyzer.Index, class, prop, typ string) bool {
	if p := ix.Property(class, prop); p != nil {
		for _, t := range p.Types {
			if strings.EqualFold(shortName(t), typ) {
				return true
			}
		}
	}
	return false
}

// holdsThis says whether e is a value that keeps $this alive, and
// describes it.
func holdsThis(e ir.Expr, locals map[string]string) (string, bool) {
	switch e := e.(type) {
	case *ir.Closure:
		if e.Func.Static {
			return "", false
		}
		if e.Func.Kind == ir.FuncArrow {
			return "an arrow function", true
		}
		return "a closure", true
	case *ir.Array:
		if len(e.Items) == 2 && analyzer.IsThis(e.Items[0].Value) {
			return "the callable [$this, …]", true
		}
	case *ir.MethodCall:
		if e.FirstClass && analyzer.IsThis(e.Recv) {
			return fmt.Sprintf("the callable $this->%s(...)", e.Name), true
		}
		if d, ok := locals["$call:"+e.Name]; ok && analyzer.IsThis(e.Recv) {
			return d, true
		}
		if strings.EqualFold(e.Name, "bindTo") && len(e.Args) >= 1 && analyzer.IsThis(e.Args[0]) {
			return "a closure bound to $this (bindTo)", true
		}
	case *ir.StaticCall:
		if strings.EqualFold(shortName(e.Class), "Closure") && strings.EqualFold(e.Name, "fromCallable") && len(e.Args) == 1 {
			if _, ok := holdsThis(e.Args[0], locals); ok {
				return "Closure::fromCallable([$this, …])", true
			}
		}
		// Closure::bind($fn, $this): even a closure made elsewhere now
		// holds $this
		if strings.EqualFold(shortName(e.Class), "Closure") && strings.EqualFold(e.Name, "bind") && len(e.Args) >= 2 && analyzer.IsThis(e.Args[1]) {
			return "a closure bound to $this (Closure::bind)", true
		}
	case *ir.Var:
		if d, ok := locals[e.Name]; ok {
			return d + " (in $" + e.Name + ")", true
		}
	}
	return "", false
}

// thisHoldingLocals finds local variables that are assigned a value
// holding $this anywhere in fn. It also notes ("$call:name") the methods
// of $this whose result holds $this: generators (a suspended generator
// holds its $this) and helpers returning a closure bound to $this.
func thisHoldingLocals(r *resolver, fn *ir.Func) map[string]string {
	out := map[string]string{}
	if c := fn.ThisClass(); c != nil {
		for _, cl := range r.ix.Lineage(c.Name) {
			for _, m := range cl.Methods {
				switch {
				case m.Generator && !m.Static:
					out["$call:"+m.Name] = fmt.Sprintf("the generator $this->%s()", m.Name)
				case r.flow(m).thisClosure:
					out["$call:"+m.Name] = fmt.Sprintf("the closure $this->%s() returns, bound to $this", m.Name)
				}
			}
		}
	}
	analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && a.Op == "=" {
			if v, ok := a.Dst.(*ir.Var); ok && v.Name != "" && v.Name != "this" {
				if d, ok := holdsThis(a.Src, nil); ok {
					out[v.Name] = d
				} else if d, ok := r.keptThrough(fn, a.Src, out, 3); ok {
					out[v.Name] = d
				}
			}
		}
		// foreach ($this->listeners() as $event => [$listener, $priority]):
		// the elements of an array built in helpers of the class, one of
		// which holds $this ($this->relay(...), [$this, 'moderate'])
		if l, ok := n.(*ir.Loop); ok && l.Kind == ir.LoopForeach && l.Value != nil {
			if d, ok := r.arrayHoldsThis(fn, l.Iter, 0); ok {
				for name := range names(l.Value) {
					if name != "this" {
						out[name] = d
					}
				}
			}
		}
		return true
	})
	return out
}

// givenFresh reports whether property prop of class c holds an object
// of its own: a promoted constructor parameter every `new` of the class
// gives a new object (new ConversationSession($id, new
// EventDispatcher(), …)), or a property the class only ever sets to a
// new one ($this->events = new EventDispatcher() in its constructor),
// whatever its class usually is.
func (r *resolver) givenFresh(c *ir.Class, prop string) bool {
	if c == nil {
		return false
	}
	if r.freshProp(c.Name, prop) {
		return true
	}
	decl := r.ix.Property(c.Name, prop)
	ctor := r.ix.Method(c.Name, "__construct")
	if decl == nil || !decl.Promoted || ctor == nil {
		return false
	}
	i := slices.IndexFunc(ctor.Params, func(p *ir.Param) bool { return p.Name == prop })
	return i >= 0 && r.everyArg(ctor, i, func(caller *ir.Func, arg ir.Expr) bool {
		nw, isNew := localSource(caller, arg).(*ir.New)
		return isNew && !madeOutsideLoop(caller, nw.P, arg.Span())
	})
}

// madeOutsideLoop reports whether a loop of fn holds position use but
// not made: an object made before the loop and handed on in every round
// ($feed = new EventEmitter() before the worker loop) is one object, not
// a fresh one each time.
func madeOutsideLoop(fn *ir.Func, made, use ir.Pos) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		if l, ok := n.(*ir.Loop); ok && posWithin(use, l.P) && !posWithin(made, l.P) {
			found = true
		}
		return !found
	})
	return found
}

// arrayHoldsThis reports whether the array e, in fn, has an element that
// holds $this, at any depth of its literals: a literal, array_merge() or
// array_replace() of such, or what a method of $this returns (the
// listeners a helper lists, [$event => [$this->relay(...), 0]]).
func (r *resolver) arrayHoldsThis(fn *ir.Func, e ir.Expr, depth int) (string, bool) {
	if depth > 3 {
		return "", false
	}
	switch x := localSource(fn, e).(type) {
	case *ir.Array:
		for _, it := range x.Items {
			if d, ok := holdsThis(it.Value, nil); ok {
				return d, true
			}
			if c, ok := it.Value.(*ir.Closure); ok {
				if name := capturesThisAlias(fn, c); name != "" {
					return fmt.Sprintf("a closure over $%s (which is $this)", name), true
				}
			}
			if d, ok := r.arrayHoldsThis(fn, it.Value, depth+1); ok {
				return d, true
			}
		}
	case *ir.Call:
		switch analyzer.CallName(x) {
		case "array_merge", "array_replace":
			for _, a := range x.Args {
				if d, ok := r.arrayHoldsThis(fn, a, depth+1); ok {
					return d, true
				}
			}
		}
	case *ir.MethodCall:
		if !analyzer.IsThis(x.Recv) || x.FirstClass {
			return "", false
		}
		m := r.method(fn, x)
		if m == nil || m.Static {
			return "", false
		}
		for _, ret := range r.returns(m) {
			if ret.X == nil {
				continue
			}
			if d, ok := r.arrayHoldsThis(m, ret.X, depth+1); ok {
				return fmt.Sprintf("%s, listed by $this->%s()", d, x.Name), true
			}
		}
	}
	return "", false
}

// capturesThisAlias names the variable through which closure c, even a
// static one, holds $this: one it captures that fn assigns once, to
// $this, before c is made ($flow = $this; static fn () use ($flow)).
func capturesThisAlias(fn *ir.Func, c *ir.Closure) string {
	once := assignedOnce(fn)
	for name := range closureCaptures(c.Func) {
		if src, ok := once[name]; ok && analyzer.IsThis(src) && posBefore(src.Span(), c.P) {
			return name
		}
	}
	return ""
}

// clearedLater reports whether fn, after the store a, sets the place back
// to null or [] or unsets it (also in a finally block). The clearing
// statements are found once per function and place.
func clearedLater(scope *analyzer.Scope, a *ir.Assign, place analyzer.Place) bool {
	fn := scope.Fn
	last := analyzer.FuncMemo(fn, clearedKey{place.Key()}, func() int {
		return analyzer.LastWalked(fn, analyzer.KUnset|analyzer.KAssign, func(n analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Unset:
				for _, t := range n.Targets {
					if p, _, ok := scope.PlaceOf(t); ok && p.Key() == place.Key() {
						return true
					}
				}
			case *ir.Assign:
				p, dims, ok := scope.PlaceOf(n.Dst)
				return ok && len(dims) == 0 && p.Key() == place.Key() && isEmptyValue(n.Src)
			}
			return false
		})
	})
	_, end, _ := analyzer.Walked(fn, a)
	return last >= end
}

type clearedKey struct{ place string }

// generatorFinishes reports whether the generator that fn makes with the
// call v and keeps at place is run to its end (see consumedFully and the
// checks after it): a finished generator has let go of $this, and has
// run its finally blocks.
func (r *resolver) generatorFinishes(fn *ir.Func, v ir.Expr, place analyzer.Place) bool {
	return consumedFully(fn.Body, place) || r.closedWithNull(fn, v, place) || r.consumedLater(fn, place) || r.iteratedToEnd(fn, place) || r.drainedWhereHanded(fn, place) || r.drainedByStepper(fn, place) || r.drainedAfterPeek(fn, place)
}

// consumedFully reports whether body runs the generator at place to the
// end: a foreach over it, or a loop whose whole condition is
// $g->valid() and that calls $g->next(), with no break or return inside
// the loop.
func consumedFully(body []ir.Stmt, place analyzer.Place) bool {
	full := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		l, ok := n.(*ir.Loop)
		if !ok {
			return true
		}
		switch {
		case l.Kind == ir.LoopForeach && analyzer.ExprPath(l.Iter) == place.String():
		case l.Kind != ir.LoopForeach && isValidCall(l.Cond, place) && callsOn(withStep(l), place, "next"):
		default:
			return true
		}
		if !leavesEarly(l.Body) {
			full = true
		}
		return !full
	})
	return full
}

// iteratedToEnd reports whether the generator fn stores in place is the
// one an IteratorAggregate hands out (getIterator() returning
// $this->stream ??= $this->pages()), and every foreach over an object
// of the class in the project runs to its end: the generator finishes
// and lets go of $this.
func (r *resolver) iteratedToEnd(fn *ir.Func, place analyzer.Place) bool {
	c := fn.ThisClass()
	if c == nil {
		return false
	}
	gi := fn
	if strings.EqualFold(fn.Name, "__construct") {
		// $this->cursor = $this->entries() in the constructor, handed
		// out by getIterator(): also every object made must be
		// iterated, or its generator never runs
		gi = r.ix.Method(c.Name, "getIterator")
		if gi == nil || gi.ThisClass() != c || !r.everyNewIterated(c.Name) {
			return false
		}
	}
	if !strings.EqualFold(gi.Name, "getIterator") || !returnsPlace(gi, place) {
		return false
	}
	// (only the loops: asked for every getIterator() of the project, a
	// walk of every node of it would cost as much as the project squared)
	return r.everySite(analyzer.KLoop, func(g *ir.Func, x analyzer.Node, _ []analyzer.Node) (counts, holds bool) {
		l, isLoop := x.(*ir.Loop)
		if !isLoop || l.Kind != ir.LoopForeach || !strings.EqualFold(r.classOf(g, l.Iter), c.Name) {
			return false, true
		}
		return true, !leavesEarly(l.Body)
	})
}

// drainedWhereHanded reports whether fn hands out the generator it keeps
// at place (return $this->lines ??= $this->formatLines()) and every call
// of fn in the project runs it to the end there: iterator_to_array() or
// iterator_count() of the call, or a foreach over it that does not leave
// early. A finished generator lets go of $this.
func (r *resolver) drainedWhereHanded(fn *ir.Func, place analyzer.Place) bool {
	if !returnsPlace(fn, place) {
		return false
	}
	sites, _ := r.callSites()
	if len(sites[fn]) == 0 {
		return false
	}
	callers := map[*ir.Func]bool{}
	for _, s := range sites[fn] {
		callers[s.caller] = true
	}
	calls := 0
	for g := range callers {
		ok := true
		analyzer.InspectFunc(g, analyzer.KCalls|analyzer.KLoop, func(n analyzer.Node, stack []analyzer.Node) bool {
			if _, isCall := n.(*ir.MethodCall); !isCall || r.target(g, n) != fn {
				return true
			}
			calls++
			drained := false
			if len(stack) > 0 {
				switch parent := stack[len(stack)-1].(type) {
				case *ir.Call:
					name := analyzer.CallName(parent)
					drained = (name == "iterator_to_array" || name == "iterator_count") && len(parent.Args) > 0 && parent.Args[0] == n.(ir.Expr)
				case *ir.Loop:
					drained = parent.Kind == ir.LoopForeach && parent.Iter == n.(ir.Expr) && !leavesEarly(parent.Body)
				}
				// $turnstile->display($session->screen()): handed to a
				// function that runs its parameter to the end
				if !drained {
					drained = r.paramDrained(g, stack[len(stack)-1], n.(ir.Expr))
				}
			}
			ok = ok && drained
			return ok
		})
		if !ok {
			return false
		}
	}
	return calls > 0
}

// drainedByStepper reports whether the generator fn keeps at place is
// read one item at a time by a method of the class that returns null
// once it is done (if (!$cursor->valid()) return null; …;
// $cursor->next(); return $frame;), and every call of that method in the
// project is the condition of a loop that goes on until it returns null
// (while (($frame = $bundle->nextFrame()) !== null)), with no way out of
// the loop in between: the generator finishes and lets go of $this.
func (r *resolver) drainedByStepper(fn *ir.Func, place analyzer.Place) bool {
	c := fn.ThisClass()
	if c == nil || place.Kind != analyzer.PlaceThisProp {
		return false
	}
	sites, _ := r.callSites()
	steppers := 0
	for _, m := range c.Methods {
		if m.Static || !stepsTo(m, fn, place) {
			continue
		}
		steppers++
		if len(sites[m]) == 0 {
			// (an AMPHP server reads a response body's stream until
			// read() returns null)
			if r.readUntilNullByServer(c, m) && emptyOnlyWhenDone(m, fn, place) {
				continue
			}
			return false
		}
		for _, s := range sites[m] {
			if s.at == (ir.Pos{}) || !((loopsUntilNull(s.caller, s.at) || loopsUntilEmptyBreak(s.caller, s.at)) && emptyOnlyWhenDone(m, fn, place)) && !(loopsUntilTrue(s.caller, s.at) && trueWhenDone(m, place)) && !takesAll(s) && !takenAllLater(s, sites[m]) && !r.drainedAfter(s, m) && !steppedThenDrained(s, sites[m]) && r.loopUntilDone(s, c, place) == nil && !r.drainedLaterUntilDone(s, sites[m], c, place) {
				return false
			}
		}
	}
	return steppers > 0
}

// readUntilNullByServer reports whether library code, not the project,
// calls stepper m of class c in a loop that stops when it returns null:
// read() of an AMPHP readable stream, which the server calls until null
// for a response body.
func (r *resolver) readUntilNullByServer(c *ir.Class, m *ir.Func) bool {
	return strings.EqualFold(m.Name, "read") && r.ix.Implements(c.Name, ampReadableStream)
}

// ampReadableStream is AMPHP's interface of pull streams: a response
// body the server reads with read() until it returns null.
const ampReadableStream = `amp\bytestream\readablestream`

// takesAll reports whether s, a call of a stepper that reads up to a
// budget it is given ($layout->take($n)), is given no budget at all:
// take(PHP_INT_MAX) reads the generator to its end.
func takesAll(s callSite) bool {
	for _, a := range s.args {
		if l, ok := a.(*ir.Lit); ok && l.Kind == ir.LitConst && strings.EqualFold(strings.TrimPrefix(l.Value, `\`), "PHP_INT_MAX") {
			return true
		}
	}
	return false
}

// laterOnSameReceiver lists the calls among all that s's function makes
// after s on the receiver s is made on ($batch->next() twice).
func laterOnSameReceiver(s callSite, all []callSite) []callSite {
	recv := analyzer.ExprPath(s.recv)
	if recv == "" {
		return nil
	}
	var out []callSite
	for _, o := range all {
		if o.caller == s.caller && o.at != s.at && posBefore(s.at, o.at) && analyzer.ExprPath(o.recv) == recv {
			out = append(out, o)
		}
	}
	return out
}

// takenAllLater reports whether, after s (a call of a budget stepper),
// the same function calls the stepper again on the same receiver with
// no budget (take(PHP_INT_MAX)), in a statement of its own body that no
// return before it skips: $feed->take(10) then $feed->take(PHP_INT_MAX).
func takenAllLater(s callSite, all []callSite) bool {
	for _, o := range laterOnSameReceiver(s, all) {
		if !takesAll(o) || !topLevelAt(o.caller.Body, o.at) {
			continue
		}
		skipped := false
		analyzer.InspectFunc(o.caller, analyzer.KReturn, func(n analyzer.Node, _ []analyzer.Node) bool {
			if ret, ok := n.(*ir.Return); ok && posBefore(s.at, ret.P) && posBefore(ret.P, o.at) && !posWithin(o.at, ret.P) {
				skipped = true
			}
			return !skipped
		})
		if !skipped {
			return true
		}
	}
	return false
}

// steppedThenDrained reports whether s, a call of a stepper that may stop
// early, is a first step ($first = $batch->next(); if ($first === null)
// { return; }) after which the same function, on the same receiver and
// on every path that does not leave on that null, calls the stepper
// again as the condition of a loop that goes on until it returns null
// (while (($scan = $batch->next()) !== null)). Leaving on the null
// leaves a generator that is done already.
func steppedThenDrained(s callSite, all []callSite) bool {
	var loop *callSite
	for _, o := range laterOnSameReceiver(s, all) {
		if loopsUntilNull(o.caller, o.at) {
			loop = &o
			break
		}
	}
	if loop == nil {
		return false
	}
	// the variable the first step's answer goes to
	result := ""
	ok := true
	analyzer.InspectFunc(s.caller, analyzer.KAssign|analyzer.KLoop|analyzer.KOther, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Assign:
			if v, isVar := n.Dst.(*ir.Var); isVar && n.Src != nil && n.Src.Span() == s.at && !mayBeSkipped(stack) {
				result = v.Name
			}
		case *ir.Loop:
			if posWithin(s.at, n.P) {
				ok = false // the first step is repeated itself
			}
		}
		return true
	})
	if !ok || result == "" {
		return false
	}
	// every way out between the two leaves on the first answer's null,
	// and the loop is not skipped
	analyzer.InspectFunc(s.caller, analyzer.KReturn|analyzer.KOther|analyzer.KLoop, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Return:
			if posBefore(s.at, n.P) && posBefore(n.P, loop.at) && !underNullTest(stack, result) {
				ok = false
			}
		case *ir.Loop:
			if posWithin(loop.at, n.P) && mayBeSkipped(stack) {
				ok = false
			}
		}
		return ok
	})
	return ok
}

// underNullTest reports whether the innermost if of stack runs its then
// branch only when variable name is null ($first === null, !$first).
func underNullTest(stack []analyzer.Node, name string) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		iff, ok := stack[i].(*ir.If)
		if !ok {
			continue
		}
		switch c := iff.Cond.(type) {
		case *ir.Other:
			if (c.Op == "===" || c.Op == "==") && len(c.Args) == 2 {
				return isVarNamed(c.Args[0], name) && isNull(c.Args[1]) || isNull(c.Args[0]) && isVarNamed(c.Args[1], name)
			}
			if c.Op == "!" && len(c.Args) == 1 {
				return isVarNamed(c.Args[0], name)
			}
		case *ir.Call:
			return analyzer.CallName(c) == "is_null" && len(c.Args) == 1 && isVarNamed(c.Args[0], name)
		}
		return false
	}
	return false
}

// drainedAfter reports whether the function making s, a call of the
// stepper m that may stop early (a page of the items), goes on to call,
// on the same receiver and on every path, a method that loops over m
// until it returns null: the first items, then the rest
// ($episodes = …$session->advance()…; return [$episodes,
// $session->remainingSeconds()]).
func (r *resolver) drainedAfter(s callSite, m *ir.Func) bool {
	recv := analyzer.ExprPath(s.recv)
	if s.recv == nil || recv == "" {
		return false
	}
	sites, _ := r.callSites()
	found := false
	analyzer.InspectFunc(s.caller, analyzer.KMethodCall, func(n analyzer.Node, stack []analyzer.Node) bool {
		mc := n.(*ir.MethodCall)
		if found || !posBefore(s.at, mc.P) || analyzer.ExprPath(mc.Recv) != recv || mayBeSkipped(stack) {
			return !found
		}
		d := r.target(s.caller, mc)
		if d == nil || d == m || d.ThisClass() != m.ThisClass() {
			return true
		}
		for _, ds := range sites[m] {
			if ds.caller == d && ds.at != (ir.Pos{}) && analyzer.IsThis(ds.recv) && (loopsUntilNull(d, ds.at) || takesAll(ds)) {
				found = true
			}
		}
		return !found
	})
	return found
}

// drainedAfterPeek reports whether fn hands out the generator it keeps
// at place (return $this->cursor ??= $this->pages()) to methods of its
// class of two kinds: drainers, which run it to the end ($c =
// $this->cursor(); for ($c->next(); $c->valid(); $c->next()) …), and
// peeks, which read a part of it ($this->cursor()->current()); and
// every call of a peek in the project is followed, on every path and
// on the same receiver, by a call of a drainer. The generator finishes
// and lets go of $this.
func (r *resolver) drainedAfterPeek(fn *ir.Func, place analyzer.Place) bool {
	c := fn.ThisClass()
	if c == nil || place.Kind != analyzer.PlaceThisProp || !returnsPlace(fn, place) {
		return false
	}
	sites, _ := r.callSites()
	drainers, peeks := map[*ir.Func]bool{}, map[*ir.Func]bool{}
	for _, s := range sites[fn] {
		if s.caller.ThisClass() != c || !analyzer.IsThis(s.recv) {
			return false
		}
		local := ""
		for name, src := range assignedOnce(s.caller) {
			if mc, ok := src.(*ir.MethodCall); ok && mc.P == s.at {
				local = name
			}
		}
		if local != "" && consumedFully(s.caller.Body, analyzer.Place{Kind: analyzer.PlaceLocal, Name: local}) {
			drainers[s.caller] = true
		} else {
			peeks[s.caller] = true
		}
	}
	if len(drainers) == 0 {
		return false
	}
	for p := range peeks {
		if drainers[p] || len(sites[p]) == 0 {
			return false
		}
		for _, s := range sites[p] {
			if s.at == (ir.Pos{}) || !r.drainerFollows(s, drainers) {
				return false
			}
		}
	}
	return true
}

// drainerFollows reports whether the function making s calls one of
// drainers after it, on the same receiver, on every path: in a
// statement of its own (or a return), or in both branches of an if,
// with no way out before it that does not drain first.
func (r *resolver) drainerFollows(s callSite, drainers map[*ir.Func]bool) bool {
	recv := analyzer.ExprPath(s.recv)
	if s.recv == nil || recv == "" {
		return false
	}
	isDrain := func(st ir.Stmt) bool {
		found := false
		analyzer.Inspect([]ir.Stmt{st}, func(n analyzer.Node, _ []analyzer.Node) bool {
			if mc, ok := n.(*ir.MethodCall); ok && analyzer.ExprPath(mc.Recv) == recv && drainers[r.target(s.caller, mc)] {
				found = true
			}
			return !found
		})
		return found
	}
	// the statements of the body after the one holding s: one drains,
	// or an if whose every way on drains (returning after it or not)
	var after []ir.Stmt
	for i, st := range s.caller.Body {
		if posWithin(s.at, st.Span()) {
			after = s.caller.Body[i+1:]
			break
		}
	}
	for _, st := range after {
		switch x := st.(type) {
		case *ir.If:
			thenDrains := isDrain(&ir.If{Then: x.Then})
			if len(x.Else) > 0 && thenDrains && isDrain(&ir.If{Then: x.Else}) {
				return true
			}
			// if (dup) { drain; return; }: the rest must drain too; a
			// way out that does not drain first leaves the generator
			if len(x.Then) > 0 && leaves(x.Then) && !thenDrains || len(x.Else) > 0 && leaves(x.Else) && !isDrain(&ir.If{Then: x.Else}) {
				return false
			}
		case *ir.Return:
			return isDrain(st) // return $report->streamRest(…)
		case *ir.ExprStmt:
			if isDrain(st) {
				return true
			}
		default:
			// a loop, a try, a switch: a drain there may not run, and a
			// way out there skips what follows
			if analyzer.HoldsReturn(st) {
				return false
			}
		}
	}
	return false
}

// mayBeSkipped reports whether a node with these enclosing nodes may not
// run when its function does: it sits in a branch, a loop, a case, a
// try or a short-circuit operand.
func mayBeSkipped(stack []analyzer.Node) bool {
	for _, n := range stack {
		switch x := n.(type) {
		case *ir.If, *ir.Loop, *ir.Switch, *ir.Try, *ir.Catch:
			return true
		case *ir.Other:
			if x.Op == "&&" || x.Op == "||" || x.Op == "and" || x.Op == "or" || x.Op == "??" || x.Op == "?:" {
				return true
			}
		}
	}
	return false
}

// stepsTo reports whether method m reads the generator at place (itself,
// or through accessor, which returns it) one item per call: it returns
// null when the generator is not valid, and calls its next() otherwise.
func stepsTo(m, accessor *ir.Func, place analyzer.Place) bool {
	paths := stepPaths(m, accessor, place)
	done, next := false, false
	analyzer.InspectFunc(m, analyzer.KIf|analyzer.KMethodCall|analyzer.KLoop|analyzer.KReturn, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Return:
			// return $cursor->valid() ? $cursor->current() : null; (or
			// '' for a stream of strings)
			if t, ok := n.X.(*ir.Other); ok && t.Op == "?:" && len(t.Args) == 3 && (isNull(t.Args[2]) || isLit(t.Args[2], "")) {
				if v, ok := t.Args[0].(*ir.MethodCall); ok && strings.EqualFold(v.Name, "valid") && paths[analyzer.ExprPath(v.Recv)] {
					done = true
				}
			}
		case *ir.Loop:
			// while ($this->cursor->valid() && count($batch) < $limit):
			// a batch per call, empty once the generator is done (also
			// for (…; $n < $max && $this->cursor->valid(); …))
			if (n.Kind == ir.LoopWhile || n.Kind == ir.LoopFor) && n.Cond != nil {
				// (either side of &&: while ($count-- > 0 &&
				// $this->cursor->valid()))
				conds := []ir.Expr{n.Cond}
				if o, ok := n.Cond.(*ir.Other); ok && (o.Op == "&&" || o.Op == "and") && len(o.Args) > 0 {
					conds = o.Args
				}
				for _, c := range conds {
					if v, ok := c.(*ir.MethodCall); ok && strings.EqualFold(v.Name, "valid") && paths[analyzer.ExprPath(v.Recv)] {
						done = true
					}
				}
			}
		case *ir.If:
			// if (!$cursor->valid()) { return null; }
			if isNot(n.Cond) && len(n.Then) == 1 {
				v, ok := n.Cond.(*ir.Other).Args[0].(*ir.MethodCall)
				ret, isRet := n.Then[0].(*ir.Return)
				if ok && isRet && strings.EqualFold(v.Name, "valid") && paths[analyzer.ExprPath(v.Recv)] && (ret.X == nil || isNull(ret.X)) {
					done = true
				}
			}
		case *ir.MethodCall:
			if strings.EqualFold(n.Name, "next") && paths[analyzer.ExprPath(n.Recv)] {
				next = true
			}
		}
		return true
	})
	return done && next
}

// stepPaths is how stepper m names the generator at place: the place
// itself, and the locals m assigns once from accessor when accessor
// returns it ($cursor = $this->cursor()).
func stepPaths(m, accessor *ir.Func, place analyzer.Place) map[string]bool {
	paths := map[string]bool{place.String(): true}
	viaAccessor := returnsPlace(accessor, place)
	for name, src := range assignedOnce(m) {
		if c, ok := src.(*ir.MethodCall); ok && viaAccessor && analyzer.IsThis(c.Recv) && strings.EqualFold(c.Name, accessor.Name) {
			paths["$"+name] = true
		}
	}
	return paths
}

// emptyOnlyWhenDone reports whether stepper m (see stepsTo) gives its
// callers the value their loops stop on (null, the empty string, an
// empty array, or no value) only once the generator at place is done:
// every such return sits in an `if (!$g->valid())`, or is the other
// branch of `$g->valid() ? … : null`. A stepper that also stops on a budget of its own (if
// ($this->sent >= $this->limit) { return null; }) ends its callers'
// loops with the generator suspended: it keeps its frame, and $this.
func emptyOnlyWhenDone(m, accessor *ir.Func, place analyzer.Place) bool {
	paths := stepPaths(m, accessor, place)
	isValid := func(e ir.Expr) bool {
		v, ok := e.(*ir.MethodCall)
		return ok && strings.EqualFold(v.Name, "valid") && len(v.Args) == 0 && paths[analyzer.ExprPath(v.Recv)]
	}
	empty := func(e ir.Expr) bool {
		a, isArray := e.(*ir.Array)
		return e == nil || isNull(e) || isLit(e, "") || isArray && len(a.Items) == 0
	}
	// doneOnly: the return gives the empty value only when the
	// generator is done (or never)
	doneOnly := func(ret *ir.Return, stack []analyzer.Node) bool {
		if t, isTernary := ret.X.(*ir.Other); isTernary && t.Op == "?:" && len(t.Args) == 3 {
			switch {
			case empty(t.Args[1]) && empty(t.Args[2]):
				return false
			case empty(t.Args[2]):
				return isValid(t.Args[0])
			case empty(t.Args[1]):
				return isNot(t.Args[0]) && isValid(t.Args[0].(*ir.Other).Args[0])
			}
			return true
		}
		if !empty(ret.X) {
			return true
		}
		return slices.ContainsFunc(stack, func(a analyzer.Node) bool {
			iff, isIf := a.(*ir.If)
			return isIf && isNot(iff.Cond) && isValid(iff.Cond.(*ir.Other).Args[0]) &&
				slices.ContainsFunc(iff.Then, func(st ir.Stmt) bool { return posWithin(ret.P, st.Span()) })
		})
	}
	ok := true
	analyzer.InspectFunc(m, analyzer.KReturn, func(n analyzer.Node, stack []analyzer.Node) bool {
		if ret, isRet := n.(*ir.Return); isRet && !doneOnly(ret, stack) {
			ok = false
		}
		return ok
	})
	return ok
}

// loopsUntilNull reports whether the call at at, in fn, is the condition
// of a while loop that runs until it returns null or an empty list
// (($x = $o->m()) !== null, [] !== $next = $o->take(3)), and nothing in
// the loop leaves it early.
func loopsUntilNull(fn *ir.Func, at ir.Pos) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		l, ok := n.(*ir.Loop)
		if !ok || l.Kind == ir.LoopForeach || l.Cond == nil {
			return !found
		}
		empty := func(e ir.Expr) bool { a, ok := e.(*ir.Array); return isNull(e) || ok && len(a.Items) == 0 }
		o, ok := l.Cond.(*ir.Other)
		if !ok || o.Op != "!==" && o.Op != "!=" || len(o.Args) != 2 || !empty(o.Args[0]) && !empty(o.Args[1]) || leavesEarly(l.Body) {
			return !found
		}
		if posWithin(at, l.Cond.Span()) {
			found = true
		}
		// for ($stage = $run->start(); $stage !== null; $stage =
		// $run->advance()): the call is what the tested variable is
		// given before each test
		tested := o.Args[0]
		if empty(tested) {
			tested = o.Args[1]
		}
		if v, isVar := tested.(*ir.Var); isVar && l.Kind == ir.LoopFor {
			for _, e := range append(slices.Clone(l.Init), l.Step...) {
				if a, ok := e.(*ir.Assign); ok && a.Op == "=" && isVarNamed(a.Dst, v.Name) && a.Src != nil && a.Src.Span() == at {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// loopsUntilEmptyBreak reports whether the call at position at in fn is
// the first statement of an endless loop, its answer assigned to a
// variable that the next statement tests for null or the empty string to
// break, with no other way out of the loop: while (true) { $chunk =
// $body->read(); if ($chunk === "") { break; } … }.
func loopsUntilEmptyBreak(fn *ir.Func, at ir.Pos) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		l, ok := n.(*ir.Loop)
		if !ok || found || l.Kind == ir.LoopForeach || !(l.Cond == nil || isTrue(l.Cond)) || len(l.Body) < 2 {
			return !found
		}
		st, ok := l.Body[0].(*ir.ExprStmt)
		if !ok {
			return true
		}
		a, ok := st.X.(*ir.Assign)
		v, isVar := a.Dst.(*ir.Var)
		if !ok || !isVar || a.Op != "=" || a.Src == nil || a.Src.Span() != at {
			return true
		}
		iff, ok := l.Body[1].(*ir.If)
		if !ok || len(iff.Else) > 0 || len(iff.Then) != 1 {
			return true
		}
		if j, ok := iff.Then[0].(*ir.Jump); !ok || j.Op != "break" {
			return true
		}
		o, ok := iff.Cond.(*ir.Other)
		if !ok || o.Op != "===" && o.Op != "==" || len(o.Args) != 2 {
			return true
		}
		empty := func(e ir.Expr) bool { return isNull(e) || isLit(e, "") }
		tests := isVarNamed(o.Args[0], v.Name) && empty(o.Args[1]) || empty(o.Args[0]) && isVarNamed(o.Args[1], v.Name)
		found = tests && !leavesEarly(l.Body[2:])
		return !found
	})
	return found
}

// loopsUntilTrue reports whether the call at position at in fn is the
// condition of a loop that goes on until it returns true (while
// (!$job->tick()) { … }), with no way out of the loop in between.
func loopsUntilTrue(fn *ir.Func, at ir.Pos) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		l, ok := n.(*ir.Loop)
		if !ok || found || l.Kind == ir.LoopForeach || l.Cond == nil || !posWithin(at, l.Cond.Span()) {
			return !found
		}
		if o, ok := l.Cond.(*ir.Other); ok && o.Op == "!" && len(o.Args) == 1 && posWithin(at, o.Args[0].Span()) {
			_, isCall := o.Args[0].(*ir.MethodCall)
			found = isCall && !leavesEarly(l.Body)
		}
		return !found
	})
	return found
}

// trueWhenDone reports whether stepper m returns true only once the
// generator at place is done: every return of true is a statement of its
// own body after a loop of it that runs while the generator is valid
// (while ($this->cursor->valid()) { … return false; … } return true;).
func trueWhenDone(m *ir.Func, place analyzer.Place) bool {
	afterLoop, trues := false, 0
	for _, st := range m.Body {
		if l, ok := st.(*ir.Loop); ok && l.Kind == ir.LoopWhile && isValidCall(l.Cond, place) {
			afterLoop = true
			continue
		}
		if r, ok := st.(*ir.Return); ok && isTrue(r.X) {
			if !afterLoop {
				return false
			}
			trues++
			continue
		}
	}
	// (a return of true nested anywhere else may come before the end)
	nested := 0
	analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if r, ok := n.(*ir.Return); ok && isTrue(r.X) {
			nested++
		}
		_, isClosure := n.(*ir.Closure)
		return !isClosure
	})
	return trues > 0 && nested == trues
}

// everyNewIterated reports whether every `new class(…)` of the project
// is assigned to a local that a foreach of the same function iterates
// ($trail = new AuditTrail(…); foreach ($trail as $entry) …), and there
// is at least one.
func (r *resolver) everyNewIterated(class string) bool {
	return r.everySite(analyzer.KNew, func(g *ir.Func, x analyzer.Node, stack []analyzer.Node) (counts, holds bool) {
		nw, isNew := x.(*ir.New)
		if !isNew || !strings.EqualFold(strings.TrimPrefix(nw.Class, `\`), class) {
			return false, true
		}
		if len(stack) > 0 {
			if a, isAssign := stack[len(stack)-1].(*ir.Assign); isAssign && a.Src == ir.Expr(nw) {
				if lv, isVar := a.Dst.(*ir.Var); isVar {
					return true, iteratesVar(g, lv.Name)
				}
			}
		}
		return true, false
	})
}

// everySite walks the nodes of kinds in every function of the project and
// asks each whether it counts and, if so, whether it holds: true when
// every one that counts holds, and one does. The walk stops at the first
// that does not hold.
func (r *resolver) everySite(kinds analyzer.Kinds, ask func(g *ir.Func, n analyzer.Node, stack []analyzer.Node) (counts, holds bool)) bool {
	n := 0
	for _, f := range r.ix.Files() {
		for _, g := range f.AllFuncs() {
			ok := true
			analyzer.InspectFunc(g, kinds, func(x analyzer.Node, stack []analyzer.Node) bool {
				if counts, holds := ask(g, x, stack); counts {
					n++
					ok = holds
				}
				return ok
			})
			if !ok {
				return false
			}
		}
	}
	return n > 0
}

// iteratesVar reports whether fn has a foreach over local name.
func iteratesVar(fn *ir.Func, name string) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KLoop, func(x analyzer.Node, _ []analyzer.Node) bool {
		if l, ok := x.(*ir.Loop); ok && l.Kind == ir.LoopForeach && isVarNamed(l.Iter, name) {
			found = true
		}
		return !found
	})
	return found
}

// returnsPlace reports whether every return of fn hands back place, as
// it is or as it is assigned there (return $this->stream ??= …).
func returnsPlace(fn *ir.Func, place analyzer.Place) bool {
	scope := analyzer.NewScope(fn)
	return everyReturn(fn, func(x ir.Expr) bool {
		if a, ok := x.(*ir.Assign); ok {
			x = a.Dst
		}
		p, _, ok := scope.PlaceOf(x)
		return ok && p.Key() == place.Key()
	})
}

// loopUntilDone is the loop call s (of a stepper of class c) is made in
// when that loop's whole condition is !$x->done() on the receiver of s,
// done() being a method of c whose every return is !$this->gen->valid()
// of the generator at place (or that and more: $this->gen !== null &&
// !$this->gen->valid()), and nothing leaves the loop early: do { $body
// .= $export->read(6); } while (!$export->finished()) ends only once the
// generator is done. nil otherwise.
func (r *resolver) loopUntilDone(s callSite, c *ir.Class, place analyzer.Place) *ir.Loop {
	recv := analyzer.ExprPath(s.recv)
	if s.recv == nil || recv == "" {
		return nil
	}
	var found *ir.Loop
	analyzer.InspectFunc(s.caller, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		l, ok := n.(*ir.Loop)
		if !ok || found != nil || l.Kind == ir.LoopForeach || l.Cond == nil || !posWithin(s.at, l.P) || posWithin(s.at, l.Cond.Span()) {
			return found == nil
		}
		if !isNot(l.Cond) || leavesEarly(l.Body) {
			return true
		}
		mc, ok := l.Cond.(*ir.Other).Args[0].(*ir.MethodCall)
		if !ok || analyzer.ExprPath(mc.Recv) != recv || len(mc.Args) != 0 {
			return true
		}
		done := r.target(s.caller, mc)
		if done == nil || done.ThisClass() != c {
			return true
		}
		// (done() true means the generator is no longer valid)
		if everyReturn(done, func(x ir.Expr) bool {
			return slices.ContainsFunc(conjuncts(x), func(t ir.Expr) bool { return isNot(t) && isValidCall(t.(*ir.Other).Args[0], place) })
		}) {
			found = l
		}
		return found == nil
	})
	return found
}

// drainedLaterUntilDone reports whether, after call s of a stepper of
// class c, its function steps the same receiver in a loop that runs
// until the generator is done (see loopUntilDone), which no return
// between them skips and which is not itself skipped: a preview chunk,
// then the rest to count it.
func (r *resolver) drainedLaterUntilDone(s callSite, all []callSite, c *ir.Class, place analyzer.Place) bool {
	for _, o := range laterOnSameReceiver(s, all) {
		l := r.loopUntilDone(o, c, place)
		if l == nil {
			continue
		}
		ok := true
		analyzer.InspectFunc(s.caller, analyzer.KReturn|analyzer.KLoop, func(n analyzer.Node, stack []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Return:
				if posBefore(s.at, n.P) && posBefore(n.P, l.P) {
					ok = false
				}
			case *ir.Loop:
				if n == l && mayBeSkipped(stack) {
					ok = false
				}
			}
			return ok
		})
		if ok {
			return true
		}
	}
	return false
}

// isValidCall reports whether e is exactly $g->valid() on the generator
// at place: a loop with more in its condition ($g->valid() && $n < 3)
// may stop early.
func isValidCall(e ir.Expr, place analyzer.Place) bool {
	mc, ok := e.(*ir.MethodCall)
	return ok && strings.EqualFold(mc.Name, "valid") && len(mc.Args) == 0 && analyzer.ExprPath(mc.Recv) == place.String()
}

// withStep returns a loop's body followed by its step expressions (a
// for loop's $g->next() is in its step).
func withStep(l *ir.Loop) []ir.Stmt {
	if len(l.Step) == 0 {
		return l.Body
	}
	out := append([]ir.Stmt(nil), l.Body...)
	for _, e := range l.Step {
		out = append(out, &ir.ExprStmt{X: e, P: e.Span()})
	}
	return out
}

// consumedLater reports whether the generator fn stores at place
// ($this->rows = $this->lines()) is run to the end by another method of
// the class that every caller of fn calls on the same object after it:
// header() starts the generator, remaining() reads it to the end, and
// the code that calls header() calls remaining() next (or the
// constructor starts it and the method called on the new object reads
// it all). A finished generator lets go of $this.
func (r *resolver) consumedLater(fn *ir.Func, place analyzer.Place) bool {
	c := fn.ThisClass()
	if c == nil {
		return false
	}
	consumers := map[string]bool{}
	for _, m := range c.Methods {
		if m != fn && !m.Static && consumedFully(m.Body, place) {
			consumers[strings.ToLower(m.Name)] = true
		}
	}
	if len(consumers) == 0 {
		return false
	}
	// ($this->frames = $this->render(); …; $this->resume(): fn runs the
	// consumer itself, in its own body, after the generator is stored
	// and with no way out before it)
	stored := false
	for _, st := range fn.Body {
		if !stored {
			stored = assignsPlace(st, place)
			if analyzer.HoldsReturn(st) {
				break
			}
			continue
		}
		if es, ok := st.(*ir.ExprStmt); ok {
			if mc, ok := es.X.(*ir.MethodCall); ok && analyzer.IsThis(mc.Recv) && consumers[strings.ToLower(mc.Name)] {
				return true
			}
		}
		if analyzer.HoldsReturn(st) {
			break
		}
	}
	return r.everyCallerCallsAfter(fn, consumers)
}

// consumedByHolder reports whether the generator v, handed to the
// constructor of the object src makes (new RowValidator($this->rows())),
// is run to its end by that object: a method of its class reads the
// property the constructor keeps it in to the end (see consumedFully),
// and every caller of fn calls such a method on what fn returns or on
// the object fn was called on, after the call
// ($import->validator()->errors()).
func (r *resolver) consumedByHolder(fn *ir.Func, src, v ir.Expr) bool {
	nw, ok := src.(*ir.New)
	if !ok {
		return false
	}
	at := slices.Index(nw.Args, v)
	ctor := r.ix.Method(nw.Class, "__construct")
	if at < 0 || ctor == nil {
		return false
	}
	prop, kept := r.storedParams(ctor)[at]
	if !kept {
		return false
	}
	consumers := map[string]bool{}
	for _, c := range r.ix.Lineage(nw.Class) {
		for _, m := range c.Methods {
			if !m.Static && consumedFully(m.Body, analyzer.Place{Kind: analyzer.PlaceThisProp, Name: prop}) {
				consumers[strings.ToLower(m.Name)] = true
			}
		}
	}
	return len(consumers) > 0 && r.everyCallerCallsAfter(fn, consumers)
}

// everyCallerCallsAfter reports whether the project's every call of fn
// is followed, in its caller, by a call of one of names (see
// calledAfter); false when fn's callers are not all known.
func (r *resolver) everyCallerCallsAfter(fn *ir.Func, names map[string]bool) bool {
	return r.callersCallAfter(fn, names, 2, false)
}

// callersCallAfter is everyCallerCallsAfter, following a fluent method
// that returns $this up through the callers that return its call
// (`return (new Response($rows))->prepare();`, the caller's caller then
// calling `->sendTo()` on what it gets) up to depth levels.
//
// result says the object is what the calls of fn return (a factory's
// `return new X(…)`, whose callers go on with what it returns), not their
// receiver.
func (r *resolver) callersCallAfter(fn *ir.Func, names map[string]bool, depth int, result bool) bool {
	sites, known := r.knownSites(fn)
	if !known {
		return false
	}
	for _, s := range sites {
		if s.caller == nil {
			return false
		}
		if calledAfter(s, names, result) {
			continue
		}
		// (a constructor whose new object its caller returns: the
		// factory's callers go on with it)
		made := strings.EqualFold(fn.Name, "__construct") && s.recv == nil && returnsNew(s.caller, s.at)
		if depth == 0 || !made && (!returnsThis(fn) || !returnsCall(s.caller, s.at)) || !r.callersCallAfter(s.caller, names, depth-1, made) {
			return false
		}
	}
	return true
}

// returnsNew reports whether fn returns the new object made at at
// (return new X(…)).
func returnsNew(fn *ir.Func, at ir.Pos) bool {
	return returnsWhere(fn, func(e ir.Expr) bool {
		nw, ok := e.(*ir.New)
		return ok && nw.P == at
	})
}

// returnsCall reports whether fn returns, as it is, the call at pos.
func returnsCall(fn *ir.Func, at ir.Pos) bool {
	return returnsWhere(fn, func(e ir.Expr) bool {
		mc, ok := e.(*ir.MethodCall)
		return ok && mc.P == at
	})
}

// returnsWhere reports whether a return of fn itself (not of a closure
// in it) returns an expression is accepts.
func returnsWhere(fn *ir.Func, is func(ir.Expr) bool) bool {
	found := false
	analyzer.Inspect(fn.Body, func(x analyzer.Node, _ []analyzer.Node) bool {
		switch x := x.(type) {
		case *ir.Closure:
			return false
		case *ir.Return:
			if x.X != nil && is(x.X) {
				found = true
			}
		}
		return !found
	})
	return found
}

// calledAfter reports whether the caller of site s calls one of names
// on the object s was called on, after s: $export->header() …
// $export->remaining(), or, for a constructor, on the new object itself
// ((new Parser($raw))->command()) or on the variable it is put in.
func calledAfter(s callSite, names map[string]bool, result bool) bool {
	recv := ""
	if s.recv != nil && !result {
		if recv = analyzer.ExprPath(s.recv); recv == "" {
			return false
		}
	}
	after := func(p ir.Pos) bool {
		return p.Line > s.at.EndLine || p.Line == s.at.EndLine && p.Col > s.at.EndCol
	}
	found := false
	analyzer.Inspect(s.caller.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) {
		case *ir.Assign:
			// $p = new Parser($raw): the new object is $p from here on
			if nw, ok := n.Src.(*ir.New); ok && s.recv == nil && nw.P == s.at && n.Op == "=" {
				recv = analyzer.ExprPath(n.Dst)
			}
			// $export = $this->exports->create(…): what the call
			// returns is $export from here on
			if result && n.Op == "=" && n.Src.Span() == s.at {
				recv = analyzer.ExprPath(n.Dst)
			}
		case *ir.MethodCall:
			if !names[strings.ToLower(n.Name)] {
				return true
			}
			if inner, ok := n.Recv.(*ir.MethodCall); ok && inner.P == s.at && (s.recv != nil || result) {
				found = true // $import->validator()->errors(): on what the call returns
			} else if nw, ok := n.Recv.(*ir.New); ok && s.recv == nil && nw.P == s.at {
				found = true
			} else if recv != "" && analyzer.ExprPath(n.Recv) == recv && after(n.P) {
				found = true
			}
		}
		return true
	})
	return found
}

// callsOn reports whether body calls method name on the object at place.
func callsOn(body []ir.Stmt, place analyzer.Place, name string) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := n.(*ir.MethodCall); ok && strings.EqualFold(mc.Name, name) && analyzer.ExprPath(mc.Recv) == place.String() {
			found = true
		}
		return !found
	})
	return found
}

// closedWithNull reports whether the generator made by the call v
// ($this->writer()) runs a loop until it receives null — while (($x =
// yield) !== null), or $x = yield; if ($x === null) return; — and fn
// sends it null (place->send(null)), or another method of the class
// does that the project calls outside any branch (finish(), called by
// the process's exit listener): then it finishes and lets go of $this.
func (r *resolver) closedWithNull(fn *ir.Func, v ir.Expr, place analyzer.Place) bool {
	mc, ok := v.(*ir.MethodCall)
	if !ok || fn.ThisClass() == nil {
		return false
	}
	gen := r.ix.Method(fn.ThisClass().Name, mc.Name)
	if gen == nil || !gen.Generator {
		return false
	}
	sendsNull := func(m *ir.Func) bool {
		sent := false
		analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if c, ok := n.(*ir.MethodCall); ok && strings.EqualFold(c.Name, "send") && len(c.Args) == 1 &&
				analyzer.ExprPath(c.Recv) == place.String() && isNull(c.Args[0]) {
				sent = true
			}
			return !sent
		})
		return sent
	}
	sent := sendsNull(fn)
	if !sent {
		sites, _ := r.callSites()
		for _, m := range fn.ThisClass().Methods {
			if sent || m == fn || m.Static || !sendsNull(m) {
				continue
			}
			sent = slices.ContainsFunc(sites[m], func(s callSite) bool {
				return !s.callable && s.at != (ir.Pos{}) && topLevelAt(s.caller.Body, s.at)
			})
		}
	}
	if !sent {
		return false
	}
	ends := false
	// $x = yield; if ($x === null) return;
	received := map[string]bool{}
	analyzer.Inspect(gen.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Assign:
			if _, ok := n.Src.(*ir.Yield); ok {
				if v, ok := n.Dst.(*ir.Var); ok {
					received[v.Name] = true
				}
			}
		case *ir.If:
			if o, ok := n.Cond.(*ir.Other); ok && (o.Op == "===" || o.Op == "==") && len(o.Args) == 2 && len(n.Then) > 0 && leaves(n.Then) {
				for i, a := range o.Args {
					if w, ok := a.(*ir.Var); ok && received[w.Name] && isNull(o.Args[1-i]) {
						ends = true
					}
				}
			}
		}
		l, ok := n.(*ir.Loop)
		if !ok || l.Cond == nil {
			return !ends
		}
		if o, ok := l.Cond.(*ir.Other); ok && (o.Op == "!==" || o.Op == "!=") && len(o.Args) == 2 {
			for i, a := range o.Args {
				if isNull(o.Args[1-i]) && hasYield(a) {
					ends = true
				}
			}
		}
		return !ends
	})
	return ends
}

// hasYield reports whether e contains a yield.
func hasYield(e ir.Expr) bool {
	found := false
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		if _, ok := n.(*ir.Yield); ok {
			found = true
		}
		return !found
	})
	return found
}

// callReturnsThis reports whether a closure run with ->call($this)
// returns something bound to that $this: it is a generator (whose frame
// keeps $this), or it returns a closure it makes that is not static.
// The closures are those value flow says e holds (closure literals
// assigned or passed by every caller).
func (r *resolver) callReturnsThis(fn *ir.Func, e ir.Expr) bool {
	for _, c := range r.closureValues(fn, e, 0) {
		if c.Generator {
			return true
		}
		for _, ret := range returned(c) {
			if cl, ok := ret.(*ir.Closure); ok && !cl.Func.Static {
				return true
			}
		}
	}
	return false
}

// closureValues lists the closure literals e can hold, following locals
// and the arguments callers pass; nil when unknown.
func (r *resolver) closureValues(fn *ir.Func, e ir.Expr, depth int) []*ir.Func {
	switch e := e.(type) {
	case *ir.Closure:
		return []*ir.Func{e.Func}
	case *ir.Array:
		// a list of closures stands for each of them (a foreach over it)
		var out []*ir.Func
		for _, it := range e.Items {
			out = append(out, r.closureValues(fn, it.Value, depth+1)...)
		}
		return out
	case *ir.Var:
		if depth > 4 {
			return nil
		}
		var out []*ir.Func
		if i := paramIndex(fn, e); i >= 0 {
			sites, _ := r.callSites()
			for _, s := range sites[fn] {
				if i < len(s.args) {
					out = append(out, r.closureValues(s.caller, s.args[i], depth+1)...)
				}
			}
			return out
		}
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Assign:
				if n.Op == "=" && isVarNamed(n.Dst, e.Name) {
					out = append(out, r.closureValues(fn, n.Src, depth+1)...)
				}
			case *ir.Loop:
				// foreach ($extensions as $extension)
				if n.Kind == ir.LoopForeach && isVarNamed(n.Value, e.Name) {
					out = append(out, r.closureValues(fn, n.Iter, depth+1)...)
				}
			}
			return true
		})
		return out
	}
	return nil
}

// allCleared reports whether every property in props is one the code
// empties or unsets in a method something calls (see backLinkClearers).
func allCleared(props []string, clearers map[string]bool) bool {
	for _, p := range props {
		if !clearers[strings.ToLower(p)] {
			return false
		}
	}
	return len(props) > 0
}

// reducerBindsThis reports whether cb, the callback array_reduce() is
// given in fn, returns closures bound to $this: a closure written there,
// or one a method of $this returns ($this->carry()), whose returns are
// closures that are not static.
func (r *resolver) reducerBindsThis(fn *ir.Func, cb ir.Expr) bool {
	var cbs []*ir.Func
	switch cb := cb.(type) {
	case *ir.Closure:
		cbs = append(cbs, cb.Func)
	case *ir.MethodCall:
		if !analyzer.IsThis(cb.Recv) {
			return false
		}
		t := r.method(fn, cb)
		if t == nil || t.Static {
			return false
		}
		for _, x := range returned(t) {
			if cl, ok := x.(*ir.Closure); ok {
				cbs = append(cbs, cl.Func)
			}
		}
	}
	for _, c := range cbs {
		if c == nil || c.Static || c.ThisClass() == nil {
			continue
		}
		for _, x := range returned(c) {
			if holdsBoundClosure(x, 1) {
				return true
			}
		}
	}
	return false
}

// mayHoldThis is a quick filter for stores: whether the value could keep
// $this (it mentions $this, a closure, a variable or a call); a scalar,
// a constant or a string built from them cannot.
func mayHoldThis(e ir.Expr) bool {
	found := false
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n.(type) {
		case *ir.Var, *ir.Closure, *ir.MethodCall, *ir.StaticCall, *ir.Call, *ir.New:
			found = true
		}
		return !found
	})
	return found
}

// keptThrough says whether e is an object that keeps a value holding
// $this, and describes it: new C($fn) whose constructor stores the
// argument (nested: new Dispatcher(new Provider($listeners))), or what a
// method hands back when it returns an object that stores its argument —
// a fluent setter's $this, or an immutable with-er's clone
// ((new ListenerCollection())->add($this->onPosted(...))).
func (r *resolver) keptThrough(fn *ir.Func, e ir.Expr, locals map[string]string, depth int) (string, bool) {
	if depth == 0 {
		return "", false
	}
	var args []ir.Expr
	var kept map[int]string
	var holder string
	switch e := e.(type) {
	case *ir.New:
		args, kept, holder = e.Args, r.storedParams(r.constructor(e)), "a new "+shortName(e.Class)
	case *ir.MethodCall:
		if analyzer.IsThis(e.Recv) || e.FirstClass {
			return "", false // $this->with(…): a store on $this, seen where it is made
		}
		m := r.method(fn, e)
		if m == nil {
			// a framework's fluent method: (new Pipeline())->through($pipes)
			if class := r.classOf(fn, e.Recv); r.vendorReturnsSelf(class, e.Name) {
				args, kept, holder = e.Args, r.vendorKeeps(class, e), "what "+e.Name+"() returns"
				break
			}
			// $loop->addTimer(5, fn …): the timer keeps its callback
			if i, ok := r.vendorHandle(r.classOf(fn, e.Recv), e.Name); ok {
				args, kept, holder = e.Args, map[int]string{i: "callback"}, "the timer "+e.Name+"() returns"
				break
			}
			return "", false
		}
		args, kept, holder = e.Args, r.returnKeeps(m), "what "+m.Name+"() returns"
	case *ir.StaticCall:
		// Loop::addTimer(5, fn …)
		if i, ok := r.vendorHandle(e.Class, e.Name); ok {
			args, kept, holder = e.Args, map[int]string{i: "callback"}, "the timer "+e.Name+"() returns"
			break
		}
		// Callbacks::withDefaults([… fn …]): a static helper of the
		// project whose array it returns holds what it was given
		m := r.ix.Method(e.Class, e.Name)
		if m == nil || !m.Static {
			return "", false
		}
		// (or Deadlines::arm(5, fn …), whose new Deadline keeps it)
		kept = returnedParams(m)
		for i, prop := range r.returnKeeps(m) {
			if kept == nil {
				kept = map[int]string{}
			}
			kept[i] = prop
		}
		args, holder = e.Args, "what "+shortName(e.Class)+"::"+e.Name+"() returns"
	default:
		return "", false
	}
	for i, a := range args {
		if _, ok := kept[i]; !ok {
			continue
		}
		for _, v := range append([]ir.Expr{a}, heldValues(a)...) {
			if d, ok := holdsThis(v, locals); ok {
				return d + ", kept by " + holder, true
			}
		}
		if d, ok := r.keptThrough(fn, a, locals, depth-1); ok {
			return d + ", kept by " + holder, true
		}
	}
	return "", false
}

// keptUntilCleared reports whether every property in which what the
// call mc returns keeps its arguments is one some method clears.
func (r *resolver) keptUntilCleared(fn *ir.Func, mc *ir.MethodCall, clearers map[string]bool) bool {
	kept := r.returnKeeps(r.method(fn, mc))
	if len(kept) == 0 {
		return false
	}
	for _, prop := range kept {
		if !clearers[strings.ToLower(prop)] {
			return false
		}
	}
	return true
}

// ctorKeepsParams maps the parameters of m that m passes to the new
// object nw, whose constructor stores them, to the property each ends in.
func (r *resolver) ctorKeepsParams(m *ir.Func, nw *ir.New) map[int]string {
	var out map[int]string
	for k, prop := range r.storedParams(r.constructor(nw)) {
		if k < len(nw.Args) {
			if j := paramIndex(m, nw.Args[k]); j >= 0 && !analyzer.AssignsVar(m, m.Params[j].Name) {
				if out == nil {
					out = map[int]string{}
				}
				out[j] = prop
			}
		}
	}
	return out
}

// returnedParams lists the parameters of m whose values m returns, as
// they are or inside an array: return $p, return [$p, …], return
// array_merge($defaults, $p), return $p + […].
func returnedParams(m *ir.Func) map[int]string {
	var out map[int]string
	for _, ret := range returned(m) {
		for _, v := range append([]ir.Expr{ret}, heldValues(ret)...) {
			if x, ok := v.(*ir.Var); ok {
				if i := paramIndex(m, x); i >= 0 && !analyzer.AssignsVar(m, x.Name) {
					if out == nil {
						out = map[int]string{}
					}
					out[i] = x.Name
				}
			}
		}
	}
	return out
}

// returnKeeps maps the parameters of method m that the object it
// returns keeps to the property that keeps each: all those m stores on
// $this when it returns $this (a fluent setter), or those it stores on
// the copy it returns (`$new = clone $this; $new->items[] = $item;
// return $new;`, or a new object). Computed once per method.
func (r *resolver) returnKeeps(m *ir.Func) map[int]string {
	if m == nil || m.Abstract || m.Generator {
		return nil
	}
	if got, ok := r.retKeeps[m]; ok {
		return got
	}
	if r.retKeeps == nil {
		r.retKeeps = map[*ir.Func]map[int]string{}
	}
	r.retKeeps[m] = nil // recursion guard
	var out map[int]string
	var rets []ir.Expr
	for _, ret := range returned(m) {
		if l, ok := ret.(*ir.Lit); !ok || l.Kind != ir.LitNull {
			rets = append(rets, ret) // (return null keeps nothing)
		}
	}
	// return (clone $prototype)->bind($request): what the inner call
	// returns keeps the argument, here a parameter of m
	if mc, ok := singleCall(rets); ok {
		for k, prop := range r.returnKeeps(r.method(m, mc)) {
			if k < len(mc.Args) {
				if j := paramIndex(m, mc.Args[k]); j >= 0 {
					if out == nil {
						out = map[int]string{}
					}
					out[j] = prop
				}
			}
		}
		r.retKeeps[m] = out
		return out
	}
	same := len(rets) > 0
	for _, ret := range rets {
		same = same && analyzer.ExprPath(ret) == analyzer.ExprPath(rets[0]) && analyzer.ExprPath(ret) != ""
	}
	var retNew *ir.New
	if len(rets) == 1 {
		retNew, _ = rets[0].(*ir.New)
	}
	switch {
	case retNew != nil:
		// return new Deadline($seconds, $onExpire): what the
		// constructor stores of m's parameters
		out = r.ctorKeepsParams(m, retNew)
	case !same:
	case analyzer.IsThis(rets[0]):
		out = r.storedParams(m)
	default:
		v, ok := rets[0].(*ir.Var)
		if !ok {
			break
		}
		src, ok := assignedOnce(m)[v.Name]
		if o, isOther := src.(*ir.Other); !ok || !(isOther && o.Op == "clone" && len(o.Args) == 1 && analyzer.IsThis(o.Args[0])) {
			if _, isNew := src.(*ir.New); !ok || !isNew {
				break
			}
		}
		// $timer = new Timer($interval, $callback); …; return $timer;:
		// what the constructor stores of m's parameters
		if nw, isNew := src.(*ir.New); isNew {
			out = r.ctorKeepsParams(m, nw)
		}
		scope := analyzer.NewScope(m)
		analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			a, ok := n.(*ir.Assign)
			if !ok || a.Op != "=" {
				return true
			}
			place, _, ok := scope.PlaceOf(a.Dst)
			if !ok || place.Kind != analyzer.PlaceObjProp || place.Path != "$"+v.Name {
				return true
			}
			for i, p := range m.Params {
				if holdsVar(a.Src, p.Name) {
					if out == nil {
						out = map[int]string{}
					}
					out[i] = place.Name
				}
			}
			return true
		})
	}
	r.retKeeps[m] = out
	return out
}

// singleCall is the one method call every return in rets hands back.
func singleCall(rets []ir.Expr) (*ir.MethodCall, bool) {
	if len(rets) != 1 {
		return nil, false
	}
	mc, ok := rets[0].(*ir.MethodCall)
	return mc, ok
}

// assignsPlace reports whether statement st assigns $this->prop of place.
func assignsPlace(st ir.Stmt, place analyzer.Place) bool {
	found := false
	analyzer.Inspect([]ir.Stmt{st}, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			if p, ok := a.Dst.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name == place.Name {
				found = true
			}
		}
		_, isClosure := n.(*ir.Closure)
		return !found && !isClosure
	})
	return found
}

// paramDrained reports whether call, made in fn, hands arg to a project
// function that runs the parameter it lands in to its end (a foreach over
// it with no way out, see consumedFully) and assigns that parameter
// nowhere.
func (r *resolver) paramDrained(fn *ir.Func, call analyzer.Node, arg ir.Expr) bool {
	c, ok := call.(ir.Expr)
	if !ok {
		return false
	}
	i := slices.Index(callArgs(c), arg)
	if i < 0 {
		return false
	}
	t := r.target(fn, c)
	// (a generator runs nothing when called: its caller decides how far)
	if t == nil || t.Abstract || t.Generator || i >= len(t.Params) || t.Params[i].Variadic || t.Params[i].ByRef {
		return false
	}
	name := t.Params[i].Name
	if analyzer.AssignsVar(t, name) {
		return false
	}
	return consumedFully(t.Body, analyzer.Place{Kind: analyzer.PlaceLocal, Name: name})
}

// clearReach answers, for the releases backLinkClearers finds by
// property name, whether one can run on the objects of a given class:
// the method that empties the property is called on $this in a method of
// that class (or of a parent or trait of it), or on an object whose class
// is that class, one of its supertypes, or unknown. Built on first use,
// for one run of a rule.
type clearReach struct {
	r        *resolver
	files    []*ir.File
	calls    map[string][]fnCall          // lower-case method name -> the calls of it
	selfs    map[string][]*ir.Func        // lower-case method name -> functions calling it on $this (also parent::, self::, static::)
	clearing map[string]map[*ir.Func]bool // lower-case property -> methods that release it on $this
	reached  map[[2]string]bool           // reaches, once per property and class
}

func (c *clearReach) build() {
	if c.calls != nil {
		return
	}
	c.calls, c.selfs, c.clearing, c.reached = map[string][]fnCall{}, map[string][]*ir.Func{}, map[string]map[*ir.Func]bool{}, map[[2]string]bool{}
	for _, f := range c.files {
		for _, fn := range f.AllFuncs() {
			// (whether a release empties all of it is backLinkClearers'
			// business: here any removal from $this->p counts, an unset
			// of one of its keys, an emptied element, a release of PHP's
			// containers, array_pop())
			var targets []ir.Expr
			analyzer.InspectFunc(fn, analyzer.KMethodCall|analyzer.KStaticCall|analyzer.KCall|analyzer.KAssign|analyzer.KUnset, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.MethodCall:
					if n.Name == "" {
						return true
					}
					k := strings.ToLower(n.Name)
					if analyzer.IsThis(n.Recv) {
						c.selfs[k] = append(c.selfs[k], fn)
					} else {
						c.calls[k] = append(c.calls[k], fnCall{fn, n})
					}
					if builtins.ReleasesAny(k) {
						targets = append(targets, n.Recv)
					}
				case *ir.StaticCall:
					switch strings.ToLower(n.Class) {
					case "parent", "self", "static":
						c.selfs[strings.ToLower(n.Name)] = append(c.selfs[strings.ToLower(n.Name)], fn)
					}
				case *ir.Call:
					switch analyzer.CallName(n) {
					case "array_pop", "array_shift", "array_splice":
						if len(n.Args) > 0 {
							targets = append(targets, n.Args[0])
						}
					}
				case *ir.Assign:
					if n.Op == "=" && isEmptyValue(n.Src) {
						targets = append(targets, n.Dst)
					}
				case *ir.Unset:
					targets = append(targets, n.Targets...)
				}
				return true
			})
			for _, t := range targets {
				for d, ok := t.(*ir.Dim); ok; d, ok = t.(*ir.Dim) {
					t = d.Base
				}
				if p, ok := t.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name != "" && fn.Kind == ir.FuncMethod {
					k := strings.ToLower(p.Name)
					if c.clearing[k] == nil {
						c.clearing[k] = map[*ir.Func]bool{}
					}
					c.clearing[k][fn] = true
				}
			}
		}
	}
	// a method that calls a releasing one on $this releases too (close()
	// calling $this->removeAllListeners()), through any number of such
	// calls: a worklist over the callers on $this of each releasing method
	for _, set := range c.clearing {
		// (the set reached does not depend on the order)
		work := make([]*ir.Func, 0, len(set))
		for m := range set {
			work = append(work, m)
		}
		for len(work) > 0 {
			t := work[len(work)-1]
			work = work[:len(work)-1]
			for _, g := range c.selfs[strings.ToLower(t.Name)] {
				if g.Kind != ir.FuncMethod || g.Class == nil || set[g] {
					continue
				}
				if c.r.ix.Method(g.Class.Name, t.Name) == t {
					set[g] = true
					work = append(work, g)
				}
			}
		}
	}
}

// reaches reports whether a release of prop can run on an object of
// class x.
func (c *clearReach) reaches(prop, x string) bool {
	c.build()
	k := [2]string{strings.ToLower(prop), strings.ToLower(x)}
	if v, ok := c.reached[k]; ok {
		return v
	}
	v := c.findReach(prop, x)
	c.reached[k] = v
	return v
}

func (c *clearReach) findReach(prop, x string) bool {
	lineage := map[*ir.Class]bool{}
	for _, l := range c.r.ix.Lineage(x) {
		lineage[l] = true
	}
	supers := c.r.ix.Supertypes(x)
	calledOn := func(k string) bool {
		for _, g := range c.selfs[k] {
			if t := g.ThisClass(); t != nil && lineage[t] {
				return true
			}
		}
		for _, fc := range c.calls[k] {
			rc := c.r.classOf(fc.fn, fc.call.Recv)
			if rc == "" || strings.EqualFold(strings.TrimPrefix(rc, `\`), x) || supers[strings.ToLower(strings.TrimPrefix(rc, `\`))] {
				return true
			}
		}
		return false
	}
	for m := range c.clearing[strings.ToLower(prop)] {
		if c.r.ix.Method(x, m.Name) != m {
			continue // not what x runs under that name
		}
		if calledOn(strings.ToLower(m.Name)) {
			return true
		}
	}
	// a library's release (removeAllListeners()) that x has no method
	// for in the project: what runs is beyond it (an ancestor outside the
	// project, __call), and may well empty the property
	for _, k := range releaseNames() {
		if c.r.ix.Method(x, k) == nil && calledOn(k) {
			return true
		}
	}
	return false
}

// releaseNames lists, lower case and sorted, the names of the library
// methods that empty a property (see vendorReleases).
func releaseNames() []string {
	seen := map[string]bool{}
	var out []string
	for _, ms := range vendorReleases {
		for k := range ms {
			if !seen[k] {
				seen[k] = true
				out = append(out, k)
			}
		}
	}
	slices.Sort(out)
	return out
}

// everyReceiver reports whether, for every concrete project class the
// receiver of mc (made in fn) can be that keeps the argument through m
// (the class it is declared as, or every class implementing an interface
// or abstract class it is declared as), a release of every property in
// props that is the receiver's own can run on its objects. true when the
// receiver's class is unknown.
func (c *clearReach) everyReceiver(fn *ir.Func, mc *ir.MethodCall, m *ir.Func, props []string) bool {
	rc := c.r.classOf(fn, mc.Recv)
	if rc == "" || c.r.ix.AnonymousSubclassed(rc) {
		return true
	}
	// a receiver declared as a concrete class is taken to be one (not
	// any subclass the project has); one declared as an interface or an
	// abstract class is one of the classes that implement it
	xs := []string{rc}
	if cl := c.r.ix.Class(rc); cl == nil || cl.Kind != ir.KindClass || cl.Abstract {
		xs = c.r.ix.ConcreteSubclasses(rc)
	}
	for _, x := range xs {
		if c.r.ix.Method(x, mc.Name) != m {
			continue
		}
		for _, p := range props {
			// (only a property of the receiver's own: one further down a
			// chain of objects is another object's)
			if c.r.ix.Property(x, p) != nil && !c.reaches(p, x) {
				return false
			}
		}
	}
	return true
}
