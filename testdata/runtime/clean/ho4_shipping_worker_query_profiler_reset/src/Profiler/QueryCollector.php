<?php
declare(strict_types=1);

namespace App\Profiler;

/**
 * Collects executed queries with their timing for the debug toolbar.
 */
final class QueryCollector implements QueryProfilerInterface, ResetInterface
{
    /** @var array<int, array{sql: string, params: array, start: float, duration: ?float}> */
    private array $queries = [];
    private int $current = 0;
    private ?float $start = null;

    public function startQuery(string $sql, array $params = []): void
    {
        $this->start = microtime(true);
        $this->queries[++$this->current] = ['sql' => $sql, 'params' => $params, 'start' => $this->start, 'duration' => null];
    }

    public function stopQuery(): void
    {
        if ($this->start === null) {
            return;
        }
        $this->queries[$this->current]['duration'] = microtime(true) - $this->start;
        $this->start = null;
    }

    public function getQueries(): array
    {
        return $this->queries;
    }

    public function reset(): void
    {
        $this->queries = [];
        $this->current = 0;
        $this->start = null;
    }

    public function getTotalTime(): float
    {
        return array_sum(array_column($this->queries, 'duration'));
    }
}
