package rules

import (
	"fmt"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
)

// program is the project-wide view the entry-aware rules share: which
// functions run once per request, job or iteration ("per-iteration"), and
// which classes have instances that outlive a request (services created
// before the request loop, singletons, workers, message handlers).
//
// The model is deliberately simple and syntactic. Request loops are
// unbounded loops, loops of file-level code (a script's driver or daemon
// loop) and loops over generators; entries are also the handle/__invoke/
// process/consume methods of handler-like classes. Everything those call,
// transitively through resolved calls, runs per iteration.
type program struct {
	r         *resolver
	perIter   map[*analyzer.Func]string  // why it runs per iteration
	longLived map[string]string          // lower-cased class -> why
	resets    map[string]bool            // see propResets
	loopOf    map[*analyzer.Func]loopRef // the request loop a function runs under
}

// loopRef is a request loop and the function it sits in.
type loopRef struct {
	fn   *analyzer.Func
	loop *analyzer.Loop
}

// entryMethods are the methods frameworks call once per message, event,
// request or job.
var entryMethods = map[string]bool{
	"handle": true, "__invoke": true, "process": true, "consume": true,
	"handlemessage": true, "onmessage": true, "onrequest": true,
}

// entrySuffixes mark classes whose entry methods run per request or job.
var entrySuffixes = []string{"Handler", "Subscriber", "Listener", "Consumer", "Worker", "Controller", "Middleware", "Processor"}

// serviceSuffixes mark classes that containers keep for the life of a
// worker (Symfony services, Messenger handlers, Laravel singletons).
var serviceSuffixes = []string{"Handler", "Subscriber", "Listener", "Consumer", "Worker", "Processor"}

func buildProgram(pass *analyzer.Pass, r *resolver) *program {
	p := &program{r: r, perIter: map[*analyzer.Func]string{}, longLived: map[string]string{}, resets: sharedResets(pass),
		loopOf: map[*analyzer.Func]loopRef{}}
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
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *analyzer.Loop:
					if why, ok := p.requestLoop(fn, n); ok {
						current = loopRef{fn: fn, loop: n}
						p.loopCalls(fn, n, fmt.Sprintf("runs on every iteration of the %s at %s:%d", why, f.Path, n.P.Line), mark)
						current = loopRef{}
						if fn.Kind == analyzer.FuncMethod && fn.Class != nil {
							if _, unbounded := r.unbounded(fn, n); unbounded {
								p.setLongLived(fn.Class.Name, fmt.Sprintf("%s runs a worker loop (%s:%d)", fn.Class.Short, f.Path, n.P.Line))
							}
						}
					}
				case *analyzer.Assign:
					// singletons: self::$instance = new self()
					if sp, ok := n.Dst.(*analyzer.StaticProp); ok {
						if nw, ok := n.Src.(*analyzer.New); ok && nw.Class != "" {
							p.setLongLived(nw.Class, fmt.Sprintf("%s is kept in the static %s::$%s", shortName(nw.Class), shortName(sp.Class), sp.Name))
						}
					}
				}
				return true
			})
		}
		for _, c := range f.Classes {
			if !hasSuffix(c.Short, entrySuffixes) {
				continue
			}
			for _, m := range c.Methods {
				if entryMethods[strings.ToLower(m.Name)] && !m.Static {
					mark(m, fmt.Sprintf("is the entry point %s::%s(), run per request, message or job", c.Short, m.Name))
				}
			}
			if hasSuffix(c.Short, serviceSuffixes) {
				p.setLongLived(c.Name, fmt.Sprintf("%s is a %s service, kept for the life of the worker", c.Short, serviceKind(c.Short)))
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
				mark(m, fmt.Sprintf("is the entry point %s::%s() (--entry), run per request, message or job", c.Short, m.Name))
				p.setLongLived(c.Name, fmt.Sprintf("%s serves requests through its entry point %s() and is kept between them", c.Short, m.Name))
			}
		}
	}
	// everything a per-iteration function calls runs per iteration too
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
	p.propagateLongLived()
	return p
}

func hasSuffix(name string, suffixes []string) bool {
	for _, s := range suffixes {
		if strings.HasSuffix(name, s) && name != s {
			return true
		}
	}
	return false
}

func serviceKind(name string) string {
	for _, s := range serviceSuffixes {
		if strings.HasSuffix(name, s) {
			return strings.ToLower(s)
		}
	}
	return "long-lived"
}

func (p *program) setLongLived(class, why string) {
	k := strings.ToLower(class)
	if k == "" {
		return
	}
	if _, ok := p.longLived[k]; !ok {
		p.longLived[k] = why
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
	if fn.Kind == analyzer.FuncMain {
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
	case *analyzer.StaticCall:
		return r.ix.Method(c.Class, c.Name)
	case *analyzer.New:
		return r.constructor(c)
	}
	return nil
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
// once however often the code that reaches it does.
func (p *program) callees(fn *analyzer.Func) []*analyzer.Func {
	var out []*analyzer.Func
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
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
			out = append(out, t)
		}
		return true
	})
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
					if held == "" {
						continue
					}
					if _, ok := p.longLived[strings.ToLower(held)]; !ok {
						p.setLongLived(held, fmt.Sprintf("%s is held in $%s of %s, and %s", shortName(held), prop.Name, c.Short, lowerFirst(why)))
						changed = true
					}
				}
			}
		}
		if !changed {
			return
		}
	}
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
	if fn.Class == nil {
		return "", false
	}
	if why, ok := p.isLongLived(fn.Class.Name); ok {
		return why, true
	}
	keys := make([]string, 0, len(p.longLived))
	for k := range p.longLived {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		for _, c := range p.r.ix.Lineage(k) {
			if c == fn.Class {
				return p.longLived[k], true
			}
		}
	}
	return "", false
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
