package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// growth describes a write that makes a stored array (or collection)
// larger: an append, or a store under a key that varies per call.
type growth struct {
	Place analyzer.Place
	Node  analyzer.Node
	How   string  // "append", "key", "merge", "returned", "concat", "collection"
	Key   ir.Expr // for "key"
	Conf  analyzer.Confidence
	// KeyRate is how surely the key varies (keyConf), for "key": the
	// simulation runs each call with fresh arguments, so its confirming a
	// key growth says nothing of the key's domain.
	KeyRate analyzer.Confidence
	// Registered: the key is the name a registration function registers
	// (see registeredKey).
	Registered bool
	// keptBy: for a WeakMap, the store that keeps its key objects alive
	// (see weakKeysKept).
	keptBy *analyzer.TraceStep
	keeper string // what keeps them, for messages
	// Behind, when set, says why the removals of the store do not keep
	// up with this write (see outpaced).
	Behind string
	// Unsimulated: Behind names a path the simulation does not take (an
	// exception thrown between the add and the removal); no claim, and
	// at most medium confidence.
	Unsimulated bool
	// KeysFixed: an append to a list under keys from a fixed set (the
	// keys above the list are bounded): only the lists can grow
	KeysFixed bool
	// BehindFix, when set, is the fix for what Behind names (a removal
	// skipped by an early return: call it in a finally block).
	BehindFix string
	// Level, for "append" and "key" writes through array dimensions, is
	// the depth of the entry that is new: 1 for a key or an append on
	// the place itself ($x[$k] = …, $x[] = …), 2 one array down
	// ($x[$k][] = … under a fixed $k); 0 when not known.
	Level int
}

// maxConf caps the confidence a growth may reach when the simulation
// confirms it: for a key of unknown domain, medium (the simulation shows
// that nothing removes entries, not that the keys differ).
func (g growth) maxConf() analyzer.Confidence {
	if g.keptBy != nil {
		return analyzer.Medium // the simulation shows the map grow, not what keeps its keys
	}
	if g.How == "key" && g.Registered {
		return analyzer.Low // names written in code, registered again under the same key
	}
	if g.How == "key" && g.KeyRate == analyzer.Low {
		if fixedKeyName(g.Key) {
			// $this->drivers[$driver], $handlers[$role]: a key named
			// for a small fixed set, and nothing says otherwise
			return analyzer.Low
		}
		return analyzer.Medium
	}
	return ""
}

// fixedKeyName reports whether a key is a variable, property or getter
// named for a value from a small fixed set ($driver, $locale,
// ->getType(), $event['type']): see fixedDomain.
func fixedKeyName(k ir.Expr) bool {
	switch k := k.(type) {
	case *ir.Var:
		return fixedDomain(k.Name)
	case *ir.Prop:
		return fixedDomain(k.Name)
	case *ir.MethodCall:
		return len(k.Args) == 0 && fixedDomain(k.Name)
	case *ir.Dim:
		// $event['type'], $frame['channel']
		l, ok := k.Key.(*ir.Lit)
		return ok && l.Kind == ir.LitString && fixedDomain(l.Value)
	}
	return false
}

// describe renders how the place grows, for messages.
func (g growth) describe() string {
	switch g.How {
	case "key":
		return fmt.Sprintf("written under a new key (%s) on every call", keyText(g.Key))
	case "merge":
		return "merged into itself on every call"
	case "returned":
		return "replaced on every call by what a helper returns, itself with an element appended"
	case "concat":
		return "concatenated to on every call"
	case "collection":
		return "added to on every call"
	}
	return "appended to on every call"
}

// growthKinds are the kinds of nodes growthOf can find a growth at: a
// walk that looks for nothing else visits only them.
const growthKinds = analyzer.KAssign | analyzer.KCall | analyzer.KMethodCall

// growthOf classifies n, met under stack in a walk of scope.Fn's body,
// as a growing write, if it is one. A write in a branch that no call in
// the project takes (see disabledByCallers) is none.
//
// Every growth rule asks about every write of every function: the
// answers are found once per function (see growthsIn). A question asked
// while they are being found is answered on its own.
func (r *resolver) growthOf(scope *analyzer.Scope, stack []analyzer.Node, n analyzer.Node) (growth, bool) {
	switch n.(type) {
	case *ir.Assign, *ir.Call, *ir.MethodCall:
	default:
		return growth{}, false // (most nodes: no copy of a growth)
	}
	if r.findingGrowths {
		return r.growthAt(scope, stack, n)
	}
	g, ok := r.growthsIn(scope)[n]
	return g, ok
}

// growthsIn is growthOf for every write of scope.Fn's body, keyed by
// node (the growing ones only), found in one walk the first time the
// function is asked about. Asked while the growths of a function are
// being found, it finds them anew, and keeps nothing.
func (r *resolver) growthsIn(scope *analyzer.Scope) map[analyzer.Node]growth {
	if found, ok := r.growths[scope.Fn]; ok {
		return found
	}
	if r.findingGrowths {
		return r.findGrowths(scope)
	}
	r.findingGrowths = true
	defer func() { r.findingGrowths = false }()
	found := r.findGrowths(scope)
	if r.growths == nil {
		r.growths = map[*ir.Func]map[analyzer.Node]growth{}
	}
	r.growths[scope.Fn] = found
	return found
}

// findGrowths walks scope.Fn for growthsIn.
func (r *resolver) findGrowths(scope *analyzer.Scope) map[analyzer.Node]growth {
	var found map[analyzer.Node]growth
	analyzer.InspectFunc(scope.Fn, growthKinds, func(n analyzer.Node, stack []analyzer.Node) bool {
		if g, ok := r.growthAt(scope, stack, n); ok {
			if found == nil {
				found = map[analyzer.Node]growth{}
			}
			found[n] = g
		}
		return true
	})
	return found
}

// growthAt is growthOf, found anew.
func (r *resolver) growthAt(scope *analyzer.Scope, stack []analyzer.Node, n analyzer.Node) (growth, bool) {
	g, ok := r.growthWrite(scope, stack, n)
	if ok && (r.disabledByCallers(scope.Fn, stack) || r.underLimit(scope, stack, g.Place)) {
		return growth{}, false
	}
	return g, ok
}

// growthWrite is growthOf before the callers are asked.
func (r *resolver) growthWrite(scope *analyzer.Scope, stack []analyzer.Node, n analyzer.Node) (growth, bool) {
	switch n := n.(type) {
	case *ir.Assign:
		place, dims, ok := scope.PlaceOf(n.Dst)
		if !ok {
			return r.accessorWrite(scope, stack, n)
		}
		if len(dims) > 0 {
			if n.Op != "=" && n.Op != "??=" {
				return growth{}, false
			}
			if r.arrayAccessObject(scope.Fn, place) {
				return growth{}, false // $this->cache[$k] = … is its offsetSet(), analysed there
			}
			g := growth{Place: place, Node: n}
			// $spans = $this->spans[$k] ?? []; $spans[] = $span;
			// $this->spans[$k] = $spans: an append to the list under $k
			if v, ok := n.Src.(*ir.Var); ok && n.Op == "=" && appendedCopy(scope.Fn, v.Name, n) {
				g.How, g.Conf, g.Level = "append", analyzer.High, len(dims)+1
				return g, !r.isWeakMap(scope.Fn, place) || r.longLivedKey(scope.Fn, dims[len(dims)-1].Key)
			}
			for i := len(dims) - 1; i >= 0; i-- {
				d := dims[i]
				if d.Key == nil {
					if i < len(dims)-1 && (r.trimmedIn(scope, d.Base) || g.How == "key" && shiftedIn(scope, d.Base)) {
						// an inner list kept to its last N (or shifted
						// under a key that already grows): the keys above
						// it decide
						continue
					}
					g.How, g.Key, g.Conf, g.Level = "append", nil, analyzer.High, len(dims)-i
					g.KeysFixed = i < len(dims)-1 && !slices.ContainsFunc(dims[i+1:], func(d *ir.Dim) bool { return d.Key == nil || !r.boundedKey(scope.Fn, d.Key) })
					// a WeakMap's lists go with their keys, unless the key
					// is an object kept for the process (a route)
					return g, !r.isWeakMap(scope.Fn, place) || len(dims) > 1 && r.longLivedKey(scope.Fn, dims[len(dims)-1].Key)
				}
				if !r.boundedKey(scope.Fn, d.Key) && !reusedIDIn(r, scope.Fn, localSource(scope.Fn, d.Key), n.Src) &&
					!r.reusedIDParam(scope.Fn, d.Key, n.Src) &&
					!presentKey(stack, d) && !checkedPresent(scope.Fn, stack, d) && !r.keyInStore(scope.Fn, d.Key, d.Base) {
					// $rooms[$room][$fd]: the key that varies most, but for
					// one under a slot the function fills anew
					// ($groups[$g] = []; foreach (…) $groups[$g][$k] = …)
					if c := r.keyConf(scope.Fn, d.Key); g.How == "" || c.Rank() > g.Conf.Rank() && !refilled(scope.Fn, d.Base) {
						g.How, g.Key, g.Conf, g.Level = "key", d.Key, c, len(dims)-i
						g.KeyRate = g.Conf
						g.Registered = r.registeredKey(scope.Fn, d.Key)
					}
				}
			}
			// a WeakMap's entries go with their keys, also a WeakMap's
			// under a key of the property ($this->subscribers[$topic] =
			// new WeakMap(), then [$topic][$connection] = …)
			if g.How == "key" && g.Level == 2 && len(dims) == 2 && place.Kind == analyzer.PlaceThisProp && scope.Fn.ThisClass() != nil &&
				r.weakMapElements(scope.Fn.ThisClass().Name, place.Name) {
				return growth{}, false
			}
			// a WeakMap's entries go with their keys, unless the key is
			// an object kept for the process (a model a catalog holds):
			// then keys that differ per request grow its entry, as they
			// would an array's (as for appends above)
			return g, g.How != "" && (!r.isWeakMap(scope.Fn, place) ||
				g.How == "key" && g.Level >= 2 && len(dims) > 1 && r.longLivedKey(scope.Fn, dims[len(dims)-1].Key))
		}
		switch {
		case n.Op == ".=":
			return growth{Place: place, Node: n, How: "concat", Conf: analyzer.Medium}, true
		case n.Op == "=" && mergesInto(scope, n.Src, place):
			if r.mergesFixedKeys(scope, n.Src, place) {
				return growth{}, false // [self::class => …] merged again replaces itself
			}
			return growth{Place: place, Node: n, How: "merge", Conf: analyzer.High}, true
		case n.Op == "=" && r.growsThrough(scope, n.Src, place):
			return growth{Place: place, Node: n, How: "returned", Conf: analyzer.High}, true
		}
	case *ir.Call:
		switch analyzer.CallName(n) {
		case "array_push", "array_unshift":
			if len(n.Args) >= 2 {
				if place, _, ok := scope.PlaceOf(n.Args[0]); ok {
					return growth{Place: place, Node: n, How: "append", Conf: analyzer.High}, true
				}
			}
		}
	case *ir.MethodCall:
		if !r.collectionAdd(scope.Fn, n) {
			return growth{}, false
		}
		// $this->buckets->attach($client, …) with $client one of the
		// clients loaded at boot: stored again under a key already
		// there, it replaces
		if k := r.addKey(scope.Fn, n); k != nil && r.boundedKey(scope.Fn, k) {
			return growth{}, false
		}
		// self::leases()->attach($h): the collection an accessor hands out
		if place, ok := r.accessorPlace(scope.Fn, n.Recv); ok && len(n.Args) > 0 {
			return growth{Place: place, Node: n, How: "collection", Conf: analyzer.Medium}, true
		}
		// $this->queues[$device]->enqueue($c), or $q = $this->queues[$device]
		// ??= new SplQueue(); $q->enqueue($c): a container kept under a key
		// of the property, added to as a list under that key is
		if elem := mapElement(scope, n.Recv); elem != nil && len(n.Args) > 0 && r.addKey(scope.Fn, n) == nil && r.ix.Container(r.classOf(scope.Fn, n.Recv)) != nil {
			g, ok := r.growthWrite(scope, stack, &ir.Assign{Dst: &ir.Dim{Base: elem, P: n.P}, Src: n.Args[len(n.Args)-1], Op: "=", P: n.P})
			g.Node = n
			return g, ok
		}
		if place, dims, ok := scope.PlaceOf(n.Recv); ok && len(dims) == 0 && len(n.Args) > 0 {
			return growth{Place: place, Node: n, How: "collection", Conf: analyzer.Medium}, true
		}
	}
	return growth{}, false
}

