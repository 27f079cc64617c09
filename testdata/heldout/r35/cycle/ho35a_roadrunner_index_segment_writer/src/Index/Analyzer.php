<?php

namespace App\Index;

final class Analyzer
{
    private const STOPWORDS = ['the', 'a', 'an', 'and', 'of', 'to', 'in', 'for', 'on', 'with', 'is', 'at'];

    /** @return list<string> */
    public function tokens(string $text): array
    {
        $out = [];
        foreach (preg_split('/[^\p{L}\p{N}]+/u', mb_strtolower($text), -1, PREG_SPLIT_NO_EMPTY) as $t) {
            if (! in_array($t, self::STOPWORDS, true)) {
                $out[] = $t;
            }
        }

        return $out;
    }
}
