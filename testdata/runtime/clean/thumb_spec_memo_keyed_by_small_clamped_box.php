<?php
// An image edge memoizes one resize spec per box in a static. Each side
// is given in grid cells and clamped to 1..40, so there are at most 1600
// boxes, and the clients ask for a few dozen.

final class BoxSpecs
{
    /** @var array<string, array{w: int, h: int, ops: string}> */
    private static array $specs = [];

    public static function for(int $width, int $height): array
    {
        $w = self::side($width);
        $h = self::side($height);

        return self::$specs["{$w}x{$h}"] ??= ['w' => $w, 'h' => $h, 'ops' => str_repeat('resize;sharpen;encode;', 40)];
    }

    private static function side(int $pixels): int
    {
        return max(1, min(40, $pixels));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    BoxSpecs::for(1 + $i % 6, 2 + $i % 5);
}
