package phpsyntax

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/ir"
)

// topStatements parses statements at file or namespace level until the
// token end, where namespace, use, const and __halt_compiler may appear
// and unbraced namespace declarations change what follows.
func (p *parser) topStatements(end Kind) []ir.Stmt {
	mark := len(p.stmts)
	for !p.is(end) && !p.is(EOF) {
		p.stmts = append(p.stmts, p.safeStatement(true)...)
	}
	return p.takeStmts(mark)
}

// statements parses statements until '}' or one of the closing keywords
// of the alternative syntax (the caller consumes it).
func (p *parser) statements(ends ...Kind) []ir.Stmt {
	mark := len(p.stmts)
	for !p.is(EOF) && !p.is('}') && !slices.Contains(ends, p.tok.Kind) {
		p.stmts = append(p.stmts, p.safeStatement(false)...)
	}
	return p.takeStmts(mark)
}

// takeStmts returns the statements read since mark (see parser.stmts),
// nil for none.
func (p *parser) takeStmts(mark int) []ir.Stmt {
	out := list(&p.a.stmtLists, p.stmts[mark:])
	clear(p.stmts[mark:])
	p.stmts = p.stmts[:mark]
	return out
}

// takeExprs returns the expressions read since mark (see parser.exprs),
// nil for none.
func (p *parser) takeExprs(mark int) []ir.Expr {
	out := list(&p.a.exprLists, p.exprs[mark:])
	clear(p.exprs[mark:])
	p.exprs = p.exprs[:mark]
	return out
}

// safeStatement parses one statement; a syntax error in it is recorded
// and the parser resynchronises after it.
func (p *parser) safeStatement(top bool) (out []ir.Stmt) {
	st := p.save()
	defer func() {
		if p.aborted {
			return // let the panic unwind the whole parse
		}
		if r := recover(); r != nil {
			p.recovered(r, st)
			out = nil
		}
	}()
	return p.statement(top)
}

// parseState is what a broken statement or member may leave changed.
type parseState struct {
	start   int32
	braces  int
	depth   int
	class   *ir.Class
	fn      *ir.Func
	noCurly bool
	// the lengths of parser.items, stmts and exprs: what was read so far
	items, stmts, exprs int
}

func (p *parser) save() parseState {
	return parseState{p.tok.Start, p.braces, p.depth, p.class, p.fn, p.noCurly, len(p.items), len(p.stmts), len(p.exprs)}
}

// recovered handles a panic caught at a statement or member: a syntax
// error is recorded, the state restored and the rest of the broken
// construct skipped; any other panic goes on unwinding the whole parse.
func (p *parser) recovered(r any, st parseState) {
	se, ok := r.(syntaxError)
	if !ok {
		p.aborted = true
		panic(r)
	}
	p.errs = append(p.errs, se.err)
	p.depth, p.class, p.fn, p.noCurly, p.atTop = st.depth, st.class, st.fn, st.noCurly, false
	// the array items, statements and arguments the broken construct
	// left unfinished
	clear(p.items[st.items:])
	p.items = p.items[:st.items]
	clear(p.stmts[st.stmts:])
	p.stmts = p.stmts[:st.stmts]
	clear(p.exprs[st.exprs:])
	p.exprs = p.exprs[:st.exprs]
	p.sync(st)
}

// sync skips the rest of a broken statement or member: first out of the
// braces it opened (a match, an interpolation, a hook list), which ends
// it; else up to and with the next ';' or balanced {…} block at its own
// level, or up to the '}' that closes the enclosing block. It always
// moves past the token the broken construct started at.
func (p *parser) sync(st parseState) {
	if p.tok.Start == st.start && !p.is(EOF) {
		if p.is('{') {
			p.skipBlock()
			return
		}
		p.next()
	}
	for p.braces > st.braces && !p.is(EOF) {
		p.next()
		if p.braces == st.braces {
			return
		}
	}
	for {
		switch p.tok.Kind {
		case EOF, '}':
			return
		case ';':
			p.next()
			return
		case '{', T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES:
			p.skipBlock()
			return
		}
		p.next()
	}
}

// skipBlock skips a balanced {…} group starting at the current token.
func (p *parser) skipBlock() {
	depth := 0
	for !p.is(EOF) {
		switch p.tok.Kind {
		case '{', T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES:
			depth++
		case '}':
			depth--
			if depth <= 0 {
				p.next()
				return
			}
		}
		p.next()
	}
}

// block parses { statements }.
func (p *parser) block() []ir.Stmt {
	open := p.want('{')
	saved := p.noCurly
	p.noCurly = false
	list := p.statements()
	p.noCurly = saved
	p.close(open)
	return list
}

