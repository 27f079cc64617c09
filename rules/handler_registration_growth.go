package rules

import (
	"fmt"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
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
			"everything the callbacks capture) until the worker is killed.\n\n" +
			"Not flagged: registrations undone in the same function (`restore_error_handler()`,\n" +
			"`spl_autoload_unregister()`, `removeListener()`/`off()`, also in `finally`), autoloaders\n" +
			"registered by name (PHP ignores duplicates), registrations outside per-request code.",
		Leaking: `final class ImportHandler
{
    public function __invoke(ImportFile $message): void
    {
        set_error_handler(fn (int $no, string $msg) => $this->warnings[] = $msg);
        $this->importer->import($message->path); // the handler is never restored
    }
}`,
		Fixed: `final class ImportHandler
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
	Run: runHandlerRegistrationGrowth,
}

// engineRegistrations maps registering functions to the call that undoes
// them ("" when nothing can).
var engineRegistrations = map[string]string{
	"register_shutdown_function": "",
	"set_error_handler":          "restore_error_handler",
	"set_exception_handler":      "restore_exception_handler",
	"spl_autoload_register":      "spl_autoload_unregister",
	"header_register_callback":   "",
}

var listenerAdd = map[string]bool{
	"addlistener": true, "on": true, "listen": true, "subscribe": true, "addsubscriber": true,
	"addeventlistener": true,
}

var listenerRemove = map[string]bool{
	"removelistener": true, "off": true, "unsubscribe": true, "removesubscriber": true,
	"removeeventlistener": true, "detach": true, "forget": true, "removealllisteners": true,
}

func runHandlerRegistrationGrowth(pass *analyzer.Pass) {
	r := sharedResolver(pass)
	prog := sharedProgram(pass)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			entry, perIter := prog.perIter[fn]
			scope := analyzer.NewScope(fn)
			analyzer.Inspect(fn.Body, func(n analyzer.Node, stack []analyzer.Node) bool {
				why := entry
				if !perIter {
					// registrations inside a request loop (possibly
					// within a bounded inner loop)
					loops := enclosingLoops(stack)
					why = ""
					for i := len(loops) - 1; i >= 0 && why == ""; i-- {
						if loopWhy, ok := prog.requestLoop(fn, loops[i]); ok {
							why = fmt.Sprintf("runs on every iteration of the %s at %s:%d", loopWhy, f.Path, loops[i].P.Line)
						}
					}
					if why == "" {
						return true
					}
				}
				switch c := n.(type) {
				case *analyzer.Call:
					name := analyzer.CallName(c)
					undo, ok := engineRegistrations[name]
					if !ok || (undo != "" && callsFunction(fn.Body, undo)) {
						return true
					}
					if name == "spl_autoload_register" && (len(c.Args) == 0 || analyzer.IsConstant(c.Args[0]) || isStaticCallable(c.Args[0])) {
						return true // PHP ignores a second registration of the same callable
					}
					if guardedOnce(stack, scope) || returnsEarlyOnFlag(fn.Body, scope, c.P.Line) {
						return true
					}
					fix := "Register it once at boot instead of per request."
					if undo != "" {
						fix = fmt.Sprintf("Call %s() in a finally block after the work, or register it once at boot.", undo)
					}
					pass.Report(analyzer.Diagnostic{
						File: f, Pos: c.P,
						Message: fmt.Sprintf("%s() adds to a process-wide stack in code that %s, and it is never undone: the stack, and everything the callback holds, grows with every request or job.",
							name, why),
						Fix:        fix,
						Confidence: analyzer.High,
						Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "%s() registers a callback; this code %s", name, why)},
					})
				case *analyzer.MethodCall:
					if !listenerAdd[strings.ToLower(c.Name)] || len(c.Args) == 0 || analyzer.IsThis(c.Recv) {
						return true
					}
					class := r.classOf(fn, c.Recv)
					lifetime, long := prog.isLongLived(class)
					if class == "" || !long {
						return true
					}
					path := analyzer.ExprPath(c.Recv)
					if path == "" || removesListener(fn.Body, path) {
						return true
					}
					pass.Report(analyzer.Diagnostic{
						File: f, Pos: c.P,
						Message: fmt.Sprintf("%s->%s() adds a listener to a long-lived %s in code that %s, and nothing removes it: the listener list grows with every request or job (%s).",
							path, c.Name, shortName(class), why, lowerFirst(lifetime)),
						Fix:        "Register listeners once at boot, or remove the listener when the request ends (e.g. in a finally block).",
						Confidence: analyzer.High,
						Trace:      []analyzer.TraceStep{analyzer.Step(f, c.P, "listener added; this code %s", why)},
					})
				}
				return true
			})
		}
	}
}

// callsFunction reports whether body calls the named function.
func callsFunction(body []analyzer.Stmt, name string) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*analyzer.Call); ok && analyzer.CallName(c) == name {
			found = true
		}
		return !found
	})
	return found
}

// removesListener reports whether body removes a listener from the
// object at path.
func removesListener(body []analyzer.Stmt, path string) bool {
	found := false
	analyzer.Inspect(body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if c, ok := n.(*analyzer.MethodCall); ok && listenerRemove[strings.ToLower(c.Name)] && analyzer.ExprPath(c.Recv) == path {
			found = true
		}
		return !found
	})
	return found
}

// isStaticCallable matches ['Class', 'method'] and 'Class::method'.
func isStaticCallable(e analyzer.Expr) bool {
	a, ok := e.(*analyzer.Array)
	if !ok || len(a.Items) != 2 {
		return false
	}
	return analyzer.IsConstant(a.Items[0].Value) && analyzer.IsConstant(a.Items[1].Value)
}

// guardedOnce reports whether the registration sits under an `if` that
// tests a static or property flag (register-once idiom).
func guardedOnce(stack []analyzer.Node, scope *analyzer.Scope) bool {
	for _, n := range stack {
		iff, ok := n.(*analyzer.If)
		if !ok {
			continue
		}
		flag := false
		analyzer.Inspect([]analyzer.Stmt{&analyzer.ExprStmt{X: iff.Cond}}, func(e analyzer.Node, _ []analyzer.Node) bool {
			if x, ok := e.(analyzer.Expr); ok {
				if p, _, ok := scope.PlaceOf(x); ok && (p.Kind == analyzer.PlaceStatic || p.Kind == analyzer.PlaceStaticVar || p.Kind == analyzer.PlaceThisProp || p.Kind == analyzer.PlaceGlobal) {
					flag = true
				}
			}
			return !flag
		})
		if flag {
			return true
		}
	}
	return false
}

// returnsEarlyOnFlag matches the early-return once idiom before line:
// `if (self::$booted) { return; }` (or a static, property or global flag).
func returnsEarlyOnFlag(body []analyzer.Stmt, scope *analyzer.Scope, line int) bool {
	for _, st := range body {
		iff, ok := st.(*analyzer.If)
		if !ok || iff.P.Line >= line || !loopExits(iff.Then) {
			continue
		}
		if guardedOnce([]analyzer.Node{iff}, scope) {
			return true
		}
	}
	return false
}
