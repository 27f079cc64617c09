<?php

namespace Acme\Queue;

/** A library consumer: runs the handler on every message the queue holds. */
final class Worker
{
    public function __construct(private \SplQueue $queue, private $handler)
    {
    }

    public function run(): void
    {
        while (!$this->queue->isEmpty()) {
            ($this->handler)($this->queue->dequeue());
        }
    }
}
