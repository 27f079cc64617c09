package analyzer

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strings"
	"sync"
	"time"

	"github.com/phpleak/phpleak/internal/logsafe"
	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// DefaultMaxFileSize is the largest file analyzed; larger files are
// reported as skipped (generated code, dumps).
const DefaultMaxFileSize = 8 << 20

// Config says what to analyze and how.
type Config struct {
	Root     string   // paths are reported relative to it; "" is the working directory
	Paths    []string // files and folders, relative to the working directory; default "."
	Exts     []string // file name endings, e.g. ".php"
	Excludes []string // doublestar globs, relative to Root
	// TestExcludes are doublestar globs, anchored at Root, of test code
	// skipped by default (a folder or file named on the command line is
	// still analyzed); Result.TestsExcluded says what they skipped.
	TestExcludes []string
	Jobs         int               // parallel parsers; 0 means all cores
	PHPVersion   phpsyntax.Version // the zero Version is phpsyntax.Latest
	ShortTags    bool              // "<?" opens PHP code (short_open_tag=On)
	Analyzers    []*Analyzer
	MaxFileSize  int64
	// FileBudget is the most work a file may cost (DefaultFileBudget when
	// 0); a file over it is not analyzed, with an error of kind budget.
	FileBudget int64
	// SimBudget bounds the simulation steps of one rule's candidates in
	// one file (DefaultSimBudget when 0).
	SimBudget int64
	// MaxMemory, when set, is a ceiling in bytes on the process's memory:
	// reached, the rest of the run skips the simulation (and says so)
	// instead of growing until it is killed.
	MaxMemory int64
	// MinConfidence drops findings below it; "" keeps all.
	MinConfidence Confidence
	// Confirm, when set, checks each finding's Claim (the refcount
	// simulation, package sim): refuted findings are dropped, confirmed
	// ones get high confidence and the simulation's trace, and the others
	// lose one level of confidence.
	Confirm ConfirmFunc
	// Entries are methods ("Class::method", the class by fully qualified
	// or short name) that run once per request, job or message, beside
	// the ones rules recognise by themselves.
	Entries []string
	// Boot and Lifetimes correct the worker model: code that runs once
	// at boot, and classes that live for the process or one request
	// (see Pass).
	Boot      []string
	Lifetimes map[string]string
	// Progress, when set, is told where the run is: after each file
	// parsed, as each rule starts, after each candidate simulated.
	Progress func(Progress)

	// RuleIDs are all known rule IDs (run or not), to check the rules
	// that @phpleak-ignore comments name; empty skips the check.
	RuleIDs []string
	// ReportUnusedIgnores reports @phpleak-ignore comments that hide
	// nothing, as UnusedIgnore findings.
	ReportUnusedIgnores bool
	// Baseline, when set, hides the findings it lists.
	Baseline *Baseline
	// Changed, when set, keeps only findings that touch its lines.
	Changed *ChangedLines
	// Library turns on library code: the vendor/ files the project
	// names (and what they name) are read as library code (see
	// selectLibrary), whose stores the rules see but whose lines are
	// never a finding's place: a finding there is moved to the project's
	// call that leads to it, or dropped when none does. Off by default:
	// it costs a second run of the growth rules over the project and
	// that library code (about 1.7 times the CPU on MediaWiki).
	Library bool
	// libraryOnly marks the run of the rules over library code too: it
	// keeps only the findings placed in library code.
	libraryOnly bool
}

// Finding is a reported leak, in output form.
type Finding struct {
	Rule       string      `json:"rule"`
	Kind       Kind        `json:"kind"`
	Severity   Severity    `json:"severity"`
	Confidence Confidence  `json:"confidence"`
	File       string      `json:"file"`
	Line       int         `json:"line"`
	Column     int         `json:"column"`
	EndLine    int         `json:"endLine"`
	EndColumn  int         `json:"endColumn"`
	Message    string      `json:"message"`
	Trace      []TraceStep `json:"trace"`
	// Related are the other sites of the same leak (more writes to the
	// same growing store, more stores that close the same cycle).
	Related     []TraceStep `json:"related,omitempty"`
	Fingerprint string      `json:"fingerprint"`

	// Summary is Message without the fix; Fix is the fix hint alone.
	Summary string `json:"-"`
	Fix     string `json:"-"`
	// Source is the text of the finding's first line.
	Source string `json:"-"`
	// context is the whitespace-normalised finding line with the lines
	// before and after it.
	context string

	// codeHash identifies the finding's code for the baseline: rule,
	// file and the normalised line with its neighbours.
	codeHash string
	// leakKey is Diagnostic.LeakKey (see mergeSameLeak).
	leakKey string
}

