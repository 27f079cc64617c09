package rules

// Key domains: what the keys of a long-lived array range over. A key from
// a small fixed set (constants, enum cases, class names, a constant list
// or a registry filled at boot, a value checked against one, a ring
// slot) keeps the array small however many requests run; a key from
// request data (superglobals, ids, time, randomness, counters, request
// and message payloads, strings built from them) makes a new entry per
// request. The growth rules ask boundedKey first (fixed: no growth) and
// rate the rest with keyConf. Both follow a value through assignments,
// parameters (every resolved call site, across files), the returns of
// project functions and methods, array elements, lookups in constant
// arrays, casts, string building and interpolation. Every answer is
// memoised per function, parameter, variable or element, with recursion
// cut by an in-progress entry, so the pass stays linear in the code.

import (
	"maps"
	"regexp/syntax"
	"slices"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// keyConf rates how surely a key differs between calls: ids, hashes,
// object ids, time, randomness and request data (superglobals) surely do
// (high); data named after the outside world ($url, $query, $payload[…])
// likely does (medium); a plain parameter (a class name, a locale, a
// block type) is usually from a bounded set (low). A value is rated
// through what makes it: the assignments of a local, what every caller
// passes for a parameter (the weakest caller decides), the returns of a
// project function or method, and the parts of a string built from it.
func (r *resolver) keyConf(fn *ir.Func, k ir.Expr) analyzer.Confidence {
	switch k := k.(type) {
	case *ir.New:
		// an object key (SplObjectStorage, a map keyed by objects): a new
		// object is a new key, and the store keeps it alive. One that
		// turns into a string (__toString) is keyed by its text, of
		// unknown domain.
		if k.Class != "" && r.ix.Class(k.Class) != nil && r.ix.Method(k.Class, "__toString") == nil {
			return analyzer.High
		}
		return analyzer.Low
	case *ir.Call:
		name := analyzer.CallName(k)
		switch {
		case (name == "spl_object_id" || name == "spl_object_hash") && len(k.Args) > 0 && r.valueBounded(fn, k.Args[0]):
			// the id of one of a fixed set of values: a callable given
			// as a name or [Class::class, 'method'] is never an object
			return analyzer.Low
		case builtins.Fresh(name) || name == "spl_object_id" || name == "spl_object_hash":
			return analyzer.High
		case (name == "date" || name == "gmdate") && len(k.Args) > 0:
			return r.dateCallRate(fn, k)
		case name == "file_get_contents" && len(k.Args) > 0 && isLit(k.Args[0], "php://input"):
			return analyzer.High
		case builtins.Digest(name) && hashesContent(k.Args):
			return analyzer.High // md5($template), sha1(serialize($args)): a key per content
		case builtins.Splits(name) && len(k.Args) > 0:
			// parse_url($uri, PHP_URL_PATH), pathinfo($file): a piece of
			// the string, as varied as the string; but for the pieces
			// that take a handful of values (a scheme, a host, a port, a
			// file's extension)
			if len(k.Args) > 1 {
				if c, ok := k.Args[1].(*ir.Lit); ok && c.Kind == ir.LitConst && builtins.FewPieces(c.Value) {
					return analyzer.Low
				}
			}
			return r.keyConf(fn, k.Args[0])
		case builtins.Derives(name):
			// serialize([$class, $options]): also what the arrays it is
			// given hold
			best := r.maxRate(fn, k.Args)
			for _, a := range k.Args {
				if c := r.elemsRate(fn, a); c.Rank() > best.Rank() {
					best = c
				}
			}
			return best
		}
		if t := r.target(fn, k); t != nil {
			if r.returnsBounded(t) {
				return analyzer.Low // a helper whose every return is from a fixed set
			}
			return r.returnRate(t)
		}
	case *ir.MethodCall:
		if builtins.FixedMethod(r.classOf(fn, k.Recv), k.Name) {
			return analyzer.Low // $job->resolveName(): the job's class
		}
		if t := r.target(fn, k); t != nil && r.returnsBounded(t) {
			// $reverse->getId($service): a project method whose every
			// return is from a fixed set, whatever its name says
			return analyzer.Low
		}
		if idName(k.Name) || r.readsRequest(fn, k) {
			return analyzer.High
		}
		// $message->issuedAt->format('Y-m-d H:i:s'): a point in time
		if c := dateFormatRate(r.classOf(fn, k.Recv), k); c != "" {
			return c
		}
		c := analyzer.Low
		if t := r.target(fn, k); t != nil && !t.Abstract {
			c = r.returnRate(t)
		} else if vs := r.thisVersions(fn, k); len(vs) > 0 {
			// $this->inflightKey($command), declared abstract in a trait:
			// what the versions the object may run return, the weakest
			// deciding (drivers named from config in most of them)
			c = analyzer.High
			for _, v := range vs {
				if r.returnsBounded(v) {
					c = analyzer.Low
					break
				}
				if rc := r.returnRate(v); rc.Rank() < c.Rank() {
					c = rc
				}
			}
		}
		if c == analyzer.Low && len(k.Args) == 0 && r.passedObject(fn, k.Recv) && !fixedDomain(k.Name) && !r.returnsTimeOfCycle(r.target(fn, k)) {
			c = analyzer.Medium // $request->getPath(): data of the object handed in
		}
		return c
	case *ir.StaticCall:
		t := r.target(fn, k)
		if t == nil && builtins.FreshStatic(k.Class, k.Name) {
			return analyzer.High // Str::uuid(), Uuid::uuid4()
		}
		if t != nil && r.returnsBounded(t) {
			return analyzer.Low
		}
		// Fiber::getCurrent(): the fiber that runs this request, made
		// for it by the server (AMPHP, Revolt), in per-request code
		if strings.EqualFold(strings.TrimPrefix(k.Class, `\`), "Fiber") && strings.EqualFold(k.Name, "getCurrent") {
			return analyzer.Medium
		}
		if idName(k.Name) {
			return analyzer.High
		}
		if t != nil {
			return r.returnRate(t)
		}
	case *ir.Prop:
		if idName(k.Name) {
			return analyzer.High
		}
		if analyzer.IsThis(k.Obj) && fn != nil && fn.ThisClass() != nil {
			if c := r.counter(fn.ThisClass().Name, k.Name); c.counts && !c.wrapped {
				return analyzer.High // $this->head, counted up and never set back
			}
		}
		// $zone->value, $zone->name of an enum case: one of its cases
		if c := r.ix.Class(r.classOf(fn, k.Obj)); c != nil && c.Kind == ir.KindEnum && (k.Name == "value" || k.Name == "name") {
			return analyzer.Low
		}
		// $route->name: what the project gives that property
		if class := r.classOf(fn, k.Obj); class != "" && fn != nil {
			if c := r.propRate(class, k.Name); c != analyzer.Low {
				return c
			}
		}
		if r.passedObject(fn, k.Obj) && !fixedDomain(k.Name) {
			return analyzer.Medium // $frame->fd, $message->body: data of the object handed in
		}
	case *ir.Dim:
		if lit, ok := k.Key.(*ir.Lit); ok && idName(lit.Value) {
			return analyzer.High
		}
		if base, ok := k.Base.(*ir.Var); ok {
			if analyzer.RequestData(base.Name, k.Key) {
				return analyzer.High // $_GET['q'], $_SERVER['REQUEST_URI']: new per request
			}
			// $options['callback']: what the array was built with, when
			// that is known to vary
			lit, ok := k.Key.(*ir.Lit)
			ok = ok && lit.Kind == ir.LitString
			if ok && base.Name != "this" && fn != nil {
				if c := r.elemRate(fn, base.Name, lit.Value); c != analyzer.Low {
					return c
				}
			}
			if ok && fixedDomain(lit.Value) {
				// $event['type'], $frame['channel']: the field of a message
				// that names one of a few kinds, as $message->type does
				return analyzer.Low
			}
			if openDomain(base.Name) {
				return analyzer.Medium // $request['path'], $params['q']: data from outside
			}
		} else if pr, ok := k.Base.(*ir.Prop); ok && fn != nil && swooleRequestData(r.classOf(fn, pr.Obj), pr.Name) {
			return analyzer.High // $request->header['host'], $request->get['q'] of Swoole's request
		} else if c := r.elemWriteRate(fn, k); c != analyzer.Low {
			return c // $request->attributes['locale']: what the project stores there
		} else if ok && !analyzer.IsThis(pr.Obj) && openDomain(pr.Name) {
			// $context->query['customer'], $message->payload['id']: a
			// field of the data another object carries in
			if lit, isLit := k.Key.(*ir.Lit); isLit && lit.Kind == ir.LitString && fixedDomain(lit.Value) {
				return analyzer.Low
			}
			return analyzer.Medium
		} else if c, isCall := k.Base.(*ir.Call); isCall && builtins.Splits(analyzer.CallName(c)) {
			// explode('.', $host)[0]: a piece of what was split
			return r.maxRate(fn, c.Args)
		} else if base, path := litPath(k); base != nil && fn != nil {
			// $request['user']['name']: what the nested array was built
			// with, at least data from outside for an array named so
			switch {
			case analyzer.RequestData(base.Name, &ir.Lit{Kind: ir.LitString, Value: path[0]}):
				return analyzer.High // $_POST['user']['email']
			case strings.HasPrefix(base.Name, "_"):
				return analyzer.Low
			}
			if c := r.elemRate(fn, base.Name, strings.Join(path, elemPathSep)); c != analyzer.Low || fixedDomain(path[len(path)-1]) {
				return c
			}
			if openDomain(base.Name) {
				return analyzer.Medium
			}
		}
	case *ir.Var:
		if fn != nil && (r.checkedAgainstList(fn, k) || classNameVars(fn)[k.Name]) {
			return analyzer.Low // checked against a fixed set here, or a class's name
		}
		if idName(k.Name) {
			return analyzer.High
		}
		best := analyzer.Low
		if openDomain(k.Name) {
			best = analyzer.Medium
		}
		if fn == nil {
			return best
		}
		if i := paramIndex(fn, k); i >= 0 {
			// (what the callers pass, also for a name that says the
			// domain is open: allow(string $clientIp) given REMOTE_ADDR)
			if c := r.paramRate(fn, i); c.Rank() > best.Rank() {
				best = c
			}
			// onMessage($conn, string $data): what the framework hands
			// a per-request entry is the request's own data
			if best == analyzer.Low && r.entryPayload != nil && r.entryPayload(fn, i) {
				best = analyzer.Medium
			}
		}
		// a local, or a parameter assigned anew: also what it is assigned
		if c := r.localRate(fn, k.Name); c.Rank() > best.Rank() {
			best = c
		}
		return best
	case *ir.StaticProp:
		if k.Class != "" && k.Name != "" {
			if c := r.counter(k.Class, "$"+k.Name); c.counts && !c.wrapped {
				return analyzer.High // self::$seq, counted up and never set back
			}
		}
	case *ir.Other:
		// $this->i++, self::$seq++: a counter that outlives the call is
		// new every time
		if k.Op == "++" && len(k.Args) == 1 {
			switch x := k.Args[0].(type) {
			case *ir.Prop:
				if analyzer.IsThis(x.Obj) {
					return analyzer.High
				}
			case *ir.StaticProp:
				return analyzer.High
			}
		}
		switch k.Op {
		case "?:":
			// $c ? 'spam' : 'default': one of the two values; the
			// condition decides which, it is not part of it
			if len(k.Args) == 3 {
				return r.maxRate(fn, k.Args[1:])
			}
		case "isset", "empty", "!", "==", "===", "!=", "!==", "<", ">", "<=", ">=", "&&", "||", "and", "or", "xor", "instanceof":
			return analyzer.Low // true or false
		}
		// "user:" . $id and "{$prefix}{$id}" vary as much as their parts;
		// "{$w}x{$h}" of two clamped sides, more than each
		c := r.maxRate(fn, k.Args)
		if c == analyzer.Low && (k.Op == "." || k.Op == "interp") && r.spansTooWide(fn, k.Args) {
			c = analyzer.Medium
		}
		return c
	}
	return analyzer.Low
}

// elemWriteRate rates $obj->prop['name'], read on an object of another
// class, by what the project stores under that name on objects of that
// class ($request->attributes['locale'] = $locale in a middleware), the
// most varied deciding; low when it stores nothing there. Only a value
// that surely varies (high: what the client sent, an id, a time) is
// carried through the bag: a guess from names or from "data of the
// object handed in" (medium) is one about the writer's own context. A
// writer that reads the element and puts back one of a fixed set
// ($l = $request->attributes['locale']; $request->attributes['locale'] =
// in_array($l, LIST, true) ? $l : 'en') narrows what earlier writers
// stored, so the element is low whatever they stored.
func (r *resolver) elemWriteRate(fn *ir.Func, d *ir.Dim) analyzer.Confidence {
	pr, ok := d.Base.(*ir.Prop)
	lit, isLit := d.Key.(*ir.Lit)
	if !ok || !isLit || lit.Kind != ir.LitString || pr.Name == "" || analyzer.IsThis(pr.Obj) || fn == nil {
		return analyzer.Low
	}
	class := r.classOf(fn, pr.Obj)
	if class == "" {
		return analyzer.Low
	}
	r.callSites()
	return memoized(&r.propRates, strings.ToLower(class)+"::"+pr.Name+"["+lit.Value+"]", analyzer.Low, func() analyzer.Confidence {
		rate := analyzer.Low
		for _, w := range r.propWrites[pr.Name] {
			k, ok := w.key.(*ir.Lit)
			if w.dims != 1 || w.src == nil || !ok || k.Kind != ir.LitString || k.Value != lit.Value || analyzer.IsThis(w.obj) {
				continue
			}
			if wc := r.classOf(w.fn, w.obj); wc == "" || !strings.EqualFold(wc, class) && !r.ix.Implements(wc, class) && !r.ix.Implements(class, wc) {
				continue
			}
			if r.valueBounded(w.fn, w.src) {
				// in_array($l, LIST, true) ? $l : 'en': one of a fixed set
				if narrowsElem(w.fn, w.src, w.obj, pr.Name, lit.Value) {
					return analyzer.Low
				}
				continue
			}
			if rate == analyzer.Low && r.keyConf(w.fn, w.src) == analyzer.High {
				rate = analyzer.High
			}
		}
		return rate
	})
}

// narrowsElem reports whether src, written by fn to $obj->prop['key'],
// is made from what that element held: it reads the element itself, or
// a local assigned from it ($l = $request->attributes['locale']).
func narrowsElem(fn *ir.Func, src, obj ir.Expr, prop, key string) bool {
	isElem := func(e ir.Expr) bool {
		found := false
		analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
			if d, ok := n.(*ir.Dim); ok {
				pr, isProp := d.Base.(*ir.Prop)
				k, isLit := d.Key.(*ir.Lit)
				found = isProp && isLit && k.Value == key && pr.Name == prop && sameExpr(pr.Obj, obj)
			}
			return !found
		})
		return found
	}
	if isElem(src) {
		return true
	}
	found := false
	analyzer.InspectExpr(src, func(n analyzer.Node, _ []analyzer.Node) bool {
		if v, ok := n.(*ir.Var); ok && v.Name != "this" {
			found = slices.ContainsFunc(assignedSources(fn, v.Name), isElem)
		}
		return !found
	})
	return found
}

// dateFormatRate rates ->format($pattern) on a date-time object by the
// letters of the pattern: a whole timestamp (U, c, r, microseconds) or a
// year down to the minute or second is new almost every call (high); one
// with a year grows with the calendar (medium); one without (a month, a
// weekday, an hour) cycles through a few values (low). "" when k is no
// such call.
func dateFormatRate(class string, k *ir.MethodCall) analyzer.Confidence {
	if !strings.EqualFold(k.Name, "format") || len(k.Args) == 0 {
		return ""
	}
	switch strings.ToLower(strings.TrimPrefix(class, `\`)) {
	case "datetime", "datetimeimmutable", "datetimeinterface", `carbon\carbon`, `carbon\carbonimmutable`, `illuminate\support\carbon`:
	default:
		return ""
	}
	p, ok := datePattern(k.Args[0])
	if !ok {
		return ""
	}
	return datePatternRate(p)
}

// datePattern reads a date pattern: a string literal, or one of PHP's
// standard formats (DATE_ATOM, DateTimeInterface::RFC3339), each of
// which writes a date down to the second.
func datePattern(e ir.Expr) (string, bool) {
	switch e := e.(type) {
	case *ir.Lit:
		switch {
		case e.Kind == ir.LitString:
			return e.Value, true
		case e.Kind == ir.LitConst && strings.HasPrefix(strings.TrimPrefix(e.Value, `\`), "DATE_") &&
			standardDateFormats[strings.TrimPrefix(strings.TrimPrefix(e.Value, `\`), "DATE_")]:
			return `Y-m-d\TH:i:sP`, true
		}
	case *ir.ClassConst:
		switch strings.ToLower(strings.TrimPrefix(e.Class, `\`)) {
		case "datetimeinterface", "datetime", "datetimeimmutable":
			if standardDateFormats[e.Name] {
				return `Y-m-d\TH:i:sP`, true
			}
		}
	}
	return "", false
}

// standardDateFormats are PHP's predefined date formats, as DATE_ATOM and
// DateTimeInterface::ATOM name them.
var standardDateFormats = map[string]bool{
	"ATOM": true, "COOKIE": true, "ISO8601": true, "ISO8601_EXPANDED": true, "RFC822": true, "RFC850": true,
	"RFC1036": true, "RFC1123": true, "RFC7231": true, "RFC2822": true, "RFC3339": true, "RFC3339_EXTENDED": true,
	"RSS": true, "W3C": true,
}

// returnsTimeOfCycle reports whether every return of t is a date-time
// formatted to a place in a cycle (an hour, a weekday, a month: see
// datePatternRate), cast or not: $period->hourOfDay() returning
// (int) $this->start->format('G') takes 24 values, whatever the period.
func (r *resolver) returnsTimeOfCycle(t *ir.Func) bool {
	if t == nil || t.Abstract {
		return false
	}
	rets := returned(t)
	for _, ret := range rets {
		for {
			if o, ok := ret.(*ir.Other); ok && o.Op == "cast" && len(o.Args) == 1 {
				ret = o.Args[0]
				continue
			}
			if c, ok := ret.(*ir.Call); ok && analyzer.CallName(c) == "intval" && len(c.Args) == 1 {
				ret = c.Args[0]
				continue
			}
			break
		}
		switch x := ret.(type) {
		case *ir.MethodCall:
			if dateFormatRate(r.classOf(t, x.Recv), x) != analyzer.Low {
				return false
			}
		case *ir.Call:
			if n := analyzer.CallName(x); n != "date" && n != "gmdate" || len(x.Args) == 0 || r.dateCallRate(t, x) != analyzer.Low {
				return false
			}
		default:
			return false
		}
	}
	return len(rets) > 0
}

// datePatternRate rates a date pattern (of DateTime::format(), date())
// applied to the current time by its letters: a whole timestamp or a
// year down to the minute is new almost every call (high), a year
// grows with the calendar (medium), the rest cycles (low).
func datePatternRate(pattern string) analyzer.Confidence {
	year, fine := false, false
	for i := 0; i < len(pattern); i++ {
		switch c := pattern[i]; {
		case c == '\\':
			i++ // an escaped letter is text
		case strings.IndexByte("Ucruv", c) >= 0:
			return analyzer.High
		case strings.IndexByte("YoyXx", c) >= 0:
			year = true
		case c == 'i' || c == 's':
			fine = true
		}
	}
	switch {
	case year && fine:
		return analyzer.High
	case year:
		return analyzer.Medium
	}
	return analyzer.Low
}

// dateCallRate rates date($pattern) and gmdate($pattern, $timestamp):
// the current time by the pattern's letters; a given time is as varied
// as the time, unless the pattern keeps only what cycles (a weekday).
func (r *resolver) dateCallRate(fn *ir.Func, c *ir.Call) analyzer.Confidence {
	pattern, ok := datePattern(c.Args[0])
	if !ok {
		return analyzer.Low
	}
	p := datePatternRate(pattern)
	if len(c.Args) == 1 || p == analyzer.Low {
		return p
	}
	return r.keyConf(fn, c.Args[1])
}

// swooleRequestData reports whether prop of an object of class is what
// the client sent: the header, get, post, cookie, files and server
// arrays of Swoole's (and OpenSwoole's) HTTP request.
func swooleRequestData(class, prop string) bool {
	switch strings.ToLower(strings.TrimPrefix(class, `\`)) {
	case `swoole\http\request`, `openswoole\http\request`:
	default:
		return false
	}
	switch prop {
	case "header", "get", "post", "cookie", "files", "server":
		return true
	}
	return false
}

// requestReaders are the classes whose getters hand out what the client
// sent (headers, query, body, cookies, the URI): Symfony's request and its
// bags, PSR-7's server request, Laravel's request.
var requestReaders = append([]string{
	`symfony\component\httpfoundation\headerbag`,
	`symfony\component\httpfoundation\parameterbag`,
	`symfony\component\httpfoundation\serverbag`,
}, requestClasses...)

// requestClasses are the HTTP requests themselves among requestReaders.
var requestClasses = []string{
	`symfony\component\httpfoundation\request`,
	`psr\http\message\serverrequestinterface`,
	`illuminate\http\request`,
}

// requestBags are the properties of Symfony's request that hold what the
// client sent.
var requestBags = map[string]bool{"headers": true, "query": true, "request": true, "cookies": true, "server": true, "files": true}

// requestReadMethods are their methods that return request data.
var requestReadMethods = map[string]bool{
	"get": true, "all": true, "input": true, "query": true, "post": true, "header": true, "cookie": true,
	"getheaderline": true, "getheader": true, "getqueryparams": true, "getparsedbody": true, "getcookieparams": true,
	"getserverparams": true, "getattribute": true, "getrequesturi": true, "getpathinfo": true, "getclientip": true,
	"getcontent": true, "geturi": true, "ip": true, "useragent": true, "path": true, "url": true, "fullurl": true,
	"bearertoken": true, "route": true,
}

// readsRequest reports whether call reads what the client sent:
// $request->headers->get('X-Api-Key'), $request->getHeaderLine('Host'),
// $request->input('q').
func (r *resolver) readsRequest(fn *ir.Func, call *ir.MethodCall) bool {
	if !requestReadMethods[strings.ToLower(call.Name)] {
		return false
	}
	class := r.classOf(fn, call.Recv)
	if class == "" {
		// the framework's classes are often not part of the analysed
		// code (vendor/): $request->headers->get(), $request->input()
		recv := call.Recv
		if p, ok := recv.(*ir.Prop); ok && requestBags[p.Name] {
			recv = p.Obj
		}
		v, ok := recv.(*ir.Var)
		return ok && slices.Contains(nameWords(v.Name), "request")
	}
	for _, c := range requestReaders {
		if r.ix.Implements(class, c) {
			return true
		}
	}
	return false
}

// requestObject reports whether e is an HTTP request of the framework:
// its class is one of requestReaders, or, its class unknown (outside
// the analysed code), a variable named for a request.
func (r *resolver) requestObject(fn *ir.Func, e ir.Expr) bool {
	if class := r.classOf(fn, e); class != "" {
		return slices.ContainsFunc(requestReaders, func(c string) bool { return r.ix.Implements(class, c) })
	}
	v, ok := e.(*ir.Var)
	return ok && slices.Contains(nameWords(v.Name), "request")
}

// counterInfo says how a property is counted: counts when code
// increments it (++, += n), wrapped when code also sets it back to a
// fixed value or takes it modulo something (a ring buffer's position).
type counterInfo struct {
	counts, wrapped bool
}

// counter describes property prop of class ("$p" for a static one), by
// the code of the class's lineage; computed once per property.
func (r *resolver) counter(class, prop string) counterInfo {
	k := strings.ToLower(class) + "::" + prop
	if c, ok := r.counters[k]; ok {
		return c
	}
	if r.counters == nil {
		r.counters = map[string]counterInfo{}
	}
	var c counterInfo
	is := func(e ir.Expr) bool { return r.isMember(e, class, prop) }
	for _, lc := range r.ix.Lineage(class) {
		for _, m := range lc.Methods {
			ctor := strings.EqualFold(m.Name, "__construct")
			analyzer.InspectFunc(m, analyzer.KOther|analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *ir.Other:
					if n.Op == "++" && len(n.Args) == 1 && is(n.Args[0]) {
						c.counts = true
					}
				case *ir.Assign:
					if !is(n.Dst) {
						return true
					}
					switch {
					case n.Op == "+=" || n.Op == "-=":
						c.counts = true
					case n.Op == "%=":
						c.wrapped = true
					case n.Op == "=" && !ctor && analyzer.IsConstant(n.Src):
						c.wrapped = true
					case n.Op == "=":
						if o, ok := n.Src.(*ir.Other); ok && o.Op == "%" {
							c.wrapped = true
						}
					}
				}
				return true
			})
		}
	}
	r.counters[k] = c
	return c
}

// isMember reports whether e is the property member of class: $this->name,
// or Class::$name for a member spelled "$name" (of class or an ancestor
// a subclass writes through).
func (r *resolver) isMember(e ir.Expr, class, member string) bool {
	switch x := e.(type) {
	case *ir.Prop:
		return !strings.HasPrefix(member, "$") && analyzer.IsThis(x.Obj) && x.Name == member
	case *ir.StaticProp:
		return "$"+x.Name == member && (strings.EqualFold(x.Class, class) || r.ix.Implements(class, x.Class))
	}
	return false
}

// isSizeOf reports whether e reads the size of a container: count(…),
// sizeof(…), ->count() or ->getSize() (SplFixedArray).
func isSizeOf(e ir.Expr) bool {
	if mc, ok := e.(*ir.MethodCall); ok && len(mc.Args) == 0 {
		return strings.EqualFold(mc.Name, "count") || strings.EqualFold(mc.Name, "getSize")
	}
	return isCountCall(e)
}

// isCountCall reports whether e is count(…) or sizeof(…).
func isCountCall(e ir.Expr) bool {
	c, ok := e.(*ir.Call)
	if !ok {
		return false
	}
	n := analyzer.CallName(c)
	return n == "count" || n == "sizeof"
}

// hashesContent reports whether a digest's arguments hold a whole
// variable (directly, concatenated, serialized or encoded): code hashes a
// value whole to make a key per content (a template, a text, a call's
// arguments). Hashing an option read by name ($context[GROUPS]) is not
// that.
func hashesContent(args []ir.Expr) bool {
	for _, a := range args {
		switch a := a.(type) {
		case *ir.Var:
			if a.Name != "this" && a.Name != "" {
				return true
			}
		case *ir.Other:
			if (a.Op == "." || a.Op == "interp" || a.Op == "cast") && hashesContent(a.Args) {
				return true
			}
		case *ir.Call:
			if builtins.Derives(analyzer.CallName(a)) && hashesContent(a.Args) {
				return true
			}
		}
	}
	return false
}

// localRate rates a variable of fn by what it is assigned (its most
// varying value). Computed once per variable; met again while it is
// being computed, it counts as low.
func (r *resolver) localRate(fn *ir.Func, name string) analyzer.Confidence {
	key := local{fn, name}
	if c, ok := r.localRates[key]; ok {
		return c
	}
	if r.localRates == nil {
		r.localRates = map[local]analyzer.Confidence{}
	}
	r.localRates[key] = analyzer.Low
	best := analyzer.Low
	analyzer.EachNode(fn, analyzer.KAssign|analyzer.KLoop|analyzer.KOther, func(n analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Assign:
			dst := n.Dst
			if d, ok := dst.(*ir.Dim); ok {
				dst = d.Base // $pairs[] = "$k=$v": what the array is filled with
			}
			if isVarNamed(dst, name) {
				if c := r.keyConf(fn, n.Src); c.Rank() > best.Rank() {
					best = c
				}
			}
			// [$best, $dist] = [$order['id'], $d]: the item it takes
			if a, ok := dst.(*ir.Array); ok {
				if item := destructuredItem(a, n.Src, name); item != nil {
					if c := r.keyConf(fn, item); c.Rank() > best.Rank() {
						best = c
					}
				} else if sp := splitCall(n.Src); sp != nil && destructures(a, name) {
					// [$language, $region] = explode('_', $tag, 2): a piece
					// of the string, as varied as it (see the Dim case)
					if c := r.maxRate(fn, sp.Args); c.Rank() > best.Rank() {
						best = c
					}
				} else if m, ok := n.Src.(*ir.MethodCall); ok && r.readsRequest(fn, m) {
					// ['owner' => $owner] = $request->getAttribute('route'):
					// a field of what the client sent, but for one whose
					// name says it takes a few values ('type', 'locale')
					for _, it := range a.Items {
						if !isVarNamed(it.Value, name) {
							continue
						}
						c := analyzer.High
						if lit, ok := it.Key.(*ir.Lit); ok && lit.Kind == ir.LitString && fixedDomain(lit.Value) {
							c = analyzer.Low
						}
						if c.Rank() > best.Rank() {
							best = c
						}
					}
				}
			}
		case *ir.Loop:
			// foreach ($labels as $k => $v): an element (or key) of the array
			if n.Kind == ir.LoopForeach && (isVarNamed(n.Value, name) || isVarNamed(n.Key, name)) {
				if c := r.elemsRate(fn, n.Iter); c.Rank() > best.Rank() {
					best = c
				}
			}
		case *ir.Other:
			// a counter in the top-level code that runs the requests is
			// new on every one, and a generator's goes on between the
			// values it yields; a function's own counter starts over on
			// every call
			if n.Op == "++" && len(n.Args) == 1 && isVarNamed(n.Args[0], name) && (fn.Kind == ir.FuncMain || fn.Generator) {
				best = analyzer.High
			}
		}
		return best != analyzer.High
	})
	r.localRates[key] = best
	return best
}

// elemRate rates the element under a literal key (or a path of them,
// see elemPathSep) of an array variable of fn by what is put there: the
// matching item of an array literal it is assigned or a caller passes
// for it (the weakest caller decides), a write $v['key'] = …, an element
// of another array it is assigned ($user = $request['user']), and
// through a call that takes the array and hands it back
// ($options = resolve($options)). Computed once per variable and path.
func (r *resolver) elemRate(fn *ir.Func, name, key string) analyzer.Confidence {
	mk := elemKey{local{fn, name}, key}
	if c, ok := r.elemRates[mk]; ok {
		return c
	}
	if r.elemRates == nil {
		r.elemRates = map[elemKey]analyzer.Confidence{}
	}
	r.elemRates[mk] = analyzer.Low
	path := strings.Split(key, elemPathSep)
	best := analyzer.Low
	raise := func(c analyzer.Confidence) {
		if c.Rank() > best.Rank() {
			best = c
		}
	}
	analyzer.EachRootWrite(fn, name, analyzer.KAssign, func(n analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok {
			return true
		}
		if _, ok := a.Dst.(*ir.Dim); ok {
			// $v['key'] = …, or $v['user'] = [...] for the path user/name
			if base, at := litPath(a.Dst); base != nil && base.Name == name && len(at) <= len(path) && slices.Equal(at, path[:len(at)]) {
				if len(at) == len(path) {
					raise(r.keyConf(fn, a.Src))
				} else if c, ok := r.itemRate(fn, a.Src, path[len(at):]); ok {
					raise(c)
				}
			}
			return true
		}
		if !isVarNamed(a.Dst, name) {
			return true
		}
		if c, ok := r.itemRate(fn, a.Src, path); ok {
			raise(c)
			return true
		}
		// $options = thumbnail_options($query): what the callee returns
		if t := r.target(fn, a.Src); t != nil {
			for _, ret := range returned(t) {
				if c, ok := r.itemRate(t, ret, path); ok {
					raise(c)
				}
			}
		}
		// $options = resolve($options) / array_merge($options, …): the
		// same array, handed back
		if args := callArgs(a.Src); args != nil {
			for _, x := range args {
				if isVarNamed(x, name) {
					if i := paramIndex(fn, x); i >= 0 {
						raise(r.paramElemRate(fn, i, key))
					}
				}
			}
		}
		return true
	})
	if i := paramIndex(fn, &ir.Var{Name: name}); i >= 0 {
		raise(r.paramElemRate(fn, i, key))
	}
	r.elemRates[mk] = best
	return best
}

// elemPathSep joins the keys of a path into an element of nested arrays
// ($request['user']['name'] is the element user, name of $request) for
// elemRate.
const elemPathSep = "\x00"

// maxElemPath is the deepest path elemRate follows.
const maxElemPath = 4

// litPath splits $v['a']['b'] into $v and the path a, b; nil when e is no
// such chain of literal string keys on a variable other than $this.
func litPath(e ir.Expr) (*ir.Var, []string) {
	var path []string
	for {
		switch x := e.(type) {
		case *ir.Var:
			if x.Name == "this" || x.Name == "" || len(path) == 0 {
				return nil, nil
			}
			slices.Reverse(path)
			return x, path
		case *ir.Dim:
			l, ok := x.Key.(*ir.Lit)
			if !ok || l.Kind != ir.LitString {
				return nil, nil
			}
			path = append(path, l.Value)
			e = x.Base
		default:
			return nil, nil
		}
	}
}

// itemRate rates the item under path of the array expression e read in
// fn; ok false when e is no array phpleak can look into.
func (r *resolver) itemRate(fn *ir.Func, e ir.Expr, path []string) (analyzer.Confidence, bool) {
	switch e := e.(type) {
	case *ir.Array:
		for _, it := range e.Items {
			if l, ok := it.Key.(*ir.Lit); ok && l.Value == path[0] {
				if len(path) > 1 {
					if c, ok := r.itemRate(fn, it.Value, path[1:]); ok {
						return c, true
					}
				}
				return r.keyConf(fn, it.Value), true
			}
		}
		return analyzer.Low, true
	case *ir.Var:
		if analyzer.RequestData(e.Name, &ir.Lit{Kind: ir.LitString, Value: path[0]}) {
			return analyzer.High, true // $stay = $_POST, handed on: $stay['confirmation']
		}
		return r.elemRate(fn, e.Name, strings.Join(path, elemPathSep)), true
	case *ir.Prop:
		// $q = $request->get, handed on: $q['sku'] is as much the
		// request's as $request->get['sku']
		if swooleRequestData(r.classOf(fn, e.Obj), e.Name) {
			return analyzer.High, true
		}
	case *ir.Dim:
		// $user = $request['user']: the item user, … of $request (to a
		// few levels: $node = $node['parent'] would go on forever)
		if base, at := litPath(e); base != nil && len(at)+len(path) <= maxElemPath {
			return r.elemRate(fn, base.Name, strings.Join(append(slices.Clone(at), path...), elemPathSep)), true
		}
	case *ir.Other:
		// $options + $defaults: the item of either side
		if e.Op == "+" || e.Op == "??" {
			best, found := analyzer.Low, false
			for _, x := range e.Args {
				if c, ok := r.itemRate(fn, x, path); ok {
					found = true
					if c.Rank() > best.Rank() {
						best = c
					}
				}
			}
			return best, found
		}
	}
	return analyzer.Low, false
}

// paramElemRate rates the element under key of array parameter i of fn
// by what every caller passes (the weakest caller decides).
func (r *resolver) paramElemRate(fn *ir.Func, i int, key string) analyzer.Confidence {
	sites, _ := r.callSites()
	path := strings.Split(key, elemPathSep)
	best := analyzer.Low
	for n, s := range sites[fn] {
		if i >= len(s.args) {
			return analyzer.Low
		}
		c, ok := r.itemRate(s.caller, s.args[i], path)
		if !ok {
			return analyzer.Low
		}
		if n == 0 || c.Rank() < best.Rank() {
			best = c
		}
	}
	return best
}

// elemsRate rates the elements (and keys) of the array e, which a
// foreach hands out one by one: the items of an array literal, what a
// local array is assigned and filled with, what every caller passes for
// an array parameter (the weakest caller decides).
func (r *resolver) elemsRate(fn *ir.Func, e ir.Expr) analyzer.Confidence {
	switch a := e.(type) {
	case *ir.Array:
		best := analyzer.Low
		for _, it := range a.Items {
			for _, x := range []ir.Expr{it.Key, it.Value} {
				if x == nil {
					continue
				}
				if c := r.keyConf(fn, x); c.Rank() > best.Rank() {
					best = c
				}
				// [$class, $options]: what the nested arrays hold
				if _, nested := x.(*ir.Array); nested || isArrayVar(fn, x) {
					if c := r.elemsRate(fn, x); c.Rank() > best.Rank() {
						best = c
					}
				}
			}
		}
		return best
	case *ir.Var:
		if i := paramIndex(fn, a); i >= 0 {
			c := r.paramElemsRate(fn, i)
			if l := r.localRate(fn, a.Name); l.Rank() > c.Rank() {
				c = l // a parameter filled anew
			}
			return c
		}
		return r.localRate(fn, a.Name)
	case *ir.MethodCall, *ir.Call, *ir.StaticCall:
		// foreach ($watcher->watch() as $path): what the generator
		// yields
		if t := r.target(fn, e); t != nil && t.Generator && !t.Abstract {
			return r.yieldRate(t)
		}
	}
	return analyzer.Low
}

// yieldRate rates what a generator yields: its most varying value.
func (r *resolver) yieldRate(gen *ir.Func) analyzer.Confidence {
	best := analyzer.Low
	analyzer.Inspect(gen.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if y, ok := n.(*ir.Yield); ok && y.Value != nil && !y.From {
			if c := r.keyConf(gen, y.Value); c.Rank() > best.Rank() {
				best = c
			}
		}
		return best != analyzer.High
	})
	return best
}

// isArrayVar reports whether e is a parameter of fn typed array (or
// iterable): its elements can be rated (see elemsRate).
func isArrayVar(fn *ir.Func, e ir.Expr) bool {
	v, ok := e.(*ir.Var)
	if !ok {
		return false
	}
	i := paramIndex(fn, v)
	if i < 0 {
		return false
	}
	for _, t := range fn.Params[i].Types {
		if t == "array" || t == "iterable" {
			return true
		}
	}
	return false
}

// paramElemsRate rates the elements of array parameter i of fn by what
// every caller passes. Computed once per parameter; met again while it
// is being computed (recursion), it counts as low.
func (r *resolver) paramElemsRate(fn *ir.Func, i int) analyzer.Confidence {
	return r.weakestSite(&r.paramElems, fn, i, func(s callSite) analyzer.Confidence {
		return r.elemsRate(s.caller, s.args[i])
	})
}

// memberCall returns the method name and arguments of a method or
// static call ($app->forgetInstance(…), Log::clearResolvedInstance(…)).
func memberCall(n analyzer.Node) (name string, args []ir.Expr, ok bool) {
	switch c := n.(type) {
	case *ir.MethodCall:
		return c.Name, c.Args, true
	case *ir.StaticCall:
		return c.Name, c.Args, true
	}
	return "", nil, false
}

// callArgs returns the arguments of a function, method or static call.
func callArgs(e ir.Expr) []ir.Expr {
	switch c := e.(type) {
	case *ir.Call:
		return c.Args
	case *ir.MethodCall:
		return c.Args
	case *ir.StaticCall:
		return c.Args
	case *ir.Other:
		if c.Op == "+" && len(c.Args) > 0 { // $options + self::DEFAULTS
			return c.Args[:1]
		}
	}
	return nil
}

// elemKey is an element of an array variable, for elemRate's memo.
type elemKey struct {
	local
	key string
}

// local is one local variable of a function, for the per-variable
// memos.
type local struct {
	fn   *ir.Func
	name string
}

// passedObject reports whether e is a parameter of fn that holds an
// object (typed with a class, or untyped and read like one): the
// request, message, frame or job a handler is given. What is read from
// it varies with each one; a plain string parameter is more often a
// name from the code (a property path, a config key).
func (r *resolver) passedObject(fn *ir.Func, e ir.Expr) bool {
	v, ok := e.(*ir.Var)
	if !ok || v.Name == "this" {
		return false
	}
	i := paramIndex(fn, v)
	if i < 0 {
		return false
	}
	for _, t := range fn.Params[i].Types {
		if builtinType[strings.ToLower(t)] {
			return false
		}
	}
	return true
}

// maxRate is the highest keyConf of xs.
func (r *resolver) maxRate(fn *ir.Func, xs []ir.Expr) analyzer.Confidence {
	best := analyzer.Low
	for _, x := range xs {
		if c := r.keyConf(fn, x); c.Rank() > best.Rank() {
			best = c
		}
	}
	return best
}

// paramRate rates parameter i of fn by what its callers pass: the
// weakest caller decides; low when a caller leaves it to its default or
// no call is known. Computed once per parameter; met again while it is
// being computed (recursion), it counts as low.
func (r *resolver) paramRate(fn *ir.Func, i int) analyzer.Confidence {
	copies := func(s callSite) bool { return r.copiesOwnProp(fn, i, s) }
	return r.weakestSite(&r.paramRates, fn, i, func(s callSite) analyzer.Confidence {
		if copies(s) && slices.ContainsFunc(r.growthSites(fn), func(s callSite) bool { return !copies(s) }) {
			// new self($this->method, $this->uri, …) in a wither: the
			// value the object already had, which the other calls rate
			return analyzer.High
		}
		if fn.Params[i].Variadic {
			return r.maxRate(s.caller, s.args[i:])
		}
		return r.keyConf(s.caller, s.args[i])
	})
}

// copiesOwnProp reports whether call s of constructor fn, made in a
// method of the same class, passes for parameter i the property that
// parameter fills: a copy of an object with one thing changed (a
// wither), which brings no new value.
func (r *resolver) copiesOwnProp(fn *ir.Func, i int, s callSite) bool {
	if !strings.EqualFold(fn.Name, "__construct") || fn.Class == nil || i >= len(s.args) || fn.Params[i].Variadic {
		return false
	}
	if s.caller == nil || s.caller.ThisClass() == nil || !strings.EqualFold(s.caller.ThisClass().Name, fn.Class.Name) {
		return false
	}
	pr, ok := s.args[i].(*ir.Prop)
	if !ok || !analyzer.IsThis(pr.Obj) {
		return false
	}
	if p := fn.Params[i]; p.Promoted && pr.Name == p.Name {
		return true
	}
	j, stored := propParams(fn)[pr.Name]
	return stored && j == i
}

// weakestSite rates parameter i of fn by rate at each call that matters
// (see growthSites): the weakest call decides; low when a call leaves
// the parameter to its default or no call is known. Memoised in memo
// per parameter; met again while it is being rated (recursion), it
// counts as low.
func (r *resolver) weakestSite(memo *map[param]analyzer.Confidence, fn *ir.Func, i int, rate func(callSite) analyzer.Confidence) analyzer.Confidence {
	return memoized(memo, param{fn, i}, analyzer.Low, func() analyzer.Confidence {
		best := analyzer.Low
		for n, s := range r.growthSites(fn) {
			if i >= len(s.args) {
				return analyzer.Low
			}
			if c := rate(s); n == 0 || c.Rank() < best.Rank() {
				best = c
			}
			if best == analyzer.Low {
				break
			}
		}
		return best
	})
}

// propRate rates property prop of class by what the project gives it:
// what every new passes for a promoted constructor parameter, and every
// `$this->prop = …` of the class; the weakest write decides, and a
// property nothing writes is low. Computed once per property; met again
// while it is being computed, it counts as low.
func (r *resolver) propRate(class, prop string) analyzer.Confidence {
	return memoized(&r.propRates, strings.ToLower(class)+"::"+prop, analyzer.Low, func() analyzer.Confidence {
		return r.findPropRate(class, prop)
	})
}

func (r *resolver) findPropRate(class, prop string) analyzer.Confidence {
	var rates []analyzer.Confidence
	if decl := r.ix.Property(class, prop); decl != nil && decl.Promoted {
		if ctor := r.ix.Method(class, "__construct"); ctor != nil {
			for i, p := range ctor.Params {
				if p.Name == prop {
					rates = append(rates, r.paramRate(ctor, i))
				}
			}
		}
	}
	for _, w := range r.thisWrites(class, prop) {
		if w.src == nil || !w.simple {
			continue
		}
		if v, ok := w.src.(*ir.Var); ok && paramIndex(w.fn, v) >= 0 && strings.EqualFold(w.fn.Name, "__construct") {
			rates = append(rates, r.paramRate(w.fn, paramIndex(w.fn, v)))
			continue
		}
		rates = append(rates, r.keyConf(w.fn, w.src))
	}
	best := analyzer.Low
	for i, c := range rates {
		if i == 0 || c.Rank() < best.Rank() {
			best = c
		}
	}
	return best
}

// growthSites are the calls of fn that matter for what a store grows
// with: once the worker model exists, those that run per request when
// there are any (a registry filled at boot under fixed names and again
// per request under new ones grows with the latter); all of them
// otherwise.
func (r *resolver) growthSites(fn *ir.Func) []callSite {
	sites, _ := r.callSites()
	if r.dispatched != nil {
		sites = r.dispatched // calls through an interface reach its implementations
	}
	all := sites[fn]
	if r.sitePerRequest == nil {
		return all
	}
	var per []callSite
	for _, s := range all {
		if r.sitePerRequest(s) {
			per = append(per, s)
		}
	}
	if len(per) == 0 {
		return all
	}
	return per
}

// param is one parameter of a function, for the per-parameter memos.
type param struct {
	fn *ir.Func
	i  int
}

// returnRate rates what a project function or method returns: its most
// varying return. Computed once per function; a function met again while
// its own rate is being computed (recursion) counts as low.
func (r *resolver) returnRate(fn *ir.Func) analyzer.Confidence {
	if c, ok := r.retRate[fn]; ok {
		return c
	}
	if r.retRate == nil {
		r.retRate = map[*ir.Func]analyzer.Confidence{}
	}
	r.retRate[fn] = analyzer.Low
	c := r.maxRate(fn, returned(fn))
	r.retRate[fn] = c
	return c
}

// returned lists the values fn returns (not those of closures inside
// it); nil for a generator or a function without a body.
func returned(fn *ir.Func) []ir.Expr {
	if fn == nil || fn.Generator || fn.Abstract {
		return nil
	}
	var out []ir.Expr
	analyzer.InspectFunc(fn, analyzer.KReturn, func(n analyzer.Node, _ []analyzer.Node) bool {
		if ret, ok := n.(*ir.Return); ok && ret.X != nil {
			out = append(out, ret.X)
		}
		return true
	})
	return out
}

// isLit reports whether e is the string literal v.
func isLit(e ir.Expr, v string) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitString && l.Value == v
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

// fixedDomainWords name values that come from a small set the code
// defines: a message's type, a request's method or locale, a status.
var fixedDomainWords = []string{"type", "kind", "status", "state", "method", "locale", "lang", "language",
	"format", "level", "channel", "room", "event", "action", "mode", "category", "version", "scheme", "driver",
	"provider", "currency", "country", "region", "role", "scope", "env", "environment", "queue", "topic",
	"class", "name", "priority", "severity", "direction", "protocol", "transport", "connection", "route", "group"}

// fixedDomain reports whether a member name (a property or a getter:
// type, getLocale, isStatus) names a value from a small fixed set.
func fixedDomain(name string) bool {
	words := nameWords(name)
	if len(words) > 1 && (words[0] == "get" || words[0] == "is") {
		words = words[1:]
	}
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	for _, w := range fixedDomainWords {
		if last == w || last == w+"s" {
			return true
		}
	}
	return false
}

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
func reusedID(key, value ir.Expr) bool { return reusedIDIn(nil, nil, key, value) }

// reusedIDIn is reusedID for a write in fn, following the value into a
// project method the object is handed ($this->describe($request),
// $this->extractor->extract($form)): what the method returns holds the
// object only if one of its returns does.
func reusedIDIn(r *resolver, fn *ir.Func, key, value ir.Expr) bool {
	key = uncast(key)
	// spl_object_id($subject) . '|' . $attribute: the id with parts from
	// a fixed set is as reused as the id
	if o, ok := key.(*ir.Other); ok && (o.Op == "." || o.Op == "interp") && r != nil && fn != nil {
		id := idAmongFixed(r, fn, o)
		if id == nil {
			return false
		}
		key = id
	}
	// $this->slotFor($connection), a helper returning
	// spl_object_id($connection): the id of what it is given
	if id := idHelperArg(r, fn, key); id != nil {
		key = id
	}
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
	if m, ok := c.Args[0].(*ir.MethodCall); ok && obj == "" {
		// spl_object_hash($this->getConnection()): the object a getter
		// of $this returns; $this holds it
		if recv := analyzer.ExprPath(m.Recv); recv != "" && m.Name != "" && len(m.Args) == 0 {
			obj = recv + "->" + m.Name + "()"
		}
	}
	if obj == "" || value == nil {
		return false
	}
	return !holdsObject(r, fn, obj, value, 0)
}

// idAmongFixed is, for a string built of an object's id and parts from a
// fixed set, or rated low (spl_object_id($s) . '|' . $attribute), the
// id's call; nil when the string holds no id, two, or a part that varies.
func idAmongFixed(r *resolver, fn *ir.Func, o *ir.Other) *ir.Call {
	var id *ir.Call
	for _, a := range concatParts(o) {
		if c, ok := uncast(a).(*ir.Call); ok && (analyzer.CallName(c) == "spl_object_id" || analyzer.CallName(c) == "spl_object_hash") {
			if id != nil {
				return nil
			}
			id = c
		} else if !r.valueBounded(fn, a) && r.keyConf(fn, a) != analyzer.Low {
			// ($message->channel: a field named for a few kinds, rated
			// low, counts as one of a fixed set here as anywhere)
			return nil
		}
	}
	return id
}

// idHelperArg is, for a call of a project function whose every return
// is spl_object_id() or spl_object_hash() of one of its parameters, that
// call made on the argument given for it; nil otherwise.
func idHelperArg(r *resolver, fn *ir.Func, call ir.Expr) ir.Expr {
	if r == nil || fn == nil {
		return nil // (asked without a resolver: the call as it is)
	}
	switch call.(type) {
	case *ir.Call, *ir.MethodCall, *ir.StaticCall:
	default:
		return nil
	}
	t := r.target(fn, call)
	if t == nil || t.Abstract {
		// $this->slotFor($connection), declared abstract: every
		// version the object may run must be such a helper, on the
		// same parameter
		mc, ok := call.(*ir.MethodCall)
		if !ok {
			return nil
		}
		vs := r.thisVersions(fn, mc)
		if len(vs) == 0 {
			return nil
		}
		var out ir.Expr
		for _, v := range vs {
			id := idHelperOf(r, v, call)
			if id == nil || out != nil && analyzer.CallName(id.(*ir.Call)) != analyzer.CallName(out.(*ir.Call)) {
				return nil
			}
			if out != nil && id.(*ir.Call).Args[0] != out.(*ir.Call).Args[0] {
				return nil
			}
			out = id
		}
		return out
	}
	return idHelperOf(r, t, call)
}

// idHelperOf is idHelperArg for call, a call of t.
func idHelperOf(r *resolver, t *ir.Func, call ir.Expr) ir.Expr {
	name, param := "", -1
	for _, x := range returned(t) {
		x = uncast(x) // (string) spl_object_id($order)
		// sprintf('fee:%d', spl_object_id($order)): a fixed format
		// around the id, read as the concatenation it makes
		if c, ok := x.(*ir.Call); ok && analyzer.CallName(c) == "sprintf" && len(c.Args) > 1 && litString(c.Args[0]) != "" {
			x = &ir.Other{Op: ".", Args: c.Args, P: c.P}
		}
		// $event::class . '#' . spl_object_id($event): the id, with
		// parts from a fixed set
		if o, ok := x.(*ir.Other); ok && (o.Op == "." || o.Op == "interp") {
			if id := idAmongFixed(r, t, o); id != nil {
				x = id
			} else {
				return nil
			}
		}
		c, ok := x.(*ir.Call)
		if !ok || len(c.Args) != 1 {
			return nil
		}
		n := analyzer.CallName(c)
		v, isVar := c.Args[0].(*ir.Var)
		if n != "spl_object_id" && n != "spl_object_hash" || !isVar {
			return nil
		}
		i := paramIndex(t, v)
		if i < 0 || param >= 0 && (i != param || n != name) || analyzer.AssignsVar(t, v.Name) {
			return nil
		}
		name, param = n, i
	}
	args := callArgs(call)
	if param < 0 || param >= len(args) {
		return nil
	}
	return &ir.Call{Name: name, Args: []ir.Expr{args[param]}, P: call.Span()}
}

// concatParts lists the operands of a string built with . and
// interpolation, nested ones flattened.
func concatParts(o *ir.Other) []ir.Expr {
	var out []ir.Expr
	for _, a := range o.Args {
		if in, ok := a.(*ir.Other); ok && (in.Op == "." || in.Op == "interp") {
			out = append(out, concatParts(in)...)
			continue
		}
		out = append(out, a)
	}
	return out
}

// passedHolding reports whether a call of fn passes, for its parameter
// i, a value that holds what the same call passes for the parameter obj
// names ("$request"): bind($request, new TenantContext($id, $request)).
func (r *resolver) passedHolding(fn *ir.Func, i int, obj string, depth int) bool {
	j := paramIndex(fn, &ir.Var{Name: strings.TrimPrefix(obj, "$")})
	if j < 0 || !strings.HasPrefix(obj, "$") || strings.Contains(obj, "->") || analyzer.AssignsVar(fn, strings.TrimPrefix(obj, "$")) {
		return false
	}
	sites, _ := r.callSites()
	for _, s := range sites[fn] {
		val, ok1 := siteArg(fn, s, i)
		key, ok2 := siteArg(fn, s, j)
		if !ok1 || !ok2 {
			continue
		}
		if p := analyzer.ExprPath(key); p != "" && holdsObject(r, s.caller, p, val, depth+1) {
			return true
		}
	}
	return false
}

// holdsObject reports whether value may hold the object at path obj (see
// reusedID); in fn, a helper of $this it is handed is followed (depth
// bounds how far).
func holdsObject(r *resolver, fn *ir.Func, obj string, value ir.Expr, depth int) bool {
	held := false
	// through a helper m given args: what it returns holds the object
	// when it holds a parameter the object is passed for
	viaHelper := func(m *ir.Func, args []ir.Expr) {
		for i, a := range args {
			if i >= len(m.Params) || m.Params[i].Variadic || m.Params[i].ByRef {
				held = true
				break
			}
			if analyzer.ExprPath(a) == obj || holdsObject(r, fn, obj, a, depth+1) {
				param := "$" + m.Params[i].Name
				if !everyReturn(m, func(x ir.Expr) bool { return !holdsObject(r, m, param, x, depth+1) }) {
					held = true
				}
			}
		}
	}
	analyzer.InspectExpr(value, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.MethodCall:
			if !n.FirstClass && (r.returnsScalar(fn, n) || r.returnsPlainData(fn, n)) {
				return false // render($subject): string, whatever it is given
			}
			if m := r.helper(fn, n); m != nil && len(n.Args) > 0 && depth < 3 {
				viaHelper(m, n.Args)
				return false
			}
			// $this->extract($entity), declared abstract (or open to
			// overrides): what every version the object may run returns
			if ms := r.thisVersions(fn, n); len(ms) > 0 && len(n.Args) > 0 && depth < 3 {
				for _, m := range ms {
					viaHelper(m, n.Args)
				}
				return false
			}
			p := analyzer.ExprPath(n.Recv)
			if p != "" && p+"->"+n.Name+"()" == obj {
				held = true // the same getter again
			}
			// $form->labels(), a method of the object whose returns hold
			// nothing of it: a value read off it
			if p == obj && !n.FirstClass && len(n.Args) == 0 && depth < 3 {
				if m := r.target(fn, n); m != nil && !m.Abstract && !m.Generator && len(m.Body) > 0 &&
					everyReturn(m, func(x ir.Expr) bool { return !holdsObject(r, m, "$this", x, depth+1) }) {
					return false
				}
			}
			if p != "" && (p == obj || strings.HasPrefix(p, obj+"->")) && readsValue(n) {
				return false // $job->getRawBody(): what the object answers, not the object
			}
		case *ir.Var, *ir.Prop:
			// $span, or what holds it ($this->span when obj is
			// $this->span->ctx); reading $span->name is a value
			p := analyzer.ExprPath(n.(ir.Expr))
			if p == obj || strings.HasPrefix(obj, p+"->") {
				held = true
			}
			// $entry, a local built from what holds it ($entry =
			// $this->seen[$id] ?? ['job' => $job, …]), by any of its
			// assignments ($entry = … ?? null; if (…) $entry = ['request'
			// => $request]): the value may be any of them
			if v, ok := n.(*ir.Var); ok && !held && fn != nil && depth < 2 && paramIndex(fn, v) < 0 {
				for _, src := range assignedSources(fn, v.Name) {
					if holdsObject(r, fn, obj, src, depth+1) {
						held = true
						break
					}
				}
			}
			// bind($request, $value), with $value a parameter too: what
			// the callers pass for it, when it holds what they pass for
			// the object (new TenantContext(…, $request))
			if v, ok := n.(*ir.Var); ok && !held && r != nil && fn != nil && depth < 2 && paramIndex(fn, v) >= 0 && !analyzer.AssignsVar(fn, v.Name) {
				held = r.passedHolding(fn, paramIndex(fn, v), obj, depth)
			}
			if strings.HasPrefix(p, obj+"->") {
				return false // a member read, not the object
			}
		case *ir.Closure:
			held = held || closureHolds(r, fn, n.Func, obj, depth)
			return false
		case *ir.Dim:
			// $this->seen[$hash]: the element read, not the key it is
			// looked up by
			held = held || holdsObject(r, fn, obj, n.Base, depth)
			return false
		case *ir.Call:
			if builtins.CopiesOut(analyzer.CallName(n)) {
				return false // get_object_vars($entity): a copy of its data
			}
			// $compute($booking), $compute a parameter: what each
			// closure the callers hand over returns when given it
			if v, ok := n.Callee.(*ir.Var); ok && r != nil && fn != nil && n.Name == "" && depth < 3 {
				if i := paramIndex(fn, v); i >= 0 {
					sites, _ := r.callSites()
					known := len(sites[fn]) > 0
					for _, s := range sites[fn] {
						a, has := siteArg(fn, s, i)
						var cb *ir.Func
						switch a := a.(type) {
						case *ir.Closure:
							cb = a.Func
						case *ir.MethodCall, *ir.StaticCall:
							if firstClass(a) {
								cb = r.target(s.caller, a)
							}
						}
						if !has || cb == nil || cb.Abstract {
							known = false
							break
						}
						viaHelper(cb, n.Args)
						// (and what the closure captures where it is
						// written: forFrame($frame, fn () => new
						// Decoded(fn () => $frame->bytes)) returns a value
						// holding the object the caller passes for obj)
						if c, isClosure := a.(*ir.Closure); isClosure && !held {
							held = capturedIntoReturn(r, fn, s, c.Func, obj, depth)
						}
					}
					if known {
						return false
					}
				}
			}
			// drainer_for($connection), a project function returning a
			// closure that keeps only a WeakReference to it
			if r != nil && n.Name != "" && len(n.Args) > 0 && depth < 3 {
				if t := r.target(fn, n); t != nil && !t.Abstract && t.Kind == ir.FuncFunction {
					viaHelper(t, n.Args)
					return false
				}
			}
			if analyzer.CallName(n) == "array_filter" && len(n.Args) > 0 {
				// the elements of the array it is given: the callback
				// that picks them is not kept
				held = held || holdsObject(r, fn, obj, n.Args[0], depth)
				return false
			}
		case *ir.StaticCall:
			if strings.EqualFold(strings.TrimPrefix(n.Class, `\`), "WeakReference") && strings.EqualFold(n.Name, "create") {
				return false // WeakReference::create($request): does not keep it
			}
		case *ir.New:
			// new ProductPresenter($product, …) whose constructor keeps
			// $product only through WeakReference::create(): the object
			// holds what its constructor stores, not all it is given
			if r == nil || depth >= 3 {
				break
			}
			ctor := r.constructor(n)
			if ctor == nil || ctor.Abstract {
				break
			}
			kept := r.storedParams(ctor)
			for j, a := range n.Args {
				if j >= len(ctor.Params) || ctor.Params[j].Variadic || ctor.Params[j].ByRef {
					held = held || holdsObject(r, fn, obj, a, depth+1)
					continue
				}
				if _, stored := kept[j]; stored && (analyzer.ExprPath(a) == obj || holdsObject(r, fn, obj, a, depth+1)) {
					held = true
				}
			}
			return false
		case *ir.Other:
			switch n.Op {
			case "instanceof", "isset", "empty", "!", "==", "===", "!=", "!==", "<", ">", "<=", ">=", "&&", "||":
				return false // true or false, whatever it tests
			case "?:":
				// $o instanceof Versioned ? $o->etag() : '': one of the
				// arms; the condition is not kept
				if len(n.Args) == 3 {
					held = held || holdsObject(r, fn, obj, n.Args[1], depth) || holdsObject(r, fn, obj, n.Args[2], depth)
					return false
				}
			}
		}
		return !held
	})
	return held
}

// closureHolds reports whether the closure cl, written in fn, may hold
// the object at path obj: a closure that is not static holds $this, an
// arrow function what its body reads, and any closure what it captures
// with use (a local captured that holds the object, too). A static
// closure that captures none of it holds none of it (a writer bound to
// a class's scope with Closure::bind($fn, null, $entity::class)).
func closureHolds(r *resolver, fn, cl *ir.Func, obj string, depth int) bool {
	if cl == nil || fn == nil {
		return true
	}
	root := strings.TrimPrefix(obj, "$")
	if i := strings.Index(root, "->"); i >= 0 {
		root = root[:i]
	}
	if root == "" || strings.ContainsAny(root, "()") {
		return true
	}
	if root == "this" && !cl.Static {
		return true // bound to $this
	}
	captured := func(name string) bool {
		if name == root {
			return true
		}
		if depth >= 2 || paramIndex(fn, &ir.Var{Name: name}) >= 0 {
			return false
		}
		src := assignedOnce(fn)[name]
		return src != nil && holdsObject(r, fn, obj, src, depth+1)
	}
	if cl.Kind == ir.FuncArrow {
		reads := false
		analyzer.InspectFunc(cl, analyzer.KVar|analyzer.KClosure, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Closure:
				reads = true // what a closure inside it captures, it captures too
			case *ir.Var:
				reads = reads || paramIndex(cl, n) < 0 && captured(n.Name)
			}
			return !reads
		})
		return reads
	}
	for _, u := range cl.Uses {
		if captured(u.Name) {
			return true
		}
	}
	return false
}

// capturedIntoReturn reports whether the closure cb, handed to fn at
// call site s and called by fn, returns a value that holds the object
// the caller passes for obj, a parameter of fn (obj or a member path of
// it): cb captures the caller's variable (use ($frame), or an arrow
// function's read) and its return keeps it, directly or in what it makes.
func capturedIntoReturn(r *resolver, fn *ir.Func, s callSite, cb *ir.Func, obj string, depth int) bool {
	if cb == nil || depth >= 2 {
		return false
	}
	root, rest := obj, ""
	if i := strings.Index(obj, "->"); i >= 0 {
		root, rest = obj[:i], obj[i:]
	}
	k := paramIndex(fn, &ir.Var{Name: strings.TrimPrefix(root, "$")})
	if k < 0 || fn.Params[k].Variadic || fn.Params[k].ByRef {
		return false
	}
	a, ok := siteArg(fn, s, k)
	if !ok {
		return false
	}
	v, ok := a.(*ir.Var)
	if !ok || v.Name == "" || v.Name == "this" {
		return false
	}
	// the caller's variable, as the closure sees it
	if cb.Kind != ir.FuncArrow && !slices.ContainsFunc(cb.Uses, func(u ir.ClosureUse) bool { return u.Name == v.Name }) {
		return false
	}
	if paramIndex(cb, v) >= 0 {
		return false // (a parameter of its own of that name)
	}
	path := "$" + v.Name + rest
	held := false
	analyzer.InspectFunc(cb, analyzer.KReturn, func(x analyzer.Node, _ []analyzer.Node) bool {
		switch x := x.(type) {
		case *ir.Closure:
			return false
		case *ir.Return:
			held = held || x.X != nil && objectShaped(x.X) && holdsObject(r, cb, path, x.X, depth+1)
		}
		return !held
	})
	return held
}

// objectShaped reports whether e makes or passes on a value that can
// keep an object: a new object, a closure, an array, a variable or a
// property. A cast, a concatenation or a call's result is taken to be
// what it computes ((string) $invoice, md5(…)), not what it read.
func objectShaped(e ir.Expr) bool {
	switch e.(type) {
	case *ir.New, *ir.Closure, *ir.Array, *ir.Var, *ir.Prop:
		return true
	}
	return false
}

// returnsScalar reports whether the method a call in fn runs is
// declared to return only scalars (string, int, float, bool, null), which
// hold no object; also for an abstract method, which its overrides must
// honour. False without a resolver.
func (r *resolver) returnsScalar(fn *ir.Func, mc *ir.MethodCall) bool {
	if r == nil || fn == nil || mc.Name == "" {
		return false
	}
	var m *ir.Func
	if analyzer.IsThis(mc.Recv) && fn.ThisClass() != nil {
		m = r.ix.Method(fn.ThisClass().Name, mc.Name)
	} else {
		m = r.target(fn, mc)
	}
	if m == nil || len(m.Returns) == 0 {
		return false
	}
	for _, t := range m.Returns {
		switch strings.ToLower(t) {
		case "string", "int", "float", "bool", "true", "false", "null", "void":
		default:
			return false
		}
	}
	return true
}

// returnsPlainData reports whether every method a call in fn may run (the
// method, or each override in the project of an abstract one) returns
// only an array literal of scalars: literals and properties of $this
// declared as scalars (['plan' => $this->plan, 'seats' => $this->seats]),
// which hold no object.
func (r *resolver) returnsPlainData(fn *ir.Func, mc *ir.MethodCall) bool {
	if r == nil || fn == nil || mc.Name == "" {
		return false
	}
	m := r.target(fn, mc)
	if m == nil || m.Kind != ir.FuncMethod || m.Class == nil {
		return false
	}
	impls := []*ir.Func{m}
	if m.Abstract {
		impls = nil
		for _, c := range r.ix.ConcreteSubclasses(m.Class.Name) {
			if o := r.ix.Method(c, m.Name); o != nil && !o.Abstract {
				impls = append(impls, o)
			}
		}
	}
	for _, o := range impls {
		rets := returned(o)
		if len(rets) == 0 || o.ThisClass() == nil {
			return false
		}
		for _, ret := range rets {
			a, ok := ret.(*ir.Array)
			if !ok {
				return false
			}
			for _, it := range a.Items {
				if !r.scalarValue(o, it.Value) {
					return false
				}
			}
		}
	}
	return len(impls) > 0
}

// scalarValue reports whether e, in method fn, is a literal or a
// property of $this declared with scalar types only.
func (r *resolver) scalarValue(fn *ir.Func, e ir.Expr) bool {
	switch x := e.(type) {
	case *ir.Lit:
		return true
	case *ir.Prop:
		if !analyzer.IsThis(x.Obj) || x.Name == "" {
			return false
		}
		p := r.ix.Property(fn.ThisClass().Name, x.Name)
		if p == nil || len(p.Types) == 0 {
			return false
		}
		for _, t := range p.Types {
			switch strings.ToLower(t) {
			case "string", "int", "float", "bool", "true", "false", "null":
			default:
				return false
			}
		}
		return true
	}
	return false
}

// helper is the project method a method call in fn runs, when phpleak
// knows it: a private method of $this (no subclass answers it instead),
// or the method the resolver finds for the receiver's class; nil
// otherwise (also without a resolver).
func (r *resolver) helper(fn *ir.Func, mc *ir.MethodCall) *ir.Func {
	if r == nil || fn == nil || mc.Name == "" {
		return nil
	}
	var m *ir.Func
	if analyzer.IsThis(mc.Recv) {
		if fn.ThisClass() == nil {
			return nil
		}
		if m = r.ix.Method(fn.ThisClass().Name, mc.Name); m != nil && !m.Private {
			return nil
		}
	} else {
		m = r.target(fn, mc)
	}
	if m == nil || m.Abstract || len(m.Body) == 0 {
		return nil
	}
	return m
}

// thisVersions lists, for a call of a method of $this that is not
// private, every version of it the object may run: its own, unless
// abstract, and the overrides of every concrete class below fn's; nil
// when one of them has no body to read.
func (r *resolver) thisVersions(fn *ir.Func, mc *ir.MethodCall) []*ir.Func {
	if r == nil || fn == nil || mc.Name == "" || !analyzer.IsThis(mc.Recv) || fn.ThisClass() == nil {
		return nil
	}
	base := r.ix.Method(fn.ThisClass().Name, mc.Name)
	if base == nil || base.Private {
		return nil
	}
	var out []*ir.Func
	if !base.Abstract {
		out = append(out, base)
	}
	users := r.ix.ConcreteSubclasses(fn.ThisClass().Name)
	if fn.ThisClass().Kind == ir.KindTrait {
		// $this in a trait's method: an object of a class using it
		users = r.traitUsers(fn.ThisClass())
	}
	for _, c := range users {
		m := r.ix.Method(c, mc.Name)
		if m == nil || m.Abstract {
			return nil
		}
		if !slices.Contains(out, m) {
			out = append(out, m)
		}
	}
	if slices.ContainsFunc(out, func(m *ir.Func) bool { return len(m.Body) == 0 }) {
		return nil
	}
	return out
}

// traitUsers lists the concrete project classes that use trait t,
// directly or through a parent or another trait, anonymous ones
// included (new class { use MemoizesSchedules; … } is as much a user).
func (r *resolver) traitUsers(t *ir.Class) []string {
	var out []string
	for _, f := range r.ix.Files() {
		for _, c := range f.Classes {
			if c.Kind != ir.KindClass || c.Abstract {
				continue
			}
			if slices.Contains(r.ix.Lineage(c.Name), t) {
				out = append(out, c.Name)
			}
		}
	}
	return out
}

// readsValue reports whether a method call reads a value off its
// object: an accessor by its name (get…, is…, has…, to…, count…) called
// with no arguments, getIterator() left out (a generator over the object
// holds it).
func readsValue(mc *ir.MethodCall) bool {
	if len(mc.Args) > 0 || mc.Name == "" {
		return false
	}
	name := strings.ToLower(mc.Name)
	if name == "getiterator" {
		return false
	}
	for _, pre := range []string{"get", "is", "has", "to", "count"} {
		if strings.HasPrefix(name, pre) {
			return true
		}
	}
	return false
}

// uncast is e without scalar casts: (string) spl_object_id($conn) is
// the id.
func uncast(e ir.Expr) ir.Expr {
	for {
		o, ok := e.(*ir.Other)
		if !ok || o.Op != "cast" || len(o.Args) != 1 {
			return e
		}
		e = o.Args[0]
	}
}

// testedValue is the place a membership test checks when handed e: e
// without its casts and without a literal fallback: in_array($f['channel']
// ?? "", LIST) checks $f['channel'], which, when missing, the test sees
// as the literal and the code reads as null, one value more.
func testedValue(e ir.Expr) ir.Expr {
	for {
		e = uncast(e)
		o, ok := e.(*ir.Other)
		if !ok || o.Op != "??" || len(o.Args) != 2 || !analyzer.IsConstant(o.Args[1]) {
			return e
		}
		e = o.Args[0]
	}
}

// reusedIDParam is reusedID for a key that is parameter of fn: every
// call of fn passes the object id of an object (spl_object_id($conn),
// made in the caller, or in the code around the closure that calls fn
// and captures it), and what fn stores under it is plain data, which
// cannot hold the object (see plainValue). A per-connection buffer in
// a 'data' listener keyed by its connection's id: the id is handed to
// the next connection once this one is freed.
func (r *resolver) reusedIDParam(fn *ir.Func, key, value ir.Expr) bool {
	i := paramIndex(fn, key)
	if i < 0 {
		return false
	}
	sites, ok := r.knownSites(fn)
	if !ok {
		return false
	}
	for _, s := range sites {
		arg, ok := siteArg(fn, s, i)
		if !ok {
			return false
		}
		src := localSource(s.caller, arg)
		if v, isVar := src.(*ir.Var); isVar && paramIndex(s.caller, v) < 0 && s.caller.Parent != nil && capturesVar(s.caller, v.Name) {
			src = localSource(s.caller.Parent, v) // captured from the code that made the closure
		}
		// (nil: the id is checked against what fn stores, plain data)
		if c, isCall := uncast(src).(*ir.Call); !isCall || !reusedID(c, &ir.Lit{Kind: ir.LitNull}) {
			return false
		}
	}
	return r.plainValue(fn, value, 3)
}

// plainValue reports whether e, in fn, is plain data that holds no
// object: literals, strings and numbers computed by operators, casts
// and string functions, pieces of a split string, an element taken from
// such a list, a local only ever assigned such values, a parameter
// declared a scalar type. Follows locals depth assignments deep.
func (r *resolver) plainValue(fn *ir.Func, e ir.Expr, depth int) bool {
	switch e := e.(type) {
	case *ir.Lit:
		return true
	case *ir.Other:
		switch e.Op {
		case ".", "interp", "cast", "+", "-", "*", "/", "%", "!", "==", "===", "!=", "!==", "<", ">", "<=", ">=", "isset", "empty":
			return true // (a string, a number or a bool, whatever the operands)
		case "?:", "??":
			for _, a := range e.Args[min(1, len(e.Args)-1):] {
				if !r.plainValue(fn, a, depth) {
					return false
				}
			}
			return len(e.Args) > 0
		}
	case *ir.Call:
		name := analyzer.CallName(e)
		switch {
		case builtins.Derives(name) && name != "json_encode" && name != "serialize" || builtins.Splits(name) || builtins.Digest(name):
			return true
		case name == "count" || name == "strlen" || name == "mb_strlen":
			return true
		case name == "array_pop" || name == "array_shift" || name == "end" || name == "reset" || name == "current":
			return len(e.Args) == 1 && r.plainValue(fn, e.Args[0], depth)
		}
	case *ir.Var:
		if i := paramIndex(fn, e); i >= 0 {
			ts := fn.Params[i].Types
			return len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool {
				switch strings.ToLower(t) {
				case "string", "int", "float", "bool", "null", "false", "true":
					return false
				}
				return true
			})
		}
		if depth == 0 || e.Name == "this" || e.Name == "" {
			return false
		}
		plain, assigned := true, false
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Assign:
				if isVarNamed(n.Dst, e.Name) {
					assigned = true
					plain = plain && n.Op == "=" && !n.ByRef && r.plainValue(fn, n.Src, depth-1)
				} else if analyzer.RootVar(n.Dst) == e.Name || names(n.Dst)[e.Name] {
					plain = false // an element written, a destructuring
				}
			case *ir.Loop:
				if names(n.Key)[e.Name] || names(n.Value)[e.Name] {
					plain = false
				}
			case *ir.Global, *ir.StaticVar:
				plain = false
			}
			return plain
		})
		return plain && assigned
	}
	return false
}

// memberPath names a property chain or an element of one under a
// written key ($request->attributes['macro'], $this->ctx->name), "" for
// anything else (locals and their elements are followed by their own
// assignments: see localBounded, elemBounded).
func memberPath(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Prop:
		return analyzer.ExprPath(e)
	case *ir.Dim:
		if l, ok := e.Key.(*ir.Lit); ok && (l.Kind == ir.LitString || l.Kind == ir.LitInt) {
			if base := memberPath(e.Base); base != "" {
				return base + "[" + l.Value + "]"
			}
		}
	}
	return ""
}

type priorWritesKey struct{}

// priorWrites maps the reads of a member path in fn that the statement
// right before assigned ($request->attributes['macro'] = 'brandLink';
// Str::macro($request->attributes['macro'], …)) to the value assigned:
// nothing ran in between that could change it. Reads in a statement's
// own expression count (not in its nested blocks, which are looked at
// on their own); a statement that does anything but assign a member path
// without calling code forgets what came before. Computed once per
// function.
func priorWrites(fn *ir.Func) map[ir.Expr]ir.Expr {
	return analyzer.FuncMemo(fn, priorWritesKey{}, func() map[ir.Expr]ir.Expr {
		out := map[ir.Expr]ir.Expr{}
		// calls reports whether e runs code (calls, includes), below it
		// only when below is set
		calls := func(e ir.Expr, below bool) bool {
			found := false
			analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
				if below && n == analyzer.Node(e) {
					return true
				}
				switch n.(type) {
				case *ir.Closure:
					return false // runs later
				case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.New, *ir.Yield:
					found = true
				case *ir.Other:
					found = n.(*ir.Other).Op == "include" || n.(*ir.Other).Op == "include_once"
				}
				return !found
			})
			return found
		}
		block := func(list []ir.Stmt) {
			known := map[string]ir.Expr{}
			for _, st := range list {
				var x ir.Expr
				switch st := st.(type) {
				case *ir.ExprStmt:
					x = st.X
				case *ir.Return:
					x = st.X
				}
				// (a read after code that runs first in the statement may
				// see what that code did: only the statement's own call
				// may run, after its arguments)
				if x != nil && len(known) > 0 && !calls(x, true) {
					analyzer.InspectExpr(x, func(n analyzer.Node, _ []analyzer.Node) bool {
						if _, ok := n.(*ir.Closure); ok {
							return false // runs later
						}
						if e, ok := n.(ir.Expr); ok {
							if src, ok := known[memberPath(e)]; ok {
								out[e] = src
							}
						}
						return true
					})
				}
				if a, ok := x.(*ir.Assign); ok && a.Op == "=" && !a.ByRef && memberPath(a.Dst) != "" && !calls(a.Src, false) {
					if _, isStmt := st.(*ir.ExprStmt); isStmt {
						// (what this assignment replaces, or nests in,
						// is forgotten)
						dst := memberPath(a.Dst)
						for k := range known {
							if strings.HasPrefix(k, dst) || strings.HasPrefix(dst, k) {
								delete(known, k)
							}
						}
						known[dst] = a.Src
						continue
					}
				}
				clear(known)
			}
		}
		block(fn.Body)
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.If:
				block(n.Then)
				block(n.Else)
			case *ir.Loop:
				block(n.Body)
			case *ir.Try:
				block(n.Body)
				block(n.Finally)
			case *ir.Catch:
				block(n.Body)
			case *ir.Switch:
				for _, c := range n.Cases {
					block(c.Body)
				}
			case *ir.Closure:
				return false // a function of its own
			}
			return true
		})
		return out
	})
}

// localSource is what a local variable key was assigned when it is
// assigned once ($hash = spl_object_hash($form)); the key itself
// otherwise.
func localSource(fn *ir.Func, k ir.Expr) ir.Expr {
	v, ok := k.(*ir.Var)
	if !ok || paramIndex(fn, v) >= 0 {
		return k
	}
	if src := assignedOnce(fn)[v.Name]; src != nil {
		return src
	}
	return k
}

// assignedOnce maps the variables of fn assigned exactly once to what
// they are assigned; computed in one walk per function.
func assignedOnce(fn *ir.Func) map[string]ir.Expr {
	return analyzer.FuncMemo(fn, assignedOnceKey{}, func() map[string]ir.Expr {
		srcs := map[string]ir.Expr{}
		count := map[string]int{}
		analyzer.InspectFunc(fn, analyzer.KAssign, func(x analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := x.(*ir.Assign); ok {
				if d, ok := a.Dst.(*ir.Var); ok && d.Name != "" {
					srcs[d.Name] = a.Src
					count[d.Name]++
				}
			}
			return true
		})
		for name, n := range count {
			if n != 1 || srcs[name] == nil {
				delete(srcs, name)
			}
		}
		return srcs
	})
}

type assignedOnceKey struct{}

// boundedKey reports whether a key comes from a small fixed set (see
// valueBounded).
func (r *resolver) boundedKey(fn *ir.Func, k ir.Expr) bool {
	return r.valueBounded(fn, k)
}

// registeredKey reports whether key is the name a registration function
// registers something under (issue shapes: menus, post types, screens): fn
// is named add… or register… (add_menu_page, registerType), the key is
// computed from its parameters alone, and each of those is a name written
// in code: every call in the project passes a fixed value, or passes on
// a parameter of a registration function for which the same holds, or
// nothing in the project calls it (an API the project's users call with
// their own names). Registered again on every request, such a key is
// overwritten, not added.
func (r *resolver) registeredKey(fn *ir.Func, key ir.Expr) bool {
	if fn == nil || !registrationName(fn.Name) {
		return false
	}
	params, ok := keyParams(fn, key, 3)
	if !ok || len(params) == 0 {
		return false
	}
	for _, i := range params {
		if !r.registeredParam(fn, i, 3) {
			return false
		}
	}
	return true
}

// registrationName reports whether a function's name says it registers
// something: its first word is add or register.
func registrationName(name string) bool {
	words := nameWords(shortName(name))
	return len(words) > 1 && (words[0] == "add" || words[0] == "register")
}

// keyParams lists the parameters of fn that e is computed from, following
// local variables and parameters assigned anew up to depth assignments
// deep; ok is false when e reads anything else (a property, a global).
func keyParams(fn *ir.Func, e ir.Expr, depth int) (params []int, ok bool) {
	return keyParamsSeen(fn, e, depth, map[string]bool{})
}

func keyParamsSeen(fn *ir.Func, e ir.Expr, depth int, seen map[string]bool) (params []int, ok bool) {
	switch e := e.(type) {
	case *ir.Lit, *ir.ClassConst:
		return nil, true
	case *ir.Var:
		i := paramIndex(fn, e)
		if i >= 0 {
			if !nameParam(fn.Params[i]) {
				return nil, false // an object, a callable: no name
			}
			params = append(params, i)
		}
		if seen[e.Name] {
			// $slug = plugin_basename($slug): the value it had
			return params, i >= 0
		}
		seen[e.Name] = true
		var srcs []ir.Expr
		analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && isVarNamed(a.Dst, e.Name) {
				srcs = append(srcs, a.Src)
			}
			return true
		})
		if i < 0 && len(srcs) == 0 || depth == 0 && len(srcs) > 0 {
			return nil, false
		}
		for _, s := range srcs {
			ps, ok := keyParamsSeen(fn, s, depth-1, seen)
			if !ok {
				return nil, false
			}
			params = append(params, ps...)
		}
		return params, true
	case *ir.Dim:
		// $real_parent[$slug]: a lookup by the name
		if e.Key == nil {
			return nil, false
		}
		return keyParamsSeen(fn, e.Key, depth, seen)
	case *ir.Array:
		// str_replace(['-', '_'], ' ', $value): a list of what it is made of
		for _, it := range e.Items {
			for _, x := range []ir.Expr{it.Key, it.Value} {
				if x == nil {
					continue
				}
				ps, ok := keyParamsSeen(fn, x, depth, seen)
				if !ok {
					return nil, false
				}
				params = append(params, ps...)
			}
		}
		return params, true
	case *ir.Call, *ir.MethodCall, *ir.StaticCall, *ir.Other:
		// plugin_basename($slug), "{$parent}_page_{$slug}": a function of
		// what it is given
		if m, isMethod := e.(*ir.MethodCall); isMethod && !analyzer.IsThis(m.Recv) {
			return nil, false
		}
		if c, isCall := e.(*ir.Call); isCall {
			// an object's id, a hash, a random or time value: no name
			if name := analyzer.CallName(c); builtins.Fresh(name) || builtins.Digest(name) || strings.HasPrefix(name, "spl_object_") {
				return nil, false
			}
		}
		args := callArgs(e)
		if o, isOther := e.(*ir.Other); isOther {
			args = o.Args
		}
		for _, a := range args {
			ps, ok := keyParamsSeen(fn, a, depth, seen)
			if !ok {
				return nil, false
			}
			params = append(params, ps...)
		}
		return params, true
	}
	return nil, false
}

// invokableNew reports whether e makes an object of a project class with
// __invoke(): new Handler($em) given where a callable goes.
func (r *resolver) invokableNew(e ir.Expr) bool {
	nw, ok := e.(*ir.New)
	return ok && nw.Class != "" && r.ix.Method(nw.Class, "__invoke") != nil
}

// classProp names a property of a class, looped over by a call in by.
type classProp struct {
	class, prop string
	by          *ir.Func
}

// loopOverProp reports whether recv, in fn, is the value variable of a
// foreach over a property of $this (foreach ($this->listeners as $l)),
// and which.
func loopOverProp(fn *ir.Func, stack []analyzer.Node, recv ir.Expr) (class, prop string, ok bool) {
	v, isVar := recv.(*ir.Var)
	c := fn.ThisClass()
	if !isVar || c == nil {
		return "", "", false
	}
	for i := len(stack) - 1; i >= 0; i-- {
		l, isLoop := stack[i].(*ir.Loop)
		if !isLoop || !isVarNamed(l.Value, v.Name) {
			continue
		}
		if pr, isProp := l.Iter.(*ir.Prop); isProp && analyzer.IsThis(pr.Obj) && pr.Name != "" {
			return c.Name, pr.Name, true
		}
		return "", "", false
	}
	return "", "", false
}

// alwaysEmpty reports whether property prop of class only ever holds an
// empty array: its default, every write of it, and every argument its
// constructor is given for it are [] (the listeners a worker is built
// with, none in this configuration). Asked once the call index is built.
func (r *resolver) alwaysEmpty(class, prop string) bool {
	decl := r.ix.Property(class, prop)
	if decl == nil || decl.Static || decl.Default != nil && !emptyArray(decl.Default) {
		return false
	}
	for _, w := range r.propWrites[""] {
		if analyzer.IsThis(w.obj) && w.fn.ThisClass() != nil && r.ix.Implements(w.fn.ThisClass().Name, class) {
			return false // $this->{$name} = …
		}
	}
	ctor := r.ix.Method(class, "__construct")
	given := func(i int) bool {
		if ctor == nil || i >= len(ctor.Params) || len(r.sites[ctor]) == 0 {
			return false // made where the project cannot see
		}
		if d := ctor.Params[i].Default; d != nil && !emptyArray(d) {
			return false
		}
		for _, s := range r.sites[ctor] {
			if a, ok := siteArg(ctor, s, i); !ok || !emptyArray(a) {
				return false
			}
		}
		return true
	}
	if decl.Promoted {
		if ctor == nil {
			return false
		}
		i := slices.IndexFunc(ctor.Params, func(p *ir.Param) bool { return p.Name == prop })
		if i < 0 || !given(i) {
			return false
		}
	}
	for _, w := range r.propWrites[prop] {
		owner := r.classOf(w.fn, w.obj)
		if analyzer.IsThis(w.obj) && w.fn.ThisClass() != nil {
			owner = w.fn.ThisClass().Name
		}
		if owner != "" && !r.ix.Implements(owner, class) && !r.ix.Implements(class, owner) {
			continue // another class's property of that name
		}
		if !w.simple || w.src == nil {
			return false
		}
		if v, ok := w.src.(*ir.Var); ok && w.fn == ctor {
			if i := paramIndex(ctor, v); i >= 0 && given(i) {
				continue
			}
		}
		if !emptyArray(w.src) {
			return false
		}
	}
	return true
}

// emptyArray reports whether e is the literal [].
func emptyArray(e ir.Expr) bool {
	a, ok := e.(*ir.Array)
	return ok && len(a.Items) == 0
}

// nameParam reports whether a parameter can hold a name: untyped, or
// typed string or int.
func nameParam(p *ir.Param) bool {
	for _, t := range p.Types {
		switch strings.ToLower(t) {
		case "string", "int", "null":
		default:
			return false
		}
	}
	return true
}

// registeredParam reports whether parameter i of registration function fn
// is given names written in code (see registeredKey).
func (r *resolver) registeredParam(fn *ir.Func, i, depth int) bool {
	sites, unresolved := r.callSites()
	if fn.Kind == ir.FuncMethod && unresolved[strings.ToLower(fn.Name)] {
		return false
	}
	for _, s := range sites[fn] {
		arg, ok := siteArg(fn, s, i)
		if !ok {
			return false
		}
		if r.valueBounded(s.caller, arg) {
			continue
		}
		if v, ok := arg.(*ir.Var); ok && depth > 0 && registrationName(s.caller.Name) {
			if j := paramIndex(s.caller, v); j >= 0 && r.registeredParam(s.caller, j, depth-1) {
				continue
			}
		}
		return false
	}
	return true
}

// callSite is one call of a function or method.
type callSite struct {
	caller *ir.Func
	args   []ir.Expr
	at     ir.Pos  // where the call is (zero for callbacks)
	recv   ir.Expr // a method call's receiver, nil otherwise
	// callable: not a call but a first-class callable made of the
	// target ($outbox->relay(...)), which runs where it is handed to
	callable bool
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
	r.unresolvedBy = map[string][]*ir.Func{}
	r.classStrings = map[string]bool{}
	r.sharedIDs, r.idOnly = map[string]bool{}, map[string]bool{}
	otherStrings := map[string]bool{} // (class strings used some other way)
	r.madeByName = map[string]bool{}
	r.callableNames = map[string]bool{}
	r.untyped = map[string][]untypedCall{}
	r.newStatic = map[string]bool{}
	r.propWrites = map[string][]propWrite{}
	r.fedBy = map[*ir.Func]callSite{}
	r.attrWrites = map[string][]attrWrite{}
	overProps := map[string][]classProp{}
	defer func() {
		for k := range r.classStrings {
			r.idOnly[k] = r.sharedIDs[k] && !otherStrings[k]
		}
		r.sitesReady = true
		r.takenMemo = nil // (answered from the call sites indexed so far)
		// what the walk left aside: a call on the elements of a property
		// runs whatever they are, unless every write leaves it empty
		for name, ps := range overProps {
			for _, cp := range ps {
				if !r.alwaysEmpty(cp.class, cp.prop) {
					r.unresolved[name] = true
					r.unresolvedBy[name] = append(r.unresolvedBy[name], cp.by)
				}
			}
		}
	}()
	// the ids Laravel Octane resolves through the container when the
	// worker boots: the items of config/octane.php's 'warm' list look
	// a service up as make(X::class) does
	warmIDs := map[ir.Expr]bool{}
	for _, f := range r.ix.Files() {
		if strings.HasSuffix(f.Path, "config/octane.php") {
			if list, ok := configEntry(f, "warm").(*ir.Array); ok {
				for _, it := range list.Items {
					warmIDs[it.Value] = true
				}
			}
		}
	}
	for _, f := range r.ix.Files() {
		// class strings in property defaults and class constants:
		// private array $handlers = [A::class, …], const MAP = [...]
		for _, c := range f.Classes {
			analyzer.Inspect(analyzer.ClassInitializers(c), func(n analyzer.Node, _ []analyzer.Node) bool {
				if e, ok := n.(ir.Expr); ok {
					if k := r.noteClassString(e); k != "" {
						otherStrings[k] = true
					}
				}
				return true
			})
		}
		for _, fn := range f.AllFuncs() {
			analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KOther|analyzer.KCalls|analyzer.KNew|analyzer.KClassConst|analyzer.KLit, func(n analyzer.Node, stack []analyzer.Node) bool {
				var args []ir.Expr
				name := ""
				switch c := n.(type) {
				case *ir.Assign, *ir.Other:
					r.notePropWrite(fn, n)
					return true
				case *ir.MethodCall:
					args, name = c.Args, c.Name
					r.noteAttrWrite(fn, c)
					if slices.ContainsFunc(c.Args, callableLiteral) || slices.ContainsFunc(c.Args, r.invokableNew) {
						r.callableCalls = append(r.callableCalls, fnCall{fn, c})
					}
				case *ir.StaticCall:
					args, name = c.Args, c.Name
				case *ir.Call:
					args = c.Args
					r.noteFedClosure(fn, c)
				case *ir.New:
					args = c.Args
					if c.Class == "static" {
						for at := fn; at != nil; at = at.Parent {
							if at.Class != nil {
								r.newStatic[strings.ToLower(at.Class.Name)] = true
								break
							}
						}
					} else if c.Class != "" {
						r.madeByName[strings.ToLower(c.Class)] = true
					}
				case *ir.ClassConst, *ir.Lit:
					if k := r.noteClassString(n.(ir.Expr)); k != "" {
						id := bindingID(n.(ir.Expr), stack)
						if warmIDs[n.(ir.Expr)] || facadeAccessor(fn, n.(ir.Expr), stack) {
							id = "lookup"
						}
						switch id {
						case "shared":
							r.sharedIDs[k] = true
						case "lookup":
						default:
							otherStrings[k] = true
						}
					}
					if l, ok := n.(*ir.Lit); ok && l.Kind == ir.LitString && len(l.Value) < 120 {
						v := l.Value
						if i := strings.LastIndex(v, "::"); i >= 0 {
							v = v[i+2:]
						}
						if v = strings.TrimPrefix(v, `\`); classLike(v) {
							lowercase.Add(r.callableNames, v)
						}
					}
					return true
				default:
					return true
				}
				var recv ir.Expr
				if mc, ok := n.(*ir.MethodCall); ok {
					recv = mc.Recv
				}
				if t := r.target(fn, n); t != nil {
					r.sites[t] = append(r.sites[t], callSite{caller: fn, args: args, at: n.Span(), recv: recv, callable: firstClass(n.(ir.Expr))})
					if len(r.invokedParams(t)) > 0 {
						r.syncSites = append(r.syncSites, syncCall{fn, n, t})
					}
				} else if mc, ok := n.(*ir.MethodCall); ok && mc.NameExpr != nil {
					for _, t := range r.dynamicTargets(fn, mc) {
						r.sites[t] = append(r.sites[t], callSite{caller: fn, args: args, at: n.Span()})
					}
				} else if name != "" {
					if mc, ok := n.(*ir.MethodCall); ok {
						if class, prop, ok := loopOverProp(fn, stack, mc.Recv); ok {
							// foreach ($this->listeners as $l) $l->handle():
							// nothing, when the list is always empty
							overProps[strings.ToLower(name)] = append(overProps[strings.ToLower(name)], classProp{class, prop, fn})
							return true
						}
					}
					if mc, ok := n.(*ir.MethodCall); ok {
						// $this->stack->push($x) on an SplStack no project
						// class extends: it runs no project method (a
						// library's wrapper, a cache repository's put(),
						// may hand the call on to a project object)
						if class := r.classOf(fn, mc.Recv); builtins.Inert(class) && !r.ix.ProjectSubtyped(class) {
							return true
						}
					}
					r.unresolved[strings.ToLower(name)] = true
					r.unresolvedBy[strings.ToLower(name)] = append(r.unresolvedBy[strings.ToLower(name)], fn)
					// $conn->schema() where the receiver's class is known
					// but only its subclasses define the method
					if mc, ok := n.(*ir.MethodCall); ok {
						if class := r.classOf(fn, mc.Recv); class != "" && r.ix.Class(class) != nil {
							r.virtual = append(r.virtual, virtualCall{class: class, name: name, site: callSite{caller: fn, args: args}})
							return true
						}
					}
					k := strings.ToLower(name)
					r.untyped[k] = append(r.untyped[k], untypedCall{caller: fn, args: argCount(args)})
				}
				return true
			})
		}
	}
	return r.sites, r.unresolved
}

// arrayCallbacks maps the PHP functions that call a callable they are
// given with the keys and values of an array argument to the callable's
// position and, per parameter of the callable, the argument that feeds
// it (-1: something else, as array_reduce's carry). array_map feeds
// parameter i from the array after the callable at i (see
// noteFedClosure).
var arrayCallbacks = map[string]struct {
	callable int
	feeds    []int
}{
	"array_map":    {0, nil},
	"array_filter": {1, []int{0, 0}},
	"array_walk":   {1, []int{0, 0, 2}},
	"usort":        {1, []int{0, 0}},
	"uasort":       {1, []int{0, 0}},
	"uksort":       {1, []int{0, 0}},
	"array_reduce": {1, []int{-1, 0}},
}

// noteFedClosure records a closure written as the callback of one of
// arrayCallbacks (array_map(fn ($k, $v) => …, array_keys($a), $a)): it
// runs only there, with what those arguments hold.
func (r *resolver) noteFedClosure(fn *ir.Func, c *ir.Call) {
	name := analyzer.CallName(c)
	ac, ok := arrayCallbacks[name]
	if !ok || ac.callable >= len(c.Args) {
		return
	}
	cl, ok := c.Args[ac.callable].(*ir.Closure)
	if !ok || cl.Func == nil {
		return
	}
	feeds := make([]ir.Expr, len(cl.Func.Params))
	for i := range feeds {
		at := -1
		switch {
		case name == "array_map":
			at = 1 + i
		case i < len(ac.feeds):
			at = ac.feeds[i]
		}
		if at >= 0 && at < len(c.Args) && at != ac.callable {
			feeds[i] = c.Args[at]
		}
	}
	r.fedBy[cl.Func] = callSite{caller: fn, args: feeds, at: c.P}
}

// attrWrite is a value stored under a request attribute, in fn.
type attrWrite struct {
	fn    *ir.Func
	value ir.Expr
}

// attrCall tells whether c stores or reads a request attribute — PSR-7's
// $request->withAttribute($name, $v) and getAttribute($name), the
// attribute bag of Symfony's request ($request->attributes->set() and
// get()) — and under which name ("" when computed).
func attrCall(c *ir.MethodCall) (name string, write, read bool) {
	bag := false
	if p, ok := c.Recv.(*ir.Prop); ok && p.Name == "attributes" {
		bag = true
	}
	// (asked of every method call: compared without a lower-case copy)
	switch {
	case lowercase.Is(c.Name, "withattribute") || bag && lowercase.Is(c.Name, "set"):
		write = len(c.Args) >= 2
	case lowercase.Is(c.Name, "getattribute") || bag && lowercase.Is(c.Name, "get"):
		read = len(c.Args) >= 1
	}
	if !write && !read {
		return "", false, false
	}
	switch k := c.Args[0].(type) {
	case *ir.Lit:
		if k.Kind == ir.LitString {
			name = k.Value
		}
	case *ir.ClassConst:
		// Route::class: the class's name, the string PHP passes
		if strings.EqualFold(k.Name, "class") && k.Class != "" && !strings.EqualFold(k.Class, "static") && !strings.EqualFold(k.Class, "self") {
			name = strings.TrimPrefix(k.Class, `\`)
		}
	}
	return name, write, read
}

// noteAttrWrite records what c stores under a request attribute.
func (r *resolver) noteAttrWrite(fn *ir.Func, c *ir.MethodCall) {
	if name, write, _ := attrCall(c); write {
		r.attrWrites[name] = append(r.attrWrites[name], attrWrite{fn, c.Args[1]})
	}
}

// attributeBounded reports whether request attribute name only ever
// holds values from a fixed set: the project stores it, only under
// that written name, and every value it stores is bounded (a route
// name a router matched among the routes registered at boot). An
// attribute the project never stores is set by the framework, from the
// request. Computed once per name.
func (r *resolver) attributeBounded(name string) bool {
	return memoized(&r.attrFixed, name, false, func() bool {
		r.callSites()
		ws := r.attrWrites[name]
		if name == "" || len(ws) == 0 || len(r.attrWrites[""]) > 0 {
			return false
		}
		for _, w := range ws {
			if !r.valueBounded(w.fn, w.value) {
				return false
			}
		}
		return true
	})
}

// argCount is how many arguments a call passes at least; an unpacked
// array (f(...$xs)) may pass any number.
func argCount(args []ir.Expr) int {
	for _, a := range args {
		if o, ok := a.(*ir.Other); ok && o.Op == "..." {
			return 1 << 20
		}
	}
	return len(args)
}

// requiredParams is how many arguments a call of fn must pass.
func requiredParams(fn *ir.Func) int {
	n := 0
	for _, p := range fn.Params {
		if p.Default != nil || p.Variadic {
			break
		}
		n++
	}
	return n
}

// noteClassString records a project class that e names as a string
// (Foo::class, 'App\Foo'), for namedClasses.
func (r *resolver) noteClassString(e ir.Expr) string {
	name := ""
	switch e := e.(type) {
	case *ir.ClassConst:
		if e.Name == "class" {
			name = e.Class
		}
	case *ir.Lit:
		// class strings are written like class names: a capital first
		// or a namespace (this skips the many lower-case keys and
		// messages a project spells)
		if v := e.Value; e.Kind == ir.LitString && v != "" && len(v) < 200 &&
			(v[0] >= 'A' && v[0] <= 'Z' || strings.Contains(v, `\`)) && classLike(v) {
			name = strings.TrimPrefix(v, `\`)
		}
	}
	if name != "" {
		if c := r.ix.Class(name); c != nil {
			k := strings.ToLower(c.Name)
			r.classStrings[k] = true
			return k
		}
	}
	return ""
}

// bindingID says how a class string e is used, from the call it is the
// first argument of (stack ends with e's parent): "shared" for the id of
// a shared binding, singleton(X::class, …) or instance(X::class, $x);
// "lookup" for the id a container is asked for, alone, make(X::class) or
// get(X::class); "" otherwise.
func bindingID(e ir.Expr, stack []analyzer.Node) string {
	if len(stack) == 0 {
		return ""
	}
	var name string
	var args []ir.Expr
	switch c := stack[len(stack)-1].(type) {
	case *ir.Array:
		// [X::class, 'show']: a controller action, which the framework
		// resolves through its container as make(X::class) does
		if len(c.Items) == 2 && c.Items[0].Key == nil && c.Items[1].Key == nil && c.Items[0].Value == e && !c.Items[0].ByRef && !c.Items[0].Unpack {
			if l, ok := c.Items[1].Value.(*ir.Lit); ok && l.Kind == ir.LitString && l.Value != "" {
				return "lookup"
			}
		}
		return ""
	case *ir.MethodCall:
		name, args = c.Name, c.Args
	case *ir.StaticCall:
		name, args = c.Name, c.Args
	default:
		return ""
	}
	if len(args) == 0 || args[0] != e {
		return ""
	}
	switch strings.ToLower(name) {
	case "singleton", "instance":
		return "shared"
	case "make", "get", "resolve":
		// (given parameters too, Laravel's container builds a new one
		// even for a shared id)
		if len(args) == 1 {
			return "lookup"
		}
	}
	return ""
}

// facadeAccessor reports whether e is what a facade's
// getFacadeAccessor() returns (return X::class): the id the facade asks
// the container for, a lookup as make(X::class) is.
func facadeAccessor(fn *ir.Func, e ir.Expr, stack []analyzer.Node) bool {
	if fn.Kind != ir.FuncMethod || !strings.EqualFold(fn.Name, "getFacadeAccessor") || len(stack) == 0 {
		return false
	}
	ret, ok := stack[len(stack)-1].(*ir.Return)
	return ok && ret.X == e
}

// paramBounded reports whether every call of fn passes a value from a
// small fixed set as parameter i (constants, a choice among constants, a
// loop over a constant list), so a cache keyed by it stays small.
// Computed once per parameter; met again while it is being decided
// (recursion), it does not count as bounded.
func (r *resolver) paramBounded(fn *ir.Func, i int) bool {
	return memoized(&r.paramFixed, param{fn, i}, false, func() bool {
		r.callSites()
		if s, ok := r.fedBy[fn]; ok {
			// a callback of array_map(): the elements of the array
			return i < len(s.args) && s.args[i] != nil && r.valueBounded(s.caller, s.args[i])
		}
		if _, known := r.knownSites(fn); !known {
			return false
		}
		for _, s := range r.growthSites(fn) {
			if passesOwnParam(fn, s, i) {
				continue // a decorator handing its own argument on: no new value
			}
			// (a call that leaves it out passes its default)
			if arg, ok := siteArg(fn, s, i); !ok || !r.valueBounded(s.caller, arg) {
				return false
			}
			if fn.Params[i].Variadic {
				for _, x := range s.args[min(i, len(s.args)):] {
					if !r.valueBounded(s.caller, x) {
						return false
					}
				}
			}
		}
		return true
	})
}

// passesOwnParam reports whether call site s passes fn's own parameter
// i on, unchanged, for parameter i: a recursive call, or a decorator's
// closure `fn () => $this->inner->quote($sku)` made in fn.
func passesOwnParam(fn *ir.Func, s callSite, i int) bool {
	if i >= len(s.args) || i >= len(fn.Params) || fn.Params[i].Variadic {
		return false
	}
	v, ok := s.args[i].(*ir.Var)
	name := fn.Params[i].Name
	if !ok || v.Name != name || analyzer.AssignsVar(fn, name) {
		return false
	}
	for c := s.caller; c != nil; c = c.Parent {
		if c == fn {
			return true
		}
		if !analyzer.CapturesByValue(c, name) {
			return false
		}
	}
	return false
}

// knownSites lists the calls of fn when every call of it is known: it
// has some, and, for a method, no call of its name on an object of
// unknown class may reach it.
func (r *resolver) knownSites(fn *ir.Func) ([]callSite, bool) {
	sites, unresolved := r.callSites()
	if fn.Kind == ir.FuncMethod && unresolved[strings.ToLower(fn.Name)] {
		return nil, false
	}
	out := sites[fn]
	// calls made through an interface it implements
	// ($this->prices->quote() on a PriceRepositoryInterface) may
	// reach it too
	if fn.Kind == ir.FuncMethod && fn.Class != nil && !fn.Static {
		for _, t := range slices.Sorted(maps.Keys(r.ix.Supertypes(fn.Class.Name))) {
			if c := r.ix.Class(t); c != nil && c.Kind == ir.KindInterface {
				if m := r.ix.Method(c.Name, fn.Name); m != nil && m != fn && len(sites[m]) > 0 {
					out = append(slices.Clip(out), sites[m]...)
				}
			}
		}
	}
	if len(out) == 0 {
		return nil, false
	}
	return out, true
}

// valueBounded reports whether e takes its value from a small fixed set:
// constants, enum cases and their names and values, class names, bools;
// a choice among such values; a lookup in a constant array; a string
// built from such parts (also through builtins.Derives functions); a local
// only ever assigned such values or looping over a constant list; a
// parameter every caller passes such a value for; the return of a
// project function or method that returns only such values.
func (r *resolver) valueBounded(fn *ir.Func, e ir.Expr) bool {
	if analyzer.IsConstant(e) {
		return true
	}
	switch e := e.(type) {
	case *ir.Other:
		args := e.Args
		switch e.Op {
		case "?:":
			// strstr($name, ':', true) ?: $name: the fallback when the
			// prefix is missing or empty, which never happens when
			// every name has one
			if len(args) == 2 {
				if c, ok := args[0].(*ir.Call); ok {
					if s, needle, ok := prefixCut(c); ok && r.fixedPrefix(fn, s, needle, 3) {
						return true
					}
				}
			}
			if len(args) == 3 {
				// in_array($x, LIST) ? $x : DEFAULT, isset(MAP[$t->kind]) ?
				// $t->kind : DEFAULT: the checked arm is one of LIST
				if p := pathOf(testedValue(args[1])); p != "" && slices.ContainsFunc(memberships(args[0], p), r.fixedMembership(fn)) {
					return r.valueBounded(fn, args[2])
				}
				// in_array($request->input('f'), LIST, true) ? $request->input('f') : …:
				// the same read, checked
				// (a list from the configuration, $this->fits, counts as
				// it does in the if form)
				if c, ok := args[0].(*ir.Call); ok && memberTest(analyzer.CallName(c)) && len(c.Args) >= 2 &&
					sameRead(c.Args[0], args[1]) && (r.constantTable(fn, c.Args[1]) ||
					r.fixedMembership(fn)(membership{list: c.Args[1], byKey: analyzer.CallName(c) != "in_array"})) {
					return r.valueBounded(fn, args[2])
				}
				args = args[1:]
			}
		case "%":
			// $i % SIZE: a ring buffer's slot (SIZE fixed, or the size
			// of a container: count($slots), $slots->getSize()); but not
			// a spread over tens of thousands of values, which a worker
			// fills as it would an open domain
			if len(args) == 2 && r.hugeModulus(fn, args[1]) {
				return false
			}
			if len(args) == 2 && (r.valueBounded(fn, args[1]) || isSizeOf(localSource(fn, args[1]))) {
				return true
			}
			return false
		case "??", ".", "interp", "cast", "+", "-", "*", "/":
			// 1 + $i % 12: arithmetic on bounded values stays bounded;
			// but "{$width}x{$height}" with each side clamped to
			// 16..4096 takes millions of values
			if (e.Op == "." || e.Op == "interp") && r.spansTooWide(fn, args) {
				return false
			}
		case "===", "!==", "==", "!=", "<", ">", "<=", ">=", "&&", "||", "!", "and", "or", "xor", "isset", "empty", "instanceof":
			// a test, true or false (the conditions of a match (true)
			// whose arms are constants: $hour >= 16 && $hour < 21 => 'peak')
			return true
		case "match":
			if len(args) > 0 {
				args = args[1:]
			}
		case "include":
			// require __DIR__ . '/../config/reminders.php': what a
			// configuration file returns, when it is written out in it
			return len(r.ix.ConstValues(fn, e)) > 0
		default:
			return false
		}
		for _, a := range args {
			if !r.valueBounded(fn, a) {
				return false
			}
		}
		return len(args) > 0
	case *ir.Prop:
		if e.Name == "value" || e.Name == "name" {
			if c := r.ix.Class(r.classOf(fn, e.Obj)); c != nil && c.Kind == ir.KindEnum {
				return true // Status::Paid->value: one per case
			}
		}
		// if (!isset(self::SLA[$ticket->priority])) return;: checked here
		if p := pathOf(e); p != "" && r.pathChecked(fn, p, e.P, r.fixedMembership(fn)) {
			return true
		}
		// ($card->tier read from a parameter, checked by every caller
		// before the call: if (!isset($this->tiers[$card->tier])) return;)
		if v, ok := e.Obj.(*ir.Var); ok && e.Name != "" {
			if i := paramIndex(fn, v); i >= 0 && !analyzer.AssignsVar(fn, v.Name) && r.callersCheckedProp(fn, i, e.Name, 3) {
				return true
			}
		}
		if src, ok := priorWrites(fn)[e]; ok {
			return r.valueBounded(fn, src) // assigned by the statement before
		}
		if className(e.Name) { // $stub->class, $event->listenerClass
			return true
		}
		if analyzer.IsThis(e.Obj) && fn.ThisClass() != nil {
			c := r.counter(fn.ThisClass().Name, e.Name)
			if c.wrapped {
				return true // $this->pos, set back to 0 at the end of the ring
			}
			// (or a registry filled at boot: the routes, the servers)
			return !c.counts && (r.propBounded(fn.ThisClass().Name, e.Name) || r.bootFilled(fn.ThisClass().Name, e.Name))
		}
		if class := r.classOf(fn, e.Obj); class != "" {
			return r.propBounded(class, e.Name) // $tenant->plan: what every write gives it
		}
		// $event->channel with `object $event`: the classes the callers
		// hand in, each giving that property only fixed values
		classes := r.passedClasses(fn, e.Obj, 3)
		for _, c := range classes {
			if !r.propBounded(c, e.Name) {
				return false
			}
		}
		return len(classes) > 0
	case *ir.StaticProp:
		if e.Class != "" && e.Name != "" {
			return r.counter(e.Class, "$"+e.Name).wrapped
		}
		return false
	case *ir.Dim:
		if base, ok := e.Base.(*ir.Var); ok && base.Name == "_SERVER" {
			return analyzer.FixedServerEntry(e.Key)
		}
		// $request->attributes['macro'], assigned by the statement before
		if src, ok := priorWrites(fn)[e]; ok {
			return r.valueBounded(fn, src)
		}
		// explode(':', $name)[0]: the part before the first ':'
		if c, ok := e.Base.(*ir.Call); ok && analyzer.CallName(c) == "explode" && len(c.Args) >= 2 && isZero(e.Key) {
			if needle, ok := c.Args[0].(*ir.Lit); ok && needle.Kind == ir.LitString && needle.Value != "" && r.fixedPrefix(fn, c.Args[1], needle.Value, 3) {
				return true
			}
		}
		// self::ALIASES[$name], $map[$type] with $map a constant list:
		// one of the list's values
		if e.Key != nil && r.constantTable(fn, e.Base) {
			return true
		}
		// $rule['department'] with $rule one of a fixed set of arrays
		if e.Key != nil && r.valueBounded(fn, e.Base) {
			return true
		}
		// $this->clients[$hash]: one of the values in a registry filled
		// at boot (the API clients loaded before the loop)
		if p, ok := e.Base.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && fn.ThisClass() != nil && r.bootFilled(fn.ThisClass().Name, p.Name) {
			return true
		}
		// $this->config->presets[0]: an element of a list the project
		// only ever gives fixed values
		if r.listPropFixed(fn, e.Base) {
			return true
		}
		// $message->attributes['warehouse']: what every array given to
		// the property holds under that key
		if pr, ok := e.Base.(*ir.Prop); ok && pr.Name != "" {
			if l, ok := e.Key.(*ir.Lit); ok && r.propElemBounded(r.classOf(fn, pr.Obj), pr.Name, l.Value) {
				return true
			}
		}
		// $options['preset']: checked against a list here, or only ever
		// given fixed values
		if v, ok := e.Base.(*ir.Var); ok && v.Name != "this" {
			if l, ok := e.Key.(*ir.Lit); ok {
				return r.elemBounded(fn, v.Name, l.Value, e.P)
			}
		}
		return false
	case *ir.Array:
		for _, it := range e.Items {
			if (it.Key != nil && !r.valueBounded(fn, it.Key)) || !r.valueBounded(fn, it.Value) {
				return false
			}
		}
		return true
	case *ir.Call:
		name := analyzer.CallName(e)
		if builtins.Predicate(name) && r.ix.Function(e.Name, e.Fallback) == nil {
			return true // str_starts_with($mime, 'image/'): true or false
		}
		if name == "spl_object_id" || name == "spl_object_hash" {
			// the id of one of a fixed set of values
			return len(e.Args) > 0 && r.valueBounded(fn, e.Args[0])
		}
		// array_intersect_key($context, array_flip(self::CACHE_KEYS)):
		// the entries of the array under a fixed set of keys
		if name == "array_intersect_key" && len(e.Args) == 2 {
			if v, ok := e.Args[0].(*ir.Var); ok {
				if keys, ok := r.fixedKeys(fn, e.Args[1]); ok {
					for _, k := range keys {
						if !r.elemBounded(fn, v.Name, k, e.P) {
							return false
						}
					}
					return true
				}
			}
		}
		if r.clamped(fn, e) {
			return true
		}
		// config('catalogue.locales'): a setting, loaded at boot
		// (config([...]) sets them instead)
		if name == "config" && len(e.Args) > 0 && r.ix.Function("config", "") == nil {
			if _, sets := e.Args[0].(*ir.Array); !sets {
				return true
			}
		}
		// array_intersect($codes, array_keys($this->modifiers)): the
		// values of the first array that every other one holds too, so
		// values of a fixed one
		if (name == "array_intersect" || name == "array_intersect_assoc") && slices.ContainsFunc(e.Args[min(1, len(e.Args)):], func(a ir.Expr) bool { return r.valueBounded(fn, a) }) {
			return true
		}
		if builtins.Derives(name) || builtins.Selects(name) {
			// (sprintf('10.%d.%d.%d', $a % 256, $b % 256, $c % 256):
			// each part bounded, together millions of values)
			if r.spansTooWide(fn, e.Args) {
				return false
			}
			for _, a := range e.Args {
				if !r.valueBounded(fn, a) {
					return false
				}
			}
			return len(e.Args) > 0
		}
		if s, needle, ok := prefixCut(e); ok && r.fixedPrefix(fn, s, needle, 3) {
			return true // the part before ':' of "fanout:{$id}": "fanout"
		}
		// explode('/', $packet->topic), parse_url($feed): the pieces
		// of a string from a fixed set are from a fixed set too
		if builtins.Splits(name) && r.ix.Function(e.Name, e.Fallback) == nil && len(e.Args) > 0 &&
			!slices.ContainsFunc(e.Args, func(a ir.Expr) bool { return !r.valueBounded(fn, a) }) {
			return true
		}
		switch name {
		case "array_filter":
			// some of the array's entries
			return len(e.Args) > 0 && r.valueBounded(fn, e.Args[0])
		case "array_map":
			// what the callback makes of the arrays' elements (its
			// parameters: see noteFedClosure), under their keys
			cl, ok := e.Args[0].(*ir.Closure)
			if !ok || len(e.Args) < 2 {
				return false
			}
			for _, a := range e.Args[1:] {
				if !r.valueBounded(fn, a) {
					return false
				}
			}
			return r.returnsBounded(cl.Func)
		}
		return r.returnsBounded(r.target(fn, e))
	case *ir.MethodCall:
		// $e->getCode(): an exception's code, one of those the code
		// throws with (HTTP statuses, error numbers), when the class
		// does not define its own
		if strings.EqualFold(e.Name, "getCode") && len(e.Args) == 0 && r.target(fn, e) == nil {
			return true
		}
		// $response->getStatusCode(), $request->getMethod() of the
		// framework's HTTP messages: a status code, an HTTP method, a
		// handful of values (like $_SERVER['REQUEST_METHOD'])
		if len(e.Args) == 0 && r.target(fn, e) == nil {
			switch strings.ToLower(e.Name) {
			case "getstatuscode":
				return true
			case "getmethod", "getrealmethod":
				if r.requestObject(fn, e.Recv) {
					return true
				}
			}
		}
		// $job->resolveName(): a queue job's class
		if builtins.FixedMethod(r.classOf(fn, e.Recv), e.Name) {
			return true
		}
		// $config->get('catalogue.categories', []): a setting, loaded at
		// boot, or the default
		if builtins.ConfigRead(r.classOf(fn, e.Recv), e.Name) && (len(e.Args) < 2 || r.valueBounded(fn, e.Args[1])) {
			return true
		}
		// $request->getAttribute('_route', 'none'): what the project
		// stores under that attribute, or the default
		if name, _, read := attrCall(e); read && name != "" {
			return r.attributeBounded(name) && (len(e.Args) < 2 || r.valueBounded(fn, e.Args[1]))
		}
		return r.returnsBounded(r.target(fn, e)) || analyzer.IsThis(e.Recv) && r.returnsBoundedAt(fn, e) || r.implementationsBounded(fn, e)
	case *ir.StaticCall:
		if enumLookup(r.ix, e) {
			return true // Status::from($s): one of the cases
		}
		// Config::get('app.locales'): a setting (Laravel's facade, or
		// its global alias)
		if (builtins.ConfigRead(e.Class, e.Name) || strings.EqualFold(e.Class, "Config") && r.ix.ProjectClass("Config") == nil && builtins.ConfigRead(`illuminate\support\facades\config`, e.Name)) &&
			(len(e.Args) < 2 || r.valueBounded(fn, e.Args[1])) {
			return true
		}
		return r.returnsBounded(r.target(fn, e)) || r.returnsBoundedAt(fn, e)
	case *ir.Var:
		if r.checkedAgainstList(fn, e) || r.madeOfChecked(fn, e) {
			return true
		}
		if className(e.Name) || classNameVars(fn)[e.Name] {
			// named for a class name, unless the function computes it
			// from what surely varies per call ($class = '__Template_' .
			// hash('xxh128', $source), a hash of request data)
			if paramIndex(fn, e) >= 0 {
				return true
			}
			if !r.digestAssigned(fn, e.Name) {
				return true
			}
		}
		if analyzer.CapturesByValue(fn, e.Name) {
			// what the variable held where the closure was made
			return r.valueBounded(fn.Parent, &ir.Var{Name: e.Name, P: fn.Pos})
		}
		fixed, assigned := r.localBounded(fn, e.Name)
		if i := paramIndex(fn, e); i >= 0 {
			if !fixed {
				return false // a parameter assigned anew
			}
			if assigned && reassignedFirst(fn, e.Name) {
				// $report = in_array($report, self::REPORTS, true) ?
				// $report : 'sales' before anything else reads it
				return true
			}
			if p := fn.Params[i]; len(p.Types) == 1 {
				if p.Types[0] == "bool" {
					return true
				}
				if c := r.ix.Class(p.Types[0]); c != nil && c.Kind == ir.KindEnum {
					return true
				}
			}
			return r.paramBounded(fn, i)
		}
		return fixed && assigned
	}
	return false
}

// fixedKeys lists the keys of an array written in the code, or of
// array_flip() of a list written in the code: array_flip(['groups',
// 'api_version']), ['groups' => true]. ok is false when one is unknown.
func (r *resolver) fixedKeys(fn *ir.Func, e ir.Expr) (keys []string, ok bool) {
	flip := false
	if c, isCall := e.(*ir.Call); isCall && analyzer.CallName(c) == "array_flip" && len(c.Args) == 1 {
		e, flip = c.Args[0], true
	}
	vs := r.ix.ConstValues(fn, e)
	if len(vs) != 1 || vs[0].Kind != analyzer.ConstArray || vs[0].Open {
		return nil, false
	}
	if !flip {
		return vs[0].Keys, len(vs[0].Keys) > 0
	}
	for _, el := range vs[0].Elems {
		if len(el) != 1 {
			return nil, false
		}
		switch el[0].Kind {
		case analyzer.ConstString:
			keys = append(keys, el[0].S)
		case analyzer.ConstInt:
			keys = append(keys, strconv.FormatInt(el[0].I, 10))
		default:
			return nil, false
		}
	}
	return keys, len(keys) > 0
}

// madeOfChecked reports whether local v, where it is read, holds a
// value made from variables that are checked against a constant list by
// then: `$scope = 'where' . studly($field)` before `if (!in_array($field,
// self::FILTERABLE)) continue;`, with $scope read after the check. The
// local is assigned once, and what it is made of stays within a fixed
// set once those variables are (see builtFrom).
func (r *resolver) madeOfChecked(fn *ir.Func, v *ir.Var) bool {
	if paramIndex(fn, v) >= 0 || len(r.listGuards(fn)) == 0 {
		return false // (no membership test in fn: nothing is checked)
	}
	src := assignedOnce(fn)[v.Name]
	key := local{fn, v.Name}
	if src == nil || r.makingChecked[key] {
		return false // ($a = f($b) with $b = g($a): asked again while deciding)
	}
	if r.makingChecked == nil {
		r.makingChecked = map[local]bool{}
	}
	r.makingChecked[key] = true
	defer delete(r.makingChecked, key)
	accept := r.fixedMembership(fn)
	uses := false // (made of at least one checked variable)
	ok := r.builtFrom(fn, src, func(w *ir.Var) bool {
		checked := r.pathChecked(fn, "$"+w.Name, v.P, accept)
		uses = uses || checked
		return checked
	}, 2)
	return ok && uses
}

// builtFrom reports whether e, read in fn, stays within a fixed set when
// the variables base takes do: it is made of them, constants and bounded
// values, through string building, casts, the functions of PHP that
// derive a value from their arguments (strtolower, sprintf) and project
// functions whose returns are made of their parameters alone (depth
// calls deep).
func (r *resolver) builtFrom(fn *ir.Func, e ir.Expr, base func(*ir.Var) bool, depth int) bool {
	switch e := e.(type) {
	case *ir.Var:
		return base(e) || r.valueBounded(fn, e)
	case *ir.Other:
		switch e.Op {
		case ".", "interp", "cast", "??":
			if e.Op != "cast" && e.Op != "??" && r.spansTooWide(fn, e.Args) {
				return false // ("{$w}x{$h}:{$fit}": see valueBounded)
			}
			for _, a := range e.Args {
				if !r.builtFrom(fn, a, base, depth) {
					return false
				}
			}
			return true
		}
	case *ir.Call, *ir.StaticCall, *ir.MethodCall:
		args := callArgs(e)
		if c, ok := e.(*ir.Call); ok && builtins.Derives(analyzer.CallName(c)) {
			return !slices.ContainsFunc(args, func(a ir.Expr) bool { return !r.builtFrom(fn, a, base, depth) })
		}
		t := r.target(fn, e)
		if t == nil || depth == 0 || len(returned(t)) == 0 {
			break
		}
		// studly($field): what the callee returns is made of the
		// parameters it is given
		for _, ret := range returned(t) {
			var ps []int
			if !madeOfParams(t, ret, &ps, r.boundedIn(t)) {
				return r.valueBounded(fn, e)
			}
			for _, i := range ps {
				if i >= len(args) || !r.builtFrom(fn, args[i], base, depth-1) {
					return false
				}
			}
		}
		return true
	}
	return r.valueBounded(fn, e)
}

// hugeModulus reports whether e, the right side of % in fn, is an
// integer known whatever runs (a literal, a class constant) above
// maxRingSlots.
func (r *resolver) hugeModulus(fn *ir.Func, e ir.Expr) bool {
	vs := r.ix.ConstValues(fn, e)
	return len(vs) > 0 && !slices.ContainsFunc(vs, func(c analyzer.Const) bool { return c.Kind != analyzer.ConstInt || c.I <= maxRingSlots })
}

// clamped reports whether c keeps a number between two bounds from a
// fixed set, min(max(1, (int) $page), MAX_PAGE) or max(LO, min($x, HI)):
// one of at most maxRingSlots values, whatever it is given.
func (r *resolver) clamped(fn *ir.Func, c *ir.Call) bool {
	name := analyzer.CallName(c)
	inner := map[string]string{"min": "max", "max": "min"}[name]
	if inner == "" || len(c.Args) != 2 {
		return false
	}
	bound := func(e ir.Expr) bool { return !r.hugeModulus(fn, e) && r.valueBounded(fn, e) }
	for i, a := range c.Args {
		in, ok := uncast(a).(*ir.Call)
		if !ok || analyzer.CallName(in) != inner || len(in.Args) != 2 || !bound(c.Args[1-i]) {
			continue
		}
		if bound(in.Args[0]) || bound(in.Args[1]) {
			return true
		}
	}
	return false
}

// spansTooWide reports whether the integer parts of a string built
// from parts (two or more, each clamped between constants) take more
// values together than maxRingSlots.
func (r *resolver) spansTooWide(fn *ir.Func, parts []ir.Expr) bool {
	product, n := int64(1), 0
	for _, a := range parts {
		if span, ok := r.intSpan(fn, a, 4); ok {
			n++
			product *= span
			if product > maxRingSlots {
				return n > 1
			}
		}
	}
	return false
}

// intSpan is how many integers e can be when it is clamped between two
// constants (max(16, min(4096, $x))), through a local assigned once, a
// cast, and a project function whose every return is such a clamp (depth
// such steps deep).
func (r *resolver) intSpan(fn *ir.Func, e ir.Expr, depth int) (int64, bool) {
	if depth < 0 {
		return 0, false
	}
	switch x := uncast(e).(type) {
	case *ir.Var:
		if src := assignedOnce(fn)[x.Name]; src != nil && paramIndex(fn, x) < 0 {
			return r.intSpan(fn, src, depth-1)
		}
	case *ir.Other:
		// $i % 256: one of 256 values (or of the largest modulus given)
		if x.Op == "%" && len(x.Args) == 2 {
			vs := r.ix.ConstValues(fn, x.Args[1])
			span := int64(0)
			for _, c := range vs {
				if c.Kind != analyzer.ConstInt {
					return 0, false
				}
				span = max(span, c.I, -c.I)
			}
			return span, span > 0
		}
	case *ir.Call:
		if lo, hi, ok := r.clampBounds(fn, x); ok {
			return hi - lo + 1, true
		}
		if t := r.target(fn, x); t != nil {
			return r.returnSpan(t, depth-1)
		}
	case *ir.MethodCall, *ir.StaticCall:
		if t := r.target(fn, x); t != nil {
			return r.returnSpan(t, depth-1)
		}
	}
	return 0, false
}

// returnSpan is intSpan for every value t returns: the widest.
func (r *resolver) returnSpan(t *ir.Func, depth int) (int64, bool) {
	rets := returned(t)
	widest := int64(0)
	for _, ret := range rets {
		span, ok := r.intSpan(t, ret, depth)
		if !ok {
			return 0, false
		}
		widest = max(widest, span)
	}
	return widest, len(rets) > 0
}

// clampBounds reads max(LO, min(HI, $x)) (or min(HI, max(LO, $x)), in
// either argument order) with integer constants for LO and HI.
func (r *resolver) clampBounds(fn *ir.Func, c *ir.Call) (lo, hi int64, ok bool) {
	name := analyzer.CallName(c)
	inner := map[string]string{"min": "max", "max": "min"}[name]
	if inner == "" || len(c.Args) != 2 {
		return 0, 0, false
	}
	for i, a := range c.Args {
		in, isCall := uncast(a).(*ir.Call)
		if !isCall || analyzer.CallName(in) != inner || len(in.Args) != 2 {
			continue
		}
		outer, ok1 := r.intBound(fn, c.Args[1-i])
		inside, ok2 := r.intBound(fn, in.Args[0])
		if !ok2 {
			inside, ok2 = r.intBound(fn, in.Args[1])
		}
		if !ok1 || !ok2 {
			continue
		}
		if name == "max" { // max(LO, min(HI, $x))
			lo, hi = outer, inside
		} else { // min(HI, max(LO, $x))
			lo, hi = inside, outer
		}
		return lo, hi, lo <= hi
	}
	return 0, 0, false
}

// maxRingSlots is the most slots a modulo key counts as a ring buffer
// of: beyond it ($i * 7919 % 89999) the keys spread as request data does.
const maxRingSlots = 10000

// digestAssigned reports whether fn assigns local name a hash of values
// from no fixed set ($class = '__Template_' . hash('xxh128', $source)):
// a name made from content, as many as there are contents.
func (r *resolver) digestAssigned(fn *ir.Func, name string) bool {
	key := local{fn, name}
	if r.digesting[key] {
		return false // $class = md5($class): asked again while deciding
	}
	if r.digesting == nil {
		r.digesting = map[local]bool{}
	}
	r.digesting[key] = true
	defer delete(r.digesting, key)
	found := false
	for _, n := range localTypers(fn)[name] {
		a, ok := n.(*ir.Assign)
		if !ok {
			continue
		}
		analyzer.InspectExpr(a.Src, func(x analyzer.Node, _ []analyzer.Node) bool {
			if c, ok := x.(*ir.Call); ok && builtins.Digest(analyzer.CallName(c)) {
				for _, arg := range c.Args {
					if !r.valueBounded(fn, arg) {
						found = true
					}
				}
				return false
			}
			return !found
		})
	}
	return found
}

// isZero reports whether e is the literal 0.
func isZero(e ir.Expr) bool {
	l, ok := e.(*ir.Lit)
	return ok && l.Kind == ir.LitInt && l.Value == "0"
}

// prefixCut matches strstr($s, $needle, true) (and strchr): the part of
// $s before the first $needle, false when there is none.
func prefixCut(c *ir.Call) (s ir.Expr, needle string, ok bool) {
	switch analyzer.CallName(c) {
	case "strstr", "strchr":
	default:
		return nil, "", false
	}
	if len(c.Args) != 3 {
		return nil, "", false
	}
	if v, known := truthValue(c.Args[2]); !known || !v {
		return nil, "", false
	}
	l, ok := c.Args[1].(*ir.Lit)
	if !ok || l.Kind != ir.LitString || l.Value == "" {
		return nil, "", false
	}
	return c.Args[0], l.Value, true
}

// fixedPrefix reports whether every value e can have starts with text
// written in code that holds needle ("fanout:{$id}" for ':'), so the
// part of it before the first needle is that text's: a literal, a string
// built from one, a local assigned one such string, or a parameter
// every call passes one for (up to depth calls up).
func (r *resolver) fixedPrefix(fn *ir.Func, e ir.Expr, needle string, depth int) bool {
	switch e := e.(type) {
	case *ir.Lit:
		return e.Kind == ir.LitString && strings.Contains(e.Value, needle)
	case *ir.Other:
		if (e.Op == "interp" || e.Op == ".") && len(e.Args) > 0 {
			return r.fixedPrefix(fn, e.Args[0], needle, depth)
		}
	case *ir.Var:
		if depth <= 0 || fn == nil {
			return false
		}
		if i := paramIndex(fn, e); i >= 0 {
			if fixed, assigned := r.localBounded(fn, e.Name); fn.Params[i].Variadic || assigned || !fixed {
				return false // (a parameter assigned anew)
			}
			sites, known := r.knownSites(fn)
			if !known {
				return false
			}
			for _, s := range sites {
				arg, ok := siteArg(fn, s, i)
				if !ok || s.at == (ir.Pos{}) || !r.fixedPrefix(s.caller, arg, needle, depth-1) {
					return false
				}
			}
			return true
		}
		src := assignedOnce(fn)[e.Name]
		return src != nil && r.fixedPrefix(fn, src, needle, depth-1)
	}
	return false
}

// reassignedFirst reports whether the first statement of fn's body that
// mentions the variable name is an unconditional `$name = …`: whatever
// the callers passed, what follows sees the new value.
func reassignedFirst(fn *ir.Func, name string) bool {
	for _, st := range fn.Body {
		if es, ok := st.(*ir.ExprStmt); ok {
			if a, ok := es.X.(*ir.Assign); ok && a.Op == "=" && isVarNamed(a.Dst, name) {
				// (not $format = strtolower($format): as many values as
				// the callers pass)
				return !selfDerived(a.Src, name)
			}
		}
		mentions := false
		analyzer.Inspect([]ir.Stmt{st}, func(n analyzer.Node, _ []analyzer.Node) bool {
			if v, ok := n.(*ir.Var); ok && v.Name == name {
				mentions = true
			}
			return !mentions
		})
		if mentions {
			return false
		}
	}
	return false
}

// localBounded reports whether a variable of fn is only assigned values
// from a fixed set, or loops over a constant list (fixed), and whether it
// is assigned at all in fn (assigned). Computed once per variable; met
// again while it is being decided, it does not count as fixed.
func (r *resolver) localBounded(fn *ir.Func, name string) (fixed, assigned bool) {
	key := local{fn, name}
	if b, ok := r.localFixed[key]; ok {
		return b[0], b[1]
	}
	if r.localFixed == nil {
		r.localFixed = map[local][2]bool{}
	}
	r.localFixed[key] = [2]bool{false, true}
	bound, ok := true, false
	// (a static keeps its value from call to call: $n = $n + 1 there
	// counts calls)
	static := false
	analyzer.EachNode(fn, analyzer.KStaticVar, func(n analyzer.Node) bool {
		static = static || n.(*ir.StaticVar).Name == name
		return !static
	})
	analyzer.EachNode(fn, analyzer.KAssign|analyzer.KOther|analyzer.KStaticVar|analyzer.KGlobal|analyzer.KLoop, func(n analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Assign:
			switch dst := n.Dst.(type) {
			case *ir.Var:
				if dst.Name == name {
					ok = true
					if n.Op == "=" && !n.ByRef && !static && selfDerived(n.Src, name) {
						break // $cc = (string) $cc: as many values as before
					}
					// ($config ??= require …: the value it had, from the
					// other writes, or this one)
					if n.Op != "=" && n.Op != "??=" || n.ByRef || !r.valueBounded(fn, n.Src) {
						bound = false
					}
				}
			case *ir.Array:
				// [$a, $b] = …: a part of what the source holds, from a
				// fixed set when the source is
				if names(dst)[name] {
					ok = true
					// [$best, $dist] = [$zone, $d]: the item it takes
					src := n.Src
					if item := destructuredItem(dst, n.Src, name); item != nil {
						src = item
					}
					if n.Op != "=" || !r.valueBounded(fn, src) {
						bound = false
					}
				}
			case *ir.Dim:
				// $pairs[] = "$k=$v": an array filled with values that
				// likely differ per call (see keyConf) is no name from a
				// fixed set; one filled with text built in the code is
				if analyzer.RootVar(dst) == name && (n.ByRef || r.keyConf(fn, n.Src) != analyzer.Low) {
					bound = false
				}
			}
		case *ir.Other:
			if n.Op == "++" && len(n.Args) == 1 && isVarNamed(n.Args[0], name) {
				bound = false // a counter
			}
		case *ir.StaticVar:
			// static $config = null; $config ??= require …: a memo of
			// one value, which keeps what the writes give it; a static
			// that starts from anything else is not known
			bound = bound && (n.Name != name || n.Init == nil || analyzer.IsConstant(n.Init))
		case *ir.Global:
			for _, g := range n.Names {
				bound = bound && g != name
			}
		case *ir.Loop:
			for _, x := range []ir.Expr{n.Key, n.Value} {
				if names(x)[name] {
					ok = true
					// foreach ($this->compiled as $template => …): a key
					// of a property whose keys are a fixed set
					if x == n.Key && (r.keysOfPropFixed(fn, n.Iter) || r.paramKeysBounded(fn, n.Iter)) {
						continue
					}
					// a constant list, or an array only ever filled with
					// fixed values ($this->prunablePools given a list
					// written in the configuration)
					if !constantList(n.Iter, fn) && !r.valueBounded(fn, n.Iter) {
						bound = false
					}
				}
			}
		}
		return bound
	})
	r.localFixed[key] = [2]bool{bound, ok}
	return bound, ok
}

// elemBounded reports whether the element under key of array variable
// name, read in fn at position at, takes its value from a fixed set: it
// is checked against a constant list there (pathChecked), or every value
// put there is from a fixed set — the matching items of the array
// literals the variable is assigned or a caller passes, element writes,
// and what a callee returns.
func (r *resolver) elemBounded(fn *ir.Func, name, key string, at ir.Pos) bool {
	if r.pathChecked(fn, "$"+name+"["+key+"]", at, r.fixedMembership(fn)) {
		return true
	}
	f := r.elemFix(fn, name, key)
	// $request['client'] = $client; … $next($request): what the callers
	// passed under the key is replaced before it is read
	return f.all || f.body && elemSetBefore(fn, name, key, at)
}

// literalKeysOnly reports whether every item of array literal a has a
// literal key (no list items, no spread): which keys it has is known.
func literalKeysOnly(a *ir.Array) bool {
	for _, it := range a.Items {
		if _, ok := it.Key.(*ir.Lit); !ok || it.Unpack {
			return false
		}
	}
	return true
}

// hasLitKey reports whether array literal a has an item under key.
func hasLitKey(a *ir.Array, key string) bool {
	return slices.ContainsFunc(a.Items, func(it ir.ArrayItem) bool {
		l, ok := it.Key.(*ir.Lit)
		return ok && l.Value == key
	})
}

// elemFix is elemBounded's answer for element key of local name in fn,
// wherever it is read: whether the body's own writes give it fixed
// values, and whether the callers' arrays (for a parameter) do too.
// Computed once per variable and key.
func (r *resolver) elemFix(fn *ir.Func, name, key string) elemFix {
	mk := elemKey{local{fn, name}, key}
	// (met again while it is being decided: the same array passed around
	// a recursion, ObjectNormalizer::normalize() and
	// Serializer::normalize() handing $context to each other, adds no
	// value of its own; what it depends on is decided where the cycle
	// started)
	if slices.Contains(r.elemPending, mk) {
		r.elemCycles = append(r.elemCycles, mk)
		return elemFix{body: true, all: true}
	}
	if b, ok := r.elemFixed[mk]; ok {
		return b
	}
	if r.elemFixed == nil {
		r.elemFixed = map[elemKey]elemFix{}
	}
	r.elemPending = append(r.elemPending, mk)
	cycles := len(r.elemCycles)
	defer func() { r.elemPending = r.elemPending[:len(r.elemPending)-1] }()
	// the item under key of array expression e, read in fn
	inCallee := map[*ir.Func]bool{}
	inProp := map[string]bool{} // properties whose elements are being read
	var item func(fn *ir.Func, e ir.Expr, key string) bool
	item = func(fn *ir.Func, e ir.Expr, key string) bool {
		// (key may be a path into nested arrays, see elemPathSep: the
		// first key, then the rest inside the item found there)
		first, rest, nested := strings.Cut(key, elemPathSep)
		switch e := e.(type) {
		case *ir.Array:
			for _, it := range e.Items {
				if l, ok := it.Key.(*ir.Lit); ok && l.Value == first {
					if nested {
						return item(fn, it.Value, rest)
					}
					return r.valueBounded(fn, it.Value)
				}
			}
			// (an array without the key: the read gives null)
			return literalKeysOnly(e)
		case *ir.Lit:
			// (`return null` from a lookup that found nothing: null['key']
			// reads null)
			return isNull(e)
		case *ir.Var:
			return r.elemBounded(fn, e.Name, key, e.P)
		case *ir.Prop:
			// $p = $this->payload: the item every array given to the
			// property holds
			return r.propElemBounded(r.classOf(fn, e.Obj), e.Name, key)
		case *ir.MethodCall, *ir.StaticCall, *ir.Call:
			// $this->label($plans->match($key)): the item of every array
			// the callee returns (a callee met again, in a recursion,
			// adds nothing of its own)
			t := r.target(fn, e)
			if t == nil || inCallee[t] {
				return t != nil
			}
			inCallee[t] = true
			defer delete(inCallee, t)
			rets := returned(t)
			ok := len(rets) > 0
			for _, ret := range rets {
				ok = ok && item(t, ret, key)
			}
			return ok
		case *ir.Dim:
			// $request['body'] handed on: the item under key of that
			// element of the array
			if v, ok := e.Base.(*ir.Var); ok && v.Name != "this" {
				if l, ok := e.Key.(*ir.Lit); ok && l.Kind == ir.LitString && !strings.Contains(l.Value, elemPathSep) {
					return r.elemBounded(fn, v.Name, l.Value+elemPathSep+key, e.P)
				}
				return false
			}
			// $this->byEmail[$email]: an element of a table filled only
			// at boot (the users loaded when the worker starts), one of
			// the arrays put there then
			if pr, ok := e.Base.(*ir.Prop); ok && analyzer.IsThis(pr.Obj) && fn.ThisClass() != nil && pr.Name != "" {
				if r.bootFilled(fn.ThisClass().Name, pr.Name) {
					return true
				}
				// $this->inFlight[$id] read back: the item under key of
				// every array the class puts into the property's
				// elements ($this->inFlight[$id] = ['name' => …]) (one
				// met again while read adds nothing of its own)
				pk := strings.ToLower(fn.ThisClass().Name) + "::" + pr.Name
				if inProp[pk] {
					return true
				}
				inProp[pk] = true
				defer delete(inProp, pk)
				ok, any := true, false
				for _, c := range r.ix.Lineage(fn.ThisClass().Name) {
					for _, m := range c.Methods {
						analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
							a := n.(*ir.Assign)
							if !ok {
								return false
							}
							switch d := a.Dst.(type) {
							case *ir.Prop:
								// (emptied, or filled whole)
								if analyzer.IsThis(d.Obj) && d.Name == pr.Name && !isEmptyValue(a.Src) {
									ok = false
								}
							case *ir.Dim:
								base, outer := d.Base, d
								for {
									inner, isDim := base.(*ir.Dim)
									if !isDim {
										break
									}
									base, outer = inner.Base, inner
								}
								bp, isProp := base.(*ir.Prop)
								if !isProp || !analyzer.IsThis(bp.Obj) || bp.Name != pr.Name {
									return true
								}
								switch {
								case outer == d && a.Op == "=" && !a.ByRef:
									any = true
									ok = item(m, a.Src, key)
								case outer != d && d.Base == ir.Expr(outer):
									// $this->p[$id]['name'] = …
									if l, isLit := d.Key.(*ir.Lit); isLit && l.Value != first {
										return true
									}
									ok = a.Op == "=" && r.valueBounded(m, a.Src)
								default:
									ok = false
								}
							}
							return ok
						})
					}
				}
				return ok && any
			}
		case *ir.Other:
			// $found ?? null: the item of either side
			if e.Op == "??" && len(e.Args) == 2 {
				return item(fn, e.Args[0], key) && item(fn, e.Args[1], key)
			}
			// $same ? [] : ['key' => $key, …]: the item of either arm (an
			// empty array has none)
			if e.Op == "?:" && (len(e.Args) == 2 || len(e.Args) == 3) {
				for _, arm := range e.Args[len(e.Args)-2:] {
					if !isEmptyValue(arm) && !item(fn, arm, key) {
						return false
					}
				}
				return true
			}
			// ['groups' => $groups] + $requestContext: the left array's
			// item when it has the key, the right one's otherwise
			if e.Op == "+" && len(e.Args) == 2 {
				if lits, ok := e.Args[0].(*ir.Array); ok && literalKeysOnly(lits) {
					if hasLitKey(lits, first) {
						return item(fn, e.Args[0], key)
					}
					return item(fn, e.Args[1], key)
				}
			}
		}
		return false
	}
	fixed, assigned := true, false
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok || !fixed {
			return fixed
		}
		first, rest, nested := strings.Cut(key, elemPathSep)
		if d, ok := a.Dst.(*ir.Dim); ok && isVarNamed(d.Base, name) {
			if l, ok := d.Key.(*ir.Lit); !ok || l.Value == first {
				fixed = fixed && a.Op == "=" && (r.valueBounded(fn, a.Src) || nested && ok && item(fn, a.Src, rest))
			}
			return fixed
		}
		// ($name['body']['room'] = …: a path's element changed in place)
		if d, ok := a.Dst.(*ir.Dim); ok && nested && analyzer.RootVar(d) == name {
			fixed = false
			return fixed
		}
		if !isVarNamed(a.Dst, name) {
			return true
		}
		assigned = true
		switch {
		case a.Op != "=" || a.ByRef:
			fixed = false
		default:
			fixed = item(fn, a.Src, key)
		}
		return fixed
	})
	body := fixed
	if i := paramIndex(fn, &ir.Var{Name: name}); i >= 0 && fixed {
		sites, _ := r.callSites()
		fixed = len(sites[fn]) > 0 || assigned
		for _, s := range sites[fn] {
			fixed = fixed && i < len(s.args) && item(s.caller, s.args[i], key)
		}
	} else if !assigned {
		fixed = false
		// fn (mixed $item) => $this->normalize($item, $context): what
		// the enclosing function's variable holds
		if fn.Parent != nil && capturesValue(fn, name) {
			fixed = r.elemFix(fn.Parent, name, key).all
		}
	}
	f := elemFix{body: body, all: fixed}
	// kept only when it rests on no cycle still open above it (the
	// cycles through this answer itself are closed now)
	later := slices.DeleteFunc(slices.Clone(r.elemCycles[cycles:]), func(c elemKey) bool { return c == mk })
	r.elemCycles = append(r.elemCycles[:cycles], later...)
	if len(later) == 0 {
		r.elemFixed[mk] = f
	}
	return f
}

// capturesValue reports whether closure or arrow function fn captures
// variable name by value (use ($name), or read by an arrow function).
func capturesValue(fn *ir.Func, name string) bool {
	if slices.ContainsFunc(fn.Uses, func(u ir.ClosureUse) bool { return u.Name == name && !u.ByRef }) {
		return true
	}
	return slices.Contains(arrowCaptures(fn), name)
}

type elemFix struct{ body, all bool }

// elemSetBefore reports whether a statement of fn's body, not inside a
// branch or loop, sets element key of local name before position at.
func elemSetBefore(fn *ir.Func, name, key string, at ir.Pos) bool {
	for _, st := range fn.Body {
		es, ok := st.(*ir.ExprStmt)
		if !ok {
			continue
		}
		if es.P.Line > at.Line || es.P.Line == at.Line && es.P.Col >= at.Col {
			return false
		}
		a, ok := es.X.(*ir.Assign)
		if !ok || a.Op != "=" {
			continue
		}
		if d, ok := a.Dst.(*ir.Dim); ok && isVarNamed(d.Base, name) {
			if l, ok := d.Key.(*ir.Lit); ok && l.Value == key {
				return true
			}
		}
	}
	return false
}

// writesVar reports whether fn assigns variable name, or makes it a
// foreach's key or value. (analyzer.AssignsVar also counts a variable
// passed to str_replace() or preg_replace(), whose last argument is by
// reference: too wide for a parameter that only feeds such a call.)
func writesVar(fn *ir.Func, name string) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KAssign|analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch x := n.(type) {
		case *ir.Assign:
			found = found || analyzer.RootVar(x.Dst) == name || x.ByRef && analyzer.RootVar(x.Src) == name
		case *ir.Loop:
			found = found || x.Key != nil && analyzer.RootVar(x.Key) == name || x.Value != nil && analyzer.RootVar(x.Value) == name
		}
		return !found
	})
	return found
}

