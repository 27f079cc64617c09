package corpus_test

import (
	"fmt"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/corpus"
	"github.com/phpleak/phpleak/rules"
)

// Accuracy floors for the runtime-labelled corpus (issue 2).
const (
	minPrecision = 0.9
	minRecall    = 0.8
)

// TestAccuracy runs phpleak, as the CLI does by default, over every case of
// the runtime-labelled corpus and scores it per kind. A finding of kind K
// in a case whose measured label is not K is a false positive; a cycle or
// growth case without a finding of its kind is a miss. It needs no php:
// the labels were measured by TestRuntimeLabels.
func TestAccuracy(t *testing.T) {
	cases, err := corpus.Load(filepath.Join("..", "testdata", "runtime"))
	if err != nil {
		t.Fatal(err)
	}
	type score struct{ tp, fp, fn int }
	scores := map[analyzer.Kind]*score{analyzer.Cycle: {}, analyzer.Growth: {}}
	var problems []string
	for _, c := range cases {
		abs, err := filepath.Abs(c.Path)
		if err != nil {
			t.Fatal(err)
		}
		res, err := analyzer.Run(analyzer.Config{
			Root: filepath.Dir(abs), Paths: []string{abs}, Analyzers: rules.All(),
			Jobs: 1, MinConfidence: analyzer.Medium,
		})
		if err != nil {
			t.Fatalf("%s: %v", c.Name, err)
		}
		for _, e := range res.Errors {
			t.Errorf("%s/%s: %s error: %s", c.Label, c.Name, e.Kind, e.Message)
		}
		found := map[analyzer.Kind][]string{}
		for _, f := range res.Findings {
			found[f.Kind] = append(found[f.Kind], fmt.Sprintf("%s:%d %s", filepath.Base(f.File), f.Line, f.Rule))
		}
		for kind, s := range scores {
			got := len(found[kind]) > 0
			want := string(kind) == c.Label
			switch {
			case got && want:
				s.tp++
			case got && !want:
				s.fp++
				problems = append(problems, fmt.Sprintf("false %s: %s/%s: %s", kind, c.Label, c.Name, strings.Join(found[kind], ", ")))
			case !got && want:
				s.fn++
				problems = append(problems, fmt.Sprintf("missed %s: %s/%s", kind, c.Label, c.Name))
			}
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		t.Log(p)
	}
	for _, kind := range []analyzer.Kind{analyzer.Cycle, analyzer.Growth} {
		s := scores[kind]
		precision := ratio(s.tp, s.tp+s.fp)
		recall := ratio(s.tp, s.tp+s.fn)
		t.Logf("%-6s precision %.3f (%d/%d)  recall %.3f (%d/%d)", kind, precision, s.tp, s.tp+s.fp, recall, s.tp, s.tp+s.fn)
		if precision < minPrecision {
			t.Errorf("%s precision %.3f is below %.2f", kind, precision, minPrecision)
		}
		if recall < minRecall {
			t.Errorf("%s recall %.3f is below %.2f", kind, recall, minRecall)
		}
	}
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}
