// Package ir is phpleak's intermediate representation of PHP: what the
// parser (package phpsyntax) builds and every rule and the simulation read.
package ir

import "sync/atomic"

// The IR is a lossy, name-resolved and position-annotated form of PHP that
// keeps what matters for heap effects: allocations (new, closures, array
// literals), stores and reads of places (locals, properties, static
// properties, array elements), removals (unset, reassignment), calls,
// control flow (loops with their kind, branches, try/finally) and returns.
// Everything else collapses into Other nodes that keep their sub-expressions,
// so calls and assignments nested anywhere stay visible.

// Pos is a source span: 1-based lines, 1-based columns counted in
// characters (code points).
type Pos struct {
	Line, Col, EndLine, EndCol int32
}

// File is one analyzed PHP file, lowered to IR. The AST is gone by the
// time a File exists.
type File struct {
	Path    string // as reported: relative to the root, with '/'
	Abs     string // path on disk, for re-reading source lines
	Lines   int    // number of lines in the file
	Shebang bool   // starts with #! (a command-line script)
	// Library marks code read from a vendor/ folder because the project
	// calls it: indexed and followed like the project's own code, but
	// never the place of a finding (see analyzer.Config.Library).
	Library bool
	Main    *Func // the file body
	Funcs   []*Func
	Classes []*Class
}

// FuncKind tells what kind of code body a Func is.
type FuncKind int

const (
	FuncMain     FuncKind = iota // a file's top-level code
	FuncFunction                 // a named function
	FuncMethod                   // a class, trait, interface or enum method
	FuncClosure                  // function () use (...) {}
	FuncArrow                    // fn () => expr
)

// Func is a body of code: a file body, function, method, closure or arrow
// function.
type Func struct {
	Kind     FuncKind
	Name     string // FQN for functions, method name, "{closure}", "{main}"
	Class    *Class // enclosing class-like, nil outside classes
	Static   bool   // static method or static closure
	Abstract bool   // no body
	Params   []*Param
	Returns  []string // declared return types, resolved
	// DocReturns: the types a docblock's @return names, resolved ("static"
	// for $this and static); hints only, PHP does not enforce them
	DocReturns []string
	Uses       []ClosureUse // closure `use` list
	// VarDocs: what inline docblocks in the body say a local holds
	// (/** @var Logger $logger */ above a statement); hints only
	VarDocs   []VarDoc
	Body      []Stmt
	Generator bool // contains yield
	RefReturn bool // returns by reference: function &name()
	Public    bool // a method without private or protected
	Private   bool // a private method
	TopLevel  bool // a function declared unconditionally at a file's top level
	Attrs     []*Attribute
	// Bound: for a closure the project binds to an object of another
	// class before it runs (Closure::bind, bindTo, call), that class:
	// its $this (see ThisClass)
	Bound  *Class
	Parent *Func
	File   *File
	Pos    Pos
	// Derived holds what the analyzer computes from the function once
	// and every rule reads (its scope); nil until asked for. Not syntax.
	Derived atomic.Pointer[any]
}

// Clone returns a copy of f that shares its syntax (body, parameters)
// but nothing derived from it: a closure read as a method of another
// class gets a scope of its own.
func (f *Func) Clone() *Func {
	return &Func{
		Kind: f.Kind, Name: f.Name, Class: f.Class, Static: f.Static, Abstract: f.Abstract,
		Params: f.Params, Returns: f.Returns, DocReturns: f.DocReturns, Uses: f.Uses, VarDocs: f.VarDocs, Body: f.Body,
		Generator: f.Generator, RefReturn: f.RefReturn, Public: f.Public, Private: f.Private, TopLevel: f.TopLevel,
		Attrs: f.Attrs, Bound: f.Bound, Parent: f.Parent, File: f.File, Pos: f.Pos,
	}
}

// VarDoc is an inline docblock's @var for a local variable: its classes,
// and for an array its elements' classes.
type VarDoc struct {
	Name  string // without $
	Types []string
	Elems []string
}

// Param is a function parameter; Promoted marks constructor promotion.
type Param struct {
	Name     string
	Types    []string // resolved class names and builtin type names
	DocTypes []string // the types the function's docblock @param names
	DocElems []string // for an array or iterable: the classes of its elements (@param Foo[], list<Foo>)
	// DocClassOf: for a class name, the class it names or a subclass of
	// (@param class-string<Foo>): new $param(…) is a Foo
	DocClassOf []string
	ByRef      bool
	Variadic   bool
	Promoted   bool
	Static     bool
	Nullable   bool // ?T, T|null, or a null default
	Default    Expr // the default value; nil when none
	Pos        Pos
}

// ClosureUse is one variable of a closure's use clause.
type ClosureUse struct {
	Name  string
	ByRef bool
}

// ClassKind tells class, interface, trait and enum apart.
type ClassKind int

const (
	KindClass ClassKind = iota
	KindInterface
	KindTrait
	KindEnum
)

