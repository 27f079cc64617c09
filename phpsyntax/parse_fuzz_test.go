package phpsyntax

import (
	"bytes"
	"crypto/sha256"
	"fmt"
	"io"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/phpleak/phpleak/ir"
)

// fuzzSeeds are inputs at the edges of the lexer and the parser: string
// and heredoc interpolation, tags, unterminated constructs, casts, names
// made of keywords, version-dependent syntax, odd bytes and nesting.
var fuzzSeeds = []string{
	"",
	"<?php",
	"<?php ",
	"<?",
	"<?=",
	"<?= $a ?>",
	"<? echo 1; ?>",
	"<?php ?>?>",
	"a<?php echo 1 ?>\nb<?= $x ?>\r\nc",
	"#!/usr/bin/env php\n<?php echo 1;",
	"\xef\xbb\xbf<?php echo 1;",
	"<?php\r\n$a = 1;\r\n$b = ;\r\n",
	"<?php\r$a = 1;\r$b = ;\r",
	"<?php /* unterminated",
	"<?php /** doc */ function f() {}",
	"<?php // comment ?> html",
	"<?php # comment\n#[A] function f() {}",
	"<?php 'unterminated",
	"<?php \"unterminated $a",
	"<?php `ls $dir",
	"<?php \"$a[0] $a[b] $a[-1] $a[$b] $a->b $a?->b {$a['b']->c()} ${a} ${a['b']} {$a::$b}\";",
	"<?php \"\\u{1F600} \\x41 \\101 \\$a {\\$a}\";",
	"<?php \"${\";",
	"<?php \"{$\";",
	"<?php \"$a[\";",
	"<?php \"$a->\";",
	"<?php $s = <<<EOT\n  a $b {$c['d']} ${e}\n  EOT;\n",
	"<?php $s = <<<'EOT'\nraw $x\nEOT;\n",
	"<?php $s = <<<\"EOT\"\n$x\nEOT;\n",
	"<?php $s = <<<EOT\n  a\n b\n  EOT;\n",
	"<?php $s = <<<EOT\n\t a\n \t EOT;\n",
	"<?php $s = <<<EOT\nEOT",
	"<?php $s = <<<EOT\n",
	"<?php $s = <<<EOT\nEOTX\nEOT;",
	"<?php $x = [<<<A\n  one\n  A, 2];",
	"<?php echo <<<X\n  a\n   b\n  X . 'c';",
	"<?php __halt_compiler(); garbage ) ( }",
	"<?php __halt_compiler",
	"<?php __HALT_COMPILER() ?>data",
	"<?php $x = 0x1F + 0b11 + 0o17 + 017 + 1_000_000 + 1.5e3 + .5 + 1e + 0x + 1__0 + 09;",
	"<?php $x = 9223372036854775808; $y = 0xFFFFFFFFFFFFFFFFF;",
	"<?php $a = (int) $b . ( string ) $c . (bool)$d . (float) $e . (array) $f . (object) $g . (binary) $h . (unset) $i . (void) $j . (integer) $k . (real) $l;",
	"<?php (void) f();",
	"<?php $a = $b{0};",
	"<?php function readonly() {} readonly(); class Enum {} function enum() {} $e = new Enum;",
	"<?php enum E: string { case A = 'a'; case B; const C = self::A; }",
	"<?php enum extends {}",
	"<?php readonly class P { public function __construct(public readonly int $x) {} }",
	"<?php function f((A&B)|null $x): (A&B)|C {}",
	"<?php function f(A & $x, A &...$y, A&B $z) {}",
	"<?php class C { const string NAME = 'x'; const int|string U = 2; }",
	"<?php class C { public string $name { get => $this->name; set => trim($value); } }",
	"<?php class C { public private(set) int $a; protected(set) string $b; }",
	"<?php class C { public function __construct(final public int $x) {} }",
	"<?php $x = new Foo()->bar(); $y = new Foo()::CONST; $z = new class {}->m();",
	"<?php $r = $x |> trim(...) |> strlen(...);",
	"<?php $c = clone($o, ['a' => 1]);",
	"<?php #[A] #[B(1, c: 2)] function f(#[C] $x) {} #[",
	"<?php echo match ($x) { 1, 2 => 'a', default => 'b', };",
	"<?php echo match ($x) {};",
	"<?php $f = fn&(array &$x) => $x; $g = static fn() => 1; $h = function &() use (&$a, $b): ?int { return 1; };",
	"<?php namespace A\\B; use C\\D, E\\F as G; use function H\\i; use const J\\K; use L\\{M, N as O, function p, const Q};",
	"<?php namespace A { } namespace { } namespace\\f();",
	"<?php namespace\\",
	"<?php \\",
	"<?php A\\",
	"<?php class A extends B implements C { use E, F { E::m insteadof F; F::m as protected n; m as o; } }",
	"<?php if ($a): ?>x<?php elseif ($b): ?>y<?php else: ?>z<?php endif; ?>",
	"<?php switch ($a): case 1; default: endswitch;",
	"<?php declare(ticks=1): enddeclare; declare(strict_types=1);",
	"<?php a: goto a;",
	"<?php list($a, list(, $b)) = $x; [$a, [$b], 'k' => &$c] = $y; [, ,] = $z;",
	"<?php $$a = 1; ${'b'} = 2; $c->$d = 3; $e->{$f} = 4; $g::$h = 5; $i::{$j}(); $$$k;",
	"<?php $x = yield; $y = yield $k => $v; $z = yield from g(); f(yield $a);",
	"<?php f(a: 1, ...$b); $o?->m()?->n; $c = strlen(...); A::m(...);",
	"<?php $a = \"abc\"[0]; $b = [1, 2][0]; $c = FOO[0]; $d = A::B[0]; $e = (fn() => 1)();",
	"<?php new static; new self(); new parent; new $cls; new $obj->cls; new ($a . 'b'); new $a['k']; new;",
	"<?php $a = 1 <=> 2 ?? 3 ?: 4 ** 5 instanceof A and $b or $c xor $d;",
	"<?php $a == $b == $c; $a < $b > $c;",
	"<?php try {} catch (A | B $e) {} catch (C) {} finally {}",
	"<?php try {}",
	"<?php function f(): never { throw new E(); } $f = fn() => throw new E();",
	"<?php static $a = 1, $b; global $c, $$d; static::f();",
	"<?php print print 1; include include 'x'; echo exit, die(), exit(1);",
	"<?php $a = isset($b, $c[1],); $d = empty($e); unset($f,);",
	"<?php class C { function list() {} function new() {} const class = 1; public $fn; }",
	"<?php $x->class; A::class; $o::class; A::CLASS;",
	"<?php function f() { return; } function &g() { static $x; return $x; }",
	"<?php $a = (",
	"<?php $a = [",
	"<?php {",
	"<?php }",
	"<?php )",
	"<?php function",
	"<?php class",
	"<?php class C {",
	"<?php class C { public",
	"<?php $a->",
	"<?php $a::",
	"<?php $",
	"<?php $1",
	"<?php ?",
	"<?php &",
	"<?php \x00\x01\x7f\xff",
	"<?php $é = 'ü'; function ñ() {} echo \"$é\";",
	"<?php echo \"\xff\xfe $a\";",
	"<?php\n\n\n",
	"\n\n<?php\n\n$a = (\n\n",
	"<?php " + strings.Repeat("(", 100) + "1" + strings.Repeat(")", 100) + ";",
	"<?php " + strings.Repeat("[", 3000),
	"<?php " + strings.Repeat("!", 5000) + "$a;",
	"<?php " + strings.Repeat("{", 1500) + strings.Repeat("}", 1500),
	"<?php " + strings.Repeat("f(", 2500),
	"<?php $a = " + strings.Repeat("$b . ", 300) + "$c;",
	"<?php " + strings.Repeat("\"{$a[", 500),
	"<?php " + strings.Repeat("<<<A\n", 300),
}

