package phpsyntax

import (
	"bufio"
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/phpleak/phpleak/internal/phpcorpus"
	"github.com/phpleak/phpleak/internal/testtool"
)

// lexAll returns every token of src up to, not including, EOF.
func lexAll(src []byte, shortTags bool) []Token {
	lx := NewLexer(src, shortTags)
	var toks []Token
	for {
		t := lx.Next()
		if t.Kind == EOF {
			return toks
		}
		toks = append(toks, t)
	}
}

// lexName is a kind as token_get_all names it: token_name() for named
// kinds, the character itself for the others.
func lexName(k Kind) string {
	switch {
	case k < 256:
		return string(rune(k))
	case k == T_PAAMAYIM_NEKUDOTAYIM:
		return "T_DOUBLE_COLON" // token_name()'s name for it since PHP 8.0
	}
	return k.String()
}

// lexDump renders tokens one a line, kind and quoted text.
func lexDump(src []byte, toks []Token) string {
	var b strings.Builder
	for _, t := range toks {
		name := lexName(t.Kind)
		if t.Kind < 256 {
			name = strconv.Quote(name)
		}
		fmt.Fprintf(&b, "%s %q\n", name, src[t.Start:t.End])
	}
	return b.String()
}

// lexCases are the lexer's table tests. want lists the tokens after the
// source's "<?php " (added unless the source starts with "<" but not
// "<<<"), each as KIND "text" (Go-quoted, and the kind too for
// single-character tokens), one a line. Cases that PHP 8.2
// tokenizes the same way were checked against its token_get_all; the
// newer ones (marked in the name) follow php-src's current scanner.
var lexCases = []struct {
	name, src string
	short     bool
	want      string
}{
	// Open and close tags, inline HTML.
	{"inline only", "<html>", false, `T_INLINE_HTML "<html>"`},
	{"lone <", "<", false, `T_INLINE_HTML "<"`},
	{"open tag at eof", "<?php", false, `T_OPEN_TAG "<?php"`},
	{"open tag needs space", "<?phpx ?>", false, `T_INLINE_HTML "<?phpx ?>"`},
	{"open tag crlf", "<a><?PHP\r\nx", false, `T_INLINE_HTML "<a>"
T_OPEN_TAG "<?PHP\r\n"
T_STRING "x"`},
	{"echo tag", "<?=$a?>\nb", false, `T_OPEN_TAG_WITH_ECHO "<?="
T_VARIABLE "$a"
T_CLOSE_TAG "?>\n"
T_INLINE_HTML "b"`},
	{"short tag off", "<? x", false, `T_INLINE_HTML "<? x"`},
	{"short tag on", "<? x ?>", true, `T_OPEN_TAG "<?"
T_WHITESPACE " "
T_STRING "x"
T_WHITESPACE " "
T_CLOSE_TAG "?>"`},
	{"short tag phpx", "<?phpx", true, `T_OPEN_TAG "<?"
T_STRING "phpx"`},
	{"inline stops at tag", "<a<b<?php c", false, `T_INLINE_HTML "<a<b"
T_OPEN_TAG "<?php "
T_STRING "c"`},
	{"close tag crlf", "<?php ?>\r\n\r\n", false, `T_OPEN_TAG "<?php "
T_CLOSE_TAG "?>\r\n"
T_INLINE_HTML "\r\n"`},

	// Comments.
	{"hash comment ends at close tag", "# a ?>b", false, `T_COMMENT "# a "
T_CLOSE_TAG "?>"
T_INLINE_HTML "b"`},
	{"slash comment ends at newline", "// a\nb", false, `T_COMMENT "// a"
T_WHITESPACE "\n"
T_STRING "b"`},
	{"block comment keeps close tag", "/* ?> */", false, `T_COMMENT "/* ?> */"`},
	{"doc comment", "/** a */ /**/ /***/ /**x*/", false, `T_DOC_COMMENT "/** a */"
T_WHITESPACE " "
T_COMMENT "/**/"
T_WHITESPACE " "
T_COMMENT "/***/"
T_WHITESPACE " "
T_COMMENT "/**x*/"`},
	{"unterminated comment", "/* a\n b", false, `T_COMMENT "/* a\n b"`},
	{"unterminated doc comment", "/** ", false, `T_DOC_COMMENT "/** "`},
	{"attribute", "#[A] #x", false, `T_ATTRIBUTE "#["
T_STRING "A"
"]" "]"
T_WHITESPACE " "
T_COMMENT "#x"`},

	// Names and keywords.
	{"keywords any case", "IF Else __halt_COMPILER", false, `T_IF "IF"
T_WHITESPACE " "
T_ELSE "Else"
T_WHITESPACE " "
T_HALT_COMPILER "__halt_COMPILER"`},
	{"names", `Foo\Bar \Foo namespace\Foo if\x \ Foo\`, false, `T_NAME_QUALIFIED "Foo\\Bar"
T_WHITESPACE " "
T_NAME_FULLY_QUALIFIED "\\Foo"
T_WHITESPACE " "
T_NAME_RELATIVE "namespace\\Foo"
T_WHITESPACE " "
T_NAME_QUALIFIED "if\\x"
T_WHITESPACE " "
T_NS_SEPARATOR "\\"
T_WHITESPACE " "
T_STRING "Foo"
T_NS_SEPARATOR "\\"`},
	{"property keyword is a name", "$a->class?->list", false, `T_VARIABLE "$a"
T_OBJECT_OPERATOR "->"
T_STRING "class"
T_NULLSAFE_OBJECT_OPERATOR "?->"
T_STRING "list"`},
	{"property after comment", "$a-> /* c */ class", false, `T_VARIABLE "$a"
T_OBJECT_OPERATOR "->"
T_WHITESPACE " "
T_COMMENT "/* c */"
T_WHITESPACE " "
T_STRING "class"`},
	{"not a property", "$a->(1)", false, `T_VARIABLE "$a"
T_OBJECT_OPERATOR "->"
"(" "("
T_LNUMBER "1"
")" ")"`},
	{"magic constants", "__CLASS__ __dir__ __NAMESPACE__", false, `T_CLASS_C "__CLASS__"
T_WHITESPACE " "
T_DIR "__dir__"
T_WHITESPACE " "
T_NS_C "__NAMESPACE__"`},
	{"enum", "enum Foo {} enum extends; enum(1); enum\nBar", false, `T_ENUM "enum"
T_WHITESPACE " "
T_STRING "Foo"
T_WHITESPACE " "
"{" "{"
"}" "}"
T_WHITESPACE " "
T_STRING "enum"
T_WHITESPACE " "
T_EXTENDS "extends"
";" ";"
T_WHITESPACE " "
T_STRING "enum"
"(" "("
T_LNUMBER "1"
")" ")"
";" ";"
T_WHITESPACE " "
T_ENUM "enum"
T_WHITESPACE "\n"
T_STRING "Bar"`},
	{"enum implementsX", "enum implementsX", false, `T_STRING "enum"
T_WHITESPACE " "
T_STRING "implementsX"`},
	{"enum comment 8.3", "enum /* c */ Foo", false, `T_ENUM "enum"
T_WHITESPACE " "
T_COMMENT "/* c */"
T_WHITESPACE " "
T_STRING "Foo"`},
	{"readonly call", "readonly(1)", false, `T_READONLY "readonly"
"(" "("
T_LNUMBER "1"
")" ")"`},
	{"yield from", "yield from $a; yield\n FROM(); yield fromx; yield from", false, `T_YIELD_FROM "yield from"
T_WHITESPACE " "
T_VARIABLE "$a"
";" ";"
T_WHITESPACE " "
T_YIELD_FROM "yield\n FROM"
"(" "("
")" ")"
";" ";"
T_WHITESPACE " "
T_YIELD "yield"
T_WHITESPACE " "
T_STRING "fromx"
";" ";"
T_WHITESPACE " "
T_YIELD_FROM "yield from"`},
	{"yield from comment 8.3", "yield /* c */ from $a", false, `T_YIELD_FROM "yield /* c */ from"
T_WHITESPACE " "
T_VARIABLE "$a"`},
	// PHP 8.3's {WHITESPACE_OR_COMMENTS}: a "#" right before a newline may
	// take the next line too, and the longest match wins.
	{"yield from longest 8.3", "yield #\nfrom\nfrom x", false, `T_YIELD_FROM "yield #\nfrom\nfrom"
T_WHITESPACE " "
T_STRING "x"`},
	{"ampersand over hash line 8.3", "& #\nfoo\n$x", false, `T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
T_WHITESPACE " "
T_COMMENT "#"
T_WHITESPACE "\n"
T_STRING "foo"
T_WHITESPACE "\n"
T_VARIABLE "$x"`},
	{"enum over hash line 8.3", "enum #\nextends\nFoo", false, `T_ENUM "enum"
T_WHITESPACE " "
T_COMMENT "#"
T_WHITESPACE "\n"
T_EXTENDS "extends"
T_WHITESPACE "\n"
T_STRING "Foo"`},
	{"asymmetric visibility 8.4", "public(set) PROTECTED(SET) private(set) public (set) public(get)", false, `T_PUBLIC_SET "public(set)"
T_WHITESPACE " "
T_PROTECTED_SET "PROTECTED(SET)"
T_WHITESPACE " "
T_PRIVATE_SET "private(set)"
T_WHITESPACE " "
T_PUBLIC "public"
T_WHITESPACE " "
"(" "("
T_STRING "set"
")" ")"
T_WHITESPACE " "
T_PUBLIC "public"
"(" "("
T_STRING "get"
")" ")"`},
	{"property constant 8.4", "__PROPERTY__ __property__", false, `T_PROPERTY_C "__PROPERTY__"
T_WHITESPACE " "
T_PROPERTY_C "__property__"`},
	{"pipe 8.5", "$a |> f(...) || $b | $c", false, `T_VARIABLE "$a"
T_WHITESPACE " "
T_PIPE "|>"
T_WHITESPACE " "
T_STRING "f"
"(" "("
T_ELLIPSIS "..."
")" ")"
T_WHITESPACE " "
T_BOOLEAN_OR "||"
T_WHITESPACE " "
T_VARIABLE "$b"
T_WHITESPACE " "
"|" "|"
T_WHITESPACE " "
T_VARIABLE "$c"`},

	// Casts.
	{"casts", "(int)( integer )(\tBOOL\t)(boolean)(float)(double)(real)(string)(binary)(array)(object)(unset)", false, `T_INT_CAST "(int)"
T_INT_CAST "( integer )"
T_BOOL_CAST "(\tBOOL\t)"
T_BOOL_CAST "(boolean)"
T_DOUBLE_CAST "(float)"
T_DOUBLE_CAST "(double)"
T_DOUBLE_CAST "(real)"
T_STRING_CAST "(string)"
T_STRING_CAST "(binary)"
T_ARRAY_CAST "(array)"
T_OBJECT_CAST "(object)"
T_UNSET_CAST "(unset)"`},
	{"void cast 8.5", "(void)( Void )", false, `T_VOID_CAST "(void)"
T_VOID_CAST "( Void )"`},
	{"not casts", "(int\n)(int8)(integerx)", false, `"(" "("
T_STRING "int"
T_WHITESPACE "\n"
")" ")"
"(" "("
T_STRING "int8"
")" ")"
"(" "("
T_STRING "integerx"
")" ")"`},

	// Operators.
	{"operators", "**= <=> <<= >>= ??= ?-> ... :: => <> !== === .= <<< ", false, `T_POW_EQUAL "**="
T_WHITESPACE " "
T_SPACESHIP "<=>"
T_WHITESPACE " "
T_SL_EQUAL "<<="
T_WHITESPACE " "
T_SR_EQUAL ">>="
T_WHITESPACE " "
T_COALESCE_EQUAL "??="
T_WHITESPACE " "
T_NULLSAFE_OBJECT_OPERATOR "?->"
T_WHITESPACE " "
T_ELLIPSIS "..."
T_WHITESPACE " "
T_DOUBLE_COLON "::"
T_WHITESPACE " "
T_DOUBLE_ARROW "=>"
T_WHITESPACE " "
T_IS_NOT_EQUAL "<>"
T_WHITESPACE " "
T_IS_NOT_IDENTICAL "!=="
T_WHITESPACE " "
T_IS_IDENTICAL "==="
T_WHITESPACE " "
T_CONCAT_EQUAL ".="
T_WHITESPACE " "
T_SL "<<"
"<" "<"
T_WHITESPACE " "`},
	{"ampersand", "&$a & $b &...$c & /* c */ $d &\n$e & 1 && &=", false, `T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
T_VARIABLE "$a"
T_WHITESPACE " "
T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
T_WHITESPACE " "
T_VARIABLE "$b"
T_WHITESPACE " "
T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
T_ELLIPSIS "..."
T_VARIABLE "$c"
T_WHITESPACE " "
T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
T_WHITESPACE " "
T_COMMENT "/* c */"
T_WHITESPACE " "
T_VARIABLE "$d"
T_WHITESPACE " "
T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG "&"
T_WHITESPACE "\n"
T_VARIABLE "$e"
T_WHITESPACE " "
T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG "&"
T_WHITESPACE " "
T_LNUMBER "1"
T_WHITESPACE " "
T_BOOLEAN_AND "&&"
T_WHITESPACE " "
T_AND_EQUAL "&="`},
	{"bad characters", "\x01\x7f$", false, `T_BAD_CHARACTER "\x01"
T_BAD_CHARACTER "\x7f"
"$" "$"`},

	// Numbers.
	{"integers", "9223372036854775807 9223372036854775808 0x7FFFFFFFFFFFFFFF 0x8000000000000000 0777777777777777777777 01777777777777777777777", false, `T_LNUMBER "9223372036854775807"
T_WHITESPACE " "
T_DNUMBER "9223372036854775808"
T_WHITESPACE " "
T_LNUMBER "0x7FFFFFFFFFFFFFFF"
T_WHITESPACE " "
T_DNUMBER "0x8000000000000000"
T_WHITESPACE " "
T_LNUMBER "0777777777777777777777"
T_WHITESPACE " "
T_DNUMBER "01777777777777777777777"`},
	{"prefixed integers", "0b11 0B1_0 0o17 0O1_7 0o777777777777777777777 0o1000000000000000000000 0x_1 0b2", false, `T_LNUMBER "0b11"
T_WHITESPACE " "
T_LNUMBER "0B1_0"
T_WHITESPACE " "
T_LNUMBER "0o17"
T_WHITESPACE " "
T_LNUMBER "0O1_7"
T_WHITESPACE " "
T_LNUMBER "0o777777777777777777777"
T_WHITESPACE " "
T_DNUMBER "0o1000000000000000000000"
T_WHITESPACE " "
T_LNUMBER "0"
T_STRING "x_1"
T_WHITESPACE " "
T_LNUMBER "0"
T_STRING "b2"`},
	{"separators", "1_000 1__0 1_ 1_000.5_5e1_0 089", false, `T_LNUMBER "1_000"
T_WHITESPACE " "
T_LNUMBER "1"
T_STRING "__0"
T_WHITESPACE " "
T_LNUMBER "1"
T_STRING "_"
T_WHITESPACE " "
T_DNUMBER "1_000.5_5e1_0"
T_WHITESPACE " "
T_LNUMBER "089"`},
	{"floats", "1.5 1. .5 1e5 1.e3 1E-5 1e 1..2", false, `T_DNUMBER "1.5"
T_WHITESPACE " "
T_DNUMBER "1."
T_WHITESPACE " "
T_DNUMBER ".5"
T_WHITESPACE " "
T_DNUMBER "1e5"
T_WHITESPACE " "
T_DNUMBER "1.e3"
T_WHITESPACE " "
T_DNUMBER "1E-5"
T_WHITESPACE " "
T_LNUMBER "1"
T_STRING "e"
T_WHITESPACE " "
T_DNUMBER "1."
T_DNUMBER ".2"`},

	// Strings.
	{"constant strings", `'a\'b' "c\"d" b'e' B"f"`, false, `T_CONSTANT_ENCAPSED_STRING "'a\\'b'"
T_WHITESPACE " "
T_CONSTANT_ENCAPSED_STRING "\"c\\\"d\""
T_WHITESPACE " "
T_CONSTANT_ENCAPSED_STRING "b'e'"
T_WHITESPACE " "
T_CONSTANT_ENCAPSED_STRING "B\"f\""`},
	{"unterminated single", "'abc", false, `T_ENCAPSED_AND_WHITESPACE "'abc"`},
	{"unterminated double", `"abc $x`, false, `"\"" "\""
T_ENCAPSED_AND_WHITESPACE "abc "
T_VARIABLE "$x"`},
	{"unterminated plain double", `"abc`, false, `"\"" "\""
T_ENCAPSED_AND_WHITESPACE "abc"`},
	{"unterminated backquote", "`ls", false, "\"`\" \"`\"\nT_ENCAPSED_AND_WHITESPACE \"ls\""},
	{"binary interpolated", `b"$a"`, false, `"\"" "b\""
T_VARIABLE "$a"
"\"" "\""`},
	{"var offsets", `"$a[0] $a[x] $a[$i] $a[-1] $a[01] $a[0x1]"`, false, `"\"" "\""
T_VARIABLE "$a"
"[" "["
T_NUM_STRING "0"
"]" "]"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
"[" "["
T_STRING "x"
"]" "]"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
"[" "["
T_VARIABLE "$i"
"]" "]"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
"[" "["
"-" "-"
T_NUM_STRING "1"
"]" "]"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
"[" "["
T_NUM_STRING "01"
"]" "]"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
"[" "["
T_NUM_STRING "0x1"
"]" "]"
"\"" "\""`},
	{"bad var offset", `"$a[ 1]"`, false, `"\"" "\""
T_VARIABLE "$a"
"[" "["
T_ENCAPSED_AND_WHITESPACE ""
T_ENCAPSED_AND_WHITESPACE " 1]"
"\"" "\""`},
	{"curly interpolation", `"{$a[1]} ${a} ${a[1]} ${a.b} $a->b $a?->b $a->1 {$"`, false, `"\"" "\""
T_CURLY_OPEN "{"
T_VARIABLE "$a"
"[" "["
T_LNUMBER "1"
"]" "]"
"}" "}"
T_ENCAPSED_AND_WHITESPACE " "
T_DOLLAR_OPEN_CURLY_BRACES "${"
T_STRING_VARNAME "a"
"}" "}"
T_ENCAPSED_AND_WHITESPACE " "
T_DOLLAR_OPEN_CURLY_BRACES "${"
T_STRING_VARNAME "a"
"[" "["
T_LNUMBER "1"
"]" "]"
"}" "}"
T_ENCAPSED_AND_WHITESPACE " "
T_DOLLAR_OPEN_CURLY_BRACES "${"
T_STRING "a"
"." "."
T_STRING "b"
"}" "}"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
T_OBJECT_OPERATOR "->"
T_STRING "b"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
T_NULLSAFE_OBJECT_OPERATOR "?->"
T_STRING "b"
T_ENCAPSED_AND_WHITESPACE " "
T_VARIABLE "$a"
T_ENCAPSED_AND_WHITESPACE "->1 "
T_CURLY_OPEN "{"
"$" "$"
"\"" "\""`},
	{"backquote", "`a $b {$c}`", false, "\"`\" \"`\"\n" + `T_ENCAPSED_AND_WHITESPACE "a "
T_VARIABLE "$b"
T_ENCAPSED_AND_WHITESPACE " "
T_CURLY_OPEN "{"
T_VARIABLE "$c"
"}" "}"
` + "\"`\" \"`\""},

	// Heredoc and nowdoc.
	{"heredoc", "<<<EOT\na $b\nEOT;\n", false, `T_START_HEREDOC "<<<EOT\n"
T_ENCAPSED_AND_WHITESPACE "a "
T_VARIABLE "$b"
T_ENCAPSED_AND_WHITESPACE "\n"
T_END_HEREDOC "EOT"
";" ";"
T_WHITESPACE "\n"`},
	{"heredoc empty", "<<<A\nA\n", false, `T_START_HEREDOC "<<<A\n"
T_END_HEREDOC "A"
T_WHITESPACE "\n"`},
	{"heredoc label at eof", "<<<A\nA", false, `T_START_HEREDOC "<<<A\n"
T_ENCAPSED_AND_WHITESPACE "A"`},
	{"heredoc quoted label", "<<< \"A\"\r\nx\r\n A,", false, `T_START_HEREDOC "<<< \"A\"\r\n"
T_ENCAPSED_AND_WHITESPACE "x\r\n"
T_END_HEREDOC " A"
"," ","`},
	{"heredoc flexible", "[<<<EOT\n  a\n  EOTX\n  EOT, 'x'];", false, `"[" "["
T_START_HEREDOC "<<<EOT\n"
T_ENCAPSED_AND_WHITESPACE "  a\n  EOTX\n"
T_END_HEREDOC "  EOT"
"," ","
T_WHITESPACE " "
T_CONSTANT_ENCAPSED_STRING "'x'"
"]" "]"
";" ";"`},
	{"nowdoc", "<<<'A'\n$x {$y}\n\tA;", false, `T_START_HEREDOC "<<<'A'\n"
T_ENCAPSED_AND_WHITESPACE "$x {$y}\n"
T_END_HEREDOC "\tA"
";" ";"`},
	{"binary heredoc", "b<<<A\nx\nA;", false, `T_START_HEREDOC "b<<<A\n"
T_ENCAPSED_AND_WHITESPACE "x\n"
T_END_HEREDOC "A"
";" ";"`},
	{"unterminated heredoc", "<<<A\nx\n  ", false, `T_START_HEREDOC "<<<A\n"
T_ENCAPSED_AND_WHITESPACE "x\n  "`},
	{"nested heredoc", "<<<A\n{$x(<<<B\n  b\n  B)}\nA;", false, `T_START_HEREDOC "<<<A\n"
T_CURLY_OPEN "{"
T_VARIABLE "$x"
"(" "("
T_START_HEREDOC "<<<B\n"
T_ENCAPSED_AND_WHITESPACE "  b\n"
T_END_HEREDOC "  B"
")" ")"
"}" "}"
T_ENCAPSED_AND_WHITESPACE "\n"
T_END_HEREDOC "A"
";" ";"`},
	{"heredoc after scan-ahead error", "<<<X\n{$a)}\n  X;\n", false, `T_START_HEREDOC "<<<X\n"
T_CURLY_OPEN "{"
T_VARIABLE "$a"
")" ")"
"}" "}"
T_ENCAPSED_AND_WHITESPACE "\n"
T_END_HEREDOC " "
T_WHITESPACE " "
T_STRING "X"
";" ";"
T_WHITESPACE "\n"`},
	{"not a heredoc", "<<<A x", false, `T_SL "<<"
"<" "<"
T_STRING "A"
T_WHITESPACE " "
T_STRING "x"`},

	// __halt_compiler.
	{"halt compiler", "__halt_compiler ( ) ; rest <?php x", false, `T_HALT_COMPILER "__halt_compiler"
T_WHITESPACE " "
"(" "("
T_WHITESPACE " "
")" ")"
T_WHITESPACE " "
";" ";"
T_INLINE_HTML " rest <?php x"`},
	{"halt compiler close tag", "__halt_compiler?> rest", false, `T_HALT_COMPILER "__halt_compiler"
T_CLOSE_TAG "?>"
T_INLINE_HTML " rest"`},
	{"halt compiler at eof", "__halt_compiler();", false, `T_HALT_COMPILER "__halt_compiler"
"(" "("
")" ")"
";" ";"`},
}

