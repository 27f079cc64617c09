<?php
// AMPHP CSV import API with a latency middleware that records a timing per request in a 128-slot ring for the p95 shown on the status page.

declare(strict_types=1);

use Amp\Http\Server\{DefaultErrorHandler, Request, Response, SocketHttpServer};
use Amp\Http\Server\RequestHandler\ClosureRequestHandler;
use App\Metrics\LatencyMiddleware;
use Psr\Log\NullLogger;
use function Amp\Http\Server\Middleware\stackMiddleware;

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Metrics/LatencyMiddleware.php';

$importRows = new ClosureRequestHandler(static function (Request $request): Response {
    $rows = array_map('str_getcsv', explode("\n", trim($request->getBody())));

    return new Response(201, ['content-type' => 'application/json'], json_encode(['accepted' => count($rows)]));
});

$server = SocketHttpServer::createForDirectAccess(new NullLogger());
$server->expose('0.0.0.0:9000');
$server->start(stackMiddleware($importRows, new LatencyMiddleware()), new DefaultErrorHandler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $csv = implode("\n", array_map(fn ($r) => "sku-{$i}-{$r},Widget {$r},{$r}.99", range(1, 8)));
    $server->receive(new Request('POST', "/imports/{$i}/rows", [
        'x-request-id' => bin2hex(random_bytes(16)),
        'traceparent' => '00-' . bin2hex(random_bytes(16)) . '-' . bin2hex(random_bytes(8)) . '-01',
        'x-tenant' => 'tenant-' . ($i % 9),
    ], $csv));
}
