package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// StaticGrowth flags static properties and function `static` variables
// that grow per call and that nothing in the project ever shrinks.
var StaticGrowth = &analyzer.Analyzer{
	ID:       "static-growth",
	Kind:     analyzer.Growth,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Static property or static variable grows without bound",
		Text: `A static property, or a function's ` + "`static`" + ` variable, lives as long as the PHP
process. In a long-running worker (Octane, RoadRunner, Swoole, queue consumers) every
element appended to it, or stored under a key that differs per call, stays in memory
for every later request, so the worker grows until it is killed.

Flagged: appends (` + "`self::$x[] = …`" + `, ` + "`array_push`" + `), writes under a per-call key
(a parameter, an id, the ` + "`spl_object_id()`" + ` of an object stored with it), self-merges, and ` + "`.=`" + ` on a static string, when no code in
the project removes from the same static (` + "`unset`" + `, reset to ` + "`[]`" + `, ` + "`array_shift`" + `/` + "`array_pop`" + `/` + "`array_splice`" + `,
an eviction branch), or when those removals fall behind the writes (two appends and one
` + "`array_shift`" + ` per size check). A trim of the lists under the keys
(` + "`array_shift(self::$hits[$ip])`" + `) bounds each list, not the keys: a window per client IP
still grows by one window per client. A removal counts only if it can run between
requests: one called only under a condition the settings never meet (a batch size of 0
in ` + "`$this->settings->batchSize > 0`" + `) or from the destructor of an object that lives for
the process empties nothing. Writes through a local bound by reference
(` + "`$list = &self::$hits[$ip]; $list[] = …`" + `) count as writes to the static.

Not flagged: keys from a small fixed set (` + "`static::class`" + `, constants, enum cases), singletons
(` + "`self::$instance ??= new self()`" + `), caches that something evicts or resets, lists cut back
to their last N (` + "`$x[$k] = array_slice($x[$k], -10)`" + `), and keys that are the
` + "`spl_object_id()`" + ` of an object the value does not hold: PHP reuses a freed object's id, so such a
map has one entry per live object.
Writes under a parameter key have medium confidence: the cache is bounded only if the
set of keys is.`,
		Leaking: `use Symfony\Component\Messenger\Attribute\AsMessageHandler;

final class Profiler
{
    private static array $timings = [];

    public static function record(string $name, float $ms): void
    {
        self::$timings[] = [$name, $ms]; // one entry per call, forever
    }
}

#[AsMessageHandler]
final class SendInvoice
{
    public function __invoke(InvoiceDue $message): void
    {
        $start = microtime(true);
        $this->mailer->send($message->invoice);
        Profiler::record('invoice', microtime(true) - $start);
    }
}`,
		Fixed: `use Symfony\Component\Messenger\Attribute\AsMessageHandler;

final class Profiler
{
    private static array $timings = [];

    public static function record(string $name, float $ms): void
    {
        self::$timings[] = [$name, $ms];
        if (count(self::$timings) > 1000) {
            array_shift(self::$timings); // bounded
        }
    }

    public static function reset(): void // or reset per request
    {
        self::$timings = [];
    }
}

#[AsMessageHandler]
final class SendInvoice
{
    public function __invoke(InvoiceDue $message): void
    {
        $start = microtime(true);
        $this->mailer->send($message->invoice);
        Profiler::record('invoice', microtime(true) - $start);
    }
}`,
	},
	Prepare: prepareShared,
	Run:     runStaticGrowth,
}

