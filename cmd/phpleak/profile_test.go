package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestProfiles writes a CPU and a heap profile of a run (pprof files are
// gzip-compressed), and refuses to start when a profile cannot be
// written.
func TestProfiles(t *testing.T) {
	dir := project(t)
	cpu, mem := filepath.Join(dir, "cpu.prof"), filepath.Join(dir, "mem.prof")
	code, _, stderr := phpleak("check", "--cpu-profile", cpu, "--mem-profile", mem, "--fail-on", "never", "src")
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	for _, p := range []string{cpu, mem} {
		b, err := os.ReadFile(p)
		if err != nil || len(b) < 2 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s is not a pprof profile (err %v, %d bytes)", filepath.Base(p), err, len(b))
		}
	}
	code, stdout, stderr := phpleak("check", "--cpu-profile", filepath.Join(dir, "missing", "cpu.prof"), "src")
	if code != 2 || stdout != "" || !strings.Contains(stderr, "--cpu-profile:") {
		t.Errorf("exit %d, stdout %q, stderr %q; want 2, no report and the profile's error", code, stdout, stderr)
	}
}

// TestTimings: --timings lists the phases in order, then every rule that
// ran (in the order of 'phpleak rules'), then the total, on standard error only: the report on standard
// output is the same with and without it.
func TestTimings(t *testing.T) {
	project(t)
	code, stdout, stderr := phpleak("check", "--timings", "--format", "json", "--enable", "static-growth,circular-reference", "--fail-on", "never", "src")
	if code != 0 {
		t.Fatalf("exit %d; stderr:\n%s", code, stderr)
	}
	var names []string
	for _, line := range strings.Split(stderr, "\n") {
		f := strings.Fields(line)
		if len(f) == 2 && strings.HasSuffix(f[1], "s") && strings.HasPrefix(line, "  ") {
			names = append(names, f[0])
		}
	}
	want := []string{"parsing", "indexing", "rules", "circular-reference", "static-growth", "total"}
	if !strings.Contains(stderr, "phpleak: timings (wall)") || strings.Join(names, " ") != strings.Join(want, " ") {
		t.Errorf("timings list %q, want %q; stderr:\n%s", names, want, stderr)
	}
	_, enabled, _ := phpleak("check", "--format", "json", "--enable", "static-growth,circular-reference", "--fail-on", "never", "src")
	if stdout != enabled || !strings.Contains(stdout, `"findings"`) {
		t.Errorf("--timings changed the report:\n%s\nwant\n%s", stdout, enabled)
	}
}
