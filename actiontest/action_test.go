// Package actiontest checks the GitHub Action at the repository root
// (action.yml and its scripts in action/): its security rules, shellcheck,
// actionlint over it and every workflow, and (e2e_test.go) a run end to
// end through nektos/act.
package actiontest

import (
	"bytes"
	"fmt"
	"github.com/phpleak/phpleak/internal/testtool"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"

	"github.com/rhysd/actionlint"
	"gopkg.in/yaml.v3"
)

const root = ".."

type actionStep struct {
	ID    string            `yaml:"id"`
	Name  string            `yaml:"name"`
	If    string            `yaml:"if"`
	Uses  string            `yaml:"uses"`
	Run   string            `yaml:"run"`
	Shell string            `yaml:"shell"`
	Env   map[string]string `yaml:"env"`
	With  map[string]string `yaml:"with"`
}

type actionFile struct {
	Inputs map[string]struct {
		Default string `yaml:"default"`
	} `yaml:"inputs"`
	Runs struct {
		Using string       `yaml:"using"`
		Steps []actionStep `yaml:"steps"`
	} `yaml:"runs"`
	// the line of each uses:, for the pin comment
	usesLines map[string]string
}

func parseAction(src []byte) (*actionFile, error) {
	var a actionFile
	if err := yaml.Unmarshal(src, &a); err != nil {
		return nil, err
	}
	a.usesLines = map[string]string{}
	for _, line := range strings.Split(string(src), "\n") {
		if i := strings.Index(line, "uses:"); i >= 0 {
			u := strings.Fields(line[i+len("uses:"):])
			if len(u) > 0 {
				a.usesLines[u[0]] = line
			}
		}
	}
	return &a, nil
}

var (
	pinned     = regexp.MustCompile(`^[\w.-]+/[\w.-]+(/[\w./-]+)?@[0-9a-f]{40}$`)
	versionTag = regexp.MustCompile(`#\s*v\d+(\.\d+)*\s*$`)
	inputRef   = regexp.MustCompile(`\binputs\.([\w-]+)`)
)

// checkAction returns the violations of the action's security rules.
func checkAction(a *actionFile) []string {
	var bad []string
	if a.Runs.Using != "composite" {
		bad = append(bad, fmt.Sprintf("runs.using is %q, want composite", a.Runs.Using))
	}
	used := map[string]bool{}
	for i, s := range a.Runs.Steps {
		name := fmt.Sprintf("step %d (%s)", i+1, s.Name)
		for _, v := range []string{s.If} {
			for _, m := range inputRef.FindAllStringSubmatch(v, -1) {
				used[m[1]] = true
			}
		}
		for _, m := range s.With {
			for _, r := range inputRef.FindAllStringSubmatch(m, -1) {
				used[r[1]] = true
			}
		}
		for _, m := range s.Env {
			for _, r := range inputRef.FindAllStringSubmatch(m, -1) {
				used[r[1]] = true
			}
		}
		switch {
		case s.Run != "":
			if strings.Contains(s.Run, "${{") {
				bad = append(bad, name+": an expression ${{ }} inside run: (pass it through env:)")
			}
			if s.Shell == "" {
				bad = append(bad, name+": no shell:")
			}
			if inputRef.MatchString(s.Run) {
				bad = append(bad, name+": run: names inputs.* (pass it through env:)")
			}
		case s.Uses != "":
			if strings.HasPrefix(s.Uses, "./") {
				break
			}
			if !pinned.MatchString(s.Uses) {
				bad = append(bad, fmt.Sprintf("%s: uses %s is not pinned by a full commit SHA", name, s.Uses))
			} else if !versionTag.MatchString(a.usesLines[s.Uses]) {
				bad = append(bad, fmt.Sprintf("%s: uses %s has no version comment (# vX.Y.Z)", name, s.Uses))
			}
		default:
			bad = append(bad, name+": neither run: nor uses:")
		}
	}
	var names []string
	for n := range a.Inputs {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		if !used[n] {
			bad = append(bad, fmt.Sprintf("input %s reaches no step (through env:, with: or if:)", n))
		}
	}
	return bad
}

func TestActionSecurityRules(t *testing.T) {
	src, err := os.ReadFile(filepath.Join(root, "action.yml"))
	if err != nil {
		t.Fatal(err)
	}
	a, err := parseAction(src)
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Runs.Steps) == 0 {
		t.Fatal("action.yml has no steps")
	}
	for _, v := range checkAction(a) {
		t.Error(v)
	}
	// the inputs the action documents
	for _, in := range []string{"paths", "config", "baseline", "php-version", "fail-on", "min-confidence", "args", "sarif-file", "category", "upload", "annotations", "only-changed", "version", "setup-go"} {
		if _, ok := a.Inputs[in]; !ok {
			t.Errorf("action.yml has no input %s", in)
		}
	}
	// every script a step runs exists, is executable, and lives in action/
	for _, s := range a.Runs.Steps {
		if s.Run == "" {
			continue
		}
		m := regexp.MustCompile(`^"\$GITHUB_ACTION_PATH/(action/[\w.-]+\.sh)"$`).FindStringSubmatch(strings.TrimSpace(s.Run))
		if m == nil {
			t.Errorf("step %q: run: should call a script in action/ (\"$GITHUB_ACTION_PATH/action/NAME.sh\"), got %q", s.Name, s.Run)
			continue
		}
		info, err := os.Stat(filepath.Join(root, m[1]))
		if err != nil {
			t.Errorf("step %q: %v", s.Name, err)
		} else if info.Mode()&0o111 == 0 {
			t.Errorf("step %q: %s is not executable", s.Name, m[1])
		}
	}
}

