// Package conformance holds the tests that hold phpsyntax to outside
// references: the old parser's IR (internal/vkoracle) and PHP itself.
package conformance

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"reflect"
	"runtime"
	"strings"
	"sync"
	"testing"

	"github.com/phpleak/phpleak/internal/phpcorpus"
	"github.com/phpleak/phpleak/internal/testtool"
	"github.com/phpleak/phpleak/internal/vkoracle"
	"github.com/phpleak/phpleak/ir"
	"github.com/phpleak/phpleak/phpsyntax"
)

// diffsOut names a file to write every difference to, for work on the
// parser: go test ./phpsyntax/conformance -run SameIR -diffs /tmp/d.txt
var diffsOut = flag.String("diffs", "", "write every IR difference to this file")

// rootsFlag replaces the Debian packages, to iterate on a part of them.
var rootsFlag = flag.String("roots", "", "comma-separated folders to use instead of the Debian packages")

// corpusFiles lists every .php file of the corpus once (by real path),
// sorted; it skips the test when the packages are not installed, and
// fails under CI.
func corpusFiles(t testing.TB) []string {
	roots := phpcorpus.Roots
	if *rootsFlag != "" {
		roots = strings.Split(*rootsFlag, ",")
	}
	files, err := phpcorpus.Files(roots)
	if err != nil {
		testtool.SkipOrFail(t, "%v", err)
	}
	return phpcorpus.Paths(files)
}

// canon erases what the old parser got wrong, in both IRs, so that the
// comparison shows every other difference:
//   - it dropped the declared return types of closures and arrow
//     functions;
//   - it resolved mixed, null, false, true and never against the namespace
//     in parameter and return types (App\mixed), and so missed that mixed
//     and null parameters are nullable;
//   - it left the names in union and intersection types, and in arrow
//     functions' signatures, unresolved; such names are compared by
//     their last segment.
func canon(f *ir.File) {
	fix := func(types []string) {
		for i, t := range types {
			types[i] = canonType(t)
		}
	}
	if len(f.Main.Body) == 0 {
		f.Main.Pos = ir.Pos{} // where an empty file's code is: no answer
	}
	for _, fn := range append([]*ir.Func{f.Main}, f.Funcs...) {
		if fn.Kind == ir.FuncClosure || fn.Kind == ir.FuncArrow {
			fn.Returns = nil
		}
		fn.DocReturns, fn.VarDocs = nil, nil // docblocks: the old parser's IR has none
		fix(fn.Returns)
		for _, p := range fn.Params {
			p.DocTypes, p.DocElems, p.DocClassOf = nil, nil, nil
			fix(p.Types)
			for _, t := range p.Types {
				if t == "mixed" || t == "null" {
					p.Nullable = true
				}
			}
		}
	}
	for _, c := range f.Classes {
		for _, p := range c.Props {
			p.DocTypes, p.DocElems = nil, nil
			fix(p.Types)
		}
	}
}

func canonType(t string) string {
	last := t
	if i := strings.LastIndexByte(t, '\\'); i >= 0 {
		last = t[i+1:]
	}
	switch strings.ToLower(last) {
	case "mixed", "null", "false", "true", "never", "int", "float", "bool", "string", "void", "iterable", "object", "array", "callable", "static":
		return strings.ToLower(last)
	}
	return last
}

