package analyzer

import (
	"slices"
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
	f, errs := parseFile("e.php", "e.php", []byte(elemSrc), phpsyntax.Options{Version: phpsyntax.Latest})
	if len(errs) != 0 || f == nil {
		t.Fatalf("parse: %v", errs)
	}
	ix := NewIndex([]*ir.File{f})
	got := map[string][]string{}
	for _, fn := range f.AllFuncs() {
		InspectFunc(fn, KStaticCall, func(n Node, _ []Node) bool {
			c, ok := n.(*ir.StaticCall)
			if !ok || c.Name != "forget" {
				return true
			}
			var keys []string
			for _, v := range ix.ConstValuesDepth(fn, c.Args[0], 4) {
				k, _ := ArrayKey(v)
				keys = append(keys, k)
			}
			slices.Sort(keys)
			got[fn.Name] = keys
			return true
		})
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
	f, errs := parseFile("c.php", "c.php", []byte(classNameSrc), phpsyntax.Options{Version: phpsyntax.Latest})
	if len(errs) != 0 || f == nil {
		t.Fatalf("parse: %v", errs)
	}
	ix := NewIndex([]*ir.File{f})
	var got [][]string
	for _, fn := range f.AllFuncs() {
		InspectFunc(fn, KStaticCall, func(n Node, _ []Node) bool {
			c, ok := n.(*ir.StaticCall)
			if !ok || c.Name != "add" {
				return true
			}
			var names []string
			for _, v := range ix.ConstValuesDepth(fn, c.Args[0], 4) {
				names = append(names, v.S)
			}
			slices.Sort(names)
			got = append(got, names)
			return true
		})
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
