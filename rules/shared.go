package rules

import (
	"maps"
	"slices"

	"github.com/phpleak/phpleak/analyzer"
)

// Project-wide facts several rules need, computed once per run through
// Pass.Shared. Every rule's Prepare (prepareShared) builds them, in a
// fixed order, before any rule runs. All of them: one built later would
// be built from the model copy of whichever kind of rule asked first
// (see ownModel), and rules of different kinds run at once.

// prepareShared builds every shared fact: every rule's Prepare.
func prepareShared(pass *analyzer.Pass) {
	sharedResolver(pass).callSites()
	// the facts that need only the call sites are found on the other
	// cores while the worker model is built
	startFlagResets(pass)
	startResetIndex(pass)
	sharedProgram(pass)
	sharedRemovals(pass)
	sharedClearers(pass)
	sharedResets(pass)
	sharedFlagResets(pass)
	runsFrankenPHPWorker(pass)
	sharedResetIndex(pass)
	sharedProgram(pass).handlesWithoutTerminate(pass)
}

// sharedResolver is the resolver: in a rule's Run, the copy of the rules
// of its kind (see ownModel), else the shared one.
func sharedResolver(pass *analyzer.Pass) *resolver {
	if m := ownModel(pass); m != nil {
		return m.r
	}
	return baseResolver(pass)
}

// sharedProgram is the worker model, as sharedResolver is the resolver.
func sharedProgram(pass *analyzer.Pass) *program {
	if m := ownModel(pass); m != nil {
		return m
	}
	return baseProgram(pass)
}

// ownModel is, in a rule's Run, the copy of the worker model and its
// resolver that the rules of its kind share: both keep memos filled as
// they are asked, and the rules of different kinds run at once (see
// analyzer.Pass.Own). nil outside a Run.
func ownModel(pass *analyzer.Pass) *program {
	m, ok := pass.Own("rules.model", func() any { return baseProgram(pass).clone() })
	if !ok {
		return nil
	}
	return m.(*program)
}

