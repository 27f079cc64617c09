package analyzer

import (
	"slices"
	"strings"

	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// A setting nobody sets: a property that keeps a falsy default on every
// object of its class. A branch that needs it set never runs — a rate
// limiter that prunes only `if ($this->maxBuckets > 0 && …)`, where
// maxBuckets is a constructor parameter defaulting to 0 that no `new`
// passes. The rules do not count removals in such a branch, and the
// simulation does not take it.

// RequiredProps lists the properties of $this that cond requires to be
// set: `$this->p`, `$this->p > 0`, `$this->p !== null`, joined by &&.
func RequiredProps(cond ir.Expr) []string {
	var out []string
	for _, e := range RequiredSet(cond) {
		if p, ok := e.(*ir.Prop); ok && IsThis(p.Obj) {
			out = append(out, p.Name)
		}
	}
	return out
}

// Chain lists the operands of a chain of one boolean operator (given
// with its keyword form: "||", "or"), nested ones flattened: the
// alternatives of a || b || c; e alone when it is no such chain.
func Chain(e ir.Expr, ops ...string) []ir.Expr {
	if o, ok := e.(*ir.Other); ok && slices.Contains(ops, o.Op) {
		var out []ir.Expr
		for _, a := range o.Args {
			out = append(out, Chain(a, ops...)...)
		}
		return out
	}
	return []ir.Expr{e}
}

// Conjuncts lists the terms of a chain of &&: a && b && c.
func Conjuncts(e ir.Expr) []ir.Expr { return Chain(e, "&&", "and") }

// RequiredSet lists the variables and properties cond requires to be set
// (truthy, > 0, or not null), joined by &&: `$max > 0 && count(…) > $max`
// requires $max.
func RequiredSet(cond ir.Expr) []ir.Expr {
	place := func(e ir.Expr) bool {
		switch e.(type) {
		case *ir.Prop, *ir.Var:
			return true
		}
		return false
	}
	switch e := cond.(type) {
	case *ir.Prop, *ir.Var:
		return []ir.Expr{e}
	case *ir.Other:
		if len(e.Args) != 2 {
			return nil
		}
		switch e.Op {
		case "&&":
			return append(RequiredSet(e.Args[0]), RequiredSet(e.Args[1])...)
		case ">":
			if lit, ok := e.Args[1].(*ir.Lit); ok && lit.Kind == ir.LitInt && lit.Value == "0" && place(e.Args[0]) {
				return []ir.Expr{e.Args[0]}
			}
		case "!==", "!=":
			if lit, ok := e.Args[1].(*ir.Lit); ok && lit.Kind == ir.LitNull && place(e.Args[0]) {
				return []ir.Expr{e.Args[0]}
			}
		}
	}
	return nil
}

// FalsyProperty reports whether a property of class keeps a falsy
// default (0, null, false, the empty string) on every object: it is a
// promoted constructor parameter with that default which no `new` of the
// class passes, or a declared property with that default; the class has
// no subclass; and nothing assigns it, in the class or on its objects
// from outside.
func (ix *Index) FalsyProperty(class, name string) bool {
	key := "falsy\x00" + strings.ToLower(class) + "\x00" + name
	return ix.memo(key, func() any {
		// (or one it gets from a configuration: a `new` passing
		// $config['flush_every'] read from a file returning 0 there)
		return ix.falsyProperty(class, name) || AllFalsy(ix.PropertyValues(class, name))
	}).(bool)
}

func (ix *Index) falsyProperty(class, name string) bool {
	c := ix.Class(class)
	if c == nil || ix.hasSubclass(c.Name) {
		return false // a subclass may pass or set it
	}
	ctor := ix.Method(c.Name, "__construct")
	falsyDefault := false
	if p := ix.Property(c.Name, name); p != nil && !p.Promoted {
		falsyDefault = p.Default == nil && !typedNonNullable(p.Types) || falsyLit(p.Default)
	}
	if ctor != nil {
		for i, p := range ctor.Params {
			if p.Name != name || !p.Promoted {
				continue
			}
			// a falsy default, or none when every new passes the value
			def := paramDefault(ctor, i)
			if def != nil && !falsyLit(def) {
				return false
			}
			news := ix.news()[strings.ToLower(c.Name)]
			if def == nil && len(news) == 0 {
				return false
			}
			for _, at := range news {
				nw := at.n
				for _, a := range nw.Args {
					if o, ok := a.(*ir.Other); ok && o.Op == "..." {
						return false // spread: any number of arguments
					}
				}
				// passed, it must be falsy too: $config['buffer_size'] ?? 0
				// with a configuration that has no buffer_size
				if len(nw.Args) > i && !ix.falsyArg(at.fn, nw.Args[i], 2) || len(nw.Args) <= i && def == nil {
					return false
				}
			}
			falsyDefault = true
		}
	}
	if !falsyDefault {
		return false
	}
	// set anywhere: by a method of the class, or on an object from outside
	a := ix.assignedProps()
	for _, lc := range ix.Lineage(c.Name) { // its parents' and traits' methods too
		if a.setIn(lc, name) {
			return false
		}
	}
	return !a.setOutside(name)
}

// propAssignments indexes, once, the property names assigned: on $this
// by each class's methods, and on any other object.
type propAssignments struct {
	outside map[string]bool
	inClass map[*ir.Class]map[string]bool
}

// setIn reports whether a method of class c assigns property name of
// $this, by its name or by a dynamic one.
func (a propAssignments) setIn(c *ir.Class, name string) bool {
	return a.inClass[c][name] || a.inClass[c][""]
}

// setOutside reports whether code assigns property name of an object
// other than $this, by its name or by a dynamic one ($object->$k = $v).
func (a propAssignments) setOutside(name string) bool {
	return a.outside[name] || a.outside[""]
}

func (ix *Index) assignedProps() propAssignments {
	return ix.memo("assignedProps", func() any {
		a := propAssignments{outside: map[string]bool{}, inClass: map[*ir.Class]map[string]bool{}}
		called := ix.calledNames()
		for _, f := range ix.files {
			for _, fn := range f.AllFuncs() {
				sets := called.sets[fn]
				if len(sets) == 0 || ix.NeverCalled(fn) {
					continue // a setter nothing calls sets nothing
				}
				for _, s := range sets {
					if s.onThis && fn.Class != nil {
						if a.inClass[fn.Class] == nil {
							a.inClass[fn.Class] = map[string]bool{}
						}
						a.inClass[fn.Class][s.name] = true
					} else {
						a.outside[s.name] = true
					}
				}
			}
		}
		return a
	}).(propAssignments)
}

// NeverCalled reports whether method fn can run at all as far as the
// project shows: no call anywhere uses its name (a call phpleak cannot
// resolve included), no string names it (a callable), it is no magic
// method, and its class has no parent or interface outside the project
// (the framework may call such a method: setContainer(), setLogger()).
func (ix *Index) NeverCalled(fn *ir.Func) bool {
	if fn.Kind != ir.FuncMethod || fn.Class == nil || strings.HasPrefix(fn.Name, "__") {
		return false
	}
	called := ix.calledNames()
	name := strings.ToLower(fn.Name)
	if called.names[name] || called.anyIn[strings.ToLower(fn.Class.Name)] {
		return false
	}
	for _, p := range called.prefixes {
		if strings.HasPrefix(name, p) {
			return false
		}
	}
	return ix.insideProject(fn.Class.Name)
}

// calledNames indexes, once, the lower-cased names the project calls as a
// method or function, or writes in a string (a callable, a route's
// action): method names phpleak sees used in any way. Dynamic calls add
// the literal start of their name (->{'set' . $k}()) or, on $this with no
// such start, every method of the class.
//
// The same walk records the properties each function assigns
// (assignedProps).
type calledIndex struct {
	names    map[string]bool
	prefixes []string        // lower-cased, sorted, distinct
	anyIn    map[string]bool // lower-cased classes whose methods $this->$m() may call
	strs     map[string]bool // lower-cased names strings may call: 'helper', 'Tools::helper'
	sets     map[*ir.Func][]propSet
}

// propSet is an assignment to a property: $this->name = … or $x->name = …;
// name is "" for a dynamic one ($x->$k = …), which may set any.
type propSet struct {
	onThis bool
	name   string
}

func (ix *Index) calledNames() calledIndex { return ix.scan().called }

// calledCollector is calledNames' part of the project scan.
func calledCollector(s *projectScan) collector {
	out := calledIndex{names: map[string]bool{}, anyIn: map[string]bool{}, strs: map[string]bool{}, sets: map[*ir.Func][]propSet{}}
	prefixes := map[string]bool{}
	return collector{
		kinds: KAssign | KCalls | KLit,
		node: func(fn *ir.Func, n Node) {
			switch n := n.(type) {
			case *ir.Assign:
				// (a dynamic name, $this->{$name} = $value of a
				// configure() loop, may set any: "")
				if p, ok := n.Dst.(*ir.Prop); ok {
					out.sets[fn] = append(out.sets[fn], propSet{onThis: IsThis(p.Obj), name: p.Name})
				}
			case *ir.MethodCall:
				if n.NameExpr != nil {
					if prefix := dynamicPrefix(n.NameExpr); prefix != "" {
						lowercase.Add(prefixes, prefix)
					} else if IsThis(n.Recv) && fn.Class != nil {
						lowercase.Add(out.anyIn, fn.Class.Name)
					}
				}
				lowercase.Add(out.names, n.Name)
			case *ir.StaticCall:
				lowercase.Add(out.names, n.Name)
			case *ir.Call:
				name := strings.ToLower(CallName(n))
				if i := strings.LastIndexByte(name, '\\'); i >= 0 {
					name = name[i+1:]
				}
				out.names[name] = true
			case *ir.Lit:
				// 'setAutoFlush', 'Outbox::flush': a string that
				// can name a method
				if n.Kind == ir.LitString && len(n.Value) < 200 && callableText(n.Value) {
					v := n.Value
					if i := strings.LastIndex(v, "::"); i >= 0 {
						v = v[i+2:]
					}
					lowercase.Add(out.names, v)
					lowercase.Add(out.strs, lastSegment(v))
				}
			}
		},
		done: func() {
			for p := range prefixes {
				out.prefixes = append(out.prefixes, p)
			}
			slices.Sort(out.prefixes)
			s.called = out
		},
	}
}

// callableText reports whether a string is made only of the characters of
// a callable's name (letters, digits, _, \ and :).
func callableText(v string) bool {
	for i := 0; i < len(v); i++ {
		c := v[i]
		if !(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '\\' || c == ':' || c >= 0x80) {
			return false
		}
	}
	return v != ""
}

// dynamicPrefix is the literal start of a dynamic method name ('set' in
// ->{'set' . ucfirst($k)}()), "" when it has none.
func dynamicPrefix(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Lit:
		if e.Kind == ir.LitString {
			return e.Value
		}
	case *ir.Other:
		if (e.Op == "." || e.Op == "interp") && len(e.Args) > 0 {
			return dynamicPrefix(e.Args[0])
		}
	}
	return ""
}

