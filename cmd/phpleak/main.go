// Command phpleak finds memory leaks in PHP code before they ship: reference
// cycles and unbounded growth that make long-running PHP workers grow until
// they are killed.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/config"
	"github.com/phpleak/phpleak/internal/atomicfile"
	"github.com/phpleak/phpleak/internal/logsafe"
	"github.com/phpleak/phpleak/phpsyntax"
	"github.com/phpleak/phpleak/report"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

// Exit codes.
const (
	exitOK       = 0
	exitFindings = 1
	exitUsage    = 2
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdout, os.Stderr))
}

const mainUsage = `phpleak finds memory leaks in PHP code: reference cycles and unbounded growth
that make long-running workers (Laravel Octane, RoadRunner, Swoole, FrankenPHP,
queue consumers, daemons) grow until they are killed.

Usage:
  phpleak check [flags] [path ...]   analyze files and folders (default: .)
  phpleak baseline [flags] [path ...]
                                     write the findings to phpleak-baseline.json
                                     so that check hides them (flags as for check)
  phpleak model [flags] [path ...]   print the worker model: what runs per request,
                                     at boot or once, and which classes live for the
                                     whole process, each with the declaration that says so
  phpleak init [--force]             write a commented phpleak.yaml
  phpleak rules                      list the rules
  phpleak explain RULE               show what a rule flags, with an example and its fix
  phpleak version                    print the version

Run 'phpleak help check' for the flags of check.

Exit codes: 0 no finding at or above --fail-on, 1 findings, 2 usage or fatal error.
`

// run is the command line. Everything it prints goes through
// logsafe.Writer: under GitHub Actions no line can start a workflow
// command it does not mean to write.
func run(args []string, stdout, stderr io.Writer) int {
	so, se := logsafe.Writer(stdout), logsafe.Writer(stderr)
	defer so.Flush()
	defer se.Flush()
	return dispatch(args, so, se)
}

func dispatch(args []string, stdout, stderr io.Writer) int {
	if len(args) == 0 {
		fmt.Fprint(stderr, mainUsage)
		return exitUsage
	}
	switch cmd, rest := args[0], args[1:]; cmd {
	case "check":
		return runCheck(rest, stdout, stderr)
	case "baseline":
		return runCheckMode(rest, stdout, stderr, modeBaseline)
	case "model":
		return runCheckMode(rest, stdout, stderr, modeModel)
	case "init":
		return runInit(rest, stdout, stderr)
	case "rules":
		if len(rest) > 0 {
			say(stderr, "phpleak rules: unexpected argument %q (usage: phpleak rules)\n", rest[0])
			return exitUsage
		}
		if err := report.RuleTable(stdout, rules.All()); err != nil {
			say(stderr, "phpleak: %v\n", err)
			return exitUsage
		}
		return exitOK
	case "explain":
		return runExplain(rest, stdout, stderr)
	case "version", "--version", "-version":
		fmt.Fprintln(stdout, currentBuild())
		return exitOK
	case "help", "-h", "-help", "--help":
		if len(rest) > 0 && rest[0] == "check" {
			return runCheck([]string{"-h"}, stdout, stderr)
		}
		fmt.Fprint(stdout, mainUsage)
		return exitOK
	default:
		say(stderr, "phpleak: unknown command %q\n\n", cmd)
		fmt.Fprint(stderr, mainUsage)
		return exitUsage
	}
}

func runExplain(args []string, stdout, stderr io.Writer) int {
	if len(args) != 1 {
		fmt.Fprintln(stderr, "usage: phpleak explain RULE   (phpleak rules lists them)")
		return exitUsage
	}
	r := rules.ByID(args[0])
	if r == nil {
		say(stderr, "phpleak: no rule %q; known rules: %s\n", args[0], ruleIDs())
		return exitUsage
	}
	if err := report.Explain(stdout, r); err != nil {
		say(stderr, "phpleak: %v\n", err)
		return exitUsage
	}
	return exitOK
}

func ruleIDs() string {
	var ids []string
	for _, r := range rules.All() {
		ids = append(ids, r.ID)
	}
	return strings.Join(ids, ", ")
}

