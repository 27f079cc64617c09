<?php

namespace App\Support;

use App\Rendering\Article;

final class CacheKeys
{
    private const PREFIX = 'newsroom:render';

    public static function article(Article $article, string $locale): string
    {
        // Bust the rendered copy whenever the desk edits the story.
        return self::join('article', (string) $article->id, $locale, self::version($article));
    }

    private static function version(Article $article): string
    {
        return substr(sha1($article->slug . '|' . $article->updatedAt->format(DATE_ATOM)), 0, 12);
    }

    private static function join(string ...$parts): string
    {
        return self::PREFIX . ':' . implode(':', $parts);
    }
}
