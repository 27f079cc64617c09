<?php

declare(strict_types=1);

namespace App\Device;

final class DeviceRegistry
{
    /** @var array<string, Device> */
    private array $devices = [];

    public static function fromFleetManifest(array $manifest): self
    {
        $registry = new self();
        foreach ($manifest as $row) {
            $registry->devices[$row['id']] = new Device($row['id'], $row['model'], $row['fw'], $row['mode'] === 'always-on');
        }

        return $registry;
    }

    public function get(string $id): Device
    {
        return $this->devices[$id] ?? throw new \OutOfBoundsException("Unknown device {$id}");
    }
}
