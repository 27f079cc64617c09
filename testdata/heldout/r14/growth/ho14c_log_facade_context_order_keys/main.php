<?php
declare(strict_types=1);

// Laravel Octane style worker: the app is booted once, then every request goes
// through the same container and the same Log facade root.

require __DIR__ . '/vendor/illuminate/Container.php';
require __DIR__ . '/vendor/illuminate/Facade.php';
require __DIR__ . '/vendor/illuminate/LogManager.php';

use Illuminate\Container\Container;
use Illuminate\Log\LogManager;
use Illuminate\Support\Facades\Log;

final class CheckoutController
{
    public function store(array $order): array
    {
        Log::withContext(["order.{$order['id']}" => [ // leak
            'customer' => $order['customer'],
            'items' => $order['items'],
            'channel' => 'web',
            'coupon' => $order['coupon'],
        ]]);

        Log::info('checkout.completed', ['total' => $order['total']]);

        return ['status' => 'accepted', 'id' => $order['id']];
    }
}

Container::getInstance()->singleton('log', static fn (): LogManager => new LogManager());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new CheckoutController();

for ($i = 0; $i < $n; $i++) {
    $order = [
        'id' => 880_000 + $i,
        'customer' => sprintf('cust_%08d@example.org', 4_000 + $i),
        'items' => array_map(static fn (int $k): string => sprintf('sku-%d-%d', $i, $k), range(1, 5)),
        'coupon' => 'SPRING' . ($i % 7),
        'total' => 19.99 * (1 + $i % 5),
    ];
    $response = $controller->store($order);
    unset($order, $response);
}
