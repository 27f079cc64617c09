<?php

declare(strict_types=1);

require __DIR__ . '/vendor/guzzlehttp/guzzle/src/Psr7.php';
require __DIR__ . '/vendor/guzzlehttp/guzzle/src/HandlerStack.php';
require __DIR__ . '/vendor/guzzlehttp/guzzle/src/Middleware.php';
require __DIR__ . '/vendor/spiral/roadrunner-jobs/src/Consumer.php';
require __DIR__ . '/src/GitHub/CheckRunUpdate.php';
require __DIR__ . '/src/GitHub/ChecksApiClient.php';
require __DIR__ . '/src/RateLimit/SlidingWindowLimiter.php';
require __DIR__ . '/src/Jobs/ReportCheckRunHandler.php';

use App\GitHub\ChecksApiClient;
use App\Jobs\ReportCheckRunHandler;
use App\RateLimit\SlidingWindowLimiter;
use GuzzleHttp\HandlerStack;
use GuzzleHttp\Psr7\Request;
use GuzzleHttp\Psr7\Response;
use Spiral\RoadRunner\Jobs\Consumer;
use Spiral\RoadRunner\Jobs\ReceivedTask;

// --- boot: services wired once per worker --------------------------------------

$clock = 1_700_000_000.0;
$tick = static function () use (&$clock): float {
    return $clock += 0.05;
};

// network stand-in: the first attempt of every fifth check run is rate limited
$transport = static function (Request $request, array $options): Response {
    if (($options['retries'] ?? 0) === 0 && crc32($request->uri) % 5 === 0) {
        return new Response(429, ['retry-after' => '1', 'x-ratelimit-remaining' => '0']);
    }

    return new Response(200, ['content-type' => 'application/json'], '{"id":1,"status":"completed"}');
};

$handler = new ReportCheckRunHandler(new ChecksApiClient(
    HandlerStack::create($transport),
    new SlidingWindowLimiter(30, 1.0, $tick),
    'ghs_' . str_repeat('x7Qm', 9),
));

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$repositories = ['acme/build-agent', 'acme/web-console', 'acme/artifact-store', 'acme/plugin-sdk'];
$consumer = new Consumer(static function (int $i) use ($n, $repositories): ?ReceivedTask {
    if ($i >= $n) {
        return null;
    }
    $failed = $i % 4 === 0;
    $payload = json_encode([
        'repository' => $repositories[$i % count($repositories)],
        'check_run_id' => 9_100_000 + $i * 3,
        'sha' => sha1('head' . $i),
        'status' => 'completed',
        'conclusion' => $failed ? 'failure' : 'success',
        'workflow' => $i % 2 ? 'ci' : 'integration',
        'run_number' => 4000 + $i,
        'duration' => 60 + $i % 300,
        'tests' => 812 + $i % 40,
        'runner' => 'runner-' . ($i % 6) . '.ci.internal',
        'failures' => $failed ? [
            ['file' => 'tests/Unit/CacheKeyTest.php', 'line' => 40 + $i % 30, 'test' => 'testKeysAreStable', 'message' => 'Failed asserting that two strings are identical (run ' . $i . ').'],
        ] : [],
    ], JSON_THROW_ON_ERROR);

    return new ReceivedTask(sprintf('task-%06d', $i), 'checks.report', $payload, ['attempts' => '1']);
});

// --- worker loop ------------------------------------------------------------------

while (($task = $consumer->waitTask()) !== null) {
    try {
        $handler->handle($task);
    } catch (\Throwable $e) {
        $task->fail($e, requeue: true);
    }
}
