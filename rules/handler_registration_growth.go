package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// HandlerRegistrationGrowth flags handlers and listeners registered on
// process-wide stacks or long-lived dispatchers on every request or job.
var HandlerRegistrationGrowth = &analyzer.Analyzer{
	ID:       "handler-registration-growth",
	Kind:     analyzer.Growth,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Handler or listener registered on every request or job and never removed",
		Text: "`register_shutdown_function()`, `set_error_handler()`, `set_exception_handler()` and\n" +
			"`spl_autoload_register()` add to engine-wide stacks that live as long as the process; an event\n" +
			"listener added to a long-lived dispatcher lives as long as the dispatcher. Registering one in\n" +
			"code that runs per request or job, without removing it again, grows those stacks (and keeps\n" +
			"everything the callbacks capture) until the worker is killed. A hook or event registry of the\n" +
			"project that keeps callbacks under their object hash (`spl_object_hash()`, `spl_object_id()`),\n" +
			"as WordPress's `add_action()` does, grows the same way when it is handed a new closure, a\n" +
			"first-class callable or a new object per request: a function's name is the same key every time,\n" +
			"a new object is a new key. So do Eloquent model events registered per request\n" +
			"(`Post::saving(fn …)`: a listener on the dispatcher Eloquent shares) and repeating timers\n" +
			"started per connection (Workerman's `Timer::add()`, Swoole's `Timer::tick()`, ReactPHP's\n" +
			"`Loop::addPeriodicTimer()`) that nothing stops, or that the function which starts them\n" +
			"stops only after a return that can come first (stop it in a `finally` block).\n\n" +
			"Not flagged: registrations undone in the same function (`restore_error_handler()`,\n" +
			"`spl_autoload_unregister()`, `removeListener()`/`off()`, also in `finally`), autoloaders\n" +
			"registered by name (PHP ignores duplicates), registrations outside per-request code. Where\n" +
			"phpleak cannot tell when the registering code runs, the finding has medium confidence.",
		Leaking: `use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ImportHandler
{
    public function __invoke(ImportFile $message): void
    {
        set_error_handler(fn (int $no, string $msg) => $this->warnings[] = $msg);
        $this->importer->import($message->path); // the handler is never restored
    }
}`,
		Fixed: `use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class ImportHandler
{
    public function __invoke(ImportFile $message): void
    {
        set_error_handler(fn (int $no, string $msg) => $this->warnings[] = $msg);
        try {
            $this->importer->import($message->path);
        } finally {
            restore_error_handler();
        }
    }
}`,
	},
	Prepare: prepareShared,
	Run:     runHandlerRegistrationGrowth,
}

// keepsListener reports whether project method m may keep a listener in
// its own object or elsewhere: it stores into a property of $this, or
// hands to a method of $this or of one of its properties, to a static
// method or to a function, a closure, a callable array, a new object, or
// a parameter that may be a listener (any but a scalar or an array). A
// subscribe() that registers its closures on the connection it is given
// keeps none.
func keepsListener(m *ir.Func) bool { return keepsListenerDepth(m, 2) }

// keepsListenerDepth is keepsListener, following a call of a method of
// $this's own class ($this->relayTo($conn, …), a helper that makes the
// closure) down to depth calls: such a call keeps what the method keeps.
func keepsListenerDepth(m *ir.Func, depth int) bool {
	listenerParam := map[string]bool{}
	for _, p := range m.Params {
		may := len(p.Types) == 0
		for _, t := range p.Types {
			switch strings.ToLower(t) {
			case "string", "int", "float", "bool", "array", "null", "false", "true":
			default:
				may = true
			}
		}
		listenerParam[p.Name] = may
	}
	carries := func(e ir.Expr) bool {
		found := false
		analyzer.Inspect([]ir.Stmt{&ir.ExprStmt{X: e}}, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch x := n.(type) {
			case *ir.Closure, *ir.New, *ir.Array:
				found = true
			case *ir.Var:
				found = found || listenerParam[x.Name]
			case *ir.MethodCall:
				found = found || x.FirstClass
			case *ir.Call:
				found = found || x.FirstClass
			case *ir.StaticCall:
				found = found || x.FirstClass
			}
			return !found
		})
		return found
	}
	onThis := func(e ir.Expr) bool {
		for {
			switch x := e.(type) {
			case *ir.Dim:
				e = x.Base
			case *ir.Prop:
				e = x.Obj
			case *ir.StaticProp:
				return true
			case *ir.Var:
				return x.Name == "this"
			default:
				return false
			}
		}
	}
	keeps := false
	analyzer.InspectFunc(m, analyzer.KAssign|analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch x := n.(type) {
		case *ir.Assign:
			keeps = keeps || onThis(x.Dst) && carries(x.Src)
		case *ir.MethodCall:
			if !onThis(x.Recv) || !slices.ContainsFunc(x.Args, carries) {
				break
			}
			// $this->relayTo($conn, $id): a method of the class, which
			// keeps what it keeps
			if own := ownMethod(m, x); own != nil && depth > 0 {
				keeps = keeps || keepsListenerDepth(own, depth-1)
				break
			}
			keeps = true
		case *ir.StaticCall:
			// (a facade's or a static registry's add)
			keeps = keeps || slices.ContainsFunc(x.Args, carries)
		case *ir.Call:
			// (add_action($hook, $callback): the engine's or the
			// project's own registry)
			keeps = keeps || slices.ContainsFunc(x.Args, carries)
		}
		return !keeps
	})
	return keeps
}

// ownMethod is the method of m's own class that c, a call on $this
// itself, runs; nil when the class declares none with a body.
func ownMethod(m *ir.Func, c *ir.MethodCall) *ir.Func {
	if !analyzer.IsThis(c.Recv) || m.Class == nil || c.Name == "" {
		return nil
	}
	for _, own := range m.Class.Methods {
		if strings.EqualFold(own.Name, c.Name) && !own.Abstract && len(own.Body) > 0 {
			return own
		}
	}
	return nil
}

var listenerAdd = map[string]bool{
	"addlistener": true, "on": true, "listen": true, "subscribe": true, "addsubscriber": true,
	"addeventlistener": true,
}

// storesWeakly reports whether project method m keeps what it is given
// only in WeakMaps of its object: a property that is one, or whose
// elements are ($this->subscribers[$topic][$connection] = $sub, each
// topic's map made with new WeakMap()).
func storesWeakly(r *resolver, m *ir.Func) bool {
	if m == nil || m.Abstract || m.ThisClass() == nil {
		return false
	}
	// (asked for every call of a listener-named method: one walk of the
	// method, kept)
	return analyzer.FuncMemo(m, storesWeaklyKey{}, func() bool { return findStoresWeakly(r, m) })
}

type storesWeaklyKey struct{}

func findStoresWeakly(r *resolver, m *ir.Func) bool {
	class := m.ThisClass().Name
	return everyElementStore(m, func(_ *ir.Assign, place analyzer.Place, dims []*ir.Dim) bool {
		return r.isWeakMap(m, place) || len(dims) >= 2 && r.weakMapElements(class, place.Name)
	})
}

// everyElementStore reports whether m writes into an element of an array
// property of $this ($this->p[$k] = …) and every such write is one
// match says yes to.
func everyElementStore(m *ir.Func, match func(a *ir.Assign, place analyzer.Place, dims []*ir.Dim) bool) bool {
	scope := analyzer.NewScope(m)
	stores, matched := 0, 0
	analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok {
			return true
		}
		place, dims, ok := scope.PlaceOf(a.Dst)
		if !ok || place.Kind != analyzer.PlaceThisProp || len(dims) == 0 {
			return true
		}
		stores++
		if match(a, place, dims) {
			matched++
		}
		return true
	})
	return stores > 0 && matched == stores
}

var listenerRemove = map[string]bool{
	"removelistener": true, "off": true, "unsubscribe": true, "removesubscriber": true,
	"removeeventlistener": true, "detach": true, "forget": true, "removealllisteners": true,
}