// returnsBoundedAt reports whether call e, in fn, returns a value from a
// fixed set because what its target returns is computed from its
// parameters and constants alone (see madeOfParams) and the arguments given
// here for those parameters are from fixed sets:
// $this->resourcePath($preset, 'courses/*') with $preset checked, though
// another caller passes a path from the request.
func (r *resolver) returnsBoundedAt(fn *ir.Func, e ir.Expr) bool {
	t := r.target(fn, e)
	if t == nil || t.Abstract {
		return false
	}
	rets := returned(t)
	args := callArgs(e)
	for _, ret := range rets {
		var ps []int
		if !madeOfParams(t, ret, &ps, r.boundedIn(t)) {
			return false
		}
		for _, i := range ps {
			if i >= len(args) || !r.valueBounded(fn, args[i]) {
				return false
			}
			// (string ...$parts: every argument from there on)
			if i == len(t.Params)-1 && t.Params[i].Variadic && slices.ContainsFunc(args[i:], func(a ir.Expr) bool { return !r.valueBounded(fn, a) }) {
				return false
			}
		}
	}
	return len(rets) > 0
}

// boundedIn is valueBounded for the values of fn, for madeOfParams.
func (r *resolver) boundedIn(fn *ir.Func) func(ir.Expr) bool {
	return func(e ir.Expr) bool { return r.valueBounded(fn, e) }
}