// isDim reports whether e is an array element ($a[$k]).
func isDim(e ir.Expr) bool {
	_, ok := e.(*ir.Dim)
	return ok
}

// mapElement is the element of a long-lived array that recv, the
// receiver of a call, is: $this->queues[$k] itself, or a local assigned
// it once ($q = $this->queues[$k] ??= new SplQueue()). nil otherwise.
func mapElement(scope *analyzer.Scope, recv ir.Expr) ir.Expr {
	e := localSource(scope.Fn, recv)
	if a, ok := e.(*ir.Assign); ok && (a.Op == "??=" || a.Op == "=") {
		e = a.Dst
	}
	if o, ok := e.(*ir.Other); ok && o.Op == "??" && len(o.Args) == 2 {
		e = o.Args[0] // $q = $this->queues[$k] ?? null
	}
	d, ok := e.(*ir.Dim)
	if !ok || d.Key == nil {
		return nil
	}
	if place, dims, ok := scope.PlaceOf(d); ok && len(dims) > 0 && place.Kind != analyzer.PlaceLocal {
		return d
	}
	return nil
}

// accessorWrite is growthWrite for an element written through an
// accessor that hands out a long-lived container: self::values()[$fiber]
// = $context, where values() returns self::$values ??= new
// SplObjectStorage(). It is the same write as self::$values[$fiber] =
// $context, judged so, reported at the accessor's write.
func (r *resolver) accessorWrite(scope *analyzer.Scope, stack []analyzer.Node, n *ir.Assign) (growth, bool) {
	var dims []*ir.Dim
	e := n.Dst
	for {
		d, ok := e.(*ir.Dim)
		if !ok {
			break
		}
		dims = append(dims, d)
		e = d.Base
	}
	if len(dims) == 0 || r == nil {
		return growth{}, false
	}
	place, ok := r.accessorPlace(scope.Fn, e)
	if !ok {
		return growth{}, false
	}
	// only an object is written so: an array an accessor returns is a
	// copy, and the write lands in a temporary. A project class's
	// offsetSet() is analysed where it stores (an LRU may evict there).
	class := r.classOf(scope.Fn, e)
	if c := r.ix.Class(class); class == "" || c != nil && r.ix.Method(class, "offsetSet") != nil {
		return growth{}, false
	}
	var base ir.Expr
	switch place.Kind {
	case analyzer.PlaceStatic:
		base = &ir.StaticProp{Class: place.Class, Name: strings.TrimPrefix(place.Name, "$"), P: e.Span()}
	case analyzer.PlaceThisProp:
		base = &ir.Prop{Obj: &ir.Var{Name: "this", P: e.Span()}, Name: place.Name, P: e.Span()}
	default:
		return growth{}, false
	}
	// the same chain of elements, on the property itself
	for i := len(dims) - 1; i >= 0; i-- {
		base = &ir.Dim{Base: base, Key: dims[i].Key, P: dims[i].P}
	}
	g, ok := r.growthWrite(scope, stack, &ir.Assign{Dst: base, Src: n.Src, Op: n.Op, ByRef: n.ByRef, P: n.P})
	g.Node = n
	return g, ok
}

