package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// The release stamp, set by scripts/release with
//
//	-ldflags "-X main.version=1.2.0 -X main.commit=<sha> -X main.modified=false"
//
// A build without it (go build, go install) reads the same facts from the
// build information the Go toolchain records (see buildInfo).
var (
	version  = "0.1.0-dev"
	commit   = ""
	modified = "" // "true" when the tree had uncommitted changes
)

// buildInfo describes this binary: the stamped version, commit and tree
// state, or what the Go toolchain recorded: the module version for
// `go install …@v1.2.0`, the VCS revision and modified flag for a build
// in a git checkout.
type buildInfo struct {
	Version  string
	Commit   string
	Modified string // "true", "false" or "" (unknown)
	Go       string
}

func currentBuild() buildInfo {
	b := buildInfo{Version: version, Commit: commit, Modified: modified, Go: runtime.Version()}
	info, ok := debug.ReadBuildInfo()
	if !ok {
		return b
	}
	if commit == "" {
		// a module download has no VCS settings, only its version
		if v := info.Main.Version; v != "" && v != "(devel)" {
			b.Version = strings.TrimPrefix(v, "v")
		}
		for _, s := range info.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Commit = s.Value
			case "vcs.modified":
				b.Modified = s.Value
			}
		}
	}
	return b
}

// String is what `phpleak version` prints:
// "phpleak 1.2.0 (commit 0123abcd4567, clean tree, go1.26.0)".
func (b buildInfo) String() string {
	var parts []string
	if b.Commit != "" {
		c := b.Commit
		if len(c) > 12 {
			c = c[:12]
		}
		parts = append(parts, "commit "+c)
	} else {
		parts = append(parts, "commit unknown")
	}
	switch b.Modified {
	case "true":
		parts = append(parts, "modified tree")
	case "false":
		parts = append(parts, "clean tree")
	}
	parts = append(parts, b.Go)
	return fmt.Sprintf("phpleak %s (%s)", b.Version, strings.Join(parts, ", "))
}
