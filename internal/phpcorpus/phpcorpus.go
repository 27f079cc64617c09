// Package phpcorpus lists the PHP files of the Debian packages that
// phpleak's parser is measured on, for tests and benchmark scripts.
package phpcorpus

import (
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// Roots are the folders of Debian's wordpress, mediawiki and PHP library
// packages (php-symfony, php-laravel-framework and what they pull in).
var Roots = []string{"/usr/share/wordpress", "/usr/share/mediawiki", "/usr/share/php"}

// Install says how to get them.
const Install = "apt-get install wordpress mediawiki php-symfony php-laravel-framework"

// File is one PHP file of a corpus.
type File struct {
	Path string // real path, symbolic links resolved
	Size int64
}

// Files lists the readable .php files under roots once each, by real
// path (WordPress links into /usr/share/php, MediaWiki into
// /var/lib/mediawiki), following symbolic links and sorted. It fails when
// a root is missing or holds no PHP file.
func Files(roots []string) ([]File, error) {
	seenDir := map[string]bool{}
	seen := map[string]bool{}
	var out []File
	var walk func(dir string)
	walk = func(dir string) {
		real, err := filepath.EvalSymlinks(dir)
		if err != nil || seenDir[real] {
			return
		}
		seenDir[real] = true
		entries, err := os.ReadDir(real)
		if err != nil {
			return
		}
		for _, e := range entries {
			p := filepath.Join(real, e.Name())
			fi, err := os.Stat(p) // follows links
			if err != nil {
				continue
			}
			if fi.IsDir() {
				walk(p)
				continue
			}
			if !fi.Mode().IsRegular() || !strings.HasSuffix(e.Name(), ".php") {
				continue
			}
			rp, err := filepath.EvalSymlinks(p)
			if err != nil || seen[rp] {
				continue
			}
			f, err := os.Open(rp)
			if err != nil {
				continue // unreadable, e.g. a configuration file of mode 0600
			}
			f.Close()
			seen[rp] = true
			out = append(out, File{rp, fi.Size()})
		}
	}
	for _, r := range roots {
		if _, err := os.Stat(r); err != nil {
			return nil, fmt.Errorf("%v (%s)", err, Install)
		}
		walk(r)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	if len(out) == 0 {
		return nil, fmt.Errorf("no .php file under %s", strings.Join(roots, " "))
	}
	return out, nil
}

// Paths returns the files' paths.
func Paths(files []File) []string {
	out := make([]string, len(files))
	for i, f := range files {
		out[i] = f.Path
	}
	return out
}