// weakMapElements reports whether the methods of class (and its
// relatives) fill property prop only with new WeakMaps under its keys:
// $this->subscribers[$topic] = new WeakMap().
func (r *resolver) weakMapElements(class, prop string) bool {
	found := false
	for _, w := range r.thisWrites(class, prop) {
		if w.simple {
			if a, ok := w.src.(*ir.Array); ok && len(a.Items) == 0 {
				continue // $this->subscribers = []
			}
			return false
		}
		nw, ok := w.src.(*ir.New)
		if !ok || !strings.EqualFold(shortName(strings.TrimPrefix(nw.Class, `\`)), "WeakMap") {
			// (the writes into the maps themselves: $this->p[$t][$c] = …
			// are not fills of the property's elements)
			if w.dims < 2 {
				return false
			}
			continue
		}
		found = true
	}
	return found
}

// appendedCopy reports whether local name, which write stores back into
// an element, was read out of that same element earlier in fn ($list =
// $this->map[$k] ?? [], or without the default) and appended to in
// between ($list[] = …, array_push($list, …)), with nothing cut from it
// after the append (array_shift, array_splice, unset of an element): the
// element grows by one entry each time.
func appendedCopy(fn *ir.Func, name string, write *ir.Assign) bool {
	read, appended := false, false
	for _, ev := range copyEvents(fn)[name] {
		if !posBefore(ev.at, write.P) {
			break
		}
		switch {
		case ev.assigned != nil:
			src := ev.assigned.Src
			if o, ok := src.(*ir.Other); ok && o.Op == "??" && len(o.Args) == 2 {
				src = o.Args[0]
			}
			read, appended = ev.assigned.Op == "=" && sameExpr(src, write.Dst), false
		case ev.appended:
			appended = read
		case ev.cut:
			appended = false
		}
	}
	return read && appended
}

// copyEvent is one thing fn does to a local array, in the order of the
// code: assigns it, appends to it, or cuts entries from it.
type copyEvent struct {
	at       ir.Pos
	assigned *ir.Assign
	appended bool
	cut      bool
}

// copyEvents lists, per local of fn that is appended to, what fn does to
// it (see copyEvent); one walk per function, kept with its facts.
func copyEvents(fn *ir.Func) map[string][]copyEvent {
	return analyzer.FuncMemo(fn, copyEventsKey{}, func() map[string][]copyEvent {
		all := map[string][]copyEvent{}
		pushed := map[string]bool{}
		analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KCall|analyzer.KUnset, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Assign:
				if v, ok := n.Dst.(*ir.Var); ok && v.Name != "" {
					all[v.Name] = append(all[v.Name], copyEvent{at: n.P, assigned: n})
				}
				if d, ok := n.Dst.(*ir.Dim); ok && d.Key == nil {
					if v, ok := d.Base.(*ir.Var); ok {
						all[v.Name] = append(all[v.Name], copyEvent{at: n.P, appended: true})
						pushed[v.Name] = true
					}
				}
			case *ir.Call:
				if len(n.Args) == 0 {
					return true
				}
				v, ok := n.Args[0].(*ir.Var)
				if !ok {
					return true
				}
				switch analyzer.CallName(n) {
				case "array_push":
					all[v.Name] = append(all[v.Name], copyEvent{at: n.P, appended: true})
					pushed[v.Name] = true
				case "array_shift", "array_pop", "array_splice":
					all[v.Name] = append(all[v.Name], copyEvent{at: n.P, cut: true})
				}
			case *ir.Unset:
				for _, t := range n.Targets {
					if d, ok := t.(*ir.Dim); ok {
						if v, ok := d.Base.(*ir.Var); ok {
							all[v.Name] = append(all[v.Name], copyEvent{at: n.P, cut: true})
						}
					}
				}
			}
			return true
		})
		out := map[string][]copyEvent{}
		for name, evs := range all {
			if pushed[name] {
				out[name] = evs
			}
		}
		return out
	})
}

type copyEventsKey struct{}

// longLivedKey reports whether key, in fn, is, or may be, an object of
// a class the worker model keeps for the life of the process (a route
// the router holds): the entry a WeakMap keeps under it stays as long.
// Where the key's class is not known, its values are followed: the
// arguments every call passes for a parameter, what a local is
// assigned, what a project helper returns, both sides of `??` and `?:`,
// and what the project stores under a request attribute it reads.
func (r *resolver) longLivedKey(fn *ir.Func, key ir.Expr) bool {
	if r.longLived == nil || key == nil {
		return false
	}
	return r.mayBeLongLived(fn, key, 0)
}

// mayBeLongLived is longLivedKey for e at depth steps of value flow.
func (r *resolver) mayBeLongLived(fn *ir.Func, e ir.Expr, depth int) bool {
	if class := r.classOf(fn, e); class != "" && r.ix.Class(class) != nil {
		return r.longLived(class) // a known class decides
	}
	if depth >= 6 {
		return false
	}
	switch x := e.(type) {
	case *ir.Var:
		if x.Name == "this" {
			return false
		}
		if i := paramIndex(fn, x); i >= 0 {
			if analyzer.AssignsVar(fn, x.Name) || fn.Params[i].Variadic {
				return false
			}
			return memoized(&r.longParams, param{fn, i}, false, func() bool {
				sites, ok := r.knownSites(fn)
				if !ok {
					return false
				}
				for _, s := range sites {
					if s.callable || s.caller == nil {
						continue
					}
					// (each parameter once: its callers start afresh)
					if a, ok := siteArg(fn, s, i); ok && r.mayBeLongLived(s.caller, a, 0) {
						return true
					}
				}
				return false
			})
		}
		if src := assignedOnce(fn)[x.Name]; src != nil {
			return r.mayBeLongLived(fn, src, depth+1)
		}
	case *ir.Other:
		if (x.Op == "??" || x.Op == "?:") && len(x.Args) >= 2 {
			vals := x.Args
			if x.Op == "?:" && len(vals) == 3 {
				vals = vals[1:]
			}
			return slices.ContainsFunc(vals, func(v ir.Expr) bool { return r.mayBeLongLived(fn, v, depth+1) })
		}
	case *ir.MethodCall:
		// $request->getAttribute(Route::class): what the project stores
		// under that attribute (PSR-7 hands back what withAttribute got)
		if name, _, read := attrCall(x); read {
			if name == "" {
				return false
			}
			r.callSites()
			for _, w := range r.attrWrites[name] {
				if r.mayBeLongLived(w.fn, w.value, depth+1) {
					return true
				}
			}
			return false
		}
		return r.returnsLongLived(r.target(fn, x), depth)
	case *ir.Call, *ir.StaticCall:
		return r.returnsLongLived(r.target(fn, x), depth)
	}
	return false
}

// returnsLongLived reports whether some value project function t returns
// may be an object the process keeps (see longLivedKey).
func (r *resolver) returnsLongLived(t *ir.Func, depth int) bool {
	if t == nil {
		return false
	}
	return slices.ContainsFunc(returned(t), func(v ir.Expr) bool { return r.mayBeLongLived(t, v, depth+1) })
}

// refilled reports whether fn sets slot (an element of an array: $a[$k])
// to a new value with `=`, so what is written under it afterwards
// replaces what the last call wrote there.
func refilled(fn *ir.Func, slot ir.Expr) bool {
	if _, ok := slot.(*ir.Dim); !ok {
		return false
	}
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && a.Op == "=" && sameExpr(a.Dst, slot) {
			found = true
		}
		return !found
	})
	return found
}

// presentKey reports whether the write to d sits where its key is known
// to be there already — in the branch of `if (isset($a[$k]))` or
// `if (array_key_exists($k, $a))` — so it replaces an entry and adds none.
func presentKey(stack []analyzer.Node, d *ir.Dim) bool {
	for _, n := range stack {
		if s, ok := n.(*ir.If); ok && len(s.Then) > 0 && within(d.P, s.Then) && hasKey(s.Cond, d) {
			return true
		}
	}
	return false
}

// checkedPresent reports whether the write to d comes after a branch
// that leaves (return, continue, break, throw) whenever d's key is not
// in d's base: `$known = $this->last[$id] ?? null; if ($known === null
// || …) continue;`, or `if (!isset($this->last[$id])) return;`. What is
// written under the key replaces an entry and adds none.
func checkedPresent(fn *ir.Func, stack []analyzer.Node, d *ir.Dim) bool {
	blocks := [][]ir.Stmt{fn.Body}
	for _, n := range stack {
		switch s := n.(type) {
		case *ir.If:
			blocks = append(blocks, s.Then, s.Else)
		case *ir.Loop:
			blocks = append(blocks, s.Body)
		case *ir.Try:
			blocks = append(blocks, s.Body, s.Finally)
		}
	}
	for _, b := range blocks {
		if !within(d.P, b) {
			continue
		}
		for _, st := range b {
			if sp := st.Span(); sp.EndLine >= d.P.Line {
				break // (the statement holding the write, and what follows)
			}
			if s, ok := st.(*ir.If); ok && len(s.Then) > 0 && len(s.Else) == 0 && leaves(s.Then) && holdsWhenAbsent(fn, s.Cond, d) {
				return true
			}
		}
	}
	return false
}

// holdsWhenAbsent reports whether cond holds whenever d's key is not in
// d's base: !isset(d), !array_key_exists(key, base), $x === null or
// is_null($x) for a local assigned only `d ?? null`, or an alternative
// (A || B) that does.
func holdsWhenAbsent(fn *ir.Func, cond ir.Expr, d *ir.Dim) bool {
	nullRead := func(e ir.Expr) bool {
		v, ok := e.(*ir.Var)
		if !ok {
			return false
		}
		src, ok := assignedOnce(fn)[v.Name].(*ir.Other)
		return ok && src.Op == "??" && len(src.Args) == 2 && sameExpr(src.Args[0], d) && isNull(src.Args[1])
	}
	switch c := cond.(type) {
	case *ir.Other:
		switch c.Op {
		case "||", "or":
			return slices.ContainsFunc(c.Args, func(a ir.Expr) bool { return holdsWhenAbsent(fn, a, d) })
		case "===", "==":
			return len(c.Args) == 2 && (isNull(c.Args[0]) && nullRead(c.Args[1]) || isNull(c.Args[1]) && nullRead(c.Args[0]))
		}
		if isNot(c) {
			return hasKey(c.Args[0], d)
		}
	case *ir.Call:
		return analyzer.CallName(c) == "is_null" && len(c.Args) == 1 && nullRead(c.Args[0])
	}
	return false
}

// hasKey reports whether cond holds only when d's key is in d's base.
func hasKey(cond ir.Expr, d *ir.Dim) bool {
	switch c := cond.(type) {
	case *ir.Other:
		switch c.Op {
		case "isset":
			for _, a := range c.Args {
				if sameExpr(a, d) {
					return true
				}
			}
		case "&&":
			for _, a := range c.Args {
				if hasKey(a, d) {
					return true
				}
			}
		}
	case *ir.Call:
		switch analyzer.CallName(c) {
		case "array_key_exists", "key_exists":
			return len(c.Args) == 2 && sameExpr(c.Args[0], d.Key) && sameExpr(c.Args[1], d.Base)
		}
	}
	return false
}

// collectionAdd reports whether a method call adds a value to a
// collection: a method that adds, by the table of PHP's and the
// frameworks' containers (weak ones keep nothing), or on a receiver of
// unknown class one of builtins.UnknownAdds. A project class's own add() is
// analysed where it stores.
func (r *resolver) collectionAdd(fn *ir.Func, n *ir.MethodCall) bool {
	if !builtins.UnknownAdds(n.Name) && !builtins.AddsAny(n.Name) {
		return false // no container adds by that name: skip resolving the receiver
	}
	c := r.classOf(fn, n.Recv)
	if kc := r.ix.Container(c); c != "" && kc != nil {
		return kc.Adds(n.Name) && !kc.Weak
	}
	if c != "" && r.ix.Class(c) != nil {
		return false
	}
	// $server->push($fd, $frame) on a library's WebSocket server,
	// $connection->send(…), $channel->push(…) on a bounded channel: what
	// sends or passes things on, not a store
	if words := nameWords(shortName(c)); len(words) > 0 {
		switch words[len(words)-1] {
		case "server", "connection", "client", "socket", "stream", "response", "channel":
			return false
		}
	}
	return builtins.UnknownAdds(n.Name)
}

// addKey is the key a collection add stores under: the object attached
// to an SplObjectStorage, the key given to offsetSet() or set(); nil for
// an add that appends (push(), offsetSet(null, $v)) or a receiver of
// unknown class.
func (r *resolver) addKey(fn *ir.Func, n *ir.MethodCall) ir.Expr {
	if len(n.Args) == 0 {
		return nil
	}
	kc := r.ix.Container(r.classOf(fn, n.Recv))
	if kc == nil || !kc.Keys(strings.ToLower(n.Name)) {
		return nil
	}
	if isNull(n.Args[0]) {
		return nil
	}
	return n.Args[0]
}

// guardedMembership turns an append behind a membership guard
// (`if (!in_array($v, $store)) $store[] = $v;`) into what it is, a write
// under the key $v: no growth when $v comes from a fixed set (ok false),
// else rated by how surely $v varies.
func (r *resolver) guardedMembership(fn *ir.Func, scope *analyzer.Scope, stack []analyzer.Node, g growth) (growth, bool) {
	if g.How != "append" {
		return g, true
	}
	v := membershipKey(fn, stack, scope, g.Node)
	if v == nil {
		return g, true
	}
	if r.boundedKey(fn, v) {
		return g, false
	}
	g.How, g.Key, g.Conf = "key", v, r.keyConf(fn, v)
	g.KeyRate = g.Conf
	return g, true
}

// mergeOperands lists the arrays src joins into one: the arguments of
// array_merge, array_merge_recursive and array_replace (with the name),
// the spreads and items of an array literal with a spread (as
// array_merge), or the operands of a chain of unions ($a + $b + $c,
// which PHP reads ($a + $b) + $c), with "+". nil for anything else.
func mergeOperands(src ir.Expr) (string, []ir.Expr) {
	switch s := src.(type) {
	case *ir.Call:
		switch name := analyzer.CallName(s); name {
		case "array_merge", "array_merge_recursive", "array_replace":
			return name, s.Args
		}
	case *ir.Array:
		// [$event, ...$this->recent]: what the spreads hold, renumbered
		// under integer keys as array_merge does, and each other item
		// as an array of its own
		if !slices.ContainsFunc(s.Items, func(it ir.ArrayItem) bool { return it.Unpack }) {
			return "", nil
		}
		var out []ir.Expr
		for _, it := range s.Items {
			if it.Unpack {
				out = append(out, it.Value)
			} else {
				out = append(out, &ir.Array{Items: []ir.ArrayItem{it}, P: s.P})
			}
		}
		return "array_merge", out
	case *ir.Other:
		if s.Op != "+" || len(s.Args) != 2 {
			return "", nil
		}
		var out []ir.Expr
		for _, a := range s.Args {
			if o, ok := a.(*ir.Other); ok && o.Op == "+" && len(o.Args) == 2 {
				_, inner := mergeOperands(o)
				out = append(out, inner...)
				continue
			}
			out = append(out, a)
		}
		return "+", out
	}
	return "", nil
}

// mergedPlace reports whether e, an operand of a merge, is place itself:
// array_merge($_SESSION ?? [], $data) takes the place, or nothing when it
// is not set yet.
func mergedPlace(scope *analyzer.Scope, e ir.Expr, place analyzer.Place) bool {
	if o, ok := e.(*ir.Other); ok && (o.Op == "??" || o.Op == "?:") && len(o.Args) == 2 {
		if a, ok := o.Args[1].(*ir.Array); ok && len(a.Items) == 0 {
			e = o.Args[0]
		}
	}
	p, dims, ok := scope.PlaceOf(e)
	return ok && len(dims) == 0 && p.Key() == place.Key()
}

// mergesInto reports whether src builds a larger array out of place:
// array_merge($x, …), [...$x, …], $x + […]; also with place in any other
// position (array_merge($new, $x), $new + $x): every entry of $x that
// the others have no key for is kept, and theirs are added.
func mergesInto(scope *analyzer.Scope, src ir.Expr, place analyzer.Place) bool {
	same := func(e ir.Expr) bool { return mergedPlace(scope, e, place) }
	_, ops := mergeOperands(src)
	return len(ops) >= 2 && slices.ContainsFunc(ops, same)
}

// growsThrough reports whether src hands place to a project function
// that returns it with an element added: $context =
// FrameContext::with($context, …), where with() appends to its
// parameter and returns it. The place is then assigned a larger copy of
// itself, as array_merge($x, …) would.
func (r *resolver) growsThrough(scope *analyzer.Scope, src ir.Expr, place analyzer.Place) bool {
	switch src.(type) {
	case *ir.Call, *ir.StaticCall, *ir.MethodCall:
	default:
		return false
	}
	t := r.target(scope.Fn, src)
	if t == nil {
		return false
	}
	for i, a := range callArgs(src) {
		if p, dims, ok := scope.PlaceOf(a); ok && len(dims) == 0 && p.Key() == place.Key() && appendsToParam(t, i) {
			return true
		}
	}
	return false
}

// appendsToParam reports whether fn appends to its array parameter i
// ($context['frames'][] = …, not under a condition) and returns that
// parameter from every return. Answered for every parameter in one look
// per function.
func appendsToParam(fn *ir.Func, i int) bool {
	return analyzer.FuncMemo(fn, appendsToParamKey{}, func() map[int]bool {
		rets := returned(fn)
		if len(rets) == 0 {
			return nil
		}
		v, ok := rets[0].(*ir.Var)
		if !ok || slices.ContainsFunc(rets, func(e ir.Expr) bool { return !isVarNamed(e, v.Name) }) {
			return nil
		}
		j := paramIndex(fn, v)
		if j < 0 || fn.Params[j].ByRef || fn.Params[j].Variadic {
			return nil
		}
		for _, st := range fn.Body {
			es, ok := st.(*ir.ExprStmt)
			if !ok {
				continue
			}
			a, ok := es.X.(*ir.Assign)
			if !ok || a.Op != "=" || analyzer.RootVar(a.Dst) != v.Name {
				continue
			}
			for d, ok := a.Dst.(*ir.Dim); ok; d, ok = d.Base.(*ir.Dim) {
				if d.Key == nil {
					return map[int]bool{j: true}
				}
			}
		}
		return nil
	})[i]
}

type appendsToParamKey struct{}

// arrayAccessObject reports whether a property of $this holds an object
// of a project class whose own offsetSet() (ArrayAccess) keeps it
// bounded: it removes an entry when a size test says so (a capped
// cache). Writing an element calls that method; the property itself does
// not grow.
func (r *resolver) arrayAccessObject(fn *ir.Func, place analyzer.Place) bool {
	if place.Kind != analyzer.PlaceThisProp || fn.ThisClass() == nil {
		return false
	}
	c := r.propClass(fn.ThisClass().Name, place.Name)
	if c == "" {
		return false
	}
	m := r.ix.Method(c, "offsetSet")
	return m != nil && !m.Abstract && r.evictsIn(m, "")
}

// mergesFixedKeys reports whether what src merges into place (array_merge,
// array_replace, +, place in any position) has only keys from a fixed
// set, so merging it again replaces entries rather than adding them:
// string keys for array_merge (which renumbers integer ones), any
// constant keys for array_replace and +.
func (r *resolver) mergesFixedKeys(scope *analyzer.Scope, src ir.Expr, place analyzer.Place) bool {
	fn := scope.Fn
	name, ops := mergeOperands(src)
	if name == "" || name == "array_merge_recursive" {
		return false // (merges lists under the same key: grows)
	}
	strict := name == "array_merge"
	var rest []ir.Expr
	for _, a := range ops {
		if mergedPlace(scope, a, place) {
			continue
		}
		rest = append(rest, a)
	}
	for _, a := range rest {
		if !r.fixedKeyed(fn, a, strict, 3) {
			return false
		}
	}
	return len(rest) > 0
}

// fixedKeyed reports whether every array e can be (in fn) has keys only
// from a fixed set, written in the code: a literal whose every item has a
// constant key (a string one when strict), a local or parameter only ever
// given such arrays, or a call whose every return is one (depth bounds
// how many calls and parameters are followed).
func (r *resolver) fixedKeyed(fn *ir.Func, e ir.Expr, strict bool, depth int) bool {
	switch e := e.(type) {
	case *ir.Array:
		for _, it := range e.Items {
			if it.Unpack {
				return false
			}
			if it.Key == nil {
				// [$message] + $this->last: an item without a key takes
				// the next integer, 0 in a list, which a union and
				// array_replace keep as it is (array_merge appends it)
				if strict {
					return false
				}
				continue
			}
			// array_replace($this->compiled, [$key => $pipeline]) and +
			// keep keys as they are: a key from a fixed set replaces
			if !analyzer.IsConstant(it.Key) && (strict || !r.boundedKey(fn, it.Key)) {
				return false
			}
			// array_merge renumbers integer keys, '12' included
			if l, ok := it.Key.(*ir.Lit); strict && ok && (l.Kind != ir.LitString || intKey(l.Value)) {
				return false
			}
		}
		return len(e.Items) > 0
	case *ir.Call, *ir.MethodCall, *ir.StaticCall:
		if c, ok := e.(*ir.Call); ok && depth > 0 && c.Name != "" && r.ix.Function(c.Name, c.Fallback) == nil {
			return r.fixedKeyedBuiltin(fn, c, strict, depth)
		}
		t := r.target(fn, e)
		if t == nil || depth == 0 {
			return false
		}
		rets := returned(t)
		for _, x := range rets {
			if !r.fixedKeyed(t, x, strict, depth-1) {
				return false
			}
		}
		return len(rets) > 0
	case *ir.Var:
		if depth == 0 {
			return false
		}
		if i := paramIndex(fn, e); i >= 0 {
			sites, ok := r.knownSites(fn)
			if !ok || len(sites) == 0 {
				return false
			}
			for _, s := range sites {
				a, ok := siteArg(fn, s, i)
				if !ok || !r.fixedKeyed(s.caller, a, strict, depth-1) {
					return false
				}
			}
			return true
		}
		if a := localArray(fn, e.Name); a != nil && len(a.Items) > 0 {
			return r.fixedKeyed(fn, a, strict, depth-1)
		}
		return r.builtWithFixedKeys(fn, e.Name, strict)
	case *ir.ClassConst:
		// self::KEEP, an array constant: the keys it is written with
		vs := r.ix.ConstValues(fn, e)
		for _, v := range vs {
			if v.Kind != analyzer.ConstArray || v.Open || len(v.Keys) == 0 {
				return false
			}
			if strict && slices.ContainsFunc(v.Keys, intKey) {
				return false
			}
		}
		return len(vs) > 0
	}
	return false
}

// fixedKeyedBuiltin is fixedKeyed for a call of one of PHP's array
// functions whose result keeps keys of its arguments: a part of the
// first (array_filter, array_diff_key, array_map over one array…), the
// keys every argument has (array_intersect_key($server, self::KEEP),
// fixed when one of them is), or the values of a list written in the
// code turned into keys (array_flip(['host', 'port']), array_fill_keys).
func (r *resolver) fixedKeyedBuiltin(fn *ir.Func, c *ir.Call, strict bool, depth int) bool {
	switch name := analyzer.CallName(c); name {
	case "array_filter", "array_diff", "array_diff_key", "array_diff_assoc", "array_diff_ukey", "array_diff_uassoc",
		"array_udiff", "array_intersect", "array_uintersect", "array_unique", "array_slice", "array_reverse":
		// (array_slice() and array_reverse() renumber integer keys: 0
		// to a count the fixed set bounds)
		return len(c.Args) > 0 && r.fixedKeyed(fn, c.Args[0], strict, depth-1)
	case "array_map":
		return len(c.Args) == 2 && r.fixedKeyed(fn, c.Args[1], strict, depth-1)
	case "array_intersect_key", "array_intersect_assoc", "array_intersect_ukey", "array_intersect_uassoc":
		arrays := c.Args
		if strings.HasSuffix(name, "_ukey") || strings.HasSuffix(name, "_uassoc") {
			if len(arrays) == 0 {
				return false
			}
			arrays = arrays[:len(arrays)-1] // the last is the comparison
		}
		return len(arrays) >= 2 && slices.ContainsFunc(arrays, func(a ir.Expr) bool { return r.fixedKeyed(fn, a, strict, depth-1) })
	case "array_flip", "array_fill_keys":
		if len(c.Args) == 0 {
			return false
		}
		vs := r.ix.ConstValues(fn, c.Args[0])
		for _, v := range vs {
			if v.Kind != analyzer.ConstArray || v.Open || len(v.Elems) == 0 {
				return false
			}
			for _, el := range v.Elems {
				if len(el) == 0 {
					return false
				}
				for _, k := range el {
					switch {
					case k.Kind == analyzer.ConstString && (!strict || !intKey(k.S)):
					case k.Kind == analyzer.ConstInt && !strict:
					default:
						return false
					}
				}
			}
		}
		return len(vs) > 0
	}
	return false
}

// builtWithFixedKeys reports whether local name, in fn, is an array
// built from empty by writes under keys from a fixed set alone:
// $compiled = []; foreach (…) $compiled[$metric->value . ':' . $op] = …;
// (string keys, when strict: array_merge renumbers integer ones).
func (r *resolver) builtWithFixedKeys(fn *ir.Func, name string, strict bool) bool {
	started, ok := false, true
	analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Assign:
			if v, isVar := n.Dst.(*ir.Var); isVar && v.Name == name {
				a, isArr := n.Src.(*ir.Array)
				started = started || isArr && len(a.Items) == 0 && n.Op == "="
				ok = ok && isArr && len(a.Items) == 0 && n.Op == "="
				return ok
			}
			d, isDim := n.Dst.(*ir.Dim)
			if !isDim {
				return ok
			}
			if v, isVar := d.Base.(*ir.Var); isVar && v.Name == name {
				ok = ok && n.Op == "=" && d.Key != nil && r.boundedKey(fn, d.Key) && (!strict || r.stringKey(fn, d.Key, 2))
			} else if analyzer.RootVar(d) == name {
				ok = false // $compiled[$k][] = …: a list under the key grows
			}
		case *ir.Call:
			// (handed by reference or pushed to: array_push($compiled, …))
			if slices.ContainsFunc(n.Args, func(a ir.Expr) bool { v, isVar := a.(*ir.Var); return isVar && v.Name == name }) && analyzer.CallName(n) != "count" {
				ok = false
			}
		}
		return ok
	})
	return started && ok
}

// stringKey reports whether key k, in fn, is a string PHP never turns
// into an integer: a string literal that is not a canonical integer, a
// concatenation or interpolation with a literal part that is not all
// digits, or a call whose every return is one (depth bounds the calls
// followed).
func (r *resolver) stringKey(fn *ir.Func, k ir.Expr, depth int) bool {
	switch k := k.(type) {
	case *ir.Lit:
		return k.Kind == ir.LitString && !intKey(k.Value)
	case *ir.Other:
		if k.Op != "." && k.Op != "interp" {
			return false
		}
		return slices.ContainsFunc(k.Args, func(a ir.Expr) bool {
			if o, ok := a.(*ir.Other); ok && (o.Op == "." || o.Op == "interp") {
				return r.stringKey(fn, o, depth) // ($a . ':') . $b
			}
			l, ok := a.(*ir.Lit)
			return ok && l.Kind == ir.LitString && strings.Trim(l.Value, "0123456789-") != ""
		})
	case *ir.Call, *ir.MethodCall, *ir.StaticCall:
		t := r.target(fn, k)
		if t == nil || depth == 0 {
			return false
		}
		rets := returned(t)
		for _, x := range rets {
			if !r.stringKey(t, x, depth-1) {
				return false
			}
		}
		return len(rets) > 0
	}
	return false
}

// intKey reports whether PHP turns string key v into an integer: a
// decimal integer written canonically ("12", "-3"; not "012" or "1.5").
func intKey(v string) bool {
	n, err := strconv.Atoi(v)
	return err == nil && strconv.Itoa(n) == v
}

// keyText renders a key expression briefly for messages.
func keyText(k ir.Expr) string {
	switch k := k.(type) {
	case *ir.Var, *ir.Prop:
		if p := analyzer.ExprPath(k); p != "" {
			return p
		}
	case *ir.Call:
		if k.Name != "" {
			return shortName(k.Name) + "(…)"
		}
	case *ir.MethodCall:
		if p := analyzer.ExprPath(k.Recv); p != "" && k.Name != "" {
			return p + "->" + k.Name + "()"
		}
	}
	return "a per-call value"
}

// movesValue reports whether g, an append of a value to a list, is a move
// to its end: the same function first takes that value out of the list,
// wherever it is (the "touch" of an LRU order: foreach over the list
// removing the element equal to $key, or unset of the index
// array_search($key, …) finds, then a push of $key). The list then
// holds the value once, however often it is touched; what bounds the
// values is the code that adds new ones.
func movesValue(r *resolver, scope *analyzer.Scope, g growth) bool {
	if g.How != "append" && g.How != "collection" {
		return false
	}
	var val ir.Expr
	switch n := g.Node.(type) {
	case *ir.Assign:
		val = n.Src
	case *ir.MethodCall:
		if len(n.Args) == 1 {
			val = n.Args[0]
		}
	}
	v := analyzer.ExprPath(val)
	if v == "" || !r.removedInFunc(scope, g.Place) {
		return false
	}
	at := g.Node.Span()
	for _, t := range r.takenByValue(scope, g.Place) {
		if t.value == v && posBefore(t.at, at) {
			return true
		}
	}
	return false
}

// valueTaken is a removal from a list of the element equal to a value
// (by its path), and where it is.
type valueTaken struct {
	value string
	at    ir.Pos
}

// takenByValue lists, once per function and place, the removals from
// place that take out the element equal to some value: under an if
// that compares with it, or at the index array_search() found for it.
func (r *resolver) takenByValue(scope *analyzer.Scope, place analyzer.Place) []valueTaken {
	return memoized(&r.taken, removedKey{scope.Fn, place.Key()}, nil, func() []valueTaken {
		var out []valueTaken
		found := map[string]string{} // index variable -> the value searched for
		analyzer.InspectFunc(scope.Fn, analyzer.KAssign|analyzer.KIf|analyzer.KUnset|analyzer.KCalls, func(n analyzer.Node, stack []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok {
				if c, ok := a.Src.(*ir.Call); ok && analyzer.CallName(c) == "array_search" && len(c.Args) > 1 {
					if p, _, ok := scope.PlaceOf(c.Args[1]); ok && p.Key() == place.Key() {
						if dv, ok := a.Dst.(*ir.Var); ok {
							found[dv.Name] = analyzer.ExprPath(c.Args[0])
						}
					}
				}
				return true
			}
			if !isRemoval(r, scope, n, place) {
				return true
			}
			// unset($this->order[$i]) with $i = array_search($key, …)
			if u, ok := n.(*ir.Unset); ok {
				for _, t := range u.Targets {
					if _, dims, ok := scope.PlaceOf(t); ok && len(dims) == 1 {
						if iv, ok := dims[0].Key.(*ir.Var); ok && found[iv.Name] != "" {
							out = append(out, valueTaken{found[iv.Name], n.Span()})
						}
					}
				}
			}
			// if ($candidate === $key) { $this->recency->offsetUnset($i); }
			for _, anc := range stack {
				if iff, ok := anc.(*ir.If); ok {
					for _, v := range comparedPaths(iff.Cond) {
						out = append(out, valueTaken{v, n.Span()})
					}
				}
			}
			return true
		})
		return out
	})
}

// comparedPaths lists the paths of the values cond tests for equality
// ($candidate === $key: both), also under &&.
func comparedPaths(cond ir.Expr) []string {
	o, ok := cond.(*ir.Other)
	if !ok || len(o.Args) != 2 {
		return nil
	}
	switch o.Op {
	case "===", "==":
		var out []string
		for _, a := range o.Args {
			if p := analyzer.ExprPath(a); p != "" {
				out = append(out, p)
			}
		}
		return out
	case "&&":
		return append(comparedPaths(o.Args[0]), comparedPaths(o.Args[1])...)
	}
	return nil
}

// isRemoval reports whether n shrinks or resets place: unset of it or of
// an element, a plain reassignment, array_pop/shift/splice, a removing
// collection method, or a foreach that drains it (see iterationDrains; r
// may be nil, and then none is).
func isRemoval(r *resolver, scope *analyzer.Scope, n analyzer.Node, place analyzer.Place) bool {
	same := func(e ir.Expr, allowDims bool) bool {
		p, dims, ok := scope.PlaceOf(e)
		return ok && p.Key() == place.Key() && (allowDims || len(dims) == 0)
	}
	switch n := n.(type) {
	case *ir.Unset:
		for _, t := range n.Targets {
			if same(t, true) {
				return true
			}
		}
	case *ir.Assign:
		if r != nil && r.uncutSlice(scope.Fn, n) != nil {
			return false // array_slice($x, -0): all of it again
		}
		if n.Op == "=" && same(n.Dst, false) && !mergesInto(scope, n.Src, place) && (r == nil || !r.growsThrough(scope, n.Src, place)) {
			return true
		}
		// $this->samples[$stage] = array_slice($this->samples[$stage] ??
		// [], -$this->size): the list under the key cut back
		if n.Op == "=" && same(n.Dst, true) && slicesItself(n) {
			return true
		}
		// $this->batches[$k] = [] after a flush: the list under the key
		// emptied (a removal from the lists, not of the keys)
		if d, ok := n.Dst.(*ir.Dim); ok && d.Key != nil && n.Op == "=" && same(n.Dst, true) && isEmptyValue(n.Src) {
			return true
		}
		// [$taken, $this->buffer] = [$this->buffer, []]: swapped out
		if list, ok := n.Dst.(*ir.Array); ok && n.Op == "=" {
			for _, it := range list.Items {
				if same(it.Value, false) {
					return true
				}
			}
		}
	case *ir.Call:
		switch analyzer.CallName(n) {
		case "array_pop", "array_shift", "array_splice":
			// also an inner array: array_pop($this->seen[$pool])
			return len(n.Args) > 0 && same(n.Args[0], true)
		}
	case *ir.MethodCall:
		switch name := strings.ToLower(n.Name); {
		case builtins.ReleasesAny(name), releasingMethods[name]:
			// (also a container kept under a key of the place:
			// $this->queues[$device]->dequeue(), see mapElement)
			recv := n.Recv
			if elem := mapElement(scope, n.Recv); elem != nil {
				recv = elem
			}
			if !same(recv, recv != n.Recv || isDim(recv)) {
				return false
			}
			// $this->trail->flush() on an object of a project class
			// (not a container): its own flush() is analysed where it
			// empties what it holds; the property keeps the object
			if r != nil {
				if c := r.classOf(scope.Fn, n.Recv); c != "" && r.ix.Class(c) != nil && r.ix.Container(c) == nil && r.ix.Method(c, n.Name) != nil {
					return false
				}
			}
			return true
		}
	case *ir.Loop:
		// foreach over a heap, or over a list in delete mode, takes each
		// value out
		return n.Kind == ir.LoopForeach && !n.ByRef && r != nil && same(n.Iter, false) && r.iterationDrains(scope.Fn, n.Iter)
	}
	return false
}

// iterationDrains reports whether a foreach over e, in fn, takes out the
// values of the container e holds (see builtins.Container.IterationDrains):
// a heap always; a doubly linked list whose iterator mode code sets with
// the delete flag, on the same property in a method of the class (its
// constructor, typically) or on the same variable in fn.
func (r *resolver) iterationDrains(fn *ir.Func, e ir.Expr) bool {
	// a local can only hold a heap or list the project makes (typing a
	// local costs a walk of its function: skip it when none is made)
	if _, local := e.(*ir.Var); local && !r.makesDrainable() {
		return false
	}
	kc := r.ix.Container(r.classOf(fn, e))
	if kc == nil {
		return false
	}
	path := analyzer.ExprPath(e)
	return kc.IterationDrains(func(flag string) bool {
		if path == "" {
			return false
		}
		fns := []*ir.Func{fn}
		if p, ok := e.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && fn.ThisClass() != nil {
			fns = nil
			for _, c := range r.ix.Lineage(fn.ThisClass().Name) {
				fns = append(fns, c.Methods...)
			}
		}
		for _, f := range fns {
			if slices.Contains(modesSet(f)[path], flag) {
				return true
			}
		}
		// new Spool($list) after $list->setIteratorMode(…IT_MODE_DELETE):
		// the mode the list was given
		if p, ok := e.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && fn.ThisClass() != nil {
			return r.modeGivenViaCtor(fn.ThisClass().Name, p.Name, flag)
		}
		return false
	})
}

// modeGivenViaCtor reports whether property prop of class is a promoted
// constructor parameter for which every `new` of the class passes a
// local its function set the iterator mode flag on before
// ($list->setIteratorMode(…IT_MODE_DELETE); return new Spool($list)):
// the object keeps the mode it was given.
func (r *resolver) modeGivenViaCtor(class, prop, flag string) bool {
	ctor := r.ix.Method(class, "__construct")
	if ctor == nil {
		return false
	}
	idx := -1
	for i, p := range ctor.Params {
		if p.Promoted && p.Name == prop {
			idx = i
		}
	}
	if idx < 0 {
		return false
	}
	return r.everyArg(ctor, idx, func(caller *ir.Func, arg ir.Expr) bool {
		v, ok := arg.(*ir.Var)
		if !ok || v.Name == "this" || paramIndex(caller, v) >= 0 {
			return false
		}
		return slices.Contains(modesSet(caller)[analyzer.ExprPath(v)], flag)
	})
}

// aggregateDrained is, for a foreach over an object of a project class
// implementing IteratorAggregate whose getIterator() returns one of its
// own properties ($this->terms) that iterating drains (see
// iterationDrains), that property: PHP iterates what getIterator()
// returns, so the foreach takes the values out of the object's store.
func (r *resolver) aggregateDrained(fn *ir.Func, iter ir.Expr) (string, bool) {
	class := r.classOf(fn, iter)
	c := r.ix.Class(class)
	if c == nil || !r.ix.Supertypes(c.Name)["iteratoraggregate"] {
		return "", false
	}
	gi := r.ix.Method(c.Name, "getIterator")
	if gi == nil || gi.Generator {
		return "", false
	}
	rets := returned(gi)
	if len(rets) != 1 {
		return "", false
	}
	p, ok := rets[0].(*ir.Prop)
	if !ok || !analyzer.IsThis(p.Obj) || p.Name == "" {
		return "", false
	}
	if !r.iterationDrains(gi, p) {
		return "", false
	}
	return p.Name, true
}

// makesDrainable reports, once per resolver, whether the project makes
// (with new) a container that iterating can empty: a heap, or a list
// with an iterator mode.
func (r *resolver) makesDrainable() bool {
	if r.drainable == 0 {
		r.drainable = -1
		r.callSites()
		for class := range r.madeByName {
			if kc := r.ix.Container(class); kc != nil && (kc.IterTakes || kc.DrainMode != "") {
				r.drainable = 1
				break
			}
		}
	}
	return r.drainable > 0
}

type modesSetKey struct{}

// modesSet lists, once per function, the iterator-mode flags (class
// constants' names) it gives setIteratorMode(), by the receiver's path;
// a flag taken out (& ~X) is not set.
func modesSet(fn *ir.Func) map[string][]string {
	return analyzer.FuncMemo(fn, modesSetKey{}, func() map[string][]string {
		var out map[string][]string
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			mc, ok := n.(*ir.MethodCall)
			if !ok || !strings.EqualFold(mc.Name, "setIteratorMode") || len(mc.Args) == 0 {
				return true
			}
			path := analyzer.ExprPath(mc.Recv)
			if path == "" {
				return true
			}
			analyzer.InspectExpr(mc.Args[0], func(x analyzer.Node, _ []analyzer.Node) bool {
				if o, ok := x.(*ir.Other); ok && o.Op == "~" {
					return false
				}
				if cc, ok := x.(*ir.ClassConst); ok {
					if out == nil {
						out = map[string][]string{}
					}
					out[path] = append(out[path], cc.Name)
				}
				return true
			})
			return true
		})
		return out
	})
}

// releasingMethods are the names, beyond the containers' own (see
// builtins), by which objects are commonly emptied.
var releasingMethods = map[string]bool{
	"clear": true, "remove": true, "reset": true, "truncate": true, "flush": true, "splice": true,
}

// removedKey is a function and a place, for removedInFunc's memo.
type removedKey struct {
	fn    *ir.Func
	place string
}

// removedInFunc is removedIn over a whole function body, once per
// function and place: rules ask it for every write they find.
func (r *resolver) removedInFunc(scope *analyzer.Scope, place analyzer.Place) bool {
	k := removedKey{scope.Fn, place.Key()}
	if b, ok := r.removed[k]; ok {
		return b
	}
	if r.removed == nil {
		r.removed = map[removedKey]bool{}
	}
	b := removedIn(r, scope, scope.Fn.Body, place)
	r.removed[k] = b
	return b
}

// removedIn reports whether any statement in body removes from place. An
// unset of an element that body writes back under the same key (an LRU
// "touch") does not count: it moves the entry, it does not shrink.
func removedIn(r *resolver, scope *analyzer.Scope, body []ir.Stmt, place analyzer.Place) bool {
	// lastWrite: for each key, the order of the last write under it
	lastWrite := map[string]int{}
	order := 0
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		order++
		if a, ok := n.(*ir.Assign); ok {
			if p, dims, ok := scope.PlaceOf(a.Dst); ok && p.Key() == place.Key() && len(dims) > 0 && dims[len(dims)-1].Key != nil {
				if k := analyzer.ExprPath(dims[len(dims)-1].Key); k != "" {
					lastWrite[k] = order
				}
			}
		}
		return true
	})
	found := false
	order = 0
	disabled := noDisabledBranch
	if r != nil {
		disabled = disabledBranch(r.ix, scope.Fn)
	}
	analyzer.Inspect(body, func(n analyzer.Node, stack []analyzer.Node) bool {
		order++
		if found {
			return false
		}
		if _, ok := n.(*ir.Catch); ok {
			return false // a removal only when something throws runs on a rare path
		}
		if disabled(stack) {
			return false // if ($this->bufferSize > 0 && …) with no size ever set
		}
		if u, ok := n.(*ir.Unset); ok {
			for _, t := range u.Targets {
				p, dims, ok := scope.PlaceOf(t)
				if !ok || p.Key() != place.Key() {
					continue
				}
				if len(dims) > 0 && dims[len(dims)-1].Key != nil && lastWrite[analyzer.ExprPath(dims[len(dims)-1].Key)] > order {
					continue // written back under the same key after: a touch
				}
				if awaitsExhaustion(scope.Fn, stack, n) != nil {
					continue // only once a generator another request may never finish is done
				}
				if staleKey(scope, n, place) || moduloOfAppended(scope, dims, place) {
					continue
				}
				found = true
			}
			return !found
		}
		if isRemoval(r, scope, n, place) && !staleKey(scope, n, place) {
			found = true
		}
		return !found
	})
	return found
}

