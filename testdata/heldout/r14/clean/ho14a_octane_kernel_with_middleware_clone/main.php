<?php

declare(strict_types=1);

require __DIR__ . '/src/Http/Request.php';
require __DIR__ . '/src/Http/MiddlewareStack.php';
require __DIR__ . '/src/Http/Kernel.php';

use App\Http\Kernel;
use App\Http\Request;
use App\Http\Router;

// Laravel Octane-style: the kernel (and everything it owns) is created once
// and reused for every request the worker serves.
$kernel = new Kernel(new Router());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', '/api/orders/' . (5000 + $i), ['Accept' => 'application/json', 'Authorization' => 'Bearer ' . sha1((string) $i)]);
    $response = $kernel->handle($request);
    unset($request, $response);
}
