package phpsyntax

import (
	"fmt"
	"strings"

	"github.com/phpleak/phpleak/ir"
)

// isLabel reports whether a token's text is a PHP label: keywords used
// as member names, named arguments and the like.
func (p *parser) isLabel(t Token) bool {
	switch t.Kind {
	case T_STRING:
		return true
	case EOF, T_VARIABLE, T_INLINE_HTML, T_ENCAPSED_AND_WHITESPACE, T_CONSTANT_ENCAPSED_STRING,
		T_LNUMBER, T_DNUMBER, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE,
		T_STRING_VARNAME, T_NUM_STRING, T_COMMENT, T_DOC_COMMENT, T_WHITESPACE:
		return false
	}
	if t.Kind < 256 || t.End <= t.Start {
		return false
	}
	for _, c := range p.src[t.Start:t.End] {
		if !(c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80) {
			return false
		}
	}
	return true
}

// identifier consumes an identifier, reserved words included (member
// names, constants, named arguments).
func (p *parser) identifier() string {
	if !p.isLabel(p.tok) {
		p.fail("identifier")
	}
	s := p.name(p.tok, 0)
	p.next()
	return s
}

func (p *parser) withFunc(f *ir.Func, do func()) {
	saved := p.fn
	p.fn = f
	do()
	p.fn = saved
}

// function parses a function declaration.
func (p *parser) function(start int32, attrs []*ir.Attribute) {
	p.next() // function
	byRef := p.gotAmp()
	if !p.is(T_STRING) && !p.is(T_READONLY) {
		p.fail("identifier")
	}
	name := p.text(p.tok)
	p.next()
	f := alloc(&p.a.funcs)
	*f = ir.Func{Kind: ir.FuncFunction, Name: p.qualify(name), File: p.file, Parent: p.fn,
		Attrs: attrs, TopLevel: p.atTop, RefReturn: byRef}
	p.atTop = false
	defer p.keepFunc(f, start)
	f.Params = p.params()
	f.Returns = p.returnType()
	p.applyDoc(f, start)
	p.withFunc(f, func() { f.Body = p.block() })
}

// keepFunc records a function, method or closure when its parse ends,
// even by a syntax error in its body: the code before the error stays
// analysed, and the functions nested in it keep their parent.
func (p *parser) keepFunc(f *ir.Func, start int32) {
	if p.aborted {
		return
	}
	f.Pos = p.span(start)
	p.file.Funcs = append(p.file.Funcs, f)
}

// returnType parses an optional ": type".
func (p *parser) returnType() []string {
	if !p.got(':') {
		return nil
	}
	return p.typeDecl()
}

// typeDecl parses a type: T, ?T, unions, intersections and DNF types,
// and returns the names it mentions, resolved.
func (p *parser) typeDecl() []string {
	if p.got('?') {
		return p.singleType()
	}
	var out []string
	dnf := false
	for {
		if p.is('(') {
			dnf = true
			start := p.tok
			p.next()
			for {
				out = append(out, p.singleType()...)
				if !p.got(T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
					break
				}
			}
			p.want(')')
			if dnf {
				p.note(start, Version{8, 2}, "DNF types")
			}
		} else {
			out = append(out, p.singleType()...)
		}
		if p.got(T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
			for {
				out = append(out, p.singleType()...)
				if !p.got(T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG) {
					break
				}
			}
			return out
		}
		if !p.got('|') {
			return out
		}
	}
}

func (p *parser) singleType() []string {
	t := p.tok
	switch t.Kind {
	case T_ARRAY, T_CALLABLE, T_STATIC:
		p.next()
		return []string{strings.ToLower(p.text(t))}
	}
	if !isNameTok(t.Kind) {
		p.fail("type")
	}
	p.next()
	return []string{p.className(t)}
}

// startsType reports whether the current token can begin a type.
func (p *parser) startsType() bool {
	switch p.tok.Kind {
	case '?', '(', T_ARRAY, T_CALLABLE, T_STATIC:
		return true
	}
	return isNameTok(p.tok.Kind)
}

// params parses a parameter list.
func (p *parser) params() []*ir.Param {
	p.want('(')
	var out []*ir.Param
	for !p.is(')') {
		out = append(out, p.param())
		if !p.got(',') {
			break
		}
	}
	p.want(')')
	return out
}

