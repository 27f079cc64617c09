package corpus_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/internal/testtool"
)

// realPackages are Debian's packages of real PHP projects that the ledger
// in testdata/realcode covers, with the folder phpleak analyzes.
var realPackages = []struct{ name, dir string }{
	{"wordpress", "/usr/share/wordpress"},
	{"symfony", "/usr/share/php/Symfony"},
	{"mediawiki", "/usr/share/mediawiki"},
	{"laravel", "/usr/share/php/Illuminate"},
}

// verdicts a ledger row may give.
var verdicts = map[string]bool{"leak": true, "harmless": true, "false": true}

// ledgerRow is one finding of the ledger, decided by reading the code.
type ledgerRow struct {
	rule, file string
	line       int
	kind, conf string
	verdict    string
	reason     string
}

func (r ledgerRow) key() string { return fmt.Sprintf("%s %s:%d", r.rule, r.file, r.line) }

// TestRealCodeLedger runs phpleak as a user does (`phpleak check --root
// DIR DIR`, default settings) on Debian's WordPress, Symfony, MediaWiki
// and Laravel, and compares every finding with the ledger
// testdata/realcode/PACKAGE.tsv, where each finding was read and judged
// leak, harmless or false. It fails when phpleak reports a finding the
// ledger lacks (judge it, then add it) or stops reporting one judged a
// leak. It logs each package's share of leak verdicts. A package that is
// not installed is skipped, and is an error under CI (.ci/run installs
// them).
func TestRealCodeLedger(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the real-code ledger analyzes four large packages")
	}
	statSources(t)
	bin := filepath.Join(t.TempDir(), "phpleak")
	if out, err := exec.Command("go", "build", "-o", bin, "../cmd/phpleak").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	for _, pkg := range realPackages {
		t.Run(pkg.name, func(t *testing.T) {
			if _, err := os.Stat(pkg.dir); err != nil {
				testtool.SkipOrFail(t, "%s is not installed (apt-get install the Debian package): %v", pkg.dir, err)
			}
			ledger := readLedger(t, filepath.Join("..", "testdata", "realcode", pkg.name+".tsv"))
			cmd := exec.Command(bin, "check", "--format", "json", "--fail-on", "never", "--no-progress", "--root", pkg.dir, pkg.dir)
			cmd.Dir = t.TempDir() // no phpleak.yaml or baseline of ours on the way
			out, err := cmd.Output()
			if err != nil {
				t.Fatalf("phpleak check %s: %v", pkg.dir, err)
			}
			var rep struct{ Findings []reportedFinding }
			if err := json.Unmarshal(out, &rep); err != nil {
				t.Fatal(err)
			}
			reported := map[string]bool{}
			var missing []string
			moved := movedRows(ledger, rep.Findings)
			for _, f := range rep.Findings {
				k := fmt.Sprintf("%s %s:%d", f.Rule, f.File, f.Line)
				if old, ok := moved[k]; ok {
					// the package's update moved the code: the same finding
					t.Logf("%s: the ledger has it at line %d (update the row)", k, ledger[old].line)
					k = old
				}
				reported[k] = true
				r, ok := ledger[k]
				switch {
				case !ok:
					missing = append(missing, fmt.Sprintf("%s\t%s\t%d\t%s\t%s", f.Rule, f.File, f.Line, f.Kind, f.Confidence))
				case r.kind != f.Kind:
					t.Errorf("%s: kind %s, the ledger says %s", k, f.Kind, r.kind)
				case r.conf != f.Confidence:
					t.Logf("%s: confidence %s, the ledger says %s (update the row)", k, f.Confidence, r.conf)
				}
			}
			for _, m := range missing {
				t.Errorf("a finding the ledger lacks (read it and add a row with its verdict): %s", m)
			}
			count := map[string]int{}
			var gone []string
			for k, r := range ledger {
				if !reported[k] {
					if r.verdict == "leak" {
						t.Errorf("a finding judged a leak is no longer reported: %s (%s)", k, r.reason)
					} else {
						gone = append(gone, k)
					}
					continue
				}
				count[r.verdict]++
			}
			sort.Strings(gone)
			for _, k := range gone {
				t.Logf("no longer reported (judged %s): %s — remove the row", ledger[k].verdict, k)
			}
			n := count["leak"] + count["harmless"] + count["false"]
			share := 0.0
			if n > 0 {
				share = float64(count["leak"]) / float64(n)
			}
			t.Logf("%s: %d findings: %d leak (%.0f%%), %d harmless, %d false",
				pkg.name, n, count["leak"], 100*share, count["harmless"], count["false"])
		})
	}
}

