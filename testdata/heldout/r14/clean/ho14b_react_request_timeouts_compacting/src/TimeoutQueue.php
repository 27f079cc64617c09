<?php

declare(strict_types=1);

namespace App\Async;

final class Timeout
{
    public bool $cancelled = false;

    public function __construct(
        public readonly float $deadline,
        public readonly \Closure $onExpire,
    ) {
    }
}

/**
 * Deadlines for in-flight requests, ordered so the earliest is on top.
 * The event loop calls expire() on every tick; a request that finishes in
 * time cancels its timeout; once half the heap is cancelled entries the
 * heap is rebuilt without them.
 */
final class TimeoutQueue
{
    private \SplPriorityQueue $heap;
    private int $sequence = PHP_INT_MAX;
    private int $cancelled = 0;

    public function __construct()
    {
        $this->heap = new \SplPriorityQueue();
    }

    public function schedule(float $now, float $seconds, \Closure $onExpire): Timeout
    {
        $timeout = new Timeout($now + $seconds, $onExpire);
        // Max-heap: negate the deadline so the earliest comes out first.
        $this->heap->insert($timeout, [-$timeout->deadline, $this->sequence--]);

        return $timeout;
    }

    public function cancel(Timeout $timeout): void
    {
        // A heap cannot remove from the middle: mark it, expire() skips it.
        if ($timeout->cancelled) {
            return;
        }
        $timeout->cancelled = true;

        if (++$this->cancelled >= 50 && $this->cancelled * 2 >= count($this->heap)) {
            $this->compact();
        }
    }

    private function compact(): void
    {
        $live = new \SplPriorityQueue();
        $this->heap->setExtractFlags(\SplPriorityQueue::EXTR_BOTH);
        while (!$this->heap->isEmpty()) {
            ['data' => $timeout, 'priority' => $priority] = $this->heap->extract();
            if (!$timeout->cancelled) {
                $live->insert($timeout, $priority);
            }
        }
        $this->heap = $live;
        $this->cancelled = 0;
    }

    public function expire(float $now): int
    {
        $fired = 0;
        while (!$this->heap->isEmpty() && $this->heap->top()->deadline <= $now) {
            $timeout = $this->heap->extract();
            if ($timeout->cancelled) {
                $this->cancelled--;
                continue;
            }
            ($timeout->onExpire)();
            $fired++;
        }

        return $fired;
    }

    public function pending(): int
    {
        return count($this->heap);
    }
}