func (p *parser) param() *ir.Param {
	start := p.tok.Start
	if p.is(T_ATTRIBUTE) {
		p.attributes()
	}
	par := put(&p.a.params, ir.Param{})
	mods := p.modifiers(true)
	par.Promoted = mods != 0
	typed := false
	if p.startsType() {
		typed = true
		nullable := p.is('?')
		par.Types = p.typeDecl()
		par.Nullable = nullable
	}
	if !typed {
		par.Nullable = true
	}
	for _, t := range par.Types {
		if t == "null" || t == "mixed" {
			par.Nullable = true
		}
	}
	par.ByRef = p.got(T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG)
	par.Variadic = p.got(T_ELLIPSIS)
	par.Name = p.name(p.want(T_VARIABLE), 1)
	if p.got('=') {
		var x ir.Expr
		if par.Promoted {
			x = p.defaultExpr()
		} else {
			x = p.expr()
		}
		if lit, ok := x.(*ir.Lit); ok && lit.Kind == ir.LitNull {
			par.Nullable = true
		}
		par.Default = x
	}
	if p.is('{') && par.Promoted {
		p.note(p.tok, Version{8, 4}, "property hooks")
		p.hooks(par.Name, mods)
	}
	par.Pos = p.span(start)
	return par
}

// defaultExpr parses a property's default value, which property hooks
// may follow.
func (p *parser) defaultExpr() ir.Expr {
	saved := p.noCurly
	p.noCurly = true
	x := p.expr()
	p.noCurly = saved
	return x
}

// Modifier bits.
const (
	modPublic = 1 << iota
	modProtected
	modPrivate
	modStatic
	modAbstract
	modFinal
	modReadonly
	modVar
	modSet // an asymmetric-visibility modifier
)

// modifiers parses member or promoted-parameter modifiers.
func (p *parser) modifiers(param bool) int {
	m := 0
	for {
		t := p.tok
		switch t.Kind {
		case T_PUBLIC:
			m |= modPublic
		case T_PROTECTED:
			m |= modProtected
		case T_PRIVATE:
			m |= modPrivate
		case T_PUBLIC_SET, T_PROTECTED_SET, T_PRIVATE_SET:
			p.note(t, Version{8, 4}, "asymmetric visibility modifiers")
			m |= modSet
		case T_READONLY:
			m |= modReadonly
		case T_FINAL:
			if param {
				p.note(t, Version{8, 5}, "final promoted properties")
			}
			m |= modFinal
		case T_STATIC:
			if param {
				return m
			}
			m |= modStatic
		case T_ABSTRACT:
			if param {
				return m
			}
			m |= modAbstract
		case T_VAR:
			if param {
				return m
			}
			m |= modVar
		default:
			return m
		}
		p.next()
	}
}

// attributes parses one or more attribute groups #[A, B(args)].
func (p *parser) attributes() []*ir.Attribute {
	var out []*ir.Attribute
	for p.is(T_ATTRIBUTE) {
		// no version note: before PHP 8.0, #[…] is a comment
		p.next()
		if p.is(']') {
			p.fail("identifier") // #[]: a group holds one attribute at least
		}
		for !p.is(']') {
			start := p.tok.Start
			t := p.nameTok()
			a := put(&p.a.attributes, ir.Attribute{Name: p.className(t)})
			if p.is('(') {
				a.Args, a.ArgNames = p.callArgs(true)
			}
			a.Pos = p.span(start)
			out = append(out, a)
			if !p.got(',') {
				break
			}
		}
		p.want(']')
	}
	return out
}

// classLike parses a class, interface, trait or enum declaration.
func (p *parser) classLike(start int32, attrs []*ir.Attribute) {
	c := put(&p.a.classes, ir.Class{File: p.file, TopLevel: p.atTop, Attrs: attrs})
	p.atTop = false
	mods := 0
	for {
		switch p.tok.Kind {
		case T_ABSTRACT:
			mods |= modAbstract
		case T_FINAL:
			mods |= modFinal
		case T_READONLY:
			p.note(p.tok, Version{8, 2}, "readonly classes")
			mods |= modReadonly
		default:
			goto kind
		}
		p.next()
	}
kind:
	c.Abstract = mods&modAbstract != 0
	switch p.tok.Kind {
	case T_CLASS:
		c.Kind = ir.KindClass
	case T_INTERFACE:
		c.Kind = ir.KindInterface
	case T_TRAIT:
		c.Kind = ir.KindTrait
	case T_ENUM:
		p.note(p.tok, Version{8, 1}, "enums")
		c.Kind = ir.KindEnum
	default:
		p.fail("\"class\"")
	}
	if mods != 0 && c.Kind != ir.KindClass {
		p.fail("\"class\"")
	}
	p.next()
	if !p.is(T_STRING) {
		p.fail("identifier")
	}
	c.Short = p.text(p.tok)
	c.Name = p.qualify(c.Short)
	p.next()
	defer func() {
		if !p.aborted {
			c.Pos = p.span(start)
			p.file.Classes = append(p.file.Classes, c)
		}
	}()
	p.classHeader(c)
	p.classBody(c)
}

