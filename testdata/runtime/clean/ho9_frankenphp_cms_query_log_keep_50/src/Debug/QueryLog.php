<?php

namespace App\Debug;

final class LoggedQuery { public function __construct(public readonly string $sql, public readonly array $params, public readonly float $ms) {} }

/** Recent SQL statements for the slow-query panel. */
final class QueryLog
{
    private array $entries = [];

    public function __construct(private ?int $keep) {}

    public function record(string $sql, array $params, float $ms): void
    {
        $this->entries[] = new LoggedQuery($sql, $params, $ms);
        $limit = $this->keep ?? count($this->entries);
        $this->entries = array_slice($this->entries, -$limit);
    }

    public function slowest(): ?LoggedQuery
    {
        $sorted = $this->entries;
        usort($sorted, fn (LoggedQuery $a, LoggedQuery $b) => $b->ms <=> $a->ms);
        return $sorted[0] ?? null;
    }
}
