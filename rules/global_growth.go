package rules

import (
	"slices"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// GlobalGrowth flags globals (`global $x`, `$GLOBALS['x']`) that grow per
// call inside functions and that nothing in the project shrinks.
var GlobalGrowth = &analyzer.Analyzer{
	ID:       "global-growth",
	Kind:     analyzer.Growth,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Global variable grows without bound",
		Text: `A global variable lives as long as the PHP process. A function that appends to a
global (declared with ` + "`global $x`" + ` or reached through ` + "`$GLOBALS['x']`" + `), or stores into it under a
per-call key, makes a long-running worker grow with every request or job.

Flagged: appends, per-call keys, self-merges and ` + "`.=`" + ` on a global inside a function, when no
code in the project removes from that global (` + "`unset`" + `, reset, ` + "`array_shift`" + `/` + "`array_pop`" + `/` + "`array_splice`" + `).

Superglobals (` + "`$_SERVER`" + `, ` + "`$_SESSION`" + `, …) are globals too: in a worker PHP fills them once,
and only FrankenPHP's worker (` + "`frankenphp_handle_request()`" + `) fills them afresh per request, so
appends and ` + "`.=`" + ` to them are flagged in projects without it.

Writes under a key to ` + "`$_ENV`" + ` and ` + "`$_SESSION`" + ` are flagged when the key varies per call
(an id, a time, request data): neither is refilled per request in a worker, unless
the project calls ` + "`session_start()`" + `, ` + "`session_unset()`" + ` or ` + "`session_destroy()`" + `.

Not flagged: reads, writes under constant keys, globals something resets or unsets,
writes to the other superglobals under keys, and top-level script code (a loop
there is loop-accumulation's business).`,
		Leaking: `function audit(string $event): void
{
    global $auditTrail;
    $auditTrail[] = [$event, microtime(true)];
}`,
		Fixed: `function audit(AuditLog $log, string $event): void
{
    $log->record($event); // a per-request object, flushed and dropped
}`,
	},
	Prepare: prepareShared,
	Run:     runGlobalGrowth,
}

func runGlobalGrowth(pass *analyzer.Pass) {
	removed := sharedRemovals(pass)
	r := sharedResolver(pass)
	prog := sharedProgram(pass)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			if _, included := prog.perIter[fn]; fn.Kind == ir.FuncMain && (!included || f.Main != fn || hasRequestLoop(prog, fn)) {
				// a script's top level is loop-accumulation's business,
				// unless it is a file included anew on every request
				continue
			}
			scope := analyzer.NewScope(fn)
			if len(r.growthsIn(scope)) == 0 {
				continue // (most functions)
			}
			var found []growth
			analyzer.InspectFunc(fn, growthKinds, func(n analyzer.Node, stack []analyzer.Node) bool {
				g, ok := r.growthOf(scope, stack, n)
				if ok && g.Place.Kind == analyzer.PlaceLocal {
					// $samples[] = … on a parameter taken by reference,
					// which every caller hands a global
					// (the simulation runs fn alone, the parameter unbound)
					if p, found := r.byRefGlobal(fn, g.Place.Name); found {
						g.Place, g.Unsimulated = p, true
					}
				}
				if ok && g.Place.Kind == analyzer.PlaceGlobal {
					g, ok = r.guardedMembership(fn, scope, stack, g)
				}
				if ok && g.Place.Kind == analyzer.PlaceGlobal && analyzer.Superglobal(g.Place.Name) && !superglobalGrows(pass, g) {
					return true
				}
				if !ok || g.Place.Kind != analyzer.PlaceGlobal {
					return true
				}
				var removers []*ir.Func
				if removed.depth.bounds(g.Place.Key(), g) {
					removers = removersOfSlot(removed.funcs[g.Place.Key()], scope, g)
				}
				if dead := prog.removersNeverInWorker(removers); dead != "" {
					g.Behind, g.BehindFix, removers = dead, neverInWorkerFix, nil
				}
				if r.emptiedOnlyBeforeRequests(prog, fn, g.Place, removers) && !rewritesIteratedEntries(pass, prog, g.Place, entryKey(scope, g)) {
					g.Behind, g.BehindFix = emptiedOnceWhy(removers), emptiedOnceFix
					removers = nil
				}
				if len(removers) > 0 {
					// bounded, unless the removals fall behind the
					// writes (two appends and one shift)
					if g.Behind, ok = r.outpaced(fn, g, removers); !ok {
						return true
					}
				}
				if !runsOnceGuarded(fn, scope, stack, n, sharedFlagResets(pass), thisLong(pass, fn)) && !memoGuarded(fn, scope, stack, n, g.Place) {
					found = append(found, g)
				}
				return true
			})
			for _, g := range firstPerPlace(f, found) {
				why, fix := "nothing in the project removes from it while globals live as long as the worker process",
					"pass a per-request object instead of a global, or reset the global at the end of each request."
				switch {
				case g.BehindFix != "":
					why, fix = strings.TrimPrefix(g.Behind, "and "), g.BehindFix
				case g.Behind != "":
					why, fix = strings.TrimPrefix(g.Behind, "and "), trimFix
				}
				reportGrowth(pass, f, fn, g, "global $"+g.Place.Name, why, fix)
			}
		}
	}
}

