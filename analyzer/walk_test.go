package analyzer

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// walkSrc has every kind of statement and expression, nested.
const walkSrc = `<?php
function f($a, $list) {
	global $g;
	static $memo = [];
	foreach ($list as $k => $v) {
		if ($v instanceof Foo && isset($memo[$k])) {
			$a->items[] = new Item($v, [1, 'x' => Bar::NAME]);
			continue;
		}
		switch ($k) {
			case 1: self::$cache[$k] = $a->m($v)->n(...); break;
		}
	}
	try {
		$fn = function () use ($a) { return $a; };
		Baz::make($fn, fn () => 2);
	} catch (E $e) {
		unset($memo[$e->getCode()]);
	} finally {
		strlen("s{$a}");
	}
	return yield $a;
}
`

// kindName names the kind of n.
func kindName(n Node) string { return strings.TrimPrefix(fmt.Sprintf("%T", n), "*ir.") }

func walkFunc(t *testing.T) *ir.Func {
	t.Helper()
	f, errs := parseFile("w.php", "w.php", []byte(walkSrc), phpsyntax.Options{Version: phpsyntax.Latest})
	if len(errs) != 0 || f == nil {
		t.Fatalf("parse: %v", errs)
	}
	for _, fn := range f.Funcs {
		if fn.Name == "f" {
			return fn
		}
	}
	t.Fatalf("no function f in %v", f.Funcs)
	return nil
}

// TestInspectKinds checks that a walk of some kinds calls fn for exactly
// the nodes of those kinds that a full walk meets, in the same order and
// under the same stacks.
func TestInspectKinds(t *testing.T) {
	fn := walkFunc(t)
	type visit struct{ kind, at, stack string }
	trail := func(kinds Kinds, want func(Node) bool) []visit {
		var out []visit
		InspectKinds(fn.Body, kinds, func(n Node, stack []Node) bool {
			if want(n) {
				var s []string
				for _, p := range stack {
					s = append(s, kindName(p))
				}
				out = append(out, visit{kindName(n), fmt.Sprintf("%d:%d", n.Span().Line, n.Span().Col), strings.Join(s, "/")})
			}
			return true
		})
		return out
	}
	all := trail(AllKinds, func(Node) bool { return true })
	seen := map[string]bool{}
	for _, v := range all {
		seen[v.kind] = true
	}
	for _, k := range []string{"Global", "StaticVar", "Loop", "If", "Switch", "Jump", "Try", "Catch", "Unset", "Return", "Yield",
		"Assign", "Dim", "Prop", "StaticProp", "New", "Array", "Lit", "ClassConst", "MethodCall", "StaticCall", "Call", "Closure", "Var", "Other", "ExprStmt"} {
		if !seen[k] {
			t.Errorf("the full walk meets no %s", k)
		}
	}
	for _, tc := range []struct {
		kinds Kinds
		names []string
	}{
		{KAssign, []string{"Assign"}},
		{KCalls, []string{"Call", "MethodCall", "StaticCall"}},
		{KVar | KLit | KClosure, []string{"Var", "Lit", "Closure"}},
		{KReturn | KYield | KCatch, []string{"Return", "Yield", "Catch"}},
	} {
		var want []visit
		for _, v := range all {
			if slices.Contains(tc.names, v.kind) {
				want = append(want, v)
			}
		}
		got := trail(tc.kinds, func(n Node) bool {
			if !slices.Contains(tc.names, kindName(n)) {
				t.Errorf("%v: called for a %s", tc.names, kindName(n))
			}
			return true
		})
		if len(want) == 0 || fmt.Sprint(got) != fmt.Sprint(want) {
			t.Errorf("%v:\n got %v\nwant %v", tc.names, got, want)
		}
	}
}

// TestInspectKindsSkips checks that fn returning false skips what is
// below the node, and that the nodes of other kinds are walked through
// without a call: the calls inside a skipped loop are not met.
func TestInspectKindsSkips(t *testing.T) {
	fn := walkFunc(t)
	count := func(skipLoops bool) (calls int) {
		InspectKinds(fn.Body, KLoop|KCalls, func(n Node, _ []Node) bool {
			if _, ok := n.(*ir.Loop); ok {
				return !skipLoops
			}
			calls++
			return true
		})
		return calls
	}
	// in the loop: isset is an Other, not a call; m() and n(...)
	// outside it: make(), strlen(), the $e->getCode() in the catch
	if got := count(false); got != 5 {
		t.Errorf("%d calls in the function, want 5", got)
	}
	if got := count(true); got != 3 {
		t.Errorf("%d calls outside the loop, want 3", got)
	}
	// a nil pointer of a node type is nothing
	var nilVar *ir.Var
	InspectKinds([]ir.Stmt{&ir.ExprStmt{X: nilVar}, &ir.Return{}}, AllKinds, func(n Node, _ []Node) bool {
		if v, ok := n.(*ir.Var); ok && v == nil {
			t.Error("called for a nil *ir.Var")
		}
		return true
	})
}

