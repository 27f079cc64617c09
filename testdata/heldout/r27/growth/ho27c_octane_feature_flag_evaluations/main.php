<?php

declare(strict_types=1);

/*
 * Laravel Octane worker for the storefront API. Feature flags are evaluated
 * through the Feature facade backed by the flag SDK client singleton.
 */

$app = require __DIR__ . '/bootstrap/app.php';

$worker = new Laravel\Octane\Worker($app, static function (int $i): Illuminate\Http\Request {
    $plans = ['free', 'starter', 'business', 'enterprise'];

    return new Illuminate\Http\Request(
        'GET',
        '/api/checkout/summary',
        ['cart' => sprintf('cart_%s', substr(md5('cart' . $i), 0, 16))],
        [
            'x-user-id' => sprintf('usr_%07d', 3000000 + $i * 17),
            'x-user-plan' => $plans[$i % 4],
            'x-country' => ['DE', 'NL', 'US', 'FR', 'BR'][$i % 5],
            'x-app-version' => '5.' . ($i % 3) . '.0',
        ],
    );
});

$worker->run((int) (getenv('PHPLEAK_N') ?: 100));
