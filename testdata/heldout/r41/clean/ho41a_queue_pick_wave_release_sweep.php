<?php

declare(strict_types=1);

namespace Illuminate\Queue {
    interface ShouldQueue
    {
    }

    // Stand-in for `php artisan queue:work`: pops serialized jobs and calls
    // handle() with its dependencies resolved from the container.
    final class Worker
    {
        /** @param array<class-string, object> $bindings */
        public function __construct(private array $bindings)
        {
        }

        public function daemon(int $maxJobs, \Closure $nextJob): void
        {
            for ($i = 0; $i < $maxJobs; $i++) {
                $job = unserialize($nextJob($i));
                $method = new \ReflectionMethod($job, 'handle');
                $args = [];
                foreach ($method->getParameters() as $parameter) {
                    $args[] = $this->bindings[$parameter->getType()->getName()];
                }
                $job->handle(...$args);
            }
        }
    }
}

namespace App\Picking {
    final class OrderLine
    {
        public function __construct(
            public readonly string $sku,
            public readonly string $location,
            public readonly int $quantity,
        ) {
        }
    }

    final class PickWave
    {
        /** @param array<string, list<OrderLine>> $orders */
        public function __construct(
            public readonly string $id,
            public readonly string $zone,
            public readonly array $orders,
            public readonly string $cutoff,
        ) {
        }
    }

    final class PickTask
    {
        public function __construct(
            public readonly string $waveId,
            public readonly string $orderNumber,
            public readonly OrderLine $line,
            public readonly int $sequence,
        ) {
        }
    }

    final class HandheldDispatcher
    {
        private \SplQueue $outbox;
        public int $sent = 0;

        public function __construct()
        {
            $this->outbox = new \SplQueue();
        }

        public function push(PickTask $task): void
        {
            $this->outbox->enqueue($task);
            $this->flush();
        }

        private function flush(): void
        {
            while (!$this->outbox->isEmpty()) {
                $task = $this->outbox->dequeue();
                $this->sent += $task->line->quantity;
            }
        }
    }

    /**
     * Releases a wave to the handhelds a few tasks at a time so that one big
     * wave does not starve the other zones.
     */
    final class WaveReleaser
    {
        /** @var array<string, \Generator<int, PickTask>> */
        private array $cursors = [];

        public function __construct(private int $chunkSize)
        {
        }

        public function release(PickWave $wave, HandheldDispatcher $dispatcher): int
        {
            $cursor = $this->cursorFor($wave);
            $released = 0;
            while ($cursor->valid() && $released < $this->chunkSize) {
                $dispatcher->push($cursor->current());
                $cursor->next();
                $released++;
            }

            if (!$cursor->valid()) {
                unset($this->cursors[$wave->id]);
            }

            return $released;
        }

        public function isReleasing(string $waveId): bool
        {
            return isset($this->cursors[$waveId]);
        }

        private function cursorFor(PickWave $wave): \Generator
        {
            return $this->cursors[$wave->id] ??= $this->tasksOf($wave);
        }

        /** @return \Generator<int, PickTask> */
        private function tasksOf(PickWave $wave): \Generator
        {
            $sequence = 0;
            foreach ($this->byPickPath($wave->orders) as $orderNumber => $lines) {
                foreach ($lines as $line) {
                    yield new PickTask($wave->id, $orderNumber, $line, ++$sequence);
                }
            }
        }

        private function byPickPath(array $orders): array
        {
            uasort($orders, static fn (array $a, array $b): int => strcmp($a[0]->location, $b[0]->location));

            return $orders;
        }
    }
}

namespace App\Jobs {
    use App\Picking\HandheldDispatcher;
    use App\Picking\WaveReleaser;
    use Illuminate\Queue\ShouldQueue;

    final class ReleasePickWave implements ShouldQueue
    {
        public function __construct(public \App\Picking\PickWave $wave)
        {
        }

        public function handle(WaveReleaser $releaser, HandheldDispatcher $dispatcher): void
        {
            // Release in chunks, letting other zones interleave between them.
            do {
                $releaser->release($this->wave, $dispatcher);
            } while ($releaser->isReleasing($this->wave->id));
        }
    }
}

namespace {
    use App\Jobs\ReleasePickWave;
    use App\Picking\HandheldDispatcher;
    use App\Picking\OrderLine;
    use App\Picking\PickWave;
    use App\Picking\WaveReleaser;
    use Illuminate\Queue\Worker;

    $worker = new Worker([
        WaveReleaser::class => new WaveReleaser(5),
        HandheldDispatcher::class => new HandheldDispatcher(),
    ]);

    $zones = ['AMBIENT', 'CHILLED', 'BULK'];
    $worker->daemon((int) (getenv('PHPLEAK_N') ?: 100), static function (int $i) use ($zones): string {
        $orders = [];
        for ($o = 0; $o < 2; $o++) {
            $lines = [];
            for ($l = 0; $l < 4; $l++) {
                $lines[] = new OrderLine(
                    sprintf('SKU-%06d', 310000 + ($i * 7 + $o * 3 + $l) % 5000),
                    sprintf('%s-%02d-%02d', $zones[$i % 3][0], 1 + ($i + $l) % 40, 1 + ($o * 4 + $l) % 12),
                    1 + ($i + $l) % 6,
                );
            }
            $orders[sprintf('SO-%07d', 1_200_000 + $i * 2 + $o)] = $lines;
        }

        return serialize(new ReleasePickWave(new PickWave(
            sprintf('W%s-%05d', date('ymd', 1_700_000_000), $i),
            $zones[$i % 3],
            $orders,
            date('H:i', 1_700_000_000 + 900 * ($i % 40)),
        )));
    });
}
