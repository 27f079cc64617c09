package rules

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// ServiceStateGrowth flags properties of long-lived objects that grow in
// code that runs per request or job.
var ServiceStateGrowth = &analyzer.Analyzer{
	ID:       "service-state-growth",
	Kind:     analyzer.Growth,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Property of a long-lived service grows on every request or job",
		Text: "In a worker (Octane, RoadRunner, Swoole, Messenger, queue consumers) services live for the\n" +
			"whole process: a service created before the request loop, a singleton, a message handler\n" +
			"or event subscriber, a worker. An array property such a service appends to in code that runs\n" +
			"per request or job (a log of requests, an identity map, a list of seen ids) grows until the\n" +
			"worker is killed.\n\n" +
			"phpleak finds per-request code from request loops (unbounded loops, file-level driver loops,\n" +
			"loops over generators) and from the handle/__invoke/process/consume methods of handlers,\n" +
			"subscribers, listeners, consumers, workers and controllers, following resolved calls.\n\n" +
			"Framework services keep state too, in code phpleak does not analyse (vendor/): in the\n" +
			"project's own worker loop (a command looping on --limit, a daemon script), Doctrine's\n" +
			"`persist()`/`find()` without `clear()` grow the entity manager's identity map, queries on\n" +
			"a Laravel connection whose query log is enabled grow the log until `flushQueryLog()`, and\n" +
			"Laravel's translator keeps every key it parses (`__(\"Order {$id} was refused.\")` adds one per\n" +
			"request) until `flushParsedKeys()`, and its logger keeps every context key\n" +
			"(`Log::withContext([\"order.{$id}\" => …])`) until `withoutContext()`; Octane's listeners\n" +
			"flush both. A Monolog `FingersCrossedHandler` or `BufferHandler` made with no buffer size keeps\n" +
			"every record (until an error arrives, for the first): each call that logs in per-request code\n" +
			"is reported, unless the project resets its loggers (`reset()`, `close()`, Symfony's services\n" +
			"resetter, which a Symfony application runs after every message).\n" +
			"A flush subscribed only to `kernel.terminate` or `console.terminate` never runs between two\n" +
			"messages of a process that consumes them (a Messenger worker, with no kernel).\n\n" +
			"Not flagged: properties that something resets or evicts in a method that is called (a reset()\n" +
			"of Symfony's ResetInterface, clear(), an eviction branch), WeakMaps, objects created per request.\n" +
			"An eviction bounds a property only if it keeps up: one removal per size check after two appends,\n" +
			"after a batch appended in a loop, or on a path (a branch, another method) the append skips, lets\n" +
			"it grow by the difference; `while (count(...) > N)` after the appends keeps it bounded. A trim of\n" +
			"the lists under the keys (`array_shift($this->hits[$ip])`) bounds each list, not the keys;\n" +
			"a cut to the last N (`array_slice($this->samples, -$this->size)`) bounds nothing when the size is 0\n" +
			"on every object (read with `(int) getenv(…)` from a variable that is not set): -0 is 0, the slice\n" +
			"keeps all; and " +
			"a retry queue that puts an item back only while its attempts stay under a limit is bounded.\n" +
			"Keys from a fixed set are not growth: a value checked against a list or a registry filled at\n" +
			"boot (also through a lookup, `$b = $this->bindings[$id] ?? null; if ($b !== null && …)`), by a\n" +
			"pattern anchored at both ends that matches few strings (`preg_match('/^SS-\\d{3}$/D', $id)`; a\n" +
			"multiline pattern does not count), a bucket `intdiv()` makes of a clamped number, what an object\n" +
			"a container shares (`singleton(X::class, …)`) was given at boot. An `SplObjectStorage` keys by\n" +
			"object identity: a `detach()` given a new object — made for the call, or the copy an immutable\n" +
			"wither put in the variable that held the attached one — removes nothing.\n" +
			"A service a locator keeps under an id lives for one request when code run per request unsets\n" +
			"that id (`forget($id)` for each id a configuration lists); the ids listed are read, so a service\n" +
			"left out of the list still grows.\n" +
			"A middleware that adds an entry before calling the next stage (`$next($request)`,\n" +
			"`$handler->handle($request)`) and removes it after, outside a finally block, leaves it behind\n" +
			"whenever the rest of the request throws; a function that adds an entry and removes it later in\n" +
			"its own body leaves it behind on every early return in between. Both are reported at medium\n" +
			"confidence (the simulation does not throw, and may take the path that removes). An append of a\n" +
			"value the same function first took out of the list (an LRU's touch: the old entry found by\n" +
			"`array_search()` or compared in a loop, then removed) moves it and adds nothing.",
		Leaking: `use Symfony\Component\Messenger\Attribute\AsMessageHandler;

final class ApiClient
{
    private array $history = [];

    public function get(string $url): string
    {
        $body = $this->transport->fetch($url);
        $this->history[] = ['url' => $url, 'body' => $body]; // every request, forever
        return $body;
    }
}

#[AsMessageHandler]
final class SyncOrders
{
    public function __construct(private ApiClient $api) {}

    public function __invoke(OrdersChanged $message): void
    {
        $this->api->get($message->url);
    }
}`,
		Fixed: `use Symfony\Component\Messenger\Attribute\AsMessageHandler;
use Symfony\Contracts\Service\ResetInterface;

final class ApiClient implements ResetInterface
{
    private array $history = [];

    public function get(string $url): string
    {
        $body = $this->transport->fetch($url);
        $this->history[] = ['url' => $url, 'bytes' => strlen($body)];
        return $body;
    }

    public function reset(): void // called by the framework between requests
    {
        $this->history = [];
    }
}

#[AsMessageHandler]
final class SyncOrders
{
    public function __construct(private ApiClient $api) {}

    public function __invoke(OrdersChanged $message): void
    {
        $this->api->get($message->url);
    }
}`,
	},
	Run: runServiceStateGrowth,
}

