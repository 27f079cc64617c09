package analyzer

import (
	"bytes"
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/phpleak/phpleak/ir"
)

// IgnoreTag starts a suppression comment:
//
//	// @phpleak-ignore RULE[,RULE...] reason
//
// on the finding's line or the line above (also in # and /* */
// comments), or in the docblock of the class, method or function that
// holds the finding. There is no wildcard: a suppression names the rules
// it hides, so that a new rule's findings are never hidden unseen. A
// suppression needs a reason; one without (or naming an unknown rule)
// hides nothing and is reported under InvalidIgnore.
const IgnoreTag = "@phpleak-ignore"

// KindIgnore is the kind of the findings about suppression comments
// themselves (InvalidIgnore, UnusedIgnore).
const KindIgnore Kind = "ignore"

// InvalidIgnore reports a malformed @phpleak-ignore comment, or a
// comment with another @phpleak- directive. It is a
// pseudo-rule: it has docs and a severity, but no Run.
var InvalidIgnore = &Analyzer{
	ID:       "invalid-ignore",
	Kind:     KindIgnore,
	Severity: SeverityWarning,
	Doc: Doc{
		Title: "A @phpleak-ignore comment without a reason or with an unknown rule, or an unknown @phpleak- directive",
		Text: "A suppression must name the rules it hides (comma-separated, no wildcard) and say why the finding is not a leak. " +
			"A malformed one hides nothing, so the finding it meant to hide is still reported. " +
			"@phpleak-ignore is phpleak's only directive: another one (@phpleak-ignore-line, @phpleak-disable, a typo) is reported rather than silently doing nothing.",
		Leaking: "// @phpleak-ignore static-growth\nself::$routes[$name] = $route;",
		Fixed:   "// @phpleak-ignore static-growth bounded: one entry per route, registered at boot\nself::$routes[$name] = $route;",
	},
}

// UnusedIgnore reports a @phpleak-ignore comment that hides nothing
// (only with Config.ReportUnusedIgnores).
var UnusedIgnore = &Analyzer{
	ID:       "unused-ignore",
	Kind:     KindIgnore,
	Severity: SeverityWarning,
	Doc: Doc{
		Title: "A @phpleak-ignore comment that matches no finding",
		Text: "The code it suppressed was fixed or moved, or the rule no longer reports it: remove the comment so that it cannot hide a future leak. " +
			"Reported only with --report-unused-ignores, and only for rules that ran.",
		Leaking: "// @phpleak-ignore static-growth cleared by reset()\n$total = count($items);",
		Fixed:   "$total = count($items);",
	},
}

// PseudoRules are the rules phpleak reports about its own suppression
// comments; they have docs but no Run.
func PseudoRules() []*Analyzer { return []*Analyzer{InvalidIgnore, UnusedIgnore} }

// fileIgnores holds the @phpleak-ignore comments of each file of a run,
// found by a line scan when the file is read (see scanIgnores).
type fileIgnores map[*ir.File][]*ignore

// ignore is one @phpleak-ignore comment.
type ignore struct {
	line, col, endCol int // the tag's position
	rules             []string
	reason            string
	from, to          int    // the lines whose findings it hides
	problem           string // why it is malformed; "" when valid
	used              map[string]bool
}

// directivePrefix starts every phpleak directive; IgnoreTag is the only
// one. Any other (@phpleak-ignore-line, @phpleak-disable, a typo) is
// reported rather than silently doing nothing.
const directivePrefix = "@phpleak-"

