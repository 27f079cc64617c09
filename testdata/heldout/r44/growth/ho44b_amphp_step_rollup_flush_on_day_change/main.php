<?php

declare(strict_types=1);

use Amp\Http\Server\DefaultErrorHandler;
use Amp\Http\Server\SocketHttpServer;
use App\Kernel;
use Psr\Log\NullLogger;

require __DIR__ . '/vendor/autoload.php';

$config = require __DIR__ . '/config/app.php';
$logger = new NullLogger();
$kernel = new Kernel($config, $logger);

$server = SocketHttpServer::createForDirectAccess($logger);
foreach ($config['listen'] as $address) {
    $server->expose($address);
}

// Recorded hourly sync traffic from the EU morning peak: each upload carries
// the last four 15-minute buckets of one watch.
$server->replay(static function (int $i) use ($config): array {
    $athlete = 'ath-' . (1000 + $i % 400);
    $device = 'dev-' . substr(md5($athlete), 0, 12);
    $hourStart = 1718006400 + ($i % 12) * 3600; // 2024-06-10 08:00 UTC onwards
    $buckets = [];
    for ($q = 0; $q < 4; $q++) {
        $buckets[] = [
            'start' => $hourStart + $q * 900,
            'steps' => 300 + ($i * 7 + $q * 13) % 900,
            'distance_m' => 210.5 + $q,
            'active_s' => 420 + $q * 30,
        ];
    }
    $body = json_encode(['tz' => 'Europe/Berlin', 'source' => 'watch', 'buckets' => $buckets]);

    return ['POST', "/v1/athletes/{$athlete}/steps", [
        'content-type' => 'application/json',
        'x-device-id' => $device,
        'x-signature' => hash_hmac('sha256', $device . ':' . $body, $config['fleet_secret']),
    ], $body];
});

$kernel->rollup();
$server->onStop(static fn () => $kernel->rollup()->flush());

$server->start($kernel->router($server, new DefaultErrorHandler()), new DefaultErrorHandler());
