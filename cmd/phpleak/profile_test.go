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
