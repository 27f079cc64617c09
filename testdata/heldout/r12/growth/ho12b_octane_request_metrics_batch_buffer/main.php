<?php
declare(strict_types=1);

require __DIR__ . '/src/Support/Octane.php';
require __DIR__ . '/src/Metrics/Sample.php';
require __DIR__ . '/src/Metrics/Transport.php';
require __DIR__ . '/src/Metrics/MetricsBuffer.php';
require __DIR__ . '/src/Http/Middleware/RecordRequestMetrics.php';
require __DIR__ . '/src/Providers/MetricsServiceProvider.php';

use App\Http\Middleware\RecordRequestMetrics;
use App\Providers\MetricsServiceProvider;
use App\Support\Octane\Container;
use App\Support\Octane\Request;
use App\Support\Octane\Response;
use App\Support\Octane\Worker;

$app = new Container();
(new MetricsServiceProvider(require __DIR__ . '/config/metrics.php'))->register($app);

$worker = new Worker(
    $app,
    [RecordRequestMetrics::class],
    static fn (Request $request): Response => new Response(200, '{"data":[]}'),
);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $worker->handle(new Request('GET', '/api/products/' . ($i % 40), [
        'x-tenant' => 'tenant-' . ($i % 7),
        'x-request-id' => sprintf('%08x-%04x-4%03x-a%03x-%012x', $i, $i % 65535, $i % 4095, $i % 4095, $i * 7919),
        'user-agent' => 'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_3) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.3 Safari/605.1.15',
    ]));
}