// rewritesIteratedEntries reports whether code that runs per request
// overwrites entries of a global under the keys a foreach hands it:
//
//	foreach ($config['reset_after_request'] as $key) {
//	    $GLOBALS['ctx'][$key] = $config['defaults'][$key];
//	}
//
// a reset of the entries listed, between requests. Which ones it covers
// is configuration: a reset at boot only is no proof that nothing
// empties the global between requests, unless the keys are known and
// leave out entry, the entry that grows ("" when the growth is not under
// a literal key).
func rewritesIteratedEntries(pass *analyzer.Pass, prog *program, place analyzer.Place, entry string) bool {
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			if _, per := prog.perIter[fn]; !per {
				continue
			}
			scope := analyzer.NewScope(fn)
			found := false
			analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, stack []analyzer.Node) bool {
				a, ok := n.(*ir.Assign)
				if !ok || a.Op != "=" || a.ByRef {
					return true
				}
				p, dims, ok := scope.PlaceOf(a.Dst)
				if !ok || p.Key() != place.Key() || len(dims) != 1 {
					return true
				}
				k, ok := dims[0].Key.(*ir.Var)
				for _, l := range enclosingLoops(stack) {
					if ok && l.Kind == ir.LoopForeach && (isVarNamed(l.Key, k.Name) || isVarNamed(l.Value, k.Name)) {
						// (not one over a known list of keys without the
						// entry that grows: foreach (['request_id',
						// 'trace'] as $key) resets those, not 'geocode')
						found = found || entry == "" || !knownKeysWithout(prog.r.ix.ConstValues(fn, k), entry)
					}
				}
				return !found
			})
			if found {
				return true
			}
		}
	}
	return false
}

// entryKey is the literal key of the entry of the global that growth g
// writes into ($ctx['geocode'][$address] = …, through a reference to
// the global, or $GLOBALS['ctx']['geocode'][] = …): "geocode"; "" when
// the write is to the global itself or under a key that is not literal.
func entryKey(scope *analyzer.Scope, g growth) string {
	a, ok := g.Node.(*ir.Assign)
	if !ok {
		return ""
	}
	_, dims, ok := scope.PlaceOf(a.Dst)
	if !ok || len(dims) < 2 {
		return ""
	}
	return litString(dims[len(dims)-1].Key) // (the outermost key comes last)
}

// knownKeysWithout reports whether keys are known values (strings and
// integers) none of which is entry.
func knownKeysWithout(keys []analyzer.Const, entry string) bool {
	if len(keys) == 0 {
		return false
	}
	for _, k := range keys {
		switch {
		case k.Kind == analyzer.ConstString && k.S == entry:
			return false
		case k.Kind == analyzer.ConstInt && strconv.FormatInt(k.I, 10) == entry:
			return false
		case k.Kind != analyzer.ConstString && k.Kind != analyzer.ConstInt:
			return false
		}
	}
	return true
}

// byRefGlobal returns, for a parameter of fn taken by reference, the
// global every known call of fn hands it (a global, or a variable of the
// file's top level a closure captures by reference: use (&$samples)).
func (r *resolver) byRefGlobal(fn *ir.Func, name string) (analyzer.Place, bool) {
	i := slices.IndexFunc(fn.Params, func(p *ir.Param) bool { return p.Name == name })
	if i < 0 || !fn.Params[i].ByRef || fn.Params[i].Variadic {
		return analyzer.Place{}, false
	}
	var out analyzer.Place
	same := r.everyArg(fn, i, func(caller *ir.Func, arg ir.Expr) bool {
		p, dims, ok := analyzer.NewScope(caller).PlaceOf(arg)
		if !ok || len(dims) > 0 || p.Kind != analyzer.PlaceGlobal || out != (analyzer.Place{}) && p != out {
			return false
		}
		out = p
		return true
	})
	return out, same
}

