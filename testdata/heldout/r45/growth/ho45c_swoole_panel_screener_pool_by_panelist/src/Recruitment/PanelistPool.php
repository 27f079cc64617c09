<?php

declare(strict_types=1);

namespace App\Recruitment;

/**
 * Recruitment state of the study in this worker: how far each quota cell
 * is filled, and the qualified panelists the invite batch picks up.
 */
final class PanelistPool
{
    /** @var array<string, Panelist> qualified panelists by panelist id */
    private array $qualified = [];
    /** @var array<string, int> */
    private array $filled = [];

    /** @param array<string, int> $targets completes wanted per quota cell */
    public function __construct(private array $targets)
    {
    }

    public function isFull(QuotaCell $cell): bool
    {
        return ($this->filled[$cell->value] ?? 0) >= ($this->targets[$cell->value] ?? 0);
    }

    /** @return array<string, array{filled: int, target: int}> */
    public function progress(): array
    {
        $out = [];
        foreach (QuotaCell::cases() as $cell) {
            $out[$cell->value] = ['filled' => $this->filled[$cell->value] ?? 0, 'target' => $this->targets[$cell->value] ?? 0];
        }

        return $out;
    }

    /** @return list<Panelist> */
    public function inviteCandidates(int $max): array
    {
        return array_slice(array_values($this->qualified), 0, $max);
    }
}
