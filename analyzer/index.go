package analyzer

import (
	"slices"
	"strings"
	"sync"

	"github.com/phpleak/phpleak/builtins"
	"github.com/phpleak/phpleak/internal/lowercase"
	"github.com/phpleak/phpleak/ir"
)

// Index is the project-wide symbol table: classes, interfaces, traits and
// enums with their properties and methods, and functions, by fully
// qualified name (case-insensitive, as PHP). Built once, read-only after.
type Index struct {
	classes map[string]*ir.Class
	funcs   map[string]*ir.Func
	files   []*ir.File
	// the same, by the names as declared: most lookups spell a name as
	// its declaration does and need not lower-case it
	exactClasses map[string]*ir.Class
	exactFuncs   map[string]*ir.Func
	// impls: for a function first declared as an empty stub (WordPress's
	// noop.php), the first declaration that has a body
	impls map[string]*ir.Func

	sharedMu sync.Mutex
	shared   map[string]*sharedEntry          // Pass.Shared and memo
	supers   map[string]map[string]bool       // see supertypes; filled by NewIndex
	lineages map[*ir.Class][]*ir.Class        // see Lineage; filled by NewIndex
	outside  LazyMap[string, map[string]bool] // supertypes of names outside the project, per spelling
	methods  sync.Map                         // see Method: *ir.Class to *methodTable
	dynNew   LazyMap[string, string]          // see DynamicNewClass: by the argument classes
}

// sharedEntry is one memo value: built once, by the first goroutine that
// asks; the others wait for it.
type sharedEntry struct {
	once sync.Once
	v    any
}

// NewIndex indexes files. When a name is declared twice, the first file in
// discovery order wins, so lookups are deterministic.
func NewIndex(files []*ir.File) *Index {
	ix := &Index{classes: map[string]*ir.Class{}, funcs: map[string]*ir.Func{}, files: files}
	// of two declarations of a name, the one in the file that sorts first
	// is the one the index keeps, whatever order the files come in
	// (the project's own declarations first: a library's never hides one)
	byPath := slices.SortedStableFunc(slices.Values(files), func(a, b *ir.File) int {
		if a.Library != b.Library {
			if a.Library {
				return 1
			}
			return -1
		}
		return strings.Compare(a.Path, b.Path)
	})
	for _, f := range byPath {
		for _, c := range f.Classes {
			k := strings.ToLower(c.Name)
			if _, dup := ix.classes[k]; !dup {
				ix.classes[k] = c
			}
		}
		for _, fn := range f.Funcs {
			if fn.Kind != ir.FuncFunction {
				continue
			}
			k := strings.ToLower(fn.Name)
			prev, dup := ix.funcs[k]
			switch {
			case !dup:
				ix.funcs[k] = fn
			case len(prev.Body) == 0 && len(fn.Body) > 0 && ix.impls[k] == nil:
				if ix.impls == nil {
					ix.impls = map[string]*ir.Func{}
				}
				ix.impls[k] = fn
			}
		}
	}
	ix.exactClasses = make(map[string]*ir.Class, len(ix.classes))
	for _, c := range ix.classes {
		ix.exactClasses[c.Name] = c
	}
	ix.exactFuncs = make(map[string]*ir.Func, len(ix.funcs))
	for _, fn := range ix.funcs {
		ix.exactFuncs[fn.Name] = fn
	}
	ix.lineages = make(map[*ir.Class][]*ir.Class, len(ix.classes))
	for _, c := range ix.classes {
		ix.lineages[c] = ix.lineage(c)
	}
	ix.supers = make(map[string]map[string]bool, len(ix.classes))
	for _, f := range files {
		for _, c := range f.Classes {
			ix.buildSupertypes(c.Name)
		}
	}
	ix.bindRefReturns() // first: scopes read it
	ix.bindClosures()
	return ix
}

// memo returns the value under key, building it on first use. Safe for
// concurrent use: one goroutine builds a key while those asking for the
// same key wait; build may itself call memo for other keys (never for its
// own: that would wait for itself). What build returns must be read-only
// after, or guard its own state.
func (ix *Index) memo(key string, build func() any) any {
	ix.sharedMu.Lock()
	e, ok := ix.shared[key]
	if !ok {
		if ix.shared == nil {
			ix.shared = map[string]*sharedEntry{}
		}
		e = &sharedEntry{}
		ix.shared[key] = e
	}
	ix.sharedMu.Unlock()
	e.once.Do(func() { e.v = build() })
	return e.v
}