// listFlag collects a repeatable flag; values may also be comma-separated.
type listFlag []string

func (l *listFlag) String() string { return strings.Join(*l, ",") }
func (l *listFlag) Set(v string) error {
	for _, s := range strings.Split(v, ",") {
		if s = strings.TrimSpace(s); s != "" {
			*l = append(*l, s)
		}
	}
	return nil
}

type checkFlags struct {
	format        string
	output        string
	failOn        string
	minConfidence string
	jobs          int
	phpVersion    string
	shortTags     bool
	excludes      listFlag
	exts          listFlag
	disable       listFlag
	enable        listFlag
	root          string
	trace         bool
	showErrors    bool
	fileBudget    int64
	maxMemory     string
	includeTests  bool
	vendor        bool
	testExcludes  []config.TestExclude
	phpFrom       string // where the PHP version comes from, for messages
	noProgress    bool
	noSim         bool
	entries       listFlag
	boot          []string
	lifetimes     map[string]string
	project       projectFlags
	category      string
	summary       string
	cpuProfile    string
	timings       bool
	memProfile    string
}

const checkUsage = `Usage: phpleak check [flags] [path ...]

Analyzes the PHP files under each path (default: the config's paths,
composer.json's autoload paths, or the current folder) and reports
reference cycles and unbounded growth. vendor/, node_modules/ and .git/
are skipped unless named explicitly, and so is test code: composer.json's
autoload-dev and exclude-from-classmap paths (without a composer.json,
folders named tests or Tests); --include-tests analyses it. With
--vendor, the vendor/ files the project's code names (and what they name
in turn) are read as library code: a store that grows in a library is
reported at the project's call that fills it, never in vendor/ (off by
default: it takes about 1.7 times the CPU). Flags may come before or after the
paths.

Examples:
  phpleak check src/
  phpleak check --format json --output phpleak.json .
  phpleak check --exclude 'tests/**' --exclude '**/*.tpl.php' app/ src/
  phpleak check --disable loop-accumulation --min-confidence high src/
  phpleak check --fail-on never .      # report, but always exit 0

Flags:
`

const modelUsage = `Usage: phpleak model [--format text|json] [flags of check] [path ...]

Prints the worker model phpleak judges findings by: which functions run per
request, message, job or connection (with the declaration that says so:
an event subscription, an attribute, a route, a server callback, a worker
loop), which run once at boot or in a one-shot command, and which classes
live for the whole process or for one request. Functions it does not list
have an unknown phase.

Correct it in phpleak.yaml:
  entries:   [App\Kernel::handle]        runs per request
  boot:      [App\Kernel::loadPlugins]   runs once at boot
  lifetimes: {App\Registry: process}     lives for the process (or: request)

Example:
  phpleak model src/
  phpleak model --format json . > model.json
`

func runCheck(args []string, stdout, stderr io.Writer) int {
	return runCheckMode(args, stdout, stderr, modeCheck)
}

// checkMode says what runCheckMode does with the analysis.
type checkMode int

const (
	modeCheck    checkMode = iota
	modeBaseline           // write the findings to the baseline file
	modeModel              // print the worker model instead of findings
)

