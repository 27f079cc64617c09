<?php
namespace App\Support;

use App\Enums\OrderStatus;

final class LedgerKey
{
    public static function for(array $payload): string
    {
        $status = OrderStatus::from($payload['status']);
        $parts = ['revenue', $status->value, $payload['customer_ref']];

        return implode(':', $parts);
    }
}
