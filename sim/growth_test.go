package sim

import (
	"testing"

	"github.com/phpleak/phpleak/analyzer"
	"github.com/phpleak/phpleak/ir"
)

// growthClaim builds the claim a growth rule would make for the first
// write to place in fn.
func growthClaim(t *testing.T, src, fn string, place analyzer.Place, keepThis bool) (*analyzer.Index, *analyzer.Claim) {
	t.Helper()
	ix, f := load(t, src, fn)
	var write analyzer.Node
	scope := analyzer.NewScope(f)
	analyzer.Inspect(f.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
		if a, ok := n.(*ir.Assign); ok && write == nil {
			if p, dims, ok := scope.PlaceOf(a.Dst); ok && len(dims) > 0 && p.Name == place.Name {
				write = a
			}
		}
		return true
	})
	if write == nil {
		t.Fatalf("no write to %s in %s", place, fn)
	}
	return ix, &analyzer.Claim{Kind: analyzer.Growth, Func: f, Place: place, Write: write, KeepThis: keepThis}
}

func TestGrowthVerdicts(t *testing.T) {
	static := func(class, name string) analyzer.Place {
		return analyzer.Place{Kind: analyzer.PlaceStatic, Class: class, Name: name}
	}
	tests := []struct {
		name, src, fn string
		place         analyzer.Place
		keepThis      bool
		want          Verdict
	}{{
		name:  "append to a static",
		fn:    "Log::add",
		src:   `<?php class Log { private static array $lines = []; static function add(string $l): void { self::$lines[] = $l; } }`,
		place: static("Log", "lines"),
		want:  Confirmed,
	}, {
		name:  "static keyed by a parameter",
		fn:    "Cache::put",
		src:   `<?php class Cache { private static array $items = []; static function put(string $k, string $v): void { self::$items[$k] = $v; } }`,
		place: static("Cache", "items"),
		want:  Confirmed,
	}, {
		name:  "static keyed by the class name",
		fn:    "Model::boot",
		src:   `<?php class Model { private static array $booted = []; function boot(): void { static::$booted[static::class] = true; } }`,
		place: static("Model", "booted"),
		want:  Refuted,
	}, {
		name: "memo cache guarded by isset, keyed by an id",
		fn:   "find",
		src: `<?php function find(int $id): array {
  static $cache = [];
  if (isset($cache[$id])) { return $cache[$id]; }
  $cache[$id] = ['id' => $id];
  return $cache[$id];
}`,
		place: analyzer.Place{Kind: analyzer.PlaceStaticVar, Name: "cache"},
		want:  Confirmed,
	}, {
		name: "a service logging every request",
		fn:   "Client::get",
		src: `<?php class Client { private array $history = [];
  function get(string $url): string { $this->history[] = ['url' => $url]; return ''; } }`,
		place:    analyzer.Place{Kind: analyzer.PlaceThisProp, Name: "history"},
		keepThis: true,
		want:     Confirmed,
	}, {
		name: "a service that resets after each request",
		fn:   "Client::get",
		src: `<?php class Client { private array $history = [];
  function get(string $url): string { $this->history[] = ['url' => $url]; $n = count($this->history); $this->history = []; return (string) $n; } }`,
		place:    analyzer.Place{Kind: analyzer.PlaceThisProp, Name: "history"},
		keepThis: true,
		want:     Refuted,
	}, {
		name: "a counter as key",
		fn:   "Loop::add",
		src: `<?php class Loop { private array $timers = []; private int $next = 0;
  function add(Closure $cb): int { $id = ++$this->next; $this->timers[$id] = $cb; return $id; } }`,
		place:    analyzer.Place{Kind: analyzer.PlaceThisProp, Name: "timers"},
		keepThis: true,
		want:     Confirmed,
	}, {
		name: "a write the simulation never reaches",
		fn:   "Log::add",
		src: `<?php class Log { private static array $lines = [];
  static function add(string $l): void { if (self::$lines === null) { self::$lines[] = $l; } } }`,
		place: static("Log", "lines"),
		want:  Unknown,
	}}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix, claim := growthClaim(t, tc.src, tc.fn, tc.place, tc.keepThis)
			r := Growth(ix, claim)
			if r.Verdict != tc.want {
				t.Fatalf("verdict %s (%s), want %s", r.Verdict, r.Reason, tc.want)
			}
			if r.Verdict == Confirmed && len(r.Trace) != 1+calls {
				t.Errorf("trace %+v: want the write and one step per call", r.Trace)
			}
		})
	}
}