func TestLexerTable(t *testing.T) {
	for _, c := range lexCases {
		t.Run(c.name, func(t *testing.T) {
			src := c.src
			prefix := "<?php "
			if strings.HasPrefix(src, "<") && !strings.HasPrefix(src, "<<<") {
				prefix = ""
			}
			full := []byte(prefix + src)
			toks := lexAll(full, c.short)
			if prefix != "" {
				if len(toks) == 0 || toks[0].Kind != T_OPEN_TAG {
					t.Fatalf("no open tag: %s", lexDump(full, toks))
				}
				toks = toks[1:]
			}
			got := strings.TrimSuffix(lexDump(full, toks), "\n")
			if got != c.want {
				t.Errorf("%q:\ngot:\n%s\nwant:\n%s", src, got, c.want)
			}
			lexCheckCover(t, full, c.short)
		})
	}
}

// lexCheckCover checks the lexer's invariants on src: tokens are contiguous
// from 0 to len(src), never go backwards, make progress, and EOF repeats.
func lexCheckCover(t testing.TB, src []byte, shortTags bool) {
	t.Helper()
	lx := NewLexer(src, shortTags)
	var end int32
	empties := 0
	for i := 0; ; i++ {
		tok := lx.Next()
		if tok.Kind == EOF {
			if tok.Start != int32(len(src)) || tok.End != int32(len(src)) {
				t.Fatalf("EOF at %d..%d, want %d", tok.Start, tok.End, len(src))
			}
			if end != int32(len(src)) {
				t.Fatalf("tokens end at %d of %d", end, len(src))
			}
			break
		}
		if tok.Start != end || tok.End < tok.Start {
			t.Fatalf("token %d %v spans %d..%d after %d", i, tok.Kind, tok.Start, tok.End, end)
		}
		if tok.End == tok.Start {
			// Only PHP's empty T_ENCAPSED_AND_WHITESPACE for a bad "$a[",
			// and never twice in a row.
			if tok.Kind != T_ENCAPSED_AND_WHITESPACE || empties > 0 {
				t.Fatalf("token %d %v is empty at %d", i, tok.Kind, tok.Start)
			}
			empties++
		} else {
			empties = 0
		}
		end = tok.End
		if i > 2*len(src)+2 {
			t.Fatalf("more than %d tokens for %d bytes", i, len(src))
		}
	}
	for range 3 {
		if tok := lx.Next(); tok.Kind != EOF || tok.Start != int32(len(src)) {
			t.Fatalf("after EOF: %v at %d", tok.Kind, tok.Start)
		}
	}
}

