// Command benchparser compares the old PHP parser (VKCOM php-parser's
// parser.Parse alone, PHP 8.1 grammar) with phpsyntax.Parse (parse and
// lowering to IR) on Debian's PHP packages, or on two synthetic files.
// Each measurement runs in a fresh child process, so the heap and the
// peak RSS of one do not leak into the next. Run it through
// scripts/bench-parser.
//
//	benchparser [-runs 3] [-workers N] [-mode corpus|synthetic|all] [ROOT...]
//
// For each parser it prints the wall and CPU time of parsing (files are read
// beforehand), the bytes allocated (runtime.MemStats TotalAlloc delta),
// the peak live heap (sampled every millisecond) and the peak RSS of the
// process (VmHWM, which includes the sources held in memory), as the
// median of the runs, and the ratios new/old against the goal: phpsyntax
// at least 2× faster than the old parse alone, with at most a third of
// its allocated bytes.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/VKCOM/php-parser/pkg/conf"
	phperrors "github.com/VKCOM/php-parser/pkg/errors"
	vkparser "github.com/VKCOM/php-parser/pkg/parser"
	"github.com/VKCOM/php-parser/pkg/version"
	"github.com/phpleak/phpleak/internal/phpcorpus"
	"github.com/phpleak/phpleak/internal/procstat"
	"github.com/phpleak/phpleak/phpsyntax"
)

var defaultRoots = phpcorpus.Roots

const (
	parserOld = "old"
	parserNew = "new"
)

var parserNames = map[string]string{
	parserOld: "old: VKCOM parser.Parse (parse only)",
	parserNew: "new: phpsyntax.Parse (parse+lower)",
}

// synthetic inputs: name, what, generator.
var synthetics = []struct {
	name, what string
	gen        func() []byte
}{
	{"oneline", "4 MB on one line", oneLine},
	{"functions", "100,000 functions", manyFunctions},
}

// result is what a child measures.
type result struct {
	Files, Lines, Bytes int
	FilesWithErrors     int
	Panics              int
	Wall                time.Duration
	CPU                 time.Duration // user+system time of the process while parsing
	Alloc               uint64        // TotalAlloc delta
	PeakHeap            uint64        // sampled live heap objects, peak
	PeakRSS             uint64        // VmHWM, bytes
}

func main() {
	runs := flag.Int("runs", 3, "measurements per parser (the table shows the median)")
	workers := flag.Int("workers", runtime.GOMAXPROCS(0), "files parsed at once, for both parsers")
	mode := flag.String("mode", "all", "corpus, synthetic or all")
	child := flag.String("child", "", "internal: measure one parser (old or new) and print JSON")
	input := flag.String("input", "", "internal: the synthetic input a child parses (empty: the corpus)")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: %s [flags] [ROOT...]\n\nROOTs default to %s.\n\n",
			filepath.Base(os.Args[0]), strings.Join(defaultRoots, " "))
		flag.PrintDefaults()
	}
	flag.Parse()
	roots := flag.Args()
	if len(roots) == 0 {
		roots = defaultRoots
	}
	if *child != "" {
		r, err := measure(*child, *input, roots, *workers)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		json.NewEncoder(os.Stdout).Encode(r)
		return
	}
	if *runs < 1 || *workers < 1 {
		fmt.Fprintln(os.Stderr, "-runs and -workers must be at least 1")
		os.Exit(2)
	}
	if *mode != "corpus" && *mode != "synthetic" && *mode != "all" {
		fmt.Fprintf(os.Stderr, "-mode %q: want corpus, synthetic or all\n", *mode)
		os.Exit(2)
	}
	ok := true
	if *mode != "synthetic" {
		ok = corpusTable(roots, *runs, *workers) && ok
	}
	if *mode != "corpus" {
		ok = syntheticTable(*runs) && ok
	}
	if !ok {
		os.Exit(1)
	}
}

// runChild measures one parser in a fresh process.
func runChild(parser, input string, roots []string, workers int) (result, error) {
	self, err := os.Executable()
	if err != nil {
		return result{}, err
	}
	args := []string{"-child", parser, "-input", input, "-workers", strconv.Itoa(workers), "--"}
	cmd := exec.Command(self, append(args, roots...)...)
	cmd.Stderr = os.Stderr
	out, err := cmd.Output()
	if err != nil {
		return result{}, fmt.Errorf("%s %s: %v", parser, input, err)
	}
	var r result
	if err := json.Unmarshal(out, &r); err != nil {
		return result{}, fmt.Errorf("%s %s: %v in %q", parser, input, err, out)
	}
	return r, nil
}

// series runs each parser runs times, alternating them, and returns the
// results by parser.
func series(input string, roots []string, runs, workers int) (map[string][]result, error) {
	out := map[string][]result{}
	for range runs {
		for _, p := range []string{parserOld, parserNew} {
			r, err := runChild(p, input, roots, workers)
			if err != nil {
				return nil, err
			}
			out[p] = append(out[p], r)
		}
	}
	return out, nil
}