// classHeader parses what follows a class-like's name: an enum's backing
// type, extends and implements.
func (p *parser) classHeader(c *ir.Class) {
	if c.Kind == ir.KindEnum && p.got(':') {
		p.typeDecl()
	}
	if p.got(T_EXTENDS) {
		if c.Kind == ir.KindInterface {
			for {
				c.Interfaces = append(c.Interfaces, p.className(p.nameTok()))
				if !p.got(',') {
					break
				}
			}
		} else if c.Kind == ir.KindClass {
			c.Parent = p.className(p.nameTok())
		} else {
			p.fail("\"{\"")
		}
	}
	if c.Kind != ir.KindInterface && c.Kind != ir.KindTrait && p.got(T_IMPLEMENTS) {
		for {
			c.Interfaces = append(c.Interfaces, p.className(p.nameTok()))
			if !p.got(',') {
				break
			}
		}
	}
}

// classBody parses { members } into c.
func (p *parser) classBody(c *ir.Class) {
	saved := p.class
	p.class = c
	defer func() { p.class = saved }()
	open := p.want('{')
	for !p.is('}') && !p.is(EOF) {
		p.safeMember(c)
	}
	p.close(open)
}

// safeMember parses one member; a syntax error in it is recorded and the
// parser resynchronises at the next member.
func (p *parser) safeMember(c *ir.Class) {
	st := p.save()
	defer func() {
		if p.aborted {
			return // let the panic unwind the whole parse
		}
		if r := recover(); r != nil {
			p.recovered(r, st)
		}
	}()
	p.member(c)
}

func (p *parser) member(c *ir.Class) {
	p.enter()
	defer p.leave()
	start := p.tok.Start
	if p.is(T_USE) {
		p.traitUse(c)
		return
	}
	var attrs []*ir.Attribute
	if p.is(T_ATTRIBUTE) {
		attrs = p.attributes()
	}
	if p.is(T_CASE) {
		if c.Kind != ir.KindEnum {
			p.fail("\"function\"")
		}
		p.next()
		c.Cases = append(c.Cases, p.identifier())
		if p.got('=') {
			p.expr()
		}
		p.semi()
		return
	}
	mods := p.modifiers(false)
	switch p.tok.Kind {
	case T_CONST:
		p.next()
		if p.startsType() && p.peek(1).Kind != '=' {
			// a typed class constant: const T NAME = …
			p.note(p.tok, Version{8, 3}, "typed class constants")
			p.typeDecl()
		}
		p.constList(c)
		return
	case T_FUNCTION:
		p.method(c, start, mods, attrs)
		return
	}
	if mods == 0 {
		p.fail("\"function\" or \"const\"")
	}
	// a property list
	var types []string
	if p.startsType() {
		types = p.typeDecl()
	}
	for {
		ps := p.tok.Start
		name := p.name(p.want(T_VARIABLE), 1)
		pr := put(&p.a.properties, ir.Property{Name: name, Static: mods&modStatic != 0, Types: types})
		pr.DocTypes, pr.DocElems = p.docVar(start)
		if p.got('=') {
			pr.Default = p.defaultExpr()
		}
		pr.Pos = p.span(ps)
		c.Props = append(c.Props, pr)
		if p.is('{') {
			p.note(p.tok, Version{8, 4}, "property hooks")
			p.hooks(name, mods)
			return
		}
		if !p.got(',') {
			break
		}
	}
	p.semi()
}

// method parses a method into c; start is where its attributes or
// modifiers begin.
func (p *parser) method(c *ir.Class, start int32, mods int, attrs []*ir.Attribute) {
	p.next() // function
	byRef := p.gotAmp()
	name := p.identifier()
	f := alloc(&p.a.funcs)
	*f = ir.Func{
		Kind: ir.FuncMethod, Name: name, Class: c, File: p.file, Static: mods&modStatic != 0,
		Parent: p.fn, Attrs: attrs, RefReturn: byRef,
		Public: mods&(modPrivate|modProtected) == 0, Private: mods&modPrivate != 0,
	}
	defer func() {
		if !p.aborted {
			c.Methods = append(c.Methods, f)
		}
	}()
	defer p.keepFunc(f, start)
	f.Params = p.params()
	f.Returns = p.returnType()
	p.applyDoc(f, start)
	for _, par := range f.Params {
		if par.Promoted {
			c.Props = append(c.Props, put(&p.a.properties, ir.Property{Name: par.Name, Types: par.Types, DocTypes: par.DocTypes, DocElems: par.DocElems, Promoted: true, Pos: par.Pos}))
		}
	}
	if p.is('{') {
		p.withFunc(f, func() { f.Body = p.block() })
	} else {
		p.semi()
		f.Abstract = true
	}
}

