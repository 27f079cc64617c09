package ir

import (
	"reflect"
	"testing"
)

// TestCloneCopiesEverySyntaxField fails when a field is added to Func
// and Clone does not copy it.
func TestCloneCopiesEverySyntaxField(t *testing.T) {
	f := &Func{}
	v := reflect.ValueOf(f).Elem()
	for i := 0; i < v.NumField(); i++ {
		fv := v.Field(i)
		name := v.Type().Field(i).Name
		if name == "Derived" { // not syntax
			continue
		}
		switch fv.Kind() {
		case reflect.Bool:
			fv.SetBool(true)
		case reflect.Int:
			fv.SetInt(int64(i + 1))
		case reflect.String:
			fv.SetString(name)
		case reflect.Slice:
			fv.Set(reflect.MakeSlice(fv.Type(), 1, 1))
		case reflect.Pointer:
			fv.Set(reflect.New(fv.Type().Elem()))
		case reflect.Struct:
			if fv.Type() == reflect.TypeOf(Pos{}) {
				fv.Set(reflect.ValueOf(Pos{Line: 1, Col: 2, EndLine: 3, EndCol: 4}))
				continue
			}
			t.Fatalf("field %s: no test value for %s", name, fv.Type())
		default:
			t.Fatalf("field %s: no test value for %s", name, fv.Type())
		}
	}
	var d any = "scope"
	f.Derived.Store(&d)
	c := f.Clone()
	cv := reflect.ValueOf(c).Elem()
	for i := 0; i < v.NumField(); i++ {
		name := v.Type().Field(i).Name
		if name == "Derived" {
			continue
		}
		if !reflect.DeepEqual(v.Field(i).Interface(), cv.Field(i).Interface()) {
			t.Errorf("Clone does not copy %s", name)
		}
	}
	if c.Derived.Load() != nil {
		t.Error("Clone copies what was derived from the original")
	}
}
