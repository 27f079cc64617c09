package builtins

import (
	"strings"

	"github.com/phpleak/phpleak/internal/lowercase"
)

// What PHP's functions make of the values they are given, for key
// domains: whether a key built with them stays one of a fixed set or is
// new on every request.

// fresh are the functions whose result differs on every call: time,
// randomness and new ids.
var fresh = set("uniqid", "microtime", "hrtime", "time", "random_int", "mt_rand", "rand", "random_bytes",
	"lcg_value", "session_create_id", "session_id")

// digests are the functions that hash or encode their arguments.
var digests = set("md5", "sha1", "hash", "crc32", "bin2hex", "hash_hmac", "base64_encode", "xxh128")

// derives are the functions whose result ranges over as many values as
// their arguments: a lower-cased, trimmed, formatted, joined or hashed
// fixed name is still one of a fixed set; the same built from an id is
// new per request.
var derives = set("strtolower", "strtoupper", "mb_strtolower", "mb_strtoupper", "ucfirst", "lcfirst",
	"ucwords", "trim", "ltrim", "rtrim", "sprintf", "vsprintf", "implode", "join", "str_replace",
	"str_ireplace", "substr", "mb_substr", "strtr", "str_pad", "strval", "intval", "json_encode",
	"serialize", "urlencode", "rawurlencode", "preg_replace", "md5", "sha1", "hash", "crc32", "bin2hex",
	"hash_hmac", "base64_encode", "xxh128", "basename", "dirname", "strrev", "http_build_query",
	"number_format", "htmlspecialchars", "htmlentities", "strip_tags", "addslashes", "urldecode",
	"rawurldecode", "base64_decode", "mb_convert_case", "str_repeat", "nl2br", "long2ip", "ip2long",
	"inet_ntop", "inet_pton", "dechex", "hexdec", "intdiv", "floor", "ceil", "round")

// selects are the functions whose result holds only keys and values of
// the arrays they are given (and their other arguments): a key, a slice,
// a merge or a flip of a table of fixed names is still made of fixed
// names.
var selects = set("array_keys", "array_values", "array_unique", "array_reverse", "array_slice", "array_flip",
	"array_merge", "array_replace", "array_combine", "array_intersect_key", "array_diff_key", "array_intersect",
	"array_diff", "array_column", "array_chunk", "array_fill_keys", "array_pad", "array_key_first",
	"array_key_last", "current", "reset", "end", "key", "min", "max")

// predicates are the functions that answer a question: true or false
// (preg_match: 1, 0 or false), whatever they are asked about.
var predicates = set("str_starts_with", "str_ends_with", "str_contains", "in_array", "array_key_exists",
	"key_exists", "array_is_list", "preg_match", "method_exists", "property_exists", "class_exists",
	"interface_exists", "enum_exists", "trait_exists", "function_exists", "defined", "file_exists",
	"is_a", "is_subclass_of", "is_int", "is_integer", "is_long", "is_float", "is_double", "is_string",
	"is_bool", "is_array", "is_object", "is_null", "is_numeric", "is_scalar", "is_callable", "is_iterable",
	"is_countable", "is_resource", "is_file", "is_dir", "is_link", "is_readable", "is_writable",
	"is_writeable", "is_executable", "is_uploaded_file", "is_nan", "is_finite", "is_infinite",
	"ctype_alnum", "ctype_alpha", "ctype_cntrl", "ctype_digit", "ctype_graph", "ctype_lower",
	"ctype_print", "ctype_punct", "ctype_space", "ctype_upper", "ctype_xdigit", "checkdate",
	"hash_equals", "password_verify", "password_needs_rehash")

// Predicate reports whether function answers true or false (see
// predicates): its result is one of two values.
func Predicate(function string) bool { return lowercase.Get(predicates, function) }