// Class is a class-like declaration.
type Class struct {
	Kind       ClassKind
	Name       string // fully qualified, without leading backslash
	Short      string // the declared name
	Parent     string
	Interfaces []string
	Traits     []string
	Props      []*Property
	Consts     []*Const
	Cases      []string // an enum's cases, as declared
	Methods    []*Func
	Attrs      []*Attribute
	TopLevel   bool // declared unconditionally at a file's top level
	Abstract   bool // an abstract class
	Anonymous  bool
	File       *File
	Pos        Pos
}

// Const is a class constant: const NAME = value.
type Const struct {
	Name  string
	Value Expr
	Pos   Pos // from the name to the end of the value
}

// Attribute is a PHP 8 attribute (#[Name(args)]) on a class, method or
// function. Name is resolved; ArgNames holds the name of each named
// argument ("" for a positional one).
type Attribute struct {
	Name     string
	Args     []Expr
	ArgNames []string
	Pos      Pos
}

// Arg returns the argument with the given name, or else the positional
// argument at index i (i < 0: none), or nil.
func (a *Attribute) Arg(name string, i int) Expr {
	for k, n := range a.ArgNames {
		if n == name {
			return a.Args[k]
		}
	}
	if i >= 0 && i < len(a.Args) && a.ArgNames[i] == "" {
		return a.Args[i]
	}
	return nil
}

// Arg returns the argument of new with the given name, or else the
// positional argument at index i, or nil: what a constructor's
// parameter (name, at i) is given.
func (n *New) Arg(name string, i int) Expr {
	for k, an := range n.ArgNames {
		if an == name {
			return n.Args[k]
		}
	}
	if i >= 0 && i < len(n.Args) && (n.ArgNames == nil || n.ArgNames[i] == "") {
		return n.Args[i]
	}
	return nil
}

// Property is a declared or promoted property.
type Property struct {
	Name     string
	Static   bool
	Types    []string
	DocTypes []string // the types its docblock's @var names
	DocElems []string // for an array or iterable: the classes of its elements (@var Foo[], array<string, Foo>)
	Default  Expr     // nil when none
	Promoted bool
	Pos      Pos
}

// Stmt is an IR statement.
type Stmt interface{ Span() Pos }

// Expr is an IR expression.
type Expr interface{ Span() Pos }

// LoopKind is the syntactic kind of a loop.
type LoopKind int

const (
	LoopWhile LoopKind = iota
	LoopDoWhile
	LoopFor
	LoopForeach
)

type (
	// ExprStmt evaluates an expression for its effects.
	ExprStmt struct {
		X Expr
		P Pos
	}
	// Return leaves the function, with X when not nil.
	Return struct {
		X Expr
		P Pos
	}
	// If is a two-way branch; elseif chains nest in Else.
	If struct {
		Cond       Expr
		Then, Else []Stmt
		P          Pos
	}
	// Switch is a multi-way branch (switch and match statements).
	Switch struct {
		Subject Expr
		Cases   []SwitchCase
		P       Pos
	}
	// Loop is any loop. Cond is nil for `for (;;)`; Iter, Key and Value
	// are set for foreach.
	Loop struct {
		Kind       LoopKind
		Cond       Expr
		Init, Step []Expr
		Iter       Expr
		Key, Value Expr
		ByRef      bool
		Body       []Stmt
		P          Pos
	}
	// Try is try/catch/finally.
	Try struct {
		Body    []Stmt
		Catches []*Catch
		Finally []Stmt
		P       Pos
	}
	// Catch is one catch block of a Try: code that runs only on error.
	Catch struct {
		Types []string // the caught classes, resolved
		Var   string   // the variable the exception is caught in, without $; "" when none
		Body  []Stmt
		P     Pos
	}
	// Unset removes places.
	Unset struct {
		Targets []Expr
		P       Pos
	}
	// StaticVar declares a function `static` variable.
	StaticVar struct {
		Name string
		Init Expr
		P    Pos
	}
	// Global binds local names to globals.
	Global struct {
		Names []string
		P     Pos
	}
	// Jump is break, continue or goto.
	Jump struct {
		Op string
		P  Pos
	}
)

// SwitchCase is one case of a Switch; Cond is nil for default.
type SwitchCase struct {
	Cond Expr
	Body []Stmt
}

