<?php

namespace Monolog;

final class LogRecord
{
    public function __construct(
        public readonly \DateTimeImmutable $datetime,
        public readonly string $channel,
        public readonly Level $level,
        public readonly string $message,
        public readonly array $context = [],
        public array $extra = [],
        public mixed $formatted = null,
    ) {
    }
}
