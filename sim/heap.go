// Package sim is phpleak's abstract refcount simulation. It interprets the
// IR of a function on an abstract heap — objects per allocation, arrays
// with value semantics, PHP references, closures holding $this and their
// captures — following the calls the index resolves, and then asks what
// PHP's refcounting would do when the frame ends: which values are still
// held (refcount above zero) although no root reaches them. Those are
// garbage cycles, the runtime signature of a cycle leak.
//
// Rules propose candidates; the simulation confirms them (with a trace of
// the steps that made the cycle), refutes them (the run frees
// everything: a back-link broken in a finally, a WeakReference), or
// answers unknown when it meets what it cannot model (unresolved calls
// that receive the objects, dynamic names, an exhausted budget).
package sim

import (
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// value is an abstract PHP value: *object, *array, *refCell, or a
// non-heap value (scalar, unknown).
type value interface{}

// scalar is any value that holds no heap reference (int, string, null…).
//
// name, when set, is the variable that first held it ($topic): a value
// the simulation does not know is still one value wherever it is copied,
// so an entry written under $topic is the entry a removal reads back as
// $sub->topic after the object was given $topic. Within a run the same
// variable means the same key, as keyOf names keys it cannot compute.
type scalar struct{ name string }

// named gives v, a value about to be held by the variable $variable,
// that name when it is a scalar without one.
func named(v value, variable string) value {
	if s, ok := v.(scalar); ok && s.name == "" {
		return scalar{name: "$" + variable}
	}
	return v
}

// konst is a scalar whose value the code spells out (a literal).
type konst struct{ v string }

// sym is a scalar whose value differs from call to call (a parameter, an
// id read from a request, uniqid()): as an array key it adds an entry on
// every call, where a constant key overwrites one.
//
// maybeNull marks a sym that may also be null (an element that may be
// missing, what a built-in function returns, `$x ?? null`): conditions
// on its nullness stay unknown.
type sym struct {
	id        int
	maybeNull bool
	// data: read out of an array handed in (a decoded message, a
	// reply), not computed from what the simulation holds
	data bool
}

// unknown is a value the simulation could not compute. It may hold
// anything, so it makes verdicts that depend on it unknown.
type unknown struct{}

// object is one allocation: an object, or a Closure (which holds its
// bound $this and its captured variables as properties).
type object struct {
	id      int
	class   string
	site    site
	entries          // its properties (and a collection's elements)
	fn      *ir.Func // a Closure's code
	// maybeNull: made up for a nullable parameter, which a caller may
	// leave null ($fallback ?? fn () => …)
	maybeNull bool
}

// array is a PHP array. Arrays are values: assignment copies them
// (copy-on-write in PHP; a copy here). An array only has an identity
// while it sits inside a reference cell.
type array struct {
	entries
	opaque bool // passed in from outside: elements not set here are unknown
	// outside, for an opaque array, names the keys it holds that the
	// simulation does not see: one id per array handed in, kept by its
	// copies, so that a union with the same array again adds nothing
	outside int
}

// entries is an ordered map, what arrays and objects hold: keys in first
// store order, for determinism.
type entries struct {
	keys []string
	vals map[string]value
}

func newEntries() entries { return entries{vals: map[string]value{}} }

// refCell is a PHP reference (&): several slots share one value.
type refCell struct {
	id int
	v  value
}

// site names where something was allocated or stored.
type site struct {
	file *ir.File
	pos  ir.Pos
}

func (s site) step(format string, args ...any) analyzer.TraceStep {
	return analyzer.Step(s.file, s.pos, format, args...)
}

func newArray() *array { return &array{entries: newEntries()} }

// copyValue gives assignment semantics: arrays are copied (deeply, since
// nested arrays are values too), objects and references are shared.
func copyValue(v value) value {
	a, ok := v.(*array)
	if !ok {
		return v
	}
	c := &array{entries: entries{keys: append([]string(nil), a.keys...), vals: make(map[string]value, len(a.vals))}, opaque: a.opaque, outside: a.outside}
	for k, x := range a.vals {
		if _, isRef := x.(*refCell); isRef {
			c.vals[k] = x // a reference element stays shared
		} else {
			c.vals[k] = copyValue(x)
		}
	}
	return c
}

func (e *entries) get(k string) value {
	if v, ok := e.vals[k]; ok {
		return v
	}
	return nil
}

func (e *entries) set(k string, v value) {
	if _, ok := e.vals[k]; !ok {
		e.keys = append(e.keys, k)
	}
	e.vals[k] = v
}

func (e *entries) remove(k string) {
	if _, ok := e.vals[k]; !ok {
		return
	}
	delete(e.vals, k)
	for i, x := range e.keys {
		if x == k {
			e.keys = append(e.keys[:i], e.keys[i+1:]...)
			break
		}
	}
}

// rename moves the entry under old to key new, in old's place.
func (e *entries) rename(old, new string) {
	v, ok := e.vals[old]
	if !ok {
		return
	}
	delete(e.vals, old)
	e.vals[new] = v
	for i, x := range e.keys {
		if x == old {
			e.keys[i] = new
			break
		}
	}
}

// clear empties the map.
func (e *entries) clear() { *e = newEntries() }

// takeElements removes a container's elements (the keys in brackets its
// add methods store under), keeping anything else it holds.
// elements lists what a container holds (its "[…]" entries), in order.
func (o *object) elements() []value {
	var out []value
	for _, k := range o.keys {
		if strings.HasPrefix(k, "[") {
			out = append(out, o.vals[k])
		}
	}
	return out
}

func (o *object) takeElements() {
	for _, k := range slices.Clone(o.keys) {
		if strings.HasPrefix(k, "[") || strings.HasPrefix(k, infoKey("[")) {
			o.remove(k)
		}
	}
}

// children appends the heap nodes the entries hold.
func (e *entries) children(out []node) []node {
	for _, k := range e.keys {
		out = children(e.vals[k], out)
	}
	return out
}

// size counts the entries and, recursively, what they hold.
func (e *entries) size(seen map[node]bool) int {
	n := len(e.keys)
	for _, k := range e.keys {
		n += size(deref(e.vals[k]), seen)
	}
	return n
}

func (a *array) append(n *int, v value) {
	*n++
	a.set("#"+strconv.Itoa(*n), v)
}

// label names an object for traces: "Order#1 (new at Order.php:12)".
func (o *object) label() string {
	return fmt.Sprintf("%s#%d", shortName(o.class), o.id)
}

func shortName(class string) string {
	for i := len(class) - 1; i >= 0; i-- {
		if class[i] == '\\' {
			return class[i+1:]
		}
	}
	return class
}

// node is anything with an identity on the heap: objects and reference
// cells (arrays get one only through a cell).
type node interface{}

// children lists the heap nodes a value holds directly or through
// nested arrays.
func children(v value, out []node) []node {
	switch v := v.(type) {
	case *object:
		return append(out, v)
	case *refCell:
		return append(out, v)
	case *array:
		out = v.children(out)
	}
	return out
}

// edges lists what a heap node holds.
func edges(n node) []node {
	var out []node
	switch n := n.(type) {
	case *object:
		out = n.children(out)
	case *refCell:
		out = children(n.v, out)
	}
	return out
}

// garbageCycles returns the nodes that are not reachable from roots but
// that refcounting cannot free: members of a cycle among unreachable
// nodes, and what such a cycle holds. all lists every node ever made.
func garbageCycles(all []node, roots []node) []node {
	leaked, _ := garbage(all, roots)
	return leaked
}

// garbage is garbageCycles that also tells which leaked nodes are members
// of a cycle (rather than held by one).
func garbage(all []node, roots []node) ([]node, map[node]bool) {
	reachable := map[node]bool{}
	var mark func(n node)
	mark = func(n node) {
		if reachable[n] {
			return
		}
		reachable[n] = true
		for _, c := range edges(n) {
			mark(c)
		}
	}
	for _, r := range roots {
		mark(r)
	}
	// Tarjan's strongly connected components over unreachable nodes
	index := map[node]int{}
	low := map[node]int{}
	onStack := map[node]bool{}
	var stack []node
	next := 0
	inCycle := map[node]bool{}
	var strong func(n node)
	strong = func(n node) {
		index[n], low[n] = next, next
		next++
		stack = append(stack, n)
		onStack[n] = true
		for _, c := range edges(n) {
			if reachable[c] {
				continue
			}
			if _, seen := index[c]; !seen {
				strong(c)
				low[n] = min(low[n], low[c])
			} else if onStack[c] {
				low[n] = min(low[n], index[c])
			}
		}
		if low[n] != index[n] {
			return
		}
		var comp []node
		for {
			top := stack[len(stack)-1]
			stack = stack[:len(stack)-1]
			onStack[top] = false
			comp = append(comp, top)
			if top == n {
				break
			}
		}
		selfLoop := false
		for _, c := range edges(n) {
			if c == n {
				selfLoop = true
			}
		}
		if len(comp) > 1 || selfLoop {
			for _, c := range comp {
				inCycle[c] = true
			}
		}
	}
	for _, n := range all {
		if _, seen := index[n]; !seen && !reachable[n] {
			strong(n)
		}
	}
	// what a garbage cycle holds stays too
	leaked := map[node]bool{}
	var hold func(n node)
	hold = func(n node) {
		if leaked[n] || reachable[n] {
			return
		}
		leaked[n] = true
		for _, c := range edges(n) {
			hold(c)
		}
	}
	for _, n := range all {
		if inCycle[n] {
			hold(n)
		}
	}
	var out []node
	for _, n := range all {
		if leaked[n] {
			out = append(out, n)
		}
	}
	sort.SliceStable(out, func(i, j int) bool { return nodeID(out[i]) < nodeID(out[j]) })
	return out, inCycle
}

func nodeID(n node) int {
	switch n := n.(type) {
	case *object:
		return n.id
	case *refCell:
		return n.id
	}
	return 0
}
