package logsafe

import (
	"bytes"
	"strings"
	"testing"
)

func TestText(t *testing.T) {
	for in, want := range map[string]string{
		"src/A.php":                      "src/A.php",
		"dir with space/é.php":           "dir with space/é.php",
		"a\nb":                           `a\nb`,
		"x\r\n::error::forged":           `x\r\n::error::forged`,
		"tab\there":                      `tab\there`,
		"\x1b[2Jclear":                   `\x1b[2Jclear`,
		"admin\u202egnp.php":             `admin\u202egnp.php`,
		"zero\u200bwidth":                `zero\u200bwidth`,
		"line\u2028sep":                  `line\u2028sep`,
		"bad\xffbyte":                    `bad\xffbyte`,
		`C:\src\A.php`:                   `C:\src\A.php`,
		"c1\u0085next":                   `c1\x85next`,
		"bom\ufeff":                      `bom\ufeff`,
		"emoji 🐘 and 中文 stay themselves": "emoji 🐘 and 中文 stay themselves",
	} {
		if got := Text(in); got != want {
			t.Errorf("Text(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestWriter(t *testing.T) {
	in := "phpleak: fine\n::error::forged\n  ::add-mask::secret\n##[set-output name=x]y\n\r\x1b[Kphpleak: parsing 1/2\r\x1b[Kphpleak: done\n::stop-commands::tok"
	t.Setenv("GITHUB_ACTIONS", "true")
	var out bytes.Buffer
	w := Writer(&out)
	// written in small pieces, as a stream may be
	for _, part := range strings.SplitAfter(in, ":") {
		if _, err := w.Write([]byte(part)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	want := "phpleak: fine\n" + Guard + "::error::forged\n" + Guard + "  ::add-mask::secret\n" + Guard + "##[set-output name=x]y\n" +
		"\r\x1b[Kphpleak: parsing 1/2\r\x1b[Kphpleak: done\n" + Guard + "::stop-commands::tok"
	if out.String() != want {
		t.Errorf("under GitHub Actions:\n got %q\nwant %q", out.String(), want)
	}
	// no line of the output starts a command
	for _, l := range strings.Split(out.String(), "\n") {
		if command([]byte(l)) {
			t.Errorf("line %q starts a workflow command", l)
		}
	}
	t.Setenv("GITHUB_ACTIONS", "")
	out.Reset()
	w = Writer(&out)
	w.Write([]byte(in))
	w.Flush()
	if out.String() != in {
		t.Errorf("outside GitHub Actions the text changed: %q", out.String())
	}
}
