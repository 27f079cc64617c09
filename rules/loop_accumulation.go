package rules

import (
	"fmt"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// LoopAccumulation flags arrays and collections that outlive an unbounded
// loop and grow on every iteration with nothing removing from them.
var LoopAccumulation = &analyzer.Analyzer{
	ID:       "loop-accumulation",
	Kind:     analyzer.Growth,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Array grows on every iteration of an unbounded loop",
		Text: `Worker loops (` + "`while (true)`" + `, ` + "`for (;;)`" + `, a loop on a stop flag, ` + "`while ($job = $queue->pop())`" + `)
run for the life of the process. An array or collection that lives outside the loop (a
variable set before it, a property, an object's field) and grows on every iteration, with
nothing inside the loop removing from it, makes the worker grow until it is killed: the
classic missing ` + "`unset`" + ` in a consumer loop.

Removals phpleak sees: ` + "`unset`" + `, reassignment (` + "`$batch = []`" + `), ` + "`array_shift`" + `/` + "`array_pop`" + `/` + "`array_splice`" + `,
collection ` + "`shift`/`pop`/`detach`/`clear`" + `, also inside ` + "`$this`" + ` methods the loop calls.

Not flagged: bounded loops (` + "`foreach`" + ` over an array, counted ` + "`for`" + `, reading rows or lines),
arrays created inside the loop body, batch-and-flush buffers, static and global arrays
(static-growth and global-growth report those).`,
		Leaking: `$processed = [];
while ($job = $queue->reserve()) {
    $result = $handler->handle($job);
    $processed[$job->id] = $result; // kept forever
    $queue->delete($job);
}`,
		Fixed: `$processed = 0;
while ($job = $queue->reserve()) {
    $handler->handle($job);
    $processed++; // keep a count, not every result
    $queue->delete($job);
}`,
	},
	Prepare: prepareShared,
	Run:     runLoopAccumulation,
}

func runLoopAccumulation(pass *analyzer.Pass) {
	r := sharedResolver(pass)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			scope := analyzer.NewScope(fn)
			if len(r.growthsIn(scope)) == 0 {
				continue // (most functions)
			}
			analyzer.InspectFunc(fn, growthKinds, func(n analyzer.Node, stack []analyzer.Node) bool {
				g, ok := r.growthOf(scope, stack, n)
				if !ok || g.How == "concat" {
					return true
				}
				if !loopOwned(fn, g.Place) || returnsLocal(fn, g.Place) {
					return true
				}
				g.Conf = atLeastMedium(g.Conf)
				loops := enclosingLoops(stack)
				if fn.Kind == ir.FuncMain && !anyUnbounded(r, fn, loops) {
					if l := r.scriptLoop(fn, loops); l != nil {
						if closureRemoves(r, l.Body, g.Place) {
							// a callback the loop hands on removes the
							// entry when it runs, which the simulation
							// does not follow (a promise, a deferred)
							return true
						}
						// a script's driver loop: whether the array grows
						// is for the simulation of the loop to say
						where := g.Place.String()
						pass.Report(analyzer.Diagnostic{
							File: f,
							Pos:  g.Node.Span(),
							Message: fmt.Sprintf("%s grows on every iteration of the script loop at line %d and nothing in the loop removes from it, so a long-running script keeps every element.",
								capitalize(where), l.P.Line),
							Fix:        fmt.Sprintf("Unset or reset %s inside the loop (e.g. flush and set it to [] every N items), or keep only a count or the last N entries.", where),
							Confidence: atLeastMedium(g.Conf),
							Claim: &analyzer.Claim{Kind: analyzer.Growth, Func: fn, Place: g.Place, Write: g.Node,
								Loop: l, LoopFunc: fn, Required: true},
						})
					}
					return true
				}
				for i := len(loops) - 1; i >= 0; i-- {
					l := loops[i]
					why, unbounded := r.unbounded(fn, l)
					if !unbounded {
						continue
					}
					if g.Place.Kind == analyzer.PlaceLocal && runsPerRequestFromOutside(pass, fn) {
						// while ([] !== $next = $tree->take(3)) in a
						// controller the server calls per request: the
						// loop is the request's own work, and a local it
						// fills goes with the call
						return true
					}
					if removedIn(r, scope, l.Body, g.Place) || r.removedByCallees(fn, l.Body, g.Place) ||
						r.passedByRef(fn, scope, l.Body, g.Place) {
						return true
					}
					where := g.Place.String()
					pass.Report(analyzer.Diagnostic{
						File: f,
						Pos:  g.Node.Span(),
						Message: fmt.Sprintf("%s grows on every iteration of the %s at line %d and nothing in the loop removes from it, so a long-running worker keeps every element.",
							capitalize(where), why, l.P.Line),
						Fix:        fmt.Sprintf("Unset or reset %s inside the loop (e.g. flush and set it to [] every N items), or keep only a count or the last N entries.", where),
						Confidence: g.Conf,
						Trace: []analyzer.TraceStep{
							analyzer.Step(f, l.P, "%s starts here", why),
							analyzer.Step(f, g.Node.Span(), "%s grows on every iteration", where),
						},
					})
					return true
				}
				return true
			})
		}
	}
}

