package phpsyntax

import (
	"slices"
	"strings"

	"github.com/phpleak/phpleak/ir"
)

// Binding powers of PHP's binary operators (zend_language_parser.y),
// weakest first. Prefix operators parse their operand at the power just
// above their own.
const (
	precLowest  = iota
	precOr      // or
	precXor     // xor
	precAnd     // and
	precPrint   // print (prefix)
	precYield   // yield (prefix)
	precAssign  // = += … (right; handled at the variable)
	precTernary // ? : (left)
	precCoalesce
	precBoolOr
	precBoolAnd
	precBitOr
	precBitXor
	precBitAnd
	precEquality // == != === !== <> <=> (non-associative)
	precCompare  // < <= > >= (non-associative)
	precPipe     // |> (PHP 8.5)
	precConcat   // .
	precShift
	precAdd
	precMul
	precNot        // ! (prefix)
	precInstanceof // instanceof
	precUnary      // ~ casts @ unary - + (prefix)
	precPow        // ** (right)
	precClone
)

type binOp struct {
	prec  int
	op    string
	right bool // right-associative
	nona  bool // non-associative
}

// binOps is indexed by token kind; prec 0 marks no operator.
var binOps = [kindLimit]binOp{
	T_LOGICAL_OR:  {precOr, "||", false, false},
	T_LOGICAL_XOR: {precXor, "xor", false, false},
	T_LOGICAL_AND: {precAnd, "&&", false, false},
	T_COALESCE:    {precCoalesce, "??", true, false},
	T_BOOLEAN_OR:  {precBoolOr, "||", false, false},
	T_BOOLEAN_AND: {precBoolAnd, "&&", false, false},
	'|':           {precBitOr, "|", false, false},
	'^':           {precBitXor, "^", false, false},
	T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG: {precBitAnd, "&", false, false},
	T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG:     {precBitAnd, "&", false, false},
	T_IS_EQUAL:                                {precEquality, "==", false, true},
	T_IS_NOT_EQUAL:                            {precEquality, "!=", false, true},
	T_IS_IDENTICAL:                            {precEquality, "===", false, true},
	T_IS_NOT_IDENTICAL:                        {precEquality, "!==", false, true},
	T_SPACESHIP:                               {precEquality, "<=>", false, true},
	'<':                                       {precCompare, "<", false, true},
	T_IS_SMALLER_OR_EQUAL:                     {precCompare, "<=", false, true},
	'>':                                       {precCompare, ">", false, true},
	T_IS_GREATER_OR_EQUAL:                     {precCompare, ">=", false, true},
	T_PIPE:                                    {precPipe, "|>", false, false},
	'.':                                       {precConcat, ".", false, false},
	T_SL:                                      {precShift, "<<", false, false},
	T_SR:                                      {precShift, ">>", false, false},
	'+':                                       {precAdd, "+", false, false},
	'-':                                       {precAdd, "-", false, false},
	'*':                                       {precMul, "*", false, false},
	'/':                                       {precMul, "/", false, false},
	'%':                                       {precMul, "%", false, false},
	T_POW:                                     {precPow, "**", true, false},
}

// assignOps is indexed by token kind; "" marks no operator.
var assignOps = [kindLimit]string{
	'=': "=", T_COALESCE_EQUAL: "??=", T_CONCAT_EQUAL: ".=", T_PLUS_EQUAL: "+=", T_MINUS_EQUAL: "-=",
	T_MUL_EQUAL: "op=", T_DIV_EQUAL: "op=", T_MOD_EQUAL: "op=", T_POW_EQUAL: "op=", T_AND_EQUAL: "op=",
	T_OR_EQUAL: "op=", T_XOR_EQUAL: "op=", T_SL_EQUAL: "op=", T_SR_EQUAL: "op=",
}

func (p *parser) expr() ir.Expr { return p.exprPrec(precLowest) }

// exprList parses expr, expr, …
func (p *parser) exprList() []ir.Expr {
	out := []ir.Expr{p.expr()}
	for p.got(',') {
		out = append(out, p.expr())
	}
	return out
}

// exprPrec parses an expression whose binary operators bind at least as
// tightly as min.
func (p *parser) exprPrec(min int) ir.Expr {
	p.enter()
	defer p.leave()
	start := p.tok.Start
	return p.binary(start, p.unary(), min)
}

