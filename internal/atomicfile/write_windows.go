package atomicfile

import (
	"os"
	"path/filepath"
)

// writeFile on Windows, where renameio does not build: a temporary file
// in the same folder, synced, then os.Rename, which replaces the
// destination (MoveFileEx with MOVEFILE_REPLACE_EXISTING).
func writeFile(path string, data []byte, perm os.FileMode) (err error) {
	if info, serr := os.Stat(path); serr == nil && info.Mode().IsRegular() {
		perm = info.Mode().Perm()
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".tmp*")
	if err != nil {
		return err
	}
	defer func() {
		if err != nil {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err = writeChunks(f, data); err != nil {
		return err
	}
	if err = f.Sync(); err != nil {
		return err
	}
	if err = f.Close(); err != nil {
		return err
	}
	if err = os.Chmod(f.Name(), perm); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}
