package lowercase

import (
	"strings"
	"testing"
)

var names = []string{"", "a", "ABC", "Foo\\Bar", "already_lower", "ÀÉÎ", "İstanbul", "ſ", "MiXeD-ÄÖ",
	strings.Repeat("LongClassName", 10), "K"}

// TestSameAsToLower: every answer is the one strings.ToLower gives.
func TestSameAsToLower(t *testing.T) {
	m := map[string]int{}
	for i, n := range names {
		m[strings.ToLower(n)] = i + 1
	}
	for _, n := range names {
		if got, want := Get(m, n), m[strings.ToLower(n)]; got != want {
			t.Errorf("Get(%q) = %d, want %d", n, got, want)
		}
		if _, ok := Lookup(m, n+"X"); ok != (m[strings.ToLower(n+"X")] != 0) {
			t.Errorf("Lookup(%q) found %v", n+"X", ok)
		}
		for _, l := range append(names, strings.ToLower(n)) {
			if got, want := Is(n, l), strings.ToLower(n) == l; got != want {
				t.Errorf("Is(%q, %q) = %v, want %v", n, l, got, want)
			}
		}
		if got := string(Append([]byte("x"), n)); got != "x"+strings.ToLower(n) {
			t.Errorf("Append(%q) = %q", n, got)
		}
	}
}

// TestNoAllocation: a look-up of a short name makes no string.
func TestNoAllocation(t *testing.T) {
	m := map[string]int{"foo\\bar": 1}
	allocs := testing.AllocsPerRun(100, func() {
		if Get(m, "Foo\\Bar") != 1 || !Is("Foo\\Bar", "foo\\bar") {
			t.Fatal("not found")
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations per look-up, want 0", allocs)
	}
}