// runCheckMode runs check; 'phpleak baseline' analyzes the same way and
// writes the findings to the baseline file; 'phpleak model' reads the
// same project and prints the worker model.
func runCheckMode(args []string, stdout, stderr io.Writer, mode checkMode) int {
	writing := mode == modeBaseline
	var cf checkFlags
	flags := flag.NewFlagSet("check", flag.ContinueOnError)
	flags.SetOutput(io.Discard) // errors are printed below, help on stdout
	flags.Usage = func() {}
	flags.StringVar(&cf.format, "format", "text", "output `FORMAT`: "+strings.Join(report.Formats, ", "))
	flags.StringVar(&cf.output, "output", "", "write the report to `FILE` instead of standard output; the summary goes to standard error")
	flags.StringVar(&cf.failOn, "fail-on", "warning", "exit 1 when a finding has this `SEVERITY` or higher: error, warning, note, never")
	flags.StringVar(&cf.minConfidence, "min-confidence", "medium", "report findings with at least this `CONFIDENCE`: high, medium, low")
	flags.IntVar(&cf.jobs, "jobs", runtime.NumCPU(), "run `N` things at once: files parsed, and the cycle and growth rules beside each other (default: the number of CPUs; the output is the same for any N)")
	flags.StringVar(&cf.phpVersion, "php-version", config.DefaultPHPVersion, "PHP `VERSION` of the code: 5.0–5.6, 7.0–7.4 or 8.0–"+phpsyntax.Latest.String())
	flags.Var(&cf.excludes, "exclude", "skip files and folders matching `GLOB`, relative to --root (** allowed; a bare name matches anywhere; repeatable)")
	flags.Var(&cf.exts, "ext", "analyze files with these `EXTENSIONS`, comma-separated (default php)")
	flags.Var(&cf.disable, "disable", "turn off `RULES` (comma-separated or repeated)")
	flags.Var(&cf.enable, "enable", "run only `RULES` (comma-separated or repeated)")
	flags.StringVar(&cf.root, "root", "", "report paths relative to `DIR` (default: the working directory)")
	flags.BoolVar(&cf.trace, "trace", false, "text format: print the steps that make each leak")
	flags.BoolVar(&cf.vendor, "vendor", false, "read the vendor/ files the project names as library code, so that stores growing in a library are found at the project's calls that fill them (off by default: on MediaWiki it takes about 1.7 times the CPU)")
	flags.BoolVar(&cf.includeTests, "include-tests", false, "also analyse test code, skipped by default: composer.json's autoload-dev and exclude-from-classmap paths (without a composer.json, folders named tests or Tests)")
	flags.Int64Var(&cf.fileBudget, "file-budget", analyzer.DefaultFileBudget, "the most `UNITS` of work one file may cost (its IR nodes, and 20 per function); a file over it is not analyzed and listed as an error")
	flags.StringVar(&cf.maxMemory, "max-memory", "", "a memory `SIZE` (e.g. 700M, 2G) at which the run stops simulating candidates, and says so, instead of growing until it is killed")
	flags.BoolVar(&cf.showErrors, "show-errors", false, "text format: list every parse and read error (default: the first of each file, and a count)")
	flags.Var(&cf.entries, "entry", "a method that runs once per request, job or message, as `CLASS::METHOD` (repeatable), beside those the worker model finds in framework declarations ('phpleak model' lists them)")
	flags.BoolVar(&cf.noSim, "no-sim", false, "report the rules' candidates without checking them in the refcount simulation")
	flags.BoolVar(&cf.noProgress, "no-progress", false, "never show the progress line (it is shown only when standard error is a terminal)")
	flags.StringVar(&cf.category, "category", "", "SARIF: the analysis `CATEGORY` (automationDetails.id), to tell apart several uploads for one commit")
	flags.StringVar(&cf.summary, "summary", "", "also write a Markdown summary to `FILE` (e.g. \"$GITHUB_STEP_SUMMARY\")")
	flags.StringVar(&cf.cpuProfile, "cpu-profile", "", "write a CPU profile of the analysis to `FILE` (for `go tool pprof`; attach it to a report of a slow run)")
	flags.BoolVar(&cf.timings, "timings", false, "print where the time went to standard error: each phase and each rule, in wall time (attach it to a report of a slow run)")
	flags.StringVar(&cf.memProfile, "mem-profile", "", "write a heap profile, taken when the analysis ends, to `FILE` (for `go tool pprof`)")
	cf.project.register(flags)
	paths, err := parseInterspersed(flags, args)
	if err != nil {
		if errors.Is(err, flag.ErrHelp) {
			if mode == modeModel {
				fmt.Fprint(stdout, modelUsage)
				return exitOK
			}
			printCheckUsage(stdout, flags)
			return exitOK
		}
		say(stderr, "phpleak check: %v\nRun 'phpleak check -h' for usage.\n", err)
		return exitUsage
	}
	cf.project.set = map[string]bool{}
	flags.Visit(func(f *flag.Flag) { cf.project.set[f.Name] = true })
	if err := cf.loadProject(&paths, stderr); err != nil {
		say(stderr, "phpleak check: %v\n", err)
		return exitUsage
	}
	cfg, failOn, err := cf.config(paths)
	if err == nil {
		err = cf.finishProject(&cfg, writing)
	}
	if err != nil {
		say(stderr, "phpleak check: %v\n", err)
		return exitUsage
	}
	if !cf.noProgress && isTerminal(stderr) && os.Getenv("TERM") != "dumb" {
		cfg.Progress = progressPrinter(stderr)
	}
	if mode == modeModel {
		return printModel(cfg, cf.format, stdout, stderr)
	}
	stopProfile, perr := startProfiles(cf.cpuProfile, cf.memProfile)
	if perr != nil {
		say(stderr, "phpleak check: %v\n", perr)
		return exitUsage
	}
	res, err := analyzer.Run(cfg)
	if perr := stopProfile(); perr != nil {
		say(stderr, "phpleak check: %v\n", perr)
	}
	if cfg.Progress != nil {
		fmt.Fprint(stderr, "\r\033[K")
	}
	if err != nil {
		say(stderr, "phpleak check: %v\n", err)
		return exitUsage
	}
	if cf.timings {
		printTimings(stderr, res.Timings)
	}
	cf.reportScope(stderr, cfg, res, cf.format == "text" || cf.output != "" || writing)
	if writing {
		return cf.writeBaseline(stderr, res)
	}

	// a report file is written whole or not at all: a run killed midway
	// leaves the previous report, not a cut-off one
	out := stdout
	if lw, ok := stdout.(*logsafe.LineWriter); ok && cf.format == "github" {
		out = lw.Raw() // workflow commands, escaped by the format itself
	}
	var buf bytes.Buffer
	if cf.output != "" {
		out = &buf
	}
	opt := report.Options{Version: currentBuild().Version, Trace: cf.trace, Category: cf.category, ShowErrors: cf.showErrors}
	werr := report.Write(out, cf.format, res, opt)
	if werr == nil && cf.output != "" {
		if werr = atomicfile.WriteFile(cf.output, buf.Bytes(), 0o644); werr != nil {
			say(stderr, "phpleak check: cannot write report: %v\n", werr)
			return exitUsage
		}
	}
	if werr == nil && cf.summary != "" {
		werr = writeSummary(cf.summary, res, opt)
	}
	if werr != nil {
		say(stderr, "phpleak check: writing report: %v\n", werr)
		return exitUsage
	}
	if cf.output != "" {
		say(stderr, "phpleak: %s Report written to %s.\n", report.Summary(res), cf.output)
	}
	cf.reportProject(stderr, res)
	if res.Stats.Files == 0 && len(res.Errors) == 0 {
		say(stderr, "phpleak: warning: no %s files found under %s\n", strings.Join(extNames(cfg.Exts), ", "), strings.Join(cfg.Paths, ", "))
	}
	for _, f := range res.Findings {
		if failOn > 0 && f.Severity.Rank() >= failOn {
			return exitFindings
		}
	}
	return exitOK
}