// close consumes the '}' that closes the brace open, or fails. At the
// end of the file it says once, as PHP does, which brace was left open
// (the innermost), and lets every open block end there, so the code read
// so far stays analysed.
func (p *parser) close(open Token) {
	if p.is(EOF) {
		if !p.unclosed {
			p.unclosed = true
			p.errs = append(p.errs, Error{Kind: ErrSyntax, Line: p.line(p.tok.Start), Col: p.col(p.tok.Start),
				Msg: fmt.Sprintf("unclosed '{' on line %d", p.line(open.Start))})
		}
		return
	}
	p.want('}')
}

// body parses the body of a control structure: a block or one statement.
func (p *parser) body() []ir.Stmt {
	if p.is('{') {
		return p.block()
	}
	p.noDeclaration()
	return p.statement(false)
}

// noDeclaration fails, as PHP does, on a declaration written where a
// control structure's one statement belongs (if (…) class A {}: only a
// block may hold one). A function there is read as a closure, which
// wants its "(".
func (p *parser) noDeclaration() {
	switch p.tok.Kind {
	case T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM, T_ABSTRACT, T_FINAL:
		p.fail("")
	case T_READONLY:
		if p.peek(1).Kind != '(' {
			p.fail("")
		}
	case T_FUNCTION:
		n := p.peek(1)
		if n.Kind == '&' || n.Kind == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG || n.Kind == T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG {
			n = p.peek(2)
		}
		if n.Kind != '(' {
			p.failAt(n, "\"(\"")
		}
	}
}

// ctrlBody parses the body of a loop or declare: a block, one
// statement, or the alternative syntax ": statements endX;".
func (p *parser) ctrlBody(end Kind) []ir.Stmt {
	if !p.got(':') {
		return p.body()
	}
	list := p.statements(end)
	p.endAlt(end)
	return list
}

func (p *parser) endAlt(end Kind) {
	p.want(end)
	p.semi()
}

// semi ends a statement: ';' or a closing tag (which the token stream
// already turned into ';').
func (p *parser) semi() {
	if !p.is(';') {
		p.fail("\";\"")
	}
	closeTag := p.src[p.tok.Start] == '?'
	p.next()
	if !closeTag && p.is(';') && p.src[p.tok.Start] == '?' && len(bytes.TrimSpace(p.src[p.prevEnd:p.tok.Start])) == 0 {
		p.next() // "; ?>": the closing tag belongs to the statement
	}
}

