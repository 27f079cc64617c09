package phpsyntax

import "bytes"

// The lexer is a hand-written loop over the bytes with one function per
// start condition of PHP's scanner (Zend/zend_language_scanner.l): the
// same states and state stack, the same longest-match choices, and the
// same oddities for broken input, down to the end of a heredoc whose
// scan-ahead PHP cut short. Its token stream is tested to equal
// token_get_all's on Debian's WordPress, MediaWiki and PHP libraries and
// on random and mutated snippets.

// lexState is a start condition of PHP's scanner.
type lexState uint8

const (
	stInitial            lexState = iota // inline HTML, before "<?php"
	stScripting                          // PHP code
	stLookingForProperty                 // after "->" or "?->": a name is a property
	stDoubleQuotes                       // inside "...", after a variable
	stBackquote                          // inside `...`
	stHeredoc                            // inside a heredoc body
	stNowdoc                             // inside a nowdoc body
	stEndHeredoc                         // at a heredoc's closing label
	stVarOffset                          // inside "$a[...]" in a string
	stLookingForVarname                  // after "${" in a string
)

// heredocLabel is an open heredoc or nowdoc.
type heredocLabel struct {
	start, end int  // the label, src[start:end]
	nowdoc     bool // <<<'LABEL'
	// endIndent is how many bytes of the closing line's indentation the
	// T_END_HEREDOC token takes (see closeHeredoc).
	endIndent int
	// PHP scans a heredoc ahead once, when it starts, to learn the
	// closing label's indentation, and keeps the indentation of the last
	// closing label it saw (the heredoc's own or a nested one's) when
	// that scan stops: at the heredoc's end, at the end of the file, or
	// at the first error (a mismatched bracket, say) inside it. g is that
	// value as far as it is known, valid when hasG; gLo is the lowest
	// index of the heredoc stack the last value applied to (see
	// Lexer.abortedBelow).
	g, gLo int
	hasG   bool
}

// Halt-compiler states of Lexer.halt: after T_HALT_COMPILER,
// token_get_all returns three more tokens that are not whitespace, open
// tags or comments, then the rest of the file as one T_INLINE_HTML.
const (
	haltNone = 0  // no __halt_compiler yet
	haltDone = -1 // the rest of the file is one T_INLINE_HTML
	// 1..3: significant tokens still to return
)

// A Lexer splits PHP source into tokens exactly as PHP's own scanner does,
// as token_get_all shows them, whitespace, comments and inline HTML
// included. Where PHP versions differ it follows the newest: comments
// may stand inside "yield from", between "&" and the variable after it,
// and between "enum" and the name (PHP 8.3); "public(set)",
// "protected(set)", "private(set)" and __PROPERTY__ (8.4); "|>" and
// "(void)" (8.5). Like token_get_all, it returns the rest of the file as
// one T_INLINE_HTML three significant tokens after __halt_compiler.
//
// Every token has at least one byte but one: the empty
// T_ENCAPSED_AND_WHITESPACE that PHP emits when "$a[" in a string is
// followed by whitespace, a backslash, a single quote or "#"; it leaves the
// offset state, so two never come in a row. Time is linear in the input,
// and a Lexer allocates only to grow its stacks.
type Lexer struct {
	src       []byte
	pos       int // the next byte to read
	shortTags bool
	// oldHash: "#[" starts a comment, as before PHP 8.0 (see Parse)
	oldHash bool
	done    bool // EOF was returned
	halt    int8 // see haltNone

	state  lexState
	states []lexState // saved start conditions (PHP's yy_push_state)
	docs   []heredocLabel
	// nest holds the open brackets, "(", "[" or "{", as PHP's scanner
	// checks them. A mismatch is a parse error that PHP raises from its
	// scanner; it matters only to heredoc scan-ahead (see heredocLabel).
	nest []byte
	// abortedBelow: the heredocs docs[:abortedBelow] have had an error
	// since they started, which stopped PHP's scan-ahead for them.
	abortedBelow int

	// Look-ahead through whitespace and comments (see wscReach).
	pend     []int
	lineEnd  finder
	starEnd  finder
	memo     []span // collapse points of the previous look-aheads, descending
	memoVal  [wscQueries]int
	spanTemp []span
}

// NewLexer returns a lexer over src. shortTags: "<?" opens PHP code
// (short_open_tag=On).
func NewLexer(src []byte, shortTags bool) *Lexer {
	return &Lexer{src: src, shortTags: shortTags}
}

// Next returns the next token, including T_WHITESPACE, T_COMMENT,
// T_DOC_COMMENT, T_OPEN_TAG, T_CLOSE_TAG and T_INLINE_HTML; EOF (Kind 0,
// Start=End=len(src)) at the end, forever after.
func (l *Lexer) Next() Token {
	n := len(l.src)
	if l.done {
		return Token{EOF, int32(n), int32(n)}
	}
	if l.halt == haltDone {
		if l.pos < n {
			t := Token{T_INLINE_HTML, int32(l.pos), int32(n)}
			l.pos = n
			return t
		}
		l.done = true
		return Token{EOF, int32(n), int32(n)}
	}
	start := l.pos
	k := l.scan()
	if k == EOF {
		l.done = true
		l.pos = n
		return Token{EOF, int32(n), int32(n)}
	}
	switch {
	case l.halt > 0:
		switch k {
		case T_WHITESPACE, T_OPEN_TAG, T_COMMENT, T_DOC_COMMENT:
		default:
			if l.halt--; l.halt == 0 {
				l.halt = haltDone
			}
		}
	case l.halt == haltNone && k == T_HALT_COMPILER:
		l.halt = 3
	}
	return Token{k, int32(start), int32(l.pos)}
}

// scan reads one token from l.pos in the current state, leaves l.pos at
// its end and returns its kind, or EOF.
func (l *Lexer) scan() Kind {
	for {
		p := l.pos
		switch l.state {
		case stInitial:
			return l.scanInitial(p)
		case stScripting:
			return l.scanScripting(p)
		case stLookingForProperty:
			if k, ok := l.scanProperty(p); ok {
				return k
			}
			l.pop() // not a property name: rescan in the state before
		case stLookingForVarname:
			if isLabelStart(l.at(p)) {
				e := labelEnd(l.src, p)
				if c := l.at(e); c == '[' || c == '}' {
					l.pos = e
					l.state = stScripting
					return T_STRING_VARNAME
				}
			}
			// "${expr}": the expression is code.
			l.state = stScripting
		case stDoubleQuotes:
			return l.scanEncaps(p, '"')
		case stBackquote:
			return l.scanEncaps(p, '`')
		case stHeredoc:
			return l.scanHeredoc(p)
		case stNowdoc:
			return l.scanNowdoc(p)
		case stEndHeredoc:
			return l.closeHeredoc(p)
		case stVarOffset:
			return l.scanVarOffset(p)
		default:
			panic("phpsyntax: bad lexer state")
		}
	}
}

