<?php

declare(strict_types=1);

namespace App\Message;

final class SendStatement
{
    public function __construct(
        public readonly int $accountId,
        public readonly string $period,
        public readonly string $email,
    ) {
    }
}
