package builtins

import (
	"slices"
	"strings"

	"github.com/phpleak/phpleak/internal/lowercase"
)

// What framework libraries keep inside the services they hand out: state
// that grows with every call of some methods until another method empties
// it. The code of those libraries is usually not analysed (it is under
// vendor/), so the rules read it from here.

// A LibraryState is state a library's service keeps.
type LibraryState struct {
	// What names the state for messages.
	What string
	// AddBy: the methods whose calls add to it (lower case).
	AddBy []string
	// ReleaseBy: the methods that empty it (lower case); Release names
	// the first as written, for messages.
	ReleaseBy []string
	Release   string
	// EnabledBy: a method that must have been called on the service for
	// AddBy to keep anything (a query log is off until enabled); "" when
	// the state is always kept.
	EnabledBy string
	// Fix says how the code usually lets go of it.
	Fix string
	// Keyed: a call adds only what is not kept yet, under its first
	// argument (a cache): the state grows with the distinct values of
	// that argument, not with the calls.
	Keyed bool
	// KeysInArray: with Keyed, the keys that grow it are those of the
	// array literal given first (withContext(['order' => $id])).
	KeysInArray bool
	// OctaneFlushes: Laravel Octane's default listeners empty it after
	// every request, in an application that runs on Octane.
	OctaneFlushes bool
	// Service names, for messages, the service a helper function of
	// LibraryFunction asks.
	Service string
}

// libraryStates maps lower-case class and interface names to the state
// their instances keep.
var libraryStates = map[string]*LibraryState{}

func init() {
	identityMap := &LibraryState{
		What:      "its identity map (every entity it has loaded or persisted, with their change sets)",
		AddBy:     []string{"persist", "find", "getreference", "merge", "refresh"},
		ReleaseBy: []string{"clear", "close"},
		Release:   "clear",
		Fix:       "Call $entityManager->clear() after each message or batch (Symfony Messenger's doctrine_clear_entity_manager middleware does it for handlers).",
	}
	for _, c := range []string{
		`doctrine\orm\entitymanagerinterface`, `doctrine\orm\entitymanager`,
		`doctrine\persistence\objectmanager`, `doctrine\orm\decorator\entitymanagerdecorator`,
	} {
		libraryStates[c] = identityMap
	}
	// Doctrine's ManagerRegistry hands out the entity managers
	for _, c := range []string{`doctrine\persistence\managerregistry`, `doctrine\bundle\doctrinebundle\registry`, `doctrine\persistence\abstractmanagerregistry`} {
		handouts[c] = map[string]*LibraryState{"getmanager": identityMap, "getmanagers": identityMap, "getmanagerforclass": identityMap}
	}
	queryLog := &LibraryState{
		What:      "its query log (every query with its bindings, once enableQueryLog() was called)",
		AddBy:     []string{"select", "selectone", "insert", "update", "delete", "statement", "affectingstatement", "unprepared", "cursor"},
		ReleaseBy: []string{"flushquerylog", "disablequerylog"},
		Release:   "flushQueryLog",
		EnabledBy: "enablequerylog",
		Fix:       "Call flushQueryLog() after each job, or leave the query log disabled in workers.",
	}
	for _, c := range []string{`illuminate\database\connection`, `illuminate\database\connectioninterface`, `illuminate\database\mysqlconnection`,
		`illuminate\database\postgresconnection`, `illuminate\database\sqliteconnection`, `illuminate\database\sqlserverconnection`} {
		libraryStates[c] = queryLog
	}
}