// at returns src[i], or 0 past the end (PHP's scanner reads NUL bytes
// there).
func (l *Lexer) at(i int) byte {
	if i < len(l.src) {
		return l.src[i]
	}
	return 0
}

// push saves the current state and enters s.
func (l *Lexer) push(s lexState) {
	l.states = append(l.states, l.state)
	l.state = s
}

// pop returns to the last saved state.
func (l *Lexer) pop() {
	if n := len(l.states); n > 0 {
		l.state = l.states[n-1]
		l.states = l.states[:n-1]
	} else {
		l.state = stScripting // unreachable: PHP pops only what it pushed
	}
}

// scanInitial reads inline HTML or an open tag.
func (l *Lexer) scanInitial(p int) Kind {
	s, n := l.src, len(l.src)
	if p >= n {
		return EOF
	}
	from := p + 1
	if s[p] == '<' && l.at(p+1) == '?' {
		switch {
		case l.at(p+2) == '=':
			l.pos = p + 3
			l.state = stScripting
			return T_OPEN_TAG_WITH_ECHO
		case hasFold(s, p+2, "php"):
			q := p + 5
			switch c := l.at(q); {
			case q == n:
				l.pos = q
			case c == ' ' || c == '\t' || c == '\n':
				l.pos = q + 1
			case c == '\r':
				l.pos = q + 1
				if l.at(q+1) == '\n' {
					l.pos++
				}
			case l.shortTags: // "<?phpX" is "<?" and "phpX"
				l.pos = p + 2
			default:
				from = q
			}
			if l.pos > p {
				l.state = stScripting
				return T_OPEN_TAG
			}
		case l.shortTags:
			l.pos = p + 2
			l.state = stScripting
			return T_OPEN_TAG
		default:
			from = p + 2
		}
	}
	// Inline HTML runs to the next open tag.
	for {
		i := bytes.IndexByte(s[from:], '<')
		if i < 0 {
			l.pos = n
			break
		}
		i += from + 1
		if i >= n {
			l.pos = n
			break
		}
		if s[i] == '?' && (l.shortTags || l.at(i+1) == '=' ||
			hasFold(s, i+1, "php") && (i+4 == n || isSpace(s[i+4]))) {
			l.pos = i - 1
			break
		}
		from = i
	}
	return T_INLINE_HTML
}

// scanScripting reads one token of PHP code.
func (l *Lexer) scanScripting(p int) Kind {
	s, n := l.src, len(l.src)
	if p >= n {
		return EOF
	}
	c := s[p]
	c1 := l.at(p + 1)
	l.pos = p + 1 // the single-character tokens
	switch c {
	case ' ', '\t', '\n', '\r':
		l.pos = spaceEnd(s, p)
		return T_WHITESPACE
	case '$':
		if isLabelStart(c1) {
			l.pos = labelEnd(s, p+1)
			return T_VARIABLE
		}
		return '$'
	case '"':
		return l.scanDouble(p + 1)
	case '\'':
		return l.scanSingle(p + 1)
	case '`':
		l.state = stBackquote
		return '`'
	case '#':
		if c1 == '[' && !l.oldHash {
			l.pos = p + 2
			l.open('[')
			return T_ATTRIBUTE
		}
		l.pos = lineCommentEnd(s, p+1)
		return T_COMMENT
	case '/':
		switch c1 {
		case '/':
			l.pos = lineCommentEnd(s, p+2)
			return T_COMMENT
		case '*':
			return l.scanBlockComment(p)
		case '=':
			l.pos = p + 2
			return T_DIV_EQUAL
		}
		return '/'
	case '?':
		switch {
		case c1 == '-' && l.at(p+2) == '>':
			l.pos = p + 3
			l.push(stLookingForProperty)
			return T_NULLSAFE_OBJECT_OPERATOR
		case c1 == '?' && l.at(p+2) == '=':
			l.pos = p + 3
			return T_COALESCE_EQUAL
		case c1 == '?':
			l.pos = p + 2
			return T_COALESCE
		case c1 == '>':
			l.pos = newlineEnd(s, p+2)
			l.state = stInitial
			return T_CLOSE_TAG
		}
		return '?'
	case '-':
		switch c1 {
		case '>':
			l.pos = p + 2
			l.push(stLookingForProperty)
			return T_OBJECT_OPERATOR
		case '-':
			l.pos = p + 2
			return T_DEC
		case '=':
			l.pos = p + 2
			return T_MINUS_EQUAL
		}
		return '-'
	case '+':
		switch c1 {
		case '+':
			l.pos = p + 2
			return T_INC
		case '=':
			l.pos = p + 2
			return T_PLUS_EQUAL
		}
		return '+'
	case '*':
		switch {
		case c1 == '*' && l.at(p+2) == '=':
			l.pos = p + 3
			return T_POW_EQUAL
		case c1 == '*':
			l.pos = p + 2
			return T_POW
		case c1 == '=':
			l.pos = p + 2
			return T_MUL_EQUAL
		}
		return '*'
	case '=':
		switch {
		case c1 == '=' && l.at(p+2) == '=':
			l.pos = p + 3
			return T_IS_IDENTICAL
		case c1 == '=':
			l.pos = p + 2
			return T_IS_EQUAL
		case c1 == '>':
			l.pos = p + 2
			return T_DOUBLE_ARROW
		}
		return '='
	case '!':
		switch {
		case c1 == '=' && l.at(p+2) == '=':
			l.pos = p + 3
			return T_IS_NOT_IDENTICAL
		case c1 == '=':
			l.pos = p + 2
			return T_IS_NOT_EQUAL
		}
		return '!'
	case '<':
		if k, ok := l.scanHeredocStart(p); ok {
			return k
		}
		c2 := l.at(p + 2)
		switch {
		case c1 == '=' && c2 == '>':
			l.pos = p + 3
			return T_SPACESHIP
		case c1 == '<' && c2 == '=':
			l.pos = p + 3
			return T_SL_EQUAL
		case c1 == '<':
			l.pos = p + 2
			return T_SL
		case c1 == '=':
			l.pos = p + 2
			return T_IS_SMALLER_OR_EQUAL
		case c1 == '>':
			l.pos = p + 2
			return T_IS_NOT_EQUAL
		}
		return '<'
	case '>':
		switch {
		case c1 == '>' && l.at(p+2) == '=':
			l.pos = p + 3
			return T_SR_EQUAL
		case c1 == '>':
			l.pos = p + 2
			return T_SR
		case c1 == '=':
			l.pos = p + 2
			return T_IS_GREATER_OR_EQUAL
		}
		return '>'
	case '%':
		if c1 == '=' {
			l.pos = p + 2
			return T_MOD_EQUAL
		}
		return '%'
	case '^':
		if c1 == '=' {
			l.pos = p + 2
			return T_XOR_EQUAL
		}
		return '^'
	case '|':
		switch c1 {
		case '>':
			l.pos = p + 2
			return T_PIPE
		case '|':
			l.pos = p + 2
			return T_BOOLEAN_OR
		case '=':
			l.pos = p + 2
			return T_OR_EQUAL
		}
		return '|'
	case '&':
		switch c1 {
		case '&':
			l.pos = p + 2
			return T_BOOLEAN_AND
		case '=':
			l.pos = p + 2
			return T_AND_EQUAL
		}
		if l.wscReach(p + 1)[wscAmp] >= 0 {
			return T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG
		}
		return T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG
	case ':':
		if c1 == ':' {
			l.pos = p + 2
			return T_PAAMAYIM_NEKUDOTAYIM
		}
		return ':'
	case '.':
		switch {
		case c1 == '.' && l.at(p+2) == '.':
			l.pos = p + 3
			return T_ELLIPSIS
		case isDigit(c1):
			return l.scanNumber(p)
		case c1 == '=':
			l.pos = p + 2
			return T_CONCAT_EQUAL
		}
		return '.'
	case '\\':
		if isLabelStart(c1) {
			l.pos = qualifiedEnd(s, p)
			return T_NAME_FULLY_QUALIFIED
		}
		return T_NS_SEPARATOR
	case '(':
		if k, e := castAt(s, p); k != 0 {
			l.pos = e
			return k
		}
		l.open('(')
		return '('
	case '[':
		l.open('[')
		return '['
	case ')', ']':
		l.close(c)
		return Kind(c)
	case '{':
		l.push(stScripting)
		l.open('{')
		return '{'
	case '}':
		if len(l.states) > 0 {
			l.pop()
		}
		l.close('}')
		return '}'
	case ';', ',', '~', '@':
		return Kind(c)
	}
	switch {
	case isDigit(c):
		return l.scanNumber(p)
	case isLabelStart(c):
		return l.scanWord(p)
	}
	return T_BAD_CHARACTER
}

