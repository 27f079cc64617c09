package gitdiff

import (
	"testing"
)

// FuzzParse: any bytes, as git diff output, parse without a panic, in
// time and memory that do not depend on the line counts hunks claim, and
// a parsed set answers for any line.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"diff --git a/src/A.php b/src/A.php\n--- a/src/A.php\n+++ b/src/A.php\n@@ -3,0 +4,2 @@\n+a\n+b\n",
		"+++ b/x.php\n@@ -1 +1 @@\n",
		"+++ \"b/sp ace\\t.php\"\n@@ -10,3 +0,0 @@\n",
		"+++ /dev/null\n@@ -1,5 +0,0 @@\n",
		"+++ b/big.php\n@@ -1 +1,2000000000 @@\n",
		"+++ b/neg.php\n@@ -1 +5,-3 @@\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, diff []byte) {
		c, err := Parse(diff)
		if err != nil {
			return
		}
		for _, line := range []int{-1, 0, 1, 2, 1 << 30} {
			c.Touches("src/A.php", line)
		}
	})
}