// runsPerRequestFromOutside reports whether the worker model runs fn
// once per request because of an entry or a loop elsewhere (a handler a
// server calls, a callee of a request loop), not because of a loop of its
// own: a loop inside it is then part of one request's work.
func runsPerRequestFromOutside(pass *analyzer.Pass, fn *ir.Func) bool {
	prog := sharedProgram(pass)
	if _, per := prog.perIter[fn]; !per {
		return false
	}
	ref, ok := prog.loopOf[fn]
	return !ok || ref.fn != fn
}

// closureRemoves reports whether a closure written in body captures the
// global place by reference (use (&$inFlight), in file-level code) and
// removes from it.
func closureRemoves(r *resolver, body []ir.Stmt, place analyzer.Place) bool {
	if place.Kind != analyzer.PlaceGlobal {
		return false
	}
	found := false
	analyzer.InspectKinds(body, analyzer.KClosure, func(n analyzer.Node, _ []analyzer.Node) bool {
		cl, ok := n.(*ir.Closure)
		if !ok || cl.Func == nil || found {
			return !found
		}
		for _, u := range cl.Func.Uses {
			if u.ByRef && u.Name == place.Name && removedIn(r, analyzer.NewScope(cl.Func), cl.Func.Body, place) {
				found = true
			}
		}
		return !found
	})
	return found
}

// loopOwned reports whether loop-accumulation (rather than static-growth
// or global-growth) is the rule for place in fn: locals, properties, and
// the variables of top-level script code.
func loopOwned(fn *ir.Func, p analyzer.Place) bool {
	switch p.Kind {
	case analyzer.PlaceLocal, analyzer.PlaceThisProp, analyzer.PlaceObjProp:
		return true
	case analyzer.PlaceGlobal:
		return fn.Kind == ir.FuncMain
	}
	return false
}

// unbounded says whether a loop runs for the life of the worker, and names
// it for messages. A `while (true)` that leaves by itself (break, return)
// is an algorithm (a parser, a diff) unless its body fetches work.
func (r *resolver) unbounded(fn *ir.Func, l *ir.Loop) (string, bool) {
	switch l.Kind {
	case ir.LoopFor:
		if l.Cond != nil && !isTrue(l.Cond) {
			return "", false
		}
		return r.foreverLoop(l)
	case ir.LoopForeach:
		if r.infiniteGenerator(fn, l.Iter) {
			return "loop over an endless generator", true
		}
		return "", false
	}
	c := l.Cond
	switch {
	case isTrue(c):
		return r.foreverLoop(l)
	case isStopFlag(c):
		return "worker loop", true
	case isWorkerFetch(c):
		return "worker loop", true
	}
	return "", false
}

// foreverLoop classifies a loop whose condition is always true.
func (r *resolver) foreverLoop(l *ir.Loop) (string, bool) {
	if !loopExits(l.Body) {
		return "unbounded loop", true
	}
	if fetchesWork(l.Body) && !retriesCounted(l.Body) {
		return "worker loop", true
	}
	return "", false
}

