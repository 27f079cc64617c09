// Command benchanalysis measures what a phpleak run costs against what
// parsing costs, on Debian's PHP packages. For each corpus it runs, each
// in a fresh child process:
//
//   - parse: phpleak's own discovery, reading, parsing and lowering to IR
//     (analyzer.Run with no rules), on every core;
//   - full: the whole analysis as `phpleak check` runs it (every rule,
//     the simulation), on every core;
//   - full, 1 job: the same with --jobs 1.
//
// It prints the wall time, CPU time and peak RSS (VmHWM) of each, the
// median of the runs, and checks the goals: the full analysis at most
// 1.25 times the parse on each corpus, MediaWiki under 300 MB, all the
// packages in one run under 700 MB. Run it through scripts/bench-analysis.
//
//	benchanalysis [-runs 3] [-corpus wordpress,symfony,mediawiki,all]
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"slices"
	"strings"
	"time"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/phpcorpus"
	"github.com/phpleak/phpleak/internal/procstat"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

// corpus is a named set of folders analyzed in one run.
type corpus struct {
	name  string
	paths []string
	limit uint64 // peak RSS goal in bytes; 0 for none
}

var corpora = []corpus{
	{"wordpress", []string{"/usr/share/wordpress"}, 0},
	{"symfony", []string{"/usr/share/php/Symfony"}, 0},
	{"mediawiki", []string{"/usr/share/mediawiki"}, 300 << 20},
	{"all", phpcorpus.Roots, 700 << 20},
}

// The modes a child measures.
const (
	modeParse = "parse"
	modeFull  = "full"
	modeFull1 = "full, 1 job"
)

var modes = []string{modeParse, modeFull, modeFull1}

// measurement is what a child reports.
type measurement struct {
	Wall     time.Duration
	CPU      time.Duration
	PeakRSS  uint64
	Files    int
	Lines    int
	Findings int
}

func main() {
	runs := flag.Int("runs", 3, "measurements per corpus and mode (the table shows the median)")
	only := flag.String("corpus", "", "comma-separated corpora to measure (default: wordpress,symfony,mediawiki,all)")
	child := flag.String("child", "", "internal: measure one mode on the paths given and print JSON")
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: benchanalysis [-runs N] [-corpus NAMES]\n\nNeeds: %s\n\n", phpcorpus.Install)
		flag.PrintDefaults()
	}
	flag.Parse()
	if *child != "" {
		m, err := measure(*child, flag.Args())
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(1)
		}
		json.NewEncoder(os.Stdout).Encode(m)
		return
	}
	if *runs < 1 {
		fmt.Fprintln(os.Stderr, "-runs must be at least 1")
		os.Exit(2)
	}
	selected := corpora
	if *only != "" {
		selected = nil
		for _, name := range strings.Split(*only, ",") {
			i := slices.IndexFunc(corpora, func(c corpus) bool { return c.name == name })
			if i < 0 {
				fmt.Fprintf(os.Stderr, "-corpus: no corpus %q (want wordpress, symfony, mediawiki or all)\n", name)
				os.Exit(2)
			}
			selected = append(selected, corpora[i])
		}
	}
	for _, c := range selected {
		for _, p := range c.paths {
			if _, err := os.Stat(p); err != nil {
				fmt.Fprintf(os.Stderr, "%s is missing (%s)\n", p, phpcorpus.Install)
				os.Exit(2)
			}
		}
	}
	if !table(selected, *runs) {
		os.Exit(1)
	}
}

// measure runs one mode in this process.
func measure(mode string, paths []string) (measurement, error) {
	cfg := analyzer.Config{Root: "/", Paths: paths, MinConfidence: analyzer.Medium}
	switch mode {
	case modeParse:
	case modeFull, modeFull1:
		cfg.Analyzers = rules.All()
		cfg.Confirm = sim.New().Confirm
		if mode == modeFull1 {
			cfg.Jobs = 1
		}
	default:
		return measurement{}, fmt.Errorf("unknown mode %q", mode)
	}
	cpu0, start := procstat.CPU(), time.Now()
	res, err := analyzer.Run(cfg)
	if err != nil {
		return measurement{}, err
	}
	return measurement{Wall: time.Since(start), CPU: procstat.CPU() - cpu0, PeakRSS: procstat.PeakRSS(),
		Files: res.Stats.Files, Lines: res.Stats.Lines, Findings: len(res.Findings)}, nil
}

// run measures one mode in a child process.
func run(mode string, paths []string) (measurement, error) {
	self, err := os.Executable()
	if err != nil {
		return measurement{}, err
	}
	var out, errb bytes.Buffer
	cmd := exec.Command(self, append([]string{"-child", mode}, paths...)...)
	cmd.Stdout, cmd.Stderr = &out, &errb
	if err := cmd.Run(); err != nil {
		return measurement{}, fmt.Errorf("%s: %v: %s", mode, err, errb.String())
	}
	var m measurement
	return m, json.Unmarshal(out.Bytes(), &m)
}

// median returns the run with the median wall time.
func median(ms []measurement) measurement {
	slices.SortFunc(ms, func(a, b measurement) int { return int(a.Wall - b.Wall) })
	return ms[len(ms)/2]
}

// table measures every corpus in every mode, prints the results and
// reports whether every goal is met.
func table(selected []corpus, runs int) bool {
	fmt.Printf("cores: %d, runs: %d (each in a fresh process; medians by wall time)\n\n", runtime.NumCPU(), runs)
	fmt.Printf("%-10s %-12s %8s %8s %9s %7s %9s %8s\n", "corpus", "mode", "wall", "CPU", "peak RSS", "files", "lines", "findings")
	ok := true
	var notes []string
	for _, c := range selected {
		got := map[string]measurement{}
		for _, mode := range modes {
			var ms []measurement
			for range runs {
				m, err := run(mode, c.paths)
				if err != nil {
					fmt.Fprintln(os.Stderr, err)
					return false
				}
				ms = append(ms, m)
			}
			m := median(ms)
			got[mode] = m
			findings := "-"
			if mode != modeParse {
				findings = fmt.Sprint(m.Findings)
			}
			fmt.Printf("%-10s %-12s %7.2fs %7.2fs %6.0f MB %7d %9d %8s\n", c.name, mode,
				m.Wall.Seconds(), m.CPU.Seconds(), float64(m.PeakRSS)/(1<<20), m.Files, m.Lines, findings)
		}
		parse, full := got[modeParse], got[modeFull]
		ratio := full.Wall.Seconds() / parse.Wall.Seconds()
		verdict := "met"
		if ratio > 1.25 {
			verdict, ok = "NOT MET", false
		}
		notes = append(notes, fmt.Sprintf("%s: full analysis %.2f× the parse (goal ≤ 1.25×): %s", c.name, ratio, verdict))
		if c.limit > 0 {
			verdict = "met"
			if full.PeakRSS > c.limit {
				verdict, ok = "NOT MET", false
			}
			notes = append(notes, fmt.Sprintf("%s: peak RSS %.0f MB (goal < %d MB): %s", c.name, float64(full.PeakRSS)/(1<<20), c.limit>>20, verdict))
		}
		if full.Findings != got[modeFull1].Findings {
			notes = append(notes, fmt.Sprintf("%s: %d findings with every core, %d with one job: the output depends on --jobs", c.name, full.Findings, got[modeFull1].Findings))
			ok = false
		}
	}
	fmt.Println()
	for _, n := range notes {
		fmt.Println(n)
	}
	return ok
}