// logStacks are the methods of Monolog's Logger that push onto its
// processor and handler stacks, each with the method that pops it off
// and what it pushes, for messages: a processor pushed per request and
// never popped stays, with what its closure captures.
var logStacks = map[string]struct{ pop, what string }{
	"pushprocessor": {"popprocessor", "a log processor"},
	"pushhandler":   {"pophandler", "a log handler"},
}

// removesFrom reports whether a method named name (lower case) takes
// back what was added to its object: a listener removal, or a pop of
// Monolog's stacks or of another pushX()/popX() pair (see stackPop).
func removesFrom(name string) bool {
	if listenerRemove[name] {
		return true
	}
	for _, ls := range logStacks {
		if ls.pop == name {
			return true
		}
	}
	return len(name) > len("pop") && strings.HasPrefix(name, "pop")
}

// stackPop is, for a call pushX() on an object whose class phpleak does
// not see (a library's: Sentry's Hub::pushScope(), a template engine's
// pushScope($vars)), the popX() that the calling function itself makes
// on the same object: a pair that pushes onto a stack the object keeps
// and pops it off again. "" when the name is no push or fn pops nothing.
func (r *resolver) stackPop(fn *ir.Func, c *ir.MethodCall) string {
	name := strings.ToLower(c.Name)
	rest, ok := strings.CutPrefix(name, "push")
	if !ok || rest == "" {
		return ""
	}
	pop, path, found := "pop"+rest, r.getterPath(fn, c.Recv), false
	if path == "" {
		return ""
	}
	analyzer.InspectFunc(fn, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		if m, ok := n.(*ir.MethodCall); ok && strings.EqualFold(m.Name, pop) && r.getterPath(fn, m.Recv) == path {
			found = true
		}
		return !found
	})
	if !found {
		return ""
	}
	return pop
}

// recvPath is analyzer.ExprPath, and for what a static method without
// arguments hands out (SentrySdk::getCurrentHub()) that call as written:
// called twice, it answers the same object.
func recvPath(e ir.Expr) string {
	if p := analyzer.ExprPath(e); p != "" {
		return p
	}
	if sc, ok := e.(*ir.StaticCall); ok && len(sc.Args) == 0 && sc.Class != "" && sc.Name != "" && !isLateBound(sc.Class) {
		return shortName(sc.Class) + "::" + sc.Name + "()"
	}
	return ""
}

// getterPath is recvPath, and for a getter of $this without arguments
// ($this->log()) the property it returns ($this->logger), or else the
// call as written: the same object each time it is asked.
func (r *resolver) getterPath(fn *ir.Func, e ir.Expr) string {
	if p := recvPath(e); p != "" {
		return p
	}
	mc, ok := e.(*ir.MethodCall)
	if !ok || len(mc.Args) != 0 || !analyzer.IsThis(mc.Recv) || mc.Name == "" || mc.Nullsafe {
		return ""
	}
	if f := r.flow(r.method(fn, mc)); f != nil && f.getter != "" {
		return "$this->" + f.getter
	}
	return "$this->" + mc.Name + "()"
}

// libraryInstance is, for a receiver that a static accessor of a class
// outside the project hands out (SentrySdk::getCurrentHub(),
// Registry::getInstance(), directly or through a local assigned it
// once), that accessor as written; "" otherwise. Such an accessor
// answers one instance for the life of the process.
func libraryInstance(r *resolver, fn *ir.Func, e ir.Expr) string {
	if v, ok := e.(*ir.Var); ok && v.Name != "this" {
		e = assignedOnce(fn)[v.Name]
	}
	if mc, ok := e.(*ir.MethodCall); ok && analyzer.IsThis(mc.Recv) && len(mc.Args) == 0 {
		// $this->log() returning Registry::getInstance(static::CHANNEL)
		if t := r.method(fn, mc); t != nil {
			if rets := returned(t); len(rets) == 1 {
				fn, e = t, rets[0]
			}
		}
	}
	sc, ok := e.(*ir.StaticCall)
	if !ok || sc.Class == "" || isLateBound(sc.Class) || r.ix.ProjectClass(sc.Class) != nil ||
		slices.ContainsFunc(sc.Args, func(a ir.Expr) bool { return !r.valueBounded(fn, a) }) {
		return ""
	}
	name := strings.ToLower(sc.Name)
	if name == "getinstance" || name == "instance" || strings.HasPrefix(name, "getcurrent") {
		return shortName(sc.Class) + "::" + sc.Name + "()"
	}
	return ""
}

