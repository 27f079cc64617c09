<?php

declare(strict_types=1);

namespace Acme\Runners\Concerns;

trait RemembersLastSeen
{
    /** @var array<string, array<string, mixed>> */
    private static array $lastSeen = [];

    protected static function rememberSeen(string $key, array $snapshot): void
    {
        self::$lastSeen[$key] = $snapshot; // leak
    }

    public static function lastSeen(string $key): ?array
    {
        return self::$lastSeen[$key] ?? null;
    }

    public static function staleSince(int $cutoff): array
    {
        return array_keys(array_filter(self::$lastSeen, static fn (array $s): bool => $s['seen_at'] < $cutoff));
    }
}
