package report

import (
	"io"
	"sort"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/internal/logsafe"
)

// maxMarkdownRows bounds the findings table: a GitHub job summary holds
// at most 1 MiB per step.
const maxMarkdownRows = 500

// Markdown writes a run as a GitHub job summary ($GITHUB_STEP_SUMMARY):
// the counts, the findings per rule, then a table of findings (rule,
// kind, file:line, message) and the files that could not be analyzed.
// Text from the analyzed code is escaped, so it renders as text.
func Markdown(w io.Writer, res *analyzer.Result, opt Options) error {
	bw := &errWriter{w: w}
	bw.printf("## phpleak\n\n%s\n\n", Summary(res))
	if len(res.Findings) > 0 {
		type ruleCount struct {
			rule string
			kind analyzer.Kind
			n    int
		}
		counts := map[string]*ruleCount{}
		for _, f := range res.Findings {
			if counts[f.Rule] == nil {
				counts[f.Rule] = &ruleCount{rule: f.Rule, kind: f.Kind}
			}
			counts[f.Rule].n++
		}
		var list []*ruleCount
		for _, c := range counts {
			list = append(list, c)
		}
		sort.Slice(list, func(i, j int) bool { return list[i].rule < list[j].rule })
		bw.printf("| rule | kind | findings |\n| --- | --- | ---: |\n")
		for _, c := range list {
			bw.printf("| %s | %s | %d |\n", markdownText(c.rule), markdownText(string(c.kind)), c.n)
		}
		bw.printf("\n| rule | kind | location | message |\n| --- | --- | --- | --- |\n")
		for i, f := range res.Findings {
			if i == maxMarkdownRows {
				bw.printf("\n%s not listed.\n", plural(len(res.Findings)-maxMarkdownRows, "more finding"))
				break
			}
			bw.printf("| %s | %s | %s | %s |\n", markdownText(f.Rule), markdownText(string(f.Kind)),
				markdownText(location(f.File, f.Line, 0)), markdownText(resultMessage(f)))
		}
	}
	if len(res.Errors) > 0 {
		bw.printf("\n### Not analyzed\n\n| file | error |\n| --- | --- |\n")
		for i, e := range res.Errors {
			if i == maxMarkdownRows {
				bw.printf("\n%s not listed.\n", plural(len(res.Errors)-maxMarkdownRows, "more error"))
				break
			}
			first, _, _ := strings.Cut(e.Message, "\n")
			bw.printf("| %s | %s |\n", markdownText(location(e.File, e.Line, e.Col)), markdownText(errorLabel(e)+": "+first))
		}
	}
	return bw.err
}

// markdownText escapes text for a Markdown table cell: one line, hidden
// characters shown escaped (logsafe.Text), and Markdown's inline syntax,
// HTML and the cell separator escaped.
func markdownText(s string) string {
	var b strings.Builder
	for _, r := range logsafe.Text(s) {
		switch {
		case r == '&':
			b.WriteString("&amp;")
		case r == '<':
			b.WriteString("&lt;")
		case r == '>':
			b.WriteString("&gt;")
		case strings.ContainsRune("\\`*_[]|~!#", r):
			b.WriteByte('\\')
			b.WriteRune(r)
		default:
			b.WriteRune(r)
		}
	}
	if b.Len() == 0 {
		return " "
	}
	return b.String()
}