func runHandlerRegistrationGrowth(pass *analyzer.Pass) {
	r := sharedResolver(pass)
	prog := sharedProgram(pass)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			_, perIter := prog.perIter[fn]
			scope := analyzer.NewScope(fn)
			reported := map[analyzer.Node]bool{}
			report := func(n analyzer.Node, d analyzer.Diagnostic) {
				reported[n] = true
				pass.Report(d)
			}
			// registration checks one call; the identity-registry check
			// (see identityRegistration) runs on the calls it leaves
			registration := func(n analyzer.Node, stack []analyzer.Node, why string) {
				if why == "" {
					return
				}
				switch c := n.(type) {
				case *ir.Call:
					name := analyzer.CallName(c)
					reg, ok := builtins.Registers(name)
					// a keyed registration grows only with names that
					// differ per request
					keyed := ok && reg.Keyed && len(c.Args) > 0 && !r.boundedKey(fn, c.Args[0])
					ok = ok && (reg.Stacks || keyed)
					undo := reg.Undo
					if !ok || (undo != "" && (callsFunction(fn, undo) || prog.undonePerRequest(undo))) {
						return
					}
					if name == "spl_autoload_register" && (len(c.Args) == 0 || analyzer.IsConstant(c.Args[0]) || isStaticCallable(c.Args[0]) ||
						thisCallable(c.Args[0]) && thisLong(pass, fn)) {
						// PHP ignores a second registration of the same
						// callable: [$this, 'loadClass'] of one shared loader
						return
					}
					if runsOnceGuarded(fn, scope, stack, c, sharedFlagResets(pass), thisLong(pass, fn)) {
						return
					}
					fix := "Register it once at boot instead of per request."
					if undo != "" {
						fix = fmt.Sprintf("Call %s() in a finally block after the work, or register it once at boot.", undo)
					}
					if keyed && !reg.Stacks {
						report(n, analyzer.Diagnostic{
							File: f, Pos: c.P,
							Message: fmt.Sprintf("%s() registers under a name (%s) that differs per call, in code that %s: the process keeps one entry per name, so the registry grows with every request or job.",
								name, keyText(c.Args[0]), why),
							Fix:        "Register under a fixed name once at boot, and pass per-request values as parameters.",
							Confidence: r.keyConf(fn, c.Args[0]),
							Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "%s() registers a new name; this code %s", name, why)},
						})
						return
					}
					report(n, analyzer.Diagnostic{
						File: f, Pos: c.P,
						Message: fmt.Sprintf("%s() adds to a process-wide stack in code that %s, and it is never undone: the stack, and everything the callback holds, grows with every request or job.",
							name, why),
						Fix:        fix,
						Confidence: analyzer.High,
						Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "%s() registers a callback; this code %s", name, why)},
					})
				case *ir.StaticCall:
					name := strings.ToLower(c.Name)
					switch {
					case listenerAdd[name] && len(c.Args) > 0 && r.isFacade(c.Class):
						// Event::listen(...): the facade's dispatcher is a
						// container singleton
						if removesStaticListener(fn.Body, c.Class) {
							return
						}
						// the facade's service, a project class the
						// container forgets after every request (scoped(),
						// Octane's flush list), takes its listeners with it
						if svc := r.facadeService(c.Class); svc != "" {
							if why := prog.requestLived[strings.ToLower(svc)]; why != "" && !prog.longLivedClass(svc) {
								debugf(analyzer.Diagnostic{File: f, Pos: c.P}, "listener added through the %s facade to a request-lived service: %s", shortName(c.Class), why)
								return
							}
						}
						report(n, analyzer.Diagnostic{
							File: f, Pos: c.P,
							Message: fmt.Sprintf("%s::%s() adds a listener to the dispatcher behind the %s facade, a container singleton, in code that %s, and nothing removes it: the listener list, and everything the listener captures, grows with every request or job.",
								shortName(c.Class), c.Name, shortName(c.Class), why),
							Fix:        "Register listeners once at boot (a service provider's boot()), or remove the listener when the request ends.",
							Confidence: analyzer.High,
							Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "listener added through the %s facade; this code %s", shortName(c.Class), why)},
						})
					case name != "" && name == timerAdd(c.Class) && len(c.Args) >= 2 && !(len(c.Args) >= 4 && isFalse(c.Args[3])) && !r.cancelsTimers(c.Class):
						// Timer::add(1.0, fn …) per connection: a
						// persistent timer the event loop keeps until
						// Timer::del()
						report(n, analyzer.Diagnostic{
							File: f, Pos: c.P,
							Message: fmt.Sprintf("%s::%s() starts a repeating timer in code that %s, and nothing in the project stops timers: the event loop keeps every timer, and what its callback captures, for the life of the worker.",
								shortName(c.Class), c.Name, why),
							Fix:        fmt.Sprintf("Keep the timer id and stop it when the connection closes (%s::%s($id) in onClose), or start one timer at worker start.", shortName(c.Class), timerDel(c.Class)),
							Confidence: analyzer.High,
							Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "repeating timer started; this code %s", why)},
						})
					case name != "" && name == timerAdd(c.Class) && len(c.Args) >= 2 && !(len(c.Args) >= 4 && isFalse(c.Args[3])) && r.cancelsTimers(c.Class):
						// $watchdog = Loop::addPeriodicTimer(…); … return …;
						// Loop::cancelTimer($watchdog): stopped on one path
						ret, cancel := r.timerCancelSkipped(fn, c)
						if ret == nil {
							return
						}
						report(n, analyzer.Diagnostic{
							File: f, Pos: c.P,
							Message: fmt.Sprintf("%s::%s() starts a repeating timer in code that %s, and %s can return (%s:%d) before it stops the timer at line %d: on that path the event loop keeps the timer, and what its callback captures, for the life of the worker.",
								shortName(c.Class), c.Name, why, funcLabel(fn), f.Path, ret.P.Line, cancel.P.Line),
							Fix:        fmt.Sprintf("Stop the timer in a finally block (try { … } finally { %s::%s($id); }), so it stops on every way out, early returns included.", shortName(c.Class), timerDel(c.Class)),
							Confidence: analyzer.High,
							Trace: []analyzer.TraceStep{
								analyzer.Step(f, c.P, "repeating timer started; this code %s", why),
								analyzer.Step(f, ret.P, "returns without stopping it"),
							},
						})
					case eloquentEvents[name] && len(c.Args) > 0 && r.ix.Implements(c.Class, eloquentModel) && !callsStatic(fn.Body, c.Class, "flusheventlisteners"):
						// Post::saving(fn …): a listener on the model's
						// event dispatcher, a container singleton
						report(n, analyzer.Diagnostic{
							File: f, Pos: c.P,
							Message: fmt.Sprintf("%s::%s() adds a model event listener to the event dispatcher Eloquent shares for the life of the worker, in code that %s, and nothing removes it: every request adds one more listener (and what its closure captures), and each runs on every later %s.",
								shortName(c.Class), c.Name, why, c.Name),
							Fix:        "Register model events once, in the model's booted() method or a service provider's boot(), and read per-request values inside the listener instead of capturing them.",
							Confidence: analyzer.High,
							Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "model event listener added; this code %s", why)},
						})
					case name == "macro" && len(c.Args) >= 2 && !r.boundedKey(fn, c.Args[0]):
						// Macroable::macro($name, …): a static registry keyed
						// by name; a name built per request adds an entry
						// every time
						report(n, analyzer.Diagnostic{
							File: f, Pos: c.P,
							Message: fmt.Sprintf("%s::macro() registers a macro under a name computed in code that %s: macros live in a static registry for the life of the process, so every new name (and what its closure captures) stays.",
								shortName(c.Class), why),
							Fix:        "Register macros once at boot under a fixed name, and pass per-request values (the tenant, the user) as arguments.",
							Confidence: analyzer.Medium,
							Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "macro registered under a per-request name; this code %s", why)},
						})
					}
				case *ir.MethodCall:
					if strings.EqualFold(c.Name, "addPeriodicTimer") && len(c.Args) >= 2 && reactLoop(r.classOf(fn, c.Recv)) && !r.cancelsLoopTimers() {
						// $this->loop->addPeriodicTimer(15, fn …) per
						// request on ReactPHP's loop, as Loop::addPeriodicTimer
						loop := analyzer.ExprPath(c.Recv)
						if loop == "" {
							loop = "$loop"
						}
						report(n, analyzer.Diagnostic{
							File: f, Pos: c.P,
							Message: fmt.Sprintf("%s->addPeriodicTimer() starts a repeating timer on the event loop in code that %s, and nothing in the project stops timers: the loop keeps every timer, and what its callback captures, for the life of the worker.",
								loop, why),
							Fix:        fmt.Sprintf("Keep the timer and stop it when the request or connection ends (%s->cancelTimer($timer), e.g. in a close handler), or start one timer at worker start.", loop),
							Confidence: analyzer.High,
							Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "repeating timer started; this code %s", why)},
						})
						return
					}
					_, logStack := logStacks[strings.ToLower(c.Name)]
					// (a library's pushX() the function pops again: only
					// a pop it can skip is reported)
					pairPop := ""
					if !listenerAdd[strings.ToLower(c.Name)] && !logStack && r.method(fn, c) == nil && !analyzer.IsThis(c.Recv) {
						pairPop = r.stackPop(fn, c)
					}
					if !listenerAdd[strings.ToLower(c.Name)] && !logStack && pairPop == "" || len(c.Args) == 0 && pairPop == "" || analyzer.IsThis(c.Recv) {
						return
					}
					if runsOnceGuarded(fn, scope, stack, c, sharedFlagResets(pass), thisLong(pass, fn)) {
						return // if (!$this->installed) { …->pushProcessor(…); $this->installed = true; }
					}
					class := r.classOf(fn, c.Recv)
					lifetime, long := prog.isLongLived(class)
					if acc := libraryInstance(r, fn, c.Recv); (class == "" || !long) && (pairPop != "" || logStack) && acc != "" {
						// a library's hub pushed onto and popped here
						class, long = "object from "+acc, true
						lifetime = fmt.Sprintf("%s hands out one instance for the life of the process", acc)
					}
					if class == "" || !long {
						return
					}
					if perIter && prog.freshReceiver(fn, c.Recv) {
						return // clone $this->dispatcher: the request's own copy
					}
					// $this->dispatcher typed by an interface that is a
					// framework service, but given a dispatcher made with
					// its holder: the objects really there decide
					if pr, ok := c.Recv.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && fn.ThisClass() != nil {
						if concrete := r.propConcrete(fn.ThisClass().Name, pr.Name); len(concrete) > 0 &&
							!slices.ContainsFunc(concrete, prog.longLivedClass) {
							return
						}
					}
					if storesWeakly(r, r.method(fn, c)) {
						return // subscribe() keeps the listener in a WeakMap: it goes with its key
					}
					if storesUnderReusedID(r, r.method(fn, c)) {
						// $this->subs[spl_object_id($s)] = [WeakReference::create($s), $meta]:
						// PHP hands a freed object's id to the next object,
						// so the map holds one entry per listener alive at once
						return
					}
					if m := r.method(fn, c); m != nil && !m.Abstract && len(m.Body) > 0 && !keepsListener(m) {
						// $hub->subscribe($connection, $room, $user) that
						// registers on the connection it is given: the
						// hub keeps no listener
						return
					}
					path := analyzer.ExprPath(c.Recv)
					if path == "" && pairPop != "" {
						path = recvPath(c.Recv) // SentrySdk::getCurrentHub()->pushScope()
					}
					if path == "" {
						path = r.getterPath(fn, c.Recv) // $this->log()->pushProcessor(…)
					}
					if call, ok := c.Recv.(*ir.Call); ok && path == "" && containerLookup(call) != "" {
						path = analyzer.CallName(call) + "(…)" // app('events'): the container's one instance
						if r.removesViaContainer(fn, class) {
							return
						}
					}
					rmSkipped, skip := r.skippedListenerRemoval(fn, path, c.P)
					if pairPop != "" && rmSkipped == nil {
						return // popped on every way out
					}
					// pushed in a helper, popped by another helper every
					// caller calls after it
					var skipIn *ir.Func
					if rmSkipped == nil && !r.removesListener(fn, path) {
						removed, caller, rm, sk := r.siblingRemoval(fn, path)
						if removed {
							return
						}
						rmSkipped, skip, skipIn = rm, sk, caller
					}
					if rmSkipped != nil {
						// the removal below exists, but a return between
						// them skips it: reported as such
					} else if path == "" || r.removesListener(fn, path) || r.resetsOnPath(pass, fn, path, c) || r.replacesUnderFixedKey(fn, c) || removedPerRequest(pass, prog, r.method(fn, c), path) ||
						r.callersRemove(fn, c.Recv) || listenerRemovedLater(fn, path, analyzer.ExprPath(c.Args[len(c.Args)-1])) ||
						r.removedLaterByOwnMethod(fn, path, analyzer.ExprPath(c.Args[len(c.Args)-1])) ||
						r.method(fn, c) == nil && r.keptListenerRemoved(prog, fn, path, c.Args[len(c.Args)-1]) {
						// (removed again by a callback written here: the
						// response's then() removes the close listener)
						return
					}
					what, list := "a listener", "the listener list"
					if ls, ok := logStacks[strings.ToLower(c.Name)]; ok {
						what, list = ls.what, "its stack"
					} else if pairPop != "" {
						what, list = "an entry", "its stack"
					}
					msg := fmt.Sprintf("%s->%s() adds %s to a long-lived %s in code that %s, and nothing removes it: %s grows with every request or job (%s).",
						path, c.Name, what, shortName(class), why, list, lifetime)
					fix := "Register listeners once at boot, or remove the listener when the request ends (e.g. in a finally block)."
					if ls, ok := logStacks[strings.ToLower(c.Name)]; ok {
						fix = fmt.Sprintf("Push it once at boot (reading per-request values from a request-scoped service), or call %s() in a finally block after the work.", ls.pop)
					}
					// (lines of this file, or of the caller that removes
					// through a helper)
					at := func(p ir.Pos) string {
						if skipIn != nil && skipIn.File != nil && skipIn.File != f {
							return fmt.Sprintf("%s:%d", skipIn.File.Path, p.Line)
						}
						return fmt.Sprintf("line %d", p.Line)
					}
					if ret, isReturn := skip.(*ir.Return); rmSkipped != nil && isReturn {
						msg = fmt.Sprintf("%s->%s() adds %s to a long-lived %s in code that %s. The %s() at %s takes it out again, but the return at %s leaves before it: on that path it stays, and %s grows with every request or job (%s).",
							path, c.Name, what, shortName(class), why, rmSkipped.Name, at(rmSkipped.P), at(ret.P), list, lifetime)
						fix = fmt.Sprintf("Call %s() in a finally block (try { … } finally { … }), so it runs on every way out, early returns included.", rmSkipped.Name)
					} else if i, isIf := skip.(*ir.If); rmSkipped != nil && isIf {
						msg = fmt.Sprintf("%s->%s() adds %s to a long-lived %s in code that %s. The %s() at %s takes it out again, but only in a branch of the if at %s: on the other way past it, it stays, and %s grows with every such request or job (%s).",
							path, c.Name, what, shortName(class), why, rmSkipped.Name, at(rmSkipped.P), at(i.P), list, lifetime)
						fix = fmt.Sprintf("Call %s() after the if, on every path (or in a finally block), not only in one branch.", rmSkipped.Name)
					} else if ct, isCatch := skip.(*ir.Catch); rmSkipped != nil && isCatch {
						msg = fmt.Sprintf("%s->%s() adds %s to a long-lived %s in code that %s. The %s() at %s takes it out again, but only in the catch block at %s, when the work fails: for every request or job that succeeds it stays, and %s grows (%s).",
							path, c.Name, what, shortName(class), why, rmSkipped.Name, at(rmSkipped.P), at(ct.P), list, lifetime)
						fix = fmt.Sprintf("Call %s() in a finally block (try { … } finally { … }), so it runs on success too.", rmSkipped.Name)
					} else if rmSkipped != nil {
						msg = fmt.Sprintf("%s->%s() adds %s to a long-lived %s in code that %s. The %s() at %s takes it out again, but the rest of the request runs in the call at %s, and when it throws the exception leaves before that: for every failed request or job it stays, and %s grows (%s).",
							path, c.Name, what, shortName(class), why, rmSkipped.Name, at(rmSkipped.P), at(skip.Span()), list, lifetime)
						fix = fmt.Sprintf("Call %s() in a finally block (try { … } finally { … }), so it runs however the request ends, exceptions included.", rmSkipped.Name)
					} else if rm := r.freshRemoval(fn, path); rm != nil {
						msg = fmt.Sprintf("%s->%s() adds %s to a long-lived %s in code that %s. The %s() at line %d is handed a new Closure, equal to none registered, so it removes nothing: %s grows with every request or job (%s).",
							path, c.Name, what, shortName(class), why, rm.Name, rm.P.Line, list, lifetime)
						fix = "Keep the listener in a variable and hand that same Closure to both calls."
					}
					report(n, analyzer.Diagnostic{
						File: f, Pos: c.P,
						Message:    msg,
						Fix:        fix,
						Confidence: analyzer.High,
						Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "listener added; this code %s", why)},
					})
				}
			}
			analyzer.InspectFunc(fn, analyzer.KCalls, func(n analyzer.Node, stack []analyzer.Node) bool {
				switch n.(type) {
				case *ir.Call, *ir.MethodCall, *ir.StaticCall:
				default:
					return true
				}
				why := requestWhy(prog, f, fn, stack)
				registration(n, stack, why)
				if !reported[n] {
					identityRegistration(pass, r, prog, f, fn, scope, n, stack, why)
				}
				return true
			})
		}
	}
}

