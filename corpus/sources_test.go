package corpus

import (
	"bufio"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// factSources are the worker-model fact sources the runtime corpus must
// cover with at least minPerSource leaking and minPerSource clean cases
// each (the worker-model issue's bar): what frameworks declare about
// which code runs per request, at boot or once, and what lives for the
// process.
var factSources = map[string]string{
	"S1":  "Symfony EventSubscriberInterface::getSubscribedEvents()",
	"S2":  "Symfony #[AsEventListener]",
	"S3":  "Symfony #[AsMessageHandler] / MessageHandlerInterface",
	"S4":  "Symfony controllers (#[Route], AbstractController, invokable)",
	"S5":  "Symfony ResetInterface::reset() / kernel.reset",
	"S6":  "Symfony compile time (compiler passes, Bundle::build()/boot(), configuration trees)",
	"S7":  "Symfony console commands",
	"S8":  "Symfony service definitions (services.yaml/.xml/.php)",
	"L1":  "Laravel ServiceProvider::register()/boot()",
	"L2":  "Laravel singleton()/instance() bindings",
	"L3":  "Laravel scoped()/bind() bindings",
	"L4":  "Laravel middleware handle()/terminate()",
	"L5":  "Laravel queued jobs' and listeners' handle()",
	"L6":  "Laravel controllers named in routes/*.php",
	"L7":  "Laravel Octane flush lists and listeners (config/octane.php)",
	"L8":  "Laravel facades",
	"L9":  "Laravel Artisan commands",
	"L10": "Laravel Macroable::macro()",
	"P1":  "PSR-15 middleware and request handlers",
	"P2":  "PSR-14 listeners and listener providers",
	"W1":  "RoadRunner worker loop",
	"W2":  "FrankenPHP frankenphp_handle_request() loop",
	"W3":  "Swoole/OpenSwoole server callbacks",
	"W4":  "ReactPHP servers, connections and timers",
	"W5":  "AMPHP request handlers and middleware",
	"W6":  "Workerman worker callbacks",
	"W7":  "Ratchet MessageComponentInterface",
	"W8":  "plain worker loops (consumers, daemons, script loops)",
	"X1":  "top level of a file that declares functions or classes (runs once), or is required per request",
	"X2":  "once-guards (static $done, if (self::$booted) return)",
	"X3":  "fill-once memos",
	"X4":  "membership guards before an append",
}

const minPerSource = 6

// valueFlowShapes are the shapes of the value-flow issue: what phpleak
// must know about values to tell a leak from its look-alike. The corpus
// must hold at least minPerShape leaking and minPerShape clean cases of
// each (for a shape that names false alarms, the leaking cases are the
// look-alikes where the mechanism does not hold).
var valueFlowShapes = map[string]string{
	"M1": "back-links set in a callee (setters, factories, new $class($this), collections that set the parent)",
	"M2": "closures reaching a store through a helper (returned, merged arrays, bind/bindTo/fromCallable, first-class callables)",
	"M3": "growth through PHP's own containers (SplObjectStorage, SplQueue, SplStack, heaps, ArrayObject) and their removals",
	"M4": "stores that are not obvious roots (superglobals, trait statics, function statics with interpolated keys, class-static registries)",
	"M5": "buffers whose flush depends on a condition the worker never meets",
	"M6": "long-lived objects reached through a static accessor, a service locator or a facade",
	"F1": "WeakMap and WeakReference",
	"F2": "ring buffers and windows (modulo indexes, shift or slice to the last N)",
	"F3": "keys from spl_object_id()/spl_object_hash() of objects freed every iteration",
	"F4": "generators over $this consumed to the end, or kept unfinished",
	"F5": "queues drained right after the push",
	"F6": "fixed key domains (class names, constants, enum cases, config keys, boot-time ids, checked values) against request keys",
	"F7": "use ($v) captures the value, use (&$v) the variable",
}

const minPerShape = 4

// classification is what SOURCES.tsv says about one case: the worker-
// model fact sources it exercises and the value-flow shapes it is an
// instance of (often none).
type classification struct {
	sources, shapes []string
}

// readClassification reads testdata/runtime/SOURCES.tsv (case, fact
// sources, and optionally value-flow shapes, tab-separated; lists
// comma-separated), checking every id it names.
func readClassification(t *testing.T) map[string]classification {
	t.Helper()
	f, err := os.Open(filepath.Join(runtimeDir, "SOURCES.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string]classification{}
	ids := func(n int, list, what string, known map[string]string) []string {
		var out []string
		for _, s := range strings.Split(list, ",") {
			if _, ok := known[s]; !ok {
				t.Errorf("SOURCES.tsv:%d: unknown %s %q", n, what, s)
			}
			out = append(out, s)
		}
		return out
	}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "case\t") {
			continue
		}
		cols := strings.Split(line, "\t")
		if len(cols) < 2 || len(cols) > 3 {
			t.Fatalf("SOURCES.tsv:%d: want case<TAB>sources[<TAB>shapes], got %q", n, line)
		}
		path := cols[0]
		if _, dup := listed[path]; dup {
			t.Errorf("SOURCES.tsv:%d: %s is listed twice", n, path)
		}
		c := classification{sources: ids(n, cols[1], "fact source", factSources)}
		if len(cols) == 3 && cols[2] != "" {
			c.shapes = ids(n, cols[2], "value-flow shape", valueFlowShapes)
		}
		listed[path] = c
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return listed
}

// countCoverage counts, for each id pick returns, the leaking and the
// clean cases of both runtime corpora; it fails on a case SOURCES.tsv
// does not list and on a listed case that does not exist.
func countCoverage(t *testing.T, listed map[string]classification, pick func(classification) []string) (leaking, clean map[string]int) {
	t.Helper()
	leaking, clean = map[string]int{}, map[string]int{}
	seen := map[string]bool{}
	for _, dir := range []string{runtimeDir, workerDir} {
		cases, err := Load(dir)
		if err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			key := filepath.ToSlash(filepath.Join(filepath.Base(dir), c.Label, c.Name))
			if !c.Folder() {
				key += ".php"
			}
			seen[key] = true
			cl, ok := listed[key]
			if !ok {
				t.Errorf("%s is not in SOURCES.tsv: add it with the fact sources it exercises", key)
				continue
			}
			for _, s := range pick(cl) {
				if c.Label == Clean {
					clean[s]++
				} else {
					leaking[s]++
				}
			}
		}
	}
	var gone []string
	for path := range listed {
		if !seen[path] {
			gone = append(gone, path)
		}
	}
	slices.Sort(gone)
	for _, path := range gone {
		t.Errorf("SOURCES.tsv lists %s, which is no case of the corpus", path)
	}
	return leaking, clean
}

// checkCoverage fails for each id of names with fewer than min leaking
// or clean cases, and logs every count.
func checkCoverage(t *testing.T, names map[string]string, leaking, clean map[string]int, min int) {
	t.Helper()
	ids := make([]string, 0, len(names))
	for id := range names {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		t.Logf("%-4s %3d leaking %3d clean  %s", id, leaking[id], clean[id], names[id])
		if leaking[id] < min || clean[id] < min {
			t.Errorf("%s (%s): %d leaking and %d clean cases, want at least %d of each", id, names[id], leaking[id], clean[id], min)
		}
	}
}

// TestFactSourceCoverage reads testdata/runtime/SOURCES.tsv, which says
// which fact sources each case of the runtime corpora exercises, and
// checks that it names every case there is (a new case must be
// classified), only cases there are, only known sources, and that every
// source has at least minPerSource leaking and minPerSource clean cases.
func TestFactSourceCoverage(t *testing.T) {
	listed := readClassification(t)
	leaking, clean := countCoverage(t, listed, func(c classification) []string { return c.sources })
	checkCoverage(t, factSources, leaking, clean, minPerSource)
}

// TestValueFlowShapeCoverage checks, from SOURCES.tsv's third column,
// that every value-flow shape has at least minPerShape leaking and
// minPerShape clean cases.
func TestValueFlowShapeCoverage(t *testing.T) {
	listed := readClassification(t)
	leaking, clean := countCoverage(t, listed, func(c classification) []string { return c.shapes })
	checkCoverage(t, valueFlowShapes, leaking, clean, minPerShape)
}