// writeSummary appends the Markdown summary to file, as GitHub's
// $GITHUB_STEP_SUMMARY expects (other steps may have written to it), in
// one atomic replacement.
func writeSummary(file string, res *analyzer.Result, opt report.Options) error {
	var buf bytes.Buffer
	if err := report.Markdown(&buf, res, opt); err != nil {
		return err
	}
	return atomicfile.Append(file, buf.Bytes(), 0o644)
}

// printCheckUsage prints check's help, flags in the --name style that
// linters use.
func printCheckUsage(w io.Writer, flags *flag.FlagSet) {
	fmt.Fprint(w, checkUsage)
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	flags.VisitAll(func(f *flag.Flag) {
		name, usage := flag.UnquoteUsage(f)
		if name == "value" || name == "string" || name == "int" {
			name = "" // no placeholder given
		}
		def := ""
		switch f.Name {
		case "jobs", "ext": // described in the usage text
		default:
			if f.DefValue != "" && f.DefValue != "false" {
				def = fmt.Sprintf(" (default %s)", f.DefValue)
			}
		}
		fmt.Fprintf(tw, "  --%s %s\t%s%s\n", f.Name, name, usage, def)
	})
	tw.Flush()
	fmt.Fprintf(w, "\nRules: %s (phpleak rules describes them).\n", ruleIDs())
	fmt.Fprint(w, "Exit codes: 0 nothing at or above --fail-on, 1 findings, 2 usage or fatal error.\n")
}

