package phpsyntax

import (
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/phpleak/phpleak/ir"
)

var arenaSources = []string{
	`<?php
namespace App;
class Cache {
    private array $items = ['a' => 1, 'b' => [2, 3]];
    public function put(string $k, $v): void { $this->items[$k] = $v; foo($k, $v, ...$this->items); }
    public function all() { return array_map(fn ($x) => $x * 2, $this->items); }
}`,
	`<?php
function f($a, $b = [1, 2, 3]) {
    static $seen = [];
    foreach ($a as $k => $v) { if ($v) { $seen[] = new \stdClass($k, $v); } else { unset($seen[$k]); } }
    return "x{$a[0]} $b";
}
$x = f([1], [4, 5]); echo $x, PHP_EOL;`,
	`<?php
class Broken { function a() { $x = [1, 2,; } function b() { return g(1, 2); } }
$y = [[1, 2], [3, [4, 5, 6]], h(7, 8, 9)];
switch ($y) { case 1: i(); break; default: j(1, 2); }`,
}

// TestArenaShared: files parsed one after another into one Arena get the
// IR each gets alone, and a list of one file has no room to grow into
// another's: appending to each list of the first file leaves the IR of
// the others as it was.
func TestArenaShared(t *testing.T) {
	alone := make([]string, len(arenaSources))
	for i, src := range arenaSources {
		f, _ := Parse(fmt.Sprintf("f%d.php", i), "", []byte(src), Options{})
		alone[i] = dump(f)
	}
	arena := NewArena()
	var shared []*ir.File
	for i, src := range arenaSources {
		f, _ := Parse(fmt.Sprintf("f%d.php", i), "", []byte(src), Options{Arena: arena})
		if got := dump(f); got != alone[i] {
			t.Errorf("file %d parsed into a shared arena:\n%s\nwant:\n%s", i, got, alone[i])
		}
		shared = append(shared, f)
	}
	grown := growLists(reflect.ValueOf(shared[0]), map[uintptr]bool{})
	if grown < 10 {
		t.Fatalf("%d lists grown: the test misses them", grown)
	}
	for i, f := range shared[1:] {
		if got := dump(f); got != alone[i+1] {
			t.Errorf("file %d changed when the lists of file 0 grew", i+1)
		}
	}
}

// growLists appends a zero element to every list below v (once each),
// and returns how many it grew.
func growLists(v reflect.Value, seen map[uintptr]bool) int {
	n := 0
	switch v.Kind() {
	case reflect.Pointer:
		if v.IsNil() || seen[v.Pointer()] || strings.HasPrefix(v.Type().Elem().Name(), "Pointer[") {
			return 0
		}
		seen[v.Pointer()] = true
		n += growLists(v.Elem(), seen)
	case reflect.Interface:
		if !v.IsNil() {
			n += growLists(v.Elem(), seen)
		}
	case reflect.Struct:
		for i := range v.NumField() {
			if f := v.Type().Field(i); f.IsExported() && f.Name != "Parent" && f.Name != "File" && f.Name != "Class" {
				n += growLists(v.Field(i), seen)
			}
		}
	case reflect.Slice:
		for i := range v.Len() {
			n += growLists(v.Index(i), seen)
		}
		if v.Len() > 0 && v.CanSet() {
			v.Set(reflect.Append(v, reflect.Zero(v.Type().Elem())))
			n++
		}
	}
	return n
}
