<?php

namespace Forum\Moderation;

final class AuditTrail
{
    /** @var array<string, int> outcome => count, outcomes are the ticket's fixed set */
    private array $totals = ['approved' => 0, 'removed' => 0, 'escalated' => 0];

    public function record(string $outcome, string $actor, int $reportId): void
    {
        if (isset($this->totals[$outcome])) {
            $this->totals[$outcome]++;
        }
    }
}
