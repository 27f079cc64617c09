package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/analyzer/analyzertest"
	"github.com/phpleak/phpleak/internal/testtool"
	"github.com/phpleak/phpleak/rules"
	"github.com/phpleak/phpleak/sim"
)

// schemaPath is the SARIF 2.1.0 schema, in the shared folder beside the
// repository (here and in CI).
// analyze runs every rule, with the simulation, over root as the CLI does.
func analyze(t *testing.T, root string, jobs int) *analyzer.Result {
	t.Helper()
	abs, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	res, err := analyzer.Run(analyzer.Config{
		Root: abs, Paths: []string{abs}, Analyzers: rules.All(), Jobs: jobs,
		Confirm: sim.New().Confirm, MinConfidence: analyzer.Low,
	})
	if err != nil {
		t.Fatalf("run %s: %v", root, err)
	}
	return res
}

func sarifBytes(t *testing.T, res *analyzer.Result, opt Options) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := SARIF(&b, res, opt); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// hostileProject is a project with what real trees hold: a syntax error,
// a binary file, odd file names and a leak among them.
func hostileProject(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"broken.php":             "<?php\nfunction f( {\n",
		"blob.php":               "<?php\x00\x01binary",
		"dir with space/a:b.php": "<?php\nfinal class Log { private static array $lines = [];\n public static function add(string $l): void { self::$lines[] = $l; } }\n",
		"unicode/é%20.php":       "<?php\nfunction g(array $x) { static $seen = []; $seen[] = $x; }\n",
		// a suppression without a reason: reported under invalid-ignore
		"ignored.php": "<?php\nfunction h($x) {\n    static $all = [];\n    // @phpleak-ignore static-growth\n    $all[] = $x;\n}\n",
	}
	for name, src := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// fixtureLogs is the SARIF of a run over every fixture folder and
// archive, the example, a hostile project and an empty one, by name.
func fixtureLogs(t *testing.T) map[string][]byte {
	t.Helper()
	logs := map[string][]byte{}
	add := func(name, root string) {
		logs[name] = sarifBytes(t, analyze(t, root, 2), Options{Version: "0.1.0-dev", Category: "phpleak/" + name})
	}
	dirs, err := os.ReadDir("../testdata/fixtures")
	if err != nil {
		t.Fatal(err)
	}
	for _, d := range dirs {
		if !d.IsDir() {
			continue
		}
		dir := filepath.Join("../testdata/fixtures", d.Name())
		add(d.Name(), dir)
		archives, _ := filepath.Glob(filepath.Join(dir, "*.txtar"))
		for _, a := range archives {
			add(d.Name()+"-"+strings.TrimSuffix(filepath.Base(a), ".txtar"), analyzertest.Extract(t, a))
		}
	}
	add("example", "../testdata/example")
	add("hostile", hostileProject(t))
	add("empty", t.TempDir())
	return logs
}

