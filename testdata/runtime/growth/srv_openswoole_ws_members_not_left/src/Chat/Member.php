<?php

namespace App\Chat;

final class Member
{
    /**
     * @param array<string, string> $handshakeHeaders
     */
    public function __construct(
        public readonly int $fd,
        public readonly string $name,
        public readonly string $remoteAddr,
        public readonly array $handshakeHeaders,
        public readonly int $joinedAt,
    ) {
    }
}