type (
	// Var is a variable; Name is "this" for $this and "" when dynamic.
	Var struct {
		Name string
		P    Pos
	}
	// Prop is $obj->name; Name is "" when dynamic.
	Prop struct {
		Obj      Expr
		Name     string
		Nullsafe bool
		P        Pos
	}
	// StaticProp is Class::$name with Class resolved ("self" and
	// "static" become the enclosing class; "" when dynamic).
	StaticProp struct {
		Class string
		Name  string
		P     Pos
	}
	// Dim is Base[Key]; Key is nil for an append (Base[]).
	Dim struct {
		Base Expr
		Key  Expr
		P    Pos
	}
	// New instantiates Class ("" when dynamic); Anon is set for
	// anonymous classes. ClassExpr is the variable that names the class
	// of new $class(…), or the property of new $obj->class(…), nil
	// otherwise.
	New struct {
		Class     string
		Anon      *Class
		ClassExpr Expr
		Args      []Expr
		// ArgNames: the name of each argument ("" for a positional
		// one), or nil when no argument is named
		ArgNames []string
		P        Pos
	}
	// Closure is a closure or arrow function value.
	Closure struct {
		Func *Func
		P    Pos
	}
	// Array is an array literal.
	Array struct {
		Items []ArrayItem
		P     Pos
	}
	// Call is a function call; Name is resolved (with the global
	// fallback in Fallback), "" when dynamic (Callee then holds it).
	Call struct {
		Name       string
		Fallback   string
		Callee     Expr
		Args       []Expr
		FirstClass bool
		P          Pos
	}
	// MethodCall is $recv->name(args).
	MethodCall struct {
		Recv Expr
		Name string
		// NameExpr is the expression of a dynamic name: $m in ->$m(),
		// "get$x" in ->{"get$x"}(); nil for a written name
		NameExpr   Expr
		Args       []Expr
		Nullsafe   bool
		FirstClass bool
		P          Pos
	}
	// StaticCall is Class::name(args); Class resolved as in StaticProp.
	StaticCall struct {
		Class string
		Name  string
		Args  []Expr
		// ArgNames: the name of each argument ("" for a positional
		// one), or nil when no argument is named
		ArgNames   []string
		FirstClass bool
		P          Pos
	}
	// Assign stores Src into Dst. Op is "=" or the compound operator
	// ("??=", ".=", "+=", …); ByRef for =&.
	Assign struct {
		Dst   Expr
		Src   Expr
		Op    string
		ByRef bool
		P     Pos
	}
	// Lit is a literal or a compile-time constant.
	Lit struct {
		Kind  LitKind
		Value string
		P     Pos
	}
	// ClassConst is Class::NAME (and Class::class).
	ClassConst struct {
		Class string
		Name  string
		P     Pos
	}
	// Yield is yield / yield from.
	Yield struct {
		Key, Value Expr
		From       bool
		P          Pos
	}
	// Other is any other expression; Op names it ("+", "isset", "cast",
	// "?:", "list", "clone", "include" for include and require,
	// "include_once" for their _once forms, …) and Args keeps the operands.
	Other struct {
		Op   string
		Args []Expr
		P    Pos
	}
)

// ArrayItem is one element of an array literal.
type ArrayItem struct {
	Key    Expr
	Value  Expr
	ByRef  bool
	Unpack bool
}

// LitKind is the kind of a literal.
type LitKind int

const (
	LitString LitKind = iota
	LitInt
	LitFloat
	LitBool
	LitNull
	LitConst   // a named constant other than true/false/null
	LitMagic   // __CLASS__, __FUNCTION__, …
	LitString2 // an interpolated string
)

func (s *ExprStmt) Span() Pos   { return s.P }
func (s *Return) Span() Pos     { return s.P }
func (s *If) Span() Pos         { return s.P }
func (s *Switch) Span() Pos     { return s.P }
func (s *Loop) Span() Pos       { return s.P }
func (s *Try) Span() Pos        { return s.P }
func (s *Unset) Span() Pos      { return s.P }
func (s *Catch) Span() Pos      { return s.P }
func (s *StaticVar) Span() Pos  { return s.P }
func (s *Global) Span() Pos     { return s.P }
func (s *Jump) Span() Pos       { return s.P }
func (e *Var) Span() Pos        { return e.P }
func (e *Prop) Span() Pos       { return e.P }
func (e *StaticProp) Span() Pos { return e.P }
func (e *Dim) Span() Pos        { return e.P }
func (e *New) Span() Pos        { return e.P }
func (e *Closure) Span() Pos    { return e.P }
func (e *Array) Span() Pos      { return e.P }
func (e *Call) Span() Pos       { return e.P }
func (e *MethodCall) Span() Pos { return e.P }
func (e *StaticCall) Span() Pos { return e.P }
func (e *Assign) Span() Pos     { return e.P }
func (e *Lit) Span() Pos        { return e.P }
func (e *ClassConst) Span() Pos { return e.P }
func (e *Yield) Span() Pos      { return e.P }
func (e *Other) Span() Pos      { return e.P }

// ReturnTypes are the declared return types, or else those the docblock
// names.
func (f *Func) ReturnTypes() []string {
	if len(f.Returns) > 0 {
		return f.Returns
	}
	return f.DocReturns
}

// TypeHints are the declared types, or else those the docblock names.
func (p *Param) TypeHints() []string {
	if len(p.Types) > 0 {
		return p.Types
	}
	return p.DocTypes
}

// TypeHints are the declared types, or else those the docblock names.
func (p *Property) TypeHints() []string {
	if len(p.Types) > 0 {
		return p.Types
	}
	return p.DocTypes
}