func baseResolver(pass *analyzer.Pass) *resolver {
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

func baseProgram(pass *analyzer.Pass) *program {
	return pass.Shared("rules.program", func() any { return buildProgram(pass, baseResolver(pass)) }).(*program)
}

// clone copies p and its resolver for one rule: every map and slice a
// memo may add to is the copy's own (the values in them are never
// changed once stored, and are shared), and the resolver's hooks into
// the model are wired to the copy.
func (p *program) clone() *program {
	c := *p
	c.r = p.r.clone()
	c.perIter = maps.Clone(p.perIter)
	c.once = maps.Clone(p.once)
	c.longLived = maps.Clone(p.longLived)
	c.requestLived = maps.Clone(p.requestLived)
	c.dispatched = maps.Clone(p.dispatched)
	c.undone = maps.Clone(p.undone)
	c.outside = maps.Clone(p.outside)
	c.guarded = maps.Clone(p.guarded)
	c.resets = maps.Clone(p.resets)
	c.loopOf = maps.Clone(p.loopOf)
	c.loopsIn = maps.Clone(p.loopsIn)
	c.entries = slices.Clip(p.entries)
	c.loops = slices.Clip(p.loops)
	c.newPerRequest = maps.Clone(p.newPerRequest)
	c.strong = maps.Clone(p.strong)
	c.declared = maps.Clone(p.declared)
	c.flagResets = maps.Clone(p.flagResets)
	c.atExit = maps.Clone(p.atExit)
	c.syncCalls = slices.Clip(p.syncCalls)
	c.bindings = slices.Clip(p.bindings)
	c.warm = slices.Clip(p.warm)
	c.takerMethods = maps.Clone(p.takerMethods)
	c.transient = maps.Clone(p.transient)
	c.elements = maps.Clone(p.elements)
	c.stored = slices.Clip(p.stored)
	c.libraryEmitters = maps.Clone(p.libraryEmitters)
	c.elemsGiven = maps.Clone(p.elemsGiven)
	c.serverScript = maps.Clone(p.serverScript)
	c.serverCallbacks = maps.Clone(p.serverCallbacks)
	c.servedBy = maps.Clone(p.servedBy)
	c.selfScheduled = maps.Clone(p.selfScheduled)
	c.libraryServed = maps.Clone(p.libraryServed)
	c.closeCallbacks = maps.Clone(p.closeCallbacks)
	c.lineageLong = maps.Clone(p.lineageLong)
	c.byBase = maps.Clone(p.byBase)
	c.loopMemo = maps.Clone(p.loopMemo)
	c.madeByNew = maps.Clone(p.madeByNew)
	c.loopFuncs = maps.Clone(p.loopFuncs)
	c.subscribed = maps.Clone(p.subscribed)
	c.failureOnly = maps.Clone(p.failureOnly)
	c.requestEntries = maps.Clone(p.requestEntries)
	c.providerStores = maps.Clone(p.providerStores)
	c.display = maps.Clone(p.display)
	c.asks = maps.Clone(p.asks)
	c.impls = maps.Clone(p.impls)
	c.fillMemo = maps.Clone(p.fillMemo)
	c.pooled = maps.Clone(p.pooled)
	c.resetMemo = maps.Clone(p.resetMemo)
	c.elemCalls = maps.Clone(p.elemCalls)
	c.staticHolds = maps.Clone(p.staticHolds)
	c.staticWhys = maps.Clone(p.staticWhys)
	c.dropped = maps.Clone(p.dropped)
	c.replacedStatics = maps.Clone(p.replacedStatics)
	c.globalWriteCount = maps.Clone(p.globalWriteCount)
	c.handedKeeps = slices.Clip(p.handedKeeps)
	c.silenced = maps.Clone(p.silenced)
	c.wire()
	return &c
}

// builtByCallSites are the resolver's maps that callSites fills in its
// one walk (the call sites, and what the walk notes on the way: property
// and attribute writes, class strings, names made or typed, closures fed
// by calls). prepareShared runs it before any rule, and nothing writes
// them after, so the copies share them: copying them cost a tenth of the
// heap at its peak on MediaWiki.
var builtByCallSites = []string{"sites", "unresolved", "unresolvedBy", "propWrites", "classStrings", "sharedIDs", "idOnly", "madeByName",
	"newStatic", "callableNames", "untyped", "fedBy", "attrWrites"}

// clone copies r for program.clone, but for builtByCallSites.
func (r *resolver) clone() *resolver {
	c := *r
	c.keysOfStore = maps.Clone(r.keysOfStore)
	c.removed = maps.Clone(r.removed)
	c.stores = maps.Clone(r.stores)
	c.storeEnds = maps.Clone(r.storeEnds)
	c.active = maps.Clone(r.active)
	c.propTypes = maps.Clone(r.propTypes)
	c.outsideNews = slices.Clip(r.outsideNews)
	c.bound = maps.Clone(r.bound)
	c.flows = maps.Clone(r.flows)
	c.retRate = maps.Clone(r.retRate)
	c.accessors = maps.Clone(r.accessors)
	c.drained = maps.Clone(r.drained)
	c.propFixed = maps.Clone(r.propFixed)
	c.paramElems = maps.Clone(r.paramElems)
	c.concrete = maps.Clone(r.concrete)
	c.invokers = maps.Clone(r.invokers)
	c.propRates = maps.Clone(r.propRates)
	c.fresh = maps.Clone(r.fresh)
	c.paramClasses = maps.Clone(r.paramClasses)
	c.callableCalls = slices.Clip(r.callableCalls)
	c.retFixed = maps.Clone(r.retFixed)
	c.paramRates = maps.Clone(r.paramRates)
	c.longParams = maps.Clone(r.longParams)
	c.paramFixed = maps.Clone(r.paramFixed)
	c.localRates = maps.Clone(r.localRates)
	c.localFixed = maps.Clone(r.localFixed)
	c.guards = maps.Clone(r.guards)
	c.elemRates = maps.Clone(r.elemRates)
	c.elemFixed = maps.Clone(r.elemFixed)
	c.elemPending = slices.Clip(r.elemPending)
	c.elemCycles = slices.Clip(r.elemCycles)
	c.counters = maps.Clone(r.counters)
	c.elems = maps.Clone(r.elems)
	c.globalNames = maps.Clone(r.globalNames)
	c.typing = maps.Clone(r.typing)
	c.digesting = maps.Clone(r.digesting)
	c.makingChecked = maps.Clone(r.makingChecked)
	c.comparing = maps.Clone(r.comparing)
	c.localClasses = maps.Clone(r.localClasses)
	c.registries = maps.Clone(r.registries)
	c.sinks = maps.Clone(r.sinks)
	c.globalElems = maps.Clone(r.globalElems)
	c.retKeeps = maps.Clone(r.retKeeps)
	c.timersCancelled = maps.Clone(r.timersCancelled)
	c.loopTimersCancelled = r.loopTimersCancelled
	c.invoked = maps.Clone(r.invoked)
	c.syncSites = slices.Clip(r.syncSites)
	c.forwards = maps.Clone(r.forwards)
	c.virtual = slices.Clip(r.virtual)
	c.dispatched = maps.Clone(r.dispatched)
	c.owners = slices.Clip(r.owners)
	c.statics = maps.Clone(r.statics)
	c.staticsEarly = maps.Clone(r.staticsEarly)
	c.locators = maps.Clone(r.locators)
	c.locatorDecls = slices.Clip(r.locatorDecls)
	c.invokedClasses = maps.Clone(r.invokedClasses)
	c.thisWriteMemo = maps.Clone(r.thisWriteMemo)
	c.takenMemo = maps.Clone(r.takenMemo)
	c.attrFixed = maps.Clone(r.attrFixed)
	c.filledOnce = maps.Clone(r.filledOnce)
	c.ownRemovals = maps.Clone(r.ownRemovals)
	c.stages = maps.Clone(r.stages)
	c.returnMemo = maps.Clone(r.returnMemo)
	c.taken = maps.Clone(r.taken)
	c.growths = maps.Clone(r.growths)
	return &c
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
