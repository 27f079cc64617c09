<?php

declare(strict_types=1);

namespace App\Support;

use Illuminate\Support\Facades\Config;

final class ArtifactKey
{
    public static function normalizeKind(string $kind): string
    {
        $known = Config::get('artifacts.kinds', []);

        return \array_key_exists($kind, $known) ? $kind : 'tarball';
    }

    public static function forKind(string $kind): string
    {
        return sprintf('artifacts:policy:%s', self::normalizeKind($kind));
    }
}
