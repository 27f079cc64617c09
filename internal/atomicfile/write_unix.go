//go:build !windows

package atomicfile

import (
	"os"
	"path/filepath"

	"github.com/google/renameio/v2"
)

func writeFile(path string, data []byte, perm os.FileMode) error {
	f, err := renameio.NewPendingFile(path, renameio.WithTempDir(filepath.Dir(path)),
		renameio.WithPermissions(perm), renameio.WithExistingPermissions())
	if err != nil {
		return err
	}
	defer f.Cleanup() // removes the temporary file unless it replaced path
	if err := writeChunks(f, data); err != nil {
		return err
	}
	return f.CloseAtomicallyReplace()
}