// Stats describes a run.
type Stats struct {
	Files           int `json:"files"`
	Lines           int `json:"lines"`
	FilesWithErrors int `json:"filesWithErrors"`
	// Library says how much vendor/ code was read as library code.
	Library LibraryStats `json:"-"`
}

// The phases of a run, as Progress names them.
const (
	PhaseParsing  = "parsing"  // Done and Total count files
	PhaseIndexing = "indexing" // the facts rules share (the worker model); Done counts the rules prepared
	PhaseRules    = "rules"    // Done counts the rules finished, Total the rules; Rule runs now
)

// Progress is where a run is, for a progress line.
type Progress struct {
	Phase       string
	Done, Total int
	Rule        string // PhaseRules: the rule running
	Simulated   int    // PhaseRules: candidates simulated so far, in every rule
}

// Result is everything a run produced, sorted and deduplicated.
type Result struct {
	Findings []Finding
	Errors   []FileError
	Stats    Stats

	// Suppressed counts findings hidden by @phpleak-ignore comments.
	Suppressed int
	// Baseline says what Config.Baseline hid; nil without one.
	Baseline *BaselineResult
	// Unchanged counts findings hidden because they touch no line of
	// Config.Changed.
	Unchanged int
	// TestsExcluded are the folders and files Config.TestExcludes
	// skipped, sorted.
	TestsExcluded []Excluded
	// Timings say where the run's time went: the phases in order, then
	// each rule (its Run, with the simulation of its candidates). Wall
	// time, different on every run: never part of a report.
	Timings []Timing `json:"-"`
}

// Timing is the wall time of one phase or rule of a run.
type Timing struct {
	Name string // a Phase, "rule <id>", or "total"
	Wall time.Duration
}

// Excluded is a folder or file a test exclusion skipped, and the
// pattern that did.
type Excluded struct {
	Path    string // relative to the root, '/'-separated
	Pattern string
}

