<?php

declare(strict_types=1);

namespace App\Extensions;

final class ExtensionRegistry
{
    /** @var array<string, class-string<Extension>> */
    private static array $types = [];

    /** @param class-string<Extension> $class */
    public static function registerType(string $type, string $class): void
    {
        self::$types[$type] = $class;
    }

    public static function make(Manifest $manifest): Extension
    {
        $class = self::$types[$manifest->type] ?? throw new \DomainException("Unknown extension type {$manifest->type}");

        return new $class($manifest);
    }
}