func runServiceStateGrowth(pass *analyzer.Pass) {
	r := sharedResolver(pass)
	prog := sharedProgram(pass)
	resets := sharedResets(pass)
	// (a flush only FPM ever calls empties nothing in a worker)
	resetters, deadResetters := prog.liveResetters(sharedResetIndex(pass).funcs)
	// (nor does one that empties a new object a container makes per lookup)
	resetters, freshResetters := prog.freshResetters(resetters)
	// (nor one that runs only when the worker has nothing to do)
	resetters, idleResetters := prog.idleResetters(resetters)
	// (nor one that runs only when a message fails)
	resetters, failureResetters := prog.failureResetters(resetters)
	// (nor one that returns at once for every object it is given)
	resetters, skippedResetters := prog.skippedResetters(resetters)
	depth := sharedResetIndex(pass).depth
	// (asked for every candidate: each state's answer found once)
	releasedMemo := map[*builtins.LibraryState]bool{}
	released := func(st *builtins.LibraryState) bool {
		return memoized(&releasedMemo, st, false, func() bool { return releasedPerRequest(r, prog, st) })
	}
	reportLogBuffers(pass, r, prog)
	// (asked for every growing write: each class and property looked up
	// once)
	type uncut struct {
		m    *ir.Func
		a    *ir.Assign
		size ir.Expr
	}
	uncutMemo := map[string]uncut{}
	uncutOf := func(class string, place analyzer.Place) (*ir.Func, *ir.Assign, ir.Expr) {
		k := strings.ToLower(class) + "\x00" + place.Key()
		u, ok := uncutMemo[k]
		if !ok {
			u.m, u.a, u.size = r.uncutSliceOf(class, place)
			uncutMemo[k] = u
		}
		return u.m, u.a, u.size
	}
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			reportLibraryStates(pass, r, prog, f, fn, released)
			fnEntry, perIter := prog.perIter[fn]
			// (a closure of a method that runs per request — a server's
			// 'request' callback, a hook the service hands out — grows
			// the object it was made in, as a method would)
			closure := (fn.Kind == ir.FuncClosure || fn.Kind == ir.FuncArrow) && perIter && fn.Class != nil && fn.ThisClass() == fn.Class
			if fn.Kind != ir.FuncMethod && !closure || fn.Static || strings.EqualFold(fn.Name, "__construct") {
				// (a constructor runs once per object: what it adds to a
				// property of $this, each new object starts without)
				continue
			}
			lifetime, long := prog.thisLongLived(fn)
			if !long {
				continue
			}
			scope := analyzer.NewScope(fn)
			if len(r.growthsIn(scope)) == 0 {
				continue // (most functions)
			}
			disabled := disabledBranch(pass.Index, fn)
			analyzer.InspectFunc(fn, growthKinds, func(n analyzer.Node, stack []analyzer.Node) bool {
				if disabled(stack) {
					return true // (a write under a test that never holds: never made)
				}
				g, ok := r.growthOf(scope, stack, n)
				// (a WeakMap grows only in the lists under keys kept for
				// the process: see growthWrite)
				if !ok || g.Place.Kind != analyzer.PlaceThisProp || r.isWeakMap(fn, g.Place) && g.Level < 2 {
					return true
				}
				if g, ok = r.guardedMembership(fn, scope, stack, g); !ok {
					return true // a set of values from a fixed domain
				}
				if movesValue(r, scope, g) {
					return true // a value moved to the end: an LRU's touch
				}
				if runsOnceGuarded(fn, scope, stack, n, sharedFlagResets(pass), true) {
					return true // behind a once-guard of the long-lived object
				}
				entry := fnEntry
				if !perIter {
					// a write inside a request loop of the method itself
					// (a consumer looping over a message stream)
					entry = ""
					loops := enclosingLoops(stack)
					for i := len(loops) - 1; i >= 0 && entry == ""; i-- {
						if why, ok := prog.requestLoop(fn, loops[i]); ok {
							entry = fmt.Sprintf("runs on every iteration of the %s at %s:%d", why, f.Path, loops[i].P.Line)
						}
					}
					if entry == "" {
						return true
					}
				}
				if g.How != "key" {
					// a key is as sure as keyConf rates it; other writes
					// in per-request code grow on every call
					g.Conf = atLeastMedium(g.Conf)
				}
				// growth inside an unbounded loop is loop-accumulation's
				for _, l := range enclosingLoops(stack) {
					if _, ok := r.unbounded(fn, l); ok {
						return true
					}
				}
				var keys []string
				for _, c := range pass.Index.Lineage(fn.Class.Name) {
					keys = append(keys, strings.ToLower(c.Name)+"::"+g.Place.Name)
				}
				keys = append(keys, sharedContainerProps(pass, fn.Class.Name, g.Place.Name, resetters)...)
				// what is removed from it is only ever taken out of the
				// lists under its keys, while this adds keys: nothing
				// bounds it
				innerOnly := depth.innerOnly(append(slices.Clip(keys), "*::"+g.Place.Name), g)
				// a trim that removes fewer than this adds (two appends and
				// one shift, a trim on another path) bounds nothing, even
				// one that runs on every request
				// unsimulated: the removal is skipped on a path the
				// simulation does not take (an exception, which it never
				// throws; an early return, where it may take the other
				// branch)
				behind, behindWhy, behindFix, unsimulated := false, "", "", false
				var removers []*ir.Func // what removes from it in the class's lineage
				for _, c := range pass.Index.Lineage(fn.Class.Name) {
					removers = append(removers, resetters[strings.ToLower(c.Name)+"::"+g.Place.Name]...)
				}
				if len(resetters["*::"+g.Place.Name]) == 0 && !innerOnly {
					behindWhy, behind = r.outpaced(fn, g, removers)
					// (what a request leaves by a return or a throw, a
					// removal its connection's close callback runs takes
					// out)
					if !behind && !prog.releasedOnClose(removers) {
						behindWhy, behindFix, behind = r.removalSkipped(fn, removers, g.Place, fmt.Sprintf("%s::$%s", fn.Class.Short, g.Place.Name), func(f *ir.Func) bool { _, per := prog.perIter[f]; return per })
					}
					if !behind && len(removers) > 0 && !slices.ContainsFunc(removers, func(m *ir.Func) bool { return !r.onlyOnExactCount(m, fn.Class.Name, g.Place) }) {
						// (the simulation, whose counts start from empty and
						// whose conditions on data it cannot compute go
						// either way, would take the flush)
						behind, unsimulated = true, true
						var names []string
						for _, m := range removers {
							if l := funcLabel(m); !slices.Contains(names, l) {
								names = append(names, l)
							}
						}
						behindWhy = fmt.Sprintf("and what empties it (%s) is called only when a count equals the batch size exactly, which a call that adds several entries at once steps over: once past it, the flush never comes", strings.Join(names, ", "))
						behindFix = "Flush when the count reaches the batch size or more (>=), not only when it is equal to it."
					}
				}
				if !behind && !innerOnly && len(removers) == 0 && len(resetters["*::"+g.Place.Name]) == 0 {
					// $this->samples = array_slice($this->samples,
					// -$this->size) with a size that is 0 on every
					// object: the cut keeps all (the simulation does not
					// slice)
					if m, a, size := uncutOf(fn.Class.Name, g.Place); a != nil {
						behind, unsimulated = true, true
						what := analyzer.ExprPath(size)
						if what == "" {
							what = "its size"
						}
						behindWhy = fmt.Sprintf("and the cut that would bound it, array_slice() in %s (line %d), keeps every entry: %s is 0 on every object (a size nobody sets, or read from an environment variable that is not set), and array_slice($x, -0) starts at the first entry", funcLabel(m), a.P.Line, what)
						behindFix = fmt.Sprintf("Give the size of %s a default that is not 0 when the setting is missing ((int) (getenv('…') ?: 64)), or refuse a size below 1.", fmt.Sprintf("%s::$%s", fn.Class.Short, g.Place.Name))
					}
				}
				if !behind && !innerOnly {
					// $this->pending[$recipient][] = …; if
					// (count($this->pending[$recipient]) >= 5)
					// $this->flush($recipient): a key that gets fewer
					// stays for good
					if why, ok := r.keyFlushedAtCount(fn, g, resetters[strings.ToLower(fn.Class.Name)+"::"+g.Place.Name]); ok {
						behind, unsimulated, behindWhy = true, true, why
						behindFix = fmt.Sprintf("Flush or expire every entry of %s (all keys at once, or the oldest after a while), not only one whose own list reaches the batch size.", fmt.Sprintf("%s::$%s", fn.Class.Short, g.Place.Name))
					}
				}
				// (what a request leaves behind by returning early, a
				// removal its connection's close callback runs takes out)
				if !innerOnly && !prog.releasedOnClose(removers) {
					// the entry taken out again later in the function
					// itself, on a path some ways out skip (also where
					// the paths were counted as outpacing the removal:
					// the simulation may take the one that removes)
					if next := r.removalAfterNext(scope, g.Place, g.Node.Span()); next != nil && !behind {
						behind, unsimulated = true, true
						behindWhy = nextStageSkips(fn, next, "it")
						behindFix = "Remove the entry in a finally block (try { … } finally { … }) around the call of the next stage, so it goes when the request fails too."
					} else if ret, ok := r.returnBeforeOwnRemoval(scope, g.Place, g.Node.Span()); ok {
						behind, unsimulated = true, true
						behindWhy = fmt.Sprintf("and %s can return (%s:%d) after adding to it and before it removes the entry again", funcLabel(fn), f.Path, ret.P.Line)
						behindFix = "Remove the entry in a finally block (try { … } finally { … }), so it goes on every way out, early returns included."
					} else if caller, loop, ok := r.yieldBeforeOwnRemoval(scope, g.Place, g.Node.Span()); ok {
						// a consumer that stops iterating destroys the
						// generator at the yield it stopped at: the code
						// after it never runs (a finally does)
						behind, unsimulated = true, true
						behindWhy = fmt.Sprintf("and the generator %s removes the entry again only after a later yield, which it reaches only when iterated to its end; %s stops iterating it early (%s:%d), and the generator, destroyed there, never gets to the removal", funcLabel(fn), funcLabel(caller), caller.File.Path, loop.P.Line)
						behindFix = "Remove the entry in a finally block (try { … yield … } finally { … }), which runs when an unfinished generator is destroyed too."
					} else if caller, ret, rel := r.callerReturnsBeforeRelease(fn, g.Place); ret != nil {
						// acquire() here, release() in the caller after a
						// return that can come first
						behind, unsimulated = true, true
						behindWhy = fmt.Sprintf("and %s can return (%s:%d) after %s added the entry and before %s() at line %d takes it out again", funcLabel(caller), caller.File.Path, ret.P.Line, funcLabel(fn), rel.Name, rel.P.Line)
						behindFix = fmt.Sprintf("Call %s() in a finally block (try { … } finally { … }) around the work after %s, so the entry goes on every way out, early returns included.", rel.Name, funcLabel(fn))
					}
				}
				if !behind && prog.resetPerRequest(fn.Class.Name, g.Place) {
					return true // a per-request hook (a subscribed flush, reset()) empties it
				}
				if behind && prog.emptiedPerRequest(fn.Class.Name, g.Place) {
					// what a failed request leaves is gone with the next
					// reset (a services resetter's reset() per request)
					return true
				}
				if prog.freshReceiversOnly(fn) {
					return true // per request, only ever called on objects made for the request
				}
				if prog.registryDropped(fn.Class.Name) {
					return true // the registry keeping it drops it per request
				}
				// (or the static that keeps the object is given a new one
				// per request)
				bounded := !innerOnly && (r.removedInFunc(scope, g.Place) || prog.resetRuns(resetters["*::"+g.Place.Name])) ||
					prog.holderReplaced(fn.Class.Name)
				var kept []analyzer.TraceStep
				var selfHeld []*ir.Func // removers only the stored object's destructor (or its kept generator's end) runs
				var abandoned []string  // generators that empty it at their end, which no caller reaches
				for _, k := range keys {
					if innerOnly {
						break
					}
					fns, open := r.openReleasers(fn, g, resetters[k])
					if open != nil {
						kept = append(kept, *open)
						// a generator kept open in the store itself
						// releases nothing
						if len(fns) > 0 && prog.resetRuns(fns) {
							bounded = true
						}
						continue
					}
					// (a removal in a method the framework runs per
					// request, onClose() of a server component, counts
					// though the project never calls it; one only the
					// stored object's own destructor calls does not)
					live, dtor := r.notSelfHeld(fn, g, resetters[k])
					// (a generator that empties it after its last yield,
					// which a caller that stops iterating early never
					// reaches, bounds nothing)
					live = slices.DeleteFunc(slices.Clone(live), func(m *ir.Func) bool {
						if m.Generator && pastLastYield(m, g.Place) && !r.runToEnd(m) {
							if l := funcLabel(m); !slices.Contains(abandoned, l) {
								abandoned = append(abandoned, l)
							}
							return true
						}
						return false
					})
					selfHeld = append(selfHeld, dtor...)
					if (resets[k] || prog.anyPerIter(live)) && prog.resetRuns(live) {
						bounded = true
					}
					// (or the event loop that runs the callbacks drains it
					// on every turn)
					if r.drainedByDispatch(resetters[k], g.Place, prog.rescheduledBySelf(fn)) {
						bounded = true
					}
				}
				where := fmt.Sprintf("%s::$%s", fn.Class.Short, g.Place.Name)
				why := "and nothing resets it"
				fix := fmt.Sprintf("Reset %s between requests (a reset() method the framework calls, e.g. Symfony's ResetInterface or an Octane listener), bound it, or keep per-request data out of the service.", where)
				if gone := deadIn(freshResetters, keys); len(gone) > 0 {
					why = fmt.Sprintf("and what empties it (%s) empties another object", strings.Join(gone, "; "))
					fix = fmt.Sprintf("Bind %s with singleton() (or scoped()), so the code that empties it gets the instance the service keeps, or empty it through the service.", fn.Class.Short)
				} else if gone := deadIn(idleResetters, keys); len(gone) > 0 {
					why = fmt.Sprintf("and what empties it (%s) runs only when the worker is idle (isWorkerIdle()), which never happens while messages keep coming", strings.Join(gone, ", "))
					fix = fmt.Sprintf("Empty %s also once it holds a batch (count() >= N), or after every message, not only when the queue runs dry.", where)
				} else if gone := deadIn(failureResetters, keys); len(gone) > 0 {
					why = fmt.Sprintf("and what empties it (%s) runs only when a request fails", strings.Join(gone, "; "))
					fix = fmt.Sprintf("Empty %s after every request or message, not only when one fails (subscribe the reset to WorkerMessageHandledEvent too, or implement ResetInterface).", where)
				} else if gone := deadIn(skippedResetters, keys); len(gone) > 0 {
					why = fmt.Sprintf("and what would take an entry out (%s) returns before removing it: its first test holds for the value the caller sets just before the call, so the entry stays", strings.Join(gone, "; "))
					fix = fmt.Sprintf("Take the entry out of %s whatever state the object is in (test whether it is still held, not its status), or release it before changing its status.", where)
				} else if gone := deadIn(deadResetters, keys); len(gone) > 0 {
					why = fmt.Sprintf("and what empties it (%s) runs only under a SAPI that serves one request per process (FPM), never in this worker", strings.Join(gone, ", "))
				} else if m, at, in := r.disabledCalls(removers); m != nil {
					why = fmt.Sprintf("and what empties it, %s, is called only under a test that never holds with the values the project gives it (%s:%d)", funcLabel(m), in.File.Path, at.P.Line)
					fix = fmt.Sprintf("Make the test hold once %s reaches its limit: compare a size with an int (cast a configured value with (int)), and flush at >= rather than ===.", where)
				} else if sc, ok := prog.undispatchedRemover(removers); ok {
					var names []string
					for _, k := range sc.keys {
						names = append(names, "'"+k+"'")
					}
					why = fmt.Sprintf("and what takes an entry out, %s, is kept as the listener of %s (%s:%d), which no code of the project ever dispatches: the calls that run %s's listeners all name other events", funcLabel(sc.cb), strings.Join(names, ", "), sc.at.File.Path, sc.line, shortName(sc.class))
					fix = fmt.Sprintf("Take the entry out of %s on an event that always comes (a connection's 'close', which fires however it ends), not only on one that may never fire.", where)
				} else if u := moduloUnset(scope, g.Place); u != nil {
					why = fmt.Sprintf("and the unset at line %d takes out the entry at an index modulo a size, which appended entries, numbered on and on, stop having once the first ones are gone", u.P.Line)
					fix = fmt.Sprintf("Write the slot itself ($this->%s[$i %% N] = …) instead of appending, or drop the oldest entry with array_shift().", g.Place.Name)
				} else if m, d, fresh := r.foreignDetach(fn.Class.Name, g.Place); d != nil && fresh {
					why = fmt.Sprintf("and what would take an entry out, %s() in %s (line %d), is given an object that was never attached (one made for the call, or a new value of the variable that held the attached one): the storage keys by object identity, so it removes nothing", d.Name, funcLabel(m), d.P.Line)
					fix = fmt.Sprintf("Detach the object that was attached to %s (keep it where the release can reach it, or look it up by id), not a new one made from it or its id.", where)
				} else if d != nil {
					why = fmt.Sprintf("and what would take an entry out, %s() in %s (line %d), is given a %s while the entries are keyed by objects of other classes, so it removes nothing", d.Name, funcLabel(m), d.P.Line, shortName(r.classOf(m, d.Args[0])))
					fix = fmt.Sprintf("Key %s by the object the removal is given (attach($connection, $member)), or detach the key object itself.", where)
				} else if len(selfHeld) > 0 && !bounded {
					m := selfHeld[0]
					if d := r.selfHeldDestructor(m); d != nil {
						why = fmt.Sprintf("and what takes an entry out (%s) runs only in %s, which never runs while the entry keeps that object alive", funcLabel(m), funcLabel(d))
					} else if gen, at := r.selfHeldGenerator(m, ""); gen != nil {
						why = fmt.Sprintf("and what takes an entry out (%s) runs only when the generator %s, which that object keeps in %s, finishes or is destroyed: nothing runs it to its end, and it is destroyed only with the object, which the entry keeps alive", funcLabel(m), funcLabel(gen), at)
					}
					fix = fmt.Sprintf("Keep a WeakReference (or only the id) in %s, so the object can be destroyed and its destructor take the entry out, or take it out explicitly when the request is done.", where)
					if r.selfHeldDestructor(m) == nil {
						fix = fmt.Sprintf("Keep a WeakReference (or only the id) in %s, so the object and its generator can be destroyed (which runs the generator's finally), or take the entry out explicitly when the request is done.", where)
					}
				} else if quiet := prog.silencedRemovers(resetters, keys); len(quiet) > 0 {
					why = fmt.Sprintf("and what empties it (%s) runs only when the kernel terminates (kernel.terminate, a middleware's terminate()), which this worker's own loop never lets it do: it calls the kernel's handle() and never terminate()", strings.Join(quiet, ", "))
					fix = fmt.Sprintf("Call $kernel->terminate($request, $response) after each request in the worker loop, or reset %s between requests.", where)
					if !prog.noTerminate {
						why = fmt.Sprintf("and what empties it (%s) runs only on kernel.terminate or console.terminate, which a process that consumes messages (a Messenger worker) never dispatches between two messages: console.terminate comes once, when the command stops", strings.Join(quiet, ", "))
						fix = fmt.Sprintf("Empty %s after each message too: subscribe the flush to WorkerMessageHandledEvent and WorkerMessageFailedEvent, or implement ResetInterface so the worker resets it.", where)
					}
				}
				if len(abandoned) > 0 && !bounded && why == "and nothing resets it" {
					why = fmt.Sprintf("and what empties it (%s) does so only after its last yield, which a caller that stops iterating early (break, return) never reaches", strings.Join(abandoned, ", "))
					fix = fmt.Sprintf("Empty %s in a finally block of the generator (try { … yield … } finally { … }), which runs when the generator is destroyed unfinished, or empty it outside the generator.", where)
				}
				if bounded && !behind && len(resetters["*::"+g.Place.Name]) == 0 {
					// the cut to a size runs only under a test that has
					// nothing to do with the size (a failure, a change of
					// status, running in the console)
					if gw, ok := r.gatedEviction(fn.Class.Name, g.Place, fn, g.Node.Span()); ok {
						behind, unsimulated, behindWhy = true, true, gw
						behindFix = fmt.Sprintf("Cut %s to its size on every add (or whenever it is over the size), not only when that test holds.", where)
					}
				}
				if behind {
					bounded = false
					why = behindWhy
					fix = "Trim " + where + strings.TrimPrefix(trimFix, "trim it")
					if behindFix != "" {
						fix = behindFix
					}
				}
				if bounded {
					// something removes from it; whether that keeps it
					// bounded is for the simulation of the request loop,
					// unless it is an eviction on size, which keeps it
					// bounded beyond what a few simulated iterations show
					ref, ok := prog.loopOf[fn]
					if !ok || evictsOnSize(pass, fn.Class.Name, g.Place) || listenerAdd[strings.ToLower(fn.Name)] {
						// (a listener list is handler-registration-growth's,
						// reported where listeners are added)
						return true
					}
					pass.Report(analyzer.Diagnostic{
						File: f,
						Pos:  g.Node.Span(),
						Message: fmt.Sprintf("Property %s of a long-lived %s is %s in %s, which %s; code that removes from it exists, but simulating the request loop it still grows on every iteration (%s).",
							where, fn.Class.Short, strings.Replace(g.describe(), "every call", "every request", 1), funcLabel(fn), entry, lifetime),
						Fix:        fmt.Sprintf("Make sure the removal runs for every request (same key, same object, not only in tests or on a rare path), or bound %s.", where),
						Confidence: analyzer.Medium,
						Claim: &analyzer.Claim{Kind: analyzer.Growth, Func: fn, Place: g.Place, Write: g.Node, KeepThis: true,
							Loop: ref.loop, LoopFunc: ref.fn, Driver: prog.loopDriver(ref.fn), Class: fn.Class.Name, Inner: g.KeysFixed, Required: true},
						LeakKey: "prop:" + strings.ToLower(fn.Class.Name) + "::" + g.Place.Name,
					})
					return true
				}
				if len(kept) > 0 && !behind {
					// (the generator the entry holds removes it only when
					// iterated to its end)
					why = "and nothing resets it but the generator each entry holds, which a consumer leaves unfinished"
				}
				claim := &analyzer.Claim{Kind: analyzer.Growth, Func: fn, Place: g.Place, Write: g.Node, KeepThis: true}
				conf := g.Conf
				if unsimulated {
					claim = nil
					if conf.Rank() > analyzer.Medium.Rank() {
						conf = analyzer.Medium // (not simulated)
					}
				}
				if u, l := exhaustionRemoval(scope, g.Place); u != nil && !behind {
					// whether a client asks for the last page is beyond
					// the simulation, which runs each generator to its end
					why = fmt.Sprintf("and the entry is removed (line %d) only once the generator kept in it is exhausted, which the loop at line %d may stop short of: an entry whose client never asks for the rest stays", u.P.Line, l.P.Line)
					fix = fmt.Sprintf("Bound %s (drop the oldest entries, or expire them after a while), or remove the entry when the request ends and start the generator anew.", where)
					claim = nil
					if conf.Rank() > analyzer.Medium.Rank() {
						conf = analyzer.Medium // (not simulated)
					}
				}
				pass.Report(analyzer.Diagnostic{
					File: f,
					Pos:  g.Node.Span(),
					Message: fmt.Sprintf("Property %s of a long-lived %s is %s in %s, which %s, %s: it grows for the life of the worker (%s).",
						where, fn.Class.Short, strings.Replace(g.describe(), "every call", "every request", 1), funcLabel(fn), entry, why, lifetime),
					Fix:        fix,
					Confidence: conf,
					Trace: append([]analyzer.TraceStep{
						analyzer.Step(f, fn.Pos, "%s %s", funcLabel(fn), entry),
						analyzer.Step(f, g.Node.Span(), "%s grows here; %s", where, lifetime),
					}, kept...),
					Claim:         claim,
					MaxConfidence: g.maxConf(),
					LeakKey:       "prop:" + strings.ToLower(fn.Class.Name) + "::" + g.Place.Name,
				})
				return true
			})
		}
	}
}

