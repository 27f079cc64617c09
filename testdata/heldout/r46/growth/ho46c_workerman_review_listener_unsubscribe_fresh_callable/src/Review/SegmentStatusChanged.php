<?php

namespace App\Review;

final class SegmentStatusChanged
{
    public function __construct(
        public readonly string $sessionId,
        public readonly string $segmentId,
        public readonly string $from,
        public readonly string $to,
    ) {
    }
}
