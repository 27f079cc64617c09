package analyzer_test

import (
	"path/filepath"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/rules"
)

// BenchmarkRun times a whole run (discover, parse, lower, index, every
// rule) over the repository's fixtures and runtime cases, with one parser
// and with one per core. scripts/bench-corpus.sh does the same on a real
// code base.
func BenchmarkRun(b *testing.B) {
	root, err := filepath.Abs("../testdata")
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		jobs int
	}{{"jobs=1", 1}, {"jobs=all", 0}} {
		b.Run(bc.name, func(b *testing.B) {
			cfg := analyzer.Config{
				Root:          root,
				Paths:         []string{filepath.Join(root, "fixtures"), filepath.Join(root, "runtime")},
				Jobs:          bc.jobs,
				Analyzers:     rules.All(),
				MinConfidence: analyzer.Low,
			}
			var lines int
			b.ReportAllocs()
			for b.Loop() {
				res, err := analyzer.Run(cfg)
				if err != nil {
					b.Fatal(err)
				}
				if res.Stats.Files == 0 {
					b.Fatal("no files analyzed")
				}
				lines = res.Stats.Lines
			}
			b.ReportMetric(float64(lines)*float64(b.N)/b.Elapsed().Seconds(), "lines/s")
		})
	}
}