// splits are the functions that cut a string into an array of its
// pieces: each piece takes as many values as the string.
var splits = set("explode", "preg_split", "str_split", "parse_url", "pathinfo", "mb_str_split")

// copiesOut are the functions whose result holds none of the objects
// they are given: it copies data out of them (their properties' values,
// their class, a string or a count).
var copiesOut = set("get_object_vars", "get_class", "get_parent_class", "get_debug_type", "gettype", "json_encode",
	"serialize", "var_export", "print_r", "count", "iterator_count", "spl_object_id", "spl_object_hash",
	"method_exists", "property_exists", "is_a", "is_subclass_of", "strval", "intval", "sprintf")

// configReads are the methods of the configuration stores of frameworks
// that read a setting, by lower-case class: the settings are loaded when
// the application boots, so what they return is one of a fixed set.
var configReads = map[string]map[string]bool{
	`illuminate\config\repository`:                                             {"get": true, "all": true, "array": true, "string": true, "integer": true, "boolean": true},
	`illuminate\contracts\config\repository`:                                   {"get": true, "all": true},
	`illuminate\support\facades\config`:                                        {"get": true, "all": true, "array": true, "string": true, "integer": true, "boolean": true},
	`symfony\component\dependencyinjection\parameterbag\parameterbaginterface`: {"get": true, "all": true},
	`symfony\component\dependencyinjection\parameterbag\containerbaginterface`: {"get": true, "all": true},
	`symfony\component\dependencyinjection\parameterbag\parameterbag`:          {"get": true, "all": true},
	`symfony\component\dependencyinjection\parameterbag\containerbag`:          {"get": true, "all": true},
}

