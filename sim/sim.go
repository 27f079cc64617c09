package sim

import (
	"fmt"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
)

// Verdict is the simulation's answer about a claim.
type Verdict int

const (
	// Unknown: the simulation met what it cannot model.
	Unknown Verdict = iota
	// Confirmed: the simulated run leaks as claimed.
	Confirmed
	// Refuted: the simulated run frees what the claim says leaks.
	Refuted
)

func (v Verdict) String() string {
	switch v {
	case Confirmed:
		return "confirmed"
	case Refuted:
		return "refuted"
	}
	return "unknown"
}

// Result is a verdict with its evidence.
type Result struct {
	Verdict Verdict
	Trace   []analyzer.TraceStep // for Confirmed: the steps that make the leak
	Reason  string               // for Unknown and Refuted: why
}

// Confirm checks a rule's claim. It is the analyzer.Config.Confirm hook.
func Confirm(ix *analyzer.Index, c *analyzer.Claim) analyzer.Verdict {
	var r Result
	switch c.Kind {
	case analyzer.Cycle:
		r = Cycle(ix, c.Func)
	default:
		return analyzer.Verdict{}
	}
	out := analyzer.Verdict{Trace: r.Trace, Reason: r.Reason}
	switch r.Verdict {
	case Confirmed:
		out.Confirmed = true
	case Refuted:
		out.Refuted = true
	}
	return out
}

// maxPaths bounds the paths through a function the simulation runs.
const maxPaths = 32

// Cycle runs fn — with a fresh $this of its class and fresh objects for
// its class-typed parameters, as a caller would pass them — following the
// calls it makes, and then drops the frame, its result, $this and the
// arguments, as the caller eventually does. What refcounting cannot free
// then (held, but by nothing a root reaches) is a garbage cycle.
//
// Each run follows one path through the branches; Cycle runs the paths
// one by one (up to maxPaths). A cycle on any path confirms; a refutation
// needs every path run to the end with nothing escaping the simulation.
func Cycle(ix *analyzer.Index, fn *analyzer.Func) Result {
	queue := [][]int{{}}
	runs := 0
	var undecided Result
	for len(queue) > 0 {
		if runs == maxPaths {
			return Result{Verdict: Unknown, Reason: fmt.Sprintf("more than %d paths through %s", maxPaths, label(fn))}
		}
		path := queue[0]
		queue = queue[1:]
		runs++
		r, arity := cyclePath(ix, fn, path)
		switch r.Verdict {
		case Confirmed:
			return r
		case Unknown:
			if undecided.Reason == "" {
				undecided = r
			}
		}
		// the paths that differ from this one at a later branch point
		for i := len(path); i < len(arity); i++ {
			for c := 1; c < arity[i]; c++ {
				alt := make([]int, i+1)
				copy(alt, path)
				alt[i] = c
				queue = append(queue, alt)
			}
		}
	}
	if undecided.Reason != "" {
		return undecided
	}
	return Result{Verdict: Refuted, Reason: fmt.Sprintf("on every path through %s the simulation frees everything it allocates", label(fn))}
}

