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
