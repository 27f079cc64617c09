package rules

import (
	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// Library code (vendor/ files the project calls, see
// analyzer.Config.Library) is indexed and followed like the project's,
// so a rule may find a store that grows in it: a logger's buffer, an
// entity manager's identity map. Such a finding is the project's only
// through the project's calls that fill the store: it is reported at the
// nearest of them (the first project frame of the calls that reach the
// write), and dropped when no project code reaches it. A cycle among
// library objects is the library's own (objects the library keeps for
// the process, or that it frees itself): never reported.

func init() {
	for _, a := range All() {
		a.Run = inProject(a.Run)
	}
}

// inProject wraps a rule's Run: findings placed in library code get the
// project's calls that lead to them (Diagnostic.Via), or are dropped.
func inProject(run func(*analyzer.Pass)) func(*analyzer.Pass) {
	return func(pass *analyzer.Pass) {
		library := false
		for _, f := range pass.Files {
			if f.Library {
				library = true
				break
			}
		}
		if !library {
			run(pass)
			return
		}
		run(pass.Intercept(func(d analyzer.Diagnostic, report func(analyzer.Diagnostic)) {
			if d.File == nil || !d.File.Library {
				report(d)
				return
			}
			if pass.Analyzer.Kind == analyzer.Cycle {
				debugf(d, "a cycle in library code: the library's own")
				return
			}
			fn := enclosingFunc(d.File, d.Pos)
			if fn == nil {
				debugf(d, "growth in library code outside any function")
				return
			}
			var callers []*ir.Func
			d.Via, callers = sharedProgram(pass).projectFrames(fn, 8)
			if len(d.Via) == 0 {
				debugf(d, "growth in library code that no per-request project code reaches")
				return
			}
			// what the rules judge of library code (its keys, its
			// resets, when its code runs) rests on code the project did
			// not write and the worker model does not describe: the
			// finding stands only if the simulation, running the
			// project's requests through the library, sees the store grow
			if d.Claim == nil || d.Claim.Unsimulated {
				debugf(d, "growth in library code that the simulation cannot check")
				return
			}
			if c := fn.Class; c != nil && removesDynamically(c) {
				// unset($this->{$store}[$key]): a removal from a property
				// named at run time may be a removal from this one
				debugf(d, "growth in library code whose class removes from properties it names at run time")
				return
			}
			if d.Claim.Required {
				// the rule alone judged it bounded: the library removes
				// from it (an ack, an unsubscribe, a close), which the
				// project's requests reach along the library's paths
				// the simulation may not follow
				debugf(d, "growth in library code that the library removes from")
				return
			}
			if d.Claim.Loop == nil || d.Claim.LoopFunc == nil {
				// not the library function alone, called with any
				// arguments (a key from a parameter is new on every
				// call), but the project's per-request code that calls
				// it, with the arguments the project gives; the store
				// is measured on the library's objects it reaches
				c := *d.Claim
				c.Func, c.KeepThis, c.WriteFile = callers[0], true, d.File
				if c.Place.Kind == analyzer.PlaceThisProp && c.Class == "" && fn.ThisClass() != nil {
					c.Class = fn.ThisClass().Name
				}
				d.Claim = &c
			}
			d.Claim.Required = true
			report(d)
		}))
	}
}

// enclosingFunc is the innermost function, method or closure of f whose
// span holds pos.
func enclosingFunc(f *ir.File, pos ir.Pos) *ir.Func {
	var best *ir.Func
	within := func(fn *ir.Func) bool {
		p := fn.Pos
		after := p.Line < pos.Line || p.Line == pos.Line && p.Col <= pos.Col
		before := p.EndLine > pos.Line || p.EndLine == pos.Line && p.EndCol >= pos.Col
		return after && before
	}
	for _, fn := range f.Funcs {
		if fn.Kind == ir.FuncMain || !within(fn) {
			continue
		}
		if best == nil || fn.Pos.Line > best.Pos.Line || fn.Pos.Line == best.Pos.Line && fn.Pos.Col > best.Pos.Col {
			best = fn
		}
	}
	return best
}

// projectFrames lists the project's calls (in non-library files) that
// reach fn through resolved calls, nearest first, at most max of them:
// the calls into library code that lead to fn. A call that runs only
// once (boot code, a worker script's set-up before its loop) adds to the
// store once: not a frame of its growth. Calls from code known to run
// per request come first. A call made by a library's own request loop
// (a framework's worker loop in vendor/) is not followed further up: the
// project's call that starts the loop does not add per request.
func (p *program) projectFrames(fn *ir.Func, max int) ([]analyzer.Frame, []*ir.Func) {
	sites, _ := p.r.callSites()
	var out, later []analyzer.Frame
	var outBy, laterBy []*ir.Func
	seen := map[*ir.Func]bool{fn: true}
	at := map[analyzer.Frame]bool{}
	level := []*ir.Func{fn}
	for depth := 0; depth < 12 && len(level) > 0 && len(out) < max; depth++ {
		var next []*ir.Func
		for _, callee := range level {
			for _, s := range sites[callee] {
				c := s.caller
				if c == nil || c.File == nil {
					continue
				}
				if !c.File.Library {
					fr := analyzer.Frame{File: c.File, Pos: s.at}
					if s.at == (ir.Pos{}) {
						fr.Pos = c.Pos
					}
					if _, once := p.onlyOnce(c); once || s.at != (ir.Pos{}) && p.outsideRequestLoops(c, s.at) || at[fr] {
						continue
					}
					if c.Kind == ir.FuncMain {
						// a script's top level runs once, but for its
						// request loops (a worker script's set-up calls
						// a library once)
						if ph, _ := p.phaseOf(c); ph != PhaseRequest {
							if has, inside := p.requestLoopsAt(c, s.at); !has || !inside {
								continue
							}
						}
					}
					at[fr] = true
					if ph, _ := p.phaseOf(c); ph == PhaseRequest {
						out, outBy = append(out, fr), append(outBy, c)
					} else {
						later, laterBy = append(later, fr), append(laterBy, c)
					}
					continue
				}
				if has, inside := p.requestLoopsAt(c, s.at); s.at != (ir.Pos{}) && has && inside {
					// the library's own worker loop calls it: what the
					// project does to start that loop is not a call per
					// request
					continue
				}
				if !seen[c] && len(seen) < 4000 {
					seen[c] = true
					next = append(next, c)
				}
			}
		}
		level = next
	}
	out, outBy = append(out, later...), append(outBy, laterBy...)
	if len(out) > max {
		out, outBy = out[:max], outBy[:max]
	}
	return out, outBy
}

// removesDynamically reports whether a method of c unsets an element of
// a property of $this whose name is dynamic ($this->{$store}[$k]).
func removesDynamically(c *ir.Class) bool {
	found := false
	for _, m := range c.Methods {
		analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			u, ok := n.(*ir.Unset)
			if !ok {
				return !found
			}
			for _, t := range u.Targets {
				for {
					d, ok := t.(*ir.Dim)
					if !ok {
						break
					}
					t = d.Base
				}
				if p, ok := t.(*ir.Prop); ok && p.Name == "" {
					if v, ok := p.Obj.(*ir.Var); ok && v.Name == "this" {
						found = true
					}
				}
			}
			return !found
		})
	}
	return found
}
