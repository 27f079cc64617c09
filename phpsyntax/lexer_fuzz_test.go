package phpsyntax

import "testing"

// lexFuzzSeeds are inputs at the edges of the scanner's states; the PHP
// differential test runs them too.
var lexFuzzSeeds = []string{
	"",
	"<",
	"<?",
	"<?php",
	"<?php ",
	"<?php\r",
	"<?=",
	"<?php ?>",
	"<?php ?>\r\n<?php ?>",
	"x<?php",
	"<?php <<<A\nA\n",
	"<?php <<<A\nA",
	"<?php <<<A\n\nA;",
	"<?php <<<A\n",
	"<?php <<<'A'\nA",
	"<?php <<<'A'\n\n  A,",
	"<?php <<<\"A\"\r\n\r\nA\r\n",
	"<?php <<<A\n $a\n A\n",
	"<?php <<<A\n{$a(<<<B\nB)}\nA;",
	"<?php <<<A\n{$a(<<<B\n  b\n  B)}\n    A;",
	"<?php <<<A\n{$a)}\n  A;",
	"<?php <<<A\n{$a(\"\\u{zz}\")}\n  A;",
	"<?php <<<A\n  {$a[089]}\n  A;",
	"<?php <<<A\n \t A\n",
	"<?php \"${",
	"<?php \"${a",
	"<?php \"${a[",
	"<?php \"{$a[",
	"<?php \"{$",
	"<?php \"$a[",
	"<?php \"$a[ ",
	"<?php \"$a[0x",
	"<?php \"$a->",
	"<?php \"$a?->b",
	"<?php 'abc",
	"<?php \"abc",
	"<?php `abc $x",
	"<?php b\"x$y",
	"<?php /* x",
	"<?php /** ",
	"<?php /* ?> */ x",
	"<?php // ?> x",
	"<?php # ?> x",
	"<?php #[x] ?>",
	"<?php $a->/* ?> */b",
	"<?php $a-> # x\n b",
	"<?php & #\n$x",
	"<?php & #\nfoo\n$x",
	"<?php yield #\nfrom\nfrom x",
	"<?php enum #\nextends\nFoo",
	"<?php yield from",
	"<?php enum",
	"<?php &",
	"<?php __halt_compiler",
	"<?php __halt_compiler(); data",
	"<?php __halt_compiler?>x<?php y",
	"<?php (int",
	"<?php ( int )",
	"<?php 0x",
	"<?php 1e",
	"<?php 1_",
	"<?php 089",
	"<?php 0b",
	"<?php .",
	"<?php ..",
	"<?php \\",
	"<?php namespace\\",
	"<?php $",
	"<?php \x00\x01\x7f\xff",
	"<?php }}}",
	"<?php ]])))",
}

// FuzzLexer checks the lexer's invariants on any input: it ends, and its
// tokens are contiguous, cover the input and never go backwards.
func FuzzLexer(f *testing.F) {
	for _, s := range lexFuzzSeeds {
		f.Add([]byte(s), false)
		f.Add([]byte(s), true)
	}
	f.Fuzz(func(t *testing.T, src []byte, shortTags bool) {
		lexCheckCover(t, src, shortTags)
	})
}
