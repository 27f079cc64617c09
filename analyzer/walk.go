package analyzer

import (
	"math/bits"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode/utf8"

	"github.com/phpleak/phpleak/ir"
)

// Node is a Stmt or an Expr.
type Node interface{ Span() ir.Pos }

// Inspect walks statements depth-first in source order, calling fn for
// every statement and expression with the stack of enclosing nodes
// (outermost first). If fn returns false the node's children are skipped.
// Closure bodies are separate Funcs and are not entered.
//
// The stack is only valid during the call of fn: the walk reuses it.
func Inspect(body []ir.Stmt, fn func(n Node, stack []Node) bool) {
	InspectKinds(body, AllKinds, fn)
}

// InspectKinds walks body as Inspect does, but calls fn only for the
// nodes of the given kinds: the others are still walked through (their
// children are visited, the stack holds them), but cost no call. A rule
// that looks for assignments and calls says so and pays nothing for the
// variables and literals, more than half of all nodes (a generated table
// of literals is almost nothing else).
//
// A walk may leave out a kind its callback does nothing for. A callback
// that skips children (returns false) for a kind must keep that kind,
// unless it skips them by a test of the stack that holds for every node
// below once it holds (inside a branch that never runs, say): the nodes
// below are then asked themselves.
func InspectKinds(body []ir.Stmt, kinds Kinds, fn func(n Node, stack []Node) bool) {
	w := getWalker(fn, kinds)
	w.stmts(body)
	putWalker(w)
}

// InspectFunc walks fn's body as InspectKinds does, but only through
// the parts of it that hold a node of the given kinds: a statement or
// expression with none of them below it is skipped whole, and a body
// with none costs nothing. Most walks look for a few kinds (a loop, a
// new, a global, a reference assignment), found in a few statements of
// a function, and rules walk every function many times over.
//
// A walk that does not ask for variables or literals (more than half of
// all nodes) reads the body's nodes from a flat list kept with fn's
// facts (see funcNodes), as golang.org/x/tools/go/ast/inspector does for
// Go: one comparison per node, and a jump over each part without the
// kinds asked for. One that does walks the tree, through the parts that
// hold them, as the list tells.
func InspectFunc(fn *ir.Func, kinds Kinds, f func(n Node, stack []Node) bool) {
	fl := funcNodes(fn)
	if fl.kinds&kinds == 0 {
		return
	}
	if kinds&(KVar|KLit) == 0 && !fl.tooLong {
		fl.inspect(kinds, f)
		return
	}
	w := getWalker(f, kinds)
	if !fl.tooLong {
		w.guide = fl.entries
	}
	w.stmts(fn.Body)
	putWalker(w)
}

// EachNode calls f, in the order InspectFunc meets them, for the nodes
// of fn's body of the given kinds, until f returns false: for the
// questions that need neither the stack nor to skip a node's children
// (is there such a node, which are they).
func EachNode(fn *ir.Func, kinds Kinds, f func(n Node) bool) {
	done := false
	InspectFunc(fn, kinds, func(n Node, _ []Node) bool {
		if !done && !f(n) {
			done = true
		}
		return !done
	})
}

// Walked returns where n comes in the order InspectFunc walks fn's
// body: its index among the body's nodes other than variables and
// literals, and the index after the last node below it. ok is false
// when n is not one of them, and for every node of a body too long to
// list (see maxListed).
func Walked(fn *ir.Func, n Node) (at, end int, ok bool) {
	fl := funcNodes(fn)
	i := slices.Index(fl.nodes, n)
	if i < 0 {
		return 0, 0, false
	}
	return i, int(fl.entries[i].end()), true
}

// LastWalked returns the index (see Walked) of the last node of fn's
// body of the given kinds (neither variables nor literals) that pred
// accepts, -1 when none does (or the body is too long to list).
func LastWalked(fn *ir.Func, kinds Kinds, pred func(Node) bool) int {
	fl := funcNodes(fn)
	for i := len(fl.nodes) - 1; i >= 0; i-- {
		if fl.entries[i].kind()&kinds != 0 && pred(fl.nodes[i]) {
			return i
		}
	}
	return -1
}

// nodeList is a function body's nodes in the order a walk meets them,
// variables and literals left out, each with the kinds below it: what
// InspectFunc reads, for the walks that ask for neither variables nor
// literals, in place of the tree, and for the others, to skip the parts
// of the tree without the kinds they ask for. 24 bytes per node listed:
// a tenth of the IR's size.
type nodeList struct {
	kinds   Kinds // of the whole body
	nodes   []Node
	entries []listEntry // one per node
	// tooLong: more nodes than an entry can index; the list is empty,
	// and walks go through the whole tree
	tooLong bool
}

