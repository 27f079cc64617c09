<?php

declare(strict_types=1);

require __DIR__ . '/src/Domain/Entities.php';
require __DIR__ . '/src/Orm/Proxies.php';
require __DIR__ . '/src/Orm/ProxyFactory.php';
require __DIR__ . '/src/Orm/OrderRepository.php';
require __DIR__ . '/src/Http/OrderController.php';

use App\Http\OrderController;
use App\Orm\EntityLoader;
use App\Orm\OrderRepository;
use App\Orm\ProxyFactory;

$controller = new OrderController(new OrderRepository(new ProxyFactory(new EntityLoader())));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$served = 0;

// Stand-in for frankenphp_handle_request(): one callback per incoming request.
$handleRequest = static function (callable $handler) use (&$served, $n): bool {
    if ($served >= $n) {
        return false;
    }
    $i = $served++;
    $handler([
        'id' => 10_000 + $i,
        'tenant' => 'acme' . ($i % 3),
        'locale' => $i % 2 === 0 ? 'de' : 'nl',
        'expand' => $i % 10 === 0 ? ['customer'] : [],
    ]);

    return true;
};

while ($handleRequest(static function (array $request) use ($controller): void {
    $controller->show($request);
})) {
    gc_collect_cycles();
}
