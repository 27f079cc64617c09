<?php

declare(strict_types=1);

namespace App\Support;

final class CacheKey
{
    /**
     * @param array<string, string> $atts
     * @param list<string>          $only attributes that make up the key
     */
    public static function shortcode(string $tag, array $atts, array $only): string
    {
        $atts = array_intersect_key($atts, array_flip($only));
        ksort($atts);

        return 'shortcode:' . $tag . ':' . md5(http_build_query($atts));
    }
}