// brokenLog is a SARIF log that both validators must reject: it proves
// they run and report, so a silent validator cannot pass the tests.
func brokenLog(t *testing.T, valid []byte) []byte {
	t.Helper()
	var log map[string]any
	if err := json.Unmarshal(valid, &log); err != nil {
		t.Fatal(err)
	}
	run := log["runs"].([]any)[0].(map[string]any)
	results := run["results"].([]any)
	if len(results) == 0 {
		t.Fatal("brokenLog needs a log with results")
	}
	res := results[0].(map[string]any)
	delete(res, "message") // schema: message is required
	region := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)["region"].(map[string]any)
	delete(region, "startLine") // Multitool SARIF1007: a region needs its start
	b, err := json.Marshal(log)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func sortedNames(logs map[string][]byte) []string {
	var names []string
	for n := range logs {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

func TestSARIFSchema(t *testing.T) {
	sch := testtool.SARIFSchema(t, testtool.SARIFSchemaPath)
	logs := fixtureLogs(t)
	for _, name := range sortedNames(logs) {
		if err := testtool.ValidateSARIF(sch, logs[name]); err != nil {
			t.Errorf("%s: SARIF does not validate against the 2.1.0 schema:\n%v", name, err)
		}
	}
	// the logs cover what the validators must see: results, related
	// locations and code flows, notifications, a pseudo-rule's result
	for _, want := range []string{`"relatedLocations"`, `"codeFlows"`, `"toolExecutionNotifications"`, `"ruleId": "invalid-ignore"`} {
		if !bytes.Contains(logs["hostile"], []byte(want)) && !bytes.Contains(logs["example"], []byte(want)) {
			t.Errorf("neither the hostile project's nor the example's SARIF has %s", want)
		}
	}
	if err := testtool.ValidateSARIF(sch, brokenLog(t, logs["example"])); err == nil {
		t.Error("the schema accepts a result without a message: the validator does not work")
	}
}

// multitoolPath finds the SARIF Multitool: $PHPLEAK_SARIF_MULTITOOL, or
// the install folder .ci/run uses.
func multitoolPath() string {
	if p := os.Getenv("PHPLEAK_SARIF_MULTITOOL"); p != "" {
		return p
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return ""
	}
	return filepath.Join(home, ".cache", "phpleak-multitool", "node_modules", "@microsoft", "sarif-multitool-linux", "Sarif.Multitool")
}

// TestSARIFMultitool checks the logs with Microsoft's SARIF Multitool
// and its GitHub (Ghas) rules, which is what code scanning's ingestion
// enforces. Its exit code is 0 even when rules fail: the verdict is in
// its output log.
func TestSARIFMultitool(t *testing.T) {
	tool := multitoolPath()
	if info, err := os.Stat(tool); err != nil || info.IsDir() {
		testtool.SkipOrFail(t, "SARIF Multitool not found at %q (set PHPLEAK_SARIF_MULTITOOL; .ci/run installs it)", tool)
	}
	dir := t.TempDir()
	logs := fixtureLogs(t)
	var files []string
	for _, name := range sortedNames(logs) {
		p := filepath.Join(dir, name+".sarif")
		if err := os.WriteFile(p, logs[name], 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	canary := filepath.Join(dir, "zz-broken.sarif")
	if err := os.WriteFile(canary, brokenLog(t, logs["example"]), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "multitool-report.sarif")
	args := append([]string{"validate"}, files...)
	args = append(args, canary, "--rule-kind", "Sarif;Ghas", "--level", "Error;Warning", "-o", out, "--log", "ForceOverwrite")
	cmd := exec.Command(tool, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "DOTNET_CLI_TELEMETRY_OPTOUT=1")
	output, err := cmd.CombinedOutput()
	data, rerr := os.ReadFile(out)
	if rerr != nil {
		t.Fatalf("multitool wrote no report (%v; run error %v):\n%s", rerr, err, output)
	}
	var report struct {
		Runs []struct {
			Results []struct {
				RuleID  string `json:"ruleId"`
				Level   string `json:"level"`
				Message struct {
					Text      string   `json:"text"`
					ID        string   `json:"id"`
					Arguments []string `json:"arguments"`
				} `json:"message"`
				Locations []struct {
					PhysicalLocation struct {
						ArtifactLocation struct {
							URI string `json:"uri"`
						} `json:"artifactLocation"`
					} `json:"physicalLocation"`
				} `json:"locations"`
			} `json:"results"`
		} `json:"runs"`
	}
	if err := json.Unmarshal(data, &report); err != nil {
		t.Fatalf("multitool report: %v", err)
	}
	canaryCaught := false
	for _, run := range report.Runs {
		for _, r := range run.Results {
			file := ""
			if len(r.Locations) > 0 {
				file = filepath.Base(r.Locations[0].PhysicalLocation.ArtifactLocation.URI)
			}
			desc := fmt.Sprintf("%s %s in %s: %s %s %v", r.Level, r.RuleID, file, r.Message.Text, r.Message.ID, r.Message.Arguments)
			if file == filepath.Base(canary) {
				canaryCaught = canaryCaught || r.Level == "error"
				continue
			}
			if r.Level == "error" {
				t.Errorf("multitool: %s", desc)
			} else {
				t.Logf("multitool: %s", desc)
			}
		}
	}
	if !canaryCaught {
		t.Errorf("multitool reported no error on a broken log: it did not run as expected:\n%s", output)
	}
}

// jsonStrings calls fn on every string (keys included) of a JSON value.
func jsonStrings(v any, fn func(string)) {
	switch v := v.(type) {
	case string:
		fn(v)
	case []any:
		for _, e := range v {
			jsonStrings(e, fn)
		}
	case map[string]any:
		for k, e := range v {
			fn(k)
			jsonStrings(e, fn)
		}
	}
}

func TestSARIFNoAbsolutePath(t *testing.T) {
	root := hostileProject(t)
	example, err := filepath.Abs("../testdata/example")
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range []string{root, example} {
		res := analyze(t, r, 1)
		if len(res.Findings) == 0 || (r == root && len(res.Errors) == 0) {
			t.Fatalf("%s: want findings (and errors in the hostile project), got %d findings, %d errors", r, len(res.Findings), len(res.Errors))
		}
		out := sarifBytes(t, res, Options{Version: "1.0.0"})
		if bytes.Contains(out, []byte(r)) || bytes.Contains(out, []byte(filepath.ToSlash(r))) {
			t.Errorf("SARIF holds the root folder %s", r)
		}
		var v any
		if err := json.Unmarshal(out, &v); err != nil {
			t.Fatal(err)
		}
		jsonStrings(v, func(s string) {
			if strings.HasPrefix(s, "/") || strings.HasPrefix(s, "file:") || strings.Contains(s, "/tmp/") {
				t.Errorf("SARIF holds an absolute path or file URI: %q", s)
			}
		})
	}
}

func TestSARIFDeterministic(t *testing.T) {
	root := "../testdata/example"
	a := sarifBytes(t, analyze(t, root, 1), Options{Version: "1.0.0", Category: "x"})
	b := sarifBytes(t, analyze(t, root, 8), Options{Version: "1.0.0", Category: "x"})
	if !bytes.Equal(a, b) {
		t.Errorf("two runs give different SARIF:\n%s\n---\n%s", a, b)
	}
}

// sarifLog is the part of a SARIF log the tests read.
type sarifLog struct {
	Version string `json:"version"`
	Runs    []struct {
		Tool struct {
			Driver struct {
				Name            string `json:"name"`
				Version         string `json:"version"`
				SemanticVersion string `json:"semanticVersion"`
				InformationURI  string `json:"informationUri"`
				Rules           []struct {
					ID               string         `json:"id"`
					Name             string         `json:"name"`
					ShortDescription map[string]any `json:"shortDescription"`
					FullDescription  map[string]any `json:"fullDescription"`
					Help             struct {
						Text     string `json:"text"`
						Markdown string `json:"markdown"`
					} `json:"help"`
					HelpURI              string         `json:"helpUri"`
					DefaultConfiguration map[string]any `json:"defaultConfiguration"`
					Properties           map[string]any `json:"properties"`
				} `json:"rules"`
			} `json:"driver"`
		} `json:"tool"`
		Results           *[]json.RawMessage `json:"results"`
		AutomationDetails *struct {
			ID string `json:"id"`
		} `json:"automationDetails"`
		OriginalURIBaseIDs map[string]json.RawMessage `json:"originalUriBaseIds"`
		Invocations        []struct {
			ExecutionSuccessful bool `json:"executionSuccessful"`
			Notifications       []struct {
				Level   string `json:"level"`
				Message struct {
					Text string `json:"text"`
				} `json:"message"`
				Locations []sarifLocation `json:"locations"`
			} `json:"toolExecutionNotifications"`
		} `json:"invocations"`
	} `json:"runs"`
}

type sarifLocation struct {
	ID               *int `json:"id"`
	PhysicalLocation struct {
		ArtifactLocation struct {
			URI       string `json:"uri"`
			URIBaseID string `json:"uriBaseId"`
		} `json:"artifactLocation"`
		Region map[string]int `json:"region"`
	} `json:"physicalLocation"`
	Message struct {
		Text string `json:"text"`
	} `json:"message"`
}

type resultJSON struct {
	RuleID              string   `json:"ruleId"`
	RuleIndex           *int     `json:"ruleIndex"`
	Level               string   `json:"level"`
	Rank                *float64 `json:"rank"`
	Message             struct{ Text string }
	Locations           []sarifLocation   `json:"locations"`
	RelatedLocations    []sarifLocation   `json:"relatedLocations"`
	PartialFingerprints map[string]string `json:"partialFingerprints"`
	CodeFlows           []struct {
		ThreadFlows []struct {
			Locations []struct {
				Location sarifLocation `json:"location"`
			} `json:"locations"`
		} `json:"threadFlows"`
	} `json:"codeFlows"`
}

func decodeSARIF(t *testing.T, b []byte) (sarifLog, []resultJSON) {
	t.Helper()
	var log sarifLog
	if err := json.Unmarshal(b, &log); err != nil {
		t.Fatal(err)
	}
	if len(log.Runs) != 1 {
		t.Fatalf("want one run, got %d", len(log.Runs))
	}
	if log.Runs[0].Results == nil {
		t.Fatalf("runs[0].results is missing:\n%s", b)
	}
	var results []resultJSON
	for _, raw := range *log.Runs[0].Results {
		var r resultJSON
		if err := json.Unmarshal(raw, &r); err != nil {
			t.Fatal(err)
		}
		results = append(results, r)
	}
	return log, results
}

func TestSARIFEmpty(t *testing.T) {
	out := sarifBytes(t, &analyzer.Result{}, Options{Version: "0.1.0-dev"})
	log, results := decodeSARIF(t, out)
	if !bytes.Contains(out, []byte(`"results": []`)) || len(results) != 0 {
		t.Errorf("an empty run lacks \"results\": []:\n%s", out)
	}
	run := log.Runs[0]
	d := run.Tool.Driver
	if log.Version != "2.1.0" || d.Name != "phpleak" || d.Version != "0.1.0-dev" || d.SemanticVersion != "0.1.0-dev" || d.InformationURI != InformationURI {
		t.Errorf("tool.driver = %+v", d)
	}
	if len(d.Rules) != len(DocumentedRules()) {
		t.Errorf("rules[] has %d rules, want %d", len(d.Rules), len(DocumentedRules()))
	}
	if len(run.Invocations) != 1 || !run.Invocations[0].ExecutionSuccessful {
		t.Errorf("invocations = %+v, want one successful", run.Invocations)
	}
	if run.AutomationDetails == nil || run.AutomationDetails.ID != "phpleak/" {
		t.Errorf("automationDetails without --category: %+v, want the id phpleak/", run.AutomationDetails)
	}
	if _, ok := run.OriginalURIBaseIDs["%SRCROOT%"]; !ok {
		t.Errorf("originalUriBaseIds lacks %%SRCROOT%%")
	}
	// a version that is not SemVer is no semanticVersion
	log, _ = decodeSARIF(t, sarifBytes(t, &analyzer.Result{}, Options{Version: "devel"}))
	if sv := log.Runs[0].Tool.Driver.SemanticVersion; sv != "" {
		t.Errorf("semanticVersion %q for version devel", sv)
	}
}

func TestSARIFRules(t *testing.T) {
	log, _ := decodeSARIF(t, sarifBytes(t, &analyzer.Result{}, Options{}))
	all := DocumentedRules()
	if got := log.Runs[0].Tool.Driver.Rules; len(got) != len(all) {
		t.Fatalf("rules[] has %d rules, want %d", len(got), len(all))
	}
	for i, r := range log.Runs[0].Tool.Driver.Rules {
		a := all[i]
		if r.ID != a.ID || r.Name == "" || strings.Contains(r.Name, "-") {
			t.Errorf("rule %d: id %q name %q, want id %q and a PascalCase name", i, r.ID, r.Name, a.ID)
		}
		if r.ShortDescription["text"] != a.Doc.Title || r.FullDescription["text"] == "" {
			t.Errorf("%s: descriptions %v / %v", a.ID, r.ShortDescription, r.FullDescription)
		}
		if r.HelpURI != "https://github.com/phpleak/phpleak/blob/main/docs/rules/"+a.ID+".md" {
			t.Errorf("%s: helpUri %q", a.ID, r.HelpURI)
		}
		firstLine := strings.SplitN(strings.TrimSpace(a.Doc.Leaking), "\n", 2)[0]
		if !strings.Contains(r.Help.Text, firstLine) || !strings.Contains(r.Help.Markdown, "```php\n"+firstLine) ||
			!strings.Contains(r.Help.Markdown, "## Fixed") {
			t.Errorf("%s: help lacks the examples:\n%s\n%s", a.ID, r.Help.Text, r.Help.Markdown)
		}
		if r.DefaultConfiguration["level"] != string(a.Severity) {
			t.Errorf("%s: defaultConfiguration %v", a.ID, r.DefaultConfiguration)
		}
		tags, _ := r.Properties["tags"].([]any)
		if len(tags) == 0 || len(tags) > 10 || fmt.Sprint(tags[len(tags)-1]) != string(a.Kind) ||
			r.Properties["precision"] != rulePrecision(a) || r.Properties["problem.severity"] == nil {
			t.Errorf("%s: properties %v", a.ID, r.Properties)
		}
	}
}

// A rule claims the precision its corpus cases support, no more.
func TestPrecisionLevel(t *testing.T) {
	for _, tc := range []struct {
		s    corpusScore
		want string
	}{
		{corpusScore{}, "low"},
		{corpusScore{Cases: 60, Right: 60}, "high"},
		{corpusScore{Cases: 20, Right: 19}, "high"},
		{corpusScore{Cases: 19, Right: 19}, "medium"}, // too few cases for high
		{corpusScore{Cases: 40, Right: 37}, "medium"}, // 92.5%
		{corpusScore{Cases: 4, Right: 4}, "low"},      // too few for medium
		{corpusScore{Cases: 40, Right: 30}, "low"},
	} {
		if got := precisionLevel(tc.s); got != tc.want {
			t.Errorf("precisionLevel(%+v) = %q, want %q", tc.s, got, tc.want)
		}
	}
	// every rule that reports leaks was measured
	for _, r := range DocumentedRules() {
		if _, ok := measuredPrecision[r.ID]; !ok && r.Kind != analyzer.KindIgnore {
			t.Errorf("%s has no corpus figures in measuredPrecision (go test ./corpus -run TestAccuracy -update)", r.ID)
		}
	}
}

func TestSARIFResult(t *testing.T) {
	f := finding(12, 9, 41, "self::$x[] = $y;")
	f.Rule, f.Kind = "circular-reference", analyzer.Cycle
	f.Message = "the A and the B reference each other. Fix: Use a WeakReference."
	f.Fingerprint = "abc123"
	f.Trace = []analyzer.TraceStep{
		{File: "src/A.php", Line: 30, Message: "B->a = A"},
		{File: "src/A.php", Line: 12, Message: "A->b = B"}, // the finding's own line: no related location
		{File: "src/B.php", Line: 7, Message: "B keeps A"},
		{File: "src/A.php", Line: 30, Message: "again"}, // a place seen already
	}
	other := finding(3, 1, 2, "")
	other.Rule = "no-such-rule" // not in rules[]: gets an entry
	other.Confidence = analyzer.Low
	res := &analyzer.Result{
		Findings: []analyzer.Finding{f, other},
		Errors: []analyzer.FileError{
			{File: "bad.php", Line: 2, Kind: analyzer.ErrParse, Message: "syntax error"},
			{Kind: analyzer.ErrInternal, Message: "rule x panicked: boom\ngoroutine 1 [running]:\n/home/me/x.go:1"},
			{File: "bad.php", Line: 8, Kind: analyzer.ErrParse, Message: "unexpected end of file"},
			{File: "bad.php", Line: 9, Kind: analyzer.ErrParse, Message: "unexpected end of file"},
		},
	}
	out := sarifBytes(t, res, Options{Category: "php/backend"})
	log, results := decodeSARIF(t, out)
	run := log.Runs[0]
	if run.AutomationDetails == nil || run.AutomationDetails.ID != "php/backend" {
		t.Errorf("--category not in automationDetails.id: %+v", run.AutomationDetails)
	}
	if len(results) != 2 {
		t.Fatalf("want 2 results, got %d", len(results))
	}
	// rank from confidence: high before low
	if r0, r1 := results[0].Rank, results[1].Rank; r0 == nil || r1 == nil || *r0 != 90 || *r1 != 30 {
		t.Errorf("ranks %v %v, want 90 (high confidence) and 30 (low)", r0, r1)
	}
	ruleList := run.Tool.Driver.Rules
	for _, r := range results {
		if r.RuleIndex == nil || *r.RuleIndex < 0 || *r.RuleIndex >= len(ruleList) || ruleList[*r.RuleIndex].ID != r.RuleID {
			t.Errorf("result of %s: ruleIndex %v does not point at its rule", r.RuleID, r.RuleIndex)
		}
	}
	r := results[0]
	if r.Level != "warning" || r.Message.Text != "The A and the B reference each other. Fix: Use a WeakReference." {
		t.Errorf("level %q message %q", r.Level, r.Message.Text)
	}
	if len(r.Locations) != 1 {
		t.Fatalf("want one location, got %d", len(r.Locations))
	}
	loc := r.Locations[0].PhysicalLocation
	if loc.ArtifactLocation.URI != "src/A.php" || loc.ArtifactLocation.URIBaseID != "%SRCROOT%" {
		t.Errorf("artifactLocation %+v", loc.ArtifactLocation)
	}
	wantRegion := map[string]int{"startLine": 12, "startColumn": 9, "endLine": 12, "endColumn": 41}
	if fmt.Sprint(loc.Region) != fmt.Sprint(wantRegion) {
		t.Errorf("region %v, want %v", loc.Region, wantRegion)
	}
	if r.PartialFingerprints["phpleak/v1"] != "abc123" {
		t.Errorf("partialFingerprints %v", r.PartialFingerprints)
	}
	var related []string
	for _, l := range r.RelatedLocations {
		related = append(related, fmt.Sprintf("%d %s:%d %s", *l.ID, l.PhysicalLocation.ArtifactLocation.URI, l.PhysicalLocation.Region["startLine"], l.Message.Text))
	}
	if want := []string{"1 src/A.php:30 B->a = A", "2 src/B.php:7 B keeps A"}; fmt.Sprint(related) != fmt.Sprint(want) {
		t.Errorf("relatedLocations %q, want %q", related, want)
	}
	if len(r.CodeFlows) != 1 || len(r.CodeFlows[0].ThreadFlows) != 1 {
		t.Fatalf("codeFlows %+v", r.CodeFlows)
	}
	var flow []string
	for _, l := range r.CodeFlows[0].ThreadFlows[0].Locations {
		flow = append(flow, fmt.Sprintf("%d %s", l.Location.PhysicalLocation.Region["startLine"], l.Location.Message.Text))
	}
	if want := []string{"30 B->a = A", "12 A->b = B", "7 B keeps A", "30 again"}; fmt.Sprint(flow) != fmt.Sprint(want) {
		t.Errorf("thread flow %q, want %q", flow, want)
	}
	if len(results[1].CodeFlows) != 0 || len(results[1].RelatedLocations) != 0 {
		t.Errorf("a finding without a trace has code flows or related locations")
	}

	notes := run.Invocations[0].Notifications
	if len(notes) != 2 || !run.Invocations[0].ExecutionSuccessful {
		t.Fatalf("toolExecutionNotifications %+v", run.Invocations)
	}
	// one notification per file, with the count
	if n := notes[0]; n.Level != "warning" || n.Message.Text != "parse error: syntax error (the first of 3 errors in this file; phpleak check --show-errors lists them)" ||
		n.Locations[0].PhysicalLocation.ArtifactLocation.URI != "bad.php" || n.Locations[0].PhysicalLocation.Region["startLine"] != 2 {
		t.Errorf("parse error notification %+v", n)
	}
	if n := notes[1]; n.Level != "error" || n.Message.Text != "internal error: rule x panicked: boom" || len(n.Locations) != 0 {
		t.Errorf("internal error notification %+v (a stack must stay out)", n)
	}
}

func TestArtifactURI(t *testing.T) {
	for file, want := range map[string]string{
		"src/A.php":              "src/A.php",
		"dir with space/a:b.php": "dir%20with%20space/a:b.php",
		"a:b.php":                "./a:b.php", // not a scheme
		"50%.php":                "50%25.php",
		"x#y?.php":               "x%23y%3F.php",
	} {
		if got := *artifactLocation(file).URI; got != want {
			t.Errorf("uri of %q = %q, want %q", file, got, want)
		}
	}
}
