<?php

namespace App\Highlight;

// The blocks rendered during a request, replaced in the response by the
// middleware once the page is done.
final class BlockRegistry
{
    /** @var array<string, Block> */
    private static array $blocks = [];

    public static function register(Block $block): void
    {
        self::$blocks[$block->id] = $block;
    }

    /** @return array<string, Block> */
    public static function all(): array
    {
        return self::$blocks;
    }

    public static function clear(): void
    {
        self::$blocks = [];
    }
}
