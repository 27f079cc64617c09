package analyzer

import (
	"maps"
	"math"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
	"gopkg.in/yaml.v3"
)

// Values the code fixes, whatever runs. A worker's settings often come
// from a configuration array — a file under config/ that returns one, an
// options array handed to a constructor — and a branch they rule out
// never runs: lines written every N with N = 0 in config/logging.php, a
// batch shipped once it holds `$options['max_batch'] ?? PHP_INT_MAX`
// events where no `new` passes max_batch. ConstValues follows such values
// through locals assigned once, array elements, `??`, casts, the include
// of a file that returns an array literal, class constants, and the
// arguments every `new` of a class passes its constructor. Anything else
// is unknown, and an unknown value decides nothing.

// ConstKind is the type of a Const.
type ConstKind uint8

const (
	ConstNull ConstKind = iota + 1
	ConstBool
	ConstInt
	ConstFloat
	ConstString
	ConstArray
)

// Const is a value known whatever runs.
type Const struct {
	Kind ConstKind
	B    bool
	I    int64
	F    float64
	S    string
	// an array: its keys as PHP normalises them, in order, and the
	// values each may hold (nil: unknown)
	Keys  []string
	Elems [][]Const
	// Open: the array may hold keys not listed (a spread, a computed key)
	Open bool
}

// Truthy is how PHP reads the value as a condition; known is false for
// an open array with no key listed.
func (c Const) Truthy() (value, known bool) {
	switch c.Kind {
	case ConstNull:
		return false, true
	case ConstBool:
		return c.B, true
	case ConstInt:
		return c.I != 0, true
	case ConstFloat:
		return c.F != 0, true
	case ConstString:
		return c.S != "" && c.S != "0", true
	case ConstArray:
		if len(c.Keys) > 0 {
			return true, true
		}
		return false, !c.Open
	}
	return false, false
}

// AllFalsy reports whether every value of vs is known and falsy (and
// there is one at least).
func AllFalsy(vs []Const) bool {
	for _, v := range vs {
		if t, ok := v.Truthy(); !ok || t {
			return false
		}
	}
	return len(vs) > 0
}

// Unreachable reports whether every value of vs is a number no size or
// count can reach: PHP_INT_MAX, INF, or anything above 2^53 ("no limit"
// written as the largest number).
func Unreachable(vs []Const) bool {
	for _, v := range vs {
		switch {
		case v.Kind == ConstInt && v.I >= 1<<53:
		case v.Kind == ConstFloat && v.F >= 1<<53:
		default:
			return false
		}
	}
	return len(vs) > 0
}

// maxConsts bounds the values a union keeps: past it, unknown.
const maxConsts = 16

// ConstValues lists the values e, written in fn, may hold, each known
// whatever runs; nil when one of them is unknown.
func (ix *Index) ConstValues(fn *ir.Func, e ir.Expr) []Const {
	return ix.constValues(fn, e, nil, 3)
}

// ConstValuesDepth is ConstValues following up to depth calls, includes
// and `new`s, for a question asked rarely enough to look further (the
// ids a per-request listener's configuration lists).
func (ix *Index) ConstValuesDepth(fn *ir.Func, e ir.Expr, depth int) []Const {
	return ix.constValues(fn, e, nil, depth)
}

