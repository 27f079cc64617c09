<?php

namespace DevTools\Lsp;

/**
 * Static accessor the handlers use, wired once when the server boots.
 */
final class Services
{
    private static ?DocumentStore $documents = null;
    private static ?DiagnosticsCache $diagnostics = null;

    public static function boot(): void
    {
        self::$documents = new DocumentStore();
        self::$diagnostics = new DiagnosticsCache();
    }

    public static function documents(): DocumentStore
    {
        return self::$documents;
    }

    public static function diagnostics(): DiagnosticsCache
    {
        return self::$diagnostics;
    }
}
