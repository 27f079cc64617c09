package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
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
	r            *resolver
	perIter      map[*analyzer.Func]string   // why it runs per request, job or iteration
	once         map[*analyzer.Func]onceFact // runs once (boot or one-shot), and why
	longLived    map[string]string           // lower-cased class -> why it lives for the process
	requestLived map[string]string           // lower-cased class -> why it lives for one request
	resets       map[string]bool             // see propResets
	loopOf       map[*analyzer.Func]loopRef  // the request loop a function runs under
	entries      []entryFact                 // declared entries, for `phpleak model`
	loops        []entryFact                 // request loops, for `phpleak model`
	serverScript map[*analyzer.Func]bool     // code that registers server callbacks
	lineageLong  map[*analyzer.Class]string  // see thisLongLived
	display      map[string]string           // lower-cased class -> as written, for messages
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
}

// entryFact is a declared entry: a function the framework calls in a
// given phase, and the declaration that says so.
type entryFact struct {
	fn    *analyzer.Func
	phase Phase
	why   string
}

// loopRef is a request loop and the function it sits in.
type loopRef struct {
	fn   *analyzer.Func
	loop *analyzer.Loop
}

// Framework names the model reads (lower-cased, fully qualified).
const (
	sfSubscriber        = `symfony\component\eventdispatcher\eventsubscriberinterface`
	sfAsListener        = `symfony\component\eventdispatcher\attribute\aseventlistener`
	sfAsHandler         = `symfony\component\messenger\attribute\asmessagehandler`
	sfHandlerIface      = `symfony\component\messenger\handler\messagehandlerinterface`
	sfAbstractCtrl      = `symfony\bundle\frameworkbundle\controller\abstractcontroller`
	sfAsController      = `symfony\component\httpkernel\attribute\ascontroller`
	sfResetIface        = `symfony\contracts\service\resetinterface`
	sfCompilerPass      = `symfony\component\dependencyinjection\compiler\compilerpassinterface`
	sfBundle            = `symfony\component\httpkernel\bundle\bundle`
	sfAbstractBundle    = `symfony\component\httpkernel\bundle\abstractbundle`
	sfExtension         = `symfony\component\dependencyinjection\extension\extension`
	sfConfiguration     = `symfony\component\config\definition\configurationinterface`
	sfCommand           = `symfony\component\console\command\command`
	sfAsCommand         = `symfony\component\console\attribute\ascommand`
	sfDescriptor        = `symfony\component\console\descriptor\descriptorinterface`
	doctrineSub         = `doctrine\common\eventsubscriber`
	lvProvider          = `illuminate\support\serviceprovider`
	lvShouldQueue       = `illuminate\contracts\queue\shouldqueue`
	lvCommand           = `illuminate\console\command`
	mwMaintenance       = `maintenance`
	mwMaintenanceNS     = `mediawiki\maintenance\maintenance`
	lvMigration         = `illuminate\database\migrations\migration`
	lvSeeder            = `illuminate\database\seeder`
	lvFacade            = `illuminate\support\facades\facade`
	psrMiddleware       = `psr\http\server\middlewareinterface`
	psrHandler          = `psr\http\server\requesthandlerinterface`
	psrListenerProvider = `psr\eventdispatcher\listenerproviderinterface`
	ratchetComponent    = `ratchet\messagecomponentinterface`
	ratchetWamp         = `ratchet\wamp\wampserverinterface`
)

// frameworkServices are framework interfaces and classes whose instances
// the container shares for the whole process: a listener added to one
// per request stays.
var frameworkServices = []string{
	`Symfony\Component\EventDispatcher\EventDispatcherInterface`,
	`Symfony\Contracts\EventDispatcher\EventDispatcherInterface`,
	`Psr\EventDispatcher\EventDispatcherInterface`,
	`Illuminate\Contracts\Events\Dispatcher`,
	`React\EventLoop\LoopInterface`,
}

// processRoots are the frameworks' application and container classes:
// a worker makes one and keeps it until it exits.
var processRoots = []string{
	`Illuminate\Foundation\Application`,
	`Illuminate\Container\Container`,
	`Symfony\Component\HttpKernel\Kernel`,
	`Symfony\Component\DependencyInjection\Container`,
	`Symfony\Component\Console\Application`,
}

// routeAttrs mark controller actions.
var routeAttrs = map[string]bool{
	`symfony\component\routing\attribute\route`:  true,
	`symfony\component\routing\annotation\route`: true,
}

// serverEvents are the events of Swoole, OpenSwoole, ReactPHP,
// Workerman-style servers whose callbacks run per request, message or
// connection.
var serverEvents = map[string]bool{
	"request": true, "receive": true, "message": true, "open": true, "close": true,
	"connect": true, "connection": true, "packet": true, "task": true, "finish": true,
	"handshake": true, "data": true,
}

// workermanCallbacks are the callback properties of Workerman workers
// (and look-alikes) that run per connection or message.
var workermanCallbacks = map[string]bool{
	"onmessage": true, "onconnect": true, "onclose": true, "onerror": true,
	"onbufferfull": true, "onbufferdrain": true, "onwebsocketconnect": true,
}

// laravelRoutes are the Route facade's methods that name a controller
// action, and resource routes.
var laravelRoutes = map[string]bool{
	"get": true, "post": true, "put": true, "patch": true, "delete": true,
	"options": true, "any": true, "match": true, "resource": true, "apiresource": true,
}

