// Package builtins says what PHP's own classes and functions keep and
// let go of: the containers of the SPL and of the frameworks, the weak
// ones, and the engine functions that keep a callable for the life of the
// process. It is data, in one place, read by the rules and by the
// simulation alike.
package builtins

import (
	"strings"

	"github.com/phpleak/phpleak/internal/lowercase"
)

// A Container is a class whose objects hold values.
type Container struct {
	// AddBy: the methods that add a value (lower case).
	AddBy []string
	// TakeBy: the methods that remove one value, by key or object
	// (detach, offsetUnset) or from an end (pop, shift, dequeue,
	// extract).
	TakeBy []string
	// ClearBy: the methods that remove every value.
	ClearBy []string
	// KeyBy: the adds, among AddBy, whose first argument is the key the
	// value is stored under (attach($object), offsetSet($key, $v),
	// set($key, $v)): adding under a key already there replaces.
	KeyBy []string
	// Weak: the keys are held weakly (WeakMap): an entry goes when its
	// key object is freed.
	Weak bool
	// Bounded: the size is fixed when it is made (SplFixedArray).
	Bounded bool
	// IterTakes: iterating it (foreach) takes each value out as it goes:
	// a heap or priority queue, whose next() extracts the top.
	IterTakes bool
	// DrainMode: the iterator-mode flag (a class constant's name) under
	// which iterating it takes each value out: SplDoublyLinkedList's
	// IT_MODE_DELETE, given to setIteratorMode().
	DrainMode string
}

var (
	list = Container{AddBy: []string{"push", "unshift", "add", "offsetset"}, TakeBy: []string{"pop", "shift", "offsetunset"},
		DrainMode: "IT_MODE_DELETE"}
	queue = Container{AddBy: []string{"push", "unshift", "add", "offsetset", "enqueue"}, TakeBy: []string{"pop", "shift", "offsetunset", "dequeue"},
		DrainMode: "IT_MODE_DELETE"}
	heap  = Container{AddBy: []string{"insert"}, TakeBy: []string{"extract"}, IterTakes: true}
	array = Container{AddBy: []string{"append", "offsetset"}, TakeBy: []string{"offsetunset"}, ClearBy: []string{"exchangearray"},
		KeyBy: []string{"offsetset"}}
)

// containers maps lower-case short class names to what they keep.
var containers = map[string]*Container{
	// SPL
	// removeAll($s) removes what $s holds, removeAllExcept($s) the rest:
	// taken as emptying it, the common use ($this->s->removeAll($this->s))
	"splobjectstorage": {AddBy: []string{"attach", "offsetset", "addall"}, TakeBy: []string{"detach", "offsetunset"},
		ClearBy: []string{"removeall", "removeallexcept"}, KeyBy: []string{"attach", "offsetset"}},
	"spldoublylinkedlist": &list,
	"splstack":            &list,
	"splqueue":            &queue,
	"splheap":             &heap,
	"splminheap":          &heap,
	"splmaxheap":          &heap,
	"splpriorityqueue":    &heap,
	"arrayobject":         &array,
	"arrayiterator":       &array,
	"splfixedarray":       {Bounded: true},
	"weakmap":             {AddBy: []string{"offsetset"}, TakeBy: []string{"offsetunset"}, Weak: true},
	// Doctrine and Laravel collections
	"arraycollection": {AddBy: []string{"add", "set", "offsetset"}, TakeBy: []string{"remove", "removeelement", "offsetunset"},
		ClearBy: []string{"clear"}, KeyBy: []string{"set", "offsetset"}},
	"collection": {AddBy: []string{"push", "put", "prepend", "add", "offsetset"},
		TakeBy: []string{"pop", "shift", "pull", "forget", "offsetunset"}, KeyBy: []string{"put", "offsetset"}},
}

// Lookup returns what a class keeps, by its name (qualified or not), or
// nil when it is no known container.
func Lookup(class string) *Container {
	if i := strings.LastIndexByte(class, '\\'); i >= 0 {
		class = class[i+1:]
	}
	return lowercase.Get(containers, class)
}

// IsContainer reports whether a class is a known container.
func IsContainer(class string) bool { return Lookup(class) != nil }

// Adds reports whether method adds a value to c.
func (c *Container) Adds(method string) bool { return has(c.AddBy, method) }

// Keys reports whether method adds under the key its first argument
// names (offsetSet(null, $v) appends).
func (c *Container) Keys(method string) bool { return has(c.KeyBy, method) }

// Takes reports whether method removes one value from c.
func (c *Container) Takes(method string) bool { return has(c.TakeBy, method) }

// Clears reports whether method empties c.
func (c *Container) Clears(method string) bool { return has(c.ClearBy, method) }

// IterationDrains reports whether iterating c takes its values out: always
// for a heap, for a list once its iterator mode has the flag named
// drainMode set (modeSet reports whether code sets a mode flag, by its
// constant's name).
func (c *Container) IterationDrains(modeSet func(flag string) bool) bool {
	return c.IterTakes || c.DrainMode != "" && modeSet(c.DrainMode)
}

