package analyzer

import (
	"strings"
	"sync"

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
	w := getWalker(fn)
	w.stmts(body)
	putWalker(w)
}

// InspectExpr walks the expression e as Inspect walks statements: e
// itself, then what it contains.
func InspectExpr(e ir.Expr, fn func(n Node, stack []Node) bool) {
	w := getWalker(fn)
	w.node(e)
	putWalker(w)
}

func getWalker(fn func(Node, []Node) bool) *walker {
	w := walkers.Get().(*walker)
	w.fn = fn
	return w
}

func putWalker(w *walker) {
	work.nodes.Add(w.visited)
	w.fn, w.visited = nil, 0
	clear(w.stack[:cap(w.stack)]) // keep no node alive
	w.stack = w.stack[:0]
	walkers.Put(w)
}

// walkers keeps walkers and their stacks between walks: rules walk the
// same functions many times, most of them small.
var walkers = sync.Pool{New: func() any { return &walker{stack: make([]Node, 0, 32)} }}

type walker struct {
	fn      func(Node, []Node) bool
	stack   []Node
	visited int64 // nodes handed to fn, for Work
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

func (w *walker) node(n Node) {
	if n == nil || isNilNode(n) {
		return
	}
	w.visited++
	if !w.fn(n, w.stack) {
		return
	}
	w.stack = append(w.stack, n)
	w.children(n)
	w.stack = w.stack[:len(w.stack)-1]
}

// children walks the nodes right below n.
func (w *walker) children(n Node) {
	switch n := n.(type) {
	case *ir.ExprStmt:
		w.node(n.X)
	case *ir.Return:
		w.node(n.X)
	case *ir.If:
		w.node(n.Cond)
		w.stmts(n.Then)
		w.stmts(n.Else)
	case *ir.Switch:
		w.node(n.Subject)
		for _, c := range n.Cases {
			w.node(c.Cond)
			w.stmts(c.Body)
		}
	case *ir.Loop:
		w.exprs(n.Init)
		w.node(n.Iter)
		w.node(n.Cond)
		w.node(n.Key)
		w.node(n.Value)
		w.stmts(n.Body)
		w.exprs(n.Step)
	case *ir.Try:
		w.stmts(n.Body)
		for _, c := range n.Catches {
			w.node(c)
		}
		w.stmts(n.Finally)
	case *ir.Catch:
		w.stmts(n.Body)
	case *ir.Unset:
		w.exprs(n.Targets)
	case *ir.StaticVar:
		w.node(n.Init)
	case *ir.Prop:
		w.node(n.Obj)
	case *ir.Dim:
		w.node(n.Base)
		w.node(n.Key)
	case *ir.New:
		w.node(n.ClassExpr)
		w.exprs(n.Args)
	case *ir.Array:
		for _, it := range n.Items {
			w.node(it.Key)
			w.node(it.Value)
		}
	case *ir.Call:
		w.node(n.Callee)
		w.exprs(n.Args)
	case *ir.MethodCall:
		w.node(n.Recv)
		if n.NameExpr != nil {
			w.node(n.NameExpr)
		}
		w.exprs(n.Args)
	case *ir.StaticCall:
		w.exprs(n.Args)
	case *ir.Assign:
		w.node(n.Dst)
		w.node(n.Src)
	case *ir.Yield:
		w.node(n.Key)
		w.node(n.Value)
	case *ir.Other:
		w.exprs(n.Args)
	}
}

// isNilNode catches typed nil pointers stored in the Node interface.
func isNilNode(n Node) bool {
	switch n := n.(type) {
	case *ir.Var:
		return n == nil
	case *ir.Dim:
		return n == nil
	case *ir.Other:
		return n == nil
	case *ir.Lit:
		return n == nil
	}
	return false
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

// Scope knows which local names of a function are bound to globals or
// to `static` variables.
type Scope struct {
	Fn      *ir.Func
	globals map[string]bool
	statics map[string]bool
	main    bool // a file body: its variables are globals
}

// NewScope scans fn for `global` and `static` declarations, once per
// function: the scope is kept on fn and shared by every caller.
func NewScope(fn *ir.Func) *Scope {
	return FuncMemo(fn, scopeKey{}, func() *Scope { return newScope(fn) })
}

type scopeKey struct{}

// funcFacts is what is kept on an ir.Func (its Derived field): facts
// computed from the function once and read by every rule.
type funcFacts struct {
	mu   sync.Mutex
	memo map[any]any
}

func factsOf(fn *ir.Func) *funcFacts {
	if d := fn.Derived.Load(); d != nil {
		return (*d).(*funcFacts)
	}
	var d any = &funcFacts{memo: map[any]any{}}
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
	v, ok := f.memo[key]
	f.mu.Unlock()
	if ok {
		return v.(T)
	}
	out := compute()
	f.mu.Lock()
	if v, ok := f.memo[key]; ok {
		out = v.(T) // computed meanwhile: keep the first
	} else {
		f.memo[key] = out
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
	Inspect(fn.Body, func(n Node, _ []Node) bool {
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
		}
		return true
	})
	return s
}

// PlaceOf resolves an lvalue or read expression to its root place,
// stripping array dimensions. dims lists the stripped Dim nodes from the
// outermost inwards (so dims[len-1] is the one applied to the place).
func (s *Scope) PlaceOf(e ir.Expr) (p Place, dims []*ir.Dim, ok bool) {
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
	if c.Name == "" {
		return ""
	}
	return strings.ToLower(lastSegment(c.Name))
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
