package rules

import (
	"slices"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// inDisabledBranch reports whether the node at the end of stack runs only
// in the then-branch of an `if` whose condition requires a property of
// $this that nobody sets (see analyzer.Index.FalsyProperty): a removal
// there bounds nothing.
func inDisabledBranch(ix *analyzer.Index, fn *ir.Func, stack []analyzer.Node) bool {
	c := fn.ThisClass()
	if c == nil || fn.Static {
		return false
	}
	for i, n := range stack {
		s, ok := n.(*ir.If)
		if !ok || i+1 >= len(stack) {
			continue
		}
		child, ok := stack[i+1].(ir.Stmt)
		if !ok || !slices.Contains(s.Then, child) {
			continue
		}
		for _, prop := range analyzer.RequiredProps(s.Cond) {
			if ix.FalsyProperty(c.Name, prop) {
				return true
			}
		}
	}
	return false
}
