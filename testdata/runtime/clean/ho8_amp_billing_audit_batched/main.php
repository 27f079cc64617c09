<?php
// AMPHP billing API whose refund endpoint is a ClosureRequestHandler recording an audit entry on a trail flushed in batches of 50.

declare(strict_types=1);

use Amp\Http\Server\{DefaultErrorHandler, Request, Response, SocketHttpServer};
use Amp\Http\Server\RequestHandler\ClosureRequestHandler;
use App\Audit\{AuditEntry, AuditTrail, SyslogSink};
use Psr\Log\NullLogger;

require __DIR__ . '/vendor/amphp/http-server.php';
require __DIR__ . '/src/Audit/AuditTrail.php';

$audit = new AuditTrail(new SyslogSink(), batchSize: 50);
register_shutdown_function($audit->flush(...));

$refunds = new ClosureRequestHandler(function (Request $request) use ($audit): Response {
    $refund = json_decode($request->getBody(), true, flags: JSON_THROW_ON_ERROR);
    $audit->record(new AuditEntry($request->getHeader('x-user') ?? 'anonymous', 'invoice.refund', $request->getBody(), microtime(true)));

    return new Response(202, ['content-type' => 'application/json'], json_encode(['refund' => $refund['invoice'], 'status' => 'queued']));
});

$server = SocketHttpServer::createForDirectAccess(new NullLogger());
$server->expose('127.0.0.1:8443');
$server->start($refunds, new DefaultErrorHandler());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $body = json_encode(['invoice' => "INV-{$i}", 'amount' => 1999 + $i, 'reason' => str_repeat("duplicate charge {$i}; ", 24)]);
    $server->receive(new Request('POST', "/invoices/INV-{$i}/refund", ['x-user' => 'agent' . ($i % 7)], $body));
}

