<?php

declare(strict_types=1);

namespace Illuminate\Queue {

    interface ShouldQueue
    {
    }

    final class Job
    {
        public function __construct(public readonly string $uuid, public readonly string $queue, public readonly array $payload)
        {
        }
    }

    final class RedisQueueStandIn
    {
        private int $popped = 0;

        public function __construct(private int $available)
        {
        }

        public function pop(string $queue): ?Job
        {
            if ($this->popped >= $this->available) {
                return null;
            }
            $i = $this->popped++;
            $paths = ['/', '/pricing', '/features', '/blog', '/docs', '/contact'];

            return new Job(
                sprintf('%08x-%04x-4%03x-8%03x-%012x', crc32("job{$i}"), $i & 0xFFFF, $i % 4096, ($i * 7) % 4096, $i),
                $queue,
                [
                    'site_id' => 'site_' . (1 + $i % 3),
                    'path' => $paths[$i % 6],
                    'visitor' => hash('crc32b', 'v' . intdiv($i, 4)),
                    'ts' => 1717200000 + $i,
                    'trace' => bin2hex(pack('NNNN', $i, $i * 31, $i * 131, $i * 1031)),
                ],
            );
        }
    }

    final class Worker
    {
        /** @param \Closure(Job): void $resolve */
        public function __construct(private RedisQueueStandIn $queue, private \Closure $resolve)
        {
        }

        public function daemon(string $queueName, int $maxJobs): void
        {
            for ($processed = 0; $processed < $maxJobs; $processed++) {
                $job = $this->queue->pop($queueName);
                if ($job === null) {
                    return;
                }
                ($this->resolve)($job);
            }
        }
    }
}

namespace App\Support {

    trait CarriesTelemetryContext
    {
        /** @var list<array<string, mixed>> */
        private static array $contextStack = [];

        protected function enterContext(string $operation, array $attributes): void
        {
            self::$contextStack[] = ['operation' => $operation, 'entered_at' => microtime(true)] + $attributes;
        }

        protected function leaveContext(): void
        {
            array_pop(self::$contextStack);
        }

        public static function activeContext(): array
        {
            return self::$contextStack === [] ? [] : self::$contextStack[array_key_last(self::$contextStack)];
        }
    }
}

namespace App\Analytics {

    final class RollupWindow
    {
        public function __construct(public readonly int $start, public readonly int $length)
        {
        }

        public static function containing(int $ts, int $length): self
        {
            return new self($ts - $ts % $length, $length);
        }

        public function contains(int $ts): bool
        {
            return $ts >= $this->start && $ts < $this->start + $this->length;
        }

        public function label(): string
        {
            return gmdate('Y-m-d\TH:i', $this->start);
        }
    }

    final class PageviewRollupBuffer
    {
        /** @var array<string, array<string, int>> */
        private array $counts = [];
        private ?RollupWindow $window = null;
        private int $flushedRows = 0;

        public function window(): ?RollupWindow
        {
            return $this->window;
        }

        public function add(string $siteId, string $path, int $ts): void
        {
            $this->window ??= RollupWindow::containing($ts, 60);
            $this->counts[$siteId][$path] = ($this->counts[$siteId][$path] ?? 0) + 1;
        }

        public function flushInto(RollupWindow $next): int
        {
            $rows = 0;
            foreach ($this->counts as $paths) {
                $rows += count($paths);
            }
            $this->flushedRows += $rows;
            $this->counts = [];
            $this->window = $next;

            return $rows;
        }
    }

    final class RollupLog
    {
        private int $lines = 0;

        public function info(string $message, array $context): void
        {
            $this->lines++;
        }
    }
}

namespace App\Jobs {

    use App\Analytics\PageviewRollupBuffer;
    use App\Analytics\RollupLog;
    use App\Analytics\RollupWindow;
    use App\Support\CarriesTelemetryContext;
    use Illuminate\Queue\ShouldQueue;

    final class RollupPageviews implements ShouldQueue
    {
        use CarriesTelemetryContext;

        public function __construct(
            public readonly string $jobId,
            public readonly string $siteId,
            public readonly string $path,
            public readonly int $occurredAt,
            public readonly string $traceId,
        ) {
        }

        public function handle(PageviewRollupBuffer $buffer, RollupLog $log): void
        {
            $this->enterContext('rollup.pageviews', [
                'job_id' => $this->jobId,
                'trace_id' => $this->traceId,
                'site_id' => $this->siteId,
                'tags' => ['queue:analytics', 'site:' . $this->siteId, 'path:' . $this->path],
            ]);

            try {
                $window = $buffer->window();
                if ($window === null || $window->contains($this->occurredAt)) {
                    $buffer->add($this->siteId, $this->path, $this->occurredAt);

                    return;
                }

                $next = RollupWindow::containing($this->occurredAt, 60);
                $rows = $buffer->flushInto($next);
                $log->info('rollup flushed', ['rows' => $rows, 'window' => $window->label()] + self::activeContext());
                $buffer->add($this->siteId, $this->path, $this->occurredAt);
            } finally {
                $this->leaveContext();
            }
        }
    }
}

namespace {

    use App\Analytics\PageviewRollupBuffer;
    use App\Analytics\RollupLog;
    use App\Jobs\RollupPageviews;
    use Illuminate\Queue\Job;
    use Illuminate\Queue\RedisQueueStandIn;
    use Illuminate\Queue\Worker;

    // Singletons the container builds once for the queue:work process.
    $buffer = new PageviewRollupBuffer();
    $log = new RollupLog();

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    $worker = new Worker(new RedisQueueStandIn($n), function (Job $job) use ($buffer, $log): void {
        $p = $job->payload;
        (new RollupPageviews($job->uuid, $p['site_id'], $p['path'], $p['ts'], $p['trace']))->handle($buffer, $log);
    });

    $worker->daemon('analytics', $n);
}
