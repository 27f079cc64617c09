package ir

// AllFuncs lists every function body of a file: the file body first, then
// functions, methods and closures in source order.
func (f *File) AllFuncs() []*Func {
	out := make([]*Func, 0, len(f.Funcs)+1)
	if f.Main != nil {
		out = append(out, f.Main)
	}
	return append(out, f.Funcs...)
}

// ThisClass returns the class whose instance $this is inside fn, or nil
// when fn has no $this (functions, static methods, static closures).
func (fn *Func) ThisClass() *Class {
	for f := fn; f != nil; f = f.Parent {
		if f.Static {
			return nil
		}
		if f.Bound != nil {
			return f.Bound
		}
		switch f.Kind {
		case FuncMethod:
			return f.Class
		case FuncFunction, FuncMain:
			return nil
		}
	}
	return nil
}
