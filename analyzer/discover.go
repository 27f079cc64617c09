package analyzer

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"syscall"

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
	tests    []string          // test code: globs anchored at the root
	skipped  map[string]string // what tests skipped: path -> pattern
	seenDirs map[string]bool   // real paths of folders walked
	files    map[string]found  // by real path
	links    []string          // symlinked folders, walked after the real ones
	errs     []FileError
	// vendors are the vendor/ folders the walk skipped (not named on
	// the command line): where library code is looked up
	vendors []string
}

// found is a file reached by the walk; when the same file is reached
// twice, the path that is not a symlink wins, then the first one.
type found struct {
	src     source
	viaLink bool
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
// configured excludes. Symlinks are followed, but a folder is walked once
// however many links lead to it (so a loop ends), and a file reached both
// directly and through a link is reported under its own path.
//
// Test excludes are matched like excludes but anchored at the root (a
// bare name is not matched anywhere); what they skip is returned.
func discover(root string, paths, exts, excludes, tests []string) ([]source, []Excluded, []FileError) {
	out, skipped, _, errs := discoverWithVendors(root, paths, exts, excludes, tests)
	return out, skipped, errs
}

// discoverWithVendors is discover, which also returns the vendor/
// folders the walk skipped, sorted.
func discoverWithVendors(root string, paths, exts, excludes, tests []string) ([]source, []Excluded, []string, []FileError) {
	d := &discoverer{root: root, exts: exts, seenDirs: map[string]bool{}, files: map[string]found{}, skipped: map[string]string{}}
	clean := func(e string) string {
		return strings.TrimSuffix(strings.TrimPrefix(filepath.ToSlash(e), "./"), "/")
	}
	for _, e := range excludes {
		d.excludes = append(d.excludes, clean(e))
	}
	for _, e := range tests {
		d.tests = append(d.tests, clean(e))
	}
	for _, p := range paths {
		info, err := os.Stat(p)
		switch {
		case err != nil:
			d.errs = append(d.errs, FileError{File: d.rel(p), Kind: ErrIO, Message: describeIOError(err)})
		case info.IsDir():
			d.walkDir(p, true, false)
		case info.Mode().IsRegular():
			d.addFile(p, false)
		default:
			d.errs = append(d.errs, FileError{File: d.rel(p), Kind: ErrSkipped, Message: "not a regular file"})
		}
	}
	// Symlinked folders last, so that a folder reached both directly and
	// through a link is reported under its own path.
	for len(d.links) > 0 {
		p := d.links[0]
		d.links = d.links[1:]
		d.walkDir(p, false, true)
	}
	out := make([]source, 0, len(d.files))
	for _, f := range d.files {
		out = append(out, f.src)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	var skipped []Excluded
	for p, pat := range d.skipped {
		skipped = append(skipped, Excluded{Path: p, Pattern: pat})
	}
	sort.Slice(skipped, func(i, j int) bool { return skipped[i].Path < skipped[j].Path })
	sort.Strings(d.vendors)
	return out, skipped, d.vendors, d.errs
}

func (d *discoverer) rel(p string) string {
	abs, err := filepath.Abs(p)
	if err != nil {
		return filepath.ToSlash(p)
	}
	if r, err := filepath.Rel(d.root, abs); err == nil && r != ".." && !strings.HasPrefix(r, ".."+string(filepath.Separator)) {
		return filepath.ToSlash(r)
	}
	return filepath.ToSlash(abs)
}

func (d *discoverer) excluded(rel string, isDir bool) bool {
	base := filepath.Base(rel)
	if isDir {
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
		if !strings.ContainsAny(pat, "/*?[{") && base == pat {
			return true
		}
	}
	for _, pat := range d.tests {
		if ok, _ := doublestar.Match(pat, rel); ok {
			d.skipped[rel] = pat
			return true
		}
	}
	return false
}

// walkDir walks one folder. explicit folders were named by the user and are
// never excluded; viaLink marks folders reached through a symlink.
func (d *discoverer) walkDir(dir string, explicit, viaLink bool) {
	if !explicit && d.excluded(d.rel(dir), true) {
		if filepath.Base(dir) == "vendor" {
			d.vendors = append(d.vendors, dir)
		}
		return
	}
	real, err := filepath.EvalSymlinks(dir)
	if err != nil {
		d.errs = append(d.errs, FileError{File: d.rel(dir), Kind: ErrIO, Message: describeIOError(err)})
		return
	}
	if d.seenDirs[real] {
		return // symlink loop or a folder reached twice
	}
	d.seenDirs[real] = true
	entries, err := os.ReadDir(dir)
	if err != nil {
		d.errs = append(d.errs, FileError{File: d.rel(dir), Kind: ErrIO, Message: describeIOError(err)})
	}
	for _, e := range entries {
		p := filepath.Join(dir, e.Name())
		mode := e.Type()
		link := viaLink
		if mode&fs.ModeSymlink != 0 {
			link = true
			info, err := os.Stat(p)
			if err != nil {
				// A broken link matters only where a PHP file would be.
				if d.hasExt(p) && !d.excluded(d.rel(p), false) {
					d.errs = append(d.errs, FileError{File: d.rel(p), Kind: ErrIO, Message: describeIOError(err)})
				}
				continue
			}
			mode = info.Mode().Type()
			if mode.IsDir() {
				d.links = append(d.links, p)
				continue
			}
		}
		switch {
		case mode.IsDir():
			d.walkDir(p, false, link)
		case mode.IsRegular():
			if d.hasExt(p) && !d.excluded(d.rel(p), false) {
				d.addFile(p, link)
			}
		}
	}
}

func (d *discoverer) hasExt(p string) bool {
	for _, e := range d.exts {
		if strings.HasSuffix(strings.ToLower(p), strings.ToLower(e)) {
			return true
		}
	}
	return false
}

func (d *discoverer) addFile(p string, viaLink bool) {
	abs, err := filepath.Abs(p)
	if err != nil {
		abs = p
	}
	real, err := filepath.EvalSymlinks(abs)
	if err != nil {
		real = abs
	}
	if prev, ok := d.files[real]; ok && (!prev.viaLink || viaLink) {
		return
	}
	d.files[real] = found{src: source{Path: d.rel(p), Abs: abs}, viaLink: viaLink}
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
	case errors.Is(err, syscall.ELOOP), strings.Contains(err.Error(), "too many links"):
		return "symlink loop" // ELOOP from the kernel, or filepath.EvalSymlinks giving up
	}
	return err.Error()
}
