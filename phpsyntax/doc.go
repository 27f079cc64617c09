// Package phpsyntax reads PHP source: a lexer (Lexer) and a hand-written
// recursive-descent parser that lowers straight into phpleak's IR (package
// ir), with no syntax tree in between.
//
// It reads every PHP version from 5.0 to 8.5 in one grammar. The project's
// version (Options.Version) only decides which constructs are noted as too
// new; a file is analysed whatever it uses. The parser never loops: every
// step consumes a token or ends, and recursion is bounded (MaxDepth).
// Positions are byte offsets turned into lines and columns (code points)
// through a line table, in time linear in the file.
package phpsyntax

import "github.com/phpleak/phpleak/ir"

// Options configures Parse.
type Options struct {
	// Version is the project's PHP version; the zero value means Latest.
	// Syntax newer than Version is parsed and noted once per construct
	// and file (an Error with Kind ErrVersion).
	Version Version
	// ShortTags lets "<?" open PHP code, as short_open_tag=On does.
	ShortTags bool
	// Arena, when set, is where the IR's nodes are allocated and its
	// names interned: one per goroutine, shared by the files it parses
	// (see Arena); nil gives each file its own.
	Arena *Arena
}

// ErrorKind tells syntax errors from version notes.
type ErrorKind uint8

const (
	// ErrSyntax is a syntax error: PHP would refuse the file.
	ErrSyntax ErrorKind = iota
	// ErrVersion is syntax newer than the project's PHP version.
	ErrVersion
)

// Error is a problem found while parsing one file.
type Error struct {
	Kind      ErrorKind
	Line, Col int // 1-based; Col counts code points
	Msg       string
}

// Parse reads one file and lowers it to IR. path is the name findings
// carry, abs the file on disk. The file comes back even with syntax
// errors: the parser resynchronises at the next statement or class member,
// so one error loses only the construct it is in. It returns a nil file
// only when the input is nested too deeply to analyse (see MaxDepth).
func Parse(path, abs string, src []byte, opt Options) (*ir.File, []Error) {
	return parse(path, abs, src, opt)
}
