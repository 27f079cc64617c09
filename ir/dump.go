package ir

import (
	"fmt"
	"io"
	"reflect"
	"strings"
)

// Dump writes a canonical text form of a file's IR: every field of every
// node, one per line and indented by depth, with back-pointers (a
// function's Parent, File and Class, a class's File) printed as names
// rather than followed. Two files with the same Dump have the same IR;
// nil and empty lists print alike. Tests compare parsers with it.
func Dump(w io.Writer, f *File) {
	d := dumper{w: w}
	d.value(reflect.ValueOf(f), 0)
}

type dumper struct{ w io.Writer }

var backPointers = map[string]bool{"Parent": true, "File": true, "Class": true}

func (d *dumper) line(depth int, format string, args ...any) {
	fmt.Fprintf(d.w, "%s%s\n", strings.Repeat("  ", depth), fmt.Sprintf(format, args...))
}

func (d *dumper) value(v reflect.Value, depth int) {
	switch v.Kind() {
	case reflect.Interface, reflect.Pointer:
		if v.IsNil() {
			d.line(depth, "nil")
			return
		}
		if v.Kind() == reflect.Pointer {
			d.line(depth, "%s", v.Type().Elem().Name())
		}
		d.value(v.Elem(), depth)
	case reflect.Struct:
		if pos, ok := v.Interface().(Pos); ok {
			d.line(depth, "%d:%d-%d:%d", pos.Line, pos.Col, pos.EndLine, pos.EndCol)
			return
		}
		t := v.Type()
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			if !f.IsExported() {
				continue
			}
			fv := v.Field(i)
			if backPointers[f.Name] && fv.Kind() == reflect.Pointer {
				d.line(depth+1, "%s: %s", f.Name, backName(fv))
				continue
			}
			switch fv.Kind() {
			case reflect.Pointer, reflect.Interface, reflect.Slice, reflect.Struct:
				if fv.Kind() == reflect.Slice && fv.Len() == 0 || (fv.Kind() == reflect.Pointer || fv.Kind() == reflect.Interface) && fv.IsNil() {
					continue // absent: nil and empty print alike
				}
				d.line(depth+1, "%s:", f.Name)
				d.value(fv, depth+2)
			default:
				if fv.IsZero() {
					continue
				}
				d.line(depth+1, "%s: %v", f.Name, fv.Interface())
			}
		}
	case reflect.Slice:
		for i := 0; i < v.Len(); i++ {
			d.line(depth, "[%d]", i)
			d.value(v.Index(i), depth+1)
		}
	default:
		d.line(depth, "%v", v.Interface())
	}
}

// backName names what a back-pointer points at.
func backName(v reflect.Value) string {
	if v.IsNil() {
		return "nil"
	}
	switch x := v.Interface().(type) {
	case *Func:
		return x.Name + fmt.Sprintf("@%d:%d", x.Pos.Line, x.Pos.Col)
	case *Class:
		return x.Name
	case *File:
		return x.Path
	}
	return v.Type().String()
}
