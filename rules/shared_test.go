package rules

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// TestCloneOwnsEveryMemo builds the worker model over the runtime
// corpus, clones it as a rule's Run does, and checks that no map or
// slice a memo can add to is shared between the copy and the original:
// rules of different kinds run at once, each on its own copy, and a
// field added to resolver or program without a line in clone would be
// written by two goroutines.
func TestCloneOwnsEveryMemo(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the worker model of the whole runtime corpus")
	}
	var files []*ir.File
	err := filepath.WalkDir("../testdata/runtime", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || filepath.Ext(path) != ".php" {
			return err
		}
		src, err := os.ReadFile(path)
		if err != nil {
			return err
		}
		if f, _ := analyzer.ParseSource(path, src, phpsyntax.Latest); f != nil {
			files = append(files, f)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	pass := &analyzer.Pass{Files: files, Index: analyzer.NewIndex(files)}
	prepareShared(pass)
	base := baseProgram(pass)
	c := base.clone()
	if c.r == base.r {
		t.Fatal("the copy shares the original's resolver")
	}
	filled := 0
	shared := map[string]bool{}
	for _, name := range builtByCallSites {
		shared["resolver."+name] = true
	}
	for _, pair := range [][2]reflect.Value{
		{reflect.ValueOf(base).Elem(), reflect.ValueOf(c).Elem()},
		{reflect.ValueOf(base.r).Elem(), reflect.ValueOf(c.r).Elem()},
	} {
		orig, cp := pair[0], pair[1]
		for i := range orig.NumField() {
			name := orig.Type().Name() + "." + orig.Type().Field(i).Name
			o, k := orig.Field(i), cp.Field(i)
			switch o.Kind() {
			case reflect.Map:
				if o.IsNil() {
					continue
				}
				filled++
				if same := o.UnsafePointer() == k.UnsafePointer(); same && !shared[name] {
					t.Errorf("%s: the copy shares the original's map; add it to clone", name)
				} else if !same && shared[name] {
					t.Errorf("%s: built by callSites, read only after, but copied", name)
				}
				delete(shared, name)
			case reflect.Slice:
				if k.Cap() > k.Len() {
					t.Errorf("%s: the copy's slice has room to grow into the original's array; add it to clone", name)
				}
			}
		}
	}
	for name := range shared {
		t.Errorf("%s: listed in builtByCallSites, but not a map callSites filled", name)
	}
	// the resolver's hooks into the model read the copy's model
	if len(base.perIter) == 0 {
		t.Fatal("nothing runs per request in the runtime corpus: the model was not built")
	}
	for fn := range base.perIter {
		delete(c.perIter, fn)
		if !base.r.perRequest(fn) || c.r.perRequest(fn) {
			t.Errorf("%s: the copy's resolver asks the original's model whether it runs per request", fn.Name)
		}
		break
	}
	if filled < 20 {
		t.Fatalf("only %d memo maps filled by Prepare on the runtime corpus: the model was not built", filled)
	}
}
