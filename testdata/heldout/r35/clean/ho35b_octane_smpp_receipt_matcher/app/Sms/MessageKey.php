<?php

namespace App\Sms;

final class MessageKey
{
    public static function make(string $connection, string $messageId): string
    {
        return $connection . '|' . strtoupper(ltrim($messageId, '0'));
    }
}
