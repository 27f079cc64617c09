<?php

declare(strict_types=1);

namespace Illuminate\Queue\Events {
    final class JobProcessing
    {
        public function __construct(public readonly string $connectionName, public readonly \Illuminate\Queue\Jobs\RedisJob $job)
        {
        }
    }

    final class JobProcessed
    {
        public function __construct(public readonly string $connectionName, public readonly \Illuminate\Queue\Jobs\RedisJob $job)
        {
        }
    }
}

namespace Illuminate\Queue\Jobs {
    final class RedisJob
    {
        private ?array $decoded = null;
        private bool $deleted = false;

        public function __construct(private readonly string $job, private readonly string $reserved, public readonly string $queue)
        {
        }

        public function payload(): array
        {
            return $this->decoded ??= json_decode($this->job, true, 512, JSON_THROW_ON_ERROR);
        }

        public function getJobId(): string
        {
            return $this->payload()['uuid'];
        }

        public function resolveName(): string
        {
            return $this->payload()['displayName'];
        }

        public function attempts(): int
        {
            return $this->payload()['attempts'] + 1;
        }

        public function getRawBody(): string
        {
            return $this->job;
        }

        public function fire(): void
        {
            $payload = $this->payload();
            $command = unserialize($payload['data']['command'], ['allowed_classes' => [$payload['data']['commandName']]]);
            $command->handle();
        }

        public function delete(): void
        {
            $this->deleted = true;
        }
    }
}

namespace Illuminate\Queue {
    use Illuminate\Queue\Events\JobProcessed;
    use Illuminate\Queue\Events\JobProcessing;
    use Illuminate\Queue\Jobs\RedisJob;

    /** Stand-in for the Redis queue: pop() takes the next reserved payload. */
    final class RedisQueue
    {
        private int $popped = 0;

        public function __construct(private readonly \Closure $list, private readonly int $length)
        {
        }

        public function pop(string $queue): ?RedisJob
        {
            if ($this->popped >= $this->length) {
                return null;
            }
            $raw = ($this->list)($this->popped++);

            return new RedisJob($raw, $raw, $queue);
        }
    }

    final class Worker
    {
        /** @var array<string, list<callable>> */
        private array $listeners = [];

        public function __construct(private readonly RedisQueue $connection)
        {
        }

        public function before(callable $callback): void
        {
            $this->listeners[JobProcessing::class][] = $callback;
        }

        public function after(callable $callback): void
        {
            $this->listeners[JobProcessed::class][] = $callback;
        }

        public function daemon(string $connectionName, string $queue): void
        {
            while (($job = $this->connection->pop($queue)) !== null) {
                $this->raise(new JobProcessing($connectionName, $job));
                $job->fire();
                $job->delete();
                $this->raise(new JobProcessed($connectionName, $job));
            }
        }

        private function raise(object $event): void
        {
            foreach ($this->listeners[$event::class] ?? [] as $listener) {
                $listener($event);
            }
        }
    }
}

namespace App\Jobs {
    final class GradeHarvestLot
    {
        public function __construct(
            public string $lotCode,
            public string $variety,
            public array $samples,
        ) {
        }

        /** @return \Generator<int, array{brix: float, firmness: float, caliper: int}> */
        private function measuredSamples(): \Generator
        {
            foreach ($this->samples as $sample) {
                if ($sample['caliper'] > 0) {
                    yield $sample;
                }
            }
        }

        public function handle(): array
        {
            $classes = ['extra' => 0, 'class_i' => 0, 'class_ii' => 0];
            foreach ($this->measuredSamples() as $s) {
                $grade = $s['brix'] >= 13.0 && $s['firmness'] >= 6.5 ? 'extra' : ($s['brix'] >= 11.0 ? 'class_i' : 'class_ii');
                $classes[$grade]++;
            }

            return $classes;
        }
    }
}

namespace App\Monitoring {
    use Illuminate\Queue\Events\JobProcessed;
    use Illuminate\Queue\Events\JobProcessing;

    final class StatsdClient
    {
        private array $timings = [];

        public function timing(string $metric, float $ms): void
        {
            $this->timings[$metric] = ($this->timings[$metric] ?? 0.0) + $ms;
        }
    }

    /**
     * Times every job between JobProcessing and JobProcessed; entries are
     * keyed by the job object's id, which the next job popped reuses.
     */
    final class JobTimingRecorder
    {
        /** @var array<int, array{uuid: string, name: string, started: int}> */
        private array $inFlight = [];

        public function __construct(private readonly StatsdClient $statsd)
        {
        }

        public function started(JobProcessing $event): void
        {
            $this->inFlight[spl_object_id($event->job)] = [
                'uuid' => $event->job->getJobId(),
                'name' => $event->job->resolveName(),
                'started' => hrtime(true),
            ];
        }

        public function finished(JobProcessed $event): void
        {
            $entry = $this->inFlight[spl_object_id($event->job)] ?? null;
            if ($entry === null) {
                return;
            }
            $metric = 'queue.' . strtolower(str_replace('\\', '.', $entry['name'])) . '.ms';
            $this->statsd->timing($metric, (hrtime(true) - $entry['started']) / 1e6);
        }
    }
}

namespace {
    use App\Jobs\GradeHarvestLot;
    use App\Monitoring\JobTimingRecorder;
    use App\Monitoring\StatsdClient;
    use Illuminate\Queue\RedisQueue;
    use Illuminate\Queue\Worker;

    $varieties = ['Gala', 'Honeycrisp', 'Braeburn', 'Conference', 'Elstar'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);

    $redis = new RedisQueue(static function (int $i) use ($varieties): string {
        $samples = [];
        for ($s = 0; $s < 6; $s++) {
            $samples[] = ['brix' => 10.5 + (($i + $s) % 7) * 0.6, 'firmness' => 5.8 + (($i * $s) % 5) * 0.4, 'caliper' => 65 + ($s * 3)];
        }
        $command = new GradeHarvestLot(sprintf('HL-24-%06d', $i), $varieties[$i % 5], $samples);

        return json_encode([
            'uuid' => sprintf('%08x-7d2e-4c1a-9b3f-%012x', crc32((string) $i), 90000000 + $i),
            'displayName' => GradeHarvestLot::class,
            'job' => 'Illuminate\\Queue\\CallQueuedHandler@call',
            'attempts' => 0,
            'data' => ['commandName' => GradeHarvestLot::class, 'command' => serialize($command)],
        ]);
    }, $n);

    $recorder = new JobTimingRecorder(new StatsdClient());
    $worker = new Worker($redis);
    $worker->before($recorder->started(...));
    $worker->after($recorder->finished(...));

    // php artisan queue:work redis --queue=grading
    $worker->daemon('redis', 'grading');
}
