package phpsyntax

import (
	"bytes"
	"fmt"
	"strconv"

	"github.com/phpleak/phpleak/ir"
)

// interpolated parses a double-quoted string with variables, a heredoc or
// nowdoc, or a backtick command: the embedded expressions are kept, the
// literal parts dropped but two: the text the string starts with, first
// ("user:{$id}": a key under a fixed prefix), and the text a double-quoted
// string ends with after its last expression ("{$dir}/{$name}/plugin.php":
// what an include names), last.
func (p *parser) interpolated() ir.Expr {
	start := p.tok.Start
	open := p.tok.Kind
	close := open
	op := "interp"
	switch open {
	case T_START_HEREDOC:
		close = T_END_HEREDOC
	case '`':
		op = "shell"
	}
	p.next()
	o := put(&p.a.others, ir.Other{Op: op, Args: []ir.Expr{}})
	var parts []Token // a heredoc's literal parts, for its indentation
	var tail *Token   // the literal part last seen, while it is the last part
	head := false     // o.Args starts with the literal part the string starts with
	for !p.is(close) {
		ps := p.tok.Start
		tail = nil
		switch p.tok.Kind {
		case T_ENCAPSED_AND_WHITESPACE:
			if open == T_START_HEREDOC {
				parts = append(parts, p.tok)
			}
			t := p.tok
			tail = &t
			if len(o.Args) == 0 && op == "interp" {
				// the text it starts with: "user:{$id}" is a key under
				// the prefix "user:"
				o.Args = append(o.Args, put(&p.a.lits, ir.Lit{Kind: ir.LitString, Value: p.short(p.src[t.Start:t.End], false), P: p.spanTo(t.Start, t.End)}))
				head = true
			}
			p.next()
		case T_VARIABLE:
			x := p.variable()
			switch p.tok.Kind {
			case '[':
				p.next()
				key := p.offsetKey()
				p.want(']')
				x = put(&p.a.dims, ir.Dim{Base: x, Key: key, P: p.span(ps)})
			case T_OBJECT_OPERATOR, T_NULLSAFE_OBJECT_OPERATOR:
				nullsafe := p.is(T_NULLSAFE_OBJECT_OPERATOR)
				p.next()
				name := p.text(p.want(T_STRING))
				x = put(&p.a.props, ir.Prop{Obj: x, Name: name, Nullsafe: nullsafe, P: p.span(ps)})
			}
			o.Args = append(o.Args, x)
		case T_CURLY_OPEN:
			p.next()
			x := p.expr()
			p.want('}')
			o.Args = append(o.Args, x)
		case T_DOLLAR_OPEN_CURLY_BRACES:
			p.next()
			v := put(&p.a.others, ir.Other{Op: "interp-var"})
			if p.is(T_STRING_VARNAME) {
				t := p.tok
				p.next()
				v.Args = append(v.Args, put(&p.a.lits, ir.Lit{Kind: ir.LitString, Value: p.short(p.src[t.Start:t.End], false), P: p.spanTo(t.Start, t.End)}))
				if p.got('[') {
					v.Args = append(v.Args, p.expr())
					p.want(']')
				}
			} else {
				v.Args = append(v.Args, p.expr())
			}
			p.want('}')
			v.P = p.span(ps)
			o.Args = append(o.Args, v)
		default:
			p.fail(describe(close))
		}
	}
	if open == T_START_HEREDOC {
		p.checkIndentation(start, parts, p.tok)
	}
	p.next()
	o.P = p.span(start)
	if open == '"' && tail != nil && len(o.Args) > 0 && !(head && len(o.Args) == 1) {
		o.Args = append(o.Args, put(&p.a.lits, ir.Lit{Kind: ir.LitString, Value: p.short(p.src[tail.Start:tail.End], false), P: p.spanTo(tail.Start, tail.End)}))
	}
	if head && len(o.Args) == 1 {
		o.Args = o.Args[:0] // text alone: no prefix to keep
	}
	if open == '"' && len(o.Args) == 0 {
		return put(&p.a.lits, ir.Lit{Kind: ir.LitString, Value: p.literal(Token{Start: start, End: p.prevEnd}), P: o.P})
	}
	return o
}

