package rules

import (
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/ir"
)

// logBuffer is a Monolog buffering handler the project makes with no
// size (see builtins.LogBuffer): it keeps every record until something
// empties it.
type logBuffer struct {
	made *ir.New
	in   *ir.Func
	kind *builtins.LogBuffer
	// given: the size is an argument, 0 (no limit) whatever runs
	given bool
}

// unboundedLogBuffers lists the buffering handlers the project makes
// without a size, or with a size that is 0 whatever runs: new
// FingersCrossedHandler($stream, Level::Error) keeps every record below
// the action level for as long as the logger lives.
func unboundedLogBuffers(pass *analyzer.Pass) []logBuffer {
	var out []logBuffer
	for _, short := range builtins.LogBufferShorts() {
		news, in := pass.Index.NewsOfShort(short)
		for i, nw := range news {
			kind := builtins.LogBufferOf(nw.Class)
			if kind == nil {
				continue
			}
			if slices.ContainsFunc(nw.Args, func(a ir.Expr) bool { o, ok := a.(*ir.Other); return ok && o.Op == "..." }) {
				continue // new FingersCrossedHandler(...$args): not known
			}
			// (a size read from the configuration counts when every value
			// it may take is known: buffer_size 0 in each handler entry of
			// the array a config file returns)
			size := nw.Arg(kind.Param, kind.At)
			if size != nil && !noSize(pass.Index.ConstValues(in[i], size)) {
				continue // a size, or one phpleak cannot tell
			}
			out = append(out, logBuffer{nw, in[i], kind, size != nil})
		}
	}
	return out
}

// logBufferEmptied reports whether something may empty the loggers'
// buffers between requests: the project calls reset() or close() on
// anything (a logger, a services resetter, a handler), makes Symfony's
// services resetter, or is a Symfony application, whose services
// resetter resets the loggers after every message (reset_on_message)
// and request. Listeners of an event the worker never dispatches do not
// count.
func logBufferEmptied(pass *analyzer.Pass, prog *program) bool {
	// (Symfony's services resetter and the listener that runs it after
	// every message, made by the project's own wiring)
	for _, short := range []string{"ServicesResetter", "ResetServicesListener"} {
		if news, _ := pass.Index.NewsOfShort(short); len(news) > 0 {
			return true
		}
	}
	if declaresHTTPKernel(pass) {
		return true
	}
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			// (Monolog's own code, when the project carries a copy of
			// it: a logger's reset() handing on to its handlers)
			if fn.Class != nil && strings.HasPrefix(strings.ToLower(fn.Class.Name), `monolog\`) {
				continue
			}
			// (nor a listener only of events the worker never
			// dispatches: a reset() on kernel.terminate in a consumer)
			if _, per := prog.perIter[fn]; prog.silenced[fn] && !per {
				continue
			}
			if callsMethod(fn, "reset") || callsMethod(fn, "close") {
				return true
			}
		}
	}
	return false
}

// loggerCall reports whether call hands a record to a logger: a level
// method (info(), error(), log()) on a Monolog or PSR-3 logger, on
// Laravel's Log facade or on one of its channels (Log::channel('jobs')).
func loggerCall(r *resolver, fn *ir.Func, n analyzer.Node) (string, bool) {
	switch c := n.(type) {
	case *ir.MethodCall:
		if !builtins.LogLevel(c.Name) {
			return "", false
		}
		path := analyzer.ExprPath(c.Recv)
		if sc, ok := c.Recv.(*ir.StaticCall); ok && builtins.IsLogger(sc.Class) {
			return shortName(sc.Class) + "::" + sc.Name + "(…)->" + c.Name + "()", true
		}
		class := r.classOf(fn, c.Recv)
		if class == "" || path == "" {
			return "", false
		}
		// a logger class of the project's own is analysed as its code,
		// unless it is a Monolog logger (AppLogger extends Logger)
		if r.ix.ProjectClass(class) == nil && builtins.IsLogger(class) || r.ix.ProjectClass(class) != nil && r.ix.Implements(class, `monolog\logger`) {
			return path + "->" + c.Name + "()", true
		}
	case *ir.StaticCall:
		if builtins.LogLevel(c.Name) && builtins.IsLogger(c.Class) {
			return shortName(c.Class) + "::" + c.Name + "()", true
		}
	}
	return "", false
}

// reportLogBuffers reports, in code the worker model runs per request,
// job or message, the first call in each function that logs through a
// logger, when the project makes a Monolog buffering handler with no
// size and nothing resets the loggers: each record stays in the
// handler's buffer for the life of the worker (until an error arrives,
// for FingersCrossedHandler).
func reportLogBuffers(pass *analyzer.Pass, r *resolver, prog *program) {
	buffers := unboundedLogBuffers(pass)
	if len(buffers) == 0 || logBufferEmptied(pass, prog) {
		return
	}
	// (which logger a call reaches is not followed: with one Monolog
	// logger made in the project it is that one; with more, the buffer
	// may be another's)
	if loggers, _ := pass.Index.NewsOfShort("Logger"); len(slices.DeleteFunc(slices.Clone(loggers), func(nw *ir.New) bool {
		return !strings.EqualFold(strings.TrimPrefix(nw.Class, `\`), `monolog\logger`)
	})) > 1 {
		return
	}
	b := buffers[0]
	// (a handler made per request goes with the request)
	if _, per := prog.perIter[b.in]; per {
		return
	}
	made := fmt.Sprintf("%s:%d", b.in.File.Path, b.made.P.Line)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			why, per := prog.perIter[fn]
			if !per {
				continue
			}
			done := false
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if done {
					return false
				}
				call, ok := loggerCall(r, fn, n)
				if !ok {
					return true
				}
				done = true
				var at ir.Pos
				switch c := n.(type) {
				case *ir.MethodCall:
					at = c.P
				case *ir.StaticCall:
					at = c.P
				}
				handler := shortName(b.made.Class)
				none := "no buffer size"
				if b.given {
					none = fmt.Sprintf("no buffer size (its $%s is 0 in every configuration it reads)", b.kind.Param)
				}
				pass.Report(analyzer.Diagnostic{
					File: f, Pos: at,
					Message: fmt.Sprintf("%s hands a record to the loggers, whose %s made at %s has %s: it keeps every record until %s, and nothing resets the loggers (reset(), close()) while this code %s: the buffer grows for the life of the worker.",
						call, handler, made, none, b.kind.Until, why),
					Fix:        fmt.Sprintf("Give the %s a buffer size (its $%s argument, or buffer_size in the Monolog configuration), or reset the logger after each request or message ($logger->reset(), Symfony's reset_on_message).", handler, b.kind.Param),
					Confidence: analyzer.Medium,
					Trace: []analyzer.TraceStep{
						analyzer.Step(b.in.File, b.made.P, "the %s is made with %s: it keeps every record until %s", handler, none, b.kind.Until),
						analyzer.Step(f, at, "%s logs a record; this code %s", call, why),
					},
					LeakKey: "logbuffer:" + strings.ToLower(made) + ":" + strings.ToLower(funcLabel(fn)),
				})
				return false
			})
		}
	}
}

// noSize reports whether every value a buffer size may take is known and
// means no limit (0 or null), and there is one at least.
func noSize(vs []analyzer.Const) bool {
	if len(vs) == 0 {
		return false
	}
	for _, v := range vs {
		switch {
		case v.Kind == analyzer.ConstNull:
		case v.Kind == analyzer.ConstInt && v.I == 0:
		default:
			return false
		}
	}
	return true
}