// hooks parses a property's hook list { get … set … } (PHP 8.4). Each
// hook with a body becomes a method named "$prop::get" or "$prop::set",
// as visible as the property (mods); a short set hook (set => expr)
// stores into the property.
func (p *parser) hooks(prop string, mods int) {
	p.want('{')
	for !p.is('}') && !p.is(EOF) {
		hs := p.tok.Start
		if p.is(T_ATTRIBUTE) {
			p.attributes()
		}
		for p.is(T_FINAL) || p.is(T_ABSTRACT) {
			p.next()
		}
		byRef := p.gotAmp()
		kind := strings.ToLower(p.identifier())
		if kind != "get" && kind != "set" {
			p.failAt(Token{Kind: T_STRING, Start: hs, End: p.prevEnd}, "\"get\" or \"set\"")
		}
		f := alloc(&p.a.funcs)
		*f = ir.Func{Kind: ir.FuncMethod, Name: fmt.Sprintf("$%s::%s", prop, kind), Class: p.class,
			File: p.file, Parent: p.fn, RefReturn: byRef, Public: mods&(modPrivate|modProtected) == 0, Private: mods&modPrivate != 0}
		if p.is('(') {
			f.Params = p.params()
		} else if kind == "set" {
			f.Params = []*ir.Param{{Name: "value", Nullable: true}}
		}
		switch {
		case p.got(';'):
			f.Abstract = true
		case p.is('{'):
			p.withFunc(f, func() { f.Body = p.block() })
		default:
			p.want(T_DOUBLE_ARROW)
			p.withFunc(f, func() {
				xs := p.tok.Start
				x := p.expr()
				pos := p.span(xs)
				if kind == "get" {
					f.Body = []ir.Stmt{put(&p.a.returns, ir.Return{X: x, P: pos})}
				} else {
					dst := put(&p.a.props, ir.Prop{Obj: put(&p.a.vars, ir.Var{Name: "this", P: pos}), Name: prop, P: pos})
					f.Body = []ir.Stmt{put(&p.a.exprStmts, ir.ExprStmt{X: &ir.Assign{Dst: dst, Src: x, Op: "=", P: pos}, P: pos})}
				}
			})
			p.semi()
		}
		f.Pos = p.span(hs)
		if p.class != nil && !f.Abstract {
			p.class.Methods = append(p.class.Methods, f)
			p.file.Funcs = append(p.file.Funcs, f)
		}
	}
	p.want('}')
}

// traitUse parses use A, B; or use A, B { adaptations }.
func (p *parser) traitUse(c *ir.Class) {
	p.next()
	for {
		c.Traits = append(c.Traits, p.className(p.nameTok()))
		if !p.got(',') {
			break
		}
	}
	if !p.got('{') {
		p.semi()
		return
	}
	for !p.is('}') && !p.is(EOF) {
		// [Trait::]method insteadof A, B;  or  [Trait::]method as [modifier] [name];
		if isNameTok(p.tok.Kind) && p.peek(1).Kind == T_PAAMAYIM_NEKUDOTAYIM {
			p.next()
			p.next()
		}
		p.identifier()
		switch {
		case p.got(T_INSTEADOF):
			for {
				p.nameTok()
				if !p.got(',') {
					break
				}
			}
		case p.got(T_AS):
			mods := p.modifiers(false)
			if !p.is(';') || mods == 0 {
				p.identifier()
			}
		default:
			p.fail("\"as\" or \"insteadof\"")
		}
		p.semi()
	}
	p.want('}')
}

// anonClass parses the class of `new class(args) … { }`; the caller
// sets its position and records it.
func (p *parser) anonClass(newStart int32, attrs []*ir.Attribute) (*ir.Class, []ir.Expr) {
	c := put(&p.a.classes, ir.Class{Kind: ir.KindClass, File: p.file, Anonymous: true, Short: "class@anonymous", Attrs: attrs,
		Name: fmt.Sprintf("class@anonymous:%s:%d", p.file.Path, p.line(newStart))})
	if p.is(T_READONLY) {
		p.note(p.tok, Version{8, 3}, "readonly anonymous classes")
		p.next()
	}
	p.want(T_CLASS)
	var args []ir.Expr
	if p.is('(') {
		args, _ = p.callArgs(false)
	}
	p.classHeader(c)
	p.classBody(c)
	return c, args
}
