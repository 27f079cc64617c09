<?php
// AMPHP HTTP server for a product search API with a sliding-log rate-limit middleware per client address.

declare(strict_types=1);

use Amp\Http\Server\{DefaultErrorHandler, Request, SocketHttpServer};
use App\Http\{RateLimitMiddleware, SearchHandler};
use Psr\Log\NullLogger;
use function Amp\Http\Server\Middleware\stackMiddleware;

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Http/SearchHandler.php';
require __DIR__ . '/src/Http/RateLimitMiddleware.php';

$server = SocketHttpServer::createForDirectAccess(new NullLogger());
$server->expose('0.0.0.0:8080');
$server->start(stackMiddleware(new SearchHandler(), new RateLimitMiddleware(limit: 10, window: 60)), new DefaultErrorHandler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$tracking = '&utm_source=newsletter&utm_medium=email&utm_campaign=' . str_repeat('spring-sale-', 36);
for ($i = 0; $i < $n; $i++) {
    $uri = "/search?q=wireless+headphones+{$i}&page=" . ($i % 5 + 1) . $tracking;
    $server->receive(new Request('GET', $uri, ['x-forwarded-for' => '198.51.100.' . ($i % 16)]));
}
