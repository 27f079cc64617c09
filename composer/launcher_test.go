// Package composer is the composer package phpleak/phpleak: composer.json
// and bin/phpleak, a PHP launcher that downloads the release binary for
// the installed version and platform on first use and runs it. This Go
// package holds only its test: it installs the package with composer into
// PHP projects and runs vendor/bin/phpleak against release assets that
// scripts/release builds and a loopback server serves.
package composer

import (
	"bytes"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"sync"
	"sync/atomic"
	"testing"

	"github.com/phpleak/phpleak/internal/testtool"
)

const version = "0.9.0"

// leaky is a Symfony Messenger handler that keeps every message id in a
// static array: phpleak's static-growth.
const leaky = `<?php

namespace App;

use Symfony\Component\Messenger\Attribute\AsMessageHandler;

#[AsMessageHandler]
final class TrackHandler
{
    private static array $seen = [];

    public function __invoke(string $id): void
    {
        self::$seen[] = $id;
    }
}
`

const clean = `<?php

namespace App;

final class Greeter
{
    public function greet(string $name): string
    {
        return 'Hello, ' . $name;
    }
}
`

// env is what every command of the test runs with: the test's environment
// without the variables the launcher or composer read, plus HOME and
// COMPOSER_HOME in home.
type env struct {
	home string
	base []string
}

func newEnv(t *testing.T) *env {
	home := t.TempDir()
	var base []string
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		switch lk := strings.ToLower(k); {
		case strings.HasPrefix(k, "PHPLEAK_"), strings.HasPrefix(k, "COMPOSER"),
			lk == "http_proxy", lk == "https_proxy", lk == "no_proxy", lk == "all_proxy",
			k == "HOME", k == "XDG_CACHE_HOME":
			continue
		}
		base = append(base, kv)
	}
	base = append(base,
		"HOME="+home,
		"COMPOSER_HOME="+filepath.Join(home, "composer"),
		"COMPOSER_CACHE_DIR="+filepath.Join(home, "cache"),
		"COMPOSER_ALLOW_SUPERUSER=1",
		"COMPOSER_NO_INTERACTION=1",
	)
	return &env{home: home, base: base}
}

func (e *env) with(vars ...string) []string {
	return append(append([]string(nil), e.base...), vars...)
}

type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	return fmt.Sprintf("exit %d\nstdout:\n%s\nstderr:\n%s", r.code, r.stdout, r.stderr)
}

// run runs name with args in dir and returns its exit code and output;
// stdin is its standard input (none when empty).
func run(t *testing.T, dir string, environ []string, stdin string, name string, args ...string) result {
	t.Helper()
	cmd := exec.Command(name, args...)
	cmd.Dir = dir
	cmd.Env = environ
	if stdin != "" {
		cmd.Stdin = strings.NewReader(stdin)
	}
	var out, errb bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &errb
	err := cmd.Run()
	var ee *exec.ExitError
	if err != nil && !errors.As(err, &ee) {
		t.Fatalf("%s %q: %v", name, args, err)
	}
	return result{cmd.ProcessState.ExitCode(), out.String(), errb.String()}
}

func write(t *testing.T, path, content string, mode fs.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), mode); err != nil {
		t.Fatal(err)
	}
}

// copyPackage copies this folder's package (composer.json and bin/, not
// this test) to a new folder, with version in its composer.json ("" for
// none: composer then installs it as a dev version).
func copyPackage(t *testing.T, version string) string {
	t.Helper()
	dst := t.TempDir()
	b, err := os.ReadFile("composer.json")
	if err != nil {
		t.Fatal(err)
	}
	var manifest map[string]any
	if err := json.Unmarshal(b, &manifest); err != nil {
		t.Fatalf("composer.json: %v", err)
	}
	if version != "" {
		manifest["version"] = version
	}
	b, err = json.MarshalIndent(manifest, "", "    ")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dst, "composer.json"), string(b)+"\n", 0o644)
	launcher, err := os.ReadFile(filepath.Join("bin", "phpleak"))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dst, "bin", "phpleak"), string(launcher), 0o755)
	return dst
}

// project is a PHP project with phpleak/phpleak installed by composer.
type project struct {
	dir string
}