// resetIndex is, for "class::prop" (or "*::prop" for a reset through
// another object), the functions that reset or shrink that property
// (constructors left out: they run once per object, never between
// requests), and the names of the methods the project calls.
type resetIndex struct {
	funcs  map[string][]*ir.Func
	called map[string]bool // method names code calls, or names in a string
	depth  removalDepths   // per key of funcs, the least depth removed at
}

func buildResetIndex(pass *analyzer.Pass, r *resolver) resetIndex {
	ri := resetIndex{funcs: map[string][]*ir.Func{}, called: map[string]bool{}, depth: removalDepths{}}
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			ctor := fn.Kind == ir.FuncMethod && strings.EqualFold(fn.Name, "__construct")
			scope := analyzer.NewScope(fn)
			disabled := disabledBranch(pass.Index, fn)
			analyzer.InspectFunc(fn, removalKinds|analyzer.KCatch|analyzer.KStaticCall|analyzer.KArray|analyzer.KLit, func(n analyzer.Node, stack []analyzer.Node) bool {
				if disabled(stack) {
					return false // guarded by a setting nobody sets: never runs
				}
				if _, ok := n.(*ir.Catch); ok && !ctor {
					return false // a reset only when something throws: a rare path
				}
				switch n := n.(type) {
				case *ir.MethodCall:
					lowercase.Add(ri.called, n.Name)
				case *ir.StaticCall:
					lowercase.Add(ri.called, n.Name)
				case *ir.Array:
					// [$this, 'flush']: a callable by name
					if len(n.Items) == 2 {
						if l, ok := n.Items[1].Value.(*ir.Lit); ok && l.Kind == ir.LitString && identifier(l.Value) {
							ri.called[strings.ToLower(l.Value)] = true
						}
					}
				case *ir.Lit:
					// 'Log::flush': a callable by name
					if n.Kind == ir.LitString && len(n.Value) < 80 {
						if i := strings.LastIndex(n.Value, "::"); i >= 0 && identifier(n.Value[i+2:]) {
							ri.called[strings.ToLower(n.Value[i+2:])] = true
						}
					}
				}
				if ctor {
					return true
				}
				for _, rm := range removals(r, scope, n) {
					p := rm.Place
					if p.Kind == analyzer.PlaceThisProp && !r.removedInFunc(scope, p) {
						continue // an LRU touch, not a removal
					}
					k := ""
					switch {
					case p.Kind == analyzer.PlaceThisProp && fn.ThisClass() != nil:
						// a method, or a closure written in one (a listener
						// that unsets what its object holds)
						k = strings.ToLower(fn.ThisClass().Name) + "::" + p.Name
					case p.Kind == analyzer.PlaceObjProp:
						k = "*::" + p.Name
					default:
						continue
					}
					ri.funcs[k] = append(ri.funcs[k], fn)
					ri.depth.note(k, rm.Level)
				}
				return true
			})
		}
	}
	return ri
}

