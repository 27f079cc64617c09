// Package rules holds phpleak's rules. Each rule is an *analyzer.Analyzer
// value with its documentation beside its code; All lists them.
package rules

import (
	"sort"

	"github.com/phpleak/phpleak/analyzer"
)

// All returns every rule, sorted by ID.
func All() []*analyzer.Analyzer {
	all := []*analyzer.Analyzer{
		CircularReference,
		ClosureThisCycle,
		SelfReferencingArray,
		StaticGrowth,
		GlobalGrowth,
		LoopAccumulation,
		ServiceStateGrowth,
		HandlerRegistrationGrowth,
	}
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}

// ByID finds a rule, nil when there is none.
func ByID(id string) *analyzer.Analyzer {
	for _, a := range All() {
		if a.ID == id {
			return a
		}
	}
	return nil
}