func TestLexerNoAllocs(t *testing.T) {
	src := []byte("<?php\nclass A { public function f(&$x, ...$y) { yield from $x; return \"a $b {$c[1]}\" . <<<EOT\n  x $y\n  EOT; } }\n")
	lx := NewLexer(src, false)
	lexAll(src, false) // warm the maps
	allocs := testing.AllocsPerRun(100, func() {
		*lx = Lexer{src: src, states: lx.states[:0], docs: lx.docs[:0], nest: lx.nest[:0], pend: lx.pend[:0], memo: lx.memo[:0], spanTemp: lx.spanTemp[:0]}
		for lx.Next().Kind != EOF {
		}
	})
	if allocs != 0 {
		t.Errorf("%.1f allocations per file, want 0", allocs)
	}
}

// TestLexerLinear feeds inputs built to make a careless lexer rescan, at
// 1 MB and 4 MB, and checks the time grows linearly: a quadratic lexer
// would take 16 times as long on the larger input; the test allows 8 for
// a noisy machine.
func TestLexerLinear(t *testing.T) {
	if testing.Short() {
		t.Skip("-short")
	}
	// Every input is lexed to its end in the test suite; the times are
	// compared only when scripts/bench-parser asks (PHPLEAK_TIMED=1): a
	// loaded machine makes the same run 3x slower from one time to the
	// next, and speed goals live in benchmark scripts, not timed tests.
	timed := os.Getenv("PHPLEAK_TIMED") != ""
	inputs := map[string]func(size int) []byte{
		"one long line": func(size int) []byte {
			return lexRepeat("<?php ", "$a = b + 1.5 * 'c' . \"d $e\" . f(...) ?? $g[0]; ", "", size)
		},
		"unterminated quotes": func(size int) []byte { return lexRepeat("<?php ", "\"'`", "", size) },
		"unterminated starts": func(size int) []byte { return lexRepeat("<?php ", "<<<A\n/*\"${{$", "", size) },
		"ampersands with close tags in comments": func(size int) []byte {
			return lexRepeat("<?php ", "& //?><?php ", "\n"+strings.Repeat(" ", size/2), size/2)
		},
		"yields over long lines": func(size int) []byte { return lexRepeat("<?php ", "yield //?><?php yield #\n", "", size) },
		"hash newlines":          func(size int) []byte { return lexRepeat("<?php &", "#\n", "", size) },
		"open brackets":          func(size int) []byte { return lexRepeat("<?php ", "{([", "", size) },
		"heredoc lines":          func(size int) []byte { return lexRepeat("<?php <<<ABCDEFGHIJ\n", "ABCDEFGHI\n", "", size) },
		"inline html":            func(size int) []byte { return lexRepeat("", "<a<?ph", "", size) },
	}
	for name, input := range inputs {
		t.Run(name, func(t *testing.T) {
			if !timed {
				lexTime(input(4 << 20)) // ends (a loop that never does fails by the test timeout)
				return
			}
			small, large := lexTimes(input(1<<20), input(4<<20))
			t.Logf("1 MB: %v, 4 MB: %v", small, large)
			// linear is 4x, quadratic 16x; between them the margin a
			// loaded machine needs (8x failed once under CI's parallel
			// packages at 8.6x)
			if large > 12*small && large > 50*time.Millisecond {
				t.Errorf("4 MB took %v, 1 MB %v: not linear", large, small)
			}
		})
	}
}

