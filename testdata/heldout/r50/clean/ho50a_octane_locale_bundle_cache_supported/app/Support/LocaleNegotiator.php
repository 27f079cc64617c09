<?php

namespace App\Support;

/**
 * Picks the locale for a request from its Accept-Language header, matching
 * each language range against the locales the storefront ships.
 */
class LocaleNegotiator
{
    /** @param list<string> $supported */
    public function __construct(private array $supported, private string $fallback)
    {
    }

    public function negotiate(?string $header): string
    {
        foreach ($this->ranges($header ?? '') as $range) {
            foreach ($this->supported as $locale) {
                if ($range === $locale || str_starts_with($range, $locale . '-')) {
                    return $locale;
                }
            }
        }

        return $this->fallback;
    }

    /** @return list<string> language ranges, best first */
    private function ranges(string $header): array
    {
        $weighted = [];
        foreach (explode(',', $header) as $part) {
            $pieces = explode(';q=', trim($part));
            $tag = strtolower(trim($pieces[0]));
            if ($tag === '' || $tag === '*') {
                continue;
            }
            $weighted[$tag] = isset($pieces[1]) ? (float) $pieces[1] : 1.0;
        }
        arsort($weighted);

        return array_map('strval', array_keys($weighted));
    }
}
