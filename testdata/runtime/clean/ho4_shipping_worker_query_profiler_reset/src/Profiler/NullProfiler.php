<?php
declare(strict_types=1);

namespace App\Profiler;

final class NullProfiler implements QueryProfilerInterface
{
    public function startQuery(string $sql, array $params = []): void
    {
    }

    public function stopQuery(): void
    {
    }
}
