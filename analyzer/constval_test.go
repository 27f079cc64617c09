package analyzer

import (
	"slices"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

const elemSrc = `<?php
final class Forget
{
    public function __construct(private readonly array $ids) {}

    public function each(): void
    {
        foreach ($this->ids as $id) {
            Locator::forget($id);
        }
    }

    public function rebound(): void
    {
        foreach ($this->ids as $id) {
            $id = strtoupper($id);
            Locator::forget($id);
        }
    }

    public function byRef(): void
    {
        foreach ($this->ids as &$id) {
            Locator::forget($id);
        }
    }
}

final class Locator
{
    public static function forget(string $id): void {}
}

$config = ['flush' => ['cart', 'auth.user']];
new Forget($config['flush']);
`

// TestConstValuesForeachElement checks that a variable whose only write
// is the value of a foreach holds an element of the array iterated, and
// that any other write (or a binding by reference) makes it unknown.
func TestConstValuesForeachElement(t *testing.T) {
	got := map[string][]string{}
	for _, a := range firstArgValues(t, elemSrc, "forget") {
		var keys []string
		for _, v := range a.vals {
			k, _ := ArrayKey(v)
			keys = append(keys, k)
		}
		slices.Sort(keys)
		got[a.fn.Name] = keys
	}
	if want := []string{"auth.user", "cart"}; !slices.Equal(got["each"], want) {
		t.Errorf("each: %q, want %q", got["each"], want)
	}
	for _, name := range []string{"rebound", "byRef"} {
		if vs, ok := got[name]; !ok || vs != nil {
			t.Errorf("%s: %q (seen %v), want unknown", name, vs, ok)
		}
	}
}

// argValues is a static call's function and what ConstValuesDepth says
// its first argument holds.
type argValues struct {
	fn   *ir.Func
	vals []Const
}

// firstArgValues parses src alone and lists, for each static call of
// method name in the order a walk meets them, argValues.
func firstArgValues(t *testing.T, src, name string) []argValues {
	t.Helper()
	f, errs := parseFile("c.php", "c.php", []byte(src), phpsyntax.Options{Version: phpsyntax.Latest})
	if len(errs) != 0 || f == nil {
		t.Fatalf("parse: %v", errs)
	}
	ix := NewIndex([]*ir.File{f})
	var out []argValues
	for _, fn := range f.AllFuncs() {
		InspectFunc(fn, KStaticCall, func(n Node, _ []Node) bool {
			if c, ok := n.(*ir.StaticCall); ok && c.Name == name {
				out = append(out, argValues{fn, ix.ConstValuesDepth(fn, c.Args[0], 4)})
			}
			return true
		})
	}
	return out
}

const classNameSrc = `<?php
namespace App;

class Base
{
    public function kinds(): void
    {
        Registry::add(Banner::class);
        Registry::add(self::class);
        Registry::add(static::class);
        Registry::add(parent::class);
    }
}

final class Banner {}

final class Registry
{
    public static function add(string $class): void {}
}

final class Dash
{
    public function __construct(private array $widgets) {}

    public function each(): void
    {
        foreach ($this->widgets as $class) {
            Registry::add($class);
        }
    }
}

$config = ['widgets' => [Banner::class, \App\Base::class]];
new Dash($config['widgets']);
`

// TestConstValuesClassName checks that X::class is the class's name
// (self::class the class it is written in), also as an element of a
// configuration list, and that static::class and parent::class stay
// unknown.
func TestConstValuesClassName(t *testing.T) {
	var got [][]string
	for _, a := range firstArgValues(t, classNameSrc, "add") {
		var names []string
		for _, v := range a.vals {
			names = append(names, v.S)
		}
		slices.Sort(names)
		got = append(got, names)
	}
	want := [][]string{{`App\Banner`}, {`App\Base`}, nil, nil, {`App\Banner`, `App\Base`}}
	if len(got) != len(want) {
		t.Fatalf("got %d calls, want %d: %q", len(got), len(want), got)
	}
	for i := range want {
		if !slices.Equal(got[i], want[i]) || (want[i] == nil) != (got[i] == nil) {
			t.Errorf("call %d: %q, want %q", i, got[i], want[i])
		}
	}
}

const memoSrc = `<?php
function settings(): array
{
    static $settings = null;
    return $settings ??= [
        'defaults' => ['locale' => 'en', 'trace' => []],
        'reset' => array_keys(['locale' => 'en', 'trace' => [], 7 => 'x']),
    ];
}

function counted(): array
{
    static $n = null;
    $n = ($n ?? 0) + 1;
    return $n ??= ['a'];
}

final class Reset
{
    public function run(): void
    {
        $config = settings();
        Keys::take($config['reset']);
        Keys::take(array_keys($config['defaults']));
        $other = counted();
        Keys::take($other);
    }
}

final class Keys
{
    public static function take(array $keys): void {}
}
`

// TestConstValuesStaticMemo checks that a call of a function without
// parameters gives what its returns give, that a static memo filled with
// ??= gives what it is filled with (not when the static is written
// otherwise too), and that array_keys() lists a known array's keys, an
// integer key as an integer.
func TestConstValuesStaticMemo(t *testing.T) {
	var got []string
	for _, a := range firstArgValues(t, memoSrc, "take") {
		if a.vals == nil {
			got = append(got, "unknown")
			continue
		}
		var keys []string
		for _, v := range a.vals {
			for _, e := range v.Elems {
				for _, k := range e {
					s, _ := ArrayKey(k)
					if k.Kind == ConstInt {
						s = "int " + s
					}
					keys = append(keys, s)
				}
			}
		}
		got = append(got, strings.Join(keys, ","))
	}
	want := []string{"locale,trace,int 7", "locale,trace", "unknown"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

const anyElemSrc = `<?php
final class Factory
{
    public function __construct(private array $config) {}

    public function make(string $name): void
    {
        $c = $this->config['handlers'][$name];
        Sizes::take((int) ($c['size'] ?? 0));
        Sizes::take($c['size'] ?? 5);
        Sizes::take($this->config['open'][$name] ?? 0);
    }
}

final class Sizes
{
    public static function take(int $n): void {}
}

new Factory([
    'handlers' => ['buffer' => ['size' => 0], 'stream' => ['path' => 'php://stderr']],
    'open' => [...$_SERVER],
]);
`

// TestConstValuesUnknownKey checks that an element read under a key that
// is not known is any element of a closed array, or missing, and that
// an open array (a spread) leaves it unknown.
func TestConstValuesUnknownKey(t *testing.T) {
	var got []string
	for _, a := range firstArgValues(t, anyElemSrc, "take") {
		if a.vals == nil {
			got = append(got, "unknown")
			continue
		}
		var vs []string
		for _, v := range a.vals {
			s, _ := ArrayKey(v)
			vs = append(vs, s)
		}
		got = append(got, strings.Join(vs, ","))
	}
	want := []string{"0,0", "0,5", "unknown"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}
