package actiontest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"github.com/phpleak/phpleak/internal/testtool"
	"io"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// The refs action.yml pins; the test maps each to a local stand-in.
const (
	setupGoRef = "actions/setup-go@d35c59abb061a4a6fb18e82ac0862c26744d6ab5"
	cacheRef   = "actions/cache@5a3ec84eff668545956fd18022155c47e93e2684"
	codeqlRef  = "github/codeql-action@ff0a06e83cb2de871e5a09832bc6a81e7276941f"

	// ActVersion is the nektos/act release .ci/run installs.
	ActVersion = "v0.2.89"
	schemaPath = "../../shared/sarif/sarif-schema-2.1.0.json"
)

// actBinary finds act: $PHPLEAK_ACT, the folder .ci/run installs it to,
// or $PATH.
func actBinary(t *testing.T) string {
	t.Helper()
	var cands []string
	if p := os.Getenv("PHPLEAK_ACT"); p != "" {
		cands = append(cands, p)
	}
	if home, err := os.UserHomeDir(); err == nil {
		cands = append(cands, filepath.Join(home, ".cache", "phpleak-act", ActVersion, "act"))
	}
	if p, err := exec.LookPath("act"); err == nil {
		cands = append(cands, p)
	}
	for _, c := range cands {
		if info, err := os.Stat(c); err == nil && !info.IsDir() {
			return c
		}
	}
	testtool.SkipOrFail(t, "act not found (go install github.com/nektos/act@%s, or set PHPLEAK_ACT)", ActVersion)
	return ""
}

// fixture lays out the repository act runs in: this repository's files
// (tracked and untracked, not ignored), the example worker under shop/,
// and the e2e workflow as its only workflow, committed, with a GitHub
// origin so that github.repository is acme/shop. It returns the commit,
// and phpleak built from this repository's source.
func fixture(t *testing.T, dir string) (string, string) {
	t.Helper()
	out, err := exec.Command("git", "-C", root, "ls-files", "-z", "-co", "--exclude-standard").Output()
	if err != nil {
		t.Fatalf("git ls-files: %v", err)
	}
	for _, f := range strings.Split(string(out), "\x00") {
		if f == "" || strings.HasPrefix(f, ".github/workflows/") {
			continue
		}
		src := filepath.Join(root, f)
		info, err := os.Lstat(src)
		if err != nil || !info.Mode().IsRegular() {
			continue // deleted in the working tree, or a symlink
		}
		copyFile(t, src, filepath.Join(dir, f), info.Mode())
	}
	ex := filepath.Join(root, "testdata", "example")
	err = filepath.Walk(ex, func(p string, info os.FileInfo, err error) error {
		if err != nil || info.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(ex, p)
		copyFile(t, p, filepath.Join(dir, "shop", rel), info.Mode())
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join("testdata", "workflows", "e2e.yml"), filepath.Join(dir, ".github", "workflows", "e2e.yml"), 0o644)
	// a project with no leak, and a baseline that hides all of shop's
	writeFile(t, filepath.Join(dir, "clean", "src", "Greeter.php"), cleanGreeter)
	phpleak := filepath.Join(t.TempDir(), "phpleak")
	if out, err := exec.Command("go", "build", "-o", phpleak, filepath.Join(root, "cmd", "phpleak")).CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	cmd := exec.Command(phpleak, "baseline", "--baseline", "shop-baseline.json", "shop")
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("phpleak baseline: %v\n%s", err, out)
	}
	git(t, dir, "init", "-q", "-b", "main")
	git(t, dir, "remote", "add", "origin", "https://github.com/acme/shop.git")
	return commit(t, dir, "base"), phpleak
}

// cleanGreeter is a project file with nothing to report.
const cleanGreeter = `<?php

namespace Acme\\Clean;

final class Greeter
{
    public function greet(string $name): string
    {
        $parts = [];
        $parts[] = 'Hello';
        $parts[] = $name;
        return implode(', ', $parts);
    }
}
`

