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

// TestFactSourceCoverage reads testdata/runtime/SOURCES.tsv, which says
// which fact sources each case of the runtime corpora exercises, and
// checks that it names every case there is (a new case must be
// classified), only cases there are, only known sources, and that every
// source has at least minPerSource leaking and minPerSource clean cases.
func TestFactSourceCoverage(t *testing.T) {
	f, err := os.Open(filepath.Join(runtimeDir, "SOURCES.tsv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	listed := map[string][]string{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if line == "" || strings.HasPrefix(line, "#") || strings.HasPrefix(line, "case\t") {
			continue
		}
		path, srcs, ok := strings.Cut(line, "\t")
		if !ok {
			t.Fatalf("SOURCES.tsv:%d: want case<TAB>sources, got %q", n, line)
		}
		if _, dup := listed[path]; dup {
			t.Errorf("SOURCES.tsv:%d: %s is listed twice", n, path)
		}
		for _, s := range strings.Split(srcs, ",") {
			if _, known := factSources[s]; !known {
				t.Errorf("SOURCES.tsv:%d: unknown fact source %q", n, s)
			}
			listed[path] = append(listed[path], s)
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}

	leaking, clean := map[string]int{}, map[string]int{}
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
			srcs, ok := listed[key]
			if !ok {
				t.Errorf("%s is not in SOURCES.tsv: add it with the fact sources it exercises", key)
				continue
			}
			for _, s := range srcs {
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
	ids := make([]string, 0, len(factSources))
	for id := range factSources {
		ids = append(ids, id)
	}
	slices.Sort(ids)
	for _, id := range ids {
		t.Logf("%-4s %3d leaking %3d clean  %s", id, leaking[id], clean[id], factSources[id])
		if leaking[id] < minPerSource || clean[id] < minPerSource {
			t.Errorf("%s (%s): %d leaking and %d clean cases, want at least %d of each", id, factSources[id], leaking[id], clean[id], minPerSource)
		}
	}
}