// staleKey reports whether removal n takes out the entry under what a
// local variable holds after the function gave the variable a new value
// since it last added under it: $this->inFlight->attach($envelope);
// $envelope = $stack->next()->handle($envelope); …->detach($envelope)
// detaches what handle() returned, a copy of an immutable envelope (or
// request), and the attached one stays.
func staleKey(scope *analyzer.Scope, n analyzer.Node, place analyzer.Place) bool {
	v := entryVar(scope, n, place, false)
	if v == "" || !analyzer.AssignsVar(scope.Fn, v) {
		return false // (most keys are never given a new value: no walk)
	}
	at := n.Span()
	var added, given ir.Pos // the last add under $v before n, and the last new value of $v after it
	analyzer.Inspect(scope.Fn.Body, func(x analyzer.Node, _ []analyzer.Node) bool {
		if x == n || !posBefore(x.Span(), at) {
			return true
		}
		if entryVar(scope, x, place, true) == v {
			added, given = x.Span(), ir.Pos{}
		}
		if a, ok := x.(*ir.Assign); ok && added != (ir.Pos{}) && posBefore(added, a.P) {
			if w, ok := a.Dst.(*ir.Var); ok && w.Name == v && !a.ByRef {
				given = a.P
			}
		}
		return true
	})
	return added != (ir.Pos{}) && given != (ir.Pos{})
}