// listEntry is what a node list notes of a node: the kinds of the node
// and of all below it (variables and literals too), and in at the index
// after the last node below it (where a walk that skips its children
// goes on), in the low listIndexBits bits, and its own kind, as an index
// in kindOfIndex, in the bits above.
type listEntry struct {
	below Kinds
	at    uint32
}

func (e listEntry) end() uint32 { return e.at & (1<<listIndexBits - 1) }
func (e listEntry) kind() Kinds { return kindOfIndex[e.at>>listIndexBits] }

const listIndexBits = 27

// maxListed is the most nodes a list holds (a variable for the test of a
// body longer than that).
var maxListed = 1<<listIndexBits - 1

// kindOfIndex is the kinds a node list notes by index: every kind, and a
// reference assignment (KAssign and KRefAssign).
var kindOfIndex = func() (out [32]Kinds) {
	for i := range out {
		out[i] = 1 << i
	}
	out[31] = KAssign | KRefAssign
	return out
}()

func kindIndex(k Kinds) uint32 {
	if k == KAssign|KRefAssign {
		return 31
	}
	return uint32(bits.TrailingZeros32(uint32(k)))
}

// inspect walks the list as InspectFunc walks the body.
func (fl *nodeList) inspect(kinds Kinds, f func(n Node, stack []Node) bool) {
	w := getWalker(f, kinds)
	ends := w.ends[:0]
	n := uint32(len(fl.nodes))
	for i := uint32(0); i < n; {
		for len(ends) > 0 && i >= ends[len(ends)-1] {
			last := len(ends) - 1
			ends = ends[:last]
			w.stack[last] = nil
			w.stack = w.stack[:last]
		}
		e := fl.entries[i]
		end := e.end()
		if e.below&kinds == 0 {
			i = end
			continue
		}
		w.visited++
		node := fl.nodes[i]
		if e.kind()&kinds != 0 && !f(node, w.stack) {
			i = end
			continue
		}
		if end > i+1 {
			w.stack = append(w.stack, node)
			ends = append(ends, end)
		}
		i++
	}
	clear(w.stack)
	w.ends = ends[:0]
	putWalker(w)
}

// funcNodes returns fn's node list, made on first use and kept with fn's
// other facts.
func funcNodes(fn *ir.Func) *nodeList {
	f := factsOf(fn)
	if fl := f.nodes.Load(); fl != nil {
		return fl
	}
	buildList(fn, f)
	return f.nodes.Load()
}

// listed notes n, of kind k, in the list a walk builds; with children,
// it stays open until listLeave. A variable or a literal is not listed:
// only its kind is noted, in the node it is below.
func (w *walker) listed(n Node, k Kinds, children bool) {
	open := len(w.listOpen)
	if k&(KVar|KLit) != 0 {
		if open > 0 {
			w.listEntries[w.listOpen[open-1]].below |= k
		}
		return
	}
	i := uint32(len(w.listNodes))
	w.listNodes = append(w.listNodes, n)
	w.listEntries = append(w.listEntries, listEntry{below: k, at: kindIndex(k)<<listIndexBits | (i + 1)})
	if children {
		w.listOpen = append(w.listOpen, i)
	} else if open > 0 {
		w.listEntries[w.listOpen[open-1]].below |= k
	}
}

// listLeave closes the node listed last with children: what was listed
// since is below it.
func (w *walker) listLeave() {
	last := len(w.listOpen) - 1
	i := w.listOpen[last]
	w.listOpen = w.listOpen[:last]
	e := &w.listEntries[i]
	e.at = e.at&^(1<<listIndexBits-1) | uint32(len(w.listNodes))
	if last > 0 {
		w.listEntries[w.listOpen[last-1]].below |= e.below
	}
}

// funcKinds is the set of kinds of node in fn's body.
func funcKinds(fn *ir.Func) Kinds { return funcNodes(fn).kinds }

// buildList lists fn's nodes in one walk, and keeps the list in f.
// Concurrent first uses may each list them; they find the same and keep
// the first.
func buildList(fn *ir.Func, f *funcFacts) {
	w := getWalker(nil, 0) // calls nothing, notes what it meets
	w.build = true
	w.stmts(fn.Body)
	fl := &nodeList{kinds: w.found}
	if len(w.listNodes) > maxListed {
		fl.tooLong = true
	} else if len(w.listNodes) > 0 {
		// (copies of the exact size: the walker keeps its buffers for
		// the next function)
		fl.nodes = slices.Clone(w.listNodes)
		fl.entries = slices.Clone(w.listEntries)
	}
	clear(w.listNodes)
	w.build, w.listNodes, w.listEntries = false, w.listNodes[:0], w.listEntries[:0]
	putWalker(w)
	f.nodes.CompareAndSwap(nil, fl)
}