// ConfigRead reports whether method of class (fully qualified) reads a
// setting of the application's configuration: Laravel's config
// repository and Config facade, Symfony's parameter bags.
func ConfigRead(class, method string) bool {
	return lowercase.Get(lowercase.Get(configReads, strings.TrimPrefix(class, `\`)), method)
}

// freshStatics are the static methods of common libraries that make a
// new id or random string on every call, by lower-case class.
var freshStatics = map[string]map[string]bool{
	`illuminate\support\str`:     {"uuid": true, "uuid7": true, "ordereduuid": true, "ulid": true, "random": true, "password": true},
	`ramsey\uuid\uuid`:           {"uuid1": true, "uuid4": true, "uuid6": true, "uuid7": true},
	`symfony\component\uid\uuid`: {"v1": true, "v4": true, "v6": true, "v7": true},
	`symfony\component\uid\ulid`: {"generate": true},
}

// FreshStatic reports whether static method method of class (fully
// qualified) returns a new value on every call: Laravel's Str::uuid(),
// Str::random(), Ramsey's Uuid::uuid4(), Symfony's Uuid::v4().
func FreshStatic(class, method string) bool {
	return lowercase.Get(lowercase.Get(freshStatics, strings.TrimPrefix(class, `\`)), method)
}

// Fresh reports whether a function returns a new value on every call
// (time, randomness, new ids).
func Fresh(function string) bool { return lowercase.Get(fresh, function) }

// Digest reports whether a function hashes or encodes its arguments.
func Digest(function string) bool { return lowercase.Get(digests, function) }

// Derives reports whether a function's result takes as many values as
// its arguments do (string case, trimming, formatting, joining, hashing).
func Derives(function string) bool { return lowercase.Get(derives, function) }

// Selects reports whether a function's result holds only keys and values
// of its arguments (array_keys, array_merge, array_key_first).
func Selects(function string) bool { return lowercase.Get(selects, function) }

// Splits reports whether a function cuts a string into an array of
// pieces (explode('.', $host)): an element is as varied as the string.
func Splits(function string) bool { return lowercase.Get(splits, function) }

// FewPieces reports whether the piece a component flag asks a splitting
// function for takes only a handful of values, whatever the string:
// parse_url($url, PHP_URL_SCHEME), pathinfo($file, PATHINFO_EXTENSION).
func FewPieces(flag string) bool {
	switch strings.TrimPrefix(flag, `\`) {
	case "PHP_URL_SCHEME", "PHP_URL_HOST", "PHP_URL_PORT", "PATHINFO_EXTENSION":
		return true
	}
	return false
}

// Pieces lists, for a splitting function called without a component
// flag, the keys of the array it returns: few are the pieces that take
// a handful of values whatever the string (see FewPieces), other the
// rest. Both nil for the other functions.
func Pieces(function string) (few, other []string) {
	switch strings.ToLower(function) {
	case "parse_url":
		return []string{"scheme", "host", "port"}, []string{"user", "pass", "path", "query", "fragment"}
	case "pathinfo":
		return []string{"extension"}, []string{"dirname", "basename", "filename"}
	}
	return nil, nil
}

// CopiesOut reports whether a function's result holds none of the
// objects given to it (get_object_vars($entity), json_encode($order)).
func CopiesOut(function string) bool { return lowercase.Get(copiesOut, function) }

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// recurringEvents are the events a framework dispatches over and over
// while a worker serves (a mail sent, a query run, a job processed), by
// lower-case fully qualified class: what each one is dispatched for. A
// listener the project registers for one runs that often, wherever the
// registration is written (a service provider's boot()).
var recurringEvents = map[string]string{
	`illuminate\mail\events\messagesending`:               "mail sent",
	`illuminate\mail\events\messagesent`:                  "mail sent",
	`illuminate\notifications\events\notificationsending`: "notification sent",
	`illuminate\notifications\events\notificationsent`:    "notification sent",
	`illuminate\notifications\events\notificationfailed`:  "notification that fails",
	`illuminate\database\events\queryexecuted`:            "query run",
	`illuminate\database\events\transactionbeginning`:     "transaction",
	`illuminate\database\events\transactioncommitted`:     "transaction",
	`illuminate\database\events\transactionrolledback`:    "transaction rolled back",
	`illuminate\queue\events\jobprocessing`:               "job",
	`illuminate\queue\events\jobprocessed`:                "job",
	`illuminate\queue\events\jobfailed`:                   "job that fails",
	`illuminate\queue\events\jobexceptionoccurred`:        "job that throws",
	`illuminate\queue\events\jobqueued`:                   "job queued",
	`illuminate\foundation\http\events\requesthandled`:    "request",
	`illuminate\routing\events\routematched`:              "request",
	`illuminate\routing\events\preparingresponse`:         "response",
	`illuminate\routing\events\responseprepared`:          "response",
	`illuminate\log\events\messagelogged`:                 "log record",
	`illuminate\cache\events\cachehit`:                    "cache read",
	`illuminate\cache\events\cachemissed`:                 "cache read",
	`illuminate\cache\events\keywritten`:                  "cache write",
	`illuminate\cache\events\keyforgotten`:                "cache delete",
	`illuminate\http\client\events\requestsending`:        "HTTP call",
	`illuminate\http\client\events\responsereceived`:      "HTTP call",
	`illuminate\http\client\events\connectionfailed`:      "HTTP call that fails",
	`illuminate\auth\events\attempting`:                   "login attempt",
	`illuminate\auth\events\authenticated`:                "authenticated request",
	`illuminate\auth\events\login`:                        "login",
	`illuminate\auth\events\failed`:                       "failed login",
}

// RecurringEvent reports, for an event class a framework dispatches
// again and again while a worker serves, what it is dispatched for ("job",
// "query run"): MessageSent, QueryExecuted, JobProcessed.
func RecurringEvent(class string) (string, bool) {
	unit, ok := lowercase.Lookup(recurringEvents, strings.TrimPrefix(class, `\`))
	return unit, ok
}

// scheduledFuncs are the library functions that run the callable they
// are handed once, soon, in the same request: a coroutine or fiber made
// for it (AMPHP's and ReactPHP's async(), Swoole's go()). By lower-case
// fully qualified name: the callable's argument position.
var scheduledFuncs = map[string]int{
	`amp\async`: 0, `react\async\async`: 0, `react\async\coroutine`: 0, `go`: 0, `swoole\coroutine\go`: 0,
}

// scheduledStatics are the static methods that do the same, by
// lower-case fully qualified class, then method: Revolt's event loop
// queue, ReactPHP's static Loop, Swoole's coroutines and one-shot timers.
var scheduledStatics = map[string]map[string]int{
	`revolt\eventloop`:     {"queue": 0, "defer": 0, "delay": 1},
	`react\eventloop\loop`: {"futuretick": 0, "addtimer": 1},
	`swoole\coroutine`:     {"create": 0},
	`openswoole\coroutine`: {"create": 0},
	`swoole\timer`:         {"after": 1},
	`openswoole\timer`:     {"after": 1},
}

// Scheduled reports, for a call of a library function (fully qualified
// name) that runs a callable once, soon, for the code that calls it, the
// position of that callable: Amp\async($fn), go($fn).
func Scheduled(function string) (int, bool) {
	i, ok := lowercase.Lookup(scheduledFuncs, strings.TrimPrefix(function, `\`))
	return i, ok
}

// ScheduledStatic is Scheduled for a static method:
// EventLoop::queue($fn), Loop::futureTick($fn), Coroutine::create($fn).
func ScheduledStatic(class, method string) (int, bool) {
	i, ok := lowercase.Lookup(lowercase.Get(scheduledStatics, strings.TrimPrefix(class, `\`)), method)
	return i, ok
}

// scheduledTimers are the schedulers in scheduledStatics that return a
// timer object keeping the callable (until it has run or is cancelled
// with it), rather than an id.
var scheduledTimers = map[string]map[string]bool{
	`react\eventloop\loop`: {"addtimer": true},
}

// ScheduledTimer reports whether a scheduler (see ScheduledStatic)
// returns a timer object that keeps the callable: ReactPHP's addTimer().
func ScheduledTimer(class, method string) bool {
	return lowercase.Get(lowercase.Get(scheduledTimers, strings.TrimPrefix(class, `\`)), method)
}

// cancelStatics are the static methods that call off what a scheduler
// in scheduledStatics was given, by the id it returned.
var cancelStatics = map[string]map[string]bool{
	`revolt\eventloop`:     {"cancel": true},
	`react\eventloop\loop`: {"canceltimer": true},
	`swoole\timer`:         {"clear": true},
	`openswoole\timer`:     {"clear": true},
}

// CancelsScheduled reports whether a static method of a library class
// calls off a scheduled callable by the id its scheduler returned:
// EventLoop::cancel($id), Timer::clear($id).
func CancelsScheduled(class, method string) bool {
	return lowercase.Get(lowercase.Get(cancelStatics, strings.TrimPrefix(class, `\`)), method)
}

// fixedMethods are library methods whose result is one of a fixed set
// of values, by lower-case class (or namespace, ending in a backslash),
// then method: a Laravel queue job's resolveName() and getName() give
// the job's class (or the queued command's), one of the project's.
var fixedMethods = map[string]map[string]bool{
	`illuminate\queue\jobs\`:         {"resolvename": true, "getname": true, "displayname": true},
	`illuminate\contracts\queue\job`: {"resolvename": true, "getname": true, "displayname": true},
}

// FixedMethod reports whether method of class (fully qualified) returns
// one of a fixed set of values, whatever the request (see fixedMethods).
func FixedMethod(class, method string) bool {
	c := strings.ToLower(strings.TrimPrefix(class, `\`))
	m := strings.ToLower(method)
	if fixedMethods[c][m] {
		return true
	}
	if i := strings.LastIndex(c, `\`); i >= 0 {
		return fixedMethods[c[:i+1]][m]
	}
	return false
}