// moduloOfAppended reports whether an unset under dims takes out the
// entry at $i % N of a list the function appends to: appended entries
// get ever larger indexes, so once the first N are gone such an unset
// finds nothing (a ring buffer that appends instead of writing its
// slot).
func moduloOfAppended(scope *analyzer.Scope, dims []*ir.Dim, place analyzer.Place) bool {
	if len(dims) != 1 || dims[0].Key == nil {
		return false
	}
	o, ok := dims[0].Key.(*ir.Other)
	if !ok || o.Op != "%" {
		return false
	}
	appends := false
	analyzer.InspectFunc(scope.Fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && a.Op == "=" {
			if p, ds, ok := scope.PlaceOf(a.Dst); ok && p.Key() == place.Key() && len(ds) == 1 && ds[0].Key == nil {
				appends = true
			}
		}
		return !appends
	})
	return appends
}

// moduloUnset is the unset in scope's function that moduloOfAppended
// discounts for place, nil when there is none.
func moduloUnset(scope *analyzer.Scope, place analyzer.Place) *ir.Unset {
	var out *ir.Unset
	analyzer.InspectFunc(scope.Fn, analyzer.KUnset, func(n analyzer.Node, _ []analyzer.Node) bool {
		if u, ok := n.(*ir.Unset); ok && out == nil {
			for _, t := range u.Targets {
				if p, dims, ok := scope.PlaceOf(t); ok && p.Key() == place.Key() && moduloOfAppended(scope, dims, place) {
					out = u
				}
			}
		}
		return out == nil
	})
	return out
}