// HoldsReturn reports whether statement st holds a return statement
// (not one of a closure written in it).
func HoldsReturn(st ir.Stmt) bool {
	found := false
	Inspect([]ir.Stmt{st}, func(n Node, _ []Node) bool {
		switch n.(type) {
		case *ir.Return:
			found = true
		case *ir.Closure:
			return false
		}
		return !found
	})
	return found
}

// InspectExpr walks the expression e as Inspect walks statements: e
// itself, then what it contains.
func InspectExpr(e ir.Expr, fn func(n Node, stack []Node) bool) {
	w := getWalker(fn, AllKinds)
	w.node(e)
	putWalker(w)
}

// Kinds is a set of kinds of IR nodes, for InspectKinds.
type Kinds uint32

// The kinds of IR nodes, one per node type.
const (
	KExprStmt Kinds = 1 << iota
	KReturn
	KIf
	KSwitch
	KLoop
	KTry
	KUnset
	KCatch
	KStaticVar
	KGlobal
	KJump
	KVar
	KProp
	KStaticProp
	KDim
	KNew
	KClosure
	KArray
	KCall
	KMethodCall
	KStaticCall
	KAssign
	KLit
	KClassConst
	KYield
	KOther
	// KRefAssign is the reference assignments ($a = &$b) among KAssign:
	// a walk that wants only those asks for this kind alone.
	KRefAssign

	// AllKinds is every kind: what Inspect walks.
	AllKinds = KRefAssign<<1 - 1
	// KCalls are the kinds of calls: functions, methods and static
	// methods.
	KCalls = KCall | KMethodCall | KStaticCall
)

func getWalker(fn func(Node, []Node) bool, kinds Kinds) *walker {
	w := walkers.Get().(*walker)
	w.fn, w.kinds, w.found = fn, kinds, 0
	return w
}

func putWalker(w *walker) {
	work.nodes.Add(w.visited)
	w.fn, w.visited = nil, 0
	w.guide, w.at = nil, 0
	// (leave cleared every slot the walk used: a pooled walker keeps no
	// node alive, and costs nothing for the depth an earlier walk
	// reached; clearing the whole capacity on every walk cost 7% of a
	// run over all of Debian's PHP, once one walk had gone deep)
	w.stack = w.stack[:0]
	w.listOpen = w.listOpen[:0]
	walkers.Put(w)
}

// walkers keeps walkers and their stacks between walks: rules walk the
// same functions many times, most of them small.
var walkers = sync.Pool{New: func() any { return &walker{stack: make([]Node, 0, 32)} }}

type walker struct {
	fn      func(Node, []Node) bool
	kinds   Kinds // the kinds fn is called for
	stack   []Node
	visited int64 // nodes walked, for Work
	found   Kinds // the kinds of the nodes walked
	// build: the walk lists the nodes it meets (see buildList), into
	// listNodes and listEntries; listOpen are the nodes in it entered and
	// not yet left
	build       bool
	listNodes   []Node
	listEntries []listEntry
	listOpen    []uint32
	ends        []uint32 // for nodeList.inspect: where each node on the stack ends

	// guide, when set, is the list of the body walked (nodeList.entries),
	// and at the index in it of the next node listed: enter skips the
	// nodes that hold none of the kinds asked for.
	guide []listEntry
	at    uint32
}

func (w *walker) stmts(list []ir.Stmt) {
	for _, s := range list {
		w.node(s)
	}
}

func (w *walker) exprs(list []ir.Expr) {
	for _, e := range list {
		w.node(e)
	}
}

// leaf visits n, a node with nothing below it.
func (w *walker) leaf(n Node, k Kinds) {
	w.visited++
	w.found |= k
	if w.kinds&k != 0 {
		w.fn(n, w.stack)
	}
	if w.guide != nil && k&(KVar|KLit) == 0 {
		w.at++ // (listed)
	}
	if w.build {
		w.listed(n, k, false)
	}
}