// align copies into the old IR the answers the old parser got wrong at
// a node the new IR has in the same place:
//   - it read a dynamic name ($$x, ${expr}) in global and Class::$$x as
//     the name of the inner variable; the new IR says "" (dynamic);
//   - it gave qualified function names (A\f()) the global fallback that
//     PHP gives only to unqualified ones.
func align(old, new reflect.Value) {
	if old.Kind() != new.Kind() || old.Type() != new.Type() {
		return
	}
	switch old.Kind() {
	case reflect.Interface, reflect.Pointer:
		if old.IsNil() || new.IsNil() {
			return
		}
		switch o := old.Interface().(type) {
		case *ir.StaticProp:
			if n := new.Interface().(*ir.StaticProp); n.Name == "" {
				o.Name = ""
			}
		case *ir.Global:
			n := new.Interface().(*ir.Global)
			for i := range min(len(o.Names), len(n.Names)) {
				if n.Names[i] == "" {
					o.Names[i] = ""
				}
			}
		case *ir.Func:
			// it left the names in arrow functions' signatures as
			// written
			if n := new.Interface().(*ir.Func); o.Kind == ir.FuncArrow {
				for i := range min(len(o.Params), len(n.Params)) {
					o.Params[i].Types = n.Params[i].Types
				}
			}
		case *ir.Param:
			// and in union and intersection types
			if n := new.Interface().(*ir.Param); len(o.Types) > 1 {
				o.Types = n.Types
			}
		case *ir.Property:
			if n := new.Interface().(*ir.Property); len(o.Types) > 1 {
				o.Types = n.Types
			}
		case *ir.Call:
			if n := new.Interface().(*ir.Call); n.Fallback == "" && n.Name == o.Name && strings.Contains(n.Name, "\\") {
				o.Fallback = ""
			}
		}
		align(old.Elem(), new.Elem())
	case reflect.Struct:
		if old.Type() == reflect.TypeFor[ir.Pos]() {
			return
		}
		for i := 0; i < old.NumField(); i++ {
			if !old.Type().Field(i).IsExported() || backPointer[old.Type().Field(i).Name] {
				continue
			}
			align(old.Field(i), new.Field(i))
		}
	case reflect.Slice:
		for i := range min(old.Len(), new.Len()) {
			align(old.Index(i), new.Index(i))
		}
	}
}

// backPointer names the fields align does not follow.
var backPointer = map[string]bool{"Parent": true, "File": true, "Class": true}

func dump(f *ir.File) string {
	canon(f)
	var b bytes.Buffer
	ir.Dump(&b, f)
	return b.String()
}

// firstDiff shows where two dumps part, with a little context.
func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) && i < len(bl); i++ {
		if al[i] != bl[i] {
			from := max(0, i-6)
			return fmt.Sprintf("old:\n%s\nnew:\n%s", strings.Join(al[from:min(len(al), i+3)], "\n"), strings.Join(bl[from:min(len(bl), i+3)], "\n"))
		}
	}
	return fmt.Sprintf("lengths differ: %d vs %d lines", len(al), len(bl))
}

// TestSameIRAsOldParser: for every file of the Debian packages that the
// old parser reads without error, phpsyntax lowers the same IR.
func TestSameIRAsOldParser(t *testing.T) {
	if testing.Short() {
		t.Skip("-short: parses every file of four large packages twice")
	}
	files := corpusFiles(t)
	v := phpsyntax.Version{Major: 8, Minor: 2}
	type result struct {
		path, diff string
		skipped    bool
	}
	results := make([]result, len(files))
	var wg sync.WaitGroup
	next := make(chan int)
	for w := 0; w < runtime.GOMAXPROCS(0); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				path := files[i]
				src, err := os.ReadFile(path)
				if err != nil {
					results[i] = result{path: path, skipped: true}
					continue
				}
				old, oerrs := vkoracle.Parse(path, path, src, v)
				if old == nil || len(oerrs) > 0 {
					results[i] = result{path: path, skipped: true}
					continue
				}
				nf, nerrs := phpsyntax.Parse(path, path, src, phpsyntax.Options{Version: v})
				switch {
				case nf == nil:
					results[i] = result{path: path, diff: fmt.Sprintf("no file; errors %v", nerrs)}
				case len(nerrs) > 0:
					results[i] = result{path: path, diff: fmt.Sprintf("errors: %v", nerrs)}
				default:
					align(reflect.ValueOf(old), reflect.ValueOf(nf))
					if a, b := dump(old), dump(nf); a != b {
						results[i] = result{path: path, diff: firstDiff(a, b)}
					}
				}
			}
		}()
	}
	for i := range files {
		next <- i
	}
	close(next)
	wg.Wait()
	compared, bad := 0, 0
	var all bytes.Buffer
	for _, r := range results {
		if r.skipped {
			continue
		}
		compared++
		if r.diff != "" {
			fmt.Fprintf(&all, "=== %s\n%s\n", r.path, r.diff)
			bad++
			if bad <= 25 {
				t.Errorf("%s:\n%s", r.path, r.diff)
			}
		}
	}
	if *diffsOut != "" {
		if err := os.WriteFile(*diffsOut, all.Bytes(), 0o644); err != nil {
			t.Error(err)
		}
	}
	t.Logf("%d files, %d compared (the old parser reads them cleanly), %d differ", len(files), compared, bad)
}
