package phpsyntax

import (
	"bytes"
	"fmt"
	"runtime/debug"
	"strings"

	"github.com/phpleak/phpleak/ir"
)

// MaxDepth bounds the nesting the parser follows (expressions, statements
// and declarations together). Deeper input is generated or hostile; the
// file is refused with one error instead of overflowing the Go stack.
const MaxDepth = 2000

// parser reads significant tokens from a Lexer and lowers what it parses
// straight into IR. It keeps one token of state (tok) and a short
// lookahead queue for the few places PHP's grammar needs more.
type parser struct {
	src     []byte
	lx      *Lexer
	opt     Options
	lt      *lineTable
	tok     Token   // the current token
	ahead   []Token // tokens read past tok, oldest first
	prevEnd int32   // end of the last token consumed
	errs    []Error
	noted   map[string]bool // version notes already given in this file
	depth   int
	// noCurly: a '{' after an expression opens property hooks, not a
	// curly-brace offset
	noCurly bool
	// aborted: a panic that ends the whole parse is unwinding
	aborted bool
	// braces: the curly braces consumed and not yet closed
	braces int
	// unclosed: the end of the file was reached inside a block
	unclosed bool
	// docs: the doc comment before a token, by the token's start
	docs       map[int32]Token
	pendingDoc Token
	hasDoc     bool
	// items, stmts and exprs: the items of the array literals, the
	// statements of the blocks and the arguments of the calls being
	// read, innermost last; each then gets a list of exactly its size
	// (see list)
	items []ir.ArrayItem
	stmts []ir.Stmt
	exprs []ir.Expr

	// lowering state
	file  *ir.File
	ns    string               // current namespace, "" for the global one
	uses  [3]map[string]string // aliases: class, function, const
	class *ir.Class
	fn    *ir.Func
	atTop bool // lowering a declaration at file or namespace level

	// a is where the IR's nodes are allocated
	a *Arena
}

// Alias kinds, the index of parser.uses.
const (
	useClass = iota
	useFunction
	useConst
)

// syntaxError unwinds the parser to the nearest statement or member,
// which records it and resynchronises.
type syntaxError struct{ err Error }

// tooDeep unwinds the whole parse.
type tooDeep struct{}