// binary parses the binary operators, ternaries and instanceof that
// follow the operand x (which began at start).
func (p *parser) binary(start int32, x ir.Expr, min int) ir.Expr {
	lastNona := -1
	for {
		t := p.tok
		if t.Kind == '?' {
			if precTernary < min {
				return x
			}
			p.next()
			var then ir.Expr
			if !p.got(':') {
				then = p.expr()
				p.want(':')
			}
			els := p.exprPrec(precTernary + 1)
			o := put(&p.a.others, ir.Other{Op: "?:", Args: []ir.Expr{x}})
			if then != nil {
				o.Args = append(o.Args, then)
			}
			o.Args = append(o.Args, els)
			o.P = p.span(start)
			x = o
			continue
		}
		if t.Kind == T_INSTANCEOF {
			if precInstanceof < min {
				return x
			}
			p.next()
			cls := p.classRef()
			o := put(&p.a.others, ir.Other{Op: "instanceof", Args: []ir.Expr{x}, P: p.span(start)})
			if cls != "" {
				// the class tested, as a reference without a constant
				o.Args = append(o.Args, put(&p.a.classConsts, ir.ClassConst{Class: cls, P: o.P}))
			}
			x = o
			if p.is(T_INSTANCEOF) {
				p.fail("") // non-associative
			}
			continue
		}
		b := binOps[t.Kind]
		if b.prec == precLowest || b.prec < min {
			return x
		}
		if b.nona && b.prec == lastNona {
			p.fail("")
		}
		p.next()
		if t.Kind == T_PIPE {
			p.note(t, Version{8, 5}, "pipe operators (|>)")
		}
		next := b.prec + 1
		if b.right {
			next = b.prec
		}
		y := p.exprPrec(next)
		if t.Kind == T_PIPE {
			x = p.pipe(start, x, y)
		} else {
			x = put(&p.a.others, ir.Other{Op: b.op, Args: []ir.Expr{x, y}, P: p.span(start)})
		}
		if b.nona {
			lastNona = b.prec
		} else {
			lastNona = -1
		}
	}
}

// pipe lowers x |> f as what PHP compiles it to, the call f(x): a
// first-class callable f(...), $o->m(...) or C::m(...) becomes that call
// with x as its argument; any other callable is called with x.
func (p *parser) pipe(start int32, x, f ir.Expr) ir.Expr {
	pos := p.span(start)
	switch c := f.(type) {
	case *ir.Call:
		if c.FirstClass {
			return put(&p.a.calls, ir.Call{Name: c.Name, Fallback: c.Fallback, Callee: c.Callee, Args: []ir.Expr{x}, P: pos})
		}
	case *ir.MethodCall:
		if c.FirstClass {
			return put(&p.a.methodCalls, ir.MethodCall{Recv: c.Recv, Name: c.Name, Nullsafe: c.Nullsafe, Args: []ir.Expr{x}, P: pos})
		}
	case *ir.StaticCall:
		if c.FirstClass {
			return put(&p.a.staticCalls, ir.StaticCall{Class: c.Class, Name: c.Name, Args: []ir.Expr{x}, P: pos})
		}
	}
	return put(&p.a.calls, ir.Call{Callee: f, Args: []ir.Expr{x}, P: pos})
}

