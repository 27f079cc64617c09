<?php

declare(strict_types=1);

namespace Acme\Scheduler;

/**
 * A follow-up task that must run some seconds after the message that produced it.
 */
final class DeferredTask
{
    /** @param array<string, mixed> $context */
    public function __construct(
        public readonly string $name,
        public readonly float $dueAt,
        public readonly array $context,
    ) {}
}

final class DeferredTaskScheduler
{
    private \SplPriorityQueue $queue;
    private int $executed = 0;

    /** @var array<string, callable(DeferredTask): void> */
    private array $runners = [];

    public function __construct()
    {
        $this->queue = new \SplPriorityQueue();
        $this->queue->setExtractFlags(\SplPriorityQueue::EXTR_DATA);
    }

    public function registerRunner(string $name, callable $runner): void
    {
        $this->runners[$name] = $runner;
    }

    public function schedule(DeferredTask $task): void
    {
        $this->queue->insert($task, -$task->dueAt); // leak
    }

    /** Runs every task whose due time has passed. */
    public function runDue(float $now): int
    {
        $ran = 0;
        while (!$this->queue->isEmpty()) {
            /** @var DeferredTask $next */
            $next = $this->queue->top();
            if ($next->dueAt > $now) {
                break;
            }
            $this->queue->extract();
            ($this->runners[$next->name] ?? static fn () => null)($next);
            $ran++;
        }
        $this->executed += $ran;

        return $ran;
    }

    public function pending(): int
    {
        return $this->queue->count();
    }
}
