<?php

declare(strict_types=1);

namespace Ticketing\Domain;

final class TapEvent
{
    public function __construct(
        public readonly string $deviceId,
        public readonly int $sequence,
        public readonly string $cardUid,
        public readonly string $media,
        public readonly string $product,
        public readonly string $stopRef,
        public readonly array $zones,
        public readonly int $fareCents,
        public readonly \DateTimeImmutable $tappedAt,
        public readonly string $signature,
        /** Raw frame, kept for the clearing audit trail. */
        public readonly string $rawFrame,
    ) {
    }
}