// lexRepeat returns head, then unit repeated to about size bytes, then tail.
func lexRepeat(head, unit, tail string, size int) []byte {
	return []byte(head + strings.Repeat(unit, size/len(unit)) + tail)
}

// lexTimes returns the best of seven times to lex a and b, measured in
// turns so that a busy machine slows both alike.
func lexTimes(a, b []byte) (ta, tb time.Duration) {
	ta, tb = time.Hour, time.Hour
	for range 7 {
		ta = min(ta, lexTime(a))
		tb = min(tb, lexTime(b))
	}
	return ta, tb
}

func lexTime(src []byte) time.Duration {
	runtime.GC() // no collection of the previous run's garbage in this one
	start := time.Now()
	lx := NewLexer(src, false)
	for lx.Next().Kind != EOF {
	}
	return time.Since(start)
}

func BenchmarkLexer(b *testing.B) {
	src := lexBenchSource(b)
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	for b.Loop() {
		lx := NewLexer(src, false)
		for lx.Next().Kind != EOF {
		}
	}
}

// lexBenchSource is a large real PHP file when Debian's WordPress is
// installed, else a generated one.
func lexBenchSource(b *testing.B) []byte {
	for _, f := range []string{"/usr/share/wordpress/wp-includes/class-wp-query.php", "/usr/share/wordpress/wp-includes/formatting.php"} {
		if src, err := os.ReadFile(f); err == nil {
			return src
		}
	}
	var buf bytes.Buffer
	buf.WriteString("<?php\n")
	for i := range 5000 {
		fmt.Fprintf(&buf, "/** Doc %d */\nfunction f%d(array &$a, ?int $b = null): string {\n\tif ($a[%d] ?? false) { return \"x{$a['k']} $b\"; }\n\treturn sprintf('%%d', $b) . <<<EOT\n  line $b\n  EOT;\n}\n", i, i, i)
	}
	return buf.Bytes()
}