func corpusTable(roots []string, runs, workers int) bool {
	fmt.Printf("corpus: %s\n", strings.Join(roots, " "))
	fmt.Printf("workers: %d, runs: %d (each in a fresh process; medians shown, min–max for wall time)\n\n", workers, runs)
	res, err := series("", roots, runs, workers)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return false
	}
	o := res[parserOld][0]
	fmt.Printf("files: %d, lines: %d, bytes: %s\n\n", o.Files, o.Lines, mb(uint64(o.Bytes)))
	tw := newTable("parser", "wall", "min–max", "CPU", "files/s", "allocated", "peak heap", "peak RSS", "files w/ errors")
	med := map[string]result{}
	for _, p := range []string{parserOld, parserNew} {
		m := median(res[p])
		med[p] = m
		lo, hi := minMax(res[p])
		errs := strconv.Itoa(m.FilesWithErrors)
		if m.Panics > 0 {
			errs += fmt.Sprintf(" (+%d panics)", m.Panics)
		}
		tw.row(parserNames[p], secs(m.Wall), secs(lo)+"–"+secs(hi), secs(m.CPU),
			fmt.Sprintf("%.0f", float64(m.Files)/m.Wall.Seconds()),
			mb(m.Alloc), mb(m.PeakHeap), mb(m.PeakRSS), errs)
	}
	tw.print()
	verdict(med[parserOld], med[parserNew])
	return true
}

// verdict prints the ratios and whether the goal is met; timings are
// noisy, so the goal is reported, not enforced.
func verdict(o, n result) {
	tr := n.Wall.Seconds() / o.Wall.Seconds()
	ar := float64(n.Alloc) / float64(o.Alloc)
	fmt.Println()
	fmt.Printf("ratio new/old: wall %.2f (%.1f× faster), CPU %.2f, allocated %.2f, peak heap %.2f, peak RSS %.2f\n",
		tr, 1/tr, n.CPU.Seconds()/o.CPU.Seconds(), ar,
		float64(n.PeakHeap)/float64(o.PeakHeap), float64(n.PeakRSS)/float64(o.PeakRSS))
	word := "MET"
	if tr > 0.5 || ar > 1.0/3 {
		word = "NOT MET"
	}
	fmt.Printf("goal (wall ≤ 0.50, allocated ≤ 0.33): %s\n\n", word)
}

func syntheticTable(runs int) bool {
	fmt.Printf("synthetic inputs, one worker, runs: %d (medians)\n\n", runs)
	tw := newTable("input", "parser", "wall", "min–max", "CPU", "allocated", "peak heap", "peak RSS", "errors")
	for _, s := range synthetics {
		res, err := series(s.name, nil, runs, 1)
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			return false
		}
		for _, p := range []string{parserOld, parserNew} {
			m := median(res[p])
			lo, hi := minMax(res[p])
			errs := strconv.Itoa(m.FilesWithErrors)
			if m.Panics > 0 {
				errs = "panic"
			}
			tw.row(fmt.Sprintf("%s (%s, %s)", s.name, s.what, mb(uint64(m.Bytes))), parserNames[p],
				secs(m.Wall), secs(lo)+"–"+secs(hi), secs(m.CPU), mb(m.Alloc), mb(m.PeakHeap), mb(m.PeakRSS), errs)
		}
	}
	tw.print()
	fmt.Println()
	return true
}

// ---- the child ----

// measure parses the corpus (or one synthetic input) with one parser.
func measure(parser, input string, roots []string, workers int) (result, error) {
	var srcs [][]byte
	if input == "" {
		corpus, err := phpcorpus.Files(roots)
		files := phpcorpus.Paths(corpus)
		if err != nil {
			return result{}, err
		}
		for _, f := range files {
			b, err := os.ReadFile(f)
			if err != nil {
				return result{}, err
			}
			srcs = append(srcs, b)
		}
	} else {
		for _, s := range synthetics {
			if s.name == input {
				srcs = append(srcs, s.gen())
			}
		}
		if srcs == nil {
			return result{}, fmt.Errorf("no synthetic input %q", input)
		}
	}
	var r result
	r.Files = len(srcs)
	for _, b := range srcs {
		r.Bytes += len(b)
		r.Lines += bytes.Count(b, []byte{'\n'})
		if len(b) > 0 && b[len(b)-1] != '\n' {
			r.Lines++
		}
	}
	parse := parseNew
	if parser == parserOld {
		parse = parseOld
	}

	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	stop := make(chan struct{})
	peak := make(chan uint64)
	go samplePeakHeap(stop, peak)
	var next, withErrs, panics atomic.Int64
	var wg sync.WaitGroup
	cpu0 := procstat.CPU()
	start := time.Now()
	for range workers {
		wg.Go(func() {
			for {
				i := int(next.Add(1)) - 1
				if i >= len(srcs) {
					return
				}
				switch hadErrs, panicked := parse(srcs[i]); {
				case panicked:
					panics.Add(1)
				case hadErrs:
					withErrs.Add(1)
				}
			}
		})
	}
	wg.Wait()
	r.Wall = time.Since(start)
	r.CPU = procstat.CPU() - cpu0
	runtime.ReadMemStats(&after)
	close(stop)
	r.PeakHeap = <-peak
	r.Alloc = after.TotalAlloc - before.TotalAlloc
	r.FilesWithErrors = int(withErrs.Load())
	r.Panics = int(panics.Load())
	r.PeakRSS = procstat.PeakRSS()
	runtime.KeepAlive(srcs)
	return r, nil
}

