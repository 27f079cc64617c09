package rules

// Key domains: what the keys of a long-lived array range over. A key from
// a small fixed set (constants, enum cases, class names, a constant list,
// a value checked against one) keeps the array small however many
// requests run; a key from request data (ids, time, randomness, request
// and message payloads, strings built from them) makes a new entry per
// request. The growth rules ask boundedKey first (fixed: no growth) and
// rate the rest with keyConf. Both follow a value through assignments,
// parameters (every resolved call site, across files), the returns of
// project functions and methods, lookups in constant arrays, casts,
// string building and interpolation.

import (
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// keyConf is keyConfidence, and for a key that is a plain parameter, what
// the callers pass for it: "{$type}.{$id}" from every caller varies as
// much as an id, wherever it is used as a key.
func (r *resolver) keyConf(fn *ir.Func, k ir.Expr) analyzer.Confidence {
	c := keyConfidence(fn, k, 0)
	v, ok := k.(*ir.Var)
	if !ok || c != analyzer.Low {
		return c
	}
	for i, p := range fn.Params {
		if p.Name != v.Name {
			continue
		}
		sites, _ := r.callSites()
		best := analyzer.Confidence("")
		for _, s := range sites[fn] {
			if i >= len(s.args) {
				return c
			}
			sc := keyConfidence(s.caller, s.args[i], 1)
			if best == "" || sc.Rank() < best.Rank() {
				best = sc // the weakest caller decides
			}
		}
		if best != "" {
			return best
		}
	}
	return c
}

// keyConfidence rates how surely a key differs between calls: ids,
// hashes, object ids, time and randomness surely do (high); a plain
// parameter (a class name, a locale, a block type) is usually from a
// bounded set (low).
func keyConfidence(fn *ir.Func, k ir.Expr, depth int) analyzer.Confidence {
	switch k := k.(type) {
	case *ir.Call:
		switch analyzer.CallName(k) {
		case "spl_object_id", "spl_object_hash", "uniqid", "microtime", "hrtime", "time",
			"random_int", "mt_rand", "rand", "random_bytes", "bin2hex", "md5", "sha1", "hash", "crc32":
			return analyzer.High
		}
	case *ir.MethodCall:
		if idName(k.Name) {
			return analyzer.High
		}
	case *ir.Prop:
		if idName(k.Name) {
			return analyzer.High
		}
	case *ir.Dim:
		if lit, ok := k.Key.(*ir.Lit); ok && idName(lit.Value) {
			return analyzer.High
		}
		if base, ok := k.Base.(*ir.Var); ok && openDomain(base.Name) {
			return analyzer.Medium // $request['path'], $params['q']: data from outside
		}
	case *ir.Var:
		if idName(k.Name) {
			return analyzer.High
		}
		// a local: as varying as what it is assigned
		best := analyzer.Low
		if openDomain(k.Name) {
			best = analyzer.Medium
		}
		if depth < 3 && fn != nil {
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*ir.Assign); ok {
					if v, ok := a.Dst.(*ir.Var); ok && v.Name == k.Name {
						if c := keyConfidence(fn, a.Src, depth+1); c.Rank() > best.Rank() {
							best = c
						}
					}
				}
				return true
			})
		}
		return best
	case *ir.Other:
		// "user:" . $id and "{$prefix}{$id}" vary as much as their parts
		best := analyzer.Low
		for _, a := range k.Args {
			if c := keyConfidence(fn, a, depth+1); c.Rank() > best.Rank() {
				best = c
			}
		}
		return best
	}
	return analyzer.Low
}

// idName matches names of identifiers: id, userId, request_id, uuid,
// getId, token, nonce.
func idName(name string) bool {
	n := strings.ToLower(name)
	n = strings.TrimPrefix(n, "get")
	return n == "id" || strings.HasSuffix(n, "_id") || strings.HasSuffix(name, "Id") || strings.HasSuffix(name, "ID") ||
		strings.Contains(n, "uuid") || strings.Contains(n, "token") || strings.Contains(n, "nonce")
}

// openDomainWords name values that come from users or the outside world
// and so have no small fixed set: a cache keyed by them grows.
var openDomainWords = []string{"ip", "url", "uri", "email", "query", "sql", "value", "input", "text",
	"message", "body", "content", "slug", "search", "term", "address", "user", "session", "request", "args",
	"params", "payload", "agent", "phone"}

