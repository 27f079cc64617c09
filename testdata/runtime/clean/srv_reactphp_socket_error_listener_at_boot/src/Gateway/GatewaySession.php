<?php

namespace App\Gateway;

final class GatewaySession
{
    public string $buffer = '';
    public ?string $error = null;
    public int $deliveries = 0;

    public function __construct(public readonly string $peer, public readonly float $openedAt)
    {
    }

    public function fail(string $reason): void
    {
        $this->error = $reason;
    }
}