// retriesCounted reports whether a loop that exits by itself is a retry
// loop: the only waiting it does is a sleep (a backoff, not a fetch of
// the next job), and it leaves on a test of a counter it increments
// (`if (!$policy->shouldRetry($response, $attempt)) return …;
// usleep(…); $attempt++;`).
func retriesCounted(body []ir.Stmt) bool {
	counters := map[string]bool{}
	fetches := false
	analyzer.InspectKinds(body, analyzer.KOther|analyzer.KAssign|analyzer.KCalls|analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Loop:
			return false // a nested loop's own counters and calls
		case *ir.Other:
			if (n.Op == "++" || n.Op == "--") && len(n.Args) == 1 {
				if v, ok := n.Args[0].(*ir.Var); ok && v.Name != "" {
					counters[v.Name] = true
				}
			}
		case *ir.Assign:
			if v, ok := n.Dst.(*ir.Var); ok && (n.Op == "+=" || n.Op == "-=") && v.Name != "" {
				counters[v.Name] = true
			}
		case *ir.MethodCall:
			fetches = fetches || isWorkVerb(n.Name, n.Recv) && !sleepVerb(n.Name)
		case *ir.StaticCall:
			fetches = fetches || isWorkVerb(n.Name, nil) && !sleepVerb(n.Name)
		case *ir.Call:
			fetches = fetches || isWorkVerb(analyzer.CallName(n), nil) && !sleepVerb(analyzer.CallName(n))
		}
		return true
	})
	if fetches || len(counters) == 0 {
		return false
	}
	// an if at the loop's own level that leaves the loop on a test that
	// reads a counter
	for _, st := range body {
		iff, ok := st.(*ir.If)
		if !ok || !loopExits(iff.Then) {
			continue
		}
		reads := false
		analyzer.InspectExpr(iff.Cond, func(n analyzer.Node, _ []analyzer.Node) bool {
			if v, ok := n.(*ir.Var); ok && counters[v.Name] {
				reads = true
			}
			return !reads
		})
		if reads {
			return true
		}
	}
	return false
}

// sleepVerb names the calls that only wait: between retries as well as
// between polls.
func sleepVerb(name string) bool {
	switch strings.ToLower(name) {
	case "sleep", "usleep", "time_nanosleep":
		return true
	}
	return false
}

// loopExits reports whether a loop body can leave the loop by itself: a
// break or return at its own level (not one of a nested loop or switch).
func loopExits(body []ir.Stmt) bool {
	exits := false
	analyzer.InspectKinds(body, analyzer.KReturn|analyzer.KJump|analyzer.KLoop|analyzer.KSwitch|analyzer.KOther, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Return:
			exits = true
		case *ir.Jump:
			if n.Op == "break" || n.Op == "goto" {
				exits = true
			}
		case *ir.Loop, *ir.Switch:
			return false
		case *ir.Other:
			if n.Op == "exit" || n.Op == "throw" {
				exits = true
			}
		}
		return !exits
	})
	return exits
}

// workerVerbs name the calls that block for the next job, message or
// connection.
var workerVerbs = map[string]bool{
	"reserve": true, "receive": true, "consume": true, "dequeue": true, "accept": true, "poll": true,
	"blpop": true, "brpop": true, "brpoplpush": true, "bzpopmin": true, "take": true, "waitforjob": true,
	"nextjob": true, "getnextjob": true, "fetchjob": true, "getmessage": true, "fetchmessage": true,
	"receivemessage": true, "waitformessage": true, "nextmessage": true,
	"waitrequest": true, "waitpayload": true, // RoadRunner's PSR7Worker, HttpWorker and Worker
	"recv": true, "recvfrom": true, "recvmsg": true, "socket_recv": true, "socket_recvfrom": true,
	"socket_recvmsg": true, "stream_socket_recvfrom": true,
	"sleep": true, "usleep": true, "time_nanosleep": true, "stream_select": true, "socket_select": true,
	"stream_socket_accept": true, "socket_accept": true, "msg_receive": true, "pcntl_signal_dispatch": true,
}

