<?php
// A dating app's middleware adds a listener to Laravel's event
// dispatcher, fetched from the container by its name 'events', on every
// request: the dispatcher is one for the process, and keeps them all.

require __DIR__ . '/vendor/illuminate/container.php';
require __DIR__ . '/app/Middleware.php';

use App\Http\AttachMatchNonce;

$middleware = new AttachMatchNonce();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $middleware->handle(['path' => '/matches/' . $i]);
}
