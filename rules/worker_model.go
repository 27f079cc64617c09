package rules

import (
	"fmt"
	"maps"
	"path"
	"slices"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// The worker model: one project-wide picture, built once per run and read
// by every rule (and, through the claims the rules make, by the
// simulation), of
//
//   - the phase of every function: per request (message, job, connection
//     or loop iteration, with the entry it is reached from), boot (runs
//     once per process, before requests: service providers, compiler
//     passes, bundles, configuration trees, the top level of a file that
//     declares functions or classes), one-shot (a console command, a
//     migration: runs once and exits), or unknown;
//   - the lifetime of classes: process (container singletons and shared
//     services, static instances, objects a worker creates before its
//     loop, what those hold) or request (scoped bindings, services the
//     framework flushes between requests).
//
// Facts come from what frameworks declare — interfaces, attributes,
// container bindings, event subscriptions, server callbacks, worker loops
// — and from what PHP guarantees (a file that declares a function runs
// its top level once), never from class names. Each fact keeps the
// sentence that explains it, which finding messages and `phpleak model`
// print. Users correct the model with --entry and the config's entries:,
// lifetimes: and boot: lists.
//
// How rules use it: growth counts when the growing write runs per request
// (or its phase is unknown), never when it runs only at boot or in a
// one-shot command; a cycle made only at boot or in a one-shot command
// is not reported, and a cycle that holds a process-lived object is
// not garbage (reported as a low-confidence note).
type program struct {
	r                 *resolver
	perIter           map[*ir.Func]string          // why it runs per request, job or iteration
	warm              []binding                    // config/octane.php's 'warm' list (no fn)
	takerMethods      map[*ir.Func]bool            // methods placed per request only because they take the request
	once              map[*ir.Func]onceFact        // runs once (boot or one-shot), and why
	longLived         map[string]string            // lower-cased class -> why it lives for the process
	requestLived      map[string]string            // lower-cased class -> why it lives for one request
	dispatched        map[*ir.Func][]callSite      // the calls of each function, through parents and interfaces too (see dispatch)
	atExit            map[*ir.Func]bool            // closures handed to register_shutdown_function (read only)
	undone            map[string]bool              // see undonePerRequest
	outside           map[onceKey]*ir.Func         // see oncePseudo
	guarded           map[*ir.Func]map[ir.Pos]bool // see guardedSites
	invoked           *[]invokedObject             // see invokedHeld
	resets            map[string]bool              // see propResets
	loopOf            map[*ir.Func]loopRef         // the request loop a function runs under
	loopsIn           map[*ir.Func][]*ir.Loop      // the request loops of each function, see outsideLoop
	octaneConfig      string                       // the project's config/octane.php, if any
	entries           []entryFact                  // declared entries, for `phpleak model`
	loops             []loopFact                   // request loops, for `phpleak model`
	newPerRequest     map[string]bool              // lower-cased classes per-request code makes with new
	strong            map[string]bool              // classes an explicit declaration makes process-lived (a binding, the config, a service definition, a static singleton)
	declared          map[string]bool              // long-lived classes with a reason other than the project's own `new` before a worker loop (see setLongLivedByNew)
	flagResets        map[string]bool              // flags the project clears, see flagResets
	syncCalls         []syncCall                   // calls of built-ins that call their callables at once
	bindings          []binding                    // container bindings, judged once phases are known
	listenerProviders *bool                        // see hasListenerProvider
	elements          map[string][]string          // see elementClasses
	stored            []storedCallback             // see storedCallbacks
	elemsGiven        map[string][]string          // see ctorElems
	serverScript      map[*ir.Func]bool            // code that registers server callbacks
	serverCallbacks   map[*ir.Func]bool            // the callbacks a server is handed ($worker->onMessage = …, $server->on('…', …))
	closeCallbacks    map[*ir.Func]bool            // those it runs when a connection closes (onClose, on('close'))
	lineageLong       map[*ir.Class]string         // see thisLongLived
	byBase            map[string][]*ir.File        // includedEachTime: files by base name
	loopMemo          map[*ir.Loop]loopAnswer      // requestLoop, once per loop
	madeByNew         map[string]bool              // declaredServices: classes the project makes with new
	loopFuncs         map[*ir.Func]bool            // the functions with a request loop of their own
	subscribed        map[*ir.Func][]string        // the events a listener is subscribed to, as eventName labels them
	failureOnly       map[*ir.Func]string          // per-request code that runs only when a request fails, and why (see onFailureOnly)
	requestEntries    map[*ir.Func]bool            // the functions declared per request (see requestEntry)
	providerStores    map[string]bool              // providerStore: the types providers are built from
	display           map[string]string            // lower-cased class -> as written, for messages
	asks              map[interactiveKey]bool      // see interactiveFunc
	impls             map[string][]string          // see implementations
	fillMemo          map[fillKey]bool             // see fills
	pooled            map[string][]string          // "class::prop" -> classes of the objects a pool keeps there, see elementClasses
	resetMemo         map[string]bool              // see resetPerRequest
	elemCalls         map[string][]*ir.Func        // see elemCallables
	staticHolds       map[string][]string          // lower-cased class -> the statics ("class::$prop", lower-cased) that keep its objects, see holderReplaced
	staticWhys        map[string]bool              // the reasons static holds give for a lifetime
	dropped           map[string]bool              // registryDropped, once per class
	replacedStatics   map[string]bool              // see holderReplaced
	globalWriteCount  map[string]int               // see globalWrites
	handedKeeps       []handedKeep                 // see receiverKeeps
	transient         map[string]string            // lower-cased class -> where bind() binds it: a new object per lookup
	// servedBy: for a per-request callback a server is handed, the class
	// of that server, whose own loop may run it (see dispatchLoops)
	servedBy map[*ir.Func]string
	// libraryServed: the callbacks a library worker serves requests to
	// (see libraryServes), and which worker: a library consumer catches
	// what its handler throws and goes on with the next message
	libraryServed map[*ir.Func]string
	// selfScheduled: the callbacks that hand themselves to the event
	// loop again ($loop->futureTick($next) inside $next)
	selfScheduled map[*ir.Func]bool
	// silenced: listeners of an event the worker never dispatches
	// (kernel.terminate when its own loop never calls terminate())
	silenced map[*ir.Func]bool
	// libraryEmitters: emitterReachesLibrary, per class
	libraryEmitters map[string]bool
	// noTerminate: the project's own worker loop calls a kernel's
	// handle() and nothing calls terminate() (see handlesWithoutTerminate)
	noTerminate bool
}

// receiverKept is a class made long-lived by what keeps its object, and
// why.
type receiverKept struct{ class, why string }

// handedKeep is what a callback, fn, registers on an object it is handed
// ($connection->on('data', $s->m(...))), and the lifetimes that gives.
type handedKeep struct {
	fn   *ir.Func
	keep []receiverKept
}

// receiverKeeps makes long-lived the objects registered on an object a
// callback is handed, unless that callback runs per request: a
// 'connection' callback is handed a new connection each time, which
// keeps what is registered on it only while it lives. Called once the
// entries are known.
func (p *program) receiverKeeps() {
	perRequest := map[*ir.Func]bool{}
	for _, e := range p.entries {
		if e.phase == PhaseRequest {
			perRequest[e.fn] = true
		}
	}
	for _, k := range p.handedKeeps {
		// (also a function reached per request, which is handed a new
		// receiver on each call as well: JsonBodyCollector's constructor,
		// made for each request with the request's body stream)
		if _, per := p.perIter[k.fn]; !perRequest[k.fn] && !per {
			for _, kk := range k.keep {
				p.setLongLived(kk.class, kk.why)
			}
		}
	}
}

// Phase is when a function runs in a worker.
type Phase int

// The phases of the worker model.
const (
	PhaseUnknown Phase = iota
	PhaseRequest       // per request, message, job, connection or loop iteration
	PhaseBoot          // once per process, before requests
	PhaseOnce          // once, in a process that then exits (a command)
)

func (p Phase) String() string {
	switch p {
	case PhaseRequest:
		return "per request"
	case PhaseBoot:
		return "boot"
	case PhaseOnce:
		return "one-shot"
	}
	return "unknown"
}

type onceFact struct {
	phase Phase
	why   string
	root  string // the declaration the phase comes from (an entry's why)
}

// entryFact is a declared entry: a function the framework calls in a
// given phase, and the declaration that says so.
type entryFact struct {
	fn    *ir.Func
	phase Phase
	why   string
}

// markStrong records that an explicit declaration makes class
// process-lived: it stays so even where per-request code also makes one.
func (p *program) markStrong(class string) {
	if p.strong == nil {
		p.strong = map[string]bool{}
	}
	p.strong[strings.ToLower(class)] = true
}

// syncCall is a call of a function that calls the callables it is given
// before it returns (a built-in of syncArgs, or t, a project function
// that invokes its parameter: see invokedParams), and the function
// making it.
type syncCall struct {
	fn   *ir.Func
	call analyzer.Node
	t    *ir.Func
}

// binding is a container binding (singleton(), instance()) and the code
// that makes it: made per request (a middleware's instance('request',
// $request)), it binds a per-request object.
type binding struct {
	fn         *ir.Func
	class, why string
}

// bind records a container binding.
func (p *program) bind(fn *ir.Func, class, why string) {
	p.bindings = append(p.bindings, binding{fn, class, why})
}

// loopFact is a request loop, for `phpleak model` and for what it makes.
type loopFact struct {
	entryFact
	loop *ir.Loop
}

// loopRef is a request loop and the function it sits in.
type loopRef struct {
	fn   *ir.Func
	loop *ir.Loop
}

func buildProgram(pass *analyzer.Pass, r *resolver) *program {
	p := &program{r: r, perIter: map[*ir.Func]string{}, once: map[*ir.Func]onceFact{}, asks: map[interactiveKey]bool{},
		longLived: map[string]string{}, requestLived: map[string]string{}, resets: sharedResets(pass),
		loopOf: map[*ir.Func]loopRef{}, serverScript: map[*ir.Func]bool{}, takerMethods: map[*ir.Func]bool{}}
	p.flagResets = sharedFlagResets(pass)
	p.atExit = sharedAtExit(pass)
	for _, s := range frameworkServices {
		p.setLongLived(s, fmt.Sprintf("%s is a framework service: the container keeps one instance for the life of the worker", shortName(s)))
	}
	for _, s := range processRoots {
		p.setLongLived(s, fmt.Sprintf("%s is the application itself: one per worker process", shortName(s)))
	}
	for _, s := range r.services() {
		p.setLongLived(s.class, fmt.Sprintf("%s is kept as a service in a registry (%s:%d)", shortName(s.class), s.fn.File.Path, s.fn.Pos.Line))
		if s.once {
			p.markStrong(s.class) // made once however often the code runs
		}
	}
	hasLoop := map[*ir.Func]bool{}
	p.loopFuncs = hasLoop
	var captured []entryFact // per-request closures, for what they capture
	var work []*ir.Func
	var current loopRef
	mark := func(fn *ir.Func, why string) {
		if fn == nil || fn.Abstract {
			return
		}
		if _, ok := p.perIter[fn]; !ok {
			p.perIter[fn] = why
			work = append(work, fn)
		}
		if _, ok := p.loopOf[fn]; !ok && current.loop != nil {
			p.loopOf[fn] = current
		}
	}
	entry := func(fn *ir.Func, phase Phase, why string) {
		if fn == nil || fn.Abstract {
			return
		}
		p.entries = append(p.entries, entryFact{fn, phase, why})
		if phase == PhaseRequest {
			mark(fn, why)
			if (fn.Kind == ir.FuncClosure || fn.Kind == ir.FuncArrow) && fn.Parent != nil {
				captured = append(captured, entryFact{fn, phase, why})
			}
		}
	}
	for _, f := range pass.Files {
		if f.Library {
			// the worker model's facts (request loops, entries, singletons)
			// come from the project, as they did before library code was
			// read: a framework's own loop in vendor/ is what those facts
			// already describe from the project's side; library
			// functions get a phase from the project code that calls them
			continue
		}
		for _, fn := range f.AllFuncs() {
			analyzer.InspectFunc(fn, analyzer.KLoop|analyzer.KAssign|analyzer.KArray|analyzer.KCalls|analyzer.KNew, func(n analyzer.Node, stack []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Loop:
					if why, ok := p.requestLoop(fn, n); ok {
						hasLoop[fn] = true
						p.loops = append(p.loops, loopFact{entryFact{fn, PhaseRequest, fmt.Sprintf("the %s at %s:%d runs once per request, job or message", why, f.Path, n.P.Line)}, n})
						current = loopRef{fn: fn, loop: n}
						p.loopCalls(fn, n, fmt.Sprintf("runs on every iteration of the %s at %s:%d", why, f.Path, n.P.Line), mark)
						current = loopRef{}
						if fn.Kind == ir.FuncMethod && fn.Class != nil && !fn.Static {
							// the object outlives every iteration of the
							// loop it runs
							p.setLongLived(fn.Class.Name, fmt.Sprintf("%s runs the %s (%s:%d) and outlives its iterations", fn.Class.Short, why, f.Path, n.P.Line))
						}
					}
				case *ir.Assign:
					// singletons: self::$instance = new self()
					if sp, ok := n.Dst.(*ir.StaticProp); ok {
						if nw, ok := n.Src.(*ir.New); ok && nw.Class != "" {
							why := fmt.Sprintf("%s is kept in the static %s::$%s", shortName(nw.Class), shortName(sp.Class), sp.Name)
							p.setLongLived(nw.Class, why)
							p.noteStaticHold(fn, nw.Class, sp, why)
							if place, _, ok := analyzer.NewScope(fn).PlaceOf(n.Dst); ok && fillsOnce(n, stack, analyzer.NewScope(fn), place) {
								p.markStrong(nw.Class) // made once: a singleton
							}
						} else if v, ok := n.Src.(*ir.Var); ok && n.Op == "=" && paramIndex(fn, v) >= 0 {
							// static::$dispatcher = $dispatcher in a setter:
							// what it is given stays until replaced
							if c := p.r.localClass(fn, v.Name); c != "" {
								holder := shortName(sp.Class)
								if tc := fn.Class; tc != nil && (strings.EqualFold(holder, "static") || strings.EqualFold(holder, "self")) {
									holder = tc.Short
								}
								why := fmt.Sprintf("%s is kept in the static %s::$%s (%s:%d)", shortName(c), holder, sp.Name, f.Path, n.P.Line)
								p.setLongLived(c, why)
								p.noteStaticHold(fn, c, sp, why)
							} else {
								// self::$services = $services, given
								// ['events' => new EventDispatcher(), …]: a
								// static registry of the objects it is handed
								sites, _ := p.r.callSites()
								for _, s := range sites[fn] {
									a, ok := siteArg(fn, s, paramIndex(fn, v))
									arr, isArr := a.(*ir.Array)
									if !ok || !isArr {
										continue
									}
									for _, it := range arr.Items {
										if nw, ok := it.Value.(*ir.New); ok && nw.Class != "" {
											p.setLongLived(nw.Class, fmt.Sprintf("%s is kept in the static %s::$%s, a registry filled at %s:%d", shortName(nw.Class), shortName(sp.Class), sp.Name, s.caller.File.Path, s.at.Line))
										}
									}
								}
							}
						}
					}
					// self::$services[$service::class] = $service, a static
					// registry's setter, given new CarrierMetrics() at the
					// top of a script, outside its loops: the object stays
					// in the registry for the process
					if d, ok := n.Dst.(*ir.Dim); ok && n.Op == "=" {
						if sp, ok := d.Base.(*ir.StaticProp); ok {
							if v, ok := n.Src.(*ir.Var); ok && paramIndex(fn, v) >= 0 {
								sites, _ := p.r.callSites()
								for _, s := range sites[fn] {
									a, ok := siteArg(fn, s, paramIndex(fn, v))
									if !ok || s.caller.Kind != ir.FuncMain || !topLevelAt(s.caller.Body, s.at) {
										continue
									}
									nw, _ := a.(*ir.New)
									if av, isVar := a.(*ir.Var); isVar {
										nw = localNew(s.caller, av.Name)
									}
									if nw != nil && nw.Class != "" {
										p.setLongLived(nw.Class, fmt.Sprintf("%s is kept in the static registry %s::$%s, filled at %s:%d", shortName(nw.Class), shortName(sp.Class), sp.Name, s.caller.File.Path, s.at.Line))
									}
								}
							}
						}
					}
					// $GLOBALS['audit'] = new AuditTrail() at the top of a
					// script: made once, and a global holds it until the
					// process ends (not one a request makes anew)
					// So is one an accessor fills once, wherever it runs:
					// return $GLOBALS['channels'] ??= new self(…), a lazy
					// singleton no other code writes
					nw, made := n.Src.(*ir.New)
					if d, ok := n.Dst.(*ir.Dim); ok && made && nw.Class != "" && isVarNamed(d.Base, "GLOBALS") {
						lazy := p.globalFilledOnce(pass.Files, fn, n, stack)
						if lazy || n.Op == "=" && fn.Kind == ir.FuncMain && topLevelAt(fn.Body, n.P) {
							where := "$GLOBALS"
							if k := litString(d.Key); k != "" {
								where = fmt.Sprintf("$GLOBALS['%s']", k)
							}
							p.setLongLived(nw.Class, fmt.Sprintf("%s is kept in %s (%s:%d), a global that lives as long as the process", shortName(nw.Class), where, f.Path, n.P.Line))
							if lazy {
								p.markStrong(nw.Class) // made once: a singleton
							}
						}
					}
					// Workerman: $worker->onMessage = function (...) {...}
					if pr, ok := n.Dst.(*ir.Prop); ok && strings.EqualFold(pr.Name, "onWorkerStart") {
						for _, cb := range p.callables(fn, n.Src) {
							entry(cb, PhaseBoot, fmt.Sprintf("is the onWorkerStart callback of a server (%s:%d), run once when a worker process starts", f.Path, n.P.Line))
							p.noteServerCallback(cb)
						}
						p.serverScript[fn] = true
					}
					if pr, ok := n.Dst.(*ir.Prop); ok && workermanCallbacks[strings.ToLower(pr.Name)] {
						p.serverScript[fn] = true
						for _, cb := range p.callables(fn, n.Src) {
							entry(cb, PhaseRequest, fmt.Sprintf("is the %s callback of a server (%s:%d), run per connection or message", pr.Name, f.Path, n.P.Line))
							p.noteServerCallback(cb)
							p.noteServedBy(cb, fn, pr.Obj)
							if strings.EqualFold(pr.Name, "onClose") {
								p.noteCloseCallback(cb)
							}
							p.serverKeeps(fn, f, n.P, pr.Name, pr.Obj, n.Src, cb)
						}
					}
				case *ir.Array:
					// ['_controller' => InvoiceController::class]: Symfony's
					// routing names the controller a request runs
					for _, it := range n.Items {
						if litString(it.Key) != "_controller" {
							continue
						}
						target := litString(it.Value)
						if cc, ok := it.Value.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
							target = cc.Class + "::__invoke"
						} else if target != "" && !strings.Contains(target, "::") {
							target += "::__invoke"
						}
						for _, m := range p.lookup(pass, target) {
							entry(m, PhaseRequest, fmt.Sprintf("is the controller %s names as _controller (%s:%d), run per request", funcLabel(m), f.Path, n.P.Line))
						}
					}
				case *ir.MethodCall:
					p.methodCallFacts(fn, f, n, entry)
					p.libraryServes(fn, f, n, stack, entry)
				case *ir.StaticCall:
					p.staticCallFacts(fn, f, n, entry)
				case *ir.Call:
					if _, sync := syncArgs[analyzer.CallName(n)]; sync {
						p.syncCalls = append(p.syncCalls, syncCall{fn, n, nil})
					}
					if analyzer.CallName(n) == "frankenphp_handle_request" && len(n.Args) > 0 {
						for _, cb := range p.callables(fn, n.Args[0]) {
							entry(cb, PhaseRequest, fmt.Sprintf("is the handler given to frankenphp_handle_request() (%s:%d), run per request", f.Path, n.P.Line))
						}
					}
				case *ir.New:
					if isReactServer(n.Class) {
						p.serverScript[fn] = true
						for _, a := range n.Args {
							for _, cb := range p.callables(fn, a) {
								entry(cb, PhaseRequest, fmt.Sprintf("is a request handler of the %s at %s:%d, run per request", shortName(n.Class), f.Path, n.P.Line))
							}
							// new HttpServer(new AuthMiddleware($principals), …):
							// the server keeps its handler objects, made
							// once, for the life of the process
							why := fmt.Sprintf("is a request handler the %s at %s:%d keeps for the life of the process", shortName(n.Class), f.Path, n.P.Line)
							switch x := a.(type) {
							case *ir.New:
								if x.Class != "" {
									p.setLongLivedByNew(x.Class, shortName(x.Class)+" "+why)
								}
							case *ir.Var:
								if c := p.r.localClass(fn, x.Name); c != "" {
									p.setLongLived(c, fmt.Sprintf("$%s %s", x.Name, why))
								}
							}
						}
					}
				}
				return true
			})
		}
		switch {
		case f.Main == nil || !hasEffects(f.Main.Body) || hasLoop[f.Main]:
		case declaresAtTop(f):
			entry(f.Main, PhaseBoot, fmt.Sprintf("is the top level of %s, which declares functions or classes: PHP can run it only once per process", f.Path))
		case p.serverScript[f.Main]:
			entry(f.Main, PhaseBoot, fmt.Sprintf("is the top level of the server script %s: it runs once, registers the callbacks and starts the server", f.Path))
		case cliScript(f):
			entry(f.Main, PhaseOnce, fmt.Sprintf("is the top level of %s, a command-line script (#! line or a PHP_SAPI check): it runs once and exits", f.Path))
		}
		for _, c := range f.Classes {
			p.classFacts(pass, c, entry)
		}
		if strings.HasSuffix(f.Path, "config/octane.php") {
			p.octaneConfig = f.Path
			p.octaneFlush(f)
			p.octaneWarm(f)
			p.octaneListeners(pass, f, entry)
		}
		if strings.HasSuffix(f.Path, "routes/web.php") || strings.HasSuffix(f.Path, "routes/api.php") {
			p.routeFileActions(f, entry)
		}
		p.serviceWiring(f, entry)
	}
	p.octaneEventListeners(pass, entry)
	p.handlersLocators(pass, entry)
	p.requestTakers(pass, entry)
	// $worker->onWorkerStart = function () use (&$service) { $service =
	// new Service(); }: made once per worker process, and kept in the
	// variable the callbacks share by reference
	for _, e := range p.entries {
		if e.phase != PhaseBoot || e.fn.Kind != ir.FuncClosure {
			continue
		}
		for _, u := range e.fn.Uses {
			if !u.ByRef {
				continue
			}
			// (or what a factory returns: $app = Application::boot($config))
			class := ""
			if nw := localNew(e.fn, u.Name); nw != nil {
				class = nw.Class
			} else if src := assignedOnce(e.fn)[u.Name]; src != nil {
				switch src.(type) {
				case *ir.StaticCall, *ir.Call:
					if c := r.classOf(e.fn, src); r.ix.Class(c) != nil {
						class = c
					}
				}
			}
			if class != "" {
				p.setLongLived(class, fmt.Sprintf("%s is made when the worker starts (%s:%d) and kept in $%s, which the worker's callbacks share by reference",
					shortName(class), e.fn.File.Path, e.fn.Pos.Line, u.Name))
			}
		}
	}
	for _, e := range pass.Entries {
		class, method, ok := strings.Cut(e, "::")
		if !ok {
			continue
		}
		if c := pass.Index.ClassByName(class); c != nil {
			if m := pass.Index.Method(c.Name, method); m != nil {
				entry(m, PhaseRequest, fmt.Sprintf("is the entry point %s::%s() (--entry or entries:), run per request, message or job", c.Short, m.Name))
				p.setLongLived(c.Name, fmt.Sprintf("%s serves requests through its entry point %s() and is kept between them", c.Short, m.Name))
			}
		}
	}
	for _, d := range pass.Declarations {
		if d.Phase == "locator" {
			continue // a type, not a phase (see locatorIDs)
		}
		if d.Phase == "process" {
			p.declaredServices(pass, d)
			continue
		}
		phase := PhaseBoot
		if d.Phase == "request" {
			phase = PhaseRequest
		}
		for _, fn := range p.lookup(pass, d.Target) {
			if fn.Kind == ir.FuncMethod && !strings.Contains(d.Target, "::") {
				continue // a class name alone names no method
			}
			entry(fn, phase, d.Why)
		}
	}
	for _, b := range pass.Boot {
		for _, fn := range p.lookup(pass, b) {
			entry(fn, PhaseBoot, fmt.Sprintf("runs once at boot (boot: %s in the config)", b))
		}
	}
	for class, life := range pass.Lifetimes {
		c := pass.Index.ClassByName(class)
		name := class
		if c != nil {
			name = c.Name
		}
		switch life {
		case "process":
			p.longLived[strings.ToLower(name)] = fmt.Sprintf("%s lives for the process (lifetimes: in the config)", shortName(name))
			p.markStrong(name)
		case "request":
			p.requestLived[strings.ToLower(name)] = fmt.Sprintf("%s lives for one request (lifetimes: in the config)", shortName(name))
		}
	}
	// everything a per-request function calls runs per request too, and
	// so do the callbacks it runs out of a property they were stored in
	// (a route's handler, a listener), wherever they were registered
	stored := p.storedCallbacks()
	p.stored = stored
	p.dispatchLoops()
	// (at least one round: a request loop that calls only what it holds
	// marks nothing by itself)
	for first := true; first || len(work) > 0; first = false {
		for len(work) > 0 {
			fn := work[0]
			work = work[1:]
			why := p.perIter[fn]
			if !strings.HasPrefix(why, "runs ") && !strings.HasPrefix(why, "is reached from ") {
				// an entry's own sentence ("is the PSR-15 request handler …")
				// does not describe what it calls
				why = fmt.Sprintf("is reached from %s, which %s", funcLabel(fn), why)
			}
			current = p.loopOf[fn]
			for _, callee := range p.callees(fn) {
				mark(callee, why)
			}
			// require 'plugin.php' (not _once) on every call: the file's
			// top level runs as often
			for _, inc := range p.includedEachTime(pass, fn) {
				mark(inc.Main, fmt.Sprintf("is the top level of %s, which %s includes with require on every call; %s %s", inc.Path, funcLabel(fn), funcLabel(fn), strings.TrimPrefix(p.perIter[fn], "is ")))
			}
			current = loopRef{}
		}
		// $handler = $this->handlers[$message::class]; $handler($message):
		// the invokable objects the constructor was given in that array
		for _, inv := range p.invokedHeld() {
			if _, done := p.perIter[inv.invoke]; done {
				continue
			}
			byWhy, per := p.perIter[inv.by]
			if !per {
				byWhy, per = p.ownLoopWhy(inv.by, inv.prop)
			}
			if per {
				what := "closure"
				if inv.invoke.Class != nil && inv.invoke.Kind == ir.FuncMethod {
					what = shortName(inv.invoke.Class.Name)
				}
				why := fmt.Sprintf("runs when %s calls what it keeps in $%s (a %s, given to its constructor); %s %s",
					funcLabel(inv.by), inv.prop, what, funcLabel(inv.by), byWhy)
				mark(inv.invoke, why)
				if inv.invoke.Kind == ir.FuncClosure || inv.invoke.Kind == ir.FuncArrow {
					captured = append(captured, entryFact{inv.invoke, PhaseRequest, why})
				}
			}
		}
		for _, sc := range stored {
			if _, done := p.perIter[sc.cb]; done {
				continue
			}
			for _, inv := range p.r.invokersOf(sc.class, sc.prop) {
				invWhy, per := p.perIter[inv]
				if !per {
					invWhy, per = p.ownLoopWhy(inv, sc.prop)
				}
				if per && p.askedPerRequest(inv, sc.prop, sc.keys) {
					why := fmt.Sprintf("runs when %s calls it out of $%s, where %s keeps it (%s:%d); %s %s",
						funcLabel(inv), sc.prop, funcLabel(sc.by), sc.at.File.Path, sc.line, funcLabel(inv), invWhy)
					mark(sc.cb, why)
					if sc.cb.Kind == ir.FuncClosure || sc.cb.Kind == ir.FuncArrow {
						captured = append(captured, entryFact{sc.cb, PhaseRequest, why})
					}
					break
				}
			}
		}
	}
	// what is registered on objects callbacks are handed, now that the
	// per-request callbacks are known
	p.receiverKeeps()
	// what a per-request callback captures from code that does not run
	// per request was made before it, and serves every request
	for _, e := range captured {
		if _, per := p.perIter[e.fn.Parent]; per {
			continue
		}
		names := arrowCaptures(e.fn) // fn ($r) => $controller->show($r)
		for _, u := range e.fn.Uses {
			names = append(names, u.Name)
		}
		for _, name := range names {
			c := r.localClass(e.fn.Parent, name)
			if c == "" {
				continue
			}
			why := fmt.Sprintf("$%s is created once and captured by a callback that %s", name, e.why)
			// ($worker = new Worker(…) before the callbacks: made where
			// the project says, not by a container; see madeOnlyByNew)
			if nw, ok := assignedOnce(e.fn.Parent)[name].(*ir.New); ok && strings.EqualFold(nw.Class, c) {
				p.setLongLivedByNew(c, why)
			} else {
				p.setLongLived(c, why)
			}
		}
	}
	// what boot and one-shot code calls runs once, unless per-request
	// code reaches it too
	for _, e := range p.entries {
		if e.phase == PhaseRequest {
			continue
		}
		if _, per := p.perIter[e.fn]; per {
			continue
		}
		if hasLoop[e.fn] {
			continue // a command or boot code that runs a worker loop serves requests in it
		}
		if _, ok := p.once[e.fn]; !ok {
			p.once[e.fn] = onceFact{e.phase, e.why, e.why}
		}
	}
	// calls of project functions that run the callables they are given,
	// found by the walk that resolves every call
	p.r.callSites()
	p.syncCalls = append(p.syncCalls, p.r.syncSites...)
	p.propagateOnce(pass, hasLoop)
	for _, b := range p.bindings {
		if _, per := p.perIter[b.fn]; !per {
			p.setLongLived(b.class, b.why)
			p.markStrong(b.class)
		}
	}
	p.warmShared()
	p.forgottenPerRequest()
	p.findPerRequestNews(pass)
	for k := range p.requestLived {
		delete(p.longLived, k)
	}
	p.propagateLongLived()
	for k := range p.requestLived {
		delete(p.longLived, k)
	}
	// (the lineage of the long-lived classes, asked for while the model
	// was being built, is found again from the final set)
	p.lineageLong = nil
	// (what runs only on failure, once every per-request function is
	// known; the resets asked for while the model was being built are
	// asked again)
	p.failureOnly = p.onFailureOnly()
	p.resetMemo = nil
	p.wire()
	r.forgetFixed()
	return p
}

