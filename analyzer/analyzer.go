// Package analyzer is phpleak's engine: it discovers PHP files, parses
// them, lowers each to a heap-effect IR, builds a project-wide index and
// runs rules over both. Rules are values of type Analyzer; they read a Pass
// and report Diagnostics, and know nothing of output formats.
package analyzer

import (
	"fmt"

	"github.com/phpleak/phpleak/ir"
)

// Kind is what a finding claims about memory.
type Kind string

const (
	// Cycle: garbage that refcounting alone never frees.
	Cycle Kind = "cycle"
	// Growth: memory reachable from a long-lived root that grows per
	// request, job or iteration.
	Growth Kind = "growth"
)

// Severity of a finding, as in SARIF levels.
type Severity string

const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityNote    Severity = "note"
)

// Rank orders severities: note < warning < error.
func (s Severity) Rank() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityNote:
		return 1
	}
	return 0
}

// ParseSeverity validates a severity name.
func ParseSeverity(s string) (Severity, error) {
	switch sv := Severity(s); sv {
	case SeverityError, SeverityWarning, SeverityNote:
		return sv, nil
	}
	return "", fmt.Errorf("invalid severity %q: want error, warning or note", s)
}

// Confidence says how sure phpleak is that a finding is a real leak.
type Confidence string

const (
	High   Confidence = "high"
	Medium Confidence = "medium"
	Low    Confidence = "low"
)

// Rank orders confidences: low < medium < high.
func (c Confidence) Rank() int {
	switch c {
	case High:
		return 3
	case Medium:
		return 2
	case Low:
		return 1
	}
	return 0
}

// lower is one confidence level down (low stays low).
func (c Confidence) lower() Confidence {
	switch c {
	case High, "":
		return Medium
	}
	return Low
}

// ParseConfidence validates a confidence name.
func ParseConfidence(s string) (Confidence, error) {
	switch c := Confidence(s); c {
	case High, Medium, Low:
		return c, nil
	}
	return "", fmt.Errorf("invalid confidence %q: want high, medium or low", s)
}

// Doc is a rule's documentation. One source feeds `phpleak explain`, the
// rule table and (later) SARIF rule help.
type Doc struct {
	Title   string // one line, no trailing period
	Text    string // what is flagged, why it leaks, what is not flagged
	Leaking string // PHP example that leaks
	Fixed   string // the same example, fixed
}

// Analyzer is one rule.
type Analyzer struct {
	ID       string // stable, kebab-case
	Kind     Kind
	Severity Severity // default severity
	Doc      Doc
	// Prepare, when set, builds the project-wide facts Run reads through
	// Pass.Shared. The runner calls every rule's Prepare, in rule order,
	// before any Run: the progress line tells the two phases apart, and
	// the time a rule's Run takes is its own. It reports nothing.
	// Run is then called for each rule, in rule order within its Kind;
	// the rules of different kinds run at the same time (see Pass.Own).
	Prepare func(*Pass)
	Run     func(*Pass)
}

// Pass is what a rule sees: every file's IR and the project index, and
// one way out, Report.
type Pass struct {
	Analyzer *Analyzer
	Files    []*ir.File
	Index    *Index
	// Entries are the user's per-request entry points ("Class::method").
	Entries []string
	// Boot lists code the user says runs once at boot ("Class::method",
	// "Class", "function"); Lifetimes maps classes to "process" or
	// "request". Both correct the worker model.
	Boot      []string
	Lifetimes map[string]string
	// Declarations are what frameworks' manifests beside the code say
	// about when functions run (see readManifests).
	Declarations []Declaration
	report       func(Diagnostic)
	// own is the store the rules of the pass's Kind share during their
	// Runs (see Own); nil in Prepare
	own *ownStore
	// jobs is how many things the run may do at once (see Aside)
	jobs int
}

// Report records a finding of the pass's rule.
func (p *Pass) Report(d Diagnostic) { p.report(d) }

// Intercept returns a copy of the pass whose Report hands each
// Diagnostic to f, with the original Report to pass it on (or not): a
// rule's findings can be judged by project-wide facts before they are
// recorded.
func (p *Pass) Intercept(f func(d Diagnostic, report func(Diagnostic))) *Pass {
	q := *p
	orig := p.report
	q.report = func(d Diagnostic) { f(d, orig) }
	return &q
}

// Shared returns the project-wide value stored under key, building it
// once per run: rules use it to share derived facts (call graphs,
// lifetimes) instead of each computing them again, best in Prepare (see
// Analyzer.Prepare). Safe for concurrent use; rules of different kinds
// read it at once, so what Run reads from it must not change (a memo a
// rule adds to belongs in Own).
func (p *Pass) Shared(key string, build func() any) any {
	return p.Index.memo(key, build)
}

// Own returns the value stored under key for the Run of this rule and
// of the rules of its Kind, building it once; ok is false in Prepare,
// which has no such store. Rules of different kinds run at the same
// time, so a fact that keeps adding to itself as it is asked (a memo)
// cannot be shared by all: each kind works on its own copy, made from the
// shared one once Prepare is over. What a rule finds then depends only on
// the rules of its kind that ran before it, whatever --jobs is.
func (p *Pass) Own(key string, build func() any) (v any, ok bool) {
	if p.own == nil {
		return nil, false
	}
	if v, ok := p.own.m[key]; ok {
		return v, true
	}
	v = build()
	p.own.m[key] = v
	return v, true
}

