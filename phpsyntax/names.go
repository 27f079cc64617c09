package phpsyntax

import "strings"

// Name resolution follows PHP's rules: a fully qualified name is taken as
// written; `namespace\X` is relative to the current namespace; otherwise
// the first segment is looked up among the `use` aliases (class aliases for
// a qualified name, the function or const aliases for an unqualified
// function or constant name) and the name is otherwise prefixed with the
// current namespace.

func (p *parser) resetUses() {
	for i := range p.uses {
		p.uses[i] = nil
	}
}

func (p *parser) addUse(kind int, name, alias string) {
	if p.uses[kind] == nil {
		p.uses[kind] = map[string]string{}
	}
	if kind != useConst {
		alias = strings.ToLower(alias)
	}
	p.uses[kind][alias] = name
}

// qualify prefixes a declared name with the current namespace.
func (p *parser) qualify(name string) string {
	if p.ns == "" {
		return name
	}
	return p.ns + `\` + name
}

// isNameTok reports whether t is a name: an identifier or a qualified,
// fully qualified or relative name.
func isNameTok(k Kind) bool {
	switch k {
	case T_STRING, T_NAME_QUALIFIED, T_NAME_FULLY_QUALIFIED, T_NAME_RELATIVE:
		return true
	}
	return false
}

// plainName is a name as written, without a leading backslash or
// `namespace\` prefix.
func (p *parser) plainName(t Token) string {
	s := p.text(t)
	switch t.Kind {
	case T_NAME_FULLY_QUALIFIED:
		return s[1:]
	case T_NAME_RELATIVE:
		return s[len(`namespace\`):]
	}
	return s
}

// builtinTypes are the names PHP does not resolve against the namespace
// in a type or class position.
var builtinTypes = map[string]bool{
	"self": true, "static": true, "parent": true, "int": true, "float": true, "bool": true,
	"string": true, "void": true, "iterable": true, "object": true, "mixed": true, "null": true,
	"false": true, "true": true, "never": true, "array": true, "callable": true,
}

// resolve resolves a name token for the given alias kind.
func (p *parser) resolve(t Token, kind int) string {
	return p.internString(p.resolved(t, kind))
}

// resolved is resolve before the name is interned.
func (p *parser) resolved(t Token, kind int) string {
	s := p.text(t)
	switch t.Kind {
	case T_NAME_FULLY_QUALIFIED:
		return s[1:]
	case T_NAME_RELATIVE:
		return p.qualify(s[len(`namespace\`):])
	}
	first, rest, qualified := strings.Cut(s, `\`)
	if !qualified {
		lower := strings.ToLower(s)
		switch kind {
		case useConst:
			if lower == "true" || lower == "false" || lower == "null" {
				return lower
			}
		case useClass:
			if builtinTypes[lower] {
				return lower
			}
		}
		key := lower
		if kind == useConst {
			key = s
		}
		if a, ok := p.uses[kind][key]; ok {
			return a
		}
		return p.qualify(s)
	}
	if a, ok := p.uses[useClass][strings.ToLower(first)]; ok {
		return a + `\` + rest
	}
	return p.qualify(s)
}

// className resolves a class reference: self and static become the
// enclosing class, parent its parent.
func (p *parser) className(t Token) string {
	if t.Kind == T_STATIC {
		return "static"
	}
	name := p.resolve(t, useClass)
	switch name {
	case "self", "static":
		if p.class != nil {
			return p.class.Name
		}
	case "parent":
		if p.class != nil && p.class.Parent != "" {
			return p.class.Parent
		}
	}
	return name
}

func lastSegment(name string) string {
	if i := strings.LastIndexByte(name, '\\'); i >= 0 {
		return name[i+1:]
	}
	return name
}