func writeFile(t *testing.T, path, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func copyFile(t *testing.T, src, dst string, mode os.FileMode) {
	t.Helper()
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(dst, b, mode.Perm()); err != nil {
		t.Fatal(err)
	}
}

func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	// (no gc in the background: the repository holds the action's
	// source, some 8,000 files, over git's threshold for an automatic
	// gc, which packs loose objects while act copies .git and makes the
	// checkout fail on one that just went)
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false",
		"-c", "gc.auto=0", "-c", "maintenance.auto=false"}, args...)...)
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func commit(t *testing.T, dir, msg string) string {
	git(t, dir, "add", "-A")
	git(t, dir, "commit", "-q", "-m", msg)
	return git(t, dir, "rev-parse", "HEAD")
}

type actRun struct {
	log   string                    // act's output
	out   string                    // $E2E_OUT
	steps map[string]stepResult     // the workflow's steps context
	sarif map[string]map[string]any // uploads by category
}

type stepResult struct {
	Outputs map[string]string `json:"outputs"`
	Outcome string            `json:"outcome"`
}

// runAct runs the e2e workflow for event (with the event payload, if
// any) in repo. cache is the actions/cache stand-in's store, shared by
// the runs so that phpleak is built once.
func runAct(t *testing.T, act, repo, cache, event string, payload any, env ...string) *actRun {
	t.Helper()
	tmp := t.TempDir()
	out := filepath.Join(tmp, "out")
	if err := os.MkdirAll(out, 0o755); err != nil {
		t.Fatal(err)
	}
	standins, err := filepath.Abs(filepath.Join("testdata", "standins"))
	if err != nil {
		t.Fatal(err)
	}
	args := []string{event,
		"-P", "ubuntu-latest=-self-hosted",
		"-W", ".github/workflows/e2e.yml",
		"--no-cache-server",
		"--env", "E2E_OUT=" + out,
		"--env", "E2E_CACHE=" + cache,
		"--local-repository", setupGoRef + "=" + filepath.Join(standins, "setup-go"),
		"--local-repository", cacheRef + "=" + filepath.Join(standins, "cache"),
		"--local-repository", codeqlRef + "=" + filepath.Join(standins, "codeql-action"),
	}
	for _, e := range env {
		args = append(args, "--env", e)
	}
	if payload != nil {
		b, _ := json.Marshal(payload)
		ev := filepath.Join(tmp, "event.json")
		if err := os.WriteFile(ev, b, 0o644); err != nil {
			t.Fatal(err)
		}
		args = append(args, "-e", ev)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, act, args...)
	cmd.Dir = repo
	gocache, _ := exec.Command("go", "env", "GOCACHE").Output()
	// act keeps its workspaces under $XDG_CACHE_HOME/act: a temporary
	// folder; Go keeps its build cache.
	cmd.Env = append(os.Environ(), "XDG_CACHE_HOME="+filepath.Join(tmp, "xdg"), "GOCACHE="+strings.TrimSpace(string(gocache)))
	var log bytes.Buffer
	cmd.Stdout = &log
	cmd.Stderr = &log
	start := time.Now()
	err = cmd.Run()
	t.Logf("act %s: %v in %s", event, err, time.Since(start).Round(time.Millisecond))
	// the job itself succeeds: each action step continues on error, and
	// the last step records the outcomes
	if err != nil {
		t.Fatalf("act %s: %v\n%s", event, err, log.String())
	}
	r := &actRun{log: log.String(), out: out, sarif: map[string]map[string]any{}}
	b, err := os.ReadFile(filepath.Join(out, "steps.json"))
	if err != nil {
		t.Fatalf("the workflow's last step did not run: %v\n%s", err, r.log)
	}
	if err := json.Unmarshal(b, &r.steps); err != nil {
		t.Fatal(err)
	}
	uploads, _ := filepath.Glob(filepath.Join(out, "uploads", "*.sarif"))
	sch := testtool.SARIFSchema(t, schemaPath)
	for _, u := range uploads {
		b, err := os.ReadFile(u)
		if err != nil {
			t.Fatal(err)
		}
		if err := testtool.ValidateSARIF(sch, b); err != nil {
			t.Errorf("uploaded %s is not valid SARIF 2.1.0: %v", filepath.Base(u), err)
		}
		var doc map[string]any
		if err := json.Unmarshal(b, &doc); err != nil {
			t.Fatal(err)
		}
		r.sarif[strings.TrimSuffix(filepath.Base(u), ".sarif")] = doc
	}
	return r
}

