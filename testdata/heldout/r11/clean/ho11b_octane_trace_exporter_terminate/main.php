<?php

declare(strict_types=1);

require __DIR__ . '/Octane.php';
require __DIR__ . '/Tracing.php';

use App\Octane\OctaneWorker;
use App\Octane\Request;
use App\Octane\Response;
use App\Tracing\BatchSpanExporter;
use App\Tracing\TracingSubscriber;

$exporter = new BatchSpanExporter();
$tracing = new TracingSubscriber($exporter);

$kernel = static function (Request $request) use ($tracing, $exporter): Response {
    $span = $tracing->startSpan($request->method . ' ' . $request->uri);
    $rows = [];
    foreach (\range(1, 8) as $i) {
        $rows[] = ['id' => $i, 'name' => "Product {$i}", 'price' => 100 * $i];
    }
    $body = \json_encode(['data' => $rows, 'page' => $request->query['page'] ?? 1]);
    $span->end = \microtime(true);
    $span->attributes = [
        'http.method' => $request->method,
        'http.target' => $request->uri . '?' . \http_build_query($request->query),
        'http.status_code' => 200,
        'http.response_content_length' => \strlen($body),
        'db.statement' => 'select * from products where category_id = ? and deleted_at is null order by position limit 8 offset ?',
        'app.user_agent' => 'Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36',
        'app.session' => \bin2hex(\random_bytes(48)),
    ];
    $exporter->enqueue($span);

    return new Response(200, $body);
};

$worker = new OctaneWorker($kernel);
$worker->onTerminating([$tracing, 'onRequestTerminated']);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$sent = 0;
for ($i = 0; $i < $n; ++$i) {
    $request = new Request('GET', '/api/categories/' . ($i % 12) . '/products', ['page' => 1 + $i % 6, 'sort' => 'position']);
    $sent += \strlen($worker->handle($request)->content);
}
