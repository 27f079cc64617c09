<?php
// A script's own event loop, made once at the top level, runs queued
// ticks. Each request's handler queues its follow-up on the loop, and
// the follow-up keeps the loop to queue the next request: the loop and
// the queued closure point at each other until the tick runs, and the
// loop takes every tick off its queue as it runs it.

final class TickLoop
{
    /** @var list<Closure> */
    private array $ticks = [];

    public function futureTick(Closure $tick): void
    {
        $this->ticks[] = $tick;
    }

    public function run(): void
    {
        while ($tick = array_shift($this->ticks)) {
            $tick();
        }
    }
}

final class AuditServer
{
    /** @var array<string, int> */
    private array $counts = [];

    public function listen(TickLoop $loop, int $requests, int $i = 0): void
    {
        if ($i >= $requests) {
            return;
        }
        $loop->futureTick(function () use ($loop, $requests, $i): void {
            $event = ['actor' => 'user' . ($i % 7), 'action' => ['login', 'export', 'delete'][$i % 3], 'at' => 1716000000 + $i, 'trail' => str_repeat('audit ', 60)];
            $this->counts[$event['action']] = ($this->counts[$event['action']] ?? 0) + 1;
            $this->listen($loop, $requests, $i + 1);
        });
    }
}

$loop = new TickLoop();
(new AuditServer())->listen($loop, (int) (getenv('PHPLEAK_N') ?: 100));
$loop->run();