func buildProgram(pass *analyzer.Pass, r *resolver) *program {
	p := &program{r: r, perIter: map[*analyzer.Func]string{}, once: map[*analyzer.Func]onceFact{},
		longLived: map[string]string{}, requestLived: map[string]string{}, resets: sharedResets(pass),
		loopOf: map[*analyzer.Func]loopRef{}, serverScript: map[*analyzer.Func]bool{}}
	for _, s := range frameworkServices {
		p.setLongLived(s, fmt.Sprintf("%s is a framework service: the container keeps one instance for the life of the worker", shortName(s)))
	}
	for _, s := range processRoots {
		p.setLongLived(s, fmt.Sprintf("%s is the application itself: one per worker process", shortName(s)))
	}
	hasLoop := map[*analyzer.Func]bool{}
	var captured []entryFact // per-request closures, for what they capture
	var work []*analyzer.Func
	var current loopRef
	mark := func(fn *analyzer.Func, why string) {
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
	entry := func(fn *analyzer.Func, phase Phase, why string) {
		if fn == nil || fn.Abstract {
			return
		}
		p.entries = append(p.entries, entryFact{fn, phase, why})
		if phase == PhaseRequest {
			mark(fn, why)
			if fn.Kind == analyzer.FuncClosure && fn.Parent != nil {
				captured = append(captured, entryFact{fn, phase, why})
			}
		}
	}
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
				switch n := n.(type) {
				case *analyzer.Loop:
					if why, ok := p.requestLoop(fn, n); ok {
						hasLoop[fn] = true
						p.loops = append(p.loops, entryFact{fn, PhaseRequest, fmt.Sprintf("the %s at %s:%d runs once per request, job or message", why, f.Path, n.P.Line)})
						current = loopRef{fn: fn, loop: n}
						p.loopCalls(fn, n, fmt.Sprintf("runs on every iteration of the %s at %s:%d", why, f.Path, n.P.Line), mark)
						current = loopRef{}
						if fn.Kind == analyzer.FuncMethod && fn.Class != nil && !fn.Static {
							// the object outlives every iteration of the
							// loop it runs
							p.setLongLived(fn.Class.Name, fmt.Sprintf("%s runs the %s (%s:%d) and outlives its iterations", fn.Class.Short, why, f.Path, n.P.Line))
						}
					}
				case *analyzer.Assign:
					// singletons: self::$instance = new self()
					if sp, ok := n.Dst.(*analyzer.StaticProp); ok {
						if nw, ok := n.Src.(*analyzer.New); ok && nw.Class != "" {
							p.setLongLived(nw.Class, fmt.Sprintf("%s is kept in the static %s::$%s", shortName(nw.Class), shortName(sp.Class), sp.Name))
						}
					}
					// Workerman: $worker->onMessage = function (...) {...}
					if pr, ok := n.Dst.(*analyzer.Prop); ok && strings.EqualFold(pr.Name, "onWorkerStart") {
						for _, cb := range p.callables(fn, n.Src) {
							entry(cb, PhaseBoot, fmt.Sprintf("is the onWorkerStart callback of a server (%s:%d), run once when a worker process starts", f.Path, n.P.Line))
						}
						p.serverScript[fn] = true
					}
					if pr, ok := n.Dst.(*analyzer.Prop); ok && workermanCallbacks[strings.ToLower(pr.Name)] {
						p.serverScript[fn] = true
						for _, cb := range p.callables(fn, n.Src) {
							entry(cb, PhaseRequest, fmt.Sprintf("is the %s callback of a server (%s:%d), run per connection or message", pr.Name, f.Path, n.P.Line))
						}
					}
				case *analyzer.MethodCall:
					p.methodCallFacts(fn, f, n, entry)
				case *analyzer.StaticCall:
					p.staticCallFacts(fn, f, n, entry)
				case *analyzer.Call:
					if analyzer.CallName(n) == "frankenphp_handle_request" && len(n.Args) > 0 {
						for _, cb := range p.callables(fn, n.Args[0]) {
							entry(cb, PhaseRequest, fmt.Sprintf("is the handler given to frankenphp_handle_request() (%s:%d), run per request", f.Path, n.P.Line))
						}
					}
				case *analyzer.New:
					if isReactServer(n.Class) {
						p.serverScript[fn] = true
						for _, a := range n.Args {
							for _, cb := range p.callables(fn, a) {
								entry(cb, PhaseRequest, fmt.Sprintf("is a request handler of the %s at %s:%d, run per request", shortName(n.Class), f.Path, n.P.Line))
							}
						}
					}
				}
				return true
			})
		}
		switch {
		case f.Main == nil || len(f.Main.Body) == 0 || hasLoop[f.Main]:
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
			p.octaneFlush(f)
			p.octaneListeners(pass, f, entry)
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
		if d.Phase == "process" {
			p.declaredServices(pass, d)
			continue
		}
		phase := PhaseBoot
		if d.Phase == "request" {
			phase = PhaseRequest
		}
		for _, fn := range p.lookup(pass, d.Target) {
			if fn.Kind == analyzer.FuncMethod && !strings.Contains(d.Target, "::") {
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
		case "request":
			p.requestLived[strings.ToLower(name)] = fmt.Sprintf("%s lives for one request (lifetimes: in the config)", shortName(name))
		}
	}
	// everything a per-request function calls runs per request too
	for len(work) > 0 {
		fn := work[0]
		work = work[1:]
		why := p.perIter[fn]
		current = p.loopOf[fn]
		for _, callee := range p.callees(fn) {
			mark(callee, why)
		}
		current = loopRef{}
	}
	// what a per-request callback captures from code that does not run
	// per request was made before it, and serves every request
	for _, e := range captured {
		if _, per := p.perIter[e.fn.Parent]; per {
			continue
		}
		for _, u := range e.fn.Uses {
			if c := r.localClass(e.fn.Parent, u.Name); c != "" {
				p.setLongLived(c, fmt.Sprintf("$%s is created once and captured by a callback that %s", u.Name, strings.TrimPrefix(e.why, "is ")))
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
		if _, ok := p.once[e.fn]; !ok {
			p.once[e.fn] = onceFact{e.phase, e.why}
		}
	}
	p.propagateOnce(pass)
	for k := range p.requestLived {
		delete(p.longLived, k)
	}
	p.propagateLongLived()
	for k := range p.requestLived {
		delete(p.longLived, k)
	}
	return p
}

// propagateOnce extends the once phase (boot, one-shot) to the functions
// that only once-code calls. A function takes it when every resolved call
// of it sits in once-code and, for a method other than a constructor, no
// call on a receiver phpleak cannot resolve uses its name. Methods that
// nothing in the project calls (framework entry points, public API) stay
// unknown.
func (p *program) propagateOnce(pass *analyzer.Pass) {
	resolved, unresolved := p.r.callSites()
	// callables handed to built-ins that call them at once count as calls
	// made by the code that hands them over
	sites := make(map[*analyzer.Func][]callSite, len(resolved))
	for k, v := range resolved {
		sites[k] = v
	}
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if c, ok := n.(*analyzer.Call); ok {
					for _, cb := range p.syncCallbacks(fn, c) {
						sites[cb] = append(sites[cb], callSite{caller: fn})
					}
				}
				return true
			})
		}
	}
	var cands []*analyzer.Func
	for _, f := range pass.Files {
		for _, fn := range f.Funcs {
			if _, per := p.perIter[fn]; per {
				continue
			}
			if _, ok := p.once[fn]; ok || len(sites[fn]) == 0 {
				continue
			}
			switch {
			case fn.Kind == analyzer.FuncFunction:
			case fn.Kind == analyzer.FuncMethod && strings.EqualFold(fn.Name, "__construct"):
			case fn.Kind == analyzer.FuncMethod:
				if unresolved[strings.ToLower(fn.Name)] {
					continue // some call phpleak cannot resolve may reach it
				}
			default:
				continue
			}
			cands = append(cands, fn)
		}
	}
	for changed := true; changed; {
		changed = false
		for _, fn := range cands {
			if _, ok := p.once[fn]; ok {
				continue
			}
			var from *analyzer.Func
			all := true
			for _, s := range sites[fn] {
				if _, ok := p.once[s.caller]; !ok || s.caller == fn {
					all = false
					break
				}
				from = s.caller
			}
			if !all || from == nil {
				continue
			}
			fact := p.once[from]
			p.once[fn] = onceFact{fact.phase, fmt.Sprintf("is called only from code that runs once: %s, which %s", funcLabel(from), strings.TrimPrefix(fact.why, "is called only from code that runs once: "))}
			changed = true
		}
	}
}

// phaseOf says when fn runs, and why.
func (p *program) phaseOf(fn *analyzer.Func) (Phase, string) {
	if why, ok := p.perIter[fn]; ok {
		return PhaseRequest, why
	}
	if o, ok := p.once[fn]; ok {
		return o.phase, o.why
	}
	return PhaseUnknown, ""
}

// onlyOnce reports whether fn runs only once (boot or one-shot), with
// why; a closure or arrow function runs whenever its holder calls it, so
// it takes no phase from the code that creates it.
func (p *program) onlyOnce(fn *analyzer.Func) (string, bool) {
	ph, why := p.phaseOf(fn)
	if ph == PhaseBoot || ph == PhaseOnce {
		return why, true
	}
	return "", false
}

