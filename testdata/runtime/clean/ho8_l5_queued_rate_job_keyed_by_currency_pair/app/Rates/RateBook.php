<?php

namespace App\Rates;

class RateBook
{
    private array $latest = [];

    public function put(Rate $rate): void
    {
        $this->latest[$rate->pair] = $rate;
    }

    public function get(string $pair): ?Rate
    {
        return $this->latest[$pair] ?? null;
    }
}
