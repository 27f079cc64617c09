<?php
// A telemetry relay reads one reading per loop tick: the reader
// callback handles a reading and schedules itself again on the next
// tick (a loop written as a chain of futureTick() calls). The relay
// keeps every reading it forwards, so its history grows with every tick.

final class TickLoop
{
    private SplQueue $ticks;

    public function __construct()
    {
        $this->ticks = new SplQueue();
    }

    public function futureTick(callable $callback): void
    {
        $this->ticks->enqueue($callback);
    }

    public function run(): void
    {
        while (!$this->ticks->isEmpty()) {
            ($this->ticks->dequeue())();
        }
    }
}

final class Relay
{
    /** @var list<array{sensor: string, value: float, raw: string}> */
    private array $history = [];

    public function forward(array $reading): void
    {
        $this->history[] = ['sensor' => $reading['sensor'], 'value' => (float) $reading['value'], 'raw' => str_repeat('r', 600)]; // leak
    }
}

$loop = new TickLoop();
$relay = new Relay();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
$i = 0;
$next = function () use (&$next, &$i, $n, $loop, $relay): void {
    if ($i >= $n) {
        return;
    }
    $relay->forward(json_decode(json_encode(['sensor' => 's' . ($i % 8), 'value' => $i * 0.5]), true));
    $i++;
    $loop->futureTick($next);
};
$loop->futureTick($next);
$loop->run();
unset($next);
