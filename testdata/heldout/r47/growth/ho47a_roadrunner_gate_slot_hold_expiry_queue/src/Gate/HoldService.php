<?php

declare(strict_types=1);

namespace Port\Gate;

final class HoldService
{
    public function __construct(
        private readonly HoldBook $book,
        private readonly int $ttl,
    ) {}

    /** @return array{hold:SlotHold,released:int,lane_load:int} */
    public function place(array $payload, int $now): array
    {
        $released = $this->book->releaseLapsed($now);
        $hold = SlotHold::fromPayload($payload, $now, $this->ttl);
        $this->book->hold($hold);

        return ['hold' => $hold, 'released' => count($released), 'lane_load' => $this->book->laneLoad($hold->lane)];
    }
}
