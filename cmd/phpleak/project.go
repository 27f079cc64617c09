package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/config"
	"github.com/phpleak/phpleak/gitdiff"
	"github.com/phpleak/phpleak/phpsyntax"
	"github.com/phpleak/phpleak/rules"
)

// projectFlags are the flags about the project around the code: its
// config file, baseline, suppressions and changed lines.
type projectFlags struct {
	config              string
	baseline            string
	noBaseline          bool
	reportUnusedIgnores bool
	diffBase            string

	set        map[string]bool // flags given on the command line
	file       *config.Config  // the config file read, if any
	severities map[string]analyzer.Severity
	baselineAt string // the baseline file to read or write ("" none)
}

func (pf *projectFlags) register(flags *flag.FlagSet) {
	flags.StringVar(&pf.config, "config", "", "read settings from `FILE` (default: phpleak.yaml or .phpleak.yaml in the working folder or a parent)")
	flags.StringVar(&pf.baseline, "baseline", "", "hide the known findings listed in `FILE` (default: "+analyzer.DefaultBaselineFile+" in the root when present; \"\" for none)")
	flags.BoolVar(&pf.noBaseline, "no-baseline", false, "read no baseline file")
	flags.BoolVar(&pf.reportUnusedIgnores, "report-unused-ignores", false, "report @phpleak-ignore comments that hide nothing (rule unused-ignore)")
	flags.StringVar(&pf.diffBase, "diff-base", "", "report only findings that touch lines changed since git `REV` (the whole project is still analyzed)")
	flags.StringVar(&pf.diffBase, "new-from-rev", "", "alias of --diff-base")
}

// loadProject reads the config file (or composer.json) and fills in the
// check flags the command line left unset. Flags win over the config;
// --exclude and --entry add to it.
func (cf *checkFlags) loadProject(paths *[]string, stderr io.Writer) error {
	pf := &cf.project
	if pf.set == nil {
		pf.set = map[string]bool{}
	}
	path := pf.config
	if !pf.set["config"] {
		wd, err := os.Getwd()
		if err != nil {
			return err
		}
		if path, err = config.Find(wd); err != nil {
			return err
		}
	} else if path == "" {
		return errors.New("--config: want a file name")
	}
	if path != "" {
		c, err := config.Load(path, ruleIDList())
		if err != nil {
			return err
		}
		pf.file = c
		cf.applyConfig(c, paths)
	}
	if cf.root == "" && pf.file != nil {
		cf.root = pf.file.Dir // the project root: report paths and the baseline are relative to it
	}
	root := cf.root
	if root == "" {
		root = "."
	}
	comp, err := config.ReadComposer(root)
	if err != nil {
		versionSet := pf.set["php-version"] || pf.file != nil && pf.file.PHPVersion != ""
		if len(*paths) == 0 || !versionSet {
			return err // it would decide the paths or the PHP version
		}
		// only its test paths were wanted: go on without them
		say(stderr, "phpleak: warning: %v; its test paths are not skipped\n", err)
	}
	if comp != nil && len(*paths) == 0 {
		for _, p := range comp.Paths {
			*paths = append(*paths, filepath.Join(root, filepath.FromSlash(p)))
		}
	}
	switch {
	case pf.set["php-version"]:
		cf.phpFrom = "--php-version"
	case pf.file != nil && pf.file.PHPVersion != "":
		cf.phpFrom = "php-version in " + displayPath(pf.file.File)
	case comp != nil && comp.PHPVersion != "":
		if _, err := phpsyntax.ParseVersion(comp.PHPVersion); err == nil {
			cf.phpVersion = comp.PHPVersion
			cf.phpFrom = "composer.json requires php " + comp.PHPConstraint
		}
	}
	if cf.phpFrom == "" {
		cf.phpFrom = "the newest phpleak reads; set --php-version or composer.json's require.php"
	}
	// test code is skipped unless asked for: the flag wins over the config
	include := cf.includeTests
	if !pf.set["include-tests"] && pf.file != nil && pf.file.IncludeTests != nil {
		include = *pf.file.IncludeTests
	}
	if !include {
		cf.testExcludes = config.TestExcludes(comp)
		walk := *paths
		if len(walk) == 0 {
			walk = []string{root}
		}
		nested, err := config.NestedTestExcludes(root, walk)
		if err != nil {
			return err
		}
		cf.testExcludes = append(cf.testExcludes, nested...)
	}
	return nil
}