// enter visits n and, unless fn skips its children, pushes it on the
// stack and returns true: the caller walks the children, then leave.
// With a guide, n and what is below it are skipped when they hold none
// of the kinds asked for.
func (w *walker) enter(n Node, k Kinds) bool {
	var end uint32
	if w.guide != nil {
		e := w.guide[w.at]
		end = e.end()
		if e.below&w.kinds == 0 {
			w.at = end
			return false
		}
		w.at++
	}
	w.visited++
	w.found |= k
	if w.kinds&k != 0 && !w.fn(n, w.stack) {
		if w.guide != nil {
			w.at = end
		}
		return false
	}
	if w.build {
		w.listed(n, k, true)
	}
	w.stack = append(w.stack, n)
	return true
}

func (w *walker) leave() {
	if w.build {
		w.listLeave()
	}
	last := len(w.stack) - 1
	w.stack[last] = nil
	w.stack = w.stack[:last]
}

// node walks n and what is below it, in one type switch per node. A nil
// node, also a nil pointer of a node type, is nothing.
func (w *walker) node(n Node) {
	switch n := n.(type) {
	case *ir.Var:
		if n != nil {
			w.leaf(n, KVar)
		}
	case *ir.Lit:
		if n != nil {
			w.leaf(n, KLit)
		}
	case *ir.ClassConst:
		if n != nil {
			w.leaf(n, KClassConst)
		}
	case *ir.StaticProp:
		if n != nil {
			w.leaf(n, KStaticProp)
		}
	case *ir.Closure:
		if n != nil {
			w.leaf(n, KClosure)
		}
	case *ir.Jump:
		if n != nil {
			w.leaf(n, KJump)
		}
	case *ir.Global:
		if n != nil {
			w.leaf(n, KGlobal)
		}
	case *ir.ExprStmt:
		if n != nil && w.enter(n, KExprStmt) {
			w.node(n.X)
			w.leave()
		}
	case *ir.Return:
		if n != nil && w.enter(n, KReturn) {
			w.node(n.X)
			w.leave()
		}
	case *ir.If:
		if n != nil && w.enter(n, KIf) {
			w.node(n.Cond)
			w.stmts(n.Then)
			w.stmts(n.Else)
			w.leave()
		}
	case *ir.Switch:
		if n != nil && w.enter(n, KSwitch) {
			w.node(n.Subject)
			for _, c := range n.Cases {
				w.node(c.Cond)
				w.stmts(c.Body)
			}
			w.leave()
		}
	case *ir.Loop:
		if n != nil && w.enter(n, KLoop) {
			w.exprs(n.Init)
			w.node(n.Iter)
			w.node(n.Cond)
			w.node(n.Key)
			w.node(n.Value)
			w.stmts(n.Body)
			w.exprs(n.Step)
			w.leave()
		}
	case *ir.Try:
		if n != nil && w.enter(n, KTry) {
			w.stmts(n.Body)
			for _, c := range n.Catches {
				w.node(c)
			}
			w.stmts(n.Finally)
			w.leave()
		}
	case *ir.Catch:
		if n != nil && w.enter(n, KCatch) {
			w.stmts(n.Body)
			w.leave()
		}
	case *ir.Unset:
		if n != nil && w.enter(n, KUnset) {
			w.exprs(n.Targets)
			w.leave()
		}
	case *ir.StaticVar:
		if n != nil && w.enter(n, KStaticVar) {
			w.node(n.Init)
			w.leave()
		}
	case *ir.Prop:
		if n != nil && w.enter(n, KProp) {
			w.node(n.Obj)
			w.leave()
		}
	case *ir.Dim:
		if n != nil && w.enter(n, KDim) {
			w.node(n.Base)
			w.node(n.Key)
			w.leave()
		}
	case *ir.New:
		if n != nil && w.enter(n, KNew) {
			w.node(n.ClassExpr)
			w.exprs(n.Args)
			w.leave()
		}
	case *ir.Array:
		if n != nil && w.enter(n, KArray) {
			for _, it := range n.Items {
				w.node(it.Key)
				w.node(it.Value)
			}
			w.leave()
		}
	case *ir.Call:
		if n != nil && w.enter(n, KCall) {
			w.node(n.Callee)
			w.exprs(n.Args)
			w.leave()
		}
	case *ir.MethodCall:
		if n != nil && w.enter(n, KMethodCall) {
			w.node(n.Recv)
			w.node(n.NameExpr)
			w.exprs(n.Args)
			w.leave()
		}
	case *ir.StaticCall:
		if n != nil && w.enter(n, KStaticCall) {
			w.exprs(n.Args)
			w.leave()
		}
	case *ir.Assign:
		k := KAssign
		if n != nil && n.ByRef {
			k |= KRefAssign
		}
		if n != nil && w.enter(n, k) {
			w.node(n.Dst)
			w.node(n.Src)
			w.leave()
		}
	case *ir.Yield:
		if n != nil && w.enter(n, KYield) {
			w.node(n.Key)
			w.node(n.Value)
			w.leave()
		}
	case *ir.Other:
		if n != nil && w.enter(n, KOther) {
			w.exprs(n.Args)
			w.leave()
		}
	}
}

