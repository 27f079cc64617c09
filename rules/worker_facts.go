package rules

// Framework declarations the worker model reads: interfaces, attributes,
// container bindings, routes, server callbacks, config files.

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// Framework names the model reads (lower-cased, fully qualified).
const (
	sfSubscriber        = `symfony\component\eventdispatcher\eventsubscriberinterface`
	sfAsListener        = `symfony\component\eventdispatcher\attribute\aseventlistener`
	sfAsHandler         = `symfony\component\messenger\attribute\asmessagehandler`
	sfHandlerIface      = `symfony\component\messenger\handler\messagehandlerinterface`
	sfMiddleware        = `symfony\component\messenger\middleware\middlewareinterface`
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
	sfConsoleApp        = `symfony\component\console\application`
	lvConsoleKernel     = `illuminate\contracts\console\kernel`
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
	interopProcessor    = `interop\queue\processor`
	psrListenerProvider = `psr\eventdispatcher\listenerproviderinterface`
	ratchetComponent    = `ratchet\messagecomponentinterface`
	ratchetWamp         = `ratchet\wamp\wampserverinterface`
)

// testSupport is the namespace segment (Testing, Tests, Test) that makes
// a class test support code (Illuminate\Support\Testing\Fakes\BusFake,
// Symfony\Bundle\FrameworkBundle\Test\KernelTestCase), "" for others.
func testSupport(class string) string {
	parts := strings.Split(class, `\`)
	for _, p := range parts[:max(0, len(parts)-1)] {
		switch p {
		case "Testing", "Tests", "Test":
			return p
		}
	}
	return ""
}

// frameworkKept are methods of framework base classes that keep an
// argument in the object, for when the framework's code is not part of
// the analysed code (vendor/ is skipped): class, method, argument,
// property.
var frameworkKept = map[string]map[string]struct {
	arg  int
	prop string
}{
	`illuminate\routing\controller`: {"middleware": {0, "middleware"}},
	// a class of the project that is an Evenement emitter
	`evenement\eventemitter`:      evenementKept,
	`evenement\eventemittertrait`: evenementKept,
}

// vendorKept lists framework classes outside the project (vendor/ is not
// analysed) whose methods keep an argument in the object: a dispatcher
// keeps its listeners and subscribers.
var vendorKept = map[string]map[string]struct {
	arg  int
	prop string
}{
	`symfony\component\eventdispatcher\eventdispatcher`:          {"addlistener": {1, "listeners"}, "addsubscriber": {0, "listeners"}},
	`symfony\component\eventdispatcher\eventdispatcherinterface`: {"addlistener": {1, "listeners"}, "addsubscriber": {0, "listeners"}},
	`illuminate\events\dispatcher`:                               {"listen": {1, "listeners"}, "subscribe": {0, "listeners"}},
	`illuminate\contracts\events\dispatcher`:                     {"listen": {1, "listeners"}, "subscribe": {0, "listeners"}},
	`illuminate\pipeline\pipeline`:                               {"through": {0, "pipes"}, "pipe": {0, "pipes"}, "send": {0, "passable"}},
	// Evenement's emitter, the base of ReactPHP's streams, sockets,
	// servers and processes
	`evenement\eventemitter`:          evenementKept,
	`evenement\eventemitterinterface`: evenementKept,
	// the closures Laravel's request calls for $request->user() and
	// $request->route()
	`illuminate\http\request`: {"setuserresolver": {0, "userResolver"}, "setrouteresolver": {0, "routeResolver"}},
}

// evenementKept are the methods of Evenement's emitter that keep a
// listener until removeListener() or removeAllListeners().
var evenementKept = map[string]struct {
	arg  int
	prop string
}{
	"on": {1, "listeners"}, "once": {1, "onceListeners"},
	"prependlistener": {1, "listeners"}, "prependoncelistener": {1, "onceListeners"},
}

// laravelJobTraits are the traits Laravel's jobs use, outside the
// project: a class using one is a job, run per dispatch.
var laravelJobTraits = map[string]bool{
	`illuminate\foundation\bus\dispatchable`: true, `illuminate\bus\queueable`: true,
	`illuminate\foundation\queue\queueable`: true, `illuminate\queue\interactswithqueue`: true,
}

// queuedMarker reports whether c implements Laravel's ShouldQueue marker:
// Illuminate\Contracts\Queue\ShouldQueue, or an interface of that short
// name in a namespace of its own (a package's or an older Laravel's
// Illuminate\Queue\ShouldQueue, a project's copy): the marker asks a
// queue worker to run handle() per job, whatever namespace declares it.
func queuedMarker(ix *analyzer.Index, c *ir.Class) bool {
	if ix.Implements(c.Name, lvShouldQueue) {
		return true
	}
	for t := range ix.Supertypes(c.Name) {
		if shortName(t) == "shouldqueue" {
			return true
		}
	}
	return false
}

// laravelJobTrait returns the Laravel job trait class (or an ancestor)
// uses, or "".
func laravelJobTrait(ix *analyzer.Index, c *ir.Class) string {
	for _, lc := range ix.Lineage(c.Name) {
		for _, t := range lc.Traits {
			if laravelJobTraits[strings.ToLower(strings.TrimPrefix(t, `\`))] {
				return t
			}
		}
	}
	return ""
}

// vendorFluent are the methods of vendorKept that return the object they
// are called on ((new Pipeline())->through($pipes) is the pipeline that
// keeps $pipes).
var vendorFluent = map[string]map[string]bool{
	`illuminate\pipeline\pipeline`: {"through": true, "pipe": true, "send": true},
}

// vendorHandles are library methods (by lower-case class, then method)
// that return a new object keeping one of their arguments: ReactPHP's
// one-shot timers keep their callback until the timer object itself
// goes, also once the loop is done with them. (A periodic timer stays
// in the loop until cancelled: what it keeps grows, a case for
// handler-registration-growth, not a garbage cycle.)
var vendorHandles = map[string]map[string]int{
	`react\eventloop\loop`: {"addtimer": 1},
}

func init() {
	for class := range reactLoops {
		vendorHandles[class] = map[string]int{"addtimer": 1}
	}
}

// reactLoops are ReactPHP's event loop classes, lower-cased: its
// interface and the loops its factory makes.
var reactLoops = map[string]bool{
	`react\eventloop\loopinterface`: true, `react\eventloop\streamselectloop`: true, `react\eventloop\exteventloop`: true,
	`react\eventloop\extevloop`: true, `react\eventloop\extuvloop`: true, `react\eventloop\extlibevloop`: true,
	`react\eventloop\extlibeventloop`: true,
}

// vendorHandle is, for method name of a library class the project does
// not contain, the argument the object it returns keeps (see
// vendorHandles).
func (r *resolver) vendorHandle(class, name string) (int, bool) {
	if class == "" || r.ix.ProjectClass(class) != nil {
		return 0, false
	}
	i, ok := vendorHandles[strings.ToLower(strings.TrimPrefix(class, `\`))][strings.ToLower(name)]
	return i, ok
}

// vendorReturnsSelf reports whether method name of a framework class the
// project does not contain returns the object it is called on.
func (r *resolver) vendorReturnsSelf(class, name string) bool {
	return class != "" && r.ix.ProjectClass(class) == nil && vendorFluent[strings.ToLower(strings.TrimPrefix(class, `\`))][strings.ToLower(name)]
}

// vendorKeeps says which argument method name of a framework class that
// the project does not contain keeps, and where (see vendorKept).
func (r *resolver) vendorKeeps(class string, mc *ir.MethodCall) map[int]string {
	if class == "" || r.ix.ProjectClass(class) != nil {
		return nil
	}
	name := strings.ToLower(mc.Name)
	if k, ok := vendorKept[strings.ToLower(strings.TrimPrefix(class, `\`))][name]; ok {
		return map[int]string{k.arg: k.prop}
	}
	// a collection's add(): $this->lines->add($line) on Doctrine's
	// ArrayCollection keeps the line (the value: the last argument, both
	// of attach($object, $info))
	if c := builtins.Lookup(class); c != nil && !c.Weak && c.Adds(name) && len(mc.Args) > 0 {
		if name == "attach" {
			return map[int]string{0: "elements", 1: "elements"}
		}
		return map[int]string{len(mc.Args) - 1: "elements"}
	}
	return nil
}

// vendorReleases are the methods of the classes of vendorKept that let
// go of what the others keep, and the properties they empty.
var vendorReleases = map[string]map[string][]string{
	`evenement\eventemitter`:                                     evenementReleases,
	`evenement\eventemitterinterface`:                            evenementReleases,
	`evenement\eventemittertrait`:                                evenementReleases,
	`symfony\component\eventdispatcher\eventdispatcher`:          {"removelistener": {"listeners"}, "removesubscriber": {"listeners"}},
	`symfony\component\eventdispatcher\eventdispatcherinterface`: {"removelistener": {"listeners"}, "removesubscriber": {"listeners"}},
	`illuminate\events\dispatcher`:                               {"forget": {"listeners"}},
	`illuminate\contracts\events\dispatcher`:                     {"forget": {"listeners"}},
}

var evenementReleases = map[string][]string{
	"removelistener": {"listeners", "onceListeners"}, "removealllisteners": {"listeners", "onceListeners"},
}

// vendorClears lists the properties that method name of a framework
// class the project does not contain empties (see vendorReleases).
func (r *resolver) vendorClears(class, name string) []string {
	if class == "" || r.ix.ProjectClass(class) != nil {
		return nil
	}
	return vendorReleases[strings.ToLower(strings.TrimPrefix(class, `\`))][strings.ToLower(name)]
}

// frameworkKeeps says whether method name of class, inherited from a
// framework base class outside the project, keeps one of its arguments,
// and where.
func (r *resolver) frameworkKeeps(class, name string) (prop string, arg int, ok bool) {
	for _, outside := range r.outsideAncestors(class) {
		if k, found := frameworkKept[outside][strings.ToLower(name)]; found {
			return k.prop, k.arg, true
		}
	}
	return "", 0, false
}

// frameworkClears lists the properties that method name of class,
// inherited from a framework class or trait outside the project, empties
// (see vendorReleases): $this->removeAllListeners() of a class using
// Evenement's EventEmitterTrait.
func (r *resolver) frameworkClears(class, name string) []string {
	for _, outside := range r.outsideAncestors(class) {
		if props := vendorReleases[outside][strings.ToLower(name)]; props != nil {
			return props
		}
	}
	return nil
}

// outsideAncestors lists, lower case, the parent class outside the
// project that class (or a project parent of it) extends, and the traits
// outside the project they use.
func (r *resolver) outsideAncestors(class string) []string {
	var out []string
	for c := r.ix.Class(class); c != nil; c = r.ix.Class(c.Parent) {
		for _, t := range c.Traits {
			if r.ix.ProjectClass(t) == nil {
				out = append(out, strings.ToLower(strings.TrimPrefix(t, `\`)))
			}
		}
		if c.Parent != "" && r.ix.ProjectClass(c.Parent) == nil {
			out = append(out, strings.ToLower(strings.TrimPrefix(c.Parent, `\`)))
		}
	}
	return out
}

// mwInstallers are the base classes of MediaWiki's installer and updater
// (global names up to 1.39, namespaced after).
var mwInstallers = []string{`installer`, `databaseinstaller`, `databaseupdater`,
	`mediawiki\installer\installer`, `mediawiki\installer\databaseinstaller`, `mediawiki\installer\databaseupdater`}

// frameworkServices are framework interfaces and classes whose instances
// the container shares for the whole process: a listener added to one
// per request stays.
var frameworkServices = []string{
	`Symfony\Component\EventDispatcher\EventDispatcherInterface`,
	`Symfony\Contracts\EventDispatcher\EventDispatcherInterface`,
	`Psr\EventDispatcher\EventDispatcherInterface`,
	`Symfony\Component\EventDispatcher\EventDispatcher`,
	`Illuminate\Contracts\Events\Dispatcher`,
	`Illuminate\Events\Dispatcher`,
	`React\EventLoop\LoopInterface`,
}

// compileTimeParts are the namespaces of framework parts that only run
// while a container is compiled (Symfony's configuration tree builders,
// its compiler and service reference graph), with what they are.
var compileTimeParts = map[string]string{
	`symfony\component\config\definition\builder`:    "Symfony's configuration tree builder",
	`symfony\component\dependencyinjection\compiler`: "Symfony's container compiler",
}

// compileTimePart is the lower-cased namespace of a class name.
func compileTimePart(class string) string {
	if i := strings.LastIndexByte(class, '\\'); i >= 0 {
		return strings.ToLower(class[:i])
	}
	return ""
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

// classFacts reads what a class declares: interfaces, parents and
// attributes that make its methods entries, boot or one-shot code, and
// its instances process- or request-lived.
func (p *program) classFacts(pass *analyzer.Pass, c *ir.Class, entry func(*ir.Func, Phase, string)) {
	if c.Kind == ir.KindTrait {
		if seg := testSupport(c.Name); seg != "" {
			// a testing helper trait (Laravel's
			// Foundation\Testing\Concerns): the test runner runs it
			for _, m := range c.Methods {
				if !m.Abstract {
					entry(m, PhaseOnce, fmt.Sprintf("is %s::%s(), test support code (in a %s namespace): the test runner runs it, never a worker", c.Short, m.Name, seg))
				}
			}
		}
		return
	}
	if c.Kind != ir.KindClass {
		return
	}
	ix := pass.Index
	is := func(name string) bool { return ix.Implements(c.Name, name) }
	method := func(name string) *ir.Func {
		m := ix.Method(c.Name, name)
		if m == nil || m.Static && !strings.EqualFold(name, "getSubscribedEvents") {
			return nil
		}
		return m
	}
	service := func(why string) { p.setLongLived(c.Name, why) }
	publicMethods := func(do func(m *ir.Func)) {
		for _, m := range c.Methods {
			if m.Static || m.Abstract || strings.HasPrefix(m.Name, "__") && !strings.EqualFold(m.Name, "__invoke") || !m.Public {
				continue
			}
			do(m)
		}
	}

	// Symfony: event subscribers, listeners, message handlers (and
	// dispatchers built the same way: a subscriber interface of their
	// own with a static getSubscribedEvents())
	if is(sfSubscriber) || subscriberShaped(ix, c) {
		service(fmt.Sprintf("%s is an event subscriber: a shared service, kept for the life of the worker", c.Short))
		if gse := ix.Method(c.Name, "getSubscribedEvents"); gse != nil {
			subs := subscribedMethods(gse)
			// (a subscriber to the kernel's request events serves HTTP:
			// in the process that does, its terminate listener runs)
			http := slices.ContainsFunc(subs, func(s subscription) bool { return kernelEvent(s.event) && !terminateEvent(s.event) })
			for _, s := range subs {
				// the project's own worker loop calls $kernel->handle()
				// and never ->terminate(); or the process only consumes
				// messages: no kernel, and no command terminates between
				// two of them
				unrun := kernelEvent(s.event) && terminateEvent(s.event) && p.handlesWithoutTerminate(pass)
				if unrun || terminateEvent(s.event) && !http && p.consumesWithoutKernel(pass) {
					p.noTerminate = p.noTerminate || unrun
					if m := method(s.method); m != nil {
						if p.silenced == nil {
							p.silenced = map[*ir.Func]bool{}
						}
						p.silenced[m] = true
					}
					continue
				}
				if m := method(s.method); m != nil {
					p.subscribe(m, s.event)
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
					p.subscribe(m, s.event)
					entry(m, PhaseRequest, fmt.Sprintf("is subscribed to %s in %s::getSubscribedEvents(), run per event", s.event, c.Short))
				}
			}
		}
	}
	for _, a := range c.Attrs {
		switch strings.ToLower(a.Name) {
		case sfAsListener:
			service(fmt.Sprintf("%s is an event listener (#[AsEventListener]): a shared service, kept for the life of the worker", c.Short))
			name := litString(a.Arg("method", 1)) // AsEventListener(event, method, priority, dispatcher)
			var m *ir.Func
			if name != "" {
				m = method(name)
			} else if ev := litString(a.Arg("event", 0)); ev != "" {
				m = method("on" + analyzer.CamelCase(ev))
			}
			if m == nil {
				m = method("__invoke")
			}
			if m != nil {
				p.subscribe(m, eventName(a.Arg("event", 0)))
				entry(m, PhaseRequest, fmt.Sprintf("listens to %s through #[AsEventListener] on %s, run per event", eventName(a.Arg("event", 0)), c.Short))
			}
		case sfAsHandler:
			service(fmt.Sprintf("%s is a message handler (#[AsMessageHandler]): a shared service, kept for the life of the worker", c.Short))
			name := litString(a.Arg("method", 3)) // AsMessageHandler(bus, fromTransport, handles, method, priority)
			if name == "" {
				name = "__invoke"
			}
			if m := method(name); m != nil {
				entry(m, PhaseRequest, fmt.Sprintf("handles messages through #[AsMessageHandler] on %s, run per message", c.Short))
			}
		case sfAsController:
			service(fmt.Sprintf("%s is a controller: a shared service, kept for the life of the worker", c.Short))
			publicMethods(func(m *ir.Func) {
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
				p.subscribe(m, eventName(a.Arg("event", 0)))
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
	if is(sfMiddleware) {
		// a bus's middleware is a shared service the bus is built with;
		// handle() runs for every message dispatched through the bus
		service(fmt.Sprintf("%s is a Messenger middleware: built once with its bus and kept for the life of the worker", c.Short))
		if m := method("handle"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is the Messenger middleware %s::handle(), run per message", c.Short))
		}
	}
	if is(sfAbstractCtrl) {
		service(fmt.Sprintf("%s is a controller: a shared service, kept for the life of the worker", c.Short))
		publicMethods(func(m *ir.Func) {
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
	// the classes that build configuration trees and the service graph:
	// they run only while the container is compiled
	for _, a := range ix.Lineage(c.Name) {
		if what := compileTimeParts[compileTimePart(a.Name)]; what != "" && a.Kind != ir.KindTrait {
			for _, m := range c.Methods {
				if !m.Abstract {
					entry(m, PhaseBoot, fmt.Sprintf("is %s::%s(), part of %s, which runs only while the container is compiled", c.Short, m.Name, what))
				}
			}
			break
		}
	}
	if seg := testSupport(c.Name); seg != "" || is(`phpunit\framework\testcase`) {
		// fakes, test cases and testing helpers run under the test
		// runner, never in a worker serving requests
		what := "a PHPUnit test case"
		if seg != "" {
			what = "in a " + seg + " namespace"
		}
		for _, m := range c.Methods {
			if !m.Abstract {
				entry(m, PhaseOnce, fmt.Sprintf("is %s::%s(), test support code (%s): the test runner runs it, never a worker", c.Short, m.Name, what))
			}
		}
	}
	for _, in := range mwInstallers {
		if is(in) {
			// MediaWiki's installer and updater (mw-config, install.php,
			// update.php) set up or upgrade a wiki once
			for _, m := range c.Methods {
				if !m.Abstract {
					entry(m, PhaseOnce, fmt.Sprintf("is %s::%s() of MediaWiki's installer (%s), which sets up or upgrades a wiki once and is never part of serving it", c.Short, m.Name, shortName(in)))
				}
			}
			break
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
	if is(sfConsoleApp) || is(lvConsoleKernel) {
		// the console application finds one command, runs it and exits
		// (not Artisan::call(): a request may run a command through it)
		for _, n := range []string{"run", "doRun", "doRunCommand", "handle"} {
			if m := method(n); m != nil {
				entry(m, PhaseOnce, fmt.Sprintf("is %s::%s() of the console application, which runs one command in a command-line process and exits", c.Short, m.Name))
			}
		}
	}
	if is(lvMigration) || is(lvSeeder) {
		// migrations and seeders run in artisan migrate / db:seed, a
		// command-line process: all their methods (Seeder::call() too)
		for _, m := range c.Methods {
			if !m.Abstract {
				entry(m, PhaseOnce, fmt.Sprintf("is %s::%s() of a migration or seeder, run once by artisan migrate or db:seed", c.Short, m.Name))
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
	if is(`laravel\octane\worker`) || is(`laravel\octane\contracts\worker`) {
		// Octane's worker: the server hands it every request (and task,
		// tick) of the process
		p.setLongLived(c.Name, fmt.Sprintf("%s is Octane's worker: one per worker process", c.Short))
		for _, n := range []string{"handle", "handleTask", "handleTick"} {
			if m := method(n); m != nil {
				entry(m, PhaseRequest, fmt.Sprintf("is %s::%s() of Octane's worker, run per request, task or tick", c.Short, m.Name))
			}
		}
	}
	if queuedMarker(ix, c) {
		if m := method("handle"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is %s::handle() of a queued job or listener (ShouldQueue), run per job", c.Short))
		}
	} else if t := laravelJobTrait(ix, c); t != "" {
		// a job dispatched to run now (dispatch_sync, Bus::dispatchNow)
		// or queued without the marker interface: the traits make it one
		if m := method("handle"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is %s::handle() of a Laravel job (it uses %s), run per job", c.Short, shortName(t)))
		}
	}
	if m := method("handle"); m != nil && isLaravelMiddleware(m) {
		entry(m, PhaseRequest, fmt.Sprintf("is the middleware %s::handle($request, $next), run per request", c.Short))
		if t := method("terminate"); t != nil {
			if p.handlesWithoutTerminate(pass) {
				// the project's own worker loop calls $kernel->handle()
				// and never ->terminate()
				p.noTerminate = true
				if p.silenced == nil {
					p.silenced = map[*ir.Func]bool{}
				}
				p.silenced[t] = true
			} else {
				entry(t, PhaseRequest, fmt.Sprintf("is the middleware %s::terminate(), run after every request", c.Short))
			}
		}
	}
	if is(lvFacade) || facadeShaped(ix, c.Name) {
		if acc := ix.Method(c.Name, "getFacadeAccessor"); acc != nil {
			if target := p.r.returnedClass(acc, 0); target != "" {
				p.setLongLived(target, fmt.Sprintf("%s is the service behind the facade %s: a container singleton", shortName(target), c.Short))
			}
		}
	}
	// Monolog processors and handlers: per log record, on a logger that
	// lives for the process
	// (a handler extending Monolog's abstract handlers outside the
	// analysed code implements the interface through them)
	if is(`monolog\processor\processorinterface`) || is(`monolog\handler\handlerinterface`) ||
		is(`monolog\handler\abstracthandler`) || is(`monolog\handler\abstractprocessinghandler`) {
		service(fmt.Sprintf("%s is a Monolog processor or handler, kept by a logger for the life of the worker", c.Short))
		// (write() is what AbstractProcessingHandler::handle() calls)
		for _, n := range []string{"__invoke", "handle", "handleBatch", "write"} {
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
	// queue-interop (php-enqueue's consumers): a processor's process() is
	// called for every message the consumer receives
	if is(interopProcessor) {
		service(fmt.Sprintf("%s is a queue-interop processor: one instance consumes every message", c.Short))
		if m := method("process"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is the queue-interop processor %s::process(), run per message", c.Short))
		}
	}
	// AMPHP: an HTTP server's request handler and middleware
	if is(`amp\http\server\requesthandler`) || is(`amp\http\server\middleware`) {
		service(fmt.Sprintf("%s is an AMPHP request handler or middleware: one instance serves every request", c.Short))
		if m := method("handleRequest"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is %s::handleRequest() of an AMPHP server, run per request", c.Short))
		}
	}
	// AMPHP: a project's readable stream is a response body (or a
	// request body's wrapper): the server reads it, read() after read()
	// until null, for every response it sends
	if is(ampReadableStream) {
		if m := method("read"); m != nil {
			entry(m, PhaseRequest, fmt.Sprintf("is called by the AMPHP server for each response whose body is a %s (an AMPHP readable stream)", c.Short))
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
// serviceWiring reads a file whose top level returns service
// definitions: an array of factories, keyed by service name, each taking
// the service container (MediaWiki's ServiceWiring.php and the files of
// its ServiceWiringFiles, PHP-DI and Laminas definition files). A
// container calls each factory once, the first time the service is
// asked for, and shares what it returns for the life of the process.
func (p *program) serviceWiring(f *ir.File, entry func(*ir.Func, Phase, string)) {
	if arr := returnedArray(f); arr != nil {
		p.serviceFactories(f, arr, entry, 1)
	}
}

// serviceFactories reads the factories of serviceWiring from the items
// of arr, and from the arrays under its keys, depth levels down: a
// configuration that keeps them beside its parameters
// (['parameters' => […], 'services' => [X::class => fn (Container $c) => …]]).
func (p *program) serviceFactories(f *ir.File, arr *ir.Array, entry func(*ir.Func, Phase, string), depth int) {
	for _, it := range arr.Items {
		if sub, ok := it.Value.(*ir.Array); ok && depth > 0 {
			p.serviceFactories(f, sub, entry, depth-1)
			continue
		}
		name := litString(it.Key)
		if name == "" {
			if cc, ok := it.Key.(*ir.ClassConst); ok {
				name = cc.Class // X::class
				if !strings.EqualFold(cc.Name, "class") {
					name = shortName(cc.Class) + "::" + cc.Name // X::SERVICE_NAME
				}
			}
		}
		c, ok := it.Value.(*ir.Closure)
		if name == "" || !ok || len(c.Func.Params) == 0 || !p.serviceContainer(c.Func.Params[0].Types) {
			continue
		}
		fn := c.Func
		entry(fn, PhaseBoot, fmt.Sprintf("is the factory of the service %s in %s: the container runs it once, when the service is first used", name, f.Path))
		// the class it makes with new: a factory that hands back an
		// object made elsewhere (another service's product) says
		// nothing of that class's other objects
		if class := madeAndReturned(fn); class != "" && p.r.ix.Class(class) != nil {
			p.setLongLived(class, fmt.Sprintf("%s is the service %s (%s:%d): the container shares one instance for the life of the worker", shortName(class), name, f.Path, fn.Pos.Line))
			p.markStrong(class)
		} else {
			// a factory typed by an interface or an abstract class
			// (new $class(...) from configuration, another
			// service's product): the service is one of the
			// project's implementations
			for _, t := range fn.Returns {
				if tc := p.r.ix.Class(t); tc != nil && (tc.Kind == ir.KindInterface || tc.Abstract) {
					for _, impl := range p.implementations(tc.Name) {
						p.setLongLived(impl, fmt.Sprintf("%s implements %s, the type of the service %s (%s:%d): the container shares one instance for the life of the worker", shortName(impl), shortName(tc.Name), name, f.Path, fn.Pos.Line))
					}
				}
			}
		}
	}
}

// madeAndReturned is the class of what fn returns when it makes it
// itself: `return new X(…)`, or `$x = new X(…); …; return $x;`.
func madeAndReturned(fn *ir.Func) string {
	made := map[string]string{}
	found := ""
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.Assign:
			if v, ok := n.Dst.(*ir.Var); ok {
				if nw, ok := n.Src.(*ir.New); ok && nw.Class != "" {
					made[v.Name] = nw.Class
				}
			}
		case *ir.Return:
			switch x := n.X.(type) {
			case *ir.New:
				found = x.Class
			case *ir.Var:
				found = made[x.Name]
			}
		}
		return true
	})
	return found
}

// serviceContainer reports whether types name a service container: a
// PSR-11 container or MediaWiki's ServiceContainer (or a class of the
// project that is one), or a container the project writes itself that
// keeps what its factories make (see memoizingContainer).
func (p *program) serviceContainer(types []string) bool {
	for _, t := range types {
		for _, c := range serviceContainers {
			if strings.EqualFold(t, c) || p.r.ix.Implements(t, c) {
				return true
			}
		}
		if p.memoizingContainer(t) {
			return true
		}
	}
	return false
}

// memoizingContainer reports whether class is a hand-written container
// that shares the objects its factories make for the whole process: a
// method keeps a factory's result under the factory's own id, made only
// when the slot is empty ($this->instances[$id] ??=
// ($this->factories[$id])($this)), and every container is made at the
// top level of a file, outside its loops (one made per request shares
// its services for that request only).
func (p *program) memoizingContainer(class string) bool {
	return p.memoizesFactoriesOf(class, "")
}

// memoizesFactoriesOf is memoizingContainer for the factories kept in
// property prop of the container ($this->factories[$id]), any property
// for "".
func (p *program) memoizesFactoriesOf(class, prop string) bool {
	c := p.r.ix.Class(class)
	if c == nil || !madeAtTopLevel(p.r.ix, c.Name) {
		return false
	}
	found := false
	for _, m := range c.Methods {
		if m.Static {
			continue
		}
		analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, stack []analyzer.Node) bool {
			a, ok := n.(*ir.Assign)
			if !ok || found {
				return !found
			}
			d, ok := a.Dst.(*ir.Dim)
			if !ok || d.Key == nil {
				return true
			}
			if pr, ok := d.Base.(*ir.Prop); !ok || !analyzer.IsThis(pr.Obj) {
				return true
			}
			if fd := factoryCall(a.Src); fd != nil && (a.Op == "??=" || slotWasEmpty(stack, a)) && sameExpr(fd.Key, d.Key) {
				fp, ok := fd.Base.(*ir.Prop)
				found = prop == "" || ok && analyzer.IsThis(fp.Obj) && fp.Name == prop
			}
			return !found
		})
		if found {
			return true
		}
	}
	return false
}

// madeAtTopLevel reports whether the project makes objects of class,
// and only with new at the top level of a file, outside its loops.
func madeAtTopLevel(ix *analyzer.Index, class string) bool {
	news, in := ix.News(class)
	if len(news) == 0 {
		return false
	}
	for i, nw := range news {
		if in[i].Kind != ir.FuncMain {
			return false
		}
		inLoop := false
		analyzer.InspectFunc(in[i], analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
			if l, ok := n.(*ir.Loop); ok && posWithin(nw.P, l.P) {
				inLoop = true
			}
			return !inLoop
		})
		if inLoop {
			return false
		}
	}
	return true
}

// workermanTimers are Workerman's timer classes (lower case), whose
// static add() registers a callback on the event loop.
var workermanTimers = map[string]bool{`workerman\timer`: true, `workerman\lib\timer`: true}

// serviceContainers are the container interfaces whose factories make
// shared services.
var serviceContainers = []string{`Psr\Container\ContainerInterface`, `Wikimedia\Services\ServiceContainer`}

func (p *program) octaneFlush(f *ir.File) {
	for _, class := range p.octaneListed(f, "flush") {
		p.requestLived[strings.ToLower(class)] = fmt.Sprintf("%s is in the 'flush' list of %s: Octane forgets it after every request", shortName(class), f.Path)
	}
}

// octaneWarm reads the 'warm' list of config/octane.php: the services
// Octane resolves when the worker boots and hands every request. Only a
// shared binding (singleton(), instance()) makes that the same instance
// for the life of the worker: a class bound with bind(), or not bound at
// all, is built afresh on every resolve, warm or not. The list is kept
// here and checked against the bindings once they are all known (see
// warmShared); one also in 'flush' is forgotten after every request.
func (p *program) octaneWarm(f *ir.File) {
	for _, class := range p.octaneListed(f, "warm") {
		if p.r.ix.Class(class) != nil {
			p.warm = append(p.warm, binding{class: class, why: fmt.Sprintf("%s is in the 'warm' list of %s: Octane resolves it when the worker boots and shares it with every request", shortName(class), f.Path)})
		}
	}
}

// warmShared makes long-lived the warm services that the project binds
// as shared (see octaneWarm) in code that does not run per request:
// Octane warms only what is bound when the worker boots, and a
// singleton() made again on every request (in a middleware, an action)
// drops the instance before. A bootstrap file's top level counts as
// boot even where phpleak places it per request: it is what the
// application factory Octane calls once per worker requires.
func (p *program) warmShared() {
	for _, w := range p.warm {
		if slices.ContainsFunc(p.bindings, func(b binding) bool {
			_, per := p.perIter[b.fn]
			return (!per || b.fn.Kind == ir.FuncMain) && strings.EqualFold(b.class, w.class)
		}) {
			p.setLongLived(w.class, w.why)
		}
	}
}

// octaneListed is the classes named in the list under key of
// config/octane.php: X::class, a binding's name ('metrics', bound with
// $app->singleton('metrics', fn () => new MetricsCollector())), or a class
// name as a string.
func (p *program) octaneListed(f *ir.File, key string) []string {
	list, ok := configEntry(f, key).(*ir.Array)
	if !ok {
		return nil
	}
	var out []string
	for _, li := range list.Items {
		class := ""
		switch v := li.Value.(type) {
		case *ir.ClassConst:
			if strings.EqualFold(v.Name, "class") {
				class = v.Class
			}
		case *ir.Lit:
			if v.Kind == ir.LitString {
				class = p.r.bindings()[v.Value]
				if c := p.r.ix.Class(strings.TrimPrefix(v.Value, `\`)); class == "" && c != nil {
					class = c.Name // 'App\Services\Metrics'
				}
			}
		}
		if class != "" {
			out = append(out, class)
		}
	}
	return out
}

// configEntry is the value under key in the array a config file returns
// (return ['flush' => [...], ...]), or nil.
func configEntry(f *ir.File, key string) ir.Expr {
	if arr := returnedArray(f); arr != nil {
		for _, it := range arr.Items {
			if litString(it.Key) == key {
				return it.Value
			}
		}
	}
	return nil
}

// returnedArray is the array literal a file's top level returns (a
// config file), or nil.
func returnedArray(f *ir.File) *ir.Array {
	if f.Main == nil {
		return nil
	}
	for _, st := range f.Main.Body {
		if ret, ok := st.(*ir.Return); ok {
			arr, _ := ret.X.(*ir.Array)
			return arr
		}
	}
	return nil
}

// octaneListeners reads the 'listeners' map of Laravel Octane's
// config/octane.php: the listeners of RequestReceived, RequestHandled,
// RequestTerminated, TaskReceived, TickReceived and OperationTerminated
// run on every request, task or tick; those of WorkerStarting once.
func (p *program) octaneListeners(pass *analyzer.Pass, f *ir.File, entry func(*ir.Func, Phase, string)) {
	events, ok := configEntry(f, "listeners").(*ir.Array)
	if !ok {
		return
	}
	for _, ev := range events.Items {
		cc, ok := ev.Key.(*ir.ClassConst)
		if !ok {
			continue
		}
		list, ok := ev.Value.(*ir.Array)
		if !ok {
			continue
		}
		for _, li := range list.Items {
			octaneListener(pass, cc.Class, li.Value, f.Path, entry)
		}
	}
}

// handlersLocators marks the handlers of Symfony Messenger's
// HandlersLocator (new HandlersLocator([Message::class => [$handler]]),
// handed to HandleMessageMiddleware): the bus calls each of them for
// every message of its class, and the locator keeps them for the life
// of the worker.
func (p *program) handlersLocators(pass *analyzer.Pass, entry func(*ir.Func, Phase, string)) {
	news, in := pass.Index.NewsOfShort("HandlersLocator")
	for i, nw := range news {
		if !strings.HasPrefix(strings.ToLower(strings.TrimPrefix(nw.Class, `\`)), `symfony\component\messenger\`) || len(nw.Args) == 0 {
			continue
		}
		table, ok := nw.Args[0].(*ir.Array)
		if !ok {
			continue
		}
		fn := in[i]
		for _, it := range table.Items {
			list, ok := it.Value.(*ir.Array)
			if !ok {
				list = &ir.Array{Items: []ir.ArrayItem{it}}
			}
			for _, h := range list.Items {
				class, m := "", (*ir.Func)(nil)
				switch v := h.Value.(type) {
				case *ir.New:
					class = v.Class
				case *ir.Var:
					class = p.r.localClass(fn, v.Name)
				case *ir.Closure:
					m = v.Func
				case *ir.MethodCall, *ir.StaticCall:
					// $container->get(Handler::class)
					class = p.r.classOf(fn, v)
				}
				if class != "" {
					m = pass.Index.Method(class, "__invoke")
					p.setLongLived(class, fmt.Sprintf("%s is a message handler in the HandlersLocator at %s:%d, which keeps it for the life of the worker", shortName(class), fn.File.Path, nw.P.Line))
				}
				if m != nil {
					entry(m, PhaseRequest, fmt.Sprintf("handles messages (a handler of the HandlersLocator at %s:%d), run per message", fn.File.Path, nw.P.Line))
				}
			}
		}
	}
}

// octaneListener marks the method of listener l (Listener::class) that
// Octane calls for its event evClass, registered in where.
func octaneListener(pass *analyzer.Pass, evClass string, l ir.Expr, where string, entry func(*ir.Func, Phase, string)) {
	phase := PhaseRequest
	when := "runs on every request, task or tick"
	if strings.HasPrefix(shortName(evClass), "Worker") {
		phase, when = PhaseBoot, "runs when a worker starts or stops"
	}
	cc, ok := l.(*ir.ClassConst)
	if !ok || !strings.EqualFold(cc.Name, "class") {
		return
	}
	for _, name := range []string{"handle", "__invoke"} {
		if m := pass.Index.Method(cc.Class, name); m != nil {
			entry(m, phase, fmt.Sprintf("listens to Octane's %s in %s: it %s", shortName(evClass), where, when))
			return
		}
	}
}

// octaneEventListeners marks the listeners the code registers for
// Octane's own events with the event dispatcher
// ($events->listen(RequestTerminated::class, ResetState::class), or
// Event::listen(…)), as config/octane.php's 'listeners' does: Octane
// dispatches them, not the project.
//
// So are the listeners of the framework's own events that recur while a
// worker serves (Event::listen(MessageSent::class, RecordSentMail::class)
// in a provider): the framework dispatches them for every mail, query or
// job (see builtins.RecurringEvent).
func (p *program) octaneEventListeners(pass *analyzer.Pass, entry func(*ir.Func, Phase, string)) {
	args, in := pass.Index.MethodCallArgs("listen")
	// (the facade, also by its global alias)
	for _, facade := range []string{`Illuminate\Support\Facades\Event`, "Event"} {
		sargs, sin := pass.Index.StaticCallArgs(facade, "listen")
		args, in = append(args, sargs...), append(in, sin...)
	}
	for i, a := range args {
		if len(a) < 2 {
			continue
		}
		ev, ok := a[0].(*ir.ClassConst)
		if !ok || !strings.EqualFold(ev.Name, "class") {
			continue
		}
		if strings.HasPrefix(strings.ToLower(strings.TrimPrefix(ev.Class, `\`)), `laravel\octane\events\`) {
			octaneListener(pass, ev.Class, a[1], in[i].File.Path, entry)
			continue
		}
		if unit, ok := builtins.RecurringEvent(ev.Class); ok {
			why := fmt.Sprintf("listens to %s in %s: the framework dispatches it for every %s", shortName(ev.Class), in[i].File.Path, unit)
			if cc, ok := a[1].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				for _, name := range []string{"handle", "__invoke"} {
					if m := pass.Index.Method(cc.Class, name); m != nil {
						entry(m, PhaseRequest, why)
						break
					}
				}
				continue
			}
			for _, cb := range p.callables(in[i], a[1]) {
				entry(cb, PhaseRequest, why)
			}
		}
	}
}

// listenProperty reads a Laravel EventServiceProvider's $listen map
// (event => [listener classes]): each listener's handle() runs per event.
func (p *program) listenProperty(pass *analyzer.Pass, c *ir.Class, entry func(*ir.Func, Phase, string)) {
	for _, prop := range c.Props {
		if prop.Name != "listen" && prop.Name != "subscribe" {
			continue
		}
		arr, ok := prop.Default.(*ir.Array)
		if !ok {
			continue
		}
		for _, it := range arr.Items {
			var listeners []ir.Expr
			if l, ok := it.Value.(*ir.Array); ok {
				for _, li := range l.Items {
					listeners = append(listeners, li.Value)
				}
			} else {
				listeners = append(listeners, it.Value)
			}
			for _, l := range listeners {
				cc, ok := l.(*ir.ClassConst)
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
func (p *program) methodCallFacts(fn *ir.Func, f *ir.File, n *ir.MethodCall, entry func(*ir.Func, Phase, string)) {
	name := strings.ToLower(n.Name)
	// PSR-14: callables handed to the project's listener provider run per
	// event, and the provider keeps them (and their objects) for the
	// process
	if len(n.Args) > 1 && p.hasListenerProvider() {
		p.listenerProviderCall(fn, f, n, entry)
	}
	p.methodCallFactsByName(fn, f, n, name, entry)
	p.monologProcessor(fn, f, n, name, entry)
	p.containerDefinition(fn, f, n, entry)
	p.routerRoute(fn, f, n, name, entry)
	p.dispatcherListener(fn, f, n, entry)
	p.diWiringCall(f, n, name, entry)
	if interactiveMethods[name] {
		p.interactiveCall(fn, f, n, entry)
	}
}

// containerDefinition reads a factory handed to a container the project
// writes itself, which keeps what its factories make (see
// memoizingContainer): $c->set(Logger::class, static function
// (ServiceContainer $c): Logger { … }), where set() keeps the factory in
// the property whose factories the container calls only while a
// service's slot is empty. The container runs it once, when the service
// is first asked for, as a factory in a configuration array (see
// serviceFactories). A method that keeps the factory elsewhere (a
// factory() whose services are made anew on every get()) says nothing.
func (p *program) containerDefinition(fn *ir.Func, f *ir.File, n *ir.MethodCall, entry func(*ir.Func, Phase, string)) {
	if len(n.Args) != 2 {
		return
	}
	c, ok := n.Args[1].(*ir.Closure)
	if !ok || len(c.Func.Params) == 0 || !p.serviceContainer(c.Func.Params[0].Types) {
		return
	}
	class := p.r.classOf(fn, n.Recv)
	if class == "" {
		return
	}
	prop := factoryStoreProp(p.r.ix.Method(class, n.Name))
	if prop == "" || !p.memoizesFactoriesOf(class, prop) {
		return
	}
	name := litString(n.Args[0])
	if cc, ok := n.Args[0].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
		name = cc.Class
	}
	if name == "" {
		return
	}
	entry(c.Func, PhaseBoot, fmt.Sprintf("is the factory of the service %s given to the container at %s:%d: the container runs it once, when the service is first used", name, f.Path, n.P.Line))
}

// factoryStoreProp is the property in which method m keeps its second
// parameter under its first ($this->definitions[$id] = $definition), ""
// when it keeps it nowhere so.
func factoryStoreProp(m *ir.Func) string {
	if m == nil || m.Static || len(m.Params) < 2 {
		return ""
	}
	return analyzer.FuncMemo(m, factoryStorePropKey{}, func() string {
		id, def := m.Params[0].Name, m.Params[1].Name
		prop := ""
		analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
			a, ok := n.(*ir.Assign)
			if !ok || a.Op != "=" {
				return prop == ""
			}
			d, ok := a.Dst.(*ir.Dim)
			if !ok || !isVarNamed(d.Key, id) || !isVarNamed(a.Src, def) {
				return true
			}
			if pr, ok := d.Base.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && pr.Name != "" {
				prop = pr.Name
			}
			return prop == ""
		})
		return prop
	})
}

type factoryStorePropKey struct{}

// monologProcessor reads a callable pushed as a processor onto a Monolog
// logger or handler ($logger->pushProcessor(static function (array
// $record) { … })): the logger runs it on every record it logs, as it
// runs a processor class's __invoke() (see the facts of classes).
func (p *program) monologProcessor(fn *ir.Func, f *ir.File, n *ir.MethodCall, name string, entry func(*ir.Func, Phase, string)) {
	if name != "pushprocessor" || len(n.Args) != 1 {
		return
	}
	class := strings.ToLower(strings.TrimPrefix(p.r.classOf(fn, n.Recv), `\`))
	if !strings.HasPrefix(class, `monolog\`) && !p.r.ix.Implements(class, `monolog\logger`) && !p.r.ix.Implements(class, `monolog\handler\handlerinterface`) {
		return
	}
	for _, cb := range p.callables(fn, n.Args[0]) {
		entry(cb, PhaseRequest, fmt.Sprintf("is a Monolog processor pushed at %s:%d, run per log record", f.Path, n.P.Line))
	}
}

// routerRoute reads a Laravel route registered on the router object
// itself, as Route::get() registers it through the facade: $router->get(
// 'api/quote', [QuoteController::class, 'show']) in a service provider
// or a bootstrap file, on Illuminate's Router or its Registrar contract.
func (p *program) routerRoute(fn *ir.Func, f *ir.File, n *ir.MethodCall, name string, entry func(*ir.Func, Phase, string)) {
	if !laravelRoutes[name] || len(n.Args) < 2 {
		return
	}
	switch strings.ToLower(strings.TrimPrefix(p.r.classOf(fn, n.Recv), `\`)) {
	case `illuminate\routing\router`, `illuminate\contracts\routing\registrar`:
	default:
		return
	}
	router := "the router"
	if v, ok := n.Recv.(*ir.Var); ok && v.Name != "" {
		router = "$" + v.Name
	}
	action := n.Args[len(n.Args)-1]
	for _, m := range p.routeActions(action, name == "resource" || name == "apiresource") {
		entry(m, PhaseRequest, fmt.Sprintf("is the controller action of %s->%s(%s) at %s:%d, run per request", router, n.Name, exprLabel(n.Args[0]), f.Path, n.P.Line))
	}
}

// dispatcherListener reads a listener added in code to a framework's
// event dispatcher, which the project does not contain (vendor/ is not
// analysed): $events->listen(JobProcessing::class, [$monitor,
// 'starting']) on Laravel's dispatcher, $dispatcher->addListener(…) on
// Symfony's. The dispatcher keeps the listener for the process and runs
// it per event, as for listeners declared by attribute, tag or $listen
// map; events that start or stop the process (WorkerStarting,
// CommandStarting, KernelBooted) run it once.
func (p *program) dispatcherListener(fn *ir.Func, f *ir.File, n *ir.MethodCall, entry func(*ir.Func, Phase, string)) {
	if !listenerAdd[strings.ToLower(n.Name)] || len(n.Args) < 2 {
		return
	}
	class := p.r.classOf(fn, n.Recv)
	keeps := p.r.vendorKeeps(class, n)
	if len(keeps) != 1 || builtins.Lookup(class) != nil {
		return
	}
	for i := range keeps {
		if i >= len(n.Args) {
			return
		}
		phase, when := PhaseRequest, "run per event"
		if onceEvent(n.Args[0]) {
			phase, when = PhaseBoot, "run when the process starts or stops"
		}
		for _, cb := range p.callables(fn, n.Args[i]) {
			if phase == PhaseRequest {
				p.subscribe(cb, eventName(n.Args[0]))
			}
			entry(cb, phase, fmt.Sprintf("is a listener for %s added to the event dispatcher at %s:%d, %s", eventName(n.Args[0]), f.Path, n.P.Line, when))
			if cb.Kind == ir.FuncMethod && cb.Class != nil && !cb.Static {
				p.setLongLived(cb.Class.Name, fmt.Sprintf("%s is a listener the event dispatcher keeps for the life of the worker (%s:%d)", cb.Class.Short, f.Path, n.P.Line))
			}
		}
	}
}

// onceEvent reports whether an event, by its name, comes when the process
// (or its worker) starts or stops rather than with each request, job or
// message: WorkerStarting, WorkerStoppedEvent, CommandStarting,
// 'kernel.booted'.
func onceEvent(e ir.Expr) bool {
	name := litString(e)
	if cc, ok := e.(*ir.ClassConst); ok {
		name = shortName(cc.Class)
		if !strings.EqualFold(cc.Name, "class") {
			name += "::" + cc.Name
		}
	}
	name = strings.ToLower(name)
	for _, w := range []string{"start", "stop", "boot"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// diWiringCall reads listeners wired in Symfony container code (a
// compiler pass, an extension, a kernel's build()):
// ->addMethodCall('addListener', [EVENT, [new Reference(X::class), 'm']])
// on the dispatcher's definition, and ->addTag('kernel.event_listener',
// ['event' => …, 'method' => 'm']) on the definition of X
// (register(X::class), autowire(X::class), new Definition(X::class)).
// The method runs per event.
func (p *program) diWiringCall(f *ir.File, n *ir.MethodCall, name string, entry func(*ir.Func, Phase, string)) {
	var class, method string
	switch {
	case name == "addmethodcall" && len(n.Args) >= 2 && strings.EqualFold(litString(n.Args[0]), "addListener"):
		args, ok := n.Args[1].(*ir.Array)
		if !ok || len(args.Items) < 2 {
			return
		}
		cb, ok := args.Items[1].Value.(*ir.Array)
		if !ok || len(cb.Items) != 2 {
			return
		}
		class, method = serviceClass(cb.Items[0].Value), litString(cb.Items[1].Value)
	case name == "addtag" && len(n.Args) >= 1 && strings.EqualFold(litString(n.Args[0]), "kernel.event_listener"):
		class, method = definedClass(n.Recv), "__invoke"
		if len(n.Args) >= 2 {
			if attrs, ok := n.Args[1].(*ir.Array); ok {
				for _, it := range attrs.Items {
					if litString(it.Key) == "method" && litString(it.Value) != "" {
						method = litString(it.Value)
					}
				}
			}
		}
	default:
		return
	}
	if class == "" || method == "" {
		return
	}
	if m := p.r.ix.Method(class, method); m != nil && !m.Abstract {
		entry(m, PhaseRequest, fmt.Sprintf("is %s, wired as an event listener in container code (%s:%d), run per event", funcLabel(m), f.Path, n.P.Line))
	}
}

// serviceClass reads the class a container reference names: new
// Reference(X::class), X::class.
func serviceClass(e ir.Expr) string {
	if nw, ok := e.(*ir.New); ok && strings.EqualFold(shortName(nw.Class), "Reference") && len(nw.Args) > 0 {
		e = nw.Args[0]
	}
	if cc, ok := e.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
		return cc.Class
	}
	return ""
}

// interactiveMethods are the methods of console input helpers that ask the
// user a question at a terminal.
var interactiveMethods = map[string]bool{"ask": true, "askquestion": true, "askhidden": true, "confirm": true,
	"choice": true, "secret": true, "anticipate": true, "askwithcompletion": true}

// interactiveClasses are the console classes whose ask/confirm/choice
// wait for an answer typed at a terminal.
var interactiveClasses = []string{
	`symfony\component\console\style\styleinterface`,
	`symfony\component\console\helper\questionhelper`,
	`illuminate\console\concerns\interactswithio`,
	`illuminate\console\command`,
}

// interactiveCall reads a question asked at a terminal ($io->confirm(),
// $this->ask()): code that waits for a person to type an answer runs in
// an interactive command-line process, never in an unattended worker, so
// the function asking runs once.
func (p *program) interactiveCall(fn *ir.Func, f *ir.File, n *ir.MethodCall, entry func(*ir.Func, Phase, string)) {
	if t := p.asksQuestion(fn, n); t != nil {
		entry(fn, PhaseOnce, fmt.Sprintf("asks a question at a terminal (%s::%s() at %s:%d): it runs in an interactive command-line process, never in a worker", t.Class.Short, t.Name, f.Path, n.P.Line))
	}
}

// asksQuestion is the console method call n asks a question with (nil if
// it is no such call).
func (p *program) asksQuestion(fn *ir.Func, n *ir.MethodCall) *ir.Func {
	if !interactiveMethods[strings.ToLower(n.Name)] {
		return nil
	}
	t := p.r.target(fn, n)
	if t == nil || t.Class == nil {
		return nil
	}
	for _, ic := range interactiveClasses {
		if p.r.ix.Implements(t.Class.Name, ic) {
			return t
		}
	}
	return nil
}

// hasListenerProvider reports whether the project declares a PSR-14
// listener provider (computed once: most projects have none, and then no
// call needs its receiver's class).
func (p *program) hasListenerProvider() bool {
	if p.listenerProviders == nil {
		has := false
		for _, f := range p.r.ix.Files() {
			for _, c := range f.Classes {
				if p.r.ix.Implements(c.Name, psrListenerProvider) {
					has = true
				}
				for _, pr := range c.Props {
					for _, t := range pr.Types {
						if strings.EqualFold(t, psrListenerProvider) {
							has = true
						}
					}
				}
			}
			for _, fn := range f.Funcs {
				for _, prm := range fn.Params {
					for _, t := range prm.Types {
						if strings.EqualFold(t, psrListenerProvider) {
							has = true
						}
					}
				}
			}
		}
		p.listenerProviders = &has
	}
	return *p.listenerProviders
}

// listenerProviderCall reads a call on the project's PSR-14 listener
// provider: the callables handed to it run per event.
func (p *program) listenerProviderCall(fn *ir.Func, f *ir.File, n *ir.MethodCall, entry func(*ir.Func, Phase, string)) {
	recv := p.r.classOf(fn, n.Recv)
	args := n.Args[1:]
	if recv != "" && isAddName(n.Name) && !p.r.ix.Implements(recv, psrListenerProvider) && p.providerStore(recv) {
		// (new ListenerCollection())->add($listener, Event::class): the
		// collection a provider is built from; the listener may come
		// first
		args = n.Args
	} else if recv == "" || !p.r.ix.Implements(recv, psrListenerProvider) {
		return
	}
	{
		for _, a := range args {
			for _, cb := range p.callables(fn, a) {
				entry(cb, PhaseRequest, fmt.Sprintf("is a listener for %s given to the PSR-14 listener provider %s at %s:%d, run per event", exprLabel(n.Args[0]), shortName(recv), f.Path, n.P.Line))
				if cb.Kind == ir.FuncMethod && cb.Class != nil && !cb.Static {
					p.setLongLived(cb.Class.Name, fmt.Sprintf("%s is a listener kept by the PSR-14 listener provider %s for the life of the worker", cb.Class.Short, shortName(recv)))
				}
			}
		}
	}
}

// providerStore reports whether class is what a PSR-14 listener provider
// of the project is built from: the type of one of its constructor's
// parameters (Yii's Provider(ListenerCollection $listeners)).
func (p *program) providerStore(class string) bool {
	if p.providerStores == nil {
		// the constructor parameter types of the project's providers,
		// gathered once
		p.providerStores = map[string]bool{}
		for _, f := range p.r.ix.Files() {
			for _, c := range f.Classes {
				ctor := p.r.ix.Method(c.Name, "__construct")
				if ctor == nil || !p.r.ix.Implements(c.Name, psrListenerProvider) {
					continue
				}
				for _, prm := range ctor.Params {
					for _, t := range prm.TypeHints() {
						p.providerStores[strings.ToLower(strings.TrimPrefix(t, `\`))] = true
					}
				}
			}
		}
	}
	return p.providerStores[strings.ToLower(strings.TrimPrefix(class, `\`))]
}

// serverKeeps records what a server keeps for the life of the worker
// when fn registers cb (written cbExpr) on server recv for event ev —
// through ->on('message', …) or Workerman's $worker->onMessage = …: the
// $this of a closure made in a method, the object of a method callable,
// and what that object was made with.
func (p *program) serverKeeps(fn *ir.Func, f *ir.File, at ir.Pos, ev string, recv, cbExpr ir.Expr, cb *ir.Func) {
	// $server->on('message', fn (…) => $this->onMessage(…)) on a
	// server the object does not own: the server keeps the
	// callback, and the callback keeps $this
	if (cb.Kind == ir.FuncClosure || cb.Kind == ir.FuncArrow) && !cb.Static && cb.Parent == fn && fn.Kind == ir.FuncMethod && !fn.Static &&
		fn.Class != nil && !strings.EqualFold(fn.Name, "__construct") && !ownedByThisExpr(recv) && usesThis(cb) {
		p.setLongLived(fn.Class.Name, fmt.Sprintf("%s is $this of the '%s' callback %s registers (%s:%d), which the server keeps for the life of the worker", fn.Class.Short, ev, funcLabel(fn), f.Path, at.Line))
	}
	if cb.Kind == ir.FuncMethod && cb.Class != nil && !cb.Static {
		// $server->on('request', new Controller(new PageCache())):
		// the server keeps the object, and it what it was made with
		keep := []receiverKept{{cb.Class.Name, fmt.Sprintf("%s is the '%s' callback the server keeps for the life of the worker (%s:%d)", cb.Class.Short, ev, f.Path, at.Line)}}
		var kept []keptObject
		switch a := cbExpr.(type) {
		case *ir.New:
			kept = p.keptBy(fn, a, "", 0)
		case *ir.Var:
			kept = p.keptAtCreation(fn, a.Name)
		}
		for _, k := range kept {
			keep = append(keep, receiverKept{k.class, fmt.Sprintf("%s is made with the '%s' callback %s, kept by the server for the life of the worker, and kept in its $%s", shortName(k.class), ev, cb.Class.Short, k.prop)})
		}
		if v, ok := recv.(*ir.Var); ok && paramIndex(fn, v) >= 0 && !serverParam(fn.Params[paramIndex(fn, v)]) {
			// $connection->on('data', $session->read(...)) in
			// a callback handed the connection (a closure, or a
			// method given as $this->accept(...)): the connection
			// keeps it, for as long as the connection lives —
			// for the life of the worker only when the callback
			// does not run per request (see receiverKeeps). A
			// callback handed the server itself (Swoole's
			// function (Server $server, Frame $frame)) is not.
			p.handedKeeps = append(p.handedKeeps, handedKeep{fn, keep})
			return
		}
		for _, k := range keep {
			p.setLongLived(k.class, k.why)
		}
	}
}

// isAddName matches the names by which a collection of listeners is
// given one: add, addListener, listen, on, subscribe, attach.
func isAddName(name string) bool {
	switch strings.ToLower(name) {
	case "add", "addlistener", "listen", "on", "subscribe", "attach", "with", "withlistener":
		return true
	}
	return false
}

// methodCallFactsByName reads the facts a method call states by its name.
func (p *program) methodCallFactsByName(fn *ir.Func, f *ir.File, n *ir.MethodCall, name string, entry func(*ir.Func, Phase, string)) {
	if rescheduleNames[name] {
		p.selfScheduling(fn, f, n.Args, n.P, entry)
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
				p.noteServerCallback(cb)
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
			p.serverKeeps(fn, f, n.P, ev, n.Recv, n.Args[1], cb)
			p.noteServerCallback(cb)
			if ev == "close" {
				p.noteCloseCallback(cb)
			}
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
			if cc, ok := n.Args[1].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				class = cc.Class
			}
		case len(n.Args) == 1 && name == "set":
			if cc, ok := n.Args[0].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				class = cc.Class
			}
		}
		if class != "" {
			p.setLongLived(class, fmt.Sprintf("%s is defined as a service at %s:%d: the container shares one instance for the life of the worker", shortName(class), f.Path, n.P.Line))
			p.markStrong(class)
		}
	case "addtag", "tag":
		// Symfony: ->register(X::class)->addTag('kernel.reset', ['method'
		// => 'clear']) (or ->tag(...) in PHP config): the services
		// resetter calls that method between requests
		if len(n.Args) < 2 || litString(n.Args[0]) != "kernel.reset" {
			return
		}
		class := definedClass(n.Recv)
		attrs, ok := n.Args[1].(*ir.Array)
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
		// (a timer registered in a method nothing calls never runs)
		if len(n.Args) < 2 || p.r.ix.NeverCalled(fn) {
			return
		}
		for _, cb := range p.callables(fn, n.Args[len(n.Args)-1]) {
			entry(cb, PhaseRequest, fmt.Sprintf("is a periodic timer callback registered at %s:%d, run on every tick", f.Path, n.P.Line))
		}
	case "bind", "bindif":
		// $container->bind(X::class, fn () => new X(…)): a new X on
		// every lookup (see freshResetters)
		if len(n.Args) < 2 {
			return
		}
		if class := p.r.boundClass(fn, n.Args); class != "" {
			if p.transient == nil {
				p.transient = map[string]string{}
			}
			if _, seen := p.transient[strings.ToLower(class)]; !seen {
				p.transient[strings.ToLower(class)] = fmt.Sprintf("%s:%d", f.Path, n.P.Line)
			}
		}
	case "singleton", "instance", "singletonif", "scoped", "scopedif", "bindsingleton":
		// (bindSingleton: Spiral's container, the binder RoadRunner
		// applications are built on)
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
		p.bind(fn, class, fmt.Sprintf("%s is bound with %s() (%s:%d): one instance for the life of the worker", shortName(class), n.Name, f.Path, n.P.Line))
		// the factory of a singleton runs once, when it is first resolved
		if strings.HasPrefix(name, "singleton") && len(n.Args) > 1 {
			if c, ok := n.Args[1].(*ir.Closure); ok {
				entry(c.Func, PhaseBoot, fmt.Sprintf("is the factory of the singleton %s (%s:%d): it runs once, when the service is first resolved", shortName(class), f.Path, n.P.Line))
			}
		}
	}
}

// servicesChain reports whether e is Symfony's services configurator: a
// chain of calls that starts at ->services(), or a variable assigned one.
func servicesChain(fn *ir.Func, e ir.Expr) bool {
	for depth := 0; depth < 64; depth++ {
		switch x := e.(type) {
		case *ir.MethodCall:
			if strings.EqualFold(x.Name, "services") {
				return true
			}
			e = x.Recv
		case *ir.Var:
			found := false
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*ir.Assign); ok && !found {
					if v, ok := a.Dst.(*ir.Var); ok && v.Name == x.Name {
						if mc, ok := a.Src.(*ir.MethodCall); ok && strings.EqualFold(mc.Name, "services") {
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
func definedClass(e ir.Expr) string {
	for {
		switch x := e.(type) {
		case *ir.MethodCall:
			switch strings.ToLower(x.Name) {
			case "register", "autowire", "set", "setdefinition":
				for _, a := range x.Args {
					if cc, ok := a.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
						return cc.Class
					}
				}
				return ""
			}
			e = x.Recv
		case *ir.New:
			for _, a := range x.Args {
				if cc, ok := a.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
					return cc.Class
				}
			}
			return ""
		default:
			return ""
		}
	}
}

// ownMethodCallable is the method of $this a callable names: $this->pump(...)
// or [$this, 'pump']; "" for any other value.
func ownMethodCallable(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.MethodCall:
		if e.FirstClass && analyzer.IsThis(e.Recv) {
			return e.Name
		}
	case *ir.Array:
		if len(e.Items) == 2 && analyzer.IsThis(e.Items[0].Value) {
			return litString(e.Items[1].Value)
		}
	}
	return ""
}

// methodNameArgs is the name and the arguments of a method call, static
// or not; "" and nil for any other node.
func methodNameArgs(n analyzer.Node) (string, []ir.Expr) {
	switch c := n.(type) {
	case *ir.MethodCall:
		return c.Name, c.Args
	case *ir.StaticCall:
		return c.Name, c.Args
	}
	return "", nil
}

// rescheduleNames are the event-loop calls that run a callback once,
// on a later tick: ReactPHP's futureTick() and addTimer(), Revolt's and
// AMPHP's defer() and delay(), a nextTick().
var rescheduleNames = map[string]bool{"futuretick": true, "addtimer": true, "defer": true, "delay": true, "nexttick": true}

// selfScheduling reads $loop->futureTick($next) (or addTimer(…, $next),
// EventLoop::defer($next)) handed a closure held in $next that hands
// itself to such a call again (use (&$next) { …; $loop->futureTick($next);
// }): the callback runs on tick after tick, a loop written as a chain of
// ticks, and what it calls runs once per round, per request or message.
func (p *program) selfScheduling(fn *ir.Func, f *ir.File, args []ir.Expr, at ir.Pos, entry func(*ir.Func, Phase, string)) {
	if len(args) == 0 || p.r.ix.NeverCalled(fn) {
		return
	}
	last := args[len(args)-1]
	v, isVar := last.(*ir.Var)
	own := ownMethodCallable(last) // $loop->futureTick($this->pump(...)) in pump()
	if (!isVar || v.Name == "") && own == "" {
		return
	}
	for _, cb := range p.callables(fn, last) {
		if isVar && cb.Kind != ir.FuncClosure || !isVar && (cb.Kind != ir.FuncMethod || !strings.EqualFold(cb.Name, own)) {
			continue
		}
		again := false
		analyzer.InspectFunc(cb, analyzer.KCalls, func(n analyzer.Node, _ []analyzer.Node) bool {
			name, cargs := methodNameArgs(n)
			if len(cargs) > 0 && rescheduleNames[strings.ToLower(name)] {
				a := cargs[len(cargs)-1]
				if w, ok := a.(*ir.Var); ok && isVar && w.Name == v.Name || !isVar && strings.EqualFold(ownMethodCallable(a), own) {
					again = true
				}
			}
			return !again
		})
		if again {
			entry(cb, PhaseRequest, fmt.Sprintf("is a callback scheduled at %s:%d that schedules itself again, run on every tick", f.Path, at.Line))
			if p.selfScheduled == nil {
				p.selfScheduled = map[*ir.Func]bool{}
			}
			p.selfScheduled[cb] = true
		}
	}
}

// staticCallFacts reads Laravel routes (Route::get('/x', [C::class,
// 'm'])), timers (Loop::addPeriodicTimer) and facade bindings.
func (p *program) staticCallFacts(fn *ir.Func, f *ir.File, n *ir.StaticCall, entry func(*ir.Func, Phase, string)) {
	name := strings.ToLower(n.Name)
	// X::m() forwarded by X's __callStatic to an object the facade keeps
	// in a static: that object lives for the process
	if p.r.ix.Method(n.Class, n.Name) == nil {
		if m := p.r.callStaticTarget(n.Class, n.Name); m != nil && m.Class != nil && p.r.callStaticKeeps(n.Class) {
			p.setLongLived(m.Class.Name, fmt.Sprintf("%s is kept by the facade %s, whose __callStatic() forwards to it", m.Class.Short, shortName(n.Class)))
		}
	}
	if strings.EqualFold(shortName(n.Class), "Route") && laravelRoutes[name] && len(n.Args) >= 2 {
		action := n.Args[len(n.Args)-1]
		for _, m := range p.routeActions(action, name == "resource" || name == "apiresource") {
			entry(m, PhaseRequest, fmt.Sprintf("is the controller action of Route::%s(%s) at %s:%d, run per request", n.Name, exprLabel(n.Args[0]), f.Path, n.P.Line))
		}
		return
	}
	// Workerman's Timer::add(1.0, $callable): repeats unless its fourth
	// argument ($persistent) is false
	workermanTimer := name == "add" && len(n.Args) >= 2 && workermanTimers[strings.ToLower(strings.TrimPrefix(n.Class, `\`))] &&
		(len(n.Args) < 4 || !isFalse(n.Args[3]))
	if workermanTimer && !p.r.ix.NeverCalled(fn) {
		for _, cb := range p.callables(fn, n.Args[1]) {
			entry(cb, PhaseRequest, fmt.Sprintf("is a periodic timer callback registered at %s:%d, run on every tick", f.Path, n.P.Line))
		}
	}
	if (name == "addperiodictimer") && len(n.Args) >= 2 && !p.r.ix.NeverCalled(fn) {
		for _, cb := range p.callables(fn, n.Args[len(n.Args)-1]) {
			entry(cb, PhaseRequest, fmt.Sprintf("is a periodic timer callback registered at %s:%d, run on every tick", f.Path, n.P.Line))
		}
	}
	if rescheduleNames[name] {
		p.selfScheduling(fn, f, n.Args, n.P, entry)
	}
	if (name == "singleton" || name == "instance" || name == "scoped") && strings.EqualFold(shortName(n.Class), "App") && len(n.Args) > 0 {
		if class := p.r.boundClass(fn, n.Args); class != "" {
			if name == "scoped" {
				p.requestLived[strings.ToLower(class)] = fmt.Sprintf("%s is bound with scoped() (%s:%d): the container forgets it after every request", shortName(class), f.Path, n.P.Line)
			} else {
				p.bind(fn, class, fmt.Sprintf("%s is bound with %s() (%s:%d): one instance for the life of the worker", shortName(class), n.Name, f.Path, n.P.Line))
			}
		}
	}
}

// routeFileActions reads a Laravel application's HTTP routes file
// (routes/web.php, routes/api.php), which exists to name the controller
// actions requests run: every [C::class, 'm'] there is one, however the
// file hands it to the router ($router->get(...), Route::middleware(…)
// ->group(...), an array the framework reads).
func (p *program) routeFileActions(f *ir.File, entry func(*ir.Func, Phase, string)) {
	for _, fn := range f.AllFuncs() {
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			a, ok := n.(*ir.Array)
			if !ok || len(a.Items) != 2 || a.Items[0].Key != nil || litString(a.Items[1].Value) == "" {
				return true
			}
			if cc, ok := a.Items[0].Value.(*ir.ClassConst); !ok || !strings.EqualFold(cc.Name, "class") {
				return true
			}
			for _, m := range p.routeActions(a, false) {
				entry(m, PhaseRequest, fmt.Sprintf("is the controller action %s names in the routes file %s (line %d), run per request", funcLabel(m), f.Path, a.P.Line))
			}
			return true
		})
	}
}

// routeActions resolves a Laravel route action: [C::class, 'm'],
// 'C@m', C::class (invokable); all public methods for a resource.
func (p *program) routeActions(action ir.Expr, resource bool) []*ir.Func {
	ix := p.r.ix
	switch a := action.(type) {
	case *ir.Array:
		if len(a.Items) == 2 {
			if cc, ok := a.Items[0].Value.(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
				if m := ix.Method(cc.Class, litString(a.Items[1].Value)); m != nil {
					return []*ir.Func{m}
				}
			}
		}
	case *ir.ClassConst:
		if !strings.EqualFold(a.Name, "class") {
			return nil
		}
		if resource {
			var out []*ir.Func
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
			return []*ir.Func{m}
		}
	case *ir.Lit:
		if class, method, ok := strings.Cut(a.Value, "@"); ok {
			if c := ix.ClassByName(class); c != nil {
				if m := ix.Method(c.Name, method); m != nil {
					return []*ir.Func{m}
				}
			}
		}
	}
	return nil
}

// declaredServices marks the classes a service definition file declares
// as shared services: one class, or every class under a namespace less
// the excluded ones.
func (p *program) declaredServices(pass *analyzer.Pass, d analyzer.Declaration) {
	if !strings.HasSuffix(d.Target, `\`) {
		p.setLongLived(d.Target, fmt.Sprintf("%s %s", shortName(d.Target), d.Why))
		p.markStrong(d.Target)
		return
	}
	prefix := strings.ToLower(d.Target)
	// a class the project makes with `new` is no autowired service (the
	// project is walked once, for every declaration)
	if p.madeByNew == nil {
		p.madeByNew = map[string]bool{}
		for _, f := range pass.Files {
			for _, fn := range f.AllFuncs() {
				analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
					if nw, ok := n.(*ir.New); ok {
						// the class and its abstract ancestors: their methods
						// run on it (a concrete parent may be a service itself)
						p.madeByNew[strings.ToLower(nw.Class)] = true
						for _, c := range pass.Index.Lineage(nw.Class) {
							if c.Abstract {
								p.madeByNew[strings.ToLower(c.Name)] = true
							}
						}
					}
					return true
				})
			}
		}
	}
	made := p.madeByNew
	for _, f := range pass.Files {
	classes:
		for _, c := range f.Classes {
			name := strings.ToLower(c.Name)
			if c.Kind != ir.KindClass || c.Anonymous || !strings.HasPrefix(name, prefix) || made[name] {
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

// subscriberShaped reports whether c is an event subscriber of a
// dispatcher other than Symfony's or Doctrine's built on the same
// pattern: it implements an interface named EventSubscriberInterface (or
// …SubscriberInterface) and declares the static getSubscribedEvents()
// that names its listener methods.
func subscriberShaped(ix *analyzer.Index, c *ir.Class) bool {
	gse := ix.Method(c.Name, "getSubscribedEvents")
	if gse == nil || !gse.Static || ix.Implements(c.Name, doctrineSub) {
		return false
	}
	for t := range ix.Supertypes(c.Name) {
		if strings.HasSuffix(t, "subscriberinterface") {
			return true
		}
	}
	return false
}

// terminateEvent reports whether ev, as subscribedMethods labels it,
// names Symfony's kernel.terminate event, or console.terminate, which a
// command dispatches once, when it ends (for messenger:consume, when the
// process stops).
func terminateEvent(ev string) bool {
	switch ev {
	case "KernelEvents::TERMINATE", "'kernel.terminate'", "ConsoleEvents::TERMINATE", "'console.terminate'":
		return true
	}
	return false
}

// kernelEvent reports whether ev, as subscribedMethods labels it, names
// one of the HTTP kernel's events (KernelEvents::REQUEST,
// 'kernel.terminate', …).
func kernelEvent(ev string) bool {
	return strings.HasPrefix(ev, "KernelEvents::") || strings.HasPrefix(ev, "'kernel.")
}

// sfHTTPKernels are Symfony's HTTP kernel types: a project with a class
// of one serves requests in some process (through symfony/runtime, which
// calls handle() and terminate() where the project does not).
var sfHTTPKernels = []string{
	`symfony\component\httpkernel\kernel`, `symfony\component\httpkernel\kernelinterface`,
	`symfony\component\httpkernel\httpkernelinterface`,
}

// declaresHTTPKernel reports whether a class of the project is one of
// Symfony's HTTP kernels (see sfHTTPKernels).
func declaresHTTPKernel(pass *analyzer.Pass) bool {
	for _, f := range pass.Files {
		for _, c := range f.Classes {
			if slices.ContainsFunc(sfHTTPKernels, func(k string) bool { return pass.Index.Implements(c.Name, k) }) {
				return true
			}
		}
	}
	return false
}

// consumesWithoutKernel reports, once, whether the project runs a
// Symfony Messenger worker (new Worker(…) of Messenger, as
// messenger:consume does), declares no HTTP kernel, and no code of it
// hands requests to a kernel or terminates one: a process that only
// consumes messages, where neither kernel.terminate nor
// console.terminate comes between two messages.
func (p *program) consumesWithoutKernel(pass *analyzer.Pass) bool {
	return pass.Shared("rules.consumesWithoutKernel", func() any {
		news, _ := pass.Index.NewsOfShort("Worker")
		if !slices.ContainsFunc(news, func(nw *ir.New) bool {
			return strings.HasPrefix(strings.ToLower(strings.TrimPrefix(nw.Class, `\`)), `symfony\component\messenger\`)
		}) {
			return false
		}
		if declaresHTTPKernel(pass) {
			return false
		}
		for _, f := range pass.Files {
			for _, fn := range f.AllFuncs() {
				if !strings.EqualFold(fn.Name, "terminate") && callsMethod(fn, "terminate") || dispatchesTerminate(fn) || callsKernelHandle(fn.Body) {
					return false
				}
			}
		}
		return true
	}).(bool)
}

// handlesWithoutTerminate reports, once, whether a loop of the project's
// own code runs requests through a kernel's handle() and never calls its
// terminate(): the kernel.terminate listeners then never run in the
// worker (Symfony's runtimes call terminate() after each request; a
// hand-written loop must).
func (p *program) handlesWithoutTerminate(pass *analyzer.Pass) bool {
	return pass.Shared("rules.handlesWithoutTerminate", func() any {
		handles := false
		for _, f := range pass.Files {
			for _, fn := range f.AllFuncs() {
				// (a kernel's own terminate() handing on to its
				// middleware's is no call of it)
				if !strings.EqualFold(fn.Name, "terminate") && callsMethod(fn, "terminate") || dispatchesTerminate(fn) {
					return false
				}
				analyzer.EachNode(fn, analyzer.KLoop, func(n analyzer.Node) bool {
					if l := n.(*ir.Loop); callsKernelHandle(l.Body) {
						_, handles = p.loopKind(fn, l)
					}
					return !handles
				})
			}
		}
		return handles
	}).(bool)
}

// dispatchesTerminate reports whether fn dispatches kernel.terminate
// itself: a dispatch() given the event's name, or a TerminateEvent made.
func dispatchesTerminate(fn *ir.Func) bool {
	found := false
	analyzer.EachNode(fn, analyzer.KMethodCall|analyzer.KNew, func(n analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.MethodCall:
			found = strings.EqualFold(n.Name, "dispatch") && slices.ContainsFunc(n.Args, func(a ir.Expr) bool { return terminateEvent(exprLabel(a)) })
		case *ir.New:
			found = strings.EqualFold(shortName(n.Class), "TerminateEvent")
		}
		return !found
	})
	return found
}

// callsMethod reports whether fn calls a method named name.
func callsMethod(fn *ir.Func, name string) bool {
	found := false
	analyzer.EachNode(fn, analyzer.KMethodCall, func(n analyzer.Node) bool {
		found = strings.EqualFold(n.(*ir.MethodCall).Name, name)
		return !found
	})
	return found
}

// callsKernelHandle reports whether body calls ->handle($request) on a
// receiver named for a kernel.
func callsKernelHandle(body []ir.Stmt) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if mc, ok := n.(*ir.MethodCall); ok && strings.EqualFold(mc.Name, "handle") && len(mc.Args) > 0 &&
			strings.Contains(strings.ToLower(analyzer.ExprPath(mc.Recv)), "kernel") {
			found = true
		}
		return !found
	})
	return found
}

// subscription is one event a subscriber's getSubscribedEvents() names.
type subscription struct{ event, method string }

// subscribedMethods reads getSubscribedEvents()'s returned arrays in the
// three forms Symfony accepts ('event' => 'method', 'event' =>
// ['method', priority], 'event' => [['m1', 10], ['m2']]) and Doctrine's
// list of event names (the method is named after the event), also when
// built with $events[...] = … or yielded.
func subscribedMethods(gse *ir.Func) []subscription {
	var out []subscription
	add := func(key, value ir.Expr) {
		ev := eventName(key)
		switch v := value.(type) {
		case *ir.Lit:
			if key == nil || isIntLit(key) { // Doctrine: a list of event names
				out = append(out, subscription{litString(v), litString(v)})
				return
			}
			out = append(out, subscription{ev, litString(v)})
		case *ir.ClassConst:
			if key == nil || isIntLit(key) {
				out = append(out, subscription{v.Name, v.Name})
			}
		case *ir.Array:
			if len(v.Items) == 0 {
				return
			}
			if inner, ok := v.Items[0].Value.(*ir.Array); ok {
				_ = inner
				for _, it := range v.Items {
					if a, ok := it.Value.(*ir.Array); ok && len(a.Items) > 0 {
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
		case *ir.Return:
			if a, ok := n.X.(*ir.Array); ok {
				for _, it := range a.Items {
					add(it.Key, it.Value)
				}
			}
		case *ir.Yield:
			add(n.Key, n.Value)
		case *ir.Assign:
			if d, ok := n.Dst.(*ir.Dim); ok {
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

func isIntLit(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitInt
}

// litString is a string literal's value, or "".
func litString(e ir.Expr) string {
	if l, ok := e.(*ir.Lit); ok && (l.Kind == ir.LitString) {
		return l.Value
	}
	return ""
}

// eventName names an event key for messages: 'kernel.request',
// KernelEvents::REQUEST, OrderPlaced::class.
func eventName(e ir.Expr) string {
	if e == nil {
		return "its event"
	}
	return exprLabel(e)
}

func exprLabel(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Lit:
		if e.Kind == ir.LitString {
			return "'" + e.Value + "'"
		}
		return e.Value
	case *ir.ClassConst:
		return shortName(e.Class) + "::" + e.Name
	}
	return "an event"
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
func isLaravelMiddleware(m *ir.Func) bool {
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

// serverParam reports whether a callback's parameter is the server that
// runs it (Swoole hands callbacks the server first): named or typed as
// a server.
func serverParam(p *ir.Param) bool {
	if slices.Contains(nameWords(p.Name), "server") {
		return true
	}
	for _, t := range p.TypeHints() {
		if strings.Contains(strings.ToLower(shortName(t)), "server") {
			return true
		}
	}
	return false
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

// cliScript reports whether a file is a command-line script: it starts
// with a #! line, or its top level stops unless PHP_SAPI (or
// php_sapi_name()) says 'cli'.
func cliScript(f *ir.File) bool {
	if f.Shebang {
		return true
	}
	for _, st := range f.Main.Body {
		iff, ok := st.(*ir.If)
		if !ok || !loopExits(iff.Then) {
			continue
		}
		// it stops unless PHP_SAPI (or php_sapi_name()) is 'cli'
		if sapiTest(iff.Cond) == sapiNotCLI {
			return true
		}
	}
	return false
}

// Results of sapiTest.
const (
	sapiOther = iota
	sapiIsCLI
	sapiNotCLI
)

// sapiTest reads a condition as a test of the SAPI: sapiIsCLI when it
// holds on the command line (PHP_SAPI === 'cli', in_array(PHP_SAPI,
// ['cli', …])), sapiNotCLI when it holds elsewhere (!==, a negation of the
// former, a conjunction of such), sapiOther for anything else (the
// built-in web server's 'cli-server' is not 'cli').
func sapiTest(e ir.Expr) int {
	isSAPI := func(x ir.Expr) bool {
		switch x := x.(type) {
		case *ir.Lit:
			return x.Kind == ir.LitConst && strings.EqualFold(strings.TrimPrefix(x.Value, `\`), "PHP_SAPI")
		case *ir.Call:
			return analyzer.CallName(x) == "php_sapi_name"
		}
		return false
	}
	isCLI := func(x ir.Expr) bool {
		l, ok := x.(*ir.Lit)
		return ok && l.Kind == ir.LitString && (l.Value == "cli" || l.Value == "phpdbg")
	}
	switch x := e.(type) {
	case *ir.Other:
		switch x.Op {
		case "!":
			if len(x.Args) == 1 {
				switch sapiTest(x.Args[0]) {
				case sapiIsCLI:
					return sapiNotCLI
				case sapiNotCLI:
					return sapiIsCLI
				}
			}
		case "===", "==", "!==", "!=":
			if len(x.Args) == 2 && (isSAPI(x.Args[0]) && isCLI(x.Args[1]) || isSAPI(x.Args[1]) && isCLI(x.Args[0])) {
				if x.Op == "===" || x.Op == "==" {
					return sapiIsCLI
				}
				return sapiNotCLI
			}
		case "&&", "||":
			if len(x.Args) == 2 {
				a, b := sapiTest(x.Args[0]), sapiTest(x.Args[1])
				if a == b && (x.Op == "&&") == (a == sapiNotCLI) {
					return a // not cli && not phpdbg; cli || phpdbg
				}
			}
		}
	case *ir.Call:
		if analyzer.CallName(x) == "in_array" && len(x.Args) >= 2 && isSAPI(x.Args[0]) {
			if arr, ok := x.Args[1].(*ir.Array); ok {
				for _, it := range arr.Items {
					if isCLI(it.Value) {
						return sapiIsCLI
					}
				}
			}
		}
	}
	return sapiOther
}

// declaresAtTop reports whether a file declares a function or class
// unconditionally at its top level: PHP then cannot include it twice,
// so its top-level code runs at most once per process.
func declaresAtTop(f *ir.File) bool {
	if f.Main == nil {
		return false
	}
	for _, st := range f.Main.Body {
		if _, ok := st.(*ir.Return); ok {
			return false // an include guard may return before the declarations
		}
	}
	for _, fn := range f.Funcs {
		if fn.Kind == ir.FuncFunction && fn.Parent == f.Main && fn.TopLevel {
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

// ownedByThisExpr reports whether e is $this or reached through its
// properties ($this->emitter): an object $this owns.
func ownedByThisExpr(e ir.Expr) bool {
	for {
		switch x := e.(type) {
		case *ir.Var:
			return x.Name == "this"
		case *ir.Prop:
			e = x.Obj
		default:
			return false
		}
	}
}