// entryVar is the local variable whose value n adds to place under
// (add: attach($v), offsetSet($v, …), $place[$v] = …) or takes out from
// it (unset($place[$v]), detach($v), offsetUnset($v)); "" when n does
// neither under a plain variable.
func entryVar(scope *analyzer.Scope, n analyzer.Node, place analyzer.Place, add bool) string {
	same := func(e ir.Expr) bool {
		p, dims, ok := scope.PlaceOf(e)
		return ok && p.Key() == place.Key() && len(dims) == 0
	}
	name := func(e ir.Expr) string {
		if w, ok := e.(*ir.Var); ok && w.Name != "this" {
			return w.Name
		}
		return ""
	}
	lastKey := func(e ir.Expr) string {
		p, dims, ok := scope.PlaceOf(e)
		if !ok || p.Key() != place.Key() || len(dims) != 1 || dims[0].Key == nil {
			return ""
		}
		return name(dims[0].Key)
	}
	switch n := n.(type) {
	case *ir.Unset:
		if !add && len(n.Targets) == 1 {
			return lastKey(n.Targets[0])
		}
	case *ir.Assign:
		if add && n.Op == "=" {
			return lastKey(n.Dst)
		}
	case *ir.MethodCall:
		if len(n.Args) == 0 || !same(n.Recv) {
			return ""
		}
		switch strings.ToLower(n.Name) {
		case "attach", "offsetset":
			if add {
				return name(n.Args[0])
			}
		case "detach", "offsetunset":
			if !add {
				return name(n.Args[0])
			}
		}
	}
	return ""
}

// awaitsExhaustion reports whether statement n, under stack, runs only
// once a generator is exhausted (if (!$cursor->valid()) { … }) while fn
// consumes it in a loop that may stop first (while ($cursor->valid() &&
// $taken < $pageSize), or one with a break): a cursor kept between
// requests and let go after its last page, which a client that stops
// asking never reaches. It returns that loop, nil when there is none: a
// loop that runs the generator to its end makes the test always true.
func awaitsExhaustion(fn *ir.Func, stack []analyzer.Node, n analyzer.Node) *ir.Loop {
	v := ""
	for i := len(stack) - 1; i >= 0 && v == ""; i-- {
		child := n
		if i+1 < len(stack) {
			child = stack[i+1]
		}
		iff, ok := stack[i].(*ir.If)
		if !ok || !inThen(iff, child) {
			continue
		}
		if o, ok := iff.Cond.(*ir.Other); ok && o.Op == "!" && len(o.Args) == 1 {
			v = validCallOn(o.Args[0])
		}
	}
	if v == "" {
		return nil
	}
	return partialReads(fn)[v]
}

// partialReads maps each variable fn reads a generator from in a loop
// that may stop before the generator's end (a condition that tests
// $v->valid() and something else, or a loop with a break) to the first
// such loop; computed once per function.
func partialReads(fn *ir.Func) map[string]*ir.Loop {
	return analyzer.FuncMemo(fn, partialReadsKey{}, func() map[string]*ir.Loop {
		var out map[string]*ir.Loop
		analyzer.Inspect(fn.Body, func(x analyzer.Node, _ []analyzer.Node) bool {
			l, ok := x.(*ir.Loop)
			if !ok || l.Cond == nil {
				return true
			}
			alone := validCallOn(l.Cond)
			analyzer.InspectExpr(l.Cond, func(c analyzer.Node, _ []analyzer.Node) bool {
				e, ok := c.(ir.Expr)
				if !ok {
					return true
				}
				v := validCallOn(e)
				if _, seen := out[v]; v == "" || seen || v == alone && !loopExits(l.Body) {
					return true
				}
				if out == nil {
					out = map[string]*ir.Loop{}
				}
				out[v] = l
				return true
			})
			return true
		})
		return out
	})
}

type partialReadsKey struct{}

// exhaustionRemoval finds, in fn, a removal from place that awaits the
// exhaustion of a generator (see awaitsExhaustion), with the loop that
// may stop short of it; nil when there is none. The removals of every
// place are listed once per function: a handler writes to a place in
// many statements.
func exhaustionRemoval(scope *analyzer.Scope, place analyzer.Place) (*ir.Unset, *ir.Loop) {
	r := analyzer.FuncMemo(scope.Fn, exhaustionKey{}, func() map[string]exhausted {
		var out map[string]exhausted
		analyzer.Inspect(scope.Fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
			u, ok := n.(*ir.Unset)
			if !ok {
				return true
			}
			for _, t := range u.Targets {
				p, _, ok := scope.PlaceOf(t)
				if _, seen := out[p.Key()]; !ok || seen {
					continue
				}
				if l := awaitsExhaustion(scope.Fn, stack, n); l != nil {
					if out == nil {
						out = map[string]exhausted{}
					}
					out[p.Key()] = exhausted{u, l}
				}
			}
			return true
		})
		return out
	})[place.Key()]
	return r.unset, r.loop
}

// exhausted is a removal that awaits a generator's end, and the loop
// that may stop short of it (see exhaustionRemoval).
type exhausted struct {
	unset *ir.Unset
	loop  *ir.Loop
}

type exhaustionKey struct{}

// validCallOn is the variable e calls valid() on ($cursor->valid()), ""
// for anything else.
func validCallOn(e ir.Expr) string {
	m, ok := e.(*ir.MethodCall)
	if !ok || !strings.EqualFold(m.Name, "valid") || len(m.Args) != 0 {
		return ""
	}
	if v, ok := m.Recv.(*ir.Var); ok {
		return v.Name
	}
	return ""
}

// canonical makes static-property places name the class that declares
// the property, so self::$x, static::$x and Child::$x agree.
func canonical(ix *analyzer.Index, p analyzer.Place) analyzer.Place {
	if p.Kind != analyzer.PlaceStatic {
		return p
	}
	for _, c := range ix.Lineage(p.Class) {
		for _, prop := range c.Props {
			if prop.Static && prop.Name == p.Name {
				p.Class = c.Name
				return p
			}
		}
	}
	return p
}

// removalIndex lists, over the whole project, the places something
// removes from, with the functions that do. Function `static` variables
// are keyed per function.
type removalIndex struct {
	funcs map[string][]*ir.Func
	depth removalDepths
}

// add notes that fn removes from the place named key, at level.
func (ri removalIndex) add(key string, fn *ir.Func, level int) {
	if !slices.Contains(ri.funcs[key], fn) {
		ri.funcs[key] = append(ri.funcs[key], fn)
	}
	ri.depth.note(key, level)
}

// removalDepths is, per place key, the least depth anything in the
// project removes at (see removal): 2 when all that is taken out of the
// place is taken out of its entries' own arrays.
type removalDepths map[string]int

func (d removalDepths) note(key string, level int) {
	if l, ok := d[key]; !ok || level < l {
		d[key] = level
	}
}

// innerOnly reports whether something removes from the places named
// keys, and all of it at a depth that bounds nothing g adds.
func (d removalDepths) innerOnly(keys []string, g growth) bool {
	removed := false
	for _, k := range keys {
		if _, ok := d[k]; ok {
			if d.bounds(k, g) {
				return false
			}
			removed = true
		}
	}
	return removed
}

// bounds reports whether removals of the place named key can take out
// what g adds: a write that adds a key to the place itself is bounded by
// nothing that only trims the lists under its keys
// (array_shift($this->hits[$ip]) bounds each list, not the IPs).
func (d removalDepths) bounds(key string, g growth) bool {
	l, ok := d[key]
	// (a key of a domain not known to be open, over lists kept short:
	// whoever trims them bounded the store as they see it)
	return ok && (g.Level == 0 || l <= g.Level || g.How == "key" && g.KeyRate != analyzer.High)
}

func staticVarKey(fn *ir.Func, name string) string {
	return fmt.Sprintf("%p static $%s", fn, name)
}

// neverRuns reports whether a private or protected method is never
// called: no code calls a method by its name (nor names it in a string,
// as callables do), no framework hook runs it (reset, terminate,
// __destruct, __invoke) and the worker model does not run it per
// request. A public method may be called by code outside the project
// (an Octane listener calling a library's flush()), so it counts.
func neverRuns(prog *program, called map[string]bool, fn *ir.Func) bool {
	return neverRunsDepth(prog, called, fn, 3)
}

// neverRunsDepth is neverRuns, following callers depth calls up: a
// flushCache() that only a listener nothing ever calls calls runs no
// more than that listener.
func neverRunsDepth(prog *program, called map[string]bool, fn *ir.Func, depth int) bool {
	// a closure exists only once the code that makes it has run: one
	// made in a method nothing calls (a timer scheduleOn() would
	// register) never runs either
	if runsAtExit(fn, prog.atExit) {
		return true // register_shutdown_function(fn () => …): runs when the worker ends, not between requests
	}
	if (fn.Kind == ir.FuncClosure || fn.Kind == ir.FuncArrow) && fn.Parent != nil && depth > 0 {
		if _, per := prog.perIter[fn]; per {
			return false
		}
		return neverRunsDepth(prog, called, fn.Parent, depth-1)
	}
	if fn.Kind != ir.FuncMethod && fn.Kind != ir.FuncFunction {
		return false
	}
	name := strings.ToLower(fn.Name)
	if prog.silenced[fn] || name == "terminate" && prog.noTerminate {
		// onTerminate() of a worker that never calls terminate(), a
		// middleware's terminate(), or a kernel's terminate() handing
		// on to them: run only from callers that never run either
		sites, _ := prog.r.callSites()
		for _, s := range sites[fn] {
			if s.caller != fn && !neverRunsDepth(prog, called, s.caller, depth-1) {
				return false
			}
		}
		return true
	}
	switch name {
	case "reset", "terminate", "__destruct", "__invoke":
		return false
	}
	if _, per := prog.perIter[fn]; per {
		return false
	}
	if fn.Kind == ir.FuncMethod && !fn.Public && called != nil {
		return !called[name]
	}
	// a public flush or clear that nothing calls (no call, no call of
	// its name on an object phpleak cannot type, no string naming it)
	// empties nothing in this program either; a call through a parent
	// class or an interface (a provider's boot() run as the base
	// ServiceProvider's) calls every override (see dispatch)
	sites, _ := prog.r.callSites()
	if prog.dispatched != nil {
		sites = prog.dispatched
	}
	if !prog.r.mayBeCalled(fn) && len(sites[fn]) == 0 {
		return true
	}
	if _, once := prog.once[fn]; once || depth == 0 || !prog.r.onlyResolvedCalls(fn) {
		return false
	}
	for _, s := range sites[fn] {
		// (a caller code outside the project may call, such as a
		// test's tearDown(), may run)
		if s.caller == fn || prog.overridesOutside(s.caller) || !neverRunsDepth(prog, called, s.caller, depth-1) {
			return false
		}
	}
	return true
}

