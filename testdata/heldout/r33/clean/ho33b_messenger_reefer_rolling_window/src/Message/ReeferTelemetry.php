<?php

namespace App\Message;

final class ReeferTelemetry
{
    public function __construct(
        public readonly string $messageId,
        public readonly string $containerId,
        public readonly string $event,
        public readonly int $timestamp,
        public readonly array $readings,
        public readonly string $frame,
    ) {
    }
}
