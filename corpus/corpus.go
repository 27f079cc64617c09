// Package corpus loads and measures phpleak's runtime-truth corpus.
//
// The corpus lives in testdata/runtime/<label>/, where label is one of
// cycle, growth or clean. A case is a file <name>.php, or a folder <name>/
// whose main.php requires the folder's other files. Each case is a
// self-contained PHP program (php runs the file, or the folder's main.php)
// that reads its iteration count from the PHPLEAK_N environment variable,
// runs that many requests, jobs or messages, and prints nothing. A case's
// label is not what its author believes but what the PHP runtime measures:
//
//	php -n -d memory_limit=512M -d zend.enable_gc=<1|0> \
//	    -d auto_append_file=<measure.php> <case.php>
//
// run with PHPLEAK_N=200 and PHPLEAK_N=2000, with the cycle collector on
// and off: four runs per case. measure.php calls gc_collect_cycles() and
// prints memory_get_usage(); it runs in global scope after the case, so the
// case's long-lived roots (statics, globals, variables of the driver) are
// still reachable when memory is measured. The growth per iteration is
// (mem(2000) - mem(200)) / 1800 bytes, and:
//
//   - it grows with the GC on: growth;
//   - it grows only with the GC off: cycle;
//   - it grows in neither mode: clean.
//
// "Grows" means more than [Threshold] bytes per iteration. Figures close to
// the threshold (see [Ambiguous]) are rejected by the corpus test so that
// every case is classified with a wide margin.
//
// In cycle and growth cases, the line of each leaking store (the store
// that closes the cycle, or the write that grows the long-lived root)
// carries a trailing "// leak" comment ([LeakMarker]); [Load] reads them
// into [Case.Leaks] so that tests can check where a finding points.
//
// Other packages' tests use [Load] to iterate over the cases and compare
// phpleak's findings with the labels.
package corpus

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Labels of the corpus, which are also the names of its folders.
const (
	Cycle  = "cycle"  // freed only by the cycle collector
	Growth = "growth" // grows from a long-lived root, GC on or off
	Clean  = "clean"  // flat in both modes
)

// Labels lists the label folders in the order Load returns them.
var Labels = []string{Clean, Cycle, Growth}

// Iteration counts of the two runs per GC mode.
const (
	SmallN = 200
	LargeN = 2000
)

// Threshold is the number of bytes per iteration above which memory is
// said to grow.
//
// Leaking cases retain about 700 bytes or more per iteration, clean cases
// measure 0. The threshold sits well above what the engine itself retains
// after a collection: with the GC on, a cycle case's garbage piles up until
// the collector runs, and the object store (8 bytes per object handle,
// grown by doubling, never shrunk) and the weak-reference table keep the
// size they reached. That shows up as 5 to 70 bytes per iteration for
// cases that create a few objects per iteration, although nothing leaks.
const Threshold = 256.0

// Ambiguous reports whether a bytes-per-iteration figure is too close to
// Threshold to classify a case reliably: within a factor of two of it.
func Ambiguous(perIteration float64) bool {
	return perIteration > Threshold/2 && perIteration < Threshold*2
}

// RunTimeout bounds a single php run started by MeasureCase.
const RunTimeout = 30 * time.Second

// Case is one PHP program of the corpus: a single file
// <label>/<name>.php, or a folder <label>/<name>/ whose main.php is the
// entry php runs and which requires the folder's other files (with
// __DIR__).
type Case struct {
	Name  string // file name without ".php", or the folder's name
	Path  string // the file php runs: <label>/<name>.php or <label>/<name>/main.php
	Dir   string // the case's folder for a folder case; "" for a single file
	Label string // Cycle, Growth or Clean: the folder the case is in
	// Files are all .php files of the case, sorted: Path alone for a
	// single file, every .php file under Dir for a folder case.
	Files []string
	// Leaks are the lines marked with a trailing "// leak" comment (see
	// LeakMarker), in the order of Files then line.
	Leaks []Mark
}

// Mark is a line of a case marked as the leaking store.
type Mark struct {
	File string // one of the case's Files
	Line int    // 1-based
}

// Folder reports whether c is a folder case.
func (c Case) Folder() bool { return c.Dir != "" }

// Marked reports whether line of file (a path naming one of c.Files, in
// any form that cleans to the same absolute path) is marked "// leak".
func (c Case) Marked(file string, line int) bool {
	abs, err := filepath.Abs(file)
	if err != nil {
		return false
	}
	for _, m := range c.Leaks {
		if m.Line != line {
			continue
		}
		if mAbs, err := filepath.Abs(m.File); err == nil && mAbs == abs {
			return true
		}
	}
	return false
}

// Entry is the file of a folder case that php runs.
const Entry = "main.php"

// LeakMarker is the trailing comment that marks the line of a leaking
// store in cycle and growth cases: the store that closes the cycle, or
// the write that grows the long-lived root. Several lines may be marked;
// a clean case has none.
const LeakMarker = "// leak"