// implementationsBounded reports whether a method called on an object
// known by its interface or abstract class ($criterion->code()) answers
// from a fixed set in every project class that implements it.
func (r *resolver) implementationsBounded(fn *ir.Func, e *ir.MethodCall) bool {
	if e.Name == "" {
		return false
	}
	if t := r.target(fn, e); t != nil && !t.Abstract {
		return false // one body, which returnsBounded answered for
	}
	class := r.classOf(fn, e.Recv)
	if class == "" {
		return false
	}
	subs := r.ix.ConcreteSubclasses(class)
	if tc := r.ix.Class(class); tc != nil && tc.Kind == ir.KindTrait {
		// $this->scheduleKey($account) in a trait's method, declared
		// abstract there: the versions of the classes using the trait
		subs = r.traitUsers(tc)
	}
	for _, c := range subs {
		if m := r.ix.Method(c, e.Name); m == nil || m.Abstract || !r.returnsBounded(m) {
			return false
		}
	}
	return len(subs) > 0
}

// madeOfParams reports whether e, in fn, is computed from fn's
// parameters (never reassigned) and constants alone, through operators
// and PHP's functions that derive a value from their arguments
// (sprintf, trim); it adds the parameters it reads to ps. A property, an
// array element or a call of the project is not of that kind. A variable
// that is not an untouched parameter counts when bounded (non-nil) says
// it holds a value from a fixed set: `$locale = in_array($locale,
// LOCALES) ? $locale : 'en'` before the return.
func madeOfParams(fn *ir.Func, e ir.Expr, ps *[]int, bounded func(ir.Expr) bool) bool {
	if analyzer.IsConstant(e) {
		return true
	}
	switch e := e.(type) {
	case *ir.Lit, *ir.ClassConst:
		return true
	case *ir.Var:
		i := paramIndex(fn, e)
		if i < 0 || writesVar(fn, e.Name) {
			return bounded != nil && bounded(e)
		}
		*ps = append(*ps, i)
		return true
	case *ir.Other:
		switch e.Op {
		case ".", "interp", "cast", "?:", "??":
		default:
			return false
		}
		for _, a := range e.Args {
			if !madeOfParams(fn, a, ps, bounded) {
				return false
			}
		}
		return len(e.Args) > 0
	case *ir.Call:
		if !builtins.Derives(analyzer.CallName(e)) {
			return false
		}
		for _, a := range e.Args {
			if !madeOfParams(fn, a, ps, bounded) {
				return false
			}
		}
		return true
	case *ir.Array:
		// str_replace(['-', '_'], ' ', $value): a list of what it is made of
		for _, it := range e.Items {
			if it.Key != nil && !madeOfParams(fn, it.Key, ps, bounded) || !madeOfParams(fn, it.Value, ps, bounded) {
				return false
			}
		}
		return true
	}
	return false
}

