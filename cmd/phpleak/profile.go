package main

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
)

// startProfiles starts a CPU profile into cpu and arranges a heap profile
// into mem (either may be empty); the returned function stops the CPU
// profile and writes the heap profile. A profile that cannot be written
// is an error, not a lost one: the run stops before it starts.
func startProfiles(cpu, mem string) (stop func() error, err error) {
	var cpuFile *os.File
	if cpu != "" {
		if cpuFile, err = os.Create(cpu); err != nil {
			return nil, fmt.Errorf("--cpu-profile: %w", err)
		}
		if err := pprof.StartCPUProfile(cpuFile); err != nil {
			cpuFile.Close()
			return nil, fmt.Errorf("--cpu-profile: %w", err)
		}
	}
	if mem != "" {
		// fail now rather than after a long run
		f, err := os.Create(mem)
		if err != nil {
			if cpuFile != nil {
				pprof.StopCPUProfile()
				cpuFile.Close()
			}
			return nil, fmt.Errorf("--mem-profile: %w", err)
		}
		f.Close()
	}
	return func() error {
		if cpuFile != nil {
			pprof.StopCPUProfile()
			if err := cpuFile.Close(); err != nil {
				return fmt.Errorf("--cpu-profile: %w", err)
			}
		}
		if mem != "" {
			f, err := os.Create(mem)
			if err != nil {
				return fmt.Errorf("--mem-profile: %w", err)
			}
			runtime.GC() // the heap as the analysis left it, not its garbage
			if err := pprof.WriteHeapProfile(f); err != nil {
				f.Close()
				return fmt.Errorf("--mem-profile: %w", err)
			}
			if err := f.Close(); err != nil {
				return fmt.Errorf("--mem-profile: %w", err)
			}
		}
		return nil
	}, nil
}

// printTimings prints where a run's time went, one phase or rule a line:
// the rules run at once (--jobs), so theirs add up to more than the
// rules phase.
func printTimings(w io.Writer, ts []analyzer.Timing) {
	names := make([]string, len(ts))
	width := 0
	for i, t := range ts {
		names[i] = "  " + t.Name
		if rule, ok := strings.CutPrefix(t.Name, "rule "); ok {
			names[i] = "    " + rule
		}
		width = max(width, len(names[i]))
	}
	fmt.Fprintln(w, "phpleak: timings (wall)")
	for i, t := range ts {
		fmt.Fprintf(w, "%-*s %6.2fs\n", width, names[i], t.Wall.Seconds())
	}
}
