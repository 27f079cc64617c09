package phpsyntax

import (
	"bytes"
	"strings"

	"github.com/phpleak/phpleak/ir"
)

// Docblocks: the types a /** … */ comment names with @return, @param and
// @var are kept beside the declared ones (ir.Func.DocReturns,
// ir.Param.DocTypes, ir.Property.DocTypes). Much PHP written before
// native types (or beside them) says what a method returns only there,
// and the resolver follows fluent chains and helpers through it. Only
// class names and a few keywords are kept: array shapes, generics and
// `Foo[]` name no class an object can be.

// docAt returns the doc comment that directly precedes the token that
// starts at start, or nil. It is the file's own bytes: docTags copies
// only the lines of the tags it reads.
func (p *parser) docAt(start int32) []byte {
	if t, ok := p.docs[start]; ok {
		return p.src[t.Start:t.End]
	}
	return nil
}

// docPseudo are docblock type names that are no class.
var docPseudo = map[string]bool{
	"integer": true, "boolean": true, "double": true, "resource": true, "scalar": true, "numeric": true,
	"list": true, "number": true, "void": true, "mixed": true, "callable": true, "iterable": true,
	"object": true, "array": true, "string": true, "int": true, "float": true, "bool": true,
	"null": true, "false": true, "true": true, "never": true, "self": true, "parent": true,
}

// docTags scans a docblock for @return, @param and @var tags (and their
// phpstan- and psalm- forms) and calls fn with each one's name (without
// @, lower-cased) and the rest of its line.
func docTags(doc []byte, fn func(tag, rest string)) {
	for len(doc) > 0 {
		i := bytes.IndexByte(doc, '@')
		if i < 0 {
			return
		}
		doc = doc[i+1:]
		end := bytes.IndexByte(doc, '\n')
		line := doc
		if end >= 0 {
			line = doc[:end]
		}
		tag, rest, _ := bytes.Cut(line, []byte(" "))
		tag = bytes.TrimSpace(tag)
		name := strings.TrimPrefix(strings.TrimPrefix(strings.ToLower(string(tag)), "phpstan-"), "psalm-")
		if name == "return" || name == "param" || name == "var" {
			fn(strings.ToLower(string(tag)), strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(string(rest)), "*/")))
		}
		if end < 0 {
			return
		}
		doc = doc[end:]
	}
}

// docTypes resolves the class names of a docblock type expression
// ("Foo|null", "?\Bar", "A&B", "$this", "static"): "static" stands for $this
// and static, self for the enclosing class. Parts that are arrays,
// generics or shapes are skipped.
func (p *parser) docTypes(expr string) []string {
	expr = docTypeExpr(expr)
	var out []string
	for _, part := range strings.FieldsFunc(expr, func(r rune) bool { return r == '|' || r == '&' }) {
		part = strings.TrimPrefix(strings.TrimSpace(part), "?")
		if part == "" || strings.ContainsAny(part, "<>{}()[]:-'\"$") && part != "$this" {
			continue
		}
		lower := strings.ToLower(part)
		switch {
		case part == "$this" || lower == "static":
			out = append(out, "static")
		case lower == "self":
			if p.class != nil {
				out = append(out, p.class.Name)
			}
		case docPseudo[lower]:
		default:
			if name := p.resolveDocName(part); name != "" {
				out = append(out, name)
			}
		}
	}
	return out
}

// docTypeExpr cuts a tag's text to its type: the type ends at the first
// space outside <…>, {…} and (…).
func docTypeExpr(expr string) string {
	depth := 0
	for i, r := range expr {
		switch r {
		case '<', '{', '(':
			depth++
		case '>', '}', ')':
			depth--
		case ' ', '\t':
			if depth == 0 {
				return expr[:i]
			}
		}
	}
	return expr
}

// docElems resolves the classes of the elements of an array or iterable
// type: Foo[], array<Foo>, array<string, Foo>, list<Foo>,
// iterable<int, Foo>, non-empty-list<Foo> (and unions of them).
func (p *parser) docElems(expr string) []string {
	expr = docTypeExpr(expr)
	var out []string
	for _, part := range splitTop(expr, '|') {
		part = strings.TrimPrefix(strings.TrimSpace(part), "?")
		if elem, ok := strings.CutSuffix(part, "[]"); ok {
			out = append(out, p.docTypes(elem)...)
			continue
		}
		open := strings.IndexByte(part, '<')
		if open < 0 || !strings.HasSuffix(part, ">") {
			continue
		}
		switch strings.ToLower(part[:open]) {
		case "array", "list", "iterable", "non-empty-array", "non-empty-list":
			args := splitTop(part[open+1:len(part)-1], ',')
			out = append(out, p.docTypes(strings.TrimSpace(args[len(args)-1]))...)
		}
	}
	return out
}

