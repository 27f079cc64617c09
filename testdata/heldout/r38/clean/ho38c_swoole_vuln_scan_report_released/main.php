<?php

declare(strict_types=1);

require __DIR__ . '/vendor/swoole/http.php';
require __DIR__ . '/src/Advisory/AdvisoryDatabase.php';
require __DIR__ . '/src/Scan/Finding.php';
require __DIR__ . '/src/Scan/ScanReport.php';
require __DIR__ . '/src/Scan/LockfileScanner.php';
require __DIR__ . '/src/Http/ScanController.php';

use Acme\Scanner\Advisory\AdvisoryDatabase;
use Acme\Scanner\Http\ScanController;
use Acme\Scanner\Scan\LockfileScanner;
use Swoole\Http\Server;

// Boot once per Swoole worker: the advisory snapshot and the controller live
// for every request this worker serves.
$advisories = AdvisoryDatabase::fromSnapshot([
    ['package' => 'guzzlehttp/psr7', 'id' => 'GHSA-wxmh-65f7-jcvw', 'cve' => 'CVE-2023-29197', 'below' => '2.4.5', 'severity' => 'high', 'title' => 'Improper header validation'],
    ['package' => 'symfony/http-kernel', 'id' => 'GHSA-4j3m-q3w4-6p5f', 'cve' => 'CVE-2022-24894', 'below' => '6.2.6', 'severity' => 'medium', 'title' => 'Storing cookie headers in HttpCache'],
    ['package' => 'league/commonmark', 'id' => 'GHSA-c2pc-g5qf-rfrf', 'cve' => 'CVE-2023-33975', 'below' => '2.4.1', 'severity' => 'low', 'title' => 'Quadratic complexity bugs may lead to a denial of service'],
    ['package' => 'twig/twig', 'id' => 'GHSA-6j75-5wfj-gh63', 'cve' => 'CVE-2024-45411', 'below' => '3.14.0', 'severity' => 'high', 'title' => 'Sandbox bypass via include and sandbox tag'],
]);
$controller = new ScanController(new LockfileScanner($advisories));

$server = new Server('0.0.0.0', 9501);
$server->set([
    'max_request' => (int) (getenv('PHPLEAK_N') ?: 100),
    'request_source' => static function (int $i): array {
        $projects = ['platform/api', 'platform/admin', 'tools/release-bot'];

        return ['/v1/scan', ['fail_on' => $i % 2 ? 'high' : 'critical'], json_encode([
            'project' => $projects[$i % 3],
            'commit' => sha1("scan-$i"),
            'lock' => ['path' => 'composer.lock', 'packages' => [
                ['name' => 'guzzlehttp/psr7', 'version' => '2.4.' . ($i % 4)],
                ['name' => 'symfony/http-kernel', 'version' => '6.2.' . ($i % 5)],
                ['name' => 'monolog/monolog', 'version' => '3.5.0'],
                ['name' => 'twig/twig', 'version' => '3.' . (10 + $i % 3) . '.0'],
            ]],
        ])];
    },
]);
$server->on('request', $controller);
$server->start();
