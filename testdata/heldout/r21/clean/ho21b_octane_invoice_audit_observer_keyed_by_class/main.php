<?php

declare(strict_types=1);

require __DIR__ . '/vendor/octane/worker.php';
require __DIR__ . '/app/Models/Concerns/HasObservers.php';
require __DIR__ . '/app/Models/Model.php';
require __DIR__ . '/app/Audit/Audit.php';
require __DIR__ . '/app/Listeners/RegisterAuditObservers.php';
require __DIR__ . '/app/Http/InvoiceController.php';

use App\Audit\AuditSink;
use App\Http\InvoiceController;
use App\Listeners\RegisterAuditObservers;
use Octane\Dispatcher;
use Octane\Request;
use Octane\RequestReceived;
use Octane\Worker;

$sink = new AuditSink();
$events = new Dispatcher();
$events->listen(RequestReceived::class, new RegisterAuditObservers($sink));
$controller = new InvoiceController($sink);
$worker = new Worker($events, static fn (Request $r): array => $controller->update($r));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $claims = base64_encode(json_encode(['sub' => "user-$i", 'tenant' => 'acme', 'scope' => 'invoices:write invoices:read', 'session' => md5("s$i")]));
    $response = $worker->handle(new Request('PATCH', "/invoices/$i", [
        'x-user' => "user-$i@acme.test",
        'x-forwarded-for' => '10.0.' . ($i % 250) . '.7',
        'user-agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0 Safari/537.36',
        'x-claims' => $claims,
    ], ['id' => $i, 'status' => 'sent', 'due_days' => 14]));
    unset($response);
}
