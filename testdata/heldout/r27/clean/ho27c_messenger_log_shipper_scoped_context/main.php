<?php

declare(strict_types=1);

/*
 * Log shipper consumer: `bin/console messenger:consume ship_logs`. Agents
 * publish batches of log lines; the handler normalises them and pushes them
 * to the Loki push API. The shipper's own log records carry the context of
 * the message being handled.
 */

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/src/Message/ShipLogBatch.php';
require __DIR__ . '/src/Logging/MessageContext.php';
require __DIR__ . '/src/Middleware/LogContextMiddleware.php';
require __DIR__ . '/src/Shipping/QuotaExceeded.php';
require __DIR__ . '/src/Shipping/TenantQuota.php';
require __DIR__ . '/src/Shipping/LokiPushClient.php';
require __DIR__ . '/src/Handler/ShipLogBatchHandler.php';

use App\Handler\ShipLogBatchHandler;
use App\Message\ShipLogBatch;
use App\Middleware\LogContextMiddleware;
use App\Shipping\LokiPushClient;
use App\Shipping\TenantQuota;
use Monolog\Handler\StreamHandler;
use Monolog\Logger;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MessageBus;
use Symfony\Component\Messenger\Middleware\HandleMessageMiddleware;
use Symfony\Component\Messenger\Stamp\TransportMessageIdStamp;
use Symfony\Component\Messenger\Transport\InMemoryTransport;
use Symfony\Component\Messenger\Worker;

$logger = new Logger('shipper', [new StreamHandler('php://stderr', Logger::WARNING)]);

$bus = new MessageBus([
    new LogContextMiddleware($logger),
    new HandleMessageMiddleware([
        ShipLogBatch::class => new ShipLogBatchHandler(
            new LokiPushClient('http://loki:3100/loki/api/v1/push'),
            new TenantQuota(['acme' => 1_000_000, 'globex' => 1_000_000, 'initech' => 0]),
            $logger,
        ),
    ]),
]);

$tenants = ['acme', 'globex', 'initech'];
$transport = new InMemoryTransport(static function (int $i) use ($tenants): Envelope {
    $lines = [];
    for ($l = 0; $l < 6; $l++) {
        $lines[] = [
            (string) (1700000000000000000 + $i * 1000 + $l),
            sprintf('level=info ts=%d caller=http.go:%d msg="request served" path=/api/v1/items/%d status=200 duration=%dms',
                1700000000 + $i, 80 + $l, $i * 31 + $l, ($i + $l) % 250),
        ];
    }
    $message = new ShipLogBatch(
        $tenants[$i % 3],
        ['app' => 'catalog', 'env' => 'prod', 'host' => sprintf('node-%02d', $i % 12)],
        $lines,
    );

    return new Envelope($message, [new TransportMessageIdStamp(sprintf('%d-%s', $i, substr(md5((string) $i), 0, 10)))]);
});

$worker = new Worker(['ship_logs' => $transport], $bus, $logger);
$worker->run(['limit' => (int) (getenv('PHPLEAK_N') ?: 100)]);
