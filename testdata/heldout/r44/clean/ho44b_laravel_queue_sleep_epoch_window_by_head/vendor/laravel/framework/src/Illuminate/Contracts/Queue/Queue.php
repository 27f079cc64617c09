<?php

namespace Illuminate\Contracts\Queue;

interface Queue
{
    public function size(?string $queue = null): int;

    public function pop(?string $queue = null): ?Job;
}