// parseInterspersed parses flags that may appear before, between or after
// positional arguments, as users of linters expect; after "--" every
// argument is a path.
func parseInterspersed(flags *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := flags.Parse(args); err != nil {
			return nil, err
		}
		rest := flags.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil // the flag package ate the "--"
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional = append(positional, rest[0])
		args = rest[1:]
	}
}

// config validates flags and builds the engine configuration.
func (cf *checkFlags) config(paths []string) (analyzer.Config, int, error) {
	var cfg analyzer.Config
	if err := report.ValidFormat(cf.format); err != nil {
		return cfg, 0, fmt.Errorf("--format: %v", err)
	}
	failOn := 0
	if cf.failOn != "never" {
		sev, err := analyzer.ParseSeverity(cf.failOn)
		if err != nil {
			return cfg, 0, fmt.Errorf("--fail-on: %v (or never)", err)
		}
		failOn = sev.Rank()
	}
	minConf, err := analyzer.ParseConfidence(cf.minConfidence)
	if err != nil {
		return cfg, 0, fmt.Errorf("--min-confidence: %v", err)
	}
	v, err := phpsyntax.ParseVersion(cf.phpVersion)
	if err != nil {
		return cfg, 0, fmt.Errorf("--php-version: %v", err)
	}
	if cf.jobs < 1 {
		return cfg, 0, fmt.Errorf("--jobs must be at least 1, got %d", cf.jobs)
	}
	if cf.fileBudget < 1 {
		return cfg, 0, fmt.Errorf("--file-budget must be at least 1, got %d", cf.fileBudget)
	}
	maxMemory, err := parseSize(cf.maxMemory)
	if err != nil {
		return cfg, 0, fmt.Errorf("--max-memory: %v", err)
	}
	for _, g := range cf.excludes {
		if err := analyzer.ValidateGlob(g); err != nil {
			return cfg, 0, err
		}
	}
	selected, err := selectRules(cf.enable, cf.disable)
	if err != nil {
		return cfg, 0, err
	}
	root := cf.root
	if root == "" {
		if root, err = os.Getwd(); err != nil {
			return cfg, 0, err
		}
	} else if info, err := os.Stat(root); err != nil || !info.IsDir() {
		return cfg, 0, fmt.Errorf("--root %q is not a folder", cf.root)
	}
	if root, err = filepath.Abs(root); err != nil {
		return cfg, 0, err
	}
	var exts []string
	for _, e := range cf.exts {
		exts = append(exts, "."+strings.TrimPrefix(strings.ToLower(e), "."))
	}
	if len(exts) == 0 {
		exts = []string{".php"}
	}
	if len(paths) == 0 {
		paths = []string{"."}
	}
	// A path that does not exist is almost always a typo: say so rather
	// than report an empty, passing run.
	for _, p := range paths {
		if _, err := os.Stat(p); errors.Is(err, fs.ErrNotExist) {
			if _, lerr := os.Lstat(p); lerr == nil {
				return cfg, 0, fmt.Errorf("%s: broken symlink", p)
			}
			return cfg, 0, fmt.Errorf("%s: no such file or folder", p)
		}
	}
	if cf.output != "" {
		if info, err := os.Stat(filepath.Dir(cf.output)); err != nil || !info.IsDir() {
			return cfg, 0, fmt.Errorf("--output %q: folder %s does not exist", cf.output, filepath.Dir(cf.output))
		}
	}
	var tests []string
	for _, t := range cf.testExcludes {
		tests = append(tests, t.Pattern)
	}
	cfg = analyzer.Config{
		Root: root, Paths: paths, Exts: exts, Excludes: cf.excludes, TestExcludes: tests, Jobs: cf.jobs,
		PHPVersion: v, Analyzers: selected, MinConfidence: minConf, Library: cf.vendor,
		FileBudget: cf.fileBudget, MaxMemory: maxMemory,
	}
	if !cf.noSim {
		cfg.Confirm = sim.New().Confirm
	}
	for _, e := range cf.entries {
		if class, method, ok := strings.Cut(e, "::"); !ok || class == "" || method == "" {
			return cfg, 0, fmt.Errorf("--entry %q: want CLASS::METHOD, e.g. App\\Http\\Kernel::handle", e)
		}
	}
	cfg.Entries = cf.entries
	cfg.ShortTags = cf.shortTags
	cfg.Boot = cf.boot
	cfg.Lifetimes = cf.lifetimes
	return cfg, failOn, nil
}

