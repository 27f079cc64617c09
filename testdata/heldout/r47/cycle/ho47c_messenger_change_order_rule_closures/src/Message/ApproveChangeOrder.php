<?php

namespace App\Message;

final class ApproveChangeOrder
{
    public function __construct(
        public readonly string $changeOrderNo,
        public readonly string $projectCode,
        public readonly int $valueCents,
        public readonly int $scheduleImpactDays,
        public readonly string $justification,
        public readonly string $requestedBy,
    ) {
    }
}