// reportScope says on stderr which test code was skipped by default, and
// (when analysed is set: where a summary line is printed too) what was
// analysed, in one line each.
func (cf *checkFlags) reportScope(stderr io.Writer, cfg analyzer.Config, res *analyzer.Result, analysed bool) {
	if len(res.TestsExcluded) > 0 {
		why := map[string]string{}
		for _, t := range cf.testExcludes {
			why[t.Pattern] = t.Why
		}
		var parts, whys []string
		for i, e := range res.TestsExcluded {
			if w := why[e.Pattern]; !slices.Contains(whys, w) {
				whys = append(whys, w)
			}
			switch {
			case i < maxListed:
				parts = append(parts, e.Path)
			case i == maxListed:
				parts = append(parts, fmt.Sprintf("and %d more", len(res.TestsExcluded)-i))
			}
		}
		slices.Sort(whys)
		from := strings.Join(whys, ", ")
		if !slices.Contains(whys, config.NoComposer) {
			from = "composer.json's " + from
		}
		say(stderr, "phpleak: excluded test code %s (%s); --include-tests to analyse it.\n", strings.Join(parts, ", "), from)
	}
	if !analysed {
		return
	}
	var shown []string
	for i, p := range cfg.Paths {
		if i == maxListed {
			shown = append(shown, fmt.Sprintf("and %d more", len(cfg.Paths)-i))
			break
		}
		shown = append(shown, displayPath(p))
	}
	say(stderr, "phpleak: analysed %s (%s) in %s as PHP %s (%s).\n",
		count(res.Stats.Files, "file"), count(res.Stats.Lines, "line"), strings.Join(shown, ", "), cfg.PHPVersion, cf.phpFrom)
	if lib := res.Stats.Library; lib.Loaded > 0 {
		say(stderr, "phpleak: read %d of the %s in vendor/ as library code (the ones the project names, --vendor).\n",
			lib.Loaded, count(lib.VendorFiles, "file"))
	} else if lib.Skipped > 0 {
		say(stderr, "phpleak: vendor/ not read; --vendor reads the files the project names as library code, to find stores that grow in a library (about 1.7 times the CPU).\n")
	}
}

// maxListed is how many paths a one-line message names.
const maxListed = 4

// applyConfig copies the config file's settings into the unset flags.
func (cf *checkFlags) applyConfig(c *config.Config, paths *[]string) {
	set := cf.project.set
	if len(*paths) == 0 {
		for _, p := range c.Paths {
			*paths = append(*paths, c.Resolve(p))
		}
	}
	cf.excludes = append(append(listFlag{}, c.Exclude...), cf.excludes...)
	cf.entries = append(append(listFlag{}, c.Entries...), cf.entries...)
	cf.boot = c.Boot
	cf.lifetimes = c.Lifetimes
	cf.shortTags = c.ShortOpenTag
	if c.PHPVersion != "" && !set["php-version"] {
		cf.phpVersion = c.PHPVersion
	}
	if c.FailOn != "" && !set["fail-on"] {
		cf.failOn = c.FailOn
	}
	if c.MinConfidence != "" && !set["min-confidence"] {
		cf.minConfidence = c.MinConfidence
	}
	cf.project.severities = map[string]analyzer.Severity{}
	for _, id := range slices.Sorted(maps.Keys(c.Rules)) {
		r := c.Rules[id]
		if r.Enabled != nil && !*r.Enabled && len(cf.enable) == 0 {
			cf.disable = append(cf.disable, id)
		}
		if r.Severity != "" {
			cf.project.severities[id] = r.Severity
		}
	}
}

// finishProject sets the engine options of the project flags: rule
// severities, suppressions, the baseline and changed lines.
func (cf *checkFlags) finishProject(cfg *analyzer.Config, writing bool) error {
	pf := &cf.project
	for i, a := range cfg.Analyzers {
		if sev, ok := pf.severities[a.ID]; ok {
			copied := *a
			copied.Severity = sev
			cfg.Analyzers[i] = &copied
		}
	}
	cfg.RuleIDs = ruleIDList()
	cfg.ReportUnusedIgnores = pf.reportUnusedIgnores
	switch {
	case pf.set["baseline"]:
		pf.baselineAt = pf.baseline
	case writing && pf.noBaseline:
		return errors.New("--no-baseline: phpleak baseline writes a baseline (name it with --baseline FILE)")
	case pf.noBaseline:
	case pf.file != nil && pf.file.Baseline != nil:
		if *pf.file.Baseline != "" {
			pf.baselineAt = pf.file.Resolve(*pf.file.Baseline)
		}
	default:
		def := filepath.Join(cfg.Root, analyzer.DefaultBaselineFile)
		if _, err := os.Stat(def); err == nil || writing {
			pf.baselineAt = def
		}
	}
	if pf.noBaseline && !writing {
		pf.baselineAt = ""
	}
	if writing {
		if pf.baselineAt == "" {
			return errors.New("--baseline: want a file name to write")
		}
		if pf.diffBase != "" {
			return errors.New("--diff-base: a baseline lists every finding; leave it out")
		}
		return nil
	}
	if pf.baselineAt != "" {
		b, err := analyzer.ReadBaseline(pf.baselineAt)
		if err != nil && errors.Is(err, fs.ErrNotExist) {
			return fmt.Errorf("--baseline: %s does not exist (write it with 'phpleak baseline')", pf.baselineAt)
		}
		if err != nil {
			return err
		}
		cfg.Baseline = b
	}
	if pf.diffBase != "" {
		c, err := gitdiff.Changed(cfg.Root, pf.diffBase)
		if err != nil {
			return err
		}
		cfg.Changed = c
	}
	return nil
}

