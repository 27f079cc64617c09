<?php

declare(strict_types=1);

namespace App\Reefer;

final class ReeferAlarm
{
    public function __construct(
        public readonly ReeferReading $reading,
        public readonly string $severity,
        public readonly string $message,
    ) {}
}
