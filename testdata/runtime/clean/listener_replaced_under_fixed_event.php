<?php
// Each job sets the "done" callback of a long-lived bus; the bus keeps
// one callback per event name, so each job's replaces the last.

final class Bus
{
    private array $handlers = [];

    public function on(string $event, Closure $handler): void
    {
        $this->handlers[$event] = $handler;
    }

    public function emit(string $event): void
    {
        ($this->handlers[$event] ?? static fn () => null)();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bus = new Bus();
for ($i = 0; $i < $n; $i++) {
    $report = str_repeat('r', 700) . $i;
    $bus->on('done', static function () use ($report): int {
        return strlen($report);
    });
    $bus->emit('done');
}