// scanIgnores finds the @phpleak-ignore comments of a file, and comments
// with another @phpleak- directive, with a line scan (no parse): a file
// without the prefix costs one bytes.Contains.
func scanIgnores(f *ir.File, src []byte) []*ignore {
	if !bytes.Contains(src, []byte(directivePrefix)) {
		return nil
	}
	lines := strings.Split(string(src), "\n")
	for i := range lines {
		lines[i] = strings.TrimRight(lines[i], "\r")
	}
	var out []*ignore
	for i, line := range lines {
		// the first directive of the line ("@phpleak-" alone, as in
		// prose, is none)
		idx, name := -1, ""
		for from := 0; name == ""; {
			j := strings.Index(line[from:], directivePrefix)
			if j < 0 {
				break
			}
			idx = from + j
			name = directiveName(line[idx+1:])
			from = idx + len(directivePrefix)
		}
		if name == "" {
			continue
		}
		rest := line[idx+1+len(name):]
		prefix := line[:idx]
		trimmed := strings.TrimSpace(prefix)
		start, doc, block := i, false, false
		switch {
		case strings.Contains(prefix, "/*"):
			block, doc = true, strings.Contains(prefix, "/**")
		case strings.Contains(prefix, "//") || isHashComment(prefix):
		case trimmed == "" || strings.HasPrefix(trimmed, "*"):
			s, d, ok := blockStart(lines, i)
			if !ok {
				continue // not in a comment
			}
			start, doc, block = s, d, true
		default:
			continue // in code or a string
		}
		end := i
		if block {
			if j := strings.Index(rest, "*/"); j >= 0 {
				rest = rest[:j]
			} else {
				end = blockEnd(lines, i)
			}
		}
		var ig *ignore
		if "@"+name == IgnoreTag {
			ig = parseIgnore(rest)
		} else {
			ig = &ignore{used: map[string]bool{}, problem: fmt.Sprintf(
				"unknown directive @%s: it hides nothing; phpleak reads only // %s RULE[,RULE] reason, on the line or the line above the finding, or in the docblock of its function or class", name, IgnoreTag)}
		}
		ig.line = i + 1
		ig.col = utf8.RuneCountInString(prefix) + 1
		ig.endCol = utf8.RuneCountInString(line) + 1
		ig.from, ig.to = start+1, end+2 // the comment and the line after it
		if doc {
			if last := declAfter(f, lines, end); last > 0 {
				ig.to = last
			}
		}
		out = append(out, ig)
	}
	return out
}

// directiveName is the word a directive starts with in s (s starts
// after the "@"): letters, digits and dashes, e.g. "phpleak-ignore-line".
// It is "" when only the prefix is there.
func directiveName(s string) string {
	n := len(directivePrefix) - 1
	for n < len(s) && (s[n] == '-' || s[n] >= 'a' && s[n] <= 'z' || s[n] >= 'A' && s[n] <= 'Z' || s[n] >= '0' && s[n] <= '9') {
		n++
	}
	if n == len(directivePrefix)-1 {
		return ""
	}
	return s[:n]
}

// isHashComment reports whether a line's prefix opens a # comment (not a
// #[ attribute).
func isHashComment(prefix string) bool {
	for i := 0; i < len(prefix); i++ {
		if prefix[i] == '#' && (i+1 >= len(prefix) || prefix[i+1] != '[') {
			return true
		}
	}
	return false
}

// blockStart looks up from line i for the /* that opens the comment it
// is in; a */ on the way means it is in none.
func blockStart(lines []string, i int) (start int, doc, ok bool) {
	for j := i - 1; j >= 0 && j >= i-200; j-- {
		l := lines[j]
		if o := strings.LastIndex(l, "/*"); o >= 0 && o >= strings.LastIndex(l, "*/") {
			return j, strings.Contains(l[o:], "/**"), true
		}
		if strings.Contains(l, "*/") {
			return 0, false, false
		}
	}
	return 0, false, false
}

// blockEnd finds the line that closes the comment open at line i.
func blockEnd(lines []string, i int) int {
	for j := i + 1; j < len(lines); j++ {
		if strings.Contains(lines[j], "*/") {
			return j
		}
	}
	return i
}

// declAfter returns the last line of the class, function or method that
// a docblock ending at line index end documents, or 0 when none does.
// Blank lines and attribute lines may sit between the two.
func declAfter(f *ir.File, lines []string, end int) int {
	next := end + 1 // 0-based index of the first code line
	for next < len(lines) {
		t := strings.TrimSpace(lines[next])
		if t != "" && !strings.HasPrefix(t, "#[") {
			break
		}
		next++
	}
	first, last := end+2, next+1 // 1-based: any declaration starting in this range
	best := 0
	consider := func(p ir.Pos) {
		if int(p.Line) >= first && int(p.Line) <= last && int(p.EndLine) > best {
			best = int(p.EndLine)
		}
	}
	for _, c := range f.Classes {
		consider(c.Pos)
	}
	for _, fn := range f.Funcs {
		consider(fn.Pos)
	}
	return best
}

