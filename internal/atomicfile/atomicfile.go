// Package atomicfile writes files whole or not at all: the data goes to a
// temporary file in the destination's folder, is synced, and is renamed
// over the destination, so that a run killed midway (or a full disk)
// leaves the old file intact instead of a cut-off one. Reports,
// summaries, baselines and phpleak init write through it.
package atomicfile

import (
	"io"
	"os"
)

// WriteFile replaces path with data. A new file gets perm; an existing
// one keeps its permissions.
func WriteFile(path string, data []byte, perm os.FileMode) error {
	return writeFile(path, data, perm)
}

// Append adds data at the end of path (creating it with perm), by
// writing the old content and data to a new file that replaces it: as
// GitHub's $GITHUB_STEP_SUMMARY expects, other steps' text stays.
func Append(path string, data []byte, perm os.FileMode) error {
	old, err := os.ReadFile(path)
	if err != nil && !os.IsNotExist(err) {
		return err
	}
	return writeFile(path, append(old, data...), perm)
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