// requestWhy says why the code at the top of stack runs per request: fn
// does, or the code sits in a request loop (possibly within a bounded
// inner loop); "" when neither is known.
func requestWhy(prog *program, f *ir.File, fn *ir.Func, stack []analyzer.Node) string {
	if entry, ok := prog.perIter[fn]; ok {
		return entry
	}
	loops := enclosingLoops(stack)
	for i := len(loops) - 1; i >= 0; i-- {
		if loopWhy, ok := prog.requestLoop(fn, loops[i]); ok {
			return fmt.Sprintf("runs on every iteration of the %s at %s:%d", loopWhy, f.Path, loops[i].P.Line)
		}
	}
	return ""
}

// removedPerRequest reports whether what the project's add method keeps
// its arguments in is removed from, on the same receiver, by code that
// runs per request (a broker's disconnect() called on $broker from the
// server's onClose callback): the listeners go with their connection or
// request. A removal made on another object (the admin bus) bounds
// nothing.
func removedPerRequest(pass *analyzer.Pass, prog *program, add *ir.Func, recv string) bool {
	if add == nil || add.Class == nil || recv == "" {
		return false
	}
	resetters := sharedResetIndex(pass).funcs
	sites, _ := prog.r.callSites()
	for _, prop := range prog.r.storedParams(add) {
		for _, rm := range resetters[strings.ToLower(add.Class.Name)+"::"+prop] {
			if flagKeepsEntries(add, rm, prop) {
				continue // takes out only the entries flagged, and add's are not
			}
			for _, s := range sites[rm] {
				// (unsubscribe($ch, $this->forwarder()) with a new Closure
				// finds nothing to remove)
				if s.recv != nil && analyzer.ExprPath(s.recv) == recv && !prog.r.freshCallableArg(s.caller, s.args) && prog.resetRuns([]*ir.Func{s.caller}) {
					return true
				}
			}
		}
	}
	return false
}