// returnsBounded reports whether every value a project function or
// method returns is from a fixed set (valueBounded in its own body).
// Computed once per function; a function met again while it is being
// decided (recursion) does not count as bounded.
func (r *resolver) returnsBounded(fn *ir.Func) bool {
	if fn == nil {
		return false
	}
	if b, ok := r.retFixed[fn]; ok {
		return b
	}
	if r.retFixed == nil {
		r.retFixed = map[*ir.Func]bool{}
	}
	r.retFixed[fn] = false
	rets := returned(fn)
	b := len(rets) > 0
	for _, x := range rets {
		if !r.valueBounded(fn, x) {
			b = false
			break
		}
	}
	r.retFixed[fn] = b
	return b
}

// constantTable reports whether e is an array of constants: a literal,
// a local only ever assigned one, or a constant (self::MAP, MAP) —
// a constant holds a fixed value whatever it is.
func (r *resolver) constantTable(fn *ir.Func, e ir.Expr) bool {
	return r.constantTableDepth(fn, e, 0)
}

func (r *resolver) constantTableDepth(fn *ir.Func, e ir.Expr, depth int) bool {
	if depth > 4 {
		return false // tables made from each other
	}
	switch e := e.(type) {
	case *ir.ClassConst:
		return e.Name != "class" && e.Name != ""
	case *ir.Lit:
		return e.Kind == ir.LitConst
	case *ir.StaticProp, *ir.Prop:
		return r.bootRegistry(fn, e)
	case *ir.Dim:
		// $this->enabledByTenant[$tenant]: a row of a fixed table
		return e.Key != nil && r.constantTableDepth(fn, e.Base, depth+1)
	case *ir.Call:
		// array_keys($this->servers): the keys of a fixed table
		switch analyzer.CallName(e) {
		case "array_keys", "array_values", "array_flip":
			return len(e.Args) > 0 && r.constantTableDepth(fn, e.Args[0], depth+1)
		}
		return false
	case *ir.MethodCall, *ir.StaticCall:
		// $model->curveRevisions(): a method that returns only fixed
		// tables (match ($this) { self::A => ['3', '4'], … })
		return !firstClass(e) && r.returnsConstantTable(r.target(fn, e), depth+1)
	case *ir.Var:
		if constantList(e, fn) {
			return true
		}
		// a local only ever assigned a fixed table ($ids = array_keys(…))
		fixed, assigned := true, false
		analyzer.EachRootWrite(fn, e.Name, analyzer.KAssign, func(n analyzer.Node) bool {
			if a, ok := n.(*ir.Assign); ok && isVarNamed(a.Dst, e.Name) {
				assigned = true
				if _, self := a.Src.(*ir.Var); self || a.Op != "=" || !r.constantTableDepth(fn, a.Src, depth+1) {
					fixed = false
				}
			} else if ok {
				if d, isDim := a.Dst.(*ir.Dim); isDim && analyzer.RootVar(d) == e.Name {
					fixed = false
				}
			}
			return fixed
		})
		return fixed && assigned
	}
	return constantList(e, fn)
}

