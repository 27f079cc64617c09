package phpsyntax

import (
	"fmt"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/ir"
)

func parseOK(t *testing.T, src string) *ir.File {
	t.Helper()
	f, errs := Parse("t.php", "t.php", []byte(src), Options{})
	for _, e := range errs {
		t.Errorf("%d:%d: %s\nin:\n%s", e.Line, e.Col, e.Msg, src)
	}
	if f == nil {
		t.Fatalf("no file for:\n%s", src)
	}
	return f
}

// dump renders a file's IR for assertions.
func dump(f *ir.File) string {
	var b strings.Builder
	ir.Dump(&b, f)
	return b.String()
}

// TestSyntaxAccepted: every construct of PHP 5 to 8.5 parses without an
// error. Constructs newer than this machine's php are written from the
// RFCs' examples.
func TestSyntaxAccepted(t *testing.T) {
	for _, src := range []string{
		"",
		"<?php",
		"<?php\n",
		"html only",
		"<?php ?>",
		"a<?php echo 1 ?>b<?= $x ?>c",
		"<?php if ($a): ?>x<?php elseif ($b): ?>y<?php else: ?>z<?php endif; ?>",
		"<?php while ($a): $a--; endwhile; for (;;): break; endfor; foreach ($a as $v): endforeach;",
		"<?php switch ($a): case 1: break; default: endswitch;",
		"<?php switch ($a) { case 1; case 2: break; default: }",
		"<?php declare(strict_types=1);",
		"<?php declare(ticks=1) { $a = 1; } declare(ticks=1): $b = 2; enddeclare;",
		"<?php $s = <<<EOT\n  a $b {$c['d']} ${e} ${f['g']} $h->i $j[0] $k[l] $m[$n]\n  EOT;\n",
		"<?php $s = <<<'EOT'\nraw $x\nEOT;\n",
		"<?php $s = <<<Q\nQ;\n",
		"<?php $x = [<<<A\n  one\n  A, 2];",
		"<?php $s = \"a $b->c d {$e->f()} ${g}\"; $t = `ls $dir`;",
		"<?php $a = (int) $b . (string) $c . (bool) $d . (float) $e . (array) $f . (object) $g . (binary) $h;",
		"<?php __halt_compiler(); garbage ) ( }",
		"<?php a: goto a;",
		"<?php list($a, list($b, $c)) = $x; [$a, [$b]] = $y; ['k' => $v, 'l' => &$w] = $z; [, $b] = $c;",
		"<?php $$a = 1; ${'b'} = 2; $c->$d = 3; $e->{$f} = 4; $g::$h = 5; $i = $$j['k'];",
		"<?php #[A] #[B(1, c: 2)] function f(#[C] $x) {} #[D] class E { #[F] const G = 1; #[H] public $i; #[J] function k() {} }",
		"<?php $f = #[A] fn($x) => $x; $g = #[B] static function () {};",
		"<?php echo match ($x) { 1, 2 => 'a', default => 'b', };",
		"<?php enum Suit: string implements I { case Hearts = 'H'; case PUBLIC = 'P'; case DEFAULT = 'D'; const X = self::Hearts; public function f(): string { return $this->value; } }",
		"<?php enum E { case A; case B; }",
		"<?php readonly class P { public function __construct(public readonly int $x, protected readonly ?string $y = null) {} }",
		"<?php f(a: 1, b: 2); $o->m(...$args); $o?->m()?->n; $c = strlen(...); $d = $o->m(...); $e = A::m(...);",
		"<?php function f((A&B)|null $x): (A&B)|C {}",
		"<?php function f(A&B $x, A|B|null $y, ?A $z, int|false $w): static|null {}",
		"<?php class C { const string NAME = 'x'; const ?int N = 1; const int|string U = 2; const self X = new self; }",
		"<?php $x = C::{$name}; $y = C::{'a' . 'b'}();",
		"<?php class C { public string $name { get => strtoupper($this->name); set => trim($value); } }",
		"<?php class C { public string $a { get { return $this->a; } set(string $v) { $this->a = $v; } } }",
		"<?php class C { public int $b { &get => $this->b; final set { $this->b = $value; } } }",
		"<?php interface I { public string $p { get; } public int $q { set; } }",
		"<?php abstract class A { abstract public string $p { get; } }",
		"<?php class C { public function __construct(public string $p { set => strtolower($value); }) {} }",
		"<?php class C { public private(set) int $a; protected(set) string $b; private(set) array $c; public function __construct(public private(set) int $d) {} }",
		"<?php $x = new Foo()->bar(); $y = new Foo()::CONST; $z = new Foo()['k']; $w = new class {}->m();",
		"<?php $r = $x |> trim(...) |> strlen(...);",
		"<?php $c = clone($o, ['a' => 1]); $d = clone $o; $e = clone($o);",
		"<?php (void) f();",
		"<?php class C { public function __construct(final public int $x) {} }",
		"<?php #[A] const X = 1; const Y = static function () {}; const Z = strlen(...);",
		"<?php $f = fn&(array &$x) => $x; $g = static fn() => 1; $h = function &() use (&$a, $b): ?int { return 1; };",
		"<?php try {} catch (A | B $e) {} catch (C) {} finally {}",
		"<?php namespace A\\B; use C\\D, E\\F as G; use function H\\i; use const J\\K; use L\\{M, N as O, function p, const Q};",
		"<?php namespace A { function f() {} } namespace { f(); }",
		"<?php $a = namespace\\f(); $b = \\g(); $c = A\\h();",
		"<?php class A extends B implements C, D { use E, F { E::m insteadof F; F::m as protected n; m as o; p as public; } }",
		"<?php trait T { abstract public function a(); public static function b() {} }",
		"<?php interface I extends J, K { const X = 1; public function f(); }",
		"<?php $a = 1 <=> 2; $b = $c ?? $d ??= $e; $f **= 2; $g = -$h ** 2; $i = !$j instanceof K; $k = $l and $m or $n xor $o;",
		"<?php $a = $b ? $c : ($d ? $e : $f); $g = $h ?: $i;",
		"<?php static $a = 1, $b; global $c, $$d;",
		"<?php $x = yield; $y = yield $k => $v; $z = yield from g(); foo(yield $a);",
		"<?php $a = array(1, 'b' => 2, ...$c, &$d); $e = [1, 2,];",
		"<?php print $a; $b = print 1; include 'x.php'; require_once __DIR__ . '/y.php'; $c = eval('1;'); exit; die('x'); exit(1);",
		"<?php function readonly() {} readonly(); class Enum {} $e = new Enum; function enum() {}",
		"<?php $a = isset($b, $c[1],); $d = empty($e); unset($f, $g['h'],);",
		"<?php $x = 0x1F + 0b11 + 0o17 + 017 + 1_000_000 + 1.5e3 + .5;",
		"<?php $o = new class(1) extends A implements B { public function __construct($x) {} };",
		"<?php $a = &$b; $c = &f(); $d = [&$e]; foreach ($f as $k => &$v) {} foreach ($g as [$h, $i]) {}",
		"<?php if ($a) { } elseif ($b) { } else if ($c) { } else { }",
		"<?php do { } while (0); for ($i = 0, $j = 1; $i < 1, $j < 2; $i++, $j++) {}",
		"<?php throw new E(); $f = fn() => throw new E();",
		"<?php $x = $a->class; $y = $a->list(); $z = A::new(); $w = A::class; $v = $o::class;",
		"<?php new static; new self(); new parent; new $cls; new $obj->cls; new ($a . 'b'); new $a['k'];",
		"<?php $a = \"{$b[1]['c']}\" . \"$d[-1]\" . \"${e}\";",
		"<?php echo <<<X\n  a\n   b\n  X . 'c';",
		"<?php $x = (fn() => 1)(); $y = (function () {})(); $z = 'strlen'('a'); $w = [$o, 'm'](); $v = 'A'::m();",
		"<?php $a = \"abc\"[0]; $b = [1, 2][0]; $c = FOO[0]; $d = A::B[0]; $e = \"s\"->x ?? 1;",
		"<?php function g() { $a = yield or $b; $x = yield ?? 1; $y = $a ? yield : 1; $z = match($a) { 1 => yield }; $w = yield - 1; }",
		"<?php $a = clone(...); $b = clone(...$args); $c = clone(object: $o); $d = clone($o, ['x' => 1]); $e = clone ($o)->copy();",
		"<?php ($a)->b = 1; ($c)[0] = 2;",
	} {
		t.Run("", func(t *testing.T) { parseOK(t, src) })
	}
}

