<?php

namespace App\Review;

/** One reviewer's batch of decisions, handled within a single message. */
final class ReviewSession
{
    /** @var list<string> */
    private array $changes = [];

    /** @param array<string, string> $segments segment id => target text */
    public function __construct(
        private readonly string $id,
        private readonly string $reviewer,
        private readonly array $segments,
        private ReviewWorkflow $workflow,
        private ReviewEventHub $hub,
    ) {
    }

    /** @param array<string, string> $decisions segment id => new status */
    public function apply(array $decisions): array
    {
        $this->hub->subscribe($this->onStatusChanged(...)); // leak
        try {
            foreach ($decisions as $segmentId => $status) {
                if (isset($this->segments[$segmentId])) {
                    $this->workflow->transition($this->id, $segmentId, 'translated', $status);
                }
            }
        } finally {
            $this->hub->unsubscribe($this->onStatusChanged(...));
        }
        return $this->changes;
    }

    private function onStatusChanged(SegmentStatusChanged $event): void
    {
        if ($event->sessionId === $this->id) {
            $this->changes[] = "{$event->segmentId}: {$event->from} -> {$event->to} by {$this->reviewer}";
        }
    }
}
