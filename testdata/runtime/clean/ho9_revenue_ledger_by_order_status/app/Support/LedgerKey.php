<?php
namespace App\Support;

use App\Enums\OrderStatus;

final class LedgerKey
{
    public static function for(array $payload): string
    {
        $status = OrderStatus::from($payload['status']);
        $parts = ['revenue', $status->value];

        return implode(':', $parts);
    }
}