// cyclePath runs one path and judges it.
func cyclePath(ix *analyzer.Index, fn *analyzer.Func, path []int) (Result, []int) {
	m := newMachine(ix)
	m.path = path
	entry := site{fn.File, fn.Pos}
	var this *object
	if c := fn.ThisClass(); c != nil {
		this = m.alloc(c.Name, entry)
	}
	var args []value
	for _, p := range fn.Params {
		args = append(args, m.paramValue(p, site{fn.File, p.Pos}))
	}
	m.invoke(fn, this, args, nil)
	var roots []node
	for _, k := range sortedKeys(m.statics) {
		roots = append(roots, m.statics[k])
	}
	for _, k := range sortedKeys(m.globals) {
		roots = append(roots, m.globals[k])
	}
	for _, v := range m.engine {
		roots = append(roots, children(deref(v), nil)...)
	}
	garbage := garbageCycles(m.nodes, roots)
	if len(garbage) == 0 {
		if m.unknown != "" {
			return Result{Verdict: Unknown, Reason: m.unknown}, m.arity
		}
		// code the simulation could not follow may hold the link
		for _, n := range m.nodes {
			if why, ok := m.escaped[n]; ok {
				return Result{Verdict: Unknown, Reason: fmt.Sprintf("%s is %s", nodeLabel(n), why)}, m.arity
			}
		}
		return Result{Verdict: Refuted}, m.arity
	}
	for _, n := range garbage {
		if why, ok := m.escaped[n]; ok {
			return Result{Verdict: Unknown, Reason: fmt.Sprintf("%s is %s", nodeLabel(n), why)}, m.arity
		}
	}
	if m.unknown != "" {
		return Result{Verdict: Unknown, Reason: m.unknown}, m.arity
	}
	return Result{Verdict: Confirmed, Trace: m.cycleTrace(fn, garbage)}, m.arity
}

// paramValue makes the value a caller passes for a parameter: a fresh
// object for a class type, an empty array for array, else a scalar.
func (m *machine) paramValue(p *analyzer.Param, at site) value {
	for _, t := range p.Types {
		switch strings.ToLower(t) {
		case "array", "iterable":
			return newArray()
		case "int", "float", "string", "bool", "null", "mixed", "callable", "false", "true", "object", "self", "static":
			continue
		}
		if c := m.ix.Class(t); c != nil && c.Kind != analyzer.KindEnum {
			o := m.alloc(c.Name, at)
			// a caller passes a constructed object: run its constructor
			// with made-up arguments, one level deep
			if ctor := m.ix.Method(c.Name, "__construct"); ctor != nil && m.depth == 0 {
				m.depth++
				var args []value
				for _, p := range ctor.Params {
					args = append(args, m.paramValue(p, site{ctor.File, p.Pos}))
				}
				m.depth--
				m.invoke(ctor, o, args, nil)
			}
			return o
		}
		if m.ix.Class(t) == nil {
			return m.alloc(t, at)
		}
	}
	return scalar{}
}

// cycleTrace lists the stores that made the garbage cycle, in order, and
// the end of the frame.
func (m *machine) cycleTrace(fn *analyzer.Func, garbage []node) []analyzer.TraceStep {
	in := map[node]bool{}
	for _, n := range garbage {
		in[n] = true
	}
	var steps []analyzer.TraceStep
	seen := map[string]bool{}
	for _, l := range m.links {
		if !in[l.holder] || !in[l.held] {
			continue
		}
		s := l.at.step("%s", l.text)
		key := fmt.Sprintf("%s:%d:%s", s.File, s.Line, s.Message)
		if seen[key] {
			continue
		}
		seen[key] = true
		steps = append(steps, s)
	}
	var names []string
	for _, n := range garbage {
		if o, ok := n.(*object); ok {
			names = append(names, o.label())
		}
	}
	what := "an array holding a reference to itself"
	if len(names) > 0 {
		what = strings.Join(names, ", ")
	}
	steps = append(steps, analyzer.Step(fn.File, analyzer.Pos{Line: fn.Pos.EndLine},
		"after %s returns and its caller drops the objects: %s unreachable, still referenced by each other", label(fn), what))
	return steps
}

func label(fn *analyzer.Func) string {
	switch fn.Kind {
	case analyzer.FuncMethod:
		if fn.Class != nil {
			return fn.Class.Short + "::" + fn.Name + "()"
		}
	case analyzer.FuncClosure, analyzer.FuncArrow:
		return "the closure"
	case analyzer.FuncMain:
		return "the file body"
	}
	return fn.Name + "()"
}

func nodeLabel(n node) string {
	switch n := n.(type) {
	case *object:
		return n.label()
	case *refCell:
		return "a reference"
	}
	return "a value"
}

func sortedKeys(m map[string]*refCell) []string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}
