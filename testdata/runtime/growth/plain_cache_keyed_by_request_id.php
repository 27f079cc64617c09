<?php
// The dispatcher caches the resolved listener list per event, keyed by the event's correlation id, so every request adds an entry.

abstract class OrderEvent
{
    public function __construct(public readonly string $orderId, public readonly string $correlationId, public readonly string $payload) {}
}

final class OrderPlaced extends OrderEvent {}
final class OrderShipped extends OrderEvent {}
final class OrderCancelled extends OrderEvent {}

final class OrderNotifier
{
    public function onOrderPlaced(OrderEvent $event): void {}
    public function onOrderShipped(OrderEvent $event): void {}
    public function onOrderCancelled(OrderEvent $event): void {}
}

final class Dispatcher
{
    /** @var array<string, list<array{0: object, 1: string}>> */
    private static array $resolved = [];

    /** @param list<object> $listeners */
    public function __construct(private array $listeners) {}

    public function dispatch(OrderEvent $event): void
    {
        foreach (self::$resolved[$event->correlationId] ??= $this->resolve($event::class) as [$listener, $method]) { // leak
            $listener->$method($event);
        }
    }

    private function resolve(string $eventClass): array
    {
        $method = 'on' . (new ReflectionClass($eventClass))->getShortName();
        $calls = [];
        foreach ($this->listeners as $listener) {
            if (method_exists($listener, $method)) {
                $calls[] = [$listener, $method, str_repeat("{$eventClass}::{$method} ", 20)];
            }
        }
        return $calls;
    }
}

function handle_request(Dispatcher $dispatcher, array $request): void
{
    $class = $request['event'];
    $dispatcher->dispatch(new $class($request['order_id'], $request['correlation_id'], $request['body']));
}

$events = [OrderPlaced::class, OrderShipped::class, OrderCancelled::class];
$dispatcher = new Dispatcher([new OrderNotifier()]);
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handle_request($dispatcher, ['event' => $events[$i % 3], 'order_id' => "ORD-{$i}", 'correlation_id' => uniqid('req', true), 'body' => str_repeat("order {$i} ", 60)]);
}