// callersRemove reports whether a listener added on recv, a parameter of
// fn ($listener->register($dispatcher)), is removed by every caller of fn
// from what it passed ($this->dispatcher->removeListener(…) in a finally
// after the call).
func (r *resolver) callersRemove(fn *ir.Func, recv ir.Expr) bool {
	i := paramIndex(fn, recv)
	if i < 0 {
		return false
	}
	sites, known := r.knownSites(fn)
	if !known {
		return false
	}
	for _, s := range sites {
		arg, ok := siteArg(fn, s, i)
		if !ok {
			return false
		}
		if p := analyzer.ExprPath(arg); p == "" || !r.removesListener(s.caller, p) {
			return false
		}
	}
	return true
}

// resetsOnPath reports whether fn calls, on the receiver path of the add
// (`$conn->subscribe($s)` … `$conn->ack()`), a project method that
// resets the property the add keeps its argument in: the listeners go
// with every request, whatever the methods are named.
func (r *resolver) resetsOnPath(pass *analyzer.Pass, fn *ir.Func, path string, add *ir.MethodCall) bool {
	target := r.method(fn, add)
	if target == nil || target.Class == nil {
		return false
	}
	ri := sharedResetIndex(pass)
	var resetters []*ir.Func
	for _, prop := range r.storedParams(target) {
		for _, rm := range ri.funcs[strings.ToLower(target.Class.Name)+"::"+prop] {
			if !flagKeepsEntries(target, rm, prop) { // (one that takes out only entries flagged, and the add's are not, resets nothing of it)
				resetters = append(resetters, rm)
			}
		}
	}
	if len(resetters) == 0 {
		return false
	}
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := n.(*ir.MethodCall); ok && !found && analyzer.ExprPath(mc.Recv) == path && !r.freshCallableArg(fn, mc.Args) {
			found = slices.Contains(resetters, r.method(fn, mc))
		}
		return !found
	})
	return found
}

// replacesUnderFixedKey reports whether the project's method behind the
// add stores the listener under a key that this call gives as a constant
// ($bus->on('done', $fn) with `$this->handlers[$event] = $fn`): each call
// replaces the previous listener, and the list stays as long as the set of
// names.
func (r *resolver) replacesUnderFixedKey(fn *ir.Func, add *ir.MethodCall) bool {
	target := r.method(fn, add)
	if target == nil || target.Abstract {
		return false
	}
	param := func(e ir.Expr) int { return paramIndex(target, e) }
	stores, fixed := 0, 0
	analyzer.Inspect(target.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok || a.Op != "=" || param(a.Src) < 0 {
			return true
		}
		d, ok := a.Dst.(*ir.Dim)
		if !ok {
			return true
		}
		stores++
		if k := param(d.Key); k >= 0 && k < len(add.Args) && analyzer.IsConstant(add.Args[k]) {
			if _, nested := d.Base.(*ir.Dim); !nested {
				fixed++
			}
		}
		return true
	})
	return stores > 0 && fixed == stores
}

