<?php
// Sentry PHP SDK: models the fix making spans reach their transaction weakly so a finished transaction is freed (before the fix: strong back-links).

require __DIR__ . '/vendor/sentry/sentry/Tracing/Span.php';
require __DIR__ . '/vendor/sentry/sentry/Tracing/SpanRecorder.php';
require __DIR__ . '/vendor/sentry/sentry/Tracing/Transaction.php';
require __DIR__ . '/vendor/sentry/sentry/Hub.php';
require __DIR__ . '/src/CountingTransport.php';
require __DIR__ . '/src/Repository/ProductRepository.php';
require __DIR__ . '/src/Middleware/SentryTracingMiddleware.php';

use App\Middleware\SentryTracingMiddleware;
use App\Monitoring\CountingTransport;
use App\Repository\ProductRepository;
use Sentry\SentrySdk;
use Sentry\State\Hub;

$options = require __DIR__ . '/config/sentry.php';
SentrySdk::init(new Hub(new CountingTransport(), $options));

$middleware = new SentryTracingMiddleware();
$products = new ProductRepository();
$controller = static function (array $request) use ($products): array {
    $rows = $products->findByCategory($request['query']['category'], (int) $request['query']['page']);
    $prices = $products->pricesFromCache(array_column($rows, 'id'));

    return ['status' => 200, 'body' => json_encode(['items' => $rows, 'prices' => $prices])];
};

$categories = ['garden', 'kitchen', 'outdoor', 'lighting', 'storage'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $query = ['category' => $categories[$i % 5], 'page' => (string) (1 + $i % 40)];
    $request = [
        'method' => 'GET',
        'route' => '/catalog/{category}',
        'uri' => '/catalog/' . $query['category'] . '?page=' . $query['page'],
        'query' => $query,
    ];

    $response = $middleware->process($request, $controller);
    unset($response, $request);
}