// reportedFinding is what the ledger test reads of a finding in
// phpleak's JSON.
type reportedFinding struct {
	Rule, File, Kind, Confidence string
	Line                         int
}

// movedRows pairs findings the ledger lacks with rows no finding matches,
// by rule and file, where each side has exactly one: the same finding at
// another line, after a Debian update of the package shifted the file
// (a security fix adds lines above it). It maps the finding's key to the
// row's.
func movedRows(ledger map[string]ledgerRow, findings []reportedFinding) map[string]string {
	at := map[string]bool{}
	for _, f := range findings {
		at[fmt.Sprintf("%s %s:%d", f.Rule, f.File, f.Line)] = true
	}
	newAt, oldAt := map[string][]string{}, map[string][]string{}
	for _, f := range findings {
		k := fmt.Sprintf("%s %s:%d", f.Rule, f.File, f.Line)
		if _, ok := ledger[k]; !ok {
			newAt[f.Rule+" "+f.File] = append(newAt[f.Rule+" "+f.File], k)
		}
	}
	for k, r := range ledger {
		if !at[k] {
			oldAt[r.rule+" "+r.file] = append(oldAt[r.rule+" "+r.file], k)
		}
	}
	out := map[string]string{}
	for rf, ks := range newAt {
		if olds := oldAt[rf]; len(ks) == 1 && len(olds) == 1 {
			out[ks[0]] = olds[0]
		}
	}
	return out
}

// readLedger reads a ledger file: a header line, then rows of rule, file,
// line, kind, confidence, verdict and reason, tab-separated.
func readLedger(t *testing.T, path string) map[string]ledgerRow {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	out := map[string]ledgerRow{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if n == 1 {
			if line != "rule\tfile\tline\tkind\tconfidence\tverdict\treason" {
				t.Fatalf("%s:1: want the header rule, file, line, kind, confidence, verdict, reason (tab-separated)", path)
			}
			continue
		}
		if strings.TrimSpace(line) == "" {
			continue
		}
		c := strings.Split(line, "\t")
		if len(c) != 7 {
			t.Fatalf("%s:%d: want 7 tab-separated columns, got %d", path, n, len(c))
		}
		ln, err := strconv.Atoi(c[2])
		if err != nil || !verdicts[c[5]] || strings.TrimSpace(c[6]) == "" {
			t.Fatalf("%s:%d: want a line number, a verdict (leak, harmless, false) and a reason", path, n)
		}
		r := ledgerRow{c[0], c[1], ln, c[3], c[4], c[5], c[6]}
		if _, dup := out[r.key()]; dup {
			t.Fatalf("%s:%d: %s is listed twice", path, n, r.key())
		}
		out[r.key()] = r
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// statSources stats every Go file of the module: go test caches a
// result by the files a test opens or stats, and the program this test
// builds with `go build` is not one of them, so without this a change to
// the rules would replay a cached result.
func statSources(t *testing.T) {
	t.Helper()
	err := filepath.WalkDir("..", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "testdata" || strings.HasPrefix(d.Name(), ".")) && path != ".." {
			return filepath.SkipDir
		}
		if !d.IsDir() && (strings.HasSuffix(path, ".go") || d.Name() == "go.mod" || d.Name() == "go.sum") {
			_, err = os.Stat(path)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
}