// returnsConstantTable reports whether every return of fn hands back a
// fixed table (see constantTable), or a match whose arms are all fixed.
func (r *resolver) returnsConstantTable(fn *ir.Func, depth int) bool {
	if fn == nil || fn.Abstract || fn.Generator {
		return false
	}
	return everyReturn(fn, func(x ir.Expr) bool {
		if m, isMatch := x.(*ir.Other); isMatch && m.Op == "match" {
			// (conditions and results alike: constants or tables)
			return !slices.ContainsFunc(m.Args[1:], func(a ir.Expr) bool {
				return !analyzer.IsConstant(a) && !r.constantTableDepth(fn, a, depth)
			})
		}
		return x != nil && r.constantTableDepth(fn, x, depth)
	})
}

// forgetFixed drops what the fixed-domain memos decided: called once the
// worker model exists, since bootRegistry answers differently after.
func (r *resolver) forgetFixed() {
	r.localFixed, r.paramFixed, r.retFixed, r.elemFixed, r.registries, r.propFixed = nil, nil, nil, nil, nil, nil
	r.attrFixed = nil
	r.filledOnce = nil
	// rates too: they count only the calls that run per request (see
	// growthSites), which the model now tells
	r.localRates, r.paramRates, r.retRate, r.propRates, r.paramElems, r.elemRates = nil, nil, nil, nil, nil, nil
}