// newProject makes a project requiring phpleak/phpleak at constraint from
// the package in pkg (a path repository, copied, with Packagist off), with
// the leaky class in src/ and a clean one in "clean code/", and runs
// composer install.
func newProject(t *testing.T, e *env, pkg, constraint string) *project {
	t.Helper()
	dir := t.TempDir()
	manifest := map[string]any{
		"name":        "acme/worker",
		"description": "a queue worker",
		"type":        "project",
		"require-dev": map[string]string{"phpleak/phpleak": constraint},
		"repositories": []any{
			map[string]any{"type": "path", "url": pkg, "options": map[string]any{"symlink": false}},
			map[string]any{"packagist.org": false},
		},
	}
	b, err := json.MarshalIndent(manifest, "", "    ")
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "composer.json"), string(b)+"\n", 0o644)
	write(t, filepath.Join(dir, "src", "TrackHandler.php"), leaky, 0o644)
	write(t, filepath.Join(dir, "clean code", "Greeter.php"), clean, 0o644)
	if r := run(t, dir, e.with(), "", "composer", "install", "--no-interaction", "--no-progress"); r.code != 0 {
		t.Fatalf("composer install:\n%s", r)
	}
	if fi, err := os.Stat(filepath.Join(dir, "vendor", "bin", "phpleak")); err != nil || fi.Mode()&0o111 == 0 {
		t.Fatalf("composer installed no executable vendor/bin/phpleak (%v)", err)
	}
	return &project{dir: dir}
}

// phpleak runs vendor/bin/phpleak as a user would.
func (p *project) phpleak(t *testing.T, environ []string, args ...string) result {
	t.Helper()
	return run(t, p.dir, environ, "", filepath.Join(p.dir, "vendor", "bin", "phpleak"), args...)
}

// downloads is where the launcher keeps the binaries it downloads.
func (p *project) downloads() string {
	return filepath.Join(p.dir, "vendor", "phpleak", "phpleak", ".phpleak")
}

