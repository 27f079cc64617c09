package actiontest

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/internal/testtool"
)

// scriptRun is what one of the action's scripts did.
type scriptRun struct {
	out     string            // standard output and error
	outputs map[string]string // written to $GITHUB_OUTPUT
	err     error
}

// runScript runs action/NAME with only PATH, a fresh $GITHUB_OUTPUT and
// env in its environment, as a step would.
func runScript(t *testing.T, name string, env ...string) scriptRun {
	t.Helper()
	outFile := filepath.Join(t.TempDir(), "github_output")
	if err := os.WriteFile(outFile, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	actionPath, err := filepath.Abs(root)
	if err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command("bash", filepath.Join(actionPath, "action", name))
	cmd.Env = append([]string{"PATH=" + os.Getenv("PATH"), "GITHUB_OUTPUT=" + outFile, "GITHUB_ACTION_PATH=" + actionPath}, env...)
	b, err := cmd.CombinedOutput()
	r := scriptRun{out: string(b), outputs: map[string]string{}, err: err}
	o, rerr := os.ReadFile(outFile)
	if rerr != nil {
		t.Fatal(rerr)
	}
	for _, line := range strings.Split(string(o), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok {
			r.outputs[k] = v
		}
	}
	return r
}

// TestResolveVersion runs key.sh, which decides between a release and a
// build from source, for the version input and the action's ref.
func TestResolveVersion(t *testing.T) {
	const notice = "::notice title=phpleak::"
	for _, c := range []struct {
		input, ref, repo string
		version          string // the release, or "" for source
		notice           string // part of the notice, or "" for none
	}{
		{input: "", ref: "v1.2.3", repo: "phpleak/phpleak", version: "1.2.3"},
		{input: "", ref: "v1.2.3-rc.1", repo: "PhpLeak/PHPLeak", version: "1.2.3-rc.1"},
		{input: "", ref: "v0.9.0", repo: "", version: "0.9.0"},
		{input: "v2.0.0", ref: "main", repo: "phpleak/phpleak", version: "2.0.0"},
		{input: "2.0.0", ref: "v1.2.3", repo: "phpleak/phpleak", version: "2.0.0"},
		{input: "v2.0.0-beta.2", ref: "", repo: "", version: "2.0.0-beta.2"},
		{input: "source", ref: "v1.2.3", repo: "phpleak/phpleak"},
		{input: "", ref: "main", repo: "phpleak/phpleak", notice: "the action's ref 'main' is not a release tag (v1.2.3), so phpleak is built from the action's source"},
		{input: "", ref: "0123456789abcdef0123456789abcdef01234567", repo: "phpleak/phpleak", notice: "ref '0123456789abcdef0123456789abcdef01234567' is not a release tag"},
		{input: "", ref: "v1", repo: "phpleak/phpleak", notice: "ref 'v1' is not a release tag"},
		{input: "", ref: "1.2.3", repo: "phpleak/phpleak", notice: "ref '1.2.3' is not a release tag"},
		{input: "", ref: "", repo: "", notice: "the action's ref is unknown (a local uses: ./)"},
		// a composite action nested in acme/ci sees acme/ci's ref
		{input: "", ref: "v3.1.0", repo: "acme/ci", notice: "the action runs inside acme/ci, whose ref says nothing about phpleak's version"},
	} {
		name := fmt.Sprintf("version=%q ref=%q repo=%q", c.input, c.ref, c.repo)
		tmp := t.TempDir()
		r := runScript(t, "key.sh", "INPUT_VERSION="+c.input, "ACTION_REF="+c.ref, "ACTION_REPOSITORY="+c.repo,
			"RUNNER_TEMP="+tmp, "RUNNER_OS=Linux", "RUNNER_ARCH=X64")
		if r.err != nil {
			t.Errorf("%s: %v\n%s", name, r.err, r.out)
			continue
		}
		if c.version != "" {
			want := map[string]string{"mode": "release", "version": c.version, "dir": filepath.Join(tmp, "phpleak-v"+c.version)}
			if fmt.Sprint(r.outputs) != fmt.Sprint(want) {
				t.Errorf("%s: outputs %v, want %v", name, r.outputs, want)
			}
		} else {
			key, dir := r.outputs["key"], r.outputs["dir"]
			hash := strings.TrimPrefix(key, "phpleak-build-Linux-X64-")
			if r.outputs["mode"] != "source" || len(hash) != 16 || dir != filepath.Join(tmp, "phpleak-"+hash) || r.outputs["version"] != "" {
				t.Errorf("%s: outputs %v, want mode source, a build key and its folder", name, r.outputs)
			}
		}
		switch n := strings.Count(r.out, notice); {
		case c.notice == "" && n != 0:
			t.Errorf("%s: a notice:\n%s", name, r.out)
		case c.notice != "" && (n != 1 || !strings.Contains(r.out, c.notice)):
			t.Errorf("%s: want one notice with %q, got:\n%s", name, c.notice, r.out)
		}
		if c.notice != "" {
			// once per job: a second use of the action only logs it
			again := runScript(t, "key.sh", "INPUT_VERSION="+c.input, "ACTION_REF="+c.ref, "ACTION_REPOSITORY="+c.repo, "RUNNER_TEMP="+tmp)
			if again.err != nil || strings.Contains(again.out, notice) || !strings.Contains(again.out, "phpleak: building from the action's source") {
				t.Errorf("%s, second use in the job: %v\n%s", name, again.err, again.out)
			}
		}
	}

	// a version that is neither a release nor source fails the step,
	// naming the value (without what could be a workflow command)
	for _, in := range []string{"latest", "v1.2", "1.2.3.4", "V1.2.3", "main", "v1.2.3 ", "1.2.3\n::warning::injected"} {
		r := runScript(t, "key.sh", "INPUT_VERSION="+in, "ACTION_REF=v1.2.3", "RUNNER_TEMP="+t.TempDir())
		if r.err == nil {
			t.Errorf("version %q: key.sh succeeded:\n%s", in, r.out)
			continue
		}
		shown := strings.NewReplacer("\n", "?", ":", "?", " ", "?").Replace(in)
		want := "::error title=phpleak::the version input must be a release like v1.2.3 (or 1.2.3, v1.2.3-rc.1), source to build phpleak from the action's own code, or empty for the release of the action's tag; got '" + shown + "'"
		if !strings.Contains(r.out, want) {
			t.Errorf("version %q: want %q, got:\n%s", in, want, r.out)
		}
		if strings.Contains(r.out, "\n::warning") || len(r.outputs) != 0 {
			t.Errorf("version %q: outputs %v, output:\n%s", in, r.outputs, r.out)
		}
	}
}

// runnerPlatform is RUNNER_OS and RUNNER_ARCH for this machine.
func runnerPlatform(t *testing.T) (string, string) {
	goos := map[string]string{"linux": "Linux", "darwin": "macOS", "windows": "Windows"}[runtime.GOOS]
	goarch := map[string]string{"amd64": "X64", "arm64": "ARM64"}[runtime.GOARCH]
	if goos == "" || goarch == "" {
		t.Skipf("no phpleak release for %s/%s", runtime.GOOS, runtime.GOARCH)
	}
	return goos, goarch
}

// TestInstall runs install.sh against a local release server.
func TestInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: builds a release")
	}
	goos, goarch := runnerPlatform(t)
	// the commit scripts/release stamps (read first: the tree's HEAD may
	// move while the release builds)
	head := git(t, root, "rev-parse", "HEAD")
	rel := testtool.ReleaseServer(t, root, "0.9.0")
	install := func(t *testing.T, baseURL, dir string, env ...string) scriptRun {
		t.Helper()
		return runScript(t, "install.sh", append([]string{"PHPLEAK_VERSION=0.9.0", "PHPLEAK_BIN_DIR=" + dir,
			"PHPLEAK_DOWNLOAD_URL=" + baseURL, "RUNNER_TEMP=" + t.TempDir(), "RUNNER_OS=" + goos, "RUNNER_ARCH=" + goarch}, env...)...)
	}
	exe := "phpleak"
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}

	t.Run("download, then already there", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "bin")
		before := rel.Hits()
		r := install(t, rel.BaseURL, dir)
		if r.err != nil || !strings.Contains(r.out, "phpleak 0.9.0 (commit "+head[:12]) {
			t.Fatalf("install: %v\n%s", r.err, r.out)
		}
		if got := rel.Hits() - before; got != 2 {
			t.Errorf("%d requests, want 2", got)
		}
		for _, f := range []string{exe, "README.md"} {
			if _, err := os.Stat(filepath.Join(dir, f)); err != nil {
				t.Error(err)
			}
		}
		r = install(t, rel.BaseURL, dir)
		if r.err != nil || !strings.Contains(r.out, "already downloaded") || !strings.Contains(r.out, "phpleak 0.9.0 (commit") {
			t.Errorf("second install: %v\n%s", r.err, r.out)
		}
		if got := rel.Hits() - before; got != 2 {
			t.Errorf("%d requests after the second install, want still 2", got)
		}
	})

	t.Run("corrupt archive", func(t *testing.T) {
		dir := filepath.Join(t.TempDir(), "bin")
		r := install(t, rel.Corrupted(t), dir)
		if r.err == nil || !strings.Contains(r.out, "::error title=phpleak::checksum mismatch for "+rel.Archive+" of phpleak v0.9.0: SHA256SUMS says ") {
			t.Errorf("install: %v\n%s", r.err, r.out)
		}
		if _, err := os.Stat(filepath.Join(dir, exe)); err == nil {
			t.Error("the corrupt binary was installed")
		}
	})

	// a server whose SHA256SUMS lacks the archive's line
	t.Run("no checksum line", func(t *testing.T) {
		archive, err := os.ReadFile(filepath.Join(rel.Dir, rel.Archive))
		if err != nil {
			t.Fatal(err)
		}
		sum := sha256.Sum256(archive)
		digest := hex.EncodeToString(sum[:])
		srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			switch req.URL.Path {
			case "/v0.9.0/SHA256SUMS":
				fmt.Fprintf(w, "%s  phpleak_0.9.0_plan9_amd64.tar.gz\n", digest)
			case "/v0.9.0/" + rel.Archive:
				w.Write(archive)
			default:
				http.NotFound(w, req)
			}
		}))
		defer srv.Close()
		dir := filepath.Join(t.TempDir(), "bin")
		r := install(t, srv.URL, dir)
		want := "::error title=phpleak::SHA256SUMS of phpleak v0.9.0 has no line for " + rel.Archive + " (its digest is " + digest + ")"
		if r.err == nil || !strings.Contains(r.out, want) {
			t.Errorf("install: %v, want %q:\n%s", r.err, want, r.out)
		}
		if _, err := os.Stat(filepath.Join(dir, exe)); err == nil {
			t.Error("a binary without a checksum was installed")
		}
	})

	// the asset for each runner: another platform's archive is not on
	// this server, so the download names it and fails
	t.Run("platforms", func(t *testing.T) {
		for _, p := range []struct{ os, arch, asset string }{
			{"Linux", "ARM64", "phpleak_0.9.0_linux_arm64.tar.gz"},
			{"Linux", "X64", "phpleak_0.9.0_linux_amd64.tar.gz"},
			{"macOS", "ARM64", "phpleak_0.9.0_darwin_arm64.tar.gz"},
			{"macOS", "X64", "phpleak_0.9.0_darwin_amd64.tar.gz"},
			{"Windows", "X64", "phpleak_0.9.0_windows_amd64.zip"},
		} {
			if p.asset == rel.Archive {
				continue
			}
			r := install(t, rel.BaseURL, filepath.Join(t.TempDir(), "bin"), "RUNNER_OS="+p.os, "RUNNER_ARCH="+p.arch)
			want := "::error title=phpleak::cannot download " + p.asset + " of phpleak v0.9.0 from " + rel.BaseURL + "/v0.9.0/" + p.asset
			if r.err == nil || !strings.Contains(r.out, want) {
				t.Errorf("%s/%s: %v, want %q:\n%s", p.os, p.arch, r.err, want, r.out)
			}
		}
		for _, p := range [][2]string{{"Linux", "X86"}, {"Linux", "ARM"}, {"FreeBSD", "X64"}, {"", ""}} {
			before := rel.Hits()
			r := install(t, rel.BaseURL, filepath.Join(t.TempDir(), "bin"), "RUNNER_OS="+p[0], "RUNNER_ARCH="+p[1])
			if r.err == nil || !strings.Contains(r.out, "::error title=phpleak::no phpleak release for the runner") || !strings.Contains(r.out, "set version: source") {
				t.Errorf("%s/%s: %v\n%s", p[0], p[1], r.err, r.out)
			}
			if rel.Hits() != before {
				t.Errorf("%s/%s: requests to the server", p[0], p[1])
			}
		}
	})

	t.Run("no such release", func(t *testing.T) {
		r := install(t, rel.BaseURL, filepath.Join(t.TempDir(), "bin"), "PHPLEAK_VERSION=9.9.9")
		want := "::error title=phpleak::cannot download SHA256SUMS of phpleak v9.9.9 from " + rel.BaseURL + "/v9.9.9/SHA256SUMS: check that the version exists at https://github.com/phpleak/phpleak/releases"
		if r.err == nil || !strings.Contains(r.out, want) {
			t.Errorf("%v, want %q:\n%s", r.err, want, r.out)
		}
	})
}

// An input naming a file that holds a newline (sarif-file would add an
// output line of its own to $GITHUB_OUTPUT) is refused before anything
// runs.
func TestPathInputsOnOneLine(t *testing.T) {
	bin := t.TempDir() // no phpleak in it: the script must stop before
	for _, input := range []string{"sarif-file", "config", "baseline"} {
		for _, in := range []string{"out.sarif\nupload=true", "out.sarif\rfindings=0"} {
			name := "INPUT_" + strings.ToUpper(strings.ReplaceAll(input, "-", "_"))
			r := runScript(t, "analyse.sh", "PHPLEAK_BIN_DIR="+bin, name+"="+in, "RUNNER_TEMP="+t.TempDir())
			if r.err == nil || !strings.Contains(r.out, "::error title=phpleak::the "+input+" input must be one path on one line") {
				t.Errorf("%s %q: err %v, output:\n%s", input, in, r.err, r.out)
			}
			if len(r.outputs) != 0 {
				t.Errorf("%s %q: outputs written: %v", input, in, r.outputs)
			}
		}
	}
}
