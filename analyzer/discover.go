package analyzer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/bmatcuk/doublestar/v4"
)

// DefaultExcludes are folders never analyzed unless named on the command
// line: dependencies and VCS data.
var DefaultExcludes = []string{"vendor", "node_modules", ".git"}

// source is one discovered file.
type source struct {
	Path string // reported path: relative to the root, '/'-separated
	Abs  string
}

// discoverer walks the given paths.
type discoverer struct {
	root     string
	exts     []string
	excludes []string
	seenDirs map[string]bool
	seen     map[string]bool
	files    []source
	errs     []FileError
}

// ValidateGlob reports whether pattern is a well-formed --exclude glob.
func ValidateGlob(pattern string) error {
	if !doublestar.ValidatePattern(filepath.ToSlash(pattern)) {
		return fmt.Errorf("invalid --exclude pattern %q", pattern)
	}
	return nil
}

// discover lists the PHP files under paths in a stable order. Paths named
// explicitly are always analyzed; folders are walked, skipping default and
// configured excludes, following symlinks but never a loop.
func discover(root string, paths, exts, excludes []string) ([]source, []FileError) {
	d := &discoverer{root: root, exts: exts, seenDirs: map[string]bool{}, seen: map[string]bool{}}
	for _, e := range excludes {
		d.excludes = append(d.excludes, strings.TrimSuffix(filepath.ToSlash(e), "/"))
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		if err != nil {
			d.errs = append(d.errs, FileError{File: d.rel(p), Kind: ErrIO, Message: describeIOError(err)})
			continue
		}
		if info.IsDir() {
			d.walkDir(p, true)
		} else {
			d.addFile(p)
		}
	}
	sort.Slice(d.files, func(i, j int) bool { return d.files[i].Path < d.files[j].Path })
	return d.files, d.errs
}

func (d *discoverer) rel(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	if r, err := filepath.Rel(d.root, abs); err == nil && !strings.HasPrefix(r, "..") {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(abs)
}

func (d *discoverer) excluded(rel string, isDir bool) bool {
	if isDir {
		base := filepath.Base(rel)
		for _, e := range DefaultExcludes {
			if base == e {
				return true
			}
		}
	}
	for _, pat := range d.excludes {
		if ok, _ := doublestar.Match(pat, rel); ok {
			return true
		}
		// a bare name excludes that file or folder anywhere
		if !strings.ContainsAny(pat, "/*?[{") && filepath.Base(rel) == pat {
			return true
		}
	}
	return false
}

func (d *discoverer) walkDir(dir string, explicit bool) {
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		d.errs = append(d.errs, FileError{File: d.rel(dir), Kind: ErrIO, Message: describeIOError(err)})
		return
	}
	if d.seenDirs[real] {
		return // symlink loop or a folder reached twice
	}
	d.seenDirs[real] = true
	if !explicit && d.excluded(d.rel(dir), true) {
		return
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		d.errs = append(d.errs, FileError{File: d.rel(dir), Kind: ErrIO, Message: describeIOError(err)})
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		mode := e.Type()
		if mode&fs.ModeSymlink != 0 {
			info, err := os.Stat(p)
			if err != nil {
				d.errs = append(d.errs, FileError{File: d.rel(p), Kind: ErrIO, Message: describeIOError(err)})
				continue
			}
			mode = info.Mode().Type()
		}
		switch {
		case mode.IsDir():
			d.walkDir(p, false)
		case mode.IsRegular():
			if d.hasExt(p) && !d.excluded(d.rel(p), false) {
				d.addFile(p)
			}
		}
	}
}

func (d *discoverer) hasExt(p string) bool {
	for _, e := range d.exts {
		if strings.HasSuffix(strings.ToLower(p), e) {
			return true
		}
	}
	return false
}

func (d *discoverer) addFile(p string) {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		real = abs
	}
	if d.seen[real] {
		return
	}
	d.seen[real] = true
	d.files = append(d.files, source{Path: d.rel(p), Abs: abs})
}

// describeIOError turns a filesystem error into a short message.
func describeIOError(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return "no such file or folder (or a broken symlink)"
	case errors.Is(err, fs.ErrPermission):
		return "permission denied"
	}
	msg := err.Error()
	if strings.Contains(msg, "too many links") {
		return "symlink loop"
	}
	return msg
}
