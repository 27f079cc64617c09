package corpus

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// runtimeDir is the corpus, relative to this package.
const runtimeDir = "../testdata/runtime"

// workerDir holds the worker-model cases (framework declarations, server
// callbacks, once-guards): labelled by php like the others, scored apart
// by TestAccuracy while the model grows (see its README).
const workerDir = "../testdata/runtime-worker"

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
	worker, err := Load(workerDir)
	if err != nil {
		t.Fatal(err)
	}
	cases = append(cases, worker...)
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
		"growth/b.php":    "<?php\n$a[] = 1; // leak\n",
		"growth/a.php":    "<?php\nstatic $x = [];\n$x[] = str_repeat('x', 9);   // leak\n$y = 2;\n$x[] = 3;\t// leak\r\n",
		"growth/notes.md": "not a case // leak",
		"cycle/z.php":     "<?php",
		"clean/m.php":     "<?php // no leak here",
		// folder cases: main.php runs, the other files are part of the case
		"cycle/pair/main.php":          "<?php\nrequire __DIR__ . '/Node.php';\n",
		"cycle/pair/Node.php":          "<?php\nclass Node {\n  function link(Node $o) { $o->peer = $this; } // leak\n}\n",
		"cycle/pair/README.md":         "notes // leak",
		"growth/svc/main.php":          "<?php\nrequire __DIR__ . '/src/Log.php';\n$log->add(1);\n",
		"growth/svc/src/Log.php":       "<?php\n\n\nfunction add() { self::$l[] = 1; } // leak\n",
		"growth/svc/Boot.php":          "<?php",
		"growth/svc/.git/hooks/x.php":  "<?php // leak",
		"clean/.hidden/main.php":       "<?php",
		"clean/.skipped.php":           "<?php",
		"clean/flat/main.php":          "<?php",
		"clean/flat/vendor-notes.txt":  "",
		"growth/svc/data/fixture.json": "{}",
	})
	cases, err := Load(dir)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	byName := map[string]Case{}
	for _, c := range cases {
		got = append(got, c.Label+"/"+c.Name)
		byName[c.Label+"/"+c.Name] = c
	}
	if want := "clean/flat clean/m cycle/pair cycle/z growth/a growth/b growth/svc"; strings.Join(got, " ") != want {
		t.Fatalf("Load = %v, want %s", got, want)
	}
	join := func(parts ...string) string { return filepath.Join(append([]string{dir}, parts...)...) }
	tests := []struct {
		name   string
		path   string
		folder string
		files  []string
		leaks  []Mark
	}{
		{"clean/m", join("clean", "m.php"), "", []string{join("clean", "m.php")}, nil},
		{"clean/flat", join("clean", "flat", "main.php"), join("clean", "flat"), []string{join("clean", "flat", "main.php")}, nil},
		{"growth/a", join("growth", "a.php"), "", []string{join("growth", "a.php")},
			[]Mark{{join("growth", "a.php"), 3}, {join("growth", "a.php"), 5}}},
		{"growth/b", join("growth", "b.php"), "", []string{join("growth", "b.php")}, []Mark{{join("growth", "b.php"), 2}}},
		{"cycle/z", join("cycle", "z.php"), "", []string{join("cycle", "z.php")}, nil},
		{"cycle/pair", join("cycle", "pair", "main.php"), join("cycle", "pair"),
			[]string{join("cycle", "pair", "Node.php"), join("cycle", "pair", "main.php")},
			[]Mark{{join("cycle", "pair", "Node.php"), 3}}},
		{"growth/svc", join("growth", "svc", "main.php"), join("growth", "svc"),
			[]string{join("growth", "svc", "Boot.php"), join("growth", "svc", "main.php"), join("growth", "svc", "src", "Log.php")},
			[]Mark{{join("growth", "svc", "src", "Log.php"), 4}}},
	}
	for _, tt := range tests {
		c := byName[tt.name]
		if c.Path != tt.path {
			t.Errorf("%s: Path = %s, want %s", tt.name, c.Path, tt.path)
		}
		if c.Dir != tt.folder || c.Folder() != (tt.folder != "") {
			t.Errorf("%s: Dir = %q, Folder() = %v, want %q", tt.name, c.Dir, c.Folder(), tt.folder)
		}
		if !reflect.DeepEqual(c.Files, tt.files) {
			t.Errorf("%s: Files = %v, want %v", tt.name, c.Files, tt.files)
		}
		if !reflect.DeepEqual(c.Leaks, tt.leaks) {
			t.Errorf("%s: Leaks = %v, want %v", tt.name, c.Leaks, tt.leaks)
		}
		for _, m := range tt.leaks {
			if !c.Marked(m.File, m.Line) {
				t.Errorf("%s: Marked(%s, %d) = false", tt.name, m.File, m.Line)
			}
			if c.Marked(m.File, m.Line+1) {
				t.Errorf("%s: Marked(%s, %d) = true", tt.name, m.File, m.Line+1)
			}
		}
	}
	// Marked takes a path in any form: relative to the working directory too
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	rel, err := filepath.Rel(wd, join("growth", "svc", "src", "..", "src", "Log.php"))
	if err != nil {
		t.Fatal(err)
	}
	if svc := byName["growth/svc"]; !svc.Marked(rel, 4) || svc.Marked(join("growth", "svc", "main.php"), 4) {
		t.Errorf("Marked: wrong answer for %s or main.php", rel)
	}

	errorCases := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown label", map[string]string{"leaks/a.php": "<?php", "cycle/b.php": "<?php"}, "unknown label"},
		{"empty corpus", map[string]string{"measure.php": "<?php", "cycle/README": "x"}, "no cases"},
		{"folder without main.php", map[string]string{"cycle/pair/Node.php": "<?php"}, "no main.php"},
		{"file and folder of one name", map[string]string{"cycle/pair.php": "<?php", "cycle/pair/main.php": "<?php"}, "both a file and a folder"},
		{"marker without space", map[string]string{"cycle/a.php": "<?php\n$a = 1;// leak\n"}, "malformed leak marker"},
		{"marker glued", map[string]string{"cycle/a.php": "<?php\n$a = 1; //leak\n"}, "malformed leak marker"},
		{"marker with text", map[string]string{"cycle/a.php": "<?php\n$a = 1; // leak: the back-link\n"}, "malformed leak marker"},
		{"marker on its own line", map[string]string{"cycle/a.php": "<?php\n// leak\n$a = 1;\n"}, "a.php:2: malformed leak marker"},
		{"marker in a folder's file", map[string]string{"cycle/p/main.php": "<?php", "cycle/p/B.php": "<?php\n\n$b = 1; // leak here\n"}, "B.php:3: malformed"},
	}
	for _, tt := range errorCases {
		if _, err := Load(writeFiles(t, tt.files)); err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("%s: err = %v, want it to contain %q", tt.name, err, tt.want)
		}
	}
	if _, err := Load(filepath.Join(t.TempDir(), "missing")); err == nil {
		t.Error("missing folder: want an error")
	}
}