// TestInspectFunc checks that a walk of a function's body skips the body
// when it holds none of the kinds asked for, and otherwise calls for the
// same nodes, in the same order and under the same stacks, as
// InspectKinds, also when the callback skips children; the node list is
// found once and kept.
func TestInspectFunc(t *testing.T) {
	fn := walkFunc(t)
	if factsOf(fn).nodes.Load() != nil {
		t.Fatal("node list known before any walk")
	}
	// trace lists the calls of a walk: the node and its stack; skip
	// says which nodes the callback skips the children of
	trace := func(walk func(Kinds, func(Node, []Node) bool), kinds Kinds, skip func(Node) bool) (out []string) {
		walk(kinds, func(n Node, stack []Node) bool {
			var s []string
			for _, p := range stack {
				s = append(s, fmt.Sprintf("%s@%p", kindName(p), p))
			}
			out = append(out, fmt.Sprintf("%s@%p [%s]", kindName(n), n, strings.Join(s, " ")))
			return !skip(n)
		})
		return out
	}
	byFunc := func(k Kinds, f func(Node, []Node) bool) { InspectFunc(fn, k, f) }
	byBody := func(k Kinds, f func(Node, []Node) bool) { InspectKinds(fn.Body, k, f) }
	never := func(Node) bool { return false }
	loops := func(n Node) bool { _, ok := n.(*ir.Loop); return ok }
	calls := func(n Node) bool { _, ok := n.(*ir.MethodCall); return ok }
	var kinds []Kinds
	for k := Kinds(1); k <= KRefAssign; k <<= 1 {
		kinds = append(kinds, k)
	}
	kinds = append(kinds, KAssign|KCalls, KGlobal|KStaticVar, KLoop|KNew, KLoop|KCalls, KTry|KUnset|KDim, AllKinds)
	for _, k := range kinds {
		for i, skip := range []func(Node) bool{never, loops, calls} {
			got, want := trace(byFunc, k, skip), trace(byBody, k, skip)
			if !slices.Equal(got, want) {
				t.Errorf("kinds %b, skip %d:\n got %q\nwant %q", k, i, got, want)
			}
		}
	}
	if got := funcKinds(fn); got&KYield == 0 || got&KClosure == 0 {
		t.Errorf("kinds kept %b: want the yield and the closure among them", got)
	}
	before := WorkDone().Nodes
	if n := len(trace(byFunc, KGlobal, never)); n != 1 {
		t.Fatalf("%d globals, want 1", n)
	}
	// the global is the body's first statement, a leaf: the walk goes
	// down into none of the other statements
	if walked := WorkDone().Nodes - before; walked != 1 {
		t.Errorf("%d nodes walked for the global, want 1: the parts without one are skipped", walked)
	}
	before = WorkDone().Nodes
	lacking := &ir.Func{Body: []ir.Stmt{&ir.Return{X: &ir.Var{Name: "a"}}}}
	if n := len(trace(func(k Kinds, f func(Node, []Node) bool) { InspectFunc(lacking, k, f) }, KNew|KLoop, never)); n != 0 {
		t.Errorf("%d calls in a body with no new and no loop", n)
	}
	walked := WorkDone().Nodes - before
	// finding the kinds of lacking walks its two nodes; nothing else is
	// walked
	if walked != 2 {
		t.Errorf("%d nodes walked, want 2: the bodies holding none of the kinds are skipped", walked)
	}
}

