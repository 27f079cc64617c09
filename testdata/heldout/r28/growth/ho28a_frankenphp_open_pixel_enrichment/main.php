<?php

require __DIR__ . '/vendor/frankenphp/worker_stub.php';
require __DIR__ . '/src/Tracking/OpenEvent.php';
require __DIR__ . '/src/Tracking/EnrichmentContext.php';
require __DIR__ . '/src/Tracking/Annotations.php';
require __DIR__ . '/src/Tracking/Enrichers.php';

use App\Tracking\Annotations;
use App\Tracking\GeoEnricher;
use App\Tracking\MachineOpenDetector;
use App\Tracking\OpenEvent;
use App\Tracking\OpenTracker;

// Boot once, outside the request loop.
$tracker = new OpenTracker(new Annotations(), [
    new MachineOpenDetector(),
    new GeoEnricher(['81.2' => 'FR', '92.40' => 'DE', '73.12' => 'US', '203.0' => 'AU']),
]);
$pixel = base64_decode('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7');

FrankenPhpStub::$requests = (function (int $n) {
    $agents = [
        'Mozilla/5.0 (Windows NT 10.0; Win64; x64; Microsoft Outlook 16.0.17328; ms-office; MSOffice 16)',
        'Mozilla/5.0 (Windows NT 5.1; rv:11.0) Gecko Firefox/11.0 (via ggpht.com GoogleImageProxy)',
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15) AppleWebKit/605.1.15 (KHTML, like Gecko)',
    ];
    $ips = ['81.2.69.', '92.40.12.', '73.12.8.', '203.0.113.'];
    for ($i = 0; $i < $n; $i++) {
        yield [
            'get' => ['m' => sprintf('msg_%s', bin2hex(random_bytes(10))), 'r' => 700000 + $i * 7, 'c' => 'cmp_' . ['welcome', 'digest', 'promo'][$i % 3]],
            'server' => [
                'REMOTE_ADDR' => $ips[$i % 4] . ($i % 250),
                'HTTP_USER_AGENT' => $agents[$i % 3],
                'REQUEST_TIME' => 1714000000 + $i * 11,
                'REQUEST_URI' => "/o.gif?i=$i",
            ],
        ];
    }
})((int) (getenv('PHPLEAK_N') ?: 100));

$handler = static function () use ($tracker, $pixel): void {
    $event = OpenEvent::fromGlobals($_GET, $_SERVER);
    if ($event !== null) {
        $tracker->record($event);
    }
    echo $pixel;
};

while (frankenphp_handle_request($handler)) {
    gc_collect_cycles();
}
