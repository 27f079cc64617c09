package config

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/phpsyntax"
)

// DefaultPHPVersion is used when nothing says which PHP the code targets:
// the newest version phpleak reads.
var DefaultPHPVersion = phpsyntax.Latest.String()

// Composer is what phpleak takes from a composer.json.
type Composer struct {
	// Paths are the autoload (not autoload-dev) psr-4, psr-0, classmap
	// and files paths that exist, relative to the root, sorted.
	Paths []string
	// PHPVersion is the lowest MAJOR.MINOR that require.php allows, or
	// "" when it says nothing usable.
	PHPVersion string
	// PHPConstraint is require.php as written.
	PHPConstraint string
	// DevPaths are the autoload-dev paths that exist and hold no
	// autoload path, relative to the root, sorted: the project's tests
	// and their helpers.
	DevPaths []string
	// ExcludeFromClassmap are autoload.exclude-from-classmap's patterns,
	// relative to the root, as doublestar globs (composer's ** and *).
	ExcludeFromClassmap []string
}

// ReadComposer reads root/composer.json; nil when there is none.
func ReadComposer(root string) (*Composer, error) {
	path := filepath.Join(root, "composer.json")
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var doc struct {
		Autoload    autoload          `json:"autoload"`
		AutoloadDev autoload          `json:"autoload-dev"`
		Require     map[string]string `json:"require"`
	}
	if err := json.Unmarshal(data, &doc); err != nil {
		return nil, fmt.Errorf("%s: %v", path, err)
	}
	c := &Composer{PHPVersion: LowestPHP(doc.Require["php"]), PHPConstraint: doc.Require["php"]}
	c.Paths = doc.Autoload.existing(root)
	for _, p := range doc.AutoloadDev.existing(root) {
		if p == "." || slices.ContainsFunc(c.Paths, func(q string) bool { return within(q, p) }) {
			continue // holds production code too
		}
		c.DevPaths = append(c.DevPaths, p)
	}
	for _, p := range doc.Autoload.ExcludeFromClassmap {
		if p = strings.Trim(filepath.ToSlash(p), "/"); p != "" && p != "." {
			c.ExcludeFromClassmap = append(c.ExcludeFromClassmap, p)
		}
	}
	return c, nil
}

// autoload is composer.json's autoload or autoload-dev.
type autoload struct {
	PSR4                map[string]json.RawMessage `json:"psr-4"`
	PSR0                map[string]json.RawMessage `json:"psr-0"`
	Classmap            []string                   `json:"classmap"`
	Files               []string                   `json:"files"`
	ExcludeFromClassmap []string                   `json:"exclude-from-classmap"`
}

// existing lists the paths an autoload section maps that exist under
// root, cleaned, '/'-separated and sorted.
func (a autoload) existing(root string) []string {
	var paths []string
	for _, m := range []map[string]json.RawMessage{a.PSR4, a.PSR0} {
		for _, raw := range m {
			var one string
			var many []string
			if json.Unmarshal(raw, &one) == nil {
				paths = append(paths, one)
			} else if json.Unmarshal(raw, &many) == nil {
				paths = append(paths, many...)
			}
		}
	}
	paths = append(paths, a.Classmap...)
	paths = append(paths, a.Files...)
	var out []string
	for _, p := range paths {
		p = strings.TrimSuffix(filepath.ToSlash(filepath.Clean(filepath.FromSlash(p))), "/")
		if p == "" || strings.Contains(p, "*") {
			p = "." // "" maps the whole project; globs are rare: analyze all
		}
		if _, err := os.Stat(filepath.Join(root, filepath.FromSlash(p))); err == nil {
			out = append(out, p)
		}
	}
	return dedupeSorted(out)
}

// within reports whether '/'-separated path p is q or inside it.
func within(p, q string) bool {
	return q == "." || p == q || strings.HasPrefix(p, q+"/")
}

// TestExclude is a glob of test code phpleak skips by default, and where
// it comes from.
type TestExclude struct {
	Pattern string // doublestar, anchored at the project root
	Why     string // "autoload-dev", "exclude-from-classmap" or NoComposer
}

// NoComposer is the Why of the test folders skipped in a project without
// a composer.json.
const NoComposer = "folders named tests or Tests, with no composer.json"

// TestExcludes lists the test code to skip by default in a project with
// composer.json comp: its autoload-dev paths and exclude-from-classmap
// patterns; without a composer.json (comp nil), every folder named tests
// or Tests.
func TestExcludes(comp *Composer) []TestExclude {
	if comp == nil {
		return []TestExclude{{"**/tests", NoComposer}, {"**/Tests", NoComposer}}
	}
	var out []TestExclude
	for _, p := range comp.DevPaths {
		out = append(out, TestExclude{p, "autoload-dev"})
	}
	for _, p := range comp.ExcludeFromClassmap {
		out = append(out, TestExclude{p, "exclude-from-classmap"})
	}
	return out
}

