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

// A device or a named pipe is written in place, never replaced by a
// file: `--output /dev/null` run as root once left a regular file where
// the device was.
func TestWriteSpecialFile(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("no named pipes to make")
	}
	dir := t.TempDir()
	fifo := filepath.Join(dir, "report.pipe")
	if err := mkfifo(fifo); err != nil {
		t.Skipf("mkfifo: %v", err)
	}
	got := make(chan []byte)
	go func() {
		b, _ := os.ReadFile(fifo) // until the writer closes
		got <- b
	}()
	if err := WriteFile(fifo, []byte("report"), 0o644); err != nil {
		t.Fatal(err)
	}
	if info, err := os.Lstat(fifo); err != nil || info.Mode()&os.ModeNamedPipe == 0 {
		t.Fatalf("the pipe was replaced: %v, %v", info, err)
	}
	if b := <-got; string(b) != "report" {
		t.Errorf("the pipe carried %q, want report", b)
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 1 {
		t.Errorf("the folder holds %d entries, want the pipe alone", len(entries))
	}
}

// A symbolic link is followed: the file it names gets the data, the link
// stays a link.
func TestWriteThroughSymlink(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("symbolic links need privileges")
	}
	dir := t.TempDir()
	real, link := filepath.Join(dir, "real.json"), filepath.Join(dir, "link.json")
	if err := os.WriteFile(real, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(real, link); err != nil {
		t.Fatal(err)
	}
	if err := WriteFile(link, []byte("new"), 0o644); err != nil {
		t.Fatal(err)
	}
	if b, _ := os.ReadFile(real); string(b) != "new" {
		t.Errorf("the linked file holds %q, want new", b)
	}
	if info, err := os.Lstat(link); err != nil || info.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link was replaced by a file: %v, %v", info, err)
	}
}