// openDomain reports whether a variable name suggests an unbounded set of
// values.
func openDomain(name string) bool {
	for _, part := range nameWords(name) {
		for _, w := range openDomainWords {
			if part == w || part == w+"s" {
				return true
			}
		}
	}
	return false
}

// nameWords splits an identifier into lower-case words at underscores and
// camelCase boundaries: "clientIp" and "client_ip" both give [client ip].
func nameWords(name string) []string {
	var words []string
	var cur []rune
	flush := func() {
		if len(cur) > 0 {
			words = append(words, strings.ToLower(string(cur)))
			cur = cur[:0]
		}
	}
	runes := []rune(name)
	for i, r := range runes {
		switch {
		case r == '_' || r == '-':
			flush()
		case r >= 'A' && r <= 'Z' && i > 0 && runes[i-1] >= 'a' && runes[i-1] <= 'z':
			flush()
			cur = append(cur, r)
		default:
			cur = append(cur, r)
		}
	}
	flush()
	return words
}

// atLeastMedium raises a plain-key growth to medium: in a loop or a
// per-request method a key computed each time is expected to vary.
func atLeastMedium(c analyzer.Confidence) analyzer.Confidence {
	if c.Rank() < analyzer.Medium.Rank() {
		return analyzer.Medium
	}
	return c
}

// reusedID reports whether a key is the object id (spl_object_id,
// spl_object_hash) of an object that the stored value does not hold: PHP
// hands a freed object's id to the next object, so such a map has at most
// one entry per object alive at once. A value that holds the object (the
// object itself, an array or a wrapper with it) keeps every object alive,
// and the map grows.
func reusedID(key, value ir.Expr) bool {
	c, ok := key.(*ir.Call)
	if !ok || len(c.Args) != 1 {
		return false
	}
	switch analyzer.CallName(c) {
	case "spl_object_id", "spl_object_hash":
	default:
		return false
	}
	obj := analyzer.ExprPath(c.Args[0])
	if obj == "" || value == nil {
		return false
	}
	held := false
	analyzer.Inspect([]ir.Stmt{&ir.ExprStmt{X: value}}, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Var, *ir.Prop:
			if p := analyzer.ExprPath(n.(ir.Expr)); p == obj || strings.HasPrefix(obj, p+"->") || strings.HasPrefix(p, obj+"->") {
				held = true
			}
		case *ir.Closure:
			held = true // a closure may capture it
		}
		return !held
	})
	return !held
}

// boundedKey reports whether a key comes from a small fixed set: a
// constant, or an enum case's name or value, or a bool.
func (r *resolver) boundedKey(fn *ir.Func, k ir.Expr) bool {
	if analyzer.IsConstant(k) {
		return true
	}
	switch k := k.(type) {
	case *ir.Prop:
		if k.Name == "value" || k.Name == "name" {
			c := r.ix.Class(r.classOf(fn, k.Obj))
			return c != nil && c.Kind == ir.KindEnum
		}
	case *ir.Var:
		for i, p := range fn.Params {
			if p.Name != k.Name {
				continue
			}
			if len(p.Types) == 1 {
				if p.Types[0] == "bool" {
					return true
				}
				if c := r.ix.Class(p.Types[0]); c != nil && c.Kind == ir.KindEnum {
					return true
				}
			}
			return r.paramBounded(fn, i, 0)
		}
		// a local only ever assigned values from a fixed set
		// ($id = static::class, a loop over a constant list)
		return r.valueBounded(fn, k, 0)
	}
	return false
}

// callSite is one call of a function or method.
type callSite struct {
	caller *ir.Func
	args   []ir.Expr
}

// callSites indexes, once per resolver, every resolved call of the
// project by target, and the names of methods called on receivers it
// cannot resolve.
func (r *resolver) callSites() (map[*ir.Func][]callSite, map[string]bool) {
	if r.sites != nil {
		return r.sites, r.unresolved
	}
	r.sites = map[*ir.Func][]callSite{}
	r.unresolved = map[string]bool{}
	for _, f := range r.ix.Files() {
		for _, fn := range f.AllFuncs() {
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				var args []ir.Expr
				name := ""
				switch c := n.(type) {
				case *ir.MethodCall:
					args, name = c.Args, c.Name
				case *ir.StaticCall:
					args, name = c.Args, c.Name
				case *ir.Call:
					args = c.Args
				case *ir.New:
					args = c.Args
				default:
					return true
				}
				if t := r.target(fn, n); t != nil {
					r.sites[t] = append(r.sites[t], callSite{caller: fn, args: args})
				} else if name != "" {
					r.unresolved[strings.ToLower(name)] = true
				}
				return true
			})
		}
	}
	return r.sites, r.unresolved
}

