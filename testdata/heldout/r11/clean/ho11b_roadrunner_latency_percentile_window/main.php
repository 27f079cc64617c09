<?php

declare(strict_types=1);

require __DIR__ . '/Worker.php';
require __DIR__ . '/LatencyWindow.php';

use App\Metrics\LatencyWindow;
use App\Metrics\Sample;
use App\RoadRunner\Payload;
use App\RoadRunner\Worker;

final class SearchController
{
    public function __invoke(array $query): array
    {
        $hits = [];
        for ($i = 0; $i < 5; ++$i) {
            $hits[] = ['id' => \crc32($query['q'] . $i), 'title' => \ucfirst($query['q']) . " #$i"];
        }

        return ['page' => $query['page'], 'hits' => $hits];
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = Worker::create($n);
$window = new LatencyWindow(100);
$controller = new SearchController();

while ($payload = $worker->waitPayload()) {
    $start = \hrtime(true);
    $header = \json_decode($payload->header, true);
    $result = $controller(\json_decode($payload->body, true));
    $elapsed = (\hrtime(true) - $start) / 1e6;

    $window->record(new Sample($header['route'], $elapsed, [
        'worker' => 'rr-' . \getmypid(),
        'query_digest' => \hash('sha512', $payload->body) . \hash('sha512', $payload->header),
        'response_digest' => \hash('sha512', \json_encode($result)),
    ]));

    $result['p95'] = $window->percentile(95);
    $worker->respond(new Payload(\json_encode($result), $payload->header));
}