// Run analyzes the configured paths. Problems with single files become
// Result.Errors; Run returns an error only when it cannot run at all.
func Run(cfg Config) (*Result, error) {
	if cfg.Root == "" {
		cfg.Root = "."
	}
	root, err := filepath.Abs(cfg.Root)
	if err != nil {
		return nil, fmt.Errorf("root folder: %w", err)
	}
	cfg.Root = root
	for _, g := range append(append([]string(nil), cfg.Excludes...), cfg.TestExcludes...) {
		if err := ValidateGlob(g); err != nil {
			return nil, err
		}
	}
	if len(cfg.Paths) == 0 {
		cfg.Paths = []string{"."}
	}
	if len(cfg.Exts) == 0 {
		cfg.Exts = []string{".php"}
	}
	if cfg.PHPVersion == (phpsyntax.Version{}) {
		cfg.PHPVersion = phpsyntax.Latest
	}
	if cfg.MaxFileSize == 0 {
		cfg.MaxFileSize = DefaultMaxFileSize
	}
	start := time.Now()
	sources, skipped, vendors, errs := discoverWithVendors(cfg.Root, cfg.Paths, cfg.Exts, cfg.Excludes, cfg.TestExcludes)
	var libStats LibraryStats
	if cfg.Library && len(vendors) > 0 {
		var lib []source
		libStart := time.Now()
		lib, libStats = selectLibrary(cfg.Root, vendors, cfg.Exts, sources)
		if os.Getenv("PHPLEAK_DEBUG") != "" {
			logsafe.Fprintf(os.Stderr, "phpleak: read %d of the %d files in vendor/ as library code (chosen in %s)\n", libStats.Loaded, libStats.VendorFiles, time.Since(libStart).Round(time.Millisecond))
		}
		sources = append(sources, lib...)
	} else if !cfg.Library {
		libStats.Skipped = len(vendors)
	}
	files, ignores, perrs := parseAll(sources, cfg)
	if libStats.Loaded > 0 {
		// (library files come after the project's, in discovery order;
		// their parse errors are not the project's)
		project := map[string]bool{}
		for _, s := range sources[:len(sources)-libStats.Loaded] {
			project[s.Path] = true
		}
		for _, f := range files {
			f.Library = !project[f.Path]
		}
		kept := perrs[:0]
		for _, e := range perrs {
			if project[e.File] || e.File == "" {
				kept = append(kept, e)
			}
		}
		perrs = kept
	}
	timings := []Timing{{PhaseParsing, time.Since(start)}}
	errs = append(errs, perrs...)
	if cfg.FileBudget == 0 {
		cfg.FileBudget = DefaultFileBudget
	}
	libPaths := map[string]bool{}
	for _, f := range files {
		if f.Library {
			libPaths[f.Path] = true
		}
	}
	files, berrs := overBudget(files, cfg.FileBudget)
	for _, e := range berrs {
		if !libPaths[e.File] {
			errs = append(errs, e) // (a library file over it is just not read)
		}
	}
	if os.Getenv("PHPLEAK_FILE_ORDER") == "reverse" {
		// a check of phpleak itself: what it finds must not depend on
		// the order it reads the files in (TestFileOrder)
		slices.Reverse(files)
	}

	res := &Result{Errors: errs, TestsExcluded: skipped}
	libLines := 0
	for _, f := range files {
		if f.Library {
			libLines += f.Lines
			continue
		}
		res.Stats.Lines += f.Lines
		res.Stats.Files++
	}
	res.Stats.Library = libStats
	defer tuneGC(res.Stats.Lines + libLines)()
	var project []*ir.File
	for _, f := range files {
		if !f.Library {
			project = append(project, f)
		}
	}
	findings, rerrs, ruleTimings := runAnalyzers(project, cfg)
	res.Errors = append(res.Errors, rerrs...)
	res.Timings = append(timings, ruleTimings...)
	if len(project) < len(files) {
		// Library code is a second run of the growth rules, over the
		// project and the library code it calls, that keeps only the
		// stores that grow in library code (moved to the project's calls
		// that fill them, see runOne): what the project's own code makes
		// of itself, its findings and its worker model, is the first
		// run's, as without library code. A finding of the second run
		// on a line where the first already reports one adds nothing.
		lib := cfg
		lib.libraryOnly = true
		lib.Analyzers = nil
		for _, a := range cfg.Analyzers {
			if a.Kind == Growth {
				lib.Analyzers = append(lib.Analyzers, a)
			}
		}
		libFindings, lerrs, libTimings := runAnalyzers(files, lib)
		at := map[string]bool{}
		for _, f := range findings {
			at[fmt.Sprintf("%s:%d", f.File, f.Line)] = true
		}
		for _, f := range libFindings {
			if !at[fmt.Sprintf("%s:%d", f.File, f.Line)] {
				findings = append(findings, f)
			}
		}
		res.Errors = append(res.Errors, lerrs...)
		for _, t := range libTimings {
			t.Name = "library " + t.Name
			res.Timings = append(res.Timings, t)
		}
	}
	defer func() { res.Timings = append(res.Timings, Timing{"total", time.Since(start)}) }()
	// The result pipeline: each step has one job.
	sortFindings(findings)
	findings = dedupe(findings)
	findings, res.Suppressed = suppress(findings, files, ignores, cfg)
	for _, f := range findings {
		if f.Confidence.Rank() >= cfg.MinConfidence.Rank() {
			res.Findings = append(res.Findings, f)
		}
	}
	sortFindings(res.Findings)
	res.Findings = mergeSameLeak(res.Findings)
	addSource(res.Findings, files)
	fingerprint(res.Findings)
	if cfg.Baseline != nil {
		res.Findings, res.Baseline = applyBaseline(res.Findings, cfg.Baseline, files, cfg)
	}
	if cfg.Changed != nil {
		res.Findings, res.Unchanged = filterChanged(res.Findings, cfg.Changed)
	}
	sortErrors(res.Errors)
	withErr := map[string]bool{}
	for _, e := range res.Errors {
		// a rule's internal error belongs to no file; a version note
		// is not an error
		if e.File != "" && e.Kind != ErrVersion {
			withErr[e.File] = true
		}
	}
	res.Stats.FilesWithErrors = len(withErr)
	return res, nil
}