// SetsMode reports whether method sets c's iterator mode.
func (c *Container) SetsMode(method string) bool {
	return c.DrainMode != "" && strings.EqualFold(method, "setIteratorMode")
}

// Releases reports whether method removes from c, one value or all.
func (c *Container) Releases(method string) bool { return c.Takes(method) || c.Clears(method) }

// AddsAny and ReleasesAny answer for a receiver of unknown class: whether
// some container adds or releases by that method name.
func AddsAny(method string) bool { return lowercase.Get(addsAny, method) }

// ReleasesAny: see AddsAny.
func ReleasesAny(method string) bool { return lowercase.Get(releasesAny, method) }

// The answers of AddsAny and ReleasesAny, by lower-case method name,
// computed once: rules ask for every method call they see.
var addsAny, releasesAny = func() (map[string]bool, map[string]bool) {
	a, r := map[string]bool{}, map[string]bool{}
	for _, c := range containers {
		for _, m := range c.AddBy {
			a[m] = true
		}
		for _, m := range append(append([]string(nil), c.TakeBy...), c.ClearBy...) {
			r[m] = true
		}
	}
	return a, r
}()

func has(list []string, method string) bool {
	for _, m := range list {
		if strings.EqualFold(m, method) {
			return true
		}
	}
	return false
}

// unknownAdds are the methods taken to add to a container whose class
// phpleak cannot tell: the unambiguous ones (insert, set or put on an
// unknown object is as often a database or a cache as a collection).
var unknownAdds = map[string]bool{"push": true, "append": true, "attach": true, "offsetset": true,
	"enqueue": true, "add": true, "unshift": true}

// UnknownAdds reports whether method is taken to add its argument to an
// object whose class is unknown.
func UnknownAdds(method string) bool { return lowercase.Get(unknownAdds, method) }

// A Registration is an engine function that keeps a callable for the
// life of the process (or until undone).
type Registration struct {
	// Undo names the function that lets the latest one go ("" when
	// nothing can).
	Undo string
	// Stacks: each call adds one more for the process (a handler stack,
	// the shutdown list), rather than replacing the previous one or
	// being undone within the request as a rule (ob_start).
	Stacks bool
	// Keyed: it keeps one entry per name (its first argument): a name
	// from a fixed set registers once, a name built per request adds an
	// entry each time.
	Keyed bool
}

// keeps maps lower-case built-in class names to the constructor
// arguments their objects hold on to, each with a name for messages: a
// ReflectionObject holds the object it reflects, an ArrayIterator the
// array or object it walks.
var keeps = map[string]map[int]string{
	"reflectionobject":       {0: "object"},
	"reflectionfunction":     {0: "closure"},
	"reflectiongenerator":    {0: "generator"},
	"arrayobject":            {0: "storage"},
	"arrayiterator":          {0: "storage"},
	"iteratoriterator":       {0: "iterator"},
	"cachingiterator":        {0: "iterator"},
	"callbackfilteriterator": {0: "iterator", 1: "callback"},
	"limititerator":          {0: "iterator"},
	"norewinditerator":       {0: "iterator"},
	"infiniteiterator":       {0: "iterator"},
	// a fiber keeps the callable it runs (and its frame, once started)
	"fiber": {0: "callable"},
}

// CtorKeeps says which constructor arguments a built-in class's objects
// keep (argument index to a name for messages); nil for other classes.
func CtorKeeps(class string) map[int]string {
	return lowercase.Get(keeps, strings.TrimPrefix(class, `\`))
}

// inert are PHP's own value containers, whose methods call no method of
// what they hold: a call on one runs no project code, unless a project
// class extends it (a heap's compare(), a storage's getHash()).
var inert = set("splstack", "splqueue", "spldoublylinkedlist", "splobjectstorage", "splfixedarray",
	"splheap", "splminheap", "splmaxheap", "splpriorityqueue", "arrayobject", "arrayiterator",
	"weakmap", "weakreference")

// Inert reports whether class (fully qualified) is one of PHP's value
// containers (see inert).
func Inert(class string) bool { return lowercase.Get(inert, strings.TrimPrefix(class, `\`)) }

// registrations maps lower-case function names to what they keep.
// header_register_callback keeps one callback, the last (measured: a
// thousand calls retain nothing); stream_filter_register keeps one class
// per filter name, for the process.
var registrations = map[string]Registration{
	"register_shutdown_function": {Stacks: true},
	"set_error_handler":          {Undo: "restore_error_handler", Stacks: true},
	"set_exception_handler":      {Undo: "restore_exception_handler", Stacks: true},
	"spl_autoload_register":      {Undo: "spl_autoload_unregister", Stacks: true},
	"header_register_callback":   {},
	"register_tick_function":     {Undo: "unregister_tick_function", Stacks: true},
	"ob_start":                   {Undo: "ob_end_clean"},
	"session_set_save_handler":   {},
	"stream_filter_register":     {Keyed: true},
	"stream_wrapper_register":    {Undo: "stream_wrapper_unregister", Keyed: true},
}

// Registers returns what an engine function keeps, by name.
func Registers(function string) (Registration, bool) {
	return lowercase.Lookup(registrations, function)
}