// PHP differential tests.
//
// phpDumpScript tokenizes each file named in the list file argv[1] with
// token_get_all. It first writes one line naming the token ids
// ("id=T_NAME", space-separated), then for each file a line: the path, a
// tab, and for each token its id (the character's code for
// single-character tokens) and its length as "id,len", space-separated.
// A token whose text is not the next slice of the source gets id -1.
const phpDumpScript = `<?php
if (!function_exists('token_get_all')) { fwrite(STDERR, "no tokenizer extension\n"); exit(3); }
ob_start(null, 1 << 20);
$names = [];
for ($i = 256; $i < 2048; $i++) { $n = token_name($i); if ($n !== 'UNKNOWN') { $names[] = "$i=$n"; } }
echo implode(' ', $names), "\n";
foreach (file($argv[1], FILE_IGNORE_NEW_LINES) as $f) {
	$src = file_get_contents($f);
	$off = 0;
	$parts = [];
	foreach (token_get_all($src) as $t) {
		if (is_array($t)) { $id = $t[0]; $text = $t[1]; }
		else { $id = ord($t[-1]); $text = $t; }
		$len = strlen($text);
		if ($len > 0 && ($off + $len > strlen($src) || substr_compare($src, $text, $off, $len) !== 0)) { $id = -1; }
		$parts[] = "$id,$len";
		$off += $len;
	}
	echo $f, "\t", implode(' ', $parts), "\n";
}
`

