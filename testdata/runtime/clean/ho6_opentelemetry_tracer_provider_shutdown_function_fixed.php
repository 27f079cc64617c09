<?php
// A multi-tenant export worker builds a TracerProvider per job; providers are tracked for shutdown through weak references in one static registry and unregister themselves when shut down.
// https://github.com/open-telemetry/opentelemetry-php/pull/716

final class ResourceInfo
{
    public function __construct(public readonly array $attributes) {}
}

final class InMemoryExporter
{
    public array $spans = [];

    public function export(array $batch): void
    {
        foreach ($batch as $span) {
            $this->spans[] = $span['name'];
        }
        $this->spans = array_slice($this->spans, -8);
    }
}

final class BatchSpanProcessor
{
    private array $queue = [];

    public function __construct(private InMemoryExporter $exporter, private int $maxBatchSize = 512) {}

    public function onEnd(array $span): void
    {
        $this->queue[] = $span;
        if (count($this->queue) >= $this->maxBatchSize) {
            $this->forceFlush();
        }
    }

    public function forceFlush(): void
    {
        $this->exporter->export($this->queue);
        $this->queue = [];
    }
}

final class TracerProvider
{
    /** @var array<int, WeakReference<self>>|null */
    private static ?array $tracerProviders = null;
    private bool $isShutdown = false;

    public function __construct(private BatchSpanProcessor $processor, private ResourceInfo $resource)
    {
        self::registerShutdownFunction($this);
    }

    public function trace(string $name, array $attributes): void
    {
        if (!$this->isShutdown) {
            $this->processor->onEnd(['name' => $name, 'attributes' => $attributes + $this->resource->attributes]);
        }
    }

    public function shutdown(): bool
    {
        if ($this->isShutdown) {
            return true;
        }
        $this->isShutdown = true;
        unset(self::$tracerProviders[spl_object_id($this)]);
        $this->processor->forceFlush();
        return true;
    }

    public function __destruct()
    {
        $this->shutdown();
    }

    private static function registerShutdownFunction(self $provider): void
    {
        if (self::$tracerProviders === null) {
            register_shutdown_function(static function (): void {
                foreach (self::$tracerProviders ?? [] as $reference) {
                    $reference->get()?->shutdown();
                }
            });
        }
        self::$tracerProviders[spl_object_id($provider)] = WeakReference::create($provider);
    }
}

final class ExportJob
{
    public function __construct(private InMemoryExporter $exporter) {}

    public function run(string $tenant, int $rows): void
    {
        $resource = new ResourceInfo([
            'service.name' => 'report-exporter',
            'service.instance.id' => 'worker-' . getmypid(),
            'tenant.id' => $tenant,
            'deployment.environment' => 'production',
            'host.name' => 'exporter-7c9d5f-' . substr(md5($tenant), 0, 5),
            'process.command_args' => 'bin/console app:export --tenant=' . $tenant . ' --format=xlsx',
        ]);
        $provider = new TracerProvider(new BatchSpanProcessor($this->exporter), $resource);
        $provider->trace('export.query', ['db.rows' => $rows]);
        $provider->trace('export.render', ['export.format' => 'xlsx']);
        $provider->shutdown();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$job = new ExportJob(new InMemoryExporter());
for ($i = 0; $i < $n; $i++) {
    $job->run(sprintf('tenant-%05d', $i), 100 + $i);
}