// unary parses a prefix-operator expression or a postfix chain.
func (p *parser) unary() ir.Expr {
	p.enter()
	defer p.leave()
	start := p.tok.Start
	t := p.tok
	switch t.Kind {
	case '!':
		p.next()
		x := p.exprPrec(precNot + 1)
		return put(&p.a.others, ir.Other{Op: "!", Args: []ir.Expr{x}, P: p.span(start)})
	case '-', '+', '~':
		p.next()
		x := p.exprPrec(precUnary + 1)
		return put(&p.a.others, ir.Other{Op: string(rune(t.Kind)), Args: []ir.Expr{x}, P: p.span(start)})
	case '@':
		p.next()
		return p.exprPrec(precUnary + 1)
	case T_INT_CAST, T_DOUBLE_CAST, T_STRING_CAST, T_BOOL_CAST, T_UNSET_CAST, T_ARRAY_CAST, T_OBJECT_CAST:
		p.next()
		x := p.exprPrec(precUnary + 1)
		op := "cast"
		switch t.Kind {
		case T_ARRAY_CAST:
			op = "(array)"
		case T_OBJECT_CAST:
			op = "(object)"
		}
		return put(&p.a.others, ir.Other{Op: op, Args: []ir.Expr{x}, P: p.span(start)})
	case T_INC, T_DEC:
		p.next()
		x := p.postfix()
		return put(&p.a.others, ir.Other{Op: "++", Args: []ir.Expr{x}, P: p.span(start)})
	case T_CLONE:
		p.next()
		if p.is('(') && p.cloneCall() {
			args, _ := p.callArgs(false)
			return put(&p.a.others, ir.Other{Op: "clone", Args: args, P: p.span(start)})
		}
		x := p.exprPrec(precClone)
		return put(&p.a.others, ir.Other{Op: "clone", Args: []ir.Expr{x}, P: p.span(start)})
	case T_PRINT:
		p.next()
		x := p.exprPrec(precPrint + 1)
		return put(&p.a.others, ir.Other{Op: "print", Args: []ir.Expr{x}, P: p.span(start)})
	case T_YIELD:
		p.next()
		p.fn.Generator = true
		y := put(&p.a.yields, ir.Yield{})
		if p.startsOperand() {
			y.Value = p.exprPrec(precYield + 1)
			if p.got(T_DOUBLE_ARROW) {
				y.Key = y.Value
				y.Value = p.exprPrec(precYield + 1)
			}
		}
		y.P = p.span(start)
		return y
	case T_YIELD_FROM:
		p.next()
		p.fn.Generator = true
		x := p.exprPrec(precYield + 1)
		return put(&p.a.yields, ir.Yield{Value: x, From: true, P: p.span(start)})
	case T_THROW:
		p.next()
		x := p.expr()
		return put(&p.a.others, ir.Other{Op: "throw", Args: []ir.Expr{x}, P: p.span(start)})
	case T_INCLUDE, T_INCLUDE_ONCE, T_REQUIRE, T_REQUIRE_ONCE:
		op := "include"
		if t := p.tok.Kind; t == T_INCLUDE_ONCE || t == T_REQUIRE_ONCE {
			op = "include_once" // runs the file at most once per process
		}
		p.next()
		x := p.expr()
		return put(&p.a.others, ir.Other{Op: op, Args: []ir.Expr{x}, P: p.span(start)})
	case T_NEW:
		return p.postfixFrom(start, p.newExpr())
	}
	return p.postfix()
}

// startsOperand reports whether the current token can begin an operand
// (after yield, which may stand alone): not a closing bracket, a
// separator or a binary operator other than + and -, which are then
// unary.
func (p *parser) startsOperand() bool {
	switch k := p.tok.Kind; k {
	case ';', ')', ',', ']', '}', ':', '?', T_DOUBLE_ARROW, T_INSTANCEOF, EOF:
		return false
	case '-', '+':
		return true
	default:
		return binOps[k].prec == precLowest && assignOps[k] == ""
	}
}

// cloneCall reports whether "clone (" starts PHP 8.5's function form of
// clone: clone($o, [...]), clone(...), clone(...$args), clone(object: $o)
// — an argument list with a comma at its top level, a spread or a name —
// rather than clone applied to a parenthesised expression.
func (p *parser) cloneCall() bool {
	if k := p.peek(1).Kind; k == T_ELLIPSIS || p.isLabel(p.peek(1)) && p.peek(2).Kind == ':' {
		p.note(p.tok, Version{8, 5}, "clone with arguments")
		return true
	}
	depth := 1 // inside the parenthesis after clone
	for i := 1; i < 10000; i++ {
		switch p.peek(i).Kind {
		case '(', '[', '{', T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES, T_ATTRIBUTE:
			depth++
		case ')', ']', '}':
			depth--
			if depth == 0 {
				return false
			}
		case ',':
			if depth == 1 {
				p.note(p.tok, Version{8, 5}, "clone with arguments")
				return true
			}
		case EOF, ';':
			return false
		}
	}
	return false
}

