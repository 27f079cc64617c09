package vkoracle

import (
	"bytes"
	"fmt"
	"strings"
	"unicode/utf8"

	"github.com/VKCOM/php-parser/pkg/ast"
	"github.com/VKCOM/php-parser/pkg/position"
	"github.com/phpleak/phpleak/ir"
)

// maxDepth bounds the recursion of lowering, so that pathologically nested
// input becomes an error for its file instead of a stack overflow.
const maxDepth = 2000

// errTooDeep aborts lowering of one file.
type errTooDeep struct{}

func (e errTooDeep) Error() string {
	return fmt.Sprintf("nesting deeper than %d levels", maxDepth)
}

// lowerer turns one file's AST into IR.
type lowerer struct {
	file     *ir.File
	src      []byte
	lineOff  []int // byte offset of each line start
	resolved map[ast.Vertex]string
	// atTop is set while a declaration directly at the file's (or a
	// namespace's) top level is lowered.
	atTop bool
	ns    string
	class *ir.Class
	fn    *ir.Func
	depth int
}

func newLineTable(src []byte) []int {
	offs := []int{0}
	for i, b := range src {
		if b == '\n' {
			offs = append(offs, i+1)
		}
	}
	return offs
}

// col converts a byte offset on a 1-based line to a 1-based column in code
// points.
func (l *lowerer) col(line, off int) int {
	if line < 1 || line > len(l.lineOff) {
		return 1
	}
	start := l.lineOff[line-1]
	if off < start || off > len(l.src) {
		return 1
	}
	return utf8.RuneCount(l.src[start:off]) + 1
}

func (l *lowerer) pos(p *position.Position) ir.Pos {
	if p == nil {
		return ir.Pos{}
	}
	return ir.Pos{
		Line:    int32(p.StartLine),
		Col:     int32(l.col(p.StartLine, p.StartPos)),
		EndLine: int32(p.EndLine),
		EndCol:  int32(l.col(p.EndLine, p.EndPos)),
	}
}

func (l *lowerer) posOf(n ast.Vertex) ir.Pos {
	if n == nil {
		return ir.Pos{}
	}
	return l.pos(n.GetPosition())
}

func (l *lowerer) enter() {
	l.depth++
	if l.depth > maxDepth {
		panic(errTooDeep{})
	}
}

func (l *lowerer) leave() { l.depth-- }

// lowerFile lowers a parsed file.
func (l *lowerer) lowerFile(root *ast.Root) {
	main := &ir.Func{Kind: ir.FuncMain, Name: "{main}", File: l.file, Pos: l.posOf(root)}
	l.file.Main = main
	l.fn = main
	main.Body = l.topStmts(root.Stmts)
}

// topStmts lowers statements at file or namespace level, where unbraced
// namespace declarations change the namespace of what follows.
func (l *lowerer) topStmts(list []ast.Vertex) []ir.Stmt {
	var out []ir.Stmt
	for _, n := range list {
		if ns, ok := n.(*ast.StmtNamespace); ok {
			l.ns = ""
			if ns.Name != nil {
				l.ns = nameString(ns.Name)
			}
			if ns.Stmts != nil {
				out = append(out, l.topStmts(ns.Stmts)...)
			}
			continue
		}
		switch n.(type) {
		case *ast.StmtFunction, *ast.StmtClass, *ast.StmtInterface, *ast.StmtTrait, *ast.StmtEnum:
			l.atTop = true
		}
		out = append(out, l.stmt(n)...)
		l.atTop = false
	}
	return out
}

func (l *lowerer) stmts(list []ast.Vertex) []ir.Stmt {
	var out []ir.Stmt
	for _, n := range list {
		out = append(out, l.stmt(n)...)
	}
	return out
}

// body lowers a statement used as a block (if/loop bodies).
func (l *lowerer) body(n ast.Vertex) []ir.Stmt {
	if n == nil {
		return nil
	}
	if list, ok := n.(*ast.StmtStmtList); ok {
		return l.stmts(list.Stmts)
	}
	return l.stmt(n)
}

