<?php

declare(strict_types=1);

namespace App\Lab;

/**
 * Watches send-out lab orders and pages the ordering clinician when a result
 * has not come back within the expected turnaround.
 *
 * A heap cannot drop an arbitrary element, so results mark their order as
 * completed and the entry is discarded when it reaches the top.
 */
final class TurnaroundWatcher
{
    private DeadlineHeap $deadlines;

    /** @var array<string, true> */
    private array $completed = [];

    public function __construct(private readonly OverdueEscalator $escalator)
    {
        $this->deadlines = new DeadlineHeap();
    }

    public function track(TurnaroundDeadline $deadline): void
    {
        $this->deadlines->insert($deadline);
    }

    public function complete(string $orderId): void
    {
        $this->completed[$orderId] = true;
    }

    public function sweep(int $now): int
    {
        $escalated = 0;
        while (!$this->deadlines->isEmpty()) {
            $deadline = $this->deadlines->top();
            if (isset($this->completed[$deadline->orderId])) {
                $this->deadlines->extract();
                unset($this->completed[$deadline->orderId]);
                continue;
            }
            if ($deadline->dueAt > $now) {
                break;
            }
            $this->escalator->escalate($this->deadlines->extract(), $now);
            $escalated++;
        }
        return $escalated;
    }

    public function watching(): int
    {
        return $this->deadlines->count();
    }
}
