package analyzer

// ChangedLines is what changed since a revision, for pull requests: per
// file (relative to the root, with '/'), the changed lines, or the whole
// file when it is new. Package gitdiff builds it from git.
type ChangedLines struct {
	files map[string]map[int]bool // nil set: the whole file
}

// NewChangedLines returns an empty set: nothing changed.
func NewChangedLines() *ChangedLines {
	return &ChangedLines{files: map[string]map[int]bool{}}
}

// AddLines marks lines from..to (1-based, inclusive) of file as changed.
func (c *ChangedLines) AddLines(file string, from, to int) {
	set, ok := c.files[file]
	if ok && set == nil {
		return // already entirely new
	}
	if set == nil {
		set = map[int]bool{}
		c.files[file] = set
	}
	for l := from; l <= to; l++ {
		set[l] = true
	}
}

// AddFile marks a whole file as changed.
func (c *ChangedLines) AddFile(file string) { c.files[file] = nil }

// Touches reports whether line of file changed.
func (c *ChangedLines) Touches(file string, line int) bool {
	set, ok := c.files[file]
	return ok && (set == nil || set[line])
}

// Files is the number of changed files.
func (c *ChangedLines) Files() int { return len(c.files) }

// keep reports whether a finding touches a changed line: its own lines or
// any step of its trace (so a leak whose other side changed is shown).
func (c *ChangedLines) keep(f Finding) bool {
	for l := f.Line; l <= max(f.Line, f.EndLine); l++ {
		if c.Touches(f.File, l) {
			return true
		}
	}
	for _, s := range append(append([]TraceStep{}, f.Trace...), f.Related...) {
		if c.Touches(s.File, s.Line) {
			return true
		}
	}
	return false
}

// filterChanged is the pipeline step that keeps the findings that touch
// changed lines.
func filterChanged(findings []Finding, c *ChangedLines) ([]Finding, int) {
	var kept []Finding
	for _, f := range findings {
		if c.keep(f) {
			kept = append(kept, f)
		}
	}
	return kept, len(findings) - len(kept)
}