func runStaticGrowth(pass *analyzer.Pass) {
	removed := sharedRemovals(pass)
	r := sharedResolver(pass)
	prog := sharedProgram(pass)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			scope := analyzer.NewScope(fn)
			var found []growth
			analyzer.InspectFunc(fn, growthKinds, func(n analyzer.Node, stack []analyzer.Node) bool {
				g, ok := r.growthOf(scope, stack, n)
				if !ok {
					g, ok = weakKeysKept(pass, r, scope, n)
				}
				if !ok || runsOnceGuarded(fn, scope, stack, n, sharedFlagResets(pass), thisLong(pass, fn)) || memoGuarded(fn, scope, stack, n, g.Place) {
					return true // missing, or behind a once-guard or a fill-once test
				}
				if g, ok = r.guardedMembership(fn, scope, stack, g); !ok {
					return true // a set of values from a fixed domain
				}
				var key string
				switch g.Place.Kind {
				case analyzer.PlaceStatic:
					g.Place = canonical(pass.Index, g.Place)
					key = g.Place.Key()
				case analyzer.PlaceStaticVar:
					key = staticVarKey(fn, g.Place.Name)
				case analyzer.PlaceLocal:
					if _, ok := closureState(pass, fn, g.Place.Name); !ok {
						return true
					}
				default:
					return true
				}
				var removers []*ir.Func
				if removed.depth.bounds(key, g) {
					removers = removed.funcs[key]
				}
				if dead := prog.removersNeverInWorker(removers); dead != "" {
					g.Behind, g.BehindFix, removers = dead, neverInWorkerFix, nil
				}
				// (a reset() nothing can call: one in a class that does
				// not implement the contract its framework calls it
				// through)
				if len(removers) > 0 && !slices.ContainsFunc(removers, func(rm *ir.Func) bool { return !prog.uncalled(rm) }) {
					var dead []string
					for _, rm := range removers {
						if l := funcLabel(rm); !slices.Contains(dead, l) {
							dead = append(dead, l)
						}
					}
					g.Behind = fmt.Sprintf("and what empties it (%s) never runs: nothing in the project calls it, and no framework can, since no class that has it implements an interface or extends a class from outside the project", strings.Join(dead, ", "))
					g.BehindFix = "call it between requests: implement the framework's reset contract (Symfony's ResetInterface, or tag the service kernel.reset), or empty it from a listener that runs after every request or message."
					removers = nil
				}
				// (a drain that runs only when the worker is idle, which
				// it never is while messages keep coming)
				var idle []string
				for _, rm := range removers {
					if prog.emptiesOnlyWhenIdle(rm) {
						idle = append(idle, funcLabel(rm))
					}
				}
				// (a flush called only where a setting disables it, or by
				// the destructor of an object that lives for the process)
				if len(removers) > 0 {
					var dead, whys []string
					for _, rm := range removers {
						if why, ok := prog.calledOnlyWhenDisabled(rm); ok {
							dead = append(dead, funcLabel(rm))
							whys = append(whys, why)
						}
					}
					if len(dead) == len(removers) {
						g.Behind = fmt.Sprintf("and what empties it (%s) never runs between requests: it is called only %s", strings.Join(dead, ", "), strings.Join(whys, "; "))
						g.BehindFix = "flush it after every request, or once it holds a batch, from code that runs between requests: not only under a setting the configuration can turn off, nor only from a destructor of an object that lives for the process."
						removers = nil
					}
				}
				// (a reset only code that runs once calls, such as a boot()
				// before the worker loop, empties it before the first
				// request and never between the requests that add to it;
				// not a run() whose loop drains it, nor a clear() nothing
				// in the project calls, which code outside it may)
				if len(idle) == 0 && r.emptiedOnlyBeforeRequests(prog, fn, g.Place, removers) {
					g.Behind, g.BehindFix = emptiedOnceWhy(removers), emptiedOnceFix
					removers = nil
				}
				if len(idle) > 0 && len(idle) == len(removers) {
					g.Behind = fmt.Sprintf("and what empties it (%s) runs only when the worker is idle (isWorkerIdle()), which never happens while messages keep coming", strings.Join(idle, ", "))
					g.BehindFix = "empty it after each message (on WorkerMessageHandledEvent, or when it reaches a size), not only when the worker is idle."
					removers = nil
				}
				if len(removers) > 0 {
					// bounded, unless the removals fall behind the
					// writes (two appends and one shift)
					if g.Behind, ok = r.outpaced(fn, g, removers); !ok {
						// the function's own removal, skipped when what
						// it calls in between throws
						perRequest := func(f *ir.Func) bool { _, per := prog.perIter[f]; return per }
						t := r.throwBeforeOwnRemoval(scope, g.Place, g.Node.Span(), perRequest)
						switch {
						case t != nil:
							g.Behind = fmt.Sprintf("and %s calls code that can throw (%s:%d) after adding to it and before it removes the entry again; a caller catches the exception and the worker goes on with the entry left in", funcLabel(fn), f.Path, t.Span().Line)
							g.Unsimulated = true
						default:
							// Tracer::start() pushes, Tracer::end() pops, and
							// the handler between them returns early on a
							// cache hit
							why, fix, skipped := r.removalSkipped(fn, removers, g.Place, staticWhere(fn, g.Place), perRequest)
							if !skipped {
								return true
							}
							g.Behind, g.BehindFix, g.Unsimulated = why, fix, true
						}
					}
				}
				found = append(found, g)
				return true
			})
			for _, g := range firstPerPlace(f, found) {
				if g.Place.Kind == analyzer.PlaceLocal {
					reportClosureState(pass, f, fn, g)
					continue
				}
				if g.keptBy != nil {
					g.more = append(g.more, *g.keptBy)
					reportGrowth(pass, f, fn, g, "WeakMap in "+staticWhere(fn, g.Place),
						fmt.Sprintf("its entries live as long as their key objects, which %s also keeps (%s:%d) and nothing empties", g.keeper, g.keptBy.File, g.keptBy.Line),
						"release the objects from the list that keeps them (empty it after each job or request), or key the cache by something the request drops.")
					continue
				}
				why, fix := "nothing in the project removes from it while it lives as long as the worker process",
					"bound it (evict when count() exceeds a limit), reset it between requests, or keep the data on a per-request object; for per-object data use a WeakMap."
				if g.Behind != "" {
					why, fix = strings.TrimPrefix(g.Behind, "and "), trimFix
				}
				if g.Unsimulated {
					fix = "remove the entry in a finally block (try { … } finally { … }), so it goes when the request fails too."
				}
				if g.BehindFix != "" {
					fix = g.BehindFix
				}
				reportGrowth(pass, f, fn, g, staticWhere(fn, g.Place), why, fix)
			}
		}
	}
}