// wire hands the resolver what the model knows (which functions run per
// request, once, which entry payloads and call sites are per request):
// the key domains and growth rates it answers from then on count only
// the calls that run per request.
func (p *program) wire() {
	r := p.r
	r.perRequest = func(fn *ir.Func) bool { _, ok := p.perIter[fn]; return ok }
	r.runsOnce = func(fn *ir.Func) bool { _, ok := p.onlyOnce(fn); return ok }
	r.longLived = p.longLivedClass
	entries := map[*ir.Func]bool{}
	for _, e := range p.entries {
		if e.phase == PhaseRequest {
			entries[e.fn] = true
		}
	}
	r.servedByLibrary = func(fn *ir.Func) string { return p.libraryServed[fn] }
	r.entryPayload = func(fn *ir.Func, i int) bool {
		if !entries[fn] || i >= len(fn.Params) {
			return false
		}
		if sites, _ := r.callSites(); len(sites[fn]) > 0 {
			return false // the project calls it too: its callers say
		}
		for _, t := range fn.Params[i].TypeHints() {
			switch strings.ToLower(t) {
			case "string", "array", "mixed", "int":
			default:
				return false // an object (a connection, a request), a flag
			}
		}
		return true
	}
	r.dispatched = p.dispatched
	r.sitePerRequest = func(s callSite) bool {
		_, per := p.perIter[s.caller]
		return per && !p.outsideLoop(s)
	}
	r.siteOnce = func(s callSite) bool {
		if _, once := p.onlyOnce(s.caller); once {
			return !r.sitePerRequest(s)
		}
		return p.outsideLoop(s)
	}
}

// forgottenPerRequest marks as request-lived the services that
// per-request code drops from the container, so that the next request
// resolves a fresh one (see forgets). The request loops' own bodies were
// looked at by loopCalls.
func (p *program) forgottenPerRequest() {
	fns := slices.Collect(maps.Keys(p.perIter))
	sort.Slice(fns, func(i, j int) bool { return funcOrder(fns[i], fns[j]) })
	for _, fn := range fns {
		p.forgets(fn, fn.Body, strings.TrimPrefix(p.perIter[fn], "is "))
	}
}

// forgets marks as request-lived the services that body, code of fn
// that runs per request, drops from the container:
// $app->forgetInstance(X::class) or forgetInstance('log') (Laravel's
// container, and a project's own with the same method). What such a
// service kept dies with it. A facade's clearResolvedInstance('log')
// alone drops only the facade's copy: the container hands the same
// singleton back.
func (p *program) forgets(fn *ir.Func, body []ir.Stmt, when string) {
	analyzer.InspectKinds(body, analyzer.KMethodCall|analyzer.KStaticCall, func(n analyzer.Node, _ []analyzer.Node) bool {
		name, args, ok := memberCall(n)
		if !ok || len(args) == 0 || !strings.EqualFold(name, "forgetInstance") {
			return true
		}
		class := ""
		if cc, ok := args[0].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
			class = cc.Class
		} else if id := litString(args[0]); id != "" {
			class = p.r.bindings()[id]
		}
		if k := strings.ToLower(class); class != "" && p.requestLived[k] == "" {
			p.requestLived[k] = fmt.Sprintf("%s is dropped from the container by %s() (%s:%d) in code that %s: the next request makes a new one",
				shortName(class), name, fn.File.Path, n.Span().Line, when)
		}
		return true
	})
}