// LowestPHP returns the lowest MAJOR.MINOR a composer constraint allows
// ("^8.1" → 8.1, ">=7.4 <8.3" → 7.4, "^7.4 || ^8.0" → 7.4), or "" when it
// has no lower bound phpleak can read. It is deliberately small: it
// reads each alternative's lower bound (^, ~, >=, >, =, bare, x.*,
// hyphen ranges) and ignores upper bounds.
func LowestPHP(constraint string) string {
	best := ""
	for _, alt := range splitAny(constraint, "|") {
		alt = strings.TrimSpace(alt)
		if alt == "" {
			continue
		}
		if a, _, ok := strings.Cut(alt, " - "); ok { // hyphen range
			alt = ">=" + strings.TrimSpace(a)
		}
		low := ""
		for _, part := range strings.FieldsFunc(alt, func(r rune) bool { return r == ' ' || r == ',' }) {
			v := ""
			switch {
			case strings.HasPrefix(part, "<"), strings.HasPrefix(part, "!="):
				continue // upper bounds and holes
			case strings.HasPrefix(part, ">="):
				v = part[2:]
			case strings.HasPrefix(part, ">"), strings.HasPrefix(part, "^"), strings.HasPrefix(part, "~"), strings.HasPrefix(part, "="):
				v = strings.TrimLeft(part, ">^~=")
			default:
				v = part
			}
			mm, ok := majorMinor(v)
			if ok && (low == "" || less(low, mm)) {
				low = mm // the tightest lower bound of an AND
			}
		}
		if low != "" && (best == "" || less(low, best)) {
			best = low
		}
	}
	return best
}

func splitAny(s, sep string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return strings.ContainsRune(sep, r) })
}

// majorMinor reads "8", "8.1", "8.1.3", "v8.1", "8.1.*", "8.*", "8.1@dev"
// as "8.1" ("8.0" for a bare major).
func majorMinor(v string) (string, bool) {
	v = strings.TrimPrefix(strings.TrimSpace(v), "v")
	if i := strings.IndexAny(v, "@-"); i >= 0 {
		v = v[:i]
	}
	parts := strings.Split(v, ".")
	major, err := strconv.Atoi(parts[0])
	if err != nil || major < 0 {
		return "", false
	}
	minor := 0
	if len(parts) > 1 && parts[1] != "*" && parts[1] != "x" {
		if minor, err = strconv.Atoi(parts[1]); err != nil {
			return "", false
		}
	}
	return fmt.Sprintf("%d.%d", major, minor), true
}

// less compares two MAJOR.MINOR strings.
func less(a, b string) bool {
	var am, an, bm, bn int
	fmt.Sscanf(a, "%d.%d", &am, &an)
	fmt.Sscanf(b, "%d.%d", &bm, &bn)
	return am < bm || am == bm && an < bn
}

// maxPackageDepth bounds how deep NestedTestExcludes looks for the
// composer.json of a package inside the project (pkg/amqp/composer.json,
// src/Symfony/Component/Cache/composer.json).
const maxPackageDepth = 5

// NestedTestExcludes lists the test code of the packages inside the
// analysed paths, as a monorepo holds them: for every composer.json below
// them (not the root's own, not in vendor/, node_modules/ or dot
// folders, at most maxPackageDepth folders down), its autoload-dev paths
// and exclude-from-classmap patterns, relative to root (absolute for a
// package outside it). Composer reads each pattern relative to its own
// package: a root composer.json's "/Tests/" does not reach
// pkg/amqp/Tests, the package's own does.
func NestedTestExcludes(root string, paths []string) ([]TestExclude, error) {
	root, err := filepath.Abs(root)
	if err != nil {
		return nil, err
	}
	var out []TestExclude
	seen := map[string]bool{}
	for _, start := range paths {
		start, err := filepath.Abs(start)
		if err != nil {
			return nil, err
		}
		if info, err := os.Stat(start); err != nil || !info.IsDir() {
			continue
		}
		filepath.WalkDir(start, func(p string, d fs.DirEntry, err error) error {
			if err != nil || !d.IsDir() {
				return nil // an unreadable folder: discovery reports it
			}
			name := d.Name()
			depth, _ := filepath.Rel(start, p)
			if p != start && (name == "vendor" || name == "node_modules" || strings.HasPrefix(name, ".")) ||
				strings.Count(filepath.ToSlash(depth), "/") >= maxPackageDepth {
				return filepath.SkipDir
			}
			if p == root || seen[p] {
				return nil
			}
			seen[p] = true
			comp, err := ReadComposer(p)
			if err != nil || comp == nil {
				return nil // a broken package manifest: not ours to report
			}
			at := filepath.ToSlash(p)
			if rel, err := filepath.Rel(root, p); err == nil && rel != ".." && !strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
				at = filepath.ToSlash(rel)
			}
			for _, t := range TestExcludes(comp) {
				out = append(out, TestExclude{at + "/" + t.Pattern, t.Why})
			}
			return nil
		})
	}
	return out, nil
}
