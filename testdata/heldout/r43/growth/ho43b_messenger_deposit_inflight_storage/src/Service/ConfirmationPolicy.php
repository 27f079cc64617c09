<?php

namespace App\Service;

final class ConfirmationPolicy
{
    private const REQUIRED = [
        'bitcoin' => 3,
        'ethereum' => 12,
        'tron' => 20,
    ];

    public function required(string $chain): int
    {
        return self::REQUIRED[$chain] ?? 64;
    }
}
