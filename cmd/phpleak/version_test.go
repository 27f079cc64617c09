package main

import "testing"

func TestBuildInfoString(t *testing.T) {
	for _, tc := range []struct {
		b    buildInfo
		want string
	}{
		{buildInfo{"1.2.0", "0123456789abcdef0123456789abcdef01234567", "false", "go1.26.0"}, "phpleak 1.2.0 (commit 0123456789ab, clean tree, go1.26.0)"},
		{buildInfo{"1.2.0-rc.1", "0123456789abcdef", "true", "go1.26.0"}, "phpleak 1.2.0-rc.1 (commit 0123456789ab, modified tree, go1.26.0)"},
		{buildInfo{"0.1.0-dev", "", "", "go1.26.0"}, "phpleak 0.1.0-dev (commit unknown, go1.26.0)"},
	} {
		if got := tc.b.String(); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.b, got, tc.want)
		}
	}
}

// A stamped build reports the stamp, not what the toolchain recorded.
func TestCurrentBuildStamped(t *testing.T) {
	defer func(v, c, m string) { version, commit, modified = v, c, m }(version, commit, modified)
	version, commit, modified = "3.4.5", "feedfacecafebeef", "false"
	b := currentBuild()
	if b.Version != "3.4.5" || b.Commit != "feedfacecafebeef" || b.Modified != "false" {
		t.Errorf("currentBuild() = %+v, want the stamp", b)
	}
}
