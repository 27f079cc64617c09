<?php

declare(strict_types=1);

namespace App\Messenger;

final class Envelope
{
    /** @param array<string, object> $stamps */
    public function __construct(public readonly object $message, private array $stamps = [])
    {
    }

    public function with(object $stamp): self
    {
        $clone = clone $this;
        $clone->stamps[$stamp::class] = $stamp;
        return $clone;
    }

    public function last(string $class): ?object
    {
        return $this->stamps[$class] ?? null;
    }
}

final class ReceivedStamp
{
    public function __construct(public readonly string $transport, public readonly float $receivedAt)
    {
    }
}

interface MiddlewareInterface
{
    public function handle(Envelope $envelope, callable $next): Envelope;
}

interface TenantAware
{
    public function tenantId(): string;
}

final class SyncCatalogue implements TenantAware
{
    public function __construct(
        public readonly string $tenant,
        public readonly array $skus,
    ) {
    }

    public function tenantId(): string
    {
        return $this->tenant;
    }
}

/**
 * Rolling latency windows used by the autoscaler to decide whether a
 * consumer should slow down; only the last WINDOW samples are kept.
 */
final class LatencyWindows
{
    private const WINDOW = 50;

    /** @var array<string, list<array{ms: float, at: float, transport: string}>> */
    private array $windows = [];

    public function record(string $bucket, float $ms, string $transport): void
    {
        $window = $this->windows[$bucket] ?? [];
        $window[] = ['ms' => $ms, 'at' => microtime(true), 'transport' => $transport];
        if (count($window) > self::WINDOW) {
            $window = array_slice($window, -self::WINDOW);
        }
        $this->windows[$bucket] = $window;
    }

    public function p95(string $bucket): float
    {
        $samples = array_column($this->windows[$bucket] ?? [], 'ms');
        if ($samples === []) {
            return 0.0;
        }
        sort($samples);
        return $samples[(int) floor(0.95 * (count($samples) - 1))];
    }
}

final class LatencyMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly LatencyWindows $windows)
    {
    }

    public function handle(Envelope $envelope, callable $next): Envelope
    {
        $started = hrtime(true);
        $result = $next($envelope);
        $elapsed = (hrtime(true) - $started) / 1e6;

        $this->windows->record($this->bucketFor($envelope), $elapsed, $this->transportOf($envelope));

        return $result;
    }

    private function bucketFor(Envelope $envelope): string
    {
        $message = $envelope->message;

        // per-tenant figures go to the tracing backend, not to the autoscaler
        return 'message:' . $message::class;
    }

    private function transportOf(Envelope $envelope): string
    {
        $stamp = $envelope->last(ReceivedStamp::class);
        return $stamp instanceof ReceivedStamp ? $stamp->transport : 'sync';
    }
}

final class SyncCatalogueHandler
{
    public int $synced = 0;

    public function __invoke(SyncCatalogue $message): void
    {
        $this->synced += count(array_unique($message->skus));
    }
}

final class MessageBus
{
    /** @param list<MiddlewareInterface> $middleware */
    public function __construct(private readonly array $middleware, private readonly \Closure $handler)
    {
    }

    public function dispatch(Envelope $envelope): Envelope
    {
        $next = function (Envelope $e): Envelope {
            ($this->handler)($e->message);
            return $e;
        };
        foreach (array_reverse($this->middleware) as $mw) {
            $next = static fn (Envelope $e): Envelope => $mw->handle($e, $next);
        }
        return $next($envelope);
    }
}

// --- consumer process -------------------------------------------------------

$windows = new LatencyWindows();
$handler = new SyncCatalogueHandler();
$bus = new MessageBus([new LatencyMiddleware($windows)], \Closure::fromCallable($handler));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $message = new SyncCatalogue(sprintf('%08x-4f1c-9b2e-%012d', 0x5eed0000 + $i, $i), ["SKU-{$i}-A", "SKU-{$i}-B"]);
    $envelope = (new Envelope($message))->with(new ReceivedStamp('async_catalogue', microtime(true)));
    $bus->dispatch($envelope);
}