// files lists the regular files under the download folder, slash-separated.
func (p *project) files(t *testing.T) []string {
	t.Helper()
	var files []string
	err := filepath.WalkDir(p.downloads(), func(path string, d fs.DirEntry, err error) error {
		if errors.Is(err, fs.ErrNotExist) && path == p.downloads() {
			return fs.SkipAll
		}
		if err != nil {
			return err
		}
		if !d.IsDir() {
			rel, _ := filepath.Rel(p.downloads(), path)
			files = append(files, filepath.ToSlash(rel))
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return files
}

// reset removes the downloaded binaries, as a fresh install would have none.
func (p *project) reset(t *testing.T) {
	t.Helper()
	if err := os.RemoveAll(p.downloads()); err != nil {
		t.Fatal(err)
	}
}

// wantInstalled checks that the download folder holds exactly the binary
// for this platform, executable: no temporary file is left.
func (p *project) wantInstalled(t *testing.T) {
	t.Helper()
	exe := "phpleak"
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	want := version + "/" + runtime.GOOS + "_" + runtime.GOARCH + "/" + exe
	if got := p.files(t); len(got) != 1 || got[0] != want {
		t.Fatalf("download folder holds %q, want only %q", got, want)
	}
	fi, err := os.Stat(filepath.Join(p.downloads(), filepath.FromSlash(want)))
	if err != nil {
		t.Fatal(err)
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o755 {
		t.Errorf("%s has mode %v, want 0755", want, fi.Mode().Perm())
	}
}

func wantCode(t *testing.T, what string, r result, code int) {
	t.Helper()
	if r.code != code {
		t.Fatalf("%s: exit %d, want %d\n%s", what, r.code, code, r)
	}
}

func wantContains(t *testing.T, what, s string, subs ...string) {
	t.Helper()
	for _, sub := range subs {
		if !strings.Contains(s, sub) {
			t.Errorf("%s: no %q in\n%s", what, sub, s)
		}
	}
}

const launcherPrefix = "phpleak (composer launcher): "

// wantLauncherError checks a failure of the launcher itself: exit code 2,
// nothing on standard output, and each line of standard error prefixed.
func wantLauncherError(t *testing.T, what string, r result, subs ...string) {
	t.Helper()
	wantCode(t, what, r, 2)
	if r.stdout != "" {
		t.Errorf("%s: standard output should be empty, is %q", what, r.stdout)
	}
	for _, line := range strings.Split(strings.TrimRight(r.stderr, "\n"), "\n") {
		if !strings.HasPrefix(line, launcherPrefix) {
			t.Errorf("%s: standard error line without the launcher's prefix: %q", what, line)
		}
	}
	wantContains(t, what, r.stderr, subs...)
}

func TestLauncher(t *testing.T) {
	for _, tool := range []string{"php", "composer", "git", "tar", "gzip", "sha256sum"} {
		if _, err := exec.LookPath(tool); err != nil {
			testtool.SkipOrFail(t, "%s not installed", tool)
		}
	}
	if runtime.GOOS == "windows" {
		t.Skip("the test runs vendor/bin/phpleak through its shebang")
	}
	root, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	rel := testtool.ReleaseServer(t, root, version)
	e := newEnv(t)

	// a phpleak built from this tree, stamped so that its version line
	// tells it from the downloaded one
	own := filepath.Join(t.TempDir(), "phpleak")
	build := exec.Command("go", "build", "-o", own, "-ldflags", "-X main.version=0.0.0-launcher-test", "./cmd/phpleak")
	build.Dir = root
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	pkg := copyPackage(t, version)
	app := newProject(t, e, pkg, version)

	// what phpleak itself says about the project: the fixture must leak
	direct := run(t, app.dir, e.with(), "", own, "check", "src")
	wantCode(t, "phpleak check src (built binary)", direct, 1)
	wantContains(t, "phpleak check src (built binary)", direct.stdout, "static-growth", "TrackHandler::$seen")

	served := func(url string) []string { return e.with("PHPLEAK_DOWNLOAD_URL=" + url) }

	t.Run("first run downloads", func(t *testing.T) {
		before := rel.Hits()
		r := app.phpleak(t, served(rel.BaseURL), "check", "src")
		wantCode(t, "check src", r, 1)
		if r.stdout != direct.stdout {
			t.Errorf("check src through the launcher printed\n%s\nphpleak itself\n%s", r.stdout, direct.stdout)
		}
		wantContains(t, "check src, standard error", r.stderr,
			launcherPrefix+"downloading phpleak "+version+" for "+runtime.GOOS+"/"+runtime.GOARCH+" from "+rel.BaseURL+"/v"+version+"/"+rel.Archive,
			launcherPrefix+"installed phpleak "+version)
		if n := rel.Hits() - before; n != 2 {
			t.Errorf("the first run made %d requests, want 2 (SHA256SUMS and the archive)", n)
		}
		app.wantInstalled(t)
	})

	t.Run("later runs reuse the binary", func(t *testing.T) {
		before := rel.Hits()
		r := app.phpleak(t, served(rel.BaseURL), "check", "clean code")
		wantCode(t, `check "clean code"`, r, 0)
		wantContains(t, `check "clean code"`, r.stdout+r.stderr, "0 findings in 1 file")
		if strings.Contains(r.stderr, launcherPrefix) {
			t.Errorf("the launcher spoke on a later run:\n%s", r.stderr)
		}

		r = app.phpleak(t, served(rel.BaseURL), "version")
		wantCode(t, "version", r, 0)
		if !strings.HasPrefix(r.stdout, "phpleak "+version+" (commit") {
			t.Errorf("version printed %q, want phpleak %s (commit …", r.stdout, version)
		}

		// phpleak's own usage error, exit code and standard error pass through
		r = app.phpleak(t, served(rel.BaseURL), "no-such-command")
		wantCode(t, "no-such-command", r, 2)
		wantContains(t, "no-such-command", r.stderr, `phpleak: unknown command "no-such-command"`)

		if n := rel.Hits() - before; n != 0 {
			t.Errorf("runs with the binary in place made %d requests", n)
		}
		app.wantInstalled(t)
	})

	t.Run("corrupted download", func(t *testing.T) {
		p := newProject(t, e, pkg, version)
		r := p.phpleak(t, served(rel.Corrupted(t)), "check", "src")
		want := sumOf(t, rel)
		wantLauncherError(t, "check src from the corrupted release", r, "checksum mismatch", rel.Archive, "SHA256SUMS says "+want, "nothing was installed")
		m := regexp.MustCompile(`hashes to ([0-9a-f]{64})`).FindStringSubmatch(r.stderr)
		if m == nil || m[1] == want {
			t.Errorf("the error names no other digest than SHA256SUMS's:\n%s", r.stderr)
		}
		if files := p.files(t); len(files) != 0 {
			t.Errorf("a failed download left %q", files)
		}

		// PHPLEAK_BINARY: no download, even on this vendor without a binary
		before := rel.Hits()
		r = p.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_BINARY="+own), "version")
		wantCode(t, "version with PHPLEAK_BINARY", r, 0)
		if !strings.HasPrefix(r.stdout, "phpleak 0.0.0-launcher-test (") {
			t.Errorf("PHPLEAK_BINARY=%s: version printed %q", own, r.stdout)
		}
		// a command name, looked up on PATH
		path := filepath.Dir(own) + string(os.PathListSeparator) + os.Getenv("PATH")
		r = p.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_BINARY=phpleak", "PATH="+path), "version")
		wantCode(t, "version with PHPLEAK_BINARY=phpleak", r, 0)
		if !strings.HasPrefix(r.stdout, "phpleak 0.0.0-launcher-test (") {
			t.Errorf("PHPLEAK_BINARY=phpleak on PATH: version printed %q", r.stdout)
		}
		r = p.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_BINARY="+filepath.Join(e.home, "missing", "phpleak")), "version")
		wantLauncherError(t, "PHPLEAK_BINARY missing", r, "PHPLEAK_BINARY is "+filepath.Join(e.home, "missing", "phpleak"), "no such file")
		if n := rel.Hits() - before; n != 0 {
			t.Errorf("runs with PHPLEAK_BINARY made %d requests", n)
		}
		if files := p.files(t); len(files) != 0 {
			t.Errorf("runs with PHPLEAK_BINARY installed %q", files)
		}
	})

	t.Run("streams, arguments and exit code pass through", func(t *testing.T) {
		// a stand-in binary that echoes its input and arguments
		fake := filepath.Join(t.TempDir(), "fake-phpleak")
		write(t, fake, "#!/bin/sh\nprintf 'in:'; cat\nfor a in \"$@\"; do printf '[%s]' \"$a\"; done\necho\necho 'to stderr' >&2\nexit 7\n", 0o755)
		r := run(t, app.dir, e.with("PHPLEAK_BINARY="+fake), "hello\n", filepath.Join(app.dir, "vendor", "bin", "phpleak"),
			"check", "two words", `it's "quoted"`, "$HOME", "")
		wantCode(t, "the stand-in", r, 7)
		if want := "in:hello\n[check][two words][it's \"quoted\"][$HOME][]\n"; r.stdout != want {
			t.Errorf("standard output %q, want %q", r.stdout, want)
		}
		if r.stderr != "to stderr\n" {
			t.Errorf("standard error %q, want %q", r.stderr, "to stderr\n")
		}
	})

	dev := newProject(t, e, copyPackage(t, ""), "*@dev")

	t.Run("dev version", func(t *testing.T) {
		before := rel.Hits()
		r := dev.phpleak(t, served(rel.BaseURL), "check", "src")
		wantLauncherError(t, "check src on a dev version", r, "phpleak/phpleak is installed at dev-", "not a release", "PHPLEAK_VERSION", "PHPLEAK_BINARY")

		r = dev.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION=latest"), "version")
		wantLauncherError(t, "PHPLEAK_VERSION=latest", r, "PHPLEAK_VERSION is latest", "not a release version")

		r = dev.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION=0.9.1"), "version")
		wantLauncherError(t, "PHPLEAK_VERSION=0.9.1 (no such release)", r, rel.BaseURL+"/v0.9.1/SHA256SUMS", " 404 ")

		r = run(t, dev.dir, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION=v"+version), "",
			"php", "-d", "allow_url_fopen=0", filepath.Join("vendor", "bin", "phpleak"), "version")
		wantLauncherError(t, "allow_url_fopen=0", r, "allow_url_fopen", "php -d allow_url_fopen=1")
		if files := dev.files(t); len(files) != 0 {
			t.Errorf("failed runs left %q", files)
		}

		r = dev.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION=v"+version), "version")
		wantCode(t, "version with PHPLEAK_VERSION=v"+version, r, 0)
		if !strings.HasPrefix(r.stdout, "phpleak "+version+" (commit") {
			t.Errorf("PHPLEAK_VERSION=v%s: version printed %q", version, r.stdout)
		}
		if n := rel.Hits() - before; n != 3 {
			t.Errorf("made %d requests, want 3 (SHA256SUMS of 0.9.1, then SHA256SUMS and the archive of %s)", n, version)
		}
		dev.wantInstalled(t)
	})

	t.Run("proxy", func(t *testing.T) {
		var hits atomic.Int64
		var auth atomic.Value
		forward := &http.Transport{}
		proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
			hits.Add(1)
			auth.Store(req.Header.Get("Proxy-Authorization"))
			if !req.URL.IsAbs() {
				http.Error(w, "not a proxy request", http.StatusBadRequest)
				return
			}
			out, _ := http.NewRequest(req.Method, req.URL.String(), nil)
			resp, err := forward.RoundTrip(out)
			if err != nil {
				http.Error(w, err.Error(), http.StatusBadGateway)
				return
			}
			defer resp.Body.Close()
			w.WriteHeader(resp.StatusCode)
			io.Copy(w, resp.Body)
		}))
		defer proxy.Close()
		proxyURL := "http://ci%20user:p%40ss@" + strings.TrimPrefix(proxy.URL, "http://")

		// no_proxy names the release's host: no proxy
		dev.reset(t)
		r := dev.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION="+version, "http_proxy="+proxyURL, "no_proxy=example.com, 127.0.0.1"), "version")
		wantCode(t, "version with no_proxy", r, 0)
		if hits.Load() != 0 {
			t.Errorf("the download went through the proxy despite no_proxy")
		}
		dev.wantInstalled(t)

		dev.reset(t)
		r = dev.phpleak(t, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION="+version, "http_proxy="+proxyURL), "version")
		wantCode(t, "version through the proxy", r, 0)
		if !strings.HasPrefix(r.stdout, "phpleak "+version+" (commit") {
			t.Errorf("through the proxy: version printed %q", r.stdout)
		}
		if n := hits.Load(); n != 2 {
			t.Errorf("the proxy saw %d requests, want 2", n)
		}
		if got, want := auth.Load(), "Basic "+base64.StdEncoding.EncodeToString([]byte("ci user:p@ss")); got != want {
			t.Errorf("Proxy-Authorization %q, want %q", got, want)
		}
		dev.wantInstalled(t)
	})

	t.Run("without phar", func(t *testing.T) {
		out, err := exec.Command("php", "-n", "-r", `echo extension_loaded("phar") ? "yes" : "no";`).Output()
		if err != nil || string(out) != "no" {
			t.Skipf("php -n still loads phar here (%q, %v): the fallback cannot be tried", out, err)
		}
		dev.reset(t)
		r := run(t, dev.dir, e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION="+version), "",
			"php", "-n", filepath.Join("vendor", "bin", "phpleak"), "version")
		wantCode(t, "php -n vendor/bin/phpleak version", r, 0)
		if !strings.HasPrefix(r.stdout, "phpleak "+version+" (commit") {
			t.Errorf("without phar: version printed %q", r.stdout)
		}
		wantContains(t, "without phar", r.stderr, "phar extension is not loaded", "with tar")
		dev.wantInstalled(t)
	})

	t.Run("concurrent first runs", func(t *testing.T) {
		dev.reset(t)
		// meanwhile, watch the binary's path: it must never show a
		// partly written file
		final := filepath.Join(dev.downloads(), version, runtime.GOOS+"_"+runtime.GOARCH, "phpleak")
		var sizes sync.Map
		done := make(chan struct{})
		watched := make(chan struct{})
		go func() {
			defer close(watched)
			for {
				select {
				case <-done:
					return
				default:
				}
				if fi, err := os.Stat(final); err == nil {
					sizes.Store(fi.Size(), true)
				}
			}
		}()
		const n = 4
		results := make([]result, n)
		var wg sync.WaitGroup
		for i := range n {
			wg.Add(1)
			go func() {
				defer wg.Done()
				cmd := exec.Command(filepath.Join(dev.dir, "vendor", "bin", "phpleak"), "version")
				cmd.Dir = dev.dir
				cmd.Env = e.with("PHPLEAK_DOWNLOAD_URL="+rel.BaseURL, "PHPLEAK_VERSION="+version)
				var out, errb bytes.Buffer
				cmd.Stdout, cmd.Stderr = &out, &errb
				cmd.Run()
				results[i] = result{cmd.ProcessState.ExitCode(), out.String(), errb.String()}
			}()
		}
		wg.Wait()
		close(done)
		<-watched
		fi, err := os.Stat(final)
		if err != nil {
			t.Fatal(err)
		}
		sizes.Range(func(size, _ any) bool {
			if size.(int64) != fi.Size() {
				t.Errorf("%s was seen with %d bytes, while the binary has %d: not moved into place whole", final, size, fi.Size())
			}
			return true
		})
		for i, r := range results {
			if r.code != 0 || !strings.HasPrefix(r.stdout, "phpleak "+version+" (commit") {
				t.Errorf("run %d of %d:\n%s", i+1, n, r)
			}
		}
		dev.wantInstalled(t)
	})
}

// sumOf reads the platform archive's digest from the release's SHA256SUMS.
func sumOf(t *testing.T, rel *testtool.Release) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(rel.Dir, "SHA256SUMS"))
	if err != nil {
		t.Fatal(err)
	}
	for _, line := range strings.Split(string(b), "\n") {
		if sum, name, ok := strings.Cut(line, "  "); ok && name == rel.Archive {
			return sum
		}
	}
	t.Fatalf("SHA256SUMS has no line for %s:\n%s", rel.Archive, b)
	return ""
}
