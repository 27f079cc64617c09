<?php
declare(strict_types=1);

namespace App\Presence;

/** Cache/registry keys for presence, shared with the Redis mirror. */
final class PresenceKey
{
    public static function forUser(int $userId): string
    {
        return "presence:u:{$userId}";
    }

    public static function forDevice(int $userId, string $deviceId): string
    {
        return self::forUser($userId) . ':d:' . strtolower($deviceId);
    }
}
