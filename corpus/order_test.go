package corpus_test

import (
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/analyzer/analyzertest"
	"github.com/phpleak/phpleak/corpus"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

// TestFileOrder checks that what phpleak reports on a project does not
// depend on the order it reads the files in: every folder case of the
// runtime corpus, and every multi-file rule fixture, is analysed with its files in the usual (sorted) order
// and reversed (PHPLEAK_FILE_ORDER=reverse), and the findings and their
// confidence must be the same. A fact computed from the part of the
// project read so far (a registry lookup typed before the code that
// fills the registry was indexed) shows up here. Messages may differ: when
// the worker model has two true reasons why a function runs per request,
// it names the one it met first.
func TestFileOrder(t *testing.T) {
	// the projects: folder cases, and the rules' multi-file fixtures
	projects := map[string]string{}
	for _, dir := range []string{"../testdata/runtime", "../testdata/runtime-worker"} {
		cases, err := corpus.Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			if c.Folder() {
				projects[c.Label+"/"+c.Name] = c.Dir
			}
		}
	}
	archives, err := filepath.Glob("../testdata/fixtures/*/*.txtar")
	if err != nil || len(archives) == 0 {
		t.Fatalf("no fixtures (%v)", err)
	}
	for _, a := range archives {
		projects[filepath.Base(filepath.Dir(a))+"/"+filepath.Base(a)] = analyzertest.Extract(t, a)
	}
	names := slices.Sorted(maps.Keys(projects))
	for _, name := range names {
		abs, err := filepath.Abs(projects[name])
		if err != nil {
			t.Fatal(err)
		}
		run := func(order string) []string {
			t.Setenv("PHPLEAK_FILE_ORDER", order)
			res, err := analyzer.Run(analyzer.Config{
				Root: abs, Paths: []string{abs}, Analyzers: rules.All(),
				Jobs: 1, Confirm: sim.Confirm,
			})
			if err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			var out []string
			for _, f := range res.Findings {
				out = append(out, fmt.Sprintf("%s:%d %s %s", f.File, f.Line, f.Rule, f.Confidence))
			}
			return out
		}
		sorted, reversed := run(""), run("reverse")
		if !slices.Equal(sorted, reversed) {
			t.Errorf("%s: files in sorted order give\n\t%q\nreversed\n\t%q", name, sorted, reversed)
		}
	}
}
