<?php

declare(strict_types=1);

namespace App\Events;

final class QueryExecuted
{
    public function __construct(
        public readonly string $sql,
        public readonly array $bindings,
        public readonly float $ms,
    ) {
    }
}
