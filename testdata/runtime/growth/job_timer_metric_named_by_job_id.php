<?php
// A Laravel-style queue worker raises "processing" and "processed" for
// each job. A timing recorder keeps the job's id while it runs, and
// reports the time under a metric named for it: one metric per job.

namespace Illuminate\Queue\Jobs {
    final class RedisJob
    {
        public function __construct(private array $payload)
        {
        }

        public function resolveName(): string
        {
            return $this->payload['displayName'];
        }

        public function getJobId(): string
        {
            return $this->payload['uuid'];
        }
    }
}

namespace App {
    use Illuminate\Queue\Jobs\RedisJob;

    final class Metrics
    {
        /** @var array<string, array{total: float, help: string}> */
        private array $timings = [];

        public function timing(string $metric, float $ms): void
        {
            $this->timings[$metric] = ['total' => ($this->timings[$metric]['total'] ?? 0.0) + $ms, 'help' => "Milliseconds spent running $metric, summed since the worker started; " . str_repeat('see the runbook. ', 40)]; // leak
        }
    }

    final class JobTimer
    {
        /** @var array<int, array{name: string, started: int}> */
        private array $running = [];

        public function __construct(private Metrics $metrics)
        {
        }

        public function started(RedisJob $job): void
        {
            $this->running[spl_object_id($job)] = ['name' => $job->getJobId(), 'started' => hrtime(true)];
        }

        public function finished(RedisJob $job): void
        {
            $entry = $this->running[spl_object_id($job)] ?? null;
            unset($this->running[spl_object_id($job)]);
            if ($entry === null) {
                return;
            }
            $metric = 'queue.' . strtolower(str_replace('\\', '.', $entry['name'])) . '.ms';
            $this->metrics->timing($metric, (hrtime(true) - $entry['started']) / 1e6);
        }
    }

    final class Worker
    {
        private bool $shouldQuit = false;
        private int $done = 0;

        public function __construct(private JobTimer $timer, private int $max)
        {
        }

        public function daemon(): void
        {
            while (!$this->shouldQuit) {
                $job = new RedisJob([
                    'uuid' => sprintf('%08x-4c1a-9b3f-%012x', crc32((string) $this->done), 7000000 + $this->done),
                    'displayName' => ['App\\Jobs\\GradeLot', 'App\\Jobs\\ShipCrate', 'App\\Jobs\\InvoiceGrower'][$this->done % 3],
                    'note' => str_repeat('x', 200),
                ]);
                $this->timer->started($job);
                $this->timer->finished($job);
                $this->shouldQuit = ++$this->done >= $this->max;
            }
        }
    }
}

namespace {
    $worker = new App\Worker(new App\JobTimer(new App\Metrics()), (int) (getenv('PHPLEAK_N') ?: 100));
    $worker->daemon();
}