// phpToken is one token as PHP reports it.
type phpToken struct {
	name string
	len  int
}

// needTokenizerPHP returns the php binary, or skips (fails under CI).
func needTokenizerPHP(t *testing.T) string {
	t.Helper()
	php, err := exec.LookPath("php")
	if err != nil {
		testtool.SkipOrFail(t, "php is not installed (apt-get install php-cli): %v", err)
	}
	return php
}

// phpTokens runs PHP over files, in two processes at once, and calls
// check (never concurrently) for each file with PHP's tokens.
func phpTokens(t *testing.T, php string, files []string, shortTags bool, check func(file string, want []phpToken)) {
	t.Helper()
	dir := t.TempDir()
	script := filepath.Join(dir, "dump.php")
	if err := os.WriteFile(script, []byte(phpDumpScript), 0o644); err != nil {
		t.Fatal(err)
	}
	const procs = 2
	var (
		mu   sync.Mutex
		wg   sync.WaitGroup
		errs = make([]error, procs)
		seen = make([]int, procs)
	)
	for w := range procs {
		var part []string
		for i := w; i < len(files); i += procs {
			part = append(part, files[i])
		}
		list := filepath.Join(dir, fmt.Sprintf("files%d.txt", w))
		if err := os.WriteFile(list, []byte(strings.Join(part, "\n")+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
		wg.Go(func() {
			seen[w], errs[w] = phpDump(php, script, list, shortTags, func(file string, want []phpToken) {
				mu.Lock()
				defer mu.Unlock()
				check(file, want)
			})
		})
	}
	wg.Wait()
	for _, err := range errs {
		if ee, ok := err.(*exec.ExitError); ok && ee.ExitCode() == 3 {
			testtool.SkipOrFail(t, "php has no tokenizer extension")
		}
		if err != nil {
			t.Fatalf("php: %v", err)
		}
	}
	if n := seen[0] + seen[1]; n != len(files) {
		t.Fatalf("php dumped %d of %d files", n, len(files))
	}
}

// phpDump runs phpDumpScript over the files listed in list and calls
// check for each; it returns how many files PHP dumped.
func phpDump(php, script, list string, shortTags bool, check func(file string, want []phpToken)) (int, error) {
	short := "0"
	if shortTags {
		short = "1"
	}
	cmd := exec.Command(php, "-d", "short_open_tag="+short, "-d", "memory_limit=-1", "-d", "error_reporting=0", script, list)
	cmd.Stderr = os.Stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		return 0, err
	}
	if err := cmd.Start(); err != nil {
		return 0, err
	}
	r := bufio.NewReaderSize(out, 1<<20)
	names := map[int]string{-1: "!"}
	for i := range 256 {
		names[i] = string(rune(i))
	}
	var want []phpToken
	seen := 0
	for first := true; ; first = false {
		line, err := r.ReadString('\n')
		if err != nil {
			break
		}
		line = strings.TrimSuffix(line, "\n")
		if first {
			for _, f := range strings.Fields(line) {
				id, name, _ := strings.Cut(f, "=")
				n, _ := strconv.Atoi(id)
				names[n] = name
			}
			continue
		}
		file, rest, _ := strings.Cut(line, "\t")
		want = want[:0]
		for rest != "" {
			var f string
			f, rest, _ = strings.Cut(rest, " ")
			id, n, _ := strings.Cut(f, ",")
			k, _ := strconv.Atoi(id)
			m, _ := strconv.Atoi(n)
			want = append(want, phpToken{names[k], m})
		}
		check(file, want)
		seen++
	}
	return seen, cmd.Wait()
}

// lexDiff compares our tokens of src with PHP's; it returns "" when they
// agree, else a description of the first difference.
func lexDiff(src []byte, shortTags bool, want []phpToken) string {
	toks := lexAll(src, shortTags)
	off := 0
	for i := 0; i < len(toks) || i < len(want); i++ {
		if i < len(toks) && i < len(want) && int(toks[i].Start) == off &&
			int(toks[i].End-toks[i].Start) == want[i].len && lexName(toks[i].Kind) == want[i].name {
			off += want[i].len
			continue
		}
		var g, w string
		if i < len(toks) {
			g = fmt.Sprintf("%s %q", lexName(toks[i].Kind), src[toks[i].Start:toks[i].End])
		}
		if i < len(want) {
			w = fmt.Sprintf("%s %q", want[i].name, src[min(off, len(src)):min(off+want[i].len, len(src))])
		}
		line := 1 + bytes.Count(src[:min(off, len(src))], []byte("\n"))
		return fmt.Sprintf("token %d (line %d): got %s, PHP has %s", i, line, lexOrNone(g), lexOrNone(w))
	}
	return ""
}

func lexOrNone(s string) string {
	if s == "" {
		return "nothing"
	}
	return s
}

// lexExempt lists corpus files that PHP 8.2 legitimately tokenizes
// differently from the newer PHP this lexer follows (see Lexer), with the
// reason, e.g. a comment between "yield" and "from". An entry that no
// longer differs is reported in the test log. None of the installed
// files needs one today.
var lexExempt = map[string]string{}

// TestLexerMatchesPHP compares the token stream of every PHP file of
// Debian's WordPress, MediaWiki and PHP libraries with token_get_all's.
func TestLexerMatchesPHP(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: compares the lexer with PHP on three large packages")
	}
	php := needTokenizerPHP(t)
	corpus, err := phpcorpus.Files(phpcorpus.Roots)
	if err != nil {
		testtool.SkipOrFail(t, "%v", err)
	}
	files := phpcorpus.Paths(corpus)
	var bytesTotal, tokens, failed, exempted int
	used := map[string]bool{}
	phpTokens(t, php, files, false, func(file string, want []phpToken) {
		src, err := os.ReadFile(file)
		if err != nil {
			t.Errorf("%s: %v", file, err)
			return
		}
		bytesTotal += len(src)
		tokens += len(want)
		diff := lexDiff(src, false, want)
		reason, exempt := lexExempt[file]
		switch {
		case diff == "":
		case exempt:
			used[file] = true
			exempted++
			t.Logf("%s differs as expected (%s): %s", file, reason, diff)
		default:
			failed++
			if failed <= 30 {
				t.Errorf("%s: %s", file, diff)
			}
		}
	})
	for file, reason := range lexExempt {
		if !used[file] {
			t.Logf("exemption no longer needed or file missing: %s (%s)", file, reason)
		}
	}
	t.Logf("%d files, %d bytes, %d tokens: %d differ, %d of them exempt", len(files), bytesTotal, tokens, failed+exempted, exempted)
	if failed > 30 {
		t.Errorf("... %d files differ in all", failed)
	}
}

