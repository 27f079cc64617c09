<?php

declare(strict_types=1);

// Swoole WebSocket CSMS (central system) for a charging-station network:
// charge points speak OCPP 1.6J; StopTransaction carries the transaction's
// meter values, from which the session is rebuilt and billed.

require __DIR__ . '/vendor/evenement/evenement/src/EventEmitter.php';
require __DIR__ . '/vendor/swoole/ide-helper/WebSocketServer.php';
require __DIR__ . '/src/Ocpp/SampledValue.php';
require __DIR__ . '/src/Ocpp/SessionSummary.php';
require __DIR__ . '/src/Ocpp/ChargingSession.php';
require __DIR__ . '/src/Ocpp/StopTransactionHandler.php';
require __DIR__ . '/src/Billing/TariffLedger.php';

use Csms\Billing\TariffLedger;
use Csms\Ocpp\StopTransactionHandler;
use Swoole\WebSocket\Frame;
use Swoole\WebSocket\Server;

$server = new Server('0.0.0.0', 9220);
$server->set(['worker_num' => 1, 'websocket_subprotocol' => 'ocpp1.6']);

$stopHandler = new StopTransactionHandler(new TariffLedger(39));
/** @var array<int, string> fd => charge point id, from the upgrade request path */
$chargePoints = [];

$server->on('message', static function (Server $server, Frame $frame) use ($stopHandler, &$chargePoints): void {
    [$type, $uniqueId, $action, $payload] = json_decode($frame->data, true, 32, JSON_THROW_ON_ERROR);
    if ($type !== 2) {
        return;
    }
    $cpId = $chargePoints[$frame->fd] ??= sprintf('CP-%04d', $frame->fd);
    $result = match ($action) {
        'StopTransaction' => $stopHandler->handle($cpId, $payload),
        'Heartbeat' => ['currentTime' => gmdate('Y-m-d\TH:i:s\Z')],
        default => [],
    };
    $server->push($frame->fd, json_encode([3, $uniqueId, $result]));
});

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$server->replay((static function () use ($n): \Generator {
    for ($i = 0; $i < $n; $i++) {
        $start = 1_717_400_000 + $i * 900;
        $data = [];
        for ($k = 0; $k < 3; $k++) {
            $data[] = [
                'timestamp' => gmdate('Y-m-d\TH:i:s\Z', $start + $k * 300),
                'sampledValue' => [
                    ['measurand' => 'Energy.Active.Import.Register', 'value' => (string) (1_250_000 + $i * 40 + $k * 3_700), 'unit' => 'Wh'],
                    ['measurand' => 'Power.Active.Import', 'value' => (string) (22_000 - $k * 1_500 - $i % 900), 'unit' => 'W'],
                ],
            ];
        }
        yield [1 + $i % 30, json_encode([2, sprintf('%08x-%04x', 0x6a000000 + $i, $i % 0xffff), 'StopTransaction', [
            'transactionId' => 880_000 + $i,
            'idTag' => strtoupper(substr(sha1('rfid-' . ($i % 500)), 0, 14)),
            'meterStop' => 1_250_000 + $i * 40 + 11_100,
            'timestamp' => gmdate('Y-m-d\TH:i:s\Z', $start + 900),
            'reason' => ['EVDisconnected', 'Local', 'Remote'][$i % 3],
            'connectorId' => 1 + $i % 2,
            'transactionData' => $data,
        ]])];
    }
})());

$server->start();