// projectRemovals scans every function of the project once.
func projectRemovals(pass *analyzer.Pass) removalIndex {
	out := removalIndex{funcs: map[string][]*ir.Func{}, depth: removalDepths{}}
	flags := sharedFlagResets(pass)
	prog := sharedProgram(pass)
	called := sharedResetIndex(pass).called
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			if neverRuns(prog, called, fn) {
				continue // flushQueryLog() that nothing calls empties nothing
			}
			scope := analyzer.NewScope(fn)
			memo := map[*ir.If]bool{}
			disabled := disabledBranch(pass.Index, fn)
			analyzer.InspectFunc(fn, removalKinds|analyzer.KCatch, func(n analyzer.Node, stack []analyzer.Node) bool {
				if _, ok := n.(*ir.Catch); ok {
					return false // only when something throws: a rare path
				}
				// A top-level `$x = []` outside any loop initialises the
				// global once; it never shrinks it again.
				if a, ok := n.(*ir.Assign); ok && fn.Kind == ir.FuncMain && len(enclosingLoops(stack)) == 0 && a.Op == "=" {
					return true
				}
				if inOnceBranch(stack, scope, true, flags, memo, nil) {
					return true // runs once (a warm-up, a first-call init): not a recurring removal
				}
				if disabled(stack) {
					return true // guarded by a setting nobody sets: never runs
				}
				for _, rm := range removals(sharedResolver(pass), scope, n) {
					p := canonical(pass.Index, rm.Place)
					if p.Kind == analyzer.PlaceStaticVar {
						out.add(staticVarKey(fn, p.Name), fn, rm.Level)
					} else {
						out.add(p.Key(), fn, rm.Level)
					}
				}
				return true
			})
		}
	}
	return out
}

// removalKinds are the kinds of nodes removedPlaces finds removals at.
const removalKinds = analyzer.KUnset | analyzer.KAssign | analyzer.KCall | analyzer.KMethodCall | analyzer.KLoop

// removedPlaces lists the places node n removes from.
func removedPlaces(r *resolver, scope *analyzer.Scope, n analyzer.Node) []analyzer.Place {
	rs := removals(r, scope, n)
	if len(rs) == 0 {
		return nil
	}
	out := make([]analyzer.Place, len(rs))
	for i, rm := range rs {
		out[i] = rm.Place
	}
	return out
}

// removal is a place node n removes from, and the depth of what it takes
// out: 0 all of it ($x = [], unset($x)), 1 entries of the place
// (unset($x[$k]), array_shift($x), detach()), 2 entries one array down
// (array_shift($x[$k]), unset($x[$k][$i])), and so on.
type removal struct {
	analyzer.Place
	Level int
}

// removals lists the places node n removes from, with the depth of what
// it takes out.
func removals(r *resolver, scope *analyzer.Scope, n analyzer.Node) []removal {
	var candidates []ir.Expr
	switch n := n.(type) {
	case *ir.Unset:
		candidates = n.Targets
	case *ir.Assign:
		candidates = []ir.Expr{n.Dst}
		if list, ok := n.Dst.(*ir.Array); ok {
			candidates = nil
			for _, it := range list.Items {
				candidates = append(candidates, it.Value)
			}
		}
	case *ir.Call:
		if len(n.Args) > 0 {
			candidates = n.Args[:1]
		}
	case *ir.MethodCall:
		candidates = []ir.Expr{n.Recv}
		// ($q = $this->queues[$k]; $q->dequeue(): see mapElement; asked
		// only of a call that can release, as isRemoval does)
		if builtins.ReleasesAny(n.Name) || lowercase.Get(releasingMethods, n.Name) {
			if elem := mapElement(scope, n.Recv); elem != nil {
				candidates = []ir.Expr{elem}
			}
		}
	case *ir.Loop:
		if n.Kind == ir.LoopForeach {
			candidates = []ir.Expr{n.Iter}
		}
	}
	if mc, ok := n.(*ir.MethodCall); ok && r != nil && r.detachesForeignKey(scope, mc) {
		return nil // detach($connection) of a store keyed by participants: takes out nothing
	}
	if mc, ok := n.(*ir.MethodCall); ok && r != nil && r.detachesFreshKey(scope, mc) {
		return nil // detach(Codec::decode($id)): an object made for the call was never attached
	}
	if mc, ok := n.(*ir.MethodCall); ok && r != nil && r.ix.SweepWaitsForNewest(scope.Fn, mc) && r.ix.MaxFirstQueue(r.classOf(scope.Fn, mc.Recv)) {
		return nil // extract() once the top is due, the top being the entry due last
	}
	var out []removal
	// foreach ($spool as $term) over an IteratorAggregate whose
	// getIterator() hands out a list of its own that iterating drains
	if l, ok := n.(*ir.Loop); ok && r != nil && l.Kind == ir.LoopForeach && !l.ByRef && l.Iter != nil {
		if path := analyzer.ExprPath(l.Iter); path != "" {
			if prop, ok := r.aggregateDrained(scope.Fn, l.Iter); ok {
				out = append(out, removal{analyzer.Place{Kind: analyzer.PlaceObjProp, Path: path, Name: prop}, 1})
			}
		}
	}
	for _, c := range candidates {
		if p, dims, ok := scope.PlaceOf(c); ok && isRemoval(r, scope, n, p) {
			level := 1 // a collection's method, a draining foreach
			switch n.(type) {
			case *ir.Unset:
				level = len(dims)
			case *ir.Assign:
				level = 0
				if len(dims) > 0 {
					level = len(dims) + 1 // an element cut back: its entries
				}
			case *ir.Call:
				level = len(dims) + 1
			}
			out = append(out, removal{p, level})
		}
	}
	// foreach ($this->outbox->pending() as …): a getter handing out a
	// list its class set to delete mode, which the foreach drains
	if l, ok := n.(*ir.Loop); ok && l.Kind == ir.LoopForeach && !l.ByRef && r != nil {
		if mc, ok := l.Iter.(*ir.MethodCall); ok && !analyzer.IsThis(mc.Recv) {
			if t := r.target(scope.Fn, mc); t != nil {
				if pr := propGetter(t); pr != nil && r.iterationDrains(t, pr) {
					out = append(out, removal{analyzer.Place{Kind: analyzer.PlaceObjProp, Name: pr.Name, Path: analyzer.ExprPath(mc.Recv)}, 1})
				}
			}
		}
	}
	// self::leases()->detach($h): the collection an accessor hands out
	if mc, ok := n.(*ir.MethodCall); ok && r != nil {
		if name := strings.ToLower(mc.Name); builtins.ReleasesAny(name) || releasingMethods[name] {
			if p, ok := r.accessorPlace(scope.Fn, mc.Recv); ok {
				out = append(out, removal{p, 1})
			}
		}
	}
	return out
}

// propGetter returns the property of $this every return of method fn
// hands out ($this->pending), or nil.
func propGetter(fn *ir.Func) *ir.Prop {
	var got *ir.Prop
	for _, x := range returned(fn) {
		pr, ok := x.(*ir.Prop)
		if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" || got != nil && got.Name != pr.Name {
			return nil
		}
		got = pr
	}
	return got
}

// slicesItself reports whether a sets an element to a slice of itself:
// $x[$k] = array_slice($x[$k], …), or of $x[$k] ?? [].
func slicesItself(a *ir.Assign) bool {
	c, ok := a.Src.(*ir.Call)
	if !ok || analyzer.CallName(c) != "array_slice" || len(c.Args) < 2 {
		return false
	}
	// the last N (a negative offset) or N from an offset (a length): a
	// cut; array_slice($x, 0) copies it all
	negative := false
	switch o := c.Args[1].(type) {
	case *ir.Other:
		negative = o.Op == "-" && len(o.Args) == 1
	case *ir.Lit:
		negative = strings.HasPrefix(o.Value, "-")
	}
	if length := len(c.Args) >= 3 && !isNull(c.Args[2]); !negative && !length {
		return false
	}
	src := c.Args[0]
	if o, ok := src.(*ir.Other); ok && o.Op == "??" && len(o.Args) == 2 {
		src = o.Args[0]
	}
	return sameExpr(src, a.Dst)
}

// uncutSlice is the size E when a sets a list to the slice of itself that
// array_slice($x, -E) keeps, E being a setting that is falsy on every
// object (see analyzer.Index.FalsySetting: a size nobody passes, or read
// from an environment variable that is not set, (int) getenv('N')): -0
// is 0, and a slice from offset 0 is all of it. nil for anything else.
func (r *resolver) uncutSlice(fn *ir.Func, a *ir.Assign) ir.Expr {
	if a.Op != "=" || fn.ThisClass() == nil {
		return nil
	}
	c, ok := a.Src.(*ir.Call)
	if !ok || analyzer.CallName(c) != "array_slice" || len(c.Args) < 2 || len(c.Args) >= 3 && !isNull(c.Args[2]) {
		return nil
	}
	o, ok := c.Args[1].(*ir.Other)
	if !ok || o.Op != "-" || len(o.Args) != 1 {
		return nil
	}
	src := c.Args[0]
	if q, ok := src.(*ir.Other); ok && q.Op == "??" && len(q.Args) == 2 {
		src = q.Args[0]
	}
	if !sameExpr(src, a.Dst) || !r.ix.FalsySetting(fn, fn.ThisClass(), o.Args[0]) {
		return nil
	}
	return o.Args[0]
}

// trimmedIn reports whether the function of scope cuts the array list
// back to a slice of itself (list = array_slice(list, -10)), or sets it
// to what a helper returns capped (see returnsCapped), which keeps it
// bounded.
func (r *resolver) trimmedIn(scope *analyzer.Scope, list ir.Expr) bool {
	found := false
	analyzer.EachAssignAt(scope, list, func(n analyzer.Node) bool {
		if a := n.(*ir.Assign); a.Op == "=" && !a.ByRef && sameSlot(scope, a.Dst, list) {
			if c, ok := a.Src.(*ir.Call); ok && analyzer.CallName(c) == "array_slice" && len(c.Args) >= 2 && sameSlot(scope, c.Args[0], list) && r.uncutSlice(scope.Fn, a) == nil {
				found = true
			}
			// $this->windows[$guard] = $this->recent($guard), where
			// recent() returns array_slice(…, -$this->max): whatever the
			// helper filters, at most that many entries
			if t := r.target(scope.Fn, a.Src); t != nil && !t.Abstract && returnsCapped(t) {
				found = true
			}
		}
		return !found
	})
	return found
}

// returnsCapped reports whether every return of fn is a slice of at
// most a fixed count: array_slice($x, -N) (the last N) or
// array_slice($x, $offset, N).
func returnsCapped(fn *ir.Func) bool {
	rets := returned(fn)
	for _, ret := range rets {
		c, ok := ret.(*ir.Call)
		if !ok || analyzer.CallName(c) != "array_slice" || len(c.Args) < 2 {
			return false
		}
		if len(c.Args) >= 3 {
			if l, ok := c.Args[2].(*ir.Lit); ok && l.Kind == ir.LitConst && strings.EqualFold(l.Value, "null") {
				return false // array_slice($x, $o, null): to the end
			}
			continue
		}
		if !negative(c.Args[1]) {
			return false
		}
	}
	return len(rets) > 0
}

