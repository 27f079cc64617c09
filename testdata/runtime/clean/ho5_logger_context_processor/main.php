<?php
// A long-running HTTP worker logs each request through a channel logger whose processor adds the request id, route and client address from a shared request context to every record.

require __DIR__ . '/Logger.php';
require __DIR__ . '/RequestLogging.php';

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new BufferHandler();
$logger = new Logger('http', [$handler]);
$middleware = new RequestLoggingMiddleware($logger, new RequestContext());
$controller = static fn (Request $r): string => '<html><body>Product ' . basename($r->path) . '</body></html>';

for ($i = 0; $i < $n; $i++) {
    $request = new Request('GET', "/products/{$i}", [
        'HTTP_X_REQUEST_ID' => sprintf('%08x-%04x-4000-8000-%012x', $i, $i % 65535, $i * 7919),
        'REMOTE_ADDR' => '192.168.' . ($i % 200) . '.' . ($i % 250),
        'HTTP_USER_AGENT' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_2) AppleWebKit/605.1.15 Version/17.2 Safari/605.1.15',
        'HTTP_ACCEPT_LANGUAGE' => 'en-GB,en;q=0.9,de;q=0.8',
    ]);
    $middleware($request, $controller);
}
$handler->flush();