func init() {
	// Laravel's translator keeps every key it parses (NamespacedItemResolver
	// ::$parsed) until flushParsedKeys(): a key with request data in it
	// (__("Parcel {$ref} was rejected")) adds one per request
	parsedKeys := &LibraryState{
		What:      "its cache of parsed translation keys (one entry for every distinct key it is asked for)",
		AddBy:     []string{"get", "choice", "has", "hasforlocale", "trans", "transchoice"},
		ReleaseBy: []string{"flushparsedkeys"},
		Release:   "flushParsedKeys",
		Keyed:     true,
		// (FlushTranslatorCache, since laravel/octane#416)
		OctaneFlushes: true,
		Service:       "Laravel's translator",
		Fix:           "Translate a fixed key and pass what varies as replacements (__('orders.rejected', ['ref' => $ref])), or call flushParsedKeys() after each request (Octane's FlushTranslatorCache listener does).",
	}
	for _, c := range []string{`illuminate\translation\translator`, `illuminate\contracts\translation\translator`, `illuminate\support\facades\lang`} {
		libraryStates[c] = parsedKeys
	}
	for _, f := range []string{"__", "trans", "trans_choice"} {
		libraryFunctions[f] = parsedKeys
	}
	// the context Laravel's logger adds to every entry, merged with each
	// withContext()/shareContext() until withoutContext() or
	// flushSharedContext(): keys that carry request data pile up
	logContext := &LibraryState{
		What:          "its log context (every key a call adds, kept for every later entry)",
		AddBy:         []string{"withcontext", "sharecontext"},
		ReleaseBy:     []string{"withoutcontext", "flushsharedcontext"},
		Release:       "withoutContext",
		Keyed:         true,
		KeysInArray:   true,
		OctaneFlushes: true,
		Fix:           "Use fixed context keys that each request overwrites (['order_id' => $id]), or call Log::withoutContext() or Log::flushSharedContext() after each request (Octane's FlushLogContext listener does).",
	}
	for _, c := range []string{`illuminate\support\facades\log`, `illuminate\log\logmanager`, `illuminate\log\logger`} {
		libraryStates[c] = logContext
	}
}

// libraryFunctions maps the helper functions of frameworks that call a
// service keeping a LibraryState to that state.
var libraryFunctions = map[string]*LibraryState{}