// constValues is ConstValues with env binding fn's parameters (a
// constructor evaluated for one `new`; nil: not bound) and depth
// bounding the calls, includes and `new`s followed.
func (ix *Index) constValues(fn *ir.Func, e ir.Expr, env map[string][]Const, depth int) []Const {
	switch e := e.(type) {
	case *ir.Lit:
		if c, ok := litConst(e); ok {
			return []Const{c}
		}
	case *ir.Array:
		return ix.arrayConst(fn, e, env, depth)
	case *ir.ClassConst:
		return ix.classConstValues(fn, e, depth)
	case *ir.Var:
		return ix.varValues(fn, e, env, depth)
	case *ir.Prop:
		// $this->config, set once from what every `new` passes
		if c := fn.ThisClass(); c != nil && !fn.Static && IsThis(e.Obj) && e.Name != "" && depth > 0 {
			return ix.propertyValuesAt(c.Name, e.Name, depth-1)
		}
	case *ir.Dim:
		if e.Key == nil {
			return nil
		}
		// $_ENV['BATCH_SIZE']: null wherever the variable is not set
		if ix.unsetEnvEntry(e) {
			return []Const{{Kind: ConstNull}}
		}
		bases := ix.constValues(fn, e.Base, env, depth)
		keys := ix.constValues(fn, e.Key, env, depth)
		return elemValues(bases, keys, false)
	case *ir.Other:
		switch e.Op {
		case "??":
			if len(e.Args) == 2 {
				return ix.coalesce(fn, e.Args[0], e.Args[1], env, depth)
			}
		case "cast":
			// (int) $config['max']: a falsy value stays falsy under the
			// scalar casts; other values may change ((int) '0.5')
			if len(e.Args) == 1 {
				vs := ix.constValues(fn, e.Args[0], env, depth)
				if !AllFalsy(vs) {
					return nil
				}
				return vs
			}
		case "-":
			if len(e.Args) == 1 {
				vs := ix.constValues(fn, e.Args[0], env, depth)
				out := make([]Const, 0, len(vs))
				for _, v := range vs {
					switch {
					case v.Kind == ConstInt && v.I != math.MinInt64:
						out = append(out, Const{Kind: ConstInt, I: -v.I})
					case v.Kind == ConstFloat:
						out = append(out, Const{Kind: ConstFloat, F: -v.F})
					default:
						return nil
					}
				}
				return nonEmpty(out)
			}
		case "?:":
			return ix.ternaryValues(fn, e, env, depth)
		case "===", "!==", "==", "!=":
			if len(e.Args) == 2 {
				return compareValues(e.Op, ix.constValues(fn, e.Args[0], env, depth), ix.constValues(fn, e.Args[1], env, depth))
			}
		case "!":
			if len(e.Args) == 1 {
				if t, ok := truthOf(ix.constValues(fn, e.Args[0], env, depth)); ok {
					return []Const{{Kind: ConstBool, B: !t}}
				}
			}
		case "include":
			if len(e.Args) == 1 && depth > 0 {
				if f := ix.includedFile(fn, e.Args[0]); f != nil {
					return ix.returnedValues(f, depth-1)
				}
			}
		}
	case *ir.Assign:
		// return $config ??= require …, the static memo of a value that
		// is never null: what it is given
		if e.Op == "??=" && !e.ByRef && staticMemo(fn, e.Dst) {
			return nonNull(ix.constValues(fn, e.Src, env, depth))
		}
	case *ir.Call:
		// getenv('BATCH_SIZE'): false where the variable is not set, the
		// configuration a deployment gets when it sets nothing
		if unsetEnv(e) {
			return []Const{{Kind: ConstBool, B: false}}
		}
		// array_keys($defaults): the keys of a known array
		if CallName(e) == "array_keys" && len(e.Args) == 1 {
			return keysOf(ix.constValues(fn, e.Args[0], env, depth))
		}
		// context_config(), a function of the project with no
		// parameters (a configuration written in code): what its
		// returns give
		if depth > 0 && len(e.Args) == 0 && e.Name != "" && !e.FirstClass {
			if f := ix.Function(e.Name, e.Fallback); f != nil && !f.Generator && len(f.Params) == 0 {
				return ix.funcReturnValues(f, depth-1)
			}
		}
	case *ir.StaticCall:
		// Yaml::parseFile(__DIR__ . '/config/services.yaml'), Symfony's
		// YAML reader, with no flags
		if strings.EqualFold(strings.TrimPrefix(e.Class, `\`), `Symfony\Component\Yaml\Yaml`) && strings.EqualFold(e.Name, "parseFile") && len(e.Args) == 1 {
			if p := dataFilePath(fn, e.Args[0]); p != "" {
				return ix.yamlFile(p)
			}
		}
		// KioskConfig::load(), a static method of the project with no
		// parameters (a configuration written in code): what its
		// returns give
		if depth > 0 && len(e.Args) == 0 {
			if m := ix.Method(e.Class, e.Name); m != nil && m.Static && !m.Abstract && !m.Generator && len(m.Params) == 0 {
				return ix.funcReturnValues(m, depth-1)
			}
		}
	}
	return nil
}

// staticMemo reports whether e is a static variable of fn that starts
// null and that fn writes only with ??= (static $config = null;
// $config ??= …): it keeps the first value given.
func staticMemo(fn *ir.Func, e ir.Expr) bool {
	v, ok := e.(*ir.Var)
	if !ok || v.Name == "" {
		return false
	}
	static, only := false, true
	Inspect(fn.Body, func(n Node, _ []Node) bool {
		switch n := n.(type) {
		case *ir.Closure:
			return false
		case *ir.StaticVar:
			if n.Name == v.Name {
				static = n.Init == nil || isNullLit(n.Init)
			}
		case *ir.Assign:
			if d, ok := n.Dst.(*ir.Var); ok && d.Name == v.Name && n.Op != "??=" {
				only = false
			}
		}
		return only
	})
	return static && only
}

// isNullLit matches the literal null.
func isNullLit(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitNull
}

// nonNull is vs when none of them is null (??= keeps a null slot
// unset, to be filled by a later call), nil otherwise.
func nonNull(vs []Const) []Const {
	for _, v := range vs {
		if v.Kind == ConstNull {
			return nil
		}
	}
	return vs
}

// keysOf is what array_keys() gives for arrays: the list of their keys,
// when each array is known and lists every key it holds.
func keysOf(arrs []Const) []Const {
	var out []Const
	for _, a := range arrs {
		if a.Kind != ConstArray || a.Open {
			return nil
		}
		list := Const{Kind: ConstArray}
		for i, k := range a.Keys {
			key := Const{Kind: ConstString, S: k}
			if n, err := strconv.ParseInt(k, 10, 64); err == nil && strconv.FormatInt(n, 10) == k {
				key = Const{Kind: ConstInt, I: n}
			}
			list.Keys = append(list.Keys, strconv.Itoa(i))
			list.Elems = append(list.Elems, []Const{key})
		}
		out = append(out, list)
	}
	return nonEmpty(out)
}

// funcReturnValues is what every return of m can give, as constValues
// tells; nil when one gives nothing or something unknown.
func (ix *Index) funcReturnValues(m *ir.Func, depth int) []Const {
	var out []Const
	known, returns := true, 0
	Inspect(m.Body, func(x Node, _ []Node) bool {
		switch x := x.(type) {
		case *ir.Closure:
			return false
		case *ir.Return:
			returns++
			var vs []Const
			if x.X != nil {
				vs = ix.constValues(m, x.X, nil, depth)
			}
			if vs == nil {
				known = false
			}
			out = union(out, vs)
		}
		return known
	})
	if !known || returns == 0 {
		return nil
	}
	return out
}

// ternaryValues is what `c ? a : b` or `a ?: b` may hold: the branch
// its condition's known truth picks, or either branch.
func (ix *Index) ternaryValues(fn *ir.Func, e *ir.Other, env map[string][]Const, depth int) []Const {
	var cond, then, els ir.Expr
	switch len(e.Args) {
	case 2:
		cond, els = e.Args[0], e.Args[1]
	case 3:
		cond, then, els = e.Args[0], e.Args[1], e.Args[2]
	default:
		return nil
	}
	cs := ix.constValues(fn, cond, env, depth)
	if then == nil {
		// a ?: b: a when it is truthy
		if cs == nil {
			return nil
		}
		var out []Const
		for _, c := range cs {
			t, ok := c.Truthy()
			if !ok {
				return nil
			}
			if t {
				out = append(out, c)
			}
		}
		if len(out) == len(cs) {
			return out
		}
		return union(out, ix.constValues(fn, els, env, depth))
	}
	if t, ok := truthOf(cs); ok {
		if t {
			return ix.constValues(fn, then, env, depth)
		}
		return ix.constValues(fn, els, env, depth)
	}
	return union(ix.constValues(fn, then, env, depth), ix.constValues(fn, els, env, depth))
}

// truthOf is the truth every value of vs has, known when they agree.
func truthOf(vs []Const) (value, known bool) {
	for i, v := range vs {
		t, ok := v.Truthy()
		if !ok || i > 0 && t != value {
			return false, false
		}
		value = t
	}
	return value, len(vs) > 0
}

// compareValues is l op r over every pair of values: one bool when all
// pairs agree, nil otherwise.
func compareValues(op string, ls, rs []Const) []Const {
	if ls == nil || rs == nil {
		return nil
	}
	var out []Const
	for _, l := range ls {
		for _, r := range rs {
			holds, known := compareConst(op, l, r)
			if !known || out != nil && out[0].B != holds {
				return nil
			}
			out = []Const{{Kind: ConstBool, B: holds}}
		}
	}
	return out
}

// union joins two value lists; nil when either is unknown or they are
// too many.
func union(a, b []Const) []Const {
	if b == nil || len(a)+len(b) > maxConsts {
		return nil
	}
	return append(slices.Clip(a), b...)
}

// dataFilePath is the file on disk a path written in fn names: a literal
// path after __DIR__; "" for anything else.
func dataFilePath(fn *ir.Func, e ir.Expr) string {
	if fn.File == nil || fn.File.Abs == "" {
		return ""
	}
	o, ok := e.(*ir.Other)
	if !ok || o.Op != "." || len(o.Args) != 2 || !dirConst(o.Args[0]) {
		return ""
	}
	l, ok := o.Args[1].(*ir.Lit)
	if !ok || l.Kind != ir.LitString || !strings.HasPrefix(l.Value, "/") {
		return ""
	}
	return filepath.Join(filepath.Dir(fn.File.Abs), filepath.FromSlash(l.Value))
}

// yamlFile is what Symfony's Yaml::parseFile() returns for the file at
// path, read once: mappings and sequences as arrays, YAML's null, bool,
// int, float and string scalars; custom tags (!php/const, !tagged) and
// octal-looking numbers unknown. nil when the file cannot be read.
func (ix *Index) yamlFile(path string) []Const {
	return ix.memo("yaml\x00"+path, func() any {
		info, err := os.Stat(path)
		if err != nil || !info.Mode().IsRegular() || info.Size() > 1<<20 {
			return []Const(nil)
		}
		b, err := os.ReadFile(path)
		if err != nil {
			return []Const(nil)
		}
		var doc yaml.Node
		if yaml.Unmarshal(b, &doc) != nil {
			return []Const(nil)
		}
		return yamlConst(&doc, 0)
	}).([]Const)
}

func yamlConst(n *yaml.Node, depth int) []Const {
	if n == nil || depth > 32 {
		return nil
	}
	switch n.Kind {
	case yaml.DocumentNode:
		if len(n.Content) == 1 {
			return yamlConst(n.Content[0], depth+1)
		}
	case yaml.AliasNode:
		return yamlConst(n.Alias, depth+1)
	case yaml.SequenceNode:
		out := Const{Kind: ConstArray}
		for i, c := range n.Content {
			out.Keys = append(out.Keys, strconv.Itoa(i))
			out.Elems = append(out.Elems, yamlConst(c, depth+1))
		}
		return []Const{out}
	case yaml.MappingNode:
		out := Const{Kind: ConstArray}
		for i := 0; i+1 < len(n.Content); i += 2 {
			ks := yamlConst(n.Content[i], depth+1)
			if n.Content[i].Tag == "!!merge" || len(ks) != 1 {
				out.Open = true
				continue
			}
			k, ok := arrayKey(ks[0])
			if !ok {
				out.Open = true
				continue
			}
			v := yamlConst(n.Content[i+1], depth+1)
			replaced := false
			for j, have := range out.Keys {
				if have == k {
					out.Elems[j], replaced = v, true
				}
			}
			if !replaced {
				out.Keys = append(out.Keys, k)
				out.Elems = append(out.Elems, v)
			}
		}
		return []Const{out}
	case yaml.ScalarNode:
		v := n.Value
		switch n.ShortTag() {
		case "!!null":
			return []Const{{Kind: ConstNull}}
		case "!!bool":
			return []Const{{Kind: ConstBool, B: strings.EqualFold(v, "true")}}
		case "!!int":
			if len(v) > 1 && v[0] == '0' {
				return nil // 0755, 0x1F, 0o17: readers differ
			}
			if i, err := strconv.ParseInt(strings.ReplaceAll(v, "_", ""), 10, 64); err == nil {
				return []Const{{Kind: ConstInt, I: i}}
			}
		case "!!float":
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				return []Const{{Kind: ConstFloat, F: f}}
			}
		case "!!str":
			return []Const{{Kind: ConstString, S: v}}
		}
	}
	return nil
}

func nonEmpty(vs []Const) []Const {
	if len(vs) == 0 {
		return nil
	}
	return vs
}

// litConst reads a literal: null, booleans, numbers, plain strings, and
// PHP_INT_MAX, PHP_FLOAT_MAX and INF.
func litConst(l *ir.Lit) (Const, bool) {
	switch l.Kind {
	case ir.LitNull:
		return Const{Kind: ConstNull}, true
	case ir.LitBool:
		return Const{Kind: ConstBool, B: strings.EqualFold(l.Value, "true")}, true
	case ir.LitInt:
		s := strings.ReplaceAll(l.Value, "_", "")
		if i, err := strconv.ParseInt(s, 0, 64); err == nil {
			return Const{Kind: ConstInt, I: i}, true
		}
		if len(s) > 1 && s[0] == '0' && s[1] >= '0' && s[1] <= '7' {
			if i, err := strconv.ParseInt(s[1:], 8, 64); err == nil {
				return Const{Kind: ConstInt, I: i}, true
			}
		}
	case ir.LitFloat:
		if f, err := strconv.ParseFloat(strings.ReplaceAll(l.Value, "_", ""), 64); err == nil {
			return Const{Kind: ConstFloat, F: f}, true
		}
	case ir.LitString:
		return Const{Kind: ConstString, S: l.Value}, true
	case ir.LitConst:
		switch lastSegment(l.Value) {
		case "PHP_INT_MAX":
			return Const{Kind: ConstInt, I: math.MaxInt64}, true
		case "PHP_FLOAT_MAX":
			return Const{Kind: ConstFloat, F: math.MaxFloat64}, true
		case "INF":
			return Const{Kind: ConstFloat, F: math.Inf(1)}, true
		}
	}
	return Const{}, false
}

// ArrayKey is how PHP stores c as an array key (see arrayKey).
func ArrayKey(c Const) (string, bool) { return arrayKey(c) }

// arrayKey is how PHP stores a key: integers and decimal strings as
// integers, booleans as 0/1, null as ""; ok is false for other values.
func arrayKey(c Const) (string, bool) {
	switch c.Kind {
	case ConstNull:
		return "", true
	case ConstBool:
		if c.B {
			return "1", true
		}
		return "0", true
	case ConstInt:
		return strconv.FormatInt(c.I, 10), true
	case ConstString:
		if i, err := strconv.ParseInt(c.S, 10, 64); err == nil && strconv.FormatInt(i, 10) == c.S {
			return c.S, true
		}
		return c.S, true
	}
	return "", false
}

// arrayConst reads an array literal with constant keys; the values it
// cannot know stay unknown.
func (ix *Index) arrayConst(fn *ir.Func, a *ir.Array, env map[string][]Const, depth int) []Const {
	out := Const{Kind: ConstArray}
	next := int64(0)
	set := func(k string, v []Const) {
		for i, have := range out.Keys {
			if have == k {
				out.Elems[i] = v
				return
			}
		}
		out.Keys = append(out.Keys, k)
		out.Elems = append(out.Elems, v)
	}
	for _, it := range a.Items {
		if it.Unpack || it.ByRef {
			out.Open = true
			continue
		}
		var v []Const
		if it.Value != nil {
			v = ix.constValues(fn, it.Value, env, depth)
		}
		if it.Key == nil {
			set(strconv.FormatInt(next, 10), v)
			next++
			continue
		}
		ks := ix.constValues(fn, it.Key, env, depth)
		if len(ks) != 1 {
			out.Open = true
			continue
		}
		k, ok := arrayKey(ks[0])
		if !ok {
			out.Open = true
			continue
		}
		set(k, v)
		if i, err := strconv.ParseInt(k, 10, 64); err == nil && i >= next {
			next = i + 1
		}
	}
	return []Const{out}
}

// elemValues is what base[key] reads for every pair of values; present
// asks for isset()'s answer instead: a missing element is then reported
// as a nil Const slot (Kind 0) rather than null. nil when unknown.
func elemValues(bases, keys []Const, present bool) []Const {
	if bases == nil {
		return nil
	}
	if keys == nil {
		return anyElemValues(bases, present)
	}
	var out []Const
	for _, b := range bases {
		for _, kv := range keys {
			switch b.Kind {
			case ConstNull:
				// null['k'] reads null
				out = append(out, missing(present))
				continue
			case ConstArray:
			default:
				return nil // a string offset, an object: not followed
			}
			k, ok := arrayKey(kv)
			if !ok {
				return nil
			}
			found := false
			for i, have := range b.Keys {
				if have == k {
					if b.Elems[i] == nil {
						return nil
					}
					out = append(out, b.Elems[i]...)
					found = true
				}
			}
			if !found {
				if b.Open {
					return nil
				}
				out = append(out, missing(present))
			}
		}
		if len(out) > maxConsts {
			return nil
		}
	}
	return nonEmpty(out)
}

// anyElemValues is what base[$key] reads for a key that is not known
// ($handlers[$name]): any element of an array whose keys are all
// listed, or nothing at all. nil when unknown.
func anyElemValues(bases []Const, present bool) []Const {
	var out []Const
	for _, b := range bases {
		switch {
		case b.Kind == ConstNull:
		case b.Kind == ConstArray && !b.Open:
			for _, e := range b.Elems {
				if e == nil {
					return nil
				}
				out = append(out, e...)
			}
		default:
			return nil
		}
		if len(out) > maxConsts {
			return nil
		}
	}
	return nonEmpty(append(out, missing(present)))
}

func missing(present bool) Const {
	if present {
		return Const{} // absent, for ??
	}
	return Const{Kind: ConstNull}
}

// coalesce is left ?? right.
func (ix *Index) coalesce(fn *ir.Func, left, right ir.Expr, env map[string][]Const, depth int) []Const {
	var ls []Const
	if ix.unsetEnvEntry(left) {
		// $_ENV['BATCH_SIZE'] ?? '25': the default wherever the
		// variable is not set
		ls = []Const{{}}
	} else if d, ok := left.(*ir.Dim); ok && d.Key != nil {
		ls = elemValues(ix.constValues(fn, d.Base, env, depth), ix.constValues(fn, d.Key, env, depth), true)
	} else {
		ls = ix.constValues(fn, left, env, depth)
	}
	if ls == nil {
		return nil
	}
	var out []Const
	var rs []Const
	for _, v := range ls {
		if v.Kind != 0 && v.Kind != ConstNull {
			out = append(out, v)
			continue
		}
		if rs == nil {
			if rs = ix.constValues(fn, right, env, depth); rs == nil {
				return nil
			}
			out = append(out, rs...)
		}
	}
	if len(out) > maxConsts {
		return nil
	}
	return nonEmpty(out)
}

// classConstValues reads Class::NAME for a constant of a project class
// with no subclass (static:: could name an override).
func (ix *Index) classConstValues(fn *ir.Func, e *ir.ClassConst, depth int) []Const {
	if strings.EqualFold(e.Name, "class") {
		// WelcomeBanner::class: the class's name, as written once
		// resolved (self::class, the class it is written in; static::
		// and parent:: are left unknown)
		switch {
		case e.Class == "" || strings.EqualFold(e.Class, "static") || strings.EqualFold(e.Class, "parent"):
			return nil
		case strings.EqualFold(e.Class, "self"):
			if c := fn.ThisClass(); c != nil {
				return []Const{{Kind: ConstString, S: c.Name}}
			}
			return nil
		}
		return []Const{{Kind: ConstString, S: strings.TrimPrefix(e.Class, `\`)}}
	}
	if depth == 0 {
		return nil
	}
	class := e.Class
	if strings.EqualFold(class, "static") || class == "" {
		return nil
	}
	for _, c := range ix.Lineage(class) {
		for _, k := range c.Consts {
			if k.Name == e.Name {
				return ix.constValues(fn, k.Value, nil, depth-1)
			}
		}
	}
	return nil
}

// varValues reads a variable: a parameter bound by env, a parameter of
// a function or static method every call passes known values, or a local
// assigned once, by a statement of fn's own body before the read, and
// changed nowhere else.
func (ix *Index) varValues(fn *ir.Func, v *ir.Var, env map[string][]Const, depth int) []Const {
	if v.Name == "" || v.Name == "this" {
		return nil
	}
	for i, p := range fn.Params {
		if p.Name != v.Name {
			continue
		}
		if env != nil {
			return env[v.Name]
		}
		if depth == 0 || p.ByRef || p.Variadic || assignsVar(fn, v.Name) {
			return nil
		}
		return ix.paramValues(fn, i, depth-1)
	}
	if fn.Kind == ir.FuncClosure || fn.Kind == ir.FuncArrow {
		return ix.capturedValues(fn, v, depth)
	}
	if fn.Kind == ir.FuncMain && ix.globalNames()[v.Name] {
		return nil // other code may write it (global $x, $GLOBALS['x'])
	}
	if vs, ok := ix.elementValues(fn, v, env, depth); ok {
		return vs
	}
	src, ok := ix.onlyStatementAssignment(fn, v.Name, v.P)
	if !ok {
		return nil
	}
	return ix.constValues(fn, src, env, depth)
}

// elementValues is what v holds when its only write is the value of a
// foreach (foreach ($this->flush as $id)): an element of the array
// iterated, whichever; ok is false when v is written otherwise.
func (ix *Index) elementValues(fn *ir.Func, v *ir.Var, env map[string][]Const, depth int) ([]Const, bool) {
	lw := localWritesOf(fn)
	w := lw.vars[v.Name]
	if lw.dynamic || w == nil || w.bad || w.writes != 1 || w.loop == nil || depth == 0 {
		return nil, false
	}
	var out []Const
	for _, arr := range ix.constValues(fn, w.loop.Iter, env, depth-1) {
		if arr.Kind != ConstArray || arr.Open {
			return nil, true
		}
		for _, e := range arr.Elems {
			if e == nil {
				return nil, true
			}
			u := union(out, e)
			if u == nil {
				return nil, true
			}
			out = u
		}
	}
	return out, true
}

// capturedValues is what variable v, read in closure fn, may hold when
// fn captures it by value (an arrow function's free variable, a
// `use ($v)`) and never writes it: the enclosing function's variable
// where the closure is made.
func (ix *Index) capturedValues(fn *ir.Func, v *ir.Var, depth int) []Const {
	if !CapturesByValue(fn, v.Name) {
		return nil
	}
	// (the same code, no call between: depth stays)
	return ix.varValues(fn.Parent, &ir.Var{Name: v.Name, P: fn.Pos}, nil, depth)
}

// CapturesByValue reports whether closure fn reads variable name of the
// function it is written in, as it was when the closure was made, and
// never writes it: an arrow function's free variable or a `use ($name)`.
func CapturesByValue(fn *ir.Func, name string) bool {
	if fn.Kind != ir.FuncClosure && fn.Kind != ir.FuncArrow || fn.Parent == nil || assignsVar(fn, name) {
		return false
	}
	for _, p := range fn.Params {
		if p.Name == name {
			return false
		}
	}
	for _, u := range fn.Uses {
		if u.Name == name {
			return !u.ByRef
		}
	}
	return fn.Kind == ir.FuncArrow
}

// onlyStatementAssignment is the value of the one write to local name
// in fn: `$name = src;`, a statement of fn's top-level body on a line
// before at, with no other write to it (an element, a foreach, a
// reference, unset, global or static) and, in a file body, no include
// between it and the read that could change it.
func (ix *Index) onlyStatementAssignment(fn *ir.Func, name string, at ir.Pos) (ir.Expr, bool) {
	lw := localWritesOf(fn)
	w := lw.vars[name]
	if lw.dynamic || w == nil || w.bad || w.writes != 1 || w.src == nil || w.line >= at.Line {
		return nil, false
	}
	for _, l := range lw.includes {
		if l > w.line && l < at.Line {
			return nil, false // an included file shares the scope
		}
	}
	// handed to a project function or method that takes it by reference
	byRef := ix.byRefParams()
	for _, a := range w.args {
		switch c := a.call.(type) {
		case *ir.Call:
			if f := ix.Function(c.Name, c.Fallback); f != nil {
				if a.i < len(f.Params) && f.Params[a.i].ByRef || len(f.Params) > 0 && f.Params[len(f.Params)-1].Variadic && f.Params[len(f.Params)-1].ByRef {
					return nil, false
				}
			} else if c.Name == "" {
				return nil, false // $f($config): anything
			}
		case *ir.MethodCall:
			if c.Name == "" || byRef[strings.ToLower(c.Name)][a.i] || byRef[strings.ToLower(c.Name)][-1] {
				return nil, false
			}
		case *ir.StaticCall:
			if c.Name == "" || byRef[strings.ToLower(c.Name)][a.i] || byRef[strings.ToLower(c.Name)][-1] {
				return nil, false
			}
		case *ir.New:
			if byRef["__construct"][a.i] || byRef["__construct"][-1] {
				return nil, false
			}
		}
	}
	return w.src, true
}

// byRefParams indexes, once, the positions of by-reference parameters of
// the project's methods by lower-cased method name (-1: a variadic one).
func (ix *Index) byRefParams() map[string]map[int]bool {
	return ix.memo("byRefParams", func() any {
		out := map[string]map[int]bool{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				for _, m := range c.Methods {
					for i, p := range m.Params {
						if !p.ByRef {
							continue
						}
						k := strings.ToLower(m.Name)
						if out[k] == nil {
							out[k] = map[int]bool{}
						}
						if p.Variadic {
							i = -1
						}
						out[k][i] = true
					}
				}
			}
		}
		return out
	}).(map[string]map[int]bool)
}

// localWrites is what a function writes to its variables, gathered in
// one walk: rules and the simulation ask for every condition.
type localWrites struct {
	vars     map[string]*varWrites
	includes []int32 // lines of the includes (the file shares the scope)
	// dynamic: a write to a variable phpleak cannot name ($$name = …,
	// extract(), parse_str() without a result)
	dynamic bool
}

// varWrites counts the writes to one variable; src and line are the
// one `$name = src;` statement of the function's top-level body, if any;
// bad marks writes that are not assignments (foreach, unset, references,
// global, static, catch, built-ins that change it).
type varWrites struct {
	writes int
	bad    bool
	src    ir.Expr
	line   int32
	args   []argUse // calls the variable (or an element) is handed to
	// whole: what the last assignment assigns, when it is a plain `=` of
	// the whole variable, anywhere in the function (see onlyAssignment)
	whole ir.Expr
	// loop: the last foreach that binds the variable as its value (by
	// value); with writes 1, it is the variable's only write
	loop *ir.Loop
}

// argUse is a call and the position of an argument in it.
type argUse struct {
	call Node
	i    int
}

type localWritesKey struct{}

func localWritesOf(fn *ir.Func) *localWrites {
	return FuncMemo(fn, localWritesKey{}, func() *localWrites {
		lw := &localWrites{vars: map[string]*varWrites{}}
		get := func(name string) *varWrites {
			w := lw.vars[name]
			if w == nil {
				w = &varWrites{}
				lw.vars[name] = w
			}
			return w
		}
		bad := func(e ir.Expr) {
			if v := RootVar(e); v != "" {
				get(v).bad = true
			}
		}
		top := map[*ir.Assign]bool{}
		for _, st := range fn.Body {
			if es, ok := st.(*ir.ExprStmt); ok {
				if a, ok := es.X.(*ir.Assign); ok && a.Op == "=" && !a.ByRef {
					if _, whole := a.Dst.(*ir.Var); whole {
						top[a] = true
					}
				}
			}
		}
		passed := func(call Node, args []ir.Expr) {
			for i, a := range args {
				if v := RootVar(a); v != "" {
					get(v).args = append(get(v).args, argUse{call, i})
				}
			}
		}
		// (every kind the switch below reads)
		kinds := KCalls | KNew | KAssign | KLoop | KUnset | KGlobal | KStaticVar | KCatch | KOther | KClosure
		InspectFunc(fn, kinds, func(n Node, _ []Node) bool {
			switch n := n.(type) {
			case *ir.MethodCall:
				passed(n, n.Args)
			case *ir.StaticCall:
				passed(n, n.Args)
			case *ir.New:
				passed(n, n.Args)
			case *ir.Assign:
				if v, ok := n.Dst.(*ir.Var); ok && v.Name == "" {
					lw.dynamic = true
				}
				if v := RootVar(n.Dst); v != "" {
					w := get(v)
					w.writes++
					if top[n] {
						w.src, w.line = n.Src, n.P.Line
					}
					w.whole = nil
					if _, whole := n.Dst.(*ir.Var); whole && n.Op == "=" {
						w.whole = n.Src
					}
				}
				if n.ByRef {
					bad(n.Src)
				}
				if list, ok := n.Dst.(*ir.Array); ok {
					for _, it := range list.Items {
						bad(it.Value)
					}
				}
			case *ir.Loop:
				if n.Key != nil {
					bad(n.Key)
				}
				if v, ok := n.Value.(*ir.Var); ok && v.Name != "" && !n.ByRef {
					// foreach ($list as $v): a write, of an element
					w := get(v.Name)
					w.writes++
					w.loop = n
				} else if n.Value != nil {
					bad(n.Value)
				}
			case *ir.Unset:
				for _, t := range n.Targets {
					bad(t)
				}
			case *ir.Global:
				for _, g := range n.Names {
					get(g).bad = true
				}
			case *ir.StaticVar:
				get(n.Name).bad = true
			case *ir.Catch:
				if n.Var != "" {
					get(n.Var).bad = true
				}
			case *ir.Other:
				if (n.Op == "++" || n.Op == "list") && len(n.Args) > 0 {
					bad(n.Args[0])
				}
				if n.Op == "include" {
					lw.includes = append(lw.includes, n.P.Line)
				}
			case *ir.Closure:
				for _, u := range n.Func.Uses {
					if u.ByRef {
						get(u.Name).bad = true
					}
				}
				return false
			case *ir.Call:
				passed(n, n.Args)
				name := CallName(n)
				if name == "extract" || name == "parse_str" && len(n.Args) < 2 || name == "mb_parse_str" && len(n.Args) < 2 {
					lw.dynamic = true
				}
				if byRefBuiltin[name] && len(n.Args) > 0 {
					bad(n.Args[0])
				}
				if byRefOut[name] {
					for _, a := range n.Args {
						bad(a)
					}
				}
			}
			return true
		})
		return lw
	})
}

// AssignsVar reports whether fn writes variable name anywhere.
func AssignsVar(fn *ir.Func, name string) bool { return assignsVar(fn, name) }

// ForeachOnly returns the foreach loop that binds variable name as its
// value (by value), when that binding is the variable's only write in
// fn; nil otherwise.
func ForeachOnly(fn *ir.Func, name string) *ir.Loop {
	lw := localWritesOf(fn)
	w := lw.vars[name]
	if lw.dynamic || w == nil || w.bad || w.writes != 1 {
		return nil
	}
	return w.loop
}

// assignsVar reports whether fn writes variable name anywhere.
func assignsVar(fn *ir.Func, name string) bool {
	w := localWritesOf(fn).vars[name]
	return w != nil && (w.writes > 0 || w.bad)
}

// byRefBuiltin are built-in functions that change the array given first.
var byRefBuiltin = map[string]bool{
	"array_push": true, "array_pop": true, "array_shift": true, "array_unshift": true,
	"array_splice": true, "array_walk": true, "array_walk_recursive": true,
	"sort": true, "rsort": true, "usort": true, "uasort": true, "uksort": true,
	"ksort": true, "krsort": true, "asort": true, "arsort": true, "natsort": true,
	"natcasesort": true, "shuffle": true, "settype": true, "array_multisort": true,
	"end": true, "reset": true, "next": true, "prev": true,
}

// byRefOut are built-in functions that write a later argument.
var byRefOut = map[string]bool{
	"preg_match": true, "preg_match_all": true, "parse_str": true, "extract": true,
	"mb_parse_str": true, "str_replace": true, "str_ireplace": true, "preg_replace": true,
	"preg_replace_callback": true, "exec": true, "similar_text": true, "openssl_sign": true,
}

// globalNames are the variables some code reaches as globals: named in
// a `global` statement or as $GLOBALS['name'].
func (ix *Index) globalNames() map[string]bool { return ix.scan().globals }

// globalNamesCollector is globalNames' part of the project scan.
func globalNamesCollector(s *projectScan) collector {
	out := map[string]bool{}
	return collector{
		kinds: KGlobal | KDim,
		node: func(_ *ir.Func, n Node) {
			switch n := n.(type) {
			case *ir.Global:
				for _, g := range n.Names {
					out[g] = true
				}
			case *ir.Dim:
				if v, ok := n.Base.(*ir.Var); ok && v.Name == "GLOBALS" {
					if k, ok := n.Key.(*ir.Lit); ok && k.Kind == ir.LitString {
						out[k.Value] = true
					} else {
						out["*"] = true
					}
				}
			}
		},
		done: func() {
			if out["*"] {
				// $GLOBALS[$name]: any global
				out = map[string]bool{"*": true}
			}
			s.globals = out
		},
	}
}

// paramValues is the union of what every call of fn (a function or a
// static method nothing calls by a name phpleak cannot see) passes as
// parameter i, or its default when a call passes none.
func (ix *Index) paramValues(fn *ir.Func, i int, depth int) []Const {
	// (asked for every condition on the parameter, by rules and the
	// simulation alike: once per function, parameter and depth)
	return FuncMemo(fn, paramValuesKey{i, depth}, func() []Const { return ix.findParamValues(fn, i, depth) })
}

type paramValuesKey struct{ i, depth int }

func (ix *Index) findParamValues(fn *ir.Func, i int, depth int) []Const {
	if fn.Kind == ir.FuncMethod && !fn.Static {
		return ix.methodParamValues(fn, i, depth)
	}
	if fn.Kind != ir.FuncFunction && !(fn.Kind == ir.FuncMethod && fn.Static) {
		return nil
	}
	target := strings.ToLower(fn.Name)
	if fn.Kind == ir.FuncMethod && fn.Class != nil {
		target = strings.ToLower(fn.Class.Name + "::" + fn.Name)
	}
	if ix.calledByString(fn) {
		return nil
	}
	calls := ix.staticCalls()[target]
	if len(calls) == 0 {
		return nil
	}
	return ix.argValues(fn, i, depth, calls, nil)
}

// argValues is the union of what the calls pass fn for parameter i (its
// default where a call leaves it out), skipping the calls skip rejects;
// nil (unknown) when one call's value is unknown, spread, or the union
// grows past maxConsts.
func (ix *Index) argValues(fn *ir.Func, i, depth int, calls []callAt, skip func(callAt) bool) []Const {
	var out []Const
	for _, c := range calls {
		if skip != nil && skip(c) {
			continue
		}
		var vs []Const
		switch {
		case spreads(c.args, i):
			return nil
		case i < len(c.args):
			vs = ix.constValues(c.fn, c.args[i], nil, depth)
		case fn.Params[i].Default != nil:
			vs = ix.constValues(fn, fn.Params[i].Default, nil, depth)
		}
		if vs == nil {
			return nil
		}
		out = append(out, vs...)
		if len(out) > maxConsts {
			return nil
		}
	}
	return out
}

// methodParamValues is paramValues for a method called on objects: the
// union over every call of a method of that name in the project, on any
// receiver (more calls than reach fn, never fewer), leaving out calls
// written in methods nothing calls. Unknown when code phpleak does not
// see may call it: its class has a parent or interface outside the
// project, a string names it (a callable), a call takes it as a
// first-class callable, or some call's method name is computed.
func (ix *Index) methodParamValues(fn *ir.Func, i int, depth int) []Const {
	name := strings.ToLower(fn.Name)
	if fn.Class == nil || strings.HasPrefix(name, "__") || !ix.insideProject(fn.Class.Name) {
		return nil
	}
	called := ix.calledNames()
	if called.strs[name] || called.anyIn[strings.ToLower(fn.Class.Name)] {
		return nil
	}
	for _, p := range called.prefixes {
		if strings.HasPrefix(name, p) {
			return nil
		}
	}
	mc := ix.methodCalls()
	if mc.dynamic || mc.firstClass[name] || len(mc.byName[name]) == 0 {
		return nil
	}
	// (a caller nothing calls passes nothing)
	return nonEmpty(ix.argValues(fn, i, depth, mc.byName[name], func(c callAt) bool { return ix.NeverCalled(c.fn) }))
}

// methodCallIndex is every call of a method by lower-cased name: on an
// object, or Class::name() (parent::, self::); which names are taken as
// first-class callables ($h->handle(...)); and whether some call's name
// is computed with no literal start ($h->$m()).
type methodCallIndex struct {
	byName     map[string][]callAt
	firstClass map[string]bool
	dynamic    bool
}

func (ix *Index) methodCalls() methodCallIndex { return ix.scan().methodCalls }

// methodCallsCollector is methodCalls' part of the project scan.
func methodCallsCollector(s *projectScan) collector {
	out := methodCallIndex{byName: map[string][]callAt{}, firstClass: map[string]bool{}}
	lower := lowercase.Names{}
	return collector{
		kinds: KMethodCall | KStaticCall,
		node: func(fn *ir.Func, n Node) {
			switch c := n.(type) {
			case *ir.MethodCall:
				if c.NameExpr != nil && dynamicPrefix(c.NameExpr) == "" {
					out.dynamic = true
				}
				k := lower.Lower(c.Name)
				if c.FirstClass {
					out.firstClass[k] = true
				}
				out.byName[k] = append(out.byName[k], callAt{c.Args, fn})
			case *ir.StaticCall:
				k := lower.Lower(c.Name)
				if c.FirstClass {
					out.firstClass[k] = true
				}
				out.byName[k] = append(out.byName[k], callAt{c.Args, fn})
			}
		},
		done: func() { s.methodCalls = out },
	}
}

// MethodCallArgs lists, for every call in the project of a method named
// name (on any object, or Class::name()), its arguments and the function
// it is made in: what a method is handed, before the calls are resolved
// to their targets.
func (ix *Index) MethodCallArgs(name string) (args [][]ir.Expr, in []*ir.Func) {
	for _, c := range lowercase.Get(ix.methodCalls().byName, name) {
		args, in = append(args, c.args), append(in, c.fn)
	}
	return args, in
}

// insideProject reports whether class and all its parents and
// interfaces are the project's own: code outside it (a framework)
// calls none of its methods through a type it knows.
func (ix *Index) insideProject(class string) bool {
	seen := map[string]bool{}
	var inside func(name string) bool
	inside = func(name string) bool {
		k := strings.ToLower(name)
		if seen[k] {
			return true
		}
		seen[k] = true
		c := ix.Class(name)
		if c == nil {
			return false
		}
		for _, i := range c.Interfaces {
			if !inside(i) {
				return false
			}
		}
		return c.Parent == "" || inside(c.Parent)
	}
	return inside(class)
}

// calledByString reports whether a string in the project may name fn
// (a callable: 'helper', 'Tools::helper').
func (ix *Index) calledByString(fn *ir.Func) bool {
	return lowercase.Get(ix.calledNames().strs, lastSegment(fn.Name))
}

// spreads reports whether a call's arguments up to i hold an unpack.
func spreads(args []ir.Expr, i int) bool {
	for _, a := range args[:min(i+1, len(args))] {
		if o, ok := a.(*ir.Other); ok && o.Op == "..." {
			return true
		}
	}
	return false
}

// includedFile is the project file an include of path, written in fn,
// runs: a literal path after __DIR__; nil for any other.
func (ix *Index) includedFile(fn *ir.Func, e ir.Expr) *ir.File {
	if fn.File == nil {
		return nil
	}
	// (a bare relative path is looked up in the include path and the
	// current folder first: not surely the file beside this one)
	rel := ""
	if o, ok := e.(*ir.Other); ok && o.Op == "." && len(o.Args) == 2 && dirConst(o.Args[0]) {
		if l, ok := o.Args[1].(*ir.Lit); ok && l.Kind == ir.LitString && strings.HasPrefix(l.Value, "/") {
			rel = strings.TrimPrefix(l.Value, "/")
		}
	}
	if rel == "" {
		return nil
	}
	want := path.Clean(path.Join(path.Dir(fn.File.Path), rel))
	byPath := ix.memo("filesByPath", func() any {
		out := map[string]*ir.File{}
		for _, f := range ix.files {
			out[f.Path] = f
		}
		return out
	}).(map[string]*ir.File)
	return byPath[want]
}

// IncludedClosure is the closure the project file that e (an include or
// require written in fn, of a literal path after __DIR__) returns, as a
// configuration file does (return static function (array $config) {
// … };); nil for any other.
func (ix *Index) IncludedClosure(fn *ir.Func, e ir.Expr) *ir.Func {
	o, ok := e.(*ir.Other)
	if !ok || o.Op != "include" && o.Op != "include_once" || len(o.Args) != 1 {
		return nil
	}
	f := ix.includedFile(fn, o.Args[0])
	if f == nil {
		return nil
	}
	return FileClosure(f.Main)
}

// FileClosure is the closure the top level of a file returns, when its
// one return statement returns a closure written there (a configuration
// file's return static function (…) { … };); nil otherwise.
func FileClosure(main *ir.Func) *ir.Func {
	if main == nil {
		return nil
	}
	var out *ir.Func
	for _, st := range main.Body {
		if r, ok := st.(*ir.Return); ok {
			cl, ok := r.X.(*ir.Closure)
			if !ok || out != nil {
				return nil
			}
			out = cl.Func
		}
	}
	return out
}

// dirConst matches __DIR__ and dirname(__FILE__).
func dirConst(e ir.Expr) bool {
	if l, ok := e.(*ir.Lit); ok && l.Kind == ir.LitMagic && strings.EqualFold(l.Value, "__DIR__") {
		return true
	}
	if c, ok := e.(*ir.Call); ok && CallName(c) == "dirname" && len(c.Args) == 1 {
		l, ok := c.Args[0].(*ir.Lit)
		return ok && l.Kind == ir.LitMagic && strings.EqualFold(l.Value, "__FILE__")
	}
	return false
}

// returnedValues is what including f gives: the value of its body's one
// return, a top-level `return <expr>;` (a configuration file).
func (ix *Index) returnedValues(f *ir.File, depth int) []Const {
	if f.Main == nil {
		return nil
	}
	var ret *ir.Return
	n := 0
	Inspect(f.Main.Body, func(x Node, _ []Node) bool {
		if r, ok := x.(*ir.Return); ok {
			n++
			ret = r
		}
		_, isClosure := x.(*ir.Closure)
		return !isClosure
	})
	if n != 1 || ret.X == nil || len(f.Main.Body) == 0 || f.Main.Body[len(f.Main.Body)-1] != ret {
		return nil
	}
	return ix.constValues(f.Main, ret.X, nil, depth)
}

// PropertyValues lists the values property name of class may hold on
// any object, each known whatever runs; nil when unknown. The property is
// written only at construction: a promoted constructor parameter, a
// declared default, or one top-level `$this->name = …;` of the
// constructor, evaluated for the arguments of every `new` of the class
// in the project (there must be one). The class has no subclass, and no
// other code writes the property (a setter nothing calls aside).
func (ix *Index) PropertyValues(class, name string) []Const {
	key := "propvals\x00" + strings.ToLower(class) + "\x00" + name
	return ix.memo(key, func() any { return ix.propertyValues(class, name, 2) }).([]Const)
}

// propertyValuesAt is PropertyValues with depth bounding the calls and
// `new`s followed: memoized per depth, so a property read while its own
// values are worked out (at a smaller depth) never waits for itself.
func (ix *Index) propertyValuesAt(class, name string, depth int) []Const {
	if depth >= 2 {
		return ix.PropertyValues(class, name)
	}
	key := "propvals\x00" + strings.ToLower(class) + "\x00" + name + "\x00" + strconv.Itoa(depth)
	return ix.memo(key, func() any { return ix.propertyValues(class, name, depth) }).([]Const)
}

func (ix *Index) propertyValues(class, name string, depth int) []Const {
	c := ix.Class(class)
	if c == nil || c.Kind != ir.KindClass || ix.hasSubclass(c.Name) || ix.assignedProps().setOutside(name) {
		return nil
	}
	if lowercase.Get(ix.namedByString(), c.Name) {
		return nil // X::class handed to a container or factory: made with what it passes
	}
	ctor := ix.Method(c.Name, "__construct")
	var init *ir.Assign
	for _, lc := range ix.Lineage(c.Name) {
		for _, m := range lc.Methods {
			n := propWrites(m, name)
			switch {
			case n == 0:
			case m == ctor && n == 1 && init == nil:
				if init = topLevelInit(m, name); init == nil {
					return nil
				}
			case m != ctor && ix.NeverCalled(m):
			default:
				return nil
			}
		}
	}
	news := lowercase.Get(ix.news(), c.Name)
	for _, at := range ix.news()["static"] {
		// new static(…) in a method of the class: a `new` of it too
		if tc := at.fn.Class; tc != nil && slices.ContainsFunc(ix.Lineage(c.Name), func(lc *ir.Class) bool { return lc == tc }) {
			return nil
		}
	}
	var out []Const
	add := func(vs []Const) bool {
		if vs == nil || len(out)+len(vs) > maxConsts {
			return false
		}
		out = append(out, vs...)
		return true
	}
	param := -1
	if ctor != nil && init == nil {
		for i, p := range ctor.Params {
			if p.Name == name && p.Promoted {
				param = i
			}
		}
	}
	switch {
	case init != nil || param >= 0:
		if len(news) == 0 || ctor == nil {
			return nil // made by code phpleak does not see (a container)
		}
		for _, at := range news {
			env, ok := ix.bindParams(ctor, at, depth)
			if !ok {
				return nil
			}
			var vs []Const
			if init != nil {
				vs = ix.constValues(ctor, init.Src, env, depth)
			} else {
				vs = env[name]
			}
			if !add(vs) {
				return nil
			}
		}
	default:
		p := ix.Property(c.Name, name)
		if p == nil || p.Promoted || p.Static {
			return nil
		}
		if p.Default == nil {
			if typedNonNullable(p.Types) {
				return nil // uninitialised, not null
			}
			return []Const{{Kind: ConstNull}}
		}
		return ix.constValues(ctor, p.Default, nil, depth)
	}
	return out
}

// bindParams binds the parameters of ctor to what a `new` passes, or
// their defaults; a parameter with neither stays unknown (nil).
func (ix *Index) bindParams(ctor *ir.Func, at newAt, depth int) (map[string][]Const, bool) {
	if spreads(at.n.Args, len(at.n.Args)) {
		return nil, false
	}
	env := map[string][]Const{}
	for i, p := range ctor.Params {
		switch {
		case p.Variadic:
		case i < len(at.n.Args):
			env[p.Name] = ix.constValues(at.fn, at.n.Args[i], nil, depth)
		case p.Default != nil:
			env[p.Name] = ix.constValues(ctor, p.Default, nil, depth)
		}
	}
	return env, true
}

// propWrites counts the writes to $this->name in fn and the closures
// written in it: assignments (to it or an element), ++, unset, a
// reference taken, a foreach into it, a built-in that changes it.
func propWrites(fn *ir.Func, name string) int {
	isIt := func(e ir.Expr) bool {
		// ($this->{$key} = $value: any property, this one too)
		p, ok := RootOfDims(e).(*ir.Prop)
		return ok && (p.Name == name || p.Name == "") && IsThis(p.Obj)
	}
	n := 0
	var walk func(body []ir.Stmt)
	walk = func(body []ir.Stmt) {
		Inspect(body, func(x Node, _ []Node) bool {
			switch x := x.(type) {
			case *ir.Assign:
				if isIt(x.Dst) || x.ByRef && isIt(x.Src) {
					n++
				}
			case *ir.Unset:
				for _, t := range x.Targets {
					if isIt(t) {
						n++
					}
				}
			case *ir.Loop:
				if x.Value != nil && isIt(x.Value) || x.Key != nil && isIt(x.Key) || x.ByRef && x.Iter != nil && isIt(x.Iter) {
					n++
				}
			case *ir.Other:
				if (x.Op == "++" || x.Op == "list") && len(x.Args) > 0 && isIt(x.Args[0]) {
					n++
				}
			case *ir.Call:
				if byRefBuiltin[CallName(x)] && len(x.Args) > 0 && isIt(x.Args[0]) {
					n++
				}
			case *ir.Closure:
				walk(x.Func.Body)
				return false
			}
			return true
		})
	}
	walk(fn.Body)
	return n
}

// topLevelInit is ctor's `$this->name = …;` when it is a statement of
// the constructor's own body with no return before it.
func topLevelInit(ctor *ir.Func, name string) *ir.Assign {
	for _, s := range ctor.Body {
		if r, ok := s.(*ir.Return); ok && r != nil {
			return nil
		}
		hasReturn := false
		Inspect([]ir.Stmt{s}, func(x Node, _ []Node) bool {
			_, isRet := x.(*ir.Return)
			hasReturn = hasReturn || isRet
			return !hasReturn
		})
		es, ok := s.(*ir.ExprStmt)
		if !ok {
			if hasReturn {
				return nil // if (…) return; before the write
			}
			continue
		}
		a, ok := es.X.(*ir.Assign)
		if !ok || a.Op != "=" || a.ByRef {
			continue
		}
		if p, ok := a.Dst.(*ir.Prop); ok && p.Name == name && IsThis(p.Obj) {
			return a
		}
	}
	return nil
}

// NeverHolds reports whether cond, a branch condition in fn (c: the class
// of $this, nil outside one), cannot hold in the worker: it requires a
// setting nobody sets (RequiredSet and FalsySetting: `$this->max > 0 &&
// …` with max 0 on every object), or it waits for a size to reach a
// limit no size reaches (`count($this->batch) >= $this->maxBatch` with
// maxBatch PHP_INT_MAX on every object). Conditions it cannot decide
// may hold. A predicate of $this's class whose body is one return
// (if ($this->readyToFlush())) is judged by what it returns.
func (ix *Index) NeverHolds(fn *ir.Func, c *ir.Class, cond ir.Expr) bool {
	return ix.neverHolds(fn, c, cond, 0)
}

func (ix *Index) neverHolds(fn *ir.Func, c *ir.Class, cond ir.Expr, depth int) bool {
	if mc, ok := cond.(*ir.MethodCall); ok && c != nil && !fn.Static && IsThis(mc.Recv) && mc.Name != "" && len(mc.Args) == 0 && depth < 3 {
		if m := ix.Method(c.Name, mc.Name); m != nil && !m.Static && len(m.Body) == 1 {
			if r, ok := m.Body[0].(*ir.Return); ok && r.X != nil {
				return ix.neverHolds(m, c, r.X, depth+1)
			}
		}
		return false
	}
	if c != nil && !fn.Static {
		for _, e := range RequiredSet(cond) {
			if ix.FalsySetting(fn, c, e) {
				return true
			}
		}
	}
	o, ok := cond.(*ir.Other)
	if !ok || len(o.Args) != 2 {
		return false
	}
	switch o.Op {
	case "&&", "and":
		return ix.neverHolds(fn, c, o.Args[0], depth) || ix.neverHolds(fn, c, o.Args[1], depth)
	case "||", "or":
		return ix.neverHolds(fn, c, o.Args[0], depth) && ix.neverHolds(fn, c, o.Args[1], depth)
	case ">=", ">":
		if sizeExpr(o.Args[0]) && Unreachable(ix.settingValues(fn, c, o.Args[1], 2)) {
			return true
		}
	case "<=", "<":
		if sizeExpr(o.Args[1]) && Unreachable(ix.settingValues(fn, c, o.Args[0], 2)) {
			return true
		}
	case "===":
		// count($this->rows) === $this->batchSize, where every object
		// is made with a batch size read from the environment or a
		// configuration as a string ('25'): a size is an int, and ===
		// never holds between an int and a string
		for i := range 2 {
			if !sizeExpr(o.Args[i]) {
				continue
			}
			vs := ix.settingValues(fn, c, o.Args[1-i], 2)
			if len(vs) > 0 && !slices.ContainsFunc(vs, func(v Const) bool { return v.Kind == ConstInt }) {
				return true
			}
		}
	}
	switch o.Op {
	case "===", "!==", "==", "!=", "<", "<=", ">", ">=":
		// $record->level >= $this->activationLevel, where every record
		// is made with level 200 and the handler with 400
		ls := ix.settingValues(fn, c, o.Args[0], 2)
		if ls == nil {
			return false
		}
		rs := ix.settingValues(fn, c, o.Args[1], 2)
		if rs == nil {
			return false
		}
		for _, l := range ls {
			for _, r := range rs {
				if holds, known := compareConst(o.Op, l, r); !known || holds {
					return false
				}
			}
		}
		return true
	}
	return false
}

// CompareConst is compareConst, for rules.
func CompareConst(op string, l, r Const) (holds, known bool) { return compareConst(op, l, r) }

// compareConst is PHP 8's l op r for scalars; known is false for arrays
// and for mixes it does not model.
func compareConst(op string, l, r Const) (holds, known bool) {
	scalar := func(c Const) bool { return c.Kind >= ConstNull && c.Kind <= ConstString }
	if !scalar(l) || !scalar(r) {
		return false, false
	}
	switch op {
	case "===", "!==":
		same := l.Kind == r.Kind && l.B == r.B && l.I == r.I && l.F == r.F && l.S == r.S
		return same == (op == "==="), true
	}
	cmp, ok := looseCompare(l, r)
	if !ok {
		return false, false
	}
	switch op {
	case "==":
		return cmp == 0, true
	case "!=":
		return cmp != 0, true
	case "<":
		return cmp < 0, true
	case "<=":
		return cmp <= 0, true
	case ">":
		return cmp > 0, true
	case ">=":
		return cmp >= 0, true
	}
	return false, false
}

// looseCompare is PHP 8's <=> for two scalars: with a bool or null, as
// booleans (null and a string: as strings); two numbers or numeric
// strings, as numbers; otherwise as strings.
func looseCompare(l, r Const) (int, bool) {
	sign := func(d float64) int {
		switch {
		case d < 0:
			return -1
		case d > 0:
			return 1
		}
		return 0
	}
	if l.Kind == ConstNull && r.Kind == ConstString || l.Kind == ConstString && r.Kind == ConstNull {
		return strings.Compare(l.S, r.S), true
	}
	if l.Kind == ConstBool || r.Kind == ConstBool || l.Kind == ConstNull || r.Kind == ConstNull {
		lb, _ := l.Truthy()
		rb, _ := r.Truthy()
		return sign(float64(b2i(lb) - b2i(rb))), true
	}
	ln, lnum := number(l)
	rn, rnum := number(r)
	switch {
	case lnum && rnum:
		if l.Kind == ConstInt && r.Kind == ConstInt {
			return sign(float64(cmpInt(l.I, r.I))), true
		}
		return sign(ln - rn), true
	case l.Kind == ConstString && r.Kind == ConstString:
		return strings.Compare(l.S, r.S), true
	}
	return 0, false // a number and a non-numeric string: not modelled
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

func cmpInt(a, b int64) int {
	switch {
	case a < b:
		return -1
	case a > b:
		return 1
	}
	return 0
}

// number reads an int, a float or a numeric string as a number.
func number(c Const) (float64, bool) {
	switch c.Kind {
	case ConstInt:
		return float64(c.I), true
	case ConstFloat:
		return c.F, true
	case ConstString:
		s := strings.TrimSpace(c.S)
		if f, err := strconv.ParseFloat(s, 64); err == nil && s != "" && !strings.ContainsAny(s, "xXnNiI_") {
			return f, true
		}
	}
	return 0, false
}

// sizeExpr reports whether e measures a size: count(), sizeof(),
// iterator_count(), strlen(), mb_strlen(), or ->count().
func sizeExpr(e ir.Expr) bool {
	switch e := e.(type) {
	case *ir.Call:
		switch CallName(e) {
		case "count", "sizeof", "iterator_count", "strlen", "mb_strlen":
			return true
		}
	case *ir.MethodCall:
		return strings.EqualFold(e.Name, "count") && len(e.Args) == 0
	}
	return false
}

// settingValues is what e, read in fn, holds whatever runs: a property of
// $this (PropertyValues), a local assigned one once, or a value
// ConstValues knows.
func (ix *Index) settingValues(fn *ir.Func, c *ir.Class, e ir.Expr, depth int) []Const {
	switch e := e.(type) {
	case *ir.Prop:
		if e.Name == "" {
			return nil
		}
		if c != nil && !fn.Static && IsThis(e.Obj) {
			return ix.PropertyValues(c.Name, e.Name)
		}
		// $this->policy->flushThreshold, $this->policy declared as one
		// class
		if o, ok := e.Obj.(*ir.Prop); ok && c != nil && !fn.Static && IsThis(o.Obj) && o.Name != "" {
			// (in a trait, declared by each class that uses it)
			holders := []*ir.Class{c}
			if c.Kind == ir.KindTrait && ix.Property(c.Name, o.Name) == nil {
				holders = ix.TraitUsers(c.Name)
			}
			var out []Const
			for _, h := range holders {
				p := ix.Property(h.Name, o.Name)
				if p == nil || len(p.Types) != 1 {
					return nil
				}
				vs := ix.PropertyValues(p.Types[0], e.Name)
				if vs == nil {
					return nil
				}
				out = append(out, vs...)
			}
			return out
		}
		// $record->level, $record a parameter declared as one class
		if v, ok := e.Obj.(*ir.Var); ok && v.Name != "this" && !assignsVar(fn, v.Name) {
			for _, p := range fn.Params {
				if p.Name == v.Name && !p.ByRef && !p.Variadic && len(p.Types) == 1 {
					return ix.PropertyValues(p.Types[0], e.Name)
				}
			}
		}
		return nil
	case *ir.Var:
		if depth == 0 || e.Name == "" || e.Name == "this" || slices.ContainsFunc(fn.Params, func(p *ir.Param) bool { return p.Name == e.Name }) {
			break
		}
		if src, ok := ix.onlyStatementAssignment(fn, e.Name, e.P); ok {
			return ix.settingValues(fn, c, src, depth-1)
		}
		return nil
	}
	return ix.ConstValues(fn, e)
}

// namedByString indexes, once, the lower-cased classes the project names
// as a value: X::class, or a string spelling a class's name. A container,
// a factory or a serializer may make objects of such a class with
// arguments no `new` shows.
func (ix *Index) namedByString() map[string]bool { return ix.scan().named }

// namedCollector is namedByString's part of the project scan.
func (ix *Index) namedCollector(s *projectScan) collector {
	out := map[string]bool{}
	factories, resolved := map[string]bool{}, map[string]bool{}
	byFactory := map[ir.Expr]bool{}
	note := func(e ir.Expr) {
		switch e := e.(type) {
		case *ir.ClassConst:
			if strings.EqualFold(e.Name, "class") && e.Class != "" {
				lowercase.Add(out, strings.TrimPrefix(e.Class, `\`))
			}
		case *ir.Lit:
			if e.Kind == ir.LitString && len(e.Value) < 200 && callableText(e.Value) {
				v := strings.TrimPrefix(e.Value, `\`)
				if lowercase.Get(ix.classes, v) != nil {
					lowercase.Add(out, v)
				}
			}
		}
	}
	return collector{
		kinds: KMethodCall | KClassConst | KLit,
		file: func(f *ir.File) {
			for _, c := range f.Classes {
				Inspect(ClassInitializers(c), func(n Node, _ []Node) bool {
					if e, ok := n.(ir.Expr); ok {
						note(e)
					}
					return true
				})
			}
		},
		node: func(_ *ir.Func, n Node) {
			// singleton(X::class, fn () => new X(…)): the
			// container makes X with that factory's arguments;
			// make(X::class) then runs the factory
			if mc, ok := n.(*ir.MethodCall); ok && len(mc.Args) >= 1 {
				if cc, ok := mc.Args[0].(*ir.ClassConst); ok && strings.EqualFold(cc.Name, "class") {
					k := strings.ToLower(strings.TrimPrefix(cc.Class, `\`))
					switch {
					case len(mc.Args) >= 2 && factoryOf(mc.Args[1], cc.Class):
						factories[k] = true
						byFactory[cc] = true
					case len(mc.Args) == 1 && resolvers[strings.ToLower(mc.Name)]:
						byFactory[cc] = true
						resolved[k] = true
					}
				}
			}
			if e, ok := n.(ir.Expr); ok && !byFactory[e] {
				note(e)
			}
		},
		done: func() {
			// resolved by name but never bound to a factory: made by
			// autowiring, with arguments no `new` shows
			for k := range resolved {
				if !factories[k] && ix.classes[k] != nil {
					out[k] = true
				}
			}
			s.named = out
		},
	}
}

// resolvers are the container methods that return the service a class
// name is bound to.
var resolvers = map[string]bool{"make": true, "get": true, "resolve": true, "makewith": true}

// factoryOf reports whether e is a closure or arrow function whose body
// is one `return new class(…)`.
func factoryOf(e ir.Expr, class string) bool {
	c, ok := e.(*ir.Closure)
	if !ok || c.Func == nil || len(c.Func.Body) != 1 {
		return false
	}
	r, ok := c.Func.Body[0].(*ir.Return)
	if !ok {
		return false
	}
	nw, ok := r.X.(*ir.New)
	return ok && strings.EqualFold(strings.TrimPrefix(nw.Class, `\`), strings.TrimPrefix(class, `\`))
}

// ClassInitializers are the expressions of a class's property defaults
// and constants, as statements to walk.
func ClassInitializers(c *ir.Class) []ir.Stmt {
	var vals []ir.Stmt
	for _, p := range c.Props {
		if p.Default != nil {
			vals = append(vals, &ir.ExprStmt{X: p.Default})
		}
	}
	for _, k := range c.Consts {
		vals = append(vals, &ir.ExprStmt{X: k.Value})
	}
	return vals
}

// DynamicNewClass names, for `new $class(args)` whose class the code
// does not spell, a class that could be made there when every class the
// project names by a string (X::class, 'X') that could be runs the same
// constructor: concrete classes whose constructor takes at least the
// arguments given, each object argument of a class its parameter accepts
// (argClasses, "" for an argument that is no object of a known class).
// It is the first such class in name order; "" when there is none or
// their constructors differ.
//
// The answer depends on the argument classes alone, and the simulation
// asks it at every run of a `new $class(…)`: it is kept per list of
// argument classes, not found again by a scan of every class named.
func (ix *Index) DynamicNewClass(argClasses []string) string {
	key := strconv.Itoa(len(argClasses)) + "\x00" + strings.Join(argClasses, "\x00")
	return ix.dynNew.Get(key, func() string { return ix.dynamicNewClass(argClasses) })
}

func (ix *Index) dynamicNewClass(argClasses []string) string {
	class, ctor := "", (*ir.Func)(nil)
	for _, k := range slices.Sorted(maps.Keys(ix.namedByString())) {
		c := ix.classes[k]
		if c == nil || c.Kind != ir.KindClass || c.Abstract {
			continue
		}
		m := ix.Method(c.Name, "__construct")
		if m == nil || len(m.Params) < len(argClasses) {
			continue
		}
		fits, typed := true, false
		for i, ac := range argClasses {
			p := m.Params[i]
			if ac == "" || len(p.Types) != 1 {
				continue
			}
			if ix.classes[strings.ToLower(strings.TrimPrefix(p.Types[0], `\`))] == nil && ix.Class(p.Types[0]) == nil {
				continue // a built-in or scalar type
			}
			typed = true
			if !strings.EqualFold(ac, p.Types[0]) && !ix.Implements(ac, p.Types[0]) {
				fits = false
			}
		}
		if !fits || !typed {
			continue
		}
		if ctor != nil && ctor != m {
			return ""
		}
		if ctor == nil {
			class, ctor = c.Name, m
		}
	}
	return class
}