// scanWord reads a token that starts with a label character: a keyword,
// a name, or a b-prefixed string.
func (l *Lexer) scanWord(p int) Kind {
	s := l.src
	e := labelEnd(s, p)
	if e == p+1 && (s[p] == 'b' || s[p] == 'B') {
		switch l.at(p + 1) {
		case '\'':
			return l.scanSingle(p + 2)
		case '"':
			return l.scanDouble(p + 2)
		case '<':
			if k, ok := l.scanHeredocStart(p + 1); ok {
				return k
			}
		}
	}
	if l.at(e) == '\\' && isLabelStart(l.at(e+1)) {
		l.pos = qualifiedEnd(s, e)
		if e-p == len("namespace") && hasFold(s, p, "namespace") {
			return T_NAME_RELATIVE
		}
		return T_NAME_QUALIFIED
	}
	l.pos = e
	if e-p > maxKeywordLen {
		return T_STRING
	}
	var buf [maxKeywordLen]byte
	w := buf[:e-p]
	for i := range w {
		w[i] = lower(s[p+i])
	}
	k, ok := keywords[string(w)]
	if !ok {
		if string(w) == "enum" {
			return l.enumOrName(e)
		}
		return T_STRING
	}
	switch k {
	case T_YIELD:
		if r := l.wscReach(e)[wscFrom]; r >= 0 {
			l.pos = r + len("from")
			return T_YIELD_FROM
		}
	case T_PUBLIC, T_PROTECTED, T_PRIVATE:
		if hasFold(s, e, "(set)") {
			l.pos = e + len("(set)")
			switch k {
			case T_PUBLIC:
				return T_PUBLIC_SET
			case T_PROTECTED:
				return T_PROTECTED_SET
			}
			return T_PRIVATE_SET
		}
	}
	return k
}

// enumOrName decides whether "enum", ending at e, is the keyword: PHP
// takes it as one when whitespace or comments and a name follow, but not
// when that name is "extends" or "implements", so that "class Enum
// extends Base" still declares a class named Enum. Both are longest
// matches of regular expressions; the "extends" one wins ties, being
// first in the scanner.
func (l *Lexer) enumOrName(e int) Kind {
	v := l.wscReach(e)
	ext, name := -1, -1
	if r := v[wscExtends]; r >= 0 {
		ext = r + len("extends")
		if lower(l.src[r]) == 'i' {
			ext = r + len("implements")
		}
	}
	if r := v[wscName]; r >= 0 {
		name = r + 1
	}
	if name >= 0 && name > ext {
		return T_ENUM
	}
	return T_STRING
}

// scanProperty reads a token after "->": ok is false when the state must
// be popped and the byte read again.
func (l *Lexer) scanProperty(p int) (Kind, bool) {
	s := l.src
	if p >= len(s) {
		return 0, false
	}
	c, c1 := s[p], l.at(p+1)
	switch {
	case isSpace(c):
		l.pos = spaceEnd(s, p)
		return T_WHITESPACE, true
	case c == '-' && c1 == '>':
		l.pos = p + 2
		return T_OBJECT_OPERATOR, true
	case c == '?' && c1 == '-' && l.at(p+2) == '>':
		l.pos = p + 3
		return T_NULLSAFE_OBJECT_OPERATOR, true
	case isLabelStart(c):
		l.pos = labelEnd(s, p)
		l.pop()
		return T_STRING, true
	case c == '#':
		l.pos = lineCommentEnd(s, p+1)
		return T_COMMENT, true
	case c == '/' && c1 == '/':
		l.pos = lineCommentEnd(s, p+2)
		return T_COMMENT, true
	case c == '/' && c1 == '*':
		return l.scanBlockComment(p), true
	}
	return 0, false
}