// classFacts reads what a class declares: interfaces, parents and
// attributes that make its methods entries, boot or one-shot code, and
// its instances process- or request-lived.
func (p *program) classFacts(pass *analyzer.Pass, c *analyzer.Class, entry func(*analyzer.Func, Phase, string)) {
	if c.Kind != analyzer.KindClass {
		return
	}
	ix := pass.Index
	is := func(name string) bool { return ix.Implements(c.Name, name) }
	method := func(name string) *analyzer.Func {
		m := ix.Method(c.Name, name)
		if m == nil || m.Static && !strings.EqualFold(name, "getSubscribedEvents") {
			return nil
		}
		return m
	}
	service := func(why string) { p.setLongLived(c.Name, why) }
	publicMethods := func(do func(m *analyzer.Func)) {
		for _, m := range c.Methods {
			if m.Static || m.Abstract || strings.HasPrefix(m.Name, "__") && !strings.EqualFold(m.Name, "__invoke") || !m.Public {
				continue
			}
			do(m)
		}
	}

	// Symfony: event subscribers, listeners, message handlers
	if is(sfSubscriber) {
		service(fmt.Sprintf("%s is an event subscriber: a shared service, kept for the life of the worker", c.Short))
		if gse := ix.Method(c.Name, "getSubscribedEvents"); gse != nil {
			for _, s := range subscribedMethods(gse) {
				if m := method(s.method); m != nil {
					entry(m, PhaseRequest, fmt.Sprintf("is subscribed to %s in %s::getSubscribedEvents(), run per event", s.event, c.Short))
				}
			}
		}
	}
	if is(doctrineSub) {
		service(fmt.Sprintf("%s is a Doctrine event subscriber, kept by the entity manager", c.Short))
		if gse := ix.Method(c.Name, "getSubscribedEvents"); gse != nil {
			for _, s := range subscribedMethods(gse) {
				if m := method(s.method); m != nil {
					entry(m, PhaseRequest, fmt.Sprintf("is subscribed to %s in %s::getSubscribedEvents(), run per event", s.event, c.Short))
				}
			}
		}
	}
	for _, a := range c.Attrs {
		switch strings.ToLower(a.Name) {
		case sfAsListener:
			service(fmt.Sprintf("%s is an event listener (#[AsEventListener]): a shared service, kept for the life of the worker", c.Short))
			name := litString(a.Arg("method", 2))
			var m *analyzer.Func
			if name != "" {
				m = method(name)
			} else if ev := litString(a.Arg("event", 0)); ev != "" {
				m = method("on" + camelize(ev))
			}
			if m == nil {
				m = method("__invoke")
			}
			if m != nil {
				entry(m, PhaseRequest, fmt.Sprintf("listens to %s through #[AsEventListener] on %s, run per event", eventName(a.Arg("event", 0)), c.Short))
			}
		case sfAsHandler:
			service(fmt.Sprintf("%s is a message handler (#[AsMessageHandler]): a shared service, kept for the life of the worker", c.Short))
			name := litString(a.Arg("method", 5))
			if name == "" {
				name = "__invoke"
			}
			if m := method(name); m != nil {
				entry(m, PhaseRequest, fmt.Sprintf("handles messages through #[AsMessageHandler] on %s, run per message", c.Short))
			}
		case sfAsController:
			service(fmt.Sprintf("%s is a controller: a shared service, kept for the life of the worker", c.Short))
			publicMethods(func(m *analyzer.Func) {
				entry(m, PhaseRequest, fmt.Sprintf("is an action of the controller %s, run per request", c.Short))
			})
		case sfAsCommand:
			for _, n := range []string{"execute", "interact", "initialize", "__invoke"} {
				if m := method(n); m != nil {
					entry(m, PhaseOnce, fmt.Sprintf("runs the console command %s (#[AsCommand]), once per run", c.Short))
				}
			}
		}
		if routeAttrs[strings.ToLower(a.Name)] {
			if m := method("__invoke"); m != nil {
				service(fmt.Sprintf("%s is a controller: a shared service, kept for the life of the worker", c.Short))
				entry(m, PhaseRequest, fmt.Sprintf("is the invokable controller %s, routed by #[Route], run per request", c.Short))
			}
		}
	}
	for _, m := range c.Methods {
		for _, a := range m.Attrs {
			switch n := strings.ToLower(a.Name); {
			case n == sfAsListener:
				service(fmt.Sprintf("%s is an event listener (#[AsEventListener]): a shared service, kept for the life of the worker", c.Short))
				entry(m, PhaseRequest, fmt.Sprintf("listens to %s through #[AsEventListener], run per event", eventName(a.Arg("event", 0))))
			case n == sfAsHandler:
				service(fmt.Sprintf("%s is a message handler (#[AsMessageHandler]): a shared service, kept for the life of the worker", c.Short))
				entry(m, PhaseRequest, "handles messages through #[AsMessageHandler], run per message")
			case routeAttrs[n]:
				service(fmt.Sprintf("%s is a controller: a shared service, kept for the life of the worker", c.Short))
				entry(m, PhaseRequest, fmt.Sprintf("is a controller action routed by #[Route(%s)], run per request", litString(a.Arg("path", 0))))
			}
		}
	}
	if is(sfHandlerIface) {
		service(fmt.Sprintf("%s is a message handler: a shared service, kept for the life of the worker", c.Short))
		if m := method("__invoke"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("handles messages (%s implements MessageHandlerInterface), run per message", c.Short))
		}
	}
	if is(sfAbstractCtrl) {
		service(fmt.Sprintf("%s is a controller: a shared service, kept for the life of the worker", c.Short))
		publicMethods(func(m *analyzer.Func) {
			if strings.HasPrefix(strings.ToLower(m.Name), "set") {
				return // setter injection, called by the container
			}
			entry(m, PhaseRequest, fmt.Sprintf("is an action of the controller %s, run per request", c.Short))
		})
	}
	if is(sfResetIface) {
		if m := method("reset"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is %s::reset() (ResetInterface): the kernel calls it between requests", c.Short))
		}
	}
	// Symfony: compile time and one-shot
	if is(sfCompilerPass) {
		if m := method("process"); m != nil {
			entry(m, PhaseBoot, fmt.Sprintf("is the compiler pass %s::process(): it runs once, when the container is compiled", c.Short))
		}
	}
	if is(sfBundle) || is(sfAbstractBundle) {
		for _, n := range []string{"build", "boot", "configure", "loadExtension", "prependExtension", "getContainerExtension"} {
			if m := method(n); m != nil {
				entry(m, PhaseBoot, fmt.Sprintf("is %s::%s() of a bundle: it runs once, when the kernel boots or the container is compiled", c.Short, m.Name))
			}
		}
	}
	if is(sfExtension) {
		for _, n := range []string{"load", "prepend"} {
			if m := method(n); m != nil {
				entry(m, PhaseBoot, fmt.Sprintf("is the container extension %s::%s(): it runs once, when the container is compiled", c.Short, m.Name))
			}
		}
	}
	if is(sfConfiguration) {
		if m := method("getConfigTreeBuilder"); m != nil {
			entry(m, PhaseBoot, fmt.Sprintf("is %s::getConfigTreeBuilder(): the configuration tree is built once, when the container is compiled", c.Short))
		}
	}
	if is(sfCommand) || is(lvCommand) || is(mwMaintenance) || is(mwMaintenanceNS) || is(sfDescriptor) {
		// a command object lives in a command-line process that runs it
		// once and exits: all its methods run once (unless a worker loop
		// in it makes them per-iteration)
		for _, m := range c.Methods {
			if !m.Abstract {
				entry(m, PhaseOnce, fmt.Sprintf("is %s::%s() of the console command or maintenance script %s, run once in a command-line process", c.Short, m.Name, c.Short))
			}
		}
	}
	if is(lvMigration) || is(lvSeeder) {
		for _, n := range []string{"up", "down", "run"} {
			if m := method(n); m != nil {
				entry(m, PhaseOnce, fmt.Sprintf("is %s::%s() of a migration or seeder, run once", c.Short, m.Name))
			}
		}
	}
	// Laravel
	if is(`illuminate\contracts\debug\exceptionhandler`) {
		service(fmt.Sprintf("%s is the application's exception handler, a container singleton kept for the life of the worker", c.Short))
	}
	if is(lvProvider) {
		p.setLongLived(c.Name, fmt.Sprintf("%s is a service provider, kept by the application for the life of the worker", c.Short))
		for _, n := range []string{"register", "boot"} {
			if m := method(n); m != nil {
				entry(m, PhaseBoot, fmt.Sprintf("is %s::%s() of a service provider: it runs once, when the application boots", c.Short, m.Name))
			}
		}
		p.listenProperty(pass, c, entry)
	}
	if is(lvShouldQueue) {
		if m := method("handle"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is %s::handle() of a queued job or listener (ShouldQueue), run per job", c.Short))
		}
	}
	if m := method("handle"); m != nil && isLaravelMiddleware(m) {
		entry(m, PhaseRequest, fmt.Sprintf("is the middleware %s::handle($request, $next), run per request", c.Short))
		if t := method("terminate"); t != nil {
			entry(t, PhaseRequest, fmt.Sprintf("is the middleware %s::terminate(), run after every request", c.Short))
		}
	}
	if is(lvFacade) {
		if acc := ix.Method(c.Name, "getFacadeAccessor"); acc != nil {
			if target := p.r.returnedClass(acc, 0); target != "" {
				p.setLongLived(target, fmt.Sprintf("%s is the service behind the facade %s: a container singleton", shortName(target), c.Short))
			}
		}
	}
	// Monolog processors and handlers: per log record, on a logger that
	// lives for the process
	if is(`monolog\processor\processorinterface`) || is(`monolog\handler\handlerinterface`) {
		service(fmt.Sprintf("%s is a Monolog processor or handler, kept by a logger for the life of the worker", c.Short))
		for _, n := range []string{"__invoke", "handle", "handleBatch"} {
			if m := method(n); m != nil {
				entry(m, PhaseRequest, fmt.Sprintf("is %s::%s() of a Monolog processor or handler, run per log record", c.Short, m.Name))
			}
		}
	}
	// PSR-15 and PSR-14
	if is(psrMiddleware) {
		service(fmt.Sprintf("%s is a PSR-15 middleware: built once with the pipeline and kept for the life of the worker", c.Short))
		if m := method("process"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is the PSR-15 middleware %s::process(), run per request", c.Short))
		}
	}
	if is(psrHandler) {
		service(fmt.Sprintf("%s is a PSR-15 request handler: built once and kept for the life of the worker", c.Short))
		if m := method("handle"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is the PSR-15 request handler %s::handle(), run per request", c.Short))
		}
	}
	// AMPHP: an HTTP server's request handler and middleware
	if is(`amp\http\server\requesthandler`) || is(`amp\http\server\middleware`) {
		service(fmt.Sprintf("%s is an AMPHP request handler or middleware: one instance serves every request", c.Short))
		if m := method("handleRequest"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is %s::handleRequest() of an AMPHP server, run per request", c.Short))
		}
	}
	// Ratchet
	if is(ratchetComponent) || is(ratchetWamp) {
		service(fmt.Sprintf("%s is a Ratchet server component: one instance serves every connection", c.Short))
		for _, n := range []string{"onOpen", "onMessage", "onClose", "onError", "onCall", "onSubscribe", "onUnSubscribe", "onPublish"} {
			if m := method(n); m != nil {
				entry(m, PhaseRequest, fmt.Sprintf("is %s::%s() of a Ratchet component, run per connection or message", c.Short, m.Name))
			}
		}
	}
}