// staticWhere names the growing static for messages.
func staticWhere(fn *ir.Func, p analyzer.Place) string {
	if p.Kind == analyzer.PlaceStaticVar {
		return fmt.Sprintf("static variable $%s in %s", p.Name, funcLabel(fn))
	}
	return "static property " + p.String()
}

// funcLabel names a function for messages: Class::method(), name(),
// "a closure", "the file body".
func funcLabel(fn *ir.Func) string {
	switch fn.Kind {
	case ir.FuncMethod:
		if fn.Class != nil {
			return fn.Class.Short + "::" + fn.Name + "()"
		}
		return fn.Name + "()"
	case ir.FuncFunction:
		return shortName(fn.Name) + "()"
	case ir.FuncClosure, ir.FuncArrow:
		return "a closure"
	}
	return "the file body"
}

// reportGrowth reports a growth candidate with a uniform message.
func reportGrowth(pass *analyzer.Pass, f *ir.File, fn *ir.Func, g groupedGrowth, where, why, fix string) {
	when, ok := growthPhase(pass, fn)
	if !ok {
		return // it runs once: boot, a command, a file's top level
	}
	trace := []analyzer.TraceStep{analyzer.Step(f, g.Node.Span(), "%s grows here", where)}
	if when != "" {
		why += fmt.Sprintf("; %s %s", funcLabel(fn), when)
		trace = append([]analyzer.TraceStep{analyzer.Step(f, fn.Pos, "%s %s", funcLabel(fn), when)}, trace...)
	}
	msg := fmt.Sprintf("%s is %s, and %s: it grows with every request or job.", capitalize(where), g.describe(), why)
	conf, maxConf := g.Conf, g.maxConf()
	if g.Unsimulated && conf.Rank() > analyzer.Medium.Rank() {
		conf = analyzer.Medium // (not simulated)
	}
	if when == "" && registrationAPI(sharedResolver(pass), fn, g.Node) {
		// nothing here calls it: an API for the code that uses this
		// project, which calls such registrations at boot
		msg = fmt.Sprintf("%s is %s by %s, which stores what its caller gives it and which nothing in the project calls: a registration API, usually called once at boot. It grows only if code calls it per request.", capitalize(where), g.describe(), funcLabel(fn))
		conf, maxConf = analyzer.Low, analyzer.Low
	}
	pass.Report(analyzer.Diagnostic{
		File:          f,
		Pos:           g.Node.Span(),
		Message:       msg,
		Fix:           capitalize(fix),
		Confidence:    conf,
		Trace:         append(trace, g.more...),
		Claim:         growthClaim(fn, g.growth),
		MaxConfidence: maxConf,
		LeakKey:       growthKey(fn, g.Place),
	})
}