// fuzzOptions are the settings every input is parsed with.
var fuzzOptions = []Options{
	{},
	{Version: Version{8, 2}},
	{Version: Version{5, 6}, ShortTags: true},
}

// FuzzParse: for any input, Parse does not panic or hang, returns a file
// unless the input is nested too deeply, gives every error a position
// inside the file (line 1 to one past the last line, column from 1), and
// gives the same IR and errors when run twice.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		lines := countLines(src)
		for _, opt := range fuzzOptions {
			file, errs := fuzzParseOnce(t, src, opt)
			if file == nil {
				deep := false
				for _, e := range errs {
					deep = deep || strings.Contains(e.Msg, "nesting deeper than")
				}
				if !deep {
					t.Fatalf("%+v: no file, and no error says the input is too deeply nested: %v", opt, errs)
				}
			}
			for _, e := range errs {
				if e.Line < 1 || e.Col < 1 || e.Line > lines+1 {
					t.Errorf("%+v: error at %d:%d in a file of %d lines: %s", opt, e.Line, e.Col, lines, e.Msg)
				}
				if e.Kind != ErrSyntax && e.Kind != ErrVersion {
					t.Errorf("%+v: error of kind %d: %s", opt, e.Kind, e.Msg)
				}
				if e.Msg == "" {
					t.Errorf("%+v: error at %d:%d without a message", opt, e.Line, e.Col)
				}
			}
			file2, errs2 := fuzzParseOnce(t, src, opt)
			if fuzzDumpHash(file) != fuzzDumpHash(file2) {
				t.Fatalf("%+v: two parses differ:\n%s", opt, fuzzFirstDiff(fuzzDump(file), fuzzDump(file2)))
			}
			if !reflect.DeepEqual(errs, errs2) {
				t.Fatalf("%+v: two parses give different errors:\n%v\n%v", opt, errs, errs2)
			}
		}
	})
}