// negative reports whether e is written as a negative number: -5, -$n,
// -self::MAX, -$this->max.
func negative(e ir.Expr) bool {
	switch x := e.(type) {
	case *ir.Lit:
		return strings.HasPrefix(x.Value, "-")
	case *ir.Other:
		return x.Op == "-" && len(x.Args) == 1
	}
	return false
}

// shiftedIn reports whether the function of scope takes entries out of
// the array list with array_shift, array_pop or array_splice.
func shiftedIn(scope *analyzer.Scope, list ir.Expr) bool {
	found := false
	analyzer.InspectFunc(scope.Fn, analyzer.KCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.Call); ok && len(c.Args) > 0 {
			switch analyzer.CallName(c) {
			case "array_shift", "array_pop", "array_splice":
				found = found || sameSlot(scope, c.Args[0], list)
			}
		}
		return !found
	})
	return found
}

// sameSlot reports whether two expressions name the same element of the
// same place, also through a local bound to it by reference ($list =
// &$this->items[$k]: $list is $this->items[$k]); the keys compare as
// sameExpr does.
func sameSlot(scope *analyzer.Scope, a, b ir.Expr) bool {
	pa, da, ok := scope.PlaceOf(a)
	if !ok {
		return false
	}
	pb, db, ok := scope.PlaceOf(b)
	if !ok || pa.Key() != pb.Key() || len(da) != len(db) {
		return false
	}
	for i := range da {
		if da[i].Key == nil || db[i].Key == nil || !sameExpr(da[i].Key, db[i].Key) {
			return false
		}
	}
	return true
}

// sameExpr reports whether two expressions name the same place the same
// way: variables, properties, static properties and elements under keys
// that are the same variables or literals.
func sameExpr(a, b ir.Expr) bool {
	switch a := a.(type) {
	case *ir.Var:
		b, ok := b.(*ir.Var)
		return ok && a.Name != "" && a.Name == b.Name
	case *ir.Prop:
		b, ok := b.(*ir.Prop)
		return ok && a.Name != "" && a.Name == b.Name && sameExpr(a.Obj, b.Obj)
	case *ir.StaticProp:
		b, ok := b.(*ir.StaticProp)
		return ok && a.Name != "" && a.Name == b.Name && strings.EqualFold(a.Class, b.Class)
	case *ir.Dim:
		b, ok := b.(*ir.Dim)
		return ok && a.Key != nil && b.Key != nil && sameExpr(a.Base, b.Base) && sameExpr(a.Key, b.Key)
	case *ir.Lit:
		b, ok := b.(*ir.Lit)
		return ok && a.Kind == b.Kind && a.Value == b.Value
	}
	return false
}

// firstPerPlace keeps, of the growths found in one function, the first
// write to each place, with the later writes to the same place as extra
// trace lines: one finding per growing place and function.
func firstPerPlace(f *ir.File, gs []growth) []groupedGrowth {
	var out []groupedGrowth
	index := map[string]int{}
	for _, g := range gs {
		k := g.Place.Key()
		if i, ok := index[k]; ok {
			out[i].more = append(out[i].more, analyzer.Step(f, g.Node.Span(), "%s also grows here", g.Place.String()))
			if g.Conf.Rank() > out[i].Conf.Rank() {
				out[i].Conf = g.Conf
			}
			continue
		}
		index[k] = len(out)
		out = append(out, groupedGrowth{growth: g})
	}
	return out
}

// groupedGrowth is a growth with the other writes to its place.
type groupedGrowth struct {
	growth
	more []analyzer.TraceStep
}

// detachesForeignKey reports whether mc takes out of an object-keyed
// store ($this->present->detach($x), offsetUnset($x)) an object of a
// type no add to that store keys by: every attach() or offsetSet() of the
// property in its class's lineage keys by objects of project classes
// whose whole type hierarchy the project declares, none of them $x's
// type, a subtype or a supertype of it (a store of Member objects,
// detached by the connection). No entry is ever under such a key: it
// removes nothing.
func (r *resolver) detachesForeignKey(scope *analyzer.Scope, mc *ir.MethodCall) bool {
	place, ok := detachOfThisProp(scope, mc)
	if !ok {
		return false
	}
	fn := scope.Fn
	gone := strings.ToLower(strings.TrimPrefix(r.classOf(fn, mc.Args[0]), `\`))
	if gone == "" || gone == "object" || gone == "mixed" {
		return false
	}
	// k's supertypes, all declared in the project, leave out gone, and
	// gone's leave out k
	foreignKey := func(k string) bool {
		c := r.ix.Class(k)
		if c == nil || c.Kind != ir.KindClass {
			return false
		}
		sup := r.ix.Supertypes(c.Name)
		for t := range sup {
			if r.ix.Class(t) == nil {
				return false
			}
		}
		return !sup[gone] && !r.ix.Supertypes(gone)[strings.ToLower(c.Name)]
	}
	adds := 0
	foreign := true
	for _, c := range r.ix.Lineage(fn.ThisClass().Name) {
		for _, m := range c.Methods {
			ms := analyzer.NewScope(m)
			analyzer.InspectFunc(m, analyzer.KMethodCall, func(x analyzer.Node, _ []analyzer.Node) bool {
				a, ok := x.(*ir.MethodCall)
				if !ok || len(a.Args) == 0 || !foreign {
					return foreign
				}
				if n := strings.ToLower(a.Name); n != "attach" && n != "offsetset" {
					return true
				}
				if p, d, ok := ms.PlaceOf(a.Recv); !ok || len(d) != 0 || p.Key() != place.Key() {
					return true
				}
				adds++
				foreign = foreignKey(r.classOf(m, a.Args[0]))
				return foreign
			})
			if !foreign {
				return false
			}
		}
	}
	return adds > 0
}

// detachesFreshKey reports whether mc takes out of an identity-keyed
// store ($this->open->detach($x), offsetUnset($x) of an SplObjectStorage
// or a WeakMap) an object made for the call: new X, clone $y, or what a
// function returning only new objects returns (LeaseCodec::decode($id)),
// given directly or by every caller for the parameter mc passes on.
// SplObjectStorage keys by object identity (spl_object_id, unless a
// subclass overrides getHash()), and an object just made is in no store:
// the removal takes out nothing, however equal the object's fields are.
func (r *resolver) detachesFreshKey(scope *analyzer.Scope, mc *ir.MethodCall) bool {
	place, ok := detachOfThisProp(scope, mc)
	if !ok {
		return false
	}
	fn := scope.Fn
	// every object the property is given is made with new of a class
	// that keys by identity: SplObjectStorage or WeakMap, or a project
	// subclass of SplObjectStorage without a getHash() of its own (one
	// keying by a field would find an equal object)
	identity := func(class string) bool {
		switch strings.ToLower(strings.TrimPrefix(class, `\`)) {
		case "splobjectstorage", "weakmap":
			return true
		}
		c := r.ix.Class(class)
		return c != nil && r.ix.Supertypes(c.Name)["splobjectstorage"] && r.ix.Method(c.Name, "getHash") == nil
	}
	whole := 0
	for _, w := range r.thisWrites(fn.ThisClass().Name, place.Name) {
		if w.dims > 0 {
			continue // $this->inflight[$notice] = …: an entry, not the storage
		}
		whole++
		nw, ok := w.src.(*ir.New)
		if !w.simple || !ok || nw.Class == "" || !identity(nw.Class) {
			return false
		}
	}
	if whole == 0 {
		return false // (none, or a storage handed in: of a class phpleak does not see)
	}
	fresh := func(caller *ir.Func, e ir.Expr) bool {
		switch e := e.(type) {
		case *ir.Prop:
			// $job->episode, a promoted property every new of the job
			// gives a copy (new self(clone $episode, …))
			return r.copiedInProp(r.classOf(caller, e.Obj), e.Name)
		case *ir.Var:
			// (a local may hold the very object attached before, unless
			// the caller gave it a new value after handing it to the
			// method that attached it)
			return r.staleArg(caller, e, fn.ThisClass().Name, place)
		}
		return r.freshObject(caller, e)
	}
	arg := mc.Args[0]
	if fresh(fn, arg) {
		return true
	}
	v, ok := arg.(*ir.Var)
	if !ok {
		return false
	}
	i := paramIndex(fn, v)
	if i < 0 || fn.Params[i].ByRef || analyzer.AssignsVar(fn, v.Name) {
		return false
	}
	return r.everyArg(fn, i, fresh)
}

// detachOfThisProp is the property of $this mc takes an entry out of
// with detach($x) or offsetUnset($x).
func detachOfThisProp(scope *analyzer.Scope, mc *ir.MethodCall) (analyzer.Place, bool) {
	if !lowercase.Is(mc.Name, "detach") && !lowercase.Is(mc.Name, "offsetunset") || len(mc.Args) == 0 || scope.Fn.ThisClass() == nil {
		return analyzer.Place{}, false
	}
	place, dims, ok := scope.PlaceOf(mc.Recv)
	if !ok || len(dims) != 0 || place.Kind != analyzer.PlaceThisProp {
		return analyzer.Place{}, false
	}
	return place, true
}

// copiedInProp reports whether property prop of class is a promoted
// constructor parameter nothing writes again, that every new of the
// class is given an object made for it (new, clone, a factory of new
// objects): it holds an object nothing else held when it was stored.
func (r *resolver) copiedInProp(class, prop string) bool {
	decl := r.ix.Property(class, prop)
	ctor := r.ix.Method(class, "__construct")
	if decl == nil || !decl.Promoted || ctor == nil {
		return false
	}
	i := slices.IndexFunc(ctor.Params, func(p *ir.Param) bool { return p.Name == prop })
	if i < 0 || len(r.thisWrites(class, prop)) > 0 {
		return false
	}
	return r.everyArg(ctor, i, r.freshObject)
}

// staleArg reports whether local v, where caller uses it, was first
// handed to a method of class that adds it to place (begin($notice):
// $this->inflight[$notice] = …, or attach($notice)) and then given a new
// value: $notice = $notice->withStatus('routed') between begin() and
// complete(). An immutable object's withers make a new object, so the
// removal is given one that was never added.
func (r *resolver) staleArg(caller *ir.Func, v *ir.Var, class string, place analyzer.Place) bool {
	at := v.Span()
	var added, given ir.Pos
	adds := map[*ir.Func]map[string]bool{} // per method, the parameters it adds
	addsParam := func(m *ir.Func, name string) bool {
		if adds[m] == nil {
			adds[m] = map[string]bool{}
			ms := analyzer.NewScope(m)
			analyzer.Inspect(m.Body, func(y analyzer.Node, _ []analyzer.Node) bool {
				if p := entryVar(ms, y, place, true); p != "" {
					adds[m][p] = true
				}
				return true
			})
		}
		return adds[m][name]
	}
	analyzer.Inspect(caller.Body, func(x analyzer.Node, _ []analyzer.Node) bool {
		if !posBefore(x.Span(), at) {
			return true
		}
		switch x := x.(type) {
		case *ir.MethodCall:
			m := r.target(caller, x)
			if m == nil || m.ThisClass() == nil || !strings.EqualFold(m.ThisClass().Name, class) {
				return true
			}
			for j, a := range x.Args {
				if w, ok := a.(*ir.Var); ok && w.Name == v.Name && j < len(m.Params) && addsParam(m, m.Params[j].Name) {
					added, given = x.Span(), ir.Pos{}
				}
			}
		case *ir.Assign:
			// $notice = $this->validate($notice), a call whose every
			// return is a new object (a wither's clone), new, clone:
			// assigned before the use ($notice = $r->complete($notice)
			// hands over the old one first)
			if w, ok := x.Dst.(*ir.Var); ok && w.Name == v.Name && added != (ir.Pos{}) && posBefore(added, x.P) && endsBefore(x.Span(), at) {
				if !x.ByRef && x.Op == "=" && r.freshObject(caller, x.Src) {
					given = x.P
				} else {
					// $request = $original: back to what it held, or to
					// anything, after the new value
					given = ir.Pos{}
				}
			}
		}
		return true
	})
	return added != (ir.Pos{}) && given != (ir.Pos{})
}
