<?php

declare(strict_types=1);

namespace App\Cache;

use App\Cms\Page;

final class FragmentKey
{
    /**
     * Fragments are versioned by the page revision so an edit in the CMS
     * never serves a stale block.
     */
    public static function forBlock(Page $page, string $block, string $locale): string
    {
        return implode(':', ['fragment', $page->id, $block, $locale, self::version($page)]);
    }

    private static function version(Page $page): string
    {
        return (string) $page->updatedAt->getTimestamp();
    }
}
