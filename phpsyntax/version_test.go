package phpsyntax

import (
	"strings"
	"testing"
)

func TestParseVersion(t *testing.T) {
	for in, want := range map[string]string{
		"8.1": "8.1", "8.3": "8.3", "8.4.1": "8.4", "8.5": "8.5", "8.0": "8.0", "7.4": "7.4", "7.0": "7.0", "5.6": "5.6", "5.0": "5.0",
		"8.6": "", "7.5": "", "9.0": "", "4.4": "", "8": "", "": "", "eight": "", "8.1.x": "", "8.-1": "", " 8.1": "",
	} {
		v, err := ParseVersion(in)
		got := ""
		if err == nil {
			got = v.String()
		}
		if got != want {
			t.Errorf("ParseVersion(%q) = %q, %v; want %q", in, got, err, want)
		}
		if err != nil && !strings.Contains(err.Error(), "8.3") && !strings.Contains(err.Error(), Latest.String()) {
			t.Errorf("ParseVersion(%q): error %q names no supported version", in, err)
		}
	}
}

func TestVersionLess(t *testing.T) {
	if !(Version{7, 4}).Less(Version{8, 0}) || !(Version{8, 1}).Less(Latest) || Latest.Less(Latest) || (Version{8, 0}).Less(Version{7, 4}) {
		t.Error("Less orders versions wrongly")
	}
}