// sarifResults lists "ruleId uri:line" for each result, and checks the
// category.
func sarifResults(t *testing.T, doc map[string]any, category string) []string {
	t.Helper()
	runs, _ := doc["runs"].([]any)
	if len(runs) != 1 {
		t.Fatalf("%d runs, want 1", len(runs))
	}
	run := runs[0].(map[string]any)
	if ad, _ := run["automationDetails"].(map[string]any); ad == nil || !strings.HasPrefix(fmt.Sprint(ad["id"]), category) {
		t.Errorf("automationDetails %v, want the category %s", run["automationDetails"], category)
	}
	var got []string
	results, _ := run["results"].([]any)
	for _, r := range results {
		res := r.(map[string]any)
		loc := res["locations"].([]any)[0].(map[string]any)["physicalLocation"].(map[string]any)
		art := loc["artifactLocation"].(map[string]any)
		if art["uriBaseId"] != "%SRCROOT%" {
			t.Errorf("result %v: uriBaseId %v", res["ruleId"], art["uriBaseId"])
		}
		line := loc["region"].(map[string]any)["startLine"]
		got = append(got, fmt.Sprintf("%v %v:%v", res["ruleId"], art["uri"], line))
	}
	sort.Strings(got)
	return got
}

var annotation = regexp.MustCompile(`::(warning|error|notice) file=([^,]+),line=(\d+),[^:]*title=phpleak ([\w-]+)`)

func annotations(log string) []string {
	var got []string
	for _, m := range annotation.FindAllStringSubmatch(log, -1) {
		got = append(got, fmt.Sprintf("%s %s %s:%s", m[1], m[4], m[2], m[3]))
	}
	sort.Strings(got)
	return got
}

func eq(t *testing.T, what string, got, want []string) {
	t.Helper()
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("%s:\n got  %q\n want %q", what, got, want)
	}
}

var allLeaks = []string{
	"circular-reference shop/src/Order.php:19",
	"loop-accumulation shop/worker.php:19",
	"service-state-growth shop/src/OrderHandler.php:19",
	"static-growth shop/src/PriceCache.php:14",
}

