<?php

declare(strict_types=1);

namespace Port\Gate;

/**
 * Pre-gate lane holds of this worker, ordered so the hold that lapses next
 * can be released first.
 */
final class HoldBook
{
    private \SplPriorityQueue $byExpiry;
    /** @var array<string,int> lane => active holds */
    private array $laneLoad = [];

    public function __construct()
    {
        $this->byExpiry = new \SplPriorityQueue();
        $this->byExpiry->setExtractFlags(\SplPriorityQueue::EXTR_DATA);
    }

    public function hold(SlotHold $hold): void
    {
        $this->laneLoad[$hold->lane] = ($this->laneLoad[$hold->lane] ?? 0) + 1;
        $this->byExpiry->insert($hold, $this->expiryRank($hold));
    }

    /** @return list<SlotHold> the holds that lapsed */
    public function releaseLapsed(int $now): array
    {
        $lapsed = [];
        while (!$this->byExpiry->isEmpty() && $this->byExpiry->top()->expiresAt <= $now) {
            $hold = $this->byExpiry->extract();
            $this->laneLoad[$hold->lane]--;
            $lapsed[] = $hold;
        }

        return $lapsed;
    }

    public function laneLoad(string $lane): int
    {
        return $this->laneLoad[$lane] ?? 0;
    }

    private function expiryRank(SlotHold $hold): int
    {
        // SplPriorityQueue serves the highest priority first: the earliest
        // expiry must rank highest, or top() is the newest hold forever.
        return -$hold->expiresAt;
    }
}