func parseOld(src []byte) (hadErrs, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	n := 0
	_, err := vkparser.Parse(src, conf.Config{
		Version:          &version.Version{Major: 8, Minor: 1},
		ErrorHandlerFunc: func(*phperrors.Error) { n++ },
	})
	return n > 0 || err != nil, false
}

func parseNew(src []byte) (hadErrs, panicked bool) {
	defer func() {
		if recover() != nil {
			panicked = true
		}
	}()
	_, errs := phpsyntax.Parse("bench.php", "bench.php", src, phpsyntax.Options{Version: phpsyntax.Version{Major: 8, Minor: 2}})
	for _, e := range errs {
		if e.Kind == phpsyntax.ErrSyntax {
			return true, false
		}
	}
	return false, false
}

// samplePeakHeap reads the live heap every millisecond until stop closes,
// then sends the largest value seen.
func samplePeakHeap(stop <-chan struct{}, peak chan<- uint64) {
	s := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	var max uint64
	t := time.NewTicker(time.Millisecond)
	defer t.Stop()
	for {
		metrics.Read(s)
		if s[0].Value.Kind() == metrics.KindUint64 {
			if v := s[0].Value.Uint64(); v > max {
				max = v
			}
		}
		select {
		case <-stop:
			peak <- max
			return
		case <-t.C:
		}
	}
}

// ---- synthetic inputs ----

// oneLine is 4 MB of statements on a single line.
func oneLine() []byte {
	const size = 4 << 20
	var b bytes.Buffer
	b.Grow(size + 16)
	b.WriteString("<?php ")
	for b.Len() < size {
		b.WriteString("$a=1;")
	}
	return b.Bytes()
}

// manyFunctions is 100,000 small functions, about 7 MB.
func manyFunctions() []byte {
	var b bytes.Buffer
	b.Grow(7 << 20)
	b.WriteString("<?php\n")
	for i := range 100000 {
		fmt.Fprintf(&b, "function f%06d($a, $b = null) {\n\t$c = $a + $b;\n\treturn [$c, $a, $b];\n}\n", i)
	}
	return b.Bytes()
}

// ---- output ----

func median(rs []result) result {
	s := append([]result(nil), rs...)
	pick := func(less func(a, b result) bool) result {
		sort.Slice(s, func(i, j int) bool { return less(s[i], s[j]) })
		return s[len(s)/2]
	}
	m := pick(func(a, b result) bool { return a.Wall < b.Wall })
	m.CPU = pick(func(a, b result) bool { return a.CPU < b.CPU }).CPU
	m.Alloc = pick(func(a, b result) bool { return a.Alloc < b.Alloc }).Alloc
	m.PeakHeap = pick(func(a, b result) bool { return a.PeakHeap < b.PeakHeap }).PeakHeap
	m.PeakRSS = pick(func(a, b result) bool { return a.PeakRSS < b.PeakRSS }).PeakRSS
	return m
}

func minMax(rs []result) (lo, hi time.Duration) {
	lo, hi = rs[0].Wall, rs[0].Wall
	for _, r := range rs[1:] {
		lo, hi = min(lo, r.Wall), max(hi, r.Wall)
	}
	return lo, hi
}

func secs(d time.Duration) string { return fmt.Sprintf("%.3fs", d.Seconds()) }

func mb(n uint64) string { return fmt.Sprintf("%.1f MB", float64(n)/(1<<20)) }

type table struct{ rows [][]string }

func newTable(header ...string) *table { return &table{rows: [][]string{header}} }

func (t *table) row(cells ...string) { t.rows = append(t.rows, cells) }

func (t *table) print() {
	width := make([]int, len(t.rows[0]))
	for _, r := range t.rows {
		for i, c := range r {
			width[i] = max(width[i], len([]rune(c)))
		}
	}
	for n, r := range t.rows {
		var b strings.Builder
		for i, c := range r {
			pad := width[i] - len([]rune(c))
			if i == 0 || i == 1 && t.rows[0][1] == "parser" {
				b.WriteString(c + strings.Repeat(" ", pad))
			} else {
				b.WriteString(strings.Repeat(" ", pad) + c)
			}
			if i < len(r)-1 {
				b.WriteString("  ")
			}
		}
		fmt.Println(strings.TrimRight(b.String(), " "))
		if n == 0 {
			total := 2 * (len(width) - 1)
			for _, w := range width {
				total += w
			}
			fmt.Println(strings.Repeat("-", total))
		}
	}
}
