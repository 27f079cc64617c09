<?php

declare(strict_types=1);

namespace App\Ledger;

final class Journal
{
    private LineCollection $lines;

    /** @var class-string<JournalLine> */
    private string $lineClass = JournalLine::class;

    public function __construct(
        public readonly string $id,
        public readonly string $currency,
        public readonly string $reference,
        public readonly \DateTimeImmutable $bookedAt,
    ) {
        $this->lines = new LineCollection();
    }

    public function addLine(string $account, string $side, int $amountMinor, string $memo): JournalLine
    {
        $line = new ($this->lineClass)($this, $account, $side, $amountMinor, $memo);
        $this->lines->add($line);

        return $line;
    }

    public function lines(): LineCollection
    {
        return $this->lines;
    }

    public function isBalanced(): bool
    {
        $sum = 0;
        foreach ($this->lines as $line) {
            $sum += $line->signedAmount();
        }

        return $sum === 0 && count($this->lines) >= 2;
    }
}
