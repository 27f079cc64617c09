<?php
// The same bus keeps every callback registered for an event: each job
// adds one more "done" callback, with the report it captures.

final class Bus
{
    private array $handlers = [];

    public function on(string $event, Closure $handler): void
    {
        $this->handlers[$event][] = $handler; // leak
    }

    public function emit(string $event): void
    {
        foreach ($this->handlers[$event] ?? [] as $handler) {
            $handler();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bus = new Bus();
for ($i = 0; $i < $n; $i++) {
    $report = str_repeat('r', 700) . $i;
    $bus->on('done', static function () use ($report): int { // leak
        return strlen($report);
    });
    $bus->emit('done');
}