// postfix parses a primary expression and its chain of member accesses,
// calls and subscripts, then a postfix ++/-- or an assignment.
func (p *parser) postfix() ir.Expr {
	start := p.tok.Start
	first := p.tok.Kind
	x := p.primary()
	switch first {
	case T_LNUMBER, T_DNUMBER, T_ISSET, T_EMPTY, T_EVAL, T_EXIT, T_FUNCTION, T_FN, T_MATCH, '`', T_START_HEREDOC, T_ATTRIBUTE:
		// numbers, language constructs, closures, match, commands and
		// heredocs take no member access, call or subscript
		return x
	case T_STATIC:
		if _, closure := x.(*ir.Closure); closure {
			return x
		}
	case T_LIST:
		return p.assignFrom(start, x)
	case '(':
		// ($a) = 1 is not an assignment; ($a)->b = 1 is
		if y := p.chain(start, x); y != x {
			return p.assignFrom(start, y)
		}
		return x
	case T_LINE, T_FILE, T_DIR, T_CLASS_C, T_TRAIT_C, T_METHOD_C, T_FUNC_C, T_NS_C, T_PROPERTY_C:
		if k := p.tok.Kind; k == '(' || k == T_PAAMAYIM_NEKUDOTAYIM {
			return x // constants take subscripts and -> only
		}
	}
	return p.postfixFrom(start, x)
}

// assignable reports whether x may stand left of '='.
func assignable(x ir.Expr) bool {
	switch x.(type) {
	case *ir.Var, *ir.Prop, *ir.StaticProp, *ir.Dim, *ir.Array:
		return true
	}
	return false
}

func (p *parser) postfixFrom(start int32, x ir.Expr) ir.Expr {
	return p.assignFrom(start, p.chain(start, x))
}

// assignFrom parses what may follow a complete operand: a postfix ++/--
// or an assignment when the operand is a place.
func (p *parser) assignFrom(start int32, x ir.Expr) ir.Expr {
	if !assignable(x) {
		return x
	}
	switch p.tok.Kind {
	case T_INC, T_DEC:
		p.next()
		return put(&p.a.others, ir.Other{Op: "++", Args: []ir.Expr{x}, P: p.span(start)})
	}
	op := assignOps[p.tok.Kind]
	if op == "" {
		return x
	}
	if _, isArr := x.(*ir.Array); isArr && op != "=" {
		p.fail("")
	}
	p.next()
	byRef := false
	if op == "=" && p.isAmp() {
		p.next()
		byRef = true
	}
	src := p.exprPrec(precAssign)
	return put(&p.a.assigns, ir.Assign{Dst: x, Src: src, Op: op, ByRef: byRef, P: p.span(start)})
}

// chain parses member accesses, static accesses, calls and subscripts
// after a primary expression.
func (p *parser) chain(start int32, x ir.Expr) ir.Expr {
	for {
		switch p.tok.Kind {
		case '[':
			x = p.subscript(start, x)
		case '{':
			// $str{0}: removed in PHP 8.0 (8.0–8.3 still parse it and
			// refuse it when compiling)
			if p.noCurly {
				return x
			}
			p.removed(p.tok, Version{8, 0}, "curly-brace offsets ($x{0})")
			p.next()
			key := p.expr()
			p.want('}')
			x = put(&p.a.dims, ir.Dim{Base: x, Key: key, P: p.span(start)})
		case T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR:
			nullsafe := p.is(T_NULLSAFE_OBJECT_OPERATOR)
			if nullsafe {
				p.note(p.tok, Version{8, 0}, "nullsafe operators")
			}
			p.next()
			name, nameExpr := p.memberNameExpr()
			if p.is('(') {
				args, fc := p.callArgs(false)
				x = put(&p.a.methodCalls, ir.MethodCall{Recv: x, Name: name, NameExpr: nameExpr, Args: args, Nullsafe: nullsafe, FirstClass: fc != nil, P: p.span(start)})
			} else {
				x = put(&p.a.props, ir.Prop{Obj: x, Name: name, Nullsafe: nullsafe, P: p.span(start)})
			}
		case T_PAAMAYIM_NEKUDOTAYIM:
			p.next()
			x = p.staticMember(start, "") // a class named by an object or a string
		case '(':
			args, fc := p.callArgs(false)
			x = put(&p.a.calls, ir.Call{Callee: x, Args: args, FirstClass: fc != nil, P: p.span(start)})
		default:
			return x
		}
	}
}

// subscript parses [key] or [] after x.
func (p *parser) subscript(start int32, x ir.Expr) ir.Expr {
	p.want('[')
	var key ir.Expr
	if !p.is(']') {
		key = p.expr()
	}
	p.want(']')
	return put(&p.a.dims, ir.Dim{Base: x, Key: key, P: p.span(start)})
}