func (p *parser) statement(top bool) []ir.Stmt {
	p.enter()
	defer p.leave()
	start := p.tok.Start
	p.inlineVars(start)
	switch p.tok.Kind {
	case '{':
		return p.block()
	case ';':
		p.next()
		return nil
	case T_INLINE_HTML:
		p.next()
		return nil
	case T_IF:
		return []ir.Stmt{p.ifStmt()}
	case T_WHILE:
		p.next()
		cond := p.parenExpr()
		body := p.ctrlBody(T_ENDWHILE)
		return []ir.Stmt{put(&p.a.loops, ir.Loop{Kind: ir.LoopWhile, Cond: cond, Body: body, P: p.span(start)})}
	case T_DO:
		p.next()
		body := p.body()
		p.want(T_WHILE)
		cond := p.parenExpr()
		p.semi()
		return []ir.Stmt{put(&p.a.loops, ir.Loop{Kind: ir.LoopDoWhile, Cond: cond, Body: body, P: p.span(start)})}
	case T_FOR:
		return []ir.Stmt{p.forStmt()}
	case T_FOREACH:
		return []ir.Stmt{p.foreachStmt()}
	case T_SWITCH:
		return []ir.Stmt{p.switchStmt()}
	case T_BREAK, T_CONTINUE:
		op := strings.ToLower(p.text(p.tok))
		p.next()
		if !p.is(';') {
			p.expr()
		}
		p.semi()
		return []ir.Stmt{put(&p.a.jumps, ir.Jump{Op: op, P: p.span(start)})}
	case T_GOTO:
		p.next()
		p.want(T_STRING)
		p.semi()
		return []ir.Stmt{put(&p.a.jumps, ir.Jump{Op: "goto", P: p.span(start)})}
	case T_RETURN:
		p.next()
		var x ir.Expr
		if !p.is(';') {
			x = p.expr()
		}
		p.semi()
		return []ir.Stmt{put(&p.a.returns, ir.Return{X: x, P: p.span(start)})}
	case T_GLOBAL:
		p.next()
		g := put(&p.a.globals, ir.Global{})
		for {
			g.Names = append(g.Names, p.simpleVarName())
			if !p.got(',') {
				break
			}
		}
		p.semi()
		g.P = p.span(start)
		return []ir.Stmt{g}
	case T_STATIC:
		if k := p.peek(1).Kind; k == T_VARIABLE {
			return p.staticVars()
		}
	case T_ECHO:
		p.next()
		args := p.exprList()
		p.semi()
		pos := p.span(start)
		return []ir.Stmt{put(&p.a.exprStmts, ir.ExprStmt{X: put(&p.a.others, ir.Other{Op: "echo", Args: args, P: pos}), P: pos})}
	case T_UNSET:
		p.next()
		p.want('(')
		var targets []ir.Expr
		for !p.is(')') {
			targets = append(targets, p.expr())
			if !p.got(',') {
				break
			}
		}
		p.want(')')
		p.semi()
		return []ir.Stmt{put(&p.a.unsets, ir.Unset{Targets: targets, P: p.span(start)})}
	case T_TRY:
		return []ir.Stmt{p.tryStmt()}
	case T_VOID_CAST:
		// (void) f(); PHP 8.5: a statement, never a value
		p.note(p.tok, Version{8, 5}, "(void) casts")
		p.next()
		x := p.expr()
		cast := put(&p.a.others, ir.Other{Op: "cast", Args: []ir.Expr{x}, P: p.span(start)})
		p.semi()
		return []ir.Stmt{put(&p.a.exprStmts, ir.ExprStmt{X: cast, P: p.span(start)})}
	case T_THROW:
		// a statement, spanning its ';' (throw is also an expression)
		p.next()
		x := p.expr()
		p.semi()
		pos := p.span(start)
		return []ir.Stmt{put(&p.a.exprStmts, ir.ExprStmt{X: put(&p.a.others, ir.Other{Op: "throw", Args: []ir.Expr{x}, P: pos}), P: pos})}
	case T_DECLARE:
		p.next()
		p.want('(')
		for {
			p.identifier()
			p.want('=')
			p.expr()
			if !p.got(',') {
				break
			}
		}
		p.want(')')
		if p.got(';') {
			return nil
		}
		body := p.ctrlBody(T_ENDDECLARE)
		return body
	case T_FUNCTION, T_ABSTRACT, T_FINAL, T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM, T_READONLY:
		if p.declaration(start, top, nil) {
			return nil
		}
	case T_ATTRIBUTE:
		attrs := p.attributes()
		if p.declaration(start, top, attrs) {
			return nil
		}
		switch p.tok.Kind {
		case T_CONST:
			p.note(p.tok, Version{8, 5}, "attributes on constants")
			return p.statement(top)
		}
		// an attributed closure or arrow function, which starts at its
		// attributes
		static := p.got(T_STATIC)
		if !p.is(T_FUNCTION) && !p.is(T_FN) {
			p.fail("\"function\" or \"fn\"")
		}
		x := p.binary(start, p.closure(start, static), precLowest)
		p.semi()
		return []ir.Stmt{put(&p.a.exprStmts, ir.ExprStmt{X: x, P: p.span(start)})}
	case T_STRING:
		if p.peek(1).Kind == ':' {
			p.next()
			p.next()
			return nil // a goto label
		}
	case T_NAMESPACE:
		if p.peek(1).Kind != T_NS_SEPARATOR {
			if !top {
				p.fail("")
			}
			return p.namespace()
		}
	case T_USE:
		if !top {
			p.fail("")
		}
		p.useStmt()
		return nil
	case T_CONST:
		if !top {
			p.fail("")
		}
		p.next()
		p.constList(nil)
		return nil
	case T_HALT_COMPILER:
		p.next()
		p.want('(')
		p.want(')')
		p.semi()
		// the rest of the file is data
		for !p.is(EOF) {
			p.next()
		}
		return nil
	}
	x := p.expr()
	p.semi()
	return []ir.Stmt{put(&p.a.exprStmts, ir.ExprStmt{X: x, P: p.span(start)})}
}

// declaration parses a function or class-like declaration if one starts
// here (function f, not a closure's function ( or function &( ), and
// reports whether it did.
func (p *parser) declaration(start int32, top bool, attrs []*ir.Attribute) bool {
	switch p.tok.Kind {
	case T_FUNCTION:
		k := p.peek(1).Kind
		if k == T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG || k == T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG {
			k = p.peek(2).Kind
		}
		if k == '(' {
			return false
		}
		p.atTop = top
		p.function(start, attrs)
		return true
	case T_READONLY:
		if k := p.peek(1).Kind; k != T_CLASS && k != T_ABSTRACT && k != T_FINAL {
			return false
		}
	case T_ABSTRACT, T_FINAL, T_CLASS, T_INTERFACE, T_TRAIT, T_ENUM:
	default:
		return false
	}
	p.atTop = top
	p.classLike(start, attrs)
	return true
}

