<?php

declare(strict_types=1);

namespace App\Queue;

final class JobPayload
{
    public function __construct(
        public readonly string $uuid,
        public readonly string $displayName,
        public readonly string $queue,
        public readonly array $data,
        public int $attempts = 0,
    ) {
    }
}

final class JobProcessing
{
    public function __construct(public readonly JobPayload $job)
    {
    }
}

final class JobFailed
{
    public function __construct(public readonly JobPayload $job, public readonly \Throwable $exception)
    {
    }
}

/**
 * Minimal stand-in for the framework's queue worker: hooks are registered
 * once, while the service providers boot.
 */
final class Worker
{
    /** @var array<class-string, list<callable>> */
    private array $hooks = [];

    public function on(string $event, callable $hook): void
    {
        $this->hooks[$event][] = $hook;
    }

    public function process(JobPayload $job, callable $handler): void
    {
        $this->fire(new JobProcessing($job));
        try {
            $job->attempts++;
            $handler($job);
        } catch (\Throwable $e) {
            $this->fire(new JobFailed($job, $e));
        }
    }

    private function fire(object $event): void
    {
        foreach ($this->hooks[$event::class] ?? [] as $hook) {
            $hook($event);
        }
    }
}

final class ErrorReporter
{
    private int $sent = 0;

    public function capture(\Throwable $e, array $breadcrumbs, array $tags): void
    {
        // Would POST to the error tracker; here only the envelope is built.
        $envelope = json_encode(['message' => $e->getMessage(), 'breadcrumbs' => $breadcrumbs, 'tags' => $tags]);
        $this->sent += $envelope === false ? 0 : 1;
    }
}

final class QueueMonitoringProvider
{
    public function __construct(
        private readonly Worker $worker,
        private readonly ErrorReporter $reporter,
        private readonly string $release,
    ) {
    }

    public function boot(): void
    {
        $breadcrumbs = [];
        $reporter = $this->reporter;
        $tags = ['release' => $this->release, 'runtime' => 'queue'];

        $this->worker->on(JobProcessing::class, function (JobProcessing $event) use ($breadcrumbs): void {
            $breadcrumbs[] = [
                'category' => 'queue.job',
                'message' => sprintf('Processing %s on %s', $event->job->displayName, $event->job->queue),
                'data' => ['uuid' => $event->job->uuid, 'payload' => json_encode($event->job->data)],
            ];
        });

        $this->worker->on(JobFailed::class, function (JobFailed $event) use ($reporter, $tags, &$breadcrumbs): void {
            $tags['job'] = $event->job->displayName;
            $reporter->capture($event->exception, $breadcrumbs, $tags);
        });
    }
}

final class SyncInventoryJob
{
    public function __invoke(JobPayload $job): void
    {
        if (($job->data['sku'] ?? '') === '') {
            throw new \RuntimeException('missing sku for warehouse ' . ($job->data['warehouse'] ?? '?'));
        }
        // ... talk to the warehouse API
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);

$worker = new Worker();
(new QueueMonitoringProvider($worker, new ErrorReporter(), '2024.11.3'))->boot();
$handler = new SyncInventoryJob();

// `php artisan queue:work` loop stand-in.
for ($i = 0; $i < $n; $i++) {
    $payload = new JobPayload(
        sprintf('%08x-%04x-4%03x-a000-%012x', $i * 2654435761 % 0xffffffff, $i % 0xffff, $i % 0xfff, $i),
        'App\\Jobs\\SyncInventoryJob',
        'inventory',
        ['sku' => $i % 50 === 0 ? '' : 'SKU-' . $i, 'warehouse' => 'WH-' . ($i % 7), 'delta' => $i % 13 - 6],
    );
    $worker->process($payload, $handler);
}
