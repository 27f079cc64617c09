package report

import (
	"fmt"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
)

// RuleMarkdown is a rule's documentation page, docs/rules/ID.md: title,
// kind, default severity, text, and the leaking and fixed examples. The
// same text is the rule's help in SARIF.
func RuleMarkdown(r *analyzer.Analyzer) string {
	var b strings.Builder
	fmt.Fprintf(&b, "<!-- Generated from the rule's Doc by report.RuleMarkdown; do not edit.\n")
	fmt.Fprintf(&b, "     Regenerate: go test ./report -run TestRuleDocsUpToDate -update -->\n\n")
	fmt.Fprintf(&b, "# %s\n\n", r.ID)
	b.WriteString(ruleHelpMarkdown(r))
	return b.String()
}

// ruleHelpMarkdown is RuleMarkdown without the page header.
func ruleHelpMarkdown(r *analyzer.Analyzer) string {
	var b strings.Builder
	fmt.Fprintf(&b, "**%s**\n\n", r.Doc.Title)
	fmt.Fprintf(&b, "| kind | default severity |\n| --- | --- |\n| `%s` | `%s` |\n\n", r.Kind, r.Severity)
	fmt.Fprintf(&b, "%s\n\n", strings.TrimSpace(r.Doc.Text))
	if r.Doc.Leaking != "" {
		fmt.Fprintf(&b, "## Leaks\n\n```php\n%s\n```\n\n", strings.TrimRight(r.Doc.Leaking, "\n"))
	}
	if r.Doc.Fixed != "" {
		fmt.Fprintf(&b, "## Fixed\n\n```php\n%s\n```\n", strings.TrimRight(r.Doc.Fixed, "\n"))
	}
	return b.String()
}

// ruleHelpText is the plain-text help of a rule, as `phpleak explain`
// prints it.
func ruleHelpText(r *analyzer.Analyzer) string {
	var b strings.Builder
	_ = Explain(&b, r)
	return b.String()
}
