package rules

import (
	"fmt"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// SelfReferencingArray flags arrays that hold a PHP reference to
// themselves.
var SelfReferencingArray = &analyzer.Analyzer{
	ID:       "self-referencing-array",
	Kind:     analyzer.Cycle,
	Severity: analyzer.SeverityWarning,
	Doc: analyzer.Doc{
		Title: "Array holds a reference to itself",
		Text: "`$a['self'] = &$a` turns `$a` into a PHP reference whose array contains that same\n" +
			"reference. When `$a` goes out of scope the reference still counts one holder, its own\n" +
			"element, so refcounting never frees it; only the cycle collector can, and it runs late.\n\n" +
			"Not flagged: copies (`$a['self'] = $a`), references to other arrays, and self-references\n" +
			"removed again (`unset($a['self'])`, reassigning `$a`) before the function ends.",
		Leaking: `function buildTree(array $rows): array
{
    $tree = ['children' => []];
    $tree['root'] = &$tree; // the array refers to itself
    foreach ($rows as $row) {
        $tree['children'][] = $row;
    }
    return $tree['children'];
}`,
		Fixed: `function buildTree(array $rows): array
{
    $tree = ['children' => []];
    foreach ($rows as $row) {
        $tree['children'][] = $row;
    }
    return $tree['children']; // no self-reference needed
}`,
	},
	Prepare: prepareShared,
	Run:     judgedByModel(runSelfReferencingArray),
}

func runSelfReferencingArray(pass *analyzer.Pass) {
	for _, f := range pass.Files {
		for _, fn := range f.AllFuncs() {
			scope := analyzer.NewScope(fn)
			var candidates []*ir.Assign
			analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*ir.Assign); ok && selfReference(scope, a) {
					candidates = append(candidates, a)
				}
				return true
			})
			reportMutualReferences(pass, f, fn, scope)
			for _, a := range candidates {
				place, _, _ := scope.PlaceOf(a.Dst)
				if brokenAfter(scope, fn.Body, a, place) {
					continue
				}
				pass.Report(analyzer.Diagnostic{
					File: f,
					Pos:  a.P,
					Message: fmt.Sprintf("%s holds a reference to itself: when it goes out of scope the reference is still held by its own element, so refcounting never frees the array (a garbage cycle).",
						capitalize(place.String())),
					Fix:        fmt.Sprintf("Store a copy instead of a reference, or unset the self-referencing element before %s goes out of scope.", place.String()),
					Confidence: analyzer.High,
					Trace:      []analyzer.TraceStep{analyzer.Step(f, a.P, "%s gets a reference to itself", place.String())},
					Claim:      &analyzer.Claim{Kind: analyzer.Cycle, Func: fn},
				})
			}
		}
	}
}

// selfReference matches `$a[…] = &$a` and `$a = [… => &$a]`.
func selfReference(scope *analyzer.Scope, a *ir.Assign) bool {
	dst, dims, ok := scope.PlaceOf(a.Dst)
	if !ok {
		return false
	}
	refersToDst := func(e ir.Expr) bool {
		src, srcDims, ok := scope.PlaceOf(e)
		return ok && src.Key() == dst.Key() && len(srcDims) == 0
	}
	if a.ByRef && len(dims) > 0 && refersToDst(a.Src) {
		return true
	}
	if arr, ok := a.Src.(*ir.Array); ok && a.Op == "=" {
		for _, it := range arr.Items {
			if it.ByRef && refersToDst(it.Value) {
				return true
			}
		}
	}
	return false
}

// brokenAfter reports whether, after a, fn unsets the self-referencing
// element or the whole array, or reassigns the array.
func brokenAfter(scope *analyzer.Scope, body []ir.Stmt, a *ir.Assign, place analyzer.Place) bool {
	return anyAfter(body, a, func(n analyzer.Node) bool {
		switch n := n.(type) {
		case *ir.Unset:
			// unset($a) alone keeps the cycle: the element still holds
			// the reference.
			for _, t := range n.Targets {
				if p, dims, ok := scope.PlaceOf(t); ok && len(dims) > 0 && p.Key() == place.Key() {
					return true
				}
			}
		case *ir.Assign:
			p, dims, ok := scope.PlaceOf(n.Dst)
			return ok && len(dims) == 0 && p.Key() == place.Key() && n.Op == "="
		}
		return false
	})
}

// reportMutualReferences finds arrays that hold references to each other
// ($a['peer'] = &$b; $b['peer'] = &$a;): each then holds itself through
// the other, the same garbage cycle as a self-reference.
func reportMutualReferences(pass *analyzer.Pass, f *ir.File, fn *ir.Func, scope *analyzer.Scope) {
	type refLink struct {
		from, to analyzer.Place
		at       *ir.Assign
	}
	var links []refLink
	analyzer.InspectFunc(fn, analyzer.KAssign, func(n analyzer.Node, _ []analyzer.Node) bool {
		a, ok := n.(*ir.Assign)
		if !ok || !a.ByRef {
			return true
		}
		from, dims, ok := scope.PlaceOf(a.Dst)
		to, srcDims, ok2 := scope.PlaceOf(a.Src)
		if !ok || !ok2 || len(dims) == 0 || len(srcDims) != 0 || from.Key() == to.Key() {
			return true
		}
		for _, l := range links {
			if l.from.Key() != to.Key() || l.to.Key() != from.Key() {
				continue
			}
			if brokenAfter(scope, fn.Body, a, from) || brokenAfter(scope, fn.Body, a, to) {
				continue
			}
			pass.Report(analyzer.Diagnostic{
				File: f,
				Pos:  a.P,
				Message: fmt.Sprintf("%s and %s hold references to each other: each array holds itself through the other, so when they go out of scope refcounting never frees them (a garbage cycle).",
					capitalize(to.String()), from.String()),
				Fix:        fmt.Sprintf("Store copies or keys instead of references, or unset one of the referencing elements before %s and %s go out of scope.", to.String(), from.String()),
				Confidence: analyzer.High,
				Trace: []analyzer.TraceStep{
					analyzer.Step(f, l.at.P, "%s gets a reference to %s", l.from.String(), l.to.String()),
					analyzer.Step(f, a.P, "%s gets a reference to %s: cycle closed", from.String(), to.String()),
				},
				Claim: &analyzer.Claim{Kind: analyzer.Cycle, Func: fn},
			})
		}
		links = append(links, refLink{from: from, to: to, at: a})
		return true
	})
}
