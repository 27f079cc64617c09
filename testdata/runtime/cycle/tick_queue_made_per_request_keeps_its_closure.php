<?php
// Each request makes its own tick queue for the work it defers, and the
// deferred closure keeps that queue to queue more: the request returns
// before the queue runs, so the queue and its closure point at each
// other and are dropped together, a garbage cycle per request.

final class TickQueue
{
    /** @var list<Closure> */
    private array $ticks = [];

    public function futureTick(Closure $tick): void
    {
        $this->ticks[] = $tick; // leak
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

    public function handle(int $i): void
    {
        $queue = new TickQueue();
        $event = ['actor' => 'user' . ($i % 7), 'action' => ['login', 'export', 'delete'][$i % 3], 'at' => 1716000000 + $i, 'trail' => str_repeat('audit ', 60)];
        $queue->futureTick(function () use ($queue, $event): void { // leak
            $this->counts[$event['action']] = ($this->counts[$event['action']] ?? 0) + 1;
        });
    }
}

$server = new AuditServer();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->handle($i);
}
