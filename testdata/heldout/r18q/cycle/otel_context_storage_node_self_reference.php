<?php
// Modelled on open-telemetry/opentelemetry-php https://github.com/open-telemetry/opentelemetry-php/pull/1585: a detached ContextStorageNode pointed $previous at itself, a self-cycle only the cycle collector could free
declare(strict_types=1);

namespace OpenTelemetry\Context;

interface ScopeInterface
{
    public const DETACHED = 1 << 24;
    public const INACTIVE = 1 << 25;
    public const MISMATCH = 1 << 26;

    public function detach(): int;
}

interface ContextInterface
{
    public function with(string $key, mixed $value): ContextInterface;
}

interface ContextStorageScopeInterface extends ScopeInterface, \ArrayAccess
{
    public function context(): ContextInterface;
}

interface ContextStorageHeadAware
{
    public function head(): ContextStorageHead;
}

final class Context implements ContextInterface
{
    private static ?self $root = null;
    private array $values = [];

    public static function getRoot(): self
    {
        return self::$root ??= new self();
    }

    public function with(string $key, mixed $value): ContextInterface
    {
        $self = clone $this;
        $self->values[$key] = $value;

        return $self;
    }
}

final class ContextStorageHead
{
    public ?ContextStorageNode $node = null;

    public function __construct(public ContextStorageHeadAware $storage)
    {
    }
}

/**
 * @internal
 */
final class ContextStorageNode implements ScopeInterface, ContextStorageScopeInterface
{
    private array $localStorage = [];

    public function __construct(
        public ContextInterface $context,
        public ContextStorageHead $head,
        private ?ContextStorageNode $previous = null,
    ) {
    }

    public function offsetExists(mixed $offset): bool
    {
        return isset($this->localStorage[$offset]);
    }

    public function offsetGet(mixed $offset): mixed
    {
        return $this->localStorage[$offset];
    }

    public function offsetSet(mixed $offset, mixed $value): void
    {
        $this->localStorage[$offset] = $value;
    }

    public function offsetUnset(mixed $offset): void
    {
        unset($this->localStorage[$offset]);
    }

    public function context(): ContextInterface
    {
        return $this->context;
    }

    public function detach(): int
    {
        $flags = 0;
        if ($this->head !== $this->head->storage->head()) {
            $flags |= ScopeInterface::INACTIVE;
        }

        if ($this === $this->head->node) {
            assert($this->previous !== $this);
            $this->head->node = $this->previous;
            $this->previous = $this; // leak

            return $flags;
        }

        if ($this->previous === $this) {
            return $flags | ScopeInterface::DETACHED;
        }

        assert($this->head->node !== null);
        for ($n = $this->head->node, $depth = 1;
            $n->previous !== $this;
            $n = $n->previous, $depth++) {
            assert($n->previous !== null);
        }
        $n->previous = $this->previous;
        $this->previous = $this; // leak

        return $flags | ScopeInterface::MISMATCH | $depth;
    }
}

final class ContextStorage implements ContextStorageHeadAware
{
    private ContextStorageHead $current;

    public function __construct()
    {
        $this->current = new ContextStorageHead($this);
    }

    public function head(): ContextStorageHead
    {
        return $this->current;
    }

    public function current(): ContextInterface
    {
        return $this->current->node->context ?? Context::getRoot();
    }

    public function attach(ContextInterface $context): ContextStorageScopeInterface
    {
        return $this->current->node = new ContextStorageNode($context, $this->current, $this->current->node);
    }
}

namespace App;

use OpenTelemetry\Context\ContextStorage;

/** Stands in for a RoadRunner HTTP worker instrumented with a server span per request. */
final class TracingMiddleware
{
    public function __construct(private ContextStorage $storage)
    {
    }

    public function handle(array $request, callable $next): array
    {
        $span = [
            'trace_id' => bin2hex(random_bytes(16)),
            'name' => $request['method'] . ' ' . $request['path'],
            'attributes' => ['http.user_agent' => $request['ua'], 'http.body' => $request['body']],
        ];
        $scope = $this->storage->attach($this->storage->current()->with('span', $span));
        $scope['request_id'] = $request['id'];
        try {
            return $next($request);
        } finally {
            $scope->detach();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$middleware = new TracingMiddleware(new ContextStorage());
for ($i = 0; $i < $n; $i++) {
    $request = [
        'id' => 'req-' . $i,
        'method' => 'POST',
        'path' => '/orders/' . $i,
        'ua' => 'Mozilla/5.0 (X11; Linux x86_64) worker-test/' . $i,
        'body' => str_repeat('{"sku":"A-' . $i . '","qty":1}', 20),
    ];
    $middleware->handle($request, static fn (array $r): array => ['status' => 201, 'id' => $r['id']]);
}