func sharedResetIndex(pass *analyzer.Pass) resetIndex {
	return pass.Shared("rules.resetIndex", func() any { return startResetIndex(pass)() }).(resetIndex)
}

// startResetIndex starts building the reset index beside the worker
// model (see prepareShared), on a copy of the resolver as callSites
// left it: the index reads nothing the model adds. The static stores
// (which both ask for) are listed first, so that the copy shares them
// instead of listing them again.
func startResetIndex(pass *analyzer.Pass) (wait func() any) {
	return pass.Shared("rules.resetIndex.started", func() any {
		r := baseResolver(pass)
		r.callSites()
		r.staticStores()
		own := r.clone()
		return pass.Aside(func() any { return buildResetIndex(pass, own) })
	}).(func() any)
}

// propResets lists "class::prop" for properties that some method of the
// class (or, keyed "*::prop", any code) resets or shrinks, when that
// method is called somewhere in the project or is a framework reset hook
// named reset(). The worker model narrows this down (resetRuns).
func propResets(pass *analyzer.Pass) map[string]bool {
	ri := sharedResetIndex(pass)
	out := map[string]bool{}
	for k, fns := range ri.funcs {
		for _, fn := range fns {
			name := strings.ToLower(fn.Name)
			if strings.HasPrefix(k, "*::") || fn.Kind != ir.FuncMethod || name == "reset" || ri.called[name] {
				out[k] = true
			}
		}
	}
	return out
}