// paramDefault is a parameter's default value; nil when it has none.
func paramDefault(fn *ir.Func, i int) ir.Expr {
	return fn.Params[i].Default
}

// hasSubclass reports whether a project class extends class.
func (ix *Index) hasSubclass(class string) bool {
	parents := ix.memo("parents", func() any {
		out := map[string]bool{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				if c.Parent != "" {
					out[strings.ToLower(c.Parent)] = true
				}
			}
		}
		return out
	}).(map[string]bool)
	return parents[strings.ToLower(class)]
}

func falsyLit(e ir.Expr) bool {
	lit, ok := e.(*ir.Lit)
	if !ok {
		return false
	}
	switch lit.Kind {
	case ir.LitNull:
		return true
	case ir.LitBool:
		return lit.Value == "false"
	case ir.LitInt:
		return lit.Value == "0"
	case ir.LitString:
		return lit.Value == ""
	}
	return false
}

// typedNonNullable reports whether a property's declared type excludes
// null (an uninitialised typed property is not falsy, it is unset).
func typedNonNullable(types []string) bool {
	return len(types) > 0 && !slices.Contains(types, "null") && !slices.Contains(types, "mixed")
}

// news indexes every `new C(…)` of the project by lower-case class.
func (ix *Index) news() map[string][]newAt { return ix.scan().news }

