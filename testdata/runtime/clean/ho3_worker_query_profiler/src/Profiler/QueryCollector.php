<?php

declare(strict_types=1);

namespace App\Profiler;

use App\Database\QueryLogger;

final class QueryCollector implements QueryLogger, ResetInterface
{
    /** @var list<array{sql: string, params: array, ms: float, caller: string}> */
    private array $queries = [];

    private bool $enabled = true;

    public function logQuery(string $sql, array $params, float $durationMs): void
    {
        if (!$this->enabled) {
            return;
        }
        $this->queries[] = [
            'sql' => $sql,
            'params' => $params,
            'ms' => round($durationMs, 3),
            'caller' => $this->caller(),
        ];
    }

    public function count(): int
    {
        return count($this->queries);
    }

    public function totalTime(): float
    {
        return array_sum(array_column($this->queries, 'ms'));
    }

    public function disable(): void
    {
        $this->enabled = false;
    }

    public function reset(): void
    {
        $this->queries = [];
    }

    private function caller(): string
    {
        foreach (debug_backtrace(DEBUG_BACKTRACE_IGNORE_ARGS, 6) as $frame) {
            if (isset($frame['class']) && str_starts_with($frame['class'], 'App\\Controller\\')) {
                return $frame['class'] . '::' . $frame['function'];
            }
        }
        return 'unknown';
    }
}
