<?php

declare(strict_types=1);

namespace App\Signalling;

/** What the signalling logs and metrics attach to every line while a message is handled. */
final class CallContext
{
    public function __construct(
        public readonly string $callId,
        public readonly string $fromPeer,
        public readonly string $toPeer,
        public readonly string $messageType,
        public readonly string $traceId,
        public readonly string $userAgent,
        public readonly float $receivedAt,
        public readonly array $tags = [],
    ) {
    }
}
