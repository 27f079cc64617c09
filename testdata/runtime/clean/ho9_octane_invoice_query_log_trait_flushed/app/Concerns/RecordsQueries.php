<?php

namespace App\Concerns;

trait RecordsQueries
{
    protected static array $queryLog = [];

    protected function recordQuery(string $sql, array $bindings, float $ms): void
    {
        static::$queryLog[] = ['sql' => $sql, 'bindings' => $bindings, 'raw' => vsprintf(str_replace('?', "'%s'", $sql), $bindings), 'time' => $ms];
    }

    public static function queryLog(): array
    {
        return static::$queryLog;
    }

    public static function flushQueryLog(): void
    {
        static::$queryLog = [];
    }
}
