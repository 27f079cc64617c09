<?php
declare(strict_types=1);

namespace App\Profiler;

interface QueryProfilerInterface
{
    public function startQuery(string $sql, array $params = []): void;

    public function stopQuery(): void;
}