// isWorkVerb reports whether a call fetches work: a worker verb, or
// pop/shift/get on a queue-like receiver.
func isWorkVerb(name string, recv ir.Expr) bool {
	name = strings.ToLower(name)
	if workerVerbs[name] {
		return true
	}
	switch name {
	case "pop", "shift", "get", "next", "wait":
		path := strings.ToLower(analyzer.ExprPath(recv))
		for _, w := range []string{"queue", "job", "message", "task", "inbox", "broker", "channel", "consumer", "worker", "feed", "stream", "subscription", "receiver", "transport"} {
			if strings.Contains(path, w) {
				return true
			}
		}
	}
	return false
}

// fetchesWork reports whether a loop body fetches jobs, messages or
// connections, or waits between rounds.
func fetchesWork(body []ir.Stmt) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch c := n.(type) {
		case *ir.MethodCall:
			found = isWorkVerb(c.Name, c.Recv)
		case *ir.StaticCall:
			found = isWorkVerb(c.Name, nil)
		case *ir.Call:
			found = isWorkVerb(analyzer.CallName(c), nil)
		}
		return !found
	})
	return found
}

func isTrue(e ir.Expr) bool {
	lit, ok := e.(*ir.Lit)
	return ok && ((lit.Kind == ir.LitBool && lit.Value == "true") || (lit.Kind == ir.LitInt && lit.Value == "1"))
}

// isStopFlag matches a loop condition on a run/stop flag: $running,
// !$this->shouldStop, !$this->shouldQuit(), $this->isRunning().
func isStopFlag(e ir.Expr) bool {
	if o, ok := e.(*ir.Other); ok && o.Op == "!" && len(o.Args) == 1 {
		e = o.Args[0]
	}
	name := ""
	switch e := e.(type) {
	case *ir.Var:
		name = e.Name
	case *ir.Prop:
		name = e.Name
	case *ir.StaticProp:
		name = e.Name
	case *ir.MethodCall:
		if len(e.Args) > 0 {
			return false
		}
		name = e.Name
	default:
		return false
	}
	name = strings.ToLower(name)
	for _, w := range []string{"stop", "quit", "running", "alive", "shutdown", "terminat", "keepgoing", "keeprunning", "shouldrun"} {
		if strings.Contains(name, w) {
			return true
		}
	}
	return false
}

// isWorkerFetch matches `$job = $queue->pop()`, `($job = …) !== null`
// (either way round), also as one side of && (`$n < $limit && null !==
// ($m = $queue->get())`: a consumer run with a message limit).
func isWorkerFetch(e ir.Expr) bool {
	if o, ok := e.(*ir.Other); ok && (o.Op == "&&" || o.Op == "and") && len(o.Args) == 2 {
		return isWorkerFetch(o.Args[0]) || isWorkerFetch(o.Args[1])
	}
	if o, ok := e.(*ir.Other); ok && (o.Op == "!==" || o.Op == "!=") && len(o.Args) == 2 {
		e = o.Args[0]
		if _, ok := e.(*ir.Assign); !ok {
			e = o.Args[1]
		}
	}
	a, ok := e.(*ir.Assign)
	if !ok || a.Op != "=" {
		return false
	}
	switch c := a.Src.(type) {
	case *ir.MethodCall:
		// ($job = $this->connection->pop($queue)) !== null: what it
		// takes is named for work, whatever holds it
		if v, ok := a.Dst.(*ir.Var); ok && isWorkVerb(c.Name, &ir.Var{Name: v.Name}) {
			return true
		}
		return isWorkVerb(c.Name, c.Recv)
	case *ir.StaticCall:
		return isWorkVerb(c.Name, nil)
	case *ir.Call:
		return isWorkVerb(analyzer.CallName(c), nil)
	}
	return false
}

