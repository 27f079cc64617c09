<?php

namespace Lobby\Context;

use Amp\Http\Server\Request;

final class PlayerContext
{
    use HasContextStack;

    public function __construct(
        public readonly Request $request,
        public readonly string $requestId,
        public readonly string $playerId,
        public readonly string $displayName,
        public readonly int $partySize,
        public readonly string $region,
        public readonly array $headers,
        public readonly array $entitlements,
        public readonly float $startedAt,
    ) {
    }
}