// Minimum size of the runtime corpus.
const (
	minCasesPerLabel   = 40
	minFoldersPerLabel = 5
)

// TestLoadRuntimeCorpus checks the corpus's size and its leak markers:
// every cycle and growth case marks at least one leaking store, and no
// clean case marks any.
func TestLoadRuntimeCorpus(t *testing.T) {
	cases, err := Load(runtimeDir)
	if err != nil {
		t.Fatal(err)
	}
	worker, err := Load(workerDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range worker {
		if (c.Label == Clean) != (len(c.Leaks) == 0) {
			t.Errorf("%s/%s (worker): clean cases have no %s marker, leak cases mark their leaking store", c.Label, c.Name, LeakMarker)
		}
	}
	per := map[string]int{}
	folders := map[string]int{}
	for _, c := range cases {
		per[c.Label]++
		if c.Folder() {
			folders[c.Label]++
		}
		switch {
		case c.Label == Clean && len(c.Leaks) > 0:
			t.Errorf("%s/%s: a clean case has %s markers: %v", c.Label, c.Name, LeakMarker, c.Leaks)
		case c.Label != Clean && len(c.Leaks) == 0:
			t.Errorf("%s/%s: mark the leaking store with a trailing %s", c.Label, c.Name, LeakMarker)
		}
	}
	for _, l := range Labels {
		t.Logf("%-6s %d cases (%d single-file, %d folders)", l, per[l], per[l]-folders[l], folders[l])
		if per[l] < minCasesPerLabel {
			t.Errorf("%d %s cases, want at least %d", per[l], l, minCasesPerLabel)
		}
		if folders[l] < minFoldersPerLabel {
			t.Errorf("%d %s folder cases, want at least %d", folders[l], l, minFoldersPerLabel)
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