// sharedContainerProps lists, as "class::prop", the properties of other
// classes declared with the same container class as class::prop (a
// Breadcrumbs that extends ArrayObject) that some function resets or
// shrinks: services handed the one container object append to it and
// empty it through properties of their own ($this->crumbs[] = … in a
// middleware, $this->crumbs->exchangeArray([]) in a listener).
func sharedContainerProps(pass *analyzer.Pass, class, prop string, resetters map[string][]*ir.Func) []string {
	p := pass.Index.Property(class, prop)
	if p == nil || len(p.Types) != 1 || pass.Index.Container(p.Types[0]) == nil {
		return nil
	}
	typ := strings.ToLower(strings.TrimPrefix(p.Types[0], `\`))
	var out []string
	for k := range resetters {
		c, name, ok := strings.Cut(k, "::")
		if !ok || c == "*" || c == strings.ToLower(class) {
			continue
		}
		if q := pass.Index.Property(c, name); q != nil && len(q.Types) == 1 && strings.ToLower(strings.TrimPrefix(q.Types[0], `\`)) == typ {
			out = append(out, k)
		}
	}
	sort.Strings(out)
	return out
}

// evictsOnSize reports whether some method of the class removes from the
// property under a condition on its size (count(), a capacity): an
// eviction that bounds it.
//
// An eviction of one entry under an if (array_shift(), dequeue(), an
// unset) keeps up only when every method that adds to the property is
// the evicting one or calls it: a method that adds without trimming (a
// run history's started() beside finished(), which trims one entry)
// outpaces it. A flush on an exact size (count(…) === N) bounds nothing
// when a call can add several entries: the count steps over N.
func evictsOnSize(pass *analyzer.Pass, class string, place analyzer.Place) bool {
	r := sharedResolver(pass)
	var evictors []*ir.Func
	for _, c := range pass.Index.Lineage(class) {
		for _, m := range c.Methods {
			if cutsToSize(r, m, place) {
				return true // $this->samples[$k] = array_slice(…, -$this->size)
			}
			if r.evictsWithRing(m, place) && addsOnlyThrough(r, class, place, m) {
				return true // unset($this->slotOf[$this->ring[$slot]]) before the slot takes the new key
			}
			if r.evictsIn(m, place.Key()) {
				evictors = append(evictors, m)
			}
		}
	}
	if len(evictors) == 0 {
		return false
	}
	for _, m := range evictors {
		single, exact := r.evictionShape(m, place.Key())
		if !single && !exact {
			return true // a loop, or a cut to a size: bounded whatever is added
		}
		keepsUp := true
		for _, c := range pass.Index.Lineage(class) {
			for _, a := range c.Methods {
				adds, many := r.addsTo(a, place)
				if !adds {
					continue
				}
				if exact && many || single && a != m && !callsOwnMethod(a, m.Name) {
					keepsUp = false
				}
			}
		}
		if keepsUp {
			return true
		}
	}
	return false
}

// evictsWithRing reports whether m keeps the place in step with a ring
// of slots: it writes the key it adds under into a slot of another
// property whose index is bounded ($this->ring[$slot] = $hash, $slot
// wrapping modulo a size), and takes out the entry whose key that slot
// held before ( unset($this->slotOf[$this->ring[$slot]]) ). The place
// then holds at most one entry per slot.
func (r *resolver) evictsWithRing(m *ir.Func, place analyzer.Place) bool {
	if place.Kind != analyzer.PlaceThisProp {
		return false
	}
	scope := analyzer.NewScope(m)
	var evicted []string // the rings whose slot names the entry taken out
	var keys []ir.Expr   // the keys the place is added under
	rings := map[string][]ir.Expr{}
	analyzer.InspectFunc(m, analyzer.KUnset|analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Unset:
			for _, t := range n.Targets {
				p, dims, ok := scope.PlaceOf(t)
				if !ok || p.Key() != place.Key() || len(dims) != 1 {
					continue
				}
				if slot, ok := dims[0].Key.(*ir.Dim); ok {
					if rp, ok := slot.Base.(*ir.Prop); ok && analyzer.IsThis(rp.Obj) && rp.Name != "" && rp.Name != place.Name {
						evicted = append(evicted, rp.Name)
					}
				}
			}
		case *ir.Assign:
			if n.Op != "=" {
				return true
			}
			d, ok := n.Dst.(*ir.Dim)
			if !ok || d.Key == nil {
				return true
			}
			if p, dims, ok := scope.PlaceOf(d); ok && p.Key() == place.Key() && len(dims) == 1 {
				keys = append(keys, d.Key)
			}
			// $this->ring[$slot] = $hash, the slot bounded
			if rp, ok := d.Base.(*ir.Prop); ok && analyzer.IsThis(rp.Obj) && rp.Name != "" && rp.Name != place.Name && r.valueBounded(m, d.Key) {
				rings[rp.Name] = append(rings[rp.Name], n.Src)
			}
		}
		return true
	})
	if len(keys) == 0 {
		return false
	}
	for _, ring := range evicted {
		recorded := true
		for _, k := range keys {
			recorded = recorded && slices.ContainsFunc(rings[ring], func(v ir.Expr) bool { return sameRead(v, k) })
		}
		if recorded {
			return true
		}
	}
	return false
}

// addsOnlyThrough reports whether every method of class that adds to the
// place is m or calls it.
func addsOnlyThrough(r *resolver, class string, place analyzer.Place, m *ir.Func) bool {
	for _, c := range r.ix.Lineage(class) {
		for _, a := range c.Methods {
			if adds, _ := r.addsTo(a, place); adds && a != m && !callsOwnMethod(a, m.Name) {
				return false
			}
		}
	}
	return true
}

// cutsToSize reports whether m sets the place, or a list under one of
// its keys, to a slice of itself of at most a fixed count (see
// slicesItself): a window, bounded whatever is added.
func cutsToSize(r *resolver, m *ir.Func, place analyzer.Place) bool {
	var scope *analyzer.Scope
	found := false
	analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		a := n.(*ir.Assign)
		if a.Op != "=" || !slicesItself(a) || r.uncutSlice(m, a) != nil {
			return !found
		}
		if scope == nil {
			scope = analyzer.NewScope(m)
		}
		if p, _, ok := scope.PlaceOf(a.Dst); ok && p.Key() == place.Key() {
			found = true
		}
		return !found
	})
	return found
}

// evictionShape says how m's size-guarded removals from the place named
// key go: single when each takes out one entry under an if (not a loop,
// not a cut to a size), exact when the size test is an equality.
func (r *resolver) evictionShape(m *ir.Func, key string) (single, exact bool) {
	scope := analyzer.NewScope(m)
	single, exact = true, true
	analyzer.Inspect(m.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		for _, rm := range removals(r, scope, n) {
			if rm.Place.Key() != key || !sizeGuarded(stack) {
				continue
			}
			if c, ok := n.(*ir.Call); rm.Level != 1 || ok && analyzer.CallName(c) != "array_shift" && analyzer.CallName(c) != "array_pop" {
				single = false
			}
			for _, s := range stack {
				switch s := s.(type) {
				case *ir.Loop:
					single = false
					if s.Cond != nil && !equalitySize(s.Cond) {
						exact = false
					}
				case *ir.If:
					if !equalitySize(s.Cond) {
						exact = false
					}
				}
			}
		}
		return true
	})
	return single, exact
}

// equalitySize reports whether cond compares a count for equality:
// count($x) === N, $uow->size() == $batch.
func equalitySize(cond ir.Expr) bool {
	o, ok := cond.(*ir.Other)
	if !ok || len(o.Args) != 2 {
		return false
	}
	switch o.Op {
	case "===", "==":
	case "&&", "||":
		return equalitySize(o.Args[0]) || equalitySize(o.Args[1])
	default:
		return false
	}
	for _, a := range o.Args {
		switch a := a.(type) {
		case *ir.Call:
			switch analyzer.CallName(a) {
			case "count", "sizeof":
				return true
			}
		case *ir.MethodCall:
			switch strings.ToLower(a.Name) {
			case "count", "size":
				return true
			}
		}
	}
	return false
}

// addsTo reports whether m adds to the place, and whether one call may
// add several entries (an add inside a loop, or more than one add).
func (r *resolver) addsTo(m *ir.Func, place analyzer.Place) (adds, many bool) {
	scope := analyzer.NewScope(m)
	count := 0
	analyzer.Inspect(m.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if g, ok := r.growthOf(scope, stack, n); ok && g.Place.Key() == place.Key() {
			count++
			if len(enclosingLoops(stack)) > 0 {
				many = true
			}
		}
		return true
	})
	return count > 0, many || count > 1
}

// onlyOnExactCount reports whether every call of m sits under an if that
// compares a count for equality (if (count($this->deferred) ===
// $this->batchSize) $this->commit();) while a method of class may add
// several entries to the place in one call: the count can step over the
// size the flush waits for, and the flush then never comes.
func (r *resolver) onlyOnExactCount(m *ir.Func, class string, place analyzer.Place) bool {
	sites, _ := r.callSites()
	if len(sites[m]) == 0 {
		return false
	}
	for _, s := range sites[m] {
		if s.at == (ir.Pos{}) {
			return false
		}
		guarded := false
		analyzer.InspectFunc(s.caller, analyzer.KIf, func(n analyzer.Node, _ []analyzer.Node) bool {
			if i, ok := n.(*ir.If); ok && equalitySize(i.Cond) && within(s.at, i.Then) {
				guarded = true
			}
			return !guarded
		})
		if !guarded {
			return false
		}
	}
	for _, c := range r.ix.Lineage(class) {
		for _, a := range c.Methods {
			if _, many := r.addsTo(a, place); many {
				return true
			}
		}
	}
	return false
}

// callsOwnMethod reports whether fn calls $this->name() (or
// self::/static::name()).
func callsOwnMethod(fn *ir.Func, name string) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KMethodCall|analyzer.KStaticCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch c := n.(type) {
		case *ir.MethodCall:
			found = found || analyzer.IsThis(c.Recv) && strings.EqualFold(c.Name, name)
		case *ir.StaticCall:
			found = found || (c.Class == "self" || c.Class == "static") && strings.EqualFold(c.Name, name)
		}
		return !found
	})
	return found
}

// keyFlushedAtCount reports whether the entry g adds to under its key
// ($this->pending[$k][] = …) leaves the store only once its own list
// holds some number of items: fn tests count($this->pending[$k]) against
// a constant right after, and removes the entry (itself, or through a
// method of $this given the key) in that branch alone, and nothing else
// removes from the store. Keys of the open domain that never get that
// many items stay for good.
func (r *resolver) keyFlushedAtCount(fn *ir.Func, g growth, removers []*ir.Func) (string, bool) {
	d, ok := g.Node.(*ir.Assign)
	if !ok || g.Place.Kind != analyzer.PlaceThisProp {
		return "", false
	}
	inner, ok := d.Dst.(*ir.Dim)
	if !ok || inner.Key != nil {
		return "", false // not an append to a list under the key
	}
	entry, ok := inner.Base.(*ir.Dim)
	if !ok || entry.Key == nil {
		return "", false
	}
	if pr, isProp := entry.Base.(*ir.Prop); !isProp || !analyzer.IsThis(pr.Obj) || pr.Name != g.Place.Name || r.boundedKey(fn, entry.Key) {
		return "", false // (keys from a fixed set: as many lists, each kept short)
	}
	var flush *ir.If
	var flusher *ir.Func
	analyzer.InspectFunc(fn, analyzer.KIf, func(n analyzer.Node, _ []analyzer.Node) bool {
		s, ok := n.(*ir.If)
		if !ok || flush != nil || len(s.Else) > 0 || !countOnly(s.Cond, entry) {
			return flush == nil
		}
		for _, st := range s.Then {
			analyzer.Inspect([]ir.Stmt{st}, func(x analyzer.Node, _ []analyzer.Node) bool {
				switch x := x.(type) {
				case *ir.Unset:
					if slices.ContainsFunc(x.Targets, func(t ir.Expr) bool { return sameExpr(t, entry) }) {
						flush, flusher = s, fn
					}
				case *ir.MethodCall:
					if t := r.target(fn, x); t != nil && analyzer.IsThis(x.Recv) && slices.Contains(removers, t) &&
						slices.ContainsFunc(x.Args, func(a ir.Expr) bool { return sameExpr(a, entry.Key) }) {
						flush, flusher = s, t
					}
				}
				return flush == nil
			})
		}
		return flush == nil
	})
	if flush == nil {
		return "", false
	}
	for _, m := range removers {
		if m != fn && m != flusher {
			return "", false // something else removes too
		}
	}
	return fmt.Sprintf("and %s takes an entry out only once its own list is full (the test at %s:%d): a key that gets fewer items keeps its entry for good",
		funcLabel(fn), fn.File.Path, flush.P.Line), true
}

// countOnly reports whether cond holds only when count(e) reaches a
// size: the count test is the condition or one of its && operands, with
// no || alternative (if ($lastInJob || count(…) >= 50) flushes at the
// end of every job too).
func countOnly(cond ir.Expr, e ir.Expr) bool {
	if o, ok := cond.(*ir.Other); ok {
		switch o.Op {
		case "||", "or":
			return false
		case "&&", "and":
			return slices.ContainsFunc(o.Args, func(a ir.Expr) bool { return countOnly(a, e) })
		}
	}
	return countOf(cond, e)
}

// countOf reports whether cond compares count(e) (or sizeof) with
// something: a batch flushed at a size.
func countOf(cond ir.Expr, e ir.Expr) bool {
	found := false
	analyzer.InspectExpr(cond, func(n analyzer.Node, _ []analyzer.Node) bool {
		if o, ok := n.(*ir.Other); ok && len(o.Args) == 2 {
			switch o.Op {
			case ">", ">=", "==", "===":
				for _, a := range o.Args {
					if c, ok := a.(*ir.Call); ok && (analyzer.CallName(c) == "count" || analyzer.CallName(c) == "sizeof") && len(c.Args) == 1 && sameExpr(c.Args[0], e) {
						found = true
					}
				}
			}
		}
		return !found
	})
	return found
}

// evictsIn reports whether m removes from the place named key ("" for
// any) under a size test (see sizeGuarded), outside a branch a setting
// nobody sets disables.
func (r *resolver) evictsIn(m *ir.Func, key string) bool {
	scope := analyzer.NewScope(m)
	disabled := disabledBranch(r.ix, m)
	found := false
	analyzer.Inspect(m.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if disabled(stack) {
			return false // if ($this->bufferSize > 0 && …) with no size ever set
		}
		if sapiGuarded(stack) {
			return false // if (PHP_SAPI !== 'cli') { … }: for the simulation of the loop
		}
		for _, p := range removedPlaces(r, scope, n) {
			if (key == "" || p.Key() == key) && sizeGuarded(stack) {
				found = true
			}
		}
		return !found
	})
	return found
}

// sizeGuarded reports whether an enclosing if or loop tests a size:
// count(), sizeof(), or an ordering comparison.
func sizeGuarded(stack []analyzer.Node) bool {
	for _, n := range stack {
		var cond ir.Expr
		switch n := n.(type) {
		case *ir.If:
			cond = n.Cond
		case *ir.Loop:
			cond = n.Cond
		}
		if cond == nil {
			continue
		}
		hit := false
		analyzer.InspectExpr(cond, func(x analyzer.Node, _ []analyzer.Node) bool {
			switch x := x.(type) {
			case *ir.Call:
				switch analyzer.CallName(x) {
				case "count", "sizeof", "iterator_count":
					hit = true
				}
			case *ir.Other:
				switch x.Op {
				case ">", ">=", "<", "<=":
					hit = true
				}
			}
			return !hit
		})
		if hit {
			return true
		}
	}
	return false
}

// identifier reports whether s could name a PHP method.
func identifier(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80 || i > 0 && c >= '0' && c <= '9') {
			return false
		}
	}
	return true
}

// reportLibraryStates reports, in the project's own worker loops (a
// consumer command, a daemon script), calls that add to state a
// framework library keeps in a long-lived service (see
// builtins.Library): Doctrine's identity map on persist() and find(),
// Laravel's query log once enabled, the keys Laravel's translator
// parses (reached also through __() and the Lang facade) and its
// logger's context keys (only keys whose domain is not fixed). Nothing
// in the loop or around it empties it (clear(), flushQueryLog(),
// flushParsedKeys(), withoutContext()). Framework-driven entries are
// left out: the frameworks empty these between requests and messages
// (kernel.reset, Messenger's doctrine_clear_entity_manager).
func reportLibraryStates(pass *analyzer.Pass, r *resolver, prog *program, f *ir.File, fn *ir.Func, released func(*builtins.LibraryState) bool) {
	if _, inLoop := prog.loopOf[fn]; !inLoop && !prog.loopFuncs[fn] {
		return // neither runs a worker loop nor is run by one
	}
	done := map[string]bool{}
	// (one finding per receiver, at its first adding call; the later
	// calls that add to the same state are steps of its trace)
	var found []*analyzer.Diagnostic
	byPath := map[string]*analyzer.Diagnostic{}
	analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		var st *builtins.LibraryState
		var path, class, name string
		var args []ir.Expr
		var at ir.Pos
		helper := false
		switch c := n.(type) {
		case *ir.MethodCall:
			path, class, name, args, at = analyzer.ExprPath(c.Recv), r.classOf(fn, c.Recv), c.Name, c.Args, c.P
			st = libraryState(r, class)
		case *ir.StaticCall:
			// Lang::get($key): the facade's service
			path, class, name, args, at = shortName(c.Class), c.Class, c.Name, c.Args, c.P
			st = libraryState(r, class)
		case *ir.Call:
			// __("Parcel {$ref} was rejected"): the helper's service
			if c.Name != "" && r.ix.Function(c.Name, c.Fallback) == nil {
				name = analyzer.CallName(c)
				path, args, at = name+"()", c.Args, c.P
				st, helper = builtins.LibraryFunction(name), true
			}
		}
		if st == nil || path == "" || name == "" || !helper && !st.Adds(name) {
			return true
		}
		if d := byPath[path]; d != nil {
			if !helper && !st.Keyed {
				d.Trace = append(d.Trace, analyzer.Step(f, at, "%s->%s() adds to it too", path, name))
			}
			return true
		}
		if done[path] {
			return true
		}
		// (a cache by key in a class the project defines is analysed as
		// its own code: where it stores is where the growth is)
		if st.Keyed && !helper && r.ix.Class(class) != nil {
			return true
		}
		// a cache by key: grows only with keys that differ per request
		// (those of the array given, for withContext([$k => $v]))
		keys := args[:min(1, len(args))]
		if st.KeysInArray {
			keys = nil
			if len(args) > 0 {
				if a, ok := args[0].(*ir.Array); ok {
					for _, it := range a.Items {
						if it.Key != nil {
							keys = append(keys, it.Key)
						}
					}
				}
			}
		}
		varying := slices.IndexFunc(keys, func(k ir.Expr) bool { return !r.boundedKey(fn, k) && r.keyConf(fn, k) != analyzer.Low })
		if st.Keyed && varying < 0 {
			return true
		}
		why, loopFn := "", fn
		loops := enclosingLoops(stack)
		for i := len(loops) - 1; i >= 0 && why == ""; i-- {
			if loopWhy, ok := prog.requestLoop(fn, loops[i]); ok {
				why = fmt.Sprintf("runs on every iteration of the %s at %s:%d", loopWhy, f.Path, loops[i].P.Line)
			}
		}
		if why == "" {
			ref, ok := prog.loopOf[fn]
			if !ok {
				return true
			}
			why, loopFn = prog.perIter[fn], ref.fn
		}
		if st.EnabledBy != "" && !callsOnPath(fn.Body, path, st.EnabledBy) && !callsOnPath(loopFn.Body, path, st.EnabledBy) {
			return true
		}
		if releasesLibrary(r, fn, st) || releasesLibrary(r, loopFn, st) || released(st) {
			return true
		}
		done[path] = true
		call, keeper := path+"->"+name+"()", shortName(class)
		if _, static := n.(*ir.StaticCall); static {
			call = path + "::" + name + "()"
		}
		if helper {
			call, keeper = path+" ("+st.Service+")", st.Service
		}
		release := fmt.Sprintf("nothing here empties it (%s())", st.Release)
		fix := st.Fix
		if names, failing := releasedOnFailure(r, prog, st); names != "" {
			release = fmt.Sprintf("what empties it (%s) runs only when a request fails (%s)", names, failing)
			fix = "Empty it after every message or request, not only when one fails (subscribe the same listener to WorkerMessageHandledEvent too). " + fix
		}
		grows := "it grows with every job or message"
		if st.Keyed {
			grows = "it grows with every key that differs per request"
			if p := analyzer.ExprPath(keys[varying]); p != "" {
				grows += " (" + p + ")"
			}
		}
		d := &analyzer.Diagnostic{
			File: f, Pos: at,
			Message: fmt.Sprintf("%s adds to %s, which %s keeps for as long as it lives, in code that %s, and %s: %s.",
				call, st.What, keeper, why, release, grows),
			Fix:        fix,
			Confidence: analyzer.Medium,
			Trace:      []analyzer.TraceStep{analyzer.Step(f, at, "%s adds to %s; this code %s", call, st.What, why)},
			LeakKey:    "library:" + strings.ToLower(class) + ":" + path,
		}
		byPath[path] = d
		found = append(found, d)
		return true
	})
	for _, d := range found {
		pass.Report(*d)
	}
}

// libraryState is the state a library keeps in objects of class, by the
// class or one of its ancestors.
func libraryState(r *resolver, class string) *builtins.LibraryState {
	if class == "" {
		return nil
	}
	if st := builtins.Library(class); st != nil {
		return st
	}
	for _, c := range r.ix.Lineage(class) {
		if st := builtins.Library(c.Name); st != nil {
			return st
		}
	}
	return nil
}

// releasesLibrary reports whether fn calls a method that empties st on
// an object of a class that keeps it.
func releasesLibrary(r *resolver, fn *ir.Func, st *builtins.LibraryState) bool {
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := n.(*ir.MethodCall); ok && st.Releases(mc.Name) && (libraryState(r, r.classOf(fn, mc.Recv)) == st || handedState(r, fn, mc.Recv, 3) == st) {
			found = true
		}
		return !found
	})
	return found
}

// releasedPerRequest reports whether code the worker model runs per
// request empties the library state (a listener the loop calls after
// each message: $entityManager->clear()).
func releasedPerRequest(r *resolver, prog *program, st *builtins.LibraryState) bool {
	if st.OctaneFlushes && prog.octaneConfig != "" {
		return true // Octane's own listener, after every request
	}
	for fn := range prog.perIter {
		if _, failing := prog.failureOnly[fn]; !failing && releasesLibrary(r, fn, st) {
			return true
		}
	}
	return false
}

// releasedOnFailure names the code that empties the library state only
// when a request fails (see onFailureOnly), and why; "" when none does.
func releasedOnFailure(r *resolver, prog *program, st *builtins.LibraryState) (string, string) {
	var names []string
	why := ""
	fns := slices.Collect(maps.Keys(prog.failureOnly))
	sort.Slice(fns, func(i, j int) bool { return funcOrder(fns[i], fns[j]) })
	for _, fn := range fns {
		if releasesLibrary(r, fn, st) {
			names = append(names, funcLabel(fn))
			if why == "" {
				why = prog.failureOnly[fn]
			}
		}
	}
	return strings.Join(names, ", "), why
}

// handedState is the library state of an object a library's registry
// hands out: $registry->getManager(), or an element of the list
// getManagers() returns (foreach ($this->registry->getManagers() as
// $manager) $manager->clear()); nil otherwise.
func handedState(r *resolver, fn *ir.Func, e ir.Expr, depth int) *builtins.LibraryState {
	if depth == 0 {
		return nil
	}
	switch x := e.(type) {
	case *ir.MethodCall:
		if x.Name == "" {
			return nil
		}
		class := r.classOf(fn, x.Recv)
		if class == "" {
			return nil
		}
		// the class itself (outside the project: no lineage), its
		// project ancestors and what they implement
		names := []string{class}
		for _, c := range r.ix.Lineage(class) {
			names = append(names, c.Name)
			names = append(names, c.Interfaces...)
		}
		for _, name := range names {
			if st := builtins.HandedOut(name, x.Name); st != nil {
				return st
			}
		}
	case *ir.Var:
		if x.Name == "" || x.Name == "this" {
			return nil
		}
		for _, n := range localTypers(fn)[x.Name] {
			switch n := n.(type) {
			case *ir.Loop:
				if st := handedState(r, fn, n.Iter, depth-1); st != nil {
					return st
				}
			case *ir.Assign:
				if st := handedState(r, fn, n.Src, depth-1); st != nil {
					return st
				}
			}
		}
	}
	return nil
}

// callsOnPath reports whether body calls method name on the object at
// path.
func callsOnPath(body []ir.Stmt, path, name string) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := n.(*ir.MethodCall); ok && strings.EqualFold(mc.Name, name) && analyzer.ExprPath(mc.Recv) == path {
			found = true
		}
		return !found
	})
	return found
}

// openReleasers drops from fns, the functions that remove from the place
// of growth g written in fn, the generators that remove from it only once
// they have run to their end (see completionRelease) when the write keeps
// that generator in the place itself and some consumer stops iterating it
// early (see abandonsEarly): a generator kept in the store is never
// destroyed, so its finally and the code after its last yield never run,
// and the entry stays. A consumer that iterates to the end runs them.
func (r *resolver) openReleasers(fn *ir.Func, g growth, fns []*ir.Func) ([]*ir.Func, *analyzer.TraceStep) {
	a, ok := g.Node.(*ir.Assign)
	if !ok || g.How != "key" {
		return fns, nil
	}
	gen := r.target(fn, a.Src)
	if gen == nil || !gen.Generator || !slices.Contains(fns, gen) || !completionRelease(gen, g.Place) {
		return fns, nil
	}
	caller, loop := r.abandonedEarly(fn, gen, a)
	if loop == nil {
		return fns, nil
	}
	step := analyzer.Step(caller.File, loop.P, "this loop stops before the end of the generator %s(), which removes its entry only when it runs to its end; kept in the store, the generator is never destroyed", gen.Name)
	var out []*ir.Func
	for _, rel := range fns {
		if rel != gen {
			out = append(out, rel)
		}
	}
	return out, &step
}

// completionRelease reports whether every removal of place in generator
// gen runs only once it has run to its end: in the finally of a try whose
// body yields, or after its last yield, outside any loop that yields.
func completionRelease(gen *ir.Func, place analyzer.Place) bool {
	scope := analyzer.NewScope(gen)
	return completionOnly(gen, func(n analyzer.Node) bool {
		return slices.ContainsFunc(removedPlaces(nil, scope, n), func(p analyzer.Place) bool { return p.Key() == place.Key() })
	})
}

// completionOnly reports whether there are nodes of generator gen that
// match says are wanted, and each runs only once gen has run to its end
// (or is destroyed): in the finally of a try whose body yields, or after
// its last yield, outside any loop that yields.
func completionOnly(gen *ir.Func, match func(n analyzer.Node) bool) bool {
	return completionOnlyAt(gen, match, true)
}

// pastLastYield reports whether every removal of place in generator gen
// comes after its last yield, outside any loop that yields and outside a
// finally block: code a generator destroyed before its end (a consumer's
// break) never runs, unlike a finally.
func pastLastYield(gen *ir.Func, place analyzer.Place) bool {
	scope := analyzer.NewScope(gen)
	return completionOnlyAt(gen, func(n analyzer.Node) bool {
		return slices.ContainsFunc(removedPlaces(nil, scope, n), func(p analyzer.Place) bool { return p.Key() == place.Key() })
	}, false)
}

// completionOnlyAt is completionOnly; finallyCounts: whether a finally of
// a try whose body yields counts as the end.
func completionOnlyAt(gen *ir.Func, match func(n analyzer.Node) bool, finallyCounts bool) bool {
	var yields []ir.Pos
	analyzer.Inspect(gen.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Yield:
			yields = append(yields, n.P)
		}
		return true
	})
	yieldsIn := func(span ir.Pos) bool {
		for _, y := range yields {
			if posWithin(y, span) {
				return true
			}
		}
		return false
	}
	found, all := false, true
	analyzer.Inspect(gen.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if _, ok := n.(*ir.Closure); ok {
			return false
		}
		if match(n) {
			found = true
			at := n.Span()
			late := true
			for _, y := range yields {
				if !(y.Line < at.Line || y.Line == at.Line && y.Col < at.Col) {
					late = false // a yield comes after it
				}
			}
			for _, s := range stack {
				if l, ok := s.(*ir.Loop); ok && yieldsIn(l.P) {
					late = false // it runs between the items of a loop that yields
				}
			}
			final := false
			for _, s := range stack {
				t, ok := s.(*ir.Try)
				if !ok || len(t.Finally) == 0 {
					continue
				}
				body := false
				for _, b := range t.Body {
					if yieldsIn(b.Span()) {
						body = true
					}
				}
				for _, f := range t.Finally {
					if body && posWithin(at, f.Span()) {
						final = true
					}
				}
			}
			if !(late && !final || final && finallyCounts) {
				all = false
			}
		}
		return all
	})
	return found && all
}

// abandonedEarly finds a consumer of the generator that the write a in
// fn keeps that stops iterating it before its end: a foreach over a call
// of gen, or of fn when fn returns what it stored, whose body leaves the
// loop (break, return). It returns the function and the loop.
func (r *resolver) abandonedEarly(fn, gen *ir.Func, a *ir.Assign) (*ir.Func, *ir.Loop) {
	targets := []*ir.Func{gen}
	returned := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if ret, ok := n.(*ir.Return); ok && ret.X != nil && (ret.X == ir.Expr(a) || sameExpr(ret.X, a.Dst)) {
			returned = true
		}
		return !returned
	})
	if returned {
		targets = append(targets, fn)
	}
	sites, _ := r.callSites()
	seen := map[*ir.Func]bool{}
	for _, t := range targets {
		for _, s := range sites[t] {
			if seen[s.caller] {
				continue
			}
			seen[s.caller] = true
			var early *ir.Loop
			analyzer.Inspect(s.caller.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if l, ok := n.(*ir.Loop); ok && l.Kind == ir.LoopForeach && l.Iter != nil {
					if it := r.target(s.caller, l.Iter); (it == gen || it == fn && returned) && leavesEarly(l.Body) {
						early = l
					}
				}
				return early == nil
			})
			if early != nil {
				return s.caller, early
			}
		}
	}
	return nil, nil
}

// leavesEarly reports whether a loop body can leave the loop before its
// end: a break that is not an inner loop's or switch's, or a return.
func leavesEarly(body []ir.Stmt) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Return:
			found = true
		case *ir.Jump:
			if n.Op != "break" {
				break
			}
			inner := false
			for _, s := range stack {
				switch s.(type) {
				case *ir.Loop, *ir.Switch:
					inner = true
				}
			}
			if !inner {
				found = true
			}
		}
		return !found
	})
	return found
}

// deadIn lists, once each and in order, the functions dead holds under
// any of keys.
func deadIn(dead map[string][]string, keys []string) []string {
	var out []string
	for _, k := range keys {
		for _, l := range dead[k] {
			if !slices.Contains(out, l) {
				out = append(out, l)
			}
		}
	}
	return out
}

// drainedByDispatch reports whether one of fns is an event loop's run():
// an endless loop (while (true), while ($this->running && …)) that calls
// the callbacks it is given and, in the same loop, takes the entries out
// of place (while (!$this->ticks->isEmpty()) ($this->ticks->dequeue())();).
// What a callback adds, the next turn of the loop takes out. untilEmpty:
// the entries are added by a callback that schedules itself again, so a
// loop that goes on until place is empty runs for as long as it does.
func (r *resolver) drainedByDispatch(fns []*ir.Func, place analyzer.Place, untilEmpty bool) bool {
	for _, fn := range fns {
		found := false
		scope := analyzer.NewScope(fn)
		analyzer.InspectFunc(fn, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
			l, ok := n.(*ir.Loop)
			// (or, for a callback that schedules itself, one that
			// runs until the queue is empty: the callback keeps it going)
			if !ok || found || l.Kind == ir.LoopForeach {
				return !found
			}
			if !endlessCond(l.Cond) && (!untilEmpty || place.Kind != analyzer.PlaceThisProp || r.drainsUntilEmpty(fn, l) != place.Name) {
				// (or a loop that runs the callbacks and, on every turn,
				// empties place in a loop of its own: do { while
				// (!$this->ticks->isEmpty()) ($this->ticks->dequeue())();
				// … } while ($more): what a turn adds, the next one
				// takes out, and when the loop ends the worker stops)
				found = place.Kind == analyzer.PlaceThisProp && callsCallable(l.Body) && slices.ContainsFunc(l.Body, func(st ir.Stmt) bool {
					in, ok := st.(*ir.Loop)
					return ok && r.drainsUntilEmpty(fn, in) == place.Name
				})
				return !found
			}
			found = callsCallable(l.Body) && removedIn(r, scope, l.Body, place)
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// endlessCond reports whether a loop condition holds until the worker
// stops: true, or a stop flag ($this->running), alone or as one side of
// &&.
func endlessCond(c ir.Expr) bool {
	if c == nil || isTrue(c) || isStopFlag(c) {
		return true
	}
	if o, ok := c.(*ir.Other); ok && o.Op == "&&" {
		return slices.ContainsFunc(o.Args, endlessCond)
	}
	return false
}

// callsCallable reports whether body calls a callable it holds:
// $callback(), ($this->queue->dequeue())(), call_user_func($cb).
func callsCallable(body []ir.Stmt) bool {
	found := false
	analyzer.InspectKinds(body, analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.Call); ok {
			switch {
			case c.Name == "" && c.Callee != nil,
				analyzer.CallName(c) == "call_user_func", analyzer.CallName(c) == "call_user_func_array":
				found = true
			}
		}
		return !found
	})
	return found
}

// yieldBeforeOwnRemoval is, for a generator that adds to place at from
// and removes from it again later in its body (outside a finally) with a
// yield in between, a caller that stops iterating it before its end (a
// foreach over a call of it whose body breaks or returns), and that loop.
func (r *resolver) yieldBeforeOwnRemoval(scope *analyzer.Scope, place analyzer.Place, from ir.Pos) (*ir.Func, *ir.Loop, bool) {
	fn := scope.Fn
	if !fn.Generator {
		return nil, nil, false
	}
	rem, ok := r.ownRemovalAfter(scope, place, from)
	if !ok {
		return nil, nil, false
	}
	yields := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Yield:
			yields = posBefore(from, n.P) && posBefore(n.P, rem)
		}
		return !yields
	})
	if !yields {
		return nil, nil, false
	}
	sites, _ := r.callSites()
	seen := map[*ir.Func]bool{}
	for _, s := range sites[fn] {
		if seen[s.caller] {
			continue
		}
		seen[s.caller] = true
		var early *ir.Loop
		analyzer.InspectFunc(s.caller, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
			if l, ok := n.(*ir.Loop); ok && l.Kind == ir.LoopForeach && l.Iter != nil && r.target(s.caller, l.Iter) == fn && leavesEarly(l.Body) {
				early = l
			}
			return early == nil
		})
		if early != nil {
			return s.caller, early, true
		}
	}
	return nil, nil, false
}

// notSelfHeld splits the removers of a store written by growth g in fn:
// those that run only from the destructor of the very object the write
// stores (a statement that registers itself with its connection in its
// constructor and deregisters in __destruct) cannot run while the entry
// holds that object, whose refcount never drops to zero; the others.
func (r *resolver) notSelfHeld(fn *ir.Func, g growth, removers []*ir.Func) (live, dtor []*ir.Func) {
	a, ok := g.Node.(*ir.Assign)
	if !ok || a.Op != "=" || len(removers) == 0 {
		return removers, nil
	}
	held := ""
	if i := paramIndex(fn, a.Src); i >= 0 {
		held = r.firstClass(fn.Params[i].TypeHints())
	} else if _, isVar := a.Src.(*ir.Var); isVar {
		held = r.classOf(fn, a.Src)
	}
	if held == "" || r.ix.Class(held) == nil {
		return removers, nil
	}
	for _, m := range removers {
		if d := r.selfHeldDestructor(m); d != nil && slices.ContainsFunc(r.ix.Lineage(d.Class.Name), func(c *ir.Class) bool { return strings.EqualFold(c.Name, held) }) {
			dtor = append(dtor, m)
			continue
		}
		if gen, _ := r.selfHeldGenerator(m, held); gen != nil {
			dtor = append(dtor, m)
			continue
		}
		live = append(live, m)
	}
	return live, dtor
}

// heldWhileSuspended reports whether the generator fn makes with the call
// v and keeps at place keeps its object reachable from a long-lived one
// for as long as it is suspended: before its first yield its body hands
// $this to a method of a long-lived object that stores it, it takes $this
// back only through a method that runs when it ends (see
// selfHeldGenerator), and every object made starts it (a method of the
// class that steps it is called on every new object, or fn steps it
// itself). Suspended, the object is kept (growth, for
// service-state-growth); finished, the generator has let go of $this:
// never a garbage cycle.
func (r *resolver) heldWhileSuspended(prog *program, fn *ir.Func, v ir.Expr, place analyzer.Place) bool {
	mc, ok := v.(*ir.MethodCall)
	if !ok || !analyzer.IsThis(mc.Recv) {
		return false
	}
	gen := r.target(fn, mc)
	if gen == nil || !gen.Generator || gen.Class == nil {
		return false
	}
	yields := func(n analyzer.Node) bool {
		found := false
		analyzer.Inspect([]ir.Stmt{n.(ir.Stmt)}, func(x analyzer.Node, _ []analyzer.Node) bool {
			_, found = x.(*ir.Yield)
			return !found
		})
		return found
	}
	registered := false
	for _, st := range gen.Body {
		if yields(st) {
			break
		}
		es, ok := st.(*ir.ExprStmt)
		if !ok {
			continue
		}
		c, ok := es.X.(*ir.MethodCall)
		if !ok || analyzer.IsThis(c.Recv) {
			continue
		}
		i := slices.IndexFunc(c.Args, analyzer.IsThis)
		t := r.target(gen, c)
		if i < 0 || t == nil || t.Class == nil || t.Static || i >= len(t.Params) || !prog.longLivedClass(t.Class.Name) {
			continue
		}
		if _, stored := storesParamInThis(t, t.Params[i].Name); !stored {
			continue
		}
		// and takes it back only once it ends
		sites, _ := r.callSites()
		for _, m := range t.Class.Methods {
			if m != t && slices.ContainsFunc(sites[m], func(s callSite) bool { return s.caller == gen }) {
				if g, _ := r.selfHeldGenerator(m, gen.Class.Name); g == gen {
					registered = true
				}
			}
		}
	}
	if !registered {
		return false
	}
	// started on every object
	if !strings.EqualFold(fn.Name, "__construct") && stepsGenerator(fn.Body, place) {
		return true
	}
	starters := map[string]bool{}
	for _, m := range generatorSteppers(fn.ThisClass(), place) {
		if m != fn {
			starters[strings.ToLower(m.Name)] = true
		}
	}
	return len(starters) > 0 && r.everyCallerCallsAfter(fn, starters)
}

// stepsGenerator reports whether body runs the generator kept at place
// (valid(), current(), next(), … on it, or a foreach over it).
func stepsGenerator(body []ir.Stmt, place analyzer.Place) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.MethodCall:
			switch strings.ToLower(n.Name) {
			case "valid", "current", "key", "next", "send", "rewind":
				found = analyzer.ExprPath(n.Recv) == place.String()
			}
		case *ir.Loop:
			found = n.Kind == ir.LoopForeach && analyzer.ExprPath(n.Iter) == place.String()
		}
		return !found
	})
	return found
}

// generatorSteppers lists the methods of c that run the generator kept
// at place (see stepsGenerator).
func generatorSteppers(c *ir.Class, place analyzer.Place) []*ir.Func {
	var out []*ir.Func
	for _, m := range c.Methods {
		if !m.Static && stepsGenerator(m.Body, place) {
			out = append(out, m)
		}
	}
	return out
}

// storesParamInThis reports whether m stores its parameter name, as it
// is, in a property of $this (or an element of one), and which.
func storesParamInThis(m *ir.Func, name string) (string, bool) {
	scope := analyzer.NewScope(m)
	prop := ""
	analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok || prop != "" {
			return prop == ""
		}
		if v, ok := a.Src.(*ir.Var); !ok || v.Name != name || a.Op != "=" {
			return true
		}
		if place, _, ok := scope.PlaceOf(a.Dst); ok && place.Kind == analyzer.PlaceThisProp {
			prop = place.Name
		}
		return prop == ""
	})
	return prop, prop != ""
}

// selfHeldGenerator is the generator method every call of m is made in,
// when each call hands m that generator's $this and sits where only the
// generator's end runs it (a finally around its yields, or after its last
// yield), and the generator is kept in a property of its own object that
// nothing runs to its end (see generatorFinishes): a generator left
// suspended runs its finally only when destroyed, which it is only with
// the object that keeps it. held, when set, is the class of that object
// (or one it inherits from). It returns the generator and the property;
// nil when m has other callers or none.
func (r *resolver) selfHeldGenerator(m *ir.Func, held string) (*ir.Func, string) {
	sites, _ := r.callSites()
	var gen *ir.Func
	for _, s := range sites[m] {
		c := s.caller
		if !c.Generator || c.Kind != ir.FuncMethod || c.Static || c.Class == nil || gen != nil && gen != c || s.at == (ir.Pos{}) ||
			!slices.ContainsFunc(s.args, analyzer.IsThis) {
			return nil, ""
		}
		gen = c
	}
	if gen == nil || held != "" && !slices.ContainsFunc(r.ix.Lineage(held), func(c *ir.Class) bool { return c == gen.Class }) {
		return nil, ""
	}
	var at []ir.Pos
	for _, s := range sites[m] {
		at = append(at, s.at)
	}
	if !completionOnly(gen, func(n analyzer.Node) bool { return slices.Contains(at, n.Span()) }) {
		return nil, ""
	}
	// the generator kept on its object: $this->lines = $this->lines()
	owner := held
	if owner == "" {
		owner = gen.Class.Name
	}
	for _, c := range r.ix.Lineage(owner) {
		for _, k := range c.Methods {
			if k.Static {
				continue
			}
			scope := analyzer.NewScope(k)
			found, kept := "", false
			analyzer.InspectFunc(k, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
				a, ok := n.(*ir.Assign)
				if !ok || found != "" {
					return found == ""
				}
				mc, ok := a.Src.(*ir.MethodCall)
				if !ok || !analyzer.IsThis(mc.Recv) || r.target(k, mc) != gen {
					return true
				}
				place, d, ok := scope.PlaceOf(a.Dst)
				if !ok || len(d) > 0 || place.Kind != analyzer.PlaceThisProp {
					return true
				}
				// (and something runs it: a generator never started
				// has run none of its body)
				sites, _ := r.callSites()
				started := stepsGenerator(k.Body, place) || slices.ContainsFunc(generatorSteppers(c, place), func(m *ir.Func) bool { return len(sites[m]) > 0 })
				found, kept = place.String(), started && !r.generatorFinishes(k, a.Src, place)
				return false
			})
			if found != "" {
				if !kept {
					return nil, ""
				}
				return gen, found
			}
		}
	}
	return nil, ""
}

// selfHeldDestructor is the one destructor every call of m is made in,
// nil when m has other callers or none.
func (r *resolver) selfHeldDestructor(m *ir.Func) *ir.Func {
	sites, _ := r.callSites()
	var d *ir.Func
	for _, s := range sites[m] {
		c := s.caller
		if c.Kind != ir.FuncMethod || c.Class == nil || !strings.EqualFold(c.Name, "__destruct") || d != nil && d != c {
			return nil
		}
		d = c
	}
	return d
}

// foreignDetach finds, among the methods of class's lineage, a detach()
// or offsetUnset() of the property at place that removes nothing: given
// an object of another class than the keys (see detachesForeignKey), or
// one made for the call (fresh, see detachesFreshKey). It returns the
// method and the call; nil when there is none.
func (r *resolver) foreignDetach(class string, place analyzer.Place) (*ir.Func, *ir.MethodCall, bool) {
	for _, c := range r.ix.Lineage(class) {
		for _, m := range c.Methods {
			scope := analyzer.NewScope(m)
			var found *ir.MethodCall
			fresh := false
			analyzer.InspectFunc(m, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
				if mc, ok := n.(*ir.MethodCall); ok && found == nil {
					if p, d, ok := scope.PlaceOf(mc.Recv); ok && len(d) == 0 && p.Key() == place.Key() {
						if r.detachesForeignKey(scope, mc) {
							found = mc
						} else if r.detachesFreshKey(scope, mc) {
							found, fresh = mc, true
						}
					}
				}
				return found == nil
			})
			if found != nil {
				return m, found, fresh
			}
		}
	}
	return nil, nil, false
}

// uncutSliceOf finds, among the methods of class's lineage, an
// assignment of the place (or a list under one of its keys) to a slice of
// itself from a size that is 0 on every object (see uncutSlice): the
// method, the assignment and the size; nils when there is none.
func (r *resolver) uncutSliceOf(class string, place analyzer.Place) (*ir.Func, *ir.Assign, ir.Expr) {
	for _, c := range r.ix.Lineage(class) {
		for _, m := range c.Methods {
			var scope *analyzer.Scope
			var found *ir.Assign
			var size ir.Expr
			analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
				a := n.(*ir.Assign)
				if a.Op != "=" {
					return true
				}
				if _, ok := a.Src.(*ir.Call); !ok {
					return true
				}
				if scope == nil {
					scope = analyzer.NewScope(m)
				}
				if p, _, ok := scope.PlaceOf(a.Dst); ok && p.Key() == place.Key() {
					if e := r.uncutSlice(m, a); e != nil {
						found, size = a, e
					}
				}
				return found == nil
			})
			if found != nil {
				return m, found, size
			}
		}
	}
	return nil, nil, nil
}