// growthKey names a growing static or global: one store, one leak,
// however many writes grow it and whichever rule finds it (a call that
// hands an identity registry a new closure grows the same store, see
// reportIdentityRegistrations).
func growthKey(fn *ir.Func, p analyzer.Place) string {
	if p.Kind == analyzer.PlaceStaticVar {
		return analyzer.CrossRuleKey + "static-var:" + staticVarKey(fn, p.Name)
	}
	return analyzer.CrossRuleKey + "store:" + p.Key()
}

func capitalize(s string) string {
	if s == "" || s[0] < 'a' || s[0] > 'z' {
		return s
	}
	return string(s[0]-'a'+'A') + s[1:]
}

// growthClaim is the claim of a static or global growth finding. A
// low-confidence one (a cache keyed by a plain parameter) gets none: the
// simulation would confirm that distinct keys grow the store, which is
// not the doubt — whether the keys are distinct is.
func growthClaim(fn *ir.Func, g growth) *analyzer.Claim {
	if g.Conf == analyzer.Low || g.Unsimulated {
		return nil
	}
	return &analyzer.Claim{Kind: analyzer.Growth, Func: fn, Place: g.Place, Write: g.Node}
}

// registrationAPI reports whether a growing write is a registration API:
// a public function or method that nothing in the project calls (see
// mayBeCalled) and that stores exactly what its caller gives it — its
// parameters as they are, alone or in an array, under a parameter or a
// literal key (proxy($name), skipWhen(Closure $cb),
// register_importer($id, …)). Code that uses the project calls such
// functions, at boot. A write of derived data (a time, a lookup's
// result, a hash) is not one.
func registrationAPI(r *resolver, fn *ir.Func, write analyzer.Node) bool {
	if fn.Kind != ir.FuncFunction && (fn.Kind != ir.FuncMethod || !fn.Public) || len(fn.Params) == 0 {
		return false
	}
	params := map[string]bool{}
	for _, p := range fn.Params {
		params[p.Name] = true
	}
	var given func(e ir.Expr) bool
	given = func(e ir.Expr) bool {
		switch e := e.(type) {
		case nil, *ir.Lit, *ir.ClassConst:
			return true
		case *ir.Var:
			return params[e.Name]
		case *ir.Array:
			for _, it := range e.Items {
				if it.Unpack || !given(it.Key) || !given(it.Value) {
					return false
				}
			}
			return len(e.Items) > 0
		}
		return false
	}
	// what the write stores, apart from the store itself
	var stored []ir.Expr
	switch w := write.(type) {
	case *ir.Assign:
		d, ok := w.Dst.(*ir.Dim)
		if !ok {
			// $store = array_merge($store, [$x])
			c, ok := w.Src.(*ir.Call)
			if !ok || analyzer.CallName(c) != "array_merge" || len(c.Args) < 2 {
				return false
			}
			stored = c.Args[1:]
			break
		}
		stored = []ir.Expr{d.Key, w.Src}
	case *ir.Call:
		if analyzer.CallName(w) != "array_push" || len(w.Args) < 2 {
			return false
		}
		stored = w.Args[1:]
	default:
		return false
	}
	fromParams := false
	for _, e := range stored {
		if !given(e) {
			return false
		}
		if e != nil {
			analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
				if v, ok := n.(*ir.Var); ok && params[v.Name] {
					fromParams = true
				}
				return !fromParams
			})
		}
	}
	return fromParams && r.apiOnly(fn, 0)
}

