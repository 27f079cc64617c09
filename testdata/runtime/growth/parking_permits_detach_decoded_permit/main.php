<?php
// A city parking API under ReactPHP issues day permits. Active permits
// are kept in an SplObjectStorage. Checking out rebuilds the permit from
// its token (Permit::fromToken) and detaches that: a new object, never
// attached, while the storage keys by object identity. Nothing is taken
// out, and every request's permit stays.

require __DIR__ . '/vendor/react/http/HttpServer.php';
require __DIR__ . '/src/Permits.php';

$server = new React\Http\HttpServer(new App\PermitController(new App\ActivePermits()));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $server->accept(['plate' => sprintf('B-%05d', $i), 'zone' => 'zone-' . ($i % 7)]);
}
