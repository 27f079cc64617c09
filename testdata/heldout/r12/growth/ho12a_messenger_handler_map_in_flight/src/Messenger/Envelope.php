<?php

declare(strict_types=1);

namespace App\Messenger;

final class Envelope
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly string $id,
        public readonly object $message,
        public readonly array $headers = [],
    ) {
    }
}
