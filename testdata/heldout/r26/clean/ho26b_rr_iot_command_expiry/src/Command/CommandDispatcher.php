<?php

declare(strict_types=1);

namespace App\Command;

use App\Device\DeviceRegistry;
use App\Transport\MqttBridge;

final class CommandDispatcher
{
    /** @var array<string, DeviceCommand> commands sent and not yet acknowledged */
    private array $awaitingAck = [];

    public function __construct(
        private readonly DeviceRegistry $devices,
        private readonly CommandOutbox $outbox,
        private readonly MqttBridge $mqtt,
    ) {
    }

    public function dispatch(DeviceCommand $command, int $now): string
    {
        $device = $this->devices->get($command->deviceId);
        if (!$device->isOnline()) {
            $this->outbox->park($command, $now);

            return 'parked';
        }
        $this->send($command);

        return 'sent';
    }

    public function acknowledge(string $commandId): bool
    {
        if (!isset($this->awaitingAck[$commandId])) {
            return false;
        }
        unset($this->awaitingAck[$commandId]);

        return true;
    }

    public function deviceCheckedIn(string $deviceId, int $now): int
    {
        $this->devices->get($deviceId)->markOnline();
        $sent = 0;
        foreach ($this->outbox->release($deviceId, $now) as $command) {
            $this->send($command);
            $sent++;
        }

        return $sent;
    }

    public function deviceWentToSleep(string $deviceId): void
    {
        $this->devices->get($deviceId)->markAsleep();
    }

    private function send(DeviceCommand $command): void
    {
        $this->mqtt->publish($command->deviceId, $command->toWire());
        $this->awaitingAck[$command->id] = $command;
    }
}