// PlaceKind classifies where a value is stored.
type PlaceKind int

const (
	PlaceNone      PlaceKind = iota
	PlaceLocal               // $x
	PlaceThisProp            // $this->x
	PlaceObjProp             // $x->y, $this->a->b, …: a property of another object
	PlaceStatic              // Class::$x
	PlaceStaticVar           // function `static $x`
	PlaceGlobal              // `global $x` or $GLOBALS['x']
)

// Place is a storage location, identified up to array elements: writing
// $this->cache['k'] and $this->cache[] both touch Place{ThisProp, cache}.
type Place struct {
	Kind  PlaceKind
	Class string // PlaceStatic: the class
	Name  string // variable or property name
	Path  string // PlaceObjProp: the receiver path, e.g. "$ctx" or "$this->a"
}

// Key identifies a place for maps and comparisons.
func (p Place) Key() string {
	switch p.Kind {
	case PlaceLocal:
		return "$" + p.Name
	case PlaceThisProp:
		return "$this->" + p.Name
	case PlaceObjProp:
		return p.Path + "->" + p.Name
	case PlaceStatic:
		return strings.ToLower(p.Class) + "::$" + p.Name
	case PlaceStaticVar:
		return "static $" + p.Name
	case PlaceGlobal:
		return "global $" + p.Name
	}
	return ""
}

// String renders a place as PHP source would name it.
func (p Place) String() string {
	switch p.Kind {
	case PlaceStatic:
		return lastSegment(p.Class) + "::$" + p.Name
	case PlaceStaticVar:
		return "static $" + p.Name
	case PlaceGlobal:
		return "$GLOBALS['" + p.Name + "']"
	}
	return p.Key()
}

// Scope knows which local names of a function are bound to globals, to
// `static` variables, or by reference to another place.
type Scope struct {
	Fn      *ir.Func
	globals map[string]bool
	statics map[string]bool
	aliases map[string]alias
	main    bool // a file body: its variables are globals
}

// alias is a local bound once, by reference, to another place:
// $list = &$this->items[$k]. What is written through the local, or
// taken out of it, is written to or taken out of that place.
type alias struct {
	bind *ir.Var // the local where it is bound
	to   ir.Expr // the place it is bound to
	// unbound: the unset($list) that only unbind the name; there, as
	// where it is bound, the local is itself
	unbound []*ir.Var
}

// self reports whether v, a use of the alias's name, names the local
// itself rather than the place: where it is bound or unset.
func (al alias) self(v *ir.Var) bool {
	return v == al.bind || slices.Contains(al.unbound, v)
}

// NewScope scans fn for `global` and `static` declarations and reference
// bindings, once per function: the scope is kept on fn and shared by
// every caller.
func NewScope(fn *ir.Func) *Scope {
	return FuncMemo(fn, scopeKey{}, func() *Scope { return newScope(fn) })
}

type scopeKey struct{}

// funcFacts is what is kept on an ir.Func (its Derived field): facts
// computed from the function once and read by every rule.
type funcFacts struct {
	nodes atomic.Pointer[nodeList] // see funcNodes
	mu    sync.Mutex
	// FuncMemo's values: the first few in a list, which costs less
	// than a map (most functions have a few, and there are tens of
	// thousands of functions), the others in a map
	few  []memoEntry
	many map[any]any
}

type memoEntry struct{ key, v any }

// maxFewMemos is how many memos a function keeps in a list.
const maxFewMemos = 8

// memo returns the value kept under key; f.mu is held.
func (f *funcFacts) memo(key any) (any, bool) {
	for _, e := range f.few {
		if e.key == key {
			return e.v, true
		}
	}
	v, ok := f.many[key]
	return v, ok
}

// keep keeps v under key; f.mu is held.
func (f *funcFacts) keep(key, v any) {
	if len(f.few) < maxFewMemos {
		f.few = append(f.few, memoEntry{key, v})
		return
	}
	if f.many == nil {
		f.many = map[any]any{}
	}
	f.many[key] = v
}

func factsOf(fn *ir.Func) *funcFacts {
	if d := fn.Derived.Load(); d != nil {
		return (*d).(*funcFacts)
	}
	var d any = &funcFacts{}
	fn.Derived.CompareAndSwap(nil, &d)
	return (*fn.Derived.Load()).(*funcFacts)
}

