package main

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestCheckFormats(t *testing.T) {
	project(t)
	for format, want := range map[string]string{
		"sarif":      `"ruleId": "static-growth"`,
		"github":     "::warning file=src/Leak.php,line=8,",
		"markdown":   "| static-growth | growth | src/Leak.php:8 |",
		"checkstyle": `<file name="src/Leak.php">`,
	} {
		code, out, errOut := phpleak("check", "--format", format, "src")
		if code != exitFindings || !strings.Contains(out, want) {
			t.Errorf("--format %s: exit %d, output lacks %q:\n%s%s", format, code, want, out, errOut)
		}
	}
}

func TestCheckSARIFCategoryAndSummary(t *testing.T) {
	dir := project(t)
	summary := filepath.Join(dir, "summary.md")
	if err := os.WriteFile(summary, []byte("earlier step\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := phpleak("check", "--format", "sarif", "--category", "php/src", "--summary", summary, "src")
	if code != exitFindings {
		t.Fatalf("exit %d: %s", code, errOut)
	}
	var log struct {
		Runs []struct {
			AutomationDetails struct {
				ID string `json:"id"`
			} `json:"automationDetails"`
		} `json:"runs"`
	}
	if err := json.Unmarshal([]byte(out), &log); err != nil || len(log.Runs) != 1 || log.Runs[0].AutomationDetails.ID != "php/src" {
		t.Errorf("--category not in automationDetails.id (%v):\n%s", err, out)
	}
	if strings.Contains(out, dir) {
		t.Errorf("SARIF holds the project's absolute path %s", dir)
	}
	md, err := os.ReadFile(summary)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(string(md), "earlier step\n## phpleak\n") || !strings.Contains(string(md), "| static-growth | growth | src/Leak.php:8 |") {
		t.Errorf("--summary did not append the Markdown summary:\n%s", md)
	}
	if code, _, errOut := phpleak("check", "--format", "xml", "src"); code != exitUsage || !strings.Contains(errOut, "sarif, github, markdown, checkstyle") {
		t.Errorf("--format xml: exit %d, %s", code, errOut)
	}
}
