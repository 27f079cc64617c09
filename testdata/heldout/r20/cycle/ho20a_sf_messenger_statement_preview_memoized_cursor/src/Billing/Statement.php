<?php

declare(strict_types=1);

namespace App\Billing;

final class Statement
{
    private ?\Generator $lines = null;

    /** @param list<array{date: string, ref: string, amount: int}> $entries */
    public function __construct(
        public readonly int $accountId,
        public readonly string $period,
        private readonly array $entries,
    ) {
    }

    /** Formatted statement lines; built lazily and shared by every renderer. */
    public function lines(): \Generator
    {
        return $this->lines ??= $this->formatLines(); // leak
    }

    /** @return list<string> */
    public function preview(int $limit): array
    {
        $out = [];
        foreach ($this->lines() as $line) {
            $out[] = $line;
            if (count($out) === $limit) {
                break;
            }
        }

        return $out;
    }

    public function total(): int
    {
        return array_sum(array_column($this->entries, 'amount'));
    }

    private function formatLines(): \Generator
    {
        foreach ($this->entries as $entry) {
            yield sprintf('%s  %-14s %10.2f', $entry['date'], $entry['ref'], $entry['amount'] / 100);
        }
    }
}
