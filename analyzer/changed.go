package analyzer

// ChangedLines is what changed since a revision, for pull requests: per
// file (relative to the root, with '/'), the changed lines, or the whole
// file when it is new. Package gitdiff builds it from git.
type ChangedLines struct {
	files map[string][]span // nil: the whole file
}

// span is lines from..to, inclusive.
type span struct{ from, to int }

// NewChangedLines returns an empty set: nothing changed.
func NewChangedLines() *ChangedLines {
	return &ChangedLines{files: map[string][]span{}}
}

// AddLines marks lines from..to (1-based, inclusive) of file as changed.
// The set keeps ranges, not lines, so a hunk's size costs nothing.
func (c *ChangedLines) AddLines(file string, from, to int) {
	spans, ok := c.files[file]
	if ok && spans == nil {
		return // already entirely new
	}
	if spans == nil {
		spans = []span{} // known to the set, with no line yet
	}
	if from <= to {
		spans = append(spans, span{from, to})
	}
	c.files[file] = spans
}

// AddFile marks a whole file as changed.
func (c *ChangedLines) AddFile(file string) { c.files[file] = nil }

// Touches reports whether line of file changed.
func (c *ChangedLines) Touches(file string, line int) bool {
	spans, ok := c.files[file]
	if !ok {
		return false
	}
	if spans == nil {
		return true
	}
	for _, s := range spans {
		if line >= s.from && line <= s.to {
			return true
		}
	}
	return false
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
