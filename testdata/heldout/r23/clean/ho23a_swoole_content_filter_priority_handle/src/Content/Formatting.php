<?php

declare(strict_types=1);

namespace App\Content;

final class Formatting
{
    public static function autop(string $content): string
    {
        $paragraphs = preg_split('/\n\s*\n/', trim($content)) ?: [];

        return implode("\n", array_map(
            static fn (string $p): string => str_starts_with($p, '<') ? $p : '<p>' . $p . '</p>',
            $paragraphs,
        ));
    }

    public static function texturize(string $content): string
    {
        return strtr($content, ['--' => '&#8211;', '...' => '&#8230;']);
    }
}