// staticMember parses what follows Class:: — a constant, ::class, a
// static property, or a static call.
func (p *parser) staticMember(start int32, class string) ir.Expr {
	switch p.tok.Kind {
	case T_VARIABLE:
		name := p.name(p.tok, 1)
		p.next()
		if p.is('(') {
			args, fc := p.callArgs(false)
			return put(&p.a.staticCalls, ir.StaticCall{Class: class, Args: args, FirstClass: fc != nil, P: p.span(start)})
		}
		return put(&p.a.staticProps, ir.StaticProp{Class: class, Name: name, P: p.span(start)})
	case '$':
		p.simpleVarName()
		if p.is('(') {
			args, fc := p.callArgs(false)
			return put(&p.a.staticCalls, ir.StaticCall{Class: class, Args: args, FirstClass: fc != nil, P: p.span(start)})
		}
		return put(&p.a.staticProps, ir.StaticProp{Class: class, P: p.span(start)})
	case '{':
		ct := p.tok
		p.next()
		p.expr()
		p.want('}')
		if p.is('(') {
			args, fc := p.callArgs(false)
			return put(&p.a.staticCalls, ir.StaticCall{Class: class, Args: args, FirstClass: fc != nil, P: p.span(start)})
		}
		p.note(ct, Version{8, 3}, "dynamic class constant fetches")
		return put(&p.a.classConsts, ir.ClassConst{Class: class, P: p.span(start)})
	}
	if p.is(T_CLASS) {
		p.next()
		return put(&p.a.classConsts, ir.ClassConst{Class: class, Name: "class", P: p.span(start)})
	}
	name := p.identifier()
	if p.is('(') {
		// (names: nil without arguments, empty for a first-class
		// callable, one per argument otherwise)
		args, names := p.callArgs(true)
		e := put(&p.a.staticCalls, ir.StaticCall{Class: class, Name: name, Args: args, FirstClass: names != nil && len(names) == 0, P: p.span(start)})
		if slices.ContainsFunc(names, func(n string) bool { return n != "" }) {
			e.ArgNames = names
		}
		return e
	}
	return put(&p.a.classConsts, ir.ClassConst{Class: class, Name: name, P: p.span(start)})
}

// memberName parses a property or method name after -> : an identifier
// (any word), a variable or {expr}; "" when dynamic.
func (p *parser) memberName() string {
	name, _ := p.memberNameExpr()
	return name
}

// memberNameExpr parses a member name after -> and returns it, or for a
// dynamic one ($m, {expr}) "" and its expression (nil for $$m).
func (p *parser) memberNameExpr() (string, ir.Expr) {
	switch p.tok.Kind {
	case T_VARIABLE:
		t := p.tok
		p.next()
		v := put(&p.a.vars, ir.Var{Name: p.name(t, 1)})
		v.P = p.span(t.Start)
		return "", v
	case '{':
		p.next()
		x := p.expr()
		p.want('}')
		return "", x
	case '$':
		p.simpleVarName()
		return "", nil
	}
	return p.identifier(), nil
}

// callArgs parses (args) and returns the lowered arguments, their names
// ("" for positional ones), and for a first-class callable (...) a
// non-nil empty name list.
func (p *parser) callArgs(keepNames bool) ([]ir.Expr, []string) {
	p.want('(')
	if p.is(T_ELLIPSIS) && p.peek(1).Kind == ')' {
		p.note(p.tok, Version{8, 1}, "first-class callables")
		p.next()
		p.next()
		return []ir.Expr{}, []string{}
	}
	args, names := p.argList()
	if !keepNames {
		names = nil
	}
	return args, names
}

// argList parses arguments after '(' up to and with ')'.
func (p *parser) argList() ([]ir.Expr, []string) {
	mark := len(p.exprs)
	var names []string
	for !p.is(')') {
		as := p.tok.Start
		name := ""
		if p.isLabel(p.tok) && p.peek(1).Kind == ':' {
			p.note(p.tok, Version{8, 0}, "named arguments")
			name = p.text(p.tok)
			p.next()
			p.next()
		}
		var x ir.Expr
		if p.got(T_ELLIPSIS) {
			e := p.expr()
			x = put(&p.a.others, ir.Other{Op: "...", Args: []ir.Expr{e}, P: p.span(as)})
		} else {
			x = p.expr()
		}
		p.exprs = append(p.exprs, x)
		names = append(names, name)
		if !p.got(',') {
			break
		}
	}
	p.want(')')
	args := p.takeExprs(mark)
	if args == nil {
		args = []ir.Expr{}
	}
	return args, names
}

