package report

import (
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/rules"
)

var update = flag.Bool("update", false, "rewrite docs/rules/*.md from the rules' docs")

const ruleDocsDir = "../docs/rules"

// TestRuleDocsUpToDate fails when docs/rules/ID.md differs from what the
// rules' Doc generates, or a page has no rule. Regenerate with
//
//	go test ./report -run TestRuleDocsUpToDate -update
func TestRuleDocsUpToDate(t *testing.T) {
	if *update {
		if err := os.MkdirAll(ruleDocsDir, 0o755); err != nil {
			t.Fatal(err)
		}
	}
	want := map[string]bool{}
	for _, r := range DocumentedRules() {
		name := r.ID + ".md"
		want[name] = true
		path := filepath.Join(ruleDocsDir, name)
		page := RuleMarkdown(r)
		if *update {
			if err := os.WriteFile(path, []byte(page), 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || string(got) != page {
			t.Errorf("%s is out of date (or missing): run go test ./report -run TestRuleDocsUpToDate -update", path)
		}
	}
	entries, err := os.ReadDir(ruleDocsDir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.HasSuffix(e.Name(), ".md") && !want[e.Name()] {
			if *update {
				if err := os.Remove(filepath.Join(ruleDocsDir, e.Name())); err != nil {
					t.Fatal(err)
				}
				continue
			}
			t.Errorf("%s/%s documents no rule: remove it (or run with -update)", ruleDocsDir, e.Name())
		}
	}
}

func TestRuleMarkdown(t *testing.T) {
	r := rules.ByID("static-growth")
	page := RuleMarkdown(r)
	for _, want := range []string{
		"# static-growth\n",
		"**" + r.Doc.Title + "**",
		"| `growth` | `warning` |",
		"## Leaks\n\n```php\n" + strings.TrimRight(r.Doc.Leaking, "\n") + "\n```",
		"## Fixed\n\n```php\n" + strings.TrimRight(r.Doc.Fixed, "\n") + "\n```",
	} {
		if !strings.Contains(page, want) {
			t.Errorf("docs page lacks %q:\n%s", want, page)
		}
	}
	for _, r := range DocumentedRules() {
		for _, s := range []string{r.Doc.Text, r.Doc.Leaking, r.Doc.Fixed} {
			if strings.Contains(s, "```") {
				t.Errorf("%s: doc holds a code fence, which would break its page", r.ID)
			}
		}
	}
}
