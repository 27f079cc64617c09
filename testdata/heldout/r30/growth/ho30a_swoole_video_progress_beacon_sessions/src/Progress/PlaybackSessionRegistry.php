<?php

namespace App\Progress;

/**
 * Open player sessions of this worker, so that heartbeats arriving on later
 * requests can be matched to the session that started them.
 */
final class PlaybackSessionRegistry
{
    /** @var array<string, PlaybackSession> */
    private static array $open = [];

    public static function open(PlaybackSession $session): PlaybackSession
    {
        return self::$open[$session->token] = $session; // leak
    }

    public static function find(string $token): ?PlaybackSession
    {
        return self::$open[$token] ?? null;
    }

    public static function close(string $token): ?PlaybackSession
    {
        $session = self::$open[$token] ?? null;
        unset(self::$open[$token]);

        return $session;
    }

    public static function count(): int
    {
        return count(self::$open);
    }
}