// scanBlockComment reads "/* ... */" or "/** ... */" at p. An unterminated
// comment runs to the end of the file.
func (l *Lexer) scanBlockComment(p int) Kind {
	s := l.src
	from, k := p+2, T_COMMENT
	if l.at(p+2) == '*' && isSpace(l.at(p+3)) {
		from, k = spaceEnd(s, p+3), T_DOC_COMMENT
	}
	if i := bytes.Index(s[from:], starSlash); i >= 0 {
		l.pos = from + i + 2
	} else {
		l.pos = len(s)
	}
	return k
}

var starSlash = []byte("*/")

// scanSingle reads a single-quoted string whose body starts at q. An
// unterminated one is T_ENCAPSED_AND_WHITESPACE to the end of the file.
func (l *Lexer) scanSingle(q int) Kind {
	s, n := l.src, len(l.src)
	for i := q; i < n; i++ {
		switch s[i] {
		case '\'':
			l.pos = i + 1
			return T_CONSTANT_ENCAPSED_STRING
		case '\\':
			i++
		}
	}
	l.pos = n
	return T_ENCAPSED_AND_WHITESPACE
}

// scanDouble reads a double-quoted string whose body starts at q: one
// T_CONSTANT_ENCAPSED_STRING when it has no variables and is closed,
// else the opening quote, after which the body is lexed in stDoubleQuotes.
func (l *Lexer) scanDouble(q int) Kind {
	s, n := l.src, len(l.src)
scan:
	for i := q; i < n; {
		c := s[i]
		i++
		switch c {
		case '"':
			l.pos = i
			l.checkEscapes(s[q : i-1])
			return T_CONSTANT_ENCAPSED_STRING
		case '$':
			if i < n && (isLabelStart(s[i]) || s[i] == '{') {
				break scan // a variable
			}
		case '{':
			if i < n && s[i] == '$' {
				break scan
			}
		case '\\':
			i++
		}
	}
	l.pos = q
	l.state = stDoubleQuotes
	return '"'
}

// scanEncaps reads a token inside a double-quoted string that holds
// variables (quote '"') or a backquoted one (quote '`').
func (l *Lexer) scanEncaps(p int, quote byte) Kind {
	s, n := l.src, len(l.src)
	if p >= n {
		return EOF
	}
	if k, ok := l.scanInterpolation(p); ok {
		return k
	}
	if s[p] == quote {
		l.pos = p + 1
		l.state = stScripting
		return Kind(quote)
	}
	i := p + 1
	if s[p] == '\\' {
		i++
	}
loop:
	for i < n {
		c := s[i]
		i++
		switch c {
		case quote:
			i--
			break loop
		case '$':
			if i < n && (isLabelStart(s[i]) || s[i] == '{') {
				i--
				break loop
			}
		case '{':
			if i < n && s[i] == '$' {
				i--
				break loop
			}
		case '\\':
			i++
		}
	}
	l.pos = min(i, n)
	l.checkEscapes(s[p:l.pos])
	return T_ENCAPSED_AND_WHITESPACE
}

// scanInterpolation reads "$name" (with what follows it that PHP lexes
// specially: "->name", "?->name", "["), "${" or "{$" inside a string.
func (l *Lexer) scanInterpolation(p int) (Kind, bool) {
	s := l.src
	switch c1 := l.at(p + 1); {
	case s[p] == '$' && isLabelStart(c1):
		e := labelEnd(s, p+1)
		switch {
		case l.at(e) == '-' && l.at(e+1) == '>' && isLabelStart(l.at(e+2)),
			l.at(e) == '?' && l.at(e+1) == '-' && l.at(e+2) == '>' && isLabelStart(l.at(e+3)):
			l.push(stLookingForProperty)
		case l.at(e) == '[':
			l.push(stVarOffset)
		}
		l.pos = e
		return T_VARIABLE, true
	case s[p] == '$' && c1 == '{':
		l.pos = p + 2
		l.push(stLookingForVarname)
		l.open('{')
		return T_DOLLAR_OPEN_CURLY_BRACES, true
	case s[p] == '{' && c1 == '$':
		l.pos = p + 1
		l.push(stScripting)
		l.open('{')
		return T_CURLY_OPEN, true
	}
	return 0, false
}

// scanVarOffset reads a token inside "$a[...]" in a string.
func (l *Lexer) scanVarOffset(p int) Kind {
	s := l.src
	if p >= len(s) {
		return EOF
	}
	c := s[p]
	l.pos = p + 1
	switch {
	case isDigit(c):
		l.pos = max(lnumEnd(s, p), hnumEnd(s, p), bnumEnd(s, p), onumEnd(s, p))
		return T_NUM_STRING
	case c == '$' && isLabelStart(l.at(p+1)):
		l.pos = labelEnd(s, p+1)
		return T_VARIABLE
	case c == ']':
		l.pop()
		return ']'
	case isLabelStart(c):
		l.pos = labelEnd(s, p)
		return T_STRING
	}
	switch c {
	case ' ', '\n', '\r', '\t', '\\', '\'', '#':
		// PHP's "invalid offset" rule: an empty token, back to the string.
		l.pos = p
		l.pop()
		return T_ENCAPSED_AND_WHITESPACE
	case ';', ':', ',', '.', '|', '^', '&', '+', '-', '/', '*', '=', '%', '!', '~', '$', '<', '>', '?', '@',
		'[', '(', ')', '{', '}', '"', '`':
		return Kind(c)
	}
	return T_BAD_CHARACTER
}

