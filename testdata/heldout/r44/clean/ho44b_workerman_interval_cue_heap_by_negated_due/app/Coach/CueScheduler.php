<?php

declare(strict_types=1);

namespace App\Coach;

use App\Push\PushGateway;

/**
 * Holds the cues of all running guided sessions and pushes each one when
 * its tick comes. One tick per second, driven by a worker timer.
 */
final class CueScheduler
{
    private \SplPriorityQueue $queue;
    private int $tick = 0;

    public function __construct(private readonly PushGateway $push)
    {
        $this->queue = new \SplPriorityQueue();
        $this->queue->setExtractFlags(\SplPriorityQueue::EXTR_DATA);
    }

    public function scheduleIn(Cue $cue, int $seconds): void
    {
        $cue->dueTick = $this->tick + max(1, $seconds);
        $this->queue->insert($cue, -$cue->dueTick);
    }

    public function onTick(): void
    {
        $this->tick++;
        while (!$this->queue->isEmpty() && $this->queue->top()->dueTick <= $this->tick) {
            $cue = $this->queue->extract();
            $this->push->send($cue->deviceTokens, $cue->toPayload());
        }
    }

    public function waiting(): int
    {
        return $this->queue->count();
    }
}
