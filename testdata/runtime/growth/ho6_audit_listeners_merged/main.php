<?php
// An HTTP worker whose audit middleware merges a per-request audit listener into the shared event bus's listener list.

require __DIR__ . '/src/EventBus.php';
require __DIR__ . '/src/AuditMiddleware.php';

final class OrderController
{
    public function __construct(private EventBus $bus) {}

    public function __invoke(array $request): array
    {
        $handled = $this->bus->dispatch('order.placed', ['sku' => $request['path']]);
        return ['status' => 201, 'listeners' => $handled];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$bus = new EventBus();
$audit = new AuditMiddleware($bus);
$controller = new OrderController($bus);
for ($i = 0; $i < $n; $i++) {
    $request = [
        'method' => 'POST',
        'path' => '/orders/' . (70000 + $i),
        'headers' => [
            'User-Agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36 build/' . $i,
            'Cookie' => 'session=' . str_repeat(dechex($i), 8) . '; prefs=' . str_repeat('x', 300),
        ],
    ];
    $audit->process($request, $controller);
}
