<?php
// A small event loop keeps deferred callbacks in an SplQueue. Each
// request defers three (an audit write, a metrics bump, a cache warm),
// and the loop's tick drains the queue until it is empty, so nothing
// stays between requests.

final class TickLoop
{
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public function defer(Closure $callback): void
    {
        $this->ticks->enqueue($callback);
    }

    public function tick(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

final class Stats
{
    public int $audits = 0;
    public int $bumps = 0;
    public int $warms = 0;
}

$loop = new TickLoop();
$stats = new Stats();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $payload = str_repeat('order-' . $i . ' ', 30);
    $loop->defer(static function () use ($stats, $payload): void { $stats->audits += strlen($payload) > 0 ? 1 : 0; });
    $loop->defer(static function () use ($stats): void { $stats->bumps++; });
    $loop->defer(static function () use ($stats, $payload): void { $stats->warms += $payload === '' ? 0 : 1; });
    $loop->tick();
}
