package analyzer

import (
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// TestLibraryLoadsOnlyWhatTheProjectNames: the vendor files read as
// library code are the ones the project names (and what they name in
// turn, and what is required with a static path), never the rest of
// vendor/.
func TestLibraryLoadsOnlyWhatTheProjectNames(t *testing.T) {
	dir := t.TempDir()
	write := func(rel, src string) {
		p := filepath.Join(dir, rel)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(src), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("src/App.php", "<?php\nnamespace App;\nuse Acme\\Log\\Logger;\n// Acme\\Unused\\Mentioned only in a comment\nfinal class App { public function __construct(private Logger $l) {} }\n")
	write("main.php", "<?php\nrequire __DIR__ . '/vendor/acme/boot.php';\n")
	write("vendor/acme/log/Logger.php", "<?php\nnamespace Acme\\Log;\nclass Logger { private array $h = []; public function add(Handler $h) { $this->h[] = $h; } }\n")
	write("vendor/acme/log/Handler.php", "<?php\nnamespace Acme\\Log;\ninterface Handler {}\n")
	write("vendor/acme/boot.php", "<?php\n")
	write("vendor/acme/unused/Mentioned.php", "<?php\nnamespace Acme\\Unused;\nclass Mentioned {}\n")
	write("vendor/other/Big.php", "<?php\nnamespace Other;\nclass Big {}\n")
	res, err := Run(Config{Root: dir, Paths: []string{dir}, Library: true})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Files != 2 || res.Stats.Library.VendorFiles != 5 || res.Stats.Library.Loaded != 3 {
		t.Errorf("files %d, library %+v; want 2 project files, 3 of 5 vendor files read", res.Stats.Files, res.Stats.Library)
	}
	sources, _, vendors, _ := discoverWithVendors(dir, []string{dir}, []string{".php"}, nil, nil)
	lib, _ := selectLibrary(dir, vendors, []string{".php"}, sources)
	var got []string
	for _, s := range lib {
		got = append(got, s.Path)
	}
	if want := []string{"vendor/acme/boot.php", "vendor/acme/log/Handler.php", "vendor/acme/log/Logger.php"}; !slices.Equal(got, want) {
		t.Errorf("library files %q, want %q", got, want)
	}
	res, err = Run(Config{Root: dir, Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if res.Stats.Library.Loaded != 0 {
		t.Errorf("without Library (the default): %d library files read", res.Stats.Library.Loaded)
	}
}
