package analyzer

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"

	"github.com/phpleak/phpleak/internal/atomicfile"
	"github.com/phpleak/phpleak/ir"
)

// BaselineVersion is the version of the baseline file format written.
const BaselineVersion = 1

// DefaultBaselineFile is the baseline read from the root when present.
const DefaultBaselineFile = "phpleak-baseline.json"

// Baseline lists known findings so that a team can adopt phpleak on old
// code and see only new leaks. Entries are keyed by file, rule and a
// hash of the whitespace-normalised code around the finding (never line
// numbers), so moving code up or down a file keeps it baselined.
type Baseline struct {
	Version int             `json:"version"`
	Entries []BaselineEntry `json:"entries"`
}

// BaselineEntry is one key and how many findings it hides.
type BaselineEntry struct {
	File string `json:"file"`
	Rule string `json:"rule"`
	// Hash is of the rule, file and the normalised finding line with its
	// neighbours.
	Hash  string `json:"hash"`
	Count int    `json:"count"`
	// Code is the finding's line, for readers of the file; not matched.
	Code string `json:"code,omitempty"`
}

// BaselineResult says what a baseline did in a run.
type BaselineResult struct {
	Hidden int // findings hidden
	// Stale are entries (with the count left over) that matched fewer
	// findings than they hide: the code was fixed or changed.
	Stale []BaselineEntry
}

// NewBaseline builds a baseline from a run's findings.
func NewBaseline(findings []Finding) *Baseline {
	type key struct{ file, rule, hash string }
	idx := map[key]int{}
	b := &Baseline{Version: BaselineVersion, Entries: []BaselineEntry{}}
	for _, f := range findings {
		k := key{f.File, f.Rule, f.codeHash}
		if i, ok := idx[k]; ok {
			b.Entries[i].Count++
			continue
		}
		idx[k] = len(b.Entries)
		b.Entries = append(b.Entries, BaselineEntry{File: f.File, Rule: f.Rule, Hash: f.codeHash, Count: 1, Code: normalise(f.Source)})
	}
	sortEntries(b.Entries)
	return b
}

func sortEntries(es []BaselineEntry) {
	sort.Slice(es, func(i, j int) bool {
		a, b := es[i], es[j]
		if a.File != b.File {
			return a.File < b.File
		}
		if a.Rule != b.Rule {
			return a.Rule < b.Rule
		}
		if a.Code != b.Code {
			return a.Code < b.Code
		}
		return a.Hash < b.Hash
	})
}

// ReadBaseline reads a baseline file.
func ReadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("baseline: %w", err)
	}
	var b Baseline
	dec := json.NewDecoder(bytes.NewReader(data))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&b); err != nil {
		return nil, fmt.Errorf("baseline %s: %v (write a new one with 'phpleak baseline')", path, err)
	}
	if b.Version != BaselineVersion {
		return nil, fmt.Errorf("baseline %s: version %d is not supported (this phpleak reads version %d; write a new one with 'phpleak baseline')", path, b.Version, BaselineVersion)
	}
	for i, e := range b.Entries {
		if e.File == "" || e.Rule == "" || e.Hash == "" || e.Count < 1 {
			return nil, fmt.Errorf("baseline %s: entry %d needs file, rule, hash and a count of at least 1", path, i+1)
		}
	}
	return &b, nil
}

// Write writes the baseline as indented JSON, sorted.
func (b *Baseline) Write(path string) error {
	sortEntries(b.Entries)
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false) // keep -> readable in the code field
	enc.SetIndent("", "  ")
	if err := enc.Encode(b); err != nil {
		return err
	}
	return atomicfile.WriteFile(path, buf.Bytes(), 0o644)
}

// applyBaseline is the pipeline step that hides baselined findings, at
// most Count per entry. Entries left over are stale, but only when the
// run could have seen them: their rule ran and their file was analyzed
// (or no longer exists).
func applyBaseline(findings []Finding, b *Baseline, files []*ir.File, cfg Config) ([]Finding, *BaselineResult) {
	type key struct{ file, rule, hash string }
	left := map[key]int{}
	for _, e := range b.Entries {
		left[key{e.File, e.Rule, e.Hash}] += e.Count
	}
	res := &BaselineResult{}
	var kept []Finding
	for _, f := range findings {
		k := key{f.File, f.Rule, f.codeHash}
		if left[k] > 0 {
			left[k]--
			res.Hidden++
			continue
		}
		kept = append(kept, f)
	}
	ran := map[string]bool{InvalidIgnore.ID: true}
	if cfg.ReportUnusedIgnores {
		ran[UnusedIgnore.ID] = true
	}
	for _, a := range cfg.Analyzers {
		ran[a.ID] = true
	}
	analyzed := map[string]bool{}
	for _, f := range files {
		analyzed[f.Path] = true
	}
	seen := map[key]bool{}
	for _, e := range b.Entries {
		k := key{e.File, e.Rule, e.Hash}
		if seen[k] || left[k] == 0 || !ran[e.Rule] {
			continue
		}
		seen[k] = true
		if !analyzed[e.File] {
			if _, err := os.Stat(filepath.Join(cfg.Root, filepath.FromSlash(e.File))); !errors.Is(err, fs.ErrNotExist) {
				continue // not analyzed this time: no verdict
			}
		}
		e.Count = left[k]
		res.Stale = append(res.Stale, e)
	}
	sortEntries(res.Stale)
	return kept, res
}
