package analyzer

import (
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"runtime/metrics"
)

// The collector's pacing. By default Go lets the heap grow to twice what
// was live after the last collection, so a run would peak near twice its
// largest live heap. Most of that heap is the IR, built before the rules
// run, and the rules' own state adds about as much again: the largest
// live heap is 1.6 to 2.2 times the IR (measured on Debian's WordPress,
// Symfony, MediaWiki and Laravel). Once the IR exists, tuneGC measures
// it and sets a soft memory limit of gcLimitPerIR times its size: the
// collector runs as usual below it and works harder only near the
// run's peak, which stays under what it was when the rules ran one
// after another (with cycle and growth rules running at once, each with
// its own memos, the peak would otherwise grow by a fifth).
const (
	gcLimitPerIR = 3
	// gcMinLines: under it a run's peak is small (Debian's Laravel,
	// 175,000 lines, peaks at 90 to 110 MB), not worth the measurement
	gcMinLines = 200_000
	// gcMinLimit: no lower limit is set, however small the live heap
	gcMinLimit = 64 << 20
)

// tuneGC sets the soft memory limit from the size of the IR of a run of
// lines lines, and returns what restores the limit it found. It leaves
// a limit the user set (GOMEMLIMIT) alone; --max-memory, set later, may
// lower it.
func tuneGC(lines int) (restore func()) {
	noop := func() {}
	if os.Getenv("GOMEMLIMIT") != "" || lines < gcMinLines {
		return noop
	}
	old := debug.SetMemoryLimit(-1)
	if old != math.MaxInt64 {
		return noop
	}
	// the last collection ran somewhere in the parse: one now measures
	// the IR itself, the same way on every run
	runtime.GC()
	limit := liveHeap() * gcLimitPerIR
	if limit < gcMinLimit {
		return noop
	}
	debug.SetMemoryLimit(limit)
	return func() { debug.SetMemoryLimit(old) }
}

// liveHeap is the heap the last collection found live, in bytes.
func liveHeap() int64 {
	s := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(s)
	if s[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return int64(s[0].Value.Uint64())
}
