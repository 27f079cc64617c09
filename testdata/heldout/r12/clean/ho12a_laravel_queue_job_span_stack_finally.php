<?php

declare(strict_types=1);

namespace Illuminate\Queue {

    /** Stand-in for Laravel's queue worker: resolves and runs one job at a time. */
    final class Worker
    {
        public int $processed = 0;
        public int $released = 0;

        /** @param \Closure(object): void $runner */
        public function __construct(private readonly \Closure $runner)
        {
        }

        public function process(string $connectionName, object $job): void
        {
            try {
                ($this->runner)($job);
                $this->processed++;
            } catch (\Throwable $e) {
                // Job goes back on the queue with a backoff; the worker keeps running.
                $this->released++;
            }
        }
    }
}

namespace App\Tracing {

    final class Span
    {
        private ?float $endedAt = null;

        public function __construct(
            private readonly Tracer $tracer,
            public readonly string $name,
            public readonly array $attributes,
            public readonly float $startedAt,
        ) {
        }

        public function end(): void
        {
            if ($this->endedAt !== null) {
                return;
            }
            $this->endedAt = microtime(true);
            $this->tracer->finish($this);
        }

        public function durationMs(): float
        {
            return (($this->endedAt ?? microtime(true)) - $this->startedAt) * 1000;
        }
    }

    final class SpanExporter
    {
        private int $exported = 0;
        private int $bytes = 0;

        public function export(string $traceId, Span $span): void
        {
            $this->exported++;
            $this->bytes += \strlen(json_encode([$traceId, $span->name, $span->durationMs()]));
        }
    }

    /** One tracer per job: keeps the stack of open spans for that trace. */
    final class Tracer
    {
        /** @var list<Span> */
        private array $active = [];

        public function __construct(
            public readonly string $traceId,
            private readonly SpanExporter $exporter,
        ) {
        }

        public function startSpan(string $name, array $attributes = []): Span
        {
            $span = new Span($this, $name, $attributes, microtime(true));
            $this->active[] = $span;

            return $span;
        }

        public function finish(Span $span): void
        {
            $index = array_search($span, $this->active, true);
            if ($index !== false) {
                array_splice($this->active, $index, 1);
            }
            $this->exporter->export($this->traceId, $span);
        }
    }

    final class TracerFactory
    {
        public function __construct(private readonly SpanExporter $exporter)
        {
        }

        public function forJob(string $jobId): Tracer
        {
            return new Tracer(substr(hash('sha256', $jobId), 0, 32), $this->exporter);
        }
    }
}

namespace App\Inventory {

    final class RateLimitedException extends \RuntimeException
    {
    }

    final class WarehouseApi
    {
        private int $calls = 0;

        public function stockLevels(string $sku): array
        {
            if (++$this->calls % 5 !== 0) {
                throw new RateLimitedException('429 Too Many Requests');
            }

            return ['sku' => $sku, 'on_hand' => 12, 'reserved' => 3];
        }
    }
}

namespace App\Jobs {

    use App\Inventory\WarehouseApi;
    use App\Tracing\Tracer;

    final class SyncInventoryJob
    {
        public function __construct(
            public readonly string $jobId,
            public readonly string $sku,
            public readonly string $payload,
        ) {
        }

        public function handle(Tracer $tracer, WarehouseApi $api): void
        {
            $root = $tracer->startSpan('job.sync_inventory', ['job.id' => $this->jobId]);
            $call = $tracer->startSpan('http.warehouse', ['sku' => $this->sku, 'request.body' => $this->payload]);

            try {
                $levels = $api->stockLevels($this->sku);
            } finally {
                $call->end();
                $root->end();
            }
        }
    }
}

namespace {

    use App\Inventory\WarehouseApi;
    use App\Jobs\SyncInventoryJob;
    use App\Tracing\SpanExporter;
    use App\Tracing\TracerFactory;
    use Illuminate\Queue\Worker;

    $tracers = new TracerFactory(new SpanExporter());
    $warehouse = new WarehouseApi();

    $worker = new Worker(static function (SyncInventoryJob $job) use ($tracers, $warehouse): void {
        $job->handle($tracers->forJob($job->jobId), $warehouse);
    });

    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $sku = sprintf('SKU-%06d', $i);
        $worker->process('redis', new SyncInventoryJob(
            sprintf('job-%s-%d', bin2hex(random_bytes(6)), $i),
            $sku,
            str_repeat("{\"sku\":\"{$sku}\",\"warehouse\":\"VIE-1\"}", 16),
        ));
    }
}
