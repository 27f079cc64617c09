<?php

declare(strict_types=1);

namespace Acme\Messenger;

final class Envelope
{
    /** @param array<string, string> $headers */
    public function __construct(
        public readonly object $message,
        public readonly array $headers = [],
    ) {
    }
}
