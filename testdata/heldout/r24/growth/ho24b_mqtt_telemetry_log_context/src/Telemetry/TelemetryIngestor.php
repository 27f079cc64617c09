<?php

declare(strict_types=1);

namespace App\Telemetry;

use Monolog\Logger;

final class TelemetryIngestor
{
    public function __construct(private DeviceRegistry $devices, private Logger $logger, private string $clientId)
    {
    }

    public function __invoke(string $topic, string $payload, bool $retained, int $messageId): void
    {
        $route = TopicParser::parse($topic);
        $this->logger->pushProcessor($this->contextProcessor($route, $topic, $messageId, $payload)); // leak

        $reading = Reading::fromPayload($payload);
        if ($reading === null) {
            $this->logger->warning('dropping undecodable telemetry payload');

            return;
        }
        if ($reading->isHeartbeat()) {
            $this->devices->touch($route['device'], $reading->timestamp);
            $this->logger->debug('heartbeat');

            return;
        }
        if (!$this->devices->isProvisioned($route['device'])) {
            $this->logger->warning('telemetry from unprovisioned device');
            $this->logger->popProcessor();

            return;
        }

        $this->devices->record($route['device'], $reading);
        if ($reading->batteryMv !== null && $reading->batteryMv < 3300) {
            $this->logger->warning('low battery', ['battery_mv' => $reading->batteryMv]);
        }
        $this->logger->debug('reading stored', ['seq' => $reading->sequence]);
        $this->logger->popProcessor();
    }

    /** Every log line written while a message is handled carries the device context. */
    private function contextProcessor(array $route, string $topic, int $messageId, string $payload): \Closure
    {
        $context = [
            'tenant' => $route['tenant'],
            'device_id' => $route['device'],
            'topic' => $topic,
            'mqtt_message_id' => $messageId,
            'mqtt_client' => $this->clientId,
            'payload_sha' => hash('sha256', $payload),
            'payload_preview' => substr($payload, 0, 160),
        ];

        return static function (array $record) use ($context): array {
            $record['extra'] += $context;

            return $record;
        };
    }
}