// classRef parses a class reference after new or instanceof and returns
// its resolved name, "" when dynamic.
func (p *parser) classRef() string {
	name, _ := p.classRefExpr()
	return name
}

// classRefExpr is classRef that also returns, for a class named by a
// plain variable (new $class), that variable.
func (p *parser) classRefExpr() (string, ir.Expr) {
	t := p.tok
	switch {
	case t.Kind == T_STATIC || isNameTok(t.Kind):
		if k := p.peek(1).Kind; k == T_PAAMAYIM_NEKUDOTAYIM {
			break // new static::$class: a class named by a static property
		}
		p.next()
		if t.Kind == T_STATIC {
			return "static", nil
		}
		return p.className(t), nil
	case t.Kind == '(':
		// new ($class)(…), new ($this->class)(…): the variable or the
		// property naming the class, as without the parentheses
		p.next()
		x := p.expr()
		p.want(')')
		switch x := x.(type) {
		case *ir.Var:
			if x.Name != "" {
				return "", x
			}
		case *ir.Prop:
			if o, ok := x.Obj.(*ir.Var); ok && o.Name != "" && x.Name != "" {
				return "", x
			}
		}
		return "", nil
	}
	// a dynamic class: a variable with property and subscript accesses
	start := p.tok.Start
	var x ir.Expr
	if p.is(T_STATIC) || isNameTok(p.tok.Kind) {
		p.next()
		x = put(&p.a.vars, ir.Var{})
	} else {
		x = p.variable()
	}
	plain := true // no member or subscript after the variable
	for {
		switch p.tok.Kind {
		case '[':
			x = p.subscript(start, x)
			plain = false
			continue
		case '{':
			p.next()
			p.expr()
			p.want('}')
			plain = false
			continue
		case T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR:
			nullsafe := p.is(T_NULLSAFE_OBJECT_OPERATOR)
			p.next()
			name := p.memberName()
			// new $this->trailClass(…): the property, one level down
			if v, ok := x.(*ir.Var); ok && plain && v.Name != "" && name != "" && !nullsafe {
				x = put(&p.a.props, ir.Prop{Obj: v, Name: name, P: p.span(start)})
				continue
			}
			plain = false
			continue
		case T_PAAMAYIM_NEKUDOTAYIM:
			p.next()
			p.simpleVarName()
			plain = false
			continue
		}
		switch v := x.(type) {
		case *ir.Var:
			if plain && v.Name != "" {
				return "", v
			}
		case *ir.Prop:
			if plain {
				return "", v
			}
		}
		return "", nil
	}
}

// variable parses $name, $$x or ${expr}.
func (p *parser) variable() ir.Expr {
	start := p.tok.Start
	if p.is(T_VARIABLE) {
		name := p.name(p.tok, 1)
		p.next()
		return put(&p.a.vars, ir.Var{Name: name, P: p.span(start)})
	}
	if !p.is('$') {
		p.fail("variable")
	}
	p.simpleVarName()
	return put(&p.a.vars, ir.Var{P: p.span(start)})
}

// newExpr parses new Class(args), new class(…) {…}, new (expr)(args).
func (p *parser) newExpr() ir.Expr {
	start := p.tok.Start
	p.next()
	var attrs []*ir.Attribute
	if p.is(T_ATTRIBUTE) {
		attrs = p.attributes()
	}
	if p.is(T_CLASS) || p.is(T_READONLY) && p.peek(1).Kind == T_CLASS {
		c, args := p.anonClass(start, attrs)
		e := put(&p.a.news, ir.New{Class: c.Name, Anon: c, Args: args})
		e.P = p.span(start)
		c.Pos = e.P
		p.file.Classes = append(p.file.Classes, c)
		p.checkNewChain()
		return e
	}
	name, dyn := p.classRefExpr()
	e := put(&p.a.news, ir.New{Class: name, ClassExpr: dyn})
	if p.is('(') {
		var names []string
		e.Args, names = p.callArgs(true)
		if slices.ContainsFunc(names, func(n string) bool { return n != "" }) {
			e.ArgNames = names
		}
		p.checkNewChain()
	} else {
		e.Args = []ir.Expr{}
		if k := p.tok.Kind; k == T_OBJECT_OPERATOR || k == T_NULLSAFE_OBJECT_OPERATOR || k == T_PAAMAYIM_NEKUDOTAYIM || k == '[' {
			p.fail("")
		}
	}
	e.P = p.span(start)
	return e
}