func (l *lowerer) stmt(n ast.Vertex) []ir.Stmt {
	if n == nil {
		return nil
	}
	l.enter()
	defer l.leave()
	p := l.posOf(n)
	switch n := n.(type) {
	case *ast.StmtExpression:
		return []ir.Stmt{&ir.ExprStmt{X: l.expr(n.Expr), P: p}}
	case *ast.StmtEcho:
		return []ir.Stmt{&ir.ExprStmt{X: &ir.Other{Op: "echo", Args: l.exprs(n.Exprs), P: p}, P: p}}
	case *ast.StmtStmtList:
		return l.stmts(n.Stmts)
	case *ast.StmtDeclare:
		return l.body(n.Stmt)
	case *ast.StmtNamespace:
		return l.topStmts([]ast.Vertex{n})
	case *ast.StmtIf:
		s := &ir.If{Cond: l.expr(n.Cond), Then: l.body(n.Stmt), P: p}
		cur := s
		for _, ei := range n.ElseIf {
			ei, ok := ei.(*ast.StmtElseIf)
			if !ok {
				continue
			}
			next := &ir.If{Cond: l.expr(ei.Cond), Then: l.body(ei.Stmt), P: l.posOf(ei)}
			cur.Else = []ir.Stmt{next}
			cur = next
		}
		if e, ok := n.Else.(*ast.StmtElse); ok {
			cur.Else = l.body(e.Stmt)
		}
		return []ir.Stmt{s}
	case *ast.StmtSwitch:
		s := &ir.Switch{Subject: l.expr(n.Cond), P: p}
		for _, c := range n.Cases {
			switch c := c.(type) {
			case *ast.StmtCase:
				s.Cases = append(s.Cases, ir.SwitchCase{Cond: l.expr(c.Cond), Body: l.stmts(c.Stmts)})
			case *ast.StmtDefault:
				s.Cases = append(s.Cases, ir.SwitchCase{Body: l.stmts(c.Stmts)})
			}
		}
		return []ir.Stmt{s}
	case *ast.StmtWhile:
		return []ir.Stmt{&ir.Loop{Kind: ir.LoopWhile, Cond: l.expr(n.Cond), Body: l.body(n.Stmt), P: p}}
	case *ast.StmtDo:
		return []ir.Stmt{&ir.Loop{Kind: ir.LoopDoWhile, Cond: l.expr(n.Cond), Body: l.body(n.Stmt), P: p}}
	case *ast.StmtFor:
		s := &ir.Loop{Kind: ir.LoopFor, Init: l.exprs(n.Init), Step: l.exprs(n.Loop), Body: l.body(n.Stmt), P: p}
		if len(n.Cond) > 0 {
			// for's condition is its last expression
			conds := l.exprs(n.Cond)
			s.Cond = conds[len(conds)-1]
			s.Init = append(s.Init, conds[:len(conds)-1]...)
		}
		return []ir.Stmt{s}
	case *ast.StmtForeach:
		return []ir.Stmt{&ir.Loop{
			Kind: ir.LoopForeach, Iter: l.expr(n.Expr), Key: l.expr(n.Key), Value: l.expr(n.Var),
			ByRef: n.AmpersandTkn != nil, Body: l.body(n.Stmt), P: p,
		}}
	case *ast.StmtTry:
		s := &ir.Try{Body: l.stmts(n.Stmts), P: p}
		for _, c := range n.Catches {
			if c, ok := c.(*ast.StmtCatch); ok {
				ic := &ir.Catch{Body: l.stmts(c.Stmts), P: l.posOf(c)}
				for _, t := range c.Types {
					ic.Types = append(ic.Types, l.className(t))
				}
				if v, ok := c.Var.(*ast.ExprVariable); ok {
					if id, ok := v.Name.(*ast.Identifier); ok {
						ic.Var = strings.TrimPrefix(string(id.Value), "$")
					}
				}
				s.Catches = append(s.Catches, ic)
			}
		}
		if f, ok := n.Finally.(*ast.StmtFinally); ok {
			s.Finally = l.stmts(f.Stmts)
		}
		return []ir.Stmt{s}
	case *ast.StmtUnset:
		return []ir.Stmt{&ir.Unset{Targets: l.exprs(n.Vars), P: p}}
	case *ast.StmtStatic:
		var out []ir.Stmt
		for _, v := range n.Vars {
			if sv, ok := v.(*ast.StmtStaticVar); ok {
				out = append(out, &ir.StaticVar{Name: varName(sv.Var), Init: l.expr(sv.Expr), P: l.posOf(sv)})
			}
		}
		return out
	case *ast.StmtGlobal:
		g := &ir.Global{P: p}
		for _, v := range n.Vars {
			g.Names = append(g.Names, varName(v))
		}
		return []ir.Stmt{g}
	case *ast.StmtReturn:
		return []ir.Stmt{&ir.Return{X: l.expr(n.Expr), P: p}}
	case *ast.StmtThrow:
		return []ir.Stmt{&ir.ExprStmt{X: &ir.Other{Op: "throw", Args: []ir.Expr{l.expr(n.Expr)}, P: p}, P: p}}
	case *ast.StmtBreak:
		return []ir.Stmt{&ir.Jump{Op: "break", P: p}}
	case *ast.StmtContinue:
		return []ir.Stmt{&ir.Jump{Op: "continue", P: p}}
	case *ast.StmtGoto:
		return []ir.Stmt{&ir.Jump{Op: "goto", P: p}}
	case *ast.StmtFunction:
		l.function(n)
		return nil
	case *ast.StmtClass:
		l.classDecl(n, ir.KindClass, n.Name, n.Stmts, p)
		return nil
	case *ast.StmtInterface:
		l.classDecl(n, ir.KindInterface, n.Name, n.Stmts, p)
		return nil
	case *ast.StmtTrait:
		l.classDecl(n, ir.KindTrait, n.Name, n.Stmts, p)
		return nil
	case *ast.StmtEnum:
		l.classDecl(n, ir.KindEnum, n.Name, n.Stmts, p)
		return nil
	}
	// Inline HTML, use imports, constants, labels, nops: no heap effects.
	return nil
}

