<?php

declare(strict_types=1);

namespace App\Handler;

final class Metrics
{
    /** @var array<string, int> */
    private array $counters = [];

    public function increment(string $name): void
    {
        $this->counters[$name] = ($this->counters[$name] ?? 0) + 1;
    }
}
