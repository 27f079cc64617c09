<?php
// An HTTP worker runs each request through an audit middleware that subscribes to order events on the shared event dispatcher for the duration of the request to record who placed the order.

interface RequestHandlerInterface { public function handle(ServerRequest $request): Response; }
interface MiddlewareInterface { public function process(ServerRequest $request, RequestHandlerInterface $handler): Response; }

final class ServerRequest
{
    public function __construct(public string $method, public string $path, public array $headers, public string $body) {}
    public function header(string $name): string { return $this->headers[strtolower($name)] ?? ''; }
}

final class Response
{
    public function __construct(public int $status, public string $body = '') {}
}

final class OrderPlaced
{
    public function __construct(public int $orderId, public string $total) {}
}

final class EventDispatcher
{
    private array $listeners = [];

    public function addListener(string $event, callable $listener): void
    {
        $this->listeners[$event][] = $listener;
    }

    public function removeListener(string $event, callable $listener): void
    {
        foreach ($this->listeners[$event] ?? [] as $i => $registered) {
            if ($registered === $listener) {
                unset($this->listeners[$event][$i]);
            }
        }
    }

    public function dispatch(object $event): object
    {
        foreach ($this->listeners[$event::class] ?? [] as $listener) {
            $listener($event);
        }
        return $event;
    }
}

final class AuditTrail
{
    public int $entries = 0;
    public function write(string $line): void { $this->entries++; }
}

final class AuditMiddleware implements MiddlewareInterface
{
    public function __construct(private EventDispatcher $events, private AuditTrail $trail) {}

    public function process(ServerRequest $request, RequestHandlerInterface $handler): Response
    {
        $trail = $this->trail;
        $listener = function (OrderPlaced $e) use ($trail, $request): void {
            $trail->write(sprintf('order %d (%s) by %s from %s', $e->orderId, $e->total, $request->header('X-User'), $request->header('X-Forwarded-For')));
        };
        $this->events->addListener(OrderPlaced::class, $listener);
        try {
            return $handler->handle($request);
        } finally {
            $this->events->removeListener(OrderPlaced::class, $listener);
        }
    }
}

final class CheckoutHandler implements RequestHandlerInterface
{
    public function __construct(private EventDispatcher $events) {}

    public function handle(ServerRequest $request): Response
    {
        $cart = json_decode($request->body, true);
        $this->events->dispatch(new OrderPlaced($cart['id'], $cart['total']));
        return new Response(201, '{"status":"created"}');
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$events = new EventDispatcher();
$middleware = new AuditMiddleware($events, new AuditTrail());
$checkout = new CheckoutHandler($events);

for ($i = 0; $i < $n; $i++) {
    $request = new ServerRequest('POST', '/checkout', [
        'x-user' => "user-{$i}@shop.example",
        'x-forwarded-for' => "10.0." . ($i % 250) . ".7",
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
    ], json_encode(['id' => 5000 + $i, 'total' => '49.90', 'items' => array_fill(0, 6, 'SKU-' . $i)]));
    $middleware->process($request, $checkout);
}
