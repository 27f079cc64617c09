package analyzer

import (
	"strings"
	"testing"

	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

const methodsSrc = `<?php
trait Logs { function log() {} function getName() {} }
trait Counts { use Logs; function count() {} }
class Base { use Logs; function getName() {} function handle() {} function ÄRGER() {} }
class Child extends Base { function GETNAME() {} function reset() {} }
class GrandChild extends Child { use Counts; function handle() {} }
class Empty_ extends GrandChild {}
class Other extends Base { use Counts; }
abstract class Loop1 extends Loop2 { function a() {} }
class Loop2 extends Loop1 { function b() {} }
class Orphan extends Missing { function c() {} }
`

// TestMethodFollowsLineage: Method finds, for every class and every name
// of a method of the file in any case, the first method of the class's
// lineage with that name in any case, as a scan of the lineage does:
// with traits used by a class and its parent, a name spelled in
// different cases down the lineage, a loop of parents, a parent outside
// the project.
func TestMethodFollowsLineage(t *testing.T) {
	f, errs := parseFile("m.php", "m.php", []byte(methodsSrc), phpsyntax.Options{Version: phpsyntax.Latest})
	if len(errs) > 0 || f == nil {
		t.Fatalf("parse: %v", errs)
	}
	ix := NewIndex([]*ir.File{f})
	var names []string
	for _, c := range f.Classes {
		for _, m := range c.Methods {
			names = append(names, m.Name, strings.ToLower(m.Name), strings.ToUpper(m.Name))
		}
	}
	names = append(names, "missing", "")
	asked := 0
	for _, c := range f.Classes {
		for _, name := range names {
			var want *ir.Func
		scan:
			for _, l := range ix.Lineage(c.Name) {
				for _, m := range l.Methods {
					if strings.ToLower(m.Name) == strings.ToLower(name) {
						want = m
						break scan
					}
				}
			}
			if got := ix.Method(c.Name, name); got != want {
				t.Errorf("Method(%s, %s) = %v, want %v", c.Name, name, got, want)
			}
			asked++
		}
	}
	if asked < 200 {
		t.Fatalf("%d look-ups", asked)
	}
}
