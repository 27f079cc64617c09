package analyzer

import (
	"fmt"
	"os"
	"runtime/debug"

	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// FileError is a problem with one file: it did not parse cleanly, could
// not be read, or the analyzer failed on it. The run goes on.
type FileError struct {
	File    string `json:"file"`
	Line    int    `json:"line,omitempty"`
	Col     int    `json:"column,omitempty"`
	Kind    string `json:"kind"` // parse, version, io, internal, skipped
	Message string `json:"message"`
}

// Error kinds.
const (
	ErrParse = "parse"
	// ErrVersion notes syntax newer than the project's PHP version (or
	// removed in it); the file is analysed all the same.
	ErrVersion  = "version"
	ErrIO       = "io"
	ErrInternal = "internal"
	ErrSkipped  = "skipped"
)

// parseFile parses and lowers one file; it is the one place that says
// which parser phpleak uses. It never panics: a panic in the parser
// becomes an internal error for this file. A file that is not analyzed at
// all (nested too deeply, internal error) comes back nil; a file with
// syntax errors is analyzed as far as the parser recovered, which is all
// but the statements or members the errors are in.
func parseFile(path, abs string, src []byte, opt phpsyntax.Options) (f *ir.File, errs []FileError) {
	defer func() {
		if r := recover(); r != nil {
			f = nil
			msg := fmt.Sprintf("parser panic: %v (please report it with this file)", r)
			if os.Getenv("PHPLEAK_DEBUG") != "" {
				msg += "\n" + firstFrames(debug.Stack())
			}
			errs = append(errs, FileError{File: path, Kind: ErrInternal, Message: msg})
		}
	}()
	f, perrs := phpsyntax.Parse(path, abs, src, opt)
	for _, e := range perrs {
		kind := ErrParse
		switch {
		case f == nil:
			kind = ErrSkipped
		case e.Kind == phpsyntax.ErrVersion:
			kind = ErrVersion
		}
		errs = append(errs, FileError{File: path, Line: e.Line, Col: e.Col, Kind: kind, Message: e.Msg})
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
	return parseFile(path, path, src, phpsyntax.Options{Version: v})
}