// ClassByName finds a class by fully qualified name, or else by its short
// name when exactly one class has it.
func (ix *Index) ClassByName(name string) *ir.Class {
	if c := ix.Class(name); c != nil {
		return c
	}
	var found *ir.Class
	for _, c := range ix.classes {
		if strings.EqualFold(c.Short, name) {
			if found != nil && found != c {
				return nil // ambiguous
			}
			found = c
		}
	}
	return found
}

// Files returns the indexed files in discovery order.
func (ix *Index) Files() []*ir.File { return ix.files }

// ProjectClass returns the class-like named name when the project
// declares it, nil when it does not or when only library code does
// (vendor/ code read as a library, see ir.File.Library): what the worker
// model's facts about frameworks take as code outside the project.
func (ix *Index) ProjectClass(name string) *ir.Class {
	if c := ix.Class(name); c != nil && (c.File == nil || !c.File.Library) {
		return c
	}
	return nil
}

// Class returns the class-like named name, or nil.
func (ix *Index) Class(name string) *ir.Class {
	if name == "" {
		return nil
	}
	name = strings.TrimPrefix(name, `\`)
	if c := ix.exactClasses[name]; c != nil {
		return c
	}
	return lowercase.Get(ix.classes, name)
}

// Function resolves a call: the namespaced name first, then PHP's global
// fallback for unqualified names.
func (ix *Index) Function(name, fallback string) *ir.Func {
	name = strings.TrimPrefix(name, `\`)
	if f := ix.exactFuncs[name]; f != nil {
		return f
	}
	if f := lowercase.Get(ix.funcs, name); f != nil {
		return f
	}
	if fallback != "" {
		if f := ix.exactFuncs[fallback]; f != nil {
			return f
		}
		return lowercase.Get(ix.funcs, fallback)
	}
	return nil
}

// FunctionImpl is Function, except that a function whose first
// declaration is an empty stub resolves to a later declaration that does
// something: what the program runs when the stub's file is not loaded.
func (ix *Index) FunctionImpl(name, fallback string) *ir.Func {
	f := ix.Function(name, fallback)
	if f == nil || len(f.Body) > 0 || ix.impls == nil {
		return f
	}
	if impl := lowercase.Get(ix.impls, f.Name); impl != nil {
		return impl
	}
	return f
}

// Lineage lists a class, then the traits it uses (recursively), then its
// ancestors with theirs, in PHP's method resolution order. It is safe
// against inheritance cycles in broken code.
// Container returns what a class keeps as a container: PHP's or a
// framework's own (see builtins; by name, so Laravel's Collection is one
// whether or not its source is analysed), or what the container a project
// class extends keeps (class JobHeap extends SplHeap); nil for other
// classes.
func (ix *Index) Container(class string) *builtins.Container {
	if kc := builtins.Lookup(class); kc != nil || ix.Class(class) == nil {
		return kc
	}
	c := ix.Class(class)
	for range 64 { // a parent loop in broken code ends here
		if ix.Class(c.Parent) == nil {
			return builtins.Lookup(c.Parent)
		}
		c = ix.Class(c.Parent)
	}
	return nil
}

func (ix *Index) Lineage(name string) []*ir.Class {
	return ix.lineages[ix.Class(name)]
}

// lineage computes what Lineage returns for c.
func (ix *Index) lineage(c *ir.Class) []*ir.Class {
	var out []*ir.Class
	seen := map[*ir.Class]bool{}
	var addTraits func(c *ir.Class)
	addTraits = func(c *ir.Class) {
		for _, t := range c.Traits {
			if tc := ix.Class(t); tc != nil && !seen[tc] {
				seen[tc] = true
				out = append(out, tc)
				addTraits(tc)
			}
		}
	}
	for ; c != nil && !seen[c]; c = ix.Class(c.Parent) {
		seen[c] = true
		out = append(out, c)
		addTraits(c)
	}
	return slices.Clip(out)
}

// Method finds a method by name through the class lineage.
func (ix *Index) Method(class, name string) *ir.Func {
	c := ix.Class(class)
	if c == nil {
		return nil
	}
	return ix.methodsOf(c).find(name)
}

// methodTable is what Method reads for a class: the methods of the
// classes of its lineage by lower-cased name, the first in lineage
// order for each name. A class's table holds the methods of the class
// and of the traits it uses, and refers to its parent's table for the
// rest of its lineage, which is the parent's: inherited methods are not
// copied into the table of every subclass (that was eight entries for
// each method of Debian's MediaWiki).
type methodTable struct {
	own    map[string]*ir.Func
	parent *methodTable
}

// find looks name up in the table, in any case.
func (t *methodTable) find(name string) *ir.Func {
	for ; t != nil; t = t.parent {
		if m, ok := lowercase.Lookup(t.own, name); ok {
			return m
		}
	}
	return nil
}

// methodsOf returns c's method table, made on first use: rules ask the
// same classes for method after method (read far more often than
// filled, by the rules running at once: a sync.Map reads without a
// lock).
func (ix *Index) methodsOf(c *ir.Class) *methodTable {
	if v, ok := ix.methods.Load(c); ok {
		return v.(*methodTable)
	}
	v, _ := ix.methods.LoadOrStore(c, ix.newMethodTable(c))
	return v.(*methodTable)
}

// newMethodTable makes c's method table: on its parent's, unless c's
// lineage after the parent is not the parent's (a trait both use comes
// only once, with c; a loop of parents): then on none.
func (ix *Index) newMethodTable(c *ir.Class) *methodTable {
	lineage := ix.lineages[c]
	own := lineage
	var parent *methodTable
	if p := ix.Class(c.Parent); p != nil {
		if i := slices.Index(lineage, p); i > 0 && slices.Equal(lineage[i:], ix.lineages[p]) {
			own, parent = lineage[:i], ix.methodsOf(p)
		}
	}
	t := &methodTable{parent: parent}
	for _, l := range own {
		for _, m := range l.Methods {
			k := strings.ToLower(m.Name)
			if _, ok := t.own[k]; ok {
				continue
			}
			if t.own == nil {
				t.own = map[string]*ir.Func{}
			}
			t.own[k] = m
		}
	}
	if t.own == nil && parent != nil {
		return parent
	}
	return t
}

// Property finds a declared or promoted property through the lineage.
func (ix *Index) Property(class, name string) *ir.Property {
	for _, c := range ix.Lineage(class) {
		for _, p := range c.Props {
			if p.Name == name {
				return p
			}
		}
	}
	return nil
}

// TraitUsers lists the project classes whose lineage takes in trait
// (the classes that use it, their subclasses, classes using a trait that
// uses it), in declaration order; computed once for all traits.
func (ix *Index) TraitUsers(trait string) []*ir.Class {
	users := ix.memo("traitUsers", func() any {
		out := map[string][]*ir.Class{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				if c.Kind == ir.KindTrait || ix.Class(c.Name) != c {
					continue
				}
				for _, l := range ix.Lineage(c.Name) {
					if l.Kind == ir.KindTrait {
						k := strings.ToLower(l.Name)
						out[k] = append(out[k], c)
					}
				}
			}
		}
		return out
	}).(map[string][]*ir.Class)
	return lowercase.Get(users, strings.TrimPrefix(trait, `\`))
}

// SoleImplementation is the one concrete project class that is,
// implements or extends class, "" when there is none or more than one:
// code typed against an interface the project implements once calls
// that class.
func (ix *Index) SoleImplementation(class string) string {
	return lowercase.Get(ix.soleImplementations(), strings.TrimPrefix(class, `\`))
}

// soleImplementations maps every class and interface (lower-case) that
// a concrete project class is, extends or implements to that class, or
// to "" when there are several; computed once.
func (ix *Index) soleImplementations() map[string]string {
	return ix.memo("soleImplementations", func() any {
		out := map[string]string{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				if c.Kind != ir.KindClass || c.Abstract {
					continue
				}
				for k := range ix.supertypes(c.Name) {
					if prev, ok := out[k]; ok && !strings.EqualFold(prev, c.Name) {
						out[k] = ""
					} else {
						out[k] = c.Name
					}
				}
			}
		}
		return out
	}).(map[string]string)
}

// Implementations lists the concrete project classes that are, extend
// or implement class, in declaration order; computed once. The caller
// must not change it.
func (ix *Index) Implementations(class string) []string {
	return ix.implementations()[strings.ToLower(strings.TrimPrefix(class, `\`))]
}

func (ix *Index) implementations() map[string][]string {
	return ix.memo("implementations", func() any {
		out := map[string][]string{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				if c.Kind != ir.KindClass || c.Abstract {
					continue
				}
				for k := range ix.supertypes(c.Name) {
					out[k] = append(out[k], c.Name)
				}
			}
		}
		return out
	}).(map[string][]string)
}

// Implements reports whether class is, extends or implements iface
// (directly or through ancestors and interface inheritance).
func (ix *Index) Implements(class, iface string) bool {
	return lowercase.Get(ix.supertypes(class), strings.TrimPrefix(iface, `\`))
}

// Supertypes is the lower-cased set of class itself, its parents and the
// interfaces they implement (see supertypes). The caller must not change
// it.
func (ix *Index) Supertypes(class string) map[string]bool { return ix.supertypes(class) }

// supertypes is the lower-cased set of class itself, its parents and the
// interfaces they implement, as far as the project declares them (a name
// outside the project is in the set, its own parents are not). NewIndex
// computes it for every class, so reading it needs no lock.
func (ix *Index) supertypes(class string) map[string]bool {
	class = strings.TrimPrefix(class, `\`)
	if s, ok := lowercase.Lookup(ix.supers, class); ok {
		return s
	}
	// (kept per spelling: the same set, without a lower-case copy of
	// the name on every question)
	return ix.outside.Get(class, func() map[string]bool { return outsideSupertypes(strings.ToLower(class)) })
}

// outsideSupertypes is the set for a class outside the project: itself
// and, for a framework class, its known ancestors.
func outsideSupertypes(k string) map[string]bool {
	out := map[string]bool{k: true}
	for _, s := range builtins.FrameworkSupers(k) {
		out[s] = true
	}
	return out
}

// buildSupertypes fills ix.supers for class and its ancestors.
func (ix *Index) buildSupertypes(class string) map[string]bool {
	k := strings.ToLower(strings.TrimPrefix(class, `\`))
	if s, ok := ix.supers[k]; ok {
		return s
	}
	c := ix.Class(class)
	if c == nil {
		return outsideSupertypes(k)
	}
	out := map[string]bool{}
	ix.supers[k] = out // a loop in broken code ends here
	out[k] = true
	for _, i := range c.Interfaces {
		for s := range ix.buildSupertypes(i) {
			out[s] = true
		}
	}
	if c.Parent != "" {
		for s := range ix.buildSupertypes(c.Parent) {
			out[s] = true
		}
	}
	return out
}

// ConcreteMethod is the method a call of name runs on an object known
// only as a class, interface or abstract class that declares the method
// without a body: the one method every concrete project class that is
// or extends or implements class runs (FormFieldInterface::setForm(),
// which TextField and EmailField both take from AbstractField). nil
// when they differ, when none does, or when class has a body for it
// (then Method answers).
func (ix *Index) ConcreteMethod(class, name string) *ir.Func {
	// (kept per spelling of the names: the answer is the same for every
	// spelling, and no lower-case copies are made to ask)
	memo := ix.memo("concrete-method", func() any { return &LazyMap[[2]string, *ir.Func]{} }).(*LazyMap[[2]string, *ir.Func])
	return memo.Get([2]string{class, name}, func() *ir.Func { return ix.concreteMethod(class, name) })
}

func (ix *Index) concreteMethod(class, name string) *ir.Func {
	var out *ir.Func
	for _, c := range ix.ConcreteSubclasses(class) {
		m := ix.Method(c, name)
		if m == nil || m.Abstract || out != nil && m != out {
			return nil
		}
		out = m
	}
	return out
}

// ConcreteSubclasses lists the concrete project classes that are,
// extend or implement class, in declaration order; indexed once.
func (ix *Index) ConcreteSubclasses(class string) []string {
	subs := ix.memo("concrete-subclasses", func() any {
		out := map[string][]string{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				if c.Kind != ir.KindClass || c.Abstract || c.Anonymous {
					continue
				}
				for s := range ix.supertypes(c.Name) {
					out[s] = append(out[s], c.Name)
				}
			}
		}
		return out
	}).(map[string][]string)
	return lowercase.Get(subs, strings.TrimPrefix(class, `\`))
}

// AnonymousSubclassed reports whether some anonymous class of the
// project (new class extends Base { … }) is, extends or implements
// class: ConcreteSubclasses leaves those out.
func (ix *Index) AnonymousSubclassed(class string) bool {
	all := ix.memo("anonymous-subclassed", func() any {
		out := map[string]bool{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				if !c.Anonymous {
					continue
				}
				for s := range ix.supertypes(c.Name) {
					out[s] = true
				}
			}
		}
		return out
	}).(map[string]bool)
	return lowercase.Get(all, strings.TrimPrefix(class, `\`))
}

// ProjectSubtyped reports whether some project class (anonymous ones
// too) or interface is, extends or implements class: a call on an object
// typed class may then run project code.
func (ix *Index) ProjectSubtyped(class string) bool {
	all := ix.memo("project-subtyped", func() any {
		out := map[string]bool{}
		for _, f := range ix.files {
			for _, c := range f.Classes {
				for s := range ix.supertypes(c.Name) {
					out[s] = true
				}
			}
		}
		return out
	}).(map[string]bool)
	return lowercase.Get(all, strings.TrimPrefix(class, `\`))
}

// GlobalNew returns the `new` expression (and its file) a global
// variable is made by in top-level code ($queue = new SplQueue() in a
// file's body, or $GLOBALS['queue'] = new SplQueue() anywhere); nil when
// none, or when it is made of different classes.
func (ix *Index) GlobalNew(name string) (*ir.New, *ir.File) {
	type made struct {
		nw   *ir.New
		file *ir.File
	}
	all := ix.memo("globalNews", func() any {
		out := map[string]made{}
		note := func(name string, nw *ir.New, f *ir.File) {
			if prev, ok := out[name]; ok && (prev.nw == nil || !strings.EqualFold(prev.nw.Class, nw.Class)) {
				out[name] = made{}
				return
			}
			out[name] = made{nw, f}
		}
		for _, f := range ix.files {
			for _, fn := range f.AllFuncs() {
				if funcKinds(fn)&KNew == 0 {
					continue
				}
				InspectFunc(fn, KAssign, func(n Node, _ []Node) bool {
					a, ok := n.(*ir.Assign)
					if !ok || a.Op != "=" {
						return true
					}
					nw, ok := a.Src.(*ir.New)
					if !ok || nw.Class == "" {
						return true
					}
					switch d := a.Dst.(type) {
					case *ir.Var:
						if fn.Kind == ir.FuncMain && d.Name != "" && d.Name != "this" {
							note(d.Name, nw, f)
						}
					case *ir.Dim:
						if v, ok := d.Base.(*ir.Var); ok && v.Name == "GLOBALS" {
							if lit, ok := d.Key.(*ir.Lit); ok && lit.Kind == ir.LitString {
								note(lit.Value, nw, f)
							}
						}
					}
					return true
				})
			}
		}
		return out
	}).(map[string]made)
	m := all[name]
	return m.nw, m.file
}

// GlobalClass is the class of GlobalNew's object, "" when none.
func (ix *Index) GlobalClass(name string) string {
	if nw, _ := ix.GlobalNew(name); nw != nil {
		return nw.Class
	}
	return ""
}

// warm builds the facts the index derives from the files alone (who
// calls what by name, what is assigned where, which classes are made)
// on up to jobs goroutines of their own, while the caller builds the
// rules' shared facts: a fact asked for while it is being built is
// waited for (see memo), so what anyone reads is the same as if it had
// been built on first use. wait returns once they are all built.
func (ix *Index) warm(jobs int) (wait func()) {
	facts := []func(){
		func() { ix.calledNames() },
		func() { ix.assignedProps() },
		func() { ix.namedByString() },
		func() { ix.methodCalls() },
		func() { ix.news() },
		func() { ix.staticCalls() },
		func() { ix.GlobalNew("") },
		func() { ix.globalNames() },
		func() { ix.byRefParams() },
		func() { ix.hasSubclass("") },
		// (asked by the rules, when both cores are busy with them)
		func() { ix.MayRunUnderFrankenPHP() },
	}
	if jobs <= 0 {
		return func() {}
	}
	next := make(chan func(), len(facts))
	for _, f := range facts {
		next <- f
	}
	close(next)
	var wg sync.WaitGroup
	for range min(jobs, len(facts)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for f := range next {
				f()
			}
		}()
	}
	return wg.Wait
}
