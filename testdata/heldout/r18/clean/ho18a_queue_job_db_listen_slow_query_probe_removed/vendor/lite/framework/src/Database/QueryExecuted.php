<?php

declare(strict_types=1);

namespace Lite\Database;

final class QueryExecuted
{
    public function __construct(
        public readonly string $sql,
        public readonly array $bindings,
        public readonly float $time,
        public readonly string $connectionName,
    ) {
    }
}
