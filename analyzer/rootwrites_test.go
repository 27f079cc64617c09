package analyzer

import (
	"slices"
	"testing"

	"github.com/phpleak/phpleak/ir"
)

// TestIndexedWalksOnCorpus checks, on every function of the runtime
// corpus and of the rule fixtures, that EachRootWrite and EachAssignAt
// meet the nodes EachNode meets that they stand for, in the same order,
// and stop where they are told: the rules use them in place of EachNode
// with callbacks that do nothing for the other nodes.
func TestIndexedWalksOnCorpus(t *testing.T) {
	funcs := corpusFuncs(t)
	// the nodes of the given kinds that EachNode meets and keep takes,
	// the first stop of them at most
	filtered := func(fn *ir.Func, kinds Kinds, keep func(Node) bool, stop int) (out []Node) {
		EachNode(fn, kinds, func(n Node) bool {
			if !keep(n) {
				return true
			}
			out = append(out, n)
			return len(out) != stop
		})
		return out
	}
	collect := func(each func(func(Node) bool), stop int) (out []Node) {
		each(func(n Node) bool {
			out = append(out, n)
			return len(out) != stop
		})
		return out
	}
	compared := 0
	for _, fn := range funcs {
		// every variable a node of the body writes or hands a call first,
		// and "" (any other root)
		names := map[string]bool{"": true}
		places := map[ir.Expr]bool{}
		EachNode(fn, KAssign|KCall, func(n Node) bool {
			switch n := n.(type) {
			case *ir.Assign:
				names[RootVar(n.Dst)] = true
				places[n.Dst] = true
			case *ir.Call:
				if len(n.Args) > 0 {
					names[RootVar(n.Args[0])] = true
				}
			}
			return true
		})
		for name := range names {
			for _, kinds := range []Kinds{KAssign, KCall, KAssign | KCall, KRefAssign} {
				for _, stop := range []int{0, 2} {
					got := collect(func(f func(Node) bool) { EachRootWrite(fn, name, kinds, f) }, stop)
					want := filtered(fn, kinds, func(n Node) bool {
						switch n := n.(type) {
						case *ir.Assign:
							return RootVar(n.Dst) == name
						case *ir.Call:
							return len(n.Args) > 0 && RootVar(n.Args[0]) == name
						}
						return false
					}, stop)
					if name == "" {
						// (EachRootWrite walks every node of the kinds then)
						want = filtered(fn, kinds, func(Node) bool { return true }, stop)
					}
					if !slices.Equal(got, want) {
						t.Fatalf("%s in %s, $%s, kinds %b, stop %d: EachRootWrite met %d nodes, EachNode %d, or not the same",
							fn.Name, fn.File.Path, name, kinds, stop, len(got), len(want))
					}
					compared++
				}
			}
		}
		scope := NewScope(fn)
		for e := range places {
			p, _, ok := scope.PlaceOf(e)
			for _, stop := range []int{0, 2} {
				got := collect(func(f func(Node) bool) { EachAssignAt(scope, e, f) }, stop)
				var want []Node
				if ok {
					want = filtered(fn, KAssign, func(n Node) bool {
						q, _, ok := scope.PlaceOf(n.(*ir.Assign).Dst)
						return ok && q.Key() == p.Key()
					}, stop)
				}
				if !slices.Equal(got, want) {
					t.Fatalf("%s in %s, %s: EachAssignAt met %d assignments, EachNode %d, or not the same",
						fn.Name, fn.File.Path, p.Key(), len(got), len(want))
				}
				compared++
			}
		}
	}
	if compared < 10000 {
		t.Fatalf("only %d walks compared", compared)
	}
}