// propWrite is one assignment to a property named like the one asked
// about, in fn: obj is what the property is read on ($this, $tenant).
type propWrite struct {
	fn     *ir.Func
	obj    ir.Expr
	src    ir.Expr
	simple bool // a plain `=` of the whole property
	dims   int  // how deep in the property it writes: 0 the whole, 1 an element…
	// key: for an element write, the key it writes under in the
	// property itself ($k of $this->items[$k][…] = …); nil for an
	// append or the whole property
	key ir.Expr
}

// propWriteIndex is every assignment to an object's property, by the
// property's name, noted by the walk that indexes calls (callSites).
func (r *resolver) propWriteIndex() map[string][]propWrite {
	r.callSites()
	return r.propWrites
}

// notePropWrite notes n, in fn, when it writes a property: an
// assignment to it (or to one of its elements), a ++/-- or a reference
// taken to it.
func (r *resolver) notePropWrite(fn *ir.Func, n analyzer.Node) {
	var dst, src ir.Expr
	simple := false
	switch n := n.(type) {
	case *ir.Assign:
		dst, src, simple = n.Dst, n.Src, n.Op == "=" || n.Op == "??="
	case *ir.Other:
		if (n.Op == "++" || n.Op == "--" || n.Op == "&") && len(n.Args) == 1 {
			dst = n.Args[0] // $this->n++, &$this->items: changed in place
		}
	}
	dims := 0
	var key ir.Expr
	for d, ok := dst.(*ir.Dim); ok; d, ok = d.Base.(*ir.Dim) {
		dims++
		key = d.Key // (the last one met is the outermost: the property's own key)
	}
	if root := analyzer.RootOfDims(dst); root != dst {
		dst, simple = root, false // $this->items[$k] = …: the property changes, not as a whole
	}
	if pr, ok := dst.(*ir.Prop); ok { // (a dynamic name is kept under "")
		r.propWrites[pr.Name] = append(r.propWrites[pr.Name], propWrite{fn: fn, obj: pr.Obj, src: src, simple: simple, dims: dims, key: key})
	}
}

// propBounded reports whether property prop of class only ever holds
// values from a small fixed set: it has a declared or promoted value,
// and every value the project gives it is bounded (see valueBounded) —
// what every `new` passes for a promoted constructor parameter, every
// `$this->prop = …` in the class or a relative, and every `$obj->prop
// = …` on an object that may be one. A property changed in place (an
// element written, a counter bumped, a reference taken) or written
// with a dynamic name is not. Computed once per property; met again
// while it is being decided, it does not count as bounded.
func (r *resolver) propBounded(class, prop string) bool {
	return memoized(&r.propFixed, strings.ToLower(class)+"::"+prop, false, func() bool {
		return r.propBoundedOnce(class, prop)
	})
}

func (r *resolver) propBoundedOnce(class, prop string) bool {
	decl := r.ix.Property(class, prop)
	if decl == nil || decl.Static {
		return false
	}
	related := func(c string) bool {
		return c == "" || r.ix.Implements(c, class) || r.ix.Implements(class, c)
	}
	given := decl.Default != nil
	if decl.Default != nil && !analyzer.IsConstant(decl.Default) {
		return false
	}
	if decl.Promoted {
		ctor := r.ix.Method(class, "__construct")
		if ctor == nil {
			return false
		}
		for i, p := range ctor.Params {
			if p.Name == prop {
				// (or one value per object, when every object is made
				// at boot: the ids of the couriers of a fleet loaded
				// when the worker starts)
				if !r.paramBounded(ctor, i) && !r.madeOnlyOnce(class) {
					return false
				}
				given = true
			}
		}
	}
	owner := r.writeOwner
	ws := r.propWriteIndex()
	for _, w := range ws[""] { // $this->{$name} = …: may be this property
		if related(owner(w)) {
			return false
		}
	}
	for _, w := range ws[prop] {
		if !related(owner(w)) {
			continue
		}
		if w.simple && w.dims == 0 && ctorOwnWrite(w, class) && r.madeOnlyOnce(class) {
			// $this->locale = $locale in the constructor of an object
			// made only once: one value for the process, as a promoted
			// parameter of such an object is
			given = true
			continue
		}
		if !w.simple || w.src == nil || !r.valueBounded(w.fn, w.src) {
			return false
		}
		given = true
	}
	return given
}

// ctorOwnWrite reports whether w is a write to a property of $this in
// the constructor of class itself: it runs once per object.
func ctorOwnWrite(w propWrite, class string) bool {
	if !analyzer.IsThis(w.obj) || w.fn.Kind != ir.FuncMethod || !strings.EqualFold(w.fn.Name, "__construct") {
		return false
	}
	c := w.fn.ThisClass()
	return c != nil && w.fn.Class == c && strings.EqualFold(c.Name, class)
}

// bootRegistry reports whether e (a static or $this property) is a
// registry filled outside request code: the post types, menus or
// servers registered at boot. Every write to it is in a function the
// worker model does not run per request; its keys are then a fixed set
// for the requests that read it. Before the worker model exists (while
// it is being built) no property counts.
func (r *resolver) bootRegistry(fn *ir.Func, e ir.Expr) bool {
	if r.perRequest == nil {
		return false
	}
	var class, name string
	switch x := e.(type) {
	case *ir.StaticProp:
		class, name = x.Class, "$"+x.Name
	case *ir.Prop:
		if !analyzer.IsThis(x.Obj) || fn.ThisClass() == nil {
			return false
		}
		class, name = fn.ThisClass().Name, x.Name
	}
	if class == "" || name == "" || name == "$" {
		return false
	}
	k := strings.ToLower(class) + "::" + name
	if b, ok := r.registries[k]; ok {
		return b
	}
	is := func(d ir.Expr) bool {
		for {
			dim, ok := d.(*ir.Dim)
			if !ok {
				return r.isMember(d, class, name)
			}
			d = dim.Base
		}
	}
	writes, boot := 0, true
	for _, lc := range r.ix.Lineage(class) {
		for _, m := range lc.Methods {
			analyzer.InspectFunc(m, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*ir.Assign); ok && is(a.Dst) {
					if _, whole := a.Dst.(*ir.Dim); whole || !isEmptyValue(a.Src) {
						writes++
						boot = boot && !r.perRequest(m)
					}
				}
				return boot
			})
		}
	}
	if writes == 0 && !strings.HasPrefix(name, "$") {
		// a promoted constructor parameter nothing reassigns, given a
		// table written in the code by every construction
		if decl := r.ix.Property(class, name); decl != nil && decl.Promoted {
			if ctor := r.ix.Method(class, "__construct"); ctor != nil && !r.perRequest(ctor) {
				if i := slices.IndexFunc(ctor.Params, func(p *ir.Param) bool { return p.Name == name }); i >= 0 {
					sites, _ := r.callSites()
					writes = len(sites[ctor])
					for _, s := range sites[ctor] {
						if a, ok := siteArg(ctor, s, i); !ok || !constantValue(a) || r.perRequest(s.caller) {
							writes = 0
							break
						}
					}
				}
			}
		}
	}
	b := writes > 0 && boot
	if r.registries == nil {
		r.registries = map[string]bool{}
	}
	r.registries[k] = b
	return b
}

// bootFilled reports whether property prop of class ($this->routes) is
// only ever written by code the worker model runs once, at boot or in a
// one-shot command (routes added before the worker loop): requests read
// a fixed set of values from it. Unlike bootRegistry, code of unknown
// phase does not count as boot. Computed once per property.
func (r *resolver) bootFilled(class, prop string) bool {
	if r.runsOnce == nil {
		return false
	}
	return memoized(&r.filledOnce, strings.ToLower(class)+"::"+prop, false, func() bool {
		is := func(d ir.Expr) bool {
			for {
				dim, ok := d.(*ir.Dim)
				if !ok {
					return r.isMember(d, class, prop)
				}
				d = dim.Base
			}
		}
		writes, once := 0, true
		for _, lc := range r.ix.Lineage(class) {
			for _, m := range lc.Methods {
				analyzer.Inspect(m.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
					var dst ir.Expr
					switch n := n.(type) {
					case *ir.Assign:
						dst = n.Dst
					case *ir.Other:
						if (n.Op == "++" || n.Op == "--" || n.Op == "&") && len(n.Args) == 1 {
							dst = n.Args[0]
						}
					}
					if dst != nil && is(dst) {
						writes++
						once = once && r.runsOnce(m)
					}
					return once
				})
			}
		}
		// a promoted constructor parameter: the constructor writes it,
		// and an object made only at boot holds one value for the
		// process (new CsvWriter($config['path']) before the loop)
		if decl := r.ix.Property(class, prop); decl != nil && decl.Promoted && !decl.Static {
			writes++
			once = once && r.madeOnlyOnce(class)
		}
		// (written from outside the class: $router->routes[…] = …;
		// also by a static factory of the class that fills the object
		// it makes, $s = new self(); $s->trips[$id] = …, which counts
		// as a write once when that factory runs once, at boot)
		for _, w := range r.propWriteIndex()[prop] {
			if !analyzer.IsThis(w.obj) {
				if c := r.classOf(w.fn, w.obj); c == "" || r.ix.Implements(c, class) || r.ix.Implements(class, c) {
					if c != "" && w.fn.Class != nil && strings.EqualFold(w.fn.Class.Name, c) && r.runsOnce(w.fn) {
						writes++
						continue
					}
					once = false
				}
			}
		}
		return writes > 0 && once
	})
}

// madeOnlyOnce reports whether every object of class is made by code
// that runs once (boot code, the top of a worker script before its
// loop): each `new` of it is in such a function, outside its request
// loop, and nothing makes one from a class string or with new static.
func (r *resolver) madeOnlyOnce(class string) bool {
	ctor := r.ix.Method(class, "__construct")
	k := strings.ToLower(class)
	// (a class string that only names a shared binding, and the
	// lookups of it, makes nothing more: the container makes it once)
	if ctor == nil || r.siteOnce == nil || r.classStrings[k] && !r.idOnly[k] || r.newStatic[k] {
		return false
	}
	sites, _ := r.callSites()
	for _, s := range sites[ctor] {
		if !r.siteOnce(s) || r.inOpenLoop(s) {
			return false
		}
	}
	return len(sites[ctor]) > 0
}

// inOpenLoop reports whether call site s sits in a loop of its caller
// that may run any number of times (a server's own message loop that the
// worker model does not know): any loop but a foreach over a value from
// a fixed set (the servers of a constant list, made at boot).
func (r *resolver) inOpenLoop(s callSite) bool {
	if s.at == (ir.Pos{}) {
		return false
	}
	open := false
	analyzer.InspectFunc(s.caller, analyzer.KLoop, func(n analyzer.Node, _ []analyzer.Node) bool {
		l, ok := n.(*ir.Loop)
		if !ok {
			return !open
		}
		if !posWithin(s.at, l.P) {
			return false
		}
		if (l.Kind != ir.LoopForeach || !r.valueBounded(s.caller, l.Iter)) && !countedToConstant(l) {
			open = true
		}
		return !open
	})
	return open
}

// countedToConstant reports whether l is a for loop that counts up to a
// constant: for ($i = 0; $i < 40; $i++), a fixed number of rounds.
func countedToConstant(l *ir.Loop) bool {
	if l.Kind != ir.LoopFor || len(l.Init) != 1 || len(l.Step) != 1 {
		return false
	}
	init, ok := l.Init[0].(*ir.Assign)
	if !ok || init.Op != "=" || !analyzer.IsConstant(init.Src) {
		return false
	}
	v, ok := init.Dst.(*ir.Var)
	if !ok {
		return false
	}
	c, ok := l.Cond.(*ir.Other)
	if !ok || (c.Op != "<" && c.Op != "<=") || len(c.Args) != 2 || !isVarNamed(c.Args[0], v.Name) || !analyzer.IsConstant(c.Args[1]) {
		return false
	}
	step, ok := l.Step[0].(*ir.Other)
	return ok && step.Op == "++" && len(step.Args) == 1 && isVarNamed(step.Args[0], v.Name)
}

// checkedAgainstList reports whether variable v is checked against a
// constant list before it is used as a key: the key sits in the branch
// where in_array($v, LIST), isset(LIST[$v]) or array_key_exists($v,
// LIST) holds, or after a branch that leaves (return, throw, continue,
// break) when it does not.
func (r *resolver) checkedAgainstList(fn *ir.Func, v *ir.Var) bool {
	return r.checkedAgainst(fn, v, r.fixedMembership(fn))
}

// checkedAgainst reports whether variable v, where it is used, is known
// to pass a membership test that accept takes (see checkedAgainstList).
func (r *resolver) checkedAgainst(fn *ir.Func, v *ir.Var, accept func(membership) bool) bool {
	return r.pathChecked(fn, "$"+v.Name, v.P, accept)
}

// pathChecked reports whether the value at path ("$x", "$options[preset]"),
// used at position at, is known to pass a membership test that accept
// takes: at sits in the branch where the test holds, or after a branch
// taken when it does not that leaves (return, throw, continue, break) or
// sets the path to a value from a fixed set (`$x = DEFAULT`).
func (r *resolver) pathChecked(fn *ir.Func, path string, at ir.Pos, accept func(membership) bool) bool {
	for _, g := range r.listGuards(fn) {
		if g.name != path || !g.test.passes(accept) {
			continue
		}
		if g.positive && within(at, g.stmt.Then) {
			return true
		}
		if !g.positive && g.stmt.P.EndLine < at.Line && within(at, g.block) &&
			(leaves(g.stmt.Then) || r.normalizes(fn, g.stmt.Then, path)) {
			return true
		}
	}
	return false
}

// normalizes reports whether a branch ends by setting path to a value
// from a fixed set (`if (!in_array($f, LIST)) { $f = 'json'; }`).
func (r *resolver) normalizes(fn *ir.Func, body []ir.Stmt, path string) bool {
	st, ok := body[len(body)-1].(*ir.ExprStmt)
	if !ok {
		return false
	}
	a, ok := st.X.(*ir.Assign)
	return ok && a.Op == "=" && pathOf(a.Dst) == path && r.valueBounded(fn, a.Src)
}

// pathOf names a simple place for guards: "$x" for a variable,
// "$x[key]" for its element under a literal key, "$x->p" for its
// property; "" otherwise.
func pathOf(e ir.Expr) string {
	switch e := e.(type) {
	case *ir.Var:
		if e.Name != "" {
			return "$" + e.Name
		}
	case *ir.Dim:
		if v, ok := e.Base.(*ir.Var); ok && v.Name != "" {
			if l, ok := e.Key.(*ir.Lit); ok {
				return "$" + v.Name + "[" + l.Value + "]"
			}
		}
	case *ir.Prop:
		if v, ok := e.Obj.(*ir.Var); ok && v.Name != "" && e.Name != "" {
			return "$" + v.Name + "->" + e.Name
		}
	}
	return ""
}

// membership is one test of a value against an array: among its keys
// (isset, array_key_exists) or its values (in_array).
type membership struct {
	list  ir.Expr
	byKey bool
	in    *ir.Func // the function list is read in, when not the guard's own
	small bool     // no list: a range check between two integers close together
	// service: no list: $container->has($id) of a PSR-11 container, whose
	// ids are the services the application was built with
	service bool
	// anyOf: no list: a test that passes when one of several passes (A
	// || B); each entry lists the tests of one alternative, any of which
	// confines the value
	anyOf [][]membership
	// equal: list is not a list but the value compared with (===, ==)
	equal bool
}

// passes reports whether accept takes m: for a test of alternatives,
// whether it takes one test of every alternative.
func (m membership) passes(accept func(membership) bool) bool {
	if len(m.anyOf) == 0 {
		return accept(m)
	}
	for _, alt := range m.anyOf {
		if !slices.ContainsFunc(alt, func(t membership) bool { return t.passes(accept) }) {
			return false
		}
	}
	return true
}

// context is the function the test's list is read in: fn, unless the
// test was made inside a callee.
func (m membership) context(fn *ir.Func) *ir.Func {
	if m.in != nil {
		return m.in
	}
	return fn
}

// listGuard is a branch on whether a variable passes a membership test:
// positive when Then runs only if it does, negative when only if not.
type listGuard struct {
	name     string // the place tested, as pathOf names it
	test     membership
	positive bool
	stmt     *ir.If
	block    []ir.Stmt // the statements the branch is one of
}