// TestSyntaxRejected: what PHP refuses is reported at the line PHP names.
func TestSyntaxRejected(t *testing.T) {
	for _, tc := range []struct {
		src  string
		line int
	}{
		{"<?php\n$a = ;\n", 2},
		{"<?php\nfunction f() {\n", 3},
		{"<?php\n$a = 1\n$b = 2;\n", 3},
		{"<?php\nclass { }\n", 2},
		{"<?php\n$a == $b == $c;\n", 2},
		{"<?php\nfunction f() { use A; }\n", 2},
		{"<?php\nclass C { function }\n", 2},
		{"<?php\n$x = new Foo->bar;\n", 2},
		{"<?php\n1->x;\n", 2},
		{"<?php\nif ($a) {\n} else {\n", 4},
		{"<?php\n$a = 'unterminated;\n", 2},
		{"<?php\n$a instanceof B instanceof C;\n", 2},
		{"<?php\n($a) = 1;\n", 2},
		{"<?php\n$x = (void) f();\n", 2},
		{"<?php\n#[A] $x = 1;\n", 2},
		// an empty attribute group
		{"<?php\n#[]\nclass A {}\n", 2},
		// a declaration as a control structure's one statement
		{"<?php\nif ($a) class A {}\n", 2},
		{"<?php\nwhile ($a)\n  interface I {}\n", 3},
		{"<?php\nif ($a) {} else abstract class D {}\n", 2},
		{"<?php\nif ($a) function g() {}\n", 2},
		// a string left open by a stray quote: where it ends
		{"<?php\nreturn \"a\"';\n$b = 1;\n'c;\n", 4},
		// …but one left open to the end of the file: where it starts,
		// as PHP's scanner hands it over before counting its lines
		{"<?php\nf(\"a\"', 0);\n$b = 1;\n", 2},
	} {
		_, errs := Parse("t.php", "t.php", []byte(tc.src), Options{})
		if len(errs) == 0 || errs[0].Kind != ErrSyntax || errs[0].Line != tc.line {
			t.Errorf("%q: errors %v, want a syntax error on line %d", tc.src, errs, tc.line)
		}
	}
}

