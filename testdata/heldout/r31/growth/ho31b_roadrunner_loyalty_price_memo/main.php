<?php

declare(strict_types=1);

require __DIR__ . '/vendor/spiral/PSR7Worker.php';
require __DIR__ . '/src/Pricing/MemoizesLookups.php';
require __DIR__ . '/src/Pricing/LoyaltyCard.php';
require __DIR__ . '/src/Pricing/QuoteKey.php';
require __DIR__ . '/src/Pricing/ShelfPriceBook.php';
require __DIR__ . '/src/PriceCheckController.php';

use Retail\PriceCheckController;
use Retail\Pricing\ShelfPriceBook;
use Spiral\RoadRunner\Http\PSR7Worker;
use Spiral\RoadRunner\Http\ServerRequest;

$config = require __DIR__ . '/config/pricing.php';
$catalog = [
    'SKU-100234' => ['name' => 'Espresso beans 1kg', 'price' => 1899, 'promo' => 1599],
    'SKU-100871' => ['name' => 'Oat milk 1L', 'price' => 189, 'promo' => null],
    'SKU-203310' => ['name' => 'AA batteries 12 pack', 'price' => 749, 'promo' => null],
    'SKU-203377' => ['name' => 'LED bulb E27 warm', 'price' => 399, 'promo' => 299],
    'SKU-310002' => ['name' => 'Dish soap 500ml', 'price' => 149, 'promo' => null],
    'SKU-310045' => ['name' => 'Paper towels 6 rolls', 'price' => 559, 'promo' => 450],
];
$skus = array_keys($catalog);
$tiers = array_keys($config['tiers']);

$controller = new PriceCheckController(
    new ShelfPriceBook($catalog, $config['tiers'], $config['vat_rate']),
    $config['stores'],
    $config['default_store'],
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PSR7Worker(static function (int $i) use ($n, $skus, $tiers, $config): ?ServerRequest {
    if ($i >= $n) {
        return null;
    }
    return new ServerRequest(
        'GET',
        '/price-check',
        [
            'store' => $config['stores'][$i % 4],
            'sku' => implode(',', [$skus[$i % 6], $skus[($i + 1) % 6], $skus[($i + 4) % 6]]),
        ],
        ['x-loyalty-card' => sprintf('6338%012d;%s', 7100000 + $i * 13, $tiers[$i % 3])],
        [],
    );
});

while ($request = $worker->waitRequest()) {
    $result = $controller($request);
    $worker->respond(200, json_encode($result));
    unset($request, $result);
}