// parseAll reads, parses and lowers files in parallel; the result keeps
// discovery order whatever the number of workers. It also returns each
// file's @phpleak-ignore comments.
func parseAll(sources []source, cfg Config) ([]*ir.File, fileIgnores, []FileError) {
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	jobs = max(1, min(jobs, len(sources)))
	type out struct {
		file    *ir.File
		ignores []*ignore
		errs    []FileError
	}
	results := make([]out, len(sources))
	next := make(chan int)
	var wg sync.WaitGroup
	var mu sync.Mutex
	done := 0
	for w := 0; w < jobs; w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			// (the files a worker parses share the chunks their nodes
			// are allocated from)
			arena := phpsyntax.NewArena()
			for i := range next {
				f, igs, errs := loadFile(sources[i], cfg, arena)
				results[i] = out{f, igs, errs}
				if cfg.Progress != nil {
					mu.Lock()
					done++
					cfg.Progress(Progress{Phase: PhaseParsing, Done: done, Total: len(sources)})
					mu.Unlock()
				}
			}
		}()
	}
	for i := range sources {
		next <- i
	}
	close(next)
	wg.Wait()
	var files []*ir.File
	ignores := fileIgnores{}
	var errs []FileError
	for _, r := range results {
		if r.file != nil {
			files = append(files, r.file)
			ignores[r.file] = r.ignores
		}
		errs = append(errs, r.errs...)
	}
	return files, ignores, errs
}

// loadFile reads and parses one file and scans it for @phpleak-ignore
// comments; a file that cannot be analyzed at all returns nil and says
// why.
func loadFile(s source, cfg Config, arena *phpsyntax.Arena) (*ir.File, []*ignore, []FileError) {
	info, err := os.Stat(s.Abs)
	if err != nil {
		return nil, nil, []FileError{{File: s.Path, Kind: ErrIO, Message: describeIOError(err)}}
	}
	if info.Size() > cfg.MaxFileSize {
		return nil, nil, []FileError{{File: s.Path, Kind: ErrSkipped,
			Message: fmt.Sprintf("file of %d bytes is over the size limit of %d bytes", info.Size(), cfg.MaxFileSize)}}
	}
	src, err := os.ReadFile(s.Abs)
	if err != nil {
		return nil, nil, []FileError{{File: s.Path, Kind: ErrIO, Message: describeIOError(err)}}
	}
	if int64(len(src)) > cfg.MaxFileSize { // grew since Stat
		return nil, nil, []FileError{{File: s.Path, Kind: ErrSkipped,
			Message: fmt.Sprintf("file of %d bytes is over the size limit of %d bytes", len(src), cfg.MaxFileSize)}}
	}
	if isBinary(src) {
		return nil, nil, []FileError{{File: s.Path, Kind: ErrSkipped, Message: "binary file (NUL bytes)"}}
	}
	f, errs := parseFile(s.Path, s.Abs, src, phpsyntax.Options{Version: cfg.PHPVersion, ShortTags: cfg.ShortTags, Arena: arena})
	if f == nil {
		return nil, nil, errs
	}
	return f, scanIgnores(f, src), errs
}

// isBinary looks for a NUL byte near the start of a file, as git does.
// Data after __halt_compiler(), as in a phar stub, does not count.
func isBinary(src []byte) bool {
	head := src[:min(len(src), 8000)]
	nul := bytes.IndexByte(head, 0)
	if nul < 0 {
		return false
	}
	return !bytes.Contains(bytes.ToLower(head[:nul]), []byte("__halt_compiler"))
}