// interactive reports whether body (code of fn) reads a line typed at a
// terminal: it calls readline(), asks a console question (see
// interactiveCall), or calls a project function that does, up to depth
// calls deep (Maintenance::readconsole()). A loop that does so each time
// round is an interactive console serving one person, not a worker loop.
// Reading STDIN alone does not count: worker protocols (RoadRunner's
// pipes) read requests from it.
func (p *program) interactive(fn *ir.Func, body []ir.Stmt, depth int) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Call:
			if name := analyzer.CallName(n); name == "readline" || name == "readline_callback_read_char" {
				found = true
			}
		case *ir.MethodCall:
			found = p.asksQuestion(fn, n) != nil
		case *ir.Closure:
			return false // runs when called, not here
		}
		if c, ok := n.(ir.Expr); ok && !found && depth > 0 {
			switch c.(type) {
			case *ir.Call, *ir.MethodCall, *ir.StaticCall:
				if t := p.r.target(fn, c); t != nil && t != fn && p.interactiveFunc(t, depth-1) {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// interactiveFunc is interactive for a whole function, remembered.
func (p *program) interactiveFunc(fn *ir.Func, depth int) bool {
	k := interactiveKey{fn, depth}
	if v, ok := p.asks[k]; ok {
		return v
	}
	p.asks[k] = false // recursion: not (yet)
	v := p.interactive(fn, fn.Body, depth)
	p.asks[k] = v
	return v
}

type interactiveKey struct {
	fn    *ir.Func
	depth int
}

// findPerRequestNews records the classes that per-request code makes
// with `new` (in a per-request function or a request loop's body): their
// instances are made per request, whatever else says the class is a
// service — a class lives for the process only when its objects do.
func (p *program) findPerRequestNews(pass *analyzer.Pass) {
	p.newPerRequest = map[string]bool{}
	record := func(fn *ir.Func, body []ir.Stmt) {
		scope := analyzer.NewScope(fn)
		analyzer.InspectKinds(body, analyzer.KNew, func(n analyzer.Node, stack []analyzer.Node) bool {
			if nw, ok := n.(*ir.New); ok && nw.Class != "" && !storedOnce(stack, scope) {
				p.newPerRequest[strings.ToLower(nw.Class)] = true
			}
			return true
		})
	}
	for fn := range p.perIter {
		// (a method that takes the request and that no project code
		// calls: a resource's toArray() may make a throwaway object of a
		// class a facade shares; that is not where the service is made)
		if !p.takerMethods[fn] {
			record(fn, fn.Body)
		}
	}
	for _, l := range p.loops {
		analyzer.Inspect(l.fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if loop, ok := n.(*ir.Loop); ok && l.loop == loop {
				record(l.fn, loop.Body)
				return false
			}
			return true
		})
	}
}

// propagateOnce extends the once phase (boot, one-shot) to the functions
// that only once-code calls. A function takes it when every resolved call
// of it sits in once-code and nothing else can reach it:
//   - every call of its name on a receiver of unknown class (for a
//     method) that passes the arguments it requires sits in once-code
//     too; calls through a parent class or an interface of the project
//     count as calls of every override (see dispatch);
//   - it overrides or implements no method of a parent or interface
//     outside the project, which code phpleak does not see may call;
//   - a constructor, only when its objects are made by `new` alone (see
//     madeOnlyByNew): a container or factory builds others from a name;
//   - it runs no request loop of its own.
//
// Methods that nothing in the project calls (framework entry points,
// public API) stay unknown. A worklist makes it linear in the calls.
func (p *program) propagateOnce(pass *analyzer.Pass, hasLoop map[*ir.Func]bool) {
	resolved, _ := p.r.callSites()
	untyped := p.r.untyped
	byNew := p.madeOnlyByNew()
	// callables handed to built-ins that call them at once count as calls
	// made by the code that hands them over; calls through a parent class
	// or an interface count as calls of every override
	sites := p.dispatch(resolved)
	p.dispatched = sites
	// the candidates, and the calls that reach them: calls lists the
	// candidates each function calls; a call of a method's name on a
	// receiver of unknown class may reach it when it passes the arguments
	// the method requires (byName, untypedOf)
	candidate := map[*ir.Func]bool{}
	calls := map[*ir.Func][]*ir.Func{}
	byName := map[string][]*ir.Func{}
	var callers []*ir.Func // every function that calls a candidate, in order
	seen := map[*ir.Func]bool{}
	note := func(f *ir.Func) {
		if !seen[f] {
			seen[f] = true
			callers = append(callers, f)
		}
	}
	for _, f := range pass.Files {
		for _, fn := range f.Funcs {
			if _, per := p.perIter[fn]; per || hasLoop[fn] {
				continue
			}
			if _, ok := p.once[fn]; ok || len(sites[fn]) == 0 {
				continue
			}
			switch fn.Kind {
			case ir.FuncFunction:
			case ir.FuncClosure, ir.FuncArrow:
				// a closure written as the argument of a call that runs
				// it at once (tap($x, function …)) runs when that call
				// does, as does one kept in a local that is only ever
				// called ($boot = function …; $boot();); one kept
				// otherwise may also run later
				if !inlineArgument(fn) && !onlyCalledLocal(fn) && !returnedByFile(fn) {
					continue
				}
			case ir.FuncMethod:
				if strings.EqualFold(fn.Name, "__construct") {
					if !byNew[fn] {
						continue
					}
				} else if p.overridesOutside(fn) {
					continue
				} else if name := strings.ToLower(fn.Name); len(untyped[name]) > 0 {
					byName[name] = append(byName[name], fn)
				}
			default:
				continue
			}
			candidate[fn] = true
			for _, s := range sites[fn] {
				if s.caller != fn { // recursion: it runs when it already runs
					caller := p.beforeLoop(s)
					calls[caller] = append(calls[caller], fn)
					note(caller)
				}
			}
		}
	}
	untypedOf := map[*ir.Func][]untypedName{}
	for _, name := range slices.Sorted(maps.Keys(byName)) {
		for _, c := range untyped[name] {
			untypedOf[c.caller] = append(untypedOf[c.caller], untypedName{name, c.args})
			note(c.caller)
		}
	}
	callees := func(f *ir.Func, visit func(*ir.Func)) {
		for _, c := range calls[f] {
			visit(c)
		}
		for _, u := range untypedOf[f] {
			for _, m := range byName[u.name] {
				if u.args >= requiredParams(m) {
					visit(m)
				}
			}
		}
	}
	// what code that may run per request (not once, not a candidate)
	// calls, directly or through other candidates, may run per request
	tainted := map[*ir.Func]bool{}
	var queue []*ir.Func
	for _, f := range callers {
		if _, ok := p.once[f]; !ok && !candidate[f] {
			queue = append(queue, f)
		}
	}
	for len(queue) > 0 {
		f := queue[0]
		queue = queue[1:]
		callees(f, func(c *ir.Func) {
			if !tainted[c] {
				tainted[c] = true
				queue = append(queue, c)
			}
		})
	}
	// the rest of what once-code reaches runs once; a cycle of calls
	// among candidates (recursion through several methods) counts as
	// such when nothing outside it taints it
	for _, f := range callers {
		if _, ok := p.once[f]; ok && !candidate[f] {
			queue = append(queue, f)
		}
	}
	for len(queue) > 0 {
		from := queue[0]
		queue = queue[1:]
		root := p.once[from]
		callees(from, func(c *ir.Func) {
			if _, done := p.once[c]; done || tainted[c] || !candidate[c] {
				return
			}
			p.once[c] = onceFact{root.phase, fmt.Sprintf("is called only from code that runs once (such as %s, reached from code that %s)", funcLabel(from), root.root), root.root}
			queue = append(queue, c)
		})
	}
}

// storedCallback is a callable handed to a method that keeps it in a
// property of its object: run whenever code reads it back from there and
// calls it.
type storedCallback struct {
	cb          *ir.Func // the closure, or the method [$obj, 'm'] names
	class, prop string   // where the method keeps it
	by          *ir.Func // the method that keeps it
	at          *ir.Func // the function that hands it over
	line        int32    // where
	// keys: the strings it is kept under ($events->addListener(
	// 'kernel.terminate', …)): it runs when what keeps it is asked for
	// one of them
	keys []string
	// direct: the argument is the closure itself, written in the call
	// (handed nowhere else)
	direct bool
}

// storedCallbacks lists, once, the closures and callables of the project
// handed to a method that keeps the argument in a property
// ($kernel->route('POST', '/checkout', fn ($r) => …) keeping it in
// $this->routes).
func (p *program) storedCallbacks() []storedCallback {
	var out []storedCallback
	p.r.callSites() // (the walk that notes the calls given a callable)
	for _, fc := range p.r.callableCalls {
		fn, mc := fc.fn, fc.call
		m := p.r.method(fn, mc)
		if m == nil || m.Class == nil || containerBinding[strings.ToLower(m.Name)] {
			continue // a container's factories: see bind and singleton
		}
		kept := p.r.storedParams(m)
		for i, a := range mc.Args {
			prop, ok := kept[i]
			if !ok {
				continue
			}
			var keys []string
			for j, k := range mc.Args {
				if l, ok := k.(*ir.Lit); ok && l.Kind == ir.LitString && j != i {
					keys = append(keys, l.Value)
				}
				// listen(WorkerStopping::class, …): an event class
				if cc, ok := k.(*ir.ClassConst); ok && cc.Class != "" && strings.EqualFold(cc.Name, "class") && j != i {
					keys = append(keys, strings.TrimPrefix(cc.Class, `\`))
				}
			}
			for _, cb := range p.callables(fn, a) {
				cl, direct := a.(*ir.Closure)
				out = append(out, storedCallback{cb: cb, class: m.Class.Name, prop: prop, by: m, at: fn, line: mc.P.Line, keys: keys, direct: direct && cl.Func == cb})
			}
		}
	}
	return append(out, p.ownCallbacks()...)
}

// ownCallbacks lists the closures a class's own methods build and keep
// in a property of $this: $this->handler = $handler, where every value
// the method gives the local $handler is a closure or a first-class
// callable (a middleware pipeline folded in the constructor).
func (p *program) ownCallbacks() []storedCallback {
	var out []storedCallback
	for _, f := range p.r.ix.Files() {
		for _, c := range f.Classes {
			for _, m := range c.Methods {
				var held map[string][]*ir.Func // (made on the first property write)
				analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
					a, ok := n.(*ir.Assign)
					if !ok || a.Op != "=" {
						return true
					}
					pr, ok := a.Dst.(*ir.Prop)
					if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" {
						return true
					}
					var cbs []*ir.Func
					switch src := a.Src.(type) {
					case *ir.Closure:
						cbs = []*ir.Func{src.Func}
					case *ir.Var:
						if held == nil {
							held = p.heldCallables(m)
						}
						cbs = held[src.Name]
					}
					for _, cb := range cbs {
						out = append(out, storedCallback{cb: cb, class: c.Name, prop: pr.Name, by: m, at: m, line: a.P.Line})
					}
					return true
				})
			}
		}
	}
	return out
}

// heldCallables maps the locals of fn whose every assignment is a
// closure or a first-class callable to those callables; parameters and
// locals given anything else are left out.
func (p *program) heldCallables(fn *ir.Func) map[string][]*ir.Func {
	out := map[string][]*ir.Func{}
	mixed := map[string]bool{}
	analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok {
			return true
		}
		v, ok := a.Dst.(*ir.Var)
		if !ok || v.Name == "" || mixed[v.Name] {
			return true
		}
		var cb *ir.Func
		switch src := a.Src.(type) {
		case *ir.Closure:
			cb = src.Func
		case *ir.MethodCall, *ir.StaticCall, *ir.Call:
			if t := p.r.target(fn, src); t != nil && firstClass(src) {
				cb = t
			}
		}
		if cb == nil || a.Op != "=" || a.ByRef {
			mixed[v.Name] = true
			delete(out, v.Name)
			return true
		}
		out[v.Name] = append(out[v.Name], cb)
		return true
	})
	for _, prm := range fn.Params {
		delete(out, prm.Name)
	}
	delete(out, "this")
	return out
}

// askedPerRequest reports whether code that runs per request calls inv,
// the method that runs what it reads out of $prop under a parameter
// (foreach ($this->listeners[$event] as $l)), with one of keys for that
// parameter, or with a value that may be one: $events->dispatch($e,
// 'kernel.response') per request runs no listener kept under
// 'kernel.terminate' when only terminate(), which nothing calls per
// request, dispatches that. No keys (a listener kept under a name the
// code computes), a key inv computes, or no call of inv the project
// makes: it may.
func (p *program) askedPerRequest(inv *ir.Func, prop string, keys []string) bool {
	return p.askedFor(inv, prop, keys, true)
}

// askedFor is askedPerRequest, or with perOnly false whether any call of
// inv in the project asks for one of keys (or may).
func (p *program) askedFor(inv *ir.Func, prop string, keys []string, perOnly bool) bool {
	sites, _ := p.r.callSites()
	if !perOnly && p.dispatched != nil {
		sites = p.dispatched // (a call through an interface runs every implementation)
	}
	if len(keys) == 0 || len(sites[inv]) == 0 {
		return true
	}
	param, byClass := keyParam(inv, prop)
	if param < 0 {
		return true
	}
	for _, s := range sites[inv] {
		if s.at == (ir.Pos{}) || param >= len(s.args) {
			return true // handed on as a callback, or a default: any key
		}
		if _, per := p.perIter[s.caller]; !per && perOnly {
			if _, inLoop := p.requestLoopsAt(s.caller, s.at); !inLoop {
				continue
			}
		}
		if byClass {
			// dispatch(new JobProcessed(…)) read as
			// $this->listeners[$event::class]: the event's class
			c := p.madeClass(s.caller, s.args[param])
			if c == "" || slices.ContainsFunc(keys, func(k string) bool { return strings.EqualFold(k, strings.TrimPrefix(c, `\`)) }) {
				return true
			}
			continue
		}
		if l, ok := s.args[param].(*ir.Lit); !ok || l.Kind != ir.LitString || slices.Contains(keys, l.Value) {
			return true
		}
	}
	return false
}

// neverDispatched reports whether closure fn is written only as the
// listener of a call that keeps it under event names
// ($conn->on('end', function () { … })) that no call in the project of
// what runs the kept callables ever asks for: every such call passes
// another literal name ($this->emit('close')), so the closure never
// runs. The property it is kept in must go nowhere else than to those
// invokers (no getter hands the listeners out), and every invoker must be
// called only where phpleak sees it.
func (p *program) neverDispatched(fn *ir.Func) bool {
	_, ok := p.undispatched(fn)
	return ok
}

// undispatchedRemover finds, among removers, a closure that never runs
// (see neverDispatched), with where it is kept.
func (p *program) undispatchedRemover(removers []*ir.Func) (storedCallback, bool) {
	for _, m := range removers {
		if sc, ok := p.undispatched(m); ok {
			return sc, true
		}
	}
	return storedCallback{}, false
}

func (p *program) undispatched(fn *ir.Func) (storedCallback, bool) {
	if fn.Kind != ir.FuncClosure && fn.Kind != ir.FuncArrow {
		return storedCallback{}, false
	}
	var held []storedCallback
	for _, sc := range p.stored {
		if sc.cb != fn {
			continue
		}
		if !sc.direct || len(sc.keys) == 0 {
			return storedCallback{}, false
		}
		held = append(held, sc)
	}
	if len(held) == 0 {
		return storedCallback{}, false
	}
	sites, _ := p.r.callSites()
	if p.dispatched != nil {
		sites = p.dispatched
	}
	for _, sc := range held {
		// (code phpleak does not see may emit on the object: a parent
		// or interface outside the project, or an object handed to a
		// library — ReactPHP's Util::forwardEvents($source, $conn, …))
		if p.emitterReachesLibrary(sc.class) {
			return storedCallback{}, false
		}
		invs := p.r.invokersOf(sc.class, sc.prop)
		if len(invs) == 0 || p.r.propReadOutside(sc.class, sc.prop, invs) {
			return storedCallback{}, false
		}
		for _, inv := range invs {
			if len(sites[inv]) == 0 || !p.r.onlyResolvedCalls(inv) || p.askedFor(inv, sc.prop, sc.keys, false) {
				return storedCallback{}, false
			}
		}
	}
	return held[0], true
}

// thisStopFlag reports whether e is a stop flag (see isStopFlag) kept
// in a property of $this ($this->running, !$this->shouldStop), which
// another method or a signal handler sets.
func thisStopFlag(e ir.Expr) bool {
	x := e
	if o, ok := x.(*ir.Other); ok && o.Op == "!" && len(o.Args) == 1 {
		x = o.Args[0]
	}
	pr, ok := x.(*ir.Prop)
	return ok && analyzer.IsThis(pr.Obj) && isStopFlag(e)
}

// emitterReachesLibrary reports, once per class, whether objects of
// class (the class or trait that keeps listeners, with the classes using
// it) may reach code the project does not contain: one of them has an
// ancestor or interface outside the project, or such an object is given
// to a library (a namespaced function, a static method or constructor of
// a class outside the project, a method of a receiver that is neither a
// project class nor one of PHP's containers).
func (p *program) emitterReachesLibrary(class string) bool {
	key := strings.ToLower(class)
	if b, ok := p.libraryEmitters[key]; ok {
		return b
	}
	if p.libraryEmitters == nil {
		p.libraryEmitters = map[string]bool{}
	}
	b := func() bool {
		ix := p.r.ix
		classes := []string{class}
		for _, u := range ix.TraitUsers(class) {
			classes = append(classes, u.Name)
		}
		for _, c := range classes {
			for t := range ix.Supertypes(c) {
				if ix.ProjectClass(t) == nil {
					return true
				}
			}
		}
		ours := func(fn *ir.Func, e ir.Expr) bool {
			c := p.r.classOf(fn, e)
			return c != "" && slices.ContainsFunc(classes, func(k string) bool { return strings.EqualFold(c, k) || ix.Implements(c, k) })
		}
		library := func(c string) bool { return c == "" || ix.ProjectClass(c) == nil && !builtins.IsContainer(c) }
		for _, f := range ix.Files() {
			for _, fn := range f.AllFuncs() {
				found := false
				analyzer.InspectFunc(fn, analyzer.KCalls|analyzer.KNew, func(n analyzer.Node, _ []analyzer.Node) bool {
					var args []ir.Expr
					switch n := n.(type) {
					case *ir.Call:
						if n.Name != "" && strings.Contains(strings.TrimPrefix(n.Name, `\`), `\`) && ix.Function(n.Name, n.Fallback) == nil {
							args = n.Args
						}
					case *ir.StaticCall:
						if library(n.Class) {
							args = n.Args
						}
					case *ir.New:
						if library(n.Class) {
							args = n.Args
						}
					case *ir.MethodCall:
						if library(p.r.classOf(fn, n.Recv)) {
							args = n.Args
						}
					}
					found = found || slices.ContainsFunc(args, func(a ir.Expr) bool { return ours(fn, a) })
					return !found
				})
				if found {
					return true
				}
			}
		}
		return false
	}()
	p.libraryEmitters[key] = b
	return b
}

// propReadOutside reports whether a method of class's lineage other than
// the invokers reads property prop of $this as a value: anything but a
// write to it or to an element (=, []=, unset) may hand what it keeps to
// code that calls it.
func (r *resolver) propReadOutside(class, prop string, invokers []*ir.Func) bool {
	for _, c := range r.ix.Lineage(class) {
		for _, m := range c.Methods {
			if slices.Contains(invokers, m) {
				continue
			}
			read := false
			analyzer.Inspect(m.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
				pr, ok := n.(*ir.Prop)
				if !ok || !analyzer.IsThis(pr.Obj) || pr.Name != prop {
					return !read
				}
				if !writtenOnly(pr, stack) {
					read = true
				}
				return !read
			})
			if read {
				return true
			}
		}
	}
	return false
}

// writtenOnly reports whether the property read pr, below the nodes of
// stack, is only the target of a write: the destination of an
// assignment (the property or an element of it, at any depth) or of an
// unset.
func writtenOnly(pr *ir.Prop, stack []analyzer.Node) bool {
	var x ir.Expr = pr
	for i := len(stack) - 1; i >= 0; i-- {
		switch s := stack[i].(type) {
		case *ir.Dim:
			if s.Base != x {
				return false // used as a key
			}
			x = s
		case *ir.Assign:
			return s.Dst == x && !s.ByRef && s.Op == "="
		case *ir.Unset:
			return slices.Contains(s.Targets, x)
		default:
			return false
		}
	}
	return false
}

// keyParam is the index of the parameter of fn under which it reads
// $this->prop ($this->listeners[$event]), -1 when it reads it under
// anything else or not at all. byClass: under the class of the object
// the parameter holds ($this->listeners[$event::class]), for a function
// of one parameter that it never assigns.
func keyParam(fn *ir.Func, prop string) (index int, byClass bool) {
	index, other := -1, false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		d, ok := n.(*ir.Dim)
		if !ok {
			return true
		}
		if pr, ok := d.Base.(*ir.Prop); !ok || !analyzer.IsThis(pr.Obj) || pr.Name != prop {
			return true
		}
		i, cls := paramIndex(fn, d.Key), false
		// ($x::class names no variable: the one parameter's)
		if cc, ok := d.Key.(*ir.ClassConst); ok && cc.Class == "" && strings.EqualFold(cc.Name, "class") &&
			len(fn.Params) == 1 && !analyzer.AssignsVar(fn, fn.Params[0].Name) {
			i, cls = 0, true
		}
		if i < 0 || index >= 0 && (index != i || byClass != cls) {
			other = true
		}
		index, byClass = i, cls
		return !other
	})
	if other {
		return -1, false
	}
	return index, byClass
}

// outsideRequestLoops reports whether at, in fn's own body, lies outside
// every request loop fn has, when it has one (a worker script's set-up
// before its loop): it runs once, whatever the function's phase says.
func (p *program) outsideRequestLoops(fn *ir.Func, at ir.Pos) bool {
	if fn.Kind != ir.FuncMain && !posWithin(at, fn.Pos) {
		return false // not in fn's own body
	}
	has, inside := p.requestLoopsAt(fn, at)
	return has && !inside
}

// callableLiteral reports whether e is written as a callable: a closure
// or arrow function, [$obj, 'method'], a first-class callable (cheap
// tests, made on every call before calls are resolved).
func callableLiteral(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Closure:
		return true
	case *ir.Array:
		// [$this, 'handle'], [Foo::class, 'handle']
		if len(e.Items) != 2 || e.Items[0].Key != nil {
			return false
		}
		if l, ok := e.Items[1].Value.(*ir.Lit); !ok || l.Kind != ir.LitString {
			return false
		}
		switch e.Items[0].Value.(type) {
		case *ir.Var, *ir.Prop, *ir.New, *ir.ClassConst:
			return true
		}
		return false
	case *ir.Call:
		return e.FirstClass // strlen(...)
	case *ir.MethodCall:
		return e.FirstClass // $this->handle(...)
	case *ir.StaticCall:
		return e.FirstClass
	}
	return false
}

// invokedObject is an invokable object kept in a property that a method
// of the holder calls.
type invokedObject struct {
	invoke *ir.Func // the object's __invoke()
	by     *ir.Func // the holder's method that calls it
	prop   string
}

// invokedHeld lists, once, the __invoke() methods of objects a class is
// given at construction in an array or as a promoted argument
// (new Worker([Created::class => new CreatedHandler()])) and that one of
// its methods calls out of that property.
func (p *program) invokedHeld() []invokedObject {
	if p.invoked != nil {
		return *p.invoked
	}
	out := []invokedObject{}
	sites, _ := p.r.callSites()
	for _, f := range p.r.ix.Files() {
		for _, c := range f.Classes {
			ctor := p.r.ix.Method(c.Name, "__construct")
			if c.Kind != ir.KindClass || ctor == nil || ctor.Class != c || len(sites[ctor]) == 0 {
				continue
			}
			kept := p.r.storedParams(ctor)
			for _, i := range slices.Sorted(maps.Keys(kept)) {
				prop := kept[i]
				var held []string
				var methods []*ir.Func // first-class callables: new StateResetter([$stats->flush(...)])
				for _, s := range sites[ctor] {
					if i >= len(s.args) {
						continue
					}
					vals := []ir.Expr{s.args[i]}
					if a, ok := s.args[i].(*ir.Array); ok {
						vals = nil
						for _, it := range a.Items {
							vals = append(vals, it.Value)
						}
					}
					for _, v := range vals {
						if nw, ok := v.(*ir.New); ok && nw.Class != "" {
							held = append(held, nw.Class)
						}
						// [Job::class => $handler], $handler = new Handler(…)
						if lv, ok := v.(*ir.Var); ok {
							if c := p.r.localClass(s.caller, lv.Name); c != "" {
								held = append(held, c)
							} else if cl := localClosure(s.caller, lv.Name); cl != nil {
								methods = append(methods, cl) // $handler = static function (…) {…}
							}
						}
						if mc, ok := v.(*ir.MethodCall); ok && !mc.FirstClass {
							if c := p.madeClass(s.caller, mc); c != "" {
								held = append(held, c) // $c->get(RouteController::class)
							}
						}
						if mc, ok := v.(*ir.MethodCall); ok && mc.FirstClass {
							if m := p.r.method(s.caller, mc); m != nil && !m.Abstract {
								methods = append(methods, m)
							}
						}
						// new Worker($app, fn (string $uri) => …): a closure
						if cl, ok := v.(*ir.Closure); ok {
							methods = append(methods, cl.Func)
						}
					}
				}
				if len(held) == 0 && len(methods) == 0 {
					continue
				}
				for _, by := range p.r.invokersOf(c.Name, prop) {
					for _, h := range held {
						if m := p.r.ix.Method(h, "__invoke"); m != nil {
							out = append(out, invokedObject{invoke: m, by: by, prop: prop})
						}
					}
					for _, m := range methods {
						out = append(out, invokedObject{invoke: m, by: by, prop: prop})
					}
				}
			}
		}
	}
	p.invoked = &out
	return out
}

// freshReceiversOnly reports whether every call of method m that runs
// per request is made on an object made for the request, not on the
// long-lived instance of its class: $this->logger->pushProcessor(…)
// where the holder, itself short-lived, got its logger from withName(),
// which returns a clone. What m adds to such an object goes with it.
func (p *program) freshReceiversOnly(m *ir.Func) bool {
	return p.freshReceiversDepth(m, 3)
}

// freshReceiversDepth is freshReceiversOnly, following calls on $this up
// to depth methods: addListener() called as $this->addListener() by
// addSubscriber(), itself called on a clone of the dispatcher.
func (p *program) freshReceiversDepth(m *ir.Func, depth int) bool {
	if m.Kind != ir.FuncMethod || m.Static || p.r.sitePerRequest == nil {
		return false
	}
	n := 0
	for _, s := range p.r.growthSites(m) {
		if !p.r.sitePerRequest(s) {
			continue
		}
		n++
		if s.recv != nil && analyzer.IsThis(s.recv) && depth > 0 && s.caller != m && s.caller.Kind == ir.FuncMethod {
			if !p.freshReceiversDepth(s.caller, depth-1) {
				return false
			}
			continue
		}
		if !p.freshReceiver(s.caller, s.recv) && !p.perRequestClassReceiver(m, s.caller, s.recv) {
			return false
		}
	}
	return n > 0
}

// perRequestClassReceiver reports whether recv, in fn, is typed as a
// class whose objects per-request code makes and nothing declares
// process-lived, while m, the method called, comes from a trait or an
// ancestor that class shares with a long-lived class: a trait's on()
// kept by the server, which lives for the process, and by each
// connection, which per-request code makes ($conn->on(…) appends to the
// connection, not to the server).
func (p *program) perRequestClassReceiver(m, fn *ir.Func, recv ir.Expr) bool {
	if recv == nil || m.Class == nil {
		return false
	}
	c := p.r.classOf(fn, recv)
	k := strings.ToLower(c)
	if c == "" || strings.EqualFold(c, m.Class.Name) || !p.newPerRequest[k] || p.strong[k] {
		return false
	}
	if _, long := p.isLongLived(c); long {
		return false
	}
	// (a subclass made elsewhere may be the long-lived one)
	if slices.ContainsFunc(p.r.ix.ConcreteSubclasses(c), func(s string) bool { return !strings.EqualFold(s, c) }) {
		return false
	}
	return slices.ContainsFunc(p.r.ix.Lineage(c), func(lc *ir.Class) bool { return lc == m.Class })
}

// freshReceiver reports whether recv, in fn, is an object made for the
// request: made in fn (new, clone, a call that returns a fresh object),
// or kept in a property of a short-lived $this that only ever holds
// objects made for it.
func (p *program) freshReceiver(fn *ir.Func, recv ir.Expr) bool {
	if e, ok := recv.(*ir.Prop); ok {
		c := fn.ThisClass()
		return analyzer.IsThis(e.Obj) && c != nil && !p.longLivedClass(c.Name) && p.r.freshProp(c.Name, e.Name)
	}
	// $logger->withName('job')->pushProcessor(…): on the copy
	return p.r.freshObject(fn, recv)
}

// containerBinding names the container methods whose factories the
// model judges by the binding (one instance, or one per resolution), not
// by the code that resolves them.
var containerBinding = map[string]bool{
	"bind": true, "bindif": true, "singleton": true, "singletonif": true, "scoped": true, "scopedif": true,
	"instance": true, "extend": true, "factory": true, "share": true,
}

// beforeLoop is the caller a call site counts as for propagateOnce: the
// top level of a file that runs a worker loop runs what it calls outside
// the loop once (the container compiled before the loop starts), so such
// a call counts as made by once-code, a stand-in for that part of the
// file; any other call counts as made by its function.
func (p *program) beforeLoop(s callSite) *ir.Func {
	if s.at != (ir.Pos{}) && p.guardedSites(s.caller)[s.at] {
		// self::$instance ??= new self(): behind a once-guard, a call
		// runs once however often its function does
		return p.oncePseudo(s.caller, "guard", fmt.Sprintf("is the branch of %s behind a once-guard: it runs once", funcLabel(s.caller)))
	}
	if p.outsideLoop(s) {
		return p.oncePseudo(s.caller, "loop", fmt.Sprintf("is the top level of %s outside its worker loop: it runs once, before or after the loop", s.caller.File.Path))
	}
	return s.caller
}

// outsideLoop reports whether call site s is in the top level of a file
// that runs a worker loop, outside every such loop. The loops are all
// known once the entries are (see buildProgram), before this is asked.
func (p *program) outsideLoop(s callSite) bool {
	if s.caller.Kind != ir.FuncMain || s.at == (ir.Pos{}) {
		return false
	}
	has, inside := p.requestLoopsAt(s.caller, s.at)
	return has && !inside
}

// requestLoopsAt reports whether fn has request loops of its own, and
// whether at lies inside one of them.
func (p *program) requestLoopsAt(fn *ir.Func, at ir.Pos) (has, inside bool) {
	if p.loopsIn == nil {
		p.loopsIn = map[*ir.Func][]*ir.Loop{}
		for _, l := range p.loops {
			p.loopsIn[l.fn] = append(p.loopsIn[l.fn], l.loop)
		}
	}
	loops := p.loopsIn[fn]
	return len(loops) > 0, slices.ContainsFunc(loops, func(l *ir.Loop) bool { return posWithin(at, l.P) })
}

// oncePseudo is a stand-in for the part of fn that runs once (kind names
// which part), registered as once-code with why.
func (p *program) oncePseudo(fn *ir.Func, kind, why string) *ir.Func {
	if p.outside == nil {
		p.outside = map[onceKey]*ir.Func{}
	}
	k := onceKey{fn, kind}
	pseudo, ok := p.outside[k]
	if !ok {
		pseudo = &ir.Func{Kind: fn.Kind, Name: fn.Name, Class: fn.Class, File: fn.File, Pos: fn.Pos}
		p.outside[k] = pseudo
		p.once[pseudo] = onceFact{PhaseBoot, why, why}
	}
	return pseudo
}

// onceKey names a once-running part of a function (see oncePseudo).
type onceKey struct {
	fn   *ir.Func
	kind string
}

// guardedSites lists, once per function, where its calls sit behind a
// once-guard (see inOnceBranch).
func (p *program) guardedSites(fn *ir.Func) map[ir.Pos]bool {
	if got, ok := p.guarded[fn]; ok {
		return got
	}
	if p.guarded == nil {
		p.guarded = map[*ir.Func]map[ir.Pos]bool{}
	}
	var out map[ir.Pos]bool
	scope := analyzer.NewScope(fn)
	memo := map[*ir.If]bool{}
	// a flag on $this guards once per object: once only when the
	// object lives for the process
	_, long := p.thisLongLived(fn)
	analyzer.InspectFunc(fn, analyzer.KCalls|analyzer.KNew, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.New:
			// if (isset(self::$seen[$class])) return; self::$seen[$class]
			// = true; …: once per key, a bounded number of times when
			// the key is from a fixed set
			if inOnceBranch(stack, scope, long, p.flagResets, memo, nil) || p.keyedOnce(fn, scope, n, long) {
				if out == nil {
					out = map[ir.Pos]bool{}
				}
				out[n.Span()] = true
			}
		}
		return true
	})
	p.guarded[fn] = out
	return out
}

// keyedOnce reports whether n runs behind a guard that lets it run once
// per key (see keyedOnceKey) with the key from a fixed set.
func (p *program) keyedOnce(fn *ir.Func, scope *analyzer.Scope, n analyzer.Node, long bool) bool {
	k := keyedOnceKey(fn, scope, n, long, p.flagResets)
	return k != nil && p.r.valueBounded(fn, k)
}

// posWithin reports whether at lies inside span.
func posWithin(at, span ir.Pos) bool {
	after := at.Line > span.Line || at.Line == span.Line && at.Col >= span.Col
	before := at.Line < span.EndLine || at.Line == span.EndLine && at.Col <= span.EndCol
	return after && before
}

// inlineArgument reports whether closure fn is written as an argument of
// a call, and nowhere kept.
func inlineArgument(fn *ir.Func) bool {
	if fn.Parent == nil {
		return false
	}
	found := false
	analyzer.Inspect(fn.Parent.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if c, ok := n.(*ir.Closure); ok && c.Func == fn && len(stack) > 0 {
			switch stack[len(stack)-1].(type) {
			case *ir.Call, *ir.MethodCall, *ir.StaticCall:
				found = true
			}
		}
		return !found
	})
	return found
}

// onlyCalledLocal reports whether closure fn is assigned once to a local
// of the function it is written in, and that local is used nowhere but
// as what a call calls ($boot()): not handed on, captured, returned or
// stored, so the closure runs only at those calls.
func onlyCalledLocal(fn *ir.Func) bool {
	parent := fn.Parent
	if parent == nil {
		return false
	}
	name := ""
	for n, src := range assignedOnce(parent) {
		if c, ok := src.(*ir.Closure); ok && c.Func == fn {
			name = n
		}
	}
	if name == "" {
		return false
	}
	// no closure written in the parent captures the local
	if parent.File != nil {
		for _, f := range parent.File.Funcs {
			if f.Parent == parent && slices.ContainsFunc(f.Uses, func(u ir.ClosureUse) bool { return u.Name == name }) {
				return false
			}
		}
	}
	only := true
	analyzer.InspectFunc(parent, analyzer.KVar, func(n analyzer.Node, stack []analyzer.Node) bool {
		v := n.(*ir.Var)
		if v.Name != name || len(stack) == 0 {
			return true
		}
		switch p := stack[len(stack)-1].(type) {
		case *ir.Call:
			only = only && p.Callee == ir.Expr(v)
		case *ir.Assign:
			only = only && p.Dst == ir.Expr(v) && !p.ByRef
		default:
			only = false
		}
		return only
	})
	return only
}

// untypedName is a call by name on a receiver of unknown class, for
// propagateOnce: the lower-cased name and how many arguments it passes.
type untypedName struct {
	name string
	args int
}

// madeOnlyByNew lists the constructors that run only where the project
// writes `new C(…)` (or parent::__construct()) for the classes C using
// them: no code names such a class as a string or C::class (a container,
// a factory or `new $class` could make it from the name), no parameter is
// typed with it (a container could inject one), no `new static` in it or
// a parent could make it, and no declaration makes it a service.
func (p *program) madeOnlyByNew() map[*ir.Func]bool {
	r := p.r
	out := map[*ir.Func]bool{}
	// the classes a parameter is typed as, which a container may make
	// (autowiring); not those of the callbacks a server is handed
	// (function (Worker $worker) of onWorkerStart): the server passes
	// itself or its connections; nor a parameter every call of the
	// project hands $this for (new TcpConnection($this, …) in the
	// server's own code)
	sites, _ := r.callSites()
	typed := map[string]bool{}
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			if p.serverCallbacks[fn] {
				continue
			}
			ss := sites[fn]
			// (nor a parameter of a plain function that only the
			// project's own direct calls run: no container calls it, so
			// it gets what its callers hand it, and theirs are judged
			// as their own parameters)
			if fn.Kind == ir.FuncFunction && len(ss) > 0 && !slices.ContainsFunc(ss, func(s callSite) bool { return s.callable }) && !r.callableNames[strings.ToLower(fn.Name)] && !r.callableNames[strings.ToLower(shortName(fn.Name))] {
				continue
			}
			for i, prm := range fn.Params {
				if len(ss) > 0 && !slices.ContainsFunc(ss, func(s callSite) bool { return s.callable || i >= len(s.args) || !analyzer.IsThis(s.args[i]) }) {
					continue
				}
				for _, t := range prm.Types {
					typed[strings.ToLower(t)] = true
				}
			}
		}
	}
	for _, f := range r.ix.Files() {
		for _, c := range f.Classes {
			if c.Kind != ir.KindClass {
				continue
			}
			ctor := r.ix.Method(c.Name, "__construct")
			if was, seen := out[ctor]; ctor == nil || seen && !was {
				continue
			}
			ok := ctor.Class != nil && ctor.Class.Kind == ir.KindClass // a trait's runs for every user
			k := strings.ToLower(c.Name)
			// (a static singleton, self::$instance = new self(), is made
			// by new alone although it lives for the process)
			// (a private constructor only the class itself can call)
			if !ctor.Private && (r.classStrings[k] || typed[k] || p.longLived[k] != "" && !p.strong[k] && p.declared[k]) || p.requestLived[k] != "" {
				ok = false
			}
			for _, a := range r.ix.Lineage(c.Name) {
				if r.newStatic[strings.ToLower(a.Name)] {
					ok = false
				}
			}
			out[ctor] = ok
		}
	}
	return out
}

// dispatch returns the resolved calls plus those that reach a method
// through a parent class or an interface of the project (class-hierarchy
// analysis): a call resolved to P::m may run D::m for every subclass or
// implementation D of P that overrides m, and a call on a class that
// lacks m runs its subclasses' m.
func (p *program) dispatch(resolved map[*ir.Func][]callSite) map[*ir.Func][]callSite {
	ix := p.r.ix
	children := map[string][]*ir.Class{}
	for _, f := range ix.Files() {
		for _, c := range f.Classes {
			if c.Parent != "" {
				k := strings.ToLower(c.Parent)
				children[k] = append(children[k], c)
			}
			for _, i := range c.Interfaces {
				k := strings.ToLower(i)
				children[k] = append(children[k], c)
			}
		}
	}
	type key struct{ class, name string }
	memo := map[key][]*ir.Func{}
	lower := lowercase.Names{}
	// own lists the methods a class declares itself or takes from its
	// traits, by lower-cased name
	owns := map[*ir.Class]map[string]*ir.Func{}
	own := func(c *ir.Class, name string) *ir.Func {
		m, ok := owns[c]
		if !ok {
			m = map[string]*ir.Func{}
			add := func(t *ir.Class) {
				for _, f := range t.Methods {
					if k := strings.ToLower(f.Name); m[k] == nil {
						m[k] = f
					}
				}
			}
			add(c)
			for _, tn := range c.Traits {
				for _, t := range ix.Lineage(tn) { // the trait and the traits it uses
					add(t)
				}
			}
			owns[c] = m
		}
		return m[name]
	}
	// overriders lists the methods named name that subclasses and
	// implementations of class answer with, other than base
	overriders := func(class, name string, base *ir.Func) []*ir.Func {
		k := key{lower.Lower(class), lower.Lower(name)}
		if got, ok := memo[k]; ok {
			return got
		}
		var out []*ir.Func
		seen := map[*ir.Func]bool{base: true}
		rc := ix.Class(class)
		iface := rc == nil || rc.Kind == ir.KindInterface
		visited := map[string]bool{}
		queue := []string{k.class}
		for len(queue) > 0 {
			c := queue[0]
			queue = queue[1:]
			if visited[c] {
				continue
			}
			visited[c] = true
			for _, d := range children[c] {
				// below a class, a method a subclass does not declare is
				// its parent's, met there; below an interface it may be
				// inherited from a parent outside the interface's tree
				m := own(d, k.name)
				if m == nil && iface {
					m = ix.Method(d.Name, name)
				}
				if m != nil && !m.Abstract && !seen[m] {
					seen[m] = true
					out = append(out, m)
				}
				queue = append(queue, lower.Lower(d.Name))
			}
		}
		memo[k] = out
		return out
	}
	// the resolved lists are shared, and copied only where calls are
	// added (a full slice expression makes append copy)
	out := make(map[*ir.Func][]callSite, len(resolved))
	for t, ss := range resolved {
		out[t] = ss[:len(ss):len(ss)]
	}
	add := func(o *ir.Func, ss ...callSite) {
		out[o] = append(out[o], ss...)
	}
	for t, ss := range resolved {
		if t.Kind != ir.FuncMethod || t.Class == nil || t.Private || strings.EqualFold(t.Name, "__construct") {
			continue
		}
		for _, o := range overriders(t.Class.Name, t.Name, t) {
			// (parent::m() in D::m runs P::m, not D::m again)
			add(o, slices.DeleteFunc(slices.Clone(ss), func(s callSite) bool { return s.caller == o })...)
		}
	}
	for _, v := range p.r.virtual {
		for _, o := range overriders(v.class, v.name, nil) {
			add(o, v.site)
		}
	}
	for _, sc := range p.syncCalls {
		for _, cb := range p.syncCallbacks(sc.fn, sc.call, sc.t) {
			add(cb, callSite{caller: sc.fn})
		}
	}
	return out
}

// overridesOutside reports whether method m overrides or implements a
// method that a class or interface outside the project may declare (code
// phpleak does not see may call it through that), or comes from a trait.
func (p *program) overridesOutside(m *ir.Func) bool {
	if m.Class == nil || m.Private {
		return false
	}
	if m.Class.Kind == ir.KindTrait {
		return true // the classes using the trait may inherit or implement it
	}
	ix := p.r.ix
	var external func(iface string, depth int) bool
	external = func(iface string, depth int) bool {
		c := ix.Class(iface)
		if c == nil || depth > 16 {
			return true
		}
		for _, i := range c.Interfaces {
			if external(i, depth+1) {
				return true
			}
		}
		return c.Parent != "" && external(c.Parent, depth+1)
	}
	last := m.Class
	for _, c := range ix.Lineage(m.Class.Name) {
		if c.Kind == ir.KindTrait {
			continue
		}
		last = c
		for _, iface := range c.Interfaces {
			if external(iface, 0) {
				return true
			}
		}
	}
	return last.Parent != "" && ix.ProjectClass(last.Parent) == nil
}

// funcOrder is a stable order of functions: by file, then position.
func funcOrder(a, b *ir.Func) bool {
	if a.File.Path != b.File.Path {
		return a.File.Path < b.File.Path
	}
	if a.Pos.Line != b.Pos.Line {
		return a.Pos.Line < b.Pos.Line
	}
	return a.Pos.Col < b.Pos.Col
}

// storedOnce reports whether a `new` is made to be kept rather than made
// per call: the innermost enclosing assignment stores it into a static
// property or a function static variable (a singleton), or fills a
// property only while it is empty ($this->x ??= new X(), or under an if
// that tests it) — the object lives as long as its holder.
func storedOnce(stack []analyzer.Node, scope *analyzer.Scope) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		a, ok := stack[i].(*ir.Assign)
		if !ok {
			continue
		}
		p, dims, ok := scope.PlaceOf(a.Dst)
		if !ok || len(dims) > 0 {
			return false
		}
		switch p.Kind {
		case analyzer.PlaceStatic, analyzer.PlaceStaticVar, analyzer.PlaceThisProp:
			return fillsOnce(a, stack[:i], scope, p)
		}
		return false
	}
	return false
}

// fillsOnce reports whether an assignment to place only fills it while it
// is empty: `place ??= …`, or inside the branch of an if that tests that
// place is empty (stack holds the nodes above the assignment).
func fillsOnce(a *ir.Assign, stack []analyzer.Node, scope *analyzer.Scope, place analyzer.Place) bool {
	if a.Op == "??=" {
		return true
	}
	for j := len(stack) - 1; j >= 0; j-- {
		iff, ok := stack[j].(*ir.If)
		if !ok {
			continue
		}
		if t, ok := emptinessTest(iff.Cond, scope, place.Key()); ok && t && j+1 < len(stack) && inThen(iff, stack[j+1]) {
			return true
		}
	}
	return false
}

// inThen reports whether child (a node right below iff on a walk's stack)
// is one of iff's then-statements, not its condition or else-branch.
func inThen(iff *ir.If, child analyzer.Node) bool {
	for _, st := range iff.Then {
		if analyzer.Node(st) == child {
			return true
		}
	}
	return false
}

// inElse reports whether child (a node right below iff on a walk's
// stack) is one of iff's else-statements.
func inElse(iff *ir.If, child analyzer.Node) bool {
	for _, st := range iff.Else {
		if analyzer.Node(st) == child {
			return true
		}
	}
	return false
}

// hasEffects reports whether code does anything a leak could come from:
// a call, an allocation, a store, an unset (a file of declarations and
// `use` imports has none).
func hasEffects(body []ir.Stmt) bool {
	found := false
	analyzer.InspectKinds(body, analyzer.KCalls|analyzer.KNew|analyzer.KAssign|analyzer.KUnset|analyzer.KGlobal|analyzer.KStaticVar|analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.New, *ir.Assign,
			*ir.Unset, *ir.Global, *ir.StaticVar, *ir.Loop:
			found = true
		}
		return !found
	})
	return found
}

// phaseOf says when fn runs, and why.
func (p *program) phaseOf(fn *ir.Func) (Phase, string) {
	if why, ok := p.perIter[fn]; ok {
		return PhaseRequest, why
	}
	if o, ok := p.once[fn]; ok {
		return o.phase, o.why
	}
	return PhaseUnknown, ""
}

// anyPerIter reports whether one of fns runs per request.
func (p *program) anyPerIter(fns []*ir.Func) bool {
	for _, fn := range fns {
		if _, ok := p.perIter[fn]; ok {
			return true
		}
	}
	return false
}

// onlyOnce reports whether fn runs only once (boot or one-shot), with
// why; a closure or arrow function runs whenever its holder calls it, so
// it takes no phase from the code that creates it.
func (p *program) onlyOnce(fn *ir.Func) (string, bool) {
	ph, why := p.phaseOf(fn)
	if ph == PhaseBoot || ph == PhaseOnce {
		return why, true
	}
	return "", false
}

// resetRuns reports whether one of the functions that reset a store runs
// between requests: it runs per request (a reset() hook, a subscribed
// flush), or something outside once-only code calls it (or may: a call
// phpleak cannot resolve names it). A clear() that nothing calls, or that
// only boot code or a command calls, bounds nothing.
func (p *program) resetRuns(fns []*ir.Func) bool {
	sites, unresolved := p.r.callSites()
	if p.dispatched != nil {
		sites = p.dispatched // a call through an interface runs every implementation
	}
	for _, fn := range fns {
		if _, per := p.perIter[fn]; per {
			return true
		}
		if p.neverDispatched(fn) {
			continue // $conn->on('end', …) where only 'close' is ever emitted
		}
		// Timer::add(1.0, $outbox->relay(...)) at boot: a callable runs
		// where it is handed to, later and again, not once with the code
		// that makes it
		if slices.ContainsFunc(sites[fn], func(s callSite) bool { return s.callable && !neverRuns(p, nil, s.caller) }) {
			return true
		}
		if _, once := p.once[fn]; once {
			continue
		}
		if fn.Kind == ir.FuncMethod && unresolved[strings.ToLower(fn.Name)] && p.unresolvedMayRun(strings.ToLower(fn.Name)) {
			return true
		}
		for _, s := range sites[fn] {
			if strings.EqualFold(s.caller.Name, "__destruct") && s.caller.Kind == ir.FuncMethod {
				// runs when the object dies: for a long-lived one, at
				// exit; for one made per request (a Session handle that
				// deregisters itself), at the end of the request
				if c := s.caller.Class; c != nil && p.newPerRequest[strings.ToLower(c.Name)] && !p.strong[strings.ToLower(c.Name)] {
					return true
				}
				continue
			}
			if neverRuns(p, nil, s.caller) {
				continue // a listener nothing calls: FlushVite::handle()
			}
			if _, once := p.once[s.caller]; !once {
				return true
			}
		}
		if fn.Kind != ir.FuncMethod && fn.Kind != ir.FuncFunction {
			return true // a file body or a closure: runs when its holder runs it
		}
		if slices.ContainsFunc(p.stored, func(sc storedCallback) bool { return sc.cb == fn && len(sc.keys) == 0 }) {
			// [$scheduler, 'tick'] handed to a method that keeps it: it
			// runs when its holder runs it, like a closure. (One kept
			// under an event name runs when that name is dispatched:
			// resets and askedPerRequest ask about those.)
			return true
		}
	}
	return false
}

// unresolvedMayRun reports whether a call of method name on an object of
// unknown class is made by code that may run: not only by functions
// nothing calls (a listener no list holds).
func (p *program) unresolvedMayRun(name string) bool {
	p.r.callSites()
	for _, by := range p.r.unresolvedBy[name] {
		if !neverRuns(p, nil, by) {
			return true
		}
	}
	return false
}

// resetPerRequest reports whether a method of class that runs per request
// (a subscribed flush, a reset() hook) empties the whole property:
// `$this->p = []` (or null, or a new empty SplObjectStorage), unset($this->p),
// or pops it as a stack (array_pop, array_shift). Removing one key is not a
// reset: whether it bounds the property is the simulation's question.
func (p *program) resetPerRequest(class string, place analyzer.Place) bool {
	return memoized(&p.resetMemo, strings.ToLower(class)+"::"+place.Name, false, func() bool {
		return p.resetsPerRequest(class, place, false)
	})
}

// emptiedPerRequest is resetPerRequest without the pops: code that runs
// per request sets the whole property to empty or unsets it, which no
// exception thrown on the way to a removal of one entry makes it skip
// on the next request.
func (p *program) emptiedPerRequest(class string, place analyzer.Place) bool {
	return memoized(&p.resetMemo, "empty:"+strings.ToLower(class)+"::"+place.Name, false, func() bool {
		return p.resetsPerRequest(class, place, true)
	})
}

// resetsPerRequest is resetPerRequest, computed; emptiesOnly: only what
// empties the property counts, not a pop or a shift of one entry.
func (p *program) resetsPerRequest(class string, place analyzer.Place, emptiesOnly bool) bool {
	isWhole := func(e ir.Expr) bool {
		pr, ok := e.(*ir.Prop)
		return ok && analyzer.IsThis(pr.Obj) && pr.Name == place.Name
	}
	for _, c := range p.r.ix.Lineage(class) {
		for _, m := range c.Methods {
			if _, per := p.perIter[m]; !per {
				continue
			}
			// the constructor of an object made once however often the
			// code runs ($this->rooms[$k] ??= new Room()) resets nothing
			// per request
			if strings.EqualFold(m.Name, "__construct") && p.strong[strings.ToLower(class)] {
				continue
			}
			if p.calledUnderSAPITest(m) {
				continue // only under some SAPIs: for the simulation of the loop
			}
			if sites, _ := p.r.callSites(); p.onlyWhenCaught(m, sites[m]) {
				continue // discard() called only when the handler throws
			}
			if _, failing := p.failureOnly[m]; failing {
				continue // a listener to WorkerMessageFailedEvent alone
			}
			if p.r.onlyOnExactCount(m, class, place) {
				continue // commit() when count(…) === N, which a batch of adds steps over
			}
			if p.calledOnlyWhenIdle(m) {
				continue // flush() when the worker is idle: never, under load
			}
			if m.Generator && pastLastYield(m, place) && !p.r.runToEnd(m) {
				continue // emptied after its last yield, which no caller runs it to
			}
			found := false
			disabled := disabledBranch(p.r.ix, m)
			analyzer.InspectFunc(m, analyzer.KAssign|analyzer.KCall|analyzer.KUnset, func(n analyzer.Node, stack []analyzer.Node) bool {
				if disabled(stack) {
					return false // if ($this->max > 0 && …) with no maximum ever set
				}
				if sapiGuarded(stack) {
					return false // only under some SAPIs: for the simulation of the loop
				}
				switch n := n.(type) {
				case *ir.Assign:
					if n.Op == "=" && isWhole(n.Dst) && (isEmptyValue(n.Src) || freshContainer(n.Src)) && !testedAbove(stack, place.Name) {
						found = true
					}
				case *ir.Call:
					// a stack popped per request as often as it is pushed
					switch analyzer.CallName(n) {
					case "array_pop", "array_shift":
						// (not an eviction on size, one entry when over a
						// limit: whether that keeps up is evictsOnSize's)
						if len(n.Args) == 1 && isWhole(n.Args[0]) && !emptiesOnly && !sizeGuarded(stack) {
							found = true
						}
					}
				case *ir.Unset:
					for _, t := range n.Targets {
						if isWhole(t) {
							found = true
						}
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

// testedAbove reports whether an enclosing if tests $this->prop: an
// assignment there is a lazy initialisation (`if (!is_array($this->seen))
// $this->seen = [];`), not a reset.
func testedAbove(stack []analyzer.Node, prop string) bool {
	for _, n := range stack {
		iff, ok := n.(*ir.If)
		if !ok {
			continue
		}
		hit := false
		analyzer.InspectExpr(iff.Cond, func(x analyzer.Node, _ []analyzer.Node) bool {
			if p, ok := x.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name == prop {
				hit = true
			}
			return !hit
		})
		if hit {
			return true
		}
	}
	return false
}

// freshContainer reports whether e makes a new, empty container object:
// new SplObjectStorage(), new ArrayObject(), new \WeakMap() and the like.
func freshContainer(e ir.Expr) bool {
	nw, ok := e.(*ir.New)
	return ok && len(nw.Args) == 0 && builtins.IsContainer(nw.Class)
}

// lookup finds the functions a config entry names: "Class::method",
// "Class" (all its methods) or "function".
func (p *program) lookup(pass *analyzer.Pass, name string) []*ir.Func {
	if class, method, ok := strings.Cut(name, "::"); ok {
		if c := pass.Index.ClassByName(class); c != nil {
			if m := pass.Index.Method(c.Name, method); m != nil {
				return []*ir.Func{m}
			}
		}
		return nil
	}
	if c := pass.Index.ClassByName(name); c != nil {
		return c.Methods
	}
	if f := pass.Index.Function(name, ""); f != nil {
		return []*ir.Func{f}
	}
	return nil
}

func (p *program) setLongLived(class, why string) {
	if k := strings.ToLower(class); k != "" {
		if p.declared == nil {
			p.declared = map[string]bool{}
		}
		p.declared[k] = true
	}
	p.setLongLivedByNew(class, why)
}

// setLongLivedByNew is setLongLived for an object the project itself
// makes with `new` before a worker loop and keeps for its iterations:
// unlike a service, a container does not make it, so its constructor
// runs where the project says (see madeOnlyByNew).
func (p *program) setLongLivedByNew(class, why string) {
	k := strings.ToLower(class)
	if k == "" {
		return
	}
	if _, ok := p.longLived[k]; !ok {
		p.longLived[k] = why
		if p.display == nil {
			p.display = map[string]string{}
		}
		p.display[k] = class
	}
}

// staticKey names static property sp written in fn ("class::$prop",
// lower-cased; self and static are fn's class), "" when dynamic.
func staticKey(fn *ir.Func, sp *ir.StaticProp) string {
	class := sp.Class
	if strings.EqualFold(class, "self") || strings.EqualFold(class, "static") {
		if fn.Class == nil {
			return ""
		}
		class = fn.Class.Name
	}
	if class == "" || sp.Name == "" {
		return ""
	}
	return strings.ToLower(class) + "::$" + sp.Name
}

// noteStaticHold records that static sp, written in fn, keeps objects of
// class, and the reason that gives for their lifetime.
func (p *program) noteStaticHold(fn *ir.Func, class string, sp *ir.StaticProp, why string) {
	k := staticKey(fn, sp)
	if k == "" {
		return
	}
	if p.staticHolds == nil {
		p.staticHolds, p.staticWhys = map[string][]string{}, map[string]bool{}
	}
	c := strings.ToLower(class)
	if !slices.Contains(p.staticHolds[c], k) {
		p.staticHolds[c] = append(p.staticHolds[c], k)
	}
	p.staticWhys[why] = true
}

// holderReplaced reports whether the objects of class live for the
// process only because a static keeps them (a singleton's
// self::$instance), and code that runs per request replaces what each
// such static holds: it assigns it a new object or null
// (a static reset() setting self::$instance = null after each
// message, a start() making a new context per task). The
// object then lives until the next replacement; whether that keeps the
// store bounded is for the simulation of the request loop (a reset only
// on a rare path does not). The replaced statics are found once.
func (p *program) holderReplaced(class string) bool {
	c := strings.ToLower(class)
	holds := p.staticHolds[c]
	if len(holds) == 0 || !p.staticWhys[p.longLived[c]] {
		return false
	}
	if p.replacedStatics == nil {
		p.replacedStatics = map[string]bool{}
		note := func(fn *ir.Func, body []ir.Stmt) {
			scope := analyzer.NewScope(fn)
			analyzer.InspectKinds(body, analyzer.KAssign, func(n analyzer.Node, stack []analyzer.Node) bool {
				a, ok := n.(*ir.Assign)
				if !ok || a.Op != "=" {
					return true
				}
				sp, ok := a.Dst.(*ir.StaticProp)
				if !ok {
					return true
				}
				if _, isNew := a.Src.(*ir.New); !isNew && !isEmptyValue(a.Src) {
					return true
				}
				if place, _, ok := scope.PlaceOf(a.Dst); ok && fillsOnce(a, stack, scope, place) {
					return true // filled only while empty
				}
				if k := staticKey(fn, sp); k != "" {
					p.replacedStatics[k] = true
				}
				return true
			})
		}
		for fn := range p.perIter {
			note(fn, fn.Body)
		}
		for _, l := range p.loops {
			note(l.fn, l.loop.Body)
		}
	}
	for _, k := range holds {
		if !p.replacedStatics[k] {
			return false
		}
	}
	return true
}

// longLivedClass reports whether class has long-lived instances (see
// isLongLived).
func (p *program) longLivedClass(class string) bool {
	_, long := p.isLongLived(class)
	return long
}

// isLongLived reports whether class (or a class that uses it as a trait,
// or a subclass) has long-lived instances, and why.
func (p *program) isLongLived(class string) (string, bool) {
	if lowercase.Get(p.newPerRequest, class) && !lowercase.Get(p.strong, class) {
		return "", false
	}
	if why, ok := lowercase.Lookup(p.longLived, class); ok {
		return why, true
	}
	return "", false
}

// madeOncePerProcess reports whether every object of class is made by a
// `new` at the top level of a file that runs once, outside its loops (an
// event loop or a server made before it runs): a process holds one per such
// `new`, so a cycle through one becomes garbage at most once, whatever
// runs per request. Not when anything else may make one: a subclass, a
// class string, `new static`, or no `new` in the project at all (a
// container, a factory beyond it). why names where it is made.
func (p *program) madeOncePerProcess(class string) (why string, once bool) {
	k := strings.ToLower(class)
	if k == "" || p.r.classStrings[k] || p.r.newStatic[k] {
		return "", false
	}
	if slices.ContainsFunc(p.r.ix.ConcreteSubclasses(class), func(c string) bool { return !strings.EqualFold(c, class) }) {
		return "", false
	}
	// (a file's own top level: a function that runs once may still be
	// called in a loop of its caller)
	if !madeAtTopLevel(p.r.ix, class) {
		return "", false
	}
	_, in := p.r.ix.News(class)
	for _, fn := range in {
		if _, ok := p.onlyOnce(fn); !ok {
			return "", false
		}
	}
	return fmt.Sprintf("made only by %s, which runs once", funcLabel(in[0])), true
}

// requestLoop says whether a loop runs once per request, job or message.
func (p *program) requestLoop(fn *ir.Func, l *ir.Loop) (string, bool) {
	if r, ok := p.loopMemo[l]; ok {
		return r.why, r.ok
	}
	why, ok := p.requestLoopOnce(fn, l)
	if p.loopMemo == nil {
		p.loopMemo = map[*ir.Loop]loopAnswer{}
	}
	p.loopMemo[l] = loopAnswer{why, ok}
	return why, ok
}

type loopAnswer struct {
	why string
	ok  bool
}

// requestLoopOnce is requestLoop, asked once per loop.
func (p *program) requestLoopOnce(fn *ir.Func, l *ir.Loop) (string, bool) {
	why, ok := p.loopKind(fn, l)
	if !ok {
		return "", false
	}
	// (asked last: it resolves the calls of the loop and of its callees)
	head := l.Body
	if l.Cond != nil {
		head = append([]ir.Stmt{&ir.ExprStmt{X: l.Cond}}, l.Body...)
	}
	if p.interactive(fn, head, 2) {
		return "", false // a console that reads what a person types (see interactive)
	}
	return why, true
}

// loopKind is requestLoop before the loop is asked whether it reads a
// terminal.
func (p *program) loopKind(fn *ir.Func, l *ir.Loop) (string, bool) {
	if why, ok := p.r.unbounded(fn, l); ok {
		return why, true
	}
	if l.Kind == ir.LoopForeach {
		stream := func(caller *ir.Func, e ir.Expr) bool {
			switch e.(type) {
			case *ir.MethodCall, *ir.Call, *ir.StaticCall:
				t := p.r.target(caller, e)
				if !p.r.generatorCall(caller, e) {
					// foreach ($this->receiver->get() as $message) in a
					// worker: the batch a transport hands over, a list
					return workerClass(caller) && t != nil && t.Class != nil && fetchName(t.Name) && streamName(t.Class.Short)
				}
				// Messenger's ReceiverInterface::get(): a plain fetch on a
				// class named for a stream (a receiver, a transport); or a
				// generator that yields messages (new Envelope(…))
				return streamName(t.Name) || t.Class != nil && fetchName(t.Name) && streamName(t.Class.Short) || yieldsMessages(t)
			}
			return false
		}
		iter := iteratedValue(fn, l.Iter)
		if stream(fn, iter) {
			return "loop over a message stream", true
		}
		if p.r.requestGenerator(fn, l) {
			return "top-level loop over a generator of requests", true
		}
		// run(iterable $transport) { foreach ($transport as …) }, given a
		// message stream by every caller
		if v, ok := l.Iter.(*ir.Var); ok {
			if i := paramIndex(fn, v); i >= 0 {
				sites, _ := p.r.callSites()
				n := 0
				for _, s := range sites[fn] {
					if a, ok := siteArg(fn, s, i); !ok || !stream(s.caller, a) {
						n = 0
						break
					}
					n++
				}
				if n > 0 {
					return "loop over a message stream", true
				}
			}
		}
		// daemon(iterable $payloads) { foreach ($payloads as …) } in a
		// worker's or a consumer's method: the jobs it is handed
		if v, ok := l.Iter.(*ir.Var); ok && workerClass(fn) && !strings.EqualFold(fn.Name, "__construct") {
			if i := paramIndex(fn, v); i >= 0 && streamType(fn.Params[i].Types) && !analyzer.AssignsVar(fn, v.Name) {
				return "loop over the jobs a worker is handed", true
			}
		}
		// foreach ($this->transport as …) in a consumer's method, the
		// property declared an iterator or iterable: the same, handed to
		// its constructor
		if pr, ok := l.Iter.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && workerClass(fn) && !strings.EqualFold(fn.Name, "__construct") {
			if decl := p.r.ix.Property(fn.Class.Name, pr.Name); decl != nil && !decl.Static && streamType(decl.Types) {
				return "loop over the jobs a worker is handed", true
			}
		}
		return "", false
	}
	// a console command's worker loop: as many rounds as an option
	// given at run time says (messenger:consume --limit, queue:work
	// --max-jobs, a --daemon flag), not a count the code fixes
	if l.Kind != ir.LoopForeach && optionBound(fn, l.Cond, 2) {
		return "loop a console option bounds (a long-running command)", true
	}
	// for ($i = 0; $i < $this->maxJobs; $i++) in a worker's or a
	// consumer's method: as many rounds as it is configured to serve
	if l.Kind != ir.LoopForeach && workerClass(fn) && limitBound(fn, l.Cond) {
		return "loop a worker's job limit bounds", true
	}
	// while ($this->running && $this->handled < $this->max) { $job =
	// $this->queue->pop(); … }: a worker loop that runs until stopped,
	// capped by a limit it is configured with (a property of $this or a
	// parameter, not a count the code fixes), and that fetches its work
	// (a batch loop of a one-shot script has the same condition)
	if o, ok := l.Cond.(*ir.Other); ok && l.Kind != ir.LoopForeach && (o.Op == "&&" || o.Op == "and") && len(o.Args) == 2 && fetchesWork(l.Body) {
		for i, a := range o.Args {
			if thisStopFlag(a) && limitBound(fn, o.Args[1-i]) {
				return "worker loop", true
			}
		}
	}
	// while ($sent < $maxMessages) in a command: a long-running command
	// that serves as many messages as it is told to (--max-messages)
	if l.Kind != ir.LoopForeach && commandClass(fn) && limitBound(fn, l.Cond) && jobLimit(l.Cond) {
		return "loop a command's message limit bounds (a long-running command)", true
	}
	// a script's driver loop; in a command-line script (#!, a PHP_SAPI
	// check) only an unbounded loop serves requests, a counted one is a
	// batch that runs once
	// (a loop counted to a constant, for ($u = 1; $u <= 25; $u++), beside
	// another loop that serves the requests, is setup: the users, the
	// pool's connections, made before serving)
	if fn.Kind == ir.FuncMain && !cliScript(fn.File) && !(countedToConstant(l) && servedByOtherLoop(fn, l)) {
		return "top-level loop", true
	}
	return "", false
}

// servedByOtherLoop reports whether fn has a loop other than l, and not
// inside it, that runs an open number of rounds: neither counted to a
// constant nor over a literal list.
func servedByOtherLoop(fn *ir.Func, l *ir.Loop) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		m, ok := n.(*ir.Loop)
		if !ok || m == l {
			return false // (nor what l holds)
		}
		if _, lit := m.Iter.(*ir.Array); !countedToConstant(m) && !(m.Kind == ir.LoopForeach && lit) {
			found = true
		}
		return !found
	})
	return found
}

// workerClass reports whether fn is a method of a class named for a
// worker: a Worker, a Consumer, a Daemon, or, by its last word, a Server
// or a request Loop (HttpServer, RequestLoop; not a ServerRequestParser).
func workerClass(fn *ir.Func) bool {
	if fn.Kind != ir.FuncMethod || fn.Class == nil {
		return false
	}
	words := nameWords(fn.Class.Short)
	for i, w := range words {
		switch w {
		case "worker", "consumer", "daemon":
			return true
		case "server", "loop":
			if i == len(words)-1 {
				return true
			}
		}
	}
	return false
}

// commandClass reports whether fn is a method of a console command (a
// class whose name ends in Command).
func commandClass(fn *ir.Func) bool {
	if fn.Kind != ir.FuncMethod || fn.Class == nil {
		return false
	}
	words := nameWords(fn.Class.Short)
	return len(words) > 0 && words[len(words)-1] == "command"
}

// jobLimit reports whether a loop condition compares with a limit named
// for the messages, jobs or requests a run serves ($maxMessages,
// $this->jobLimit), not for the items of one batch.
func jobLimit(cond ir.Expr) bool {
	o, ok := cond.(*ir.Other)
	if !ok {
		return false
	}
	for _, a := range o.Args {
		name := ""
		switch a := a.(type) {
		case *ir.Var:
			name = a.Name
		case *ir.Prop:
			name = a.Name
		}
		for _, w := range nameWords(name) {
			switch w {
			case "messages", "jobs", "requests", "tasks", "events", "envelopes":
				return true
			}
		}
	}
	return false
}

// streamType reports whether a parameter declared with types takes a
// stream of values rather than a list: iterable, a generator or an
// iterator.
func streamType(types []string) bool {
	for _, t := range types {
		switch strings.ToLower(strings.TrimPrefix(t, `\`)) {
		case "iterable", "generator", "traversable", "iterator":
			return true
		}
	}
	return false
}

// limitBound reports whether a loop condition compares a counter with a
// property of $this ($i < $this->limit, $this->handled < $this->max) or
// with a parameter of fn, a limit its caller passes (run(int $limit)).
func limitBound(fn *ir.Func, cond ir.Expr) bool {
	o, ok := cond.(*ir.Other)
	if !ok || len(o.Args) != 2 {
		return false
	}
	switch o.Op {
	case "<", "<=", ">", ">=", "!=", "!==":
	default:
		return false
	}
	for _, a := range o.Args {
		if _, ok := a.(*ir.Array); ok {
			return false // $this->ticks !== []: a queue drained, not a count
		}
		if l, ok := a.(*ir.Lit); ok && (l.Kind == ir.LitNull || l.Kind == ir.LitBool || l.Kind == ir.LitString) {
			return false
		}
	}
	for _, a := range o.Args {
		if p, ok := a.(*ir.Prop); ok && analyzer.IsThis(p.Obj) {
			return true
		}
		if v, ok := a.(*ir.Var); ok && paramIndex(fn, v) >= 0 && !analyzer.AssignsVar(fn, v.Name) {
			return true
		}
	}
	return false
}

// consoleInput names the methods by which console commands read their
// options and arguments (Symfony's InputInterface, Laravel's Command).
var consoleInput = map[string]bool{"getoption": true, "option": true, "getargument": true, "argument": true}

// optionBound reports whether a loop condition reads a console option or
// argument: directly ($this->option('daemon')), or through a local
// assigned from one ($max = (int) $input->getOption('limit')).
func optionBound(fn *ir.Func, cond ir.Expr, depth int) bool {
	if cond == nil || depth == 0 {
		return false
	}
	found := false
	analyzer.InspectExpr(cond, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.MethodCall:
			if consoleInput[strings.ToLower(n.Name)] && len(n.Args) > 0 && analyzer.IsConstant(n.Args[0]) {
				found = true
			}
		case *ir.Var:
			if src, ok := assignedOnce(fn)[n.Name]; ok && optionBound(fn, src, depth-1) {
				found = true
			}
		}
		return !found
	})
	return found
}

// includedEachTime lists the files fn includes with include or require
// (not their _once forms), whose top level therefore runs on every call
// of fn: a path written as a literal, possibly after __DIR__, names one
// file; a path built at run time ("{$dir}/{$plugin}/plugin.php") names
// every file ending in its literal tail. Files that declare functions or
// classes are left out: PHP could not include them twice.
func (p *program) includedEachTime(pass *analyzer.Pass, fn *ir.Func) []*ir.File {
	if p.byBase == nil {
		// the files an include may run, by base name, indexed once
		p.byBase = map[string][]*ir.File{}
		for _, f := range pass.Files {
			if f.Main != nil && !declaresAtTop(f) && hasEffects(f.Main.Body) {
				p.byBase[path.Base(f.Path)] = append(p.byBase[path.Base(f.Path)], f)
			}
		}
	}
	var out []*ir.File
	analyzer.InspectFunc(fn, analyzer.KOther, func(n analyzer.Node, _ []analyzer.Node) bool {
		o, ok := n.(*ir.Other)
		if !ok || o.Op != "include" || len(o.Args) != 1 {
			return true
		}
		tail, exact := includeTail(o.Args[0])
		if !strings.HasSuffix(tail, ".php") || !exact && !strings.Contains(tail, "/") {
			return true
		}
		want := path.Clean(path.Join(path.Dir(fn.File.Path), strings.TrimPrefix(tail, "/")))
		for _, f := range p.byBase[path.Base(tail)] {
			if exact && f.Path == want || !exact && strings.HasSuffix("/"+f.Path, "/"+strings.TrimPrefix(tail, "/")) {
				out = append(out, f)
			}
		}
		return true
	})
	return out
}

// includeTail reads an include path: the literal text it ends with, and
// whether the whole path is that text after __DIR__ (or a plain literal).
func includeTail(e ir.Expr) (string, bool) {
	switch e := e.(type) {
	case *ir.Lit:
		if e.Kind == ir.LitString {
			return e.Value, true
		}
	case *ir.Other:
		if (e.Op == "." || e.Op == "interp") && len(e.Args) > 0 {
			tail, _ := includeTail(e.Args[len(e.Args)-1])
			exact := len(e.Args) == 2 && isDirConst(e.Args[0])
			return tail, exact
		}
	}
	return "", false
}

// isDirConst matches __DIR__ and dirname(__FILE__).
func isDirConst(e ir.Expr) bool {
	if l, ok := e.(*ir.Lit); ok && l.Kind == ir.LitMagic && strings.EqualFold(l.Value, "__DIR__") {
		return true
	}
	if c, ok := e.(*ir.Call); ok && analyzer.CallName(c) == "dirname" && len(c.Args) == 1 {
		l, ok := c.Args[0].(*ir.Lit)
		return ok && l.Kind == ir.LitMagic && strings.EqualFold(l.Value, "__FILE__")
	}
	return false
}

// loopCalls marks what a request loop's body calls as per-iteration, and
// the classes of objects made before the loop and used in it as
// long-lived.
func (p *program) loopCalls(fn *ir.Func, l *ir.Loop, why string, mark func(*ir.Func, string)) {
	assignedIn := map[string]bool{}
	analyzer.Inspect(l.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			if v, ok := a.Dst.(*ir.Var); ok {
				assignedIn[v.Name] = true
			}
		}
		return true
	})
	// while (($job = $queue->pop()) !== null): assigned on every round
	analyzer.InspectExpr(l.Cond, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			if v, ok := a.Dst.(*ir.Var); ok {
				assignedIn[v.Name] = true
			}
		}
		return true
	})
	if v, ok := l.Value.(*ir.Var); ok {
		assignedIn[v.Name] = true
	}
	p.forgets(fn, l.Body, strings.TrimPrefix(why, "is "))
	visit := func(n analyzer.Node, _ []analyzer.Node) bool {
		t := p.r.target(fn, n)
		switch n := n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			// $handle(fn ($s) => $app->handle($s), $server): what the
			// call runs through the callables it is given runs as often
			for _, cb := range p.syncCallbacks(fn, n, t) {
				mark(cb, why)
			}
		case *ir.New:
			// new Fiber(function () use ($request) { … }): made to run it
			if strings.EqualFold(strings.TrimPrefix(n.Class, `\`), "Fiber") && len(n.Args) > 0 {
				for _, cb := range p.callables(fn, n.Args[0]) {
					mark(cb, why)
				}
			}
		}
		if t != nil {
			mark(t, why)
		} else if mc, ok := n.(*ir.MethodCall); ok {
			for _, cb := range p.libraryCallbacks(fn, mc) {
				mark(cb, fmt.Sprintf("%s, called back by %s->%s() (library code)", why, analyzer.ExprPath(mc.Recv), mc.Name))
			}
			// $worker->handle($envelope), $worker = new Worker([Job::class
			// => $handler]): what the library object was made with, it
			// may call on any of its calls
			if nw := p.libraryNew(fn, mc.Recv); nw != nil && mc.Name != "" {
				for _, cb := range p.madeWithCallables(fn, nw, 1) {
					mark(cb, fmt.Sprintf("%s, called back by %s->%s() (library code, made with it at %s:%d)", why, analyzer.ExprPath(mc.Recv), mc.Name, fn.File.Path, nw.P.Line))
				}
				// $worker->boot(['bills/(?<id>\d+)' => [BillController::class,
				// 'show']]) before the loop: a route table handed to it
				// after it was made, which it may call on any of its calls
				for _, given := range libraryCalls(fn, mc.Recv) {
					for _, a := range given.Args {
						for _, cb := range p.argCallables(fn, a, 0) {
							mark(cb, fmt.Sprintf("%s, called back by %s->%s() (library code, handed it by %s->%s() at %s:%d)", why, analyzer.ExprPath(mc.Recv), mc.Name, analyzer.ExprPath(given.Recv), given.Name, fn.File.Path, given.P.Line))
						}
					}
				}
			}
		} else if c, ok := n.(*ir.Call); ok {
			// (a plain ($this->handler)(…) is marked below, with how)
			if pr, isProp := c.Callee.(*ir.Prop); c.Name == "" && !(isProp && analyzer.IsThis(pr.Obj)) {
				if class, prop, ok := p.keptSource(fn, c.Callee, 8); ok {
					for _, cb := range p.elemCallables(class, prop) {
						mark(cb, why)
					}
				}
				if d, isDim := c.Callee.(*ir.Dim); isDim && d.Key != nil {
					for _, cb := range p.callables(fn, c.Callee) {
						mark(cb, fmt.Sprintf("%s, called through the dispatch table %s", why, analyzer.ExprPath(d.Base)))
					}
				}
			}
			// ($this->handler)($payload): the methods the property was
			// given as callables, $controller(...) or [$obj, 'handle']
			// (a closure given there is followed with what it captures,
			// see invokersOf)
			if pr, isProp := c.Callee.(*ir.Prop); isProp && analyzer.IsThis(pr.Obj) && pr.Name != "" && fn.ThisClass() != nil {
				for _, cb := range p.propCallables(fn.ThisClass().Name, pr.Name) {
					if cb.Kind == ir.FuncMethod || cb.Kind == ir.FuncFunction {
						mark(cb, fmt.Sprintf("%s, called through $this->%s", why, pr.Name))
					}
				}
			}
		}
		// a variable made before the loop and used in it (or captured
		// by a closure made in it) outlives every iteration
		var used []string
		switch x := n.(type) {
		case *ir.Var:
			used = []string{x.Name}
		case *ir.Closure:
			for _, u := range x.Func.Uses {
				used = append(used, u.Name)
			}
			used = append(used, arrowCaptures(x.Func)...)
		}
		for i := 0; i < len(used); i++ {
			name := used[i]
			if name == "" || name == "this" || assignedIn[name] {
				continue
			}
			assignedIn[name] = true // (judged once per variable)
			// $onRequest(…) with $onRequest = static function (…) use
			// ($controller) made before the loop: what it captures is
			// reused by every iteration too
			if cl, ok := localSource(fn, &ir.Var{Name: name}).(*ir.Closure); ok {
				for _, u := range cl.Func.Uses {
					used = append(used, u.Name)
				}
				used = append(used, arrowCaptures(cl.Func)...)
			}
			if c := p.r.localClass(fn, name); c != "" {
				set := p.setLongLived
				if nw := localNew(fn, name); nw != nil && strings.EqualFold(nw.Class, c) {
					set = p.setLongLivedByNew // $scheduler = new RetryScheduler()
				}
				set(c, fmt.Sprintf("$%s is created before the %s and reused by every iteration", name, loopName(why)))
				// $worker = new Worker([Job::class => $handler]), library
				// code: what it is made with lives as long
				if nw := p.libraryNew(fn, &ir.Var{Name: name}); nw != nil {
					for _, a := range nw.Args {
						p.handedToServer(fn, a, shortName(nw.Class), fn.File, int(nw.P.Line), 1)
					}
				}
				// new Logger('app', [new BufferHandler()]): what its
				// constructor keeps lives as long
				for _, k := range p.keptAtCreation(fn, name) {
					p.setLongLived(k.class, fmt.Sprintf("%s is made with $%s, before the %s, and kept in its $%s", shortName(k.class), name, loopName(why), k.prop))
				}
			}
			// $h = $hub->handler(), a closure over the hub's $this: the
			// hub lives as long as the closure
			if cl, by := p.r.handedOutClosure(fn, name); cl != nil {
				if c := cl.ThisClass(); c != nil {
					p.setLongLived(c.Name, fmt.Sprintf("$%s, a closure %s hands out, holds its %s and is created before the %s and reused by every iteration", name, funcLabel(by), c.Short, loopName(why)))
				}
			}
		}
		return true
	}
	analyzer.Inspect(l.Body, visit)
	// while ($handle(static function ($request) use ($app) { … })): a
	// condition runs on every round too, as a for loop's step does
	if l.Cond != nil && l.Kind != ir.LoopForeach {
		analyzer.InspectExpr(l.Cond, visit)
	}
	for _, e := range l.Step {
		analyzer.InspectExpr(e, visit) // for (…; …; $server->next()): each round
	}
}

// libraryCallbacks lists the functions of the callables written in the
// arguments of mc (a closure, [$obj, 'm'], $obj->m(...)), a call in a
// request loop's body on an object of a library class that is not part
// of the analysed code (vendor/ is skipped): a worker handing its
// handler to the library's handle($callback, $request) on every
// iteration. The library runs it for that iteration. Calls that register
// a listener or keep the callable (see vendorKeeps) are left out: what
// they keep runs when its event comes, not with the call.
func (p *program) libraryCallbacks(fn *ir.Func, mc *ir.MethodCall) []*ir.Func {
	if mc.Name == "" || len(mc.Args) == 0 || listenerAdd[strings.ToLower(mc.Name)] || isAddName(mc.Name) {
		return nil
	}
	var cbs []ir.Expr
	for _, a := range mc.Args {
		switch x := a.(type) {
		case *ir.Closure:
			cbs = append(cbs, a)
		case *ir.Array:
			if len(x.Items) == 2 && x.Items[0].Key == nil && litString(x.Items[1].Value) != "" {
				cbs = append(cbs, a)
			}
		case *ir.MethodCall, *ir.StaticCall:
			if firstClass(a) {
				cbs = append(cbs, a)
			}
		}
	}
	if len(cbs) == 0 {
		return nil
	}
	class := p.r.classOf(fn, mc.Recv)
	if class == "" || p.r.ix.ProjectClass(class) != nil || builtins.Lookup(class) != nil || p.r.vendorKeeps(class, mc) != nil {
		return nil // a project class (analysed), unknown, a PHP container, or a registration
	}
	var out []*ir.Func
	for _, cb := range cbs {
		out = append(out, p.callables(fn, cb)...)
	}
	return out
}

// keptAtCreation lists the objects made in the arguments of `$name = new
// C(...)` in fn (alone or in an array) that C's constructor keeps, with
// the property that keeps each.
func (p *program) keptAtCreation(fn *ir.Func, name string) []keptObject {
	var out []keptObject
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok || !isVarNamed(a.Dst, name) {
			return true
		}
		nw, ok := a.Src.(*ir.New)
		if !ok {
			return true
		}
		out = append(out, p.keptBy(fn, nw, "", 0)...)
		return true
	})
	return out
}

// closureKeeps lists the objects of fn's locals that closure cl, written
// in fn, captures: kept as long as the closure is, under prop.
func (p *program) closureKeeps(fn *ir.Func, cl *ir.Func, prop string) []keptObject {
	if cl == nil {
		return nil
	}
	var out []keptObject
	names := arrowCaptures(cl)
	for _, u := range cl.Uses {
		names = append(names, u.Name)
	}
	for _, name := range names {
		if name == "" || name == "this" {
			continue
		}
		if c := p.r.localClass(fn, name); c != "" {
			out = append(out, keptObject{c, prop})
		}
	}
	return out
}

// usesThis reports whether closure fn reads $this.
func usesThis(fn *ir.Func) bool {
	found := false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if analyzer.IsThis(n) {
			found = true
		}
		return !found
	})
	return found
}

// elemMethods lists, for a call on an element of an array property of
// $this — $this->commands[$n]->execute(), foreach ($this->handlers as
// $h) $h->handle(), $first = array_shift($next->middleware) — the
// methods of that name of the objects the property is given (see
// ctorElems).
func (p *program) elemMethods(fn *ir.Func, stack []analyzer.Node, mc *ir.MethodCall) []*ir.Func {
	var class, prop string
	ok := false
	switch recv := mc.Recv.(type) {
	case *ir.Dim:
		if pr, isProp := recv.Base.(*ir.Prop); isProp && analyzer.IsThis(pr.Obj) && pr.Name != "" && fn.ThisClass() != nil {
			class, prop, ok = fn.ThisClass().Name, pr.Name, true
		}
	case *ir.Var:
		if recv.Name != "this" {
			if class, prop, ok = loopOverProp(fn, stack, recv); !ok {
				class, prop, ok = p.elemOfProp(fn, recv)
			}
		}
	}
	if !ok || mc.Name == "" {
		return nil
	}
	var out []*ir.Func
	for _, c := range p.ctorElems(class, prop) {
		if m := p.r.ix.Method(c, mc.Name); m != nil && !m.Abstract {
			out = append(out, m)
		}
	}
	return out
}

// elemOfProp reports whether local v of fn is assigned (once) an element
// taken from an array property of $this or of a clone of it:
// array_shift($next->middleware), $this->handlers[$type], reset(…).
func (p *program) elemOfProp(fn *ir.Func, v *ir.Var) (class, prop string, ok bool) {
	c := fn.ThisClass()
	if c == nil {
		return "", "", false
	}
	src := localSource(fn, v)
	if src == ir.Expr(v) {
		return "", "", false
	}
	switch s := src.(type) {
	case *ir.Call:
		switch analyzer.CallName(s) {
		case "array_shift", "array_pop", "reset", "end", "current":
			if len(s.Args) == 1 {
				src = s.Args[0]
			}
		}
	case *ir.Dim:
		src = s.Base
	case *ir.Other:
		// $this->middleware[$i] ?? null: the element, when there is one
		if (s.Op == "??" || s.Op == "?:") && len(s.Args) == 2 {
			if d, ok := s.Args[0].(*ir.Dim); ok {
				src = d.Base
			}
		}
	}
	// $middleware = $this->middleware; array_shift($middleware): an
	// element of a copy of the property
	if lv, isVar := src.(*ir.Var); isVar && lv.Name != "this" && lv != v {
		if ps, isProp := localSource(fn, lv).(*ir.Prop); isProp {
			src = ps
		}
	}
	pr, isProp := src.(*ir.Prop)
	if !isProp || pr.Name == "" {
		return "", "", false
	}
	holder := pr.Obj
	if hv, isVar := holder.(*ir.Var); isVar && hv.Name != "this" {
		// $next = clone $this
		if o, isOther := localSource(fn, hv).(*ir.Other); isOther && o.Op == "clone" && len(o.Args) == 1 {
			holder = o.Args[0]
		}
	}
	if !analyzer.IsThis(holder) {
		return "", "", false
	}
	return c.Name, pr.Name, true
}

// ctorElems lists the classes of the objects the constructor of class is
// given, in arrays, for property prop (new Logger('app', [new
// StreamHandler(), Factory::build($config)])): objects made there, or
// returned by the factory called there.
func (p *program) ctorElems(class, prop string) []string {
	k := strings.ToLower(class) + "::" + prop
	if out, ok := p.elemsGiven[k]; ok {
		return out
	}
	if p.elemsGiven == nil {
		p.elemsGiven = map[string][]string{}
	}
	p.elemsGiven[k] = nil // (asked again while being found: none)
	out := p.findCtorElems(class, prop)
	p.elemsGiven[k] = out
	return out
}

func (p *program) findCtorElems(class, prop string) []string {
	sites, _ := p.r.callSites()
	var out []string
	add := func(fn *ir.Func, e ir.Expr) {
		if c := p.madeClass(fn, e); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
		// $handler = new StreamHandler(…); if (…) { $handler = new
		// BufferHandler($handler, …); }: each object the local is given
		if v, ok := e.(*ir.Var); ok && v.Name != "this" && paramIndex(fn, v) < 0 {
			for _, src := range assignedSources(fn, v.Name) {
				if nw, ok := src.(*ir.New); ok && nw.Class != "" && !slices.Contains(out, nw.Class) {
					out = append(out, nw.Class)
				}
			}
		}
	}
	// given calls each argument that method m keeps in prop
	given := func(m *ir.Func, each func(caller *ir.Func, arg ir.Expr)) {
		for i, kp := range p.r.storedParams(m) {
			if kp != prop {
				continue
			}
			for _, s := range sites[m] {
				if a, ok := siteArg(m, s, i); ok {
					each(s.caller, a)
				}
			}
		}
	}
	// new Logger('app', [new StreamHandler(), …]): the array's items
	ctor := p.r.ix.Method(class, "__construct")
	given(ctor, func(caller *ir.Func, a ir.Expr) {
		if v, isVar := a.(*ir.Var); isVar {
			if arr := localArray(caller, v.Name); arr != nil {
				a = arr
			}
		}
		if arr, ok := a.(*ir.Array); ok {
			for _, it := range arr.Items {
				add(caller, it.Value)
			}
		} else if c := p.containerGet(caller, a); c != "" && !slices.Contains(out, c) {
			// new Kernel($c->get(SubmitFormHandler::class)), whose
			// constructor keeps the service in its routes table
			out = append(out, c)
		}
		// new MiddlewareStack($this->middleware): what the caller's own
		// constructor was given for that property
		if pr, ok := a.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && pr.Name != "" && caller.ThisClass() != nil {
			for _, c := range p.ctorElems(caller.ThisClass().Name, pr.Name) {
				if !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
		}
	})
	// $app->register(new EventServiceProvider($app)), kept by register()
	// in $this->providers[$provider::class]: one object per call. Not
	// what per-request code hands over: that is what a growing store
	// keeps (see elementClasses), not a service
	for _, lc := range p.r.ix.Lineage(class) {
		for _, m := range lc.Methods {
			if m != ctor && !m.Static {
				given(m, func(caller *ir.Func, a ir.Expr) {
					if _, per := p.perIter[caller]; !per {
						add(caller, a)
					}
				})
			}
		}
	}
	slices.Sort(out)
	return out
}

// madeClass is the class of the object e hands over in fn: made there
// (new), returned by the factory it calls, or held by the local it names.
func (p *program) madeClass(fn *ir.Func, e ir.Expr) string {
	switch v := e.(type) {
	case *ir.New:
		return v.Class
	case *ir.StaticCall, *ir.Call, *ir.MethodCall:
		if c := p.r.returnedClass(p.r.target(fn, v), 0); c != "" {
			return c
		}
		return p.containerGet(fn, v)
	case *ir.Var:
		return p.r.localClass(fn, v.Name)
	}
	return ""
}

// containerGet is the class of the service e asks a container for:
// $c->get(RouteController::class) of a container that shares what its
// factories make; "" for anything else.
func (p *program) containerGet(fn *ir.Func, e ir.Expr) string {
	mc, ok := e.(*ir.MethodCall)
	if !ok || len(mc.Args) != 1 {
		return ""
	}
	cc, ok := mc.Args[0].(*ir.ClassConst)
	if !ok || !strings.EqualFold(cc.Name, "class") || p.r.ix.Class(cc.Class) == nil || !p.serviceContainer([]string{p.r.classOf(fn, mc.Recv)}) {
		return ""
	}
	return p.r.ix.Class(cc.Class).Name
}

// localNew returns the new expression a variable of fn is assigned, when
// that is its only assignment.
func localNew(fn *ir.Func, name string) *ir.New {
	nw, _ := assignedOnce(fn)[name].(*ir.New)
	return nw
}

// localArray returns the array literal a variable of fn is assigned, when
// that is its only assignment: $app = ['translator' => $translator].
func localArray(fn *ir.Func, name string) *ir.Array {
	a, _ := assignedOnce(fn)[name].(*ir.Array)
	return a
}

// keptBy lists the objects made in the arguments of nw that its
// constructor keeps, and, down to a few levels, what their own
// constructors keep of theirs: new Consumer(new Previews(new
// CachingClient(new Transport()))). path is the chain of properties
// above nw.
func (p *program) keptBy(fn *ir.Func, nw *ir.New, path string, depth int) []keptObject {
	var out []keptObject
	kept := p.r.storedParams(p.r.constructor(nw))
	for i, arg := range nw.Args {
		prop, ok := kept[i]
		if !ok {
			continue
		}
		if path != "" {
			prop = path + "->" + prop
		}
		vals := heldValues(arg)
		// new Worker($app) with $app = ['translator' => $translator]:
		// what the array holds
		if v, ok := arg.(*ir.Var); ok {
			if a := localArray(fn, v.Name); a != nil {
				vals = heldValues(a)
			}
		}
		for _, v := range vals {
			switch v := v.(type) {
			case *ir.New:
				if v.Class != "" {
					out = append(out, keptObject{v.Class, prop})
					if depth < 4 {
						out = append(out, p.keptBy(fn, v, prop, depth+1)...)
					}
				}
			case *ir.Closure:
				out = append(out, p.closureKeeps(fn, v.Func, prop)...)
			case *ir.Var:
				// $audit = static function (…) use ($trail) {…}, then given:
				// what the closure captures
				if cl := localClosure(fn, v.Name); cl != nil {
					out = append(out, p.closureKeeps(fn, cl, prop)...)
				}
				// $translator = new Translator(…) made before, then given
				if c := p.r.localClass(fn, v.Name); c != "" && v.Name != "this" {
					out = append(out, keptObject{c, prop})
					if nw := localNew(fn, v.Name); nw != nil && depth < 4 {
						out = append(out, p.keptBy(fn, nw, prop, depth+1)...)
					}
					// $listeners = (new ListenerCollection())->add($stats):
					// what the with-er's copy keeps
					if mc, ok := assignedOnce(fn)[v.Name].(*ir.MethodCall); ok {
						for i, kp := range p.r.returnKeeps(p.r.method(fn, mc)) {
							if i >= len(mc.Args) {
								continue
							}
							if av, ok := mc.Args[i].(*ir.Var); ok && av.Name != "this" {
								if c := p.r.localClass(fn, av.Name); c != "" {
									out = append(out, keptObject{c, prop + "->" + kp})
								}
							} else if nw, ok := mc.Args[i].(*ir.New); ok && nw.Class != "" {
								out = append(out, keptObject{nw.Class, prop + "->" + kp})
							}
						}
					}
				}
			case *ir.StaticCall, *ir.Call, *ir.MethodCall:
				// Extension::buildHandler($config): what the factory makes
				if c := p.r.returnedClass(p.r.target(fn, v), 0); c != "" {
					out = append(out, keptObject{c, prop})
				}
			}
		}
	}
	return out
}

// concreteTargets lists, for a call resolved to a method without a body
// (an interface's, an abstract one) on an object kept in a property of
// $this, the methods of the classes the project puts into that property
// (see propConcrete): $this->http->request() on the HttpClientInterface
// that every `new` of the class fills with a MemoizingHttpClient runs
// MemoizingHttpClient::request().
func (p *program) concreteTargets(fn *ir.Func, n analyzer.Node, t *ir.Func) []*ir.Func {
	mc, ok := n.(*ir.MethodCall)
	if !ok || t.Kind != ir.FuncMethod || !t.Abstract || fn.ThisClass() == nil {
		return nil
	}
	pr, ok := mc.Recv.(*ir.Prop)
	if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" {
		return nil
	}
	var out []*ir.Func
	for _, c := range p.r.propConcrete(fn.ThisClass().Name, pr.Name) {
		if m := p.r.ix.Method(c, t.Name); m != nil && !m.Abstract {
			out = append(out, m)
		}
	}
	return out
}

// dynamicNewTargets lists, for a call of an abstract method t on a local
// made with new $class(…) (whose class is a class-string<Plugin>
// parameter, see classOf), t's overrides in every concrete class of the
// project below t's class: any of them may be the one made.
func (p *program) dynamicNewTargets(fn *ir.Func, n analyzer.Node, t *ir.Func) []*ir.Func {
	mc, ok := n.(*ir.MethodCall)
	if !ok || t.Kind != ir.FuncMethod || !t.Abstract || t.Static || t.Class == nil {
		return nil
	}
	nw, ok := localSource(fn, mc.Recv).(*ir.New)
	if !ok || nw.Class != "" {
		return nil
	}
	var out []*ir.Func
	for _, c := range p.r.ix.ConcreteSubclasses(t.Class.Name) {
		if m := p.r.ix.Method(c, t.Name); m != nil && !m.Abstract && !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	return out
}

// handedOutTargets lists, for a call of an abstract method t (of an
// interface or an abstract class) on what a method returns out of a
// property of its object ($stack->next()->handle($envelope, $stack),
// next() returning $this->middleware[$this->offset++]), t's overrides in
// the classes of the objects the property was given at construction.
func (p *program) handedOutTargets(fn *ir.Func, n analyzer.Node, t *ir.Func) []*ir.Func {
	mc, ok := n.(*ir.MethodCall)
	if !ok || t.Kind != ir.FuncMethod || !t.Abstract || t.Static {
		return nil
	}
	m := p.r.target(fn, mc.Recv)
	if m == nil || m.Kind != ir.FuncMethod || m.Static || m.Abstract || m.Class == nil {
		return nil
	}
	// each return: an element of one property, or the object itself
	// ($this->middleware[$this->offset++] ?? $this)
	prop, self := "", false
	var visit func(e ir.Expr) bool
	visit = func(e ir.Expr) bool {
		switch x := e.(type) {
		case *ir.Other:
			if x.Op != "??" && x.Op != "?:" || len(x.Args) < 2 {
				return false
			}
			args := x.Args
			if x.Op == "?:" && len(args) == 3 {
				args = args[1:]
			}
			for _, a := range args {
				if !visit(a) {
					return false
				}
			}
			return true
		case *ir.Var:
			self = self || analyzer.IsThis(x)
			return analyzer.IsThis(x)
		case *ir.Dim:
			pr, ok := x.Base.(*ir.Prop)
			if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" || prop != "" && pr.Name != prop {
				return false
			}
			prop = pr.Name
			return true
		}
		return false
	}
	for _, ret := range returned(m) {
		if !visit(ret) {
			return nil
		}
	}
	if prop == "" {
		return nil
	}
	classes := p.ctorElems(m.Class.Name, prop)
	if self {
		classes = append(slices.Clip(classes), m.Class.Name)
	}
	var out []*ir.Func
	for _, c := range classes {
		if o := p.r.ix.Method(c, t.Name); o != nil && !o.Abstract && o != t && !slices.Contains(out, o) {
			out = append(out, o)
		}
	}
	return out
}

// keptObject is an object made with another and kept in its property.
type keptObject struct{ class, prop string }

func loopName(why string) string {
	why = strings.TrimPrefix(why, "runs on every iteration of the ")
	if i := strings.Index(why, " at "); i >= 0 {
		return why[:i]
	}
	return why
}

// callees lists the resolved targets of fn's calls, leaving out the
// constructor of a singleton (self::$instance = new self()), which runs
// once however often the code that reaches it does, code behind a
// once-guard, and code behind a setting nobody sets.
func (p *program) callees(fn *ir.Func) []*ir.Func {
	var out []*ir.Func
	scope := analyzer.NewScope(fn)
	memo := map[*ir.If]bool{}
	fills := p.fillsIn(fn)
	disabled := disabledBranch(p.r.ix, fn)
	// (what else the walk meets it skips only under a disabled branch,
	// which the nodes below then say themselves)
	analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KCalls|analyzer.KNew, func(n analyzer.Node, stack []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok {
			if _, static := a.Dst.(*ir.StaticProp); static && a.Op == "??=" {
				// self::$hub ??= self::init(): what fills the static runs
				// while it is empty, once
				return false
			}
			if _, static := a.Dst.(*ir.StaticProp); static {
				if nw, ok := a.Src.(*ir.New); ok {
					for _, arg := range nw.Args {
						analyzer.InspectExpr(arg, func(m analyzer.Node, _ []analyzer.Node) bool {
							if t := p.r.target(fn, m); t != nil {
								out = append(out, t)
							}
							return true
						})
					}
					return false
				}
			}
		}
		if disabled(stack) {
			return false // guarded by a setting nobody sets: never runs
		}
		t := p.r.target(fn, n)
		if t != nil {
			if inOnceBranch(stack, scope, true, p.flagResets, memo, fills) || p.r.memoPerKey(fn, stack, n) {
				return true
			}
			if _, long := p.thisLongLived(fn); p.keyedOnce(fn, scope, n, long) || afterOnceExit(fn, scope, n, p.flagResets, long) {
				return true // if ($this->booted) return; … $this->booted = true
			}
			out = append(out, t)
			concrete := p.concreteTargets(fn, n, t)
			if len(concrete) == 0 {
				concrete = p.handedOutTargets(fn, n, t)
			}
			if len(concrete) == 0 {
				concrete = p.dynamicNewTargets(fn, n, t)
			}
			out = append(out, concrete...)
			// foreach ($this->providers as $p) $p->boot() typed by the
			// base class, $this->commands[$n]->execute() by an abstract
			// one: the overrides of the objects really given
			if mc, ok := n.(*ir.MethodCall); ok && t.Kind == ir.FuncMethod && !t.Static {
				for _, m := range p.elemMethods(fn, stack, mc) {
					if m != t {
						out = append(out, m)
					}
				}
			}
		} else if c, ok := n.(*ir.Call); ok && c.Name == "" && !inOnceBranch(stack, scope, true, p.flagResets, memo, fills) {
			// ($cb['function'])(…) over the elements of a property: the
			// callables registered into it
			if class, prop, ok := p.keptSource(fn, c.Callee, 8); ok {
				out = append(out, p.elemCallables(class, prop)...)
			}
			// ($this->recorder())($row), (Closure::bind(…))($row): the
			// closure the call hands back
			switch c.Callee.(type) {
			case *ir.MethodCall, *ir.StaticCall:
				out = append(out, p.callables(fn, c.Callee)...)
			}
			// $next = $handler; foreach (…) $next = fn ($s) => …;
			// $next($step): every closure the local is given
			if v, isVar := c.Callee.(*ir.Var); isVar && paramIndex(fn, v) < 0 {
				out = append(out, p.callables(fn, v)...)
			}
			// $kernel($app, $request) on a callable parameter of a
			// function the framework runs per request: the callables
			// every caller hands it (a call in per-request code runs
			// what it is given through syncCallbacks)
			if v, isVar := c.Callee.(*ir.Var); isVar && p.requestEntry(fn) {
				if i := paramIndex(fn, v); i >= 0 {
					sites, _ := p.r.callSites()
					for _, s := range sites[fn] {
						if a, ok := siteArg(fn, s, i); ok {
							out = append(out, p.callables(s.caller, a)...)
						}
					}
				}
			}
		} else if nw, ok := n.(*ir.New); ok && nw.Class == "" && nw.ClassExpr != nil && !inOnceBranch(stack, scope, true, p.flagResets, memo, fills) {
			// new $class($this, $row), $class one of a known few
			// (self::LINE_TYPES[$kind] ?? throw …): each one's constructor
			for _, c := range p.r.classValues(fn, nw.ClassExpr, 0) {
				if m := p.r.ix.Method(c, "__construct"); m != nil && !slices.Contains(out, m) {
					out = append(out, m)
				}
			}
		} else if mc, ok := n.(*ir.MethodCall); ok && mc.NameExpr != nil && !inOnceBranch(stack, scope, true, p.flagResets, memo, fills) {
			out = append(out, p.r.dynamicTargets(fn, mc)...)
		} else if ok && mc.Name != "" && !inOnceBranch(stack, scope, true, p.flagResets, memo, fills) {
			// $job->handle() on a parameter typed object (or not at
			// all): the methods of what every caller passes; on an
			// element of an array property, of what it was given
			out = append(out, p.elemMethods(fn, stack, mc)...)
			if v, isVar := mc.Recv.(*ir.Var); isVar {
				if i := paramIndex(fn, v); i >= 0 {
					for _, c := range p.r.paramConcrete(fn, i) {
						if m := p.r.ix.Method(c, mc.Name); m != nil && !m.Abstract {
							out = append(out, m)
						}
					}
				}
			}
		}
		switch n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			if !inOnceBranch(stack, scope, true, p.flagResets, memo, fills) {
				out = append(out, p.syncCallbacks(fn, n, t)...)
			}
		}
		return true
	})
	return out
}

// propCallables lists the functions the callables given to property prop
// of class run (see propGiven): a closure, $handler(...) of an
// invokable, $obj->m(...), [$obj, 'm'].
func (p *program) propCallables(class, prop string) []*ir.Func {
	var out []*ir.Func
	for _, g := range p.propGiven(class, prop) {
		out = append(out, p.callables(g.fn, g.e)...)
	}
	return out
}

// boundReceivers lists the classes of the objects the callables given
// to property prop of class are bound to: $controller(...),
// $obj->handle(...) and [$obj, 'handle'] keep $controller and $obj as
// long as the property keeps the callable, a closure what it captures.
func (p *program) boundReceivers(class, prop string) []string {
	var out []string
	for _, g := range p.propGiven(class, prop) {
		var recv ir.Expr
		switch e := g.e.(type) {
		case *ir.Call:
			if e.FirstClass {
				recv = e.Callee
			}
		case *ir.MethodCall:
			if e.FirstClass {
				recv = e.Recv
			}
		case *ir.Array:
			if len(e.Items) == 2 && e.Items[0].Key == nil && litString(e.Items[1].Value) != "" {
				recv = e.Items[0].Value
			}
		case *ir.Closure:
			// new ClosureRequestHandler(static function (…) use
			// ($matcher) {…}): the objects the closure keeps
			for _, name := range capturedNames(e.Func) {
				if c := p.r.localClass(g.fn, name); c != "" && !slices.Contains(out, c) {
					out = append(out, c)
				}
			}
			continue
		}
		if recv == nil || analyzer.IsThis(recv) {
			continue
		}
		if _, isConst := recv.(*ir.ClassConst); isConst {
			continue // [Foo::class, 'm']: a static method, no object
		}
		if c := p.r.classOf(g.fn, recv); c != "" && !slices.Contains(out, c) {
			out = append(out, c)
		}
	}
	return out
}

// given is a value given to a property, in the function that gives it.
type given struct {
	fn *ir.Func
	e  ir.Expr
}

// propGiven lists what property prop of class is given: what its writes
// store ($this->handler = …), following a constructor parameter to what
// every `new` passes, and what a promoted constructor parameter of that
// name is given.
func (p *program) propGiven(class, prop string) []given {
	var out []given
	sites, _ := p.r.callSites()
	fromCtor := func(ctor *ir.Func, i int) {
		for _, s := range sites[ctor] {
			if a, ok := siteArg(ctor, s, i); ok {
				out = append(out, given{s.caller, a})
			}
		}
	}
	for _, w := range p.r.thisWrites(class, prop) {
		if !w.simple || w.src == nil {
			continue
		}
		if v, ok := w.src.(*ir.Var); ok && strings.EqualFold(w.fn.Name, "__construct") {
			if i := paramIndex(w.fn, v); i >= 0 {
				fromCtor(w.fn, i)
				continue
			}
		}
		out = append(out, given{w.fn, w.src})
	}
	if ctor := p.r.ix.Method(class, "__construct"); ctor != nil {
		if i := slices.IndexFunc(ctor.Params, func(pm *ir.Param) bool { return pm.Promoted && pm.Name == prop }); i >= 0 {
			fromCtor(ctor, i)
		}
	}
	return out
}

// fillKey is a function and a place it may fill, for fills' memo.
type fillKey struct {
	fn  *ir.Func
	key string
}

// fillsIn follows the calls fn makes for onceIf: a call fills a property
// of $this when it is a method called on $this that writes it, and a
// static or a global when the function it calls writes it.
func (p *program) fillsIn(fn *ir.Func) fillsFunc {
	return func(call ir.Expr, key string) bool {
		if strings.HasPrefix(key, "$this->") && !onThis(call) {
			return false
		}
		t := p.r.target(fn, call)
		return t != nil && t != fn && p.fills(t, key)
	}
}

// fills reports whether fn, or what it calls (on the same object, for a
// property of $this), writes something into the place named key: an
// element, or a value that is not empty.
func (p *program) fills(fn *ir.Func, key string) bool {
	k := fillKey{fn, key}
	if v, ok := p.fillMemo[k]; ok {
		return v
	}
	if p.fillMemo == nil {
		p.fillMemo = map[fillKey]bool{}
	}
	p.fillMemo[k] = false // while it is walked: recursion fills nothing more
	this := strings.HasPrefix(key, "$this->")
	scope := analyzer.NewScope(fn)
	found := false
	analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
		if found {
			return false
		}
		switch n := n.(type) { // (the walk does not enter closures, which run later if ever)
		case *ir.Assign:
			if pl, dims, ok := scope.PlaceOf(n.Dst); ok && pl.Key() == key && (len(dims) > 0 || !falsy(n.Src)) {
				found = true
			}
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			if !this || onThis(n.(ir.Expr)) {
				if t := p.r.target(fn, n); t != nil && t != fn && p.fills(t, key) {
					found = true
				}
			}
		}
		return !found
	})
	p.fillMemo[k] = found
	return found
}

// onThis reports whether a call is made on the same object: $this->m(),
// or self::m(), static::m(), parent::m() from a method.
func onThis(call ir.Expr) bool {
	switch c := call.(type) {
	case *ir.MethodCall:
		return analyzer.IsThis(c.Recv)
	case *ir.StaticCall:
		return isLateBound(c.Class)
	}
	return false
}

// propagateLongLived makes the objects a long-lived object holds in its
// properties long-lived too.
func (p *program) propagateLongLived() {
	for round := 0; round < 6; round++ {
		changed := false
		snap := p.snapshot()
		classes := make([]string, 0, len(snap))
		for k := range snap {
			classes = append(classes, k)
		}
		sort.Strings(classes)
		for _, class := range classes {
			why := snap[class]
			for _, c := range p.r.ix.Lineage(class) {
				for _, prop := range c.Props {
					// a property the object replaces between requests
					// (reset(), a called clear()) holds a per-request
					// object
					if prop.Static {
						continue
					}
					held := append([]string{p.r.propClass(c.Name, prop.Name)}, p.elementClasses(c, prop.Name)...)
					// new Logger('app', [new FingersCrossedHandler(…)]): the
					// objects its constructor is given in an array
					held = append(held, p.ctorElems(c.Name, prop.Name)...)
					// $controller(...), [$obj, 'm']: the object a callable
					// kept there is bound to
					if pc := p.r.propClass(c.Name, prop.Name); pc == "" || strings.EqualFold(pc, "Closure") {
						held = append(held, p.boundReceivers(c.Name, prop.Name)...)
					}
					if p.resets[strings.ToLower(c.Name)+"::"+prop.Name] {
						// what a pool holds stays unless code that runs
						// per request empties the pool (LoadBalancer's
						// closeAll() in maintenance code does not)
						held = nil
						if !p.resetPerRequest(c.Name, analyzer.Place{Kind: analyzer.PlaceThisProp, Name: prop.Name}) {
							held = p.pooled[strings.ToLower(c.Name)+"::"+prop.Name]
						}
					}
					// held as a TokenStorageInterface: the one class of the
					// project that implements it, or the classes every new
					// of the holder puts there (see propConcrete)
					holder := c.Name
					for _, h := range held {
						if hc := p.r.ix.Class(h); hc != nil && (hc.Kind == ir.KindInterface || hc.Abstract) {
							if impl := p.r.soleImplementation(h); impl != "" && !strings.EqualFold(impl, h) {
								held = append(held, impl)
							} else {
								held = append(held, p.r.propConcrete(holder, prop.Name)...)
							}
						}
					}
					for _, h := range held {
						if h == "" {
							continue
						}
						if _, req := p.requestLived[strings.ToLower(h)]; req {
							continue
						}
						if _, ok := p.longLived[strings.ToLower(h)]; !ok {
							p.setLongLived(h, fmt.Sprintf("%s is held in $%s of %s, and %s", shortName(h), prop.Name, c.Short, why))
							changed = true
						}
					}
				}
			}
			// $worker->recent = new RecentlyPlayed() in onWorkerStart: a
			// property the class does not declare
			for _, name := range p.r.outsideProps(class) {
				h := p.r.propClass(class, name)
				if h == "" {
					continue
				}
				if _, req := p.requestLived[strings.ToLower(h)]; req {
					continue
				}
				if _, ok := p.longLived[strings.ToLower(h)]; !ok {
					p.setLongLived(h, fmt.Sprintf("%s is held in $%s of %s, and %s", shortName(h), name, shortName(class), why))
					changed = true
				}
			}
		}
		if !changed {
			return
		}
	}
}

// elementClasses lists the classes of objects c's methods put into the
// array property prop: $this->prop[] = new X(...), $this->prop[$k] = $x
// where $x = new X(...).
//
// Objects put there by per-request code are not counted: they are what a
// growing store keeps, made per request, not services of the process.
// implementations lists the project's classes that implement interface
// iface or extend abstract class iface (none when iface is neither),
// indexed once.
func (p *program) implementations(iface string) []string {
	if p.impls == nil {
		p.impls = map[string][]string{}
		for _, f := range p.r.ix.Files() {
			for _, c := range f.Classes {
				if c.Kind != ir.KindClass {
					continue
				}
				for k := range p.r.ix.Supertypes(c.Name) {
					if sc := p.r.ix.Class(k); sc != nil && sc != c && (sc.Kind == ir.KindInterface || sc.Abstract) {
						p.impls[k] = append(p.impls[k], c.Name)
					}
				}
			}
		}
	}
	return p.impls[strings.ToLower(strings.TrimPrefix(iface, `\`))]
}

// capturedNames lists the variables closure fn takes from the code that
// makes it: its use clause, or the free variables of an arrow function.
func capturedNames(fn *ir.Func) []string {
	var out []string
	for _, u := range fn.Uses {
		out = append(out, u.Name)
	}
	if fn.Kind != ir.FuncArrow {
		return out
	}
	analyzer.InspectFunc(fn, analyzer.KVar, func(n analyzer.Node, _ []analyzer.Node) bool {
		if v, ok := n.(*ir.Var); ok && v.Name != "" && v.Name != "this" && paramIndex(fn, v) < 0 && !slices.Contains(out, v.Name) {
			out = append(out, v.Name)
		}
		return true
	})
	return out
}

func (p *program) elementClasses(c *ir.Class, prop string) []string {
	key := strings.ToLower(c.Name) + "::" + prop
	if out, ok := p.elements[key]; ok {
		return out
	}
	if p.elements == nil {
		p.elements = map[string][]string{}
	}
	var out []string
	defer func() { p.elements[key] = out }()
	// $bus->register(X::class, new Handler($em)), $logger->pushProcessor(new
	// DebugProcessor()): the invokable objects given where a callable is
	// kept in this property
	for _, sc := range p.stored {
		if sc.prop != prop || !strings.EqualFold(sc.class, c.Name) {
			continue
		}
		if _, per := p.perIter[sc.at]; per {
			continue
		}
		switch {
		case sc.cb.Kind == ir.FuncMethod && !sc.cb.Static && sc.cb.Class != nil:
			out = append(out, sc.cb.Class.Name)
		case (sc.cb.Kind == ir.FuncClosure || sc.cb.Kind == ir.FuncArrow) && sc.cb.Parent != nil:
			// fn ($r) => $layer($r, $next): the objects a closure kept
			// there captures live as long as it
			for _, name := range capturedNames(sc.cb) {
				if cl := p.r.localClass(sc.cb.Parent, name); cl != "" {
					out = append(out, cl)
				}
			}
		}
	}
	elementWrites(c.Methods, prop, true, func(m *ir.Func, a *ir.Assign, d *ir.Dim, stack []analyzer.Node) {
		_, per := p.perIter[m]
		// per-request code adds what a growing store keeps, unless it
		// makes one object per key of a fixed set, once
		// ($this->rooms[$room] ??= new Backlog()), or fills a pool: it
		// stores an object under a key only where it found that slot
		// empty, and hands out the stored one on later requests. A
		// pooled object is held as long as the pool; whether the pool's
		// keys grow is the growth rules' question.
		bounded := a.Op == "??=" && d.Key != nil && p.r.boundedKey(m, d.Key)
		pooled := !bounded && (a.Op == "??=" || slotWasEmpty(stack, a))
		if per && !bounded && !pooled {
			return
		}
		if _, nested := d.Base.(*ir.Dim); nested && !pooled {
			return // a nested array of a pool only ($this->conns[$server][$db])
		}
		// $this->groups[$request] ??= new SpanList() in a WeakMap: the
		// value goes with its key, an object made for each request
		if d.Key != nil && p.r.isWeakMap(m, analyzer.Place{Kind: analyzer.PlaceThisProp, Name: prop}) && p.freshKey(m, d.Key, 3) {
			return
		}
		src := a.Src
		if inner, ok := src.(*ir.Assign); ok { // $this->events[] = $event = new Event()
			src = inner.Src
		}
		// $this->services[$id] ??= new $id(): a memo of the classes the
		// callers name ($locator->get(AuditLog::class)), one object each,
		// kept as long as the locator
		if nw, ok := src.(*ir.New); ok && nw.ClassExpr != nil && (a.Op == "??=" || slotWasEmpty(stack, a)) {
			if i := paramIndex(m, nw.ClassExpr); i >= 0 {
				sites, _ := p.r.callSites()
				for _, s := range sites[m] {
					if i < len(s.args) {
						out = append(out, p.r.classStringsOf(s.args[i])...)
					}
				}
			}
			return
		}
		// $this->shared[$id] = ($this->factories[$id])($this): a memo
		// of what the factories registered under the callers' ids make
		// (see staticStores), one object each, kept as long as the
		// locator
		if factoryCall(src) != nil && (a.Op == "??=" || slotWasEmpty(stack, a)) {
			for _, st := range p.r.staticStores()[thisStoreKey(c.Name, prop)] {
				if st.this && st.fn != m {
					out = append(out, st.class)
					p.markStrong(st.class) // made once per id, however often asked for
					if p.pooled == nil {
						p.pooled = map[string][]string{}
					}
					p.pooled[key] = append(p.pooled[key], st.class)
				}
			}
			return
		}
		// $this->services[$id] = $service in a setter: the objects
		// code that does not run per request gives it (a container
		// filled at boot)
		if i := paramIndex(m, src); i >= 0 && !per {
			sites, _ := p.r.callSites()
			for _, s := range sites[m] {
				if _, perCaller := p.perIter[s.caller]; perCaller || i >= len(s.args) {
					continue
				}
				if cl := p.r.exprClass(s.caller, s.args[i], 0); cl != "" {
					out = append(out, cl)
				}
			}
			return
		}
		if cl := p.r.exprClass(m, src, 0); cl != "" {
			out = append(out, cl)
			if per && (bounded || pooled) {
				// made once per key, however often the code runs; a
				// pooled one stays as long as the pool
				p.markStrong(cl)
			}
			if pooled {
				// a pool typed by its interface holds its implementations
				pool := append([]string{cl}, p.implementations(cl)...)
				out = append(out, pool[1:]...)
				if p.pooled == nil {
					p.pooled = map[string][]string{}
				}
				p.pooled[key] = append(p.pooled[key], pool...)
			}
		}
	})
	return out
}

// freshKey reports whether e, in fn, is an object made anew wherever fn
// runs: made in fn (see freshObject), or a parameter that every call of
// fn is given such an object for, up to depth callers away.
func (p *program) freshKey(fn *ir.Func, e ir.Expr, depth int) bool {
	if p.r.freshObject(fn, e) {
		return true
	}
	i := paramIndex(fn, e)
	if i < 0 || depth == 0 || analyzer.AssignsVar(fn, e.(*ir.Var).Name) {
		return false
	}
	sites, _ := p.r.callSites()
	n := 0
	for _, s := range sites[fn] {
		if i >= len(s.args) || !p.freshKey(s.caller, s.args[i], depth-1) {
			return false
		}
		n++
	}
	return n > 0
}

// slotWasEmpty reports whether assignment a, under stack, runs only where
// the slot it writes was found empty: in the else of
// `if (isset($slot)) { … }`, or in the then of `if (!isset($slot))` or
// `if (empty($slot))`.
func slotWasEmpty(stack []analyzer.Node, a *ir.Assign) bool {
	for i := len(stack) - 1; i >= 0; i-- {
		iff, ok := stack[i].(*ir.If)
		if !ok || i+1 >= len(stack) {
			continue
		}
		next := stack[i+1]
		inThenBranch := inThen(iff, next)
		cond := iff.Cond
		negated := false
		if o, ok := cond.(*ir.Other); ok && o.Op == "!" && len(o.Args) == 1 {
			cond, negated = o.Args[0], true
		}
		// if (!array_key_exists($id, $this->services)) $this->services[$id] = …
		if c, ok := cond.(*ir.Call); ok && analyzer.CallName(c) == "array_key_exists" && len(c.Args) == 2 {
			if d, ok := a.Dst.(*ir.Dim); ok && d.Key != nil && sameExpr(c.Args[0], d.Key) && sameExpr(c.Args[1], d.Base) {
				if negated && inThenBranch || !negated && inElse(iff, next) {
					return true
				}
			}
			continue
		}
		o, ok := cond.(*ir.Other)
		if !ok || len(o.Args) != 1 || !sameExpr(o.Args[0], a.Dst) {
			continue
		}
		switch {
		case o.Op == "isset" && negated, o.Op == "empty" && !negated:
			if inThenBranch {
				return true
			}
		case o.Op == "isset" && !negated, o.Op == "empty" && negated:
			if inElse(iff, next) {
				return true
			}
		}
	}
	return false
}

func (p *program) snapshot() map[string]string {
	out := make(map[string]string, len(p.longLived))
	for k, v := range p.longLived {
		out[k] = v
	}
	return out
}

// thisLongLived reports whether the $this of method fn is long-lived: its
// class, a subclass, or (for a trait method) a class using the trait.
func (p *program) thisLongLived(fn *ir.Func) (string, bool) {
	c := fn.ThisClass()
	if c == nil {
		return "", false
	}
	if why, ok := p.isLongLived(c.Name); ok {
		return why, true
	}
	if p.lineageLong == nil {
		// every class, trait and ancestor in the lineage of a long-lived
		// class, computed once per stage of the model (buildProgram
		// drops it once the model is complete)
		p.lineageLong = map[*ir.Class]string{}
		keys := make([]string, 0, len(p.longLived))
		for k := range p.longLived {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			if _, ok := p.isLongLived(k); !ok {
				continue // made per request
			}
			for _, lc := range p.r.ix.Lineage(k) {
				if _, ok := p.lineageLong[lc]; !ok {
					p.lineageLong[lc] = p.longLived[k]
				}
			}
		}
	}
	if lowercase.Get(p.newPerRequest, c.Name) && !lowercase.Get(p.strong, c.Name) {
		return "", false
	}
	why, ok := p.lineageLong[c]
	return why, ok
}

// streamName reports whether a generator's name says it streams work
// (messages, jobs, events) rather than data (rows, files, properties).
func streamName(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"message", "job", "event", "consume", "receive", "listen", "subscribe", "stream", "poll", "watch", "task", "request", "transport", "datagram", "packet", "envelope"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}

// calledUnderSAPITest reports whether every call of m the project makes
// sits in a branch of an if that tests the SAPI (if
// (function_exists('fastcgi_finish_request')) { …; $after->runPending(); }).
func (p *program) calledUnderSAPITest(m *ir.Func) bool {
	sites, _ := p.r.callSites()
	return everyCallAt(sites[m], sapiGuardedCalls)
}

// everyCallAt reports whether there are calls and each sits at one of
// the positions at lists for its caller.
func everyCallAt(sites []callSite, at func(caller *ir.Func) map[ir.Pos]bool) bool {
	for _, s := range sites {
		if s.at == (ir.Pos{}) || !at(s.caller)[s.at] {
			return false
		}
	}
	return len(sites) > 0
}

type sapiCallsKey struct{}

// sapiGuardedCalls lists, once per function, where the calls of its own
// body that sit in a branch of an if testing the SAPI are, or after such
// an if that returns.
func sapiGuardedCalls(fn *ir.Func) map[ir.Pos]bool {
	return callsWhere(fn, sapiCallsKey{}, func(stack []analyzer.Node) bool {
		return sapiGuarded(stack) || sapiGuard(fn, stack) != nil
	})
}

// callsWhere lists, once per function and key, where the calls of fn's
// own body (closures left out) are that in says hold under their stack.
func callsWhere(fn *ir.Func, key any, in func(stack []analyzer.Node) bool) map[ir.Pos]bool {
	return analyzer.FuncMemo(fn, key, func() map[ir.Pos]bool {
		var out map[ir.Pos]bool
		analyzer.InspectFunc(fn, analyzer.KCalls|analyzer.KNew, func(n analyzer.Node, stack []analyzer.Node) bool {
			switch n.(type) {
			case *ir.Closure:
				return false
			case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.New:
				if in(stack) {
					if out == nil {
						out = map[ir.Pos]bool{}
					}
					out[n.Span()] = true
				}
			}
			return true
		})
		return out
	})
}

// neverInWorker reports whether every call of fn the project makes sits
// in a branch a worker never takes: if (PHP_SAPI === 'fpm-fcgi' &&
// function_exists('fastcgi_finish_request')) { $log->flush(); } (see
// analyzer.Index.SAPIHoldsInWorker).
func (p *program) neverInWorker(fn *ir.Func) bool {
	sites, known := p.r.knownSites(fn)
	return known && everyCallAt(sites, func(caller *ir.Func) map[ir.Pos]bool { return workerDeadCalls(p.r.ix, caller) })
}

type workerDeadKey struct{}

// workerDeadCalls lists, once per function, where the calls of its own
// body that a worker never makes are: in the branch of an if whose SAPI
// test decides against it.
func workerDeadCalls(ix *analyzer.Index, fn *ir.Func) map[ir.Pos]bool {
	return callsWhere(fn, workerDeadKey{}, func(stack []analyzer.Node) bool {
		for i, a := range stack {
			s, ok := a.(*ir.If)
			if !ok || i+1 >= len(stack) || !analyzer.TestsSAPI(s.Cond) {
				continue
			}
			child, ok := stack[i+1].(ir.Stmt)
			if !ok {
				continue
			}
			holds, known := ix.SAPIHoldsInWorker(s.Cond)
			if known && (!holds && slices.Contains(s.Then, child) || holds && slices.Contains(s.Else, child)) {
				return true
			}
		}
		// after if (!function_exists('fastcgi_finish_request')) { return; }
		if g := sapiGuard(fn, stack); g != nil {
			holds, known := ix.SAPIHoldsInWorker(g.Cond)
			return known && holds
		}
		return false
	})
}

// sapiGuard is the if before the node at the end of stack, in fn, that
// tests the SAPI and leaves the function when its test holds (if
// (!function_exists('fastcgi_finish_request')) { return; }): the node
// runs only when the test fails. nil when there is none.
func sapiGuard(fn *ir.Func, stack []analyzer.Node) *ir.If {
	for i, a := range stack {
		st, ok := a.(ir.Stmt)
		if !ok {
			continue
		}
		block := fn.Body
		if i > 0 {
			block = blockOf(stack[i-1], st)
		}
		for _, before := range block {
			if before == st {
				break
			}
			if g, ok := before.(*ir.If); ok && len(g.Else) == 0 && len(g.Then) > 0 && returnsOrThrows(g.Then) && analyzer.TestsSAPI(g.Cond) {
				return g
			}
		}
	}
	return nil
}

// returnsOrThrows reports whether a block always leaves the function: its
// last statement returns or throws.
func returnsOrThrows(body []ir.Stmt) bool {
	_, jump := body[len(body)-1].(*ir.Jump)
	return leaves(body) && !jump
}

// liveResetters is resetters without the functions a worker never calls
// (see neverInWorker), and the labels of those left out.
func (p *program) liveResetters(resetters map[string][]*ir.Func) (map[string][]*ir.Func, map[string][]string) {
	return takeOutResetters(resetters, func(fn *ir.Func) string {
		if p.neverInWorker(fn) {
			return funcLabel(fn)
		}
		return ""
	})
}

// removersNeverInWorker says why removers, all of them, never run in a
// worker: every call of each sits in a branch only FPM takes (if
// (function_exists('fastcgi_finish_request')) { run_deferred(); }; see
// neverInWorker). "" when one of them may run, or there are none.
func (p *program) removersNeverInWorker(removers []*ir.Func) string {
	if len(removers) == 0 || slices.ContainsFunc(removers, func(rm *ir.Func) bool { return !p.neverInWorker(rm) }) {
		return ""
	}
	var names []string
	for _, rm := range removers {
		if l := funcLabel(rm); !slices.Contains(names, l) {
			names = append(names, l)
		}
	}
	return fmt.Sprintf("and what removes from it (%s) runs only under a SAPI that serves one request per process (FPM), never in this worker", strings.Join(names, ", "))
}

// neverInWorkerFix is the fix for what removersNeverInWorker finds.
const neverInWorkerFix = "empty it at the end of every request whatever the SAPI (not only inside a test for fastcgi_finish_request() or PHP_SAPI), or keep the data on a per-request object."

// takeOutResetters splits resetters by out, which says why a function
// is taken out ("": kept). It returns the resetters left (resetters
// itself when none is taken out) and, per key, what was taken out.
func takeOutResetters(resetters map[string][]*ir.Func, out func(*ir.Func) string) (map[string][]*ir.Func, map[string][]string) {
	var left map[string][]*ir.Func
	var gone map[string][]string
	for _, k := range slices.Sorted(maps.Keys(resetters)) {
		var keep []*ir.Func
		var why []string
		for _, fn := range resetters[k] {
			if w := out(fn); w != "" {
				why = append(why, w)
			} else {
				keep = append(keep, fn)
			}
		}
		if len(why) == 0 {
			continue
		}
		if left == nil {
			left, gone = maps.Clone(resetters), map[string][]string{}
		}
		left[k], gone[k] = keep, why
	}
	if left == nil {
		return resetters, nil
	}
	return left, gone
}

// freshResetters takes out of resetters the methods only ever called on
// an object a container makes anew for the call
// ($this->container->get(HoldNotifier::class)->drain(), with HoldNotifier
// bound by bind(): every lookup makes a new one). What they empty is that
// new object, never the one a service was given and keeps. It returns
// the resetters left and, per key, what was taken out and why.
func (p *program) freshResetters(resetters map[string][]*ir.Func) (map[string][]*ir.Func, map[string][]string) {
	if len(p.transient) == 0 {
		return resetters, nil
	}
	return takeOutResetters(resetters, p.onFreshInstance)
}

// failureResetters takes out of resetters the functions that run only
// when a request fails (see onFailureOnly): between the requests that
// succeed, nothing they empty is emptied. It returns the resetters left
// and, per key, what was taken out.
func (p *program) failureResetters(resetters map[string][]*ir.Func) (map[string][]*ir.Func, map[string][]string) {
	return takeOutResetters(resetters, func(fn *ir.Func) string {
		if why, ok := p.failureOnly[fn]; ok {
			if strings.HasPrefix(why, funcLabel(fn)+" ") {
				return why
			}
			return fmt.Sprintf("%s, as %s", funcLabel(fn), why)
		}
		return ""
	})
}

// idleResetters takes out of resetters the functions the project calls
// only when the worker is idle: inside if ($event->isWorkerIdle()) of
// Messenger's WorkerRunningEvent, which holds only once the transports
// are empty. While messages keep coming that never happens, and what
// waits for it grows. It returns the resetters left and, per key, what
// was taken out.
func (p *program) idleResetters(resetters map[string][]*ir.Func) (map[string][]*ir.Func, map[string][]string) {
	return takeOutResetters(resetters, func(fn *ir.Func) string {
		if p.emptiesOnlyWhenIdle(fn) {
			return funcLabel(fn)
		}
		return ""
	})
}

// idleReturn reports whether st, in fn, is `if (!$event->isWorkerIdle())
// return;` (or another way out, or a test that holds only when the
// worker is idle: see idleTest): what follows it runs only when the
// worker is idle.
func (p *program) idleReturn(fn *ir.Func, st ir.Stmt) bool {
	i, ok := st.(*ir.If)
	if !ok || len(i.Then) == 0 || !leaves(i.Then) || !isNot(i.Cond) {
		return false
	}
	return p.idleTest(fn, i.Cond.(*ir.Other).Args[0], 0)
}

// emptiesOnlyWhenIdle reports whether fn runs its body only when the
// worker is idle: every call of it is (see calledOnlyWhenIdle), or it
// starts by returning unless it is.
func (p *program) emptiesOnlyWhenIdle(fn *ir.Func) bool {
	return len(fn.Body) > 0 && p.idleReturn(fn, fn.Body[0]) || p.calledOnlyWhenIdle(fn)
}

// calledOnlyWhenIdle reports whether every call of fn in the project,
// and there is one, is made in the then-branch of an if whose condition
// asks whether the worker is idle (isWorkerIdle()).
func (p *program) calledOnlyWhenIdle(fn *ir.Func) bool {
	sites, known := p.r.knownSites(fn)
	if !known || len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		if s.at == (ir.Pos{}) || !p.underIdleTest(s.caller, s.at) {
			return false
		}
	}
	return true
}

// underIdleTest reports whether the position at, in fn, lies in the
// then-branch of an if whose test holds only when the worker is idle
// (idleTest), or after `if (!$event->isWorkerIdle()) return;` at the
// top of the body.
func (p *program) underIdleTest(fn *ir.Func, at ir.Pos) bool {
	for _, st := range fn.Body {
		if p.idleReturn(fn, st) && posBefore(st.Span(), at) && !stmtsHold([]ir.Stmt{st}, at) {
			return true
		}
	}
	found := false
	analyzer.InspectFunc(fn, analyzer.KIf, func(n analyzer.Node, _ []analyzer.Node) bool {
		i, ok := n.(*ir.If)
		if !ok || found || !stmtsHold(i.Then, at) {
			return !found
		}
		found = p.idleTest(fn, i.Cond, 0)
		return !found
	})
	return found
}

// idleTest reports whether cond, in fn, holds only when the worker is
// idle: it is $event->isWorkerIdle(), a conjunction with such a part, or
// a call of a project predicate (declared to return bool) given such a
// value for a parameter its every return requires to be true
// (isDue($event->isWorkerIdle()) returning `$idle && $this->rows !==
// []`). A disjunction ($idle || count($this->rows) >= 200) holds
// without it.
func (p *program) idleTest(fn *ir.Func, cond ir.Expr, depth int) bool {
	return requiresTrue(cond, func(e ir.Expr) bool {
		if isIdleCall(e) {
			return true
		}
		if depth >= 2 {
			return false
		}
		switch e.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
		default:
			return false
		}
		t := p.r.target(fn, e)
		if t == nil || t.Abstract || t.Generator || !slices.Equal(t.ReturnTypes(), []string{"bool"}) {
			return false
		}
		rets := returned(t)
		if len(rets) == 0 {
			return false
		}
		for i, a := range callArgs(e) {
			if i >= len(t.Params) || t.Params[i].Variadic || t.Params[i].ByRef || !p.idleTest(fn, a, depth+1) || analyzer.AssignsVar(t, t.Params[i].Name) {
				continue
			}
			name := t.Params[i].Name
			if !slices.ContainsFunc(rets, func(x ir.Expr) bool {
				return !requiresTrue(x, func(e ir.Expr) bool { v, ok := e.(*ir.Var); return ok && v.Name == name })
			}) {
				return true
			}
		}
		return false
	})
}

// isIdleCall reports whether e is $event->isWorkerIdle() (Messenger's
// WorkerRunningEvent: true only once the transports are empty).
func isIdleCall(e ir.Expr) bool {
	mc, ok := e.(*ir.MethodCall)
	return ok && strings.EqualFold(mc.Name, "isWorkerIdle")
}

// requiresTrue reports whether cond holds only when some atom does: it
// is one, or a conjunction (&&, and) with one among its parts.
func requiresTrue(cond ir.Expr, atom func(ir.Expr) bool) bool {
	if atom(cond) {
		return true
	}
	if o, ok := cond.(*ir.Other); ok && (o.Op == "&&" || o.Op == "and") {
		return slices.ContainsFunc(o.Args, func(a ir.Expr) bool { return requiresTrue(a, atom) })
	}
	return false
}

// onFreshInstance says, for a method every call of which is made on
// $container->get(C::class) (or make(), resolve()) with C its class bound
// by bind(), what that is; "" otherwise.
func (p *program) onFreshInstance(fn *ir.Func) string {
	c := fn.ThisClass()
	if c == nil || fn.Static {
		return ""
	}
	at, ok := p.transient[strings.ToLower(c.Name)]
	if !ok {
		return ""
	}
	sites, known := p.r.knownSites(fn)
	if !known || len(sites) == 0 {
		return ""
	}
	for _, s := range sites {
		mc, ok := s.recv.(*ir.MethodCall)
		if !ok || len(mc.Args) == 0 {
			return ""
		}
		switch strings.ToLower(mc.Name) {
		case "get", "make", "resolve":
		default:
			return ""
		}
		cc, ok := mc.Args[0].(*ir.ClassConst)
		if !ok || !strings.EqualFold(cc.Name, "class") || !strings.EqualFold(strings.TrimPrefix(cc.Class, `\`), c.Name) {
			return ""
		}
	}
	return fmt.Sprintf("%s, called on a new %s each time: bind() at %s makes one per lookup, never the one a service keeps", funcLabel(fn), c.Short, at)
}

// silencedRemovers lists the removers of the places named by keys that
// only silenced listeners call (see program.silenced).
func (p *program) silencedRemovers(resetters map[string][]*ir.Func, keys []string) []string {
	if len(p.silenced) == 0 {
		return nil
	}
	sites, _ := p.r.callSites()
	var out []string
	for _, k := range keys {
		for _, fn := range resetters[k] {
			// (the listener itself: a middleware's terminate())
			if p.silenced[fn] && !slices.Contains(out, funcLabel(fn)) {
				out = append(out, funcLabel(fn))
			}
			for _, s := range sites[fn] {
				if p.silenced[s.caller] && !slices.Contains(out, funcLabel(fn)) {
					out = append(out, funcLabel(fn))
				}
			}
		}
	}
	return out
}

// loopDriver is the file body that calls fn, the function running a
// request loop, when that is fn's only call: a script that makes a
// worker object with its services and runs it ($runner->serve(…)). The
// simulation starts there, so the object holds what the script gave it.
func (p *program) loopDriver(fn *ir.Func) *ir.Func {
	sites, known := p.r.knownSites(fn)
	if !known || len(sites) != 1 || sites[0].caller.Kind != ir.FuncMain || sites[0].at == (ir.Pos{}) {
		return nil
	}
	return sites[0].caller
}

// ownLoopWhy says, for a function that is not itself run per request
// but runs a request loop (a worker's run()), that it calls what it
// calls out of its properties in that loop.
func (p *program) ownLoopWhy(fn *ir.Func, prop string) (string, bool) {
	for _, l := range p.loops {
		if l.fn == fn && readsThisProp(l.loop, prop) {
			return "calls it in its " + strings.Replace(strings.TrimPrefix(l.why, "the "), " runs once per", ", once per", 1), true
		}
	}
	return "", false
}

// readsThisProp reports whether loop l (its body, condition or step)
// reads $this->prop: a callable kept there and called before the loop
// (the boot closure of `$this->app ??= ($this->boot)()`) runs once, not
// per iteration.
func readsThisProp(l *ir.Loop, prop string) bool {
	found := false
	visit := func(n analyzer.Node, _ []analyzer.Node) bool {
		if pr, ok := n.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && pr.Name == prop {
			found = true
		}
		return !found
	}
	analyzer.Inspect(l.Body, visit)
	if l.Cond != nil {
		analyzer.InspectExpr(l.Cond, visit)
	}
	for _, e := range l.Step {
		analyzer.InspectExpr(e, visit)
	}
	return found
}

// yieldsMessages reports whether every value generator gen yields is a
// new object of a class named for a message (an Envelope, a Job, a
// Request): a stream of work, whatever the generator is called.
func yieldsMessages(gen *ir.Func) bool {
	found, other := false, false
	analyzer.Inspect(gen.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Yield:
			if nw, ok := n.Value.(*ir.New); ok && !n.From && nw.Class != "" && streamName(shortName(nw.Class)) {
				found = true
			} else {
				other = true
			}
		}
		return !other
	})
	return found && !other
}

// iteratedValue is what a foreach iterates: iter, or for a local only
// ever assigned once, what it is assigned ($requests = $transport->get();
// foreach ($requests as …)).
func iteratedValue(fn *ir.Func, iter ir.Expr) ir.Expr {
	if v, ok := iter.(*ir.Var); ok && paramIndex(fn, v) < 0 {
		if src := assignedOnce(fn)[v.Name]; src != nil {
			return src
		}
	}
	return iter
}

// requestGenerator reports whether l is a foreach at the top of a worker
// script over a generator that makes a new job or request on each of its
// rounds ($jobs = (function () { for (…) yield new Job(…); })();
// foreach ($jobs as $job) …): the script's request loop.
func (r *resolver) requestGenerator(fn *ir.Func, l *ir.Loop) bool {
	if l.Kind != ir.LoopForeach || fn.Kind != ir.FuncMain || cliScript(fn.File) {
		return false
	}
	iter := iteratedValue(fn, l.Iter)
	return r.generatorCall(fn, iter) && yieldsFresh(r.target(fn, iter))
}

// yieldsFresh reports whether generator gen makes what it yields anew
// on each round of a loop: every yield is a new object, and one sits in
// a loop (a stand-in for a server's stream of requests, or a queue's of
// jobs).
func yieldsFresh(gen *ir.Func) bool {
	// (rows of a file, values of a list: data a script walks once)
	return gen != nil && gen.Generator && yieldsNewOnly(gen) && yieldsEachRound(gen)
}

// fetchName matches the names of methods that hand out what comes next
// with no word for what it is: get, fetch, pull, next.
func fetchName(name string) bool {
	switch strings.ToLower(name) {
	case "get", "fetch", "pull", "next":
		return true
	}
	return false
}

// madeOnce reports whether closure fn is made once per process: the code
// that writes it runs only once (boot code, a one-shot), or it sits in a
// function that runs a request loop, outside that loop (a worker script
// that sets up its handlers and then serves requests).
func (p *program) madeOnce(fn *ir.Func) bool {
	parent := fn.Parent
	if parent == nil {
		return false
	}
	if _, ok := p.onlyOnce(parent); ok {
		return true
	}
	// $this->dropRepeats = static function (…) use (&$seen) {…} in the
	// constructor of a service that lives for the process, or in a
	// builder only the constructor calls ($this->render =
	// $this->makeRenderer()): one closure per object, and one object
	// serves every request
	if p.onceForObject(parent, 0) {
		return true
	}
	// $this->trail = $factory->forConsumer('claims') in the constructor
	// of a service that lives for the process: a builder of another
	// object, called only from code that runs once per such object
	if p.calledOnlyOnce(parent) {
		return true
	}
	if !p.loopFuncs[parent] {
		return false
	}
	if _, per := p.perIter[parent]; per {
		if ref, ok := p.loopOf[parent]; ok && ref.fn != parent {
			return false // run per request by another function's loop too
		}
	}
	for _, l := range p.loops {
		if l.fn == parent && posWithin(fn.Pos, l.loop.P) {
			return false
		}
	}
	return true
}

// onceForObject reports whether m runs once per object of a class that
// lives for the process, and not per request: its constructor, or a
// method whose every known call is $this->m() from such a method or from
// code that runs once (a builder the constructor calls). depth bounds the
// chain of builders.
func (p *program) onceForObject(m *ir.Func, depth int) bool {
	if depth > 3 || m.Kind != ir.FuncMethod || m.Static {
		return false
	}
	if _, per := p.perIter[m]; per {
		return false
	}
	if _, long := p.thisLongLived(m); !long {
		return false
	}
	if strings.EqualFold(m.Name, "__construct") {
		return true
	}
	sites, ok := p.r.knownSites(m)
	if !ok || len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		if s.callable || s.recv == nil || !analyzer.IsThis(s.recv) || s.caller.ThisClass() != m.ThisClass() {
			return false
		}
		if _, once := p.onlyOnce(s.caller); !once && !p.onceForObject(s.caller, depth+1) {
			return false
		}
	}
	return true
}

// calledOnlyOnce reports whether m, a method or function that does not
// run per request, is called (by name, on any object) only from code
// that runs once: boot code, or the constructor of a class that lives
// for the process or a builder only it calls (see onceForObject).
func (p *program) calledOnlyOnce(m *ir.Func) bool {
	if m.Kind != ir.FuncMethod && m.Kind != ir.FuncFunction {
		return false
	}
	if _, per := p.perIter[m]; per {
		return false
	}
	sites, ok := p.r.knownSites(m)
	if !ok || len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		if s.callable || s.caller == m {
			return false
		}
		if _, once := p.onlyOnce(s.caller); !once && !p.onceForObject(s.caller, 0) {
			return false
		}
	}
	return true
}

// returnedByFile reports whether closure fn is what its file returns
// (return static function (array $config) { … }; in a configuration
// file): it runs where the file is included and called,
// ((require __DIR__ . '/config/services.php')($config)), and nowhere
// else.
func returnedByFile(fn *ir.Func) bool {
	return fn.Parent != nil && fn.Parent.Kind == ir.FuncMain && analyzer.FileClosure(fn.Parent) == fn
}

// requestEntry reports whether a framework declaration (or the
// configuration) says fn runs per request.
// (The set is made once, when the per-request walk first asks: every
// per-request entry is declared by then.)
func (p *program) requestEntry(fn *ir.Func) bool {
	if p.requestEntries == nil {
		p.requestEntries = map[*ir.Func]bool{}
		for _, e := range p.entries {
			if e.phase == PhaseRequest {
				p.requestEntries[e.fn] = true
			}
		}
	}
	return p.requestEntries[fn]
}

// registryDropped reports whether the objects of class are services a
// registry keeps under fixed keys (see resolver.services) and code that
// runs per request unsets each such entry, under a key that may be the
// one it is kept under: a locator whose forget($id) a per-request
// listener calls for the ids a configuration lists. The next lookup
// makes a new one, so each object lives for one request. A forget()
// whose keys are known and all differ from the service's drops other
// services; one whose keys are not known is taken to drop it.
func (p *program) registryDropped(class string) bool {
	return memoized(&p.dropped, strings.ToLower(class), false, func() bool { return p.findRegistryDropped(class) })
}

func (p *program) findRegistryDropped(class string) bool {
	r := p.r
	stores := r.staticStores()
	places := make([]string, 0, len(stores))
	for k := range stores {
		places = append(places, k)
	}
	sort.Strings(places)
	found := false
	for _, k := range places {
		for _, s := range stores[k] {
			if s.this || !s.keyed || s.key == nil || !strings.EqualFold(s.class, class) || !r.valueBounded(s.fn, s.key) {
				continue
			}
			found = true
			if !p.unsetPerRequest(k, r.ix.ConstValues(s.fn, s.key)) {
				return false
			}
		}
	}
	return found
}

// unsetPerRequest reports whether code that runs per request unsets an
// element of the static or global place keyed k under a key that may be
// one of keys (nil: not known, any key may be it).
func (p *program) unsetPerRequest(k string, keys []analyzer.Const) bool {
	for fn := range p.perIter {
		var scope *analyzer.Scope
		found := false
		analyzer.InspectFunc(fn, analyzer.KUnset, func(n analyzer.Node, _ []analyzer.Node) bool {
			u, ok := n.(*ir.Unset)
			if !ok || found {
				return !found
			}
			if scope == nil {
				scope = analyzer.NewScope(fn)
			}
			for _, t := range u.Targets {
				place, dims, ok := scope.PlaceOf(t)
				if !ok || len(dims) != 1 || place.Key() != k {
					continue
				}
				if mayBeOneOf(p.r.ix.ConstValuesDepth(fn, dims[0].Key, 6), keys) {
					found = true
				}
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// mayBeOneOf reports whether a value of got may equal one of want (by
// PHP's array-key reading); unknown values (nil) may be anything.
func mayBeOneOf(got, want []analyzer.Const) bool {
	if got == nil || want == nil {
		return true
	}
	for _, g := range got {
		gk, ok := analyzer.ArrayKey(g)
		if !ok {
			return true
		}
		for _, w := range want {
			if wk, ok := analyzer.ArrayKey(w); !ok || wk == gk {
				return true
			}
		}
	}
	return false
}

// noteServerCallback records a callback a server is handed.
func (p *program) noteServerCallback(cb *ir.Func) {
	if p.serverCallbacks == nil {
		p.serverCallbacks = map[*ir.Func]bool{}
	}
	p.serverCallbacks[cb] = true
}

// noteServedBy records the class of the server (recv, in fn) a
// per-request callback is handed to.
func (p *program) noteServedBy(cb, fn *ir.Func, recv ir.Expr) {
	c := p.r.classOf(fn, recv)
	if c == "" {
		return
	}
	if p.servedBy == nil {
		p.servedBy = map[*ir.Func]string{}
	}
	p.servedBy[cb] = c
}

// dispatchLoops gives each per-request callback of a server written in
// the project (a stand-in, an in-house socket server) the loop of that
// server that calls what it was handed: a loop of a method of its class
// with a call of a callable value ($this->onMessage)(…). Simulating that
// loop measures the callback's stores request after request; a server
// outside the project has no such loop, and the callback none.
func (p *program) dispatchLoops() {
	cbs := slices.Collect(maps.Keys(p.servedBy))
	sort.Slice(cbs, func(i, j int) bool { return funcOrder(cbs[i], cbs[j]) })
	for _, cb := range cbs {
		if _, ok := p.loopOf[cb]; ok {
			continue
		}
		var found loopRef
		for _, c := range p.r.ix.Lineage(p.servedBy[cb]) {
			for _, m := range c.Methods {
				analyzer.InspectFunc(m, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
					if l, ok := n.(*ir.Loop); ok && found.loop == nil && callsCallable(l.Body) {
						found = loopRef{fn: m, loop: l}
					}
					return found.loop == nil
				})
			}
		}
		if found.loop != nil {
			p.loopOf[cb] = found
		}
	}
}

// noteCloseCallback records a callback a server runs when a connection
// closes.
func (p *program) noteCloseCallback(cb *ir.Func) {
	if p.closeCallbacks == nil {
		p.closeCallbacks = map[*ir.Func]bool{}
	}
	p.closeCallbacks[cb] = true
}

// releasedOnClose reports whether one of fns, which remove from a store,
// runs when a connection closes: a close callback of a server, or a
// function one calls (three calls down). What a request added and then
// left behind by returning early goes when its connection closes.
func (p *program) releasedOnClose(fns []*ir.Func) bool {
	if len(p.closeCallbacks) == 0 {
		return false
	}
	sites, _ := p.r.callSites()
	var reached func(fn *ir.Func, depth int) bool
	reached = func(fn *ir.Func, depth int) bool {
		if p.closeCallbacks[fn] {
			return true
		}
		if depth == 0 {
			return false
		}
		for _, s := range sites[fn] {
			if s.caller != fn && reached(s.caller, depth-1) {
				return true
			}
		}
		return false
	}
	for _, fn := range fns {
		if reached(fn, 3) {
			return true
		}
	}
	return false
}

// rescheduledBySelf reports whether fn is called directly by a callback
// that schedules itself again (see selfScheduling): $loop->futureTick()
// adding the callback to the loop's queue once per round.
func (p *program) rescheduledBySelf(fn *ir.Func) bool {
	if len(p.selfScheduled) == 0 {
		return false
	}
	sites, _ := p.r.callSites()
	for _, s := range sites[fn] {
		if p.selfScheduled[s.caller] {
			return true
		}
	}
	return false
}

// onlyDeadCallers reports whether fn is called in the project, and
// every function that calls it never runs (see neverRuns): firstPage()
// called only by a nextPage() that nothing calls.
func (p *program) onlyDeadCallers(fn *ir.Func, called map[string]bool) bool {
	sites, _ := p.r.callSites()
	if len(sites[fn]) == 0 {
		return false
	}
	for _, s := range sites[fn] {
		// (a constructor runs whenever its class is made, also by new
		// static() or new $class(), which name no class)
		if s.caller == fn || strings.EqualFold(s.caller.Name, "__construct") || !neverRuns(p, called, s.caller) {
			return false
		}
	}
	return true
}

// ownsWorkerLoop reports whether the analysed code runs requests itself:
// a request loop of its own, or callbacks it hands a server. Then what
// runs per request is in view; a library's callers are not.
func (p *program) ownsWorkerLoop() bool {
	return len(p.loops) > 0 || len(p.serverScript) > 0
}

// requestTakers marks per request the closures that take the HTTP request
// (a parameter typed as Laravel's, Symfony's or PSR-7's request) and
// that no analysed code calls: library code (a router, a kernel, the
// worker in vendor/) calls them, and a request object exists only while
// its request is served, so they run once per request. Only in a
// project that serves requests (a request loop or a per-request entry
// was found), and not for closures a framework fact already placed.
func (p *program) requestTakers(pass *analyzer.Pass, entry func(*ir.Func, Phase, string)) {
	serves := len(p.loops) > 0
	placed := map[*ir.Func]bool{}
	for _, e := range p.entries {
		placed[e.fn] = true
		serves = serves || e.phase == PhaseRequest
	}
	if !serves {
		return
	}
	sites, _ := p.r.callSites()
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			if !p.requestTakerKind(fn) || placed[fn] || len(sites[fn]) > 0 {
				continue
			}
			taker := ""
			for _, prm := range fn.Params {
				if p.requestType(prm.TypeHints()) {
					taker = prm.Name
					break
				}
			}
			if taker == "" {
				taker = p.forwardedRequest(fn)
			}
			if taker == "" {
				continue
			}
			entry(fn, PhaseRequest, fmt.Sprintf("takes the HTTP request ($%s) and is called only by library code (%s:%d): it runs once per request", taker, f.Path, fn.Pos.Line))
			if fn.Kind == ir.FuncMethod {
				p.takerMethods[fn] = true
			}
		}
	}
}

// forwardedRequest is the untyped parameter of closure fn that is the
// HTTP request all the same: fn hands it, unchanged, to a resolved
// project method or function whose parameter at that place is a request
// (static fn ($app, $request) => $app->make(OrderController::class)->show($request),
// the route a kernel in vendor/ is given). Any other value would not
// get past the callee's type. "" when there is none.
func (p *program) forwardedRequest(fn *ir.Func) string {
	if fn.Kind != ir.FuncClosure && fn.Kind != ir.FuncArrow {
		return ""
	}
	untyped := map[string]bool{}
	for _, prm := range fn.Params {
		if len(prm.TypeHints()) == 0 && !prm.ByRef && !prm.Variadic {
			untyped[prm.Name] = true
		}
	}
	if len(untyped) == 0 {
		return ""
	}
	found := ""
	analyzer.InspectFunc(fn, analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
		var args []ir.Expr
		switch c := n.(type) {
		case *ir.MethodCall:
			args = c.Args
		case *ir.StaticCall:
			args = c.Args
		case *ir.Call:
			args = c.Args
		}
		// (the callee is resolved only for a call given a parameter)
		if !slices.ContainsFunc(args, func(a ir.Expr) bool { v, ok := a.(*ir.Var); return ok && untyped[v.Name] }) {
			return true
		}
		t := p.r.target(fn, n)
		if t == nil {
			return true
		}
		for i, a := range args {
			if v, ok := a.(*ir.Var); ok && untyped[v.Name] && i < len(t.Params) && !t.Params[i].Variadic && p.requestType(t.Params[i].Types) {
				if !writesVar(fn, v.Name) {
					found = v.Name
				}
				delete(untyped, v.Name)
			}
		}
		return found == ""
	})
	return found
}

// requestTakerKind reports whether fn is a closure, or, in a Laravel
// Octane application (the project has config/octane.php), a public
// instance method with a body: a controller action or a kernel's
// handle(), which Octane's worker in vendor/ calls with the request.
// (Without that declaration, a method's callers in vendor/ may call it
// on an object made per request, with services made per request too.)
func (p *program) requestTakerKind(fn *ir.Func) bool {
	switch fn.Kind {
	case ir.FuncClosure, ir.FuncArrow:
		return true
	case ir.FuncMethod:
		// (not a service provider's: the application calls those when
		// it boots, $this->app->call([$this, 'm']) included; and not a
		// method whose name is called on an object phpleak cannot type,
		// or named in a string: 'Class@m', [$this, 'm'])
		return p.octaneConfig != "" && fn.Public && !fn.Static && !fn.Abstract && fn.Class != nil && !strings.EqualFold(fn.Name, "__construct") &&
			!p.r.ix.Implements(fn.Class.Name, lvProvider) && p.r.onlyResolvedCalls(fn)
	}
	return false
}

// requestType reports whether types name an HTTP request of a framework
// (see requestClasses), or a project class that is one.
func (p *program) requestType(types []string) bool {
	for _, t := range types {
		t = strings.ToLower(strings.TrimPrefix(t, `\`))
		for _, c := range requestClasses {
			if t == c || p.r.ix.Implements(t, c) {
				return true
			}
		}
	}
	return false
}

// globalFilledOnce reports whether a, a write of $GLOBALS['name'], fills
// the global only while it is empty ($GLOBALS['name'] ??= new X(…), or
// = under a test that it is not set) and no other code of the project
// writes or unsets that global: an accessor's lazy singleton, made once
// for the process.
func (p *program) globalFilledOnce(files []*ir.File, fn *ir.Func, a *ir.Assign, stack []analyzer.Node) bool {
	d, ok := a.Dst.(*ir.Dim)
	if !ok {
		return false
	}
	name := litString(d.Key)
	if name == "" {
		return false
	}
	scope := analyzer.NewScope(fn)
	place, _, ok := scope.PlaceOf(a.Dst)
	if !ok || !fillsOnce(a, stack, scope, place) {
		return false
	}
	return p.globalWrites(files)[name] == 1
}

// globalWrites counts, per name, the writes and unsets of $GLOBALS['name']
// in the project (of the slot itself, not of elements inside it).
func (p *program) globalWrites(files []*ir.File) map[string]int {
	if p.globalWriteCount != nil {
		return p.globalWriteCount
	}
	p.globalWriteCount = map[string]int{}
	slot := func(e ir.Expr) string {
		if d, ok := e.(*ir.Dim); ok && isVarNamed(d.Base, "GLOBALS") {
			return litString(d.Key)
		}
		return ""
	}
	for _, f := range files {
		for _, fn := range f.AllFuncs() {
			analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KUnset, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Assign:
					if k := slot(n.Dst); k != "" {
						p.globalWriteCount[k]++
					}
				case *ir.Unset:
					for _, t := range n.Targets {
						if k := slot(t); k != "" {
							p.globalWriteCount[k]++
						}
					}
				}
				return true
			})
		}
	}
	return p.globalWriteCount
}

// runToEnd reports whether some call of generator gen may run it past its
// last yield: a foreach over the call, a call handed on (to
// iterator_to_array(), yield from, returned, stored or passed), anything
// but a method called on the call itself ($this->batches()->current())
// or a call whose result is dropped.
func (r *resolver) runToEnd(gen *ir.Func) bool {
	sites, known := r.knownSites(gen)
	if !known || len(sites) == 0 {
		return true
	}
	for _, s := range sites {
		if s.callable || s.at == (ir.Pos{}) {
			return true
		}
		ends := true
		analyzer.Inspect(s.caller.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
			if _, ok := n.(*ir.Closure); ok {
				return false
			}
			e, ok := n.(ir.Expr)
			if !ok || e.Span() != s.at || r.target(s.caller, n) != gen || len(stack) == 0 {
				return true
			}
			switch up := stack[len(stack)-1].(type) {
			case *ir.MethodCall:
				if up.Recv == e {
					ends = false // gen()->current(): up to the first yield
				}
			case *ir.ExprStmt:
				ends = false // gen(); the body does not run
			case *ir.Loop:
				// foreach (gen() as $x) { … break; }: a loop that can
				// stop early leaves the generator short of its end
				if up.Kind == ir.LoopForeach && up.Iter == e && leavesEarly(up.Body) {
					ends = false
				}
			}
			return false
		})
		if ends {
			return true
		}
	}
	return false
}

// subscribe records that listener m is subscribed to event (see
// onFailureOnly).
func (p *program) subscribe(m *ir.Func, event string) {
	if p.subscribed == nil {
		p.subscribed = map[*ir.Func][]string{}
	}
	p.subscribed[m] = append(p.subscribed[m], event)
}

// failureEvent reports whether an event, as eventName labels it, comes
// only when a request, job or message fails: Symfony's
// WorkerMessageFailedEvent, kernel.exception and console.error,
// Laravel's JobFailed and JobExceptionOccurred, and the events a project
// names the same way (…FailedEvent, …ExceptionEvent, …ErrorEvent).
func failureEvent(ev string) bool {
	switch ev {
	case "KernelEvents::EXCEPTION", "'kernel.exception'", "ConsoleEvents::ERROR", "'console.error'":
		return true
	}
	class, ok := strings.CutSuffix(ev, "::class")
	if !ok {
		return false
	}
	class = strings.ToLower(shortName(class))
	switch class {
	case "jobfailed", "jobexceptionoccurred", "messagefailed":
		return true
	}
	for _, suffix := range []string{"failedevent", "exceptionevent", "errorevent"} {
		if strings.HasSuffix(class, suffix) {
			return true
		}
	}
	return false
}

// onFailureOnly finds the code that runs per request only when the
// request fails: a listener subscribed to failure events alone
// (WorkerMessageFailedEvent, and no WorkerMessageHandledEvent), and what
// only such listeners, or calls inside catch blocks, call. A reset or a
// release there does not run between the requests that succeed, which
// are the ones that keep adding.
func (p *program) onFailureOnly() map[*ir.Func]string {
	out := map[*ir.Func]string{}
	others := map[*ir.Func]int{} // per-request entries that are not subscriptions
	for _, e := range p.entries {
		if e.phase == PhaseRequest {
			others[e.fn]++
		}
	}
	for fn, events := range p.subscribed {
		others[fn] -= len(events)
	}
	for fn, events := range p.subscribed {
		if others[fn] > 0 || !slices.ContainsFunc(events, failureEvent) || slices.ContainsFunc(events, func(ev string) bool { return !failureEvent(ev) }) {
			continue
		}
		out[fn] = fmt.Sprintf("%s is subscribed only to %s", funcLabel(fn), strings.Join(slices.Compact(slices.Sorted(slices.Values(events))), " and "))
	}
	if len(out) == 0 {
		return nil
	}
	sites, _ := p.r.callSites()
	// (a fixed point: a function joins once every per-request caller has;
	// the order it is reached in changes nothing)
	for changed := true; changed; {
		changed = false
		for fn := range p.perIter {
			if _, done := out[fn]; done || others[fn] > 0 || len(p.subscribed[fn]) > 0 {
				continue
			}
			var why string
			normal := false
			for _, s := range sites[fn] {
				if s.at == (ir.Pos{}) {
					normal = true // a callback: where it runs is not known here
					break
				}
				if w, ok := out[s.caller]; ok {
					why = w
					continue
				}
				_, perCaller := p.perIter[s.caller]
				if perCaller || p.loopFuncs[s.caller] {
					normal = true
					break
				}
			}
			if !normal && why != "" {
				out[fn] = why
				changed = true
			}
		}
	}
	return out
}

// uncalled reports whether nothing can run method m: no call of the
// project reaches it (resolved, through a parent or an interface, as a
// callable, or by its name on a receiver the resolver cannot type), no
// fact of the worker model makes it an entry, and neither its class (for
// a trait's method, any class using the trait) nor an ancestor or
// interface of it comes from outside the project: a framework calls
// only the methods of its own contracts (Symfony's services resetter
// calls reset() on the services that implement ResetInterface or are
// tagged kernel.reset, and both make it an entry).
func (p *program) uncalled(m *ir.Func) bool {
	if m.Kind != ir.FuncMethod || m.Class == nil || strings.HasPrefix(m.Name, "__") {
		return false
	}
	if _, per := p.perIter[m]; per {
		return false
	}
	if _, once := p.once[m]; once {
		return false
	}
	sites, unresolved := p.r.callSites()
	if len(sites[m]) > 0 || len(p.dispatched[m]) > 0 || lowercase.Get(unresolved, m.Name) {
		return false
	}
	if slices.ContainsFunc(p.stored, func(sc storedCallback) bool { return sc.cb == m }) {
		return false
	}
	owners := []*ir.Class{m.Class}
	if m.Class.Kind == ir.KindTrait {
		owners = p.r.ix.TraitUsers(m.Class.Name)
	}
	for _, c := range owners {
		for s := range p.r.ix.Supertypes(c.Name) {
			if p.r.ix.Class(s) == nil {
				return false
			}
		}
	}
	return len(owners) > 0
}
