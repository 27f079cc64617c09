package analyzer

import "github.com/phpleak/phpleak/ir"

// projectScan holds the project-wide indexes that are found by looking
// at a few kinds of node in every function: what calls name (see
// calledNames), the method, static and function calls by name, the
// `new`s by class, the globals, the classes named as values, and the
// signs of FrankenPHP. Each was a walk of every function of its own;
// they are found together, in one walk (see scan), the first time one
// of them is asked for.
type projectScan struct {
	called      calledIndex
	methodCalls methodCallIndex
	staticCalls map[string][]callAt
	news        map[string][]newAt
	globals     map[string]bool
	named       map[string]bool
	frankenphp  bool
}

// collector is one index's part of the scan: file is called for each
// file before its functions are walked (nil: nothing), node for each
// node of kinds in the order InspectFunc meets them, done once every
// file is seen. Each index sees its nodes in the order its own walk met
// them, so that it is the same as it was.
type collector struct {
	kinds Kinds
	file  func(f *ir.File)
	node  func(fn *ir.Func, n Node)
	done  func()
}

// scan returns the project's indexes, found once.
func (ix *Index) scan() *projectScan {
	return ix.memo("projectScan", func() any {
		s := &projectScan{}
		cs := []collector{
			calledCollector(s),
			methodCallsCollector(s),
			staticCallsCollector(s),
			newsCollector(s),
			globalNamesCollector(s),
			ix.namedCollector(s),
			frankenPHPCollector(s),
		}
		var kinds Kinds
		for _, c := range cs {
			kinds |= c.kinds
		}
		for _, f := range ix.files {
			for _, c := range cs {
				if c.file != nil {
					c.file(f)
				}
			}
			for _, fn := range f.AllFuncs() {
				InspectFunc(fn, kinds, func(n Node, _ []Node) bool {
					k := kindOf(n)
					for _, c := range cs {
						if c.kinds&k != 0 {
							c.node(fn, n)
						}
					}
					return true
				})
			}
		}
		for _, c := range cs {
			c.done()
		}
		return s
	}).(*projectScan)
}

// kindOf is the kind of n among those the scan asks for; 0 for others.
func kindOf(n Node) Kinds {
	switch n.(type) {
	case *ir.Assign:
		return KAssign
	case *ir.Call:
		return KCall
	case *ir.MethodCall:
		return KMethodCall
	case *ir.StaticCall:
		return KStaticCall
	case *ir.Lit:
		return KLit
	case *ir.ClassConst:
		return KClassConst
	case *ir.New:
		return KNew
	case *ir.Global:
		return KGlobal
	case *ir.Dim:
		return KDim
	}
	return 0
}
