package analyzer

import "sync/atomic"

// Work is what analyses have done so far in this process, counted in
// units that do not depend on the machine or its load: the IR nodes
// rules and shared facts walked (Inspect), and the statements and
// expressions the simulation evaluated. Tests of how cost grows with the
// code compare it between runs; nothing in the analysis reads it.
type Work struct {
	Nodes    int64 // IR nodes visited by Inspect
	SimSteps int64 // simulation steps
}

// Total is the sum of the counts.
func (w Work) Total() int64 { return w.Nodes + w.SimSteps }

// Sub returns the work done between an earlier reading and w.
func (w Work) Sub(before Work) Work {
	return Work{Nodes: w.Nodes - before.Nodes, SimSteps: w.SimSteps - before.SimSteps}
}

var work struct{ nodes, simSteps atomic.Int64 }

// WorkDone reads the work counters.
func WorkDone() Work {
	return Work{Nodes: work.nodes.Load(), SimSteps: work.simSteps.Load()}
}

// AddSimSteps counts steps of the simulation (package sim reports them).
func AddSimSteps(n int64) { work.simSteps.Add(n) }