// runAnalyzers runs the rules over all files: first each rule's Prepare,
// in order (the project-wide facts rules share: call sites, the worker
// model), then each rule's Run. A rule that panics does not stop the
// run: it keeps what it reported before the panic, and the panic
// becomes an internal error.
func runAnalyzers(files []*ir.File, cfg Config) ([]Finding, []FileError, []Timing) {
	start := time.Now()
	ix := NewIndex(files)
	decls := readManifests(cfg.Root, cfg.Paths, files)
	prog := newRuleProgress(cfg.Progress, len(cfg.Analyzers))
	if cfg.Confirm != nil && cfg.Progress != nil {
		confirm := cfg.Confirm
		cfg.Confirm = func(ix *Index, c *Claim) Verdict {
			v := confirm(ix, c)
			prog.simulated()
			return v
		}
	}
	mem := newMemWatch(cfg)
	defer mem.done()
	// (the other cores build the index's own facts meanwhile, for the
	// rules, when there are any)
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	if len(cfg.Analyzers) > 0 {
		defer ix.warm(jobs - 1)()
	}

	var findings []Finding
	var errs []FileError
	failed := make([]bool, len(cfg.Analyzers)) // in Prepare: its Run would fail the same way
	for i, a := range cfg.Analyzers {
		if a.Prepare == nil {
			continue
		}
		prog.preparing(i)
		if err := guard(a, func() { a.Prepare(newPass(a, files, ix, cfg, decls)) }); err != nil {
			errs = append(errs, *err)
			failed[i] = true
		}
	}
	timings := []Timing{{PhaseIndexing, time.Since(start)}}
	start = time.Now()
	// The rules run at once, one goroutine for the rules of each Kind
	// (up to jobs of them). The rules of a kind share one Pass.Own store,
	// made anew for each kind: they ask much the same questions of the
	// facts Prepare built, and what one rule finds depends only on the
	// rules of its kind before it, never on --jobs or timing. The
	// findings are put together in rule order.
	type ruleOut struct {
		findings []Finding
		errs     []FileError
		wall     time.Duration
	}
	outs := make([]ruleOut, len(cfg.Analyzers))
	var groups [][]int
	byKind := map[Kind]int{}
	for i, a := range cfg.Analyzers {
		if failed[i] {
			continue
		}
		g, ok := byKind[a.Kind]
		if !ok {
			g = len(groups)
			byKind[a.Kind] = g
			groups = append(groups, nil)
		}
		groups[g] = append(groups[g], i)
	}
	next := make(chan []int, len(groups))
	for _, g := range groups {
		next <- g
	}
	close(next)
	var wg sync.WaitGroup
	for range max(1, min(jobs, len(groups))) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for group := range next {
				own := &ownStore{m: map[string]any{}}
				for _, i := range group {
					a := cfg.Analyzers[i]
					prog.started(a.ID)
					ruleStart := time.Now()
					budget := newSimBudget(cfg, a.ID, mem)
					out, err := runOne(a, files, ix, cfg, decls, budget, own)
					o := &outs[i]
					o.findings = out
					if err != nil {
						o.errs = append(o.errs, *err)
					}
					o.errs = append(o.errs, budget.errors()...)
					o.wall = time.Since(ruleStart)
					prog.finished()
				}
			}
		}()
	}
	wg.Wait()
	timings = append(timings, Timing{PhaseRules, time.Since(start)})
	for i, o := range outs {
		findings = append(findings, o.findings...)
		errs = append(errs, o.errs...)
		if !failed[i] {
			timings = append(timings, Timing{"rule " + cfg.Analyzers[i].ID, o.wall})
		}
	}
	return findings, append(errs, mem.errors()...), timings
}

// ruleProgress tells cfg.Progress where the rules are; rules running at
// once share it.
type ruleProgress struct {
	mu     sync.Mutex
	report func(Progress)
	now    Progress
}

func newRuleProgress(report func(Progress), total int) *ruleProgress {
	return &ruleProgress{report: report, now: Progress{Phase: PhaseIndexing, Total: total}}
}

