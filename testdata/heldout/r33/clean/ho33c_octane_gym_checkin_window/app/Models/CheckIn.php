<?php

namespace App\Models;

final class CheckIn
{
    public function __construct(
        public readonly int $memberId,
        public readonly string $memberName,
        public readonly string $membershipPlan,
        public readonly string $clubCode,
        public readonly string $turnstile,
        public readonly \DateTimeImmutable $scannedAt,
    ) {
    }

    public function toFeedRow(): array
    {
        return [
            'member_id' => $this->memberId,
            'name' => $this->memberName,
            'plan' => $this->membershipPlan,
            'club' => $this->clubCode,
            'turnstile' => $this->turnstile,
            'at' => $this->scannedAt->format(DATE_ATOM),
            'greeting' => sprintf('Welcome back, %s! Enjoy your %s session at %s.', $this->memberName, $this->membershipPlan, $this->clubCode),
        ];
    }
}
