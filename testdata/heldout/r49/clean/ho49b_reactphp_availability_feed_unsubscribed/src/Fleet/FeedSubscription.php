<?php
namespace Rental\Fleet;

final class FeedSubscription
{
    /** @param list<string> $classes */
    public function __construct(
        public readonly string $branch,
        public readonly array $classes,
        public readonly string $user,
        public readonly int $lastEventId,
    ) {
    }

    public function matches(VehicleStatus $status): bool
    {
        return $status->branch === $this->branch
            && in_array($status->classCode, $this->classes, true)
            && $status->eventId > $this->lastEventId;
    }
}
