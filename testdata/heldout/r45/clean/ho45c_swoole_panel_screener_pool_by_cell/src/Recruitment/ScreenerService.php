<?php

declare(strict_types=1);

namespace App\Recruitment;

final class ScreenerService
{
    private ?\Closure $record = null;

    public function __construct(private PanelistPool $pool, private ScreenerRules $rules)
    {
    }

    /**
     * @param array<string, string> $answers
     *
     * @return array{status: string, cell?: string}
     */
    public function screen(string $panelistId, string $source, array $answers): array
    {
        $cell = $this->rules->cellFor($answers);
        if ($cell === null) {
            return ['status' => 'screened_out'];
        }
        if ($this->pool->isFull($cell)) {
            return ['status' => 'quota_full', 'cell' => $cell->value];
        }

        $panelist = new Panelist(
            $panelistId,
            $cell,
            strtolower($answers['email'] ?? ''),
            strtoupper(str_replace(' ', '', $answers['postcode'] ?? '')),
            $source,
            $answers,
            new \DateTimeImmutable(),
        );
        ($this->poolRecorder())($panelist);

        return ['status' => 'qualified', 'cell' => $cell->value];
    }

    /**
     * The pool's counters are private; recording goes through a closure
     * bound to the pool so nothing else can change them.
     */
    private function poolRecorder(): \Closure
    {
        return $this->record ??= \Closure::bind(function (Panelist $panelist): void {
            $this->qualified[$panelist->cell->value] = $panelist;
            $this->filled[$panelist->cell->value] = ($this->filled[$panelist->cell->value] ?? 0) + 1;
        }, $this->pool, PanelistPool::class);
    }
}