// checkNewChain notes member access right after new X(): PHP 8.4.
func (p *parser) checkNewChain() {
	switch p.tok.Kind {
	case T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR, T_PAAMAYIM_NEKUDOTAYIM, '[':
		p.note(p.tok, Version{8, 4}, "member accesses on new without parentheses")
	}
}

// primary parses an operand.
func (p *parser) primary() ir.Expr {
	start := p.tok.Start
	t := p.tok
	switch t.Kind {
	case T_VARIABLE, '$':
		return p.variable()
	case '(':
		p.next()
		x := p.expr()
		p.want(')')
		return x
	case '[':
		return p.arrayLit(start, ']')
	case T_ARRAY, T_LIST:
		p.next()
		if !p.is('(') {
			p.fail("\"(\"")
		}
		return p.arrayLit(start, ')')
	case T_LNUMBER:
		p.next()
		return put(&p.a.lits, ir.Lit{Kind: ir.LitInt, Value: p.literal(t), P: p.span(start)})
	case T_DNUMBER:
		p.next()
		return put(&p.a.lits, ir.Lit{Kind: ir.LitFloat, Value: p.literal(t), P: p.span(start)})
	case T_CONSTANT_ENCAPSED_STRING:
		p.next()
		return put(&p.a.lits, ir.Lit{Kind: ir.LitString, Value: p.literal(t), P: p.span(start)})
	case '"', '`', T_START_HEREDOC:
		return p.interpolated()
	case T_LINE, T_FILE, T_DIR, T_CLASS_C, T_TRAIT_C, T_METHOD_C, T_FUNC_C, T_NS_C, T_PROPERTY_C:
		p.next()
		return put(&p.a.lits, ir.Lit{Kind: ir.LitMagic, Value: strings.ToUpper(p.text(t)), P: p.span(start)})
	case T_ISSET:
		p.next()
		p.want('(')
		o := put(&p.a.others, ir.Other{Op: "isset", Args: []ir.Expr{}})
		for !p.is(')') {
			o.Args = append(o.Args, p.expr())
			if !p.got(',') {
				break
			}
		}
		p.want(')')
		if len(o.Args) == 0 {
			p.fail("expression")
		}
		o.P = p.span(start)
		return o
	case T_EMPTY, T_EVAL:
		p.next()
		x := p.parenExpr()
		return put(&p.a.others, ir.Other{Op: strings.ToLower(p.text(t)), Args: []ir.Expr{x}, P: p.span(start)})
	case T_EXIT:
		p.next()
		o := put(&p.a.others, ir.Other{Op: "exit"})
		if p.got('(') {
			if !p.is(')') {
				o.Args = []ir.Expr{p.expr()}
			}
			p.want(')')
		}
		o.P = p.span(start)
		return o
	case T_FUNCTION, T_FN:
		return p.closure(start, false)
	case T_STATIC:
		switch p.peek(1).Kind {
		case T_FUNCTION, T_FN:
			p.next()
			return p.closure(start, true)
		case T_PAAMAYIM_NEKUDOTAYIM:
			p.next()
			p.next()
			return p.staticMember(start, "static")
		}
	case T_ATTRIBUTE:
		p.attributes()
		static := p.got(T_STATIC)
		if !p.is(T_FUNCTION) && !p.is(T_FN) {
			p.fail("\"function\" or \"fn\"")
		}
		return p.closure(start, static)
	case T_MATCH:
		return p.match()
	case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE, T_READONLY, T_ENUM:
		if t.Kind == T_READONLY || t.Kind == T_ENUM {
			// contextual words used as names: readonly(), enum constants
			t.Kind = T_STRING
		}
		p.next()
		switch p.tok.Kind {
		case '(':
			c := put(&p.a.calls, ir.Call{})
			c.Name = p.resolve(t, useFunction)
			if t.Kind == T_STRING {
				c.Fallback = lastSegment(p.text(t))
			}
			args, fc := p.callArgs(false)
			c.Args, c.FirstClass = args, fc != nil
			c.P = p.span(start)
			return c
		case T_PAAMAYIM_NEKUDOTAYIM:
			class := p.className(t)
			p.next()
			return p.staticMember(start, class)
		}
		name := p.plainName(t)
		pos := p.span(start)
		switch strings.ToLower(lastSegment(name)) {
		case "true", "false":
			return put(&p.a.lits, ir.Lit{Kind: ir.LitBool, Value: strings.ToLower(lastSegment(name)), P: pos})
		case "null":
			return put(&p.a.lits, ir.Lit{Kind: ir.LitNull, Value: "null", P: pos})
		}
		return put(&p.a.lits, ir.Lit{Kind: ir.LitConst, Value: name, P: pos})
	}
	p.fail("")
	return nil
}