// apiOnly reports whether only code outside the project can reach fn:
// nothing calls it, or every call is a public wrapper of the same kind
// whose whole body is the call, handing on its own parameters
// (Router::resourceVerbs($verbs) is `return
// ResourceRegistrar::verbs($verbs);`).
func (r *resolver) apiOnly(fn *ir.Func, depth int) bool {
	if !r.mayBeCalled(fn) {
		return true
	}
	if depth > 3 {
		return false
	}
	sites, unresolved := r.callSites()
	if len(sites[fn]) == 0 || fn.Kind == ir.FuncMethod && unresolved[strings.ToLower(fn.Name)] || r.callableNames[strings.ToLower(fn.Name)] {
		return false
	}
	for _, s := range sites[fn] {
		w := s.caller
		if w == fn || w.Kind != ir.FuncFunction && (w.Kind != ir.FuncMethod || !w.Public) || len(w.Body) != 1 {
			return false // a wrapper only delegates: its body is the call
		}
		for _, a := range s.args {
			if v, ok := a.(*ir.Var); !ok || paramIndex(w, v) < 0 {
				return false // it passes something of its own
			}
		}
		if !r.apiOnly(w, depth+1) {
			return false
		}
	}
	return true
}

// closureState reports whether the local name of closure fn is state the
// closure keeps between calls: it captures it by reference (use
// (&$crumbs)), the closure runs per request, and the code that made it
// runs once (boot code, or a worker script before its request loop), so
// one closure and one variable serve every request, as a function's
// static variable does. By value (use ($crumbs)) each call works on its
// own copy. It is not when this closure, or another one sharing the
// variable by reference, removes from it or resets it. It says what runs
// the closure per request.
//
// What it says is a clause of the finding's message: "the closure is
// made once and is the 'request' callback …", or, for a by-reference
// parameter of the function that makes it, where that comes from (see
// refParamState).
func closureState(pass *analyzer.Pass, fn *ir.Func, name string) (string, bool) {
	if fn.Kind != ir.FuncClosure || fn.Parent == nil || !capturesByRef(fn, name) {
		return "", false
	}
	if why, ok := refParamState(pass, fn, name); ok {
		return why, true
	}
	why, ok := madeOnceState(pass, fn, name)
	if !ok {
		return "", false
	}
	return "the closure is made once and " + why, true
}

// madeOnceState is closureState for a closure made once: what runs it
// per request.
func madeOnceState(pass *analyzer.Pass, fn *ir.Func, name string) (string, bool) {
	prog := sharedProgram(pass)
	why, per := prog.perIter[fn]
	if !per || !prog.madeOnce(fn) {
		return "", false
	}
	for _, c := range fn.File.AllFuncs() {
		if c.Parent == fn.Parent && capturesByRef(c, name) && removesLocal(c, name) {
			return "", false
		}
	}
	return why, true
}

