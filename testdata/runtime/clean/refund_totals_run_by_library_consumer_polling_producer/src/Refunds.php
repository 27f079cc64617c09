<?php

namespace App;

final class RefundRequested
{
    public function __construct(public readonly string $refundId, public readonly int $cents, public readonly string $reason)
    {
    }
}

final class RefundHandler
{
    /** @var array<string, int> */
    private array $totals = [];

    public function __invoke(RefundRequested $message): void
    {
        $this->totals[$message->reason] = ($this->totals[$message->reason] ?? 0) + $message->cents;
    }
}
