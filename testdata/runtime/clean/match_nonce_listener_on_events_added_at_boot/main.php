<?php
// A dating app's middleware adds its listener to Laravel's event
// dispatcher, fetched from the container by its name 'events', once at
// boot, and hands it each request's nonce through a property.

require __DIR__ . '/vendor/illuminate/container.php';
require __DIR__ . '/app/Middleware.php';

use App\Http\AttachMatchNonce;

$middleware = new AttachMatchNonce();
$middleware->boot();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware->handle(['path' => '/matches/' . $i]);
}