// octaneFlush reads Laravel Octane's config/octane.php: the services in
// its 'flush' list are forgotten by the container after every request.
func (p *program) octaneFlush(f *analyzer.File) {
	analyzer.Inspect(f.Main.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		ret, ok := n.(*analyzer.Return)
		if !ok {
			return true
		}
		arr, ok := ret.X.(*analyzer.Array)
		if !ok {
			return false
		}
		for _, it := range arr.Items {
			if litString(it.Key) != "flush" {
				continue
			}
			list, ok := it.Value.(*analyzer.Array)
			if !ok {
				continue
			}
			for _, li := range list.Items {
				if cc, ok := li.Value.(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
					p.requestLived[strings.ToLower(cc.Class)] = fmt.Sprintf("%s is in the 'flush' list of %s: Octane forgets it after every request", shortName(cc.Class), f.Path)
				}
			}
		}
		return false
	})
}

// octaneListeners reads the 'listeners' map of Laravel Octane's
// config/octane.php: the listeners of RequestReceived, RequestHandled,
// RequestTerminated, TaskReceived, TickReceived and OperationTerminated
// run on every request, task or tick; those of WorkerStarting once.
func (p *program) octaneListeners(pass *analyzer.Pass, f *analyzer.File, entry func(*analyzer.Func, Phase, string)) {
	analyzer.Inspect(f.Main.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		ret, ok := n.(*analyzer.Return)
		if !ok {
			return true
		}
		arr, ok := ret.X.(*analyzer.Array)
		if !ok {
			return false
		}
		for _, it := range arr.Items {
			if litString(it.Key) != "listeners" {
				continue
			}
			events, ok := it.Value.(*analyzer.Array)
			if !ok {
				continue
			}
			for _, ev := range events.Items {
				cc, ok := ev.Key.(*analyzer.ClassConst)
				if !ok {
					continue
				}
				phase := PhaseRequest
				when := "runs on every request, task or tick"
				if strings.HasPrefix(shortName(cc.Class), "Worker") {
					phase, when = PhaseBoot, "runs when a worker starts or stops"
				}
				list, ok := ev.Value.(*analyzer.Array)
				if !ok {
					continue
				}
				for _, li := range list.Items {
					l, ok := li.Value.(*analyzer.ClassConst)
					if !ok || !strings.EqualFold(l.Name, "class") {
						continue
					}
					for _, name := range []string{"handle", "__invoke"} {
						if m := pass.Index.Method(l.Class, name); m != nil {
							entry(m, phase, fmt.Sprintf("listens to Octane's %s in %s: it %s", shortName(cc.Class), f.Path, when))
							break
						}
					}
				}
			}
		}
		return false
	})
}

