<?php
// Modelled on open-telemetry/opentelemetry-php https://github.com/open-telemetry/opentelemetry-php/pull/716: TracerProvider keeps only WeakReferences in one static shutdown list, unregisters on shutdown() and shuts down in __destruct
declare(strict_types=1);

namespace OpenTelemetry\SDK\Trace;

use function register_shutdown_function;
use function spl_object_id;
use WeakReference;

final class ResourceInfo
{
    public function __construct(public readonly array $attributes)
    {
    }
}

final class InstrumentationScope
{
    public function __construct(public readonly string $name, public readonly ?string $version)
    {
    }
}

interface SpanProcessorInterface
{
    public function onEnd(array $span): void;
    public function forceFlush(): bool;
    public function shutdown(): bool;
}

final class SimpleSpanProcessor implements SpanProcessorInterface
{
    private array $pending = [];

    public function onEnd(array $span): void
    {
        $this->pending[] = $span;
    }

    public function forceFlush(): bool
    {
        $this->pending = [];

        return true;
    }

    public function shutdown(): bool
    {
        return $this->forceFlush();
    }
}

final class TracerSharedState
{
    private bool $shutdown = false;

    public function __construct(
        private ResourceInfo $resource,
        private SpanProcessorInterface $spanProcessor,
    ) {
    }

    public function getResource(): ResourceInfo
    {
        return $this->resource;
    }

    public function getSpanProcessor(): SpanProcessorInterface
    {
        return $this->spanProcessor;
    }

    public function hasShutdown(): bool
    {
        return $this->shutdown;
    }

    public function shutdown(): bool
    {
        $this->shutdown = true;

        return $this->spanProcessor->shutdown();
    }
}

final class Tracer
{
    public function __construct(private TracerSharedState $tracerSharedState, private InstrumentationScope $scope)
    {
    }

    public function recordSpan(string $name, array $attributes): void
    {
        $this->tracerSharedState->getSpanProcessor()->onEnd([
            'name' => $name,
            'scope' => $this->scope->name,
            'resource' => $this->tracerSharedState->getResource()->attributes,
            'attributes' => $attributes,
        ]);
    }
}

final class TracerProvider
{
    public const DEFAULT_TRACER_NAME = 'io.opentelemetry.contrib.php';

    /** @var array<int, WeakReference<self>>|null */
    private static ?array $tracerProviders = null;
    private static ?Tracer $defaultTracer = null;

    /** @var array<string, Tracer> */
    private ?array $tracers = null;

    private TracerSharedState $tracerSharedState;

    public function __construct(SpanProcessorInterface $spanProcessor, ResourceInfo $resource)
    {
        $this->tracerSharedState = new TracerSharedState($resource, $spanProcessor);

        self::registerShutdownFunction($this);
    }

    public function forceFlush(): ?bool
    {
        return $this->tracerSharedState->getSpanProcessor()->forceFlush();
    }

    public function getTracer(string $name = self::DEFAULT_TRACER_NAME, ?string $version = null): Tracer
    {
        $key = $name . '@' . $version;
        if (isset($this->tracers[$key])) {
            return $this->tracers[$key];
        }

        $tracer = new Tracer($this->tracerSharedState, new InstrumentationScope($name, $version));
        if (null === self::$defaultTracer) {
            self::$defaultTracer = $tracer;
        }

        return $this->tracers[$key] = $tracer;
    }

    public function shutdown(): bool
    {
        if ($this->tracerSharedState->hasShutdown()) {
            return true;
        }

        self::unregisterShutdownFunction($this);

        return $this->tracerSharedState->shutdown();
    }

    public function __destruct()
    {
        $this->shutdown();
    }

    private static function registerShutdownFunction(TracerProvider $tracerProvider): void
    {
        if (self::$tracerProviders === null) {
            register_shutdown_function(static function (): void {
                $tracerProviders = self::$tracerProviders;
                self::$tracerProviders = null;

                // Push tracer provider shutdown to end of queue
                register_shutdown_function(static function (array $tracerProviders): void {
                    foreach ($tracerProviders as $reference) {
                        if ($tracerProvider = $reference->get()) {
                            $tracerProvider->shutdown();
                        }
                    }
                }, $tracerProviders);
            });
        }

        self::$tracerProviders[spl_object_id($tracerProvider)] = WeakReference::create($tracerProvider);
    }

    private static function unregisterShutdownFunction(TracerProvider $tracerProvider): void
    {
        unset(self::$tracerProviders[spl_object_id($tracerProvider)]);
    }
}

namespace App;

use OpenTelemetry\SDK\Trace\ResourceInfo;
use OpenTelemetry\SDK\Trace\SimpleSpanProcessor;
use OpenTelemetry\SDK\Trace\TracerProvider;

/** A queue consumer that builds a tenant-scoped TracerProvider for each job it handles. */
final class TenantJobHandler
{
    public function handle(array $job): void
    {
        $provider = new TracerProvider(new SimpleSpanProcessor(), new ResourceInfo([
            'service.name' => 'billing-worker',
            'tenant.id' => $job['tenant'],
            'tenant.region' => $job['region'],
            'tenant.plan' => str_repeat($job['plan'] . ';', 40),
        ]));
        try {
            $provider->getTracer('app.jobs', '1.0')->recordSpan('invoice.render', ['invoice' => $job['invoice']]);
            $provider->forceFlush();
        } finally {
            $provider->shutdown();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new TenantJobHandler();
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['tenant' => 'tenant-' . $i, 'region' => 'eu-west-' . ($i % 3), 'plan' => 'enterprise-' . $i, 'invoice' => 'INV-' . $i]);
}
