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
    /** @var array<string, array{cents: int, reason: string}> */
    private array $processed = [];

    public function __invoke(RefundRequested $message): void
    {
        $this->processed[$message->refundId] = ['cents' => $message->cents, 'reason' => $message->reason]; // leak
    }
}
