package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
)

// TestProgressNamesThePhase drives the progress line through a run:
// files parsed, the shared facts, then the rules done with the
// candidates simulated so far.
func TestProgressNamesThePhase(t *testing.T) {
	var buf bytes.Buffer
	p := progressPrinter(&buf)
	p(analyzer.Progress{Phase: analyzer.PhaseParsing, Done: 1, Total: 3})
	p(analyzer.Progress{Phase: analyzer.PhaseParsing, Done: 2, Total: 3}) // within 100 ms: skipped
	p(analyzer.Progress{Phase: analyzer.PhaseParsing, Done: 3, Total: 3}) // the last file: always shown
	p(analyzer.Progress{Phase: analyzer.PhaseIndexing, Done: 0, Total: 8})
	p(analyzer.Progress{Phase: analyzer.PhaseRules, Done: 0, Total: 8, Rule: "circular-reference"})
	p(analyzer.Progress{Phase: analyzer.PhaseRules, Done: 0, Total: 8, Rule: "circular-reference", Simulated: 1})
	lines := strings.Split(strings.TrimPrefix(buf.String(), "\r\033[K"), "\r\033[K")
	want := []string{
		"phpleak: parsing 1/3 files",
		"phpleak: parsing 3/3 files",
		"phpleak: indexing (call sites, worker model)",
		"phpleak: rules 0/8 done, 0 candidates simulated",
	}
	if strings.Join(lines, "|") != strings.Join(want, "|") {
		t.Errorf("progress lines:\n%q\nwant\n%q", lines, want)
	}
}