// LibraryFunction returns the state the service a helper function calls
// keeps (Laravel's __() and trans(): the translator's parsed keys), or nil.
func LibraryFunction(name string) *LibraryState {
	return lowercase.Get(libraryFunctions, strings.TrimPrefix(name, `\`))
}

// handouts maps lower-case class names to the methods whose returns (or
// whose returned list's elements) are objects keeping a library state.
var handouts = map[string]map[string]*LibraryState{}

// HandedOut returns the state the objects method of class returns keep
// (itself, or the elements of the list it returns), or nil.
func HandedOut(class, method string) *LibraryState {
	return lowercase.Get(lowercase.Get(handouts, strings.TrimPrefix(class, `\`)), method)
}

// Library returns the state instances of class keep, by its fully
// qualified name, or nil.
func Library(class string) *LibraryState {
	return lowercase.Get(libraryStates, strings.TrimPrefix(class, `\`))
}

// Adds reports whether a call of method adds to the state.
func (s *LibraryState) Adds(method string) bool { return has(s.AddBy, method) }

// Releases reports whether a call of method empties the state.
func (s *LibraryState) Releases(method string) bool { return has(s.ReleaseBy, method) }

// frameworkSupers are ancestors of framework classes that projects
// extend, for when the framework's code is not analysed: a project's
// EventServiceProvider is a ServiceProvider, its User an Eloquent model.
var frameworkSupers = map[string][]string{
	`illuminate\foundation\support\providers\eventserviceprovider`: {`illuminate\support\serviceprovider`},
	`illuminate\foundation\support\providers\routeserviceprovider`: {`illuminate\support\serviceprovider`},
	`illuminate\foundation\support\providers\authserviceprovider`:  {`illuminate\support\serviceprovider`},
	`illuminate\foundation\auth\user`:                              {`illuminate\database\eloquent\model`},
	`illuminate\database\eloquent\relations\pivot`:                 {`illuminate\database\eloquent\model`},
}

// phpExceptionParents is the hierarchy of PHP's own exceptions and
// errors, child to parent: a project's exception extends one of them, and
// `catch (\RuntimeException $e)` catches what it throws.
var phpExceptionParents = map[string]string{
	`exception`: `throwable`, `error`: `throwable`,
	`errorexception`: `exception`, `jsonexception`: `exception`, `logicexception`: `exception`, `runtimeexception`: `exception`,
	`badfunctioncallexception`: `logicexception`, `badmethodcallexception`: `badfunctioncallexception`,
	`domainexception`: `logicexception`, `invalidargumentexception`: `logicexception`,
	`lengthexception`: `logicexception`, `outofrangeexception`: `logicexception`,
	`outofboundsexception`: `runtimeexception`, `overflowexception`: `runtimeexception`, `rangeexception`: `runtimeexception`,
	`underflowexception`: `runtimeexception`, `unexpectedvalueexception`: `runtimeexception`, `pdoexception`: `runtimeexception`,
	`typeerror`: `error`, `valueerror`: `error`, `arithmeticerror`: `error`, `compileerror`: `error`, `unhandledmatcherror`: `error`,
	`argumentcounterror`: `typeerror`, `divisionbyzeroerror`: `arithmeticerror`, `parseerror`: `compileerror`,
}

func init() {
	for c := range phpExceptionParents {
		for p, ok := phpExceptionParents[c]; ok; p, ok = phpExceptionParents[p] {
			frameworkSupers[c] = append(frameworkSupers[c], p)
		}
	}
}

// FrameworkSupers lists the known ancestors (lower case) of a framework
// class, or of one of PHP's exceptions, by its fully qualified name.
func FrameworkSupers(class string) []string {
	return lowercase.Get(frameworkSupers, strings.TrimPrefix(class, `\`))
}

// A LogBuffer is a Monolog handler that keeps the records it is given
// until it is flushed: FingersCrossedHandler until a record reaches its
// action level, BufferHandler until close(). With a size of 0 (their
// default) it keeps every record; the logger's reset() (which Symfony's
// services resetter calls between messages) or close() empties it.
type LogBuffer struct {
	// Param and At name the constructor parameter that bounds it.
	Param string
	At    int
	// Until says, for messages, what empties it on its own.
	Until string
}

var logBuffers = map[string]*LogBuffer{
	`monolog\handler\fingerscrossedhandler`: {Param: "bufferSize", At: 2, Until: "a record reaches its action level"},
	`monolog\handler\bufferhandler`:         {Param: "bufferLimit", At: 1, Until: "the handler is closed"},
}

// LogBufferOf returns the buffering of Monolog handler class, by its
// fully qualified name, or nil.
func LogBufferOf(class string) *LogBuffer {
	return lowercase.Get(logBuffers, strings.TrimPrefix(class, `\`))
}

// LogBufferShorts lists the short names of the buffering handlers, for
// finding where they are made.
func LogBufferShorts() []string {
	return []string{"FingersCrossedHandler", "BufferHandler"}
}

// loggers are the logger classes and interfaces whose level methods
// hand a record to the logger's handlers.
var loggers = map[string]bool{
	`monolog\logger`: true, `psr\log\loggerinterface`: true,
	`illuminate\log\logger`: true, `illuminate\log\logmanager`: true, `illuminate\support\facades\log`: true,
}

// IsLogger reports whether class (fully qualified) is a logger whose
// level methods (LogLevel) reach its handlers.
func IsLogger(class string) bool { return lowercase.Get(loggers, strings.TrimPrefix(class, `\`)) }

// LogLevel reports whether method is one of PSR-3's level methods or
// log().
func LogLevel(method string) bool {
	switch strings.ToLower(method) {
	case "emergency", "alert", "critical", "error", "warning", "notice", "info", "debug", "log":
		return true
	}
	return false
}

// copyingWithers are, by PSR-7 interface, the methods that hand back a
// new object on every call: PSR-7's messages are immutable, and what
// these with-ers return is a clone carrying the change in every
// implementation (Nyholm, Guzzle, Laminas, Slim). Others (withBody(),
// withUri(), withoutHeader(), withProtocolVersion()) may return the same
// object when nothing changes, and are left out. Every message has
// MessageInterface's.
var copyingWithers = map[string][]string{
	`psr\http\message\messageinterface`:       {"withheader", "withaddedheader"},
	`psr\http\message\requestinterface`:       nil,
	`psr\http\message\responseinterface`:      {"withstatus"},
	`psr\http\message\serverrequestinterface`: {"withattribute", "withparsedbody", "withqueryparams", "withcookieparams", "withuploadedfiles"},
}

// CopyingWither reports whether method, called on an object of library
// class (an interface of PSR-7's), returns a new object every time.
func CopyingWither(class, method string) bool {
	own, ok := lowercase.Lookup(copyingWithers, strings.TrimPrefix(class, `\`))
	m := strings.ToLower(method)
	return ok && (slices.Contains(own, m) || slices.Contains(copyingWithers[`psr\http\message\messageinterface`], m))
}
