<?php

namespace App\Logging;

/**
 * Nested logging scopes: whatever runs inside a scope logs with the
 * scope's fields (ticket, survey, customer) merged into its context.
 */
trait InteractsWithLogContext
{
    /** @var list<array<string, mixed>> */
    private static array $logContextStack = [];

    protected function pushLogContext(array $fields): void
    {
        self::$logContextStack[] = $fields + self::currentLogContext();
    }

    protected function popLogContext(): void
    {
        array_pop(self::$logContextStack);
    }

    public static function currentLogContext(): array
    {
        return self::$logContextStack === [] ? [] : self::$logContextStack[array_key_last(self::$logContextStack)];
    }
}
