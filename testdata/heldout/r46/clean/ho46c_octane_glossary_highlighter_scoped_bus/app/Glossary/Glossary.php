<?php

namespace App\Glossary;

final class Glossary
{
    /** @param array<string, string> $terms source term => approved translation */
    public function __construct(public readonly string $locale, private array $terms)
    {
    }

    /** @return iterable<array{0: string, 1: string, 2: int}> */
    public function scan(string $text): iterable
    {
        foreach ($this->terms as $term => $approved) {
            $at = stripos($text, $term);
            if ($at !== false) {
                yield [$term, $approved, $at];
            }
        }
    }
}