// FuncMemo returns compute's result for fn and key (a comparable value
// naming the fact, of a type of the caller's own), computing it once per
// function: facts rules ask for at every node of a function (its early
// returns, its returned variables) cost one walk, not one per node.
// Safe for concurrent use; compute may itself ask for other facts.
func FuncMemo[T any](fn *ir.Func, key any, compute func() T) T {
	f := factsOf(fn)
	f.mu.Lock()
	v, ok := f.memo(key)
	f.mu.Unlock()
	if ok {
		return v.(T)
	}
	out := compute()
	f.mu.Lock()
	if v, ok := f.memo(key); ok {
		out = v.(T) // computed meanwhile: keep the first
	} else {
		f.keep(key, out)
	}
	f.mu.Unlock()
	return out
}

func newScope(fn *ir.Func) *Scope {
	// the maps stay nil in most functions, which declare neither
	s := &Scope{Fn: fn, main: fn.Kind == ir.FuncMain}
	global := func(name string) {
		if s.globals == nil {
			s.globals = map[string]bool{}
		}
		s.globals[name] = true
	}
	// A closure made in file-level code that captures by reference binds
	// a global.
	if fn.Kind == ir.FuncClosure && fn.Parent != nil && fn.Parent.Kind == ir.FuncMain {
		for _, u := range fn.Uses {
			if u.ByRef {
				global(u.Name)
			}
		}
	}
	var binds []*ir.Assign
	InspectFunc(fn, KGlobal|KStaticVar|KRefAssign, func(n Node, _ []Node) bool {
		switch n := n.(type) {
		case *ir.Global:
			for _, name := range n.Names {
				global(name)
			}
		case *ir.StaticVar:
			if s.statics == nil {
				s.statics = map[string]bool{}
			}
			s.statics[n.Name] = true
		case *ir.Assign:
			binds = append(binds, n)
		}
		return true
	})
	if len(binds) > 0 && !s.main {
		s.aliases = refAliases(fn, binds, s)
	}
	return s
}

// refAliases finds the locals of fn bound to another place by exactly
// one reference assignment (binds lists fn's reference assignments; a
// call's result counts when the index found the place it returns, see
// bindRefReturns) and
// by nothing else: not a parameter, a global, a static, a foreach
// variable, a caught exception, a list() target, nor a local assigned
// before it is bound. A plain assignment after the binding writes
// through it; unset() after it only unbinds the name.
func refAliases(fn *ir.Func, binds []*ir.Assign, s *Scope) map[string]alias {
	var out map[string]alias
	refReturns := FuncMemo(fn, refReturnKey{}, func() map[*ir.Assign]ir.Expr { return nil })
	dropped := map[string]bool{}
	for _, a := range binds {
		v, ok := a.Dst.(*ir.Var)
		if !ok || v.Name == "" || v.Name == "this" || dropped[v.Name] {
			continue
		}
		if _, twice := out[v.Name]; twice || s.globals[v.Name] || s.statics[v.Name] || Superglobal(v.Name) {
			delete(out, v.Name)
			dropped[v.Name] = true
			continue
		}
		to := a.Src
		switch a.Src.(type) {
		case *ir.Dim, *ir.Prop, *ir.StaticProp:
		case *ir.Call, *ir.StaticCall:
			// $ctx = &desk_context(): the global or static the
			// function returns by reference
			to = refReturns[a]
		default:
			to = nil
		}
		if to == nil {
			dropped[v.Name] = true // bound to a local, a call's result, …
			continue
		}
		if out == nil {
			out = map[string]alias{}
		}
		out[v.Name] = alias{bind: v, to: to}
	}
	if len(out) == 0 {
		return nil
	}
	for _, p := range fn.Params {
		delete(out, p.Name)
	}
	for _, u := range fn.Uses {
		delete(out, u.Name)
	}
	before := func(p, q ir.Pos) bool { return p.Line < q.Line || p.Line == q.Line && p.Col < q.Col }
	drop := func(e ir.Expr) {
		if v, ok := e.(*ir.Var); ok {
			delete(out, v.Name)
		}
	}
	InspectFunc(fn, KAssign|KLoop|KCatch|KUnset, func(n Node, _ []Node) bool {
		switch n := n.(type) {
		case *ir.Unset:
			for _, t := range n.Targets {
				if v, ok := t.(*ir.Var); ok {
					if al, ok := out[v.Name]; ok {
						al.unbound = append(al.unbound, v)
						out[v.Name] = al
					}
				}
			}
		case *ir.Assign:
			if list, ok := n.Dst.(*ir.Array); ok {
				for _, it := range list.Items {
					drop(it.Value)
				}
			} else if v, ok := n.Dst.(*ir.Var); ok && !n.ByRef {
				if al, ok := out[v.Name]; ok && !before(al.bind.P, v.P) {
					delete(out, v.Name) // a local before it is bound
				}
			}
		case *ir.Loop:
			drop(n.Key)
			drop(n.Value)
			if list, ok := n.Value.(*ir.Array); ok {
				for _, it := range list.Items {
					drop(it.Value)
				}
			}
		case *ir.Catch:
			delete(out, n.Var)
		}
		return true
	})
	if len(out) == 0 {
		return nil
	}
	return out
}

