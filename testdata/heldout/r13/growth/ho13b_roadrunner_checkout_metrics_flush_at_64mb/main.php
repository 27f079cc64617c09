<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Metrics/MetricsBuffer.php';
require __DIR__ . '/src/Http/CheckoutHandler.php';

use App\Http\CheckoutHandler;
use App\Metrics\MetricsFactory;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\ServerRequest;

$config = require __DIR__ . '/config/metrics.php';
$metrics = MetricsFactory::fromConfig($config);
$handler = new CheckoutHandler($metrics);

$incoming = (static function (int $count): \Generator {
    for ($i = 0; $i < $count; $i++) {
        yield new ServerRequest('POST', '/checkout', [
            'x-tenant' => ['nordwind', 'sunset-bikes', 'kaffeebar'][$i % 3],
            'x-request-id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i * 2654435761 % 0xffffffff, $i % 0xffff, $i % 0xfff, ($i * 7) % 0xfff, $i * 97),
        ], [
            'cart' => [
                'id' => 'ord_' . (900_000 + $i),
                'payment' => ['card', 'paypal', 'sepa'][$i % 3],
                'items' => [
                    ['sku' => 'BK-' . $i, 'price' => 4999, 'qty' => 1],
                    ['sku' => 'HL-' . $i, 'price' => 1299, 'qty' => 2],
                ],
            ],
        ]);
    }
})((int) (getenv('PHPLEAK_N') ?: 100));

$worker = new PSR7Worker($incoming);
while (($request = $worker->waitRequest()) !== null) {
    $worker->respond($handler->handle($request));
}