// infiniteGenerator reports whether iter calls a generator whose yield
// sits in an unbounded loop.
func (r *resolver) infiniteGenerator(fn *ir.Func, iter ir.Expr) bool {
	var target *ir.Func
	switch c := iter.(type) {
	case *ir.MethodCall:
		target = r.method(fn, c)
	case *ir.Call:
		target = r.ix.Function(c.Name, c.Fallback)
	case *ir.StaticCall:
		target = r.ix.Method(c.Class, c.Name)
	}
	if target == nil || !target.Generator {
		return false
	}
	found := false
	analyzer.Inspect(target.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
		if _, ok := n.(*ir.Yield); ok && !found {
			for _, l := range enclosingLoops(stack) {
				if _, ok := r.unbounded(target, l); ok {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// removedByCallees reports whether a $this method called in body (up to
// three calls deep) removes from a $this property place.
func (r *resolver) removedByCallees(fn *ir.Func, body []ir.Stmt, place analyzer.Place) bool {
	if place.Kind != analyzer.PlaceThisProp {
		return false
	}
	seen := map[*ir.Func]bool{}
	var visit func(fn *ir.Func, body []ir.Stmt, depth int) bool
	visit = func(fn *ir.Func, body []ir.Stmt, depth int) bool {
		found := false
		analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
			mc, ok := n.(*ir.MethodCall)
			if !ok || found || !analyzer.IsThis(mc.Recv) {
				return !found
			}
			m := r.method(fn, mc)
			if m == nil || seen[m] {
				return true
			}
			seen[m] = true
			if removedIn(r, analyzer.NewScope(m), m.Body, place) || (depth < 3 && visit(m, m.Body, depth+1)) {
				found = true
			}
			return !found
		})
		return found
	}
	return visit(fn, body, 1)
}

// passedByRef reports whether body hands place to a resolved function or
// method by reference (which may then clear it).
func (r *resolver) passedByRef(fn *ir.Func, scope *analyzer.Scope, body []ir.Stmt, place analyzer.Place) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		var target *ir.Func
		var args []ir.Expr
		switch c := n.(type) {
		case *ir.Call:
			target, args = r.ix.Function(c.Name, c.Fallback), c.Args
		case *ir.MethodCall:
			target, args = r.method(fn, c), c.Args
		case *ir.StaticCall:
			target, args = r.ix.Method(c.Class, c.Name), c.Args
		}
		if target == nil {
			return !found
		}
		for i, a := range args {
			if i < len(target.Params) && target.Params[i].ByRef {
				if p, dims, ok := scope.PlaceOf(a); ok && len(dims) == 0 && p.Key() == place.Key() {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// returnsLocal reports whether fn returns the local variable place: an
// array built to be handed to the caller is bounded by the loop that
// builds it, and freed with the caller's copy.
func returnsLocal(fn *ir.Func, p analyzer.Place) bool {
	if p.Kind != analyzer.PlaceLocal {
		return false
	}
	return analyzer.FuncMemo(fn, returnedLocalsKey{}, func() map[string]bool {
		out := map[string]bool{}
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if r, ok := n.(*ir.Return); ok {
				if v, ok := r.X.(*ir.Var); ok {
					out[v.Name] = true
				}
			}
			return true
		})
		return out
	})[p.Name]
}

type returnedLocalsKey struct{}

func anyUnbounded(r *resolver, fn *ir.Func, loops []*ir.Loop) bool {
	for _, l := range loops {
		if _, ok := r.unbounded(fn, l); ok {
			return true
		}
	}
	return false
}

// scriptLoop returns the outermost loop of file-level code fn that
// counts jobs rather than walks data: a while, do or for loop whose
// condition calls nothing and has no numeric bound (`$done < $n`,
// `true`), or a foreach over a generator of requests (see
// requestGenerator); nil when there is none. Loops over rows, lines, count($array)
// or a fixed range walk data and are left alone.
func (r *resolver) scriptLoop(fn *ir.Func, loops []*ir.Loop) *ir.Loop {
	for _, l := range loops {
		if l.Kind == ir.LoopForeach {
			if r.requestGenerator(fn, l) {
				return l // over a generator of requests or jobs
			}
			continue
		}
		calls := false
		if l.Cond != nil {
			analyzer.InspectExpr(l.Cond, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.Assign:
					calls = true
				case *ir.Lit:
					// a literal bound (`$i <= 0x10ffff`) walks a fixed range
					if n.Kind == ir.LitInt || n.Kind == ir.LitFloat {
						calls = true
					}
				}
				return !calls
			})
		}
		if !calls {
			return l
		}
	}
	return nil
}