// TestInspectFuncOnCorpus checks, on every function of the runtime
// corpus and of the rule fixtures, that InspectFunc (which reads the
// function's node list for the walks that ask for neither variables nor
// literals) calls its callback for the same nodes, in the same order and
// under the same stacks, as a walk of the tree, also when the callback
// skips children; and that EachNode meets the same nodes and stops where
// it is told.
func TestInspectFuncOnCorpus(t *testing.T) {
	funcs := corpusFuncs(t)
	type call struct {
		n     Node
		depth int
		top   Node
	}
	trace := func(walk func(Kinds, func(Node, []Node) bool), kinds Kinds, skip int) (out []call) {
		walk(kinds, func(n Node, stack []Node) bool {
			c := call{n: n, depth: len(stack)}
			if len(stack) > 0 {
				c.top = stack[len(stack)-1]
			}
			out = append(out, c)
			// skip the children of every skip-th node, when asked
			return skip == 0 || len(out)%skip != 0
		})
		return out
	}
	kinds := []Kinds{KAssign, KCalls, KLoop, KNew | KClosure, KAssign | KLoop | KOther, KTry | KCatch | KUnset, KRefAssign,
		KIf | KReturn | KProp | KDim, AllKinds &^ (KVar | KLit), KVar | KAssign, AllKinds}
	compared := 0
	for _, fn := range funcs {
		for _, k := range kinds {
			for _, skip := range []int{0, 3} {
				got := trace(func(k Kinds, f func(Node, []Node) bool) { InspectFunc(fn, k, f) }, k, skip)
				want := trace(func(k Kinds, f func(Node, []Node) bool) { InspectKinds(fn.Body, k, f) }, k, skip)
				if !slices.Equal(got, want) {
					t.Fatalf("%s in %s, kinds %b, skip %d: InspectFunc made %d calls, the tree walk %d, or not the same",
						fn.Name, fn.File.Path, k, skip, len(got), len(want))
				}
				compared += len(got)
			}
			var each []Node
			EachNode(fn, k, func(n Node) bool { each = append(each, n); return true })
			all := trace(func(k Kinds, f func(Node, []Node) bool) { InspectKinds(fn.Body, k, f) }, k, 0)
			if len(each) != len(all) {
				t.Fatalf("%s in %s, kinds %b: EachNode met %d nodes, the walk %d", fn.Name, fn.File.Path, k, len(each), len(all))
			}
			for i := range each {
				if each[i] != all[i].n {
					t.Fatalf("%s in %s, kinds %b: EachNode's node %d differs", fn.Name, fn.File.Path, k, i)
				}
			}
			if len(all) > 1 {
				n := 0
				EachNode(fn, k, func(Node) bool { n++; return n < 2 })
				if n != 2 {
					t.Fatalf("%s: EachNode went on after false (%d calls)", fn.Name, n)
				}
			}
		}
	}
	if compared < 100_000 {
		t.Errorf("only %d calls compared", compared)
	}
}

// TestInspectFuncTooLongToList checks that a body with more nodes than
// a node list can index is walked through the tree, with the same calls.
func TestInspectFuncTooLongToList(t *testing.T) {
	fn := walkFunc(t)
	old := maxListed
	maxListed = 5
	defer func() { maxListed = old }()
	if fl := funcNodes(fn); !fl.tooLong || len(fl.nodes) != 0 {
		t.Fatalf("a list of %d nodes kept over a limit of 5", len(fl.nodes))
	}
	var got, want []Node
	InspectFunc(fn, KAssign|KCalls, func(n Node, _ []Node) bool { got = append(got, n); return true })
	InspectKinds(fn.Body, KAssign|KCalls, func(n Node, _ []Node) bool { want = append(want, n); return true })
	if len(want) < 5 || !slices.Equal(got, want) {
		t.Errorf("InspectFunc met %d nodes, the tree walk %d", len(got), len(want))
	}
	if _, _, ok := Walked(fn, want[0]); ok {
		t.Error("Walked placed a node of a body too long to list")
	}
}

// TestWalkerKeepsNoNode checks that a walk leaves no node in its
// walker's stack, however deep it went: walkers are pooled, and a node
// left there would keep its file's IR alive.
func TestWalkerKeepsNoNode(t *testing.T) {
	var deep ir.Expr = &ir.Var{Name: "x"}
	for range 500 {
		deep = &ir.Other{Op: ".", Args: []ir.Expr{deep, &ir.Lit{Kind: ir.LitString, Value: "a"}}}
	}
	w := getWalker(func(Node, []Node) bool { return true }, AllKinds)
	w.node(deep)
	if len(w.stack) != 0 || cap(w.stack) < 500 {
		t.Fatalf("stack len %d cap %d after a walk 500 deep", len(w.stack), cap(w.stack))
	}
	for i, n := range w.stack[:cap(w.stack)] {
		if n != nil {
			t.Fatalf("slot %d still holds a %s", i, kindName(n))
		}
	}
	putWalker(w)
}