// TestRecovery: an error in one statement or member loses only that
// construct.
func TestRecovery(t *testing.T) {
	src := `<?php
class A {
	public function broken() { $x = ; }
	public function ok() { self::$s[] = 1; }
	public $p = ;
	public function ok2() {}
}
function g() { $a = ( ; }
function h() { return new B(); }
`
	f, errs := Parse("t.php", "t.php", []byte(src), Options{})
	if len(errs) != 3 {
		t.Errorf("errors = %v, want 3", errs)
	}
	var names []string
	for _, fn := range f.Funcs {
		names = append(names, fn.Name)
	}
	if got, want := strings.Join(names, ","), "broken,ok,ok2,g,h"; got != want {
		t.Errorf("funcs = %s, want %s", got, want)
	}
}

// TestRecoveryKeepsCode: an error inside braces a statement or member
// opened (a match, an interpolation, a hook list) ends that construct
// only; an unclosed brace at the end of the file keeps what was read.
func TestRecoveryKeepsCode(t *testing.T) {
	for _, tc := range []struct {
		src   string
		funcs string // name:statements of each function, in order
	}{
		{"<?php\nfunction f() { $x = match($a) { 1 => 2 3 => 4 }; $leak = new A(); }\n", "f:1"},
		{"<?php\nfunction f() { $s = \"a {$x->} b\"; $leak = new A(); }\n", "f:1"},
		{"<?php\nclass C { public int $p { get => $this->p } public function m() { $a = 1; } }\n", "m:1"},
		{"<?php\nclass A { function f() { $this->c[] = new X(); } function g() { if ($x) { }", "f:1,g:1"},
	} {
		f, errs := Parse("t.php", "t.php", []byte(tc.src), Options{})
		if len(errs) == 0 {
			t.Errorf("%q: no error", tc.src)
		}
		var got []string
		for _, fn := range f.Funcs {
			got = append(got, fmt.Sprintf("%s:%d", fn.Name, len(fn.Body)))
		}
		if strings.Join(got, ",") != tc.funcs {
			t.Errorf("%q: functions %v, want %s", tc.src, got, tc.funcs)
		}
		for _, fn := range f.Funcs {
			if fn.Class != nil && !slices.Contains(f.Classes, fn.Class) {
				t.Errorf("%q: method %s of a class the file lacks", tc.src, fn.Name)
			}
		}
		if len(f.Main.Body) != 0 {
			t.Errorf("%q: %d statements leaked into the file's body", tc.src, len(f.Main.Body))
		}
	}
}

