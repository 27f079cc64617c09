<?php

namespace App;

final class TileStats
{
    /** @var array<string, int> */
    private array $hits = [];

    public function hit(string $key): void
    {
        $this->hits[$key] = ($this->hits[$key] ?? 0) + 1; // leak
    }
}