// refSrc binds locals by reference, once and otherwise.
const refSrc = `<?php
class W {
	private array $items = [];
	private static array $s = [];
	function add($k, $v) {
		$list = &$this->items[$k];
		$list[] = $v;
		unset($list);
	}
	function writeThrough() {
		$x = &self::$s['k'];
		$x = array_slice($x, -3);
	}
	function twice($a, $b) {
		$x = &$a[0];
		$x = &$b[0];
		$x[] = 1;
	}
	function param($x) {
		$x = &self::$s['k'];
		$x[] = 1;
	}
	function before() {
		$x = [];
		$x = &self::$s['k'];
		$x[] = 1;
	}
	function loop($rows) {
		$x = &self::$s['k'];
		foreach ($rows as $x) {
		}
		$x[] = 1;
	}
	function toLocal() {
		$y = [];
		$x = &$y;
		$x[] = 1;
	}
}
`

// TestPlaceOfReference checks that a local bound once by reference to a
// place stands for that place, where it is used, and stays a local where
// it is bound or unset, or when anything else binds it.
func TestPlaceOfReference(t *testing.T) {
	f, errs := parseFile("r.php", "r.php", []byte(refSrc), phpsyntax.Options{Version: phpsyntax.Latest})
	if len(errs) != 0 || f == nil {
		t.Fatalf("parse: %v", errs)
	}
	// each assignment's target, as PlaceOf names it with its dimensions
	places := map[string][]string{}
	for _, fn := range f.AllFuncs() {
		scope := NewScope(fn)
		InspectFunc(fn, KAssign|KUnset, func(n Node, _ []Node) bool {
			var targets []ir.Expr
			switch n := n.(type) {
			case *ir.Assign:
				targets = []ir.Expr{n.Dst}
			case *ir.Unset:
				targets = n.Targets
			}
			for _, e := range targets {
				p, dims, ok := scope.PlaceOf(e)
				if ok {
					places[fn.Name] = append(places[fn.Name], fmt.Sprintf("%s/%d", p.Key(), len(dims)))
				}
			}
			return true
		})
	}
	want := map[string][]string{
		// bound, appended through (two dimensions: [] and [$k]), unset
		"add":          {"$list/0", "$this->items/2", "$list/0"},
		"writeThrough": {"$x/0", "w::$s/1"},
		"twice":        {"$x/0", "$x/0", "$x/1"},
		"param":        {"$x/0", "$x/1"},
		"before":       {"$x/0", "$x/0", "$x/1"},
		"loop":         {"$x/0", "$x/1"},
		"toLocal":      {"$y/0", "$x/0", "$x/1"},
	}
	for name, w := range want {
		if got := places[name]; !slices.Equal(got, w) {
			t.Errorf("%s: places %v, want %v", name, got, w)
		}
	}
	// a walk of KRefAssign alone meets the reference assignments only
	refs := 0
	for _, fn := range f.AllFuncs() {
		InspectFunc(fn, KRefAssign, func(n Node, _ []Node) bool {
			if a, ok := n.(*ir.Assign); !ok || !a.ByRef {
				t.Errorf("called for %s at line %d", kindName(n), n.Span().Line)
			}
			refs++
			return true
		})
	}
	if refs != 8 {
		t.Errorf("%d reference assignments walked, want 8", refs)
	}
}

// corpusFuncs parses the runtime corpus and the rule fixtures and lists
// every function in them (1000 at least: fewer means the corpus is
// missing).
func corpusFuncs(t *testing.T) []*ir.Func {
	t.Helper()
	var funcs []*ir.Func
	for _, dir := range []string{"../testdata/runtime", "../testdata/fixtures"} {
		err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".php") {
				return err
			}
			src, err := os.ReadFile(path)
			if err != nil {
				return err
			}
			if f, _ := parseFile(path, path, src, phpsyntax.Options{Version: phpsyntax.Latest}); f != nil {
				funcs = append(funcs, f.AllFuncs()...)
			}
			return nil
		})
		if err != nil {
			t.Fatal(err)
		}
	}
	if len(funcs) < 1000 {
		t.Fatalf("%d functions: the corpus is missing", len(funcs))
	}
	return funcs
}
