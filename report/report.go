// Package report renders a run's result in phpleak's output formats (text,
// JSON, SARIF, GitHub workflow commands, Markdown, Checkstyle) and the
// rules' documentation. All formats carry the same findings; none of them
// sorts or filters (the GitHub format caps annotations, as GitHub does).
package report

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/logsafe"
)

// Formats lists the supported --format values.
var Formats = []string{"text", "json", "sarif", "github", "markdown", "checkstyle"}

// Options tune rendering.
type Options struct {
	Version string // phpleak version for the JSON and SARIF tool blocks
	Trace   bool   // text: print each finding's trace
	// Category is SARIF's run.automationDetails.id: it tells code
	// scanning apart the analyses of one commit (e.g. per folder).
	Category string
	// Rules are the rules described in SARIF's rules[]; nil means all.
	Rules []*analyzer.Analyzer
	// ShowErrors lists every parse, read and internal error in the text
	// format; by default it shows the first of each file and a count, so
	// that a file full of syntax phpleak cannot read does not bury the
	// findings.
	ShowErrors bool
}

// ValidFormat reports whether format is one of Formats.
func ValidFormat(format string) error {
	for _, f := range Formats {
		if f == format {
			return nil
		}
	}
	return fmt.Errorf("unknown format %q: want %s", format, strings.Join(Formats, ", "))
}

// Write renders res in format to w.
func Write(w io.Writer, format string, res *analyzer.Result, opt Options) error {
	switch format {
	case "text":
		return Text(w, res, opt)
	case "json":
		return JSON(w, res, opt)
	case "sarif":
		return SARIF(w, res, opt)
	case "github":
		return GitHub(w, res, opt)
	case "markdown":
		return Markdown(w, res, opt)
	case "checkstyle":
		return Checkstyle(w, res, opt)
	}
	return ValidFormat(format)
}

type jsonTool struct {
	Name    string `json:"name"`
	Version string `json:"version"`
}

type jsonReport struct {
	Tool     jsonTool             `json:"tool"`
	Findings []analyzer.Finding   `json:"findings"`
	Errors   []analyzer.FileError `json:"errors"`
	Stats    analyzer.Stats       `json:"stats"`
}

// JSON writes the output contract of DESIGN.md.
func JSON(w io.Writer, res *analyzer.Result, opt Options) error {
	r := jsonReport{
		Tool:     jsonTool{Name: "phpleak", Version: opt.Version},
		Findings: res.Findings,
		Errors:   res.Errors,
		Stats:    res.Stats,
	}
	if r.Findings == nil {
		r.Findings = []analyzer.Finding{}
	}
	if r.Errors == nil {
		r.Errors = []analyzer.FileError{}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(r)
}

// maxSourceWidth is the longest source line Text quotes; longer lines
// (minified or generated code) would drown the report.
const maxSourceWidth = 240

// Text writes findings for people: location, rule and message, the
// source line with a caret under the span, the fix, then errors and a
// summary line. Text from the analyzed files (paths, source lines,
// messages that quote code) is stripped of control characters, so a file
// cannot drive the terminal.
func Text(w io.Writer, res *analyzer.Result, opt Options) error {
	bw := &errWriter{w: w}
	for _, f := range res.Findings {
		msg := f.Summary
		if msg == "" {
			msg = f.Message
		}
		bw.printf("%s: %s: %s [%s, %s confidence]\n", location(f.File, f.Line, f.Column), f.Rule, oneLine(msg), f.Kind, f.Confidence)
		if src := expandLine(f.Source); src != "" && f.Column >= 1 && utf8.RuneCountInString(src) <= maxSourceWidth {
			bw.printf("    %s\n", src)
			bw.printf("    %s\n", caret(f))
		}
		if f.Fix != "" {
			bw.printf("    fix: %s\n", oneLine(f.Fix))
		}
		if opt.Trace {
			for i, s := range f.Trace {
				bw.printf("    %d. %s: %s\n", i+1, location(s.File, s.Line, 0), oneLine(s.Message))
			}
		}
		for _, s := range f.Related {
			bw.printf("    also: %s\n", location(s.File, s.Line, 0))
		}
		bw.printf("\n")
	}
	groups := groupErrors(res.Errors, opt.ShowErrors)
	for _, g := range groups {
		e := g.first
		label := errorLabel(e)
		first, more, _ := strings.Cut(e.Message, "\n") // more: a stack under PHPLEAK_DEBUG
		also := ""
		if g.count > 1 {
			also = fmt.Sprintf(" (and %s in this file)", plural(g.count-1, "more error"))
		}
		if e.File == "" {
			bw.printf("%s: %s%s\n", label, oneLine(first), also)
		} else {
			bw.printf("%s: %s: %s%s\n", location(e.File, e.Line, e.Col), label, oneLine(first), also)
		}
		if more != "" {
			for _, l := range strings.Split(more, "\n") {
				bw.printf("    %s\n", expandLine(l))
			}
		}
	}
	if len(groups) < len(res.Errors) {
		bw.printf("%s in %s; --show-errors lists every one.\n", plural(len(res.Errors), "error"), plural(len(groups), "file"))
	}
	if len(res.Errors) > 0 {
		bw.printf("\n")
	}
	bw.printf("%s\n", Summary(res))
	return bw.err
}

// Summary is the one-line count of a run.
func Summary(res *analyzer.Result) string {
	kinds := map[analyzer.Kind]int{}
	for _, f := range res.Findings {
		kinds[f.Kind]++
	}
	s := plural(len(res.Findings), "finding")
	if len(res.Findings) > 0 {
		s += fmt.Sprintf(" (%d cycle, %d growth", kinds[analyzer.Cycle], kinds[analyzer.Growth])
		if other := len(res.Findings) - kinds[analyzer.Cycle] - kinds[analyzer.Growth]; other > 0 {
			s += fmt.Sprintf(", %d about suppressions", other)
		}
		s += ")"
	}
	s += fmt.Sprintf(" in %s (%s)", plural(res.Stats.Files, "file"), plural(res.Stats.Lines, "line"))
	if res.Stats.FilesWithErrors > 0 {
		s += fmt.Sprintf("; %s with errors", plural(res.Stats.FilesWithErrors, "file"))
	}
	// what was analysed but not shown, so that "0 findings" on a
	// baselined project or an untouched pull request is not read as
	// "nothing was found"
	if b := res.Baseline; b != nil && b.Hidden > 0 {
		s += fmt.Sprintf("; %d hidden by the baseline", b.Hidden)
	}
	if res.Unchanged > 0 {
		s += fmt.Sprintf("; %d on unchanged lines not shown", res.Unchanged)
	}
	return s + "."
}

func plural(n int, word string) string {
	if n == 1 {
		return fmt.Sprintf("1 %s", word)
	}
	return fmt.Sprintf("%d %ss", n, word)
}

// location formats file:line:column, leaving out what is unknown (0).
func location(file string, line, col int) string {
	loc := oneLine(file)
	if line > 0 {
		loc += fmt.Sprintf(":%d", line)
		if col > 0 {
			loc += fmt.Sprintf(":%d", col)
		}
	}
	return loc
}

// expandLine keeps tabs (so the caret line lines up in any terminal) and
// blanks other control characters, escape sequences' ESC included, so
// that columns still line up.
func expandLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r != '\t' && logsafe.Hidden(r) {
			return ' '
		}
		return r
	}, s)
}

