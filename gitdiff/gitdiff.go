// Package gitdiff tells which lines changed since a git revision, for
// phpleak's changed-lines mode (--diff-base): the working tree (staged or
// not) against the revision, plus untracked files, which count as
// entirely new.
package gitdiff

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"os/exec"
	"strconv"
	"strings"

	"github.com/phpleak/phpleak/analyzer"
)

// Changed returns the lines changed in root (a folder in a git working
// tree) since rev. Paths are relative to root, with '/'.
func Changed(root, rev string) (*analyzer.ChangedLines, error) {
	if _, err := exec.LookPath("git"); err != nil {
		return nil, errors.New("--diff-base needs git, which is not installed")
	}
	if _, err := git(root, "rev-parse", "--is-inside-work-tree"); err != nil {
		return nil, fmt.Errorf("--diff-base: %s is not in a git working tree", root)
	}
	if strings.HasPrefix(rev, "-") {
		return nil, fmt.Errorf("--diff-base: invalid revision %q", rev)
	}
	if _, err := git(root, "rev-parse", "--verify", "--quiet", rev+"^{commit}"); err != nil {
		return nil, fmt.Errorf("--diff-base: unknown revision %q (fetch it first; in CI a shallow clone may lack it: use fetch-depth: 0)", rev)
	}
	out, err := git(root, "-c", "core.quotePath=false", "diff", "--relative", "--unified=0",
		"--no-color", "--no-ext-diff", "--src-prefix=a/", "--dst-prefix=b/", rev, "--")
	if err != nil {
		return nil, fmt.Errorf("--diff-base: git diff: %v", err)
	}
	c, err := Parse(out)
	if err != nil {
		return nil, err
	}
	untracked, err := git(root, "ls-files", "--others", "--exclude-standard", "-z")
	if err != nil {
		return nil, fmt.Errorf("--diff-base: git ls-files: %v", err)
	}
	for _, p := range bytes.Split(untracked, []byte{0}) {
		if len(p) > 0 {
			c.AddFile(string(p))
		}
	}
	return c, nil
}

// Parse reads the output of git diff --unified=0: each hunk's new lines
// are changed; a hunk that only deletes marks the lines on either side
// of the gap.
func Parse(diff []byte) (*analyzer.ChangedLines, error) {
	c := analyzer.NewChangedLines()
	file := ""
	sc := bufio.NewScanner(bytes.NewReader(diff))
	sc.Buffer(make([]byte, 0, 64*1024), 16<<20)
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "+++ "):
			file = diffPath(strings.TrimPrefix(line, "+++ "))
		case strings.HasPrefix(line, "@@ ") && file != "":
			start, count, err := newRange(line)
			if err != nil {
				return nil, err
			}
			if count == 0 {
				c.AddLines(file, max(start, 1), start+1)
			} else {
				c.AddLines(file, start, start+count-1)
			}
		}
	}
	return c, sc.Err()
}

// diffPath turns "b/src/A.php" (maybe quoted) into "src/A.php"; a deleted
// file (/dev/null) gives "".
func diffPath(s string) string {
	s = strings.TrimRight(s, "\t")
	if strings.HasPrefix(s, `"`) {
		if u, err := strconv.Unquote(s); err == nil {
			s = u
		}
	}
	if s == "/dev/null" {
		return ""
	}
	return strings.TrimPrefix(s, "b/")
}

// newRange reads "+c,d" from a hunk header "@@ -a,b +c,d @@".
func newRange(header string) (start, count int, err error) {
	fields := strings.Fields(header)
	if len(fields) < 3 || !strings.HasPrefix(fields[2], "+") {
		return 0, 0, fmt.Errorf("git diff: bad hunk header %q", header)
	}
	r := strings.TrimPrefix(fields[2], "+")
	count = 1
	if s, n, ok := strings.Cut(r, ","); ok {
		r = s
		if count, err = strconv.Atoi(n); err != nil {
			return 0, 0, fmt.Errorf("git diff: bad hunk header %q", header)
		}
	}
	if start, err = strconv.Atoi(r); err != nil || start < 0 || count < 0 {
		return 0, 0, fmt.Errorf("git diff: bad hunk header %q", header)
	}
	return start, count, nil
}

func git(dir string, args ...string) ([]byte, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if msg := strings.TrimSpace(stderr.String()); msg != "" {
			return nil, fmt.Errorf("%v: %s", err, msg)
		}
		return nil, err
	}
	return out, nil
}
