package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// runtimeDir is the corpus, relative to this package.
const runtimeDir = "../testdata/runtime"

// needPHP returns the php binary, or skips the test when there is none;
// in CI (CI set and non-empty) a missing php fails the test instead.
func needPHP(t *testing.T) string {
	t.Helper()
	php, err := FindPHP()
	if err != nil {
		if os.Getenv("CI") != "" {
			t.Fatalf("%v: the runtime corpus must be checked in CI; install php-cli (PHP >= 8.1)", err)
		}
		t.Skipf("skipping runtime measurements: %v (install php-cli >= 8.1 to run them; set CI=1 to make this a failure)", err)
	}
	return php
}

// TestRuntimeLabels runs every case of the corpus with php and checks that
// the measured class is the case's label, with a wide margin.
func TestRuntimeLabels(t *testing.T) {
	php := needPHP(t)
	cases, err := Load(runtimeDir)
	if err != nil {
		t.Fatal(err)
	}
	measureFile := filepath.Join(runtimeDir, "measure.php")
	if _, err := os.Stat(measureFile); err != nil {
		t.Fatal(err)
	}
	for _, c := range cases {
		t.Run(c.Label+"/"+c.Name, func(t *testing.T) {
			t.Parallel()
			f, err := MeasureCase(t.Context(), php, measureFile, c.Path)
			if err != nil {
				t.Fatal(err)
			}
			t.Logf("%s", f)
			if got := f.Class(); got != c.Label {
				t.Errorf("%s is labelled %s but measures as %s: %s", c.Path, c.Label, got, f)
			} else if f.Ambiguous() {
				t.Errorf("%s: a figure is within a factor of 2 of the %.0f B/iter threshold; make the case leak more clearly or stay flat: %s", c.Path, Threshold, f)
			}
		})
	}
}

func TestClassify(t *testing.T) {
	tests := []struct {
		name      string
		f         Figures
		want      string
		ambiguous bool
	}{
		{"flat", Figures{GCOn: [2]int64{400000, 400000}, GCOff: [2]int64{400000, 400000}}, Clean, false},
		{"shrinks", Figures{GCOn: [2]int64{400000, 399000}, GCOff: [2]int64{400000, 399000}}, Clean, false},
		// object-store slack left after collecting cycles: 32 B/iter with GC on
		{"cycle", Figures{GCOn: [2]int64{400000, 457600}, GCOff: [2]int64{600000, 2400000}}, Cycle, false},
		{"growth", Figures{GCOn: [2]int64{500000, 2300000}, GCOff: [2]int64{500000, 2300000}}, Growth, false},
		// growing with GC on but not off cannot happen at runtime; it is still growth
		{"growth gc on only", Figures{GCOn: [2]int64{500000, 2300000}, GCOff: [2]int64{500000, 500000}}, Growth, false},
		{"just above", Figures{GCOn: [2]int64{0, 0}, GCOff: [2]int64{0, 1800 * 257}}, Cycle, true},
		{"just below", Figures{GCOn: [2]int64{0, 1800 * 255}, GCOff: [2]int64{0, 1800 * 255}}, Clean, true},
		{"at threshold", Figures{GCOn: [2]int64{0, 1800 * 256}, GCOff: [2]int64{0, 1800 * 256}}, Clean, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.f.Class(); got != tt.want {
				t.Errorf("Class() = %s, want %s (%s)", got, tt.want, tt.f)
			}
			if got := tt.f.Ambiguous(); got != tt.ambiguous {
				t.Errorf("Ambiguous() = %v, want %v (%s)", got, tt.ambiguous, tt.f)
			}
		})
	}
	if got := BytesPerIteration(200, 200+1800*3); got != 3 {
		t.Errorf("BytesPerIteration = %v, want 3", got)
	}
	if got := Classify(Threshold+1, 0); got != Growth {
		t.Errorf("Classify(T+1, 0) = %s, want growth", got)
	}
}

func writeFiles(t *testing.T, files map[string]string) string {
	t.Helper()
	dir := t.TempDir()
	for name, content := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

func TestLoad(t *testing.T) {
	dir := writeFiles(t, map[string]string{
		"measure.php":     "<?php",
		"growth/b.php":    "<?php",
		"growth/a.php":    "<?php",
		"growth/notes.md": "not a case",
		"cycle/z.php":     "<?php",
		"clean/m.php":     "<?php",
	})
	cases, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range cases {
		got = append(got, c.Label+"/"+c.Name)
		if want := filepath.Join(dir, c.Label, c.Name+".php"); c.Path != want {
			t.Errorf("Path = %s, want %s", c.Path, want)
		}
	}
	if want := "clean/m cycle/z growth/a growth/b"; strings.Join(got, " ") != want {
		t.Errorf("Load = %v, want %s", got, want)
	}

	if _, err := Load(writeFiles(t, map[string]string{"leaks/a.php": "<?php", "cycle/b.php": "<?php"})); err == nil || !strings.Contains(err.Error(), "unknown label") {
		t.Errorf("unknown label folder: err = %v", err)
	}
	if _, err := Load(writeFiles(t, map[string]string{"measure.php": "<?php", "cycle/README": "x"})); err == nil {
		t.Error("empty corpus: want an error")
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing folder: want an error")
	}
}

func TestLoadRuntimeCorpus(t *testing.T) {
	cases, err := Load(runtimeDir)
	if err != nil {
		t.Fatal(err)
	}
	per := map[string]int{}
	for _, c := range cases {
		per[c.Label]++
	}
	for _, l := range Labels {
		if per[l] < 25 {
			t.Errorf("%d %s cases, want at least 25", per[l], l)
		}
	}
}

// TestMeasureRejects checks that Measure fails on cases that print, exit
// with an error, or hang.
func TestMeasureRejects(t *testing.T) {
	php := needPHP(t)
	measureFile := filepath.Join(runtimeDir, "measure.php")
	dir := writeFiles(t, map[string]string{
		"ok.php":     "<?php $n = (int) (getenv('PHPLEAK_N') ?: 100); $a = str_repeat('x', $n);",
		"prints.php": "<?php echo 'hello';",
		"warns.php":  "<?php $a = []; $b = $a['missing'];",
		"exits.php":  "<?php fwrite(STDERR, 'boom'); exit(3);",
		"fatal.php":  "<?php undefined_function();",
		"hangs.php":  "<?php while (true) {}",
	})
	ctx := t.Context()
	small, err := Measure(ctx, php, measureFile, filepath.Join(dir, "ok.php"), true, 10)
	if err != nil {
		t.Fatal(err)
	}
	large, err := Measure(ctx, php, measureFile, filepath.Join(dir, "ok.php"), false, 100000)
	if err != nil {
		t.Fatal(err)
	}
	if large-small < 90000 {
		t.Errorf("PHPLEAK_N not passed: mem(n=10) = %d, mem(n=100000) = %d", small, large)
	}
	for _, name := range []string{"prints.php", "warns.php", "exits.php", "fatal.php"} {
		if mem, err := Measure(ctx, php, measureFile, filepath.Join(dir, name), true, 10); err == nil {
			t.Errorf("%s: Measure = %d, want an error", name, mem)
		} else {
			t.Logf("%s: %v", name, err)
		}
	}
	hctx, cancel := context.WithTimeout(ctx, 500*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err = Measure(hctx, php, measureFile, filepath.Join(dir, "hangs.php"), true, 10)
	if !errors.Is(err, context.DeadlineExceeded) {
		t.Errorf("hanging case: err = %v, want a deadline error", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("hanging case took %v to be stopped", d)
	}
}
