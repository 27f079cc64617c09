// Package scripts holds the project's scripts; this test runs the
// release script as the release workflow does.
package scripts

import (
	"archive/tar"
	"archive/zip"
	"bytes"
	"compress/gzip"
	"crypto/sha256"
	"encoding/hex"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/internal/testtool"
)

var platforms = []string{"linux/amd64", "linux/arm64", "darwin/amd64", "darwin/arm64", "windows/amd64", "windows/arm64"}

func TestRelease(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: cross-builds six binaries")
	}
	for _, tool := range []string{"git", "zip", "tar", "gzip", "sha256sum"} {
		if _, err := exec.LookPath(tool); err != nil {
			testtool.SkipOrFail(t, "%s not installed", tool)
		}
	}
	head, err := exec.Command("git", "rev-parse", "HEAD").Output()
	if err != nil {
		testtool.SkipOrFail(t, "not in a git checkout: %v", err)
	}
	commit := strings.TrimSpace(string(head))
	out := t.TempDir()
	cmd := exec.Command("bash", "release", "v9.8.7-rc.1", out)
	cmd.Env = append(os.Environ(), "PHPLEAK_RELEASE_TARGETS=")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/release: %v\n%s", err, b)
	}

	// SHA256SUMS names every archive, with its digest
	sums, err := os.ReadFile(filepath.Join(out, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, line := range strings.Split(strings.TrimSpace(string(sums)), "\n") {
		sum, name, ok := strings.Cut(line, "  ")
		if !ok {
			t.Fatalf("SHA256SUMS line %q is not in sha256sum's format", line)
		}
		b, err := os.ReadFile(filepath.Join(out, name))
		if err != nil {
			t.Fatal(err)
		}
		if d := sha256.Sum256(b); hex.EncodeToString(d[:]) != sum {
			t.Errorf("%s: SHA256SUMS says %s, the file hashes to %x", name, sum, d)
		}
		names = append(names, name)
	}
	var want []string
	for _, p := range platforms {
		goos, goarch, _ := strings.Cut(p, "/")
		ext := ".tar.gz"
		if goos == "windows" {
			ext = ".zip"
		}
		want = append(want, "phpleak_9.8.7-rc.1_"+goos+"_"+goarch+ext)
	}
	slices.Sort(names)
	slices.Sort(want)
	if !slices.Equal(names, want) {
		t.Fatalf("assets %q, want %q", names, want)
	}

	// each archive holds the binary and the README; the binary is built
	// for its platform, without cgo, with -trimpath and the stamp
	for _, p := range platforms {
		goos, goarch, _ := strings.Cut(p, "/")
		exe := "phpleak"
		name := "phpleak_9.8.7-rc.1_" + goos + "_" + goarch
		var files map[string][]byte
		if goos == "windows" {
			exe += ".exe"
			files = unzip(t, filepath.Join(out, name+".zip"))
		} else {
			files = untar(t, filepath.Join(out, name+".tar.gz"))
		}
		var got []string
		for f := range files {
			got = append(got, f)
		}
		slices.Sort(got)
		if !slices.Equal(got, []string{"README.md", exe}) {
			t.Errorf("%s holds %q, want README.md and %s", name, got, exe)
			continue
		}
		bin := filepath.Join(t.TempDir(), exe)
		if err := os.WriteFile(bin, files[exe], 0o755); err != nil {
			t.Fatal(err)
		}
		info, err := exec.Command("go", "version", "-m", bin).Output()
		if err != nil {
			t.Fatalf("go version -m %s: %v", name, err)
		}
		for _, w := range []string{"GOOS=" + goos, "GOARCH=" + goarch, "CGO_ENABLED=0", "-trimpath=true"} {
			if !strings.Contains(string(info), w) {
				t.Errorf("%s: the build information lacks %q:\n%s", name, w, info)
			}
		}
		// -trimpath leaves -ldflags out of the build information: look
		// for the stamped strings themselves
		for _, w := range []string{"9.8.7-rc.1", commit} {
			if !bytes.Contains(files[exe], []byte(w)) {
				t.Errorf("%s: the binary does not hold the stamp %q", name, w)
			}
		}
		if goos == runtime.GOOS && goarch == runtime.GOARCH {
			v, err := exec.Command(bin, "version").Output()
			if err != nil {
				t.Fatalf("%s version: %v", name, err)
			}
			if w := "phpleak 9.8.7-rc.1 (commit " + commit[:12] + ", "; !strings.HasPrefix(string(v), w) {
				t.Errorf("phpleak version printed %q, want it to start with %q", v, w)
			}
		}
	}

	// the same commit gives the same bytes
	again := t.TempDir()
	cmd = exec.Command("bash", "release", "9.8.7-rc.1", again)
	cmd.Env = append(os.Environ(), "PHPLEAK_RELEASE_TARGETS=linux/arm64 windows/amd64")
	if b, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/release: %v\n%s", err, b)
	}
	for _, a := range []string{"phpleak_9.8.7-rc.1_linux_arm64.tar.gz", "phpleak_9.8.7-rc.1_windows_amd64.zip"} {
		x, _ := os.ReadFile(filepath.Join(out, a))
		y, _ := os.ReadFile(filepath.Join(again, a))
		if len(x) == 0 || !bytes.Equal(x, y) {
			t.Errorf("%s differs between two runs on one commit", a)
		}
	}

	// a version that is not semantic is refused
	cmd = exec.Command("bash", "release", "latest", t.TempDir())
	if b, err := cmd.CombinedOutput(); err == nil || !strings.Contains(string(b), "not a semantic version") {
		t.Errorf("scripts/release latest: %v\n%s", err, b)
	}
}

func untar(t *testing.T, path string) map[string][]byte {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	zr, err := gzip.NewReader(f)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	tr := tar.NewReader(zr)
	files := map[string][]byte{}
	for {
		h, err := tr.Next()
		if err == io.EOF {
			return files
		}
		if err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		b, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		files[h.Name] = b
	}
}

func unzip(t *testing.T, path string) map[string][]byte {
	t.Helper()
	zr, err := zip.OpenReader(path)
	if err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	defer zr.Close()
	files := map[string][]byte{}
	for _, f := range zr.File {
		rc, err := f.Open()
		if err != nil {
			t.Fatal(err)
		}
		b, err := io.ReadAll(rc)
		rc.Close()
		if err != nil {
			t.Fatal(err)
		}
		files[f.Name] = b
	}
	return files
}
