// Package logsafe neutralises text that comes from the analysed
// repository (paths, config values, baseline entries, PHP names and
// strings) before phpleak prints it. phpleak runs unattended in CI on
// pull requests, forks included: a file name or a baseline entry must not
// be able to drive a terminal, hide or reverse text (Trojan Source), or,
// under GitHub Actions, start a workflow command (::error, ::add-mask::,
// ::stop-commands::) on a line of its own.
//
// Text escapes such a value for a one-line message; Writer is the
// backstop every stream phpleak prints to goes through under GitHub
// Actions.
package logsafe

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text shows s on one line with everything that is not plain text
// escaped, as Go escapes strings: \n, \r, \t, \x1b, \u202e. Backslashes
// are kept (Windows paths), so the result is for reading, not for parsing
// back.
func Text(s string) string {
	if plain(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r == '\t':
			b.WriteString(`\t`)
		case Hidden(r):
			if r < 0x100 {
				fmt.Fprintf(&b, `\x%02x`, r)
			} else {
				fmt.Fprintf(&b, `\u%04x`, r)
			}
		default:
			b.WriteRune(r)
		}
		i += size
	}
	return b.String()
}

// Fprintf formats as fmt.Fprintf does, with every argument that is a
// string, an error or a fmt.Stringer shown through Text: the format is
// phpleak's, the values may come from the repository. Every message
// phpleak prints about the code goes through it.
func Fprintf(w io.Writer, format string, args ...any) {
	args = append([]any(nil), args...) // the caller's slice stays as it was
	for i, a := range args {
		switch v := a.(type) {
		case string:
			args[i] = Text(v)
		case error:
			args[i] = Text(v.Error())
		case fmt.Stringer:
			args[i] = Text(v.String())
		}
	}
	fmt.Fprintf(w, format, args...)
}

// plain reports whether s needs no escaping (the common case: no
// allocation).
func plain(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c >= 0x80 {
			return plainSlow(s[i:])
		}
	}
	return true
}

func plainSlow(s string) bool {
	for _, r := range s {
		if r == utf8.RuneError || r < 0x20 || Hidden(r) {
			return false
		}
	}
	return true
}

// Hidden reports whether r is a character that does not show as itself:
// a control character (C0, DEL, C1), a bidirectional control that
// reorders the text around it (U+202A–U+202E, U+2066–U+2069, U+200E,
// U+200F, U+061C), a line or paragraph separator, or another invisible
// format character (U+200B–U+200D, U+2060, U+FEFF).
func Hidden(r rune) bool {
	switch {
	case r < 0x20 || r == 0x7f || r >= 0x80 && r < 0xa0:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069, r == 0x200e, r == 0x200f, r == 0x061c:
		return true
	case r == 0x2028 || r == 0x2029:
		return true
	}
	return unicode.Is(unicode.Cf, r)
}

// InGitHubActions reports whether phpleak runs as a GitHub Actions step,
// whose runner reads workflow commands from its output.
func InGitHubActions() bool { return os.Getenv("GITHUB_ACTIONS") == "true" }

// Writer returns w itself outside GitHub Actions; under it, a writer
// that passes everything through except a line that would start a
// workflow command ("::" or the legacy "##[" after leading whitespace,
// as the runner reads them), which it prefixes with "[phpleak: not a
// command] " so that it is shown, not obeyed. Writes are passed on a
// line at a time; Flush passes on a last line without its newline.
func Writer(w io.Writer) *LineWriter {
	return &LineWriter{w: w, on: InGitHubActions()}
}

// LineWriter is Writer's result.
type LineWriter struct {
	w   io.Writer
	on  bool
	buf []byte // the start of a line not yet passed on
}

// Guard is the prefix that keeps a line from starting a workflow command.
const Guard = "[phpleak: not a command] "

func (lw *LineWriter) Write(p []byte) (int, error) {
	if !lw.on {
		return lw.w.Write(p)
	}
	n := len(p)
	lw.buf = append(lw.buf, p...)
	for {
		i := bytes.IndexByte(lw.buf, '\n')
		if i < 0 {
			break
		}
		if err := lw.emit(lw.buf[:i+1]); err != nil {
			return n, err
		}
		lw.buf = lw.buf[i+1:]
	}
	// a progress line redrawn with \r never ends: pass it on as it comes
	// when it cannot be a command
	if len(lw.buf) > 0 && !mayStartCommand(lw.buf) {
		if err := lw.emit(lw.buf); err != nil {
			return n, err
		}
		lw.buf = lw.buf[:0]
	}
	return n, nil
}

// Raw is the writer underneath, for output whose workflow commands are
// meant (phpleak's --format github, which escapes what it quotes); what
// is pending is passed on first.
func (lw *LineWriter) Raw() io.Writer {
	lw.Flush()
	return lw.w
}

// Flush passes on what is left of an unfinished line.
func (lw *LineWriter) Flush() error {
	if len(lw.buf) == 0 {
		return nil
	}
	err := lw.emit(lw.buf)
	lw.buf = nil
	return err
}

func (lw *LineWriter) emit(line []byte) error {
	if command(line) {
		if _, err := io.WriteString(lw.w, Guard); err != nil {
			return err
		}
	}
	_, err := lw.w.Write(line)
	return err
}

// command reports whether the runner would read line as a workflow
// command.
func command(line []byte) bool {
	t := bytes.TrimLeft(line, " \t\r\v\f")
	return bytes.HasPrefix(t, []byte("::")) || bytes.HasPrefix(t, []byte("##["))
}

// mayStartCommand reports whether an unfinished line could still turn
// out to be a command: it is blank so far, or a prefix of one.
func mayStartCommand(part []byte) bool {
	t := bytes.TrimLeft(part, " \t\r\v\f")
	return len(t) < 3 && (bytes.HasPrefix([]byte("::"), t) || bytes.HasPrefix([]byte("##["), t)) || command(part)
}
