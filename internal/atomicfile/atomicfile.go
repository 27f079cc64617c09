// Package atomicfile writes files whole or not at all: the data goes to a
// temporary file in the destination's folder, is synced, and is renamed
// over the destination, so that a run killed midway (or a full disk)
// leaves the old file intact instead of a cut-off one. Reports,
// summaries, baselines and phpleak init write through it.
package atomicfile

import (
	"io"
	"os"
	"path/filepath"
)

// WriteFile replaces path with data. A new file gets perm; an existing
// one keeps its permissions. A path that is not a regular file (a device
// such as /dev/null or /dev/stdout, a named pipe) is written in place:
// replacing it would put a file where the device was. A symbolic link
// is followed, and the file it names replaced.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	if special(path) {
		return writeInPlace(path, data)
	}
	if target, err := filepath.EvalSymlinks(path); err == nil {
		path = target
	}
	return writeFile(path, data, perm)
}

// special reports whether path exists and is neither a regular file nor
// a folder: a device or a named pipe, also through a symbolic link.
func special(path string) bool {
	info, err := os.Stat(path)
	return err == nil && !info.Mode().IsRegular() && !info.IsDir()
}

// writeInPlace writes data to the existing special file path.
func writeInPlace(path string, data []byte) error {
	f, err := os.OpenFile(path, os.O_WRONLY, 0)
	if err != nil {
		return err
	}
	if err := writeChunks(f, data); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// Append adds data at the end of path (creating it with perm), by
// writing the old content and data to a new file that replaces it: as
// GitHub's $GITHUB_STEP_SUMMARY expects, other steps' text stays.
func Append(path string, data []byte, perm os.FileMode) error {
	if special(path) {
		return writeInPlace(path, data) // (reading a pipe first would wait for a writer)
	}
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	return WriteFile(path, append(old, data...), perm)
}

// chunk is how much writeChunks writes at a time.
const chunk = 64 << 10

// failAfterChunk, when set (by tests), fails a write after each chunk it
// returns an error for: a write cut off midway, as a killed run or a
// full disk leaves it.
var failAfterChunk func(written int) error

// writeChunks writes data to w a chunk at a time.
func writeChunks(w io.Writer, data []byte) error {
	for written := 0; written < len(data); {
		n := min(chunk, len(data)-written)
		if _, err := w.Write(data[written : written+n]); err != nil {
			return err
		}
		written += n
		if failAfterChunk != nil {
			if err := failAfterChunk(written); err != nil {
				return err
			}
		}
	}
	return nil
}
