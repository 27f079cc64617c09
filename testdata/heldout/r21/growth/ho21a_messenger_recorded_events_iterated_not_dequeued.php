<?php

declare(strict_types=1);

namespace App\Shipping;

final class ShipOrder
{
    public function __construct(
        public readonly int $orderId,
        public readonly string $carrier,
        public readonly array $lines,
    ) {
    }
}

final class OrderShipped
{
    public function __construct(
        public readonly int $orderId,
        public readonly string $trackingNumber,
        public readonly array $lines,
        public readonly \DateTimeImmutable $shippedAt,
    ) {
    }
}

interface EventDispatcher
{
    public function dispatch(object $event): void;
}

final class InMemoryDispatcher implements EventDispatcher
{
    private int $dispatched = 0;

    public function dispatch(object $event): void
    {
        $this->dispatched++;
    }
}

/**
 * Domain events raised while a message is handled are held back until the
 * handler returned, so that listeners never see a half-applied change.
 */
final class RecordedEvents
{
    private \SplQueue $pending;

    public function __construct()
    {
        $this->pending = new \SplQueue();
    }

    public function record(object $event): void
    {
        $this->pending->enqueue($event); // leak
    }

    public function release(EventDispatcher $dispatcher): int
    {
        $released = 0;
        foreach ($this->pending as $event) {
            $dispatcher->dispatch($event);
            $released++;
        }
        return $released;
    }

    public function discard(): void
    {
        $this->pending = new \SplQueue();
    }
}

interface Middleware
{
    public function handle(object $message, \Closure $next): mixed;
}

final class DispatchAfterHandlerMiddleware implements Middleware
{
    public function __construct(
        private readonly RecordedEvents $events,
        private readonly EventDispatcher $dispatcher,
    ) {
    }

    public function handle(object $message, \Closure $next): mixed
    {
        try {
            $result = $next($message);
        } catch (\Throwable $e) {
            $this->events->discard();
            throw $e;
        }
        $this->events->release($this->dispatcher);

        return $result;
    }
}

final class ShipOrderHandler
{
    private int $sequence = 0;

    public function __construct(private readonly RecordedEvents $events)
    {
    }

    public function __invoke(ShipOrder $command): string
    {
        $tracking = sprintf('%s-%s-%06d', strtoupper($command->carrier), date('ymd'), ++$this->sequence);
        $this->events->record(new OrderShipped(
            $command->orderId,
            $tracking,
            $command->lines,
            new \DateTimeImmutable(),
        ));

        return $tracking;
    }
}

final class Consumer
{
    /** @param list<Middleware> $middleware */
    public function __construct(private readonly array $middleware, private readonly \Closure $handler)
    {
    }

    public function consume(object $message): mixed
    {
        $stack = $this->handler;
        foreach (array_reverse($this->middleware) as $mw) {
            $stack = static fn (object $m): mixed => $mw->handle($m, $stack);
        }
        return $stack($message);
    }
}

// --- worker ----------------------------------------------------------------

$recorded = new RecordedEvents();
$consumer = new Consumer(
    [new DispatchAfterHandlerMiddleware($recorded, new InMemoryDispatcher())],
    \Closure::fromCallable(new ShipOrderHandler($recorded)),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $consumer->consume(new ShipOrder(70_000 + $i, 'dhl', [
        ['sku' => "SKU-{$i}-01", 'qty' => 2],
        ['sku' => "SKU-{$i}-77", 'qty' => 1],
    ]));
}
