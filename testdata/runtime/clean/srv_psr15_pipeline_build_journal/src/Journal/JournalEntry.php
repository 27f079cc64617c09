<?php

namespace App\Journal;

final class JournalEntry
{
    public function __construct(
        public readonly string $channel,
        public readonly string $message,
        public readonly array $context,
        public readonly float $at,
    ) {
    }
}
