package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/logsafe"
)

// MaxAnnotations is how many workflow-command annotations of one type
// (error, warning, notice) GitHub shows per step; it drops the rest.
const MaxAnnotations = 10

// GitHub writes findings as GitHub Actions workflow commands, which
// GitHub shows as annotations on the pull request's files:
//
//	::warning file=src/A.php,line=12,col=9,endLine=12,endColumn=41,title=…::message
//
// Severity error, warning and note map to ::error, ::warning and ::notice.
// GitHub shows at most MaxAnnotations of each type, so phpleak writes no
// more than that and counts the rest (and files it could not analyze) in
// one last ::notice. Every property and message is escaped, so text from
// the analyzed code cannot end the command or start another.
func GitHub(w io.Writer, res *analyzer.Result, opt Options) error {
	bw := &errWriter{w: w}
	byType := map[string][]analyzer.Finding{}
	for _, f := range res.Findings {
		t := annotationType(f.Severity)
		byType[t] = append(byType[t], f)
	}
	shown := map[string]int{}
	omitted := 0
	for _, t := range []string{"error", "warning", "notice"} {
		shown[t] = min(len(byType[t]), MaxAnnotations)
		omitted += len(byType[t]) - shown[t]
	}
	summary := omitted > 0 || len(res.Errors) > 0
	if summary && shown["notice"] == MaxAnnotations {
		shown["notice"]-- // leave room for the summary notice
		omitted++
	}
	count := map[string]int{}
	for _, f := range res.Findings { // in the report's order
		t := annotationType(f.Severity)
		if count[t] >= shown[t] {
			continue
		}
		count[t]++
		props := []string{"file=" + escapeProperty(f.File)}
		if f.Line > 0 {
			props = append(props, fmt.Sprintf("line=%d", f.Line))
			if f.Column > 0 {
				props = append(props, fmt.Sprintf("col=%d", f.Column))
			}
			if f.EndLine >= f.Line {
				props = append(props, fmt.Sprintf("endLine=%d", f.EndLine))
				if f.Column > 0 && f.EndColumn > 0 {
					props = append(props, fmt.Sprintf("endColumn=%d", f.EndColumn))
				}
			}
		}
		title := fmt.Sprintf("phpleak %s (%s)", f.Rule, f.Kind)
		props = append(props, "title="+escapeProperty(title))
		msg := resultMessage(f)
		if shown := logsafe.Text(f.File); shown != f.File {
			// the annotation names the file exactly; say what hides in
			// its name (a reversed or invisible character)
			msg += " (the file name holds hidden characters: " + shown + ")"
		}
		bw.printf("::%s %s::%s\n", t, strings.Join(props, ","), escapeData(logsafe.Text(msg)))
	}
	if summary {
		var parts []string
		if omitted > 0 {
			parts = append(parts, fmt.Sprintf("%s not shown as annotations (GitHub shows %d of each type)", plural(omitted, "more finding"), MaxAnnotations))
		}
		if len(res.Errors) > 0 {
			parts = append(parts, fmt.Sprintf("%s (parse, read or internal errors)", plural(len(res.Errors), "error")))
		}
		msg := "phpleak: " + strings.Join(parts, "; ") + ". Run phpleak with --format text or sarif for the full report."
		bw.printf("::notice title=phpleak::%s\n", escapeData(logsafe.Text(msg)))
	}
	bw.printf("%s\n", Summary(res))
	return bw.err
}

func annotationType(s analyzer.Severity) string {
	switch s {
	case analyzer.SeverityError:
		return "error"
	case analyzer.SeverityNote:
		return "notice"
	}
	return "warning"
}

// escapeData escapes a workflow command's message as the Actions runner
// unescapes it: % first, then CR and LF, so the message stays on its
// line. Messages are escaped with logsafe.Text before, so that none of
// their characters is hidden; a file property must stay exact, and keeps
// every other character (a tab, a control character) as it is.
func escapeData(s string) string {
	var b strings.Builder
	for _, r := range s {
		switch r {
		case '%':
			b.WriteString("%25")
		case '\r':
			b.WriteString("%0D")
		case '\n':
			b.WriteString("%0A")
		default:
			b.WriteRune(r)
		}
	}
	return b.String()
}

// escapeProperty escapes a workflow command's property value: as
// escapeData, and ':' and ',' too, which end the value.
func escapeProperty(s string) string {
	s = escapeData(s)
	s = strings.ReplaceAll(s, ":", "%3A")
	return strings.ReplaceAll(s, ",", "%2C")
}
