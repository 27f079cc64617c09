<?php
// An image edge memoizes one resize spec per requested box in a static.
// Each side is clamped to 16..4096 pixels, which keeps it sane but leaves
// millions of boxes: every new size a client asks for adds a spec.

final class BoxSpecs
{
    /** @var array<string, array{w: int, h: int, ops: string}> */
    private static array $specs = [];

    public static function for(int $width, int $height): array
    {
        $w = self::side($width);
        $h = self::side($height);

        return self::$specs["{$w}x{$h}"] ??= ['w' => $w, 'h' => $h, 'ops' => str_repeat('resize;sharpen;encode;', 40)]; // leak
    }

    private static function side(int $pixels): int
    {
        return max(16, min(4096, $pixels));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    BoxSpecs::for(100 + $i, 80 + ($i * 7) % 900);
}
