<?php

use App\Http\Controllers\ListingSearchController;
use Illuminate\Container\Container;
use Illuminate\Http\Request;
use Laravel\Octane\Worker;

require __DIR__ . '/vendor/autoload.php';

$app = require __DIR__ . '/bootstrap/app.php';

$worker = new Worker($app);
$worker->route('api/listings/search', fn (Container $sandbox, Request $request) => $sandbox->make(ListingSearchController::class)($request));

$cities = ['austin', 'Denver', 'portland', 'raleigh ', 'tampa'];
$keywords = ['', 'garden', 'pool', 'walk to school', 'renovated kitchen'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $request = Request::create('/api/listings/search', 'GET', [
        'city' => $cities[$i % count($cities)],
        'beds' => (string) (1 + $i % 4),
        'min_price' => (string) (150000 + ($i * 1250) % 400000),
        'max_price' => (string) (650000 + $i * 500),
        'q' => $keywords[$i % count($keywords)],
        'page' => '1',
    ]);
    [$status, $body] = $worker->handle($request);
}
