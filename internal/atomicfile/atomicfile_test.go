package atomicfile

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

func TestWriteFile(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "report.json")
	if err := WriteFile(p, []byte("one"), 0o640); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(p, []byte("two"), 0o600); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(p)
	info, _ := os.Stat(p)
	if string(b) != "two" {
		t.Errorf("content %q, want two", b)
	}
	if runtime.GOOS != "windows" && info.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want the first write's 0640 kept", info.Mode().Perm())
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want the file alone (no temporary left)", len(entries))
	}
}

// A write that fails leaves the old file as it was.
func TestWriteFileFailureKeepsOld(t *testing.T) {
	if runtime.GOOS == "windows" || os.Getuid() == 0 {
		t.Skip("needs a folder the process cannot write to (not as root)")
	}
	dir := t.TempDir()
	p := filepath.Join(dir, "baseline.json")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(dir, 0o555); err != nil {
		t.Fatal(err)
	}
	defer os.Chmod(dir, 0o755)
	if err := WriteFile(p, []byte("new"), 0o644); err == nil {
		t.Fatal("WriteFile into a read-only folder succeeded")
	}
	if b, _ := os.ReadFile(p); string(b) != "old" {
		t.Errorf("content %q after a failed write, want old", b)
	}
}

func TestAppend(t *testing.T) {
	p := filepath.Join(t.TempDir(), "summary.md")
	for _, s := range []string{"a\n", "b\n"} {
		if err := Append(p, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if b, _ := os.ReadFile(p); string(b) != "a\nb\n" {
		t.Errorf("content %q, want a, b", b)
	}
}

// A write cut off midway (a killed run, a full disk) leaves the old file
// byte for byte, and no temporary file.
func TestWriteCutOffMidway(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "phpleak.sarif")
	old := []byte("{\"version\": \"2.1.0\", \"runs\": []}\n")
	if err := os.WriteFile(p, old, 0o644); err != nil {
		t.Fatal(err)
	}
	cut := errors.New("killed")
	failAfterChunk = func(written int) error { return cut }
	defer func() { failAfterChunk = nil }()
	err := WriteFile(p, bytes.Repeat([]byte("x"), 5*chunk), 0o644)
	if !errors.Is(err, cut) {
		t.Fatalf("WriteFile = %v, want the cut", err)
	}
	if b, _ := os.ReadFile(p); !bytes.Equal(b, old) {
		t.Errorf("the old file changed: %q", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("%d entries in the folder, want the old file alone", len(entries))
	}
}