// TestRecoveryInArray: a broken statement in a closure inside an array
// literal leaves none of its own array's items to the enclosing literal.
func TestRecoveryInArray(t *testing.T) {
	src := "<?php\n$a = ['x' => function () { $b = [1, 2, foo(; }, 'y' => 2];\n$c = [3, 4];\n"
	f, errs := Parse("t.php", "t.php", []byte(src), Options{})
	if len(errs) == 0 {
		t.Fatal("no error")
	}
	var sizes []int
	for _, st := range f.Main.Body {
		if es, ok := st.(*ir.ExprStmt); ok {
			if a, ok := es.X.(*ir.Assign); ok {
				if arr, ok := a.Src.(*ir.Array); ok {
					sizes = append(sizes, len(arr.Items))
				}
			}
		}
	}
	if fmt.Sprint(sizes) != "[2 2]" {
		t.Errorf("array sizes %v, want [2 2] (x and y; 3 and 4)", sizes)
	}
}

// TestHashBracketBeforePHP8: before PHP 8.0, #[ starts a comment.
func TestHashBracketBeforePHP8(t *testing.T) {
	src := []byte("<?php\nfunction f() { #[todo] remove this hack\n $this->cache[] = new Big(); }\n")
	f, errs := Parse("t.php", "t.php", src, Options{Version: Version{7, 4}})
	if len(errs) != 0 || len(f.Funcs) != 1 || len(f.Funcs[0].Body) != 1 {
		t.Errorf("7.4: errors %v, file %s", errs, dump(f))
	}
	f = parseOK(t, "<?php\n#[A]\nfunction f() {}\n")
	if len(f.Funcs[0].Attrs) != 1 {
		t.Errorf("8.x: attributes %v", f.Funcs[0].Attrs)
	}
}

