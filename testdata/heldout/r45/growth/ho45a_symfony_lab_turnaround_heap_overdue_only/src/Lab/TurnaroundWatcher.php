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
        $this->deadlines->insert($deadline); // leak
    }

    public function complete(string $orderId): void
    {
        $this->completed[$orderId] = true; // leak
    }

    public function sweep(int $now): int
    {
        $escalated = 0;
        while (!$this->deadlines->isEmpty() && $this->deadlines->top()->dueAt <= $now) {
            $deadline = $this->deadlines->extract();
            if (isset($this->completed[$deadline->orderId])) {
                unset($this->completed[$deadline->orderId]);
                continue;
            }
            $this->escalator->escalate($deadline, $now);
            $escalated++;
        }
        return $escalated;
    }

    public function watching(): int
    {
        return $this->deadlines->count();
    }
}