// docClassOf resolves the classes a class-string type names:
// class-string<Foo> (and unions of them).
func (p *parser) docClassOf(expr string) []string {
	expr = docTypeExpr(expr)
	var out []string
	for _, part := range splitTop(expr, '|') {
		part = strings.TrimPrefix(strings.TrimSpace(part), "?")
		if inner, ok := strings.CutPrefix(strings.ToLower(part), "class-string<"); ok && strings.HasSuffix(inner, ">") {
			out = append(out, p.docTypes(part[len("class-string<"):len(part)-1])...)
		}
	}
	return out
}

// splitTop splits s at sep outside <…>, {…} and (…).
func splitTop(s string, sep rune) []string {
	var out []string
	depth, start := 0, 0
	for i, r := range s {
		switch r {
		case '<', '{', '(':
			depth++
		case '>', '}', ')':
			depth--
		case sep:
			if depth == 0 {
				out = append(out, s[start:i])
				start = i + 1
			}
		}
	}
	return append(out, s[start:])
}

// resolveDocName resolves a class name written in a docblock as PHP
// would resolve it in code at that place.
func (p *parser) resolveDocName(s string) string {
	for _, r := range s {
		if !(r == '\\' || r == '_' || r >= '0' && r <= '9' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= 0x80) {
			return ""
		}
	}
	if strings.HasPrefix(s, `\`) {
		return s[1:]
	}
	first, rest, qualified := strings.Cut(s, `\`)
	if a, ok := p.uses[useClass][strings.ToLower(first)]; ok {
		if qualified {
			return a + `\` + rest
		}
		return a
	}
	return p.qualify(s)
}

// applyDoc fills in what the docblock before a function or method says
// of its parameters and return value.
func (p *parser) applyDoc(f *ir.Func, start int32) {
	doc := p.docAt(start)
	if doc == nil {
		return
	}
	docTags(doc, func(tag, rest string) {
		switch tag {
		case "return", "phpstan-return", "psalm-return":
			if len(f.DocReturns) == 0 || tag == "return" {
				if ts := p.docTypes(rest); len(ts) > 0 {
					f.DocReturns = ts
				}
			}
		case "param":
			typ := docTypeExpr(rest) // iterable<int, Foo> holds a space
			name := strings.TrimSpace(rest[len(typ):])
			if strings.HasPrefix(typ, "$") { // @param $x Type
				name, typ = typ, name
			}
			name, _, _ = strings.Cut(name, " ")
			name = strings.TrimPrefix(strings.TrimPrefix(name, "..."), "&")
			for _, par := range f.Params {
				if "$"+par.Name == name && len(par.DocTypes) == 0 && len(par.DocElems) == 0 && len(par.DocClassOf) == 0 {
					par.DocTypes = p.docTypes(typ)
					par.DocElems = p.docElems(typ)
					par.DocClassOf = p.docClassOf(typ)
				}
			}
		}
	})
}

// docVar is what a docblock's @var says of a property: its classes, and
// for an array its elements' classes.
func (p *parser) docVar(start int32) (types, elems []string) {
	doc := p.docAt(start)
	docTags(doc, func(tag, rest string) {
		if tag == "var" && types == nil {
			types = p.docTypes(rest)
		}
		if tag == "var" && elems == nil {
			elems = p.docElems(rest)
		}
	})
	return types, elems
}

// inlineVars records what an inline docblock before a statement says of
// local variables (/** @var Logger $logger */, or the older
// /** @var $logger Logger */) on the function being parsed.
func (p *parser) inlineVars(start int32) {
	doc := p.docAt(start)
	if doc == nil || p.fn == nil {
		return
	}
	docTags(doc, func(tag, rest string) {
		if !strings.HasSuffix(tag, "var") {
			return
		}
		f := strings.Fields(rest)
		if len(f) < 2 {
			return
		}
		typ, name := f[0], f[1]
		if strings.HasPrefix(typ, "$") {
			typ, name = name, typ
		}
		if !strings.HasPrefix(name, "$") || len(name) < 2 || strings.HasPrefix(typ, "$") {
			return
		}
		p.fn.VarDocs = append(p.fn.VarDocs, ir.VarDoc{Name: name[1:], Types: p.docTypes(typ), Elems: p.docElems(typ)})
	})
}