// paramBounded reports whether every call of fn passes a value from a
// small fixed set as parameter i (constants, a choice among constants, a
// loop over a constant list), so a cache keyed by it stays small.
func (r *resolver) paramBounded(fn *ir.Func, i, depth int) bool {
	if depth > 3 {
		return false
	}
	sites, unresolved := r.callSites()
	if fn.Kind == ir.FuncMethod && unresolved[strings.ToLower(fn.Name)] {
		return false
	}
	if len(sites[fn]) == 0 {
		return false
	}
	for _, s := range sites[fn] {
		if i >= len(s.args) || !r.valueBounded(s.caller, s.args[i], depth+1) {
			return false
		}
	}
	return true
}

// valueBounded reports whether e takes its value from a small fixed set.
func (r *resolver) valueBounded(fn *ir.Func, e ir.Expr, depth int) bool {
	if analyzer.IsConstant(e) {
		return true
	}
	if depth > 6 {
		return false // variables assigned from each other
	}
	switch e := e.(type) {
	case *ir.Other:
		args := e.Args
		switch e.Op {
		case "?:":
			if len(args) == 3 {
				args = args[1:]
			}
		case "??":
		case "match":
			if len(args) > 0 {
				args = args[1:]
			}
		default:
			return false
		}
		for _, a := range args {
			if !r.valueBounded(fn, a, depth) {
				return false
			}
		}
		return len(args) > 0
	case *ir.Var:
		for i, p := range fn.Params {
			if p.Name == e.Name {
				return r.paramBounded(fn, i, depth)
			}
		}
		bound, ok := true, false
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Assign:
				if v, isVar := n.Dst.(*ir.Var); isVar && v.Name == e.Name {
					ok = true
					if n.Op != "=" || !r.valueBounded(fn, n.Src, depth+1) {
						bound = false
					}
				}
			case *ir.Loop:
				for _, x := range []ir.Expr{n.Key, n.Value} {
					if names(x)[e.Name] {
						ok = true
						if !constantList(n.Iter, fn) {
							bound = false
						}
					}
				}
			}
			return bound
		})
		return ok && bound
	}
	return false
}

// names lists the variables bound by a foreach key or value target,
// including list()/[...] destructuring.
func names(e ir.Expr) map[string]bool {
	out := map[string]bool{}
	switch e := e.(type) {
	case *ir.Var:
		out[e.Name] = true
	case *ir.Array:
		for _, it := range e.Items {
			for k := range names(it.Value) {
				out[k] = true
			}
		}
	}
	return out
}

// constantList reports whether e is an array literal of constants, or a
// local variable only ever assigned such literals.
func constantList(e ir.Expr, fn *ir.Func) bool {
	return constantListDepth(e, fn, 0)
}

// constantListDepth is constantList, following at most a few variables
// ($a = $b; $b = $a; must end).
func constantListDepth(e ir.Expr, fn *ir.Func, depth int) bool {
	if depth > 4 {
		return false
	}
	switch e := e.(type) {
	case *ir.Array:
		for _, it := range e.Items {
			if (it.Key != nil && !analyzer.IsConstant(it.Key)) || !constantValue(it.Value) {
				return false
			}
		}
		return true
	case *ir.Var:
		ok, bound := false, true
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, isA := n.(*ir.Assign); isA {
				if v, isVar := a.Dst.(*ir.Var); isVar && v.Name == e.Name {
					ok = true
					if a.Op != "=" || !constantListDepth(a.Src, fn, depth+1) {
						bound = false
					}
				}
			}
			return bound
		})
		return ok && bound
	}
	return false
}

func constantValue(e ir.Expr) bool {
	if a, ok := e.(*ir.Array); ok {
		for _, it := range a.Items {
			if !constantValue(it.Value) {
				return false
			}
		}
		return true
	}
	return analyzer.IsConstant(e)
}
