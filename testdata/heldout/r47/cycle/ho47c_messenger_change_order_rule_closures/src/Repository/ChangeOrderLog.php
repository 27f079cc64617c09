<?php

namespace App\Repository;

/** Decision counters per outcome; the decisions themselves go to the database. */
final class ChangeOrderLog
{
    /** @var array{approved: int, rejected: int} */
    private array $counts = ['approved' => 0, 'rejected' => 0];
    private int $approvedCents = 0;

    public function record(string $changeOrderNo, bool $approved, int $valueCents, array $failures): void
    {
        $this->counts[$approved ? 'approved' : 'rejected']++;
        if ($approved) {
            $this->approvedCents += $valueCents;
        }
    }
}