// scanHeredocStart reads "<<<LABEL\n", "<<<"LABEL"\n" or "<<<'LABEL'\n"
// at p (p is after any "b" prefix), and enters the body.
func (l *Lexer) scanHeredocStart(p int) (Kind, bool) {
	s, n := l.src, len(l.src)
	if !(l.at(p) == '<' && l.at(p+1) == '<' && l.at(p+2) == '<') {
		return 0, false
	}
	i := p + 3
	for i < n && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	var quote byte
	if c := l.at(i); c == '\'' || c == '"' {
		quote = c
		i++
	}
	if !isLabelStart(l.at(i)) {
		return 0, false
	}
	ls := i
	i = labelEnd(s, i)
	le := i
	if quote != 0 {
		if l.at(i) != quote {
			return 0, false
		}
		i++
	}
	if e := newlineEnd(s, i); e > i {
		i = e
	} else {
		return 0, false
	}
	l.pos = i
	l.docs = append(l.docs, heredocLabel{start: ls, end: le, nowdoc: quote == '\''})
	l.abortedBelow = min(l.abortedBelow, len(l.docs)-1)
	if quote == '\'' {
		l.state = stNowdoc
	} else {
		l.state = stHeredoc
	}
	// A closing label on the very next line ends the heredoc at once.
	j, mixed := indentEnd(s, i)
	if j < n && closesHeredoc(s, j, ls, le) {
		if mixed {
			l.abort() // "Invalid indentation - tabs and spaces cannot be mixed"
		}
		l.docs[len(l.docs)-1].endIndent = j - i
		l.state = stEndHeredoc
	}
	return T_START_HEREDOC, true
}

// closesHeredoc reports whether the label src[ls:le] is at j, followed by
// a byte that cannot continue a label (and not by the end of the file,
// as PHP wants one byte more).
func closesHeredoc(s []byte, j, ls, le int) bool {
	m := le - ls
	return m < len(s)-j && bytes.Equal(s[j:j+m], s[ls:le]) && !isLabelChar(s[j+m])
}

// indentEnd skips spaces and tabs from i; mixed reports both were seen.
func indentEnd(s []byte, i int) (j int, mixed bool) {
	var spaces, tabs bool
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		spaces = spaces || s[i] == ' '
		tabs = tabs || s[i] == '\t'
		i++
	}
	return i, spaces && tabs
}

// scanHeredoc reads a token of a heredoc body.
func (l *Lexer) scanHeredoc(p int) Kind {
	s, n := l.src, len(l.src)
	if p >= n {
		return EOF
	}
	if k, ok := l.scanInterpolation(p); ok {
		return k
	}
	doc := &l.docs[len(l.docs)-1]
	i := p
	for i < n {
		c := s[i]
		i++
		switch c {
		case '\r', '\n':
			if c == '\r' && i < n && s[i] == '\n' {
				i++
			}
			j, mixed := indentEnd(s, i)
			if j == n {
				l.pos = n
				return T_ENCAPSED_AND_WHITESPACE
			}
			if isLabelStart(s[j]) && closesHeredoc(s, j, doc.start, doc.end) {
				l.pos = i // the indentation goes with T_END_HEREDOC
				l.heredocClosed(j-i, mixed)
				return T_ENCAPSED_AND_WHITESPACE
			}
			i = j
		case '$':
			if i < n && (isLabelStart(s[i]) || s[i] == '{') {
				l.pos = i - 1
				return T_ENCAPSED_AND_WHITESPACE
			}
		case '{':
			if i < n && s[i] == '$' {
				l.pos = i - 1
				return T_ENCAPSED_AND_WHITESPACE
			}
		case '\\':
			if i < n && s[i] != '\n' && s[i] != '\r' {
				i++
			}
		}
	}
	l.pos = n
	return T_ENCAPSED_AND_WHITESPACE
}

// heredocClosed records that the innermost heredoc's body found its
// closing label, indented by indent bytes.
func (l *Lexer) heredocClosed(indent int, mixed bool) {
	t := len(l.docs) - 1
	doc := &l.docs[t]
	// PHP's scan-ahead records the indentation of every closing label it
	// meets, for every heredoc whose scan-ahead is still running.
	if l.abortedBelow <= t {
		doc.g, doc.gLo, doc.hasG = indent, l.abortedBelow, true
	}
	doc.endIndent = 0
	if doc.hasG {
		doc.endIndent = doc.g
	}
	if mixed {
		l.abort()
	}
	l.state = stEndHeredoc
}

// scanNowdoc reads a nowdoc body.
func (l *Lexer) scanNowdoc(p int) Kind {
	s, n := l.src, len(l.src)
	if p >= n {
		return EOF
	}
	doc := &l.docs[len(l.docs)-1]
	for i := p; i < n; {
		c := s[i]
		i++
		if c != '\r' && c != '\n' {
			continue
		}
		if c == '\r' && i < n && s[i] == '\n' {
			i++
		}
		j, mixed := indentEnd(s, i)
		if j == n {
			break
		}
		if isLabelStart(s[j]) && closesHeredoc(s, j, doc.start, doc.end) {
			l.pos = i
			doc.endIndent = j - i
			if mixed {
				l.abort()
			}
			l.state = stEndHeredoc
			return T_ENCAPSED_AND_WHITESPACE
		}
		i = j
	}
	l.pos = n
	return T_ENCAPSED_AND_WHITESPACE
}

// closeHeredoc reads T_END_HEREDOC: the closing label with as much of
// its indentation as PHP recorded, which is all of it unless PHP's
// scan-ahead stopped early at an error (see heredocLabel).
func (l *Lexer) closeHeredoc(p int) Kind {
	t := len(l.docs) - 1
	doc := l.docs[t]
	l.pos = min(p+doc.endIndent+(doc.end-doc.start), len(l.src))
	if doc.hasG && doc.gLo <= t-1 {
		outer := &l.docs[t-1]
		outer.g, outer.gLo, outer.hasG = doc.g, doc.gLo, true
	}
	l.docs = l.docs[:t]
	l.state = stScripting
	return T_END_HEREDOC
}

// abort records an error that PHP's scanner raises: it stops the
// scan-ahead of every open heredoc.
func (l *Lexer) abort() { l.abortedBelow = len(l.docs) }

// open and close track brackets as PHP's scanner does: a closing bracket
// that does not match the innermost open one is an error, and is not
// popped.
func (l *Lexer) open(c byte) { l.nest = append(l.nest, c) }

func (l *Lexer) close(c byte) {
	n := len(l.nest)
	if n == 0 || closer(l.nest[n-1]) != c {
		l.abort()
		return
	}
	l.nest = l.nest[:n-1]
}

func closer(open byte) byte {
	switch open {
	case '(':
		return ')'
	case '[':
		return ']'
	}
	return '}'
}