// resetPerRequest reports whether a method of class that runs per request
// (a subscribed flush, a reset() hook) empties the whole property:
// `$this->p = []` (or null, or a new empty SplObjectStorage), unset($this->p),
// or pops it as a stack (array_pop, array_shift). Removing one key is not a
// reset: whether it bounds the property is the simulation's question.
func (p *program) resetPerRequest(class string, place analyzer.Place) bool {
	whole := func(e analyzer.Expr) bool {
		pr, ok := e.(*analyzer.Prop)
		return ok && analyzer.IsThis(pr.Obj) && pr.Name == place.Name
	}
	for _, c := range p.r.ix.Lineage(class) {
		for _, m := range c.Methods {
			if _, per := p.perIter[m]; !per {
				continue
			}
			found := false
			analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *analyzer.Assign:
					if n.Op == "=" && whole(n.Dst) && (isEmptyValue(n.Src) || freshContainer(n.Src)) {
						found = true
					}
				case *analyzer.Call:
					// a stack popped per request as often as it is pushed
					switch analyzer.CallName(n) {
					case "array_pop", "array_shift":
						if len(n.Args) == 1 && whole(n.Args[0]) {
							found = true
						}
					}
				case *analyzer.Unset:
					for _, t := range n.Targets {
						if whole(t) {
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

// freshContainer reports whether e makes a new, empty container object:
// new SplObjectStorage(), new ArrayObject(), new \WeakMap() and the like.
func freshContainer(e analyzer.Expr) bool {
	nw, ok := e.(*analyzer.New)
	return ok && len(nw.Args) == 0 && collectionClass(nw.Class)
}

// listenProperty reads a Laravel EventServiceProvider's $listen map
// (event => [listener classes]): each listener's handle() runs per event.
func (p *program) listenProperty(pass *analyzer.Pass, c *analyzer.Class, entry func(*analyzer.Func, Phase, string)) {
	for _, prop := range c.Props {
		if prop.Name != "listen" && prop.Name != "subscribe" {
			continue
		}
		arr, ok := prop.Default.(*analyzer.Array)
		if !ok {
			continue
		}
		for _, it := range arr.Items {
			var listeners []analyzer.Expr
			if l, ok := it.Value.(*analyzer.Array); ok {
				for _, li := range l.Items {
					listeners = append(listeners, li.Value)
				}
			} else {
				listeners = append(listeners, it.Value)
			}
			for _, l := range listeners {
				cc, ok := l.(*analyzer.ClassConst)
				if !ok || !strings.EqualFold(cc.Name, "class") {
					continue
				}
				for _, n := range []string{"handle", "__invoke"} {
					if m := pass.Index.Method(cc.Class, n); m != nil {
						entry(m, PhaseRequest, fmt.Sprintf("listens to %s (the $%s map of %s), run per event", exprLabel(it.Key), prop.Name, c.Short))
						break
					}
				}
			}
		}
	}
}

// methodCallFacts reads facts from method calls: server callbacks
// ($server->on('request', $cb)), container bindings
// ($app->singleton(X::class)), periodic timers.
func (p *program) methodCallFacts(fn *analyzer.Func, f *analyzer.File, n *analyzer.MethodCall, entry func(*analyzer.Func, Phase, string)) {
	name := strings.ToLower(n.Name)
	// PSR-14: callables handed to the project's listener provider run per
	// event, and the provider keeps them (and their objects) for the
	// process
	if recv := p.r.classOf(fn, n.Recv); recv != "" && p.r.ix.Implements(recv, psrListenerProvider) && len(n.Args) > 1 {
		for _, a := range n.Args[1:] {
			for _, cb := range p.callables(fn, a) {
				entry(cb, PhaseRequest, fmt.Sprintf("is a listener for %s given to the PSR-14 listener provider %s at %s:%d, run per event", exprLabel(n.Args[0]), shortName(recv), f.Path, n.P.Line))
				if cb.Kind == analyzer.FuncMethod && cb.Class != nil && !cb.Static {
					p.setLongLived(cb.Class.Name, fmt.Sprintf("%s is a listener kept by the PSR-14 listener provider %s for the life of the worker", cb.Class.Short, shortName(recv)))
				}
			}
		}
	}
	switch name {
	case "on", "handle":
		if len(n.Args) < 2 {
			return
		}
		ev := strings.ToLower(litString(n.Args[0]))
		if ev == "workerstart" || ev == "start" || ev == "managerstart" {
			for _, cb := range p.callables(fn, n.Args[1]) {
				entry(cb, PhaseBoot, fmt.Sprintf("is the '%s' callback registered at %s:%d, run once when a worker process starts", ev, f.Path, n.P.Line))
			}
			p.serverScript[fn] = true
			return
		}
		if !serverEvents[ev] {
			return
		}
		p.serverScript[fn] = true
		for _, cb := range p.callables(fn, n.Args[1]) {
			entry(cb, PhaseRequest, fmt.Sprintf("is the '%s' callback registered at %s:%d, run per %s", ev, f.Path, n.P.Line, eventUnit(ev)))
		}
	case "set", "register":
		// Symfony service definitions in PHP config ($container->services()
		// ->set('id', X::class)) and on the container builder
		// (->register('id', X::class)): services are shared, one instance
		// for the life of the worker
		if name == "set" && !servicesChain(fn, n.Recv) {
			return
		}
		var class string
		switch {
		case len(n.Args) == 2 && litString(n.Args[0]) != "":
			if cc, ok := n.Args[1].(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				class = cc.Class
			}
		case len(n.Args) == 1 && name == "set":
			if cc, ok := n.Args[0].(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				class = cc.Class
			}
		}
		if class != "" {
			p.setLongLived(class, fmt.Sprintf("%s is defined as a service at %s:%d: the container shares one instance for the life of the worker", shortName(class), f.Path, n.P.Line))
		}
	case "addtag", "tag":
		// Symfony: ->register(X::class)->addTag('kernel.reset', ['method'
		// => 'clear']) (or ->tag(...) in PHP config): the services
		// resetter calls that method between requests
		if len(n.Args) < 2 || litString(n.Args[0]) != "kernel.reset" {
			return
		}
		class := definedClass(n.Recv)
		attrs, ok := n.Args[1].(*analyzer.Array)
		if class == "" || !ok {
			return
		}
		for _, it := range attrs.Items {
			if litString(it.Key) == "method" {
				if m := p.r.ix.Method(class, litString(it.Value)); m != nil {
					entry(m, PhaseRequest, fmt.Sprintf("is %s::%s(), tagged kernel.reset at %s:%d: the kernel calls it between requests", shortName(class), m.Name, f.Path, n.P.Line))
				}
			}
		}
	case "basic_consume":
		// php-amqplib: the callback (7th argument) runs per message
		if len(n.Args) < 7 {
			return
		}
		for _, cb := range p.callables(fn, n.Args[6]) {
			entry(cb, PhaseRequest, fmt.Sprintf("is the consumer callback given to basic_consume() at %s:%d, run per message", f.Path, n.P.Line))
			if cb.Class != nil {
				p.setLongLived(cb.Class.Name, fmt.Sprintf("%s consumes messages from basic_consume() (%s:%d): one instance serves the whole consumer process", cb.Class.Short, f.Path, n.P.Line))
			}
		}
	case "addperiodictimer", "tick":
		if len(n.Args) < 2 {
			return
		}
		for _, cb := range p.callables(fn, n.Args[len(n.Args)-1]) {
			entry(cb, PhaseRequest, fmt.Sprintf("is a periodic timer callback registered at %s:%d, run on every tick", f.Path, n.P.Line))
		}
	case "singleton", "instance", "singletonif", "scoped", "scopedif":
		if len(n.Args) == 0 {
			return
		}
		class := p.r.boundClass(fn, n.Args)
		if class == "" {
			return
		}
		if strings.HasPrefix(name, "scoped") {
			p.requestLived[strings.ToLower(class)] = fmt.Sprintf("%s is bound with scoped() (%s:%d): the container forgets it after every request", shortName(class), f.Path, n.P.Line)
			return
		}
		p.setLongLived(class, fmt.Sprintf("%s is bound with %s() (%s:%d): one instance for the life of the worker", shortName(class), n.Name, f.Path, n.P.Line))
		// the factory of a singleton runs once, when it is first resolved
		if strings.HasPrefix(name, "singleton") && len(n.Args) > 1 {
			if c, ok := n.Args[1].(*analyzer.Closure); ok {
				entry(c.Func, PhaseBoot, fmt.Sprintf("is the factory of the singleton %s (%s:%d): it runs once, when the service is first resolved", shortName(class), f.Path, n.P.Line))
			}
		}
	}
}

// servicesChain reports whether e is Symfony's services configurator: a
// chain of calls that starts at ->services(), or a variable assigned one.
func servicesChain(fn *analyzer.Func, e analyzer.Expr) bool {
	for depth := 0; depth < 64; depth++ {
		switch x := e.(type) {
		case *analyzer.MethodCall:
			if strings.EqualFold(x.Name, "services") {
				return true
			}
			e = x.Recv
		case *analyzer.Var:
			found := false
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*analyzer.Assign); ok && !found {
					if v, ok := a.Dst.(*analyzer.Var); ok && v.Name == x.Name {
						if mc, ok := a.Src.(*analyzer.MethodCall); ok && strings.EqualFold(mc.Name, "services") {
							found = true
						}
					}
				}
				return !found
			})
			return found
		default:
			return false
		}
	}
	return false
}

// definedClass finds the class of a service definition a chain of
// definition calls starts from: $container->register(X::class),
// ->autowire(X::class), $services->set(X::class), new Definition(X::class).
func definedClass(e analyzer.Expr) string {
	for {
		switch x := e.(type) {
		case *analyzer.MethodCall:
			switch strings.ToLower(x.Name) {
			case "register", "autowire", "set", "setdefinition":
				for _, a := range x.Args {
					if cc, ok := a.(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
						return cc.Class
					}
				}
				return ""
			}
			e = x.Recv
		case *analyzer.New:
			for _, a := range x.Args {
				if cc, ok := a.(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
					return cc.Class
				}
			}
			return ""
		default:
			return ""
		}
	}
}

// staticCallFacts reads Laravel routes (Route::get('/x', [C::class,
// 'm'])), timers (Loop::addPeriodicTimer) and facade bindings.
func (p *program) staticCallFacts(fn *analyzer.Func, f *analyzer.File, n *analyzer.StaticCall, entry func(*analyzer.Func, Phase, string)) {
	name := strings.ToLower(n.Name)
	if strings.EqualFold(shortName(n.Class), "Route") && laravelRoutes[name] && len(n.Args) >= 2 {
		action := n.Args[len(n.Args)-1]
		for _, m := range p.routeActions(action, name == "resource" || name == "apiresource") {
			entry(m, PhaseRequest, fmt.Sprintf("is the controller action of Route::%s(%s) at %s:%d, run per request", n.Name, exprLabel(n.Args[0]), f.Path, n.P.Line))
		}
		return
	}
	if (name == "addperiodictimer") && len(n.Args) >= 2 {
		for _, cb := range p.callables(fn, n.Args[len(n.Args)-1]) {
			entry(cb, PhaseRequest, fmt.Sprintf("is a periodic timer callback registered at %s:%d, run on every tick", f.Path, n.P.Line))
		}
	}
	if (name == "singleton" || name == "instance" || name == "scoped") && strings.EqualFold(shortName(n.Class), "App") && len(n.Args) > 0 {
		if class := p.r.boundClass(fn, n.Args); class != "" {
			if name == "scoped" {
				p.requestLived[strings.ToLower(class)] = fmt.Sprintf("%s is bound with scoped() (%s:%d): the container forgets it after every request", shortName(class), f.Path, n.P.Line)
			} else {
				p.setLongLived(class, fmt.Sprintf("%s is bound with %s() (%s:%d): one instance for the life of the worker", shortName(class), n.Name, f.Path, n.P.Line))
			}
		}
	}
}

// routeActions resolves a Laravel route action: [C::class, 'm'],
// 'C@m', C::class (invokable); all public methods for a resource.
func (p *program) routeActions(action analyzer.Expr, resource bool) []*analyzer.Func {
	ix := p.r.ix
	switch a := action.(type) {
	case *analyzer.Array:
		if len(a.Items) == 2 {
			if cc, ok := a.Items[0].Value.(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				if m := ix.Method(cc.Class, litString(a.Items[1].Value)); m != nil {
					return []*analyzer.Func{m}
				}
			}
		}
	case *analyzer.ClassConst:
		if !strings.EqualFold(a.Name, "class") {
			return nil
		}
		if resource {
			var out []*analyzer.Func
			if c := ix.Class(a.Class); c != nil {
				for _, m := range c.Methods {
					if m.Public && !m.Static && !strings.HasPrefix(m.Name, "__") {
						out = append(out, m)
					}
				}
			}
			return out
		}
		if m := ix.Method(a.Class, "__invoke"); m != nil {
			return []*analyzer.Func{m}
		}
	case *analyzer.Lit:
		if class, method, ok := strings.Cut(a.Value, "@"); ok {
			if c := ix.ClassByName(class); c != nil {
				if m := ix.Method(c.Name, method); m != nil {
					return []*analyzer.Func{m}
				}
			}
		}
	}
	return nil
}

// callables resolves a callable expression to the functions it runs: a
// closure or arrow function, [$this, 'm'], [$obj, 'm'], [C::class, 'm'],
// $this->m(...), 'function_name', an invokable object.
func (p *program) callables(fn *analyzer.Func, e analyzer.Expr) []*analyzer.Func {
	ix := p.r.ix
	switch e := e.(type) {
	case *analyzer.Closure:
		return []*analyzer.Func{e.Func}
	case *analyzer.Array:
		if len(e.Items) != 2 {
			return nil
		}
		name := litString(e.Items[1].Value)
		if name == "" {
			return nil
		}
		class := ""
		if cc, ok := e.Items[0].Value.(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
			class = cc.Class
		} else {
			class = p.r.classOf(fn, e.Items[0].Value)
		}
		if m := ix.Method(class, name); m != nil {
			return []*analyzer.Func{m}
		}
	case *analyzer.MethodCall, *analyzer.StaticCall, *analyzer.Call:
		if t := p.r.target(fn, e); t != nil && firstClass(e) {
			return []*analyzer.Func{t}
		}
		// a method that returns a closure: the closures it returns
		if t := p.r.target(fn, e); t != nil {
			var out []*analyzer.Func
			analyzer.Inspect(t.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if r, ok := n.(*analyzer.Return); ok {
					if c, ok := r.X.(*analyzer.Closure); ok {
						out = append(out, c.Func)
					}
				}
				return true
			})
			return out
		}
	case *analyzer.Lit:
		if e.Kind == analyzer.LitString {
			if f := ix.Function(e.Value, ""); f != nil {
				return []*analyzer.Func{f}
			}
		}
	case *analyzer.Var, *analyzer.New, *analyzer.Prop:
		if class := p.r.classOf(fn, e); class != "" {
			if m := ix.Method(class, "__invoke"); m != nil {
				return []*analyzer.Func{m}
			}
		}
		// a local variable holding a closure
		if v, ok := e.(*analyzer.Var); ok {
			var out []*analyzer.Func
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*analyzer.Assign); ok {
					if dv, ok := a.Dst.(*analyzer.Var); ok && dv.Name == v.Name {
						if c, ok := a.Src.(*analyzer.Closure); ok {
							out = append(out, c.Func)
						}
					}
				}
				return true
			})
			return out
		}
	}
	return nil
}

