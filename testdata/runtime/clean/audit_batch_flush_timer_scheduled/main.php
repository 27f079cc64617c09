<?php

declare(strict_types=1);

require __DIR__ . '/vendor/loop.php';

use React\EventLoop\Loop;

// An audit batcher flushes only from a periodic timer that scheduleOn()
// registers; the worker schedules it at boot, so the batch is sent
// every ten ticks.

final class AuditBatcher
{
    /** @var list<string> */
    private array $batch = [];

    public int $sent = 0;

    public function scheduleOn(Loop $loop): void
    {
        $loop->addPeriodicTimer(10, fn () => $this->flush());
    }

    public function record(string $event): void
    {
        $this->batch[] = $event;
    }

    public function flush(): void
    {
        $this->sent += count($this->batch);
        $this->batch = [];
    }
}

$loop = new Loop();
$audit = new AuditBatcher();
$audit->scheduleOn($loop);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $audit->record(sprintf('user %d opened invoice %d: %s', $i % 50, $i, str_repeat('x', 500)));
    $loop->tick();
}
