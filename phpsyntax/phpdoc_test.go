package phpsyntax

import (
	"reflect"
	"testing"

	"github.com/phpleak/phpleak/ir"
)

func TestDocblockTypes(t *testing.T) {
	f := parseOK(t, `<?php
namespace App\Http;

use Psr\Log\LoggerInterface as Log;
use Illuminate\Database;

class Builder
{
    /** @var Log|null */
    private $logger;

    /**
     * @var \Illuminate\Database\Connection
     */
    protected $conn, $other;

    /** @var array<string, Log> the loggers by channel */
    private $byChannel;

    private Log $typed; // declared: no doc needed

    /** @var list<Database\Query>|Log[]|null */
    private $queue;

    /**
     * @param iterable<int, Log> $sinks
     * @param array{0: Log} $shape
     */
    public function __construct(private iterable $sinks, private array $shape)
    {
    }

    /**
     * Sets the logger.
     *
     * @param Log $logger
     * @param string[] $tags
     * @param Database\Query|int ...$queries
     * @return $this
     */
    public function setLogger($logger, $tags, ...$queries)
    {
        return $this;
    }

    /** @return static */
    public static function make() { return new static(); }

    /**
     * @param class-string<Log> $class
     * @param class-string $any
     */
    public function build(string $class, string $any) { return new $class(); }

    /** @return self|null */
    public function copy() { return clone $this; }

    /** @return Log[] */
    public function loggers() { return []; }

    /**
     * @return Query
     */
    public function query(): \Other\Query { return new \Other\Query(); }

    /** @return array{a: Log, b: int} */
    public function shape() { return []; }

    /** @return Builder&\Countable */
    public function both() { return $this; }
}

/**
 * @param $name string the name, type after the variable
 * @return \DateTimeImmutable
 */
function stamp($name) { return new \DateTimeImmutable(); }
`)
	props := map[string]*ir.Property{}
	methods := map[string]*ir.Func{}
	for _, c := range f.Classes {
		for _, p := range c.Props {
			props[p.Name] = p
		}
		for _, m := range c.Methods {
			methods[m.Name] = m
		}
	}
	var stamp *ir.Func
	for _, fn := range f.Funcs {
		if fn.Name == "App\\Http\\stamp" {
			stamp = fn
		}
	}
	for _, tc := range []struct {
		what string
		got  []string
		want []string
	}{
		{"@var with an alias and null", props["logger"].DocTypes, []string{`Psr\Log\LoggerInterface`}},
		{"@var fully qualified, multi-line", props["conn"].DocTypes, []string{`Illuminate\Database\Connection`}},
		{"@var for a second property of the list", props["other"].DocTypes, []string{`Illuminate\Database\Connection`}},
		{"@var generic array: no class", props["byChannel"].DocTypes, nil},
		{"declared property", props["typed"].DocTypes, nil},
		{"@param alias", methods["setLogger"].Params[0].DocTypes, []string{`Psr\Log\LoggerInterface`}},
		{"@param array of: no class", methods["setLogger"].Params[1].DocTypes, nil},
		{"@param variadic, qualified through a use", methods["setLogger"].Params[2].DocTypes, []string{`Illuminate\Database\Query`}},
		{"@return $this", methods["setLogger"].DocReturns, []string{"static"}},
		{"@return static", methods["make"].DocReturns, []string{"static"}},
		{"@return self", methods["copy"].DocReturns, []string{`App\Http\Builder`}},
		{"@return Foo[]: no class", methods["loggers"].DocReturns, nil},
		{"@return beside a declared type", methods["query"].DocReturns, []string{`App\Http\Query`}},
		{"@return shape: no class", methods["shape"].DocReturns, nil},
		{"@return intersection", methods["both"].DocReturns, []string{`App\Http\Builder`, "Countable"}},
		{"@param $name type", stamp.Params[0].DocTypes, nil},
		{"@var generic array: elements", props["byChannel"].DocElems, []string{`Psr\Log\LoggerInterface`}},
		{"@var union of lists: elements", props["queue"].DocElems, []string{`Illuminate\Database\Query`, `Psr\Log\LoggerInterface`}},
		{"@var one object: no elements", props["logger"].DocElems, nil},
		{"@param string[]: no class elements", methods["setLogger"].Params[1].DocElems, nil},
		{"promoted @param iterable<int, T>", props["sinks"].DocElems, []string{`Psr\Log\LoggerInterface`}},
		{"promoted @param shape: no elements", props["shape"].DocElems, nil},
		{"function @return", stamp.DocReturns, []string{"DateTimeImmutable"}},
		{"@param class-string<T>", methods["build"].Params[0].DocClassOf, []string{`Psr\Log\LoggerInterface`}},
		{"@param class-string<T>: no type", methods["build"].Params[0].DocTypes, nil},
		{"@param class-string: no class", methods["build"].Params[1].DocClassOf, nil},
		{"@param Log: not a class string", methods["setLogger"].Params[0].DocClassOf, nil},
	} {
		if !reflect.DeepEqual(tc.got, tc.want) {
			t.Errorf("%s: got %q, want %q", tc.what, tc.got, tc.want)
		}
	}
	if got := methods["query"].ReturnTypes(); !reflect.DeepEqual(got, []string{`Other\Query`}) {
		t.Errorf("ReturnTypes prefers the declared type: got %q", got)
	}
}

