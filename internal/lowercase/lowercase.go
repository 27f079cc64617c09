// Package lowercase looks names up case-insensitively in maps keyed by
// lower-case names, and compares them, without making a lower-case copy
// of each name asked for. PHP's names of classes, functions and methods
// are case-insensitive; the analysis asks for them millions of times,
// and strings.ToLower allocates a new string for every name with a
// capital letter in it (most class and method names).
//
// Every function here answers exactly as it would with strings.ToLower.
package lowercase

import (
	"slices"
	"strings"
	"unicode/utf8"
)

// Get returns m[strings.ToLower(name)].
func Get[V any](m map[string]V, name string) V {
	v, _ := Lookup(m, name)
	return v
}

// Lookup returns m[strings.ToLower(name)] and whether it is there.
func Lookup[V any](m map[string]V, name string) (V, bool) {
	var buf [64]byte
	v, ok := m[string(appendLower(buf[:0], name))]
	return v, ok
}

// Add adds strings.ToLower(name) to set, making the lower-case copy
// only when it is not there yet.
func Add(set map[string]bool, name string) {
	if !Get(set, name) {
		set[strings.ToLower(name)] = true
	}
}

// Names hands out strings.ToLower of names, one copy per spelling: for
// a map keyed by lower-case names built from many calls of the same few
// methods. Not safe for concurrent use.
type Names map[string]string

// Lower returns strings.ToLower(name).
func (ns Names) Lower(name string) string {
	if l, ok := ns[name]; ok {
		return l
	}
	l := strings.ToLower(name)
	ns[name] = l
	return l
}

// Is reports whether strings.ToLower(name) == lower.
func Is(name, lower string) bool {
	if len(name) != len(lower) && isASCII(name) {
		return false
	}
	var buf [64]byte
	return string(appendLower(buf[:0], name)) == lower
}

// Append appends strings.ToLower(s) to b.
func Append(b []byte, s string) []byte { return appendLower(b, s) }

// appendLower appends strings.ToLower(s) to b; the compiler makes no
// string of the result where it is only a map key or compared.
func appendLower(b []byte, s string) []byte {
	n := len(b)
	b = slices.Grow(b, len(s))[:n+len(s)]
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			return append(b[:n], strings.ToLower(s)...)
		}
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		b[n+i] = c
	}
	return b
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= utf8.RuneSelf {
			return false
		}
	}
	return true
}
