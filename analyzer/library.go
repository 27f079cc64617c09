package analyzer

import (
	"bytes"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
)

// Library code: the vendor/ folders a project ships are not the
// project's, and never the place of a finding, but the stores that grow
// are often there (an entity manager's identity map, a logger's buffer,
// a dispatcher's listeners), filled by calls the project makes. So the
// run reads, beside the project, the vendor files that declare a class,
// interface, trait, enum or function the project names, and what those
// files name in turn, and nothing else: a real vendor/ is often many
// times the project, and most of it is never called.
//
// Which files declare what, and what a file names, comes from one cheap
// pass over its bytes (no parse, no regular expression): declarations
// and namespaces, and the names in the places of code that can lead to a
// store: after new, extends, implements, instanceof and a trait's use,
// before :: (a static call, a constant, ::class), a type (of a
// parameter, a property, a return value, a catch) and a function call.
// A bare word elsewhere (a constant, a label, a named argument) is not
// followed, nor a name in a comment or a string, but a string that is a
// qualified class name ('Acme\\Logger', a container's key) is. Each name
// is resolved like PHP does, by the file's use imports and namespace,
// and an unqualified one is also taken in the global namespace (a
// function's fallback). Files `require`d with a static path are read
// too.

var libReqRe = regexp.MustCompile(`(?i)\b(?:require|include)(?:_once)?[ \t(]*(__DIR__[ \t]*\.[ \t]*)?['"]([^'"$]+\.php)['"]`)

// libScan is what one pass over a PHP source finds: the names it
// declares and the names it refers to, both lower case and fully
// qualified.
type libScan struct {
	decls []string
	refs  []string
}

