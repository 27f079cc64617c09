<?php

namespace Illuminate\Queue;

use Illuminate\Contracts\Queue\ShouldQueue;

class RedisQueue
{
    protected array $list = [];

    public function push(ShouldQueue $job): void
    {
        $this->list[] = serialize($job);
    }

    public function pop(): ?ShouldQueue
    {
        return ($payload = array_shift($this->list)) === null ? null : unserialize($payload);
    }
}
