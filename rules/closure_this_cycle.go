package rules

import (
	"fmt"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
)

// ClosureThisCycle flags values that hold $this — non-static closures,
// arrow functions, [$this, 'm'], $this->m(...) — stored in $this's own
// object graph.
var ClosureThisCycle = &analyzer.Analyzer{
	ID:       "closure-this-cycle",
	Kind:     analyzer.Cycle,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Closure holding $this is stored inside $this",
		Text: "A closure or arrow function created in a non-static method binds `$this`, whether or not\n" +
			"its body uses it; so do `[$this, 'method']` and `$this->method(...)`. Storing such a value in a\n" +
			"property of `$this`, or in an object `$this` owns (an emitter or dispatcher held in a property),\n" +
			"makes a cycle: the object holds the closure and the closure holds the object. When the object\n" +
			"is dropped, refcounting frees neither.\n\n" +
			"Not flagged: `static function` / `static fn`, closures used locally (array_map, usort, called at\n" +
			"once), closures stored on objects `$this` does not own, closures made in static methods.",
		Leaking: `final class ReportBuilder
{
    private array $formatters = [];

    public function __construct()
    {
        $this->formatters['money'] = fn (int $cents) => $this->money($cents);
    }
}`,
		Fixed: `final class ReportBuilder
{
    private array $formatters = [];

    public function __construct()
    {
        $this->formatters['money'] = static fn (int $cents) => number_format($cents / 100, 2);
    }
}`,
	},
	Run: runClosureThisCycle,
}

func runClosureThisCycle(pass *analyzer.Pass) {
	r := newResolver(pass.Index)
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			class := fn.ThisClass()
			if class == nil {
				continue
			}
			scope := analyzer.NewScope(fn)
			holders := thisHoldingLocals(fn)
			report := func(n analyzer.Node, value, where string) {
				pass.Report(analyzer.Diagnostic{
					File: f,
					Pos:  n.Span(),
					Message: fmt.Sprintf("%s holds $this and is stored in %s, inside the same %s: the object and the closure reference each other, so when the %s is dropped refcounting frees neither (a garbage cycle).",
						capitalize(value), where, class.Short, class.Short),
					Fix:        "Make the closure static (static fn / static function) and pass what it needs as arguments or through use(), hold $this through a WeakReference, or unset the stored closure when done.",
					Confidence: analyzer.High,
					Trace: []analyzer.TraceStep{
						analyzer.Step(f, n.Span(), "%s (holding $this) stored in %s", value, where),
					},
				})
			}
			analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				switch n := n.(type) {
				case *analyzer.Assign:
					if n.Op != "=" && n.Op != "??=" {
						return true
					}
					place, _, ok := scope.PlaceOf(n.Dst)
					if !ok || !ownedByThis(place) || r.isWeakMap(fn, place) {
						return true
					}
					for _, v := range append([]analyzer.Expr{n.Src}, heldValues(n.Src)...) {
						if desc, ok := holdsThis(v, holders); ok {
							report(n, desc, place.String())
							return true
						}
					}
				case *analyzer.Call:
					if name := analyzer.CallName(n); (name == "array_push" || name == "array_unshift") && len(n.Args) >= 2 {
						if place, _, ok := scope.PlaceOf(n.Args[0]); ok && ownedByThis(place) {
							for _, a := range n.Args[1:] {
								if desc, ok := holdsThis(a, holders); ok {
									report(n, desc, place.String())
									return true
								}
							}
						}
					}
				case *analyzer.MethodCall:
					path := analyzer.ExprPath(n.Recv)
					if path != "$this" && !strings.HasPrefix(path, "$this->") {
						return true
					}
					m := r.method(fn, n)
					if m == nil {
						return true
					}
					kept := r.storedParams(m)
					for i, a := range n.Args {
						prop, ok := kept[i]
						if !ok {
							continue
						}
						if desc, ok := holdsThis(a, holders); ok {
							owner := "$this"
							if path != "$this" {
								owner = path
							}
							report(n, desc, fmt.Sprintf("%s (via %s(), which keeps it in $%s)", owner, m.Name, prop))
							return true
						}
					}
				}
				return true
			})
		}
	}
}

// ownedByThis reports whether a place belongs to $this's object graph.
func ownedByThis(p analyzer.Place) bool {
	return p.Kind == analyzer.PlaceThisProp ||
		(p.Kind == analyzer.PlaceObjProp && strings.HasPrefix(p.Path, "$this->"))
}

// isWeakMap reports whether a $this property is a WeakMap (by type or by
// its initialisation), whose entries do not keep their keys alive.
func (r *resolver) isWeakMap(fn *analyzer.Func, p analyzer.Place) bool {
	if p.Kind != analyzer.PlaceThisProp {
		return false
	}
	c := fn.ThisClass()
	if c == nil {
		return false
	}
	return strings.EqualFold(shortName(r.propClass(c.Name, p.Name)), "WeakMap") || propTyped(r.ix, c.Name, p.Name, "weakmap")
}

func propTyped(ix *analyzer.Index, class, prop, typ string) bool {
	if p := ix.Property(class, prop); p != nil {
		for _, t := range p.Types {
			if strings.EqualFold(shortName(t), typ) {
				return true
			}
		}
	}
	return false
}

// holdsThis says whether e is a value that keeps $this alive, and
// describes it.
func holdsThis(e analyzer.Expr, locals map[string]string) (string, bool) {
	switch e := e.(type) {
	case *analyzer.Closure:
		if e.Func.Static {
			return "", false
		}
		if e.Func.Kind == analyzer.FuncArrow {
			return "an arrow function", true
		}
		return "a closure", true
	case *analyzer.Array:
		if len(e.Items) == 2 && analyzer.IsThis(e.Items[0].Value) {
			return "the callable [$this, …]", true
		}
	case *analyzer.MethodCall:
		if e.FirstClass && analyzer.IsThis(e.Recv) {
			return fmt.Sprintf("the callable $this->%s(...)", e.Name), true
		}
	case *analyzer.StaticCall:
		if strings.EqualFold(shortName(e.Class), "Closure") && strings.EqualFold(e.Name, "fromCallable") && len(e.Args) == 1 {
			if _, ok := holdsThis(e.Args[0], locals); ok {
				return "Closure::fromCallable([$this, …])", true
			}
		}
	case *analyzer.Var:
		if d, ok := locals[e.Name]; ok {
			return d + " (in $" + e.Name + ")", true
		}
	}
	return "", false
}

// thisHoldingLocals finds local variables that are assigned a value
// holding $this anywhere in fn.
func thisHoldingLocals(fn *analyzer.Func) map[string]string {
	out := map[string]string{}
	analyzer.Inspect(fn.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*analyzer.Assign); ok && a.Op == "=" {
			if v, ok := a.Dst.(*analyzer.Var); ok && v.Name != "" && v.Name != "this" {
				if d, ok := holdsThis(a.Src, nil); ok {
					out[v.Name] = d
				}
			}
		}
		return true
	})
	return out
}