// offsetKey parses the key of "$a[key]": a number, a bare word or a
// variable.
func (p *parser) offsetKey() ir.Expr {
	start := p.tok.Start
	switch p.tok.Kind {
	case T_NUM_STRING:
		p.next()
		text := p.short(p.src[start:p.prevEnd], false)
		return put(&p.a.lits, ir.Lit{Kind: numKind(text), Value: text, P: p.span(start)})
	case '-':
		p.next()
		t := p.want(T_NUM_STRING)
		if numKind(p.text(t)) == ir.LitInt {
			n := put(&p.a.lits, ir.Lit{Kind: ir.LitInt, Value: p.literal(t), P: p.spanTo(t.Start, t.End)})
			return put(&p.a.others, ir.Other{Op: "-", Args: []ir.Expr{n}, P: p.span(start)})
		}
		return put(&p.a.lits, ir.Lit{Kind: ir.LitString, Value: "-" + p.text(t), P: p.span(start)})
	case T_STRING:
		p.next()
		return put(&p.a.lits, ir.Lit{Kind: ir.LitString, Value: p.short(p.src[start:p.prevEnd], false), P: p.span(start)})
	case T_VARIABLE:
		return p.variable()
	}
	p.fail("identifier, variable or number")
	return nil
}

// numKind tells an offset that fits an int from another numeric string
// (hexadecimal, octal with a prefix, too long).
func numKind(s string) ir.LitKind {
	if _, err := strconv.Atoi(s); err != nil {
		return ir.LitString
	}
	return ir.LitInt
}

// checkIndentation applies PHP 7.3's rules for the body of a heredoc or
// nowdoc whose closing label is indented: every line of the body but a
// blank one starts with at least that indentation, made of the same
// character (spaces or tabs) as the closing label's. PHP refuses the file
// otherwise; the error is recorded and the string kept.
func (p *parser) checkIndentation(start int32, parts []Token, end Token) {
	label := p.src[end.Start:end.End]
	indent := 0
	for indent < len(label) && (label[indent] == ' ' || label[indent] == '\t') {
		indent++
	}
	if indent == 0 {
		return
	}
	ws := label[:indent]
	spaces := ws[0] == ' '
	defer func() {
		if bytes.IndexByte(ws, ' ') >= 0 && bytes.IndexByte(ws, '\t') >= 0 {
			// PHP names the line after the opening one
			line := p.line(start) + 1
			p.errs = append(p.errs, Error{Kind: ErrSyntax, Line: line, Col: 1,
				Msg: "invalid indentation: tabs and spaces cannot be mixed"})
		}
	}()
	for _, t := range parts {
		body := p.src[t.Start:t.End]
		// the lines that start in this part: its first, when it follows
		// a line break (or the heredoc's opening line), then every one
		// after a line break but the closing label's
		atStart := t.Start > 0 && (p.src[t.Start-1] == '\n' || p.src[t.Start-1] == '\r')
		for i := 0; i <= len(body); {
			if i > 0 || atStart {
				if i == len(body) && t.End == end.Start {
					break // the closing label's line
				}
				if msg := badIndent(body[i:], indent, spaces); msg != "" {
					off := t.Start + int32(i)
					p.errs = append(p.errs, Error{Kind: ErrSyntax, Line: p.line(off), Col: p.col(off), Msg: msg})
					ws = nil // one error per heredoc
					return
				}
			}
			j := bytes.IndexAny(body[i:], "\r\n")
			if j < 0 {
				break
			}
			i += j + 1
			if body[i-1] == '\r' && i < len(body) && body[i] == '\n' {
				i++
			}
		}
	}
}

// badIndent checks one body line (line runs to the end of its literal
// part) against the closing label's indentation.
func badIndent(line []byte, indent int, spaces bool) string {
	for k := 0; k < indent; k++ {
		if k == len(line) || line[k] != ' ' && line[k] != '\t' {
			if k < len(line) && (line[k] == '\n' || line[k] == '\r') {
				return "" // a blank line need not be indented
			}
			return fmt.Sprintf("invalid body indentation level (expecting an indentation level of at least %d)", indent)
		}
		if (line[k] == ' ') != spaces {
			return "invalid indentation: tabs and spaces cannot be mixed"
		}
	}
	return ""
}
