package testtool

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"sync/atomic"
	"testing"
)

// Release is a set of release assets made by scripts/release for this
// machine's platform, served over loopback HTTP the way GitHub serves a
// release: BaseURL/v<version>/<asset>. The Action and the composer
// launcher take the base URL from PHPLEAK_DOWNLOAD_URL (for tests only).
type Release struct {
	Version string // without the v
	Dir     string // the assets and SHA256SUMS
	BaseURL string
	Archive string // the archive for this platform
	hits    atomic.Int64
}

// Hits counts the requests the server answered.
func (r *Release) Hits() int64 { return r.hits.Load() }

// ReleaseServer builds the release assets of version for the host
// platform with scripts/release into a folder of the test and serves them
// until the test ends. root is the repository's root.
func ReleaseServer(t testing.TB, root, version string) *Release {
	t.Helper()
	dir := t.TempDir()
	cmd := exec.Command("bash", filepath.Join(root, "scripts", "release"), "v"+version, dir)
	cmd.Env = append(os.Environ(), "PHPLEAK_RELEASE_TARGETS="+runtime.GOOS+"/"+runtime.GOARCH)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("scripts/release: %v\n%s", err, out)
	}
	ext := ".tar.gz"
	if runtime.GOOS == "windows" {
		ext = ".zip"
	}
	r := &Release{Version: version, Dir: dir, Archive: fmt.Sprintf("phpleak_%s_%s_%s%s", version, runtime.GOOS, runtime.GOARCH, ext)}
	r.BaseURL = r.serve(t, nil)
	return r
}

// Corrupted serves the same release with the platform's archive altered
// after its checksum was taken (a tampered or truncated download), and
// returns its base URL.
func (r *Release) Corrupted(t testing.TB) string {
	t.Helper()
	return r.serve(t, func(name string, b []byte) []byte {
		if name != r.Archive {
			return b
		}
		b = append([]byte(nil), b...)
		b[len(b)/2] ^= 0xff
		return b
	})
}

// serve starts a server for r's assets, passing each through alter when
// given.
func (r *Release) serve(t testing.TB, alter func(name string, b []byte) []byte) string {
	prefix := "/v" + r.Version + "/"
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, req *http.Request) {
		r.hits.Add(1)
		name, ok := strings.CutPrefix(req.URL.Path, prefix)
		if !ok || name == "" || strings.ContainsAny(name, "/\\") {
			http.NotFound(w, req)
			return
		}
		b, err := os.ReadFile(filepath.Join(r.Dir, name))
		if err != nil {
			http.NotFound(w, req)
			return
		}
		if alter != nil {
			b = alter(name, b)
		}
		w.Header().Set("Content-Type", "application/octet-stream")
		w.Write(b)
	}))
	t.Cleanup(srv.Close)
	return srv.URL
}