// refParamState reports whether the local name of closure fn, captured
// by reference from its parent's by-reference parameter of that name
// (function sink(array &$out) { return function ($x) use (&$out) {
// $out[] = $x; }; }), is closure state one call up: every call of the
// parent passes a variable that is itself state a per-request closure
// keeps by reference (see closureState). PHP binds the parameter to the
// caller's variable, and use (&$out) to the parameter: a write through
// the inner closure writes the caller's variable. Neither fn nor its
// parent may remove from the variable.
func refParamState(pass *analyzer.Pass, fn *ir.Func, name string) (string, bool) {
	parent := fn.Parent
	if parent.Kind != ir.FuncFunction && parent.Kind != ir.FuncMethod {
		return "", false
	}
	idx := -1
	for i, p := range parent.Params {
		if p.Name == name && p.ByRef && !p.Variadic {
			idx = i
		}
	}
	if idx < 0 {
		return "", false
	}
	if removesLocal(fn, name) || removesLocal(parent, name) {
		return "", false
	}
	r := sharedResolver(pass)
	sites, known := r.knownSites(parent)
	if !known {
		return "", false
	}
	why := ""
	for _, s := range sites {
		arg, ok := siteArg(parent, s, idx)
		v, isVar := arg.(*ir.Var)
		if !ok || !isVar || v.Name == "" || v.Name == "this" || s.caller == fn || s.caller == parent {
			return "", false
		}
		w, ok := closureState(pass, s.caller, v.Name)
		if !ok {
			return "", false
		}
		if why == "" {
			why = fmt.Sprintf("$%s is the variable %s takes by reference from %s, where %s", name, funcLabel(parent), funcLabel(s.caller), w)
		}
	}
	return why, why != ""
}

// removesLocal reports whether fn removes from or resets its local
// variable name (not counting the closures written in it).
func removesLocal(fn *ir.Func, name string) bool {
	scope := analyzer.NewScope(fn)
	released := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		for _, p := range removedPlaces(nil, scope, n) {
			if p.Kind == analyzer.PlaceLocal && p.Name == name {
				released = true
			}
		}
		return !released
	})
	return released
}

// reportClosureState reports a closure's by-reference state that grows
// (see closureState).
func reportClosureState(pass *analyzer.Pass, f *ir.File, fn *ir.Func, g groupedGrowth) {
	why, ok := closureState(pass, fn, g.Place.Name)
	if !ok {
		return
	}
	pass.Report(analyzer.Diagnostic{
		File: f,
		Pos:  g.Node.Span(),
		Message: fmt.Sprintf("Variable $%s, which the closure at %s:%d captures by reference (use (&$%s)), is %s; %s, and every call shares the same variable, which nothing empties: it grows with every request or job.",
			g.Place.Name, f.Path, fn.Pos.Line, g.Place.Name, g.describe(), why),
		Fix:        fmt.Sprintf("Capture $%s by value (use ($%s)) if each call needs only its own copy, or bound it (keep the last N entries with array_slice()).", g.Place.Name, g.Place.Name),
		Confidence: analyzer.Medium,
		Trace: append([]analyzer.TraceStep{
			analyzer.Step(f, fn.Pos, "the closure captures $%s by reference: %s", g.Place.Name, why),
			analyzer.Step(f, g.Node.Span(), "$%s, shared by reference with the code that made the closure, grows here", g.Place.Name),
		}, g.more...),
		MaxConfidence: g.maxConf(),
		LeakKey:       analyzer.CrossRuleKey + fmt.Sprintf("closure-var:%s:%d:%s", f.Path, fn.Pos.Line, g.Place.Name),
	})
}

