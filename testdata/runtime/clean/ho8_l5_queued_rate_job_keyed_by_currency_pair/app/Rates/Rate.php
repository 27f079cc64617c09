<?php

namespace App\Rates;

final class Rate
{
    public function __construct(public readonly string $pair, public readonly float $mid, public readonly string $source, public readonly int $fetchedAt) {}
}