// leakLike finds comments that look like a leak marker, to reject
// misspelt markers ("//leak", "// leak here") instead of ignoring them.
var leakLike = regexp.MustCompile(`(^|[\s;{}(),])//\s*leak\b`)

// readMarks returns the lines of file marked with LeakMarker. A marker
// must be the whole trailing comment of a line that has code before it.
func readMarks(file string) ([]Mark, error) {
	src, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	var marks []Mark
	for i, line := range strings.Split(string(src), "\n") {
		line = strings.TrimRight(line, " \t\r")
		loc := leakLike.FindStringIndex(line)
		if loc == nil {
			continue
		}
		code, ok := strings.CutSuffix(line, LeakMarker)
		if !ok || strings.TrimSpace(code) == "" || (code[len(code)-1] != ' ' && code[len(code)-1] != '\t') {
			return nil, fmt.Errorf("%s:%d: malformed leak marker %q: want code followed by a trailing %q", file, i+1, strings.TrimSpace(line[loc[0]:]), LeakMarker)
		}
		marks = append(marks, Mark{File: file, Line: i + 1})
	}
	return marks, nil
}

// Load lists the cases of <dir>/{cycle,growth,clean}: every <name>.php
// file and every <name>/ folder (which must hold main.php) of a label
// folder, sorted by label then name, with their leak markers. Files
// directly in dir (such as measure.php), files other than .php, and
// hidden files and folders are ignored; a folder that is not a label, a case folder without main.php,
// a malformed leak marker, or a corpus without any case is an error.
func Load(dir string) ([]Case, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	var cases []Case
	for _, e := range entries {
		if !e.IsDir() || strings.HasPrefix(e.Name(), ".") {
			continue
		}
		label := e.Name()
		if !isLabel(label) {
			return nil, fmt.Errorf("corpus %s: unknown label folder %q (want one of %s)", dir, label, strings.Join(Labels, ", "))
		}
		items, err := os.ReadDir(filepath.Join(dir, label))
		if err != nil {
			return nil, err
		}
		for _, it := range items {
			if strings.HasPrefix(it.Name(), ".") {
				continue
			}
			var c Case
			switch {
			case it.IsDir():
				c, err = loadFolder(filepath.Join(dir, label, it.Name()))
				if err != nil {
					return nil, err
				}
			case strings.HasSuffix(it.Name(), ".php"):
				p := filepath.Join(dir, label, it.Name())
				c = Case{Name: strings.TrimSuffix(it.Name(), ".php"), Path: p, Files: []string{p}}
			default:
				continue
			}
			c.Label = label
			for _, f := range c.Files {
				marks, err := readMarks(f)
				if err != nil {
					return nil, err
				}
				c.Leaks = append(c.Leaks, marks...)
			}
			cases = append(cases, c)
		}
	}
	if len(cases) == 0 {
		return nil, fmt.Errorf("corpus %s: no cases in %s", dir, strings.Join(Labels, ", "))
	}
	sort.Slice(cases, func(i, j int) bool {
		if cases[i].Label != cases[j].Label {
			return cases[i].Label < cases[j].Label
		}
		return cases[i].Name < cases[j].Name
	})
	for i := 1; i < len(cases); i++ {
		if a, b := cases[i-1], cases[i]; a.Label == b.Label && a.Name == b.Name {
			return nil, fmt.Errorf("corpus %s: case %s/%s is both a file and a folder", dir, a.Label, a.Name)
		}
	}
	return cases, nil
}

// loadFolder reads a folder case: main.php and every other .php file
// below the folder (hidden folders skipped), sorted by path.
func loadFolder(folder string) (Case, error) {
	c := Case{Name: filepath.Base(folder), Path: filepath.Join(folder, Entry), Dir: folder}
	err := filepath.WalkDir(folder, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			if p != folder && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if strings.HasSuffix(d.Name(), ".php") && d.Type().IsRegular() {
			c.Files = append(c.Files, p)
		}
		return nil
	})
	if err != nil {
		return Case{}, err
	}
	sort.Strings(c.Files)
	if i := sort.SearchStrings(c.Files, c.Path); i == len(c.Files) || c.Files[i] != c.Path {
		return Case{}, fmt.Errorf("case folder %s: no %s (the entry php runs)", folder, Entry)
	}
	return c, nil
}

func isLabel(s string) bool {
	for _, l := range Labels {
		if s == l {
			return true
		}
	}
	return false
}