// weakKeysKept is a write to a WeakMap in a static property
// (self::$presenters[$model] ??= …) whose key objects something else keeps
// alive for the life of the worker: the same object, given to a method of
// a long-lived object that appends it to (or keys it into) one of its
// properties, which nothing in the project ever empties. A WeakMap entry
// lives as long as its key, so the map grows with that list. The object
// is followed from the key to the callers that pass it (one call up) and
// to the methods they hand it to.
func weakKeysKept(pass *analyzer.Pass, r *resolver, scope *analyzer.Scope, n analyzer.Node) (growth, bool) {
	a, ok := n.(*ir.Assign)
	if !ok || (a.Op != "=" && a.Op != "??=") {
		return growth{}, false
	}
	fn := scope.Fn
	place, dims, ok := scope.PlaceOf(a.Dst)
	if !ok || place.Kind != analyzer.PlaceStatic || len(dims) != 1 || dims[0].Key == nil || !r.isWeakMap(fn, place) {
		return growth{}, false
	}
	key, ok := dims[0].Key.(*ir.Var)
	if !ok || key.Name == "" || key.Name == "this" {
		return growth{}, false
	}
	type holder struct {
		fn   *ir.Func
		name string
	}
	holders := []holder{{fn, key.Name}}
	if i := paramIndex(fn, key); i >= 0 {
		sites, _ := r.callSites()
		for _, s := range sites[fn] {
			if i >= len(s.args) {
				continue
			}
			if v, ok := s.args[i].(*ir.Var); ok && v.Name != "" && v.Name != "this" && paramIndex(s.caller, v) < 0 {
				holders = append(holders, holder{s.caller, v.Name})
			}
		}
	}
	prog := sharedProgram(pass)
	resets := sharedResets(pass)
	resetters := sharedResetIndex(pass).funcs
	for _, h := range holders {
		var kept *analyzer.TraceStep
		keeper := ""
		analyzer.Inspect(h.fn.Body, func(x analyzer.Node, _ []analyzer.Node) bool {
			switch x.(type) {
			case *ir.Closure:
				return false
			case *ir.MethodCall, *ir.StaticCall, *ir.Call:
			default:
				return kept == nil
			}
			args := callArgs(x.(ir.Expr))
			t := r.target(h.fn, x)
			if t == nil || t.Kind != ir.FuncMethod || t.Class == nil || t.Static {
				return kept == nil
			}
			for j, arg := range args {
				if v, ok := arg.(*ir.Var); !ok || v.Name != h.name || j >= len(t.Params) {
					continue
				}
				if step, name, ok := keepsParam(pass, r, prog, resets, resetters, t, t.Params[j].Name); ok {
					kept, keeper = &step, name
				}
			}
			return kept == nil
		})
		if kept != nil {
			return growth{Place: place, Node: n, How: "key", Key: key, Conf: analyzer.Medium, KeyRate: analyzer.Medium, keptBy: kept, keeper: keeper}, true
		}
	}
	return growth{}, false
}

// keepsParam reports whether method m of a long-lived object appends its
// parameter param to one of its properties, or stores it under a new key,
// and nothing in the project empties that property; it gives the step
// where it does.
func keepsParam(pass *analyzer.Pass, r *resolver, prog *program, resets map[string]bool, resetters map[string][]*ir.Func, m *ir.Func, param string) (step analyzer.TraceStep, name string, ok bool) {
	lifetime, long := prog.thisLongLived(m)
	if !long {
		return analyzer.TraceStep{}, "", false
	}
	scope := analyzer.NewScope(m)
	found := false
	analyzer.Inspect(m.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		g, ok := r.growthOf(scope, stack, n)
		if !ok || g.Place.Kind != analyzer.PlaceThisProp || g.How != "append" && g.How != "key" {
			return !found
		}
		a, ok := n.(*ir.Assign)
		if !ok {
			return !found
		}
		holds := false
		for _, v := range heldValues(a.Src) {
			if vv, ok := v.(*ir.Var); ok && vv.Name == param {
				holds = true
			}
		}
		if !holds || r.removedInFunc(scope, g.Place) || resetters["*::"+g.Place.Name] != nil {
			return !found
		}
		for _, c := range pass.Index.Lineage(m.Class.Name) {
			k := strings.ToLower(c.Name) + "::" + g.Place.Name
			if resets[k] || len(resetters[k]) > 0 {
				return !found // something empties it
			}
		}
		step = analyzer.Step(m.File, n.Span(), "%s::$%s keeps the same objects, and nothing empties it (%s)", m.Class.Short, g.Place.Name, lifetime)
		name = fmt.Sprintf("%s::$%s of a long-lived %s", m.Class.Short, g.Place.Name, m.Class.Short)
		found = true
		return false
	})
	return step, name, found
}

