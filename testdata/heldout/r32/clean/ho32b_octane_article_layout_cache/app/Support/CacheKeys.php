<?php

namespace App\Support;

use App\Rendering\Template;

final class CacheKeys
{
    private const PREFIX = 'newsroom:render';

    public static function layout(Template $template, string $locale): string
    {
        // The page shell only changes on deploy; the story body is filled in per request.
        return self::join('layout', $template->value, $locale, self::version($template));
    }

    private static function version(Template $template): string
    {
        return substr(sha1($template->value . '|' . Template::REVISION), 0, 12);
    }

    private static function join(string ...$parts): string
    {
        return self::PREFIX . ':' . implode(':', $parts);
    }
}
