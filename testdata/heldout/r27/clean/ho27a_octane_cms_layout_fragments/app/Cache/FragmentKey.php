<?php

declare(strict_types=1);

namespace App\Cache;

use App\Cms\Page;

final class FragmentKey
{
    /** Blocks whose markup does not depend on the page being shown. */
    private const SHARED_BLOCKS = ['masthead', 'footer'];

    private const LOCALES = ['en', 'de', 'fr'];

    /**
     * Only layout chrome is kept in the worker; page blocks are rendered per
     * request (returns null for them).
     */
    public static function forBlock(Page $page, string $block, string $locale): ?string
    {
        if (!in_array($block, self::SHARED_BLOCKS, true)) {
            return null;
        }

        return implode(':', ['fragment', 'layout', $block, self::locale($locale)]);
    }

    public static function locale(string $requested): string
    {
        $primary = strtolower(substr($requested, 0, 2));

        return in_array($primary, self::LOCALES, true) ? $primary : self::LOCALES[0];
    }
}