// TestLexerMatchesPHPOnSnippets compares the lexer with PHP on the table
// tests that PHP 8.2 can show and on random token soups built to reach
// odd corners of the scanner, with short tags off and on.
func TestLexerMatchesPHPOnSnippets(t *testing.T) {
	php := needTokenizerPHP(t)
	dir := t.TempDir()
	var snippets [][]byte
	for _, c := range lexCases {
		if strings.Contains(c.name, " 8.") {
			continue // newer than the PHP at hand
		}
		snippets = append(snippets, []byte("<?php "+c.src))
	}
	for _, s := range lexFuzzSeeds {
		snippets = append(snippets, []byte(s))
	}
	seed, count := uint64(1), 3000
	if v, err := strconv.Atoi(os.Getenv("LEXER_SNIPPETS")); err == nil {
		seed, count = uint64(v), 50000 // a longer local run: LEXER_SNIPPETS=seed
	}
	rng := rand.New(rand.NewPCG(seed, 2))
	for range count {
		snippets = append(snippets, lexRandomPHP(rng))
	}
	var files []string
	for i, s := range snippets {
		f := filepath.Join(dir, fmt.Sprintf("s%05d.php", i))
		if err := os.WriteFile(f, s, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, f)
	}
	for _, short := range []bool{false, true} {
		compared, newer, failed := 0, 0, 0
		phpTokens(t, php, files, short, func(file string, want []phpToken) {
			src, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			if lexNewerThan82(src, short) {
				newer++
				return
			}
			compared++
			if diff := lexDiff(src, short, want); diff != "" {
				failed++
				if failed <= 20 {
					t.Errorf("short tags %v: %q: %s", short, src, diff)
				}
			}
		})
		t.Logf("short tags %v: %d snippets compared, %d skipped for syntax newer than PHP 8.2, %d differ", short, compared, newer, failed)
	}
}