// listGuards lists fn's branches on membership tests, once per function.
func (r *resolver) listGuards(fn *ir.Func) []listGuard {
	if gs, ok := r.guards[fn]; ok {
		return gs
	}
	if r.guards == nil {
		r.guards = map[*ir.Func][]listGuard{}
	}
	r.guards[fn] = nil // (asked again through a call while deciding: none)
	var gs []listGuard
	// (asked for most functions, of every place a key is read from: the
	// walk goes only through the parts that hold a branch, a loop, a
	// ternary or a call)
	analyzer.InspectFunc(fn, analyzer.KIf|analyzer.KLoop|analyzer.KOther|analyzer.KCalls, func(n analyzer.Node, stack []analyzer.Node) bool {
		switch c := n.(type) {
		case *ir.Call, *ir.MethodCall, *ir.StaticCall:
			gs = append(gs, r.throwingCallGuards(fn, c.(ir.Expr), stack)...)
			return true
		}
		s, ok := n.(*ir.If)
		if l, loop := n.(*ir.Loop); loop {
			// foreach ($this->activeBySite[$siteId] ?? [] as $class): the
			// body runs only for a key the table has
			if g, ok := entryLoopGuard(l); ok {
				gs = append(gs, g)
			}
			return true
		}
		// $tpl = $this->templates[$macro] ?? throw new …;: past the
		// statement, $macro is one of the table's keys
		if t, ok := n.(*ir.Other); ok && t.Op == "??" && len(t.Args) == 2 {
			if g, ok := throwingLookup(fn, t, stack); ok {
				gs = append(gs, g)
			}
			return true
		}
		if t, ternary := n.(*ir.Other); ternary && t.Op == "?:" && len(t.Args) == 3 {
			// isset($this->allowed[$key]) ? $this->store($key, $doc) : $doc:
			// a branch whose Then is the middle operand
			s, ok = &ir.If{Cond: t.Args[0], Then: []ir.Stmt{&ir.ExprStmt{X: t.Args[1], P: t.Args[1].Span()}}, P: t.P}, true
			stack = nil
		}
		if !ok || len(s.Then) == 0 {
			return true
		}
		block := fn.Body
		if len(stack) > 0 {
			block = blockOf(stack[len(stack)-1], s)
		}
		cond, positive := s.Cond, true
		if isNot(cond) {
			cond, positive = cond.(*ir.Other).Args[0], false
		}
		for _, g := range r.condGuards(fn, cond) {
			g.positive, g.stmt, g.block = positive == g.positive, s, block
			gs = append(gs, g)
		}
		// if ($b !== null && $b['shared']) { … }: the then-branch runs
		// only where each conjunct holds, so the tests each makes hold
		// there (not under a negation: !(A && B) says nothing of A)
		if o, ok := cond.(*ir.Other); ok && positive && (o.Op == "&&" || o.Op == "and") {
			for _, a := range chain(o, "&&", "and") {
				for _, g := range r.condGuards(fn, a) {
					if g.positive {
						g.stmt, g.block = s, block
						gs = append(gs, g)
					}
				}
			}
		}
		return true
	})
	r.guards[fn] = gs
	return gs
}

// throwingLookup is the membership test T[$k] ?? throw … makes of $k,
// as a guard that leaves where $k is not a key of T: it confines $k in
// the statements after the one it is written in (an expression
// statement, $tpl = … ?? throw …).
func throwingLookup(fn *ir.Func, t *ir.Other, stack []analyzer.Node) (listGuard, bool) {
	th, ok := t.Args[1].(*ir.Other)
	d, isDim := t.Args[0].(*ir.Dim)
	if !ok || th.Op != "throw" || !isDim || d.Key == nil {
		return listGuard{}, false
	}
	name := pathOf(d.Key)
	if name == "" {
		return listGuard{}, false
	}
	for i := len(stack) - 1; i >= 0; i-- {
		st, ok := stack[i].(*ir.ExprStmt)
		if !ok {
			continue
		}
		block := fn.Body
		if i > 0 {
			block = blockOf(stack[i-1], st)
		}
		if !slices.Contains(block, ir.Stmt(st)) {
			return listGuard{}, false
		}
		return listGuard{name: name, test: membership{list: d.Base, byKey: true}, positive: false,
			stmt: &ir.If{Cond: t, Then: []ir.Stmt{&ir.ExprStmt{X: th, P: th.P}}, P: st.P}, block: block}, true
	}
	return listGuard{}, false
}

// throwingCallGuards are the membership tests a call makes of its
// arguments through a callee that throws where a parameter fails one
// before it can return: `$library->template($macro)`, whose body starts
// with `$t = $this->templates[$macro] ?? throw …;`, confines $macro in
// the statements after the call's, and in the place its result is
// written to (`$memo[$key] = $library->template($macro)` writes only
// once the call has returned; also in `return $memo[$key] ??= …`). The
// call must be its statement's expression or the right side of its
// assignment, so that it runs whenever the statement does.
func (r *resolver) throwingCallGuards(fn *ir.Func, call ir.Expr, stack []analyzer.Node) []listGuard {
	if len(stack) == 0 {
		return nil
	}
	var dst ir.Expr
	parent := stack[len(stack)-1]
	if a, ok := parent.(*ir.Assign); ok && a.Src == call && !a.ByRef && len(stack) > 1 {
		dst, parent = a.Dst, stack[len(stack)-2]
	}
	var at ir.Pos
	var block []ir.Stmt // (the statements after the call's see the test)
	switch st := parent.(type) {
	case *ir.ExprStmt:
		if dst == nil && st.X != call {
			return nil
		}
		at, block = st.P, fn.Body
		if i := slices.Index(stack, analyzer.Node(st)); i > 0 {
			block = blockOf(stack[i-1], st)
		}
		if !slices.Contains(block, ir.Stmt(st)) {
			return nil
		}
	case *ir.Return:
		if dst == nil {
			return nil
		}
		at = st.P
	default:
		return nil
	}
	t := r.target(fn, call)
	if t == nil || len(t.Body) == 0 {
		return nil
	}
	args := callArgs(call)
	var out []listGuard
	for _, g := range r.listGuards(t) {
		if g.positive || len(g.block) == 0 || &g.block[0] != &t.Body[0] || !throws(g.stmt.Then) {
			continue
		}
		i := slices.IndexFunc(t.Params, func(p *ir.Param) bool { return "$"+p.Name == g.name })
		if i < 0 || i >= len(args) || t.Params[i].Variadic || writesVar(t, t.Params[i].Name) || returnsBefore(t.Body, g.stmt.P) {
			continue
		}
		name := pathOf(args[i])
		if name == "" {
			continue
		}
		test := g.test
		if test.in == nil {
			test.in = t
		}
		if block != nil {
			out = append(out, listGuard{name: name, test: test, positive: false,
				stmt: &ir.If{Cond: call, Then: g.stmt.Then, P: at}, block: block})
		}
		if dst != nil {
			out = append(out, listGuard{name: name, test: test, positive: true,
				stmt: &ir.If{Cond: call, Then: []ir.Stmt{&ir.ExprStmt{X: dst, P: dst.Span()}}, P: at}})
		}
	}
	return out
}

// throws reports whether body ends by throwing.
func throws(body []ir.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	s, ok := body[len(body)-1].(*ir.ExprStmt)
	if !ok {
		return false
	}
	o, ok := s.X.(*ir.Other)
	return ok && o.Op == "throw"
}

// returnsBefore reports whether a statement of body that starts before
// position at holds a return (outside closures).
func returnsBefore(body []ir.Stmt, at ir.Pos) bool {
	found := false
	for _, s := range body {
		if p := s.Span(); p.Line > at.Line || p.Line == at.Line && p.Col >= at.Col {
			break
		}
		analyzer.Inspect([]ir.Stmt{s}, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n.(type) {
			case *ir.Closure:
				return false
			case *ir.Return:
				found = true
			}
			return !found
		})
	}
	return found
}

// entryLoopGuard is the membership test a foreach over one entry of a
// table makes of the entry's key: `foreach ($table[$k] ?? [] as …)` (or
// without the fallback) runs its body only when $k is a key of $table.
func entryLoopGuard(l *ir.Loop) (listGuard, bool) {
	if l.Kind != ir.LoopForeach || len(l.Body) == 0 {
		return listGuard{}, false
	}
	iter := l.Iter
	if o, ok := iter.(*ir.Other); ok && o.Op == "??" && len(o.Args) == 2 {
		if a, ok := o.Args[1].(*ir.Array); !ok || len(a.Items) > 0 {
			return listGuard{}, false
		}
		iter = o.Args[0]
	}
	d, ok := iter.(*ir.Dim)
	if !ok || d.Key == nil {
		return listGuard{}, false
	}
	name := pathOf(d.Key)
	if name == "" {
		return listGuard{}, false
	}
	return listGuard{name: name, test: membership{list: d.Base, byKey: true}, positive: true,
		stmt: &ir.If{Cond: l.Iter, Then: l.Body, P: l.P}}, true
}

// condGuards lists the membership tests of a branch condition, each
// with positive true when the value passes where cond holds.
func (r *resolver) condGuards(fn *ir.Func, cond ir.Expr) []listGuard {
	if isNot(cond) {
		// !$this->lobbies->has($id), an alternative of A || !B: the
		// inner tests, which pass where it does not hold
		gs := r.condGuards(fn, cond.(*ir.Other).Args[0])
		for i := range gs {
			gs[i].positive = !gs[i].positive
		}
		return gs
	}
	if o, ok := cond.(*ir.Other); ok && (o.Op == "||" || o.Op == "or") {
		if gs := r.outsideRange(fn, o); len(gs) > 0 {
			return gs
		}
		gs := r.eitherGuards(fn, o.Args)
		// $req === null || !in_array(…) || $page < 1 || $page > LAST:
		// where no alternative holds, the comparisons among them all
		// fail, and bound $page as they would on their own
		var cmps []ir.Expr
		for _, a := range chain(o, "||", "or") {
			if c, ok := a.(*ir.Other); ok && len(c.Args) == 2 && (c.Op == "<" || c.Op == "<=" || c.Op == ">" || c.Op == ">=") {
				cmps = append(cmps, a)
			}
		}
		if len(cmps) >= 2 {
			gs = append(gs, r.outsideRange(fn, &ir.Other{Op: "||", Args: cmps, P: o.P})...)
		}
		return gs
	}
	// $card !== null && !isset($this->tiers[$card->tier]): the test of
	// the object's property, which exists only where the object does
	if o, ok := cond.(*ir.Other); ok && (o.Op == "&&" || o.Op == "and") && len(o.Args) == 2 {
		for i, a := range o.Args {
			obj := nonNullTested(a)
			if obj == "" {
				continue
			}
			var gs []listGuard
			for _, g := range r.condGuards(fn, o.Args[1-i]) {
				if strings.HasPrefix(g.name, obj+"->") {
					gs = append(gs, g)
				}
			}
			if len(gs) > 0 {
				return gs
			}
		}
	}
	if o, ok := cond.(*ir.Other); ok && (o.Op == "!==" || o.Op == "!=") && len(o.Args) == 2 {
		// if ($mode !== self::LIVE) return;: past it, $mode is LIVE
		op := map[string]string{"!==": "===", "!=": "=="}[o.Op]
		gs := r.condGuards(fn, &ir.Other{Op: op, Args: o.Args, P: o.P})
		for i := range gs {
			gs[i].positive = !gs[i].positive
		}
		return gs
	}
	// $plan = $this->plans[$id] ?? null; if ($plan === null) return;:
	// the lookup found an entry, so $id is one of the table's keys
	if gs := r.lookupGuards(fn, cond); len(gs) > 0 {
		return gs
	}
	var gs []listGuard
	seen := map[string]bool{}
	for _, name := range testedVars(cond) {
		if seen[name] {
			continue
		}
		seen[name] = true
		for _, m := range memberships(cond, name) {
			gs = append(gs, listGuard{name: name, test: m, positive: true})
		}
	}
	// preg_match('/^SS-\d{3}$/', $x): an anchored pattern few strings
	// match confines $x to them
	if c, ok := cond.(*ir.Call); ok && analyzer.CallName(c) == "preg_match" && len(c.Args) >= 2 {
		if lit, ok := c.Args[0].(*ir.Lit); ok && lit.Kind == ir.LitString {
			if n, ok := patternSize(lit.Value); ok && n <= maxRingSlots {
				if name := pathOf(testedValue(c.Args[1])); name != "" {
					gs = append(gs, listGuard{name: name, test: membership{small: true}, positive: true})
				}
			}
		}
	}
	// PostTypes::exists($type), $this->registry->has($name): a method
	// that answers isset(LIST[$param])
	gs = append(gs, r.predicateGuards(fn, cond)...)
	// $this->container->has($id): one of the container's services
	if c, ok := cond.(*ir.MethodCall); ok && strings.EqualFold(c.Name, "has") && len(c.Args) == 1 {
		if name := pathOf(c.Args[0]); name != "" && r.serviceContainer(fn, c.Recv) {
			gs = append(gs, listGuard{name: name, test: membership{service: true}, positive: true})
		}
	}
	return gs
}

// lookupGuards lists the membership test a null test of a looked-up
// local makes of the key it was looked up by: $x === null (or
// is_null($x)) where $x = T[$k] ?? null, or $x = $this->find($k) with
// find() returning $this->T[$param] ?? null, holds where $k is not a key
// of T; a bare $x (as in !$x) where it is.
func (r *resolver) lookupGuards(fn *ir.Func, cond ir.Expr) []listGuard {
	v, positive := (*ir.Var)(nil), true
	switch c := cond.(type) {
	case *ir.Var:
		v = c
	case *ir.Other:
		if (c.Op == "===" || c.Op == "==") && len(c.Args) == 2 {
			for i, a := range c.Args {
				if w, ok := a.(*ir.Var); ok && isNull(c.Args[1-i]) {
					v, positive = w, false
				}
			}
		}
	case *ir.Call:
		if analyzer.CallName(c) == "is_null" && len(c.Args) == 1 {
			v, _ = c.Args[0].(*ir.Var)
			positive = false
		}
	}
	if v == nil || v.Name == "" || v.Name == "this" {
		return nil
	}
	src := assignedOnce(fn)[v.Name]
	key, list := nullLookup(src)
	var in *ir.Func // (the function the table is read in, when a callee)
	if list == nil {
		// $this->find($k), whose one return is $this->T[$param] ?? null
		t := r.target(fn, src)
		rets := returned(t)
		if t == nil || len(rets) != 1 {
			return nil
		}
		pk, pl := nullLookup(rets[0])
		i := paramIndex(t, pk)
		args := callArgs(src)
		if pl == nil || i < 0 || i >= len(args) {
			return nil
		}
		key, list, in = args[i], pl, t
	}
	name := pathOf(key)
	if name == "" {
		return nil
	}
	return []listGuard{{name: name, test: membership{list: list, byKey: true, in: in}, positive: positive}}
}

// nullLookup splits T[$k] ?? null into its key and table; nils when e is
// not such a lookup.
func nullLookup(e ir.Expr) (key, list ir.Expr) {
	o, ok := e.(*ir.Other)
	if !ok || o.Op != "??" || len(o.Args) != 2 || !isNull(o.Args[1]) {
		return nil, nil
	}
	d, ok := o.Args[0].(*ir.Dim)
	if !ok || d.Key == nil {
		return nil, nil
	}
	return d.Key, d.Base
}

// eitherGuards is condGuards for alternatives (A || B): a value every
// alternative tests passes one of their tests where the condition holds.
// (Where it does not, it passes none: that confines nothing.)
func (r *resolver) eitherGuards(fn *ir.Func, alts []ir.Expr) []listGuard {
	var tests map[string][][]membership
	var gs []listGuard
	for i, a := range alts {
		byName := map[string][]membership{}
		for _, g := range r.condGuards(fn, a) {
			if g.positive {
				byName[g.name] = append(byName[g.name], g.test)
			} else {
				// if (!preg_match(…) || !$this->lobbies->has($id)) return;:
				// where no alternative holds, each negated test passes
				gs = append(gs, g)
			}
		}
		if i == 0 {
			tests = map[string][][]membership{}
			for name, ms := range byName {
				tests[name] = [][]membership{ms}
			}
			continue
		}
		for name := range tests {
			if ms, ok := byName[name]; ok {
				tests[name] = append(tests[name], ms)
			} else {
				delete(tests, name)
			}
		}
	}
	for _, name := range slices.Sorted(maps.Keys(tests)) {
		gs = append(gs, listGuard{name: name, test: membership{anyOf: tests[name]}, positive: true})
	}
	return gs
}

// serviceContainer reports whether e is a PSR-11 service container (or
// a service locator, which is one).
func (r *resolver) serviceContainer(fn *ir.Func, e ir.Expr) bool {
	class := r.classOf(fn, e)
	return class != "" && r.ix.Implements(class, `Psr\Container\ContainerInterface`)
}

// predicateGuards lists the membership tests a call in cond makes
// through a project function or method whose one return is such a test
// of a parameter (return isset(self::$types[$slug])): the argument passed
// for that parameter is tested against the same list. positive is false
// for a negated test inside the callee.
func (r *resolver) predicateGuards(fn *ir.Func, cond ir.Expr) []listGuard {
	args := callArgs(cond)
	t := r.target(fn, cond)
	rets := returned(t)
	if t == nil || len(rets) != 1 {
		return nil
	}
	ret, positive := rets[0], true
	if isNot(ret) {
		ret, positive = ret.(*ir.Other).Args[0], false
	}
	var out []listGuard
	for i, p := range t.Params {
		if i >= len(args) {
			break
		}
		name := pathOf(args[i])
		if name == "" {
			continue
		}
		for _, m := range memberships(ret, "$"+p.Name) {
			out = append(out, listGuard{name: name, test: membership{list: m.list, byKey: m.byKey, in: t}, positive: positive})
		}
	}
	return out
}

// blockOf returns the statement list of parent that holds s; nil when
// none does.
func blockOf(parent analyzer.Node, s ir.Stmt) []ir.Stmt {
	var lists [][]ir.Stmt
	switch p := parent.(type) {
	case *ir.If:
		lists = [][]ir.Stmt{p.Then, p.Else}
	case *ir.Loop:
		lists = [][]ir.Stmt{p.Body}
	case *ir.Try:
		lists = [][]ir.Stmt{p.Body, p.Finally}
	case *ir.Catch:
		lists = [][]ir.Stmt{p.Body}
	case *ir.Switch:
		for _, c := range p.Cases {
			lists = append(lists, c.Body)
		}
	}
	for _, l := range lists {
		for _, x := range l {
			if x == s {
				return l
			}
		}
	}
	return nil
}

// testedVars lists the places a membership test may check (see pathOf):
// the first argument of in_array/array_key_exists, the keys in isset(),
// through &&.
func testedVars(cond ir.Expr) []string {
	var out []string
	add := func(e ir.Expr) {
		if p := pathOf(testedValue(e)); p != "" {
			out = append(out, p)
		}
	}
	// (and each part of a key built by concatenation: see memberships)
	var addKey func(e ir.Expr)
	addKey = func(e ir.Expr) {
		if o, ok := e.(*ir.Other); ok && (o.Op == "." || o.Op == "interp") {
			for _, a := range o.Args {
				addKey(a)
			}
			return
		}
		add(e)
	}
	switch c := cond.(type) {
	case *ir.Call:
		switch analyzer.CallName(c) {
		case "in_array":
			if len(c.Args) > 0 {
				add(c.Args[0])
			}
			if d := emptyFallbackDim(c); d != nil {
				addKey(d.Key) // (see memberships)
			}
		case "array_key_exists", "key_exists":
			if len(c.Args) > 0 {
				addKey(c.Args[0])
			}
		}
	case *ir.Other:
		switch c.Op {
		case "isset":
			for _, a := range c.Args {
				if d, ok := a.(*ir.Dim); ok {
					addKey(d.Key)
				}
			}
		case "&&":
			for _, a := range c.Args {
				out = append(out, testedVars(a)...)
			}
		case "<", "<=", ">", ">=", "===", "==":
			for _, a := range c.Args {
				add(a) // one side of a range check (see intRange), or of a comparison
			}
		}
	}
	return out
}

// emptyFallbackDim is, for in_array($v, $table[$k] ?? []), the element
// $table[$k] whose list is searched, with an empty one when the key is
// missing: the test holds only for a key the table has. Nil otherwise.
func emptyFallbackDim(c *ir.Call) *ir.Dim {
	if len(c.Args) < 2 {
		return nil
	}
	o, ok := c.Args[1].(*ir.Other)
	if !ok || o.Op != "??" || len(o.Args) != 2 {
		return nil
	}
	if a, ok := o.Args[1].(*ir.Array); !ok || len(a.Items) > 0 {
		return nil
	}
	d, ok := o.Args[0].(*ir.Dim)
	if !ok || d.Key == nil {
		return nil
	}
	return d
}

// memberTest names the calls that test a value against a list (in_array)
// or the keys of a table (array_key_exists).
func memberTest(name string) bool {
	return name == "in_array" || name == "array_key_exists" || name == "key_exists"
}

// passedClasses lists the classes of the objects a parameter of fn is
// given, following parameters through the calls that hand them on
// (dispatch(object $event) → getListenersForEvent(object $event)); nil
// when a call is unknown or hands in something of no known class.
func (r *resolver) passedClasses(fn *ir.Func, e ir.Expr, depth int) []string {
	if c := r.classOf(fn, e); c != "" {
		return []string{c}
	}
	i := paramIndex(fn, e)
	if i < 0 || depth == 0 {
		return nil
	}
	return r.siteClasses(fn, i, func(caller *ir.Func, arg ir.Expr) []string {
		return r.passedClasses(caller, arg, depth-1)
	})
}

// siteClasses is the union, over every known call of fn, of the classes
// classes gives for what the call passes as parameter i; nil when a call
// is unknown, passes nothing for it, or classes gives none.
func (r *resolver) siteClasses(fn *ir.Func, i int, classes func(caller *ir.Func, arg ir.Expr) []string) []string {
	sites, known := r.knownSites(fn)
	if !known {
		return nil
	}
	var out []string
	for _, s := range sites {
		arg, ok := siteArg(fn, s, i)
		if !ok {
			return nil
		}
		cs := classes(s.caller, arg)
		if len(cs) == 0 {
			return nil
		}
		for _, c := range cs {
			if !slices.ContainsFunc(out, func(o string) bool { return strings.EqualFold(o, c) }) {
				out = append(out, c)
			}
		}
	}
	return out
}

// sameRead reports whether two expressions read the same value the same
// way: the same method called on the same receiver with the same literal
// arguments ($request->input('field') twice), or the same place.
func sameRead(a, b ir.Expr) bool {
	// substr($locale, 0, 2) twice: a string function of the same
	// reads gives the same value
	if ca, ok := a.(*ir.Call); ok {
		cb, ok := b.(*ir.Call)
		name := analyzer.CallName(ca)
		if !ok || name == "" || !strings.EqualFold(name, analyzer.CallName(cb)) || !builtins.Derives(name) || builtins.Fresh(name) || len(ca.Args) != len(cb.Args) {
			return false
		}
		for i := range ca.Args {
			if !sameRead(ca.Args[i], cb.Args[i]) {
				return false
			}
		}
		return true
	}
	ma, ok1 := a.(*ir.MethodCall)
	mb, ok2 := b.(*ir.MethodCall)
	if !ok1 || !ok2 {
		return sameExpr(a, b)
	}
	if !strings.EqualFold(ma.Name, mb.Name) || ma.Name == "" || len(ma.Args) != len(mb.Args) ||
		analyzer.ExprPath(ma.Recv) == "" || analyzer.ExprPath(ma.Recv) != analyzer.ExprPath(mb.Recv) {
		return false
	}
	for i := range ma.Args {
		la, ok1 := ma.Args[i].(*ir.Lit)
		lb, ok2 := mb.Args[i].(*ir.Lit)
		if !ok1 || !ok2 || la.Kind != lb.Kind || la.Value != lb.Value {
			return false
		}
	}
	return true
}

// memberships lists the membership tests cond makes of the place path
// names (see pathOf), each of which holds when cond does.
func memberships(cond ir.Expr, path string) []membership {
	// (in_array((int) $m[1], self::SUPPORTED, true): the value tested
	// is the cast one)
	isV := func(e ir.Expr) bool { return pathOf(testedValue(e)) == path }
	// (isset($this->targets[$analyte . '/' . $level]): a part of a key
	// found among fixed keys is a piece of one of them)
	var inKey func(e ir.Expr) bool
	inKey = func(e ir.Expr) bool {
		if isV(e) {
			return true
		}
		o, ok := e.(*ir.Other)
		return ok && (o.Op == "." || o.Op == "interp") && slices.ContainsFunc(o.Args, inKey)
	}
	var out []membership
	switch c := cond.(type) {
	case *ir.Call:
		switch analyzer.CallName(c) {
		case "in_array":
			if len(c.Args) >= 2 && isV(c.Args[0]) {
				out = append(out, membership{list: c.Args[1]})
			}
			// in_array($zone, $this->sites[$site] ?? [], true): nothing is
			// in the empty fallback, so $site is one of the table's keys
			if d := emptyFallbackDim(c); d != nil && inKey(d.Key) {
				out = append(out, membership{list: d.Base, byKey: true})
			}
		case "array_key_exists", "key_exists":
			if len(c.Args) >= 2 && inKey(c.Args[0]) {
				out = append(out, membership{list: c.Args[1], byKey: true})
			}
		}
	case *ir.Other:
		switch c.Op {
		case "isset":
			for _, a := range c.Args {
				if d, ok := a.(*ir.Dim); ok && inKey(d.Key) {
					out = append(out, membership{list: d.Base, byKey: true})
				}
			}
		case "===", "==":
			// $rule['department'] === $department: the value compared
			if len(c.Args) == 2 {
				for i, a := range c.Args {
					if isV(a) {
						out = append(out, membership{list: c.Args[1-i], equal: true})
					}
				}
			}
		case "&&":
			for _, a := range c.Args {
				out = append(out, memberships(a, path)...)
			}
			if lo, hi, ok := intRange(c, path, litInt); ok && hi-lo <= smallRange {
				out = append(out, membership{small: true})
			}
		}
	}
	return out
}

// fixedMembership accepts, for a guard in fn, a membership test that
// confines a value to a fixed set: a constant list, a list or a value
// compared with (===) that is itself from a fixed set (the settings
// loaded at boot, a rule of a table made at boot), or a small integer
// range.
func (r *resolver) fixedMembership(fn *ir.Func) func(membership) bool {
	// (a value compared with the one asked about: $a === $b asks
	// about $b, whose guard asks about $a again)
	bounded := func(in *ir.Func, e ir.Expr) bool {
		if r.comparing[e] {
			return false
		}
		if r.comparing == nil {
			r.comparing = map[ir.Expr]bool{}
		}
		r.comparing[e] = true
		defer delete(r.comparing, e)
		return r.valueBounded(in, e)
	}
	return func(m membership) bool {
		if m.equal {
			return bounded(m.context(fn), m.list)
		}
		return m.small || m.service || r.constantTable(m.context(fn), m.list) || m.byKey && r.keysOfPropFixed(m.context(fn), m.list) ||
			!m.byKey && r.listPropFixed(m.context(fn), m.list) || bounded(m.context(fn), m.list)
	}
}

// listPropFixed reports whether e is a property ($this->config->presets)
// that the project only ever gives values from a fixed set (a list
// written in the code, when the config object is made): in_array() of
// it confines a value to that list.
func (r *resolver) listPropFixed(fn *ir.Func, e ir.Expr) bool {
	pr, ok := e.(*ir.Prop)
	if !ok || pr.Name == "" || fn == nil {
		return false
	}
	class := r.classOf(fn, pr.Obj)
	return class != "" && r.propBounded(class, pr.Name)
}

// keysOfPropFixed reports whether e is a property of $this whose keys
// come from a fixed set: isset($this->factories[$id]) confines $id to
// the service ids the locator was built with.
func (r *resolver) keysOfPropFixed(fn *ir.Func, e ir.Expr) bool {
	pr, ok := e.(*ir.Prop)
	if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" || fn == nil || fn.ThisClass() == nil {
		return false
	}
	class := fn.ThisClass().Name
	return memoized(&r.propFixed, strings.ToLower(class)+"::"+pr.Name+"#keys", false, func() bool {
		// (or a registry filled once, at boot: the persisted queries
		// allowed before the worker loop)
		return r.propKeysBounded(class, pr.Name) || r.bootFilled(class, pr.Name)
	})
}

// propKeysBounded reports whether every array the project puts into
// property prop of class has keys from a fixed set — what every new
// passes for the promoted constructor parameter, what the class assigns
// it — and nothing adds to it under another key.
func (r *resolver) propKeysBounded(class, prop string) bool {
	decl := r.ix.Property(class, prop)
	if decl == nil || decl.Static {
		return false
	}
	given := false
	// private array $tiers = ['silver' => 5, …]: the keys written there
	if a, ok := decl.Default.(*ir.Array); ok && len(a.Items) > 0 && !slices.ContainsFunc(a.Items, func(it ir.ArrayItem) bool {
		return it.Unpack || it.Key != nil && !analyzer.IsConstant(it.Key)
	}) {
		given = true
	}
	if decl.Promoted {
		ctor := r.ix.Method(class, "__construct")
		if ctor == nil {
			return false
		}
		for i, p := range ctor.Params {
			if p.Name != prop {
				continue
			}
			sites, known := r.knownSites(ctor)
			if !known {
				return false
			}
			for _, s := range sites {
				arg, ok := siteArg(ctor, s, i)
				if !ok || !r.arrayKeysBounded(s.caller, arg) {
					return false
				}
			}
			given = true
		}
	}
	for _, w := range r.thisWrites(class, prop) {
		// $this->compiled[$template] = …: an element under a key from a
		// fixed set adds no other key
		if !w.simple && w.dims > 0 && w.key != nil && r.valueBounded(w.fn, w.key) {
			given = true
			continue
		}
		if !w.simple || w.src == nil || !r.arrayKeysBounded(w.fn, w.src) {
			return false
		}
		given = true
	}
	return given
}

// paramKeysBounded reports whether e is a parameter of fn for which
// every known call passes an array with keys from a fixed set (see
// arrayKeysBounded): new RouteTable(['/orders/{id}' => 'orders', …]).
func (r *resolver) paramKeysBounded(fn *ir.Func, e ir.Expr) bool {
	i := paramIndex(fn, e)
	return i >= 0 && r.everyArg(fn, i, r.arrayKeysBounded)
}

