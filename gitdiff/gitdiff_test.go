package gitdiff_test

import (
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/gitdiff"
)

func TestParse(t *testing.T) {
	diff := `diff --git a/src/A.php b/src/A.php
--- a/src/A.php
+++ b/src/A.php
@@ -3 +3 @@ x
-a
+b
@@ -10,0 +11,2 @@
+c
+d
@@ -20,2 +21,0 @@
-e
-f
diff --git a/gone.php b/gone.php
--- a/gone.php
+++ /dev/null
@@ -1 +0,0 @@
-x
`
	c, err := gitdiff.Parse([]byte(diff))
	if err != nil {
		t.Fatal(err)
	}
	var got []int
	for l := 1; l <= 30; l++ {
		if c.Touches("src/A.php", l) {
			got = append(got, l)
		}
	}
	if want := []int{3, 11, 12, 21, 22}; !slices.Equal(got, want) {
		t.Errorf("changed lines %v, want %v", got, want)
	}
	if c.Touches("gone.php", 1) {
		t.Error("a deleted file has no changed lines")
	}
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(dir, name), []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

// linked reports every function named leak*, with a trace step at each
// function named link* in any file: a finding whose other side lives
// elsewhere.
var linked = &analyzer.Analyzer{
	ID: "linked", Kind: analyzer.Cycle, Severity: analyzer.SeverityWarning,
	Run: func(p *analyzer.Pass) {
		var steps []analyzer.TraceStep
		for _, f := range p.Files {
			for _, fn := range f.Funcs {
				if strings.HasPrefix(fn.Name, "link") {
					steps = append(steps, analyzer.Step(f, fn.Pos, "linked"))
				}
			}
		}
		for _, f := range p.Files {
			for _, fn := range f.Funcs {
				if strings.HasPrefix(fn.Name, "leak") {
					p.Report(analyzer.Diagnostic{File: f, Pos: fn.Pos, Message: fn.Name, Trace: steps})
				}
			}
		}
	},
}

func TestChangedLinesInGitRepo(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	dir := t.TempDir()
	git(t, dir, "init", "-q")
	write(t, dir, "a.php", "<?php\nfunction leakOld() {}\nfunction leakEdited() {}\nfunction leakCrossFile() {}\n")
	write(t, dir, "b.php", "<?php\nfunction helper() {}\n")
	git(t, dir, "add", ".")
	git(t, dir, "commit", "-q", "-m", "base")

	// leakEdited's line changes and new.php is untracked (all new); the
	// other findings touch no changed line.
	write(t, dir, "a.php", "<?php\nfunction leakOld() {}\nfunction leakEdited($x) {}\nfunction leakCrossFile() {}\n")
	write(t, dir, "new.php", "<?php\nfunction leakNew() {}\n")
	base := analyzer.Config{Root: dir, Paths: []string{dir}, Analyzers: []*analyzer.Analyzer{linked}}

	c, err := gitdiff.Changed(dir, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	cfg := base
	cfg.Changed = c
	res, err := analyzer.Run(cfg)
	if err != nil {
		t.Fatal(err)
	}
	if got, want := messages(res), []string{"leakEdited", "leakNew"}; !slices.Equal(got, want) {
		t.Errorf("without a trace into changed lines: %v, want %v", got, want)
	}
	if res.Unchanged != 2 {
		t.Errorf("Unchanged = %d, want 2", res.Unchanged)
	}

	// Now a changed line in b.php is in the trace of every finding.
	write(t, dir, "b.php", "<?php\nfunction helper() {}\nfunction linkBack() {}\n")
	if cfg.Changed, err = gitdiff.Changed(dir, "HEAD"); err != nil {
		t.Fatal(err)
	}
	if res, err = analyzer.Run(cfg); err != nil {
		t.Fatal(err)
	}
	if got, want := messages(res), []string{"leakOld", "leakEdited", "leakCrossFile", "leakNew"}; !slices.Equal(got, want) {
		t.Errorf("with a trace step on a changed line of b.php: %v, want %v", got, want)
	}
}

func messages(res *analyzer.Result) []string {
	var out []string
	for _, f := range res.Findings {
		out = append(out, f.Message)
	}
	return out
}

func TestChangedErrors(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	notRepo := t.TempDir()
	t.Setenv("GIT_CEILING_DIRECTORIES", filepath.Dir(notRepo))
	if _, err := gitdiff.Changed(notRepo, "HEAD"); err == nil || !strings.Contains(err.Error(), "not in a git working tree") {
		t.Errorf("outside a repository: err %v", err)
	}
	repo := t.TempDir()
	git(t, repo, "init", "-q")
	write(t, repo, "a.php", "<?php\n")
	git(t, repo, "add", ".")
	git(t, repo, "commit", "-q", "-m", "base")
	if _, err := gitdiff.Changed(repo, "no-such-branch"); err == nil || !strings.Contains(err.Error(), `unknown revision "no-such-branch"`) {
		t.Errorf("unknown revision: err %v", err)
	}
}