func (p *ruleProgress) update(f func(*Progress)) {
	if p.report == nil {
		return
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	f(&p.now)
	p.report(p.now)
}

func (p *ruleProgress) preparing(i int) {
	p.update(func(now *Progress) { now.Phase, now.Done = PhaseIndexing, i })
}

func (p *ruleProgress) started(rule string) {
	p.update(func(now *Progress) {
		if now.Phase != PhaseRules {
			now.Phase, now.Done = PhaseRules, 0
		}
		now.Rule = rule
	})
}

func (p *ruleProgress) finished() { p.update(func(now *Progress) { now.Done++ }) }

func (p *ruleProgress) simulated() { p.update(func(now *Progress) { now.Simulated++ }) }

// newPass is the pass a rule sees.
func newPass(a *Analyzer, files []*ir.File, ix *Index, cfg Config, decls []Declaration) *Pass {
	jobs := cfg.Jobs
	if jobs <= 0 {
		jobs = runtime.NumCPU()
	}
	return &Pass{Analyzer: a, Files: files, Index: ix, Entries: cfg.Entries, Boot: cfg.Boot, Lifetimes: cfg.Lifetimes, Declarations: decls, jobs: jobs}
}

// guard runs f, turning a panic into the rule's internal error.
func guard(a *Analyzer, f func()) (ferr *FileError) {
	defer func() {
		if r := recover(); r != nil {
			msg := fmt.Sprintf("rule %s panicked: %v; its findings may be incomplete (please report it)", a.ID, r)
			if os.Getenv("PHPLEAK_DEBUG") != "" {
				msg += "\n" + firstFrames(debug.Stack())
			}
			ferr = &FileError{Kind: ErrInternal, Message: msg}
		}
	}()
	f()
	return nil
}

func runOne(a *Analyzer, files []*ir.File, ix *Index, cfg Config, decls []Declaration, budget *simBudget, own *ownStore) (out []Finding, ferr *FileError) {
	confirm := cfg.Confirm
	pass := newPass(a, files, ix, cfg, decls)
	pass.own = own
	pass.report = func(d Diagnostic) {
		if d.Claim != nil && d.Claim.Required && confirm == nil {
			return // only the simulation can tell
		}
		if d.Claim != nil && confirm != nil && !d.Claim.Unsimulated {
			file := ""
			if d.File != nil {
				file = d.File.Path
			}
			var v Verdict // unknown, when a budget leaves it out
			d.Claim.Rule = a.ID
			if budget.allow(file) {
				v = confirm(ix, d.Claim)
				budget.spend(file, v.Steps)
			} else {
				v.Reason = "over the simulation's budget"
			}
			if d.Claim.Required && !v.Confirmed {
				if os.Getenv("PHPLEAK_DEBUG") != "" && d.File != nil {
					logsafe.Fprintf(os.Stderr, "phpleak: %s:%d: %s candidate needs the simulation, which did not confirm it: %s\n", d.File.Path, d.Pos.Line, a.ID, v.Reason)
				}
				return
			}
			switch {
			case v.Refuted:
				if os.Getenv("PHPLEAK_DEBUG") != "" && d.File != nil {
					logsafe.Fprintf(os.Stderr, "phpleak: %s:%d: %s candidate refuted by the simulation: %s\n", d.File.Path, d.Pos.Line, a.ID, v.Reason)
				}
				return // the simulation frees it: not a leak
			case v.Confirmed:
				d.Confidence = High
				if len(v.Trace) > 0 {
					d.Trace = v.Trace
				}
			default:
				if os.Getenv("PHPLEAK_DEBUG") != "" && d.File != nil {
					logsafe.Fprintf(os.Stderr, "phpleak: %s:%d: %s candidate unknown to the simulation: %s\n", d.File.Path, d.Pos.Line, a.ID, v.Reason)
				}
				d.Confidence = d.Confidence.lower()
			}
		}
		if d.MaxConfidence != "" && d.Confidence.Rank() > d.MaxConfidence.Rank() {
			d.Confidence = d.MaxConfidence
		}
		sev := a.Severity
		if d.Severity != "" {
			sev = d.Severity
		}
		f := Finding{
			Rule: a.ID, Kind: a.Kind, Severity: sev, Confidence: d.Confidence,
			Line: int(d.Pos.Line), Column: int(d.Pos.Col), EndLine: int(d.Pos.EndLine), EndColumn: int(d.Pos.EndCol),
			Summary: d.Message, Fix: d.Fix, Trace: d.Trace, leakKey: d.LeakKey,
		}
		if f.Confidence == "" {
			f.Confidence = High
		}
		if d.File != nil {
			f.File = d.File.Path
		}
		f.Message = d.Message
		if d.Fix != "" {
			f.Message += " Fix: " + d.Fix
		}
		if f.Trace == nil {
			f.Trace = []TraceStep{}
		}
		if cfg.libraryOnly && (d.File == nil || !d.File.Library) {
			return // the project's own: the first run's
		}
		if d.File != nil && d.File.Library {
			// never a finding in library code: at the project's call
			// that leads to it, with the library's store as a step
			if len(d.Via) == 0 {
				if os.Getenv("PHPLEAK_DEBUG") != "" {
					logsafe.Fprintf(os.Stderr, "phpleak: %s:%d: %s finding in library code that no project code leads to: dropped\n", d.File.Path, d.Pos.Line, a.ID)
				}
				return
			}
			var trace []TraceStep
			for i, v := range d.Via {
				msg := "the project's call that leads to it"
				if i > 0 {
					msg = "another project call that leads to it"
				}
				trace = append(trace, Step(v.File, v.Pos, "%s", msg))
			}
			trace = append(trace, Step(d.File, d.Pos, "in library code: %s", firstSentence(d.Message)))
			f.Trace = append(trace, f.Trace...)
			at := d.Via[0]
			f.File = at.File.Path
			f.Line, f.Column, f.EndLine, f.EndColumn = int(at.Pos.Line), int(at.Pos.Col), int(at.Pos.EndLine), int(at.Pos.EndCol)
			f.Summary = "Through library code (" + d.File.Path + "): " + f.Summary
			f.Message = "Through library code (" + d.File.Path + "): " + f.Message
			if f.leakKey == "" {
				f.leakKey = d.File.Path + ":" + fmt.Sprint(d.Pos.Line)
			}
		}
		out = append(out, f)
	}
	ferr = guard(a, func() { a.Run(pass) })
	return out, ferr
}

// firstFrames keeps the top of a stack trace, enough to locate a bug.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 16 {
		lines = lines[:16]
	}
	return strings.Join(lines, "\n")
}