// timerAdd is the static method by which class starts a repeating timer
// in an event loop (Workerman's Timer::add, Swoole's Timer::tick,
// ReactPHP's Loop::addPeriodicTimer), "" for other classes, lower-cased;
// timerDel the method that stops one.
func timerAdd(class string) string {
	switch strings.ToLower(strings.TrimPrefix(class, `\`)) {
	case `workerman\timer`, `workerman\lib\timer`:
		return "add"
	case `swoole\timer`, `openswoole\timer`:
		return "tick"
	case `react\eventloop\loop`:
		return "addperiodictimer"
	}
	return ""
}

func timerDel(class string) string {
	switch timerAdd(class) {
	case "tick":
		return "clear"
	case "addperiodictimer":
		return "cancelTimer"
	}
	return "del"
}

// reactLoop reports whether class is ReactPHP's event loop (see
// reactLoops).
func reactLoop(class string) bool {
	return reactLoops[strings.ToLower(strings.TrimPrefix(class, `\`))]
}

// cancelsLoopTimers reports whether the project stops ReactPHP timers
// anywhere: $loop->cancelTimer($timer), or Loop::cancelTimer($timer).
func (r *resolver) cancelsLoopTimers() bool {
	if r.loopTimersCancelled != nil {
		return *r.loopTimersCancelled
	}
	found := r.cancelsTimers(`React\EventLoop\Loop`)
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			if !found {
				analyzer.InspectFunc(fn, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
					if mc, ok := n.(*ir.MethodCall); ok && strings.EqualFold(mc.Name, "cancelTimer") {
						found = true
					}
					return !found
				})
			}
		}
	}
	r.loopTimersCancelled = &found
	return found
}

// cancelsTimers reports whether the project stops timers of class
// anywhere (Timer::del($connection->timerId) in an onClose callback).
func (r *resolver) cancelsTimers(class string) bool {
	k := strings.ToLower(class)
	if done, ok := r.timersCancelled[k]; ok {
		return done
	}
	if r.timersCancelled == nil {
		r.timersCancelled = map[string]bool{}
	}
	del, found := timerDel(class), false
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			if !found && callsStatic(fn.Body, class, del) {
				found = true
			}
		}
	}
	r.timersCancelled[k] = found
	return found
}

// timerCancelSkipped is, for a timer that fn starts at add in a
// statement of its own body, keeping its id in a local ($watchdog =
// Loop::addPeriodicTimer(…)), and stops again later in its body outside
// any finally (Loop::cancelTimer($watchdog)), a return in between with
// no stop before it, and the stop it skips: the timer started on that
// path runs on. nils when there is none, or a finally stops it.
func (r *resolver) timerCancelSkipped(fn *ir.Func, add *ir.StaticCall) (*ir.Return, *ir.StaticCall) {
	if !topLevelAt(fn.Body, add.P) {
		return nil, nil
	}
	id := resultLocal(fn, add)
	if id == "" {
		return nil, nil
	}
	var stops []*ir.StaticCall
	finally := false
	analyzer.InspectFunc(fn, analyzer.KStaticCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		c := n.(*ir.StaticCall)
		if strings.EqualFold(c.Class, add.Class) && strings.EqualFold(c.Name, timerDel(add.Class)) && len(c.Args) > 0 && isVarNamed(c.Args[0], id) && posBefore(add.P, c.P) {
			finally = finally || inFinally(fn, c.P)
			stops = append(stops, c)
		}
		return true
	})
	if finally || len(stops) == 0 {
		return nil, nil
	}
	last := stops[len(stops)-1]
	for _, ret := range r.returns(fn) {
		if !posBefore(add.P, ret.P) || !posBefore(ret.P, last.P) {
			continue
		}
		if !slices.ContainsFunc(stops, func(c *ir.StaticCall) bool { return posBefore(c.P, ret.P) }) {
			return ret, last
		}
	}
	return nil, nil
}

func isFalse(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitBool && strings.EqualFold(l.Value, "false")
}

// eloquentModel is Laravel's model base class; eloquentEvents are the
// static methods by which a model registers an event listener.
const eloquentModel = `illuminate\database\eloquent\model`

var eloquentEvents = map[string]bool{
	"retrieved": true, "creating": true, "created": true, "updating": true, "updated": true,
	"saving": true, "saved": true, "deleting": true, "deleted": true, "restoring": true,
	"restored": true, "replicating": true, "forcedeleting": true, "forcedeleted": true,
}

// callsStatic reports whether body calls class::name() (name in lower
// case).
func callsStatic(body []ir.Stmt, class, name string) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.StaticCall); ok && strings.EqualFold(c.Class, class) && strings.EqualFold(c.Name, name) {
			found = true
		}
		return !found
	})
	return found
}

// callsFunction reports whether fn calls the named function.
func callsFunction(fn *ir.Func, name string) bool {
	found := false
	analyzer.EachNode(fn, analyzer.KCall, func(n analyzer.Node) bool {
		found = analyzer.CallName(n.(*ir.Call)) == name
		return !found
	})
	return found
}

// undonePerRequest reports whether code that runs per request calls
// undo (spl_autoload_unregister($runtime->autoloader) in a shutdown()
// the job calls) with something other than a fresh closure, which would
// remove nothing: the registration made elsewhere is taken back.
func (p *program) undonePerRequest(undo string) bool {
	if b, ok := p.undone[undo]; ok {
		return b
	}
	if p.undone == nil {
		p.undone = map[string]bool{}
	}
	found := false
	sites, _ := p.r.callSites()
	for fn := range p.perIter {
		calls := false
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if _, ok := n.(*ir.Catch); ok {
				return false
			}
			if c, ok := n.(*ir.Call); ok && analyzer.CallName(c) == undo && !p.r.freshCallableArg(fn, c.Args) {
				calls = true
			}
			return !calls
		})
		// (restore() called only from a catch undoes nothing on the
		// success path)
		if calls && !p.onlyWhenCaught(fn, sites[fn]) {
			found = true
			break
		}
	}
	p.undone[undo] = found
	return found
}

// onlyWhenCaught reports whether every call of fn sits in a catch block
// of its caller (and there is at least one): it runs only on errors.
func (p *program) onlyWhenCaught(fn *ir.Func, sites []callSite) bool {
	if len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		if s.at == (ir.Pos{}) {
			return false
		}
		caught := false
		analyzer.EachNode(s.caller, analyzer.KCatch, func(n analyzer.Node) bool {
			if c, ok := n.(*ir.Catch); ok && posWithin(s.at, c.P) {
				caught = true
			}
			return !caught
		})
		if !caught {
			return false
		}
	}
	return true
}

// removesStaticListener reports whether body removes a listener through
// the same facade (Event::forget(...)).
func removesStaticListener(body []ir.Stmt, class string) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.StaticCall); ok && listenerRemove[strings.ToLower(c.Name)] && strings.EqualFold(c.Class, class) {
			found = true
		}
		return !found
	})
	return found
}

// removedLaterByOwnMethod reports whether fn, or a closure written in
// it, hands the listener in local arg to a method of its own class that
// removes its parameter from the object at path ($conn->on('close',
// function () use ($relay) { $this->unsubscribe($relay); }), with
// unsubscribe() calling $this->bus->removeListener(…, $relay)): the same
// Closure goes, when the connection ends.
func (r *resolver) removedLaterByOwnMethod(fn *ir.Func, path, arg string) bool {
	class := fn.ThisClass()
	if class == nil || path == "" || !strings.HasPrefix(path, "$this->") || !strings.HasPrefix(arg, "$") || strings.Contains(arg, "->") {
		return false
	}
	return callsWithClosures(fn, func(c *ir.MethodCall) bool {
		if !analyzer.IsThis(c.Recv) || c.Name == "" {
			return false
		}
		m := r.ix.Method(class.Name, c.Name)
		for i, a := range c.Args {
			if analyzer.ExprPath(a) == arg && m != nil && removesParam(m, path, i) {
				return true
			}
		}
		return false
	})
}

// removesParam reports whether method m removes its parameter i, not
// reassigned, as a listener from the object at path.
func removesParam(m *ir.Func, path string, i int) bool {
	if i >= len(m.Params) || analyzer.AssignsVar(m, m.Params[i].Name) {
		return false
	}
	found := false
	analyzer.InspectFunc(m, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.MethodCall); ok && listenerRemove[strings.ToLower(c.Name)] && analyzer.ExprPath(c.Recv) == path &&
			slices.ContainsFunc(c.Args, func(a ir.Expr) bool { return isVarNamed(a, m.Params[i].Name) }) {
			found = true
		}
		return !found
	})
	return found
}

// removesListener reports whether fn removes a listener from the object
// at path. A removal handed a closure made on the spot or a first-class
// callable ($this->m(...)) is a new Closure object, equal to no
// registered listener: it removes nothing. The removals of a function
// are listed once.
func (r *resolver) removesListener(fn *ir.Func, path string) bool {
	return analyzer.FuncMemo(fn, listenerRemovalsKey{}, func() map[string]bool {
		var out map[string]bool
		analyzer.InspectFunc(fn, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
			if c, ok := n.(*ir.MethodCall); ok && removesFrom(strings.ToLower(c.Name)) && !r.freshCallableArg(fn, c.Args) {
				if out == nil {
					out = map[string]bool{}
				}
				out[r.getterPath(fn, c.Recv)] = true
			}
			return true
		})
		return out
	})[path]
}

type listenerRemovalsKey struct{}

// skippedListenerRemoval returns the removal of a listener from the
// object at path in fn, after the add at `at`, that something between
// the two leaves before, and what does: a return, or a middleware's call
// of the next stage, out of which an exception leaves (see
// middlewareNext). A removal in a finally block always runs;
// nils when every such removal runs, or there is none.
func (r *resolver) skippedListenerRemoval(fn *ir.Func, path string, at ir.Pos) (*ir.MethodCall, analyzer.Node) {
	if path == "" {
		return nil, nil
	}
	var rms []*ir.MethodCall
	var rets []*ir.Return
	inFinally := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch x := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Return:
			if posBefore(at, x.P) {
				rets = append(rets, x)
			}
		case *ir.MethodCall:
			if (removesFrom(strings.ToLower(x.Name)) && r.getterPath(fn, x.Recv) == path && !r.freshCallableArg(fn, x.Args) ||
				r.helperRemoves(fn, x, path)) && posBefore(at, x.P) {
				for _, s := range stack {
					if t, ok := s.(*ir.Try); ok && stmtsHold(t.Finally, x.P) {
						inFinally = true
					}
				}
				rms = append(rms, x)
			}
		}
		return true
	})
	if len(rms) == 0 || inFinally {
		return nil, nil
	}
	for _, ret := range rets {
		if posBefore(ret.P, rms[0].P) {
			return rms[0], ret
		}
	}
	if c := r.middlewareNext(fn, at, rms[0].P); c != nil {
		return rms[0], c
	}
	if i := removedOnlyInBranch(fn, at, rms); i != nil {
		return rms[0], i
	}
	if c := removedOnlyInCatch(fn, at, rms); c != nil {
		return rms[0], c
	}
	return nil, nil
}

// helperRemoves reports whether x calls a method of $this that itself
// takes out of the object at path, a place of $this
// ($this->leaveRequestContext() popping $this->log()'s processor).
func (r *resolver) helperRemoves(fn *ir.Func, x *ir.MethodCall, path string) bool {
	if !analyzer.IsThis(x.Recv) || !strings.HasPrefix(path, "$this->") {
		return false
	}
	t := r.method(fn, x)
	return t != nil && t != fn && r.removesListener(t, path)
}

// siblingRemoval looks, for an add made in a helper method of $this
// (enterRequestContext()), at every call of that helper: each caller must
// take the entry out again through another helper of $this
// (leaveRequestContext()). removed: every caller does on every way out;
// otherwise the first caller whose removal a return, a branch or a catch
// skips, with the removal and what skips it. Both zero when a caller
// removes nothing, or the calls are not all known.
func (r *resolver) siblingRemoval(fn *ir.Func, path string) (removed bool, caller *ir.Func, rm *ir.MethodCall, skip analyzer.Node) {
	if fn.Kind != ir.FuncMethod || fn.Static || !strings.HasPrefix(path, "$this->") {
		return false, nil, nil, nil
	}
	sites, known := r.knownSites(fn)
	if !known || len(sites) == 0 {
		return false, nil, nil, nil
	}
	for _, st := range sites {
		if st.callable || st.recv == nil || !analyzer.IsThis(st.recv) || st.caller == fn {
			return false, nil, nil, nil
		}
		if !r.helperRemovesIn(st.caller, path, st.at) {
			return false, nil, nil, nil
		}
		if rm, skip := r.skippedListenerRemoval(st.caller, path, st.at); rm != nil {
			return false, st.caller, rm, skip
		}
	}
	return true, nil, nil, nil
}

// helperRemovesIn reports whether fn, after `at`, calls a helper of $this
// that takes out of the object at path (see helperRemoves).
func (r *resolver) helperRemovesIn(fn *ir.Func, path string, at ir.Pos) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		if x, ok := n.(*ir.MethodCall); ok && posBefore(at, x.P) && r.helperRemoves(fn, x, path) {
			found = true
		}
		return !found
	})
	return found
}

// removedOnlyInCatch returns the catch block of a try after the add at
// `at` that holds every removal in rms, when the add is outside that
// try: try { …work… } catch (E $e) { removeListener(…); throw $e; } takes
// the listener out only when the work fails. nil otherwise.
func removedOnlyInCatch(fn *ir.Func, at ir.Pos, rms []*ir.MethodCall) *ir.Catch {
	var found *ir.Catch
	analyzer.InspectFunc(fn, analyzer.KTry, func(n analyzer.Node, _ []analyzer.Node) bool {
		t, ok := n.(*ir.Try)
		if !ok || found != nil || posWithin(at, t.P) || !posBefore(at, t.P) {
			return found == nil
		}
		for _, c := range t.Catches {
			every := true
			for _, rm := range rms {
				if !stmtsHold(c.Body, rm.P) {
					every = false
				}
			}
			if every {
				found = c
			}
		}
		return found == nil
	})
	return found
}

// removedOnlyInBranch returns the if of fn's own body, after the add at
// `at`, whose branch holds every removal in rms, when the other way past
// it holds none: if ($response->status >= 400) { …; removeListener(…); }
// takes the listener out only for the requests that fail. nil otherwise.
func removedOnlyInBranch(fn *ir.Func, at ir.Pos, rms []*ir.MethodCall) *ir.If {
	for _, st := range fn.Body {
		i, ok := st.(*ir.If)
		if !ok || !posBefore(at, i.P) {
			continue
		}
		inThen, inElse := 0, 0
		for _, rm := range rms {
			switch {
			case stmtsHold(i.Then, rm.P):
				inThen++
			case stmtsHold(i.Else, rm.P):
				inElse++
			}
		}
		if inThen+inElse == 0 {
			continue // (an if before the one that removes)
		}
		if inThen+inElse != len(rms) {
			return nil // (one after the if as well: not this shape)
		}
		if inThen > 0 && inElse > 0 {
			return nil
		}
		return i
	}
	return nil
}

// freshRemoval returns a listener removal in fn on the object at path
// that is handed a new Closure (and so removes nothing), or nil.
func (r *resolver) freshRemoval(fn *ir.Func, path string) *ir.MethodCall {
	var out *ir.MethodCall
	analyzer.InspectFunc(fn, analyzer.KMethodCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.MethodCall); ok && out == nil && listenerRemove[strings.ToLower(c.Name)] &&
			analyzer.ExprPath(c.Recv) == path && r.freshCallableArg(fn, c.Args) {
			out = c
		}
		return out == nil
	})
	return out
}

// removesViaContainer reports whether body removes a listener from the
// container's instance of class (app('events')->forget(...)).
func (r *resolver) removesViaContainer(fn *ir.Func, class string) bool {
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*ir.MethodCall); ok && listenerRemove[strings.ToLower(c.Name)] && !r.freshCallableArg(fn, c.Args) {
			if call, ok := c.Recv.(*ir.Call); ok && strings.EqualFold(containerLookup(call), class) {
				found = true
			}
		}
		return !found
	})
	return found
}

// freshCallableArg reports whether a removal's arguments, in fn, hand
// it a new Closure: a closure or arrow function literal, a first-class
// callable, or the result of a project function or method that makes
// one on every call ($this->forwarder() returning function () {…}).
func (r *resolver) freshCallableArg(fn *ir.Func, args []ir.Expr) bool {
	return slices.ContainsFunc(args, func(a ir.Expr) bool {
		if _, ok := newClosure(a); ok {
			return true
		}
		switch a.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			t := r.target(fn, a)
			return t != nil && makesClosure(t)
		}
		return false
	})
}

// makesClosure reports whether every value fn returns is a new Closure
// made there (and it returns one): each call hands out a Closure equal
// to no other. A helper that keeps the one it made ($this->fwd ??=
// fn …) returns a property, not this. Answered once per function.
func makesClosure(fn *ir.Func) bool {
	return analyzer.FuncMemo(fn, makesClosureKey{}, func() bool {
		rets := returned(fn)
		return len(rets) > 0 && !slices.ContainsFunc(rets, func(e ir.Expr) bool { _, ok := newClosure(e); return !ok })
	})
}

type makesClosureKey struct{}

// newClosure reports whether e makes a new Closure each time it runs: a
// closure or arrow function literal, or a first-class callable, and
// names it.
func newClosure(e ir.Expr) (string, bool) {
	switch e := e.(type) {
	case *ir.Closure:
		if e.Func.Kind == ir.FuncArrow {
			return "arrow function", true
		}
		return "closure", true
	case *ir.MethodCall:
		return "first-class callable", e.FirstClass
	case *ir.StaticCall:
		// Closure::fromCallable([$this, 'onFrame']): a new Closure too
		if !e.FirstClass && strings.EqualFold(strings.TrimPrefix(e.Class, `\`), "Closure") && strings.EqualFold(e.Name, "fromCallable") {
			return "closure", true
		}
		return "first-class callable", e.FirstClass
	case *ir.Call:
		return "first-class callable", e.FirstClass
	}
	return "", false
}

// isStaticCallable matches ['Class', 'method'] and 'Class::method'.
func isStaticCallable(e ir.Expr) bool {
	a, ok := e.(*ir.Array)
	if !ok || len(a.Items) != 2 {
		return false
	}
	return analyzer.IsConstant(a.Items[0].Value) && analyzer.IsConstant(a.Items[1].Value)
}

// thisCallable reports whether e is [$this, 'method'] (or $this->m(...)
// would be a new Closure each time, so it does not count).
func thisCallable(e ir.Expr) bool {
	a, ok := e.(*ir.Array)
	return ok && len(a.Items) == 2 && analyzer.IsThis(a.Items[0].Value) && isLitString(a.Items[1].Value)
}

func isLitString(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitString
}

// isLateBound reports whether a class as written is self, static or
// parent: the class it names depends on the calling code.
func isLateBound(class string) bool {
	switch strings.ToLower(strings.TrimPrefix(class, `\`)) {
	case "self", "static", "parent":
		return true
	}
	return false
}

// keptListenerRemoved reports whether a listener added to a library's
// emitter (path, a property of $this) is kept in a property of $this
// (`$this->feed->on('x', $this->listener ??= …)`) that another method of
// the class hands to a removal on the same emitter
// (`$this->feed->removeListener('x', $this->listener)` in stop()), in a
// statement of its body that runs whenever it does, and whether that
// method runs between requests: the very closure added is taken out.
func (r *resolver) keptListenerRemoved(prog *program, fn *ir.Func, path string, arg ir.Expr) bool {
	class := fn.ThisClass()
	if class == nil || !strings.HasPrefix(path, "$this->") {
		return false
	}
	held := analyzer.ExprPath(arg)
	if a, ok := arg.(*ir.Assign); ok && a.Op == "??=" {
		held = analyzer.ExprPath(a.Dst) // $this->listener ??= …: what the property holds
	}
	if !strings.HasPrefix(held, "$this->") || strings.ContainsAny(held, "[(") {
		return false
	}
	for _, m := range class.Methods {
		if m == fn {
			continue
		}
		var removal func(st ir.Stmt) bool
		removal = func(st ir.Stmt) bool {
			// (also under `if ($this->listener !== null)`: where it is
			// null, there is nothing to remove)
			if is, ok := st.(*ir.If); ok && nonNullTested(is.Cond) == held {
				return slices.ContainsFunc(is.Then, removal)
			}
			es, ok := st.(*ir.ExprStmt)
			if !ok {
				return false
			}
			c, ok := es.X.(*ir.MethodCall)
			return ok && listenerRemove[strings.ToLower(c.Name)] && analyzer.ExprPath(c.Recv) == path &&
				slices.ContainsFunc(c.Args, func(a ir.Expr) bool { return analyzer.ExprPath(a) == held })
		}
		removes := slices.ContainsFunc(m.Body, removal)
		if removes && prog.resetRuns([]*ir.Func{m}) {
			return true
		}
	}
	return false
}

// storesUnderReusedID reports whether project method m keeps what it is
// given only under object ids that PHP reuses: every write into an array
// property of its object is keyed by spl_object_id() or spl_object_hash()
// of an object the stored value does not hold (see reusedIDIn), so the
// map holds at most one entry per object alive at once, and an entry of
// a dead object is overwritten by the next one that gets its id.
func storesUnderReusedID(r *resolver, m *ir.Func) bool {
	if m == nil || m.Abstract || m.ThisClass() == nil {
		return false
	}
	return everyElementStore(m, func(a *ir.Assign, _ analyzer.Place, dims []*ir.Dim) bool {
		return len(dims) == 1 && a.Op == "=" && dims[0].Key != nil && reusedIDIn(r, m, dims[0].Key, a.Src)
	})
}

// flagKeepsEntries reports whether rm, which removes from add's property
// prop, takes out only the entries whose own flag is set, while add
// stores that flag as false: an emit() that unsets a listener only when
// the entry says so (foreach (… as $i => [$l, $once]) if ($once)
// unset(…[$i])) never removes what on() adds with [$listener, false].
// Besides such unsets, rm may only unset a list it has tested empty.
func flagKeepsEntries(add, rm *ir.Func, prop string) bool {
	if add == nil || rm == nil {
		return false
	}
	// the keys of the items add stores as false, in an array literal
	addScope := analyzer.NewScope(add)
	falseKeys, otherKeys := map[string]bool{}, map[string]bool{}
	analyzer.InspectFunc(add, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok || a.Op != "=" || a.ByRef {
			return true
		}
		if place, _, ok := addScope.PlaceOf(a.Dst); !ok || place.Kind != analyzer.PlaceThisProp || place.Name != prop {
			return true
		}
		if arr, ok := a.Src.(*ir.Array); ok {
			for i, it := range arr.Items {
				if k := itemKey(it, i); k != "" {
					if isFalse(it.Value) {
						falseKeys[k] = true
					} else {
						otherKeys[k] = true
					}
				}
			}
		}
		return true
	})
	// (a flag add stores as true on another path, or as a variable,
	// may be set: on($e, $l, once: true))
	for k := range otherKeys {
		delete(falseKeys, k)
	}
	if len(falseKeys) == 0 {
		return false
	}
	scope := analyzer.NewScope(rm)
	ofProp := func(e ir.Expr) bool {
		place, _, ok := scope.PlaceOf(e)
		return ok && place.Kind == analyzer.PlaceThisProp && place.Name == prop
	}
	flagged, other := 0, false
	analyzer.InspectFunc(rm, analyzer.KUnset|analyzer.KAssign|analyzer.KCalls, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Assign:
			if ofProp(n.Dst) {
				other = true
			}
		case *ir.Call:
			for _, a := range n.Args {
				if ofProp(a) {
					other = true // array_splice($this->listeners[$e], …), a helper given it
				}
			}
		case *ir.MethodCall:
			// $this->forget($event): a helper of the class may remove
			// from the property too
			if analyzer.IsThis(n.Recv) {
				other = true
			}
		case *ir.Unset:
			for _, t := range n.Targets {
				if !ofProp(t) {
					continue
				}
				switch {
				case flagGuardedUnset(append(slices.Clip(stack), n), t, ofProp, falseKeys):
					flagged++
				case emptyGuardedUnset(append(slices.Clip(stack), n)):
				default:
					other = true
				}
			}
		}
		return !other
	})
	return !other && flagged > 0
}

// itemKey names the key of item i of an array literal: its literal key
// ('once'), or its position for a list item ("#1"); "" otherwise.
func itemKey(it ir.ArrayItem, i int) string {
	if it.Unpack {
		return ""
	}
	if it.Key == nil {
		return fmt.Sprintf("#%d", i)
	}
	if l, ok := it.Key.(*ir.Lit); ok && (l.Kind == ir.LitString || l.Kind == ir.LitInt) {
		if l.Kind == ir.LitInt {
			return "#" + l.Value
		}
		return "'" + l.Value
	}
	return ""
}

// flagGuardedUnset reports whether the unset of t (an element of prop)
// is the Then of an if that tests a flag of the entry being iterated,
// under a key of falseKeys: foreach ($this->l[$e] as $i => [$cb, $once])
// { if ($once) unset($this->l[$e][$i]); } or if ($entry['once']).
func flagGuardedUnset(stack []analyzer.Node, t ir.Expr, ofProp func(ir.Expr) bool, falseKeys map[string]bool) bool {
	var iff *ir.If
	var loop *ir.Loop
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ir.If:
			if iff == nil && loop == nil {
				if i+1 >= len(stack) || !inThen(s, stack[i+1]) {
					return false
				}
				iff = s
			}
		case *ir.Loop:
			if loop == nil {
				loop = s
			}
		case *ir.Closure:
			return false
		}
	}
	if iff == nil || loop == nil || loop.Kind != ir.LoopForeach || loop.ByRef {
		return false
	}
	iter := loop.Iter
	if o, ok := iter.(*ir.Other); ok && o.Op == "??" && len(o.Args) == 2 {
		iter = o.Args[0]
	}
	if !ofProp(iter) {
		return false
	}
	// the entry removed is the one iterated: …[$i] with $i the loop's key
	d, ok := t.(*ir.Dim)
	k, kok := loop.Key.(*ir.Var)
	if dk, dok := d.Key.(*ir.Var); !ok || !kok || !dok || dk.Name != k.Name || analyzer.ExprPath(d.Base) != analyzer.ExprPath(iter) {
		return false
	}
	// which item of the entry the if tests
	key := ""
	switch c := iff.Cond.(type) {
	case *ir.Var:
		if arr, ok := loop.Value.(*ir.Array); ok {
			for i, it := range arr.Items {
				if v, ok := it.Value.(*ir.Var); ok && v.Name == c.Name {
					key = itemKey(it, i)
				}
			}
		}
	case *ir.Dim:
		v, ok := loop.Value.(*ir.Var)
		b, bok := c.Base.(*ir.Var)
		if ok && bok && v.Name == b.Name {
			key = itemKey(ir.ArrayItem{Key: c.Key}, 0)
		}
	}
	return key != "" && falseKeys[key]
}

// emptyGuardedUnset reports whether the unset last on stack is the Then of an if that
// tests a value equal to []: it drops a list already emptied.
func emptyGuardedUnset(stack []analyzer.Node) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		iff, ok := stack[i].(*ir.If)
		if !ok {
			continue
		}
		if i+1 >= len(stack) || !inThen(iff, stack[i+1]) {
			return false
		}
		o, ok := iff.Cond.(*ir.Other)
		return ok && (o.Op == "===" || o.Op == "==") && len(o.Args) == 2 &&
			slices.ContainsFunc(o.Args, func(a ir.Expr) bool { arr, ok := a.(*ir.Array); return ok && len(arr.Items) == 0 })
	}
	return false
}