// checkEscapes raises PHP's error for an invalid "\u{...}" escape in a
// double-quoted or backquoted string body b. It matters only while a
// heredoc's scan-ahead runs, so it costs nothing elsewhere.
func (l *Lexer) checkEscapes(b []byte) {
	if l.abortedBelow < len(l.docs) && badUnicodeEscape(b) {
		l.abort()
	}
}

// badUnicodeEscape reports whether b has a "\u{...}" escape that PHP
// rejects: empty, not hexadecimal, unclosed, or above U+10FFFF.
func badUnicodeEscape(b []byte) bool {
	for i := 0; i < len(b); i++ {
		if b[i] != '\\' {
			continue
		}
		i++
		if i+1 >= len(b) || b[i] != 'u' || b[i+1] != '{' {
			continue
		}
		j := i + 2
		v := 0
		for j < len(b) && isHex(b[j]) {
			if v <= 0x10FFFF {
				v = v<<4 | hexVal(b[j])
			}
			j++
		}
		if j == len(b) || b[j] != '}' || j == i+2 || v > 0x10FFFF {
			return true
		}
		i = j
	}
	return false
}

// castAt reads a cast such as "( int )" at p, returning 0 if there is none.
func castAt(s []byte, p int) (Kind, int) {
	i := p + 1
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	j := i
	for j < len(s) && j-i <= len("boolean") && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
		j++
	}
	if j-i > len("boolean") {
		return 0, 0
	}
	var buf [len("boolean")]byte
	w := buf[:j-i]
	for k := range w {
		w[k] = lower(s[i+k])
	}
	k, ok := casts[string(w)]
	if !ok {
		return 0, 0
	}
	for j < len(s) && (s[j] == ' ' || s[j] == '\t') {
		j++
	}
	if j < len(s) && s[j] == ')' {
		return k, j + 1
	}
	return 0, 0
}

var casts = map[string]Kind{
	"int": T_INT_CAST, "integer": T_INT_CAST,
	"bool": T_BOOL_CAST, "boolean": T_BOOL_CAST,
	"float": T_DOUBLE_CAST, "double": T_DOUBLE_CAST, "real": T_DOUBLE_CAST,
	"string": T_STRING_CAST, "binary": T_STRING_CAST,
	"array":  T_ARRAY_CAST,
	"object": T_OBJECT_CAST,
	"unset":  T_UNSET_CAST,
	"void":   T_VOID_CAST,
}

// keywords maps the lower-cased reserved words that PHP's scanner knows
// (it matches them case-insensitively) to their kinds. "enum" is
// contextual (see enumOrName); "yield from" and "public(set)" and its kin
// are read after "yield" and the visibility keywords.
var keywords = map[string]Kind{
	"exit": T_EXIT, "die": T_EXIT, "fn": T_FN, "function": T_FUNCTION,
	"const": T_CONST, "return": T_RETURN, "yield": T_YIELD, "try": T_TRY,
	"catch": T_CATCH, "finally": T_FINALLY, "throw": T_THROW, "if": T_IF,
	"elseif": T_ELSEIF, "endif": T_ENDIF, "else": T_ELSE, "while": T_WHILE,
	"endwhile": T_ENDWHILE, "do": T_DO, "for": T_FOR, "endfor": T_ENDFOR,
	"foreach": T_FOREACH, "endforeach": T_ENDFOREACH, "declare": T_DECLARE,
	"enddeclare": T_ENDDECLARE, "instanceof": T_INSTANCEOF, "as": T_AS,
	"switch": T_SWITCH, "match": T_MATCH, "endswitch": T_ENDSWITCH,
	"case": T_CASE, "default": T_DEFAULT, "break": T_BREAK,
	"continue": T_CONTINUE, "goto": T_GOTO, "echo": T_ECHO, "print": T_PRINT,
	"class": T_CLASS, "interface": T_INTERFACE, "trait": T_TRAIT,
	"extends": T_EXTENDS, "implements": T_IMPLEMENTS, "new": T_NEW,
	"clone": T_CLONE, "var": T_VAR, "eval": T_EVAL, "include": T_INCLUDE,
	"include_once": T_INCLUDE_ONCE, "require": T_REQUIRE,
	"require_once": T_REQUIRE_ONCE, "namespace": T_NAMESPACE, "use": T_USE,
	"insteadof": T_INSTEADOF, "global": T_GLOBAL, "isset": T_ISSET,
	"empty": T_EMPTY, "__halt_compiler": T_HALT_COMPILER, "static": T_STATIC,
	"abstract": T_ABSTRACT, "final": T_FINAL, "private": T_PRIVATE,
	"protected": T_PROTECTED, "public": T_PUBLIC, "readonly": T_READONLY,
	"unset": T_UNSET, "list": T_LIST, "array": T_ARRAY, "callable": T_CALLABLE,
	"or": T_LOGICAL_OR, "and": T_LOGICAL_AND, "xor": T_LOGICAL_XOR,
	"__class__": T_CLASS_C, "__trait__": T_TRAIT_C, "__function__": T_FUNC_C,
	"__property__": T_PROPERTY_C, "__method__": T_METHOD_C, "__line__": T_LINE,
	"__file__": T_FILE, "__dir__": T_DIR, "__namespace__": T_NS_C,
}

// maxKeywordLen is the length of the longest keyword, "__halt_compiler".
const maxKeywordLen = 15

// scanNumber reads an integer or floating-point literal at p.
func (l *Lexer) scanNumber(p int) Kind {
	s := l.src
	// The longest of PHP's number patterns wins.
	lnum := lnumEnd(s, p)
	end, k := lnum, T_LNUMBER
	if e := hnumEnd(s, p); e > end {
		end = e
		k = intKind(s[p+2:e], 16)
	}
	if e := bnumEnd(s, p); e > end {
		end = e
		k = intKind(s[p+2:e], 2)
	}
	if e := onumEnd(s, p); e > end {
		end = e
		k = intKind(s[p+2:e], 8)
	}
	// DNUM: LNUM? "." LNUM | LNUM "." LNUM?; then an optional exponent.
	d := -1
	if lnum > p && l.at(lnum) == '.' {
		d = max(lnum+1, lnumEnd(s, lnum+1))
	} else if lnum < 0 && s[p] == '.' {
		d = lnumEnd(s, p+1)
	}
	base := max(d, lnum)
	if c := l.at(base); base > p && (c == 'e' || c == 'E') {
		i := base + 1
		if c := l.at(i); c == '+' || c == '-' {
			i++
		}
		if e := lnumEnd(s, i); e > 0 {
			d = e
		}
	}
	if d > end {
		l.pos = d
		return T_DNUMBER
	}
	l.pos = end
	if k == T_LNUMBER && end == lnum {
		k = l.decimalKind(s[p:end])
	}
	return k
}

