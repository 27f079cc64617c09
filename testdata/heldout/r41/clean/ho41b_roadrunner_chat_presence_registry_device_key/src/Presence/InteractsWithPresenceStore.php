<?php
declare(strict_types=1);

namespace App\Presence;

/**
 * In-process presence table, so "is X online?" does not hit Redis on every
 * chat render. Shared by every class using the trait.
 */
trait InteractsWithPresenceStore
{
    /** @var array<string, PresenceEntry> */
    private static array $presence = [];

    protected static function remember(string $key, PresenceEntry $entry): void
    {
        self::$presence[$key] = $entry;
    }

    protected static function forget(string $key): void
    {
        unset(self::$presence[$key]);
    }

    protected static function lookup(string $key): ?PresenceEntry
    {
        return self::$presence[$key] ?? null;
    }

    /** @return PresenceEntry[] */
    protected static function withPrefix(string $prefix): array
    {
        $found = [];
        foreach (self::$presence as $key => $entry) {
            if (str_starts_with($key, $prefix)) {
                $found[] = $entry;
            }
        }
        return $found;
    }
}
