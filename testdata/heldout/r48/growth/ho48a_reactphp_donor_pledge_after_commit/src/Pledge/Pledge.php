<?php

namespace App\Pledge;

final class Pledge
{
    public function __construct(
        public readonly string $id,
        public readonly string $donor,
        public readonly string $email,
        public readonly int $amountPence,
        public readonly string $campaign,
        public readonly string $message,
    ) {
    }
}
