package rules

import (
	"fmt"
	"os"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/logsafe"
	"github.com/phpleak/phpleak/ir"
)

// judgedByModel wraps a cycle rule's Run so that its findings are judged
// by the worker model before they are recorded:
//
//   - a cycle made only in code that runs once (boot, a one-shot
//     command) leaves at most one garbage cycle per process: dropped;
//   - a cycle that holds an object living for the whole process (a
//     container singleton, a shared service, an event loop the script
//     makes once at its top level) never becomes garbage while
//     the worker runs: kept as a low-confidence note that says which
//     object keeps it alive, shown with --min-confidence low.
func judgedByModel(run func(*analyzer.Pass)) func(*analyzer.Pass) {
	return func(pass *analyzer.Pass) {
		prog := sharedProgram(pass)
		run(pass.Intercept(func(d analyzer.Diagnostic, report func(analyzer.Diagnostic)) {
			c := d.Claim
			if c == nil || c.Func == nil {
				report(d)
				return
			}
			if why, once := prog.onlyOnce(c.Func); once {
				debugf(d, "cycle made only in code that runs once: %s %s", funcLabel(c.Func), why)
				return
			}
			// (the link made by the function's own statement, not by
			// something it calls)
			if d.File == c.Func.File && prog.outsideRequestLoops(c.Func, d.Pos) {
				debugf(d, "cycle made before or after the request loop of %s: once", funcLabel(c.Func))
				return
			}
			// the object whose lifetime keeps the cycle reachable: $this,
			// or one the function was handed
			keeper, ownerWhy, long := "", "", false
			for _, k := range append([]string{c.Owner}, c.Kept...) {
				if k != "" && !long {
					keeper = k
					ownerWhy, long = prog.isLongLived(k)
				}
			}
			// (an object a script makes once, at its top level, also
			// lives for the process, however the worker model reads its
			// loops)
			for _, k := range append([]string{c.Owner}, c.Kept...) {
				if k != "" && !long {
					keeper = k
					ownerWhy, long = prog.madeOncePerProcess(k)
				}
			}
			ph, why := prog.phaseOf(c.Func)
			if ph != PhaseRequest && !long && prog.ownsWorkerLoop() && neverRuns(prog, sharedResetIndex(pass).called, c.Func) && prog.onlyDeadCallers(c.Func, sharedResetIndex(pass).called) {
				// firstPage(), called only by a nextPage() that nothing
				// in a program running its own worker loop calls, nor
				// anything the worker runs: public API, used or not (a
				// library's users, which call it, are not in view)
				d.Message += fmt.Sprintf(" Only code that nothing in the analysed code calls, and that the worker never runs, calls %s: reported in case code outside the project does.", funcLabel(c.Func))
				d.MaxConfidence = analyzer.Low
				report(d)
				return
			}
			switch {
			case long:
				d.Message += fmt.Sprintf(" The cycle holds the %s, which lives for the whole process (%s): it never becomes garbage while the worker runs, so no memory is lost.",
					shortName(keeper), ownerWhy)
				d.Severity = analyzer.SeverityNote
				d.MaxConfidence = analyzer.Low
			case ph == PhaseRequest:
				d.Message += fmt.Sprintf(" %s %s: one more garbage cycle every time.", capitalize(funcLabel(c.Func)), why)
			}
			report(d)
		}))
	}
}

// growthPhase judges a growth finding of static or global state by the
// phase of the function that writes: it returns false (drop) when the
// write runs only once, and otherwise the sentence that says when it
// runs ("" when unknown).
func growthPhase(pass *analyzer.Pass, fn *ir.Func) (string, bool) {
	prog := sharedProgram(pass)
	ph, why := prog.phaseOf(fn)
	switch ph {
	case PhaseBoot, PhaseOnce:
		if os.Getenv("PHPLEAK_DEBUG") != "" {
			logsafe.Fprintf(os.Stderr, "phpleak: %s:%d: growth in code that runs once: %s %s\n", fn.File.Path, fn.Pos.Line, funcLabel(fn), why)
		}
		return "", false
	case PhaseRequest:
		return why, true
	}
	return "", true
}

func debugf(d analyzer.Diagnostic, format string, args ...any) {
	if os.Getenv("PHPLEAK_DEBUG") == "" || d.File == nil {
		return
	}
	logsafe.Fprintf(os.Stderr, "phpleak: %s:%d: dropped by the worker model: %s\n", d.File.Path, d.Pos.Line, strings.TrimSpace(fmt.Sprintf(format, args...)))
}

// onlyResolvedCalls reports whether the resolved calls of fn are all
// the calls it gets: no call of its name on an object phpleak cannot
// type, no string naming it.
func (r *resolver) onlyResolvedCalls(fn *ir.Func) bool {
	_, unresolved := r.callSites()
	name := strings.ToLower(shortName(fn.Name))
	return !(fn.Kind == ir.FuncMethod && unresolved[name] || r.callableNames[name] || r.callableNames[strings.ToLower(fn.Name)])
}

// mayBeCalled reports whether anything in the project calls fn or may
// call it: a resolved call, a call phpleak cannot resolve by its name, or
// its name in a string (a callable).
func (r *resolver) mayBeCalled(fn *ir.Func) bool {
	sites, unresolved := r.callSites()
	if len(sites[fn]) > 0 {
		return true
	}
	name := strings.ToLower(fn.Name)
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		name = name[i+1:]
	}
	return fn.Kind == ir.FuncMethod && unresolved[name] || r.callableNames[name] || r.callableNames[strings.ToLower(fn.Name)]
}