// TestVersionNotes: syntax newer than the project's PHP is analysed and
// noted once per construct and file.
func TestVersionNotes(t *testing.T) {
	src := "<?php\nclass C { public string $a { get => 1; } public int $b { get => 2; } }\n$x = $y |> f(1);\n"
	f, errs := Parse("t.php", "t.php", []byte(src), Options{Version: Version{8, 2}})
	if f == nil || len(f.Classes) != 1 {
		t.Fatalf("file not analysed")
	}
	var msgs []string
	for _, e := range errs {
		if e.Kind != ErrVersion {
			t.Errorf("unexpected error %v", e)
		}
		msgs = append(msgs, fmt.Sprintf("%d:%s", e.Line, e.Msg))
	}
	want := []string{
		"2:property hooks need PHP 8.4; the project's version is 8.2",
		"3:pipe operators (|>) need PHP 8.5; the project's version is 8.2",
	}
	if got := strings.Join(msgs, "\n"); got != strings.Join(want, "\n") {
		t.Errorf("notes:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
	if _, errs := Parse("t.php", "t.php", []byte(src), Options{Version: Version{8, 5}}); len(errs) != 0 {
		t.Errorf("8.5: notes %v, want none", errs)
	}
	// removed syntax is noted for projects on a version without it
	old := "<?php\n$a = $b{0} . $c{1};\n"
	if _, errs := Parse("t.php", "t.php", []byte(old), Options{Version: Version{7, 4}}); len(errs) != 0 {
		t.Errorf("7.4: %v, want no note", errs)
	}
	_, errs = Parse("t.php", "t.php", []byte(old), Options{Version: Version{8, 0}})
	if len(errs) != 1 || errs[0].Kind != ErrVersion || errs[0].Line != 2 {
		t.Errorf("8.0: %v, want one note on line 2", errs)
	}
}

// TestNewSyntaxIR: the IR of PHP 8.3–8.5 constructs, with positions.
func TestNewSyntaxIR(t *testing.T) {
	f := parseOK(t, "<?php\nclass C {\n  public array $items { set { $this->items[] = $value; } }\n}\n$r = new C()->m();\n$s = $x |> f(...);\n")
	var hook *ir.Func
	for _, fn := range f.Funcs {
		if fn.Name == "$items::set" {
			hook = fn
		}
	}
	if hook == nil || hook.Class == nil || hook.Class.Name != "C" || len(hook.Params) != 1 || hook.Params[0].Name != "value" {
		t.Fatalf("set hook not lowered as a method: %v", hook)
	}
	if want := (ir.Pos{Line: 3, Col: 25, EndLine: 3, EndCol: 57}); hook.Pos != want {
		t.Errorf("hook pos %v, want %v", hook.Pos, want)
	}
	st := f.Main.Body[0].(*ir.ExprStmt).X.(*ir.Assign)
	mc, ok := st.Src.(*ir.MethodCall)
	if !ok || mc.Name != "m" {
		t.Fatalf("new C()->m() = %#v", st.Src)
	}
	if n, ok := mc.Recv.(*ir.New); !ok || n.Class != "C" || n.P != (ir.Pos{Line: 5, Col: 6, EndLine: 5, EndCol: 13}) {
		t.Errorf("receiver %#v", mc.Recv)
	}
	// $x |> f(...) is the call f($x)
	pipe, ok := f.Main.Body[1].(*ir.ExprStmt).X.(*ir.Assign).Src.(*ir.Call)
	if !ok || pipe.Name != "f" || pipe.FirstClass || len(pipe.Args) != 1 || pipe.P != (ir.Pos{Line: 6, Col: 6, EndLine: 6, EndCol: 18}) {
		t.Fatalf("pipe %#v", f.Main.Body[1].(*ir.ExprStmt).X.(*ir.Assign).Src)
	}
	if v, ok := pipe.Args[0].(*ir.Var); !ok || v.Name != "x" {
		t.Errorf("pipe argument %#v", pipe.Args[0])
	}
}

// find returns the first IR node, in source order of the walk, for which
// match is true.
func find(f *ir.File, match func(any) bool) any {
	var found any
	var walk func(v reflect.Value)
	walk = func(v reflect.Value) {
		if found != nil || !v.IsValid() {
			return
		}
		switch v.Kind() {
		case reflect.Interface, reflect.Pointer:
			if v.IsNil() {
				return
			}
			if v.Kind() == reflect.Pointer && match(v.Interface()) {
				found = v.Interface()
				return
			}
			walk(v.Elem())
		case reflect.Struct:
			for i := 0; i < v.NumField(); i++ {
				switch v.Type().Field(i).Name {
				case "Parent", "File", "Class", "Anon":
					continue
				}
				if v.Type().Field(i).IsExported() {
					walk(v.Field(i))
				}
			}
		case reflect.Slice:
			for i := 0; i < v.Len(); i++ {
				walk(v.Index(i))
			}
		}
	}
	walk(reflect.ValueOf(f.Main))
	for _, fn := range f.Funcs {
		walk(reflect.ValueOf(fn))
	}
	for _, c := range f.Classes {
		walk(reflect.ValueOf(c))
	}
	return found
}

func pos(x any) ir.Pos {
	switch x := x.(type) {
	case *ir.Func:
		return x.Pos
	case *ir.Param:
		return x.Pos
	case *ir.Property:
		return x.Pos
	case *ir.Class:
		return x.Pos
	case ir.Expr:
		return x.Span()
	case ir.Stmt:
		return x.Span()
	}
	return ir.Pos{}
}

// TestNewSyntaxPositions: each construct of PHP 8.3 to 8.5 lowers to the
// node it means, at the position of its text (from the RFCs' examples).
func TestNewSyntaxPositions(t *testing.T) {
	other := func(op string) func(any) bool {
		return func(x any) bool { o, ok := x.(*ir.Other); return ok && o.Op == op }
	}
	for _, tc := range []struct {
		name, src string
		match     func(any) bool
		want      ir.Pos
	}{
		{"8.3 typed class constant", "<?php\nclass C {\n    const string NAME = 'x';\n    public function m() {}\n}\n",
			func(x any) bool { f, ok := x.(*ir.Func); return ok && f.Name == "m" }, ir.Pos{Line: 4, Col: 5, EndLine: 4, EndCol: 27}},
		{"8.3 dynamic class constant fetch", "<?php\n$v = Foo::{$name};\n",
			func(x any) bool { c, ok := x.(*ir.ClassConst); return ok && c.Class == "Foo" && c.Name == "" }, ir.Pos{Line: 2, Col: 6, EndLine: 2, EndCol: 18}},
		{"8.3 readonly anonymous class", "<?php\n$o = new readonly class {};\n",
			func(x any) bool { n, ok := x.(*ir.New); return ok && n.Anon != nil }, ir.Pos{Line: 2, Col: 6, EndLine: 2, EndCol: 27}},
		{"8.4 get hook", "<?php\nclass U {\n    public string $full { get => $this->first . ' ' . $this->last; }\n}\n",
			func(x any) bool { f, ok := x.(*ir.Func); return ok && f.Name == "$full::get" }, ir.Pos{Line: 3, Col: 27, EndLine: 3, EndCol: 67}},
		{"8.4 set hook body", "<?php\nclass U {\n    public string $name {\n        set(string $v) { $this->name = strtolower($v); }\n    }\n}\n",
			func(x any) bool { f, ok := x.(*ir.Func); return ok && f.Name == "$name::set" }, ir.Pos{Line: 4, Col: 9, EndLine: 4, EndCol: 57}},
		{"8.4 short set hook stores", "<?php\nclass U {\n    public array $xs { set => array_values($value); }\n}\n",
			func(x any) bool { a, ok := x.(*ir.Assign); return ok && a.Dst.(*ir.Prop).Name == "xs" }, ir.Pos{Line: 3, Col: 31, EndLine: 3, EndCol: 51}},
		{"8.4 hook on a promoted parameter", "<?php\nclass P {\n    public function __construct(public string $n { set => trim($value); }) {}\n}\n",
			func(x any) bool { p, ok := x.(*ir.Param); return ok && p.Name == "n" && p.Promoted }, ir.Pos{Line: 3, Col: 33, EndLine: 3, EndCol: 74}},
		{"8.4 asymmetric visibility", "<?php\nclass A {\n    public private(set) int $count = 0;\n}\n",
			func(x any) bool { p, ok := x.(*ir.Property); return ok && p.Name == "count" }, ir.Pos{Line: 3, Col: 29, EndLine: 3, EndCol: 39}},
		{"8.4 new without parentheses", "<?php\n$r = new Request()->withMethod('GET');\n",
			func(x any) bool { m, ok := x.(*ir.MethodCall); return ok && m.Name == "withMethod" }, ir.Pos{Line: 2, Col: 6, EndLine: 2, EndCol: 38}},
		{"8.4 __PROPERTY__", "<?php\nclass A { public int $p { get => strlen(__PROPERTY__); } }\n",
			func(x any) bool { l, ok := x.(*ir.Lit); return ok && l.Kind == ir.LitMagic }, ir.Pos{Line: 2, Col: 41, EndLine: 2, EndCol: 53}},
		{"8.5 pipe: the outer call", "<?php\n$n = $s |> trim(...) |> strlen(...);\n",
			func(x any) bool { c, ok := x.(*ir.Call); return ok && c.Name == "strlen" }, ir.Pos{Line: 2, Col: 6, EndLine: 2, EndCol: 36}},
		{"8.5 pipe: the inner call", "<?php\n$n = $s |> trim(...) |> strlen(...);\n",
			func(x any) bool { c, ok := x.(*ir.Call); return ok && c.Name == "trim" }, ir.Pos{Line: 2, Col: 6, EndLine: 2, EndCol: 21}},
		{"8.5 pipe into a closure", "<?php\n$n = $s |> fn($x) => $x . '!';\n",
			func(x any) bool { c, ok := x.(*ir.Call); return ok && c.Callee != nil }, ir.Pos{Line: 2, Col: 6, EndLine: 2, EndCol: 30}},
		{"8.5 clone with", "<?php\n$b = clone($a, ['x' => 1]);\n",
			other("clone"), ir.Pos{Line: 2, Col: 6, EndLine: 2, EndCol: 27}},
		{"attributed closure", "<?php\n#[A] static fn() => 1;\n",
			func(x any) bool { _, ok := x.(*ir.Closure); return ok }, ir.Pos{Line: 2, Col: 1, EndLine: 2, EndCol: 22}},
		{"8.5 (void) cast", "<?php\n(void) flush_all();\n",
			other("cast"), ir.Pos{Line: 2, Col: 1, EndLine: 2, EndCol: 19}},
		{"8.5 final promoted property", "<?php\nclass F {\n    public function __construct(final public int $x) {}\n}\n",
			func(x any) bool { p, ok := x.(*ir.Param); return ok && p.Promoted && p.Name == "x" }, ir.Pos{Line: 3, Col: 33, EndLine: 3, EndCol: 52}},
		{"8.5 attributes on constants", "<?php\n#[Deprecated]\nconst OLD = 1;\nfunction after() {}\n",
			func(x any) bool { f, ok := x.(*ir.Func); return ok && f.Name == "after" }, ir.Pos{Line: 4, Col: 1, EndLine: 4, EndCol: 20}},
		{"8.5 closure in a constant expression", "<?php\nfunction sorted(array $a, Closure $by = static function ($x, $y) { return $x <=> $y; }) {}\n",
			func(x any) bool { f, ok := x.(*ir.Func); return ok && f.Kind == ir.FuncClosure }, ir.Pos{Line: 2, Col: 41, EndLine: 2, EndCol: 87}},
		{"8.5 first-class callable in a constant expression", "<?php\nclass K { const F = strtoupper(...); public function m() {} }\n",
			func(x any) bool { f, ok := x.(*ir.Func); return ok && f.Name == "m" }, ir.Pos{Line: 2, Col: 38, EndLine: 2, EndCol: 60}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			f := parseOK(t, tc.src)
			x := find(f, tc.match)
			if x == nil {
				t.Fatalf("no such node in:\n%s", dump(f))
			}
			if got := pos(x); got != tc.want {
				t.Errorf("position %v, want %v", got, tc.want)
			}
		})
	}
}

// TestShortTags: with short_open_tag, "<?" opens PHP code; without, it is
// text.
func TestShortTags(t *testing.T) {
	src := []byte("<h1><? $title = new Title(); ?></h1>\n<?php $b = 1;\n")
	for _, short := range []bool{true, false} {
		f, errs := Parse("t.php", "t.php", src, Options{ShortTags: short})
		if len(errs) != 0 {
			t.Fatalf("short tags %v: %v", short, errs)
		}
		found := find(f, func(x any) bool { n, ok := x.(*ir.New); return ok && n.Class == "Title" }) != nil
		if found != short {
			t.Errorf("short tags %v: new Title() found = %v", short, found)
		}
	}
}

// TestInterpolationParts: an interpolated string keeps its expressions,
// the text it starts with (first) and the text it ends with (last); a
// string with no expression is one literal.
func TestInterpolationParts(t *testing.T) {
	for src, want := range map[string][]string{
		`"user:{$id}"`:        {"user:", "$id"},
		`"{$dir}/plugin.php"`: {"$dir", "/plugin.php"},
		`"a{$b}c{$d}e"`:       {"a", "$b", "$d", "e"},
		`"{$a}{$b}"`:          {"$a", "$b"},
		"<<<EOT\nkey:$k\nEOT": {"key:", "$k"},
		"`ls $dir`":           {"$dir"},
	} {
		f := parseOK(t, "<?php $s = "+src+";")
		o, ok := f.Main.Body[0].(*ir.ExprStmt).X.(*ir.Assign).Src.(*ir.Other)
		if !ok {
			t.Errorf("%s: not an interpolation", src)
			continue
		}
		var got []string
		for _, a := range o.Args {
			switch a := a.(type) {
			case *ir.Lit:
				got = append(got, a.Value)
			case *ir.Var:
				got = append(got, "$"+a.Name)
			default:
				got = append(got, fmt.Sprintf("%T", a))
			}
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: parts %q, want %q", src, got, want)
		}
	}
	f := parseOK(t, `<?php $s = "plain text";`)
	if l, ok := f.Main.Body[0].(*ir.ExprStmt).X.(*ir.Assign).Src.(*ir.Lit); !ok || l.Value != "plain text" {
		t.Errorf(`"plain text" is not one literal`)
	}
}

// TestRefReturn: a function, method, closure or arrow function declared
// with & returns by reference, and the IR says so.
func TestRefReturn(t *testing.T) {
	f := parseOK(t, "<?php\nfunction &ctx(): array { return $GLOBALS['c']; }\nfunction plain() {}\nclass C {\n  public static function &rows(): array { return self::$rows; }\n  public function m() { return function &() { static $s; return $s; }; }\n}\n$f = fn&(array &$a) => $a;\n")
	got := map[string]bool{}
	for _, fn := range f.Funcs {
		got[fmt.Sprintf("%s@%d", fn.Name, fn.Pos.Line)] = fn.RefReturn
	}
	want := map[string]bool{"ctx@2": true, "plain@3": false, "rows@5": true, "m@6": false, "{closure}@6": true, "{closure}@8": true}
	for k, v := range want {
		if r, ok := got[k]; !ok || r != v {
			t.Errorf("%s: RefReturn %v (found %v), want %v; all: %v", k, r, ok, v, got)
		}
	}
}