// Measure runs casePath once with php and returns the memory in use after
// the case has run and the cycle collector has been called, as printed by
// measureFile. gc turns the cycle collector on or off and n is the case's
// iteration count (PHPLEAK_N).
//
// It fails when php does not exit with status 0, writes to stderr, or
// prints anything besides the one integer of measureFile (the cases must
// print nothing; PHP's warnings and deprecations go to stdout in the CLI).
func Measure(ctx context.Context, php, measureFile, casePath string, gc bool, n int) (int64, error) {
	measureAbs, err := filepath.Abs(measureFile)
	if err != nil {
		return 0, err
	}
	caseAbs, err := filepath.Abs(casePath)
	if err != nil {
		return 0, err
	}
	enable := "0"
	if gc {
		enable = "1"
	}
	cmd := exec.CommandContext(ctx, php,
		"-n",
		"-d", "memory_limit=512M",
		"-d", "zend.enable_gc="+enable,
		"-d", "auto_append_file="+measureAbs,
		caseAbs)
	cmd.Env = append(withoutVar(os.Environ(), "PHPLEAK_N"), "PHPLEAK_N="+strconv.Itoa(n))
	cmd.WaitDelay = 2 * time.Second
	var stdout, stderr bytes.Buffer
	cmd.Stdout = &stdout
	cmd.Stderr = &stderr

	what := fmt.Sprintf("%s (gc=%s, n=%d)", casePath, enable, n)
	if err := cmd.Run(); err != nil {
		if ctxErr := ctx.Err(); ctxErr != nil {
			return 0, fmt.Errorf("%s: php did not finish: %w", what, ctxErr)
		}
		return 0, fmt.Errorf("%s: %v; stdout: %q; stderr: %q", what, err, excerpt(stdout.String()), excerpt(stderr.String()))
	}
	if stderr.Len() > 0 {
		return 0, fmt.Errorf("%s: unexpected stderr: %q", what, excerpt(stderr.String()))
	}
	out := stdout.String()
	mem, err := strconv.ParseInt(out, 10, 64)
	if err != nil || strings.Trim(out, "0123456789") != "" {
		return 0, fmt.Errorf("%s: want only the measured integer on stdout, got %q", what, excerpt(out))
	}
	return mem, nil
}

func withoutVar(env []string, name string) []string {
	out := env[:0:0]
	for _, kv := range env {
		if !strings.HasPrefix(kv, name+"=") {
			out = append(out, kv)
		}
	}
	return out
}

func excerpt(s string) string {
	const max = 500
	if len(s) > max {
		return s[:max] + "…"
	}
	return s
}

// Figures are the four measurements of a case, in bytes: memory in use
// after SmallN and LargeN iterations, with the cycle collector on and off.
type Figures struct {
	GCOn  [2]int64 // [SmallN, LargeN]
	GCOff [2]int64 // [SmallN, LargeN]
}

// MeasureCase runs a case four times (SmallN and LargeN iterations, GC on
// and off), each run bounded by RunTimeout.
func MeasureCase(ctx context.Context, php, measureFile, casePath string) (Figures, error) {
	var f Figures
	for _, gc := range []bool{true, false} {
		for i, n := range []int{SmallN, LargeN} {
			runCtx, cancel := context.WithTimeout(ctx, RunTimeout)
			mem, err := Measure(runCtx, php, measureFile, casePath, gc, n)
			cancel()
			if err != nil {
				return f, err
			}
			if gc {
				f.GCOn[i] = mem
			} else {
				f.GCOff[i] = mem
			}
		}
	}
	return f, nil
}

// BytesPerIteration is the growth between the SmallN and LargeN runs.
func BytesPerIteration(small, large int64) float64 {
	return float64(large-small) / float64(LargeN-SmallN)
}

// PerIteration returns the bytes per iteration with the GC on and off.
func (f Figures) PerIteration() (gcOn, gcOff float64) {
	return BytesPerIteration(f.GCOn[0], f.GCOn[1]), BytesPerIteration(f.GCOff[0], f.GCOff[1])
}

// Class classifies the figures; see Classify.
func (f Figures) Class() string {
	return Classify(f.PerIteration())
}

// Ambiguous reports whether either per-iteration figure is too close to
// Threshold (see the function Ambiguous).
func (f Figures) Ambiguous() bool {
	on, off := f.PerIteration()
	return Ambiguous(on) || Ambiguous(off)
}

func (f Figures) String() string {
	on, off := f.PerIteration()
	return fmt.Sprintf("gc on: %d -> %d bytes (%.1f B/iter); gc off: %d -> %d bytes (%.1f B/iter) [n=%d -> %d]",
		f.GCOn[0], f.GCOn[1], on, f.GCOff[0], f.GCOff[1], off, SmallN, LargeN)
}

// Classify returns the label that bytes-per-iteration figures measured
// with the GC on and off stand for: Growth when memory grows with the GC
// on, Cycle when it grows only with the GC off, Clean otherwise.
func Classify(gcOn, gcOff float64) string {
	switch {
	case gcOn > Threshold:
		return Growth
	case gcOff > Threshold:
		return Cycle
	default:
		return Clean
	}
}

// ErrNoPHP is returned by FindPHP when no php binary is on PATH.
var ErrNoPHP = errors.New("php not found on PATH")

// FindPHP locates the php binary on PATH.
func FindPHP() (string, error) {
	php, err := exec.LookPath("php")
	if err != nil {
		return "", fmt.Errorf("%w: %v", ErrNoPHP, err)
	}
	return php, nil
}
