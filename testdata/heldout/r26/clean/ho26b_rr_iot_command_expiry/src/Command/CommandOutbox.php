<?php

declare(strict_types=1);

namespace App\Command;

/**
 * Commands for battery devices that are asleep wait here until the device
 * checks in again.
 */
final class CommandOutbox
{
    /** @var array<string, \SplQueue<DeviceCommand>> */
    private array $parked = [];

    public function park(DeviceCommand $command, int $now): void
    {
        $queue = $this->queueFor($command->deviceId);
        // a sleeping device that checks in later must not run stale orders
        while (!$queue->isEmpty() && $queue->bottom()->expiresAt < $now) {
            $queue->dequeue();
        }
        $queue->enqueue($command);
    }

    /** @return \Generator<DeviceCommand> */
    public function release(string $deviceId, int $now): \Generator
    {
        $queue = $this->queueFor($deviceId);
        while (!$queue->isEmpty()) {
            $command = $queue->dequeue();
            if ($command->expiresAt >= $now) {
                yield $command;
            }
        }
    }

    public function depth(string $deviceId): int
    {
        return isset($this->parked[$deviceId]) ? \count($this->parked[$deviceId]) : 0;
    }

    private function queueFor(string $deviceId): \SplQueue
    {
        return $this->parked[$deviceId] ??= new \SplQueue();
    }
}
