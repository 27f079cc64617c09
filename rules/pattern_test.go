package rules

import "testing"

func TestPatternSize(t *testing.T) {
	for _, tt := range []struct {
		pattern string
		n       int
		ok      bool
	}{
		{`/^SS-\d{3}$/D`, 1000, true},
		{`/^SS-\d{3}$/`, 2000, true}, // and each with a final newline
		{`#\A[A-C]{2}\z#`, 9, true},
		{`/^(north|south)-\d$/D`, 20, true},
		{`/^v[12]?$/iD`, 6, true},
		{`/^SS-\d{3}$/m`, 0, false}, // any line of a longer text
		{`/(?m)^SS-\d{3}$/`, 0, false},
		{`/^\d{12}$/`, maxRingSlots + 1, true}, // too many to be a small set
		{`/^[a-z0-9-]+$/`, 0, false},
		{`/^SS-\d{3}/`, 0, false}, // not anchored at the end
		{`/SS-\d{3}$/`, 0, false},
		{`/^.{3}$/`, 0, false},
		{`/^\d{3}$/x`, 0, false},
		{`/^(?<id>\d{2})$/D`, 100, true},
		{`/^\d{2}$/e`, 0, false}, // an unknown modifier
		{`/^(/`, 0, false},       // does not parse
	} {
		n, ok := patternSize(tt.pattern)
		if ok != tt.ok || ok && n != tt.n {
			t.Errorf("patternSize(%s) = %d, %v; want %d, %v", tt.pattern, n, ok, tt.n, tt.ok)
		}
	}
}
