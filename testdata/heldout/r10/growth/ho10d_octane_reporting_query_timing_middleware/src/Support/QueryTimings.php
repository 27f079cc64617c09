<?php

declare(strict_types=1);

namespace App\Support;

final class QueryTimings
{
    /** @var list<array{sql: string, ms: float}> */
    private array $queries = [];
    private bool $finished = false;

    public function __construct(public readonly string $label)
    {
    }

    public function add(string $sql, float $ms): void
    {
        if (!$this->finished) {
            $this->queries[] = ['sql' => $sql, 'ms' => $ms];
        }
    }

    public function finish(): string
    {
        $this->finished = true;
        $total = array_sum(array_column($this->queries, 'ms'));

        return sprintf('db;desc="%s";dur=%.2f, db-count;desc="%d queries"', $this->label, $total, count($this->queries));
    }
}
