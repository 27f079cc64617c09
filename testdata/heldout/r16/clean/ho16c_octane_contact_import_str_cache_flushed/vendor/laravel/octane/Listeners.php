<?php

declare(strict_types=1);

namespace Laravel\Octane\Listeners;

use Illuminate\Support\Str;

final class FlushStrCache
{
    public function handle(object $event): void
    {
        Str::flushCache();
    }
}

final class CollectGarbage
{
    public function __construct(private int $thresholdMb = 50) {}

    public function handle(object $event): void
    {
        if (memory_get_usage() / 1024 / 1024 > $this->thresholdMb) {
            gc_collect_cycles();
        }
    }
}
