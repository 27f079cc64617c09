<?php

declare(strict_types=1);

namespace App\Reporting;

final class SlowQueryReport
{
    /** @var list<array{sql: string, ms: float}> */
    private array $entries = [];

    public function __construct(
        public readonly string $jobName,
        public readonly string $correlationId,
        private readonly float $thresholdMs,
    ) {
    }

    public function consider(string $sql, float $ms): void
    {
        if ($ms >= $this->thresholdMs) {
            $this->entries[] = ['sql' => $sql, 'ms' => round($ms, 2)];
        }
    }

    public function summary(): string
    {
        return sprintf('[%s %s] %d slow queries', $this->jobName, $this->correlationId, count($this->entries));
    }
}