// TestLoopGrowth checks the request-loop simulation: a removal under the
// wrong key leaves the store growing; a reset every iteration keeps it
// flat.
func TestLoopGrowth(t *testing.T) {
	const service = `<?php
class Acks { private array $pending = [];
  function track(string $uuid, int $tag): void { $this->pending[$uuid] = $tag; }
  function ack(int $tag): void { unset($this->pending[$tag]); }
  function flush(): void { $this->pending = []; } }
`
	tests := []struct {
		name, driver string
		want         Verdict
	}{
		{"removal under another key", `function work(Acks $a): void { while (true) { $a->track(uniqid(), 7); $a->ack(7); usleep(10); } }`, Confirmed},
		{"reset every iteration", `function work(Acks $a): void { while (true) { $a->track(uniqid(), 7); $a->flush(); usleep(10); } }`, Refuted},
		// foreach (… as [$uuid, $tag]): the parts of each tuple the loop
		// made, the same key on every round or a new one
		{"tuples replayed under one key", `function work(Acks $a): void { while (true) { foreach ([['order-1', 7]] as [$uuid, $tag]) { $a->track($uuid, $tag); } usleep(10); } }`, Refuted},
		{"tuples replayed under a new key each round", `function work(Acks $a): void { while (true) { foreach ([[uniqid(), 7]] as [$uuid, $tag]) { $a->track($uuid, $tag); } usleep(10); } }`, Confirmed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			src := service + tc.driver
			ix, track := load(t, src, "Acks::track")
			work := findIn(t, ix, "work")
			var loop *ir.Loop
			analyzer.Inspect(work.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if l, ok := n.(*ir.Loop); ok && loop == nil {
					loop = l
				}
				return true
			})
			var write analyzer.Node
			analyzer.Inspect(track.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if a, ok := n.(*ir.Assign); ok {
					write = a
				}
				return true
			})
			c := &analyzer.Claim{Kind: analyzer.Growth, Func: track, Write: write, KeepThis: true,
				Place: analyzer.Place{Kind: analyzer.PlaceThisProp, Name: "pending"}, Class: "Acks",
				Loop: loop, LoopFunc: work, Required: true}
			if r := Growth(ix, c); r.Verdict != tc.want {
				t.Fatalf("verdict %s (%s), want %s", r.Verdict, r.Reason, tc.want)
			}
		})
	}
}

// findIn finds a function by name in an index.
func findIn(t *testing.T, ix *analyzer.Index, name string) *ir.Func {
	t.Helper()
	for _, f := range ix.Files() {
		for _, fn := range f.AllFuncs() {
			if fn.Name == name {
				return fn
			}
		}
	}
	t.Fatalf("no function %s", name)
	return nil
}

// TestLoopGrowthUnnamedObjects: a container given objects the
// simulation cannot name (a library's messages) lets go of them when
// the code detaches what it attached.
func TestLoopGrowthUnnamedObjects(t *testing.T) {
	const service = `<?php
class Tracker { private SplObjectStorage $busy;
  function __construct() { $this->busy = new SplObjectStorage(); }
  function begin(object $m): void { $this->busy->attach($m, 1); }
  function end(object $m): void { $this->busy->detach($m); } }
`
	tests := []struct {
		name, driver string
		want         Verdict
	}{
		{"detached after every message", `function work(Tracker $t, \Lib\Consumer $c): void { while (true) { $m = $c->consume(); $t->begin($m); $t->end($m); usleep(10); } }`, Refuted},
		{"never detached", `function work(Tracker $t, \Lib\Consumer $c): void { while (true) { $m = $c->consume(); $t->begin($m); usleep(10); } }`, Confirmed},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			ix, begin := load(t, service+tc.driver, "Tracker::begin")
			work := findIn(t, ix, "work")
			var loop *ir.Loop
			analyzer.Inspect(work.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if l, ok := n.(*ir.Loop); ok && loop == nil {
					loop = l
				}
				return true
			})
			var write analyzer.Node
			analyzer.Inspect(begin.Body, func(n analyzer.Node, _ []analyzer.Node) bool {
				if c, ok := n.(*ir.MethodCall); ok {
					write = c
				}
				return true
			})
			c := &analyzer.Claim{Kind: analyzer.Growth, Func: begin, Write: write, KeepThis: true,
				Place: analyzer.Place{Kind: analyzer.PlaceThisProp, Name: "busy"}, Class: "Tracker",
				Loop: loop, LoopFunc: work, Required: true}
			if r := Growth(ix, c); r.Verdict != tc.want {
				t.Fatalf("verdict %s (%s), want %s", r.Verdict, r.Reason, tc.want)
			}
		})
	}
}
