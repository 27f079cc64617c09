package config

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/phpsyntax"
)

var fuzzRules = []string{"static-growth", "circular-reference"}

// FuzzLoad: any bytes as phpleak.yaml either are refused with an error
// that names the file, or load into settings that are each valid.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(Starter(nil)))
	f.Add([]byte("paths: [src]\nexclude: ['tests/**']\nphp-version: '8.1'\nrules:\n  static-growth:\n    severity: error\n"))
	f.Add([]byte("lifetimes:\n  App\\X: process\nentries: ['A::b']\ninclude-tests: true\n"))
	f.Add([]byte("paths: [\"a\\n::error::x\"]\nbaseline: ''\n"))
	f.Add([]byte("a: &x [*x]\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		p := filepath.Join(t.TempDir(), "phpleak.yaml")
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		c, err := Load(p, fuzzRules)
		if err != nil {
			if !strings.Contains(err.Error(), p) {
				t.Fatalf("error does not name the file: %v", err)
			}
			return
		}
		if c.PHPVersion != "" {
			if _, err := phpsyntax.ParseVersion(c.PHPVersion); err != nil {
				t.Fatalf("loaded an invalid php-version %q", c.PHPVersion)
			}
		}
		for _, g := range c.Exclude {
			if analyzer.ValidateGlob(g) != nil {
				t.Fatalf("loaded an invalid exclude %q", g)
			}
		}
		for id, r := range c.Rules {
			if id != fuzzRules[0] && id != fuzzRules[1] {
				t.Fatalf("loaded an unknown rule %q", id)
			}
			if r.Severity != "" && r.Severity.Rank() == 0 {
				t.Fatalf("loaded an invalid severity %q", r.Severity)
			}
		}
		for _, life := range c.Lifetimes {
			if life != "process" && life != "request" {
				t.Fatalf("loaded a lifetime %q", life)
			}
		}
	})
}
