<?php

declare(strict_types=1);

namespace App\Device;

final class Device
{
    public function __construct(
        public readonly string $id,
        public readonly string $model,
        public readonly string $firmware,
        private bool $online,
    ) {
    }

    public function isOnline(): bool
    {
        return $this->online;
    }

    public function markOnline(): void
    {
        $this->online = true;
    }

    public function markAsleep(): void
    {
        $this->online = false;
    }
}
