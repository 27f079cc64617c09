<?php
// Stripped-down illuminate/database connection with Laravel's query log.

namespace Illuminate\Database;

interface ConnectionInterface { public function select(string $query, array $bindings = []): array; public function update(string $query, array $bindings = []): int; }

class Connection implements ConnectionInterface
{
    protected array $queryLog = [];
    protected bool $loggingQueries = false;

    public function __construct(protected string $database) {}
    public function select(string $query, array $bindings = []): array { $this->logQuery($query, $bindings, 0.42); return [['stock' => 10]]; }
    public function update(string $query, array $bindings = []): int { $this->logQuery($query, $bindings, 1.37); return 1; }
    public function enableQueryLog(): void { $this->loggingQueries = true; }
    public function getQueryLog(): array { return $this->queryLog; }
    public function flushQueryLog(): void { $this->queryLog = []; }

    public function logQuery(string $query, array $bindings, ?float $time = null): void
    {
        if ($this->loggingQueries) {
            $this->queryLog[] = compact('query', 'bindings', 'time');
        }
    }
}
