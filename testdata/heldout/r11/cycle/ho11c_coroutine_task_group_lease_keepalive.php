<?php

declare(strict_types=1);

namespace Coroutine;

/** Cooperative task group: every task is a generator that yields when it waits. */
final class TaskGroup
{
    /** @var array<int, \Generator> */
    private array $tasks = [];
    private int $nextId = 0;
    public int $tick = 0;

    public function spawn(\Generator $task): int
    {
        $id = ++$this->nextId;
        $this->tasks[$id] = $task; // leak

        return $id;
    }

    public function delay(int $ticks): \Generator
    {
        $until = $this->tick + $ticks;
        while ($this->tick < $until) {
            yield;
        }
    }

    /** Runs until every task finished or the tick budget is used up. */
    public function run(int $budget): void
    {
        $started = [];
        while ($this->tasks !== [] && $this->tick < $budget) {
            $this->tick++;
            foreach ($this->tasks as $id => $task) {
                if (!isset($started[$id])) {
                    $started[$id] = true;
                    $task->current();
                } else {
                    $task->next();
                }
                if (!$task->valid()) {
                    unset($this->tasks[$id], $started[$id]);
                }
            }
        }
    }
}

namespace App;

use Coroutine\TaskGroup;

final class ReindexJob
{
    public bool $completed = false;
    public int $leaseUntil = 0;
    public array $log = [];

    public function __construct(
        public readonly string $id,
        public readonly string $index,
        public readonly array $documentIds,
        public readonly string $payload,
    ) {
    }
}

final class QueueLease
{
    public int $renewals = 0;

    public function renew(ReindexJob $job, int $now): void
    {
        $job->leaseUntil = $now + 30;
        $this->renewals++;
    }
}

final class ReindexHandler
{
    public int $indexed = 0;

    public function __construct(private QueueLease $lease)
    {
    }

    public function handle(ReindexJob $job): void
    {
        $group = new TaskGroup();
        $group->spawn($this->process($group, $job));
        $group->spawn($this->keepAlive($group, $job)); // leak
        $group->run(budget: 40);
    }

    private function process(TaskGroup $group, ReindexJob $job): \Generator
    {
        foreach (array_chunk($job->documentIds, 4) as $chunk) {
            yield from $group->delay(2);
            $this->indexed += count($chunk);
            $job->log[] = 'chunk ' . implode(',', $chunk);
        }
        $job->completed = true;
    }

    private function keepAlive(TaskGroup $group, ReindexJob $job): \Generator
    {
        while (true) {
            yield from $group->delay(3);
            $this->lease->renew($job, $group->tick);
        }
    }
}

/** Consumer loop in the style of a queue:work daemon. */
final class Consumer
{
    private int $received = 0;

    public function __construct(private ReindexHandler $handler, private int $limit)
    {
    }

    public function run(): void
    {
        while ($this->received < $this->limit) {
            $i = ++$this->received;
            $job = new ReindexJob(
                sprintf('job-%06d', $i),
                'products_v' . ($i % 3),
                range($i * 10, $i * 10 + 11),
                json_encode(['reason' => 'price_update', 'batch' => $i, 'meta' => str_repeat('m', 300)]),
            );
            $this->handler->handle($job);
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer(new ReindexHandler(new QueueLease()), $n);
$consumer->run();