// Aside builds a value on another core, when the run has one (--jobs),
// while the caller goes on, and returns what waits for it; with one job
// it builds it before returning. Either way the value is the same, as
// long as build shares nothing the caller changes meanwhile: it works on
// copies taken before Aside is called, on the Index (safe for concurrent
// use) and on the IR, which nothing changes. A panic in build is raised
// again by the wait, in the caller's goroutine, where the rule's guard
// makes it an internal error.
func (p *Pass) Aside(build func() any) (wait func() any) {
	var v any
	var failed any
	run := func() {
		defer func() { failed = recover() }()
		v = build()
	}
	done := make(chan struct{})
	if p.jobs <= 1 {
		run()
		close(done)
	} else {
		go func() {
			defer close(done)
			run()
		}()
	}
	return func() any {
		<-done
		if failed != nil {
			panic(failed)
		}
		return v
	}
}

// ownStore is the store of one kind's Runs, shared by the copies
// Intercept makes of their passes.
type ownStore struct{ m map[string]any }

// Diagnostic is a rule's finding: plain data.
type Diagnostic struct {
	File       *ir.File
	Pos        ir.Pos
	Message    string // what leaks, where it is stored, why it is never freed
	Fix        string // how to fix it
	Confidence Confidence
	Trace      []TraceStep // the steps that make the leak, in order
	// Claim, when set, is what the finding asserts in a form the
	// simulation can check.
	Claim *Claim
	// Severity, when set, replaces the rule's default severity; MaxConfidence,
	// when set, caps the confidence even after the simulation confirms
	// the finding (a real cycle among objects that live for the whole
	// process is no leak, whatever the simulation says).
	Severity      Severity
	MaxConfidence Confidence
	// LeakKey names the leak itself (the growing store, the links of the
	// cycle): findings of one rule with the same key are one leak, reported
	// once with the other sites as related locations.
	LeakKey string
	// Via, for a finding whose place is library code (a vendor/ file read
	// as a library, see ir.File.Library), are the project's calls that
	// lead to it, first the one to report it at; with none, the finding
	// is dropped (library code the project does not reach).
	Via []Frame
}

// Frame is a place in a file.
type Frame struct {
	File *ir.File
	Pos  ir.Pos
}

// Claim is a finding's assertion for the simulation to check.
type Claim struct {
	Kind Kind
	// Func is the code to run: for a cycle, the function whose run
	// leaves the objects linked once its caller drops them; for growth,
	// the code that runs once per request, job or call.
	Func *ir.Func
	// Callers, for a cycle, are the functions that call Func (as far as
	// the index resolves them): if every one of them keeps the objects
	// reachable, they are never garbage.
	Callers []*ir.Func
	// For growth: the long-lived store that grows, the write that grows
	// it, and whether $this outlives the calls (a service) or is new
	// for each (a per-request object writing to a static).
	Place    Place
	Write    Node
	KeepThis bool
	// WriteFile, when set, is the file of Write, when that is not
	// Func's (a store in library code the project's code fills).
	WriteFile *ir.File
	// Loop, when set, is the request loop (in LoopFunc) to simulate:
	// the store is measured after each of its iterations. Class names
	// the object whose property Place is, for a service's property.
	Loop     *ir.Loop
	LoopFunc *ir.Func
	Class    string
	// Driver, when set, is the file body that makes LoopFunc's object
	// and calls LoopFunc: the loop is simulated from its start, so the
	// object has what the script made it with (services it shares).
	Driver *ir.Func
	// Owner, for a cycle, is the class of an object in the cycle whose
	// lifetime decides whether the cycle ever becomes garbage (the $this
	// of the method that makes it).
	Owner string
	// Kept, for a cycle, are the classes of the other objects in it that
	// the function did not make (injected services, properties it was
	// given): when one of them lives for the process, the cycle stays
	// reachable through it and never becomes garbage.
	Kept []string
	// Inner, for growth: the write appends to a list kept under a key
	// from a fixed set; the simulation measures what the lists hold, not
	// how many keys a few iterations happened to add.
	Inner bool
	// Required: report the finding only if the simulation confirms it
	// (the rule alone would have judged it bounded).
	Required bool
	// Unsimulated: the simulation cannot build this leak (closures a
	// PHP function makes that it does not run); the claim is for the
	// worker model's judgment only, and the finding keeps the rule's
	// confidence.
	Unsimulated bool
	// Rule is the ID of the rule that made the claim; the runner sets it.
	Rule string
}

// Verdict is the simulation's answer about a claim: confirmed (with the
// trace that makes the leak), refuted, or neither (unknown, with why).
type Verdict struct {
	Confirmed bool
	Refuted   bool
	Trace     []TraceStep
	Reason    string
	// Steps is the simulation work the verdict rests on, runs reused
	// from earlier claims included: what the claim costs the budget of
	// its file, the same whatever order claims come in.
	Steps int64
}

// ConfirmFunc checks a claim against the project.
type ConfirmFunc func(ix *Index, c *Claim) Verdict

// TraceStep is one step of a finding's evidence.
type TraceStep struct {
	File    string `json:"file"`
	Line    int    `json:"line"`
	Message string `json:"message"`
}

// Step builds a trace step at a position in a file.
func Step(f *ir.File, p ir.Pos, format string, args ...any) TraceStep {
	path := ""
	if f != nil {
		path = f.Path
	}
	return TraceStep{File: path, Line: int(p.Line), Message: fmt.Sprintf(format, args...)}
}