func TestActionEndToEnd(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: the end-to-end run takes a while")
	}
	act := actBinary(t)
	if _, err := exec.LookPath("git"); err != nil {
		testtool.SkipOrFail(t, "git not installed")
	}
	testtool.SARIFSchema(t, schemaPath)
	tmp := t.TempDir()
	repo := filepath.Join(tmp, "repo")
	cache := filepath.Join(tmp, "cache")
	base, phpleak := fixture(t, repo)

	t.Run("push", func(t *testing.T) {
		r := runAct(t, act, repo, cache, "push", nil)
		// uses: ./ has no ref: phpleak is built from source, with one
		// notice for the job
		if n := strings.Count(r.log, "::notice title=phpleak::the action's ref is unknown (a local uses: ./), so phpleak is built from the action's source"); n != 1 {
			t.Errorf("%d notices that phpleak is built from source, want 1", n)
		}
		if n := strings.Count(r.log, "phpleak: building from the action's source"); n != 6 {
			t.Errorf("%d steps say they build from source, want 6", n)
		}
		// the source build's steps ran (as notRun looks for them), the
		// download did not
		for _, s := range sourceSteps {
			if !strings.Contains(r.log, "Run Main "+s+"\n") {
				t.Errorf("the step %q did not run", s)
			}
		}
		if strings.Contains(r.log, "Run Main Download phpleak") {
			t.Error("the step Download phpleak ran")
		}
		// the exit status for each fail-on: the findings are warnings
		for step, want := range map[string]string{"warning": "failure", "note": "failure", "error": "success", "never": "success"} {
			if got := r.steps[step].Outcome; got != want {
				t.Errorf("step %s (fail-on %s): outcome %q, want %q", step, step, got, want)
			}
		}
		// the outputs, also when the step failed on fail-on
		for step, want := range map[string]string{"warning": "4", "note": "4", "error": "4", "never": "3"} {
			if got := r.steps[step].Outputs["findings"]; got != want {
				t.Errorf("step %s: findings output %q, want %q", step, got, want)
			}
			if !strings.HasSuffix(r.steps[step].Outputs["sarif-file"], ".sarif") {
				t.Errorf("step %s: sarif-file output %q", step, r.steps[step].Outputs["sarif-file"])
			}
		}
		if got := r.steps["warning"].Outputs["sarif-file"]; !strings.HasSuffix(got, "/warning.sarif") {
			t.Errorf("sarif-file output %q, want the sarif-file input", got)
		}
		// only the warning step has annotations on
		var want []string
		for _, l := range allLeaks {
			f := strings.Fields(l)
			want = append(want, "warning "+f[0]+" "+f[1])
		}
		sort.Strings(want)
		eq(t, "annotations", annotations(r.log), want)
		// uploads: warning and never (args and min-confidence reach
		// phpleak), not error and note (upload false)
		var cats []string
		for c := range r.sarif {
			cats = append(cats, c)
		}
		sort.Strings(cats)
		eq(t, "uploaded categories", cats, []string{"baselined", "clean", "never", "warning"})
		eq(t, "SARIF results (warning)", sarifResults(t, r.sarif["warning"], "warning"), allLeaks)
		eq(t, "SARIF results (never: --disable circular-reference)", sarifResults(t, r.sarif["never"], "never"), allLeaks[1:])
		if n := strings.Count(r.log, "upload is false: the SARIF report is not uploaded"); n != 2 {
			t.Errorf("%d notices of the skipped upload, want 2 (error and note)", n)
		}
		// the job summary, as act prints it, and the fail-on error
		if !strings.Contains(r.log, "Summary - ## phpleak") || !strings.Contains(r.log, "| static-growth | growth | shop/src/PriceCache.php:14 |") {
			t.Errorf("no job summary with the findings table in act's output")
		}
		if !strings.Contains(r.log, "::error title=phpleak::4 finding(s); at least one at or above fail-on warning") {
			t.Error("no fail-on error annotation")
		}
		// the fail-on step comes after the upload
		up := strings.Index(r.log, "upload-sarif received")
		fail := strings.Index(r.log, "at least one at or above fail-on warning")
		if up < 0 || fail < up {
			t.Errorf("the upload (at %d) does not come before the fail-on failure (at %d)", up, fail)
		}
		// clean runs pass, with a findings output of 0, an uploaded SARIF
		// with no result, and a summary that says so
		for _, step := range []string{"clean", "baselined"} {
			if got := r.steps[step]; got.Outcome != "success" || got.Outputs["findings"] != "0" {
				t.Errorf("step %s: outcome %q findings %q, want success and 0", step, got.Outcome, got.Outputs["findings"])
			}
			if doc, ok := r.sarif[step]; ok {
				eq(t, "SARIF results ("+step+")", sarifResults(t, doc, step), nil)
			}
		}
		for _, want := range []string{
			"Summary - ## phpleak",
			"0 findings in 1 file",
			"0 findings in 4 files (90 lines); 4 hidden by the baseline.",
			"phpleak: 0 finding(s), none at or above fail-on warning",
		} {
			if !strings.Contains(r.log, want) {
				t.Errorf("act's output lacks %q", want)
			}
		}
		// the build: once, then restored from the cache
		cl, _ := os.ReadFile(filepath.Join(r.out, "cache.log"))
		if got := string(cl); strings.Count(got, "save ") > 1 || strings.Count(got, "restore hit") < 3 {
			t.Errorf("cache log:\n%s", got)
		}
	})

	// the release v0.9.0 of this tree (scripts/release), served over
	// loopback: the action downloads it instead of building from source
	stamped := git(t, root, "rev-parse", "HEAD") // the commit it is stamped with
	rel := testtool.ReleaseServer(t, root, "0.9.0")

	t.Run("release", func(t *testing.T) {
		ref := referenceSARIF(t, phpleak, repo, "release", "shop")
		before := rel.Hits()
		r := runAct(t, act, repo, cache, "workflow_dispatch", nil, "PHPLEAK_DOWNLOAD_URL="+rel.BaseURL)
		// the job's first use downloads SHA256SUMS and the archive; the
		// second finds the binary in place
		if got := rel.Hits() - before; got != 2 {
			t.Errorf("%d requests to the release server, want 2 (SHA256SUMS and %s, once)", got, rel.Archive)
		}
		if n := strings.Count(r.log, "phpleak: v0.9.0 already downloaded to "); n != 1 {
			t.Errorf("%d steps found v0.9.0 already downloaded, want 1 (the second)", n)
		}
		// the downloaded binary ran: it is stamped by scripts/release
		// with the version and this repository's commit
		if !strings.Contains(r.log, "phpleak 0.9.0 (commit "+stamped[:12]) {
			t.Errorf("act's output lacks the downloaded binary's version line %q", "phpleak 0.9.0 (commit "+stamped[:12])
		}
		// the same analysis as the source build: outcome, findings,
		// annotations and SARIF, all but the tool's version
		wantResults := sarifResults(t, ref, "release")
		if len(wantResults) == 0 {
			t.Fatal("the source build reports nothing on shop: the comparison would prove nothing")
		}
		if got := r.steps["release"]; got.Outcome != "success" || got.Outputs["findings"] != fmt.Sprint(len(wantResults)) {
			t.Errorf("release step: outcome %q findings %q, want success and %d", got.Outcome, got.Outputs["findings"], len(wantResults))
		}
		if got := r.steps["release-again"]; got.Outcome != "success" || got.Outputs["findings"] != "0" {
			t.Errorf("release-again step: outcome %q findings %q, want success and 0", got.Outcome, got.Outputs["findings"])
		}
		var anns []string
		for _, a := range annotations(r.log) {
			anns = append(anns, a[strings.Index(a, " ")+1:]) // without the level
		}
		eq(t, "annotations", anns, wantResults)
		doc, ok := r.sarif["release"]
		if !ok {
			t.Fatal("the release step uploaded no SARIF")
		}
		got, gotVersion := withoutToolVersion(t, doc)
		want, wantVersion := withoutToolVersion(t, ref)
		if gotVersion != "0.9.0" || wantVersion == gotVersion {
			t.Errorf("SARIF tool versions: %q from the action, %q from the source build; want 0.9.0 and another", gotVersion, wantVersion)
		}
		if got != want {
			t.Errorf("the release's SARIF differs from the source build's:\n%s\nwant\n%s", got, want)
		}
		// neither Go nor the build from source
		notRun(t, r)
	})

	t.Run("release with a corrupt download", func(t *testing.T) {
		corrupt := rel.Corrupted(t)
		sums, err := os.ReadFile(filepath.Join(rel.Dir, "SHA256SUMS"))
		if err != nil {
			t.Fatal(err)
		}
		var want string
		for _, line := range strings.Split(string(sums), "\n") {
			if f := strings.Fields(line); len(f) == 2 && f[1] == rel.Archive {
				want = f[0]
			}
		}
		served := download(t, corrupt+"/v0.9.0/"+rel.Archive)
		sum := sha256.Sum256(served)
		got := hex.EncodeToString(sum[:])
		if want == "" || got == want {
			t.Fatalf("SHA256SUMS line %q, corrupt archive's digest %q: the server does not corrupt it", want, got)
		}
		before := rel.Hits()
		r := runAct(t, act, repo, cache, "workflow_dispatch", nil, "PHPLEAK_DOWNLOAD_URL="+corrupt)
		// both steps download (nothing was installed) and fail
		if got := rel.Hits() - before; got != 4 {
			t.Errorf("%d requests to the release server, want 4 (SHA256SUMS and the archive, twice)", got)
		}
		for _, step := range []string{"release", "release-again"} {
			if got := r.steps[step]; got.Outcome != "failure" || got.Outputs["findings"] != "" {
				t.Errorf("step %s: outcome %q findings %q, want failure and none", step, got.Outcome, got.Outputs["findings"])
			}
		}
		msg := fmt.Sprintf("::error title=phpleak::checksum mismatch for %s of phpleak v0.9.0: SHA256SUMS says %s, the download is %s.", rel.Archive, want, got)
		if n := strings.Count(r.log, msg); n != 2 {
			t.Errorf("%d checksum errors %q in act's output, want 2", n, msg)
		}
		// nothing ran: not the binary, not the analysis, not Go
		if strings.Contains(r.log, "phpleak 0.9.0 (commit") {
			t.Error("the corrupt binary ran")
		}
		if len(r.sarif) != 0 || len(annotations(r.log)) != 0 {
			t.Errorf("uploads %d, annotations %q: the analysis ran", len(r.sarif), annotations(r.log))
		}
		notRun(t, r, "Run phpleak", "Upload the SARIF to code scanning", "Apply fail-on")
	})

	// a pull request changing the static cache's line: only-changed
	// (the default) reports that finding alone
	src := filepath.Join(repo, "shop", "src", "PriceCache.php")
	b, err := os.ReadFile(src)
	if err != nil {
		t.Fatal(err)
	}
	changed := strings.Replace(string(b), "random_int(100, 9999);", "random_int(100, 99999);", 1)
	if changed == string(b) {
		t.Fatal("the example's PriceCache.php changed: update the test")
	}
	if err := os.WriteFile(src, []byte(changed), 0o644); err != nil {
		t.Fatal(err)
	}
	head := commit(t, repo, "head")
	pr := func(headRepo string) map[string]any {
		return map[string]any{
			"number": 7,
			"pull_request": map[string]any{
				"number": 7,
				"base":   map[string]any{"sha": base, "ref": "main", "repo": map[string]any{"full_name": "acme/shop"}},
				"head":   map[string]any{"sha": head, "ref": "feature", "repo": map[string]any{"full_name": headRepo}},
			},
			"repository": map[string]any{"full_name": "acme/shop"},
		}
	}
	onlyChanged := []string{"warning static-growth shop/src/PriceCache.php:14"}

	t.Run("pull_request", func(t *testing.T) {
		r := runAct(t, act, repo, cache, "pull_request", pr("acme/shop"))
		if got := r.steps["pr"]; got.Outcome != "failure" || got.Outputs["findings"] != "1" {
			t.Errorf("pr step: outcome %q findings %q, want failure and 1", got.Outcome, got.Outputs["findings"])
		}
		eq(t, "annotations", annotations(r.log), onlyChanged)
		if doc, ok := r.sarif["pr"]; !ok {
			t.Error("the SARIF was not uploaded on a pull request from the same repository")
		} else {
			eq(t, "SARIF results", sarifResults(t, doc, "pr"), []string{"static-growth shop/src/PriceCache.php:14"})
		}
	})

	t.Run("pull_request from a fork", func(t *testing.T) {
		r := runAct(t, act, repo, cache, "pull_request", pr("mallory/shop"))
		if got := r.steps["pr"]; got.Outcome != "failure" || got.Outputs["findings"] != "1" {
			t.Errorf("pr step: outcome %q findings %q, want failure and 1", got.Outcome, got.Outputs["findings"])
		}
		eq(t, "annotations", annotations(r.log), onlyChanged)
		if len(r.sarif) != 0 {
			t.Error("the SARIF was uploaded on a pull request from a fork")
		}
		if !strings.Contains(r.log, "::notice title=phpleak::pull request from a fork") {
			t.Error("no notice that the upload was skipped on a fork")
		}
	})

	// a pull request that changes no PHP line: the leaks are still
	// there, but on lines it does not touch, so the run is clean
	t.Run("pull_request changing no PHP line", func(t *testing.T) {
		writeFile(t, filepath.Join(repo, "shop", "NOTES.md"), "# Shop\n\nRelease notes.\n")
		docsHead := commit(t, repo, "docs")
		payload := pr("acme/shop")
		prd := payload["pull_request"].(map[string]any)
		prd["base"].(map[string]any)["sha"] = head
		prd["head"].(map[string]any)["sha"] = docsHead
		r := runAct(t, act, repo, cache, "pull_request", payload)
		if got := r.steps["pr"]; got.Outcome != "success" || got.Outputs["findings"] != "0" {
			t.Errorf("pr step: outcome %q findings %q, want success and 0", got.Outcome, got.Outputs["findings"])
		}
		eq(t, "annotations", annotations(r.log), nil)
		if doc, ok := r.sarif["pr"]; !ok {
			t.Error("the SARIF was not uploaded on a clean pull request")
		} else {
			eq(t, "SARIF results", sarifResults(t, doc, "pr"), nil)
		}
		if !strings.Contains(r.log, "4 on unchanged lines not shown") {
			t.Error("the summary does not say that findings on unchanged lines are not shown")
		}
	})

	// a shallow checkout (actions/checkout's default depth 1) lacks the
	// base commit: the action fetches it from origin
	t.Run("pull_request, shallow checkout", func(t *testing.T) {
		git(t, repo, "config", "uploadpack.allowAnySHA1InWant", "true")
		shallow := filepath.Join(tmp, "shallow")
		git(t, tmp, "clone", "-q", "--depth", "1", "file://"+repo, shallow)
		if err := exec.Command("git", "-C", shallow, "cat-file", "-e", base+"^{commit}").Run(); err == nil {
			t.Fatal("the shallow clone has the base commit")
		}
		r := runAct(t, act, shallow, cache, "pull_request", pr("acme/shop"), "GITHUB_REPOSITORY=acme/shop")
		if !strings.Contains(r.log, "fetching the base commit "+base) {
			t.Error("the action did not fetch the base commit")
		}
		if got := r.steps["pr"]; got.Outcome != "failure" || got.Outputs["findings"] != "1" {
			t.Errorf("pr step: outcome %q findings %q, want failure and 1", got.Outcome, got.Outputs["findings"])
		}
		eq(t, "annotations", annotations(r.log), onlyChanged)
	})
}