func TestClassConstants(t *testing.T) {
	f := parseOK(t, `<?php
namespace App;
use Other\B;
const TOP = 1; // a file constant: not a class's
class A {
    const X = B::class, Y = 2;
    public const array Z = [C::class];
}`)
	c := f.Classes[0]
	var names []string
	for _, k := range c.Consts {
		names = append(names, k.Name)
	}
	if !reflect.DeepEqual(names, []string{"X", "Y", "Z"}) {
		t.Fatalf("constants = %q", names)
	}
	if cc, ok := c.Consts[0].Value.(*ir.ClassConst); !ok || cc.Class != `Other\B` || cc.Name != "class" {
		t.Errorf("X = %#v, want Other\\B::class", c.Consts[0].Value)
	}
	if _, ok := c.Consts[2].Value.(*ir.Array); !ok {
		t.Errorf("Z = %#v, want an array", c.Consts[2].Value)
	}
	if c.Consts[1].Pos.Line != 6 {
		t.Errorf("Y at line %d, want 6", c.Consts[1].Pos.Line)
	}
}

func TestInlineVarDocs(t *testing.T) {
	f := parseOK(t, `<?php
namespace App;

use Psr\Log\LoggerInterface as Log;

function handle($locator) {
    /** @var Log $logger */
    $logger = $locator->get('logger');
    /** @var $cache \App\Cache the older order */
    $cache = $locator->get('cache');
    /** @var Job[] $jobs */
    $jobs = $locator->get('jobs');
    /** @var Log */
    $untagged = $locator->get('x');
    return function () {
        /** @var Log $inner */
        $inner = null;
    };
}
`)
	var handle, closure *ir.Func
	for _, fn := range f.Funcs {
		switch fn.Name {
		case `App\handle`:
			handle = fn
		case "{closure}":
			closure = fn
		}
	}
	if handle == nil || closure == nil {
		t.Fatal("functions not found")
	}
	want := []ir.VarDoc{
		{Name: "logger", Types: []string{`Psr\Log\LoggerInterface`}},
		{Name: "cache", Types: []string{`App\Cache`}},
		{Name: "jobs", Elems: []string{`App\Job`}},
	}
	if !reflect.DeepEqual(handle.VarDocs, want) {
		t.Errorf("handle's inline @var: got %+v, want %+v", handle.VarDocs, want)
	}
	if want := []ir.VarDoc{{Name: "inner", Types: []string{`Psr\Log\LoggerInterface`}}}; !reflect.DeepEqual(closure.VarDocs, want) {
		t.Errorf("the closure's inline @var: got %+v, want %+v", closure.VarDocs, want)
	}
}