func parse(path, abs string, src []byte, opt Options) (f *ir.File, errs []Error) {
	if opt.Version == (Version{}) {
		opt.Version = Latest
	}
	p := &parser{src: src, lx: NewLexer(src, opt.ShortTags), opt: opt, lt: newLineTable(src), a: opt.Arena}
	if p.a == nil {
		p.a = NewArena()
	}
	// Before PHP 8.0, "#[" starts a comment: code written for PHP 7 may
	// have such comments, and 7.x-compatible attributes read the same.
	p.lx.oldHash = opt.Version.Less(Version{8, 0})
	p.file = &ir.File{Path: path, Abs: abs, Lines: countLines(src), Shebang: bytes.HasPrefix(src, []byte("#!"))}
	p.resetUses()
	defer func() {
		if r := recover(); r != nil {
			if _, deep := r.(tooDeep); deep {
				f = nil
				errs = append(p.errs, Error{Kind: ErrSyntax, Line: p.line(p.tok.Start), Col: p.col(p.tok.Start),
					Msg: fmt.Sprintf("nesting deeper than %d levels (generated or obfuscated code?)", MaxDepth)})
				return
			}
			panic(fmt.Sprintf("%v\n%s", r, debug.Stack()))
		}
	}()
	p.next()
	start := p.tok.Start
	if p.file.Shebang && p.is(T_INLINE_HTML) {
		// PHP skips the #! line of a script; what follows it up to
		// <?php is output.
		nl := int32(bytes.IndexByte(p.src, '\n'))
		if nl < 0 || nl+1 >= p.tok.End {
			p.next()
			start = p.tok.Start
		} else {
			start = nl + 1
		}
	}
	main := alloc(&p.a.funcs)
	*main = ir.Func{Kind: ir.FuncMain, Name: "{main}", File: p.file}
	p.file.Main = main
	p.fn = main
	main.Body = p.topStatements(EOF)
	if p.prevEnd > start {
		main.Pos = p.span(start)
	}
	return p.file, p.errs
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

// ---- tokens ----

// lex returns the next significant token: whitespace and comments are
// skipped, an opening tag is skipped, and a closing tag stands for ';' as
// it does in PHP's grammar.
func (p *parser) lex() Token {
	for {
		t := p.lx.Next()
		switch t.Kind {
		case T_DOC_COMMENT:
			p.pendingDoc, p.hasDoc = t, true
			continue
		case T_WHITESPACE, T_COMMENT, T_OPEN_TAG:
			continue
		case T_CLOSE_TAG:
			t.Kind = ';'
		case T_OPEN_TAG_WITH_ECHO:
			t.Kind = T_ECHO
		}
		if p.hasDoc {
			// the doc comment belongs to the declaration this token
			// starts (see docAt)
			if p.docs == nil {
				p.docs = map[int32]Token{}
			}
			p.docs[t.Start] = p.pendingDoc
			p.hasDoc = false
		}
		return t
	}
}

// next consumes the current token.
func (p *parser) next() {
	switch p.tok.Kind {
	case '{', T_CURLY_OPEN, T_DOLLAR_OPEN_CURLY_BRACES:
		p.braces++
	case '}':
		p.braces--
	}
	p.prevEnd = p.tok.End
	if len(p.ahead) > 0 {
		p.tok = p.ahead[0]
		p.ahead = p.ahead[1:]
		return
	}
	p.tok = p.lex()
}

// peek returns the token i places after the current one (peek(1) is the
// next).
func (p *parser) peek(i int) Token {
	for len(p.ahead) < i {
		p.ahead = append(p.ahead, p.lex())
	}
	return p.ahead[i-1]
}

func (p *parser) is(k Kind) bool { return p.tok.Kind == k }

// got consumes the current token when it is k.
func (p *parser) got(k Kind) bool {
	if p.tok.Kind == k {
		p.next()
		return true
	}
	return false
}

// want consumes a token of kind k or fails.
func (p *parser) want(k Kind) Token {
	t := p.tok
	if t.Kind != k {
		p.fail(describe(k))
	}
	p.next()
	return t
}

func (p *parser) text(t Token) string { return string(p.src[t.Start:t.End]) }

// name is the text of an identifier or variable token from byte skip on
// ($name without its $), interned (see intern).
func (p *parser) name(t Token, skip int32) string {
	return p.intern(p.src[t.Start+skip : t.End])
}

// intern returns b as a string, one string per distinct text in the
// files parsed into the same Arena: the same names ($this, $value, a
// method, a class) and literals (0, 1, 'id') come back thousands of
// times, in file after file, and the IR keeps them all.
func (p *parser) intern(b []byte) string {
	if s, ok := p.a.names[string(b)]; ok {
		return s
	}
	return p.internString(string(b))
}

// internString is intern for a string already made.
func (p *parser) internString(s string) string {
	if in, ok := p.a.names[s]; ok {
		return in
	}
	if p.a.names == nil {
		p.a.names = map[string]string{}
	}
	p.a.names[s] = s
	return s
}

// literal is the text of a literal token, without the quotes of a
// simple string; escape sequences are kept as written, which is enough
// for keys and names. Short texts (0, 1, 'id') are interned: they come
// back often.
func (p *parser) literal(t Token) string {
	return p.short(p.src[t.Start:t.End], true)
}

// short is b as a string, interned when it is short; unquote strips the
// quotes of a simple string.
func (p *parser) short(b []byte, unquote bool) string {
	if n := len(b); unquote && n >= 2 && (b[0] == '\'' || b[0] == '"') && b[n-1] == b[0] {
		b = b[1 : n-1]
	}
	if len(b) > maxInterned {
		return string(b)
	}
	return p.intern(b)
}

// maxInterned is the longest literal interned: longer ones are seldom
// written twice in a file, and not worth a lookup.
const maxInterned = 8

// fail stops the current statement with "syntax error, unexpected X,
// expecting Y".
func (p *parser) fail(expecting string) {
	p.failAt(p.tok, expecting)
}

func (p *parser) failAt(t Token, expecting string) {
	msg := "syntax error, unexpected " + p.describeTok(t)
	if expecting != "" {
		msg += ", expecting " + expecting
	}
	// a token over several lines (a string left open by a stray quote)
	// is reported where it ends, as PHP does: its scanner has counted
	// the token's lines by then; but not a single-quoted string left
	// open to the end of the file, which PHP's scanner hands over
	// before it counts its lines
	at := t.Start
	if t.End > t.Start && p.line(t.End-1) != p.line(t.Start) && !p.unclosedSingle(t) {
		at = t.End - 1
	}
	panic(syntaxError{Error{Kind: ErrSyntax, Line: p.line(at), Col: p.col(at), Msg: msg}})
}

// unclosedSingle reports whether t is a single-quoted string with no
// closing quote: string content from a quote to the end of the file.
func (p *parser) unclosedSingle(t Token) bool {
	return t.Kind == T_ENCAPSED_AND_WHITESPACE && int(t.End) == len(p.src) &&
		strings.HasPrefix(strings.TrimLeft(p.text(t), "bB"), "'")
}

// describeTok names a token as PHP's messages do.
func (p *parser) describeTok(t Token) string {
	switch t.Kind {
	case EOF:
		return "end of file"
	case T_VARIABLE:
		return fmt.Sprintf("variable %q", p.text(t))
	case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE:
		return fmt.Sprintf("identifier %q", p.text(t))
	case T_CONSTANT_ENCAPSED_STRING:
		if strings.HasPrefix(strings.TrimLeft(p.text(t), "bB"), "'") {
			return "single-quoted string"
		}
		return "double-quoted string"
	case T_LNUMBER:
		return fmt.Sprintf("integer %q", p.text(t))
	case T_DNUMBER:
		return fmt.Sprintf("floating-point number %q", p.text(t))
	case T_INLINE_HTML:
		return "inline HTML"
	case T_ENCAPSED_AND_WHITESPACE:
		return "string content"
	}
	txt := p.text(t)
	if len(txt) > 20 {
		txt = txt[:20] + "…"
	}
	if t.Kind < 256 {
		return fmt.Sprintf("token %q", txt)
	}
	return fmt.Sprintf("token %q", strings.TrimSpace(txt))
}

// describe names an expected kind.
func describe(k Kind) string {
	switch k {
	case EOF:
		return "end of file"
	case T_VARIABLE:
		return "variable"
	case T_STRING:
		return "identifier"
	}
	if k < 256 {
		return fmt.Sprintf("%q", string(rune(k)))
	}
	return k.String()
}

// ---- errors, notes, depth ----

// note records, once per construct and file, syntax newer than the
// project's PHP version.
func (p *parser) note(t Token, need Version, what string) {
	if p.opt.Version.Less(need) {
		p.noteOnce(t, what, fmt.Sprintf("%s need PHP %s; the project's version is %s", what, need, p.opt.Version))
	}
}

// removed records, once per construct and file, syntax that PHP removed
// in a version the project uses.
func (p *parser) removed(t Token, in Version, what string) {
	if !p.opt.Version.Less(in) {
		p.noteOnce(t, what, fmt.Sprintf("%s were removed in PHP %s; the project's version is %s", what, in, p.opt.Version))
	}
}

func (p *parser) noteOnce(t Token, what, msg string) {
	if p.noted == nil {
		p.noted = map[string]bool{}
	}
	if !p.noted[what] {
		p.noted[what] = true
		p.errs = append(p.errs, Error{Kind: ErrVersion, Line: p.line(t.Start), Col: p.col(t.Start), Msg: msg})
	}
}

func (p *parser) enter() {
	p.depth++
	if p.depth > MaxDepth {
		p.aborted = true
		panic(tooDeep{})
	}
}

func (p *parser) leave() { p.depth-- }

// ---- positions ----

func (p *parser) line(off int32) int { return p.lt.line(int(off)) }
func (p *parser) col(off int32) int  { return p.lt.col(int(off)) }

// span is the position from start to the end of the last consumed token.
func (p *parser) span(start int32) ir.Pos {
	return p.spanTo(start, p.prevEnd)
}

func (p *parser) spanTo(start, end int32) ir.Pos {
	if end < start {
		end = start
	}
	endLine := p.line(max(end-1, start))
	return ir.Pos{
		Line: int32(p.line(start)), Col: int32(p.col(start)),
		EndLine: int32(endLine), EndCol: int32(p.lt.colOn(endLine, int(end))),
	}
}