// decimalKind classifies a decimal or legacy octal (leading 0) literal:
// T_DNUMBER if it overflows a 64-bit integer, as PHP makes it a float.
func (l *Lexer) decimalKind(lit []byte) Kind {
	if lit[0] != '0' {
		return intKind(lit, 10)
	}
	// Octal: PHP reads the digits before any 8 or 9, which it reports
	// as an error.
	for i, c := range lit {
		if c == '8' || c == '9' {
			l.abort() // "Invalid numeric literal"
			lit = lit[:i]
			break
		}
	}
	return intKind(lit, 8)
}

// intKind reports whether the digits (with '_' separators) of an integer
// literal in the given base fit PHP's 64-bit integer: T_LNUMBER, or
// T_DNUMBER if they overflow.
func intKind(digits []byte, base int) Kind {
	var m int // significant digits
	var first byte
	var dec [19]byte
	for _, c := range digits {
		if c == '_' || (m == 0 && c == '0') {
			continue
		}
		if m == 0 {
			first = c
		}
		if m < len(dec) {
			dec[m] = c
		}
		m++
	}
	switch base {
	case 2:
		return kindIf(m < 64)
	case 8:
		return kindIf(m <= 21) // 0o777777777777777777777 is 2^63-1
	case 16:
		return kindIf(m < 16 || m == 16 && first <= '7')
	}
	return kindIf(m < 19 || m == 19 && string(dec[:]) <= "9223372036854775807")
}

func kindIf(fits bool) Kind {
	if fits {
		return T_LNUMBER
	}
	return T_DNUMBER
}

// lnumEnd returns the end of [0-9]+(_[0-9]+)* at p, or -1.
func lnumEnd(s []byte, p int) int {
	return digitsEnd(s, p, isDigit)
}

// hnumEnd, bnumEnd and onumEnd return the end of "0x", "0b" and "0o"
// literals at p (the letter in either case), or -1.
func hnumEnd(s []byte, p int) int { return prefixedEnd(s, p, 'x', isHex) }
func bnumEnd(s []byte, p int) int {
	return prefixedEnd(s, p, 'b', func(c byte) bool { return c == '0' || c == '1' })
}
func onumEnd(s []byte, p int) int {
	return prefixedEnd(s, p, 'o', func(c byte) bool { return c >= '0' && c <= '7' })
}

func prefixedEnd(s []byte, p int, letter byte, digit func(byte) bool) int {
	if p+2 < len(s) && s[p] == '0' && s[p+1]|0x20 == letter {
		return digitsEnd(s, p+2, digit)
	}
	return -1
}

// digitsEnd returns the end of digit+ ("_" digit+)* at p, or -1.
func digitsEnd(s []byte, p int, digit func(byte) bool) int {
	if p >= len(s) || !digit(s[p]) {
		return -1
	}
	i := p + 1
	for i < len(s) {
		switch {
		case digit(s[i]):
			i++
		case s[i] == '_' && i+1 < len(s) && digit(s[i+1]):
			i += 2
		default:
			return i
		}
	}
	return i
}

// Look-ahead through whitespace and comments.
//
// Three rules of PHP's scanner look past whitespace and comments with a
// regular expression, {WHITESPACE_OR_COMMENTS}: "&" followed by "$" or
// "...", "yield" followed by "from", and "enum" followed by a name. The
// expression's comments are not quite the comment tokens: "//" and "#"
// comments must end with a newline and may hold "?>", and a "#" directly
// followed by a newline may also swallow the next line. So wscReach
// explores every position the expression can stop at, in increasing
// order, and reports the last position where each rule's tail matches.
//
// To stay linear when consecutive look-aheads cover the same ground
// (possible only with those odd comments), it remembers the collapse
// points of the previous look-ahead, positions where every path went
// through, and what lay beyond them.

// Look-ahead results: the last reachable position of...
const (
	wscAmp     = iota // "$" or "..."
	wscFrom           // "from" not followed by a label character
	wscExtends        // "extends" or "implements"
	wscName           // a label start
	wscQueries
)

// span is a half-open range of positions.
type span struct{ lo, hi int }

// finder caches the answer to "first position at or after from where
// stop holds", so that look-aheads never rescan the same bytes.
type finder struct{ from, at int }

func (f *finder) find(s []byte, k int, stop func([]byte, int) bool) int {
	if f.at > 0 && f.from <= k && k <= f.at {
		return f.at
	}
	i := k
	for i < len(s) && !stop(s, i) {
		i++
	}
	f.from, f.at = k, i
	return i
}

func lineStop(s []byte, i int) bool { c := s[i]; return c == '\n' || c == '\r' || c == 0 }
func starStop(s []byte, i int) bool {
	return s[i] == 0 || s[i] == '*' && i+1 < len(s) && s[i+1] == '/'
}

// wscReach explores the positions that {WHITESPACE_OR_COMMENTS}* can
// reach from p and returns, for each query, the last one where it holds,
// or -1.
func (l *Lexer) wscReach(p int) [wscQueries]int {
	s := l.src
	v := [wscQueries]int{-1, -1, -1, -1}
	pend := append(l.pend[:0], p)
	cur := l.spanTemp[:0] // collapse points of this look-ahead
	hit := -1
	for len(pend) > 0 {
		i := pend[0]
		pend = pend[:copy(pend, pend[1:])]
		if len(pend) == 0 { // every path goes through i
			if j := l.memoFind(i); j >= 0 {
				for q, m := range l.memoVal {
					if m >= i {
						v[q] = m
					}
				}
				hit = j
				l.memo[j].lo = i
				break
			}
			if k := len(cur) - 1; k >= 0 && cur[k].hi == i {
				cur[k].hi++
			} else {
				cur = append(cur, span{i, i + 1})
			}
		}
		if i >= len(s) {
			continue
		}
		switch c := s[i]; {
		case c == '$' || c == '.' && l.at(i+1) == '.' && l.at(i+2) == '.':
			v[wscAmp] = i
		case hasFold(s, i, "from") && !isLabelChar(l.at(i+4)):
			v[wscFrom] = i
		}
		if hasFold(s, i, "extends") || hasFold(s, i, "implements") {
			v[wscExtends] = i
		}
		if isLabelStart(s[i]) {
			v[wscName] = i
		}
		a, b := l.wscStep(i)
		pend = insertPos(pend, a)
		pend = insertPos(pend, b)
	}
	// Remember this look-ahead: its collapse points, then those of the
	// previous one beyond the point where it joined it.
	if hit < 0 {
		l.memo = l.memo[:0]
	} else {
		l.memo = l.memo[:hit+1]
	}
	for k := len(cur) - 1; k >= 0; k-- {
		l.memo = append(l.memo, cur[k])
	}
	l.memoVal = v
	l.pend, l.spanTemp = pend[:0], cur[:0]
	return v
}

