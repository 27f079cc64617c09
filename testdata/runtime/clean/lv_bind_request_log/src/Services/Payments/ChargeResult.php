<?php

namespace App\Services\Payments;

final class ChargeResult
{
    public function __construct(public readonly string $id, public readonly string $status)
    {
    }
}
