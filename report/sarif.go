package report

import (
	"encoding/json"
	"fmt"
	"io"
	"net/url"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/owenrumney/go-sarif/v2/sarif"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/rules"
)

// DocumentedRules are the rules SARIF describes and docs/rules documents:
// every rule, and the pseudo-rules that report suppression comments.
func DocumentedRules() []*analyzer.Analyzer {
	all := append(rules.All(), analyzer.PseudoRules()...)
	sort.Slice(all, func(i, j int) bool { return all[i].ID < all[j].ID })
	return all
}

// InformationURI is phpleak's home page, as SARIF and the rule docs cite it.
const InformationURI = "https://github.com/phpleak/phpleak"

// DefaultCategory is SARIF's automationDetails.id when --category is not
// given.
const DefaultCategory = "phpleak/"

// RuleHelpURI is where a rule's generated documentation (docs/rules/ID.md)
// is published.
func RuleHelpURI(id string) string {
	return InformationURI + "/blob/main/docs/rules/" + id + ".md"
}

// srcRoot is the uriBaseId of every location: the project root (--root,
// or the working directory). Its absolute URI is left out on purpose, so
// the log holds no path of the machine that wrote it.
const srcRoot = "%SRCROOT%"

// fingerprintKey names phpleak's fingerprint in partialFingerprints; a
// new fingerprint algorithm gets a new version.
const fingerprintKey = "phpleak/v1"

// semver is the grammar of SemVer 2.0.0, for driver.semanticVersion.
var semver = regexp.MustCompile(`^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?(\+[0-9A-Za-z-]+(\.[0-9A-Za-z-]+)*)?$`)

// SARIF writes res as a SARIF 2.1.0 log for GitHub code scanning and other
// SARIF viewers: one run, the rules' documentation as rules[], one result
// per finding with its trace as a code flow, and file errors as tool
// execution notifications. Locations are relative to %SRCROOT%; output is
// identical for identical input (no timestamps, no absolute paths).
func SARIF(w io.Writer, res *analyzer.Result, opt Options) error {
	log, err := sarif.New(sarif.Version210)
	if err != nil {
		return err
	}
	log.AddRun(sarifRun(res, opt))
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(log)
}

func sarifRun(res *analyzer.Result, opt Options) *sarif.Run {
	ruleList := opt.Rules
	if ruleList == nil {
		ruleList = DocumentedRules()
	}
	ruleList = append([]*analyzer.Analyzer(nil), ruleList...)
	sort.Slice(ruleList, func(i, j int) bool { return ruleList[i].ID < ruleList[j].ID })
	driver := sarif.NewDriver("phpleak").WithInformationURI(InformationURI)
	driver.Rules = []*sarif.ReportingDescriptor{}
	if opt.Version != "" {
		driver.WithVersion(opt.Version)
		if semver.MatchString(opt.Version) {
			driver.WithSemanticVersion(opt.Version)
		}
	}
	index := map[string]int{}
	for _, r := range ruleList {
		index[r.ID] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRule(r))
	}
	// A finding of a rule the list lacks still needs a rule (GitHub
	// requires its descriptions and help) and a ruleIndex.
	for _, f := range res.Findings {
		if _, ok := index[f.Rule]; !ok {
			index[f.Rule] = len(driver.Rules)
			driver.Rules = append(driver.Rules, sarifRule(&analyzer.Analyzer{
				ID: f.Rule, Kind: f.Kind, Severity: f.Severity,
				Doc: analyzer.Doc{Title: "phpleak rule " + f.Rule, Text: "See `phpleak explain " + f.Rule + "`."},
			}))
		}
	}

	run := sarif.NewRun(*sarif.NewTool(driver))
	run.ColumnKind = "unicodeCodePoints" // columns count characters
	run.OriginalUriBaseIDs = map[string]*sarif.ArtifactLocation{
		srcRoot: sarif.NewArtifactLocation().WithDescriptionText("The root of the analyzed project (--root, or the working directory)."),
	}
	// the analysis's category for code scanning: what --category says,
	// or phpleak's own ("phpleak/": the category is what precedes the
	// last slash)
	category := opt.Category
	if category == "" {
		category = DefaultCategory
	}
	run.WithAutomationDetails(sarif.NewRunAutomationDetails().WithID(category))
	for _, f := range res.Findings {
		run.Results = append(run.Results, sarifResult(f, index[f.Rule]))
	}

	// one notification per file: code scanning lists each as a tool
	// error, and a file of unreadable syntax would otherwise add hundreds
	inv := sarif.NewInvocation().WithExecutionSuccess(true)
	for _, g := range groupErrors(res.Errors, false) {
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, sarifNotification(g))
	}
	run.AddInvocations(inv)
	return run
}

