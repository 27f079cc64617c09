package report

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"

	"github.com/phpleak/phpleak/analyzer"
)

// RuleTable lists rules with kind, default severity and title.
func RuleTable(w io.Writer, rules []*analyzer.Analyzer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "RULE\tKIND\tSEVERITY\tTITLE")
	for _, r := range rules {
		fmt.Fprintf(tw, "%s\t%s\t%s\t%s\n", r.ID, r.Kind, r.Severity, r.Doc.Title)
	}
	fmt.Fprintln(tw)
	fmt.Fprintln(tw, "Run `phpleak explain RULE` for what a rule flags, why it leaks, and an example with its fix.")
	return tw.Flush()
}

// Explain prints one rule's documentation.
func Explain(w io.Writer, r *analyzer.Analyzer) error {
	var b strings.Builder
	fmt.Fprintf(&b, "%s — %s\n\n", r.ID, r.Doc.Title)
	fmt.Fprintf(&b, "Kind: %s    Default severity: %s\n\n", r.Kind, r.Severity)
	fmt.Fprintf(&b, "%s\n\n", r.Doc.Text)
	fmt.Fprintf(&b, "Leaks:\n\n%s\n\n", indent(r.Doc.Leaking))
	fmt.Fprintf(&b, "Fixed:\n\n%s\n", indent(r.Doc.Fixed))
	_, err := io.WriteString(w, b.String())
	return err
}

func indent(code string) string {
	lines := strings.Split(strings.TrimRight(code, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = "    " + l
		}
	}
	return strings.Join(lines, "\n")
}