// lexNewerThan82 reports whether src holds a token that PHP 8.2 lexes
// differently: the 8.4 and 8.5 tokens, and "yield from", "&" before a
// variable and "enum" with comments inside (PHP 8.3).
func lexNewerThan82(src []byte, shortTags bool) bool {
	toks := lexAll(src, shortTags)
	for i, t := range toks {
		text := src[t.Start:t.End]
		switch t.Kind {
		case T_PIPE, T_VOID_CAST, T_PUBLIC_SET, T_PROTECTED_SET, T_PRIVATE_SET, T_PROPERTY_C:
			return true
		case T_YIELD_FROM:
			if bytes.ContainsAny(text, "/#") {
				return true
			}
		case T_AMPERSAND_FOLLOWED_BY_VAR_OR_VARARG, T_AMPERSAND_NOT_FOLLOWED_BY_VAR_OR_VARARG, T_ENUM:
			if i+1 < len(toks) && lexNextIsComment(toks[i+1:]) {
				return true
			}
		case T_STRING:
			// "enum" that 8.2's rule (whitespace only) would have read
			// differently.
			if bytes.EqualFold(text, []byte("enum")) && i+1 < len(toks) && lexNextIsComment(toks[i+1:]) {
				return true
			}
		}
	}
	return false
}

// lexNextIsComment reports whether a comment comes before the first token
// that is not whitespace.
func lexNextIsComment(toks []Token) bool {
	for _, t := range toks {
		switch t.Kind {
		case T_WHITESPACE:
		case T_COMMENT, T_DOC_COMMENT:
			return true
		default:
			return false
		}
	}
	return false
}

// lexRandomPHP builds a random snippet from fragments that reach the
// scanner's states and their edges.
func lexRandomPHP(rng *rand.Rand) []byte {
	frags := []string{
		"<?php ", "<?php\n", "<?=", "<?", "?>", "?>\n", "<?php", "<", "html ",
		" ", "\n", "\r\n", "\t", "$a", "$", "${", "{$", "{", "}", "(", ")", "[", "]", "->", "?->",
		"\"", "'", "`", "\\", "#", "#[", "//", "/*", "*/", "/**", " */", "/** ", "?>", "\x00", "\x01",
		"<<<A\n", "<<<'A'\n", "<<<\"A\"\n", "A", "A;", "\nA\n", "\n  A", "\n\tA,", " A", "\n \tA",
		"b'", "b\"", "b<<<A\n", "\\u{41}", "\\u{zz}", "\\u{}", "\\\\", "\\$",
		"&", "&&", "&=", "...", ".", "..", "yield", "from", "enum", "extends", "implements", "Foo",
		"class", "function", "fn", "readonly", "public", "(set)", "__halt_compiler", "namespace", "\\Foo", "Foo\\Bar",
		"0", "1", "089", "0x1F", "0b101", "0o17", "1_000", "1.5", ".5", "1e5", "9223372036854775808", "_",
		"(int)", "( string )", "(void)", "(bool", "int)", "<=>", "<<", "<<=", ">>", "**", "??", "??=", "=>", "|", "||", "|>",
		"0123", "[0]", "[x]", "[$i]", "[-1]", "[ 1]", "$a[", "$a->b", "$a?->b", "${a}", "${a[", "$a[0x", "'\\''",
	}
	n := 1 + rng.IntN(20)
	var b bytes.Buffer
	if rng.IntN(4) != 0 {
		b.WriteString("<?php ")
	}
	for range n {
		b.WriteString(frags[rng.IntN(len(frags))])
	}
	return b.Bytes()
}