func libIdent(c byte) bool {
	return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// scanLib scans a PHP source (see the comment at the top of this file);
// with refs false it lists only the declarations.
func scanLib(src []byte, refs bool) libScan {
	var out libScan
	ns := ""
	aliases := map[string]string{}
	type ref struct {
		name string
		fn   bool
	}
	var raw []ref
	// prev is the last keyword or punctuation seen (lower case), before
	// the current name; depth is the brace depth, classDepth the depth
	// of the innermost class body (-1 outside one)
	prev := ""
	depth := 0
	var classDepths []int
	pendingClass := false
	inImplements := false
	pendingDecl := "" // "class" or "function": the next name is declared
	skipSpace := func(i int) int {
		for i < len(src) {
			c := src[i]
			if c == ' ' || c == '\t' || c == '\n' || c == '\r' {
				i++
				continue
			}
			if c == '/' && i+1 < len(src) && src[i+1] == '*' {
				end := bytes.Index(src[i+2:], []byte("*/"))
				if end < 0 {
					return len(src)
				}
				i += end + 4
				continue
			}
			if c == '#' && !(i+1 < len(src) && src[i+1] == '[') || c == '/' && i+1 < len(src) && src[i+1] == '/' {
				end := bytes.IndexByte(src[i:], '\n')
				if end < 0 {
					return len(src)
				}
				i += end
				continue
			}
			break
		}
		return i
	}
	// the head: until the first <?php, nothing is code
	i := bytes.Index(src, []byte("<?"))
	if i < 0 {
		return out
	}
	i += 2
	for i < len(src) {
		i = skipSpace(i)
		if i >= len(src) {
			break
		}
		c := src[i]
		switch {
		case c == '\'' || c == '"':
			j := i + 1
			for j < len(src) && src[j] != c {
				if src[j] == '\\' {
					j++
				}
				j++
			}
			if refs && j < len(src) && j-i > 3 && bytes.IndexByte(src[i+1:j], '\\') >= 0 {
				s := string(src[i+1 : j])
				s = strings.ReplaceAll(s, `\\`, `\`)
				ok := true
				for k := 0; k < len(s); k++ {
					if !libIdent(s[k]) && s[k] != '\\' {
						ok = false
						break
					}
				}
				if ok {
					raw = append(raw, ref{name: `\` + strings.TrimPrefix(s, `\`)})
				}
			}
			i = j + 1
			prev = "str"
		case c == '$':
			j := i + 1
			for j < len(src) && libIdent(src[j]) {
				j++
			}
			i = j
			prev = "$"
		case libIdent(c) && !(c >= '0' && c <= '9') || c == '\\':
			j := i
			for j < len(src) && (libIdent(src[j]) || src[j] == '\\') {
				j++
			}
			word := strings.ToLower(string(src[i:j]))
			i = j
			if prev == "->" || prev == "?->" {
				prev = "member"
				continue
			}
			switch word {
			case "namespace":
				if prev != "::" && prev != "\\" {
					k := skipSpace(i)
					e := k
					for e < len(src) && (libIdent(src[e]) || src[e] == '\\') {
						e++
					}
					if e > k && e < len(src)+1 {
						n := skipSpace(e)
						if n < len(src) && (src[n] == ';' || src[n] == '{') {
							ns = strings.Trim(strings.ToLower(string(src[k:e])), `\`)
							aliases = map[string]string{}
							i = e
						}
					}
				}
				prev = "namespace"
				continue
			case "use":
				if len(classDepths) == 0 && depth <= 1 && prev != "::" && prev != ")" {
					// an import: use A\B [as C], D; use A\{B, C as D};
					// use function / const
					i = libUse(src, i, aliases)
					prev = ";"
					continue
				}
				prev = "use"
				continue
			case "class", "interface", "trait", "enum":
				if prev != "::" && prev != "new" && prev != "->" {
					pendingDecl, pendingClass = "class", true
				}
				prev = word
				continue
			case "function", "fn":
				if len(classDepths) == 0 || depth != classDepths[len(classDepths)-1]+1 {
					pendingDecl = "function"
				}
				prev = word
				continue
			case "new", "extends", "implements", "instanceof", "insteadof":
				inImplements = word == "implements"
				prev = word
				continue
			case "abstract", "final", "readonly", "public", "private", "protected", "static", "var", "const", "return", "echo", "print", "throw", "yield", "case", "else", "and", "or", "xor", "as", "global", "clone", "include", "include_once", "require", "require_once", "array", "list", "isset", "unset", "empty", "exit", "die", "eval", "if", "elseif", "while", "for", "foreach", "switch", "match", "do", "try", "catch", "finally", "declare", "goto", "break", "continue", "default":
				prev = word
				continue
			}
			if pendingDecl != "" {
				name := strings.Trim(word, `\`)
				if ns != "" {
					name = ns + `\` + name
				}
				out.decls = append(out.decls, name)
				if pendingDecl == "function" {
					pendingDecl = ""
					prev = "declname"
					continue
				}
				pendingDecl = ""
				prev = "declname"
				continue
			}
			if !refs {
				prev = "name"
				continue
			}
			n := skipSpace(i)
			next := byte(0)
			if n < len(src) {
				next = src[n]
			}
			take, fn := false, false
			switch {
			case prev == "new" || prev == "extends" || prev == "implements" || prev == "instanceof" || prev == "insteadof" || prev == "use" || inImplements && prev == ",":
				take = true
			case next == ':' && n+1 < len(src) && src[n+1] == ':':
				take = true
			case next == '$' || next == '&' || next == '|' || next == '.' && n+2 < len(src) && src[n+1] == '.' && src[n+2] == '.':
				take = true // a type
			case prev == ":" || prev == "?" && next != '(':
				take = true // a return type (or a ternary: more, never less)
			case next == '(' && prev != "function" && prev != "fn" && prev != "::":
				take, fn = true, true
			}
			if take {
				raw = append(raw, ref{name: word, fn: fn})
			}
			prev = "name"
			continue
		default:
			switch c {
			case '{':
				depth++
				if pendingClass {
					classDepths = append(classDepths, depth-1)
					pendingClass = false
				}
				inImplements = false
				pendingDecl = ""
				prev = "{"
			case '}':
				if n := len(classDepths); n > 0 && classDepths[n-1] == depth-1 {
					classDepths = classDepths[:n-1]
				}
				depth--
				prev = "}"
			case '-':
				if i+1 < len(src) && src[i+1] == '>' {
					prev = "->"
					i += 2
					continue
				}
				prev = "-"
			case '?':
				if i+2 < len(src) && src[i+1] == '-' && src[i+2] == '>' {
					prev = "?->"
					i += 3
					continue
				}
				prev = "?"
			case ':':
				if i+1 < len(src) && src[i+1] == ':' {
					prev = "::"
					i += 2
					continue
				}
				prev = ":"
			case '(':
				if pendingDecl == "function" {
					pendingDecl = "" // a closure
				}
				prev = "("
			case ';':
				pendingClass = false
				pendingDecl = ""
				prev = ";"
			default:
				prev = string(c)
			}
			i++
		}
	}
	if !refs {
		return out
	}
	seen := map[string]bool{}
	add := func(n string) {
		if !seen[n] {
			seen[n] = true
			out.refs = append(out.refs, n)
		}
	}
	for _, r := range raw {
		name := r.name
		if strings.HasPrefix(name, `\`) {
			add(strings.ToLower(strings.TrimLeft(name, `\`)))
			continue
		}
		first, rest, qualified := strings.Cut(name, `\`)
		if full, ok := aliases[first]; ok {
			if qualified {
				add(full + `\` + rest)
			} else {
				add(full)
			}
			continue
		}
		if ns != "" {
			add(ns + `\` + name)
		}
		if !qualified || ns == "" {
			add(name) // the global fallback (of a function; of a class, more, never less)
		}
	}
	return out
}

// libUse reads a use import from i (after the keyword) to its ;, adding
// its aliases (lower case) to aliases, and returns where it ends.
func libUse(src []byte, i int, aliases map[string]string) int {
	end := bytes.IndexByte(src[i:], ';')
	if end < 0 {
		return len(src)
	}
	stmt := strings.ToLower(string(src[i : i+end]))
	i += end + 1
	stmt = strings.TrimSpace(stmt)
	for _, kw := range []string{"function ", "const "} {
		stmt = strings.TrimPrefix(stmt, kw)
	}
	one := func(prefix, part string) {
		f := strings.Fields(part)
		if len(f) == 0 {
			return
		}
		if len(f) >= 2 && (f[0] == "function" || f[0] == "const") {
			f = f[1:]
		}
		full := strings.Trim(prefix+strings.Trim(f[0], `\`), `\`)
		alias := full[strings.LastIndex(full, `\`)+1:]
		if len(f) == 3 && f[1] == "as" {
			alias = f[2]
		}
		aliases[alias] = full
	}
	if open := strings.IndexByte(stmt, '{'); open >= 0 {
		prefix := strings.Trim(stmt[:open], " \t\n\r")
		body := strings.TrimSuffix(strings.TrimSpace(stmt[open+1:]), "}")
		for _, part := range strings.Split(body, ",") {
			one(prefix, part)
		}
		return i
	}
	for _, part := range strings.Split(stmt, ",") {
		one("", part)
	}
	return i
}

// libRequires lists the files a PHP source requires or includes with a
// static path, as absolute paths.
func libRequires(abs string, src []byte) []string {
	var out []string
	has := func(b []byte) bool {
		for _, w := range []string{"require", "include", "REQUIRE", "INCLUDE", "Require", "Include"} {
			if bytes.Contains(b, []byte(w)) {
				return true
			}
		}
		return false
	}
	if !has(src) {
		return nil
	}
	for len(src) > 0 {
		line := src
		if i := bytes.IndexByte(src, '\n'); i >= 0 {
			line, src = src[:i+1], src[i+1:]
		} else {
			src = nil
		}
		if !has(line) {
			continue
		}
		for _, m := range libReqRe.FindAllSubmatch(line, -1) {
			p := string(m[2])
			if len(m[1]) > 0 || !filepath.IsAbs(p) {
				p = filepath.Join(filepath.Dir(abs), p)
			}
			out = append(out, filepath.Clean(p))
		}
	}
	return out
}

// LibraryStats says what reading library code cost: the PHP files in
// the vendor/ folders, and how many of them were read.
type LibraryStats struct {
	VendorFiles int
	Loaded      int
	// Skipped is the vendor/ folders left unread (library code off).
	Skipped int
}

// selectLibrary picks the files of the vendor folders that the project
// (sources) reaches by name or by a static require, transitively.
func selectLibrary(root string, vendors []string, exts []string, sources []source) ([]source, LibraryStats) {
	var st LibraryStats
	type vfile struct {
		src  source
		text []byte
		read bool
	}
	var files []*vfile
	byAbs := map[string]*vfile{}
	declaredBy := map[string][]*vfile{}
	hasExt := func(p string) bool {
		for _, e := range exts {
			if strings.HasSuffix(strings.ToLower(p), strings.ToLower(e)) {
				return true
			}
		}
		return false
	}
	for _, v := range vendors {
		if abs, err := filepath.Abs(v); err == nil {
			v = abs
		}
		_ = filepath.WalkDir(v, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return nil
			}
			if d.IsDir() {
				name := d.Name()
				// composer's own autoloader declares nothing the project
				// calls; dot folders and node_modules are not code
				if p != v && (strings.HasPrefix(name, ".") || name == "node_modules" || name == "composer" && filepath.Dir(p) == v) {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() || !hasExt(p) {
				return nil
			}
			rel, err := filepath.Rel(root, p)
			if err != nil || strings.HasPrefix(rel, "..") {
				rel = p
			}
			f := &vfile{src: source{Path: filepath.ToSlash(rel), Abs: p}}
			files = append(files, f)
			byAbs[p] = f
			return nil
		})
	}
	st.VendorFiles = len(files)
	if len(files) == 0 {
		return nil, st
	}
	for _, f := range files {
		b, err := os.ReadFile(f.src.Abs)
		if err != nil || int64(len(b)) > DefaultMaxFileSize {
			continue
		}
		f.text, f.read = b, true
		for _, name := range scanLib(b, false).decls {
			declaredBy[name] = append(declaredBy[name], f)
		}
	}
	refs := map[string]bool{}
	var pending []string
	addRef := func(name string) {
		if !refs[name] {
			refs[name] = true
			pending = append(pending, name)
		}
	}
	var queue []*vfile
	loaded := map[*vfile]bool{}
	take := func(f *vfile) {
		if f != nil && f.read && !loaded[f] {
			loaded[f] = true
			queue = append(queue, f)
		}
	}
	follow := func(abs string, text []byte) {
		for _, name := range scanLib(text, true).refs {
			addRef(name)
		}
		for _, p := range libRequires(abs, text) {
			take(byAbs[p])
		}
	}
	for _, s := range sources {
		b, err := os.ReadFile(s.Abs)
		if err != nil {
			continue
		}
		follow(s.Abs, b)
	}
	for {
		for len(pending) > 0 {
			name := pending[0]
			pending = pending[1:]
			for _, f := range declaredBy[name] {
				take(f)
			}
		}
		if len(queue) == 0 {
			break
		}
		for len(queue) > 0 {
			f := queue[0]
			queue = queue[1:]
			follow(f.src.Abs, f.text)
		}
	}
	var out []source
	for f := range loaded {
		out = append(out, f.src)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Path < out[j].Path })
	st.Loaded = len(out)
	return out, st
}
