<?php

declare(strict_types=1);

// Stand-in for the FrankenPHP SAPI in worker mode: each call blocks until a
// request arrives, resets the superglobals for it, runs the handler, and
// returns false once the worker should exit (max requests reached).

if (!function_exists('frankenphp_handle_request')) {
    function frankenphp_handle_request(callable $handler): bool
    {
        static $served = 0;
        $max = (int) ($_ENV['FRANKENPHP_MAX_REQUESTS'] ?? 0);
        if ($served >= $max) {
            return false;
        }
        $i = $served++;

        $runner = 'rnr-' . str_pad((string) ($i % 12), 3, '0', STR_PAD_LEFT);
        $_SERVER['REQUEST_METHOD'] = 'POST';
        $_SERVER['REQUEST_URI'] = "/api/v4/runners/$runner/heartbeat";
        $_SERVER['HTTP_X_RUNNER_TOKEN'] = 'glrt-' . substr(hash('sha256', $runner), 0, 20);
        $_SERVER['REQUEST_TIME'] = 1700000000 + $i * 15;
        $_POST = [
            'job_id' => (string) (4410000 + $i),
            'pipeline_id' => (string) (990000 + intdiv($i, 6)),
            'stage' => ['build', 'test', 'lint', 'deploy'][$i % 4],
            'state' => $i % 11 === 0 ? 'stuck' : 'running',
            'trace_tail' => str_repeat("Step {$i}: \$ vendor/bin/phpunit --testsuite=Feature --filter=Shard" . ($i % 8) . "\n", 5),
            'executor' => ['name' => 'docker+machine', 'image' => 'registry.acme.internal/ci/php:8.2-' . ($i % 3), 'cpu' => '4', 'memory' => '8g'],
        ];

        $handler();

        return true;
    }
}