// TestCheckActionCatches shows that the checker can fail.
func TestCheckActionCatches(t *testing.T) {
	bad := `
inputs:
  paths: {default: ''}
  unused: {default: ''}
runs:
  using: composite
  steps:
    - name: inline
      run: phpleak check ${{ inputs.paths }}
    - name: unpinned
      uses: actions/setup-go@v5
    - name: pinned without comment
      uses: actions/cache/restore@5a3ec84eff668545956fd18022155c47e93e2684
`
	a, err := parseAction([]byte(bad))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(checkAction(a), "\n")
	for _, want := range []string{"expression ${{ }} inside run", "inline): no shell", "names inputs.*", "actions/setup-go@v5 is not pinned", "has no version comment", "input unused reaches no step"} {
		if !strings.Contains(got, want) {
			t.Errorf("checkAction misses %q; it says:\n%s", want, got)
		}
	}
}

func TestShellcheck(t *testing.T) {
	sc, err := exec.LookPath("shellcheck")
	if err != nil {
		testtool.SkipOrFail(t, "shellcheck not installed (apt-get install shellcheck)")
	}
	scripts, err := filepath.Glob(filepath.Join(root, "action", "*.sh"))
	if err != nil || len(scripts) == 0 {
		t.Fatalf("no scripts in action/: %v", err)
	}
	out, err := exec.Command(sc, append([]string{"--shell=bash", "--severity=style"}, scripts...)...).CombinedOutput()
	if err != nil {
		t.Errorf("shellcheck: %v\n%s", err, out)
	}
	// shellcheck itself finds problems (the test can fail)
	bad := filepath.Join(t.TempDir(), "bad.sh")
	if err := os.WriteFile(bad, []byte("#!/bin/bash\nrm -rf $1/*\n"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := exec.Command(sc, bad).Run(); err == nil {
		t.Error("shellcheck accepts an unquoted variable: it does not work")
	}
}

// workflows lists action.yml and every workflow in the repository,
// including the end-to-end fixture's.
func workflows(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pat := range []string{".github/workflows/*.yml", ".github/workflows/*.yaml", "actiontest/testdata/workflows/*.yml"} {
		m, err := filepath.Glob(filepath.Join(root, pat))
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

func lint(t *testing.T, files []string) []*actionlint.Error {
	t.Helper()
	abs, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	proj, err := actionlint.NewProject(abs)
	if err != nil {
		t.Fatal(err)
	}
	opts := &actionlint.LinterOptions{}
	if sc, err := exec.LookPath("shellcheck"); err == nil {
		opts.Shellcheck = sc // also checks the workflows' own run: scripts
	}
	var out bytes.Buffer
	l, err := actionlint.NewLinter(&out, opts)
	if err != nil {
		t.Fatal(err)
	}
	errs, err := l.LintFiles(files, proj)
	if err != nil {
		t.Fatal(err)
	}
	return errs
}

func TestActionlint(t *testing.T) {
	files := workflows(t)
	var names []string
	for _, f := range files {
		names = append(names, filepath.ToSlash(f))
	}
	for _, want := range []string{"../.github/workflows/ci.yml", "../.github/workflows/phpleak.yml", "../actiontest/testdata/workflows/e2e.yml"} {
		if !strings.Contains(strings.Join(names, " "), want) {
			t.Errorf("no workflow %s (found %v)", want, names)
		}
	}
	for _, e := range lint(t, files) {
		t.Errorf("actionlint: %s:%d:%d: %s [%s]", e.Filepath, e.Line, e.Column, e.Message, e.Kind)
	}
}

// TestActionlintCatches: a workflow passing an input the action does not
// have, or a bad expression, is reported, so actionlint reads the local
// action's metadata.
func TestActionlintCatches(t *testing.T) {
	bad, err := os.Create(filepath.Join(t.TempDir(), "negative.yml"))
	if err != nil {
		t.Fatal(err)
	}
	_, _ = bad.WriteString(`on: push
jobs:
  a:
    runs-on: ubuntu-latest
    steps:
      - uses: ./
        with:
          no-such-input: x
      - run: echo "${{ github.event.pull_request.title }}"
`)
	bad.Close()
	errs := lint(t, []string{bad.Name()})
	var msgs []string
	for _, e := range errs {
		msgs = append(msgs, e.Message)
	}
	got := strings.Join(msgs, "\n")
	if !strings.Contains(got, "no-such-input") {
		t.Errorf("actionlint did not report an input action.yml lacks:\n%s", got)
	}
	if !strings.Contains(got, "untrusted") {
		t.Errorf("actionlint did not report script injection:\n%s", got)
	}
}
