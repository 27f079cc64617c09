package analyzer

import (
	"math"
	"runtime"
	"runtime/debug"
	"testing"
)

// TestTuneGC checks that a large run gets a memory limit of
// gcLimitPerIR times its live heap, restored afterwards, and that a
// small run, or a limit already set, is left alone.
func TestTuneGC(t *testing.T) {
	t.Setenv("GOMEMLIMIT", "") // (tuneGC reads it; the runtime read it at start)
	before := debug.SetMemoryLimit(-1)
	if before != math.MaxInt64 {
		t.Skipf("the test process runs with a memory limit (%d)", before)
	}
	keep := make([]byte, 32<<20) // a heap to measure
	restore := tuneGC(gcMinLines)
	got := debug.SetMemoryLimit(-1)
	restore()
	if want := liveHeap() * gcLimitPerIR; got < 32<<20*gcLimitPerIR || got > 2*want {
		t.Errorf("limit %d MiB with a live heap of %d MiB: want about %d times it", got>>20, liveHeap()>>20, gcLimitPerIR)
	}
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		t.Errorf("the limit was not restored: %d", l)
	}
	runtime.KeepAlive(keep)

	tuneGC(gcMinLines - 1)()
	if l := debug.SetMemoryLimit(-1); l != math.MaxInt64 {
		t.Errorf("a small run set a limit: %d", l)
	}

	debug.SetMemoryLimit(1 << 40)
	defer debug.SetMemoryLimit(math.MaxInt64)
	tuneGC(gcMinLines)
	if l := debug.SetMemoryLimit(-1); l != 1<<40 {
		t.Errorf("a limit already set was changed to %d", l)
	}
}
