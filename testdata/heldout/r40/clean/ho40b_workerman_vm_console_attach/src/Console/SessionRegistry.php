<?php

namespace Panel\Console;

use Workerman\Connection\TcpConnection;

/**
 * Per-connection console state for the gateway process.
 */
final class SessionRegistry
{
    /** @var array<int, ConsoleSession> */
    private static array $sessions = [];

    public static function attach(TcpConnection $connection, ConsoleSession $session): void
    {
        self::$sessions[self::slot($connection)] = $session;
    }

    public static function of(TcpConnection $connection): ?ConsoleSession
    {
        return self::$sessions[self::slot($connection)] ?? null;
    }

    private static function slot(TcpConnection $connection): int
    {
        return spl_object_id($connection);
    }
}