// memoFind returns the index of the remembered span holding i, or -1.
func (l *Lexer) memoFind(i int) int {
	m := l.memo // descending
	if len(m) == 0 || i < m[len(m)-1].lo || i >= m[0].hi {
		return -1
	}
	lo, hi := 0, len(m)
	for lo < hi {
		mid := (lo + hi) / 2
		if m[mid].lo > i {
			lo = mid + 1
		} else {
			hi = mid
		}
	}
	if lo < len(m) && i < m[lo].hi {
		return lo
	}
	return -1
}

// insertPos adds position x (if positive) to the sorted set pend.
func insertPos(pend []int, x int) []int {
	if x <= 0 {
		return pend
	}
	k := 0
	for k < len(pend) && pend[k] < x {
		k++
	}
	if k < len(pend) && pend[k] == x {
		return pend
	}
	pend = append(pend, 0)
	copy(pend[k+1:], pend[k:])
	pend[k] = x
	return pend
}

// wscStep returns the positions (0 for none) that one whitespace
// character or comment starting at i can end at.
func (l *Lexer) wscStep(i int) (a, b int) {
	s := l.src
	c, c1 := s[i], l.at(i+1)
	switch {
	case isSpace(c):
		return i + 1, 0
	case c == '/' && c1 == '*':
		if e := l.starEnd.find(s, i+2, starStop); e < len(s) && s[e] != 0 {
			return e + 2, 0
		}
	case c == '/' && c1 == '/':
		if e := l.lineEnd.find(s, i+2, lineStop); e < len(s) && s[e] != 0 {
			return e + 1, 0
		}
	case c == '#' && i+1 < len(s) && c1 != '[' && c1 != 0:
		if c1 == '\n' || c1 == '\r' {
			a = i + 2 // "#" and a newline
		}
		// "#", any byte, the rest of a line, a newline.
		if e := l.lineEnd.find(s, i+2, lineStop); e < len(s) && s[e] != 0 {
			b = e + 1
		}
	}
	return a, b
}

// Byte classes, as PHP's scanner defines them.

const (
	clSpace      = 1 << iota // [ \t\n\r]
	clDigit                  // [0-9]
	clHex                    // [0-9a-fA-F]
	clLabelStart             // [a-zA-Z_\x80-\xff]
	clLabelChar              // [a-zA-Z0-9_\x80-\xff]
)

var byteClass = func() (t [256]uint8) {
	for c := range 256 {
		b := byte(c)
		switch {
		case b == ' ' || b == '\t' || b == '\n' || b == '\r':
			t[c] = clSpace
		case b >= '0' && b <= '9':
			t[c] = clDigit | clHex | clLabelChar
		case b|0x20 >= 'a' && b|0x20 <= 'z' || b == '_' || b >= 0x80:
			t[c] = clLabelStart | clLabelChar
			if b|0x20 >= 'a' && b|0x20 <= 'f' {
				t[c] |= clHex
			}
		}
	}
	return t
}()

func isSpace(c byte) bool      { return byteClass[c]&clSpace != 0 }
func isDigit(c byte) bool      { return byteClass[c]&clDigit != 0 }
func isHex(c byte) bool        { return byteClass[c]&clHex != 0 }
func isLabelStart(c byte) bool { return byteClass[c]&clLabelStart != 0 }
func isLabelChar(c byte) bool  { return byteClass[c]&clLabelChar != 0 }

func hexVal(c byte) int {
	if isDigit(c) {
		return int(c - '0')
	}
	return int(c|0x20-'a') + 10
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c + 'a' - 'A'
	}
	return c
}

// hasFold reports whether s[i:] starts with lit (lower case ASCII),
// ignoring ASCII case as PHP's scanner does for keywords.
func hasFold(s []byte, i int, lit string) bool {
	if i < 0 || len(s)-i < len(lit) {
		return false
	}
	for k := 0; k < len(lit); k++ {
		if lower(s[i+k]) != lit[k] {
			return false
		}
	}
	return true
}

// labelEnd returns the end of the label starting at p.
func labelEnd(s []byte, p int) int {
	for p < len(s) && isLabelChar(s[p]) {
		p++
	}
	return p
}

// qualifiedEnd returns the end of ("\" LABEL)+ at p.
func qualifiedEnd(s []byte, p int) int {
	for p+1 < len(s) && s[p] == '\\' && isLabelStart(s[p+1]) {
		p = labelEnd(s, p+1)
	}
	return p
}

// spaceEnd returns the end of the run of [ \t\n\r] at p.
func spaceEnd(s []byte, p int) int {
	for p < len(s) && isSpace(s[p]) {
		p++
	}
	return p
}

// newlineEnd returns i past one "\n", "\r" or "\r\n" at i.
func newlineEnd(s []byte, i int) int {
	if i < len(s) {
		switch s[i] {
		case '\n':
			return i + 1
		case '\r':
			if i+1 < len(s) && s[i+1] == '\n' {
				return i + 2
			}
			return i + 1
		}
	}
	return i
}

// lineCommentEnd returns the end of a "#" or "//" comment whose text
// starts at i: before the next newline or "?>".
func lineCommentEnd(s []byte, i int) int {
	for i < len(s) {
		switch s[i] {
		case '\n', '\r':
			return i
		case '?':
			if i+1 < len(s) && s[i+1] == '>' {
				return i
			}
		}
		i++
	}
	return i
}