func selectRules(enable, disable []string) ([]*analyzer.Analyzer, error) {
	for _, id := range append(append([]string{}, enable...), disable...) {
		if rules.ByID(id) == nil {
			return nil, fmt.Errorf("unknown rule %q; known rules: %s", id, ruleIDs())
		}
	}
	var out []*analyzer.Analyzer
	for _, r := range rules.All() {
		if len(enable) > 0 && !contains(enable, r.ID) {
			continue
		}
		if contains(disable, r.ID) {
			continue
		}
		out = append(out, r)
	}
	if len(out) == 0 {
		return nil, errors.New("--enable and --disable leave no rule to run")
	}
	return out, nil
}

// extNames turns [".php", ".inc"] into ["*.php", "*.inc"] for messages.
func extNames(exts []string) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = "*" + e
	}
	return out
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	info, err := f.Stat()
	return err == nil && info.Mode()&os.ModeCharDevice != 0
}

// progressPrinter redraws one status line at most ten times a second,
// naming the phase: files parsed, the facts rules share being built
// (the worker model), then the rules done and how many candidates the
// simulation has checked.
func progressPrinter(w io.Writer) func(analyzer.Progress) {
	var last time.Time
	phase := ""
	return func(p analyzer.Progress) {
		final := p.Phase == analyzer.PhaseParsing && p.Done == p.Total
		if p.Phase == phase && !final && time.Since(last) < 100*time.Millisecond {
			return
		}
		phase, last = p.Phase, time.Now()
		switch p.Phase {
		case analyzer.PhaseParsing:
			fmt.Fprintf(w, "\r\033[Kphpleak: parsing %d/%d files", p.Done, p.Total)
		case analyzer.PhaseIndexing:
			fmt.Fprintf(w, "\r\033[Kphpleak: indexing (call sites, worker model)")
		case analyzer.PhaseRules:
			noun := "candidates"
			if p.Simulated == 1 {
				noun = "candidate"
			}
			fmt.Fprintf(w, "\r\033[Kphpleak: rules %d/%d done, %d %s simulated", p.Done, p.Total, p.Simulated, noun)
		}
	}
}

// say prints a message on stderr (or w) through logsafe.Fprintf: paths,
// config values and baseline entries come from the repository, and must
// neither drive the terminal nor start a line of their own.
func say(w io.Writer, format string, args ...any) {
	logsafe.Fprintf(w, format, args...)
}

// parseSize reads a memory size: a number of bytes with an optional
// K, M or G suffix (powers of 1024; a trailing B or iB is allowed), ""
// for none.
func parseSize(s string) (int64, error) {
	if s == "" {
		return 0, nil
	}
	t := strings.TrimSuffix(strings.TrimSuffix(strings.ToUpper(strings.TrimSpace(s)), "B"), "I")
	shift := 0
	switch {
	case strings.HasSuffix(t, "K"):
		shift = 10
	case strings.HasSuffix(t, "M"):
		shift = 20
	case strings.HasSuffix(t, "G"):
		shift = 30
	}
	if shift > 0 {
		t = t[:len(t)-1]
	}
	n, err := strconv.ParseInt(t, 10, 64)
	if err != nil || n < 1 || n > (1<<62)>>shift {
		return 0, fmt.Errorf("invalid size %q: want a number of bytes with an optional K, M or G, e.g. 700M", s)
	}
	return n << shift, nil
}