// fuzzParseOnce parses src, failing the test on a panic (with the
// stack) or when Parse runs for more than a generous minute.
func fuzzParseOnce(t *testing.T, src []byte, opt Options) (*ir.File, []Error) {
	t.Helper()
	type out struct {
		f     *ir.File
		errs  []Error
		panic any
	}
	done := make(chan out, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- out{panic: r}
			}
		}()
		f, errs := Parse("fuzz.php", "/fuzz/fuzz.php", src, opt)
		done <- out{f: f, errs: errs}
	}()
	select {
	case o := <-done:
		if o.panic != nil {
			t.Fatalf("%+v: Parse panics: %v", opt, o.panic)
		}
		return o.f, o.errs
	case <-time.After(time.Minute):
		t.Fatalf("%+v: Parse has not returned after a minute on %d bytes", opt, len(src))
		return nil, nil
	}
}

// fuzzDumpHash hashes a file's dump: the dump of a deeply nested file
// is large (its indentation grows with the depth, ~300 MB for a chain of
// 3,000 concatenations), too large to keep two of.
func fuzzDumpHash(f *ir.File) [sha256.Size]byte {
	h := sha256.New()
	if f == nil {
		io.WriteString(h, "<nil>")
	} else {
		ir.Dump(h, f)
	}
	var out [sha256.Size]byte
	h.Sum(out[:0])
	return out
}

func fuzzDump(f *ir.File) string {
	if f == nil {
		return "<nil>"
	}
	var b bytes.Buffer
	ir.Dump(&b, f)
	return b.String()
}

func fuzzFirstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			from := max(0, i-5)
			return fmt.Sprintf("first:\n%s\nsecond:\n%s",
				strings.Join(al[from:min(len(al), i+3)], "\n"), strings.Join(bl[from:min(len(bl), i+3)], "\n"))
		}
	}
	return fmt.Sprintf("%d lines vs %d", len(al), len(bl))
}
