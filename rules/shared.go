package rules

import "github.com/phpleak/phpleak/analyzer"

// Project-wide facts several rules need, computed once per run through
// Pass.Shared. Every rule's Prepare (prepareShared) builds them, in a
// fixed order, before any rule runs.

// prepareShared builds every shared fact: every rule's Prepare.
func prepareShared(pass *analyzer.Pass) {
	sharedResolver(pass).callSites()
	sharedProgram(pass)
	sharedRemovals(pass)
	sharedClearers(pass)
	sharedResets(pass)
	sharedFlagResets(pass)
	runsFrankenPHPWorker(pass)
}

func sharedResolver(pass *analyzer.Pass) *resolver {
	return pass.Shared("rules.resolver", func() any {
		r := newResolver(pass.Index)
		for _, d := range pass.Declarations {
			if d.Phase == "locator" {
				r.locatorDecls = append(r.locatorDecls, d)
			}
		}
		return r
	}).(*resolver)
}

func sharedProgram(pass *analyzer.Pass) *program {
	return pass.Shared("rules.program", func() any { return buildProgram(pass, sharedResolver(pass)) }).(*program)
}

func sharedRemovals(pass *analyzer.Pass) removalIndex {
	return pass.Shared("rules.removals", func() any { return projectRemovals(pass) }).(removalIndex)
}

func sharedClearers(pass *analyzer.Pass) map[string]bool {
	return pass.Shared("rules.clearers", func() any { return backLinkClearers(pass) }).(map[string]bool)
}

func sharedResets(pass *analyzer.Pass) map[string]bool {
	return pass.Shared("rules.resets", func() any { return propResets(pass) }).(map[string]bool)
}
