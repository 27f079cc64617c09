<?php

namespace Acme\DBAL\Logging;

use Acme\DBAL\Middleware;

final class Query
{
    public float $duration = 0.0;

    public function __construct(
        public readonly string $sql,
        public readonly array $params,
        public readonly array $types,
        public readonly float $start,
    ) {
    }
}

/**
 * Holds the queries of the current request until the data collector
 * reads them.
 */
final class DebugDataHolder
{
    /** @var array<string, list<Query>> */
    private array $data = [];

    public function addQuery(string $connectionName, Query $query): void
    {
        $this->data[$connectionName][] = $query;
    }

    public function getData(): array
    {
        return $this->data;
    }

    public function reset(): void
    {
        $this->data = [];
    }
}

final class ProfilingMiddleware implements Middleware
{
    public function __construct(private DebugDataHolder $holder, private string $connectionName)
    {
    }

    public function wrap(string $sql, array $params, \Closure $next): array
    {
        $query = new Query($sql, $params, array_map('get_debug_type', $params), microtime(true));
        $this->holder->addQuery($this->connectionName, $query);
        try {
            return $next($sql, $params);
        } finally {
            $query->duration = microtime(true) - $query->start;
        }
    }
}
