// Package vkoracle parses PHP with github.com/VKCOM/php-parser and lowers
// the syntax tree to phpleak's IR. It is the parser phpleak used before
// package phpsyntax, kept as an oracle to compare the new parser with.
package vkoracle

import (
	"bytes"
	"fmt"
	"os"
	"reflect"
	"regexp"
	"runtime/debug"
	"strings"

	"github.com/VKCOM/php-parser/pkg/ast"
	"github.com/VKCOM/php-parser/pkg/conf"
	phperrors "github.com/VKCOM/php-parser/pkg/errors"
	"github.com/VKCOM/php-parser/pkg/parser"
	"github.com/VKCOM/php-parser/pkg/version"
	"github.com/VKCOM/php-parser/pkg/visitor/nsresolver"
	"github.com/VKCOM/php-parser/pkg/visitor/traverser"
	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// Error is a problem with one file.
type Error struct {
	Line int    // 0 when the problem has no line
	Kind string // KindParse, KindSkipped or KindInternal
	Msg  string
}

// Error kinds, the same words as phpleak's file error kinds.
const (
	KindParse    = "parse"    // a syntax error
	KindSkipped  = "skipped"  // nested too deeply to analyse
	KindInternal = "internal" // the parser or lowering panicked
)

// Parse parses and lowers one file; path is the name findings carry, abs
// the file on disk. v is the project's PHP version: 5.x and 7.x parse
// with that grammar, 8.x above 8.1 (and the zero Version) with the 8.1
// grammar, which falls back to 7.4 when that parses the file cleanly.
// It never panics: a panic in the parser or in lowering becomes an
// internal error. A file that is not analysed at all (too deep, internal
// error) comes back nil; a file with syntax errors is lowered as far as
// the parser recovered.
func Parse(path, abs string, src []byte, v phpsyntax.Version) (f *ir.File, errs []Error) {
	defer func() {
		if r := recover(); r != nil {
			f = nil
			if _, deep := r.(errTooDeep); deep {
				errs = append(errs, Error{Kind: KindSkipped,
					Msg: fmt.Sprintf("nesting deeper than %d levels (generated or obfuscated code?)", maxDepth)})
				return
			}
			msg := fmt.Sprintf("analyzer panic: %v (please report it with this file)", r)
			if os.Getenv("PHPLEAK_DEBUG") != "" {
				msg += "\n" + firstFrames(debug.Stack())
			}
			errs = append(errs, Error{Kind: KindInternal, Msg: msg})
		}
	}()
	gv := grammar(v)
	src = parserInput(src)
	root, perrs, err := parseWith(src, gv)
	if len(perrs) > 0 && gv.Major == 8 {
		// The 8.x grammar reserves words PHP still accepts as names
		// (class Enum, function readonly()); code that needs no 8.x
		// syntax parses cleanly with the 7.4 grammar.
		if root74, perrs74, err74 := parseWith(src, php74); err74 == nil && len(perrs74) == 0 {
			root, perrs, err = root74, nil, nil
		}
	}
	lines := countLines(src)
	firstErrLine := 0
	for i, e := range perrs {
		// goyacc names the end of input $end; PHP says "end of file", at
		// the last line.
		fe := Error{Kind: KindParse, Msg: strings.ReplaceAll(e.Msg, "$end", "end of file")}
		if e.Pos != nil && e.Pos.StartLine > 0 {
			fe.Line = e.Pos.StartLine
		} else {
			fe.Line = max(lines, 1)
		}
		if i == 0 {
			firstErrLine = fe.Line
		}
		errs = append(errs, fe)
	}
	if err != nil {
		return nil, append(errs, Error{Kind: KindParse, Msg: err.Error()})
	}
	f = &ir.File{Path: path, Abs: abs, Lines: lines, Shebang: bytes.HasPrefix(src, []byte("#!"))}
	r, ok := root.(*ast.Root)
	if (!ok || r == nil) && firstErrLine > 0 {
		r = parsePrefix(src, firstErrLine, gv)
		ok = r != nil
	}
	if !ok || r == nil {
		f.Main = &ir.Func{Kind: ir.FuncMain, Name: "{main}", File: f}
		return f, errs
	}
	if treeDeeperThan(r, maxTreeDepth) {
		return nil, append(errs, Error{Kind: KindSkipped,
			Msg: fmt.Sprintf("syntax tree nested deeper than %d levels (generated or obfuscated code?)", maxTreeDepth)})
	}
	nsr := nsresolver.NewNamespaceResolver()
	traverser.NewTraverser(attrResolver{nsr}).Traverse(r)
	l := &lowerer{file: f, src: src, lineOff: newLineTable(src), resolved: nsr.ResolvedNames}
	l.lowerFile(r)
	return f, errs
}

// grammar maps a PHP version to the newest grammar the parser has for it.
func grammar(v phpsyntax.Version) *version.Version {
	if v == (phpsyntax.Version{}) || v.Major > 8 || v.Major == 8 && v.Minor > 1 {
		return &version.Version{Major: 8, Minor: 1}
	}
	return &version.Version{Major: uint64(max(v.Major, 0)), Minor: uint64(max(v.Minor, 0))}
}

// countLines counts lines as wc -l does, plus a last line without a
// newline.
func countLines(src []byte) int {
	n := bytes.Count(src, []byte{'\n'})
	if len(src) > 0 && src[len(src)-1] != '\n' {
		n++
	}
	return n
}

var php74 = &version.Version{Major: 7, Minor: 4}

// parseWith parses src with one grammar version, collecting syntax errors.
func parseWith(src []byte, v *version.Version) (ast.Vertex, []*phperrors.Error, error) {
	var perrs []*phperrors.Error
	root, err := parser.Parse(src, conf.Config{
		Version:          v,
		ErrorHandlerFunc: func(e *phperrors.Error) { perrs = append(perrs, e) },
	})
	return root, perrs, err
}

// maxPrefixTries bounds the parses parsePrefix spends on one broken file.
const maxPrefixTries = 8

// parsePrefix salvages a file the parser gave up on. The parser recovers
// from most syntax errors by dropping the broken statement, but when a
// brace is left open it reaches the end of the file still inside it and
// returns no tree at all, losing the code before the error too. parsePrefix
// parses the source up to the start of the nearest lines, before the error,
// that begin in column 1 (where declarations start in PSR-12 code), and
// keeps the first prefix that parses. Offsets and lines stay valid: it is
// a prefix. It returns nil when no prefix parses.
func parsePrefix(src []byte, errLine int, v *version.Version) *ast.Root {
	lines := newLineTable(src)
	tries := 0
	for line := min(errLine, len(lines)); line >= 2 && tries < maxPrefixTries; line-- {
		start := lines[line-1]
		if start >= len(src) {
			continue
		}
		switch src[start] {
		case ' ', '\t', '\r', '\n', '}', ')', ']':
			continue // inside a construct or blank
		}
		tries++
		root, err := parser.Parse(src[:start], conf.Config{Version: v, ErrorHandlerFunc: func(*phperrors.Error) {}})
		if r, ok := root.(*ast.Root); err == nil && ok && r != nil && len(r.Stmts) > 0 {
			return r
		}
	}
	return nil
}

// maxTreeDepth bounds the nesting of a syntax tree that is walked at all.
// The parser itself keeps its stack on the heap, but the traverser that
// resolves names, and the lowerer, recurse once per level: 8 MB of "!" is
// eight million levels, enough to overflow the goroutine stack, a fatal
// error that no recover catches. Hand-written code stays far below this.
const maxTreeDepth = 10000

// treeDeeperThan reports whether the tree under root nests deeper than
// limit. It walks without recursion and stops as soon as it knows.
func treeDeeperThan(root ast.Vertex, limit int) bool {
	type item struct {
		n     ast.Vertex
		depth int
	}
	stack := []item{{root, 1}}
	for len(stack) > 0 {
		it := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		if it.depth > limit {
			return true
		}
		cf, ok := childFields[reflect.TypeOf(it.n)]
		if !ok {
			continue
		}
		s := reflect.ValueOf(it.n).Elem()
		if !s.IsValid() {
			continue // a typed nil
		}
		for _, i := range cf.one {
			if c, _ := s.Field(i).Interface().(ast.Vertex); c != nil {
				stack = append(stack, item{c, it.depth + 1})
			}
		}
		for _, i := range cf.many {
			list := s.Field(i)
			for j := 0; j < list.Len(); j++ {
				if c, _ := list.Index(j).Interface().(ast.Vertex); c != nil {
					stack = append(stack, item{c, it.depth + 1})
				}
			}
		}
	}
	return false
}

// childFields maps each node type to the fields that hold its children:
// every child of a php-parser node is an ast.Vertex or a []ast.Vertex, and
// every node type is the argument of one ast.Visitor method. Built once,
// read-only after.
var childFields = func() map[reflect.Type]struct{ one, many []int } {
	vertex, vertices := reflect.TypeFor[ast.Vertex](), reflect.TypeFor[[]ast.Vertex]()
	out := map[reflect.Type]struct{ one, many []int }{}
	visitor := reflect.TypeFor[ast.Visitor]()
	for m := 0; m < visitor.NumMethod(); m++ {
		ptr := visitor.Method(m).Type.In(0)
		if ptr.Kind() != reflect.Pointer || ptr.Elem().Kind() != reflect.Struct {
			continue
		}
		var cf struct{ one, many []int }
		for i, t := 0, ptr.Elem(); i < t.NumField(); i++ {
			switch t.Field(i).Type {
			case vertex:
				cf.one = append(cf.one, i)
			case vertices:
				cf.many = append(cf.many, i)
			}
		}
		out[ptr] = cf
	}
	return out
}()

// firstFrames keeps the top of a stack trace, enough to locate a bug.
func firstFrames(stack []byte) string {
	lines := strings.Split(string(stack), "\n")
	if len(lines) > 16 {
		lines = lines[:16]
	}
	return strings.Join(lines, "\n")
}

// attrResolver is the namespace resolver, which also resolves the class
// names of attributes (#[AsEventListener] and the like): the worker
// model reads them, and the resolver alone leaves them as written.
type attrResolver struct{ *nsresolver.NamespaceResolver }

func (a attrResolver) Attribute(n *ast.Attribute) {
	a.ResolveName(n.Name, "")
}

// emptyHeredoc matches a heredoc or nowdoc with nothing in it: the label
// line followed at once by the closing label.
var emptyHeredoc = regexp.MustCompile(`<<<[ \t]*(["']?)([A-Za-z_][A-Za-z0-9_]*)(["']?)(\r?\n)([ \t]*)([A-Za-z_][A-Za-z0-9_]*)\b`)

// parserInput works around three faults of the parser phpleak uses until
// it has its own (see the parser issue), without moving any byte that a
// position points at:
//   - inline HTML that ends in '<' makes its lexer loop forever: a newline
//     is added after it;
//   - a file that ends right after '<?php' is a syntax error to it (PHP
//     accepts it): a newline is added;
//   - an empty heredoc or nowdoc with a one-character label panics in its
//     lexer: every empty heredoc becomes ” padded with spaces to the same
//     length, its line break kept, which PHP reads as the same empty string.
func parserInput(src []byte) []byte {
	if bytes.HasSuffix(src, []byte("<")) || bytes.HasSuffix(bytes.ToLower(src), []byte("<?php")) {
		src = append(append([]byte{}, src...), '\n')
	}
	if !bytes.Contains(src, []byte("<<<")) {
		return src
	}
	var out []byte
	last := 0
	for _, m := range emptyHeredoc.FindAllSubmatchIndex(src, -1) {
		open, label := string(src[m[2]:m[3]]), string(src[m[4]:m[5]])
		if open != string(src[m[6]:m[7]]) || label != string(src[m[12]:m[13]]) {
			continue // not the closing label of this heredoc
		}
		if out == nil {
			out = make([]byte, 0, len(src))
		}
		out = append(out, src[last:m[0]]...)
		head := m[8] - m[0] // up to the line break
		out = append(out, "''"...)
		out = append(out, bytes.Repeat([]byte(" "), head-2)...)
		out = append(out, src[m[8]:m[9]]...) // the line break itself
		out = append(out, bytes.Repeat([]byte(" "), m[1]-m[9])...)
		last = m[1]
	}
	if out == nil {
		return src
	}
	return append(out, src[last:]...)
}