// oneLine shows text from the analyzed code on one line, with control,
// bidirectional and invisible characters escaped (logsafe.Text): a file
// cannot drive the terminal or hide text, and a path keeps every
// character, visibly.
func oneLine(s string) string {
	return logsafe.Text(s)
}

// caret draws ^~~~ under the finding's span on its first line.
func caret(f analyzer.Finding) string {
	line := expandLine(f.Source)
	var b strings.Builder
	col := 1
	for _, r := range line {
		if col >= f.Column {
			break
		}
		if r == '\t' {
			b.WriteRune('\t')
		} else {
			b.WriteRune(' ')
		}
		col++
	}
	end := f.EndColumn
	if f.EndLine != f.Line || end <= f.Column {
		end = utf8.RuneCountInString(line) + 1
	}
	b.WriteByte('^')
	for i := f.Column + 1; i < end; i++ {
		b.WriteByte('~')
	}
	return b.String()
}

type errWriter struct {
	w   io.Writer
	err error
}

func (e *errWriter) printf(format string, args ...any) {
	if e.err == nil {
		_, e.err = fmt.Fprintf(e.w, format, args...)
	}
}

// errorGroup is the errors of one file: the first, and how many.
type errorGroup struct {
	first analyzer.FileError
	count int
}

// groupErrors gathers errors by file, in the order of their first error;
// an error that belongs to no file (a rule's internal error) is a group
// of its own. all keeps every error in a group of one.
func groupErrors(errs []analyzer.FileError, all bool) []errorGroup {
	var out []errorGroup
	at := map[string]int{}
	for _, e := range errs {
		if !all && e.File != "" {
			if i, ok := at[e.File]; ok {
				out[i].count++
				continue
			}
			at[e.File] = len(out)
		}
		out = append(out, errorGroup{e, 1})
	}
	return out
}

// errorLabel names a file error's kind for people: "parse error", "not
// analyzed", "version note" (syntax the project's PHP version lacks), "over
// budget".
func errorLabel(e analyzer.FileError) string {
	switch e.Kind {
	case analyzer.ErrSkipped:
		return "not analyzed"
	case analyzer.ErrVersion:
		return "version note"
	case analyzer.ErrBudget:
		return "over budget"
	}
	return e.Kind + " error"
}