// referenceSARIF analyses paths in repo with phpleak built from source,
// as the action's analyse step does, and returns the SARIF.
func referenceSARIF(t *testing.T, phpleak, repo, category string, paths ...string) map[string]any {
	t.Helper()
	out := filepath.Join(t.TempDir(), "reference.sarif")
	cmd := exec.Command(phpleak, append([]string{"check", "--no-progress", "--format", "sarif", "--output", out, "--category", category, "--fail-on", "never", "--"}, paths...)...)
	cmd.Dir = repo
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("phpleak check: %v\n%s", err, b)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	var doc map[string]any
	if err := json.Unmarshal(b, &doc); err != nil {
		t.Fatal(err)
	}
	return doc
}

// withoutToolVersion returns the SARIF document, indented, without
// tool.driver's version and semanticVersion, and that version.
func withoutToolVersion(t *testing.T, doc map[string]any) (string, string) {
	t.Helper()
	b, err := json.Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	var c struct {
		Runs []map[string]any `json:"runs"`
	}
	var rest map[string]any
	if err := json.Unmarshal(b, &c); err != nil || len(c.Runs) != 1 {
		t.Fatalf("SARIF runs: %v (%d runs)", err, len(c.Runs))
	}
	if err := json.Unmarshal(b, &rest); err != nil {
		t.Fatal(err)
	}
	tool, _ := c.Runs[0]["tool"].(map[string]any)
	driver, _ := tool["driver"].(map[string]any)
	if driver == nil {
		t.Fatal("SARIF without tool.driver")
	}
	version := fmt.Sprint(driver["version"])
	delete(driver, "version")
	delete(driver, "semanticVersion")
	rest["runs"] = c.Runs
	out, err := json.MarshalIndent(rest, "", "  ")
	if err != nil {
		t.Fatal(err)
	}
	return string(out), version
}

// sourceSteps are the names of action.yml's steps that build phpleak
// from source; act prints "Run Main NAME" as it starts a step.
var sourceSteps = []string{"Restore the phpleak build", "Set up Go", "Build phpleak", "Save the phpleak build"}

// notRun checks that the action built nothing from source (no step of
// sourceSteps, and the setup-go and cache stand-ins logged nothing) and
// that none of steps (action.yml's step names) ran.
func notRun(t *testing.T, r *actRun, steps ...string) {
	t.Helper()
	for _, f := range []string{"setup-go.log", "cache.log"} {
		if b, err := os.ReadFile(filepath.Join(r.out, f)); err == nil {
			t.Errorf("%s: the source build's steps ran:\n%s", f, b)
		}
	}
	for _, s := range append(steps, sourceSteps...) {
		if strings.Contains(r.log, "Run Main "+s+"\n") {
			t.Errorf("the step %q ran", s)
		}
	}
	if strings.Contains(r.log, "phpleak: building from the action's source") {
		t.Error("key.sh chose the build from source")
	}
}

// download returns the body of url.
func download(t *testing.T, url string) []byte {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil || resp.StatusCode != http.StatusOK {
		t.Fatalf("GET %s: %s %v", url, resp.Status, err)
	}
	return b
}
