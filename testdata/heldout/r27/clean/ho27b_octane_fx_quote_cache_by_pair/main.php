<?php

declare(strict_types=1);

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Domain/Currency.php';
require __DIR__ . '/app/Services/RateProvider.php';
require __DIR__ . '/app/Services/ExchangeRateService.php';
require __DIR__ . '/app/Http/Controllers/SettlementQuoteController.php';
require __DIR__ . '/bootstrap/app.php';

use Illuminate\Http\Request;
use Laravel\Octane\Worker;

$app = ho27b_create_application([
    'cache' => ['default' => 'array'],
    'fx' => ['feed_url' => 'https://treasury.internal/fx/v2/quotes', 'key_id' => 'fx-ro-7', 'ttl' => 3600],
]);
$worker = new Worker($app);

$pairs = [['EUR', 'USD'], ['GBP', 'EUR'], ['USD', 'JPY'], ['EUR', 'CHF'], ['USD', 'CAD'], ['EUR', 'GBP']];
$opened = new DateTimeImmutable('2024-03-14 08:00:00', new DateTimeZone('UTC'));
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    [$base, $quote] = $pairs[$i % count($pairs)];
    $worker->handle(new Request('GET', 'api/settlements/quote', [
        'settlement_id' => sprintf('stl_%010d', 7_300_000 + $i),
        'base' => $base,
        'quote' => $quote,
        'amount_minor' => (string) (125_00 + ($i * 317) % 900_000),
        'value_time' => $opened->modify('+' . ($i * 7) . ' seconds')->format(DATE_ATOM),
    ], ['x-request-id' => bin2hex(random_bytes(6))]));
}

$worker->terminate();