func sarifRule(r *analyzer.Analyzer) *sarif.ReportingDescriptor {
	rule := sarif.NewRule(r.ID).
		WithName(pascalCase(r.ID)).
		WithShortDescription(sarif.NewMultiformatMessageString(r.Doc.Title)).
		WithFullDescription(sarif.NewMultiformatMessageString(oneParagraph(r.Doc.Text))).
		WithHelpURI(RuleHelpURI(r.ID)).
		WithHelp(&sarif.MultiformatMessageString{
			Text:     ptr(ruleHelpText(r)),
			Markdown: ptr(ruleHelpMarkdown(r)),
		}).
		WithDefaultConfiguration(sarif.NewReportingConfiguration().WithLevel(string(r.Severity)))
	tags := []string{"memory", "leak", string(r.Kind)}
	if r.Kind != analyzer.Cycle && r.Kind != analyzer.Growth {
		tags = []string{"maintainability", string(r.Kind)} // the suppression comments' own rules
	}
	rule.Properties = sarif.Properties{
		"tags":             tags,
		"precision":        rulePrecision(r),
		"problem.severity": problemSeverity(r.Severity),
	}
	return rule
}

// problemSeverity maps a level to GitHub's problem.severity
// (error, warning, recommendation).
func problemSeverity(s analyzer.Severity) string {
	if s == analyzer.SeverityNote {
		return "recommendation"
	}
	return string(s)
}

func sarifResult(f analyzer.Finding, ruleIndex int) *sarif.Result {
	r := sarif.NewRuleResult(f.Rule).
		WithRuleIndex(ruleIndex).
		WithRank(resultRank(f.Confidence)).
		WithLevel(string(f.Severity)).
		WithMessage(sarif.NewTextMessage(resultMessage(f)))
	region := sarif.NewRegion()
	if f.Line > 0 {
		region.WithStartLine(f.Line)
		if f.EndLine >= f.Line {
			region.WithEndLine(f.EndLine)
		}
		if f.Column > 0 {
			region.WithStartColumn(f.Column)
			if f.EndColumn > 0 && (f.EndLine > f.Line || f.EndColumn > f.Column) {
				region.WithEndColumn(f.EndColumn)
			}
		}
	}
	r.AddLocation(sarif.NewLocationWithPhysicalLocation(
		sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(f.File)).WithRegion(region)))
	if f.Fingerprint != "" {
		r.WithPartialFingerPrints(map[string]interface{}{fingerprintKey: f.Fingerprint})
	}
	r.Properties = sarif.Properties{"kind": string(f.Kind), "confidence": string(f.Confidence)}

	// relatedLocations: the trace's places other than the finding's own
	// line (the other side of a cycle, the root that holds the growth).
	type place struct {
		file string
		line int
	}
	seen := map[place]bool{{f.File, f.Line}: true}
	for _, s := range append(append([]analyzer.TraceStep{}, f.Trace...), f.Related...) {
		p := place{s.File, s.Line}
		if s.File == "" || s.Line <= 0 || seen[p] {
			continue
		}
		seen[p] = true
		loc := traceLocation(s).WithId(len(r.RelatedLocations) + 1)
		r.AddRelatedLocation(loc)
	}
	if len(f.Trace) > 0 {
		tf := sarif.NewThreadFlow()
		for _, s := range f.Trace {
			tfl := sarif.NewThreadFlowLocation()
			if s.File != "" {
				tfl.WithLocation(traceLocation(s))
			} else {
				tfl.WithLocation(sarif.NewLocation().WithMessage(sarif.NewTextMessage(stepMessage(s))))
			}
			tf.AddLocation(tfl)
		}
		r.AddCodeFlow(sarif.NewCodeFlow().WithTextMessage(codeFlowMessage(f.Kind)).WithThreadFlows([]*sarif.ThreadFlow{tf}))
	}
	return r
}

func codeFlowMessage(k analyzer.Kind) string {
	if k == analyzer.Cycle {
		return "The stores that link the objects into a cycle."
	}
	return "The stores that make the memory grow."
}

func traceLocation(s analyzer.TraceStep) *sarif.Location {
	pl := sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(s.File))
	if s.Line > 0 {
		pl.WithRegion(sarif.NewRegion().WithStartLine(s.Line))
	}
	return sarif.NewLocationWithPhysicalLocation(pl).WithMessage(sarif.NewTextMessage(stepMessage(s)))
}

func stepMessage(s analyzer.TraceStep) string {
	if m := oneLine(s.Message); m != "" {
		return m
	}
	return "step"
}

// artifactLocation turns a reported path (relative to the root, with /
// separators) into a %SRCROOT%-relative URI reference. A file outside the
// root is reported with an absolute path: it gets a file: URI instead.
func artifactLocation(file string) *sarif.ArtifactLocation {
	if isAbs(file) {
		p := file
		if !strings.HasPrefix(p, "/") {
			p = "/" + p // C:/x → /C:/x
		}
		return sarif.NewArtifactLocation().WithUri((&url.URL{Scheme: "file", Path: p}).String())
	}
	return sarif.NewArtifactLocation().WithUri(relativeURI(file)).WithUriBaseId(srcRoot)
}