// PlaceOf resolves an lvalue or read expression to its root place,
// stripping array dimensions, and following a local bound by reference
// to another place ($list = &$this->items[$k]: $list[] is
// $this->items[$k][]). dims lists the stripped Dim nodes from the
// outermost inwards (so dims[len-1] is the one applied to the place).
func (s *Scope) PlaceOf(e ir.Expr) (p Place, dims []*ir.Dim, ok bool) {
	return s.placeOf(e, 0)
}

func (s *Scope) placeOf(e ir.Expr, depth int) (p Place, dims []*ir.Dim, ok bool) {
	for {
		d, isDim := e.(*ir.Dim)
		if !isDim {
			break
		}
		// $GLOBALS['x'][...] is the global x
		if v, isVar := d.Base.(*ir.Var); isVar && v.Name == "GLOBALS" {
			if lit, isLit := d.Key.(*ir.Lit); isLit && lit.Kind == ir.LitString {
				return Place{Kind: PlaceGlobal, Name: lit.Value}, dims, true
			}
			return Place{}, nil, false
		}
		dims = append(dims, d)
		e = d.Base
	}
	switch e := e.(type) {
	case *ir.Var:
		if al, ok := s.aliases[e.Name]; ok && !al.self(e) && depth < 8 {
			// through a reference: the place it is bound to, with the
			// dimensions of the binding inside the ones applied here
			p, inner, ok := s.placeOf(al.to, depth+1)
			if !ok {
				return Place{}, nil, false
			}
			return p, append(dims, inner...), true
		}
		switch {
		case e.Name == "" || e.Name == "this" || e.Name == "GLOBALS":
			return Place{}, nil, false
		case s.globals[e.Name] || s.main || Superglobal(e.Name):
			return Place{Kind: PlaceGlobal, Name: e.Name}, dims, true
		case s.statics[e.Name]:
			return Place{Kind: PlaceStaticVar, Name: e.Name}, dims, true
		}
		return Place{Kind: PlaceLocal, Name: e.Name}, dims, true
	case *ir.Prop:
		if e.Name == "" {
			return Place{}, nil, false
		}
		if v, isVar := e.Obj.(*ir.Var); isVar && v.Name == "this" {
			return Place{Kind: PlaceThisProp, Name: e.Name}, dims, true
		}
		path := ExprPath(e.Obj)
		if path == "" {
			return Place{}, nil, false
		}
		return Place{Kind: PlaceObjProp, Name: e.Name, Path: path}, dims, true
	case *ir.StaticProp:
		if e.Class == "" || e.Name == "" {
			return Place{}, nil, false
		}
		return Place{Kind: PlaceStatic, Class: e.Class, Name: e.Name}, dims, true
	}
	return Place{}, nil, false
}

// Superglobal reports whether a variable name is one of PHP's
// superglobals ($_SERVER, $_GET, …), global in every function.
func Superglobal(name string) bool {
	switch name {
	case "_SERVER", "_GET", "_POST", "_COOKIE", "_FILES", "_REQUEST", "_ENV", "_SESSION":
		return true
	}
	return false
}

// RequestData reports whether $name[key] is request data: every
// entry of $_GET, $_POST, $_COOKIE, $_REQUEST, $_FILES and $_SESSION,
// and the entries of $_SERVER that change per request (the URI, the
// query, the client, the headers, the time) — not its fixed ones
// (REQUEST_METHOD, SERVER_NAME, HTTPS…).
func RequestData(name string, key ir.Expr) bool {
	switch name {
	case "_GET", "_POST", "_COOKIE", "_REQUEST", "_FILES", "_SESSION":
		return true
	case "_SERVER":
		lit, ok := key.(*ir.Lit)
		if !ok || lit.Kind != ir.LitString {
			return false
		}
		switch v := lit.Value; v {
		case "REQUEST_URI", "QUERY_STRING", "PATH_INFO", "REMOTE_ADDR", "REMOTE_PORT", "REQUEST_TIME",
			"REQUEST_TIME_FLOAT", "UNIQUE_ID", "ORIG_PATH_INFO":
			return true
		default:
			return strings.HasPrefix(v, "HTTP_") && v != "HTTP_HOST" && v != "HTTP_ACCEPT_LANGUAGE" && v != "HTTP_ACCEPT"
		}
	}
	return false
}