// calledOnlyWhenDisabled reports whether fn, which empties a store,
// never runs between requests: every call of it sits in the then-branch
// of an if whose condition cannot hold with the settings the code is
// given (see disabledBranch), or in the destructor of an object that
// lives for the process, which runs at exit. why says where it is
// called ("by …"), for messages.
func (p *program) calledOnlyWhenDisabled(fn *ir.Func) (string, bool) {
	if !p.r.onlyResolvedCalls(fn) {
		return "", false
	}
	sites, _ := p.r.callSites()
	if len(sites[fn]) == 0 {
		return "", false
	}
	var whys []string
	for _, s := range sites[fn] {
		c := s.caller
		if s.callable || c == fn {
			return "", false
		}
		if strings.EqualFold(c.Name, "__destruct") && c.Kind == ir.FuncMethod {
			if _, long := p.thisLongLived(c); long {
				whys = append(whys, fmt.Sprintf("by %s, at exit", funcLabel(c)))
				continue
			}
			return "", false
		}
		disabled := disabledBranch(p.r.ix, c)
		var guard *ir.If
		analyzer.InspectFunc(c, analyzer.KCalls, func(n analyzer.Node, stack []analyzer.Node) bool {
			if guard == nil && n.Span().Line == s.at.Line && n.Span().Col == s.at.Col && disabled(stack) {
				for _, st := range stack {
					if i, ok := st.(*ir.If); ok {
						guard = i
					}
				}
			}
			return guard == nil
		})
		if guard == nil {
			return "", false
		}
		whys = append(whys, fmt.Sprintf("by %s under the if at %s:%d, whose condition the settings the code is given never meet", funcLabel(c), c.File.Path, guard.P.Line))
	}
	return strings.Join(whys, ", and "), true
}

// removesInLoop reports whether fn removes from place inside a loop (an
// event loop's run() draining its queue), not in straight-line code.
func removesInLoop(r *resolver, fn *ir.Func, place analyzer.Place) bool {
	scope := analyzer.NewScope(fn)
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if _, ok := n.(*ir.Closure); ok {
			return false
		}
		if len(enclosingLoops(stack)) > 0 && slices.ContainsFunc(removedPlaces(r, scope, n), func(p analyzer.Place) bool {
			return canonical(r.ix, p).Key() == place.Key()
		}) {
			found = true
		}
		return !found
	})
	return found
}

// emptiedOnlyBeforeRequests reports whether every one of removers, what
// empties place, is a reset that only code running once calls (a boot()
// before the worker loop), while fn, which adds to it, runs per request:
// the reset empties it before the first request and never between the
// requests that add to it. Not a run() whose loop drains it, nor a
// clear() nothing in the project calls, which code outside it may.
func (r *resolver) emptiedOnlyBeforeRequests(prog *program, fn *ir.Func, place analyzer.Place, removers []*ir.Func) bool {
	if _, per := prog.perIter[fn]; !per || len(removers) == 0 || prog.resetRuns(removers) {
		return false
	}
	sites, _ := r.callSites()
	return !slices.ContainsFunc(removers, func(rm *ir.Func) bool { return len(sites[rm]) == 0 || removesInLoop(r, rm, place) })
}

// emptiedOnceWhy says why removers, which emptiedOnlyBeforeRequests
// found, do not bound a growth.
func emptiedOnceWhy(removers []*ir.Func) string {
	labels := make([]string, len(removers))
	for i, rm := range removers {
		labels[i] = funcLabel(rm)
	}
	return fmt.Sprintf("and what empties it (%s) runs only once, before the requests, never between them", strings.Join(labels, ", "))
}

const emptiedOnceFix = "empty it between requests (from a reset hook or after each job), bound it (evict when count() exceeds a limit), or key it by something from a fixed set."
