<?php

namespace App\Moderation;

/**
 * Reports received by this worker, waiting to be routed to a reviewer.
 * Routed in submission order.
 */
final class ModerationInbox
{
    private \SplQueue $pending;
    private int $routed = 0;

    public function __construct(private ReviewerPool $reviewers)
    {
        $this->pending = new \SplQueue();
        $this->pending->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO);
    }

    public function submit(ContentReport $report): void
    {
        $this->pending->enqueue($report); // leak
    }

    /** @return list<array{report: string, reviewer: string}> */
    public function dispatchPending(): array
    {
        $assignments = [];
        foreach ($this->pending as $report) {
            if ($report->dispatched) {
                continue;
            }
            $report->assignedTo = $this->reviewers->next($this->queueFor($report));
            $report->dispatched = true;
            $this->routed++;
            $assignments[] = ['report' => $report->id, 'reviewer' => $report->assignedTo];
        }
        return $assignments;
    }

    private function queueFor(ContentReport $report): string
    {
        return match ($report->reason) {
            'self_harm', 'hate' => 'escalations',
            'spam' => 'spam',
            default => 'trust_safety',
        };
    }
}