// reportProject says on stderr what the baseline and the diff hid.
func (cf *checkFlags) reportProject(stderr io.Writer, res *analyzer.Result) {
	pf := &cf.project
	if b := res.Baseline; b != nil {
		if b.Hidden > 0 {
			say(stderr, "phpleak: %s hidden by the baseline %s.\n", count(b.Hidden, "known finding"), displayPath(pf.baselineAt))
		}
		if len(b.Stale) > 0 {
			n := 0
			for _, e := range b.Stale {
				n += e.Count
			}
			say(stderr, "phpleak: %s of the baseline %s match no finding any more (fixed or changed code); run 'phpleak baseline' to shrink it:\n",
				count(n, "entry"), displayPath(pf.baselineAt))
			for _, e := range b.Stale {
				say(stderr, "  %s: %s ×%d: %s\n", e.File, e.Rule, e.Count, e.Code)
			}
		}
	}
	if res.Unchanged > 0 {
		say(stderr, "phpleak: %s on lines not changed since %s not shown.\n", count(res.Unchanged, "finding"), pf.diffBase)
	}
}

// writeBaseline is the end of 'phpleak baseline'.
func (cf *checkFlags) writeBaseline(stderr io.Writer, res *analyzer.Result) int {
	b := analyzer.NewBaseline(res.Findings)
	if err := b.Write(cf.project.baselineAt); err != nil {
		say(stderr, "phpleak baseline: %v\n", err)
		return exitUsage
	}
	say(stderr, "phpleak: wrote %s (%s) to %s.\n", count(len(res.Findings), "finding"), count(len(b.Entries), "entry"), displayPath(cf.project.baselineAt))
	return exitOK
}

func runInit(args []string, stdout, stderr io.Writer) int {
	flags := flag.NewFlagSet("init", flag.ContinueOnError)
	flags.SetOutput(io.Discard)
	force := flags.Bool("force", false, "overwrite an existing config")
	if err := flags.Parse(args); err != nil || flags.NArg() > 0 {
		fmt.Fprintln(stderr, "usage: phpleak init [--force]   (writes phpleak.yaml in the working folder)")
		return exitUsage
	}
	wd, err := os.Getwd()
	if err != nil {
		say(stderr, "phpleak init: %v\n", err)
		return exitUsage
	}
	p, err := config.Init(wd, *force)
	if err != nil {
		say(stderr, "phpleak init: %v\n", err)
		return exitUsage
	}
	fmt.Fprintf(stdout, "phpleak: wrote %s; edit it, then run phpleak check.\n", displayPath(p))
	return exitOK
}

func ruleIDList() []string {
	var ids []string
	for _, r := range rules.All() {
		ids = append(ids, r.ID)
	}
	return ids
}

// displayPath shows a path relative to the working folder when it is
// inside it.
func displayPath(p string) string {
	wd, err := os.Getwd()
	if err != nil {
		return p
	}
	abs, err := filepath.Abs(p)
	if err != nil {
		return p
	}
	if r, err := filepath.Rel(wd, abs); err == nil && !filepath.IsAbs(r) && r != ".." && !startsWithDotDot(r) {
		return filepath.ToSlash(r)
	}
	return p
}

func startsWithDotDot(r string) bool {
	return len(r) >= 3 && r[:3] == ".."+string(filepath.Separator)
}

func count(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	if word[len(word)-1] == 'y' {
		return fmt.Sprintf("%d %sies", n, word[:len(word)-1])
	}
	return fmt.Sprintf("%d %ss", n, word)
}