// parseIgnore reads "RULE[,RULE...] reason" after the tag.
func parseIgnore(text string) *ignore {
	ig := &ignore{used: map[string]bool{}}
	fields := strings.Fields(text)
	n := 0
	list := ""
	for n < len(fields) {
		list += fields[n]
		n++
		if !strings.HasSuffix(list, ",") && (n >= len(fields) || !strings.HasPrefix(fields[n], ",")) {
			break
		}
	}
	for _, r := range strings.Split(list, ",") {
		if r = strings.TrimSpace(r); r != "" {
			ig.rules = append(ig.rules, r)
		}
	}
	ig.reason = strings.Join(fields[n:], " ")
	switch {
	case len(ig.rules) == 0:
		ig.problem = "@phpleak-ignore needs the rules it hides and a reason, e.g. // @phpleak-ignore static-growth one entry per route, filled at boot"
	case ig.reason == "":
		ig.problem = fmt.Sprintf("@phpleak-ignore %s has no reason: say why this is not a leak after the rule (it hides nothing until then)", strings.Join(ig.rules, ","))
	}
	return ig
}

// suppress is the pipeline step that drops the findings a valid
// @phpleak-ignore covers, and reports invalid ones and (when asked)
// unused ones as findings. It sees every finding, whatever its
// confidence, so that an ignore of a low-confidence finding counts as
// used.
func suppress(findings []Finding, files []*ir.File, ignores fileIgnores, cfg Config) ([]Finding, int) {
	known := map[string]bool{}
	for _, id := range cfg.RuleIDs {
		known[id] = true
	}
	ran := map[string]bool{}
	for _, a := range cfg.Analyzers {
		ran[a.ID] = true
	}
	byFile := map[string][]*ignore{}
	for _, f := range files {
		for _, ig := range ignores[f] {
			ig.used = map[string]bool{} // a File may be reused across runs in tests
			if ig.problem == "" && len(known) > 0 {
				for _, r := range ig.rules {
					if !known[r] {
						ig.problem = fmt.Sprintf("@phpleak-ignore names unknown rule %q (it hides nothing); known rules: %s", r, strings.Join(cfg.RuleIDs, ", "))
						break
					}
				}
			}
		}
		byFile[f.Path] = ignores[f]
	}
	var kept []Finding
	hidden := 0
	for _, fd := range findings {
		hit := false
		for _, ig := range byFile[fd.File] {
			if ig.problem == "" && fd.Line >= ig.from && fd.Line <= ig.to && slices.Contains(ig.rules, fd.Rule) {
				ig.used[fd.Rule] = true
				hit = true
			}
		}
		if hit {
			hidden++
			continue
		}
		kept = append(kept, fd)
	}
	paths := make([]string, 0, len(byFile))
	for p := range byFile {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, path := range paths {
		for _, ig := range byFile[path] {
			switch {
			case ig.problem != "":
				kept = append(kept, ignoreFinding(InvalidIgnore, path, ig, ig.problem))
			case cfg.ReportUnusedIgnores:
				var unused []string
				for _, r := range ig.rules {
					if ran[r] && !ig.used[r] {
						unused = append(unused, r)
					}
				}
				if len(unused) > 0 {
					msg := fmt.Sprintf("@phpleak-ignore %s matches no finding: remove it so that it cannot hide a future leak", strings.Join(unused, ","))
					kept = append(kept, ignoreFinding(UnusedIgnore, path, ig, msg))
				}
			}
		}
	}
	return kept, hidden
}

func ignoreFinding(a *Analyzer, path string, ig *ignore, msg string) Finding {
	return Finding{
		Rule: a.ID, Kind: a.Kind, Severity: a.Severity, Confidence: High,
		File: path, Line: ig.line, Column: ig.col, EndLine: ig.line, EndColumn: ig.endCol,
		Message: msg, Summary: msg, Trace: []TraceStep{},
	}
}