// constList parses NAME = expr, … ; after const (class constants exclude
// the name class).
// constList parses `NAME = value, …;` after const; in a class body (c
// not nil) it keeps each constant.
func (p *parser) constList(c *ir.Class) {
	for {
		if p.is(T_CLASS) {
			p.fail("identifier")
		}
		start := p.tok.Start
		name := p.identifier()
		p.want('=')
		x := p.expr()
		if c != nil {
			c.Consts = append(c.Consts, put(&p.a.consts, ir.Const{Name: name, Value: x, Pos: p.span(start)}))
		}
		if !p.got(',') {
			break
		}
	}
	p.semi()
}

// simpleVarName parses a variable in global or static: $name, $$x or
// ${expr}; "" when dynamic.
func (p *parser) simpleVarName() string {
	if p.is(T_VARIABLE) {
		name := p.name(p.tok, 1)
		p.next()
		return name
	}
	p.want('$')
	if p.is('{') {
		p.next()
		p.expr()
		p.want('}')
		return ""
	}
	p.simpleVarName()
	return ""
}

func (p *parser) staticVars() []ir.Stmt {
	p.next() // static
	var out []ir.Stmt
	for {
		start := p.tok.Start
		name := p.name(p.want(T_VARIABLE), 1)
		var init ir.Expr
		if p.got('=') {
			init = p.expr()
		}
		out = append(out, put(&p.a.staticVars, ir.StaticVar{Name: name, Init: init, P: p.span(start)}))
		if !p.got(',') {
			break
		}
	}
	p.semi()
	return out
}

func (p *parser) parenExpr() ir.Expr {
	p.want('(')
	x := p.expr()
	p.want(')')
	return x
}

func (p *parser) ifStmt() ir.Stmt {
	start := p.tok.Start
	p.next()
	s := put(&p.a.ifs, ir.If{Cond: p.parenExpr()})
	if p.got(':') {
		s.Then = p.statements(T_ELSEIF, T_ELSE, T_ENDIF)
		cur := s
		for p.is(T_ELSEIF) {
			es := p.tok.Start
			p.next()
			next := put(&p.a.ifs, ir.If{Cond: p.parenExpr()})
			p.want(':')
			next.Then = p.statements(T_ELSEIF, T_ELSE, T_ENDIF)
			next.P = p.span(es)
			cur.Else = []ir.Stmt{next}
			cur = next
		}
		if p.got(T_ELSE) {
			p.want(':')
			cur.Else = p.statements(T_ENDIF)
		}
		p.endAlt(T_ENDIF)
		s.P = p.span(start)
		return s
	}
	s.Then = p.body()
	cur := s
	for p.is(T_ELSEIF) {
		es := p.tok.Start
		p.next()
		next := put(&p.a.ifs, ir.If{Cond: p.parenExpr()})
		next.Then = p.body()
		next.P = p.span(es)
		cur.Else = []ir.Stmt{next}
		cur = next
	}
	if p.got(T_ELSE) {
		cur.Else = p.body()
	}
	s.P = p.span(start)
	return s
}

func (p *parser) forStmt() ir.Stmt {
	start := p.tok.Start
	p.next()
	p.want('(')
	s := put(&p.a.loops, ir.Loop{Kind: ir.LoopFor})
	if !p.is(';') {
		s.Init = p.exprList()
	}
	p.want(';')
	if !p.is(';') {
		conds := p.exprList()
		s.Cond = conds[len(conds)-1]
		s.Init = append(s.Init, conds[:len(conds)-1]...)
	}
	p.want(';')
	if !p.is(')') {
		s.Step = p.exprList()
	}
	p.want(')')
	body := p.ctrlBody(T_ENDFOR)
	s.Body = body
	s.P = p.span(start)
	return s
}

func (p *parser) foreachStmt() ir.Stmt {
	start := p.tok.Start
	p.next()
	p.want('(')
	s := put(&p.a.loops, ir.Loop{Kind: ir.LoopForeach, Iter: p.expr()})
	p.want(T_AS)
	byRef := p.gotAmp()
	v := p.foreachTarget()
	if p.got(T_DOUBLE_ARROW) {
		if byRef {
			p.fail("")
		}
		s.Key = v
		byRef = p.gotAmp()
		v = p.foreachTarget()
	}
	s.Value, s.ByRef = v, byRef
	p.want(')')
	body := p.ctrlBody(T_ENDFOREACH)
	s.Body = body
	s.P = p.span(start)
	return s
}