func firstClass(e analyzer.Expr) bool {
	switch e := e.(type) {
	case *analyzer.MethodCall:
		return e.FirstClass
	case *analyzer.StaticCall:
		return e.FirstClass
	case *analyzer.Call:
		return e.FirstClass
	}
	return false
}

// declaredServices marks the classes a service definition file declares
// as shared services: one class, or every class under a namespace less
// the excluded ones.
func (p *program) declaredServices(pass *analyzer.Pass, d analyzer.Declaration) {
	if !strings.HasSuffix(d.Target, `\`) {
		p.setLongLived(d.Target, fmt.Sprintf("%s %s", shortName(d.Target), d.Why))
		return
	}
	prefix := strings.ToLower(d.Target)
	for _, f := range pass.Files {
	classes:
		for _, c := range f.Classes {
			name := strings.ToLower(c.Name)
			if c.Kind != analyzer.KindClass || c.Anonymous || !strings.HasPrefix(name, prefix) {
				continue
			}
			for _, ex := range d.Excludes {
				ex = strings.ToLower(ex)
				if name == ex || strings.HasPrefix(name, ex+`\`) {
					continue classes
				}
			}
			p.setLongLived(c.Name, fmt.Sprintf("%s %s", c.Short, d.Why))
		}
	}
}

// lookup finds the functions a config entry names: "Class::method",
// "Class" (all its methods) or "function".
func (p *program) lookup(pass *analyzer.Pass, name string) []*analyzer.Func {
	if class, method, ok := strings.Cut(name, "::"); ok {
		if c := pass.Index.ClassByName(class); c != nil {
			if m := pass.Index.Method(c.Name, method); m != nil {
				return []*analyzer.Func{m}
			}
		}
		return nil
	}
	if c := pass.Index.ClassByName(name); c != nil {
		return c.Methods
	}
	if f := pass.Index.Function(name, ""); f != nil {
		return []*analyzer.Func{f}
	}
	return nil
}

// subscription is one event a subscriber's getSubscribedEvents() names.
type subscription struct{ event, method string }

// subscribedMethods reads getSubscribedEvents()'s returned arrays in the
// three forms Symfony accepts ('event' => 'method', 'event' =>
// ['method', priority], 'event' => [['m1', 10], ['m2']]) and Doctrine's
// list of event names (the method is named after the event), also when
// built with $events[...] = … or yielded.
func subscribedMethods(gse *analyzer.Func) []subscription {
	var out []subscription
	add := func(key, value analyzer.Expr) {
		ev := eventName(key)
		switch v := value.(type) {
		case *analyzer.Lit:
			if key == nil || isIntLit(key) { // Doctrine: a list of event names
				out = append(out, subscription{litString(v), litString(v)})
				return
			}
			out = append(out, subscription{ev, litString(v)})
		case *analyzer.ClassConst:
			if key == nil || isIntLit(key) {
				out = append(out, subscription{v.Name, v.Name})
			}
		case *analyzer.Array:
			if len(v.Items) == 0 {
				return
			}
			if inner, ok := v.Items[0].Value.(*analyzer.Array); ok {
				_ = inner
				for _, it := range v.Items {
					if a, ok := it.Value.(*analyzer.Array); ok && len(a.Items) > 0 {
						out = append(out, subscription{ev, litString(a.Items[0].Value)})
					}
				}
				return
			}
			out = append(out, subscription{ev, litString(v.Items[0].Value)})
		}
	}
	analyzer.Inspect(gse.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *analyzer.Return:
			if a, ok := n.X.(*analyzer.Array); ok {
				for _, it := range a.Items {
					add(it.Key, it.Value)
				}
			}
		case *analyzer.Yield:
			add(n.Key, n.Value)
		case *analyzer.Assign:
			if d, ok := n.Dst.(*analyzer.Dim); ok {
				add(d.Key, n.Src)
			}
		}
		return true
	})
	var kept []subscription
	for _, s := range out {
		if s.method != "" {
			kept = append(kept, s)
		}
	}
	return kept
}

func isIntLit(e analyzer.Expr) bool {
	l, ok := e.(*analyzer.Lit)
	return ok && l.Kind == analyzer.LitInt
}

// litString is a string literal's value, or "".
func litString(e analyzer.Expr) string {
	if l, ok := e.(*analyzer.Lit); ok && (l.Kind == analyzer.LitString) {
		return l.Value
	}
	return ""
}

// eventName names an event key for messages: 'kernel.request',
// KernelEvents::REQUEST, OrderPlaced::class.
func eventName(e analyzer.Expr) string {
	if e == nil {
		return "its event"
	}
	return exprLabel(e)
}

func exprLabel(e analyzer.Expr) string {
	switch e := e.(type) {
	case *analyzer.Lit:
		if e.Kind == analyzer.LitString {
			return "'" + e.Value + "'"
		}
		return e.Value
	case *analyzer.ClassConst:
		return shortName(e.Class) + "::" + e.Name
	}
	return "an event"
}

// camelize turns 'kernel.request' into 'KernelRequest'.
func camelize(s string) string {
	var b strings.Builder
	up := true
	for _, r := range s {
		if r == '.' || r == '_' || r == '-' {
			up = true
			continue
		}
		if up && r >= 'a' && r <= 'z' {
			r -= 'a' - 'A'
		}
		up = false
		b.WriteRune(r)
	}
	return b.String()
}

func eventUnit(ev string) string {
	switch ev {
	case "open", "connect", "connection", "close", "handshake":
		return "connection"
	case "request":
		return "request"
	}
	return "message"
}

// isLaravelMiddleware: handle($request, Closure $next).
func isLaravelMiddleware(m *analyzer.Func) bool {
	if len(m.Params) < 2 {
		return false
	}
	next := m.Params[1]
	if next.Name != "next" {
		return false
	}
	for _, t := range next.Types {
		if strings.EqualFold(t, "Closure") {
			return true
		}
	}
	return len(next.Types) == 0
}

// isReactServer: ReactPHP's HTTP server classes, whose constructor
// arguments are request handlers and middleware.
func isReactServer(class string) bool {
	switch strings.ToLower(class) {
	case `react\http\httpserver`, `react\http\server`:
		return true
	}
	return false
}

// boundClass is the class a container binding names: singleton(X::class,
// …), instance(X::class, …), singleton('name', X::class), or the class a
// factory closure returns (singleton('x', fn () => new X(...)), or a
// variable or helper that makes one).
func (r *resolver) boundClass(fn *analyzer.Func, args []analyzer.Expr) string {
	if len(args) > 1 {
		switch v := args[1].(type) {
		case *analyzer.ClassConst:
			if strings.EqualFold(v.Name, "class") {
				return v.Class
			}
		case *analyzer.Closure:
			if c := r.returnedClass(v.Func, 0); c != "" {
				return c
			}
		default:
			if c := r.exprClass(fn, v, 0); c != "" {
				return c
			}
		}
	}
	if cc, ok := args[0].(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
		return cc.Class
	}
	return ""
}

// returnedClass is the class of what fn returns (the first return whose
// class phpleak can tell): `return new X(...)`, `return X::class` (a
// facade accessor), `return $x` where $x was made so, or what a helper
// returns.
func (r *resolver) returnedClass(fn *analyzer.Func, depth int) string {
	if fn == nil || depth > 3 {
		return ""
	}
	found := ""
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if ret, ok := n.(*analyzer.Return); ok && found == "" {
			if cc, ok := ret.X.(*analyzer.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				found = cc.Class
			} else {
				found = r.exprClass(fn, ret.X, depth)
			}
		}
		return found == ""
	})
	if found == "" {
		found = r.firstClass(fn.Returns)
	}
	return found
}

// exprClass is the class of the object an expression makes or hands
// back: new X, a local made with new or by a call, tap(new X, …), a call
// whose target returns one.
func (r *resolver) exprClass(fn *analyzer.Func, e analyzer.Expr, depth int) string {
	switch x := e.(type) {
	case *analyzer.New:
		return x.Class
	case *analyzer.Var:
		if c := r.localClass(fn, x.Name); c != "" {
			return c
		}
		found := ""
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*analyzer.Assign); ok && found == "" && a.Op == "=" {
				if v, ok := a.Dst.(*analyzer.Var); ok && v.Name == x.Name {
					if _, self := a.Src.(*analyzer.Var); !self {
						found = r.exprClass(fn, a.Src, depth+1)
					}
				}
			}
			return found == ""
		})
		return found
	case *analyzer.Call:
		if analyzer.CallName(x) == "tap" && len(x.Args) > 0 {
			return r.exprClass(fn, x.Args[0], depth+1)
		}
	}
	switch e.(type) {
	case *analyzer.Call, *analyzer.MethodCall, *analyzer.StaticCall:
		if t := r.target(fn, e); t != nil {
			return r.returnedClass(t, depth+1)
		}
	}
	return ""
}

// cliScript reports whether a file is a command-line script: it starts
// with a #! line, or its top level stops unless PHP_SAPI (or
// php_sapi_name()) says 'cli'.
func cliScript(f *analyzer.File) bool {
	if f.Shebang {
		return true
	}
	for _, st := range f.Main.Body {
		iff, ok := st.(*analyzer.If)
		if !ok || !loopExits(iff.Then) {
			continue
		}
		sapi := false
		analyzer.Inspect([]analyzer.Stmt{&analyzer.ExprStmt{X: iff.Cond}}, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *analyzer.Lit:
				if n.Kind == analyzer.LitConst && strings.EqualFold(strings.TrimPrefix(n.Value, `\`), "PHP_SAPI") {
					sapi = true
				}
			case *analyzer.Call:
				if analyzer.CallName(n) == "php_sapi_name" {
					sapi = true
				}
			}
			return !sapi
		})
		if sapi {
			return true
		}
	}
	return false
}

// declaresAtTop reports whether a file declares a function or class
// unconditionally at its top level: PHP then cannot include it twice,
// so its top-level code runs at most once per process.
func declaresAtTop(f *analyzer.File) bool {
	if f.Main == nil {
		return false
	}
	for _, st := range f.Main.Body {
		if _, ok := st.(*analyzer.Return); ok {
			return false // an include guard may return before the declarations
		}
	}
	for _, fn := range f.Funcs {
		if fn.Kind == analyzer.FuncFunction && fn.Parent == f.Main && fn.TopLevel {
			return true
		}
	}
	for _, c := range f.Classes {
		if !c.Anonymous && c.TopLevel {
			return true
		}
	}
	return false
}

func (p *program) setLongLived(class, why string) {
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

// isLongLived reports whether class (or a class that uses it as a trait,
// or a subclass) has long-lived instances, and why.
func (p *program) isLongLived(class string) (string, bool) {
	if why, ok := p.longLived[strings.ToLower(class)]; ok {
		return why, true
	}
	return "", false
}

// requestLoop says whether a loop runs once per request, job or message.
func (p *program) requestLoop(fn *analyzer.Func, l *analyzer.Loop) (string, bool) {
	if why, ok := p.r.unbounded(fn, l); ok {
		return why, true
	}
	if l.Kind == analyzer.LoopForeach {
		switch l.Iter.(type) {
		case *analyzer.MethodCall, *analyzer.Call, *analyzer.StaticCall:
			if p.r.generatorCall(fn, l.Iter) && streamName(p.r.target(fn, l.Iter).Name) {
				return "loop over a message stream", true
			}
		}
		return "", false
	}
	// a script's driver loop; in a command-line script (#!, a PHP_SAPI
	// check) only an unbounded loop serves requests, a counted one is a
	// batch that runs once
	if fn.Kind == analyzer.FuncMain && !cliScript(fn.File) {
		return "top-level loop", true
	}
	return "", false
}

// generatorCall reports whether e calls a generator function.
func (r *resolver) generatorCall(fn *analyzer.Func, e analyzer.Expr) bool {
	t := r.target(fn, e)
	return t != nil && t.Generator
}

// target resolves any call expression.
func (r *resolver) target(fn *analyzer.Func, e analyzer.Node) *analyzer.Func {
	switch c := e.(type) {
	case *analyzer.MethodCall:
		return r.method(fn, c)
	case *analyzer.Call:
		if c.Name != "" {
			return r.ix.Function(c.Name, c.Fallback)
		}
		// $handler(...): an invokable object
		if v, ok := c.Callee.(*analyzer.Var); ok && v.Name != "" && v.Name != "this" {
			if class := r.localClass(fn, v.Name); class != "" {
				return r.ix.Method(class, "__invoke")
			}
		}
	case *analyzer.StaticCall:
		if m := r.ix.Method(c.Class, c.Name); m != nil {
			return m
		}
		// Facade::method(): the method of the service behind the facade
		if svc := r.facadeService(c.Class); svc != "" {
			return r.ix.Method(svc, c.Name)
		}
	case *analyzer.New:
		return r.constructor(c)
	}
	return nil
}

// isFacade reports whether class is a Laravel facade: it extends
// Illuminate\Support\Facades\Facade, or is one of Laravel's own.
func (r *resolver) isFacade(class string) bool {
	return strings.HasPrefix(strings.ToLower(class), `illuminate\support\facades\`) || r.ix.Implements(class, lvFacade)
}

// facadeService is the class of the service behind a facade of the
// project: what getFacadeAccessor() returns (X::class, or a name bound
// with singleton('name', …) / bind / instance / scoped), or "".
func (r *resolver) facadeService(class string) string {
	if !r.ix.Implements(class, lvFacade) {
		return ""
	}
	acc := r.ix.Method(class, "getFacadeAccessor")
	if acc == nil {
		return ""
	}
	var out string
	analyzer.Inspect(acc.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		ret, ok := n.(*analyzer.Return)
		if !ok || out != "" {
			return out == ""
		}
		switch x := ret.X.(type) {
		case *analyzer.ClassConst:
			if strings.EqualFold(x.Name, "class") {
				out = x.Class
			}
		case *analyzer.Lit:
			out = r.bindings()[x.Value]
		}
		return false
	})
	return out
}

// bindings maps container names bound in the project (singleton('audit',
// fn () => new AuditTrail) and the like) to the bound class.
func (r *resolver) bindings() map[string]string {
	if r.bound != nil {
		return r.bound
	}
	r.bound = map[string]string{}
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				var name string
				var args []analyzer.Expr
				switch c := n.(type) {
				case *analyzer.MethodCall:
					name, args = c.Name, c.Args
				case *analyzer.StaticCall:
					name, args = c.Name, c.Args
				default:
					return true
				}
				switch strings.ToLower(name) {
				case "singleton", "bind", "instance", "scoped", "singletonif", "bindif", "scopedif":
				default:
					return true
				}
				if len(args) < 2 {
					return true
				}
				if key := litString(args[0]); key != "" {
					if class := r.boundClass(fn, args); class != "" {
						if _, dup := r.bound[key]; !dup {
							r.bound[key] = class
						}
					}
				}
				return true
			})
		}
	}
	return r.bound
}

// loopCalls marks what a request loop's body calls as per-iteration, and
// the classes of objects made before the loop and used in it as
// long-lived.
func (p *program) loopCalls(fn *analyzer.Func, l *analyzer.Loop, why string, mark func(*analyzer.Func, string)) {
	assignedIn := map[string]bool{}
	analyzer.Inspect(l.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*analyzer.Assign); ok {
			if v, ok := a.Dst.(*analyzer.Var); ok {
				assignedIn[v.Name] = true
			}
		}
		return true
	})
	if v, ok := l.Value.(*analyzer.Var); ok {
		assignedIn[v.Name] = true
	}
	analyzer.Inspect(l.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if t := p.r.target(fn, n); t != nil {
			mark(t, why)
		}
		// a variable made before the loop and used in it outlives every
		// iteration
		if v, ok := n.(*analyzer.Var); ok && v.Name != "" && v.Name != "this" && !assignedIn[v.Name] {
			if c := p.r.localClass(fn, v.Name); c != "" {
				p.setLongLived(c, fmt.Sprintf("$%s is created before the %s and reused by every iteration", v.Name, loopName(why)))
			}
		}
		return true
	})
}

func loopName(why string) string {
	why = strings.TrimPrefix(why, "runs on every iteration of the ")
	if i := strings.Index(why, " at "); i >= 0 {
		return why[:i]
	}
	return why
}

// callees lists the resolved targets of fn's calls, leaving out the
// constructor of a singleton (self::$instance = new self()), which runs
// once however often the code that reaches it does, and code behind a
// once-guard.
func (p *program) callees(fn *analyzer.Func) []*analyzer.Func {
	var out []*analyzer.Func
	scope := analyzer.NewScope(fn)
	analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if a, ok := n.(*analyzer.Assign); ok {
			if _, static := a.Dst.(*analyzer.StaticProp); static {
				if nw, ok := a.Src.(*analyzer.New); ok {
					for _, arg := range nw.Args {
						analyzer.Inspect([]analyzer.Stmt{&analyzer.ExprStmt{X: arg}}, func(m analyzer.Node, _ []analyzer.Node) bool {
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
		if t := p.r.target(fn, n); t != nil {
			if onceBlock(stack, scope) {
				return true
			}
			out = append(out, t)
		}
		if c, ok := n.(*analyzer.Call); ok && !onceBlock(stack, scope) {
			out = append(out, p.syncCallbacks(fn, c)...)
		}
		return true
	})
	return out
}

// syncArgs maps PHP functions that call the callables they are given
// before they return to the positions of those callables (-1: every
// argument after the first, as xml_set_element_handler's handlers, which
// xml_parse() calls in the same code).
var syncArgs = map[string]int{
	"array_map": 0, "array_filter": 1, "array_walk": 1, "array_walk_recursive": 1, "array_reduce": 1,
	"usort": 1, "uasort": 1, "uksort": 1, "preg_replace_callback": 1, "call_user_func": 0,
	"call_user_func_array": 0, "iterator_apply": 1, "array_udiff": -1, "array_uintersect": -1,
	"xml_set_element_handler": -1, "xml_set_character_data_handler": -1,
}

// syncCallbacks lists the functions a call to a built-in runs through the
// callables it is given, before it returns: they run as often, and in
// the same phase, as the code that calls it.
func (p *program) syncCallbacks(fn *analyzer.Func, c *analyzer.Call) []*analyzer.Func {
	pos, ok := syncArgs[analyzer.CallName(c)]
	if !ok {
		return nil
	}
	var out []*analyzer.Func
	for i, a := range c.Args {
		if (pos >= 0 && i == pos) || (pos < 0 && i > 0) {
			out = append(out, p.callables(fn, a)...)
		}
	}
	return out
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
					if prop.Static || p.resets[strings.ToLower(c.Name)+"::"+prop.Name] {
						continue
					}
					held := p.r.propClass(c.Name, prop.Name)
					for _, h := range append([]string{held}, p.elementClasses(c, prop.Name)...) {
						if h == "" {
							continue
						}
						if _, req := p.requestLived[strings.ToLower(h)]; req {
							continue
						}
						if _, ok := p.longLived[strings.ToLower(h)]; !ok {
							p.setLongLived(h, fmt.Sprintf("%s is held in $%s of %s, and %s", shortName(h), prop.Name, c.Short, lowerFirst(why)))
							changed = true
						}
					}
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
func (p *program) elementClasses(c *analyzer.Class, prop string) []string {
	var out []string
	for _, m := range c.Methods {
		if _, per := p.perIter[m]; per {
			continue
		}
		analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			a, ok := n.(*analyzer.Assign)
			if !ok || a.Op != "=" {
				return true
			}
			d, ok := a.Dst.(*analyzer.Dim)
			if !ok {
				return true
			}
			pr, ok := d.Base.(*analyzer.Prop)
			if !ok || !analyzer.IsThis(pr.Obj) || pr.Name != prop {
				return true
			}
			src := a.Src
			if inner, ok := src.(*analyzer.Assign); ok { // $this->events[] = $event = new Event()
				src = inner.Src
			}
			if cl := p.r.exprClass(m, src, 0); cl != "" {
				out = append(out, cl)
			}
			return true
		})
	}
	return out
}

func (p *program) snapshot() map[string]string {
	out := make(map[string]string, len(p.longLived))
	for k, v := range p.longLived {
		out[k] = v
	}
	return out
}

func lowerFirst(s string) string {
	if s == "" || s[0] < 'A' || s[0] > 'Z' || (len(s) > 1 && s[1] >= 'A' && s[1] <= 'Z') {
		return s
	}
	return string(s[0]-'A'+'a') + s[1:]
}

// thisLongLived reports whether the $this of method fn is long-lived: its
// class, a subclass, or (for a trait method) a class using the trait.
func (p *program) thisLongLived(fn *analyzer.Func) (string, bool) {
	c := fn.ThisClass()
	if c == nil {
		return "", false
	}
	if why, ok := p.isLongLived(c.Name); ok {
		return why, true
	}
	if p.lineageLong == nil {
		// every class, trait and ancestor in the lineage of a long-lived
		// class, computed once (the model is complete by now)
		p.lineageLong = map[*analyzer.Class]string{}
		keys := make([]string, 0, len(p.longLived))
		for k := range p.longLived {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			for _, lc := range p.r.ix.Lineage(k) {
				if _, ok := p.lineageLong[lc]; !ok {
					p.lineageLong[lc] = p.longLived[k]
				}
			}
		}
	}
	why, ok := p.lineageLong[c]
	return why, ok
}

// streamName reports whether a generator's name says it streams work
// (messages, jobs, events) rather than data (rows, files, properties).
func streamName(name string) bool {
	n := strings.ToLower(name)
	for _, w := range []string{"message", "job", "event", "consume", "receive", "listen", "subscribe", "stream", "poll", "watch", "task", "request"} {
		if strings.Contains(n, w) {
			return true
		}
	}
	return false
}