// newsCollector is news' part of the project scan.
func newsCollector(s *projectScan) collector {
	out := map[string][]newAt{}
	return collector{
		kinds: KNew,
		node: func(fn *ir.Func, n Node) {
			if nw, ok := n.(*ir.New); ok {
				out[strings.ToLower(nw.Class)] = append(out[strings.ToLower(nw.Class)], newAt{nw, fn})
			}
		},
		done: func() { s.news = out },
	}
}

// News lists every `new` of class (by its name, any case) in the
// project, and the function each is written in.
func (ix *Index) News(class string) (news []*ir.New, in []*ir.Func) {
	for _, at := range ix.news()[strings.ToLower(class)] {
		news, in = append(news, at.n), append(in, at.fn)
	}
	return news, in
}

// NewsOfShort lists every `new` in the project of a class whose name,
// without its namespace, is short (any case), with the fully qualified
// name each names and the function each is written in, in a fixed order.
func (ix *Index) NewsOfShort(short string) (news []*ir.New, in []*ir.Func) {
	all := ix.news()
	keys := make([]string, 0, 4)
	for k := range all {
		if strings.EqualFold(lastSegment(k), short) {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	for _, k := range keys {
		for _, at := range all[k] {
			news, in = append(news, at.n), append(in, at.fn)
		}
	}
	return news, in
}

// newAt is a new expression and the function it is written in.
type newAt struct {
	n  *ir.New
	fn *ir.Func
}

// staticCalls indexes, once, the static calls and function calls of the
// project by their target's lower-cased name ("class::method",
// "function"), with the function each is written in.
func (ix *Index) staticCalls() map[string][]callAt { return ix.scan().staticCalls }

// staticCallsCollector is staticCalls' part of the project scan.
func staticCallsCollector(s *projectScan) collector {
	out := map[string][]callAt{}
	return collector{
		kinds: KStaticCall | KCall,
		node: func(fn *ir.Func, n Node) {
			switch c := n.(type) {
			case *ir.StaticCall:
				if c.Class != "" && c.Name != "" {
					k := strings.ToLower(c.Class + "::" + c.Name)
					out[k] = append(out[k], callAt{c.Args, fn})
				}
			case *ir.Call:
				if c.Name != "" {
					k := strings.ToLower(c.Name)
					out[k] = append(out[k], callAt{c.Args, fn})
				}
			}
		},
		done: func() { s.staticCalls = out },
	}
}

// StaticCallArgs lists the arguments of every call of class::name() in
// the project (the class as the call names it, resolved), and the
// function each is written in.
func (ix *Index) StaticCallArgs(class, name string) (args [][]ir.Expr, in []*ir.Func) {
	for _, c := range ix.staticCalls()[strings.ToLower(strings.TrimPrefix(class, `\`)+"::"+name)] {
		args, in = append(args, c.args), append(in, c.fn)
	}
	return args, in
}

// callAt is the arguments of a call and the function it is written in.
type callAt struct {
	args []ir.Expr
	fn   *ir.Func
}

// falsyArg reports whether argument e, written in fn, is falsy whatever
// runs: a falsy literal, or `$config['key'] ?? <falsy literal>` where
// $config is an array that has no such key (or a falsy one): a local
// assigned one array literal, or a parameter of a function or static
// method that every call in the project passes such an array (depth
// bounds how many calls up).
func (ix *Index) falsyArg(fn *ir.Func, e ir.Expr, depth int) bool {
	if falsyLit(e) {
		return true
	}
	// (int) ($config['max'] ?? 0)
	if o, ok := e.(*ir.Other); ok && o.Op == "cast" && len(o.Args) == 1 {
		return ix.falsyArg(fn, o.Args[0], depth)
	}
	// (int) getenv('BATCH_SIZE'), getenv('MAX') ?: 0: false, or the falsy
	// default, wherever the variable is not set
	if unsetEnv(e) {
		return true
	}
	if o, ok := e.(*ir.Other); ok && (o.Op == "?:" || o.Op == "??") && len(o.Args) == 2 && unsetEnv(o.Args[0]) && falsyLit(o.Args[1]) {
		return true
	}
	o, ok := e.(*ir.Other)
	if !ok || o.Op != "??" || len(o.Args) != 2 || !falsyLit(o.Args[1]) {
		return false
	}
	d, ok := o.Args[0].(*ir.Dim)
	if !ok {
		return false
	}
	key, ok := d.Key.(*ir.Lit)
	v, isVar := d.Base.(*ir.Var)
	if !ok || key.Kind != ir.LitString || !isVar {
		return false
	}
	return ix.lacksKey(fn, v.Name, key.Value, depth)
}

// unsetEnvEntry matches $_ENV['NAME'], one environment variable read
// from the superglobal: missing where the variable is not set (as
// getenv('NAME') is false there, see unsetEnv), unless the project
// itself fills $_ENV (a .env loader).
func (ix *Index) unsetEnvEntry(e ir.Expr) bool {
	d, ok := e.(*ir.Dim)
	if !ok {
		return false
	}
	v, ok := d.Base.(*ir.Var)
	if !ok || v.Name != "_ENV" {
		return false
	}
	k, ok := d.Key.(*ir.Lit)
	return ok && k.Kind == ir.LitString && !ix.envWritten()
}

// envWritten reports, once, whether code of the project writes $_ENV
// ($_ENV[$name] = $value, $_ENV = …) or has a library fill it from a
// .env file (a Dotenv class of vlucas/phpdotenv or symfony/dotenv,
// bootEnv()/loadEnv(), symfony/runtime's autoload_runtime.php, Laravel's
// application, all under vendor/, which is not analysed): then its
// entries may be set.
func (ix *Index) envWritten() bool {
	return ix.memo("envWritten", func() any {
		for _, f := range ix.files {
			for _, fn := range f.AllFuncs() {
				found := false
				InspectFunc(fn, KAssign|KNew|KStaticCall|KMethodCall|KOther, func(n Node, _ []Node) bool {
					switch n := n.(type) {
					case *ir.Assign:
						dst := n.Dst
						for {
							d, ok := dst.(*ir.Dim)
							if !ok {
								break
							}
							dst = d.Base
						}
						if v, ok := dst.(*ir.Var); ok && v.Name == "_ENV" {
							found = true
						}
					case *ir.New:
						found = envLoader(n.Class)
					case *ir.StaticCall:
						found = envLoader(n.Class)
					case *ir.MethodCall:
						switch strings.ToLower(n.Name) {
						case "bootenv", "loadenv", "usingenv", "populate":
							found = true
						}
					case *ir.Other:
						if n.Op == "include" || n.Op == "include_once" {
							InspectExpr(n, func(x Node, _ []Node) bool {
								if l, ok := x.(*ir.Lit); ok && strings.Contains(l.Value, "autoload_runtime") {
									found = true
								}
								return !found
							})
						}
					}
					return !found
				})
				if found {
					return true
				}
			}
		}
		return false
	}).(bool)
}

// envLoader reports whether class loads a .env file into $_ENV: a
// Dotenv class, or Laravel's application, which does as it boots.
func envLoader(class string) bool {
	c := strings.ToLower(strings.TrimPrefix(class, `\`))
	return strings.Contains(c, "dotenv") || c == `illuminate\foundation\application`
}

// unsetEnv matches getenv('NAME') of one environment variable: false
// where the variable is not set.
func unsetEnv(e ir.Expr) bool {
	c, ok := e.(*ir.Call)
	if !ok || CallName(c) != "getenv" || len(c.Args) != 1 {
		return false
	}
	l, ok := c.Args[0].(*ir.Lit)
	return ok && l.Kind == ir.LitString
}

// lacksKey reports whether variable name in fn holds an array without a
// truthy element key (see falsyArg).
func (ix *Index) lacksKey(fn *ir.Func, name, key string, depth int) bool {
	src, n := onlyAssignment(fn, name)
	if arr, ok := src.(*ir.Array); ok {
		for _, it := range arr.Items {
			if it.Unpack {
				return false
			}
			if k, ok := it.Key.(*ir.Lit); ok && k.Value == key && !falsyLit(it.Value) {
				return false
			}
			if it.Key != nil && !IsConstant(it.Key) {
				return false
			}
		}
		return true
	}
	if n > 0 || depth == 0 {
		return false
	}
	// a parameter: every call passes such an array
	idx := -1
	for i, p := range fn.Params {
		if p.Name == name {
			idx = i
		}
	}
	if idx < 0 || fn.Kind != ir.FuncFunction && !(fn.Kind == ir.FuncMethod && fn.Static) {
		return false
	}
	target := strings.ToLower(fn.Name)
	if fn.Kind == ir.FuncMethod && fn.Class != nil {
		target = strings.ToLower(fn.Class.Name + "::" + fn.Name)
	}
	calls := ix.staticCalls()[target]
	if len(calls) == 0 {
		return false
	}
	for _, c := range calls {
		if idx >= len(c.args) {
			return false
		}
		v, ok := c.args[idx].(*ir.Var)
		if !ok || !ix.lacksKey(c.fn, v.Name, key, depth-1) {
			return false
		}
	}
	return true
}

// FalsySetting reports whether e, in a method of class c, reads a setting
// nobody sets (see Index.FalsyProperty): $this->p, $this->options->p with
// $options declared as a class, or a local assigned one of those once
// ($max = $this->options->maxBreadcrumbs).
func (ix *Index) FalsySetting(fn *ir.Func, c *ir.Class, e ir.Expr) bool {
	return ix.falsySetting(fn, c, e, 2)
}

func (ix *Index) falsySetting(fn *ir.Func, c *ir.Class, e ir.Expr, depth int) bool {
	switch e := e.(type) {
	case *ir.Other:
		// (int) $this->options['max_breadcrumbs']
		if e.Op == "cast" && len(e.Args) == 1 {
			return ix.falsySetting(fn, c, e.Args[0], depth)
		}
	case *ir.Dim:
		// $this->options['max'] with $options an array every object
		// gets without that key, or with a falsy default for it
		if k, ok := e.Key.(*ir.Lit); ok && k.Kind == ir.LitString {
			if p, ok := e.Base.(*ir.Prop); ok && IsThis(p.Obj) {
				return ix.falsyOption(c.Name, p.Name, k.Value)
			}
		}
	case *ir.MethodCall:
		// $this->options->getMaxBreadcrumbs(): a getter that returns one
		if inner, ok := e.Recv.(*ir.Prop); ok && IsThis(inner.Obj) && len(e.Args) == 0 && depth > 0 {
			if held := ix.heldClass(c.Name, inner.Name); held != nil {
				if g := ix.Method(held.Name, e.Name); g != nil && len(g.Body) == 1 {
					if r, ok := g.Body[0].(*ir.Return); ok && r.X != nil {
						return ix.falsySetting(g, held, r.X, depth-1)
					}
				}
			}
		}
	case *ir.Prop:
		if IsThis(e.Obj) {
			return ix.FalsyProperty(c.Name, e.Name)
		}
		if inner, ok := e.Obj.(*ir.Prop); ok && IsThis(inner.Obj) {
			if held := ix.heldClass(c.Name, inner.Name); held != nil {
				return ix.FalsyProperty(held.Name, e.Name)
			}
		}
	case *ir.Var:
		if depth == 0 || e.Name == "" || e.Name == "this" {
			return false
		}
		for _, p := range fn.Params {
			if p.Name == e.Name {
				return false
			}
		}
		src, _ := onlyAssignment(fn, e.Name)
		return src != nil && ix.falsySetting(fn, c, src, depth-1)
	}
	return false
}

// onlyAssignment counts the assignments to variable name in fn, its
// elements included ($config['k'] = … changes it in place), and returns
// what it is assigned when that is the one assignment, a plain `=` of
// the whole variable.
func onlyAssignment(fn *ir.Func, name string) (src ir.Expr, n int) {
	w := localWritesOf(fn).vars[name]
	switch {
	case w == nil:
		return nil, 0
	case w.writes != 1:
		return nil, w.writes
	}
	return w.whole, 1
}

// heldClass is the project class property prop of class is declared
// with, nil when none.
func (ix *Index) heldClass(class, prop string) *ir.Class {
	if p := ix.Property(class, prop); p != nil {
		for _, t := range p.Types {
			if held := ix.Class(t); held != nil {
				return held
			}
		}
	}
	return nil
}

// falsyOption reports whether array property prop of class holds no
// truthy key on any object: the constructor is its only writer,
// assigning $param + [defaults] (or array_merge/array_replace of the
// defaults and $param) where the defaults give key a falsy value or none,
// and every new of the class passes an array literal without a truthy
// key (or nothing).
func (ix *Index) falsyOption(class, prop, key string) bool {
	c := ix.Class(class)
	if c == nil || ix.hasSubclass(c.Name) {
		return false
	}
	ctor := ix.Method(c.Name, "__construct")
	if ctor == nil || ctor.Class != c || len(ctor.Body) == 0 {
		return false
	}
	a := ix.assignedProps()
	writes := 0
	param := -1
	Inspect(ctor.Body, func(n Node, _ []Node) bool {
		as, ok := n.(*ir.Assign)
		if !ok {
			return true
		}
		if p, ok := as.Dst.(*ir.Prop); !ok || !IsThis(p.Obj) || p.Name != prop {
			return true
		}
		writes++
		var parts []ir.Expr
		switch src := as.Src.(type) {
		case *ir.Other:
			if src.Op == "+" {
				parts = src.Args
			}
		case *ir.Call:
			switch CallName(src) {
			case "array_merge", "array_replace":
				parts = src.Args
			}
		}
		for _, x := range parts {
			switch x := x.(type) {
			case *ir.Var:
				for i, p := range ctor.Params {
					if p.Name == x.Name {
						param = i
					}
				}
			case *ir.Array:
				for _, it := range x.Items {
					if k, ok := it.Key.(*ir.Lit); ok && k.Value == key && !falsyLit(it.Value) {
						param, writes = -1, 99 // a truthy default
					}
				}
			}
		}
		return true
	})
	if writes != 1 || param < 0 {
		return false
	}
	// written elsewhere: by another method, or on the object from outside
	if a.setOutside(prop) {
		return false
	}
	for _, lc := range ix.Lineage(c.Name) {
		for _, m := range lc.Methods {
			if m == ctor {
				continue
			}
			set := false
			Inspect(m.Body, func(n Node, _ []Node) bool {
				if as, ok := n.(*ir.Assign); ok {
					if p, ok := RootOfDims(as.Dst).(*ir.Prop); ok && IsThis(p.Obj) && (p.Name == prop || p.Name == "") {
						set = true
					}
				}
				return !set
			})
			if set {
				return false
			}
		}
	}
	news := ix.news()[strings.ToLower(c.Name)]
	if len(news) == 0 {
		return false
	}
	for _, at := range news {
		if param >= len(at.n.Args) {
			continue // the parameter's default: checked below
		}
		arr, ok := at.n.Args[param].(*ir.Array)
		if !ok {
			return false
		}
		for _, it := range arr.Items {
			if it.Unpack || it.Key != nil && !IsConstant(it.Key) {
				return false
			}
			if k, ok := it.Key.(*ir.Lit); ok && k.Value == key && !falsyLit(it.Value) {
				return false
			}
		}
	}
	return true
}