// foreachTarget is a foreach key or value: a variable or a destructuring.
func (p *parser) foreachTarget() ir.Expr {
	return p.unary()
}

// gotAmp consumes a '&'.
func (p *parser) gotAmp() bool {
	return p.got(T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG) || p.got(T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG)
}

func (p *parser) isAmp() bool {
	return p.is(T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG) || p.is(T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG)
}

func (p *parser) switchStmt() ir.Stmt {
	start := p.tok.Start
	p.next()
	s := put(&p.a.switches, ir.Switch{Subject: p.parenExpr()})
	alt := false
	if p.got(':') {
		alt = true
	} else {
		p.want('{')
	}
	p.got(';')
	for !p.is(EOF) {
		if alt && p.is(T_ENDSWITCH) || !alt && p.is('}') {
			break
		}
		var c ir.SwitchCase
		switch {
		case p.got(T_CASE):
			c.Cond = p.expr()
		case p.got(T_DEFAULT):
		default:
			p.fail("\"case\", \"default\"")
		}
		if !p.got(':') && !p.got(';') {
			p.fail("\":\"")
		}
		c.Body = p.statements(T_CASE, T_DEFAULT, T_ENDSWITCH)
		s.Cases = append(s.Cases, c)
	}
	if alt {
		p.endAlt(T_ENDSWITCH)
	} else {
		p.want('}')
	}
	s.P = p.span(start)
	return s
}

func (p *parser) tryStmt() ir.Stmt {
	start := p.tok.Start
	p.next()
	s := put(&p.a.tries, ir.Try{Body: p.block()})
	for p.is(T_CATCH) {
		cs := p.tok.Start
		p.next()
		p.want('(')
		c := put(&p.a.catches, ir.Catch{})
		for {
			c.Types = append(c.Types, p.className(p.nameTok()))
			if !p.got('|') {
				break
			}
		}
		if p.is(T_VARIABLE) {
			c.Var = p.name(p.tok, 1)
			p.next()
		} else {
			p.note(p.tok, Version{8, 0}, "catches without a variable")
		}
		p.want(')')
		c.Body = p.block()
		c.P = p.span(cs)
		s.Catches = append(s.Catches, c)
	}
	if p.got(T_FINALLY) {
		s.Finally = p.block()
		if s.Finally == nil {
			s.Finally = []ir.Stmt{}
		}
	} else if len(s.Catches) == 0 {
		p.fail("\"catch\", \"finally\"")
	}
	s.P = p.span(start)
	return s
}

// nameTok consumes a name token and returns it.
func (p *parser) nameTok() Token {
	t := p.tok
	if !isNameTok(t.Kind) {
		p.fail("identifier")
	}
	p.next()
	return t
}

func (p *parser) namespace() []ir.Stmt {
	p.next()
	p.ns = ""
	p.resetUses()
	if isNameTok(p.tok.Kind) {
		p.ns = p.plainName(p.nameTok())
	} else if !p.is('{') {
		p.fail("\"{\"")
	}
	if p.got('{') {
		list := p.topStatements('}')
		p.want('}')
		p.ns = ""
		p.resetUses()
		return list
	}
	p.semi()
	return nil
}

// useStmt parses a use import: plain, function, const, and group forms.
func (p *parser) useStmt() {
	p.next()
	kind := p.useKind()
	for {
		t := p.nameTok()
		name := p.plainName(t)
		if p.is(T_NS_SEPARATOR) && p.peek(1).Kind == '{' {
			p.next()
			p.next()
			for !p.is('}') {
				k := p.useKind()
				if k == useClass {
					k = kind
				}
				sub := p.plainName(p.nameTok())
				alias := lastSegment(sub)
				if p.got(T_AS) {
					alias = p.identifier()
				}
				p.addUse(k, name+`\`+sub, alias)
				if !p.got(',') {
					break
				}
			}
			p.want('}')
		} else {
			alias := lastSegment(name)
			if p.got(T_AS) {
				alias = p.identifier()
			}
			p.addUse(kind, name, alias)
		}
		if !p.got(',') {
			break
		}
	}
	p.semi()
}

func (p *parser) useKind() int {
	switch {
	case p.got(T_FUNCTION):
		return useFunction
	case p.got(T_CONST):
		return useConst
	}
	return useClass
}
