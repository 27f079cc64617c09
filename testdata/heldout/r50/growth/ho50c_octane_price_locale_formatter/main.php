<?php

// Octane worker: one booted application, PHPLEAK_N requests through it.

use Illuminate\Http\Request;
use Laravel\Octane\RequestContext;
use Laravel\Octane\Worker;

$app = require __DIR__ . '/bootstrap/app.php';

$worker = new Worker($app);
$worker->boot();

$languages = ['en', 'de', 'fr', 'nl', 'es'];
$skus = ['chair', 'desk', 'lamp', 'shelf', 'rug'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    // Storefront links carry ?locale=, and crawlers and old app builds send
    // every regional spelling imaginable.
    $locale = $languages[$i % 5] . '-' . strtoupper(base_convert((string) (7919 * $i + 104729), 10, 36));
    $request = Request::create(
        sprintf('/quote/%s?locale=%s&qty=%d', $skus[$i % 5], $locale, 1 + $i % 3),
        'GET',
        ['Accept-Language' => 'en-US,en;q=0.8', 'X-Request-Id' => sprintf('req-%06d', $i)],
    );
    $response = $worker->handle($request, new RequestContext(['fd' => 1 + $i % 8]));
}