// FixedServerEntry reports whether $_SERVER[key] is one of the entries
// that take a handful of values in a deployment: the method, the
// server's own name, port, protocol and scheme.
func FixedServerEntry(key ir.Expr) bool {
	lit, ok := key.(*ir.Lit)
	if !ok || lit.Kind != ir.LitString {
		return false
	}
	switch lit.Value {
	case "REQUEST_METHOD", "SERVER_NAME", "SERVER_PORT", "SERVER_PROTOCOL", "SERVER_SOFTWARE",
		"SERVER_ADDR", "HTTPS", "REQUEST_SCHEME", "DOCUMENT_ROOT", "GATEWAY_INTERFACE":
		return true
	}
	return false
}

// ExprPath renders a chain of variables and property fetches ("$a",
// "$this->b->c"); "" for anything else.
func ExprPath(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Var:
		if e.Name == "" {
			return ""
		}
		return "$" + e.Name
	case *ir.Prop:
		base := ExprPath(e.Obj)
		if base == "" || e.Name == "" {
			return ""
		}
		return base + "->" + e.Name
	}
	return ""
}

// IsThis reports whether e is $this.
func IsThis(e ir.Expr) bool {
	v, ok := e.(*ir.Var)
	return ok && v.Name == "this"
}

// CallName returns the lower-cased short name of a called function, ""
// for dynamic calls.
func CallName(c *ir.Call) string {
	// (rules ask it of every call, again and again: one look at each
	// byte of the short name, which is most often lower-case already)
	for i := len(c.Name) - 1; i >= 0; i-- {
		switch b := c.Name[i]; {
		case b == '\\':
			return c.Name[i+1:]
		case 'A' <= b && b <= 'Z' || b >= utf8.RuneSelf:
			return strings.ToLower(lastSegment(c.Name))
		}
	}
	return c.Name
}

// IsConstant reports whether e has the same value on every call: a
// literal, a constant, a class constant (Foo::class, static::class),
// get_class() or an enum case's ->name/->value.
func IsConstant(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Lit:
		return e.Kind != ir.LitString2
	case *ir.ClassConst:
		return true
	case *ir.Call:
		switch CallName(e) {
		case "get_class", "get_called_class", "get_parent_class":
			return true
		}
	case *ir.Prop:
		if (e.Name == "value" || e.Name == "name") && isEnumCase(e.Obj) {
			return true
		}
	case *ir.Other:
		if e.Op == "." || e.Op == "interp" {
			for _, a := range e.Args {
				if !IsConstant(a) {
					return false
				}
			}
			return true
		}
	}
	return false
}

func isEnumCase(e ir.Expr) bool {
	_, ok := e.(*ir.ClassConst)
	return ok
}

// lastSegment is the last part of a namespaced name.
func lastSegment(name string) string {
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		return name[i+1:]
	}
	return name
}

// RootVar names the variable an element chain starts from: "a" for
// $a['x'][], "" when it starts elsewhere.
func RootVar(e ir.Expr) string {
	for {
		switch x := e.(type) {
		case *ir.Dim:
			e = x.Base
		case *ir.Var:
			return x.Name
		default:
			return ""
		}
	}
}

// RootOfDims strips array dimensions: $this->x['a'][] is $this->x.
func RootOfDims(e ir.Expr) ir.Expr {
	for {
		d, ok := e.(*ir.Dim)
		if !ok {
			return e
		}
		e = d.Base
	}
}

// EveryEnumCase reports whether the switch has a case for every case of
// one enum (case Outcome::Accepted: … case Outcome::Declined:): with a
// value of that enum it takes one of them.
func EveryEnumCase(ix *Index, sw *ir.Switch) bool {
	var enum *ir.Class
	seen := map[string]bool{}
	for _, cs := range sw.Cases {
		cc, ok := cs.Cond.(*ir.ClassConst)
		if !ok {
			return false
		}
		c := ix.Class(cc.Class)
		if c == nil || c.Kind != ir.KindEnum || enum != nil && c != enum {
			return false
		}
		enum = c
		seen[cc.Name] = true
	}
	if enum == nil || len(enum.Cases) == 0 {
		return false
	}
	for _, name := range enum.Cases {
		if !seen[name] {
			return false
		}
	}
	return true
}
