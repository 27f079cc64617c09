package phpsyntax

import "github.com/phpleak/phpleak/ir"

// An Arena hands out IR nodes from chunks allocated in bulk, a chunk per
// node type, so that a file's nodes cost a few allocations rather than
// one each. A goroutine that parses many files gives each the same Arena
// (Options.Arena): their nodes then share the chunks, and only the last
// chunk of each type is ever partly empty, where one Arena per file
// leaves a partly empty chunk of every type in every file (21 of the
// 153 MB of the IR of Debian's MediaWiki). They also share the strings
// interned for names and short literals ($this, a method's name, 'id'),
// which come back in file after file.
//
// A chunk lives as long as any node in it: the IR of a file dropped
// while the run goes on (over a budget) keeps alive only the chunks it
// shares with the files parsed just before and after it. An Arena is not
// safe for concurrent use.
type Arena struct {
	vars        slab[ir.Var]
	props       slab[ir.Prop]
	methodCalls slab[ir.MethodCall]
	calls       slab[ir.Call]
	assigns     slab[ir.Assign]
	exprStmts   slab[ir.ExprStmt]
	dims        slab[ir.Dim]
	staticCalls slab[ir.StaticCall]
	returns     slab[ir.Return]
	ifs         slab[ir.If]
	staticProps slab[ir.StaticProp]
	news        slab[ir.New]
	lits        slab[ir.Lit]
	others      slab[ir.Other]
	arrays      slab[ir.Array]
	classConsts slab[ir.ClassConst]
	closures    slab[ir.Closure]
	yields      slab[ir.Yield]
	loops       slab[ir.Loop]
	jumps       slab[ir.Jump]
	switches    slab[ir.Switch]
	tries       slab[ir.Try]
	catches     slab[ir.Catch]
	unsets      slab[ir.Unset]
	staticVars  slab[ir.StaticVar]
	globals     slab[ir.Global]
	funcs       slab[ir.Func]
	params      slab[ir.Param]
	properties  slab[ir.Property]
	consts      slab[ir.Const]
	attributes  slab[ir.Attribute]
	classes     slab[ir.Class]

	// names: the strings interned by the files parsed into the Arena
	// (see parser.intern)
	names map[string]string

	// lists: the elements of short lists (see list)
	stmtLists slab[ir.Stmt]
	exprLists slab[ir.Expr]
	itemLists slab[ir.ArrayItem]
}

// NewArena returns an empty Arena.
func NewArena() *Arena { return &Arena{} }

// slab hands out values of one type from chunks allocated in bulk.
// Chunks double from 4 to 256 values, so a type a run meets rarely
// wastes little.
type slab[T any] struct {
	buf  []T
	next int // size of the next chunk
}

// put stores v in the slab and returns its address.
func put[T any](s *slab[T], v T) *T {
	x := alloc(s)
	*x = v
	return x
}

// list returns a copy of xs from the slab, nil when xs is empty. Its
// capacity is its length: an append to it copies it elsewhere. A long
// list gets an array of its own.
func list[T any](s *slab[T], xs []T) []T {
	n := len(xs)
	switch {
	case n == 0:
		return nil
	case n > maxSlabList:
		out := make([]T, n)
		copy(out, xs)
		return out
	}
	if len(s.buf) < n {
		// (what is left of the chunk stays unused: a sixteenth of it at
		// most)
		s.buf = make([]T, listChunk)
	}
	out := s.buf[:n:n]
	copy(out, xs)
	s.buf = s.buf[n:]
	return out
}

const (
	// listChunk is the size of the chunks lists are taken from, and
	// maxSlabList the longest list taken from one.
	listChunk   = 1024
	maxSlabList = listChunk / 16
)

// alloc returns the address of a zero value from the slab.
func alloc[T any](s *slab[T]) *T {
	if len(s.buf) == 0 {
		s.next = min(max(2*s.next, 4), 256)
		s.buf = make([]T, s.next)
	}
	x := &s.buf[0]
	s.buf = s.buf[1:]
	return x
}