// superglobalGrows reports whether growth of a superglobal is a leak: in
// a worker PHP fills $_SERVER and the rest once, and only FrankenPHP's
// worker (frankenphp_handle_request) fills them afresh per request, so
// elsewhere an append or a concatenation stays. Writes under keys are
// left out: code for PHP-FPM writes $_GET[$name] and the like freely, and
// their keys come from the request itself. $_ENV is no request data: a
// write to it under a key that varies per call (an id, a time, a tenant
// named by the request's host) is a cache of per-request values in the
// process environment, and grows. So is $_SESSION: under PHP-FPM the
// session handler loads it for each request, but a worker that does not
// empty it between requests keeps what every request wrote under such a
// key.
func superglobalGrows(pass *analyzer.Pass, g growth) bool {
	if g.How == "key" && (g.Place.Name != "_ENV" && g.Place.Name != "_SESSION" || g.KeyRate.Rank() < analyzer.Medium.Rank()) {
		return false
	}
	if g.Place.Name == "_SESSION" && sessionReloaded(pass) {
		return false // session_start(), session_unset(), session_destroy(): loaded or emptied anew
	}
	return !runsFrankenPHPWorker(pass)
}

// sessionReloaded reports whether the project calls session_start(),
// session_unset() or session_destroy(), which load $_SESSION from the
// store or empty it: what a request wrote there does not pile up in the
// process.
func sessionReloaded(pass *analyzer.Pass) bool {
	return pass.Shared("rules.sessionReloaded", func() any {
		found := false
		for _, f := range pass.Files {
			for _, fn := range f.AllFuncs() {
				analyzer.InspectFunc(fn, analyzer.KCall, func(n analyzer.Node, _ []analyzer.Node) bool {
					if c, ok := n.(*ir.Call); ok {
						switch analyzer.CallName(c) {
						case "session_start", "session_unset", "session_destroy":
							found = true
						}
					}
					return !found
				})
				if found {
					return true
				}
			}
		}
		return false
	}).(bool)
}

// runsFrankenPHPWorker reports whether the project calls
// frankenphp_handle_request().
func runsFrankenPHPWorker(pass *analyzer.Pass) bool {
	return pass.Shared("rules.frankenphp", func() any {
		for _, f := range pass.Files {
			for _, fn := range f.AllFuncs() {
				if callsFunction(fn, "frankenphp_handle_request") {
					return true
				}
			}
		}
		return false
	}).(bool)
}

// hasRequestLoop reports whether fn contains a loop that serves
// requests: a driver script, not an included file.
func hasRequestLoop(prog *program, fn *ir.Func) bool {
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if l, ok := n.(*ir.Loop); ok {
			if _, ok := prog.requestLoop(fn, l); ok {
				found = true
			}
		}
		return !found
	})
	return found
}

// removersOfSlot keeps, of the functions that remove from g's place,
// those that may remove what g adds: when g grows one entry of a global
// under a literal key ($_SERVER['APP_TRACE'][] = …), unset($_SERVER['HTTP_X_ID'])
// takes out another entry and bounds nothing.
func removersOfSlot(removers []*ir.Func, scope *analyzer.Scope, g growth) []*ir.Func {
	slot := firstLiteralKey(scope, g.Node)
	if slot == "" || len(removers) == 0 {
		return removers
	}
	var out []*ir.Func
	for _, fn := range removers {
		if removesSlot(fn, g.Place, slot) {
			out = append(out, fn)
		}
	}
	return out
}

// firstLiteralKey is the literal first key of a write two or more keys
// deep ($g['trace'][] = …: "trace"), "" for any other.
func firstLiteralKey(scope *analyzer.Scope, n analyzer.Node) string {
	a, ok := n.(*ir.Assign)
	if !ok {
		return ""
	}
	_, dims, ok := scope.PlaceOf(a.Dst)
	if !ok || len(dims) < 2 {
		return ""
	}
	if l, ok := dims[len(dims)-1].Key.(*ir.Lit); ok && l.Kind == ir.LitString {
		return l.Value
	}
	return ""
}

// removesSlot reports whether fn removes from place as a whole, under
// the literal key slot, or under a key that may be it.
func removesSlot(fn *ir.Func, place analyzer.Place, slot string) bool {
	scope := analyzer.NewScope(fn)
	// the place, its slot, or an entry under a key that may be the slot
	// (at most one key deep when whole)
	hits := func(e ir.Expr, deepest int) bool {
		p, dims, ok := scope.PlaceOf(e)
		if !ok || p.Key() != place.Key() || len(dims) > deepest {
			return false
		}
		if len(dims) == 0 {
			return true
		}
		l, ok := dims[len(dims)-1].Key.(*ir.Lit)
		return !ok || l.Value == slot
	}
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Unset:
			found = found || slices.ContainsFunc(n.Targets, func(t ir.Expr) bool { return hits(t, 2) })
		case *ir.Assign:
			found = found || n.Op == "=" && hits(n.Dst, 1) // $g['trace'] = []
			if list, ok := n.Dst.(*ir.Array); ok && n.Op == "=" {
				for _, it := range list.Items {
					found = found || it.Value != nil && hits(it.Value, 1)
				}
			}
		case *ir.Call:
			switch analyzer.CallName(n) {
			case "array_pop", "array_shift", "array_splice":
				found = found || len(n.Args) > 0 && hits(n.Args[0], 1)
			}
		}
		return !found
	})
	return found
}
