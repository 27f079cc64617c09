<?php

declare(strict_types=1);

namespace App\Customs\Outbox;

final class OutboxEntry
{
    public function __construct(
        public readonly string $kind,
        public readonly string $container,
        public readonly string $body,
        public readonly int $at,
    ) {}
}
