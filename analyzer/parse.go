package analyzer

import (
	"github.com/phpleak/phpleak/internal/vkoracle"
	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// FileError is a problem with one file: it did not parse cleanly, could
// not be read, or the analyzer failed on it. The run goes on.
type FileError struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Kind    string `json:"kind"` // parse, io, internal, skipped
	Message string `json:"message"`
}

// Error kinds.
const (
	ErrParse    = "parse"
	ErrIO       = "io"
	ErrInternal = "internal"
	ErrSkipped  = "skipped"
)

// parseFile parses and lowers one file; it is the one place that says
// which parser phpleak uses. It never panics: a panic in the parser or in
// lowering becomes an internal error for this file. A file that is not
// analyzed at all (too deep, internal error) comes back nil; a file with
// syntax errors is analyzed as far as the parser recovered.
func parseFile(path, abs string, src []byte, v phpsyntax.Version) (*ir.File, []FileError) {
	f, perrs := vkoracle.Parse(path, abs, src, v)
	var errs []FileError
	for _, e := range perrs {
		errs = append(errs, FileError{File: path, Line: e.Line, Kind: e.Kind, Message: e.Msg})
	}
	return f, errs
}

// ParseSource parses and lowers one file's source, as Run does for files
// on disk; path is the name findings will carry and v the project's PHP
// version (the zero Version is phpsyntax.Latest). For tests and tools.
func ParseSource(path string, src []byte, v phpsyntax.Version) (*ir.File, []FileError) {
	if v == (phpsyntax.Version{}) {
		v = phpsyntax.Latest
	}
	return parseFile(path, path, src, v)
}
