<?php

namespace App\Session;

final class SessionActivity
{
    public function __construct(
        public readonly string $sessionId,
        public readonly string $lastPath,
        public readonly string $clientIp,
        public readonly string $userAgent,
        public readonly string $lastNote,
        public readonly float $seenAt,
    ) {
    }
}