// everyArg reports whether fn has known calls, and what each passes for
// parameter i, in the function making the call, holds.
func (r *resolver) everyArg(fn *ir.Func, i int, holds func(caller *ir.Func, arg ir.Expr) bool) bool {
	sites, known := r.knownSites(fn)
	if !known || len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		arg, ok := siteArg(fn, s, i)
		if !ok || !holds(s.caller, arg) {
			return false
		}
	}
	return true
}

// arrayKeysBounded reports whether the array e has keys from a fixed
// set: an array literal whose keys are fixed values (a list's positions
// are), or a local assigned once from one.
func (r *resolver) arrayKeysBounded(fn *ir.Func, e ir.Expr) bool {
	if v, ok := e.(*ir.Var); ok {
		if src := localSource(fn, v); src != e {
			e = src
		}
	}
	// require __DIR__ . '/config/pacing.php', a file that returns an
	// array literal: the keys written there
	if o, ok := e.(*ir.Other); ok && o.Op == "include" {
		vals := r.ix.ConstValues(fn, e)
		return len(vals) > 0 && !slices.ContainsFunc(vals, func(v analyzer.Const) bool { return v.Kind != analyzer.ConstArray || v.Open })
	}
	a, ok := e.(*ir.Array)
	if !ok {
		return false
	}
	for _, it := range a.Items {
		if it.Unpack || it.Key != nil && !r.valueBounded(fn, it.Key) {
			return false
		}
	}
	return true
}

// smallRange is the widest integer range a key checked to lie in it
// counts as taking its value from a fixed set: a 16-bit code.
const smallRange = 1 << 16

// intRange reads a conjunction that bounds path on both sides by integers
// ($id > 138 && $id < 32767) and returns the bounds; value reads a bound
// (litInt: literals only).
func intRange(and *ir.Other, path string, value func(ir.Expr) (int64, bool)) (lo, hi int64, ok bool) {
	hasLo, hasHi := false, false
	for _, a := range and.Args {
		c, isCmp := a.(*ir.Other)
		if !isCmp || len(c.Args) != 2 {
			continue
		}
		op, x, y := c.Op, c.Args[0], c.Args[1]
		if pathOf(y) == path { // 138 < $id: read as $id > 138
			x, y = y, x
			switch op {
			case "<":
				op = ">"
			case "<=":
				op = ">="
			case ">":
				op = "<"
			case ">=":
				op = "<="
			}
		}
		if pathOf(x) != path {
			continue
		}
		n, known := value(y)
		if !known {
			continue
		}
		switch op {
		case ">", ">=":
			lo, hasLo = n, true
		case "<", "<=":
			hi, hasHi = n, true
		}
	}
	return lo, hi, hasLo && hasHi && hi >= lo
}

// litInt reads an integer literal.
func litInt(e ir.Expr) (int64, bool) {
	l, ok := e.(*ir.Lit)
	if !ok || l.Kind != ir.LitInt {
		return 0, false
	}
	n, err := strconv.ParseInt(strings.ReplaceAll(l.Value, "_", ""), 0, 64)
	return n, err == nil
}

// outsideRange reads a branch taken when path lies outside a small
// integer range: if ($door < 1 || $door > $this->doors) throw …;. Each
// bound is a value known whatever runs (a literal, a constant, a
// property set only at construction, evaluated for every `new`). Past
// such a branch that leaves, the value is one of few.
func (r *resolver) outsideRange(fn *ir.Func, or *ir.Other) []listGuard {
	flip := map[string]string{"<": ">=", "<=": ">", ">": "<=", ">=": "<"}
	and := &ir.Other{Op: "&&", P: or.P}
	for _, a := range or.Args {
		c, ok := a.(*ir.Other)
		if !ok || flip[c.Op] == "" || len(c.Args) != 2 {
			return nil
		}
		and.Args = append(and.Args, &ir.Other{Op: flip[c.Op], Args: c.Args, P: c.P})
	}
	var gs []listGuard
	for _, name := range testedVars(and) {
		lo, hi, ok := intRange(and, name, func(e ir.Expr) (int64, bool) { return r.intBound(fn, e) })
		if ok && hi-lo <= smallRange && !slices.ContainsFunc(gs, func(g listGuard) bool { return g.name == name }) {
			gs = append(gs, listGuard{name: name, test: membership{small: true}, positive: false})
		}
	}
	return gs
}

// chain lists the operands of a chain of one boolean operator (see
// analyzer.Chain).
var chain = analyzer.Chain

// conjuncts lists the terms of a chain of &&: a && b && c.
var conjuncts = analyzer.Conjuncts

// intBound is the one integer e, written in fn, holds whatever runs:
// none when it may hold another value.
func (r *resolver) intBound(fn *ir.Func, e ir.Expr) (int64, bool) {
	if n, ok := litInt(e); ok {
		return n, true
	}
	vs := r.ix.ConstValues(fn, e)
	if len(vs) != 1 || vs[0].Kind != analyzer.ConstInt {
		return 0, false
	}
	return vs[0].I, true
}

// keyInStore reports whether key k is one the array base holds already,
// so a write under it replaces an entry: k is checked to be a key of
// base (isset, array_key_exists) where it is used, or every value it is
// assigned is (null aside) a key of base taken by a foreach over it or
// checked that way.
func (r *resolver) keyInStore(fn *ir.Func, k ir.Expr, base ir.Expr) bool {
	if pr, ok := k.(*ir.Prop); ok {
		return r.loadedWrittenBack(fn, pr, base)
	}
	v, ok := k.(*ir.Var)
	if !ok {
		return false
	}
	inBase := func(m membership) bool { return m.byKey && sameExpr(m.list, base) }
	if r.checkedAgainst(fn, v, inBase) || r.callersCheckedKey(fn, v, base) {
		return true
	}
	// the rest does not depend on where k is used: once per function,
	// variable and store (a function writing one store in many places
	// asks many times)
	memo := storeKeyVar{fn, v.Name, analyzer.ExprPath(base)}
	if memo.base != "" {
		if b, ok := r.keysOfStore[memo]; ok {
			return b
		}
		if r.keysOfStore == nil {
			r.keysOfStore = map[storeKeyVar]bool{}
		}
		b := r.assignedStoreKeys(fn, v, base, inBase)
		r.keysOfStore[memo] = b
		return b
	}
	return r.assignedStoreKeys(fn, v, base, inBase)
}

// callersCheckedKey reports whether k, a parameter of method fn used as
// a key of $this->P (base), is a key P already has wherever fn is
// called: every caller checks the value it passes with a method of fn's
// class that answers isset($this->P[$param]) (if (!$lobbies->has($id))
// return; $lobbies->join($id)). What fn writes under it then replaces an
// entry and adds none.
func (r *resolver) callersCheckedKey(fn *ir.Func, k *ir.Var, base ir.Expr) bool {
	pr, ok := base.(*ir.Prop)
	if !ok || !analyzer.IsThis(pr.Obj) || pr.Name == "" || fn.ThisClass() == nil {
		return false
	}
	i := paramIndex(fn, k)
	if i < 0 || analyzer.AssignsVar(fn, k.Name) {
		return false
	}
	class := fn.ThisClass().Name
	sameStore := func(m membership) bool {
		if !m.byKey || m.in == nil || m.in.ThisClass() == nil {
			return false
		}
		lp, ok := m.list.(*ir.Prop)
		in := m.in.ThisClass().Name
		return ok && analyzer.IsThis(lp.Obj) && lp.Name == pr.Name && (r.ix.Implements(in, class) || r.ix.Implements(class, in))
	}
	sites, known := r.knownSites(fn)
	if !known || len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		arg, ok := siteArg(fn, s, i)
		if !ok || s.at == (ir.Pos{}) {
			return false
		}
		path := pathOf(arg)
		if path == "" || !r.pathChecked(s.caller, path, arg.Span(), sameStore) {
			return false
		}
	}
	return true
}

// loadedWrittenBack reports whether k, a property of an object parameter
// of method fn used as a key of $this->P (base), names an entry P holds
// already: every caller passes an object it loaded, through a method of
// fn's class on the same receiver, from P under a key that must be there
// ($this->rows[$id] ?? throw new …): $zone = $zones->load($origin); …;
// $zones->save($zone) writes back under the zone's own key, an
// in-memory repository's update, and adds no entry.
func (r *resolver) loadedWrittenBack(fn *ir.Func, k *ir.Prop, base ir.Expr) bool {
	pr, ok := base.(*ir.Prop)
	obj, isVar := k.Obj.(*ir.Var)
	if !ok || !isVar || !analyzer.IsThis(pr.Obj) || pr.Name == "" || fn.ThisClass() == nil {
		return false
	}
	i := paramIndex(fn, obj)
	if i < 0 || analyzer.AssignsVar(fn, obj.Name) {
		return false
	}
	sites, known := r.knownSites(fn)
	if !known || len(sites) == 0 {
		return false
	}
	for _, s := range sites {
		arg, ok := siteArg(fn, s, i)
		v, isVar := arg.(*ir.Var)
		recv := analyzer.ExprPath(s.recv)
		if !ok || !isVar || recv == "" {
			return false
		}
		load, isCall := assignedOnce(s.caller)[v.Name].(*ir.MethodCall)
		if !isCall || analyzer.ExprPath(load.Recv) != recv {
			return false
		}
		t := r.target(s.caller, load)
		if t == nil || t.ThisClass() != fn.ThisClass() || !readsPresent(t, pr.Name) {
			return false
		}
	}
	return true
}

// readsPresent reports whether fn reads $this->prop under a key it
// requires to be there: $this->prop[$k] ?? throw new ….
func readsPresent(fn *ir.Func, prop string) bool {
	found := false
	analyzer.InspectFunc(fn, analyzer.KOther, func(n analyzer.Node, _ []analyzer.Node) bool {
		o, ok := n.(*ir.Other)
		if ok && o.Op == "??" && len(o.Args) == 2 {
			d, isDim := o.Args[0].(*ir.Dim)
			t, isThrow := o.Args[1].(*ir.Other)
			if isDim && isThrow && t.Op == "throw" {
				if p, ok := d.Base.(*ir.Prop); ok && analyzer.IsThis(p.Obj) && p.Name == prop && d.Key != nil {
					found = true
				}
			}
		}
		return !found
	})
	return found
}

// storeKeyVar is a variable used as a key of a store in a function, for
// keyInStore's memo.
type storeKeyVar struct {
	fn   *ir.Func
	name string
	base string
}

// assignedStoreKeys reports whether every value fn assigns to v (null
// aside) is a key of base: taken by a foreach over base, or checked to be
// one.
func (r *resolver) assignedStoreKeys(fn *ir.Func, v *ir.Var, base ir.Expr, inBase func(membership) bool) bool {
	// a foreach over base binds w to one of its keys
	iterKey := func(w *ir.Var) bool {
		bound := false
		analyzer.EachNode(fn, analyzer.KLoop, func(n analyzer.Node) bool {
			if l, ok := n.(*ir.Loop); ok && names(l.Key)[w.Name] && sameExpr(l.Iter, base) {
				bound = true
			}
			return !bound
		})
		return bound
	}
	found, all := false, true
	analyzer.EachNode(fn, analyzer.KAssign|analyzer.KLoop, func(n analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Assign:
			if !isVarNamed(n.Dst, v.Name) {
				return true
			}
			switch src := n.Src.(type) {
			case *ir.Lit:
				all = all && isNull(src)
			case *ir.Var:
				if r.checkedAgainst(fn, src, inBase) || iterKey(src) {
					found = true
				} else {
					all = false
				}
			default:
				all = false
			}
		case *ir.Loop:
			if names(n.Key)[v.Name] && sameExpr(n.Iter, base) {
				found = true
			} else if names(n.Key)[v.Name] || names(n.Value)[v.Name] {
				all = false
			}
		}
		return all
	})
	return found && all
}

// className reports whether a name says it holds a class name ($class,
// $className, $entityClass, $fqcn): the classes of a program are a fixed
// set, so a cache keyed by them stays small.
func className(name string) bool {
	words := nameWords(name)
	if len(words) == 0 {
		return false
	}
	last := words[len(words)-1]
	if last == "name" && len(words) > 1 {
		last = words[len(words)-2]
	}
	return last == "class" || last == "classname" || last == "fqcn"
}

type classNameVarsKey struct{}

// classNameVars lists, once per function, the variables fn uses as the
// name of a class: it makes an object of it (new $class) or asks whether
// the class exists (class_exists($class)). Such a value is one of the
// classes the code declares, a fixed set, whatever it is built from.
func classNameVars(fn *ir.Func) map[string]bool {
	return analyzer.FuncMemo(fn, classNameVarsKey{}, func() map[string]bool {
		var out map[string]bool
		add := func(e ir.Expr) {
			if v, ok := e.(*ir.Var); ok && v.Name != "" && v.Name != "this" {
				if out == nil {
					out = map[string]bool{}
				}
				out[v.Name] = true
			}
		}
		analyzer.InspectFunc(fn, analyzer.KNew|analyzer.KCall, func(n analyzer.Node, _ []analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.New:
				add(n.ClassExpr)
			case *ir.Call:
				switch analyzer.CallName(n) {
				case "class_exists", "interface_exists", "enum_exists":
					if len(n.Args) > 0 {
						add(n.Args[0])
					}
				}
			}
			return true
		})
		return out
	})
}

// isVarNamed reports whether e is the variable $name.
func isVarNamed(e ir.Expr, name string) bool {
	v, ok := e.(*ir.Var)
	return ok && v.Name == name
}

// isNot reports whether e is a negation, !x.
func isNot(e ir.Expr) bool {
	o, ok := e.(*ir.Other)
	return ok && o.Op == "!" && len(o.Args) == 1
}

// selfDerived reports whether e is computed from the variable name alone
// by casts, operators and functions whose result ranges over as many
// values as their arguments ((string) $cc, trim($x), strtolower($x)):
// assigned back to the variable, it gives it no new values.
func selfDerived(e ir.Expr, name string) bool {
	only, seen := true, false
	analyzer.InspectExpr(e, func(n analyzer.Node, _ []analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Var:
			seen = seen || n.Name == name
			only = only && n.Name == name
		case *ir.Lit:
			only = only && n.Kind != ir.LitConst
		case *ir.Call:
			only = only && builtins.Derives(analyzer.CallName(n))
		case *ir.Other:
			only = only && n.Op != "++" && n.Op != "--"
		default:
			only = false
		}
		return only
	})
	return only && seen
}

// leaves reports whether a block always leaves the code after it: its
// last statement returns, throws, continues or breaks.
func leaves(body []ir.Stmt) bool {
	switch s := body[len(body)-1].(type) {
	case *ir.Return, *ir.Jump:
		return true
	case *ir.ExprStmt:
		o, ok := s.X.(*ir.Other)
		return ok && o.Op == "throw"
	}
	return false
}

// within reports whether position p lies inside the statements body.
func within(p ir.Pos, body []ir.Stmt) bool {
	if len(body) == 0 {
		return false
	}
	first, last := body[0].Span(), body[len(body)-1].Span()
	after := p.Line > first.Line || (p.Line == first.Line && p.Col >= first.Col)
	before := p.Line < last.EndLine || (p.Line == last.EndLine && p.Col <= last.EndCol)
	return after && before
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

// splitCall is the call that cuts a string into pieces (see
// builtins.Splits) that e is, or that e only pads, reorders or selects
// from: array_pad(explode('_', $tag, 2), 2, null). Nil when none.
func splitCall(e ir.Expr) *ir.Call {
	for depth := 0; depth < 4; depth++ {
		c, ok := e.(*ir.Call)
		if !ok || len(c.Args) == 0 {
			return nil
		}
		name := analyzer.CallName(c)
		if builtins.Splits(name) {
			return c
		}
		if !builtins.Selects(name) {
			return nil
		}
		e = c.Args[0]
	}
	return nil
}

// destructures reports whether list dst ([$a, $b], ['k' => $v]) takes
// variable name by value out of what it is assigned.
func destructures(dst *ir.Array, name string) bool {
	return slices.ContainsFunc(dst.Items, func(it ir.ArrayItem) bool { return !it.ByRef && isVarNamed(it.Value, name) })
}

// destructuredItem is, for [$a, $b] = [x, y] (or ['k' => $a] = ['k' =>
// x]), the item of the literal src that the variable name of dst takes;
// nil when src is no literal, or the variable sits deeper or under a key
// that is not written out.
func destructuredItem(dst *ir.Array, src ir.Expr, name string) ir.Expr {
	lit, ok := src.(*ir.Array)
	if !ok {
		return nil
	}
	for i, it := range dst.Items {
		if v, ok := it.Value.(*ir.Var); !ok || v.Name != name || it.ByRef {
			continue
		}
		for j, s := range lit.Items {
			if s.Unpack || s.ByRef {
				return nil
			}
			switch {
			case it.Key == nil && s.Key == nil && i == j:
				return s.Value
			case it.Key != nil && s.Key != nil:
				a, ok1 := it.Key.(*ir.Lit)
				b, ok2 := s.Key.(*ir.Lit)
				if ok1 && ok2 && a.Kind == b.Kind && a.Value == b.Value {
					return s.Value
				}
			}
		}
	}
	return nil
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
		analyzer.EachRootWrite(fn, e.Name, analyzer.KAssign|analyzer.KCall, func(n analyzer.Node) bool {
			switch n := n.(type) {
			case *ir.Assign:
				if v, isVar := n.Dst.(*ir.Var); isVar && v.Name == e.Name {
					ok = true
					if n.Op != "=" || !constantListDepth(n.Src, fn, depth+1) {
						bound = false
					}
				} else if d, isDim := n.Dst.(*ir.Dim); isDim && analyzer.RootVar(d) == e.Name {
					bound = false // $list['k'] = $value: filled with anything
				}
			case *ir.Call:
				switch analyzer.CallName(n) {
				case "array_push", "array_unshift", "array_splice":
					if len(n.Args) > 0 && analyzer.RootVar(n.Args[0]) == e.Name {
						bound = false
					}
				}
			}
			return bound
		})
		return ok && bound
	case *ir.Call:
		// range(1, 8), range('a', 'f'): a fixed run of values
		if analyzer.CallName(e) == "range" && len(e.Args) >= 2 {
			for _, a := range e.Args {
				if !analyzer.IsConstant(a) {
					return false
				}
			}
			return true
		}
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

// callersCheckedProp reports whether property prop of what fn is given
// for parameter i is checked against a fixed set by every caller before
// the call (if ($card !== null && !isset($this->tiers[$card->tier]))
// return;), or handed on from a parameter of the caller whose callers do
// (depth calls up). Every call must be resolved, and there must be one.
func (r *resolver) callersCheckedProp(fn *ir.Func, i int, prop string, depth int) bool {
	if depth == 0 {
		return false
	}
	sites, _ := r.callSites()
	if len(sites[fn]) == 0 || !r.onlyResolvedCalls(fn) {
		return false
	}
	for _, s := range sites[fn] {
		a, ok := siteArg(fn, s, i)
		if !ok || s.at == (ir.Pos{}) || s.callable {
			return false
		}
		p := pathOf(a)
		if p != "" && r.pathChecked(s.caller, p+"->"+prop, s.at, r.fixedMembership(s.caller)) {
			continue
		}
		// put($report->toObservation()), which returns new
		// Observation((string) $this->station, …): the station of what
		// it hands over is $report->station, checked before the call
		if cp := r.copiedPropPath(s.caller, a, prop); cp != "" && r.pathChecked(s.caller, cp, s.at, r.fixedMembership(s.caller)) {
			continue
		}
		v, isVar := a.(*ir.Var)
		if !isVar || analyzer.AssignsVar(s.caller, v.Name) {
			return false
		}
		j := paramIndex(s.caller, v)
		if j < 0 || s.caller == fn || !r.callersCheckedProp(s.caller, j, prop, depth-1) {
			return false
		}
	}
	return true
}

// copiedPropPath names, for a call $x->m() in fn whose every return is a
// new object whose promoted property prop is given one property of
// $this as it is (or cast), that property of the receiver
// ("$report->station" for $report->toObservation() and station); ""
// otherwise.
func (r *resolver) copiedPropPath(fn *ir.Func, e ir.Expr, prop string) string {
	mc, ok := e.(*ir.MethodCall)
	if !ok {
		return ""
	}
	recv := pathOf(mc.Recv)
	t := r.target(fn, mc)
	if recv == "" || t == nil || t.Static || t.Abstract {
		return ""
	}
	src := ""
	ok = everyReturn(t, func(x ir.Expr) bool {
		nw, isNew := x.(*ir.New)
		if !isNew {
			return false
		}
		ctor := r.constructor(nw)
		if ctor == nil {
			return false
		}
		i := slices.IndexFunc(ctor.Params, func(p *ir.Param) bool { return p.Name == prop && p.Promoted })
		if i < 0 || i >= len(nw.Args) {
			return false
		}
		pr, isProp := uncast(nw.Args[i]).(*ir.Prop)
		if !isProp || !analyzer.IsThis(pr.Obj) || pr.Name == "" || src != "" && src != pr.Name {
			return false
		}
		src = pr.Name
		return true
	})
	if !ok || src == "" {
		return ""
	}
	return recv + "->" + src
}

// nonNullTested is the path a condition tests to be set: $card !== null,
// null !== $card, isset($card); "" for anything else.
func nonNullTested(e ir.Expr) string {
	o, ok := e.(*ir.Other)
	if !ok {
		return ""
	}
	switch o.Op {
	case "!==", "!=":
		if len(o.Args) == 2 {
			for i, a := range o.Args {
				if isNull(a) {
					return pathOf(o.Args[1-i])
				}
			}
		}
	case "isset":
		if len(o.Args) == 1 {
			return pathOf(o.Args[0])
		}
	}
	return ""
}

// patternSize counts the strings a PHP regular expression matches whole
// (anchored at both ends of the text: ^…$ or \A…\z) when it matches
// finitely many: literals, classes and bounded repeats, as
// '/^SS-\d{3}$/D' matches 1000 (without D, $ also takes a final newline:
// 2000). ok is false for an unanchored pattern, a multiline one (/m,
// (?m)), one with an unbounded repeat (+, *, {n,}) or any character (.),
// and one Go's regexp/syntax cannot read. Counts stop growing past
// maxRingSlots.
func patternSize(pattern string) (int, bool) {
	if len(pattern) < 2 {
		return 0, false
	}
	// /…/flags, #…#, {…}: the delimiters and modifiers go
	end := pattern[0]
	if c, ok := map[byte]byte{'(': ')', '{': '}', '[': ']', '<': '>'}[end]; ok {
		end = c
	}
	i := strings.LastIndexByte(pattern, end)
	if i <= 0 || strings.Trim(pattern[i+1:], "imsxuADSUXJn") != "" {
		return 0, false
	}
	flags := syntax.Perl
	mods := pattern[i+1:]
	if strings.ContainsAny(mods, "xm") {
		// (extended: comments and spaces RE2 does not read; multiline:
		// ^ and $ match at any line, so any text around a line passes)
		return 0, false
	}
	if strings.ContainsRune(mods, 'i') {
		flags |= syntax.FoldCase
	}
	re, err := syntax.Parse(pattern[1:i], flags)
	if err != nil {
		return 0, false
	}
	re = re.Simplify()
	if re.Op != syntax.OpConcat || len(re.Sub) < 2 {
		return 0, false
	}
	first, last := re.Sub[0], re.Sub[len(re.Sub)-1]
	if first.Op != syntax.OpBeginText || last.Op != syntax.OpEndText {
		return 0, false // ((?m) makes line anchors: not the whole text)
	}
	n, ok := languageSize(re)
	if ok && last.Flags&syntax.WasDollar != 0 && !strings.ContainsRune(mods, 'D') {
		n = min(n*2, maxRingSlots+1) // $ also takes a final newline
	}
	return n, ok
}

// languageSize counts the strings re matches (see patternSize).
func languageSize(re *syntax.Regexp) (int, bool) {
	capped := func(n int) int { return min(n, maxRingSlots+1) }
	switch re.Op {
	case syntax.OpEmptyMatch, syntax.OpBeginText, syntax.OpEndText, syntax.OpWordBoundary, syntax.OpNoWordBoundary:
		return 1, true
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 {
			n := 1
			for _, r := range re.Rune {
				if strings.ToUpper(string(r)) != strings.ToLower(string(r)) {
					n = capped(n * 2)
				}
			}
			return n, true
		}
		return 1, true
	case syntax.OpCharClass:
		n := 0
		for j := 0; j+1 < len(re.Rune); j += 2 {
			n = capped(n + int(re.Rune[j+1]-re.Rune[j]) + 1)
		}
		return n, true
	case syntax.OpCapture:
		return languageSize(re.Sub[0])
	case syntax.OpConcat, syntax.OpAlternate:
		// one of each part in turn (their product), or of either (the sum)
		concat := re.Op == syntax.OpConcat
		n := 0
		if concat {
			n = 1
		}
		for _, sub := range re.Sub {
			m, ok := languageSize(sub)
			if !ok {
				return 0, false
			}
			if concat {
				n = capped(n * m)
			} else {
				n = capped(n + m)
			}
		}
		return n, true
	case syntax.OpQuest:
		m, ok := languageSize(re.Sub[0])
		return capped(m + 1), ok
	}
	// (any character, unbounded repeats; Simplify has written bounded
	// repeats out as concatenations and optional parts)
	return 0, false
}

// propElemBounded reports whether element key of array property prop of
// class takes its value from a fixed set wherever the property is read:
// the item under key of every array the project gives the property — what
// every new passes for a promoted constructor parameter, what the class
// or a relative assigns it whole — is bounded (see valueBounded), and no
// write changes that element on its own. A message carrying its data as
// an array ($message->attributes['warehouse'], $p = $this->payload;
// $p['merchant']) gives the key what the code that made it put there.
// Computed once per property and key; met again while being decided,
// not bounded.
func (r *resolver) propElemBounded(class, prop, key string) bool {
	if class == "" || prop == "" {
		return false
	}
	return memoized(&r.propFixed, strings.ToLower(class)+"::"+prop+"["+key+"]", false, func() bool {
		decl := r.ix.Property(class, prop)
		if decl == nil || decl.Static {
			return false
		}
		given := false
		if decl.Default != nil {
			// (a declared value: a constant, or a literal array whose
			// item is one)
			def, ok := decl.Default, true
			if a, isArray := def.(*ir.Array); isArray {
				def, ok = nil, literalKeysOnly(a)
				for _, it := range a.Items {
					if l, isLit := it.Key.(*ir.Lit); isLit && l.Value == key {
						def = it.Value
					}
				}
			}
			if !ok || def != nil && !analyzer.IsConstant(def) {
				return false
			}
			given = true
		}
		if decl.Promoted {
			ctor := r.ix.Method(class, "__construct")
			if ctor == nil {
				return false
			}
			i := slices.IndexFunc(ctor.Params, func(p *ir.Param) bool { return p.Name == prop })
			sites, known := r.knownSites(ctor)
			if i < 0 || !known || ctor.Params[i].Variadic {
				return false
			}
			for _, s := range sites {
				arg, ok := siteArg(ctor, s, i)
				if !ok || !r.arrayItemBounded(s.caller, arg, key) {
					return false
				}
			}
			given = true
		}
		related := func(c string) bool {
			return c == "" || r.ix.Implements(c, class) || r.ix.Implements(class, c)
		}
		owner := r.writeOwner
		ws := r.propWriteIndex()
		for _, w := range ws[""] { // $this->{$name} = …: may be this property
			if related(owner(w)) {
				return false
			}
		}
		for _, w := range ws[prop] {
			if !related(owner(w)) {
				continue
			}
			if w.dims == 0 && w.simple && w.src != nil {
				if !r.arrayItemBounded(w.fn, w.src, key) {
					return false
				}
				given = true
				continue
			}
			// $this->payload['other'] = …: another element, this one
			// keeps what it was given
			if l, ok := w.key.(*ir.Lit); ok && w.dims == 1 && l.Value != key {
				continue
			}
			return false
		}
		return given
	})
}

// arrayItemBounded reports whether the item under key of array expression
// e, in fn, is from a fixed set: the matching item of an array literal
// (none, in a literal whose keys are all written out: null), the element
// of a local or parameter (elemBounded), or the element of a property
// (propElemBounded).
func (r *resolver) arrayItemBounded(fn *ir.Func, e ir.Expr, key string) bool {
	switch e := e.(type) {
	case *ir.Array:
		for _, it := range e.Items {
			if l, ok := it.Key.(*ir.Lit); ok && l.Value == key {
				return r.valueBounded(fn, it.Value)
			}
		}
		return literalKeysOnly(e)
	case *ir.Var:
		return fn != nil && e.Name != "this" && r.elemBounded(fn, e.Name, key, e.P)
	case *ir.Prop:
		return fn != nil && r.propElemBounded(r.classOf(fn, e.Obj), e.Name, key)
	}
	return false
}

// writeOwner is the class of the object a property write writes to: the
// class of the method for $this, what classOf says otherwise ("" when
// unknown).
func (r *resolver) writeOwner(w propWrite) string {
	if analyzer.IsThis(w.obj) {
		if c := w.fn.ThisClass(); c != nil {
			return c.Name
		}
		return ""
	}
	return r.classOf(w.fn, w.obj)
}
