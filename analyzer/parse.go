package analyzer

import (
	"bytes"
	"fmt"
	"os"
	"runtime/debug"
	"strings"

	"github.com/VKCOM/php-parser/pkg/ast"
	"github.com/VKCOM/php-parser/pkg/conf"
	phperrors "github.com/VKCOM/php-parser/pkg/errors"
	"github.com/VKCOM/php-parser/pkg/parser"
	"github.com/VKCOM/php-parser/pkg/version"
	"github.com/VKCOM/php-parser/pkg/visitor/nsresolver"
	"github.com/VKCOM/php-parser/pkg/visitor/traverser"
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

// ParseVersion validates a --php-version value and maps it to the
// version the parser understands (8.x above 8.1 parses as 8.1).
func ParseVersion(s string) (*version.Version, error) {
	v, err := version.New(s)
	if err != nil {
		return nil, fmt.Errorf("invalid PHP version %q: want MAJOR.MINOR, e.g. 8.1", s)
	}
	switch {
	case v.Major == 8 && v.Minor > 1:
		v = &version.Version{Major: 8, Minor: 1}
	case v.Major == 5 && v.Minor <= 6, v.Major == 7 && v.Minor <= 4, v.Major == 8:
	default:
		return nil, fmt.Errorf("unsupported PHP version %q: phpleak parses 5.0–5.6, 7.0–7.4 and 8.x", s)
	}
	return v, nil
}

// parseFile parses and lowers one file. It never panics: a panic in the
// parser or in lowering becomes an internal error for this file.
func parseFile(path, abs string, src []byte, v *version.Version) (f *File, errs []FileError) {
	f = &File{Path: path, Abs: abs, Lines: bytes.Count(src, []byte{'\n'}) + 1}
	defer func() {
		if r := recover(); r != nil {
			if _, deep := r.(errTooDeep); deep {
				errs = append(errs, FileError{File: path, Kind: ErrSkipped,
					Message: fmt.Sprintf("not analyzed: nesting deeper than %d levels", maxDepth)})
			} else {
				msg := fmt.Sprintf("analyzer panic: %v (please report it with this file)", r)
				if os.Getenv("PHPLEAK_DEBUG") != "" {
					msg += "\n" + firstFrames(debug.Stack())
				}
				errs = append(errs, FileError{File: path, Kind: ErrInternal, Message: msg})
			}
			f = &File{Path: path, Abs: abs, Lines: f.Lines, Main: &Func{Kind: FuncMain, Name: "{main}"}}
			f.Main.File = f
		}
	}()
	var perrs []*phperrors.Error
	root, err := parser.Parse(src, conf.Config{
		Version:          v,
		ErrorHandlerFunc: func(e *phperrors.Error) { perrs = append(perrs, e) },
	})
	for _, e := range perrs {
		fe := FileError{File: path, Kind: ErrParse, Message: e.Msg}
		if e.Pos != nil {
			fe.Line = e.Pos.StartLine
		}
		errs = append(errs, fe)
	}
	if err != nil {
		return f, append(errs, FileError{File: path, Kind: ErrParse, Message: err.Error()})
	}
	r, ok := root.(*ast.Root)
	if !ok || r == nil {
		f.Main = &Func{Kind: FuncMain, Name: "{main}", File: f}
		return f, errs
	}
	nsr := nsresolver.NewNamespaceResolver()
	traverser.NewTraverser(nsr).Traverse(r)
	l := &lowerer{file: f, src: src, lineOff: newLineTable(src), resolved: nsr.ResolvedNames}
	l.lowerFile(r)
	return f, errs
}

// firstFrames keeps the top of a stack trace, enough to locate a bug.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 16 {
		lines = lines[:16]
	}
	return strings.Join(lines, "\n")
}