// qualify prefixes a declared name with the current namespace.
func (l *lowerer) qualify(name string) string {
	if l.ns == "" {
		return name
	}
	return l.ns + `\` + name
}

func (l *lowerer) function(n *ast.StmtFunction) {
	f := &ir.Func{Kind: ir.FuncFunction, Name: l.qualify(identValue(n.Name)), File: l.file, Pos: l.posOf(n), Parent: l.fn,
		Attrs: l.attrs(n.AttrGroups), TopLevel: l.atTop, RefReturn: n.AmpersandTkn != nil}
	l.atTop = false
	f.Params = l.params(n.Params)
	f.Returns = l.types(n.ReturnType)
	l.withFunc(f, func() { f.Body = l.stmts(n.Stmts) })
	l.file.Funcs = append(l.file.Funcs, f)
}

func (l *lowerer) withFunc(f *ir.Func, do func()) {
	saved := l.fn
	l.fn = f
	do()
	l.fn = saved
}

func (l *lowerer) classDecl(n ast.Vertex, kind ir.ClassKind, name ast.Vertex, body []ast.Vertex, p ir.Pos) *ir.Class {
	c := &ir.Class{Kind: kind, File: l.file, Pos: p, TopLevel: l.atTop}
	l.atTop = false
	if name != nil {
		c.Short = identValue(name)
		c.Name = l.qualify(c.Short)
	} else {
		c.Anonymous = true
		c.Short = "class@anonymous"
		c.Name = fmt.Sprintf("class@anonymous:%s:%d", l.file.Path, p.Line)
	}
	switch n := n.(type) {
	case *ast.StmtClass:
		c.Attrs = l.attrs(n.AttrGroups)
		c.Abstract = hasModifier(n.Modifiers, "abstract")
		if n.Extends != nil {
			c.Parent = l.className(n.Extends)
		}
		for _, i := range n.Implements {
			c.Interfaces = append(c.Interfaces, l.className(i))
		}
	case *ast.StmtInterface:
		for _, i := range n.Extends {
			c.Interfaces = append(c.Interfaces, l.className(i))
		}
	case *ast.StmtEnum:
		for _, i := range n.Implements {
			c.Interfaces = append(c.Interfaces, l.className(i))
		}
	}
	saved := l.class
	l.class = c
	defer func() { l.class = saved }()
	for _, m := range body {
		switch m := m.(type) {
		case *ast.StmtPropertyList:
			static := hasModifier(m.Modifiers, "static")
			types := l.types(m.Type)
			for _, pr := range m.Props {
				if pr, ok := pr.(*ast.StmtProperty); ok {
					c.Props = append(c.Props, &ir.Property{
						Name: varName(pr.Var), Static: static, Types: types,
						Default: l.expr(pr.Expr), Pos: l.posOf(pr),
					})
				}
			}
		case *ast.StmtClassConstList:
			for _, k := range m.Consts {
				if k, ok := k.(*ast.StmtConstant); ok {
					c.Consts = append(c.Consts, &ir.Const{Name: identValue(k.Name), Value: l.expr(k.Expr), Pos: l.posOf(k)})
				}
			}
		case *ast.EnumCase:
			c.Cases = append(c.Cases, identValue(m.Name))
		case *ast.StmtClassMethod:
			c.Methods = append(c.Methods, l.method(c, m))
		case *ast.StmtTraitUse:
			for _, t := range m.Traits {
				c.Traits = append(c.Traits, l.className(t))
			}
		}
	}
	l.file.Classes = append(l.file.Classes, c)
	return c
}

func (l *lowerer) method(c *ir.Class, m *ast.StmtClassMethod) *ir.Func {
	f := &ir.Func{
		Kind: ir.FuncMethod, Name: identValue(m.Name), Class: c, File: l.file, Pos: l.posOf(m),
		Static: hasModifier(m.Modifiers, "static"), Parent: l.fn, Attrs: l.attrs(m.AttrGroups), RefReturn: m.AmpersandTkn != nil,
		Public:  !hasModifier(m.Modifiers, "private") && !hasModifier(m.Modifiers, "protected"),
		Private: hasModifier(m.Modifiers, "private"),
	}
	f.Params = l.params(m.Params)
	f.Returns = l.types(m.ReturnType)
	for _, p := range f.Params {
		if p.Promoted {
			c.Props = append(c.Props, &ir.Property{Name: p.Name, Types: p.Types, Promoted: true, Pos: p.Pos})
		}
	}
	switch body := m.Stmt.(type) {
	case *ast.StmtStmtList:
		l.withFunc(f, func() { f.Body = l.stmts(body.Stmts) })
	default:
		f.Abstract = true
	}
	l.file.Funcs = append(l.file.Funcs, f)
	return f
}

// attrs lowers attribute groups.
func (l *lowerer) attrs(groups []ast.Vertex) []*ir.Attribute {
	var out []*ir.Attribute
	for _, g := range groups {
		g, ok := g.(*ast.AttributeGroup)
		if !ok {
			continue
		}
		for _, a := range g.Attrs {
			a, ok := a.(*ast.Attribute)
			if !ok {
				continue
			}
			at := &ir.Attribute{Name: l.className(a.Name), Pos: l.posOf(a)}
			for _, arg := range a.Args {
				name := ""
				x := arg
				if arg, ok := arg.(*ast.Argument); ok {
					if arg.Name != nil {
						name = identValue(arg.Name)
					}
					x = arg.Expr
				}
				at.Args = append(at.Args, l.expr(x))
				at.ArgNames = append(at.ArgNames, name)
			}
			out = append(out, at)
		}
	}
	return out
}

func (l *lowerer) params(list []ast.Vertex) []*ir.Param {
	var out []*ir.Param
	for _, p := range list {
		p, ok := p.(*ast.Parameter)
		if !ok {
			continue
		}
		types := l.types(p.Type)
		nullable := p.Type == nil
		if _, ok := p.Type.(*ast.Nullable); ok {
			nullable = true
		}
		for _, t := range types {
			if t == "null" || t == "mixed" {
				nullable = true
			}
		}
		def := l.expr(p.DefaultValue)
		if lit, ok := def.(*ir.Lit); ok && lit.Kind == ir.LitNull {
			nullable = true
		}
		out = append(out, &ir.Param{
			Name: varName(p.Var), Types: types, ByRef: p.AmpersandTkn != nil,
			Variadic: p.VariadicTkn != nil, Promoted: len(p.Modifiers) > 0, Nullable: nullable, Default: def, Pos: l.posOf(p),
		})
	}
	return out
}

// types flattens a type declaration into resolved names.
func (l *lowerer) types(t ast.Vertex) []string {
	switch t := t.(type) {
	case nil:
		return nil
	case *ast.Nullable:
		return l.types(t.Expr)
	case *ast.Union:
		var out []string
		for _, tt := range t.Types {
			out = append(out, l.types(tt)...)
		}
		return out
	case *ast.Intersection:
		var out []string
		for _, tt := range t.Types {
			out = append(out, l.types(tt)...)
		}
		return out
	case *ast.Identifier:
		return []string{strings.ToLower(string(t.Value))}
	default:
		return []string{l.className(t)}
	}
}

// className resolves a class reference: self and static become the
// enclosing class, parent its parent; "" when dynamic.
func (l *lowerer) className(n ast.Vertex) string {
	switch n.(type) {
	case *ast.Name, *ast.NameFullyQualified, *ast.NameRelative:
	case *ast.Identifier:
		return strings.ToLower(identValue(n))
	default:
		return ""
	}
	name, ok := l.resolved[n]
	if !ok {
		name = nameString(n)
	}
	switch strings.ToLower(name) {
	case "self", "static":
		if l.class != nil {
			return l.class.Name
		}
	case "parent":
		if l.class != nil && l.class.Parent != "" {
			return l.class.Parent
		}
	}
	return name
}

func (l *lowerer) exprs(list []ast.Vertex) []ir.Expr {
	out := make([]ir.Expr, 0, len(list))
	for _, n := range list {
		if e := l.expr(n); e != nil {
			out = append(out, e)
		}
	}
	return out
}

// argNames is the name of each argument ("" for a positional one), or
// nil when none is named.
func argNames(list []ast.Vertex) []string {
	var names []string
	for i, a := range list {
		if arg, ok := a.(*ast.Argument); ok && arg.Name != nil {
			if names == nil {
				names = make([]string, len(list))
			}
			names[i] = identValue(arg.Name)
		}
	}
	return names
}

func (l *lowerer) args(list []ast.Vertex) []ir.Expr {
	out := make([]ir.Expr, 0, len(list))
	for _, a := range list {
		if arg, ok := a.(*ast.Argument); ok {
			e := l.expr(arg.Expr)
			if arg.VariadicTkn != nil {
				e = &ir.Other{Op: "...", Args: []ir.Expr{e}, P: l.posOf(arg)}
			}
			out = append(out, e)
			continue
		}
		out = append(out, l.expr(a))
	}
	return out
}

func (l *lowerer) other(op string, p ir.Pos, parts ...ast.Vertex) ir.Expr {
	o := &ir.Other{Op: op, P: p}
	for _, x := range parts {
		if e := l.expr(x); e != nil {
			o.Args = append(o.Args, e)
		}
	}
	return o
}

func (l *lowerer) expr(n ast.Vertex) ir.Expr {
	if n == nil {
		return nil
	}
	l.enter()
	defer l.leave()
	p := l.posOf(n)
	switch n := n.(type) {
	case *ast.ExprVariable:
		if id, ok := n.Name.(*ast.Identifier); ok {
			return &ir.Var{Name: strings.TrimPrefix(string(id.Value), "$"), P: p}
		}
		return &ir.Var{P: p}
	case *ast.ExprPropertyFetch:
		return &ir.Prop{Obj: l.expr(n.Var), Name: identValue(n.Prop), P: p}
	case *ast.ExprNullsafePropertyFetch:
		return &ir.Prop{Obj: l.expr(n.Var), Name: identValue(n.Prop), Nullsafe: true, P: p}
	case *ast.ExprStaticPropertyFetch:
		return &ir.StaticProp{Class: l.className(n.Class), Name: varName(n.Prop), P: p}
	case *ast.ExprArrayDimFetch:
		return &ir.Dim{Base: l.expr(n.Var), Key: l.expr(n.Dim), P: p}
	case *ast.ExprNew:
		e := &ir.New{Args: l.args(n.Args), ArgNames: argNames(n.Args), P: p}
		if c, ok := n.Class.(*ast.StmtClass); ok {
			e.Anon = l.classDecl(c, ir.KindClass, nil, c.Stmts, p)
			e.Class = e.Anon.Name
			e.Args = l.args(c.Args)
		} else {
			e.Class = l.className(n.Class)
			cls := n.Class
			// new ($class), new ($obj->class): as without the parentheses
			for {
				b, ok := cls.(*ast.ExprBrackets)
				if !ok {
					break
				}
				cls = b.Expr
			}
			// new $class: the variable naming the class
			if v, ok := cls.(*ast.ExprVariable); ok && e.Class == "" {
				if x, ok := l.expr(v).(*ir.Var); ok && x.Name != "" {
					e.ClassExpr = x
				}
			}
			// new $obj->class: the property naming it
			if f, ok := cls.(*ast.ExprPropertyFetch); ok && e.Class == "" {
				if x, ok := l.expr(f).(*ir.Prop); ok && x.Name != "" {
					if o, ok := x.Obj.(*ir.Var); ok && o.Name != "" {
						e.ClassExpr = x
					}
				}
			}
		}
		return e
	case *ast.ExprClosure:
		f := &ir.Func{Kind: ir.FuncClosure, Name: "{closure}", Class: l.class, File: l.file, Pos: p,
			Static: n.StaticTkn != nil, Parent: l.fn, RefReturn: n.AmpersandTkn != nil}
		f.Params = l.params(n.Params)
		for _, u := range n.Uses {
			if u, ok := u.(*ast.ExprClosureUse); ok {
				f.Uses = append(f.Uses, ir.ClosureUse{Name: varName(u.Var), ByRef: u.AmpersandTkn != nil})
			}
		}
		l.withFunc(f, func() { f.Body = l.stmts(n.Stmts) })
		l.file.Funcs = append(l.file.Funcs, f)
		return &ir.Closure{Func: f, P: p}
	case *ast.ExprArrowFunction:
		f := &ir.Func{Kind: ir.FuncArrow, Name: "{closure}", Class: l.class, File: l.file, Pos: p,
			Static: n.StaticTkn != nil, Parent: l.fn, RefReturn: n.AmpersandTkn != nil}
		f.Params = l.params(n.Params)
		l.withFunc(f, func() {
			x := l.expr(n.Expr)
			f.Body = []ir.Stmt{&ir.Return{X: x, P: l.posOf(n.Expr)}}
		})
		l.file.Funcs = append(l.file.Funcs, f)
		return &ir.Closure{Func: f, P: p}
	case *ast.ExprArray:
		return l.array(n.Items, p)
	case *ast.ExprList:
		return l.array(n.Items, p)
	case *ast.ExprFunctionCall:
		c := &ir.Call{Args: l.args(n.Args), FirstClass: n.EllipsisTkn != nil, P: p}
		switch n.Function.(type) {
		case *ast.Name, *ast.NameFullyQualified, *ast.NameRelative:
			c.Name = l.resolved[n.Function]
			if c.Name == "" {
				c.Name = nameString(n.Function)
			}
			if _, unqualified := n.Function.(*ast.Name); unqualified {
				c.Fallback = lastSegment(nameString(n.Function))
			}
		default:
			c.Callee = l.expr(n.Function)
		}
		return c
	case *ast.ExprMethodCall:
		return &ir.MethodCall{Recv: l.expr(n.Var), Name: l.memberName(n.Method), NameExpr: l.memberExpr(n.Method), Args: l.args(n.Args),
			FirstClass: n.EllipsisTkn != nil, P: p}
	case *ast.ExprNullsafeMethodCall:
		return &ir.MethodCall{Recv: l.expr(n.Var), Name: l.memberName(n.Method), NameExpr: l.memberExpr(n.Method), Args: l.args(n.Args),
			Nullsafe: true, FirstClass: n.EllipsisTkn != nil, P: p}
	case *ast.ExprStaticCall:
		return &ir.StaticCall{Class: l.className(n.Class), Name: l.memberName(n.Call), Args: l.args(n.Args), ArgNames: argNames(n.Args),
			FirstClass: n.EllipsisTkn != nil, P: p}
	case *ast.ExprAssign:
		return &ir.Assign{Dst: l.expr(n.Var), Src: l.expr(n.Expr), Op: "=", P: p}
	case *ast.ExprAssignReference:
		return &ir.Assign{Dst: l.expr(n.Var), Src: l.expr(n.Expr), Op: "=", ByRef: true, P: p}
	case *ast.ExprAssignCoalesce:
		return &ir.Assign{Dst: l.expr(n.Var), Src: l.expr(n.Expr), Op: "??=", P: p}
	case *ast.ExprAssignConcat:
		return &ir.Assign{Dst: l.expr(n.Var), Src: l.expr(n.Expr), Op: ".=", P: p}
	case *ast.ExprAssignPlus:
		return &ir.Assign{Dst: l.expr(n.Var), Src: l.expr(n.Expr), Op: "+=", P: p}
	case *ast.ExprAssignMinus:
		return &ir.Assign{Dst: l.expr(n.Var), Src: l.expr(n.Expr), Op: "-=", P: p}
	case *ast.ExprAssignMul, *ast.ExprAssignDiv, *ast.ExprAssignMod, *ast.ExprAssignPow,
		*ast.ExprAssignBitwiseAnd, *ast.ExprAssignBitwiseOr, *ast.ExprAssignBitwiseXor,
		*ast.ExprAssignShiftLeft, *ast.ExprAssignShiftRight:
		v, x := assignParts(n)
		return &ir.Assign{Dst: l.expr(v), Src: l.expr(x), Op: "op=", P: p}
	case *ast.ScalarString:
		return &ir.Lit{Kind: ir.LitString, Value: unquote(n.Value), P: p}
	case *ast.ScalarLnumber:
		return &ir.Lit{Kind: ir.LitInt, Value: string(n.Value), P: p}
	case *ast.ScalarDnumber:
		return &ir.Lit{Kind: ir.LitFloat, Value: string(n.Value), P: p}
	case *ast.ScalarMagicConstant:
		return &ir.Lit{Kind: ir.LitMagic, Value: strings.ToUpper(string(n.Value)), P: p}
	case *ast.ScalarEncapsed:
		args := l.exprs(n.Parts)
		// the text the string ends with after its last expression
		if len(n.Parts) == 0 {
			return &ir.Other{Op: "interp", Args: args, P: p}
		}
		if last, ok := n.Parts[len(n.Parts)-1].(*ast.ScalarEncapsedStringPart); ok && len(args) > 0 {
			args = append(args, &ir.Lit{Kind: ir.LitString, Value: string(last.Value), P: l.posOf(last)})
		}
		return &ir.Other{Op: "interp", Args: l.headPart(n.Parts, args), P: p}
	case *ast.ScalarHeredoc:
		return &ir.Other{Op: "interp", Args: l.headPart(n.Parts, l.exprs(n.Parts)), P: p}
	case *ast.ScalarEncapsedStringPart:
		return nil
	case *ast.ScalarEncapsedStringVar:
		return l.other("interp-var", p, n.Name, n.Dim)
	case *ast.ScalarEncapsedStringBrackets:
		return l.expr(n.Var)
	case *ast.ExprConstFetch:
		name := strings.ToLower(nameString(n.Const))
		switch lastSegment(name) {
		case "true", "false":
			return &ir.Lit{Kind: ir.LitBool, Value: lastSegment(name), P: p}
		case "null":
			return &ir.Lit{Kind: ir.LitNull, Value: "null", P: p}
		}
		return &ir.Lit{Kind: ir.LitConst, Value: nameString(n.Const), P: p}
	case *ast.ExprClassConstFetch:
		return &ir.ClassConst{Class: l.className(n.Class), Name: identValue(n.Const), P: p}
	case *ast.ExprYield:
		l.fn.Generator = true
		return &ir.Yield{Key: l.expr(n.Key), Value: l.expr(n.Val), P: p}
	case *ast.ExprYieldFrom:
		l.fn.Generator = true
		return &ir.Yield{Value: l.expr(n.Expr), From: true, P: p}
	case *ast.ExprBrackets:
		return l.expr(n.Expr)
	case *ast.ExprTernary:
		return l.other("?:", p, n.Cond, n.IfTrue, n.IfFalse)
	case *ast.ExprBinaryCoalesce:
		return l.other("??", p, n.Left, n.Right)
	case *ast.ExprIsset:
		o := &ir.Other{Op: "isset", Args: l.exprs(n.Vars), P: p}
		return o
	case *ast.ExprEmpty:
		return l.other("empty", p, n.Expr)
	case *ast.ExprClone:
		return l.other("clone", p, n.Expr)
	case *ast.ExprInstanceOf:
		o := l.other("instanceof", p, n.Expr).(*ir.Other)
		if cls := l.className(n.Class); cls != "" {
			o.Args = append(o.Args, &ir.ClassConst{Class: cls, P: p})
		}
		return o
	case *ast.ExprMatch:
		o := &ir.Other{Op: "match", Args: []ir.Expr{l.expr(n.Expr)}, P: p}
		for _, arm := range n.Arms {
			if arm, ok := arm.(*ast.MatchArm); ok {
				o.Args = append(o.Args, l.exprs(arm.Exprs)...)
				if r := l.expr(arm.ReturnExpr); r != nil {
					o.Args = append(o.Args, r)
				}
			}
		}
		return o
	case *ast.ExprThrow:
		return l.other("throw", p, n.Expr)
	case *ast.ExprCastArray:
		return l.other("(array)", p, n.Expr)
	case *ast.ExprCastObject:
		return l.other("(object)", p, n.Expr)
	case *ast.ExprCastBool, *ast.ExprCastDouble, *ast.ExprCastInt, *ast.ExprCastString, *ast.ExprCastUnset:
		return l.other("cast", p, castOperand(n))
	case *ast.ExprInclude, *ast.ExprRequire:
		return l.other("include", p, castOperand(n))
	case *ast.ExprIncludeOnce, *ast.ExprRequireOnce:
		return l.other("include_once", p, castOperand(n))
	case *ast.ExprErrorSuppress:
		return l.expr(n.Expr)
	case *ast.ExprExit:
		return l.other("exit", p, n.Expr)
	case *ast.ExprPrint:
		return l.other("print", p, n.Expr)
	case *ast.ExprEval:
		return l.other("eval", p, n.Expr)
	case *ast.ExprShellExec:
		return &ir.Other{Op: "shell", Args: l.exprs(n.Parts), P: p}
	case *ast.ExprBooleanNot:
		return l.other("!", p, n.Expr)
	case *ast.ExprBinaryBooleanAnd:
		return l.other("&&", p, n.Left, n.Right)
	case *ast.ExprBinaryBooleanOr:
		return l.other("||", p, n.Left, n.Right)
	case *ast.ExprBinaryLogicalAnd:
		return l.other("&&", p, n.Left, n.Right)
	case *ast.ExprBinaryLogicalOr:
		return l.other("||", p, n.Left, n.Right)
	case *ast.ExprBinaryIdentical:
		return l.other("===", p, n.Left, n.Right)
	case *ast.ExprBinaryNotIdentical:
		return l.other("!==", p, n.Left, n.Right)
	case *ast.ExprBinaryEqual:
		return l.other("==", p, n.Left, n.Right)
	case *ast.ExprBinaryNotEqual:
		return l.other("!=", p, n.Left, n.Right)
	case *ast.ExprBinaryGreater:
		return l.other(">", p, n.Left, n.Right)
	case *ast.ExprBinaryGreaterOrEqual:
		return l.other(">=", p, n.Left, n.Right)
	case *ast.ExprBinarySmaller:
		return l.other("<", p, n.Left, n.Right)
	case *ast.ExprBinarySmallerOrEqual:
		return l.other("<=", p, n.Left, n.Right)
	case *ast.ExprPreInc, *ast.ExprPostInc, *ast.ExprPreDec, *ast.ExprPostDec:
		return l.other("++", p, castOperand(n))
	case *ast.Name, *ast.NameFullyQualified, *ast.NameRelative:
		return &ir.Lit{Kind: ir.LitConst, Value: nameString(n), P: p}
	case *ast.Identifier:
		return &ir.Lit{Kind: ir.LitString, Value: string(n.Value), P: p}
	case *ast.Argument:
		return l.expr(n.Expr)
	case *ast.ExprArrayItem:
		return l.expr(n.Val)
	}
	// Remaining operators (arithmetic, bitwise, concat, unary, …): keep
	// their operands.
	return l.otherGeneric(n, p)
}

func (l *lowerer) array(items []ast.Vertex, p ir.Pos) *ir.Array {
	a := &ir.Array{P: p}
	for _, it := range items {
		it, ok := it.(*ast.ExprArrayItem)
		if !ok || (it.Key == nil && it.Val == nil) {
			continue
		}
		a.Items = append(a.Items, ir.ArrayItem{
			Key: l.expr(it.Key), Value: l.expr(it.Val),
			ByRef: it.AmpersandTkn != nil, Unpack: it.EllipsisTkn != nil,
		})
	}
	return a
}

// memberName is a method or property name; "" when dynamic.
func (l *lowerer) memberName(n ast.Vertex) string {
	if id, ok := n.(*ast.Identifier); ok {
		return string(id.Value)
	}
	return ""
}

// memberExpr is the expression of a dynamic member name; nil for a
// written name and for $$m.
func (l *lowerer) memberExpr(n ast.Vertex) ir.Expr {
	switch v := n.(type) {
	case *ast.Identifier, nil:
		return nil
	case *ast.ExprVariable:
		if _, ok := v.Name.(*ast.Identifier); !ok {
			return nil // $$m
		}
	}
	return l.expr(n)
}

// otherGeneric lowers binary and unary operators the switch above does not
// name, keeping their operands.
func (l *lowerer) otherGeneric(n ast.Vertex, p ir.Pos) ir.Expr {
	switch n := n.(type) {
	case *ast.ExprBinaryConcat:
		return l.other(".", p, n.Left, n.Right)
	case *ast.ExprBinaryPlus:
		return l.other("+", p, n.Left, n.Right)
	case *ast.ExprBinaryMinus:
		return l.other("-", p, n.Left, n.Right)
	case *ast.ExprBinaryMul:
		return l.other("*", p, n.Left, n.Right)
	case *ast.ExprBinaryDiv:
		return l.other("/", p, n.Left, n.Right)
	case *ast.ExprBinaryMod:
		return l.other("%", p, n.Left, n.Right)
	case *ast.ExprBinaryPow:
		return l.other("**", p, n.Left, n.Right)
	case *ast.ExprBinaryBitwiseAnd:
		return l.other("&", p, n.Left, n.Right)
	case *ast.ExprBinaryBitwiseOr:
		return l.other("|", p, n.Left, n.Right)
	case *ast.ExprBinaryBitwiseXor:
		return l.other("^", p, n.Left, n.Right)
	case *ast.ExprBinaryShiftLeft:
		return l.other("<<", p, n.Left, n.Right)
	case *ast.ExprBinaryShiftRight:
		return l.other(">>", p, n.Left, n.Right)
	case *ast.ExprBinaryLogicalXor:
		return l.other("xor", p, n.Left, n.Right)
	case *ast.ExprBinarySpaceship:
		return l.other("<=>", p, n.Left, n.Right)
	case *ast.ExprUnaryMinus:
		return l.other("-", p, n.Expr)
	case *ast.ExprUnaryPlus:
		return l.other("+", p, n.Expr)
	case *ast.ExprBitwiseNot:
		return l.other("~", p, n.Expr)
	}
	return &ir.Other{Op: "?", P: p}
}

func assignParts(n ast.Vertex) (ast.Vertex, ast.Vertex) {
	switch n := n.(type) {
	case *ast.ExprAssignMul:
		return n.Var, n.Expr
	case *ast.ExprAssignDiv:
		return n.Var, n.Expr
	case *ast.ExprAssignMod:
		return n.Var, n.Expr
	case *ast.ExprAssignPow:
		return n.Var, n.Expr
	case *ast.ExprAssignBitwiseAnd:
		return n.Var, n.Expr
	case *ast.ExprAssignBitwiseOr:
		return n.Var, n.Expr
	case *ast.ExprAssignBitwiseXor:
		return n.Var, n.Expr
	case *ast.ExprAssignShiftLeft:
		return n.Var, n.Expr
	case *ast.ExprAssignShiftRight:
		return n.Var, n.Expr
	}
	return nil, nil
}

// castOperand returns the single operand of unary nodes lowered alike.
func castOperand(n ast.Vertex) ast.Vertex {
	switch n := n.(type) {
	case *ast.ExprCastBool:
		return n.Expr
	case *ast.ExprCastDouble:
		return n.Expr
	case *ast.ExprCastInt:
		return n.Expr
	case *ast.ExprCastString:
		return n.Expr
	case *ast.ExprCastUnset:
		return n.Expr
	case *ast.ExprInclude:
		return n.Expr
	case *ast.ExprIncludeOnce:
		return n.Expr
	case *ast.ExprRequire:
		return n.Expr
	case *ast.ExprRequireOnce:
		return n.Expr
	case *ast.ExprPreInc:
		return n.Var
	case *ast.ExprPostInc:
		return n.Var
	case *ast.ExprPreDec:
		return n.Var
	case *ast.ExprPostDec:
		return n.Var
	}
	return nil
}

func identValue(n ast.Vertex) string {
	if id, ok := n.(*ast.Identifier); ok {
		return string(id.Value)
	}
	return ""
}

// varName returns a variable's name without '$'; "" when dynamic.
func varName(n ast.Vertex) string {
	switch n := n.(type) {
	case *ast.ExprVariable:
		return varName(n.Name)
	case *ast.Identifier:
		return strings.TrimPrefix(string(n.Value), "$")
	}
	return ""
}

func nameString(n ast.Vertex) string {
	var parts [][]byte
	var list []ast.Vertex
	switch n := n.(type) {
	case *ast.Name:
		list = n.Parts
	case *ast.NameFullyQualified:
		list = n.Parts
	case *ast.NameRelative:
		list = n.Parts
	case *ast.Identifier:
		return string(n.Value)
	default:
		return ""
	}
	for _, p := range list {
		if np, ok := p.(*ast.NamePart); ok {
			parts = append(parts, np.Value)
		}
	}
	return string(bytes.Join(parts, []byte(`\`)))
}

func lastSegment(name string) string {
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		return name[i+1:]
	}
	return name
}

func hasModifier(mods []ast.Vertex, want string) bool {
	for _, m := range mods {
		if strings.EqualFold(identValue(m), want) {
			return true
		}
	}
	return false
}

// unquote strips the quotes of a simple string literal; escape sequences
// are kept as written, which is enough for keys and names.
func unquote(b []byte) string {
	s := string(b)
	if len(s) >= 2 && (s[0] == '\'' || s[0] == '"') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

// headPart puts first in args the text an interpolated string starts
// with, when it starts with text ("user:{$id}"), as phpsyntax does.
func (l *lowerer) headPart(parts []ast.Vertex, args []ir.Expr) []ir.Expr {
	if len(parts) < 2 {
		return args // text alone: no prefix to keep
	}
	first, ok := parts[0].(*ast.ScalarEncapsedStringPart)
	if !ok {
		return args
	}
	return append([]ir.Expr{&ir.Lit{Kind: ir.LitString, Value: string(first.Value), P: l.posOf(first)}}, args...)
}
