<?php

declare(strict_types=1);

namespace GuzzleHttp\Promise;

/**
 * A task queue that executes tasks in a FIFO order.
 *
 * This task queue class is used to settle promises asynchronously and
 * maintains a constant stack size.
 */
class TaskQueue
{
    private bool $enableShutdown = true;

    /** @var list<callable> */
    private array $queue = [];

    public function __construct(bool $withShutdown = true)
    {
        $this->enableShutdown = $withShutdown;
    }

    public function isEmpty(): bool
    {
        return !$this->queue;
    }

    public function add(callable $task): void
    {
        $this->queue[] = $task;
    }

    public function run(): void
    {
        while ($task = array_shift($this->queue)) {
            $task();
        }
    }

    /**
     * The task queue will be run and exhausted by default when the process
     * exits IFF the exit is not the result of a PHP E_ERROR error.
     */
    public function disableShutdown(): void
    {
        $this->enableShutdown = false;
    }
}