func isAbs(file string) bool {
	if strings.HasPrefix(file, "/") {
		return true
	}
	return len(file) >= 3 && file[1] == ':' && file[2] == '/' && unicode.IsLetter(rune(file[0]))
}

// relativeURI percent-encodes a relative path as a URI reference.
// url.URL prefixes "./" when the first segment holds a colon, which
// would otherwise read as a scheme.
func relativeURI(file string) string {
	return (&url.URL{Path: path.Clean(file)}).String()
}

func sarifNotification(g errorGroup) *sarif.Notification {
	e := g.first
	first, _, _ := strings.Cut(e.Message, "\n") // the rest: a stack under PHPLEAK_DEBUG
	label := errorLabel(e)
	text := fmt.Sprintf("%s: %s", label, oneLine(first))
	if g.count > 1 {
		text += fmt.Sprintf(" (the first of %d errors in this file; phpleak check --show-errors lists them)", g.count)
	}
	n := sarif.NewNotification().
		WithMessage(sarif.NewTextMessage(text)).
		WithDescriptor(sarif.NewReportingDescriptorReference().WithId(e.Kind))
	switch e.Kind {
	case analyzer.ErrInternal:
		n.WithLevel("error")
	case analyzer.ErrSkipped, analyzer.ErrVersion:
		n.WithLevel("note")
	default:
		n.WithLevel("warning")
	}
	if e.File != "" {
		pl := sarif.NewPhysicalLocation().WithArtifactLocation(artifactLocation(e.File))
		if e.Line > 0 {
			r := sarif.NewRegion().WithStartLine(e.Line)
			if e.Col > 0 {
				r.WithStartColumn(e.Col)
			}
			pl.WithRegion(r)
		}
		n.WithLocations([]*sarif.Location{sarif.NewLocationWithPhysicalLocation(pl)})
	}
	return n
}

// resultMessage is the finding's message with a capital first letter:
// code scanning takes its first sentence as the alert's title, and the
// fix follows.
func resultMessage(f analyzer.Finding) string {
	msg := f.Message
	if msg == "" {
		msg = f.Summary
	}
	msg = strings.TrimSpace(oneLine(msg))
	if msg == "" {
		return f.Rule + "."
	}
	r, n := utf8.DecodeRuneInString(msg)
	return string(unicode.ToUpper(r)) + msg[n:]
}

// pascalCase turns a rule ID (static-growth) into SARIF's friendly rule
// name (StaticGrowth).
func pascalCase(id string) string {
	var b strings.Builder
	for _, part := range strings.Split(id, "-") {
		if part == "" {
			continue
		}
		r, n := utf8.DecodeRuneInString(part)
		b.WriteRune(unicode.ToUpper(r))
		b.WriteString(part[n:])
	}
	return b.String()
}

// oneParagraph joins the hard-wrapped lines of doc text, keeping
// paragraph breaks.
func oneParagraph(text string) string {
	paras := strings.Split(strings.TrimSpace(text), "\n\n")
	for i, p := range paras {
		paras[i] = strings.Join(strings.Fields(p), " ")
	}
	return strings.Join(paras, "\n\n")
}

func ptr[T any](v T) *T { return &v }

// corpusScore is a rule's result on the runtime-labelled corpus.
type corpusScore struct{ Cases, Right int }

// rulePrecision is the SARIF precision (very-high, high, medium, low) a
// rule declares: what it measured on the runtime-labelled corpus
// (measuredPrecision), claimed only as far as the number of cases
// supports it. The corpus's cases were written alongside the rules, and
// programs phpleak has never seen score lower, so no rule claims
// very-high from it: high needs 20 cases at 95% or better, medium 5 at
// 80%. The suppression pseudo-rules check syntax: very-high.
func rulePrecision(r *analyzer.Analyzer) string {
	if r.Kind == analyzer.KindIgnore {
		return "very-high"
	}
	return precisionLevel(measuredPrecision[r.ID])
}

func precisionLevel(s corpusScore) string {
	if s.Cases == 0 {
		return "low" // never measured
	}
	p := float64(s.Right) / float64(s.Cases)
	switch {
	case p >= 0.95 && s.Cases >= 20:
		return "high"
	case p >= 0.8 && s.Cases >= 5:
		return "medium"
	}
	return "low"
}

// resultRank is a result's SARIF rank (0 to 100, higher first) from its
// confidence: code scanning and SARIF viewers sort by it.
func resultRank(c analyzer.Confidence) float32 {
	switch c {
	case analyzer.High:
		return 90
	case analyzer.Medium:
		return 60
	}
	return 30
}
