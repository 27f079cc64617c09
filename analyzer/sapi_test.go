package analyzer

import (
	"strings"
	"testing"
)

// TestContainsLower: containsLower answers as strings.Contains of the
// lower-cased string does, for ASCII and other text.
func TestContainsLower(t *testing.T) {
	for _, s := range []string{"", "frankenphp", "FrankenPHP worker", "use FRANKENPHP", "franken php",
		"vendor/autoload_runtime.php", "AUTOLOAD_RUNTIME", "ÄfrankenPHP", "FRAN\u212aENPHP", "frankenph"} {
		for _, sub := range []string{"frankenphp", "autoload_runtime"} {
			if got, want := containsLower(s, sub), strings.Contains(strings.ToLower(s), sub); got != want {
				t.Errorf("containsLower(%q, %q) = %v, want %v", s, sub, got, want)
			}
		}
	}
}