// addSource fills Finding.Source from the files on disk (only files with
// findings are read again).
func addSource(findings []Finding, files []*ir.File) {
	abs := map[string]string{}
	for _, f := range files {
		abs[f.Path] = f.Abs
	}
	byFile := map[string][]int{}
	for i, f := range findings {
		byFile[f.File] = append(byFile[f.File], i)
	}
	for path, idx := range byFile {
		src, err := os.ReadFile(abs[path])
		if err != nil {
			continue
		}
		lines := strings.Split(string(src), "\n")
		line := func(l int) string {
			if l >= 1 && l <= len(lines) {
				return strings.TrimRight(lines[l-1], "\r")
			}
			return ""
		}
		for _, i := range idx {
			l := findings[i].Line
			findings[i].Source = line(l)
			findings[i].context = normalise(line(l-1)) + "\n" + normalise(line(l)) + "\n" + normalise(line(l+1))
		}
	}
}

func sortFindings(fs []Finding) {
	sort.SliceStable(fs, func(i, j int) bool {
		a, b := fs[i], fs[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Column != b.Column {
			return a.Column < b.Column
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		return a.Message < b.Message
	})
}

func dedupe(fs []Finding) []Finding {
	out := fs[:0]
	for i, f := range fs {
		if i > 0 {
			p := fs[i-1]
			if p.File == f.File && p.Line == f.Line && p.Column == f.Column && p.Rule == f.Rule && p.Message == f.Message {
				continue
			}
		}
		out = append(out, f)
	}
	return out
}

// CrossRuleKey starts a leak key that names the leak whichever rule finds
// it (an object that holds itself in a property, a growing static or
// global): findings of different rules with such a key merge too.
const CrossRuleKey = "self:"

// mergeSameLeak keeps one finding per leak: findings of the same rule
// with the same leak key (the same growing store, the same cycle), or of
// any rule with the same CrossRuleKey key, become one, with the others'
// sites as related locations (a second rule's finding at the same line
// adds nothing). The one kept is the surest (a warning over a note, then
// the higher confidence, then the first reported), at the place of the
// first of them: a cycle made per request is not hidden behind the same
// cycle made once at boot. Findings keep their order.
func mergeSameLeak(fs []Finding) []Finding {
	key := func(f Finding) string {
		if strings.HasPrefix(f.leakKey, CrossRuleKey) {
			return f.leakKey
		}
		return f.Rule + "\x00" + f.leakKey
	}
	surer := func(a, b Finding) bool { // a before b
		an, bn := a.Severity == SeverityNote, b.Severity == SeverityNote
		if an != bn {
			return bn
		}
		return a.Confidence.Rank() > b.Confidence.Rank()
	}
	groups := map[string][]int{}
	for i, f := range fs {
		if f.leakKey != "" {
			k := key(f)
			groups[k] = append(groups[k], i)
		}
	}
	var out []Finding
	for i, f := range fs {
		if f.leakKey == "" {
			out = append(out, f)
			continue
		}
		g := groups[key(f)]
		if g[0] != i {
			continue // merged into the group, at its first place
		}
		best := g[0]
		for _, j := range g[1:] {
			if surer(fs[j], fs[best]) {
				best = j
			}
		}
		kept := fs[best]
		for _, j := range g {
			if j == best {
				continue
			}
			o := fs[j]
			if o.File == kept.File && o.Line == kept.Line {
				continue // another rule's view of the same site
			}
			kept.Related = append(kept.Related, TraceStep{File: o.File, Line: o.Line, Message: "the same leak: " + firstSentence(o.Summary)})
		}
		out = append(out, kept)
	}
	for i := range out {
		if n := len(out[i].Related); n > 0 {
			also := fmt.Sprintf(" The same leak is made at %d other place", n)
			if n > 1 {
				also += "s"
			}
			out[i].Summary += also + " (related locations)."
			if out[i].Fix != "" {
				out[i].Message = out[i].Summary + " Fix: " + out[i].Fix
			} else {
				out[i].Message = out[i].Summary
			}
		}
	}
	return out
}

// firstSentence cuts s after its first sentence.
func firstSentence(s string) string {
	if i := strings.Index(s, ": "); i > 0 && i < 200 {
		return s[:i]
	}
	if i := strings.Index(s, ". "); i > 0 {
		return s[:i]
	}
	return s
}

// fingerprint gives each finding an ID that survives moving code up or
// down a file: a hash of the rule, the file and the whitespace-normalised
// text of the finding's line and the lines before and after it (no line
// numbers), plus the occurrence count of that key. The key alone is the
// finding's codeHash, which the baseline counts.
func fingerprint(fs []Finding) {
	seen := map[string]int{}
	for i := range fs {
		f := &fs[i]
		key := f.Rule + "\x00" + f.File + "\x00" + f.context
		sum := sha256.Sum256([]byte(key))
		f.codeHash = hex.EncodeToString(sum[:8])
		n := seen[key]
		seen[key]++
		sum = sha256.Sum256([]byte(fmt.Sprintf("%s\x00%d", key, n)))
		f.Fingerprint = hex.EncodeToString(sum[:8])
	}
}

// normalise collapses runs of whitespace and trims the ends.
func normalise(s string) string { return strings.Join(strings.Fields(s), " ") }

func sortErrors(es []FileError) {
	sort.SliceStable(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Line != b.Line {
			return a.Line < b.Line
		}
		if a.Kind != b.Kind {
			return a.Kind < b.Kind
		}
		return a.Message < b.Message
	})
}