// closure parses function (…) use (…) {…} or fn (…) => expr; start is
// where static or attributes began.
func (p *parser) closure(start int32, static bool) ir.Expr {
	arrow := p.is(T_FN)
	if arrow {
		p.note(p.tok, Version{7, 4}, "arrow functions")
	}
	p.next()
	byRef := p.gotAmp()
	f := alloc(&p.a.funcs)
	*f = ir.Func{Kind: ir.FuncClosure, Name: "{closure}", Class: p.class, File: p.file, Static: static, Parent: p.fn, RefReturn: byRef}
	if arrow {
		f.Kind = ir.FuncArrow
	}
	f.Params = p.params()
	if !arrow && p.got(T_USE) {
		p.want('(')
		for !p.is(')') {
			byRef := p.gotAmp()
			name := p.name(p.want(T_VARIABLE), 1)
			f.Uses = append(f.Uses, ir.ClosureUse{Name: name, ByRef: byRef})
			if !p.got(',') {
				break
			}
		}
		p.want(')')
	}
	f.Returns = p.returnType()
	if arrow {
		p.want(T_DOUBLE_ARROW)
		p.withFunc(f, func() {
			xs := p.tok.Start
			x := p.expr()
			f.Body = []ir.Stmt{put(&p.a.returns, ir.Return{X: x, P: p.span(xs)})}
		})
	} else {
		p.withFunc(f, func() { f.Body = p.block() })
	}
	f.Pos = p.span(start)
	p.file.Funcs = append(p.file.Funcs, f)
	return put(&p.a.closures, ir.Closure{Func: f, P: f.Pos})
}

// match parses match (subject) { conds => result, default => result }.
func (p *parser) match() ir.Expr {
	start := p.tok.Start
	p.note(p.tok, Version{8, 0}, "match expressions")
	p.next()
	o := put(&p.a.others, ir.Other{Op: "match", Args: []ir.Expr{p.parenExpr()}})
	p.want('{')
	for !p.is('}') {
		if p.got(T_DEFAULT) {
			p.got(',')
		} else {
			for {
				o.Args = append(o.Args, p.expr())
				if !p.got(',') || p.is(T_DOUBLE_ARROW) {
					break
				}
			}
		}
		p.want(T_DOUBLE_ARROW)
		o.Args = append(o.Args, p.expr())
		if !p.got(',') {
			break
		}
	}
	p.want('}')
	o.P = p.span(start)
	return o
}

// arrayLit parses the items of [ … ], array( … ) or list( … ) from the
// opening bracket, up to and with close; start is where it began.
func (p *parser) arrayLit(start int32, close Kind) ir.Expr {
	p.next() // [ or (
	a := put(&p.a.arrays, ir.Array{})
	mark := len(p.items)
	for !p.is(close) {
		if p.is(',') {
			p.next() // an empty item (list skipping)
			continue
		}
		var it ir.ArrayItem
		if p.got(T_ELLIPSIS) {
			it.Unpack = true
			it.Value = p.expr()
		} else if p.isAmp() {
			p.next()
			it.ByRef = true
			it.Value = p.exprPrec(precAssign)
		} else {
			v := p.expr()
			if p.got(T_DOUBLE_ARROW) {
				it.Key = v
				if p.isAmp() {
					p.next()
					it.ByRef = true
				}
				v = p.expr()
			}
			it.Value = v
		}
		p.items = append(p.items, it)
		if !p.got(',') {
			break
		}
	}
	a.Items = list(&p.a.itemLists, p.items[mark:])
	clear(p.items[mark:])
	p.items = p.items[:mark]
	p.want(close)
	a.P = p.span(start)
	return a
}
